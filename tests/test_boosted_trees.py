"""Boosted trees scored without scikit-learn (the speaker ranker's model): hand-made trees with known
answers, the load-time checks, and the arithmetic against scikit-learn's own ``predict_proba``."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from newsbrief.boosted_trees import BoostedTrees, tree_document

# one tree: feature 0 <= 0.5 goes to leaf 1 (-1.0), else leaf 2 (+2.0); a second tree of one leaf (+0.25)
DOC = {
    "baseline": 0.1,
    "depth": 1,
    "trees": {
        "feature": [[0, 0, 0], [0, 0, 0]],
        "threshold": [[0.5, 0.0, 0.0], [0.0, 0.0, 0.0]],
        "left": [[1, 0, 0], [0, 0, 0]],
        "right": [[2, 0, 0], [0, 0, 0]],
        "value": [[0.0, -1.0, 2.0], [0.25, 0.0, 0.0]],
        "leaf": [[0, 1, 1], [1, 1, 1]],
    },
}


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_hand_made_trees_give_their_leaves_and_a_tie_goes_left() -> None:
    model = BoostedTrees.from_doc(DOC, 1, "test")
    got = model.probabilities([[0.0], [0.5], [0.5000001], [7.0]])
    want = [sigmoid(0.1 - 1.0 + 0.25)] * 2 + [sigmoid(0.1 + 2.0 + 0.25)] * 2
    assert got == pytest.approx(want, abs=1e-12)
    assert list(model.probabilities([])) == []


def test_a_far_out_score_is_a_probability_not_an_overflow() -> None:
    doc = {**DOC, "trees": {**DOC["trees"], "value": [[0.0, -1000.0, 1000.0], [0.0, 0.0, 0.0]]}}
    model = BoostedTrees.from_doc(doc, 1, "test")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        low, high = model.probabilities([[0.0], [1.0]])
    assert low == pytest.approx(0.0) and high == 1.0


def test_a_split_past_the_features_or_nodes_names_the_file() -> None:
    with pytest.raises(ValueError, match=r"data/x\.json: a split points past the 1 features"):
        BoostedTrees.from_doc({**DOC, "trees": {**DOC["trees"], "feature": [[3, 0, 0], [0, 0, 0]]}}, 1, "data/x.json")
    with pytest.raises(ValueError, match=r"data/x\.json: a split points past"):
        BoostedTrees.from_doc({**DOC, "trees": {**DOC["trees"], "right": [[9, 0, 0], [0, 0, 0]]}}, 1, "data/x.json")
    with pytest.raises(ValueError, match="one shape"):
        BoostedTrees.from_doc({**DOC, "trees": {**DOC["trees"], "value": [[0.0, 1.0], [0.0, 0.0]]}}, 1, "data/x.json")


def test_written_trees_score_as_scikit_learn_does() -> None:
    """``tree_document`` of a fitted HistGradientBoostingClassifier, read back, gives its probabilities."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    x = np.column_stack([rng.integers(0, 2, 600), rng.normal(size=600), np.round(rng.exponential(size=600), 2)])
    y = ((x[:, 0] == 1) & (x[:, 1] > 0.2)) | (x[:, 2] > 2.0)  # an interaction a linear model cannot draw
    y = y ^ (rng.random(600) < 0.05)
    model = HistGradientBoostingClassifier(max_iter=40, max_leaf_nodes=7, early_stopping=False, random_state=0)
    model.fit(x, y)
    ours = BoostedTrees.from_doc(tree_document(model), 3, "test").probabilities(x)
    assert np.abs(ours - model.predict_proba(x)[:, 1]).max() < 1e-6
