"""B-cubed and ARI (newsbrief.stories.metrics) against values computed by hand."""

from __future__ import annotations

import pytest

from newsbrief.errors import ConfigError
from newsbrief.stories import adjusted_rand, bcubed, score_clustering

TRUTH = [["a", "b", "c"], ["d", "e"]]
PRED = [["a", "b"], ["c", "d", "e"]]


def test_bcubed_by_hand() -> None:
    # precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15
    # recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
    precision, recall, f1 = bcubed(PRED, TRUTH)
    assert precision == pytest.approx(11 / 15)
    assert recall == pytest.approx(11 / 15)
    assert f1 == pytest.approx(11 / 15)


def test_ari_by_hand() -> None:
    # pairs together in both: {a,b}, {d,e} = 2; predicted pairs 1 + 3 = 4; true pairs 3 + 1 = 4; all 10
    # expected 4 * 4 / 10 = 1.6, max (4 + 4) / 2 = 4 -> (2 - 1.6) / (4 - 1.6) = 1/6
    assert adjusted_rand(PRED, TRUTH) == pytest.approx(1 / 6)


def test_lumping_and_splitting() -> None:
    assert bcubed([["a", "b", "c", "d", "e"]], TRUTH) == pytest.approx((13 / 25, 1.0, 2 * 13 / 25 / (1 + 13 / 25)))
    precision, recall, _ = bcubed([[x] for x in "abcde"], TRUTH)
    assert (precision, recall) == pytest.approx((1.0, (3 * 1 / 3 + 2 * 1 / 2) / 5))


def test_identical_clusterings_score_one() -> None:
    score = score_clustering(TRUTH, TRUTH)
    assert (score.precision, score.recall, score.f1, score.ari) == pytest.approx((1.0, 1.0, 1.0, 1.0))
    assert (score.n_items, score.n_predicted, score.n_true) == (5, 2, 2)


def test_empty_clusterings_score_one() -> None:
    assert bcubed([], []) == (1.0, 1.0, 1.0)
    assert adjusted_rand([], []) == 1.0


def test_different_items_are_refused() -> None:
    with pytest.raises(ConfigError, match="different items"):
        bcubed([["a", "b"]], [["a", "c"]])


def test_item_in_two_clusters_is_refused() -> None:
    with pytest.raises(ConfigError, match="exactly one cluster"):
        bcubed([["a"], ["a", "b"]], [["a", "b"]])
