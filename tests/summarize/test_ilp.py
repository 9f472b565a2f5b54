"""The concept ILP: budget, coverage over redundancy, edge cases; checked by brute force."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations, pairwise

import numpy as np
import pytest

from newsbrief import Sentence
from newsbrief.summarize import ConceptILP, ConceptWeights, ilp
from newsbrief.summarize.concepts import sentence_concepts
from newsbrief.text.tokens import stems, word_count
from synthetic import sentences_of

CLUSTER = sentences_of(
    [
        ("a", "The council closed the old bridge on Tuesday."),
        ("a", "The old bridge was damaged by spring floods."),
        ("a", "Shop owners fear losing customers."),
        ("b", "The council closed the old bridge after a vote."),
        ("b", "Spring floods damaged the old bridge badly."),
        ("c", "The council closed the old bridge for six months."),
        ("c", "A replacement will cost 40 million dollars."),
    ]
)


def _best_value(selector: ConceptILP, cluster: list[Sentence], budget: int) -> tuple[float, Callable]:
    """The best coverage any subset within the budget reaches (brute force), and the value of a subset."""
    _, weights = selector.weights.weigh(cluster)

    def value(subset: tuple[Sentence, ...] | list[Sentence]) -> float:
        covered = set().union(*(sentence_concepts(s.text) for s in subset)) if subset else set()
        return sum(weights.get(c, 0.0) for c in covered)

    best = max(
        value(sub)
        for r in range(len(cluster) + 1)
        for sub in combinations(cluster, r)
        if sum(word_count(s.text) for s in sub) <= budget
    )
    return best, value


@pytest.mark.parametrize("budget", [5, 9, 10, 18, 25, 100])
def test_budget_respected_and_optimal(budget: int) -> None:
    selector = ConceptILP(ConceptWeights(position_weight=0.0))
    chosen = selector(CLUSTER, budget)
    assert sum(word_count(s.text) for s in chosen) <= budget
    # Brute force over all subsets: the ILP reaches the best coverage.
    best, value = _best_value(selector, CLUSTER, budget)
    assert value(tuple(chosen)) == pytest.approx(best)


def test_prefers_shared_content_and_avoids_repeating_it() -> None:
    chosen = ConceptILP()(CLUSTER, 18)
    texts = [s.text for s in chosen]
    # Three sentences say "the council closed the old bridge": at most one is taken.
    assert sum("council closed the old bridge" in t for t in texts) == 1
    assert any("floods" in t for t in texts)


def test_budget_shorter_than_any_sentence() -> None:
    assert ConceptILP()(CLUSTER, 3) == []


def test_eligibility_is_obeyed() -> None:
    eligible = [s.article_id != "a" for s in CLUSTER]
    chosen = ConceptILP()(CLUSTER, 100, eligible)
    assert chosen and all(s.article_id != "a" for s in chosen)


def test_empty_and_single_sentence() -> None:
    assert ConceptILP()([], 100) == []
    one = sentences_of([("a", "Only one sentence here.")])
    assert ConceptILP()(one, 100) == one


BIGGER = sentences_of(
    [
        ("a", "The council closed the old bridge on Tuesday."),
        ("a", "The old bridge was damaged by spring floods."),
        ("a", "Shop owners fear losing customers."),
        ("a", "The mayor said repairs would start in May."),
        ("b", "The council closed the old bridge after a vote."),
        ("b", "Spring floods damaged the old bridge badly."),
        ("b", "Commuters must now drive around the lake."),
        ("b", "The mayor said the council had no choice."),
        ("c", "The council closed the old bridge for six months."),
        ("c", "A replacement will cost 40 million dollars."),
        ("c", "Shop owners on the east side fear losing customers."),
        ("c", "Commuters must now drive an extra 20 minutes."),
    ]
)


@pytest.mark.parametrize("budget", [10, 20, 30, 45])
def test_highs_path_is_optimal_above_the_enumeration_limit(budget: int) -> None:
    """12 candidates with ``exact_limit`` above them: HiGHS solves the program built from the pool's matrix."""
    selector = ConceptILP(ConceptWeights(position_weight=0.0), exact_limit=50)
    chosen = selector(BIGGER, budget)
    assert sum(word_count(s.text) for s in chosen) <= budget
    best, value = _best_value(selector, BIGGER, budget)
    assert value(chosen) == pytest.approx(best)


