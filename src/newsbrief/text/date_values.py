"""Resolving date expressions: a point in time and its precision, against the article's anchor (:mod:`.dates`).

The second step of :mod:`newsbrief.text.dates`'s data flow: an expression that :mod:`.date_expressions` found and
normalised is read as a TIMEX3-style value (:class:`ParsedDate`) at the precision the text carries, absolute or
counted from the anchor day, or as no point in time at all (:func:`parse_date`; the rules are in the docstring of
:mod:`newsbrief.text.dates`). Callers import all of it from :mod:`newsbrief.text.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta, weekday

from newsbrief.text.date_expressions import (
    CALENDAR,
    COUNT,
    MONTH_NAMES,
    UNIT,
    WEEKDAY_NAMES,
    month_number,
    normalise,
    weekday_number,
)
from newsbrief.text.lexicon import HEDGES_ABOVE, HEDGES_AROUND, HEDGES_BELOW, alternation, number_value, phrases

Precision = Literal["day", "week", "month", "year"]

#: Years outside this range are numbers, not dates ("2200 people").
YEAR_RANGE = range(1000, 2200)
#: The months of a story's day (:func:`~newsbrief.text.dates.story_anchor`) that are a month or more from New
#: Year: the day of writing is then in the same year, so "last year" counts from the story's day
#: (:func:`parse_date`, ``around``).
STORY_YEAR_MONTHS = range(2, 12)
#: So many years back is a round figure, not a year: "nearly 1,000 years ago" in 2016 is no date, not 1016
#: (as "a millennium ago" is none). Fewer stay: "100 years ago" in a centenary story is the year.
_ROUND_YEARS = 1000

# The normal forms (:func:`~.date_expressions.normalise`) of the expressions, one pattern per kind of value.
_M = "(" + "|".join(n.lower() for n in MONTH_NAMES) + r")\.?"
_W = "(" + "|".join(n.lower() for n in WEEKDAY_NAMES) + ")"
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_DAY_MONTH = re.compile(rf"^(?:{_W},?\s+)?(\d{{1,2}})\s+(?:of\s+)?{_M}(?:,?\s+(\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^(?:{_W},?\s+)?{_M}\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?$")
_MONTH_YEAR = re.compile(rf"^{_M},?\s+(?:of\s+)?(\d{{4}})$")
_MONTH_ONLY = re.compile(rf"^(?:(last|this|next)\s+)?{_M}$")
_YEAR = re.compile(r"^(?:year\s+)?(\d{4})$")
_WEEKDAY_EXPR = re.compile(rf"^(?:(last|this|next|on)\s+)?{_W}(?:\s+(?:morning|afternoon|evening|night))?$")
_TODAY = re.compile(r"^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)$")
_YESTERDAY = re.compile(r"^(?:yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)$")
_TOMORROW = re.compile(r"^tomorrow(?:\s+(?:morning|afternoon|evening|night))?$")
_EARLIER_THIS = re.compile(r"^(?:on\s+|in\s+)?earlier\s+this\s+(week|month|year)\b")
_THIS_UNIT = re.compile(r"^(last|this|next)\s+(week|month|year)$")
_AGO = re.compile(
    rf"^(?:(?P<count>{COUNT})(?P<half>\s+and\s+a\s+half)?|(?P<half_a>half)\s+an?)\s+(?P<unit>{UNIT})s?"
    r"(?P<and_half>\s+and\s+a\s+half)?\s+ago$"
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A point in time and how precisely the text places it.

    ``iso`` is ``None`` when the expression needs an anchor that is missing; ``--MM-DD`` when it is a
    calendar date whose year neither the text nor an anchor gives. ``start`` is the first day of the
    value (``None`` for both). ``relative`` is true when the value depends on the anchor.
    """

    iso: str | None
    start: date | None
    relative: bool
    precision: Precision

    @property
    def resolved(self) -> bool:
        """Whether the value is placed on the calendar (a year-less calendar date counts)."""
        return self.iso is not None


