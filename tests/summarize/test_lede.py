"""The scene-setting lede detector: a scene, an anecdote or a question is told from a report of what happened."""

from __future__ import annotations

import pytest

from newsbrief.summarize.lede import FEATURES, lede_row, scene_probability, sets_the_scene

SCENES = (
    "On a cold morning in this remote fishing village, the only sound is the wind rattling the shutters of "
    "empty houses.",
    "Early one evening in March, the old ferry terminal was quiet except for a few fishermen mending nets.",
    "Is this the end of the road for the small family farm?",
    "There is a quiet house at the end of a tree-lined street where volunteers make calls every night.",
)
NEWS = (
    "The city council voted 7-2 on Tuesday to close the public library, officials said.",
    "A county prosecutor on Wednesday brought murder charges against a doctor, the county announced.",
    "Seven Labour MPs resigned from the party on Monday in protest at its handling of antisemitism.",
)


@pytest.mark.parametrize("text", SCENES)
def test_a_scene_or_a_question_is_a_scene_setting_lede(text: str) -> None:
    assert sets_the_scene(text)


@pytest.mark.parametrize("text", NEWS)
def test_a_report_of_what_happened_is_not(text: str) -> None:
    assert not sets_the_scene(text)


def test_one_row_per_feature_and_a_probability() -> None:
    assert len(lede_row(NEWS[0])) == len(FEATURES)
    assert 0.0 <= scene_probability("") <= 1.0
    assert scene_probability(SCENES[0]) > scene_probability(NEWS[0])
