"""Markdown, text and JSON renderers; the JSON validates against docs/brief.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import lxml.html
import pytest

from newsbrief import Article, ConfigError, brief, read_articles, render

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "brief.schema.json").read_text())


def test_json_validates_on_seeds(seeds_dir: Path) -> None:
    doc = json.loads(render(brief(read_articles(seeds_dir)), "json"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["schema_version"] == "2.8"
    for sent in doc["summary"]:
        src = next(a for a in doc["sources"] if a["id"] == sent["source"]["article_id"])
        assert src["text"][sent["source"]["start"] : sent["source"]["end"]] == sent["text"]


def test_json_validates_with_warnings_and_empty_summary(story: list[Article]) -> None:
    doc = json.loads(render(brief(story[:1], words=2), "json"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["summary"] == [] and doc["warnings"]


def test_schema_rejects_a_broken_document(story: list[Article]) -> None:
    doc = json.loads(render(brief(story), "json"))
    del doc["summary"][0]["source"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


def test_markdown_citations_and_sources(story: list[Article]) -> None:
    md = render(brief(story, words=60), "md")
    assert md.startswith("# Brief of 3 reports")
    assert "## Sources" in md
    assert "1. Riverton closes old bridge" in md
    assert "found in 2 sources; not matched in the other 1" in md or "found in all 3 sources" in md
    assert "reported by" not in md.split("## ")[1]  # the summary never claims what the others do not say
    assert "[1]" in md


def test_markdown_escapes_article_markup() -> None:
    # No URL in the text: a sentence with a link is debris, left out of the summary and the timeline alike.
    art = Article(id="x", text="The [council](evil) voted *again* <b>today</b> on the bridge plan after a debate.")
    md = render(brief([art], words=50), "md")
    assert "\\[council\\](evil)" in md and "\\<b\\>" in md and "\\*again\\*" in md
    assert md.startswith("# Brief of 1 report\n")  # an untitled single source: not "1 reports"


def test_text_format(story: list[Article]) -> None:
    out = render(brief(story, words=60), "text")
    assert "Sources:" in out and "[1] Riverton closes old bridge" in out


def test_unknown_format(story: list[Article]) -> None:
    with pytest.raises(ConfigError, match="unknown format"):
        render(brief(story), "pdf")


def test_timeline_fields_in_every_format(story: list[Article]) -> None:
    from dataclasses import replace

    from newsbrief.model import Event, Span

    base = brief(story, words=60, analysis=False)
    a, b = base.sources[0], base.sources[1]
    first = Span(a.id, 0, 10, a.text[:10])
    events = (
        Event("2019-02-18", "on Monday", a.text[:10], first, True, "day", (Span(b.id, 0, 8, b.text[:8]),), "published"),
        Event("1981", "in 1981", a.text[:10], first, True, "year"),
        Event(None, "today", a.text[:10], first, False, "day"),
    )
    shown = replace(base, timeline=events, analysed=True)
    doc = json.loads(render(shown, "json"))
    jsonschema.validate(doc, SCHEMA)
    assert [(e["date"], e["precision"], e["sources"], e["anchor"]) for e in doc["timeline"]] == [
        ("2019-02-18", "day", [a.id, b.id], "published"),
        ("1981", "year", [a.id], "none"),
        (None, "day", [a.id], "none"),
    ]
    md = render(shown, "md")
    assert "**18 Feb 2019** (day, “on Monday”)" in md and "[1][2] *(reported by 2 sources)*" in md
    assert "**1981** (year, “in 1981”)" in md
    assert "**“today”** (date not resolved)" in md
    html = render(shown, "html")
    assert '<time datetime="2019-02-18">18 Feb 2019</time> <span class="tag">day</span>' in html
    assert "reported by 2 sources" in html and "date unresolved" in html


def test_background_entries_are_shown_apart_after_the_storys_events(story: list[Article]) -> None:
    from dataclasses import replace

    from newsbrief.model import Event, Span

    base = brief(story, words=60, analysis=False)
    a = base.sources[0]
    first = Span(a.id, 0, 10, a.text[:10])
    events = (
        Event("1981", "in 1981", "The SDP walked out of Labour in 1981.", first, True, "year", background=True),
        Event("2019-02-18", "on Monday", "Seven MPs resigned on Monday.", first, True, "day", anchor="published"),
    )
    shown = replace(base, timeline=events, analysed=True)
    doc = json.loads(render(shown, "json"))
    jsonschema.validate(doc, SCHEMA)
    assert [(e["date"], e["background"]) for e in doc["timeline"]] == [("1981", True), ("2019-02-18", False)]
    md = render(shown, "md")
    assert md.index("Seven MPs resigned on Monday.") < md.index("### Background") < md.index("The SDP walked out")
    assert "*Dated facts the sources mention as context, not events of this story.*" in md
    text = render(shown, "text")
    assert text.index("Timeline:\n- 18 Feb 2019 (day, “on Monday”): Seven MPs resigned on Monday. [1]") < text.index(
        "Background (dated facts the sources mention as context, not events of this story):\n- 1981 (year, “in 1981”)"
    )
    assert "Timeline:" not in render(base, "text")  # not analysed: no timeline
    only_background = render(replace(shown, timeline=events[:1]), "md")
    assert "*No dated event of the story itself.*" in only_background and "### Background" in only_background
    html = lxml.html.document_fromstring(render(shown, "html"))
    (section,) = html.xpath("//section[@id='timeline']")
    (details,) = section.xpath("./details[@class='background']")
    assert details.get("open") is None  # collapsed until the reader opens it
    assert details.xpath("./summary")[0].text_content().startswith("Background (1) Dated facts the sources mention")
    assert "The SDP walked out" in details.text_content() and "Seven MPs" not in details.text_content()
    (story_list,) = section.xpath("./ol[@class='timeline']")
    assert "Seven MPs resigned on Monday." in story_list.text_content()
    assert "1981" not in story_list.text_content()


def test_an_entity_whose_type_is_not_settled_is_shown_without_one(story: list[Article]) -> None:
    """``Entity.typed`` False (only the tagger's guess backs the label): Markdown and HTML show the name with
    "type not settled", the HTML among "Other names", and the JSON carries ``typed``."""
    from dataclasses import replace

    from newsbrief.model import Entity

    b = brief(story, words=60)
    src = b.sources[0].id
    b = replace(
        b,
        entities=(
            Entity("Axanar", "ORG", ("Axanar",), (), ((src, 5),), typed=False),
            Entity("Paramount Pictures", "ORG", ("Paramount Pictures",), (), ((src, 3),)),
        ),
        analysed=True,
    )
    md = render(b, "md")
    assert "| Axanar | type not settled |" in md and "| Paramount Pictures | ORG |" in md
    html = lxml.html.document_fromstring(render(b, "html"))
    people = html.get_element_by_id("people")
    headings = [h.text_content() for h in people.xpath(".//h3")]
    assert headings == ["Organisations", "Other names"]
    assert "Axanar type not settled" in " ".join(people.text_content().split())
    doc = json.loads(render(b, "json"))
    jsonschema.validate(doc, SCHEMA)
    assert [e["typed"] for e in doc["entities"]] == [False, True]
