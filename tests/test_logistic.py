"""The one logistic-regression scorer the shipped models share (conflicts, same-fact, ...)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from benchmark_scripts import load_benchmark
from newsbrief.compare.conflict_model import ConflictModel
from newsbrief.logistic import Logistic

DOC = {"features": ["a", "b"], "mean": [1.0, 0.0], "scale": [2.0, 0.0], "coef": [1.0, -1.0], "intercept": 0.5}


def test_a_far_out_row_is_a_probability_not_an_overflow() -> None:
    # math.exp(1000) overflows: a candidate far from the training rows must score 0, not crash the brief
    model = Logistic((0.0,), (1.0,), (1.0,), 0.0, 0.5)
    assert model.probability([-1000.0]) == 0.0
    assert model.probability([1000.0]) == 1.0
    conflict = ConflictModel((0.0,), (1.0,), (1.0,), 0.0, 0.5)
    assert not conflict.accepts([-1000.0])


def test_one_row_and_a_matrix_score_alike_and_a_zero_scale_divides_as_one() -> None:
    model = Logistic.from_weights(DOC, ("a", "b"), "test")
    assert model.scale == (2.0, 1.0)
    rows = np.array([[1.0, 0.0], [3.0, 2.0], [-5.0, 1.0]])
    assert model.probabilities(rows) == pytest.approx([model.probability(r) for r in rows])
    assert model.probability([1.0, 0.0]) == pytest.approx(1 / (1 + np.exp(-0.5)))


def test_a_model_fitted_on_other_features_or_short_lists_is_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        Logistic.from_weights(DOC, ("a", "c"), "data/x.json")
    with pytest.raises(ValueError, match="one value per feature"):
        Logistic.from_weights({**DOC, "coef": [1.0]}, ("a", "b"), "data/x.json")


def test_what_the_benchmark_writer_writes_the_model_reads(tmp_path: Path) -> None:
    """``benchmarks/weights_file.py`` and :meth:`Logistic.from_weights` agree on the document (and on a zero
    scale), so a refit cannot ship a file the brief misreads."""
    writer = load_benchmark("weights_file")
    out = tmp_path / "model.json"
    writer.write_weights(
        out,
        how="test",
        features=("a", "b"),
        mean=np.array([1.0, 0.0]),
        scale=np.array([2.0, 0.0]),
        coef=np.array([1.0, -1.0]),
        intercept=np.float64(0.5),
        threshold=0.3,
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert not (tmp_path / "model.tmp").exists()
    model = Logistic.from_weights(doc, ("a", "b"), str(out))
    assert model == Logistic((1.0, 0.0), (2.0, 1.0), (1.0, -1.0), 0.5, 0.3)
