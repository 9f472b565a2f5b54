"""Which entries evidence puts in a story's background: the brief's rule (newsbrief.analyse.background) and the
variants benchmarks/timeline_background.py measures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from benchmark_scripts import load_benchmark
from newsbrief.analyse._event_actor import story_nouns, story_people, story_subjects
from newsbrief.analyse.background import (
    _story_model,
    mark_background,
    move_doubtful,
    story_core,
    value_bounds,
    written_year,
)
from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.story_features import entry_features
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article, Event, Span
from newsbrief.package_data import read_json

background = load_benchmark("timeline_background").background


def entry(iso: str, precision: str, *sources: str, anchor: str = "none") -> Event:
    first, *more = sources
    return Event(
        date=iso,
        date_text=iso,
        text=f"Something happened in {iso}.",
        span=Span(first, 0, 10, "Something "),
        resolved=True,
        precision=precision,
        support=tuple(Span(s, 0, 10, "Something ") for s in more),
        anchor=anchor,
    )


def test_history_one_source_tells_is_background_and_the_story_days_are_not() -> None:
    events = (
        entry("2000", "year", "a"),  # "the 2000 recount" in a 2018 story
        entry("2018-10", "month", "b"),  # a month before the core by less than a month: story
        entry("2015", "year", "a", "b"),  # two sources report it: the story's
        entry("2018-11-10", "day", "a", anchor="story"),
        entry("2018-11-11", "day", "a", "b"),
    )
    assert background(events, 1, True, False) == {0}
    assert background(events, 1, True, True) == {0}


def test_an_encyclopedias_lone_day_is_no_core_of_the_story() -> None:
    events = (entry("1830-04-06", "day", "c"), entry("1844", "year", "c"), entry("2004", "year", "c"))
    assert background(events, 1, True, False) == set()  # no core: nothing to measure against
    assert background(events, 1, True, True) == {1, 2}  # no core: its single-source years; the day stays
    assert background(events, 1, False, True) == {1, 2}


# The brief's own rule (newsbrief.analyse.background), on entries and on literal text --------------------


def test_the_briefs_rule_marks_single_source_history_before_the_core() -> None:
    events = (
        entry("2000", "year", "a"),  # "the 2000 recount", one source, years before the story's days
        entry("2018-10", "month", "b"),  # ends less than a month before the core: the story's
        entry("2015", "year", "a", "b"),  # two sources report it: the story's
        entry("2017-05-02", "day", "a"),  # a day written with its year, under two years before: the story's
        entry("2018-11-10", "day", "a", anchor="story"),
        entry("2018-11-11", "day", "a", "b"),
    )
    assert story_core(events) == date(2018, 11, 10)
    assert [e.background for e in mark_background(events)] == [True, False, False, False, False, False]


def test_a_day_written_with_its_year_long_before_the_story_is_history() -> None:
    born = replace(entry("1927-02-24", "day", "a"), date_text="Feb. 24, 1927")
    core = entry("2016-05-09", "day", "a", "b")
    assert [e.background for e in mark_background((born, core))] == [True, False]
    assert not mark_background((replace(born, support=core.support), core))[0].background  # two sources: the story's
    # the same day with no year written (the year came from an anchor) is not marked: a day is written when it
    # matters to the story
    assert not mark_background((replace(born, date_text="Feb. 24"), core))[0].background
    # with no core, the reference is the latest day any entry covers
    assert [e.background for e in mark_background((born, entry("2016", "year", "a")))] == [True, True]


def test_without_a_core_single_source_years_and_months_are_background() -> None:
    events = (entry("1830-04-06", "day", "c"), entry("1844", "year", "c"), entry("2004-06", "month", "c"))
    assert story_core(events) is None
    # and the encyclopedia's lone day, written with its year long before the latest day an entry covers
    assert [e.background for e in mark_background(events)] == [True, True, True]
    unresolved = replace(entry("2004", "year", "c"), date=None, resolved=False)
    assert not mark_background((unresolved,))[0].background


@pytest.mark.usefixtures("spacy_model")
def test_without_a_core_what_several_sources_retell_years_before_the_latest_year_written_is_background() -> None:
    """Multi-News sources carry no day of writing: a 2016 story about Eichmann's petition has no dated core, and
    its only resolved entries are the history two sources retell; the year one source writes places the story."""
    captured = "Eichmann was captured in Buenos Aires in May 1960 and taken to Israel."
    texts = (
        captured + " He was sentenced to death on December 15, 1961. The documents were released by the president.",
        captured + " Ten suspected Nazis could face trial in 2016.",
    )
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    docs = list(load_nlp().pipe(texts))
    events = [e for e in build_timeline(articles, docs, all_background=True) if e.resolved]
    assert [(e.date, len(e.article_ids), e.background) for e in events] == [
        ("1960-05", 2, True),  # two sources retell it
        ("1961-12-15", 1, True),  # the latest entry, so no day before it placed it
    ]
    # the same retelling with no later year written: nothing places the story, two sources keep it its own
    alone = [t.replace(" Ten suspected Nazis could face trial in 2016.", "") for t in texts]
    events = build_timeline(
        [Article(id=f"a{i}", text=t) for i, t in enumerate(alone)], list(load_nlp().pipe(alone)), all_background=True
    )
    assert [(e.date, e.background) for e in events if e.resolved] == [("1960-05", False), ("1961-12-15", False)]


@pytest.mark.usefixtures("spacy_model")
def test_without_a_core_a_year_less_day_told_in_a_passage_of_history_is_background() -> None:
    """A year-less day in a story with no core: history when the two sentences before it write a year long before
    the latest year the sources write; a year-less plan of the story stays the story's."""
    texts = (
        "The letter was signed and dated: Jerusalem, May 29, 1962. He was hanged at about midnight on 31 May. "
        "The documents were released this week, and ten suspected Nazis could face trial in 2016.",
        "His preliminary hearing has been scheduled for April 28, his lawyer said of the 2016 case.",
    )
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    events = build_timeline(articles, list(load_nlp().pipe(texts)), all_background=True)
    assert [(e.date, e.background) for e in events if e.resolved and e.date.startswith("--")] == [
        ("--04-28", False),  # no year written before it in its article
        ("--05-31", True),
    ]
    # far from the passage (past NARRATIVE_CHARS), the year no longer tells
    far = texts[0].replace(" He was hanged", " " + "The archive holds many other papers. " * 9 + "He was hanged")
    events = build_timeline(
        [Article(id="a0", text=far), articles[1]], list(load_nlp().pipe([far, texts[1]])), all_background=True
    )
    assert [(e.date, e.background) for e in events if e.date == "--05-31"] == [("--05-31", False)]
    # a bare year is no passage's calendar (val_raw: "violations dating back to 1994", then this year's inspection)
    bare = texts[0].replace("dated: Jerusalem, May 29, 1962.", "among papers dating back to 1962.")
    events = build_timeline(
        [Article(id="a0", text=bare), articles[1]], list(load_nlp().pipe([bare, texts[1]])), all_background=True
    )
    assert [(e.date, e.background) for e in events if e.date == "--05-31"] == [("--05-31", False)]


