"""The one place that knows calendars: date expressions, their precision, and the anchor they resolve against.

Method: rule-based TIMEX3-style normalisation (Pustejovsky et al. 2005, "The specification language
TimeML"; HeidelTime, Strötgen & Gertz 2013): an expression is a *point* in time, absolute or relative
to the article's date (the "document creation time" anchor), or it is not a point (a duration, an
age, a vague phrase) and yields nothing. Month and weekday names come from ``dateutil``'s
``parserinfo`` and all calendar arithmetic from ``dateutil.relativedelta``: no table is written here.

A resolved value is ISO 8601 at the precision the text carries:

==========  ==============  =====================================================================
precision   ``iso``         examples
==========  ==============  =====================================================================
day         ``2019-02-18``  "18 February 2019", "Feb. 18" + an anchor, "2/18/19", "yesterday"
day         ``--02-18``     "Feb. 18" with no anchor: a calendar date whose year the text omits
week        ``2019-W07``    "last week", "this week" (ISO week)
month       ``2019-02``     "in June 2017", "last month", "in May" + an anchor
year        ``1981``        "in 1981", "last year", "20 years ago"
==========  ==============  =====================================================================

Relative expressions, against the anchor ``d``: "today"/"tonight" -> ``d``; "yesterday"/"last night"
-> ``d - 1``; a weekday -> the latest such day on or before ``d`` (news reports the past), or the
first on or after ``d`` when the clause speaks of the future (``tense="future"``); "last Monday" is
strictly before, "next Monday" strictly after; "last/this/next week|month|year"; "N units ago". A
date without a year ("Oct. 3", "in November") takes the year that puts it nearest the anchor, or the
latest on or before it in a past clause, the first on or after it in a future one (an article of
January 2000 means October 1999 by "came second in October elections").

The anchor of an article (:func:`choose_anchor`), in this order: its ``published`` date; else a
dateline or a dated line in its own opening ("WASHINGTON, Feb. 18 (AP) -", "Published Feb. 18, 2019");
else the latest day-precise date that two of the story's sources state (:func:`story_anchor`); else
none, and relative dates stay unresolved. One refinement of the first rule: when the article's own
dateline names a day one or two days *before* ``published``, the dateline is the writer's day and wins
(wire copy is stamped in GMT: 56 of the 106 Xinhua datelines of DUC 2004 task 5 are one or two days before
their ``published`` stamp, and their "today" means the dateline's day).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from dateutil.parser import isoparse, parserinfo
from dateutil.relativedelta import relativedelta, weekday

from newsbrief.text.lexicon import NUMBER_WORDS, TENS, UNITS, number_value

Precision = Literal["day", "week", "month", "year"]
AnchorSource = Literal["published", "dateline", "story", "none"]

_INFO = parserinfo()
#: Years outside this range are numbers, not dates ("2200 people").
YEAR_RANGE = range(1000, 2200)
#: How far into the article a dateline or a dated line counts as its own date (characters).
OPENING = 300
#: A dateline this many days before ``published`` names the writer's day (see the module docstring).
DATELINE_LAG = 2
#: The months of a story's day (:func:`story_anchor`) that are a month or more from New Year: the day of writing
#: is then in the same year, so "last year" counts from the story's day (:func:`parse_date`, ``around``).
STORY_YEAR_MONTHS = range(2, 12)

_MONTH_NAMES = sorted({n for names in _INFO.MONTHS for n in names}, key=len, reverse=True)
#: The short forms of the month names ("Jan", "Sept"; not "May", a whole name), written with a full stop in
#: news ("Sept. 5").
MONTH_ABBREVIATIONS = frozenset(n for names in _INFO.MONTHS for n in names[:-1] if n != names[-1])
_WEEKDAY_NAMES = [names[-1] for names in _INFO.WEEKDAYS]
_MONTH = "(?:" + "|".join(_MONTH_NAMES) + r")\.?"
#: A weekday's full name as a pattern ("Monday" ... "Sunday"; case as written), for other stages that look for one.
WEEKDAY = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEARNUM = r"\d{4}"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

#: A count before "ago", as news writes it: digits (with thousands commas: "1,000 years ago" is not "000 years
#: ago"), number words, compound ones ("twenty-two", "thirty five": the last word alone was read before, 22 years as
#: 2), "a dozen", "a couple of", "a"/"an". Values from :func:`newsbrief.text.lexicon.number_value`, the one table.
_COUNT = (
    rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{'|'.join(sorted(TENS, key=len, reverse=True))})[\s-]+"
    rf"(?:{'|'.join(sorted(UNITS, key=len, reverse=True))})|(?:an?\s+)?(?:dozen|couple(?:\s+of)?)"
    rf"|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|an?"
)
#: The units a count before "ago" counts. Not decades and centuries: round figures, which name no year ("when Rove
#: set up shop in Austin two decades ago", in 2000, was 1981; "two centuries ago", "about a decade ago"): read as
#: a year, they were off as often as not (DUC task 5, session 13), so they stay no date, as "a few years ago".
_UNIT = r"day|week|month|year"
#: So many years back is a round figure, not a year: "nearly 1,000 years ago" in 2016 is no date, not 1016
#: (as "a millennium ago" is none). Fewer stay: "100 years ago" in a centenary story is the year.
_ROUND_YEARS = 1000
#: "N units ago", "N and a half years ago", "a year and a half ago", "half a year ago". Not "a few years ago",
#: "several", "dozens": no count, so no date (an entry would guess one); nor the last count of a range ("two or
#: three years ago" is no year, where "three years ago" alone read 2013 of 2016).
_AGO_SPAN = rf"(?i:(?:(?:{_COUNT})(?:\s+and\s+a\s+half)?|half\s+an?)\s+(?:{_UNIT})s?(?:\s+and\s+a\s+half)?\s+ago)\b"

#: Date expressions as news writes them, matched case-sensitively on the raw text (offsets are exact).
#: Names must be capitalised: "may" the verb and "march" the noun are not months.
_FIND = re.compile(
    rf"\b(?:{WEEKDAY},?\s+)?{_MONTH}\s+{_DAYNUM}\b(?:,?\s+{_YEARNUM}\b)?"
    rf"|\b(?:{WEEKDAY},?\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEARNUM}\b)?"
    rf"|\b{_MONTH},?\s+(?:of\s+)?{_YEARNUM}\b"
    r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    rf"|\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?{WEEKDAY}{_PART}\b"
    rf"|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday{_PART}|[Tt]omorrow{_PART}|[Ll]ast\s+night)\b"
    r"|\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his)\s+(?:week|month|year)\b"
    rf"|(?<![\w,.-])(?<!\bor\s){_AGO_SPAN}"
    r"|\b(?:in|since|by|until|from|of|during|before|after)\s+(?:early\s+|late\s+|mid-)?\d{4}\b(?!\s*(?:%|percent))"
)

# Words that may open an expression without changing its value ("on Monday", "just after 1981").
_LEAD = re.compile(
    r"^(?:(?:on|in|by|since|until|till|from|at|of|during|before|after|around|about|as|"
    r"early|earlier|late|later|mid|the|just|almost|nearly|some|back|to|up|"
    r"(?:end|beginning|start|middle|turn|half|course|rest)\s+of)\b[\s-]*)+"
)
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)\b")
_M = "(" + "|".join(n.lower() for n in _MONTH_NAMES) + r")\.?"
_W = "(" + "|".join(n.lower() for n in _WEEKDAY_NAMES) + ")"
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
    rf"^(?:(?P<count>{_COUNT})(?P<half>\s+and\s+a\s+half)?|(?P<half_a>half)\s+an?)\s+(?P<unit>{_UNIT})s?"
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


@dataclass(frozen=True, slots=True)
class Anchor:
    """The day relative dates of one article resolve against, and where it came from."""

    day: date | None
    source: AnchorSource


NO_ANCHOR = Anchor(None, "none")


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "february"), else ``None``."""
    return _INFO.month(name.rstrip("."))


