"""Issue 11: "The lawyer for Tom Reed, who ..., said" is the lawyer's quote, not Tom Reed's (review40's note).

A person noun whose "of"/"for" names someone else (lawyer, wife, friend, son) speaks for itself, unnamed; a spokesman
stays the principal's voice (PolNeAR's convention) and a name set beside the role ("An attorney for Reed, Mark Hill,")
is still the speaker. Literal stories written for these tests; real spaCy model. The first three fail on b435747
(Tom Reed).
"""

from __future__ import annotations

import pytest

from installed import require_spacy_model
from quote_text import speakers_of

require_spacy_model()

INTRO = "Tom Reed, a builder from Ohio, was charged last week. Senator Ann Kim spoke on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'The lawyer for Tom Reed, who declined to be named, said, "He will be cleared of every charge."',
        'A close friend of Reed, who spoke on condition of anonymity, said, "He never hurt anyone."',
        'The son of Tom Reed told reporters, "My father is innocent."',
    ],
)
def test_a_role_of_another_person_is_not_that_person(sentence: str) -> None:
    assert "Tom Reed" not in speakers_of(INTRO + sentence)


def test_a_spokesman_stays_the_principals_voice() -> None:
    text = INTRO + 'A spokesman for Senator Ann Kim said, "The senator will vote no."'
    assert speakers_of(text) == ["Ann Kim"]


def test_a_name_beside_the_role_is_the_speaker() -> None:
    text = INTRO + 'An attorney for Reed, Mark Hill, said, "He will be cleared."'
    assert speakers_of(text) == ["Mark Hill"]
