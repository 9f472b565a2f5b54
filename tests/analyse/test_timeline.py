"""Timeline: the date normaliser on literal expressions, events from literal sentences, and the seeds.

Real spaCy model for the events; the normaliser is plain Python.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse._dates import anchor_of, parse_date
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article, Event

WEDNESDAY = date(2019, 2, 20)
# The normaliser is plain Python; everything after it needs the English model.
needs_model = pytest.mark.skipif(nlp_module.available_model() is None, reason="no English spaCy model installed")


# The normaliser ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("18 Feb 2019", "2019-02-18"),
        ("February 18, 2019", "2019-02-18"),
        ("on the 18th of February 2019", "2019-02-18"),
        ("2019-02-18", "2019-02-18"),
        ("in June 2017", "2017-06"),
        ("in 1981", "1981"),
        ("1945", "1945"),
        ("mid-2019", "2019"),
    ],
)
def test_absolute_dates_keep_their_precision(expression: str, iso: str) -> None:
    parsed = parse_date(expression, None)
    assert parsed is not None
    assert parsed.iso == iso
    assert not parsed.relative


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("today", "2019-02-20"),
        ("this morning", "2019-02-20"),
        ("yesterday", "2019-02-19"),
        ("last night", "2019-02-19"),
        ("tomorrow", "2019-02-21"),
        ("on Monday", "2019-02-18"),  # the most recent Monday on or before the article date
        ("Wednesday", "2019-02-20"),  # the article's own weekday is that day
        ("last Wednesday", "2019-02-13"),  # "last" is strictly before
        ("next Monday", "2019-02-25"),
        ("Thursday", "2019-02-14"),
        ("last week", "2019-W07"),
        ("this week", "2019-W08"),
        ("last month", "2019-01"),
        ("earlier this year", "2019"),
        ("last year", "2018"),
        ("two weeks ago", "2019-02-06"),
        ("almost 20 years ago", "1999"),
        ("February 18", "2019-02-18"),  # a year-less date takes the article's year
        ("March 29th", "2019-03-29"),
        ("in May", "2019-05"),
    ],
)
def test_relative_dates_resolve_against_the_article_date(expression: str, iso: str) -> None:
    parsed = parse_date(expression, WEDNESDAY)
    assert parsed is not None
    assert parsed.iso == iso
    assert parsed.relative


@pytest.mark.parametrize("expression", ["today", "on Monday", "last week", "February 18", "three days ago"])
def test_relative_dates_without_an_article_date_stay_unresolved(expression: str) -> None:
    parsed = parse_date(expression, None)
    assert parsed is not None
    assert parsed.iso is None
    assert not parsed.resolved
    assert parsed.relative


@pytest.mark.parametrize(
    "expression",
    ["39 days", "just 39 days", "20 years", "for decades", "27 years", "more than three decades", "the coming days"],
)
def test_durations_and_vague_phrases_are_not_points(expression: str) -> None:
    assert parse_date(expression, WEDNESDAY) is None


def test_anchor_of_published() -> None:
    assert anchor_of("2019-02-18") == date(2019, 2, 18)
    assert anchor_of("2019-02-18T09:30:00Z") == date(2019, 2, 18)
    assert anchor_of(None) is None
    assert anchor_of("last Tuesday") is None


# Events from literal sentences -------------------------------------------------------------------


def timeline_of(*texts: str, published: str | None = None) -> tuple[Event, ...]:
    articles = [Article(id=f"a{i}", text=t, published=published) for i, t in enumerate(texts)]
    docs = list(nlp_module.load_nlp().pipe([a.text for a in articles]))
    events = build_timeline(articles, docs)
    for event in events:  # the offset contract of the model
        text = articles[int(event.span.article_id[1:])].text
        assert text[event.span.start : event.span.end] == event.text == event.span.text
        assert event.date_text in event.text
    return events


def test_empty_input() -> None:
    assert build_timeline([], []) == ()


@needs_model
def test_docs_must_match_articles() -> None:
    with pytest.raises(ValueError, match="one doc per article"):
        build_timeline([Article(id="a", text="On Monday it rained.")], [])


@needs_model
def test_relative_dates_with_a_published_date() -> None:
    events = timeline_of(
        "The MPs resigned on Monday. They spoke again yesterday.\n\nThe deadline is March 29.",
        published="2019-02-20",
    )
    assert [(e.date, e.date_text) for e in events] == [
        ("2019-02-18", "Monday"),
        ("2019-02-19", "yesterday"),
        ("2019-03-29", "March 29"),
    ]
    assert all(e.resolved for e in events)
    assert events[0].text == "The MPs resigned on Monday."


@needs_model
def test_relative_dates_without_a_published_date_are_kept_and_marked() -> None:
    events = timeline_of("The MPs resigned on Monday. The group was founded in June 2017.")
    assert [(e.date, e.resolved, e.date_text) for e in events] == [
        ("2017-06", True, "June 2017"),
        (None, False, "Monday"),
    ]


@needs_model
def test_partial_dates_and_sorting() -> None:
    events = timeline_of("The party split in 1981. The vote was on 18 Feb 2019. The group formed in June 2017.")
    assert [e.date for e in events] == ["1981", "2017-06", "2019-02-18"]


@needs_model
def test_durations_and_ages_are_skipped() -> None:
    events = timeline_of(
        "He has served for 20 years. There are just 39 days until the deadline.\n\n"
        "She is 39 years old and has been a member for decades."
    )
    assert events == ()


@needs_model
def test_a_surname_month_is_not_a_date() -> None:
    events = timeline_of(
        "Mrs May's former adviser spoke. Critics of May attacked the deal. The vote is in May.",
        published="2019-02-20",
    )
    assert [(e.date, e.text) for e in events] == [("2019-05", "The vote is in May.")]
    (end_of,) = timeline_of("The deal must pass by the end of May.", published="2019-02-20")
    assert end_of.date == "2019-05"


@needs_model
def test_the_same_event_in_two_sources_is_listed_once() -> None:
    events = timeline_of(
        "Seven MPs resigned from the party on February 18, 2019.",
        "Seven MPs resigned from the party on February 18, 2019, citing anti-Semitism.",
        "A new website was launched on February 18, 2019.",
    )
    assert [e.span.article_id for e in events] == ["a0", "a2"]


# The seed reports --------------------------------------------------------------------------------


@cache
def seed_parse(seeds: Path) -> tuple[tuple[Article, ...], tuple]:
    from newsbrief import read_articles
    from newsbrief.pipeline import clean_articles

    articles, _ = clean_articles(read_articles(seeds))
    return tuple(articles), tuple(nlp_module.load_nlp().pipe([a.text for a in articles]))


@needs_model
def test_seed_timeline_without_publication_dates(seeds_dir: Path) -> None:
    articles, docs = seed_parse(seeds_dir)
    assert all(a.published is None for a in articles)  # the seeds carry no dates: relative stays relative
    events = build_timeline(articles, docs)
    texts = {a.id: a.text for a in articles}
    for e in events:
        assert texts[e.span.article_id][e.span.start : e.span.end] == e.text
    resolved = [e for e in events if e.resolved]
    assert events[: len(resolved)] == tuple(resolved)  # unresolved last
    assert [e.date for e in resolved] == sorted(e.date for e in resolved)
    assert {"1981", "2017-06"} <= {e.date for e in resolved}
    unresolved = {e.date_text.lower() for e in events if not e.resolved}
    assert {"february 18", "march 29", "today"} <= unresolved
    for duration in ("39 days", "27 years", "fifty years", "decades"):
        assert not any(duration in e.date_text for e in events), duration


@needs_model
def test_seed_timeline_with_a_publication_date(seeds_dir: Path) -> None:
    articles, docs = seed_parse(seeds_dir)
    dated = [replace(a, published="2019-02-18") for a in articles]
    events = build_timeline(dated, docs)
    assert all(e.resolved for e in events)
    by_text = {e.date_text: e.date for e in events}
    assert by_text["February 18"] == by_text["today"] == "2019-02-18"
    assert by_text["March 29"] == "2019-03-29"
