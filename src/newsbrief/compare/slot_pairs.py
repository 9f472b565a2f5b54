"""Candidates by slot, not by sentence alignment: two sources giving one named thing's value two ways.

The candidates of :mod:`.conflicts` and :mod:`.conflict_candidates` are compared only inside sentence pairs the
same-fact decision aligns (``BriefConfig.conflict_threshold``). Many real disagreements sit in sentences that
barely align: "Kevin Johnson, 25, was arrested" against a list "Kevin Deon Johnson, 24; Dwight Kevin Smith, 30",
or "Area 51, about 125 miles northwest of Las Vegas" against "the remote desert base 90 miles north of Las
Vegas". What makes them one slot is not the sentence but the value's **anchor**, the named thing it hangs on:

- **an age keyed by a person** (:func:`.slots.age_values`: "Johnson, 25", "29-year-old Geraldine Alcorn"): the
  same surname, a given name in common where both give one, and ages at most :data:`AGE_GAP` years apart (a wider
  gap is two people of one family: "Pasztor, 29" and her son "6-year-old Rene Pasztor");
- **a distance from a named place** ("125 miles northwest of Las Vegas"): the same place, and the two sentences
  naming one more thing in common (what lies that far away: "Area 51").

Guards, as for every conflict: never a caption or heading; never a value written as an update; never when
either source states the other's value for that anchor, or gives two values for it itself (which of its
people or places is meant is then unclear). What is left still goes through the learned decision
(:mod:`.conflict_model`), like every other candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from newsbrief.compare.slots import Value, age_values, not_a_statement, quantity_values
from newsbrief.model import Sentence
from newsbrief.text.dates import month_number, weekday_number
from newsbrief.text.tokens import STOPWORDS

#: Ages of one person that two sources may give apart; a wider gap is two people of one surname.
AGE_GAP = 3.0
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
#: "125 miles northwest of Las Vegas", "40 km from Kabul": the place a distance is measured from.
_FROM_PLACE = re.compile(
    r"^\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west|outside|off|away|inland|offshore|upstream|downstream|due)\s+){0,2}(?:of|from)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)


def _names(text: str, *, first: bool) -> set[str]:
    """Capitalised words of a sentence (its first word only when ``first``), but months, weekdays, stopwords."""
    out = set()
    for m in _NAME_WORD.finditer(text):
        w = m.group()
        if (m.start() == 0 and not first) or w.lower() in STOPWORDS:
            continue
        if month_number(w) is None and weekday_number(w) is None:
            out.add(w)
    return out


def _shared_names(a: str, b: str) -> set[str]:
    """Names both sentences write, one of them inside a sentence (a first word alone may be any word)."""
    return (_names(a, first=True) & _names(b, first=False)) | (_names(a, first=False) & _names(b, first=True))


def _given_names(text: str, v: Value) -> frozenset[str]:
    """The one or two capitalised words written right before an age's surname ("Kevin", "Deon" of "Kevin Deon
    Johnson, 24"): its given names, or the empty set."""
    for m in re.finditer(rf"\b((?:[A-Z][a-z]+\s+){{1,2}})(?:\"[^\"]*\"\s+)?(?i:{re.escape(v.key)})\b", text):
        if abs(m.end() - v.start) < 40 or abs(m.start() - v.end) < 40:
            return frozenset(w for w in m.group(1).split() if w.lower() not in STOPWORDS)
    return frozenset()


def _place(text: str, v: Value) -> str:
    m = _FROM_PLACE.match(text[v.end : v.end + 60])
    return m.group("place") if m else ""


def _anchored(text: str, broad: bool = False) -> list[tuple[str, Value, frozenset[str]]]:
    """The anchored values of a sentence: (slot, value, given names of an age's person); ``broad`` adds counts
    keyed by what they count ("1,500 delegates")."""
    out = []
    for v in age_values(text):
        if v.key and not v.update:
            out.append((f"age/{v.key}", v, _given_names(text, v)))
    for v in quantity_values(text):
        if v.kind == "distance" and not v.update and (place := _place(text, v)):
            out.append((f"distance/{place}", v, frozenset()))
        elif broad and v.kind == "number" and v.key and not v.update:
            out.append((f"count/{v.key}", v, frozenset()))
    return out


def slot_pairs(
    sentences: Sequence[Sentence], compared: Callable[[int, int], bool], *, broad: bool = False
) -> Iterator[tuple[int, int, Value, Value]]:
    """Pairs ``(i, j, x, y)`` (``i < j``, two articles) whose values ``x`` and ``y`` fill one anchored slot and
    do not agree (the module docstring); ``compared(i, j)`` is true for pairs the aligned candidates already
    weigh, which are skipped here. ``broad`` (for labelling, not for briefs) adds counts of one counted noun in
    sentences that name one thing in common."""
    by_slot: dict[str, list[tuple[int, Value, frozenset[str]]]] = {}
    for n, s in enumerate(sentences):
        if not_a_statement(s.text):
            continue
        for slot, v, given in _anchored(s.text, broad):
            by_slot.setdefault(slot, []).append((n, v, given))
    for slot, found in by_slot.items():
        labels: dict[str, set[str]] = {}
        for n, v, _ in found:
            labels.setdefault(sentences[n].article_id, set()).add(v.label)
        if len(labels) < 2 or any(len(ls) > 1 for ls in labels.values()):
            continue  # one source only, or a source that gives two values itself (two people, two places)
        for k, (i, x, gx) in enumerate(found):
            for j, y, gy in found[k + 1 :]:
                a, b = sentences[i], sentences[j]
                if a.article_id == b.article_id or x.agrees(y) or compared(min(i, j), max(i, j)):
                    continue
                if slot.startswith("age/"):
                    if abs(x.low - y.low) > AGE_GAP or (gx and gy and not gx & gy):
                        continue
                elif not _shared_names(a.text, b.text) - set(slot.partition("/")[2].split()):
                    continue  # a distance from one place, but nothing else named in common: two things there
                yield (i, j, x, y) if i < j else (j, i, y, x)
