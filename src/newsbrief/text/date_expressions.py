"""Reading date expressions: the calendar's names as patterns, and where a text writes a date (:mod:`.dates`).

The first step of :mod:`newsbrief.text.dates`'s data flow: the month and weekday names (``dateutil``'s
``parserinfo``, no table written here), the patterns other readers build on (a dateline's "Feb. 18", a weekday),
the spans of date expressions in raw text (:func:`find_expressions`) and their normal form (:func:`normalise`),
which :mod:`.date_values` resolves. Callers import all of it from :mod:`newsbrief.text.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateutil.parser import parserinfo

from newsbrief.text.lexicon import NUMBER_WORDS, TENS, UNITS

#: ``dateutil``'s month and weekday names (full and short forms), the one table of them.
CALENDAR = parserinfo()
#: Every month name and abbreviation, longest first (so that a pattern tries "September" before "Sept").
MONTH_NAMES = sorted({n for names in CALENDAR.MONTHS for n in names}, key=len, reverse=True)
#: The short forms of the month names ("Jan", "Sept"; not "May", a whole name), written with a full stop in
#: news ("Sept. 5").
MONTH_ABBREVIATIONS = frozenset(n for names in CALENDAR.MONTHS for n in names[:-1] if n != names[-1])
#: The weekdays' full names, Monday first.
WEEKDAY_NAMES = [names[-1] for names in CALENDAR.WEEKDAYS]
#: A month's name or abbreviation as a pattern, with its optional full stop ("Sept.", "February"; case as written).
MONTH = "(?:" + "|".join(MONTH_NAMES) + r")\.?"
#: A weekday's full name as a pattern ("Monday" ... "Sunday"; case as written), for other stages that look for one.
WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
#: A day of the month as written, with an optional ordinal suffix ("18", "18th").
DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
#: A year as written in a date.
YEARNUM = r"\d{4}"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAY_WORDS = "today|yesterday|tonight"
#: The day of the news as a report names it ("on Monday", "today", "yesterday", "tonight"): the day a short lead
#: names and a headline seldom does (:mod:`.page_parts`).
NEWS_DAY = re.compile(rf"\b(?:{WEEKDAY}|{_DAY_WORDS})\b", re.IGNORECASE)
#: The day or week of the news ("on Monday", "today", "this week", "last week", "earlier this month"): when the
#: event a hard-news lede reports happened (:mod:`newsbrief.summarize.lede`).
NEWS_DAY_OR_WEEK = re.compile(rf"\b(?:{WEEKDAY}|{_DAY_WORDS}|this week|last week|earlier this)\b", re.IGNORECASE)

#: A count before "ago", as news writes it: digits (with thousands commas: "1,000 years ago" is not "000 years
#: ago"), number words, compound ones ("twenty-two", "thirty five": the last word alone was read before, 22 years as
#: 2), "a dozen", "a couple of", "a"/"an". Values from :func:`newsbrief.text.lexicon.number_value`, the one table.
COUNT = (
    rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{'|'.join(sorted(TENS, key=len, reverse=True))})[\s-]+"
    rf"(?:{'|'.join(sorted(UNITS, key=len, reverse=True))})|(?:an?\s+)?(?:dozen|couple(?:\s+of)?)"
    rf"|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|an?"
)
#: The units a count before "ago" counts. Not decades and centuries: round figures, which name no year ("when Rove
#: set up shop in Austin two decades ago", in 2000, was 1981; "two centuries ago", "about a decade ago"): read as
#: a year, they were off as often as not (DUC task 5, session 13), so they stay no date, as "a few years ago".
UNIT = r"day|week|month|year"
#: "N units ago", "N and a half years ago", "a year and a half ago", "half a year ago". Not "a few years ago",
#: "several", "dozens": no count, so no date (an entry would guess one); nor the last count of a range ("two or
#: three years ago" is no year, where "three years ago" alone read 2013 of 2016).
_AGO_SPAN = rf"(?i:(?:(?:{COUNT})(?:\s+and\s+a\s+half)?|half\s+an?)\s+(?:{UNIT})s?(?:\s+and\s+a\s+half)?\s+ago)\b"

#: Date expressions as news writes them, matched case-sensitively on the raw text (offsets are exact).
#: Names must be capitalised: "may" the verb and "march" the noun are not months.
_FIND = re.compile(
    rf"\b(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAYNUM}\b(?:,?\s+{YEARNUM}\b)?"
    rf"|\b(?:{WEEKDAY},?\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEARNUM}\b)?"
    rf"|\b{MONTH},?\s+(?:of\s+)?{YEARNUM}\b"
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


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "february"), else ``None``."""
    return CALENDAR.month(name.rstrip("."))


def weekday_number(name: str) -> int | None:
    """0 (Monday) to 6 for a weekday name, else ``None``."""
    return CALENDAR.weekday(name)


def find_expressions(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the date expressions in ``text`` (patterns only; a tagger may add more)."""
    for m in _FIND.finditer(text):
        yield m.start(), m.end()


def normalise(text: str) -> str:
    """Lower-case, single-spaced, without lead-in words, ordinal suffixes and trailing punctuation."""
    t = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:'\"")
    t = _ORDINAL.sub(r"\1", t.removesuffix("'s"))
    return _LEAD.sub("", t).strip()