def bare_weekday(expression: str) -> int | None:
    """0-6 for a weekday named alone ("Wednesday", "on Wednesday", "Wednesday night"), whose day the clause's
    tense and the day of writing settle; ``None`` for any other expression ("last Wednesday", "Wednesday, Jan.
    6", "this Wednesday")."""
    m = _WEEKDAY_EXPR.match(normalise(expression))
    return weekday_number(m[2]) if m is not None and m[1] in {None, "on"} else None


def bare_month(expression: str) -> bool:
    """Whether the expression is a month without a day or year ("November", "in November", "next June")."""
    return _MONTH_ONLY.match(normalise(expression)) is not None


def _day(d: date, relative: bool) -> ParsedDate:
    return ParsedDate(d.isoformat(), d, relative, "day")


def _calendar_day(year: int, month: int, day: int, relative: bool = False) -> ParsedDate | None:
    try:
        return _day(date(year, month, day), relative)
    except ValueError:
        return None


def _month(d: date, relative: bool) -> ParsedDate:
    return ParsedDate(f"{d.year:04d}-{d.month:02d}", d.replace(day=1), relative, "month")


def _year(year: int, relative: bool) -> ParsedDate:
    return ParsedDate(f"{year:04d}", date(year, 1, 1), relative, "year")


def _unresolved(precision: Precision) -> ParsedDate:
    return ParsedDate(None, None, True, precision)


#: The side of the day of writing a clause's date lies on: ``"past"`` (it reports what happened), ``"future"``
#: (what will happen), ``"planned"`` (a plan made before: "had been scheduled for Tuesday", "was set for June
#: 22": either side, usually near), or ``None`` (it does not say).
Tense = Literal["past", "future", "planned"] | None


def parse_date(
    text: str, anchor: date | None, *, tense: Tense = None, around: bool = False, side_told: bool = True
) -> ParsedDate | None:
    """Parse one date expression against the article's anchor day.

    Args:
        text: the expression as written ("on Monday", "18 Feb 2019", "Monday, Feb. 18", "2/18/19").
        anchor: the article's anchor day (:func:`choose_anchor`), or ``None`` when there is none.
        tense: ``"future"`` when the clause speaks of what will happen ("will meet on Monday"): a bare
            weekday is then the next such day on or after the anchor, not the last one; ``"past"``
            when it reports what happened; ``"planned"`` for a plan made before ("the hearing had been
            scheduled for Tuesday"): a bare weekday is the nearest such day, within three days either side.
            Dates without a year follow it (see the module docstring; a plan's takes the nearest year).
        around: the anchor is a day *of the story* (:func:`story_anchor`), not the day the article was
            written: a bare weekday is then the nearest such day (within three days either side), or the
            next one on or after it in a future clause (the day of writing is not before the story's), and
            what counts from the day of writing ("today", "yesterday", "last week", "two days ago") stays
            unresolved, but for a year counted from a story's day a month or more from New Year ("last year",
            "this year": the anchor's precision is then enough; :data:`STORY_YEAR_MONTHS`).
        side_told: False when nothing in the sentence tells the past or the future (the caller's reading): a
            bare month four to eight months from the anchor in a clause of no tense is then left unresolved, as
            neither year is near (:func:`_month_only`).

    Returns:
        The value (``iso`` is ``None`` when it needs a missing anchor), or ``None`` when the expression
        is not a point in time (durations, ages, vague phrases).
    """
    t = normalise(text)
    if not t:
        return None
    if m := _ISO.match(t):
        return _calendar_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(t):
        return _numeric(m)
    if m := _DAY_MONTH.match(t):
        return _dated(anchor, m[4], month_number(m[3]), int(m[2]), tense, m[1])
    if m := _MONTH_DAY.match(t):
        return _dated(anchor, m[4], month_number(m[2]), int(m[3]), tense, m[1])
    if m := _MONTH_YEAR.match(t):
        year = int(m[2])
        return _month(date(year, month_number(m[1]) or 1, 1), False) if year in YEAR_RANGE else None
    if m := _YEAR.match(t):
        return _year(int(m[1]), False) if int(m[1]) in YEAR_RANGE else None
    if m := _MONTH_ONLY.match(t):
        return _month_only(m[1], month_number(m[2]) or 1, anchor, tense, side_told)
    if around and anchor is not None:
        return _around(t, anchor, tense)
    if tense == "planned" and anchor is not None and (m := _WEEKDAY_EXPR.match(t)) and m[1] not in {"last", "next"}:
        return _day(anchor + timedelta(days=_nearest_shift(anchor, m[2])), True)
    if anchor is not None and (m := _EARLIER_THIS.match(" ".join(text.lower().split()))):
        anchor = _before_first_day(anchor, m[1])
    return _relative(t, anchor, tense == "future")


