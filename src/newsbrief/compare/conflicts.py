"""Conflicts: where sources that state the same fact give different numbers, dates or names.

Within each aligned fact (see :mod:`.facts`), every pair of sentences from different sources is
compared on
- **numbers**: quantities keyed by what they count ("seven MPs" vs "eight MPs", "$40 million" vs
  "$45 million"); number words are read as numbers, so "fifty years" and "50 years" agree;
- **dates**: the same slot dated differently ("quit on February 18" vs "quit on February 19"): the
  slot is the word the date belongs to (:mod:`.date_slots`), so "launch in July 2018" and "end in June
  2025" are two things; reporting dates ("said Monday") are not compared, nor a date the other source
  also states.
Captions, headings and credits are never compared, and a source is never compared with itself.
Across the whole brief, **names** of parties and organisations that share their first word but
differ in the rest ("Liberal Party" / "Liberal Democrats") are flagged for the reader to check.

Rules are deliberately conservative: a wrong "sources disagree" erodes trust faster than a missed
one, so only like is compared with like.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from newsbrief.compare.date_slots import dated_slots, stated_values
from newsbrief.model import Conflict, Entity, Fact, Span, SummarySentence
from newsbrief.summarize.standalone import is_debris
from newsbrief.text.dates import month_number
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
#: What a unit counts, when the text says: "gallons of water", "tons of grain" (not "of the": a part of a whole).
_OF_WHAT = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)([a-z]{3,})\b")
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
            if of := _OF_WHAT.match(text, m.end()):
                key += f" of {stem(of.group(1).lower())}"  # "800 gallons of water" counts water, not ethanol
        else:
            continue  # a bare number: nothing says what it counts
        out.setdefault(key, set()).add(value)
    return out


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

    whole_dates: dict[str, dict[str, set[str]]] = {}

    def stated_dates(article_id: str) -> dict[str, set[str]]:
        if texts is None or article_id not in texts:
            return {}
        if article_id not in whole_dates:
            whole_dates[article_id] = stated_values(dated_slots(texts[article_id]))
        return whole_dates[article_id]

    out: list[Conflict] = []
    for fact in facts:
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(fact.spans):
            for b in fact.spans[i + 1 :]:
                if a.article_id == b.article_id or is_debris(a.text) or is_debris(b.text):
                    continue  # one source against itself; a caption, heading or credit is not a report
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
                out.extend(_date_conflicts(a, b, seen, stated_dates))
    return tuple(out)


def _date_conflicts(
    a: Span, b: Span, seen: set[tuple[str, str]], stated: Callable[[str], dict[str, set[str]]]
) -> list[Conflict]:
    """Dates of the same slot and kind that differ between two sentences (see :mod:`.date_slots`)."""
    out = []
    sa, sb = dated_slots(a.text), dated_slots(b.text)
    for slot, kind in sorted(sa.keys() & sb.keys()):
        va, vb = sa[(slot, kind)], sb[(slot, kind)]
        if not slot or va & vb or ("date", f"{slot}/{kind}") in seen:
            continue
        if va & stated(b.article_id).get(kind, set()) or vb & stated(a.article_id).get(kind, set()):
            continue  # each source also states the other's date somewhere: two dates, not two versions
        seen.add(("date", f"{slot}/{kind}"))
        what = f"dates differ ({kind} of '{slot}')"
        out.append(Conflict("date", f"{what}: {', '.join(sorted(va))} vs {', '.join(sorted(vb))}", (a, b)))
    return out


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


def drop_conflicting_support(
    summary: Sequence[SummarySentence], conflicts: Sequence[Conflict]
) -> tuple[SummarySentence, ...]:
    """The summary without support spans that a conflict sets against their sentence.

    A pair of sentences is never both "reported by 2" and "sources differ": when two aligned sentences
    give different values for the same slot, the other one does not support the sentence shown, and the
    disagreement is listed instead.
    """
    pairs = set()
    for c in conflicts:
        keys = [(s.article_id, s.start, s.end) for s in c.spans]
        pairs.update((x, y) for x in keys for y in keys if x != y)
    out = []
    for sent in summary:
        own = (sent.source.article_id, sent.source.start, sent.source.end)
        kept = tuple(s for s in sent.support if (own, (s.article_id, s.start, s.end)) not in pairs)
        out.append(sent if kept == sent.support else replace(sent, support=kept))
    return tuple(out)
