"""Gradient-boosted trees as scikit-learn's ``HistGradientBoostingClassifier`` fits them, scored without it.

The speaker ranker ships one (``newsbrief/data/speaker_ranker.json``, written by
``benchmarks/speaker_ranker.py``): a logistic regression could not use interactions its features carry
("a name after the verb" is strong unless the verb has its own subject before it), and the trees could, on
grouped cross-validation of PolNeAR train (BENCHMARKS.md). At run time the trees are numpy arrays walked for
all rows and all trees at once, one step of depth at a time: no scikit-learn on the brief's import path, and
the file's arithmetic is checked against scikit-learn's ``predict_proba`` when it is written.

A tree's nodes are numbered as scikit-learn numbers them; a split node sends a row left when its feature is
``<= threshold``; a leaf's value already carries the learning rate; the score of a row is the baseline plus
the sum of its leaves, and its probability the logistic of that score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Self

import numpy as np

#: The per-node arrays of the document, each (trees, nodes).
NODE_FIELDS = ("feature", "threshold", "left", "right", "value", "leaf")


@dataclass(frozen=True, slots=True)
class BoostedTrees:
    """Binary gradient-boosted trees, every node of every tree in one flat array per field.

    ``left``/``right`` are flat indices; a leaf points to itself on both sides with an infinite threshold,
    so ``depth`` steps of the same arithmetic bring every row of every tree to its leaf.
    """

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    baseline: float
    depth: int

    @classmethod
    def from_doc(cls, doc: Mapping, n_features: int, source: str) -> Self:
        """The trees of a weights document (``doc["trees"]``, ``doc["baseline"]``, ``doc["depth"]``).

        Raises:
            ValueError: the arrays differ in shape, or a split reads a feature the model does not have
                (a file fitted on another feature list: rerun the script that wrote ``source``).
        """
        trees = doc["trees"]
        feature = np.asarray(trees["feature"], dtype=np.intp)
        threshold = np.asarray(trees["threshold"], dtype=float)
        left = np.asarray(trees["left"], dtype=np.intp)
        right = np.asarray(trees["right"], dtype=np.intp)
        value = np.asarray(trees["value"], dtype=float)
        leaf = np.asarray(trees["leaf"], dtype=bool)
        shapes = {a.shape for a in (feature, threshold, left, right, value, leaf)}
        if len(shapes) != 1 or len(next(iter(shapes))) != 2:
            raise ValueError(f"{source}: the tree arrays must all have one shape (trees, nodes), got {shapes}")
        n_trees, nodes = feature.shape
        split = ~leaf
        if split.any() and (
            feature[split].max() >= n_features or left[split].max() >= nodes or right[split].max() >= nodes
        ):
            raise ValueError(f"{source}: a split points past the {n_features} features or the {nodes} nodes")
        first = (np.arange(n_trees) * nodes)[:, None]
        here = first + np.arange(nodes)[None, :]
        return cls(
            np.where(leaf, 0, feature).ravel(),
            np.where(leaf, np.inf, threshold).ravel(),
            np.where(leaf, here, first + left).ravel(),
            np.where(leaf, here, first + right).ravel(),
            value.ravel(),
            first.ravel(),
            float(doc["baseline"]),
            int(doc["depth"]),
        )

    def scores(self, rows: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """The raw score (log-odds) of each row of a (rows, features) matrix."""
        x = np.asarray(rows, dtype=float)
        if x.ndim != 2 or not len(x):
            return np.zeros(len(x))
        flat = x.ravel()
        offset = (np.arange(len(x)) * x.shape[1])[:, None]
        node = np.repeat(self.roots[None, :], len(x), axis=0)
        for _ in range(self.depth):
            go_left = flat[offset + self.feature[node]] <= self.threshold[node]
            node = np.where(go_left, self.left[node], self.right[node])
        return self.baseline + self.value[node].sum(axis=1)

    def probabilities(self, rows: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """P(positive) of each row."""
        z = np.clip(self.scores(rows), -500.0, 500.0)
        return 1.0 / (1.0 + np.exp(-z))


def tree_document(model: object) -> dict:
    """The ``trees``/``baseline``/``depth`` entries of a fitted binary ``HistGradientBoostingClassifier``.

    Reads its fitted predictors (``_predictors``, ``_baseline_prediction``): scikit-learn keeps the trees
    there and offers no public export. Thresholds are written at full precision (a split between two
    close values must stay between them).
    """
    predictors = [p[0] for p in model._predictors]  # type: ignore[attr-defined]
    width = max(len(p.nodes) for p in predictors)
    out: dict[str, list] = {name: [] for name in NODE_FIELDS}
    for p in predictors:
        nodes = p.nodes
        pad = width - len(nodes)
        out["feature"].append([int(v) for v in nodes["feature_idx"]] + [0] * pad)
        out["threshold"].append([float(v) for v in nodes["num_threshold"]] + [0.0] * pad)
        out["left"].append([int(v) for v in nodes["left"]] + [0] * pad)
        out["right"].append([int(v) for v in nodes["right"]] + [0] * pad)
        out["value"].append([round(float(v), 8) for v in nodes["value"]] + [0.0] * pad)
        out["leaf"].append([int(v) for v in nodes["is_leaf"]] + [1] * pad)
    depth = max(int(p.nodes["depth"].max()) for p in predictors)
    baseline = float(np.asarray(model._baseline_prediction).ravel()[0])  # type: ignore[attr-defined]
    return {"baseline": baseline, "depth": depth, "trees": out}
