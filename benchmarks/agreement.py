"""Cohen's kappa: the one agreement measure of every labelled set's build script (trust, entities, conflicts,
timeline, sentence boundaries), so that their figures in tests/data/README.md are computed alike."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable


def cohen_kappa(a: Iterable[Hashable], b: Iterable[Hashable]) -> float:
    """Cohen's kappa of two labellings of the same items, in the same order.

    0.0 when there is no item; 1.0 when agreement by chance is certain (both used one and the same label
    throughout), where the formula divides by zero.
    """
    pairs = list(zip(a, b, strict=True))
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    expected = sum(ca[k] * cb[k] for k in ca.keys() | cb.keys()) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)
