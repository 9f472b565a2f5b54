"""A year-less date written with its weekday, given its year by another source's full date of that weekday."""

from __future__ import annotations

from datetime import date

from newsbrief.text.anchors import latest_written_day, weekday_confirmed_dates
from newsbrief.text.dates import find_expressions


def confirmed(*texts: str) -> list[date]:
    """The confirmed days of literal sources, every date expression of each counted."""
    dated = [(i, t[s:e]) for i, t in enumerate(texts) for s, e in find_expressions(t)]
    return weekday_confirmed_dates(dated, list(texts))


def test_a_weekday_date_without_a_year_takes_the_year_another_source_writes_with_that_weekday() -> None:
    one = "Sunday 14 December, the second anniversary of the killings, marks the legal deadline."
    other = "Bells rang outside the church in Newtown, Connecticut December 14, 2014."
    assert confirmed(one, other) == [date(2014, 12, 14)]  # 14 Dec 2014 was a Sunday


def test_a_full_date_of_another_weekday_or_of_the_same_source_confirms_nothing() -> None:
    one = "Sunday 14 December, the second anniversary of the killings, marks the legal deadline."
    # 14 Dec 2012 was a Friday: the shooting's day, not the anniversary's.
    assert confirmed(one, "The shooting of Dec. 14, 2012, killed 26.") == []
    # The same report's own full date is no second source.
    assert confirmed(one + " It was December 14, 2014.") == []
    # A year-less date without its weekday tells no year apart.
    assert confirmed("The deadline is 14 December.", "It was December 14, 2014.") == []
    # Only the expressions the caller passes count (a gallery's caption is left out before).
    assert weekday_confirmed_dates([], [one, "Bells rang in Newtown December 14, 2014."]) == []


def test_the_latest_day_written_in_full_is_read_anywhere_and_a_year_less_or_bare_year_is_no_day() -> None:
    quoted = 'The suit says: "On or about February 27, 2018, the lawyer acted." It was signed Oct. 28, 2016.'
    assert latest_written_day([quoted, "A caption, March 1, 2017."]) == date(2018, 2, 27)
    assert latest_written_day(["It will end by 2020, on Feb. 27.", "On Monday it was filed."]) is None
