"""Literal text through the real entity stage, for the entity tests (tests/analyse/test_entity_*.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse.entities import extract_entities
from newsbrief.model import Article, Entity

if TYPE_CHECKING:
    from spacy.tokens import Span


def entities_of(*texts: str) -> tuple[Entity, ...]:
    """The entities of a story made of ``texts``, one article each, parsed by the real pipeline."""
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    docs = list(nlp_module.load_nlp().pipe([a.text for a in articles]))
    return extract_entities(articles, docs)


def named(entities: Sequence[Entity], needle: str) -> list[Entity]:
    """Entities whose name or any alias contains ``needle`` (case-insensitive)."""
    n = needle.lower()
    return [e for e in entities if n in e.name.lower() or any(n in a.lower() for a in e.aliases)]


def span_of(text: str, name: str) -> Span:
    """The span of the first ``name`` in ``text`` as parsed (whatever the tagger made of it)."""
    doc = nlp_module.load_nlp()(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None, f"{name!r} does not fall on token boundaries in {text!r}"
    return span
