"""Extrinsic clustering metrics: B-cubed precision, recall and F1, and the adjusted Rand index.

B-cubed (Bagga and Baldwin 1998; argued for by Amigó et al. 2009, "A comparison of extrinsic clustering
evaluation metrics based on formal constraints") scores every item: its precision is the share of its
predicted cluster that truly belongs with it, its recall the share of its true cluster that was predicted
with it (both counting the item itself); the corpus scores are the means over items. Unlike purity it
punishes both lumping and splitting, and unlike pair counting it does not let the largest clusters
dominate. The adjusted Rand index (Hubert and Arabie 1985) is the chance-corrected pair-counting score,
computed by scikit-learn.

Both clusterings are given as lists of clusters of item ids; every item must appear exactly once in each
(a duplicate is scored as an item of the story its kept copy was put in).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsbrief.errors import ConfigError

__all__ = ["ClusterScore", "adjusted_rand", "bcubed", "labels_of", "score_clustering"]


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """B-cubed precision, recall and F1 plus ARI of one predicted clustering against the truth."""

    precision: float
    recall: float
    f1: float
    ari: float
    n_items: int
    n_predicted: int
    n_true: int


def labels_of(clusters: Iterable[Iterable[str]]) -> dict[str, int]:
    """Map each item id to the index of its cluster.

    Raises:
        ConfigError: an item appears in two clusters (a clustering must be a partition).
    """
    labels: dict[str, int] = {}
    for index, cluster in enumerate(clusters):
        for item in cluster:
            if item in labels:
                raise ConfigError(
                    f"item {item!r} appears in clusters {labels[item]} and {index}; "
                    "a clustering must put every item in exactly one cluster"
                )
            labels[item] = index
    return labels


def _aligned(predicted: Sequence[Sequence[str]], truth: Sequence[Sequence[str]]) -> tuple[list[int], list[int]]:
    """Return the predicted and true labels of the same items, in the same order.

    Raises:
        ConfigError: the two clusterings do not cover the same items.
    """
    pred = labels_of(predicted)
    true = labels_of(truth)
    if pred.keys() != true.keys():
        missing = sorted(true.keys() - pred.keys())[:5]
        extra = sorted(pred.keys() - true.keys())[:5]
        raise ConfigError(
            f"predicted and true clusterings cover different items "
            f"(missing from prediction e.g. {missing}, unknown e.g. {extra}); "
            "every input article, duplicates included, must be in exactly one story"
        )
    items = list(true)
    return [pred[i] for i in items], [true[i] for i in items]


def bcubed(predicted: Sequence[Sequence[str]], truth: Sequence[Sequence[str]]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` against ``truth``.

    Computed from the contingency table in O(n): an item in predicted cluster c and true cluster k has
    precision n_ck / |c| and recall n_ck / |k|, and the n_ck items of that cell share those values.
    Two empty clusterings score (1.0, 1.0, 1.0): nothing was mis-clustered.

    Raises:
        ConfigError: the clusterings are not partitions of the same items.
    """
    pred, true = _aligned(predicted, truth)
    n = len(pred)
    if n == 0:
        return 1.0, 1.0, 1.0
    cells = Counter(zip(pred, true, strict=True))
    pred_sizes = Counter(pred)
    true_sizes = Counter(true)
    precision = sum(m * m / pred_sizes[c] for (c, _k), m in cells.items()) / n
    recall = sum(m * m / true_sizes[k] for (_c, k), m in cells.items()) / n
    f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def adjusted_rand(predicted: Sequence[Sequence[str]], truth: Sequence[Sequence[str]]) -> float:
    """Adjusted Rand index (scikit-learn's) of ``predicted`` against ``truth``; 1.0 for empty input.

    Raises:
        ConfigError: the clusterings are not partitions of the same items.
    """
    from sklearn.metrics import adjusted_rand_score

    pred, true = _aligned(predicted, truth)
    if not pred:
        return 1.0
    return float(adjusted_rand_score(true, pred))


def score_clustering(predicted: Sequence[Sequence[str]], truth: Sequence[Sequence[str]]) -> ClusterScore:
    """All the scores of ``predicted`` against ``truth`` in one named result."""
    precision, recall, f1 = bcubed(predicted, truth)
    return ClusterScore(
        precision=precision,
        recall=recall,
        f1=f1,
        ari=adjusted_rand(predicted, truth),
        n_items=sum(len(c) for c in truth),
        n_predicted=len(predicted),
        n_true=len(truth),
    )
