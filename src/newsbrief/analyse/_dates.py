"""Parse one date expression ("February 18", "last week", "on Monday") into an ISO 8601 value.

Method: a small rule-based normaliser in the spirit of TIMEX3 normalisation (Pustejovsky et al.
2005, "The specification language TimeML"; HeidelTime, Strötgen & Gertz 2013): an expression is
either a *point* in time, absolute or relative to the article's publication date (the "document
creation time" anchor), or it is not a point (a duration, an age, a vague phrase) and yields nothing.

Representation of a resolved value (ISO 8601 reduced precision, so that precision shows in the
string itself):

==========  ==================  ======================================================
precision   ``iso``             examples
==========  ==================  ======================================================
day         ``2019-02-18``      "18 Feb 2019", "February 18" + a 2019 anchor, "yesterday"
week        ``2019-W07``        "last week", "this week" (ISO week of the anchor)
month       ``2019-02``         "in June 2017", "last month", "in May" + an anchor
year        ``1981``            "in 1981", "last year", "earlier this year", "20 years ago"
==========  ==================  ======================================================

Rules for relative expressions, all against the anchor date ``d``:

* "today", "this morning", "tonight" -> ``d``; "yesterday", "last night" -> ``d - 1``;
  "tomorrow" -> ``d + 1``;
* a weekday ("Monday", "on Monday", "this Monday") -> the most recent such day on or before ``d``
  (news reports past events); "last Monday" -> the most recent one strictly before ``d``;
  "next Monday" -> the first one strictly after ``d``;
* "last/this/next week|month|year" -> the ISO week / month / year before, of, after ``d``;
* "N days|weeks|months|years ago" -> ``d`` minus N units, at day/day/month/year precision;
* a date without a year ("February 18", "in May") takes the year of ``d``.

Without an anchor these stay unresolved (the caller keeps them, marked). Durations and ages
("39 days", "for decades", "27 years", "the coming days") return ``None``: they are not points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_NUMBERS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split(),
    )
} | {"a": 1, "an": 1}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Words that may open a date expression without changing its value ("on Monday", "just after 1981").
_LEAD = re.compile(
    r"^(?:(?:on|in|by|since|until|till|from|at|of|during|before|after|around|about|as|"
    r"early|earlier|late|later|mid|the|just|almost|nearly|some|back|to|up|"
    r"(?:end|beginning|start|middle|turn|half|course|rest)\s+of)\b[\s-]*)+"
)
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)\b")

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAY_MONTH = re.compile(rf"^(\d{{1,2}})\s+(?:of\s+)?({_MONTH})\.?(?:,?\s+(\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^({_MONTH})\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?$")
_MONTH_YEAR = re.compile(rf"^({_MONTH})\.?,?\s+(?:of\s+)?(\d{{4}})$")
_MONTH_ONLY = re.compile(rf"^(?:(last|this|next)\s+)?({_MONTH})$")
_YEAR = re.compile(r"^(?:year\s+)?(\d{4})$")
_WEEKDAY_EXPR = re.compile(rf"^(?:(last|this|next|on)\s+)?({_WEEKDAY}){_PART_OF_DAY}$")
_TODAY = re.compile(r"^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)$")
_YESTERDAY = re.compile(rf"^(?:yesterday{_PART_OF_DAY}|last\s+night)$")
_TOMORROW = re.compile(rf"^tomorrow{_PART_OF_DAY}$")
_THIS_UNIT = re.compile(r"^(last|this|next)\s+(week|month|year)$")
_AGO = re.compile(r"^(?:(\d+|[a-z]+)\s+)(day|week|month|year)s?\s+ago$")

#: Years outside this range are treated as numbers, not dates.
YEAR_RANGE = range(1000, 2200)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A point in time: ``iso`` (``None`` when unresolved), its first day, and whether it is relative.

    ``relative`` is true when the value depends on the article's date (a year-less date counts),
    so an unresolved relative date can be shown as "relative, not resolved".
    """

    iso: str | None
    start: date | None
    relative: bool

    @property
    def resolved(self) -> bool:
        return self.iso is not None


def normalise(text: str) -> str:
    """Lower-case, single-spaced, without lead-in words, ordinal suffixes and trailing punctuation."""
    t = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:'\"")
    t = _ORDINAL.sub(r"\1", t.removesuffix("'s"))
    return _LEAD.sub("", t).strip()


def _day(y: int, m: int, d: int) -> ParsedDate | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return ParsedDate(value.isoformat(), value, False)


def _month(y: int, m: int, relative: bool = False) -> ParsedDate:
    return ParsedDate(f"{y:04d}-{m:02d}", date(y, m, 1), relative)


