"""A summary made of given sentences of made-up articles, for the tests of what the brief shows around them."""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.model import Article, Span, SummarySentence


def summary_of(articles: Sequence[Article], *sentences: str) -> list[SummarySentence]:
    """The summary of ``sentences`` in order, each spanning the first article that holds it."""
    summary = []
    for text in sentences:
        art = next(a for a in articles if text in a.text)
        at = art.text.index(text)
        summary.append(SummarySentence(text, Span(art.id, at, at + len(text), text)))
    return summary
