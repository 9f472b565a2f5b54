"""Two sentences a conflict sets against each other are never also shown as agreeing (issue 12, item 3)."""

from __future__ import annotations

import numpy as np

from newsbrief.analysis import analyse
from newsbrief.compare.conflict_support import drop_conflicting_facts
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.compare.facts import align_facts
from newsbrief.model import Article, Sentence

TEXTS = (
    "Two yachts were missing after the storm in the Bass Strait on Sunday.",
    "Three yachts were missing after the storm in the Bass Strait on Sunday.",
    "Two yachts were missing after the storm in the Bass Strait, officials said.",
)


def _sentences() -> list[Sentence]:
    return [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate(TEXTS)]


def test_a_shared_fact_keeps_one_side_of_a_conflict() -> None:
    """Two sides: "two yachts" (2 sources) against "three yachts" (1): the three sentences align as one shared fact
    ("reported by 3", as d30029t's brief showed it beside the conflict); the fact keeps the side it shows."""
    sentences = _sentences()
    same = 1.0 - np.eye(3)
    (conflict,) = find_conflicts(sentences, same, threshold=0.5, texts={s.article_id: s.text for s in sentences})
    assert [side.article_ids for side in conflict.sides] == [("s0", "s2"), ("s1",)]
    (fact,) = align_facts(sentences, same, threshold=0.5, eligible=[True, True, True])
    assert {s.article_id for s in fact.spans} == {"s0", "s1", "s2"}
    kept = drop_conflicting_facts([fact], [conflict])
    for f in kept:
        on = {n for n, side in enumerate(conflict.sides) for s in f.spans if s.article_id in side.article_ids}
        assert len(on) == 1
    shown_side = next(n for n, side in enumerate(conflict.sides) if any(s.text == fact.text for s in side.sentences))
    assert (kept != ()) == (shown_side == 0)  # the side of two sources stays a shared fact; one source does not
    assert drop_conflicting_facts([fact], []) == (fact,)


def test_the_brief_analysis_never_shows_the_two_sides_as_one_fact() -> None:
    articles = [Article(id=f"s{k}", text=t) for k, t in enumerate(TEXTS)]
    analysis = analyse(articles, _sentences(), [True, True, True], 1.0 - np.eye(3), threshold=0.5,
                       conflict_decision="rules")  # fmt: skip
    (conflict,) = analysis.conflicts
    for fact in analysis.facts:
        on = {n for n, side in enumerate(conflict.sides) for s in fact.spans if s.article_id in side.article_ids}
        assert len(on) <= 1, fact
