"""JSON: the Brief as a documented, versioned document (docs/brief.schema.json).

The schema version changes whenever a field is added, removed or changes meaning; consumers can
check ``schema_version`` first. Offsets are character offsets into ``sources[].text``.
"""

from __future__ import annotations

import json
from typing import Any

from newsbrief._version import __version__
from newsbrief.model import Article, Brief, Conflict, Entity, Event, Quote, Span

#: 2.0: entities, quotes, facts, conflicts, timeline, analysed; 2.1: timeline precision, anchor, sources;
#: 2.2: summary sentences' view_of, insertions and shown; 2.3: conflicts name their slot and their sides
#: (each version's value, sources, quoted value spans, sentences); 2.4: not_summarised (sources set apart, with
#: their reason), and n_sources / of_sources read as "found in" / "summarised" (the field names are unchanged);
#: 2.5: timeline entries' background (a dated fact brought in as context, shown apart from the story's events);
#: 2.6: an insertion's ``replaces`` (the characters it stands in for: "[Jane Doe]" shown for a lifted "She"); 2.7:
#: ``view_of`` may be a note about the source, opening with "from " ("from Variety's review", ``opinion="source"``);
#: 2.8: entities' ``typed`` (false: only the tagger's guess backs ``label``; show the name without a type claim).
SCHEMA_VERSION = "2.8"


def _span(span: Span) -> dict[str, Any]:
    return {
        "article_id": span.article_id,
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "similarity": span.similarity,
    }


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "author": article.author,
        "origin": article.origin,
        "text": article.text,
    }


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "descriptors": [{"article_id": a, "text": d} for a, d in entity.descriptors],
        "mentions": [{"article_id": a, "count": n} for a, n in entity.mentions],
        "typed": entity.typed,
    }


def _conflict(conflict: Conflict) -> dict[str, Any]:
    return {
        "kind": conflict.kind,
        "description": conflict.description,
        "slot": conflict.slot,
        "spans": [_span(s) for s in conflict.spans],
        "sides": [
            {
                "value": side.value,
                "article_ids": list(side.article_ids),
                "spans": [_span(s) for s in side.spans],
                "sentences": [_span(s) for s in side.sentences],
            }
            for side in conflict.sides
        ],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "verb": quote.verb,
        "article_id": quote.article_id,
        "start": quote.start,
        "end": quote.end,
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "date": event.date,
        "precision": event.precision,
        "date_text": event.date_text,
        "resolved": event.resolved,
        "anchor": event.anchor,
        "text": event.text,
        "span": _span(event.span),
        "sources": list(event.article_ids),
        "support": [_span(s) for s in event.support],
        "background": event.background,
    }


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The JSON-ready dictionary of a Brief."""
    n = len(brief.sources)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"newsbrief {__version__}",
        "budget_words": brief.words,
        "word_count": brief.word_count,
        "warnings": list(brief.warnings),
        "summary": [
            {
                "text": s.text,
                "source": _span(s.source),
                "support": [_span(x) for x in s.support],
                "article_ids": list(s.article_ids),
                "n_sources": s.n_sources,
                "of_sources": n,
                "view_of": s.view_of,
                "insertions": [{"at": i.at, "text": i.text, "replaces": i.replaces} for i in s.insertions],
                "shown": s.shown,
            }
            for s in brief.summary
        ],
        "sources": [_article(a) for a in brief.sources],
        "not_summarised": [{**_article(n.article), "reason": n.reason, "note": n.note} for n in brief.not_summarised],
        "analysed": brief.analysed,
        "entities": [_entity(e) for e in brief.entities],
        "quotes": [_quote(q) for q in brief.quotes],
        "facts": [
            {"text": f.text, "article_ids": list(f.article_ids), "spans": [_span(s) for s in f.spans]}
            for f in brief.facts
        ],
        "conflicts": [_conflict(c) for c in brief.conflicts],
        "timeline": [_event(e) for e in brief.timeline],
    }


def to_json(brief: Brief) -> str:
    """Render the brief as indented JSON (UTF-8, non-ASCII kept)."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"