def weekday_number(name: str) -> int | None:
    """0 (Monday) to 6 for a weekday name, else ``None``."""
    return _INFO.weekday(name)


def bare_weekday(expression: str) -> int | None:
    """0-6 for a weekday named alone ("Wednesday", "on Wednesday", "Wednesday night"), whose day the clause's
    tense and the day of writing settle; ``None`` for any other expression ("last Wednesday", "Wednesday, Jan.
    6", "this Wednesday")."""
    m = _WEEKDAY_EXPR.match(normalise(expression))
    return weekday_number(m[2]) if m is not None and m[1] in {None, "on"} else None


def bare_month(expression: str) -> bool:
    """Whether the expression is a month without a day or year ("November", "in November", "next June")."""
    return _MONTH_ONLY.match(normalise(expression)) is not None


def find_expressions(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the date expressions in ``text`` (patterns only; a tagger may add more)."""
    for m in _FIND.finditer(text):
        yield m.start(), m.end()


def normalise(text: str) -> str:
    """Lower-case, single-spaced, without lead-in words, ordinal suffixes and trailing punctuation."""
    t = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:'\"")
    t = _ORDINAL.sub(r"\1", t.removesuffix("'s"))
    return _LEAD.sub("", t).strip()


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
            d = anchor + relativedelta(weeks=step)
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
    r"\b(?:(?:more|less|fewer)\s+than|over|under|at\s+(?:least|most)|upwards\s+of|almost|nearly|about|around|"
    r"roughly|approximately|some|close\s+to|just\s+(?:over|under))\s*$",
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


_FULL_DATE = rf"(?:{WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAYNUM},?\s+{_YEARNUM}|{_DAYNUM}\s+{_MONTH},?\s+{_YEARNUM})"
#: A stamp's clock time before its date: "6:12 pm ET, Tue", "at 6:04 PM on" (issue 12's "Updated 6:12 pm ET, Tue
#: March 5, 2013"; Multi-News val_raw's "Last updated at 6:04 PM on 20th October 2011").
#: A stamp's clock time, with its zone: "at 6:12 pm ET", "10:31 GMT", "6.15pm".
_CLOCK = r"(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_STAMP_TIME = (
    rf"(?:{_CLOCK},?\s+(?:on\s+)?"
    rf"(?:(?:{'|'.join(names[0] for names in _INFO.WEEKDAYS)})\.?,?\s+)?)?"  # dateutil's short names: "Tue"
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
    from newsbrief.text.dateline import dateline_at  # it builds its forms from this module's date patterns

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


def display(iso: str | None, precision: str | None = None) -> str | None:
    """A reader's form of a value, the same in every locale: "18 Feb 2019", "Feb 2019", "1981",
    "week of 11 Feb 2019", "18 Feb (year not given)"; ``None`` for ``None``, other text as given."""
    if iso is None:
        return None
    abbr = [names[0] for names in _INFO.MONTHS]
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
