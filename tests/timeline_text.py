"""The timeline of literal articles, shared by the timeline tests (tests/analyse/test_timeline*.py)."""

from __future__ import annotations

import pytest

from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article, Event

needs_model = pytest.mark.usefixtures("spacy_model")


def timeline_of(*texts: str, published: str | None = None, all_background: bool = True) -> tuple[Event, ...]:
    """The timeline of literal articles; by default with every background entry (these tests read dates, and a
    one-line story rarely names its people twice), ``all_background=False`` as a brief shows it."""
    articles = [Article(id=f"a{i}", text=t, published=published) for i, t in enumerate(texts)]
    docs = list(nlp_module.load_nlp().pipe([a.text for a in articles]))
    events = build_timeline(articles, docs, all_background=all_background)
    for event in events:  # the offset contract of the model
        text = articles[int(event.span.article_id[1:])].text
        assert text[event.span.start : event.span.end] == event.text == event.span.text
        assert event.date_text in event.text
    return events
