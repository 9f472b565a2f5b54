"""The HTML report without a browser: escaping of every field, self-containment, sections, citations."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest

from newsbrief import Article, Brief, Span, SummarySentence, brief, read_articles, render
from newsbrief.model import Conflict, ConflictSide, Entity, Event, Fact, Quote
from newsbrief.render.html import safe_url, to_html
from newsbrief.render.labels import matched_in

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
PAYLOAD = f"{SCRIPT}{IMG}</style></textarea>\"'&amp;"
URL = 'https://example.org/a?b=1&c="><script>window.__pwned=1</script>'


def span(article: Article, needle: str) -> Span:
    start = article.text.index(needle)
    return Span(article.id, start, start + len(needle), needle)


def hostile_brief() -> Brief:
    """A Brief carrying the payload in every string field a renderer shows."""
    text = f"The council met on Monday. {PAYLOAD} was posted. The mayor resigned.\n\nA second {PAYLOAD} paragraph."
    a = Article(
        id=f"a{PAYLOAD}",
        text=text,
        title=f"Title {PAYLOAD}",
        outlet=f"Outlet {PAYLOAD}",
        url="javascript:window.__pwned=1",
        published=f"2019-02-18{PAYLOAD}",
        author=f"Author {PAYLOAD}",
        origin=f"/tmp/{PAYLOAD}.txt",
    )
    b = Article(id="b", text=f"The mayor resigned on Monday. {PAYLOAD} said so.", url=URL)
    hostile = span(a, f"{PAYLOAD} was posted.")
    return Brief(
        summary=(
            SummarySentence(text=hostile.text, source=hostile, support=(span(b, f"{PAYLOAD} said so."),)),
            SummarySentence(text="The mayor resigned.", source=span(a, "The mayor resigned."), support=()),
        ),
        sources=(a, b),
        words=50,
        warnings=(f"warning {PAYLOAD}",),
        entities=(
            Entity(
                name=f"Name {PAYLOAD}",
                label=f"LABEL{PAYLOAD}",
                aliases=(f"alias {PAYLOAD}",),
                descriptors=((a.id, f"descriptor {PAYLOAD}"), (f"unknown{PAYLOAD}", f"orphan {PAYLOAD}")),
                mentions=((a.id, 2), (f"unknown{PAYLOAD}", 1)),
            ),
        ),
        quotes=(Quote(f"quote {PAYLOAD}", f"speaker {PAYLOAD}", f"verb {PAYLOAD}", a.id, 0, 10),),
        facts=(
            Fact(f"fact {PAYLOAD}", (span(a, "The mayor resigned."), span(b, "The mayor resigned on Monday."))),
            Fact(f"only {PAYLOAD}", (span(b, f"{PAYLOAD} said so."),)),
        ),
        conflicts=(
            Conflict(
                f"kind {PAYLOAD}",
                f"description {PAYLOAD}",
                (span(a, PAYLOAD), span(b, PAYLOAD)),
                slot=f"slot {PAYLOAD}",
                sides=(
                    ConflictSide(f"value {PAYLOAD}", (span(a, PAYLOAD),), (span(a, PAYLOAD),)),
                    ConflictSide(f"other {PAYLOAD}", (span(b, PAYLOAD),), (span(b, PAYLOAD),)),
                ),
            ),
        ),
        timeline=(
            Event(
                f"date {PAYLOAD}", f"when {PAYLOAD}", f"event {PAYLOAD}", span(a, "The council met on Monday."), True
            ),
            Event(None, f"rel {PAYLOAD}", f"event2 {PAYLOAD}", span(b, "The mayor resigned on Monday."), False),
        ),
        analysed=True,
    )


def page(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_every_field_is_escaped() -> None:
    html = to_html(hostile_brief())
    assert SCRIPT not in html and "<img" not in html and "</textarea>" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    doc = page(html)
    scripts = doc.xpath("//script")
    assert len(scripts) == 1 and "__pwned" not in scripts[0].text_content()  # only our own script
    assert not doc.xpath("//img | //iframe | //object | //embed | //textarea")
    for el in doc.iter():
        for name in el.attrib:
            assert not name.lower().startswith("on"), (el.tag, name)
    # The literal payload reads back as text wherever it was put.
    text = doc.text_content()
    for field in ("Title", "Outlet", "Author", "warning", "Name", "alias", "descriptor", "quote", "speaker", "verb"):
        assert f"{field} {PAYLOAD}" in text, field
    for field in ("fact", "only", "kind", "description", "event", "event2", "date", "when", "rel"):
        assert f"{field} {PAYLOAD}" in text, field
    assert doc.findtext(".//title") == f"Title {PAYLOAD}"
    assert f"2019-02-18{PAYLOAD}" in text  # a published value that is no ISO date is shown as given


def test_javascript_url_is_text_not_a_link() -> None:
    doc = page(to_html(hostile_brief()))
    hrefs = [a.get("href") for a in doc.xpath("//a[@href]")]
    assert not [h for h in hrefs if "javascript" in h.lower()]
    assert "javascript:window.__pwned=1" in doc.xpath("string(//*[@class='url-text'])")


def test_http_url_is_a_safe_link() -> None:
    doc = page(to_html(hostile_brief()))
    (link,) = doc.xpath("//a[contains(@class, 'url')]")
    assert link.get("href") == URL  # attribute escaped, value intact
    assert link.get("rel") == "noopener noreferrer"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "file:///etc/passwd",
        "https://",
        "http://a.example/ onmouseover=alert(1)",
        "https://a.example/\x00",
        "",
        None,
    ],
)
def test_safe_url_refuses(url: str | None) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["http://example.org", "https://www.bbc.co.uk/news/uk-politics-47278965?a=1&b=2"])
def test_safe_url_accepts(url: str) -> None:
    assert safe_url(url) == url


def test_self_contained() -> None:
    html = to_html(hostile_brief())
    doc = page(html)
    assert not doc.xpath("//link | //img | //iframe | //video | //audio | //source | //object | //base")
    assert not doc.xpath("//*[@src] | //*[@srcset] | //*[@action] | //*[@formaction] | //*[@poster]")
    for a in doc.xpath("//a[@href]"):
        href = a.get("href")
        assert href.startswith("#") or href == URL, href
    css = doc.findtext(".//style")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    assert "http" not in css and "http" not in doc.findtext(".//script")


def test_csp_allows_exactly_the_inline_style_and_script() -> None:
    doc = page(to_html(hostile_brief()))
    csp = doc.xpath("string(//meta[@http-equiv='Content-Security-Policy']/@content)")
    assert "default-src 'none'" in csp
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = doc.findtext(f".//{tag}")
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp


def test_sections_only_with_data(story: list[Article]) -> None:
    plain = brief(story, words=60, analysis=False)
    doc = page(to_html(plain))
    assert doc.xpath("//section[@id='summary']") and doc.xpath("//*[@id='sources']")
    for section in ("people", "quotes", "agreement", "timeline"):
        assert not doc.xpath(f"//*[@id='{section}']"), section
        assert not doc.xpath(f"//nav//a[@href='#{section}']"), section

    full = hostile_brief()
    doc = page(to_html(full))
    for section in ("people", "quotes", "agreement", "timeline"):
        assert doc.xpath(f"//section[@id='{section}']"), section
        assert doc.xpath(f"//nav//a[@href='#{section}']"), section

    base = replace(full, entities=(), quotes=(), facts=(), conflicts=(), timeline=())
    for fields, section in (
        ({"entities": full.entities}, "people"),
        ({"quotes": full.quotes}, "quotes"),
        ({"facts": full.facts}, "agreement"),
        ({"conflicts": full.conflicts}, "agreement"),
        ({"timeline": full.timeline}, "timeline"),
    ):
        ids = {el.get("id") for el in page(to_html(replace(base, **fields))).xpath("//section[@id]")}
        assert ids == {"summary", section}, (fields.keys(), ids)


def test_agreement_and_timeline_content() -> None:
    doc = page(to_html(hostile_brief()))
    agreement = doc.xpath("//section[@id='agreement']")[0]
    assert "Reported by several sources" in agreement.text_content()
    assert "Reported by one source only" in agreement.text_content()
    assert "Where sources differ" in agreement.text_content()
    sides = agreement.xpath(".//ul[@class='versions']/li[contains(@class, 'side')]")
    assert [s.xpath(".//mark[@class='value']")[0].text_content() for s in sides] == [
        f"value {PAYLOAD}",
        f"other {PAYLOAD}",
    ]
    for side in sides:  # each side names how many sources give it and cites each
        assert "according to 1 source" in side.text_content()
        assert side.xpath(".//ul[@class='quoted']/li//a[contains(@class, 'cite')]")
    timeline = doc.xpath("//section[@id='timeline']")[0]
    (unresolved,) = timeline.xpath(".//li[contains(@class, 'unresolved')]")
    assert "date unresolved" in unresolved.text_content() and f"rel {PAYLOAD}" in unresolved.text_content()


def test_timeline_resolved_date_is_machine_readable(story: list[Article]) -> None:
    b = brief(story, words=60)
    art = b.sources[0]
    ev = Event("2019-02-18", "on Monday", "The council voted.", span(art, "The city council of Riverton"), True)
    doc = page(to_html(replace(b, timeline=(ev,))))
    (time,) = doc.xpath("//section[@id='timeline']//time")
    assert time.get("datetime") == "2019-02-18" and time.text == "18 Feb 2019"


def _covered(doc: lxml.html.HtmlElement, n: int, key: str) -> str:
    pieces = doc.xpath(f"//article[@id='src-{n}']//span[contains(concat(' ', @data-ev, ' '), ' {key} ')]")
    return "".join(p.text_content() for p in pieces)


def _merged(spans: list[Span], text: str) -> str:
    merged: list[list[int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if merged and s.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s.end)
        else:
            merged.append([s.start, s.end])
    return "".join(text[a:b] for a, b in merged)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_citations_anchor_to_spans_on_seeds(seeds_dir: Path) -> None:
    result = brief(read_articles(seeds_dir))
    doc = page(to_html(result))
    numbers = {a.id: k for k, a in enumerate(result.sources, start=1)}
    assert result.summary
    for i, sent in enumerate(result.summary):
        (item,) = doc.xpath(f"//li[@id='sum-s{i}']")
        pills = item.xpath(".//a[contains(@class, 'cite')]")
        assert sorted(int(p.text) for p in pills) == sorted(numbers[a] for a in sent.article_ids)
        by_article: dict[str, list[Span]] = {}
        for sp in (sent.source, *sent.support):
            by_article.setdefault(sp.article_id, []).append(sp)
        for pill in pills:
            n = int(pill.text)
            assert pill.get("data-ev") == f"s{i}" and pill.get("data-src") == str(n)
            assert pill.get("href") == f"#ev-s{i}-{n}"
            assert doc.xpath(f"//*[@id='ev-s{i}-{n}']")  # the anchor exists for the no-JS fallback
            art = result.sources[n - 1]
            assert _squash(_covered(doc, n, f"s{i}")) == _squash(_merged(by_article[art.id], art.text))
        assert matched_in(sent.n_sources, len(result.sources)) in item.text_content()
    # No article text is lost or duplicated by the wrapping.
    for n, art in enumerate(result.sources, start=1):
        shown = doc.xpath(f"string(//article[@id='src-{n}']//div[@class='text'])")
        assert _squash(shown) == _squash(art.text)


def test_overlapping_and_invalid_spans(story: list[Article]) -> None:
    a, b = story[0], story[1]
    first = span(a, "The city council of Riverton voted on Tuesday")
    inner = span(a, "voted on Tuesday to close the old bridge")
    bad = Span(b.id, 10, 10_000, "out of range")
    stranger = Span("nope", 0, 5, "unknown article")
    result = Brief(
        summary=(
            SummarySentence(first.text, first, (bad, stranger)),
            SummarySentence(inner.text, inner),
        ),
        sources=(a, b),
        words=50,
    )
    doc = page(to_html(result))
    keys = [el.get("data-ev") for el in doc.xpath("//article[@id='src-1']//span[@data-ev]")]
    assert keys == ["s0", "s0 s1", "s1"]
    assert _covered(doc, 1, "s0") == first.text and _covered(doc, 1, "s1") == inner.text
    # The out-of-range span of source 2 is not marked; its pill links to the source instead.
    assert not doc.xpath("//article[@id='src-2']//span[@data-ev]")
    (pill2,) = doc.xpath("//li[@id='sum-s0']//a[text()='2']")
    assert pill2.get("href") == "#src-2" and pill2.get("data-ev") is None


def test_header_title_and_counts(story: list[Article]) -> None:
    b = brief(story, words=60)
    doc = page(to_html(b))
    assert doc.findtext(".//h1").strip() == "Riverton closes old bridge"
    # the headline is source 1's: it carries that source's pill, as every claim of the brief does
    (pill,) = doc.xpath("//h1/a[@class='cite static']")
    assert (pill.text, pill.get("href"), pill.get("aria-label")) == ("1", "#src-1", "Headline of source 1")
    assert doc.findtext(".//title") == "Riverton closes old bridge"
    untitled = replace(b, sources=tuple(replace(s, title=None) for s in b.sources))
    doc = page(to_html(untitled))
    assert doc.findtext(".//h1") == "Brief of 3 reports"
    assert not doc.xpath("//h1/a")  # our own words: nothing to cite
    assert f"{b.word_count} words" in doc.xpath("string(//header[@class='masthead'])")
    assert "3 sources" in doc.xpath("string(//header[@class='masthead'])")


def test_empty_summary_and_warnings(story: list[Article]) -> None:
    b = brief(story[:1], words=2)
    doc = page(to_html(b))
    assert "No sentence could be selected" in doc.text_content()
    assert b.warnings and b.warnings[0] in doc.xpath("string(//*[@class='warnings'])")
    assert "single source" not in doc.text_content()  # no summary sentence, so no badge


def test_single_source_badge(story: list[Article]) -> None:
    doc = page(to_html(brief(story[:1], words=60)))
    assert "single source" in doc.xpath("string(//ol[@class='summary'])")


def test_sources_show_the_outlets_display_name(story: list[Article]) -> None:
    """The source list names an outlet as a reader knows it, and a blank outlet names nothing (review35)."""
    b = brief(story, words=60)
    outlets = ("usa-today", "  ", "wsj")
    sources = tuple(replace(s, title=None, outlet=o) for s, o in zip(b.sources, outlets, strict=True))
    doc = page(to_html(replace(b, sources=sources)))
    names = [h.text_content() for h in doc.xpath("//aside[@id='sources']//h3")]
    assert names == ["USA Today", sources[1].id, "wsj"]  # the blank outlet: the id, not an empty name
    assert "usa-today" not in doc.xpath("string(//aside[@id='sources'])")


def test_render_dispatch(story: list[Article]) -> None:
    out = render(brief(story, words=60), "html")
    assert out.startswith("<!doctype html>") and out.rstrip().endswith("</html>")


def test_cli_format_html(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief", "brief", str(seeds_dir), "--format", "html", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    doc = page(out.read_text(encoding="utf-8"))
    assert doc.xpath("//section[@id='summary']//a[contains(@class, 'cite')]")
