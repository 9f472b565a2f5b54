"""Story-level anchors from the calendar: a year-less date written with its weekday, given its year by another source.

Multi-News reports carry no ``published`` day, and most of their dates are written without a year ("Sunday 14
December", "on Monday"). A year-less date alone names no year; one written *with its weekday* names a year up to
the calendar's cycle (14 December was a Sunday in 2003, 2008, 2014), and when another source of the story writes
the same month and day in full ("December 14, 2014") in a year whose calendar has that weekday, the two sources
agree on the day (issue 12's anchor order, "the latest absolute date the story's sources agree on"). A source's
year-less "14 December" *without* its weekday matching another's full date was tried as such an agreement in
session 12 and dropped (an anniversary's "14 December" took the shooting's "Dec. 14, 2012"): the weekday is what
tells the two years apart, as a date that names the wrong year matches it one time in seven.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from newsbrief.text.dates import find_expressions, normalise, parse_date, weekday_number


def _weekday_year_less(expression: str) -> tuple[int, int, int] | None:
    """(weekday, month, day) of a date written with a weekday and without a year ("Sunday 14 December",
    "Monday, Feb. 18"), else ``None``."""
    t = normalise(expression)
    words = t.split()
    if len(words) < 3 or (wanted := weekday_number(words[0].rstrip(","))) is None:
        return None
    parsed = parse_date(t, None)
    if parsed is None or parsed.iso is None or not parsed.iso.startswith("--"):
        return None
    return wanted, int(parsed.iso[2:4]), int(parsed.iso[5:7])


def _full_days(text: str) -> Iterator[date]:
    """The days ``text`` writes in full, with a year ("December 14, 2014", "14 Dec 2014")."""
    for start, end in find_expressions(text):
        parsed = parse_date(text[start:end], None)
        if parsed is not None and parsed.start is not None and parsed.precision == "day" and not parsed.relative:
            yield parsed.start


def latest_written_day(texts: Iterable[str]) -> date | None:
    """The latest day any of ``texts`` writes in full, with its year, anywhere (a quotation, a caption, running text);
    ``None`` when none does.

    Why: the story's agreed day (:func:`~newsbrief.text.dates.story_anchor`) counts only the dates that date events
    outside quotations, so a story whose two sources both retell an earlier step ("the Oct. 28, 2016, hush agreement")
    and whose later days are quoted from a filing ("On or about February 27, 2018") would be dated years too early,
    and every "Tuesday" of it with it. Not every such day is past: a plan, a period's end or a forecast written in
    full ("scheduled for Jan. 15, 2019", "through Sept. 30, 1999", "by Jan. 1, 2030") is later than the story too
    and unseats a right day (review33: DUC d188a's fiscal year "through Sept. 30, 1999"). The caller accepts that:
    an unseated story leaves its weekdays unresolved, not shown, and shows no wrong date; a bare year ("by 2030")
    is no day and unseats nothing.
    """
    return max((d for t in texts for d in _full_days(t)), default=None)


def weekday_confirmed_dates(dated: Iterable[tuple[int, str]], texts: Sequence[str]) -> list[date]:
    """Days that one source writes with its weekday but no year in its running text and another source writes in
    full, in a year whose calendar puts that weekday on it ("Sunday 14 December" in one report, "December 14,
    2014" in another's caption: 14 December 2014 was a Sunday). Each such day once, in order.

    Args:
        dated: ``(source index, expression)`` of the date expressions that date events of the story (the caller
            leaves out captions and photo galleries: a gallery's "Saturday, March 22" is the day of one of its
            132 pictures, not the day its story was written).
        texts: the story's article texts, one per source, where the full dates are looked for anywhere (a caption
            tells the year as well as a sentence does). A source's own full date confirms nothing: a report that
            writes "Sunday 14 December" and "Dec. 14, 2012" names the anniversary and the day it marks.
    """
    full = [set(_full_days(t)) for t in texts]
    found: list[date] = []
    for index, expression in dated:
        if (year_less := _weekday_year_less(expression)) is None:
            continue
        wanted, month, day = year_less
        for other, days in enumerate(full):
            if other == index:
                continue
            for d in sorted(days):
                if (d.month, d.day) == (month, day) and d.weekday() == wanted and d not in found:
                    found.append(d)
    return found
