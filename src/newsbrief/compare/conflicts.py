"""Conflicts: where sources that state the same fact give different numbers, dates or names.

Within each aligned fact (see :mod:`.facts`), every pair of sentences from different sources is
compared on
- **numbers**: quantities keyed by what they count ("seven MPs" vs "eight MPs", "$40 million" vs
  "$45 million"); number words are read as numbers, so "fifty years" and "50 years" agree;
- **dates**: years, month-and-day, and weekdays ("February 18" vs "February 19"); a conflict needs
  both sentences to give a value of the same kind, and no value in common.
Across the whole brief, **names** of parties and organisations that share their first word but
differ in the rest ("Liberal Party" / "Liberal Democrats") are flagged for the reader to check.

Rules are deliberately conservative: a wrong "sources disagree" erodes trust faster than a missed
one, so only like is compared with like.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsbrief.model import Conflict, Entity, Fact, Span
from newsbrief.text.dates import find_expressions, month_number, normalise, parse_date, weekday_number
from newsbrief.text.tokens import stem

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1e6, "bn": 1e9}
_NUMBER_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?P<cur>[$£€])?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)"
    r"(?P<pct>\s?%|\s?per\s?cent|\s?percent)?"
    r"(?:\s(?P<scale>hundred|thousand|million|billion|m|bn)\b)?"
    r"(?:\s(?P<unit>[A-Za-z][A-Za-z'-]+))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Head words of party-like names, for the name check.
_PARTY_HEADS = frozenset(
    "party parties democrat democrats democratic group union league movement front alliance congress coalition".split()
)


def _number(token: str) -> float | None:
    token = token.lower().replace(",", "")
    try:
        return float(token)
    except ValueError:
        pass
    parts = token.split("-")
    if all(p in _UNITS for p in parts):
        return float(sum(_UNITS[p] for p in parts))
    return None


def quantities(text: str) -> dict[str, set[float]]:
    """Quantities in ``text`` keyed by what they count (a stemmed noun, '%', or a currency)."""
    out: dict[str, set[float]] = {}
    for m in _QUANTITY.finditer(text):
        value = _number(m.group("num"))
        if value is None:
            continue
        if _YEAR.fullmatch(m.group("num")) and not m.group("cur"):
            continue  # a year, compared as a date
        scale = m.group("scale")
        if scale:
            value *= _SCALES[scale.lower()]
        if m.group("pct"):
            key = "%"
        elif m.group("cur"):
            key = m.group("cur")
        elif m.group("unit"):
            unit = m.group("unit").lower()
            if unit in _UNITS or month_number(unit) is not None or unit in {"of", "and", "or", "to", "in", "at", "on"}:
                continue
            key = stem(unit.rstrip("'s").removesuffix("'"))
        else:
            continue  # a bare number: nothing says what it counts
        out.setdefault(key, set()).add(value)
    return out


def dates(text: str) -> dict[str, set[str]]:
    """Date values in ``text`` by precision (``day``, ``month``, ``year``), read by :mod:`newsbrief.text.dates`.

    A day without a year is kept as ``--MM-DD`` and a weekday as itself: with no anchor here, "Monday"
    and "February 18" are compared only with values of their own form.
    """
    out: dict[str, set[str]] = {}
    for start, end in find_expressions(text):
        expression = text[start:end]
        parsed = parse_date(expression, None)
        if parsed is None:
            continue
        if parsed.iso is not None:
            value = parsed.iso
            if parsed.precision == "day":
                value = value[-5:]  # month-day against month-day; the year is compared as a year
            out.setdefault(parsed.precision, set()).add(value)
        elif (wd := _weekday_of(expression)) is not None:
            out.setdefault("weekday", set()).add(wd)
    for m in _YEAR.finditer(text):
        out.setdefault("year", set()).add(m.group(1))
    return out


def _weekday_of(expression: str) -> str | None:
    words = [w for w in normalise(expression).split() if weekday_number(w) is not None]
    return words[0] if words else None


def _format(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def fact_conflicts(facts: Sequence[Fact], texts: Mapping[str, str] | None = None) -> tuple[Conflict, ...]:
    """Numbers and dates that differ between the sources of one fact.

    Args:
        facts: the aligned facts.
        texts: each source's whole text by article id. A number is not a disagreement when the other source
            states it too, anywhere in its text: "likely three months of a six-month sentence" beside "a
            six-month sentence" is two quantities, not two versions of one.
    """
    whole: dict[str, dict[str, set[float]]] = {}

    def stated(article_id: str) -> dict[str, set[float]]:
        if texts is None or article_id not in texts:
            return {}
        if article_id not in whole:
            whole[article_id] = quantities(texts[article_id])
        return whole[article_id]

    out: list[Conflict] = []
    for fact in facts:
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(fact.spans):
            for b in fact.spans[i + 1 :]:
                if a.article_id == b.article_id:
                    continue
                qa, qb = quantities(a.text), quantities(b.text)
                for key in sorted(qa.keys() & qb.keys()):
                    known_a, known_b = stated(a.article_id).get(key, set()), stated(b.article_id).get(key, set())
                    if qa[key] & (qb[key] | known_b) or qb[key] & known_a:
                        continue  # the same value, or each source also states the other's
                    if ("number", key) not in seen:
                        seen.add(("number", key))
                        va = ", ".join(_format(v) for v in sorted(qa[key]))
                        vb = ", ".join(_format(v) for v in sorted(qb[key]))
                        what = "percentages" if key == "%" else f"amounts ({key})" if key in "$£€" else f"'{key}'"
                        out.append(Conflict("number", f"numbers differ for {what}: {va} vs {vb}", (a, b)))
                da, db = dates(a.text), dates(b.text)
                for kind in ("day", "month", "year", "weekday"):
                    if kind in da and kind in db and not da[kind] & db[kind] and ("date", kind) not in seen:
                        seen.add(("date", kind))
                        va, vb = ", ".join(sorted(da[kind])), ", ".join(sorted(db[kind]))
                        out.append(Conflict("date", f"dates differ ({kind}): {va} vs {vb}", (a, b)))
    return tuple(out)


def name_conflicts(entities: Sequence[Entity], spans_of: dict[str, Span]) -> tuple[Conflict, ...]:
    """Party-like organisation names that share a first word but differ ("Liberal Party" / "Liberal Democrats").

    Args:
        entities: the brief's merged entities.
        spans_of: for an entity name, one span where it is mentioned (to cite); names without a span
            are still reported, with no spans.
    """
    orgs = [e for e in entities if e.label in {"ORG", "NORP"} and len(e.name.split()) >= 2]
    out = []
    for i, a in enumerate(orgs):
        for b in orgs[i + 1 :]:
            wa, wb = a.name.lower().split(), b.name.lower().split()
            shorter, longer = sorted((wa, wb), key=len)
            if wa[0] != wb[0] or longer[: len(shorter)] == shorter:
                continue  # different first words, or one name extends the other ("X Group of Members")
            if not (set(wa[1:]) & _PARTY_HEADS and set(wb[1:]) & _PARTY_HEADS):
                continue
            spans = tuple(s for s in (spans_of.get(a.name), spans_of.get(b.name)) if s is not None)
            out.append(Conflict("name", f"names differ: '{a.name}' vs '{b.name}'", spans))
    return tuple(out)
