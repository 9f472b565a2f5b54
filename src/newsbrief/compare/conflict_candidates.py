"""A recall-oriented candidate step for conflicts: value pairs that *could* be two versions of one slot.

The rules of :func:`.value_pairs.pair_values` are strict (same key, a shared word around the values, never a
value the other source states anywhere); many real disagreements fail one of them (session 5's reading
missed counts of charges, of injured dogs, a place name spelt two ways, ballot counts). This step keeps
what the strict rules drop, so that a decision learned on labelled candidates (:mod:`.conflict_model`) can
see them: for two sentences of different sources that align loosely (TF-IDF cosine at or above a floor),
every pair of values of one kind (:func:`.slots.values`; names spelt alike, :func:`.spellings.spelt_alike`)

- that do not agree (:meth:`.slots.Value.agrees`: intervals that do not meet; another date or name), and
- that fill a plausibly common slot: the same key, a shared word around the values, or the only value of
  its kind in each sentence.

Updates ("rose to 15") and debris (captions, credits) are kept: the decision after this step, not this
step, rules them out, so that labels exist for them too. :func:`score` orders candidates for labelling.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from newsbrief.compare.slots import ROLES, Value, name_values, values
from newsbrief.compare.spellings import spelt_alike

#: Sentences below this TF-IDF cosine are not compared (the same-fact decision never accepts them).
PAIR_FLOOR = 0.1


@dataclass(frozen=True, slots=True)
class LooseCandidate:
    """Values ``x`` of sentence ``i`` and ``y`` of sentence ``j`` (``i`` < ``j``) that could disagree."""

    i: int
    j: int
    x: Value
    y: Value
    cosine: float


def plausible_slot(x: Value, y: Value, nx: int, ny: int) -> bool:
    """Whether two values of one kind could fill one slot: same key, a shared context word, or one each; never
    two counts of different casualty roles ("four rebels were killed" / "18 troops were wounded")."""
    roles = {k.rsplit(" ", 1)[-1] for k in (x.key, y.key) if k.rsplit(" ", 1)[-1] in ROLES}
    if len(roles) > 1:
        return False
    if x.key and x.key == y.key:
        return True
    if x.context & y.context:
        return True
    return nx == 1 and ny == 1


def loose_pairs(a: str, b: str) -> list[tuple[Value, Value]]:
    """The value pairs of sentences ``a`` and ``b`` that could disagree (the module docstring)."""
    va, vb = values(a), values(b)
    out = []
    for kind in sorted({v.kind for v in va} & {v.kind for v in vb}):
        xs = [v for v in va if v.kind == kind]
        ys = [v for v in vb if v.kind == kind]
        labels_a, labels_b = {v.label for v in xs}, {v.label for v in ys}
        for x in xs:
            for y in ys:
                if x.label in labels_b or y.label in labels_a or x.agrees(y):
                    continue  # the other sentence states this value too: not two versions
                if plausible_slot(x, y, len(xs), len(ys)):
                    out.append((x, y))
    na, nb = name_values(a), name_values(b)
    words_a, words_b = {v.text for v in na}, {v.text for v in nb}
    out.extend(
        (x, y)
        for x in na
        for y in nb
        if x.text not in words_b and y.text not in words_a and spelt_alike(x.text, y.text)
    )
    return out


def score(c: LooseCandidate) -> float:
    """An order for labelling (higher first): aligned sentences, the same key, close values."""
    x, y = c.x, c.y
    s = c.cosine
    if x.key and x.key == y.key:
        s += 0.2
    if x.context & y.context:
        s += 0.1
    if x.kind not in {"date", "name"}:
        lo, hi = sorted((abs(x.low + x.high) / 2, abs(y.low + y.high) / 2))
        if hi > 0 and lo / hi >= 0.5:
            s += 0.1
    return s


def loose_candidates(
    article_ids: Sequence[str], texts: Sequence[str], cosine: np.ndarray, floor: float = PAIR_FLOOR
) -> Iterator[LooseCandidate]:
    """Every candidate between sentences of different articles whose cosine is at or above ``floor``."""
    rows, cols = np.nonzero(np.triu(cosine >= floor, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if article_ids[i] == article_ids[j] or texts[i] == texts[j]:
            continue
        for x, y in loose_pairs(texts[i], texts[j]):
            yield LooseCandidate(i, j, x, y, float(cosine[i, j]))