def _year(y: int, relative: bool = False) -> ParsedDate:
    return ParsedDate(f"{y:04d}", date(y, 1, 1), relative)


def _week(d: date) -> ParsedDate:
    iso = d.isocalendar()
    return ParsedDate(f"{iso.year:04d}-W{iso.week:02d}", d - timedelta(days=d.weekday()), True)


def _relative_day(d: date) -> ParsedDate:
    return ParsedDate(d.isoformat(), d, True)


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


_UNRESOLVED = ParsedDate(None, None, True)


def parse_date(text: str, anchor: date | None) -> ParsedDate | None:
    """Parse a date expression against the article's date.

    Args:
        text: the expression as written ("on Monday", "18 Feb 2019", "in June 2017").
        anchor: the article's publication date, or ``None`` when unknown.

    Returns:
        The point in time (``iso`` is ``None`` when it needs an anchor that is missing), or ``None``
        when the expression is not a point in time (durations, ages, vague phrases).
    """
    t = normalise(text)
    if not t:
        return None
    if m := _ISO.match(t):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_MONTH.match(t):
        return _dated(anchor, m[3], MONTHS[m[2]], int(m[1]))
    if m := _MONTH_DAY.match(t):
        return _dated(anchor, m[3], MONTHS[m[1]], int(m[2]))
    if m := _MONTH_YEAR.match(t):
        return _month(int(m[2]), MONTHS[m[1]]) if int(m[2]) in YEAR_RANGE else None
    if m := _YEAR.match(t):
        return _year(int(m[1])) if int(m[1]) in YEAR_RANGE else None
    if m := _MONTH_ONLY.match(t):
        return _month_only(m[1], MONTHS[m[2]], anchor)
    return _relative(t, anchor)


def _dated(anchor: date | None, year: str | None, month: int, day: int) -> ParsedDate | None:
    """A day-and-month date; without a year it takes the anchor's year (relative, as it needs one)."""
    if year is not None:
        return _day(int(year), month, day) if int(year) in YEAR_RANGE else None
    if not 1 <= day <= 31:
        return None
    if anchor is None:
        return _UNRESOLVED
    parsed = _day(anchor.year, month, day)
    return ParsedDate(parsed.iso, parsed.start, True) if parsed else None


def _month_only(which: str | None, month: int, anchor: date | None) -> ParsedDate:
    if anchor is None:
        return _UNRESOLVED
    year = anchor.year
    if which == "last":
        year -= 1 if month >= anchor.month else 0
    elif which == "next":
        year += 1 if month <= anchor.month else 0
    return _month(year, month, relative=True)


def _relative(t: str, anchor: date | None) -> ParsedDate | None:
    """Expressions that only make sense against the article's date; ``None`` for non-points."""
    if _TODAY.match(t):
        return _relative_day(anchor) if anchor else _UNRESOLVED
    if _YESTERDAY.match(t):
        return _relative_day(anchor - timedelta(days=1)) if anchor else _UNRESOLVED
    if _TOMORROW.match(t):
        return _relative_day(anchor + timedelta(days=1)) if anchor else _UNRESOLVED
    if m := _WEEKDAY_EXPR.match(t):
        if anchor is None:
            return _UNRESOLVED
        back = (anchor.weekday() - WEEKDAYS[m[2]]) % 7
        if m[1] == "last":
            back = back or 7
        elif m[1] == "next":
            return _relative_day(anchor + timedelta(days=(WEEKDAYS[m[2]] - anchor.weekday()) % 7 or 7))
        return _relative_day(anchor - timedelta(days=back))
    if m := _THIS_UNIT.match(t):
        if anchor is None:
            return _UNRESOLVED
        step = {"last": -1, "next": 1}.get(m[1], 0)
        if m[2] == "week":
            return _week(anchor + timedelta(weeks=step))
        if m[2] == "month":
            return _month(*_shift_months(anchor, step), relative=True)
        return _year(anchor.year + step, relative=True)
    if m := _AGO.match(t):
        n = int(m[1]) if m[1].isdigit() else _NUMBERS.get(m[1])
        if n is None:
            return None
        if anchor is None:
            return _UNRESOLVED
        if m[2] == "day":
            return _relative_day(anchor - timedelta(days=n))
        if m[2] == "week":
            return _relative_day(anchor - timedelta(weeks=n))
        if m[2] == "month":
            return _month(*_shift_months(anchor, -n), relative=True)
        return _year(anchor.year - n, relative=True)
    return None  # durations ("39 days"), ages, vague phrases ("the coming days", "decades")


def anchor_of(published: str | None) -> date | None:
    """The article's date from ``Article.published`` (``YYYY-MM-DD``, a time part is ignored)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None
