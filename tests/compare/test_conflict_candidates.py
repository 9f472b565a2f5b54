"""The recall-oriented candidate step of conflicts (issue 12) and the decisions over it, on literal sentences."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.compare.conflict_candidates import loose_candidates, loose_pairs, score
from newsbrief.compare.conflict_model import FEATURES
from newsbrief.compare.conflicts import candidates, find_conflicts, learned_candidates
from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.model import Sentence


def _texts(pairs: list[tuple]) -> set[tuple[str, str]]:
    return {(x.text, y.text) for x, y in pairs}


def test_counts_the_strict_rules_drop_are_candidates() -> None:
    """Session 5's misses: counts of charges told two ways, without a word in common around the values."""
    a = "Prosecutors charged him with 12 counts of fraud on Monday."
    b = "He faces 14 counts, the indictment unsealed Monday shows."
    assert ("12 counts", "14 counts") in _texts(loose_pairs(a, b))


def test_a_value_the_other_sentence_also_states_is_not_a_candidate() -> None:
    a = "The storm killed 12 people, officials said, though others said 15 people died."
    b = "The storm killed 15 people in the town."
    assert ("12 people", "15 people") not in _texts(loose_pairs(a, b))  # a states b's 15 too: two versions in a


def test_values_that_agree_or_names_that_are_another_word_are_not_candidates() -> None:
    assert not loose_pairs("About 300 people marched.", "Police said 317 people marched.")  # rounding
    assert not loose_pairs("The Democrats won.", "Democratic leaders won.")
    assert _texts(loose_pairs("Officer Gerard Oliveras fired.", "Officer Gerard Olivares fired.")) == {
        ("Oliveras", "Olivares")
    }


def test_candidates_are_between_articles_at_or_above_the_floor_and_ordered_by_score() -> None:
    texts = ["The fire killed 12 people.", "The fire killed 15 people.", "The fire killed 14 people."]
    cosine = np.array([[0, 0.8, 0.05], [0.8, 0, 0.8], [0.05, 0.8, 0]])
    found = list(loose_candidates(["s0", "s1", "s1"], texts, cosine, floor=0.1))
    assert {(c.i, c.j) for c in found} == {(0, 1)}  # (1, 2) one article, (0, 2) below the floor
    near = next(iter(loose_candidates(["a", "b"], texts[:2], cosine[:2, :2])))
    far = next(iter(loose_candidates(["a", "b"], ["The fire killed 2 people.", texts[1]], cosine[:2, :2])))
    assert score(near) > score(far)  # 12 against 15 rather than 2 against 15


def _pair(a: str, b: str, p: float) -> tuple[list[Sentence], np.ndarray, dict[str, str]]:
    sentences = [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate((a, b))]
    return sentences, np.array([[0.0, p], [p, 0.0]]), {"s0": a, "s1": b}


def test_the_learned_candidates_hold_the_rules_ones_marked_and_the_looser_ones() -> None:
    def rows(a: str, b: str) -> dict[tuple[str, str], dict[str, float]]:
        sentences, same, texts = _pair(a, b, 0.6)
        strict = {(c.x.text, c.y.text) for c in candidates(sentences, same, threshold=0.2, texts=texts)}
        out = {(c.x.text, c.y.text): dict(zip(FEATURES, row, strict=True))
               for c, row in learned_candidates(sentences, same, threshold=0.2, texts=texts)}  # fmt: skip
        assert strict <= set(out)
        return out

    strict = rows("The fire at the factory killed 12 people on Monday.", "The fire at the factory killed 15 people.")
    assert strict[("12 people", "15 people")]["rules"] == 1.0
    loose = rows(
        "Prosecutors charged him with 12 counts of fraud on Monday.", "He faces 14 counts, the indictment says."
    )
    assert loose == {("12 counts", "14 counts"): loose[("12 counts", "14 counts")]}  # the rules: no shared word
    assert loose[("12 counts", "14 counts")]["rules"] == 0.0


def test_a_caption_is_a_marked_candidate_of_the_learned_step_but_never_one_of_the_rules() -> None:
    sentences, same, texts = _pair(
        "Firefighters work at the blaze that killed 12 people in Des Moines. (AP Photo/John Smith)",
        "The blaze killed 15 people in Des Moines on Thursday.",
        0.9,
    )
    assert not list(candidates(sentences, same, threshold=0.2, texts=texts))
    rows = [dict(zip(FEATURES, row, strict=True)) for _, row in learned_candidates(sentences, same, threshold=0.2,
                                                                                    texts=texts)]  # fmt: skip
    assert rows and all(f["debris"] == 1.0 for f in rows)


def test_an_unknown_decision_is_refused() -> None:
    sentences, same, texts = _pair("The fire killed 12 people.", "The fire killed 15 people.", 0.9)
    with pytest.raises(ValueError, match="decision"):
        find_conflicts(sentences, same, threshold=0.2, texts=texts, decision="vote")
    with pytest.raises(ConfigError, match="conflict_decision"):
        BriefConfig(conflict_decision="vote")


def test_counts_of_two_casualty_roles_are_never_one_slot() -> None:
    from newsbrief.compare.conflict_candidates import loose_pairs

    assert loose_pairs("Abdel Rahman said four rebels were killed.", "He said 18 troops were wounded.") == []
    assert loose_pairs("Abdel Rahman said four rebels were killed.", "He said 18 rebels were killed.") != []


def test_a_hyphenated_count_states_its_number() -> None:
    from newsbrief.compare.slots import mentions, values

    (y,) = values("They hope to keep the Republicans from gaining 60 seats.")
    assert mentions("They fear a 60-seat majority, where the Republicans have 55 seats.", y)
    assert not mentions("The Republicans have 55 seats.", y)
