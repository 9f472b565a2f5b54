"""The concept ILP: budget, coverage over redundancy, edge cases; checked by brute force."""

from __future__ import annotations

from itertools import combinations

import pytest

from newsbrief import Sentence
from newsbrief.summarize import ConceptILP, ConceptWeights
from newsbrief.summarize.concepts import sentence_concepts
from newsbrief.text.tokens import word_count
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


@pytest.mark.parametrize("budget", [5, 9, 10, 18, 25, 100])
def test_budget_respected_and_optimal(budget: int) -> None:
    selector = ConceptILP(ConceptWeights(position_weight=0.0))
    chosen = selector(CLUSTER, budget)
    assert sum(word_count(s.text) for s in chosen) <= budget
    # Brute force over all subsets: the ILP reaches the best coverage.
    _, weights = selector.weights.weigh(CLUSTER)

    def value(subset: tuple[Sentence, ...]) -> float:
        covered = set().union(*(sentence_concepts(s.text) for s in subset)) if subset else set()
        return sum(weights.get(c, 0.0) for c in covered)

    best = max(
        value(sub)
        for r in range(len(CLUSTER) + 1)
        for sub in combinations(CLUSTER, r)
        if sum(word_count(s.text) for s in sub) <= budget
    )
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