def _before_first_day(anchor: date, unit: str) -> date:
    """The anchor for "earlier this week|month|year": on the unit's first day nothing of it is earlier yet, so
    the writer's "this" is the unit before (wire copy stamped on the 1st after midnight GMT was written the day
    before: "the administration's report earlier this month", stamped 1 July, is June's)."""
    first = {"week": anchor.weekday() == 0, "month": anchor.day == 1, "year": (anchor.month, anchor.day) == (1, 1)}
    return anchor - timedelta(days=1) if first[unit] else anchor


def _around(t: str, anchor: date, tense: Tense) -> ParsedDate | None:
    """A relative expression against a day of the story rather than the day of writing (``around``)."""
    parsed = _relative(t, None, tense == "future")
    if parsed is None:
        return None
    if (unit := _THIS_UNIT.match(t)) is not None and unit[2] == "year" and anchor.month in STORY_YEAR_MONTHS:
        # The day of writing is days from the story's, so in the same year when the story's is far from New
        # Year: "last year", "this year", "next year" count from it at the year's precision, never a day's.
        return _year(anchor.year + {"last": -1, "next": 1}.get(unit[1], 0), True)
    m = _WEEKDAY_EXPR.match(t)
    if m is None or m[1] in {"last", "next"}:
        return parsed  # unresolved: it counts from the day of writing, which is not known
    wd = weekday_number(m[2]) or 0
    if tense == "future":
        # What will happen comes after the day of writing, which is on or after the story's latest agreed
        # day: the next such day ("the deadline will be Thursday" in a story of a Sunday). A past clause
        # gives no such bound (the day of writing may be days after the anchor): the nearest day stays.
        return _day(anchor + timedelta(days=(wd - anchor.weekday()) % 7), True)
    return _day(anchor + timedelta(days=_nearest_shift(anchor, m[2])), True)


def _nearest_shift(anchor: date, weekday_name: str) -> int:
    """Days from ``anchor`` to the nearest day of that name, -3 .. +3."""
    return ((weekday_number(weekday_name) or 0) - anchor.weekday() + 3) % 7 - 3


def _numeric(m: re.Match[str]) -> ParsedDate | None:
    """US month/day/year, the order American wire copy uses ("2/18/19")."""
    month, day, year = int(m[1]), int(m[2]), int(m[3])
    if year < 100:  # the century closest to the year named, as dateutil reads two-digit years
        year += 2000 if year < 50 else 1900
    return _calendar_day(year, month, day) if year in YEAR_RANGE else None