def test_the_latest_year_written_is_any_sources_and_only_a_year() -> None:
    texts = {"a": "Captured in 1960, tried in 1961.", "b": "Trials may come in 2016; call 5551234 or room 12345."}
    assert written_year(texts) == 2016
    assert written_year({"a": "No year here, only 120 people and 3000 pages."}) is None
    # with a core, the written year changes nothing: the core is the reference
    events = (entry("2018-11-11", "day", "a", "b"), entry("2015-06", "month", "a", "b"))
    assert [e.background for e in mark_background(events, {"a": "in 2019", "b": "in 2030"})] == [False, False]


@pytest.mark.usefixtures("spacy_model")
def test_a_year_in_passing_goes_to_the_background_of_the_timeline() -> None:
    texts = (
        "The county finished its recount on Sunday. The delay recalled Florida, which certified its result in 2000.",
        "Officials said on Monday that the county had finished its recount.",
    )
    articles = [Article(id=f"a{i}", text=t, published="2018-11-13") for i, t in enumerate(texts)]
    docs = list(load_nlp().pipe(texts))
    events = build_timeline(articles, docs, all_background=True)
    assert [(e.date, e.background) for e in events] == [("2000", True), ("2018-11-11", False), ("2018-11-12", False)]
    # all_background=False keeps only what the story's people did: Florida's certification is left out
    assert [e.date for e in build_timeline(articles, docs, all_background=False)] == ["2018-11-11", "2018-11-12"]


