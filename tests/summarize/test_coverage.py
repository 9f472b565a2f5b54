"""Greedy + local search for budgeted coverage: budget, near-optimality by brute force, edge cases."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from newsbrief.summarize import ConceptILP
from newsbrief.summarize.coverage import max_coverage


def _value(inc: np.ndarray, w: np.ndarray, sub: list[int], bonus: np.ndarray | None = None) -> float:
    """Weight of the concepts the rows ``sub`` cover, plus their own bonus."""
    if not sub:
        return 0.0
    return float(w @ (inc[sub].sum(0) > 0)) + (float(bonus[sub].sum()) if bonus is not None else 0.0)


def _brute(
    inc: np.ndarray, w: np.ndarray, lengths: np.ndarray, budget: float, bonus: np.ndarray | None = None
) -> float:
    """The best value of any subset of rows within the budget, by trying them all."""
    n = len(lengths)
    subsets = (list(sub) for r in range(1, n + 1) for sub in combinations(range(n), r))
    return max((_value(inc, w, sub, bonus) for sub in subsets if lengths[sub].sum() <= budget), default=0.0)


@pytest.mark.parametrize("seed", range(8))
def test_local_search_is_close_to_optimal(seed: int) -> None:
    rng = np.random.default_rng(seed)
    inc = (rng.random((11, 25)) < 0.25).astype(float)
    w = rng.random(25) + 0.1
    lengths = rng.integers(5, 25, size=11).astype(float)
    budget = 45.0
    chosen = max_coverage(inc, w, lengths, budget)
    assert lengths[chosen].sum() <= budget
    assert _value(inc, w, chosen) >= 0.9 * _brute(inc, w, lengths, budget)


def test_edge_cases() -> None:
    assert max_coverage(np.zeros((0, 3)), np.ones(3), np.zeros(0), 10) == []
    inc = np.eye(3)
    assert max_coverage(inc, np.ones(3), np.array([20.0, 20.0, 20.0]), 10) == []
    assert max_coverage(inc, np.array([1.0, 5.0, 1.0]), np.array([5.0, 5.0, 5.0]), 5) == [1]


def test_large_clusters_use_local_search_within_budget() -> None:
    from newsbrief import Sentence

    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    sentences = [
        Sentence(
            article_id=f"a{k % 4}",
            index=k // 4,
            start=0,
            end=1,
            text=" ".join(words[(k * 3 + j) % 12] for j in range(7)) + ".",
        )
        for k in range(60)
    ]
    chosen = ConceptILP(exact_limit=10)(sentences, 40)
    assert chosen and sum(len(s.text.split()) for s in chosen) <= 40


def test_a_bonus_of_its_own_decides_between_equal_coverage() -> None:
    inc = np.array([[1.0, 0.0], [0.0, 1.0]])
    w = np.array([1.0, 1.0])
    lengths = np.array([10.0, 10.0])
    assert max_coverage(inc, w, lengths, 10.0) == [0]  # a tie: the first
    assert max_coverage(inc, w, lengths, 10.0, np.array([0.0, 0.5])) == [1]
    # a bonus smaller than the coverage it would cost does not win
    assert max_coverage(np.array([[1.0, 1.0], [0.0, 1.0]]), w, lengths, 10.0, np.array([0.0, 0.5])) == [0]


@pytest.mark.parametrize("seed", range(4))
def test_bonus_solvers_agree_with_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    inc = (rng.random((9, 20)) < 0.3).astype(float)
    w = rng.random(20) + 0.1
    lengths = rng.integers(5, 20, size=9).astype(float)
    bonus = rng.random(9) * 2
    budget = 35.0
    got = max_coverage(inc, w, lengths, budget, bonus)
    assert lengths[got].sum() <= budget
    assert _value(inc, w, got, bonus) >= 0.9 * _brute(inc, w, lengths, budget, bonus)


@pytest.mark.parametrize("seed", range(6))
def test_pairs_kept_apart_are_never_chosen_together(seed: int) -> None:
    """Local search with pairs kept apart: no pair in the answer, within budget, and close to the best subset
    that holds no pair (by brute force)."""
    from scipy.sparse import csr_array

    rng = np.random.default_rng(seed)
    n = 10
    inc = (rng.random((n, 22)) < 0.3).astype(float)
    w = rng.random(22) + 0.1
    lengths = rng.integers(5, 20, size=n).astype(float)
    pairs = {tuple(sorted(rng.choice(n, 2, replace=False).tolist())) for _ in range(6)}
    both = np.array([*pairs, *((b, a) for a, b in pairs)])
    apart = csr_array((np.ones(len(both)), (both[:, 0], both[:, 1])), shape=(n, n))
    chosen = max_coverage(inc, w, lengths, 50.0, apart=apart)
    assert lengths[chosen].sum() <= 50.0
    assert not any(a in chosen and b in chosen for a, b in pairs)
    best = max(
        _value(inc, w, list(sub))
        for r in range(1, n + 1)
        for sub in combinations(range(n), r)
        if lengths[list(sub)].sum() <= 50.0 and not any(a in sub and b in sub for a, b in pairs)
    )
    assert _value(inc, w, chosen) >= 0.85 * best


def _sparse_calls(fn) -> int:
    """How many Python functions of ``scipy.sparse`` run while ``fn()`` does (a count, not a time)."""
    import sys

    calls = 0

    def count(frame, event, arg) -> None:
        nonlocal calls
        if event == "call" and "scipy/sparse" in frame.f_code.co_filename.replace("\\", "/"):
            calls += 1

    sys.setprofile(count)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return calls


def test_the_search_steps_make_no_sparse_products() -> None:
    """Each greedy and local-search step tested the pairs kept apart with a scipy product and column slice (~50 us
    of set-up each, about half the search's time on a Multi-News pool): without pairs none is made, and with pairs
    their matrix is read once, however many steps the search takes."""
    from scipy.sparse import csr_array

    rng = np.random.default_rng(3)
    n = 60
    inc = (rng.random((n, 150)) < 0.08).astype(float)
    w = rng.random(150) + 0.1
    lengths = rng.integers(5, 30, size=n).astype(float)
    assert _sparse_calls(lambda: max_coverage(inc, w, lengths, 300.0)) == 0
    apart = csr_array((np.ones(4), ([0, 1, 2, 3], [1, 0, 3, 2])), shape=(n, n))
    few, many = (_sparse_calls(lambda b=b: max_coverage(inc, w, lengths, b, apart=apart)) for b in (40.0, 400.0))
    assert few == many


def test_pairs_kept_apart_in_a_huge_pool_take_memory_in_proportion_to_the_pairs() -> None:
    """A pasted page of thousands of sentences: the pairs kept apart must not become an n x n matrix (4,000 rows would
    be 128 MB, and a product of it per search step took the one-large-line hostile test past its limit)."""
    import tracemalloc

    from scipy.sparse import csr_array

    rng = np.random.default_rng(5)
    n = 4_000
    inc = (rng.random((n, 40)) < 0.05).astype(float)
    w = rng.random(40) + 0.1
    lengths = rng.integers(5, 30, size=n).astype(float)
    apart = csr_array((np.ones(4), ([0, 1, 2, 3], [1, 0, 3, 2])), shape=(n, n))
    tracemalloc.start()
    try:
        chosen = max_coverage(inc, w, lengths, 60.0, apart=apart)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not ({0, 1} <= set(chosen) or {2, 3} <= set(chosen))
    assert peak < 40 * 2**20, f"{peak / 2**20:.0f} MB"
