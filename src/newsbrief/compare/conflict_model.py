"""A learned decision on each candidate disagreement: is this value pair a real conflict between the sources?

The rules of :mod:`.conflicts` find value pairs of one slot in two aligned sentences that do not agree; many
are still not disagreements (two events, two counts of different things, one value restated in other
terms). Which of them a reader would call a disagreement depends on several weak signals at once, so a
logistic regression weighs them, fitted on the development part of the labelled conflict pairs
(``benchmarks/conflict_model.py`` writes ``data/conflict_model.json``: the feature means and scales, the
weights, and the cut-off chosen by cross-validation grouped by cluster for precision >= 0.8).

Features of one candidate (sentence ``a`` with value ``x``, sentence ``b`` with value ``y``):
- ``same_fact``: P(same fact) of the two sentences (:mod:`.same_fact`);
- ``kind_name``, ``kind_date``, ``kind_count``: the slot's kind (the rest: ages, times, distances, sums,
  percentages, measured quantities);
- ``gap``: how far apart the values are (relative gap between numeric intervals, 0..1; 1 - spelling
  similarity for names; 1 for dates of different labels);
- ``keyed``: both values carry the same key (the same person's age, a count of the same thing);
- ``context``: Jaccard of the words around the two values (what they are about);
- ``names``: Jaccard of the capitalised words of the two sentences (the same people and places);
- ``words``: Jaccard of the sentences' content stems;
- ``quoted``: either sentence holds a quotation mark (someone's words, often approximate);
- ``crowded``: either sentence has more than one value of the kind (which one is the slot is less clear);
- ``rules``: the strict rules of :func:`.value_pairs.pair_values` set the two values against each other (the
  learned decision also sees the looser candidates of :mod:`.conflict_candidates`);
- ``stated``: a source states the other's value too (in the sentence or anywhere in its text);
- ``update``: either value is written as a change ("rose to 15");
- ``debris``: either sentence is a caption, credit or heading.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsbrief.compare.slots import Value
from newsbrief.logistic import Logistic
from newsbrief.package_data import read_json
from newsbrief.text.tokens import content_stems, jaccard

FEATURES = (
    "same_fact",
    "kind_name",
    "kind_date",
    "kind_count",
    "gap",
    "keyed",
    "context",
    "names",
    "words",
    "quoted",
    "crowded",
    "rules",
    "stated",
    "update",
    "debris",
)
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:[-'’][A-Za-z]+)*\b")


def features(
    a: str,
    b: str,
    x: Value,
    y: Value,
    same_fact: float,
    n_a: int = 1,
    n_b: int = 1,
    *,
    rules: bool = True,
    stated: bool = False,
    debris: bool = False,
) -> list[float]:
    """The features of :data:`FEATURES` for value ``x`` of sentence ``a`` against ``y`` of sentence ``b``.

    ``n_a``/``n_b``: how many values of that kind each sentence holds; ``rules``, ``stated``, ``debris``: the
    flags of the module docstring (a candidate of the strict rules is theirs, never stated, never debris)."""
    return [
        float(same_fact),
        float(x.kind == "name"),
        float(x.kind == "date"),
        float(x.kind == "number"),
        _gap(x, y),
        float(bool(x.key) and x.key == y.key),
        jaccard(set(x.context), set(y.context)),
        jaccard(set(_CAPITALISED.findall(a)), set(_CAPITALISED.findall(b))),
        jaccard(set(content_stems(a)), set(content_stems(b))),
        float(any(q in s for s in (a, b) for q in '"“”')),
        float(max(n_a, n_b) > 1),
        float(rules),
        float(stated),
        float(x.update or y.update),
        float(debris),
    ]


def _gap(x: Value, y: Value) -> float:
    if x.kind == "name":
        return 1.0 - difflib.SequenceMatcher(None, x.text.lower(), y.text.lower()).ratio()
    if x.kind == "date":
        return float(x.label != y.label)
    low, high = (x, y) if x.high <= y.low else (y, x)
    gap = max(0.0, high.low - low.high)
    scale = max(abs(x.high), abs(y.high), abs(x.low), abs(y.low))
    return min(1.0, gap / scale) if scale and math.isfinite(scale) else 0.0


@dataclass(frozen=True, slots=True)
class ConflictModel(Logistic):
    """Standardisation, weights and cut-off of the logistic regression (``data/conflict_model.json``):
    ``accepts(row)`` when a candidate disagreement is likely real."""

    @classmethod
    def from_json(cls, raw: Mapping) -> ConflictModel:
        """The model of a weights document; ValueError when it was fitted on other :data:`FEATURES`."""
        return cls.from_weights(raw, FEATURES, "data/conflict_model.json")


@lru_cache(maxsize=1)
def shipped_model() -> ConflictModel:
    """The model fitted on the development labels (``benchmarks/conflict_model.py``)."""
    return ConflictModel.from_json(read_json("conflict_model.json"))
