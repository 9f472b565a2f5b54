"""The support-loss diagnostic (``benchmarks/support_losses.py``) names the stage of the real support rule that
drops a labelled same-fact pair: the tables in BENCHMARKS.md ("Session 19, support19") rest on it."""

from __future__ import annotations

import pytest

from benchmark_scripts import load_benchmark
from newsbrief.model import Sentence

support_losses = load_benchmark("support_losses")
trust_labels = load_benchmark("trust_labels")
trust_items = load_benchmark("trust_items")

TEXTS = {
    "a": [
        "The city council of Riverton voted on Tuesday to close the old Wren river bridge to all traffic.",
        "Engineers found deep cracks in two of the bridge's steel supports during an inspection in May.",
        "Residents will have to drive an extra twenty minutes to reach the hospital.",
        "Riverton's city council voted on Tuesday to close the old Wren river bridge to all ...",
    ],
    "b": [
        "Riverton's city council voted on Tuesday to close the old Wren river bridge to all traffic.",
        "An inspection in May turned up cracking in the steel beams that hold up the span, officials said.",
        "People living nearby face a longer trip to the medical center.",
    ],
}


def _cluster(labels: dict[tuple[tuple[str, int], tuple[str, int]], str]):
    sentences = []
    for article, texts in TEXTS.items():
        start = 0
        for index, text in enumerate(texts):
            sentences.append(Sentence(article, index, start, start + len(text), text))
            start += len(text) + 1
    return trust_labels.LabelledCluster(
        cluster=trust_items.StoryCluster("riverton", "synthetic", (), ()),
        split="dev",
        sentences=sentences,
        pair_labels={frozenset(pair): label for pair, label in labels.items()},
    )


@pytest.fixture(scope="module")
def stages():
    lc = _cluster(
        {
            (("a", 0), ("b", 0)): "same",  # the same sentence reworded a little: linked
            (("a", 1), ("b", 1)): "same",  # a paraphrase the word-overlap model scores below 0.97
            (("a", 2), ("b", 2)): "same",  # the same fact in other words: no shared content word at all
            (("a", 3), ("b", 0)): "same",  # a cut teaser ("...") is debris: never scored
            (("a", 1), ("b", 0)): "different",
            (("a", 0), ("b", 1)): trust_labels.DISPUTED,  # left out, as trust.py leaves it out
        }
    )
    return {tuple(sorted(pair)): value for pair, value in support_losses.pair_stages(lc, 0.97).items()}


def test_a_linked_pair_is_found(stages):
    stage, probability = stages[(("a", 0), ("b", 0))]
    assert stage == "found"
    assert probability >= 0.97


def test_a_paraphrase_below_the_threshold_is_lost_at_the_model(stages):
    stage, probability = stages[(("a", 1), ("b", 1))]
    assert stage == "model"
    assert 0.0 < probability < 0.97


def test_a_pair_sharing_no_words_is_lost_at_retrieval(stages):
    assert stages[(("a", 2), ("b", 2))] == ("retrieval", 0.0)


def test_a_teaser_is_lost_at_the_debris_gate_not_the_model(stages):
    assert stages[(("a", 3), ("b", 0))] == ("gate", 0.0)


def test_disputed_pairs_are_left_out_and_other_pairs_staged_alike(stages):
    assert (("a", 0), ("b", 1)) not in stages
    assert stages[(("a", 1), ("b", 0))][0] in {"retrieval", "model"}
