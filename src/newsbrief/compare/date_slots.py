"""Dates a sentence gives, keyed by what they date, so that only like is compared with like.

A date conflict needs two sources to date *the same thing* differently: "quit on February 18" against
"quit on February 19". "scheduled to launch in July 2018" against "scheduled to end in June 2025" dates two
things (launch, end), and "said Monday" dates the report, not the event. So each date expression found by
:mod:`newsbrief.text.dates` is keyed by its **slot**, the content word just before it (its verb or noun:
"quit", "launch", "hanged"), and by its kind (``day`` as month-day, ``month``, ``year``, ``weekday``);
reporting dates ("said Monday", "told reporters on Tuesday") are left out.
"""

from __future__ import annotations

import re

from newsbrief.text.dates import find_expressions, normalise, parse_date, weekday_number
from newsbrief.text.tokens import stem

#: Words skipped when looking back for the slot: they sit between a verb or noun and its date.
_GLUE = frozenset(
    "on in at of the a an by since until till from to during before after early late around about "
    "last this next earlier later mid and or was were is are be been had has have".split()
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|reported|reports|added|stated|confirmed|according)\b"
    r"(?:\s+\w+){0,2}$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _slot(text: str, start: int) -> str:
    """The stemmed content word before a date (within its clause), or "" when there is none."""
    clause = re.split(r"[.;:!?,()\"“”]", text[max(0, start - 80) : start])[-1]
    for word in reversed(_WORD.findall(clause)):
        if word.lower() not in _GLUE:
            return stem(word.lower())
    return ""


def reporting_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` dates a report ("said Monday", "told reporters on Tuesday")."""
    before = re.sub(r"\s+on\s*$", "", text[max(0, start - 40) : start]).rstrip()
    return _REPORTING.search(before) is not None


def dated_spans(text: str) -> list[tuple[str, str, str, int, int]]:
    """``(slot, kind, value, start, end)`` of each date in ``text``; reporting dates are left out."""
    out = []
    for start, end in find_expressions(text):
        if reporting_date(text, start):
            continue
        expression = text[start:end]
        parsed = parse_date(expression, None)
        if parsed is None:
            continue
        slot = _slot(text, start)
        if parsed.iso is not None:
            kind, value = parsed.precision, parsed.iso
            if kind == "day":
                value = value[-5:]  # month-day against month-day
            out.append((slot, kind, value, start, end))
        else:
            days = [w for w in normalise(expression).split() if weekday_number(w) is not None]
            if days:
                out.append((slot, "weekday", days[0], start, end))
    return out


def dated_slots(text: str) -> dict[tuple[str, str], set[str]]:
    """``(slot, kind) -> values`` of the dates in ``text``; reporting dates are left out."""
    out: dict[tuple[str, str], set[str]] = {}
    for slot, kind, value, _, _ in dated_spans(text):
        out.setdefault((slot, kind), set()).add(value)
    return out


def stated_values(slots: dict[tuple[str, str], set[str]]) -> dict[str, set[str]]:
    """Every value of each kind, whatever its slot: what a source states anywhere."""
    out: dict[str, set[str]] = {}
    for (_, kind), values in slots.items():
        out.setdefault(kind, set()).update(values)
    return out