def _nearest_year(anchor: date, month: int, day: int, tense: Tense, weekday_name: str | None = None) -> int | None:
    """The year of a year-less date: nearest the anchor, or on the side of it the tense says. A weekday written
    with it chooses among the years first: "Monday, Feb. 1" in a January 1999 listing of a season's concerts is
    1999 (a Monday), not 1998 (a Sunday), even when the anchor is nearer the other; when no year near the anchor
    fits the weekday (a writer's slip), the nearest as before."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if tense == "past":
        options = [d for d in options if d <= anchor]
    elif tense == "future":
        options = [d for d in options if d >= anchor]
    wanted = weekday_number(weekday_name) if weekday_name else None
    if wanted is not None and any(d.weekday() == wanted for d in options):
        options = [d for d in options if d.weekday() == wanted]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)).year


def _dated(
    anchor: date | None,
    year: str | None,
    month: int | None,
    day: int,
    tense: Tense = None,
    weekday_name: str | None = None,
) -> ParsedDate | None:
    """A day-and-month date; without a year it takes the anchor's, or stays a year-less ``--MM-DD``."""
    if month is None or not 1 <= day <= 31:
        return None
    if year is not None:
        return _calendar_day(int(year), month, day) if int(year) in YEAR_RANGE else None
    if anchor is None:
        try:
            date(2000, month, day)  # a leap year: "Feb. 29" is a calendar date
        except ValueError:
            return None
        return ParsedDate(f"--{month:02d}-{day:02d}", None, False, "day")
    nearest = _nearest_year(anchor, month, day, tense, weekday_name)
    return None if nearest is None else _calendar_day(nearest, month, day, relative=True)


#: Months back from the anchor (``(anchor month - month) % 12``) at which a bare month in a clause of no tense names
#: no year: four to eight months, neither reading near (:func:`_month_only`).
_UNCLEAR_MONTHS = range(4, 9)


def _month_only(
    which: str | None, month: int, anchor: date | None, tense: Tense = None, side_told: bool = True
) -> ParsedDate:
    if anchor is None:
        return _unresolved("month")
    if which == "this":
        return _month(date(anchor.year, month, 1), True)
    if which == "last" and month >= anchor.month:
        return _month(date(anchor.year - 1, month, 1), True)
    if which == "next" and month <= anchor.month:
        return _month(date(anchor.year + 1, month, 1), True)
    if which is not None or month == anchor.month:
        return _month(date(anchor.year, month, 1), True)
    # Nearest by whole months; a past clause takes the last such month, a future one the next. A sentence that
    # tells neither, of a month four to eight months from the anchor either way, names no year: both readings
    # are as far ("a key factor in November" in a March story is the last one or the next). Unresolved then
    # rather than guessed (session 15, free data: 20 such entries, 6 of them the wrong year; the 14 right ones are
    # lost with them, as no word of their sentence tells them apart).
    back = (anchor.month - month) % 12
    if tense is None and not side_told and _UNCLEAR_MONTHS.start <= back < _UNCLEAR_MONTHS.stop:
        return _unresolved("month")
    if tense == "past" or (tense in (None, "planned") and back <= 6):
        return _month(anchor - relativedelta(months=back, day=1), True)
    return _month(anchor + relativedelta(months=12 - back, day=1), True)


#: The weekday of a Sunday. News weeks run Sunday to Saturday, so on a Sunday "last week" is the week just ending
#: (Monday to Saturday, the ISO week of the Sunday itself), not the ISO week before it (the blind reading's, session
#: 19: "Trump last week invited Russia" of Sunday 31 July 2016 was 27 July, shown as the week of 18 July). "this
#: week" and "next week" keep the ISO reading: on a Sunday "this week" is the week just ending in a past clause
#: and the one starting in a future one, and "next week" most often the one starting tomorrow.
SUNDAY = 6


