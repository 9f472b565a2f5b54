"""The learned conflict decision (issue 12): its features on literal pairs, the shipped model, and its use."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.compare.conflict_model import FEATURES, ConflictModel, shipped_model
from newsbrief.compare.conflicts import candidates, find_conflicts
from newsbrief.compare.value_pairs import pair_features
from newsbrief.config import BriefConfig
from newsbrief.model import Sentence


def _pair(a: str, b: str, p: float) -> tuple[list[Sentence], np.ndarray, dict[str, str]]:
    sentences = [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate((a, b))]
    return sentences, np.array([[0.0, p], [p, 0.0]]), {"s0": a, "s1": b}


def _features(a: str, b: str, p: float) -> dict[str, float]:
    sentences, same, texts = _pair(a, b, p)
    (c,) = candidates(sentences, same, threshold=0.2, texts=texts)
    return dict(zip(FEATURES, pair_features(a, b, c.x, c.y, c.same_fact), strict=True))


def test_features_of_two_counts_of_one_thing() -> None:
    f = _features(
        "The fire at the factory killed 12 people on Monday.",
        "The fire at the factory killed 15 people on Monday.",
        0.8,
    )
    assert f["same_fact"] == 0.8
    assert (f["kind_count"], f["kind_name"], f["kind_date"]) == (1.0, 0.0, 0.0)
    assert f["gap"] == pytest.approx(3 / 15)  # 12 against 15: a fifth of the larger
    assert f["keyed"] == 1.0  # both count "people"
    assert f["quoted"] == 0.0 and f["crowded"] == 0.0


def test_features_of_a_name_spelt_two_ways() -> None:
    f = _features("The envoy, Gerard Oliveras, met the minister.", "The envoy, Gerard Olivares, met the minister.", 0.9)
    assert f["kind_name"] == 1.0
    assert 0.0 < f["gap"] < 0.5  # alike but for two letters
    assert f["keyed"] == 0.0


def test_a_quoted_and_a_crowded_sentence_are_marked() -> None:
    f = _features('"We saw 12 people and 3 dogs," she said of the fire.', "She saw 15 people in the fire.", 0.6)
    assert f["quoted"] == 1.0 and f["crowded"] == 1.0


def test_the_shipped_model_loads_and_a_wrong_feature_list_is_refused() -> None:
    model = shipped_model()
    assert len(model.coef) == len(FEATURES) and 0.0 < model.threshold < 1.0
    raw = {"features": ["same_fact"], "mean": [0], "scale": [1], "coef": [1], "intercept": 0, "threshold": 0.5}
    with pytest.raises(ValueError, match="features"):
        ConflictModel.from_json(raw)


def test_a_farther_value_is_less_likely_a_disagreement_of_one_fact() -> None:
    """Learned from the labels: "12 people" against "150 people" in aligned sentences is more often two
    different counts than one count told two ways; against "15 people", one count."""
    model = shipped_model()
    near = _features("The fire killed 12 people in the factory.", "The fire killed 15 people in the factory.", 0.8)
    far = _features("The fire killed 12 people in the factory.", "The fire killed 150 people in the factory.", 0.8)
    assert model.probability(list(far.values())) < model.probability(list(near.values()))


@pytest.mark.parametrize(
    ("a", "b", "p", "kept"),
    [
        # one count, one age told two ways: kept
        ("The fire at the factory killed 12 people on Monday.", "The fire at the factory killed 15 people on Monday.",
         0.8, True),
        ("Police said Johnson, 25, was arrested at the scene.", "Police said Johnson, 24, was arrested at the scene.",
         0.9, True),
        # look-alike: two readings of the wind, loosely aligned, no shared names: the rules list it, the model not
        ("Winds of 8 mph were recorded at the airport.", "Winds of 2 mph were recorded at the airport later.",
         0.45, False),
    ],
)  # fmt: skip
def test_the_learned_decision_on_literal_pairs(a: str, b: str, p: float, kept: bool) -> None:
    sentences, same, texts = _pair(a, b, p)
    assert len(find_conflicts(sentences, same, threshold=0.2, texts=texts)) == 1  # the rules alone
    assert len(find_conflicts(sentences, same, threshold=0.2, texts=texts, decision="both")) == int(kept)


def test_the_learned_decision_is_the_default() -> None:
    """Chosen on the development labels (benchmarks/conflict_model.py --cv): the learned decision over the
    looser candidates; the shipped model carries the cut-off chosen with it."""
    assert BriefConfig().conflict_decision == "learned"
    assert 0.0 < shipped_model().threshold < 1.0