@pytest.mark.parametrize("budget", [10, 20, 30, 45])
def test_local_search_path_fits_and_is_near_optimal(budget: int) -> None:
    selector = ConceptILP(ConceptWeights(position_weight=0.0))
    chosen = selector(BIGGER, budget)
    assert sum(word_count(s.text) for s in chosen) <= budget
    best, value = _best_value(selector, BIGGER, budget)
    assert value(chosen) >= 0.9 * best


def _merged_by_dict(candidates, per_sentence, concepts):  # type: ignore[no-untyped-def]
    """The merge as the selector first wrote it (a dict keyed on each concept's tuple of candidates)."""
    members: dict = {}
    for j, i in enumerate(candidates):
        for c in per_sentence[i]:
            if c in concepts:
                members.setdefault(c, []).append(j)
    merged: dict = {}
    for c, rows in members.items():
        merged[tuple(rows)] = merged.get(tuple(rows), 0.0) + concepts[c]
    return merged


@pytest.mark.parametrize("max_concepts", [5, 40, 3000])
def test_pool_columns_and_merge_match_the_concept_sets(max_concepts: int) -> None:
    """The pool's sparse rows give the same concepts (the heaviest ``max_concepts``, ties by concept) and the
    same merged columns (as sets of candidates, with the same summed weights) as the per-sentence sets."""
    selector = ConceptILP(max_concepts=max_concepts)
    pool = selector._pool(BIGGER)
    per_sentence, weights = selector.weights.weigh(BIGGER)
    for candidates in ([0, 2, 3, 5, 6, 9, 11], list(range(12)), [1, 4, 8]):
        present = set().union(*(per_sentence[i] for i in candidates))
        if len(present) > max_concepts:
            present = set(sorted(present, key=lambda c: (-weights.get(c, 0.0), c))[:max_concepts])
        concepts = {c: weights[c] for c in present if weights.get(c, 0.0) > 0}
        rows = pool.incidence[candidates]
        columns = selector._columns(pool, rows)
        assert {pool.concepts[k] for k in columns} == set(concepts)
        merged, incidence = ilp._merged_incidence(rows, pool.weights, columns)
        got = {tuple(np.flatnonzero(incidence[:, k]).tolist()): merged[k] for k in range(len(merged))}
        want = _merged_by_dict(candidates, per_sentence, concepts)
        assert got.keys() == want.keys()
        assert all(got[key] == pytest.approx(want[key]) for key in want)
        firsts = [int(np.argmax(incidence[:, k])) for k in range(incidence.shape[1])]
        assert firsts == sorted(firsts)  # merged columns come in the order of their first candidate


def test_the_merge_never_holds_the_candidates_by_concepts_matrix_as_floats() -> None:
    """A huge story's merge (BENCHMARKS.md, issue 14, "Session 14", bigstory16): 3,000 candidates x 2,000 concepts of 20
    patterns. The float ``toarray()`` of the candidates' rows (48 MB) was the summary stage's peak; the bool matrix
    (6 MB) is all the merge needs, and gives the same columns and weights."""
    import tracemalloc

    from scipy.sparse import csr_array

    n, m = 3000, 2000
    patterns = np.random.default_rng(7).random((n, 20)) < 0.02  # sparse, as sentences x concepts are
    rows = csr_array(patterns[:, np.arange(m) % 20].astype(float))
    weights = np.linspace(0.5, 2.0, m)
    columns = np.arange(m)
    tracemalloc.start()
    try:
        merged, incidence = ilp._merged_incidence(rows, weights, columns)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < n * m * 8 / 2
    dense = rows.toarray() > 0  # the merge as it was, by its definition: columns by the set of rows holding them
    keys = {}
    for k in range(m):
        keys.setdefault(dense[:, k].tobytes(), []).append(k)
    assert len(merged) == len(keys) == 20
    for k in range(len(merged)):
        same = keys[(incidence[:, k] > 0).tobytes()]
        assert merged[k] == sum(weights[same].tolist()) or merged[k] == pytest.approx(weights[same].sum())