def _relative(t: str, anchor: date | None, future: bool) -> ParsedDate | None:
    """Expressions that only make sense against the anchor; ``None`` for non-points."""
    if _TODAY.match(t) or _YESTERDAY.match(t) or _TOMORROW.match(t):
        if anchor is None:
            return _unresolved("day")
        shift = -1 if _YESTERDAY.match(t) else 1 if _TOMORROW.match(t) else 0
        return _day(anchor + timedelta(days=shift), True)
    if m := _WEEKDAY_EXPR.match(t):
        if anchor is None:
            return _unresolved("day")
        wd = weekday(weekday_number(m[2]) or 0)
        if m[1] == "last":
            return _day(anchor + relativedelta(days=-1, weekday=wd(-1)), True)
        if m[1] == "next":
            return _day(anchor + relativedelta(days=+1, weekday=wd(+1)), True)
        return _day(anchor + relativedelta(weekday=wd(+1 if future else -1)), True)
    if m := _THIS_UNIT.match(t):
        if anchor is None:
            return _unresolved("week" if m[2] == "week" else m[2])  # type: ignore[arg-type]
        step = {"last": -1, "next": 1}.get(m[1], 0)
        if m[2] == "week":
            d = anchor + relativedelta(weeks=step) + timedelta(days=7 * (m[1] == "last" and anchor.weekday() == SUNDAY))
            iso = d.isocalendar()
            return ParsedDate(f"{iso.year:04d}-W{iso.week:02d}", d - timedelta(days=d.weekday()), True, "week")
        if m[2] == "month":
            return _month(anchor + relativedelta(months=step), True)
        return _year(anchor.year + step, True)
    if m := _AGO.match(t):
        return _ago(m, anchor)
    return None  # durations ("39 days"), ages, vague phrases ("the coming days", "decades")


