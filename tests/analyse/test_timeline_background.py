"""The background rule measured by benchmarks/timeline_background.py (an experiment the brief does not use):
which entries evidence puts in a story's background."""

from __future__ import annotations

from benchmark_scripts import load_benchmark
from newsbrief.model import Event, Span

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