def test_a_pool_drops_its_last_merge_before_building_the_next() -> None:
    """Two merges of different candidates are never held at once (each is candidates x merged concepts)."""
    import weakref

    selector = ConceptILP()
    pool = selector._pool(BIGGER)
    first = list(range(12))
    rows = pool.incidence[first]
    before = weakref.ref(pool.merged(first, rows, selector._columns(pool, rows))[1])
    seen: list[bool] = []
    original = ilp._merged_incidence

    def merge(*args: object) -> tuple[np.ndarray, np.ndarray]:
        seen.append(before() is None)
        return original(*args)

    ilp._merged_incidence = merge
    try:
        second = [0, 2, 3, 5]
        rows = pool.incidence[second]
        pool.merged(second, rows, selector._columns(pool, rows))
    finally:
        ilp._merged_incidence = original
    assert seen == [True]


APART_CLUSTER = [
    *CLUSTER,
    *sentences_of(
        [
            ("d", "Shop owners near the old bridge fear losing customers for six months."),
            ("d", "Engineers said spring floods had weakened the bridge for years."),
            ("e", "The replacement bridge will open in 2026, the council said."),
        ]
    ),
]


@pytest.mark.parametrize(
    ("cluster", "exact_limit"),
    [(CLUSTER, 8), (APART_CLUSTER, 100), (APART_CLUSTER, 0)],  # enumeration, HiGHS, local search
)
def test_select_apart_never_takes_both_of_a_pair(cluster: list[Sentence], exact_limit: int) -> None:
    """Every solver honours pairs kept apart; the exact ones reach the best coverage of any choice without the
    pair (by brute force), i.e. they keep whichever of the two the best summary needs."""
    selector = ConceptILP(ConceptWeights(position_weight=0.0), exact_limit=exact_limit)
    eligible = [True] * len(cluster)
    budget = 30
    free = selector.select(cluster, budget, eligible)
    assert len(free) >= 2
    pair = (free[0], free[1])
    kept = selector.select_apart(cluster, budget, eligible, {pair})
    assert kept and not {pair[0], pair[1]} <= set(kept)
    assert sum(word_count(cluster[i].text) for i in kept) <= budget
    if exact_limit:
        _, value = _best_value(selector, cluster, budget)
        best = max(
            value(sub)
            for r in range(len(cluster) + 1)
            for sub in combinations(cluster, r)
            if sum(word_count(s.text) for s in sub) <= budget and not {cluster[pair[0]], cluster[pair[1]]} <= set(sub)
        )
        assert value([cluster[i] for i in kept]) == pytest.approx(best)


def test_concepts_and_columns_come_in_text_order() -> None:
    """A set of strings iterates in an order salted per process (PYTHONHASHSEED), and the concept columns decide the
    selection's ties (``multinews-val-3717`` came out two ways): concepts follow the text, columns the sentences."""
    text = "The council closed the old bridge on Tuesday after the floods and the council met again"
    words = stems(text)
    in_text = list(pairwise(words))
    assert len(in_text) > len(set(in_text)) > 10  # "the council" twice
    assert list(sentence_concepts(text)) == [p for k, p in enumerate(in_text) if p not in in_text[:k]]
    selector = ConceptILP()
    pool = selector._pool(CLUSTER)
    seen = []
    for s in CLUSTER:
        seen.extend(c for c in sentence_concepts(s.text) if c not in seen)
    assert pool.concepts == seen