def _ago(m: re.Match[str], anchor: date | None) -> ParsedDate | None:
    """ "N units ago" counted back from the anchor, at the unit's precision; with half a year, a month ("a year
    and a half ago" is 18 months back, as "18 months ago" is). A half of a day, week or month names no day or
    month: ``None``, as for a count that is no number ("a few") or a year outside :data:`YEAR_RANGE`."""
    if m["half_a"]:
        n = 0
    elif m["count"].replace(",", "").isdigit():
        n = int(m["count"].replace(",", ""))
    else:
        n = 1 if m["count"] in {"a", "an"} else number_value(m["count"])
    if n is None:
        return None
    halves = bool(m["half"] or m["and_half"] or m["half_a"])
    unit = m["unit"]
    if halves and unit != "year":
        return None
    precision: Precision = "day" if unit in {"day", "week"} else "month" if unit == "month" or halves else "year"
    if anchor is None:
        return _unresolved(precision)
    months = 0 if unit in {"day", "week"} else n if unit == "month" else 12 * n + 6 * halves
    days = 7 * n if unit == "week" else n if unit == "day" else 0
    if max(months // 12, days // 366) >= min(anchor.year - YEAR_RANGE.start, _ROUND_YEARS):
        return None  # before any year this module reads ("10,000 years ago"), or a round figure ("1,000 years ago")
    back = anchor - relativedelta(months=months, days=days)
    if back.year not in YEAR_RANGE:
        return None
    if precision == "day":
        return _day(back, True)
    return _month(back, True) if precision == "month" else _year(back.year, True)


#: Words before a count that make it a bound or a round figure: "about two weeks ago", "less than two weeks ago".
_HEDGE = re.compile(
    r"\b"
    + alternation(
        phrases(HEDGES_ABOVE, "more than", "over", "at least", "upwards of", "just over")
        + phrases(
            HEDGES_BELOW, "less than", "fewer than", "under", "at most", "almost", "nearly", "close to", "just under"
        )
        + phrases(HEDGES_AROUND, "about", "around", "roughly", "approximately", "some")
    )
    + r"\s*$",
    re.IGNORECASE,
)


def hedged_count(expression: str, before: str) -> bool:
    """Whether "N days|weeks ago" is hedged ("about two weeks ago", "less than two weeks ago", "nearly three
    weeks ago"): no day then, rather than a day the text does not give (the blind reading's kind; DUC task 5 and
    PolNeAR train, session 14: all 7 such entries a day the text does not name). Months and years keep their
    value: there a hedge's reading was right where the calendar tells ("more than a month ago in Milwaukee", the
    debate of that month; "less than a dozen years ago", "over a year ago", "less than a year ago": 4 right,
    none known wrong of 9).

    Args:
        expression: the date expression as found (:func:`find_expressions` leaves the hedge out).
        before: the text before it in its sentence.
    """
    m = _AGO.match(normalise(expression))
    return m is not None and m["unit"] in {"day", "week"} and _HEDGE.search(before) is not None


_COUNTED_YEAR = re.compile(r"^(?:the\s+)?(next|following|previous)\s+year$")
#: After a number, what makes it a count, not a year: "2000 people marched", "2000 of them".
_A_COUNT = r"\s+(?:people|of)\b"
#: A year the sentence writes as a date: after a preposition or a comma ("died in 1980,", "On Aug. 16, 1998"), and
#: not before a word that may be a plural noun ("In 1995, 2000 protesters marched"): such a number may be a count,
#: and a count read as the year counted from puts the event years off; unsure, the entry is left out.
_WRITTEN_YEAR = re.compile(
    r"(?:\b(?:in|of|by|during|until|since)\s+|,\s*)(1[5-9]\d\d|20\d\d)\b(?!\s*[-–]\s*\d)"
    rf"(?!{_A_COUNT}|\s+[a-z]{{2,}}[a-rt-z]s\b)",
    re.IGNORECASE,
)

#: Any number that could be a year, the last of which "the next year" counts from; a count is none.
_A_YEAR = re.compile(rf"(?<![\d,.])\b(?:1[5-9]\d\d|20\d\d)\b(?![.,]?\d)(?!{_A_COUNT})", re.IGNORECASE)


def counted_year(expression: str, before: str) -> ParsedDate | None:
    """The year of "the next year", "the following year", "the previous year" counted from the last year the
    sentence writes before it ("His first wife died in 1980, and the next year he married" is 1981; "moving to the
    Senate in 1815, where he worked ... the following year" is 1816): the story's own time, not the article's
    day. ``None`` for another expression, or when the sentence writes no year before it.

    Args:
        expression: the date expression, with or without its "the".
        before: the sentence's text before the expression.
    """
    m = _COUNTED_YEAR.match(" ".join(expression.lower().split()))
    if m is None:
        return None
    if not expression.lower().startswith("the") and not before.rstrip().lower().endswith("the"):
        return None  # "next year" alone is the article's next year
    written = list(_WRITTEN_YEAR.finditer(before))
    last = list(_A_YEAR.finditer(before))
    if not written or last[-1].start() != written[-1].start(1):
        # the last year the sentence writes is not one it writes as a date ("won in 1980 and 1985, and the next
        # year"): counting from an earlier one would put the event years off; left out, as before session 11
        return None
    return _year(int(written[-1][1]) + (-1 if m[1] == "previous" else 1), True)


def sort_key(parsed: ParsedDate) -> tuple[int, date, int]:
    """Chronological order: dated values by first day (coarser first on ties), year-less ones after, by day."""
    order = {"year": 0, "month": 1, "week": 2, "day": 3}[parsed.precision]
    if parsed.start is not None:
        return (0, parsed.start, order)
    if parsed.iso is not None:  # --MM-DD
        return (1, date(2000, int(parsed.iso[2:4]), int(parsed.iso[5:7])), order)
    return (2, date.max, order)


def display(iso: str | None, precision: str | None = None) -> str | None:
    """A reader's form of a value, the same in every locale: "18 Feb 2019", "Feb 2019", "1981",
    "week of 11 Feb 2019", "18 Feb (year not given)"; ``None`` for ``None``, other text as given."""
    if iso is None:
        return None
    abbr = [names[0] for names in CALENDAR.MONTHS]
    if m := re.fullmatch(r"--(\d{2})-(\d{2})", iso):
        return f"{int(m[2])} {abbr[int(m[1]) - 1]} (year not given)"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", iso):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return f"week of {monday.day} {abbr[monday.month - 1]} {monday.year}"
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        return f"{abbr[int(iso[5:7]) - 1]} {iso[:4]}"
    try:  # the whole value must be ISO 8601: anything else is shown as given, never silently cut
        day = isoparse(iso).date() if len(iso) >= 10 else None
    except (ValueError, OverflowError):
        day = None
    return f"{day.day} {abbr[day.month - 1]} {day.year}" if day else iso
