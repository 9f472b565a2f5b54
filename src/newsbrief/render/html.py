"""HTML: the brief as ONE self-contained file (inline CSS and JS, no network, works from file://).

The page shows the summary with citation pills, and the cleaned text of every source in which each
cited sentence is wrapped in a ``<span class="ev" data-ev="s0 q3">`` marker. Clicking a pill
highlights every span of that group (the summary sentence's own source span and all its support
spans) and scrolls to the one in the cited article; without JavaScript the pill is still a plain
``#ev-s0-2`` anchor. The analysis sections (people, quotes, agreement, timeline) appear only when
the Brief carries data for them.

Safety: Jinja2 autoescaping is on and article text reaches the template only as plain strings
(the highlighted source text is a list of pieces, each escaped by the template; nothing taken from
an article is ever marked safe). Only our own packaged CSS and JS are inserted verbatim, and a
Content-Security-Policy allows exactly those two (by SHA-256 hash) and nothing else: no requests,
no other scripts, no inline event handlers. Article URLs become links only for http(s).
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from newsbrief._version import __version__
from newsbrief.model import Article, Brief, Span
from newsbrief.render.labels import (
    BACKGROUND_NOTE,
    UNSETTLED,
    citation_numbers,
    display_sentence,
    matched_in,
    not_summarised_line,
    shown_parts,
    view_note,
)
from newsbrief.text.dates import display, published_date
from newsbrief.text.outlets import outlet_name

_TEMPLATES = files("newsbrief.render") / "templates"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

# Entity labels as a reader says them, grouped in this order.
_ENTITY_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places", ("GPE", "LOC", "FAC")),
    ("Groups and parties", ("NORP",)),
)
_LABEL_NAMES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_ORIGIN_LINE = re.compile(r":\d+$")  # "path:line" origins of JSONL articles


@dataclass(slots=True)
class _Cite:
    """One citation pill: source number ``n``; ``key`` names the highlight group ("" = none)."""

    n: int
    key: str = ""

    @property
    def href(self) -> str:
        return f"#ev-{self.key}-{self.n}" if self.key else f"#src-{self.n}"


@dataclass(slots=True)
class _Piece:
    """A run of article text; ``keys`` are the highlight groups covering it, ``anchors`` its ids."""

    text: str
    keys: str = ""
    anchors: list[str] = field(default_factory=list)

    @property
    def cited(self) -> bool:
        """Whether a summary sentence rests on this piece (keys ``s0``, ``s1``...)."""
        return any(k.startswith("s") for k in self.keys.split())


@cache
def _asset(name: str) -> str:
    return (_TEMPLATES / name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _asset(name)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else ``None`` (no ``javascript:`` links)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    # Whitespace or control characters inside make it no URL a browser would take as typed.
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"[\s\x00-\x1f\x7f]", url):
        return None
    return url


def _iso_date(value: str | None) -> str | None:
    day = published_date(value)
    return day.isoformat() if day and display(value) != value else None


class _Groups:
    """Highlight groups: key -> the valid spans it covers, and what each article must mark."""

    def __init__(self, brief: Brief) -> None:
        self.numbers = citation_numbers(brief)
        self.lengths = {a.id: len(a.text) for a in brief.sources}
        self.marks: dict[str, list[tuple[int, int, str]]] = {a.id: [] for a in brief.sources}

    def add(self, key: str, spans: tuple[Span, ...] | list[Span]) -> list[_Cite]:
        """Register the spans of group ``key``; return one pill per cited source, ascending."""
        cited: dict[int, str] = {}
        for span in spans:
            n = self.numbers.get(span.article_id)
            if n is None:
                continue
            if 0 <= span.start < span.end <= self.lengths[span.article_id]:
                self.marks[span.article_id].append((span.start, span.end, key))
                cited[n] = key
            else:
                cited.setdefault(n, "")
        return [_Cite(n, cited[n]) for n in sorted(cited)]

    def one(self, key: str, article_id: str, start: int, end: int) -> _Cite | None:
        cites = self.add(key, [Span(article_id, start, end, "")])
        return cites[0] if cites else None


def _paragraphs(article: Article, marks: list[tuple[int, int, str]]) -> list[list[_Piece]]:
    """Cut the article into paragraphs of pieces at every paragraph break and mark boundary."""
    text = article.text
    paragraphs: list[list[_Piece]] = []
    anchored: set[str] = set()
    bounds, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    for p_start, p_end in bounds:
        if p_start >= p_end:
            continue
        inside = [(max(s, p_start), min(e, p_end), k) for s, e, k in marks if s < p_end and e > p_start]
        cuts = sorted({p_start, p_end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
        pieces = []
        for a, b in pairwise(cuts):
            keys = list(dict.fromkeys(k for s, e, k in inside if s <= a and b <= e))
            piece = _Piece(text[a:b], " ".join(keys))
            for key in keys:
                if key not in anchored:
                    anchored.add(key)
                    piece.anchors.append(key)
            pieces.append(piece)
        paragraphs.append(pieces)
    return paragraphs


def _source_name(article: Article) -> str:
    if article.title:
        return article.title
    outlet = outlet_name(article.outlet)  # None for a blank one: the file or the id names the source then
    if outlet:
        return outlet
    if article.origin and article.origin != "<stdin>":
        return PurePath(_ORIGIN_LINE.sub("", article.origin)).name
    return article.id


def _agreement(k: int, n: int) -> tuple[str, str]:
    """Badge text (:func:`matched_in`) and level ("all", "some", "one") of a sentence found in ``k`` of ``n``."""
    return matched_in(k, n), ("one" if n == 1 else "all" if k >= n else "some" if k > 1 else "one")


def _context(brief: Brief) -> dict[str, Any]:
    """Everything the template shows, as plain values (strings stay unescaped until the template)."""
    groups = _Groups(brief)
    numbers = groups.numbers
    n_sources = len(brief.sources)

    summary = []
    for i, sent in enumerate(brief.summary):
        badge, level = _agreement(sent.n_sources, n_sources)
        summary.append(
            {
                "key": f"s{i}",
                "text": display_sentence(sent.shown),
                "parts": shown_parts(sent),
                "cites": groups.add(f"s{i}", (sent.source, *sent.support)),
                "badge": badge,
                "level": level,
                "k": sent.n_sources,
                "view": view_note(sent),
            }
        )

    entity_groups = []
    for heading, labels in _ENTITY_GROUPS:
        members = [e for e in brief.entities if e.typed and e.label in labels]
        if members:
            entity_groups.append((heading, members))
    others = [e for e in brief.entities if not e.typed or all(e.label not in labels for _, labels in _ENTITY_GROUPS)]
    if others:
        entity_groups.append(("Other names", others))
    entities = [
        (
            heading,
            [
                {
                    "name": e.name,
                    "label": _LABEL_NAMES.get(e.label, e.label.lower()) if e.typed else UNSETTLED,
                    "aliases": [a for a in e.aliases if a != e.name],
                    "descriptors": [(numbers.get(aid), text) for aid, text in e.descriptors],
                    "mentions": [(numbers.get(aid), count) for aid, count in e.mentions],
                    "total": sum(count for _, count in e.mentions),
                }
                for e in members
            ],
        )
        for heading, members in entity_groups
    ]

    quotes = [
        {
            "text": q.text,
            "speaker": q.speaker,
            "verb": q.verb,
            "cite": groups.one(f"q{i}", q.article_id, q.start, q.end),
        }
        for i, q in enumerate(brief.quotes)
    ]

    shared, unique = [], {}
    for i, fact in enumerate(brief.facts):
        cites = groups.add(f"f{i}", fact.spans)
        if len(fact.article_ids) > 1:
            shared.append({"text": fact.text, "cites": cites, "k": len(fact.article_ids)})
        elif fact.article_ids and fact.article_ids[0] in numbers:
            unique.setdefault(numbers[fact.article_ids[0]], []).append({"text": fact.text, "cites": cites})
    shared.sort(key=lambda f: -f["k"])
    conflicts = [
        {
            "kind": c.kind,
            "description": c.description,
            "sides": [
                {
                    "value": side.value,
                    "sources": [numbers[a] for a in side.article_ids if a in numbers],
                    "versions": [
                        (value.text, sentence.text, groups.add(f"c{i}s{j}v{k}", [sentence]))
                        for k, (value, sentence) in enumerate(zip(side.spans, side.sentences, strict=True))
                    ],
                }
                for j, side in enumerate(c.sides)
            ],
        }
        for i, c in enumerate(brief.conflicts)
    ]

    timeline = [
        {
            "date": display(ev.date) if ev.resolved else None,
            "iso": ev.date if ev.resolved and ev.date and not ev.date.startswith("--") else None,
            "precision": ev.precision,
            "date_text": ev.date_text,
            "text": ev.text,
            "cites": groups.add(f"e{i}", (ev.span, *ev.support)),
            "k": len(ev.article_ids),
            "background": ev.background,
        }
        for i, ev in enumerate(brief.timeline)
    ]

    sources = []
    for art in brief.sources:
        sources.append(
            {
                "n": numbers[art.id],
                "name": _source_name(art),
                "titled": bool(art.title),
                "outlet": outlet_name(art.outlet),
                "published": display(art.published),
                "iso": _iso_date(art.published),
                "author": art.author,
                "url": art.url,
                "link": safe_url(art.url),
                "words": len(art.text.split()),
                "paragraphs": _paragraphs(art, groups.marks[art.id]),
            }
        )

    first_title = brief.sources[0].title if brief.sources and brief.sources[0].title else None
    # The headline is source 1's own words: like every claim of the brief it carries its source's pill (#src-N).
    title_source = numbers[brief.sources[0].id] if first_title else None
    sections = [("summary", "Summary")]
    if entities:
        sections.append(("people", "People & organisations"))
    if quotes:
        sections.append(("quotes", "Quotes"))
    if shared or unique or conflicts:
        sections.append(("agreement", "Agreement"))
    if timeline:
        sections.append(("timeline", "Timeline"))
    sections.append(("sources", "Sources"))
    return {
        "title": first_title or f"Brief of {n_sources} report{'s' if n_sources != 1 else ''}",
        "title_source": title_source,
        "n_sources": n_sources,
        "word_count": brief.word_count,
        "budget": brief.words,
        "warnings": list(brief.warnings),
        "summary": summary,
        "entities": entities,
        "quotes": quotes,
        "shared": shared,
        "unique": unique,
        "conflicts": conflicts,
        "timeline": timeline,
        "background_note": BACKGROUND_NOTE,
        "sources": sources,
        "not_summarised": [not_summarised_line(n) for n in brief.not_summarised],
        "sections": sections,
        "generator": f"newsbrief {__version__}",
    }


def to_html(brief: Brief) -> str:
    """Render the brief as one self-contained HTML page.

    Args:
        brief: the Brief to show; analysis sections appear only where it has data.

    Returns:
        The page: UTF-8 text with inline CSS and JS and no external resource of any kind.
    """
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    # Our own packaged assets are the only text inserted verbatim; nothing from an article is.
    page = _environment().get_template("report.html.j2")
    return page.render(**_context(brief), css=Markup(css), js=Markup(js), csp=csp) + "\n"
