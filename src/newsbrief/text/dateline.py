"""Wire datelines: where (and when, and from which agency) a report was filed, at the start of a line.

A dateline opens a wire report: "WASHINGTON, Feb. 18 (AP) -- ", "ATLANTA _ " (the New York Times news
service sends an underscore for the dash), "CARACAS, December 6 (Xinhua) -- ", "(CNN) -- ". Four stages read
them, and :func:`dateline_at` is the one place that knows their shape; it returns a :class:`Dateline` (the
span, the place, the agency and the date text).

The four stages read datelines for different ends, and their forms differ today; each keeps its own, as a
*form* of :func:`dateline_at`, so that no output changes (issue 14: one piece of code for one piece of
knowledge, outputs byte-identical). How they differ:

* ``"segment"`` (:mod:`newsbrief.text.split`, cut off as a segment of its own): the strictest on the place (3+
  capitals, or 2 before another capitalised word) and on what follows the dash (what opens a sentence), and
  the only one that takes a place in capitals before "The"/"A"/"An" with no dash ("WASHINGTON The Senate"), a
  dash lost after ", Conn." ("NEWTOWN, Conn. Parents"), a source alone ("(HealthDay News) -- "), a place not
  in capitals when a date and a source follow it ("Phnom Penh, January 27 (Xinhua) --"), and one when a wire
  service's tag follows it (:data:`~newsbrief.text.lexicon.WIRE_AGENCIES`), with or without a dash ("Washington
  (AFP) – ", "Tokyo (CNN) "): any other bracket after such a place opens a sentence ("Paris (Texas) police said").
* ``"event"`` (:mod:`newsbrief.analyse.timeline`, whose dates before the dateline's end are the article's, not
  an event's): a place in capitals, spaces, commas and full stops, anything up to 40 characters after a comma,
  an optional source in brackets, a dash and a space.
* ``"dated"`` (:func:`newsbrief.text.dates.dateline_date`): a place in any case, a comma, an optional region, a
  month and a day (and year), an optional source, a dash (no space needed after it). Only this form has a date.
* ``"agency"`` (:func:`newsbrief.analyse._entity_story.agency_names`): a place in any case (up to 31
  characters), anything after a comma, and a source in brackets (one or two capitalised words) before a dash.

A fifth reader asks a different question, so it has a function of its own: :func:`dateline_follows` (for
:func:`newsbrief.analyse._entity_story.in_dateline`) says whether the rest of a dateline follows a place the
tagger found. On the 1,166 cleaned Multi-News ``val_raw`` and DUC 2004 task 2 articles the ``segment`` form
matches 85 at their start, ``event`` 82 (all among those 85) and ``dated`` 3 (BENCHMARKS.md, "Session 11",
splitting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsbrief.text.date_expressions import DAYNUM, MONTH, YEARNUM
from newsbrief.text.lexicon import DATELINE_DASHES, WIRE_AGENCIES, alternation

Form = Literal["segment", "event", "dated", "agency"]

#: The dash that closes a dateline (:data:`~newsbrief.text.lexicon.DATELINE_DASHES`), for every pattern here.
_DASH_MARK = alternation(DATELINE_DASHES)

#: The place of a ``segment`` dateline: 3+ capital letters, or 2 before another capitalised word ("FT
#: LAUDERDALE"). Quantifiers are bounded, so every match is linear.
_PLACE = r"(?:[A-Z][A-Z.'’]{2,20}|[A-Z]{2}(?=[ -][A-Z]{3}))(?:[ -][A-Z][A-Z.'’]{1,20}){0,3}"
#: The source of a dateline in brackets ("(AP)", "(CBSMiami)", "(HealthDay News)"); also an outlet's tag alone
#: before a sentence ("(CNN) A Detroit man"), which :mod:`newsbrief.text.split` treats as a lead-in.
SOURCE = r"\([A-Z][A-Za-z.&]{1,15}(?:\s[A-Z][A-Za-z.&]{1,15}){0,2}\)"
#: What opens a sentence (a quote opened with the wire's two backticks too), after a ``segment`` dateline.
_OPENS = r"(?=(?:``|[\"“‘'(])?[A-Z0-9])"
#: The dash after a ``segment`` dateline (or the underscore the New York Times news service sends for one:
#: "ATLANTA _ "), before what opens a sentence.
_DASH = rf"\s?{_DASH_MARK}\s{_OPENS}"
#: A place not in capitals ("Washington", "Mexico City", "St. Louis", "Cambridge, Mass.") and a wire service's tag
#: in brackets, then a dash or (CNN's style) only a space, before what opens a sentence. Breitbart's AFP copy and
#: CNN write their datelines so; the tag must be a wire's, for a place in ordinary case before a bracket is
#: otherwise a sentence's subject ("Washington (state) lawmakers", "Paris (Texas) police").
_WIRE_CITY = (
    r"[A-Z][a-z][A-Za-z.'’-]{0,20}(?: [A-Z][A-Za-z.'’-]{1,20}){0,2}"  # spaces, not "\s": one line
    r"(?:, ?[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12}){0,2})?"
    rf" ?\({alternation(WIRE_AGENCIES)}\)(?:{_DASH}|\s{_OPENS})"
)

_FORMS: dict[str, re.Pattern[str]] = {
    # A place in capitals, an optional ", State" and ", Mon. DD" or ", Month DD", an optional source, a dash;
    # or a source alone and a dash; or a place not in capitals with a date and a source, or with a wire's tag
    # (and a dash or a space); or a place in capitals before "The"/"A"/"An" (the scraper lost the dash); or one
    # before ", Conn." and a capitalised word.
    "segment": re.compile(
        rf"(?:{_PLACE}"
        r"(?:,\s?[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12}){0,2})?"
        r"(?:,\s?[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
        rf"(?:\s?{SOURCE})?"
        rf"|{SOURCE}){_DASH}"
        rf"|[A-Z][a-z]{{2,20}}(?:\s[A-Z][a-z]{{1,20}}){{0,2}},\s?[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}\s?{SOURCE}{_DASH}"
        rf"|{_WIRE_CITY}"
        r"|[A-Z][A-Z.'’]{3,20}(?:\s[A-Z][A-Z.'’]{1,20}){0,2}\s(?=(?:The|A|An)\s)"
        r"|[A-Z][A-Z.'’]{2,20}(?:\s[A-Z][A-Z.'’]{1,20}){0,2},\s[A-Z][a-z]{1,5}\.\s(?=[A-Z][a-z])"
    ),
    "event": re.compile(
        rf"[ \t]*[A-Z][A-Z .,'-]{{1,40}}(?:,[^\n]{{0,40}}?)?\s*(?:\([^)\n]{{1,30}}\))?\s*{_DASH_MARK}\s"
    ),
    "dated": re.compile(
        rf"[ \t]*[A-Z][A-Za-z .'-]{{1,40}},(?:\s+[A-Z][A-Za-z.]+,)?\s+(?P<date>{MONTH}\s+{DAYNUM})"
        rf"(?:,?\s+(?P<year>{YEARNUM}))?"
        rf"\s*(?:\([^)\n]{{1,30}}\))?\s*{_DASH_MARK}"
    ),
    "agency": re.compile(
        r"[A-Z][A-Za-z.'’ -]{1,30}(?:,[^\n()]{0,40})?"
        rf"\s*\((?P<agency>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?)\)\s*{_DASH_MARK}\s"
    ),
}
#: What follows the place of a dateline on its line: a region or country, a date, the agency, then a dash.
_ENTITY_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_REST = re.compile(
    rf"(?:,\s*[A-Z][A-Za-z.'’ -]{{0,30}}?)?(?:,?\s*{_ENTITY_MONTH}\s+\d{{1,2}})?\s*(?:\([^()\n]{{1,40}}\))?"
    rf"\s*{_DASH_MARK}\s"
)
#: The parts of a matched dateline: the place runs to the first comma, bracket or dash.
_PLACE_PART = re.compile(rf"\s*([^,(\n]*?)\s*(?=,|\(|{_DASH_MARK}(?:\s|$)|$)")
#: The region runs from the first comma before any bracket to the bracket or the closing dash.
_REGION_PART = re.compile(rf"[^,(]*,\s*([^(]*?)\s*(?:{_DASH_MARK}\s*)?(?:\(|$)")
_AGENCY_PART = re.compile(r"\(([^()\n]{1,40})\)")
_DATE_PART = re.compile(rf"{MONTH}\s+{DAYNUM}")


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a text.

    Attributes:
        start: where it starts (the position asked about).
        end: where it ends (after the dash and the space after it, where the form takes one).
        place: the place as written ("WASHINGTON", "FT LAUDERDALE"), ``None`` for a source alone ("(CNN) --").
        region: what follows a comma after the place, before the brackets or the dash ("Conn.", "France",
            "Feb. 18", ""), ``None`` without a comma.
        agency: what the brackets hold ("AP", "Xinhua"), ``None`` without brackets.
        date: the month and day as written ("Feb. 18", "December 6"), ``None`` without one.
        year: the year as written after the day (``"dated"`` form only), else ``None``.
    """

    start: int
    end: int
    place: str | None
    region: str | None
    agency: str | None
    date: str | None
    year: str | None = None