@pytest.mark.usefixtures("spacy_model")
def test_an_obituarys_birth_date_goes_to_the_background() -> None:
    texts = (
        "Mark Lane, the lawyer who wrote about the Kennedy assassination, died on Monday. "
        "He was born in Brooklyn on Feb. 24, 1927.",
        "The author Mark Lane died on Monday at his home in Virginia.",
    )
    articles = [Article(id=f"a{i}", text=t, published="2016-05-12") for i, t in enumerate(texts)]
    events = build_timeline(articles, list(load_nlp().pipe(texts)))
    assert [(e.date, e.background, len(e.article_ids)) for e in events] == [
        ("1927-02-24", True, 1),
        ("2016-05-09", False, 2),
    ]


@pytest.mark.usefixtures("spacy_model")
def test_the_background_shows_what_the_storys_people_did_not_others_history() -> None:
    """Session 12: a Background entry is shown by default only when its clause tells one of the story's people
    (a person at least half of the sources name) doing something on that date."""
    texts = (
        "Sen. Paul Coverdell died on Tuesday at a hospital in Atlanta. Coverdell was first elected to the Senate in "
        "1992. Coverdell succeeded Wyche Fowler, who won the seat in 1986. "
        "A former aide, John Nicholson, said he first met the senator in 1985. "
        "Coverdell is the Richard Russell of 1950, one colleague said.",
        "Paul Coverdell, a Georgia Republican, died on Tuesday, his office said.",
    )
    articles = [Article(id=f"a{i}", text=t, published="2000-07-19") for i, t in enumerate(texts)]
    docs = list(load_nlp().pipe(texts))
    every = build_timeline(articles, docs, all_background=True)
    assert {e.date for e in every if e.background} == {"1950", "1985", "1986", "1992"}
    shown = build_timeline(articles, docs, all_background=False)
    assert [(e.date, e.background) for e in shown] == [("1992", True), ("2000-07-18", False)]


@pytest.mark.usefixtures("spacy_model")
def test_the_story_people_are_those_half_the_sources_name() -> None:
    texts = (
        "Mark Lane died on Monday. Lane met Jim Jones in 1978.",
        "Lane, an author, died on Monday in Virginia.",
        "The author Mark Lane died on Monday.",
    )
    docs = list(load_nlp().pipe(texts))
    assert story_people(docs) == {"lane"}  # Jones: one source of three
    assert story_people(docs[:1]) == {"lane", "jones"}  # one source: everyone it names


def _shown(texts: tuple[str, ...], published: str) -> tuple[list[tuple[str | None, bool]], list]:
    """The filtered timeline's (date, background) of ``texts`` (``all_background=False``), and their docs."""
    articles = [Article(id=f"a{i}", text=t, published=published) for i, t in enumerate(texts)]
    docs = list(load_nlp().pipe(texts))
    return [(e.date, e.background) for e in build_timeline(articles, docs, all_background=False)], docs


@pytest.mark.usefixtures("spacy_model")
def test_the_background_shows_what_the_company_the_story_is_about_did() -> None:
    """Session 12, timeline15: the story's subject can be a company, a band, a court (spaCy ``ORG``) that half
    of the sources name, not only a person."""
    shown, docs = _shown(
        (
            "Boeing said on Tuesday that it would halt deliveries of its jets. Boeing delivered the first of the "
            "planes in 2017.",
            "Shares of Boeing fell on Tuesday after the company halted deliveries.",
        ),
        "2019-03-13",
    )
    assert "boeing" in story_subjects(docs) and "boeing" not in story_people(docs)
    assert shown == [("2017", True), ("2019-03-12", False)]


@pytest.mark.usefixtures("spacy_model")
def test_the_background_shows_a_date_on_a_thing_a_story_person_owns() -> None:
    """ "his 1966 bestseller": the date modifies a noun whose owner is the story's person, whoever the verb's
    subject is."""
    shown, _ = _shown(
        (
            "Mark Lane, the lawyer who wrote about the Kennedy assassination, died on Monday. A film drew on his "
            "1966 bestseller, which criticized the Warren Commission.",
            "The author Mark Lane died on Monday at his home in Virginia.",
        ),
        "2014-12-16",
    )
    assert shown == [("1966", True), ("2014-12-15", False)]


