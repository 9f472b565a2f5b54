"""A logistic regression on standardised features, as ``benchmarks/weights_file.py`` writes it.

Four stages ship one (conflict model, same-fact, writer's verdict, sentence quality; the speaker ranker
ships boosted trees: newsbrief.boosted_trees): the
same document (feature names, mean, scale, weights, intercept, optional threshold) and the same arithmetic,
so scoring needs no scikit-learn at run time. One class keeps the arithmetic and the load-time checks in one
place: the file's feature list must be the code's (a model fitted on another list would score the wrong
columns silently), and a zero scale (a feature constant in training) divides as 1.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Self

import numpy as np


@dataclass(frozen=True, slots=True)
class Logistic:
    """Standardisation, weights and (when the model decides) cut-off of a fitted logistic regression."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float = 0.5

    @classmethod
    def from_weights(cls, doc: Mapping, features: Sequence[str], source: str) -> Self:
        """The model of a weights document (``read_json`` of package data, or a test's dict).

        Raises:
            ValueError: ``doc`` was fitted on other features than ``features`` (rerun the benchmark script
                that wrote ``source`` with ``--write``), or its lists differ in length.
        """
        if tuple(doc["features"]) != tuple(features):
            raise ValueError(f"{source} was fitted on other features {list(doc['features'])}, not {list(features)}")
        mean, scale, coef = (tuple(float(v) for v in doc[k]) for k in ("mean", "scale", "coef"))
        if not len(mean) == len(scale) == len(coef) == len(features):
            raise ValueError(f"{source}: mean, scale and coef must each have one value per feature")
        return cls(
            mean,
            tuple(s if s > 0 else 1.0 for s in scale),
            coef,
            float(doc["intercept"]),
            float(doc.get("threshold", 0.5)),
        )

    def probability(self, row: Sequence[float]) -> float:
        """P(positive) of one row of features (plain floats: cheaper than numpy for a single row)."""
        z = self.intercept + sum(
            c * (v - m) / (s or 1.0) for v, m, s, c in zip(row, self.mean, self.scale, self.coef, strict=True)
        )
        return _sigmoid(z)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """P(positive) of each row of a (n, features) matrix."""
        scale = np.where(np.asarray(self.scale) == 0, 1.0, self.scale)
        z = ((np.asarray(rows, dtype=float) - self.mean) / scale) @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))  # no overflow warning at the extremes

    def accepts(self, row: Sequence[float]) -> bool:
        """Whether one row's probability reaches the threshold."""
        return self.probability(row) >= self.threshold


def _sigmoid(z: float) -> float:
    # math.exp overflows past ~709: a very negative score is probability 0, not an OverflowError
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