def dateline_at(text: str, start: int = 0, form: Form = "segment") -> Dateline | None:
    """The dateline of ``form`` (see the module docstring) that starts at ``text[start]``, or ``None``.

    The ``segment`` form reads on past the dash only to check that a sentence opens there, so a dateline
    alone at the end of a segment is found by adding an opening after it (:func:`newsbrief.text.split.is_dateline`).
    """
    m = _FORMS[form].match(text, start)
    if m is None:
        return None
    span = text[m.start() : m.end()]
    place = _PLACE_PART.match(span)
    region = _REGION_PART.match(span)
    agency = m.group("agency") if form == "agency" else None
    if agency is None and (bracket := _AGENCY_PART.search(span)) is not None:
        agency = bracket[1]
    if form == "dated":
        day, year = m.group("date"), m.group("year")
    else:
        day, year = (found[0] if (found := _DATE_PART.search(span)) else None), None
    return Dateline(
        m.start(), m.end(), (place[1] or None) if place else None, region[1] if region else None, agency, day, year
    )


def dateline_follows(text: str, place_end: int) -> int | None:
    """The end of the rest of a dateline (a region, a date, a source in brackets, then a dash and a space) if
    it follows a place ending at ``place_end`` ("JOHANNESBURG| , November 21 (Xinhua) -- "), else ``None``.
    For a place a tagger found, where the forms of :func:`dateline_at` would read the place again."""
    m = _REST.match(text, place_end)
    return m.end() if m else None
