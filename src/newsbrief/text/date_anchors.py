"""The anchor of an article: the day its relative dates count from (:mod:`.dates`).

The third step of :mod:`newsbrief.text.dates`'s data flow: an article's ``published`` stamp, else a dateline or
a stamp line of its own opening, else the story's day that two sources agree on (:func:`choose_anchor`; the
order and its one refinement are in the docstring of :mod:`newsbrief.text.dates`). Story-level anchors from a
weekday written with a year-less date are :mod:`.anchors`'. Callers import all of it from
:mod:`newsbrief.text.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta

from newsbrief.text.date_expressions import (
    CALENDAR,
    DAYNUM,
    MONTH,
    WEEKDAY,
    YEARNUM,
    find_expressions,
    normalise,
    weekday_number,
)
from newsbrief.text.date_values import ParsedDate, parse_date
from newsbrief.text.dateline import dateline_at

AnchorSource = Literal["published", "dateline", "story", "none"]

#: How far into the article a dateline or a dated line counts as its own date (characters).
OPENING = 300
#: A dateline this many days before ``published`` names the writer's day (see :mod:`newsbrief.text.dates`).
DATELINE_LAG = 2


@dataclass(frozen=True, slots=True)
class Anchor:
    """The day relative dates of one article resolve against, and where it came from."""

    day: date | None
    source: AnchorSource


NO_ANCHOR = Anchor(None, "none")


def published_date(published: str | None) -> date | None:
    """The day of an ISO 8601 ``published`` value ("2019-02-18", "1996-02-06T06:28:00"); ``None`` if unreadable.

    A value that starts with a date but goes on in another form ("2019-02-18 09:30 GMT") gives that date.
    """
    if not published or not published.strip():
        return None
    value = published.strip()
    try:
        return isoparse(value).date()  # the writer's own day, not UTC's
    except (ValueError, OverflowError):
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def published_at(published: str | None) -> datetime | None:
    """The moment of an ISO 8601 ``published`` value, in UTC without a zone when one is given (so that stamps
    with and without a zone compare); a bare day is its midnight; ``None`` if unreadable."""
    if not published or not published.strip():
        return None
    try:
        at = isoparse(published.strip())
    except (ValueError, OverflowError):
        return None
    return at if at.tzinfo is None else at.astimezone(UTC).replace(tzinfo=None)


_FULL_DATE = rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+{DAYNUM},?\s+{YEARNUM}|{DAYNUM}\s+{MONTH},?\s+{YEARNUM})"
#: A stamp's clock time before its date: "6:12 pm ET, Tue", "at 6:04 PM on" (issue 12's "Updated 6:12 pm ET, Tue
#: March 5, 2013"; Multi-News val_raw's "Last updated at 6:04 PM on 20th October 2011").
#: A stamp's clock time, with its zone: "at 6:12 pm ET", "10:31 GMT", "6.15pm".
_CLOCK = r"(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_STAMP_TIME = (
    rf"(?:{_CLOCK},?\s+(?:on\s+)?"
    rf"(?:(?:{'|'.join(names[0] for names in CALENDAR.WEEKDAYS)})\.?,?\s+)?)?"  # dateutil's short names: "Tue"
)
#: A line that only stamps the article's date: "Published Feb. 18, 2019", "Updated: 18 February 2019 10:31 GMT",
#: "Updated 6:12 pm ET, Tue March 5, 2013".
_STAMP = re.compile(
    rf"^[ \t]*(?:(?:published|updated|posted|last\s+updated|first\s+published)(?:\s+on)?:?\s*{_STAMP_TIME})?"
    rf"({_FULL_DATE})"
    rf"(?:,?\s*{_CLOCK})?\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def dateline_date(text: str, near: date | None = None) -> date | None:
    """The date of a wire dateline at the start of ``text`` ("WASHINGTON, Feb. 18 (AP) -").

    Args:
        text: the article text.
        near: the published day, which gives a year-less dateline its year (the year before when the
            dateline would fall after ``near``, as on 31 December).

    The ``dated`` form of :func:`~newsbrief.text.dateline.dateline_at`: a place in any case with a month and
    a day after its comma (the splitter's form also takes datelines with no date, and places in capitals only).
    """
    found = dateline_at(text[:OPENING], 0, "dated")
    if found is None or found.date is None:
        return None
    if found.year is not None:
        parsed = parse_date(f"{found.date} {found.year}", None)
        return parsed.start if parsed else None
    if near is None:
        return None
    parsed = parse_date(found.date, near)
    if parsed is None or parsed.start is None:
        return None
    if parsed.start > near + timedelta(days=DATELINE_LAG):
        return parsed.start - relativedelta(years=1)
    return parsed.start


def opening_date(text: str, near: date | None = None) -> date | None:
    """The date an article gives itself in its opening: a dateline, else a line that only states a full date.

    A date in the first sentence is not the article's date ("On Sept. 11, 2001, ..." opens many a
    retrospective), so only a dateline or a stamp line ("Published Feb. 18, 2019") counts.
    """
    if (day := dateline_date(text, near)) is not None:
        return day
    if m := _STAMP.search(text[:OPENING]):
        parsed = parse_date(m[1], None)
        return parsed.start if parsed else None
    return None


def choose_anchor(text: str, published: str | None, story: date | None = None) -> Anchor:
    """The anchor of one article: published (or its dateline a day or two earlier), opening date, story date.

    Args:
        text: the article text (its opening is searched for a dateline or a stamp line).
        published: ``Article.published``.
        story: the story's anchor (:func:`story_anchor`), used when the article gives no date of its own.
    """
    day = published_date(published)
    if day is not None:
        own = dateline_date(text, day)
        if own is not None and timedelta(0) < day - own <= timedelta(days=DATELINE_LAG):
            return Anchor(own, "dateline")
        return Anchor(day, "published")
    if (own := opening_date(text)) is not None:
        return Anchor(own, "dateline")
    if story is not None:
        return Anchor(story, "story")
    return NO_ANCHOR


def weekday_dates(text: str) -> Iterator[date]:
    """Full dates written with their own weekday ("Thursday, Dec. 20, 2012"), the weekday right.

    News writes a weekday beside a full date for the days of the story (captions of its photos, schedules),
    hardly ever for history, so these can date a story whose sources agree on no date.
    """
    for start, end in find_expressions(text):
        t = normalise(text[start:end])
        words = t.split()
        if not words or weekday_number(words[0].rstrip(",")) is None:
            continue
        parsed = parse_date(t, None)
        good = parsed is not None and parsed.start is not None and parsed.precision == "day"
        if good and parsed.start.weekday() == weekday_number(words[0].rstrip(",")):
            yield parsed.start


#: A photo caption's closing place and date ("... outside Notre Dame Cathedral in Paris, April 22, 2015."): the
#: day the picture was taken, a line of its own.
_CAPTION_DATE = re.compile(rf",\s*({_FULL_DATE})\.?[ \t]*$", re.MULTILINE)


def caption_dates(text: str) -> list[date]:
    """Full dates that close photo captions ("... in Paris, April 22, 2015."), one per caption line.

    Wire photos of a story are dated the day they were taken; two or more captions of one day date the story
    when the sources agree on no date (Multi-News reports have no publication date).
    """
    out = []
    for m in _CAPTION_DATE.finditer(text):
        parsed = parse_date(m[1], None)
        if parsed is not None and parsed.start is not None and parsed.precision == "day":
            out.append(parsed.start)
    return out


def story_anchor(mentions: Iterable[tuple[int, ParsedDate]]) -> date | None:
    """The latest full date (day, month and year) that at least two sources state, as the story's date.

    Args:
        mentions: ``(source index, value)`` of the dates the sources state as events (the caller leaves
            out quotes and captions: a letter "dated May 29, 1962" quoted by two reports of a 2016
            ceremony is not the story's date).

    Returns:
        That date, or ``None`` when no two sources agree on one, or when a source names a later year
        than it (the story is then later than any date they agree on).
    """
    seen: dict[date, set[int]] = {}
    latest_year = 0
    for index, parsed in mentions:
        if parsed.start is None or parsed.relative:
            continue
        latest_year = max(latest_year, parsed.start.year)
        if parsed.precision == "day":
            seen.setdefault(parsed.start, set()).add(index)
    agreed = [d for d, sources in seen.items() if len(sources) >= 2]
    if not agreed or max(agreed).year < latest_year:
        return None
    return max(agreed)