@pytest.mark.usefixtures("spacy_model")
def test_the_background_shows_a_date_on_the_storys_own_event_noun() -> None:
    """ "killed in the December 2012 shooting" in a story every source of which speaks of the shooting: the
    story's own event, told as a noun with no story person as subject."""
    shown, docs = _shown(
        (
            "Families of nine victims of the Sandy Hook school shooting sued the gun maker on Monday. The children "
            "were killed in the December 2012 shooting at the school in Newtown.",
            "The families sued Bushmaster on Monday over the shooting, their lawyer said.",
        ),
        "2014-12-16",
    )
    assert "shooting" in story_nouns(docs) and "school" not in story_nouns(docs)  # one source of two
    assert shown == [("2012-12", True), ("2014-12-15", False)]


# The learned second look (newsbrief.analyse.background.move_doubtful) -------------------------------------


def test_the_learned_look_only_moves_story_entries_out_and_leaves_unresolved_alone() -> None:
    texts = {"a": "Something happened. " * 20, "b": "Something happened. " * 20}
    events = mark_background(
        (
            entry("2000", "year", "a"),  # the rule's background stays background
            entry("2018-11-11", "day", "a", "b"),
            replace(entry("2004", "year", "a"), date=None, resolved=False),
        )
    )
    after = move_doubtful(events, texts)
    assert after[0].background
    assert not after[2].background  # not shown by default: never judged
    assert [e.background for e in move_doubtful(after, texts)] == [e.background for e in after]  # settled


def test_the_learned_look_doubts_a_late_single_source_year_more_than_the_storys_day() -> None:
    # one article: a story day near the top, and late in the text a year the other source does not echo
    story = "The council voted on Monday to close the plant. " + "Workers gathered outside the gates. " * 12
    history = "The plant first opened in 1998, when the town was still growing."
    texts = {"a": story + history, "b": "The council voted on Monday to close the plant after a long debate."}
    day = Event(
        date="2018-11-12",
        date_text="on Monday",
        text=story[:48],
        span=Span("a", 0, 48, story[:48]),
        resolved=True,
        precision="day",
        support=(Span("b", 0, 40, texts["b"][:40]),),
        anchor="published",
    )
    start = len(story)
    year = Event(
        date="1998",
        date_text="in 1998",
        text=history,
        span=Span("a", start, start + len(history), history),
        resolved=True,
        precision="year",
    )
    bounds = [value_bounds(day), value_bounds(year)]
    rows = entry_features((day, year), texts, bounds, story_core((day, year)), bounds[0][1])
    model = _story_model()
    assert model.probability(rows[0]) > model.probability(rows[1])
    assert not move_doubtful((day,), texts)[0].background  # the story's own day, reported twice, stays


def test_the_fitting_scripts_forms_and_filing_count() -> None:
    fit = load_benchmark("timeline_story_model")
    p = np.array([0.9, 0.9, 0.2, 0.2])
    rule = np.array([True, False, False, True])  # the rule's background flag
    assert fit.decide("model", p, rule, 0.4).tolist() == [True, True, False, False]
    assert fit.decide("rule+model", p, rule, 0.4).tolist() == [False, True, False, False]  # only moves out
    # story part: one right story event, one wrong entry; background: a story event (misfiled) and a background one
    row = fit.table_row("x", np.array([True, True, False, False]), ["story", "wrong", "story", "background"])
    assert row == "| x | 2 | 50.0% (1) | 1 | 2 | 50.0% (1) | 2 |"


def test_the_fitting_script_writes_by_default_what_the_brief_applies() -> None:
    """``--write`` with no other flag rewrites the shipped weights with the kept setting, and refuses a form the brief
    does not apply (:func:`move_doubtful` only ever moves entries out of the story part: ``rule+model``)."""
    fit = load_benchmark("timeline_story_model")
    shipped = _story_model()
    weights = read_json("timeline_story.json")
    defaults = fit.build_parser().parse_args(["--write"])
    assert (defaults.c, defaults.threshold, defaults.form) == (weights["C"], shipped.threshold, weights["form"])
    assert weights["form"] == "rule+model"
    with pytest.raises(SystemExit) as refused:  # refused before any data is read or any file written
        fit.main(["--write", "--form", "model"])
    assert refused.value.code == 2
