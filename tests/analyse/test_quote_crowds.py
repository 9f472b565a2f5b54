"""Speakers written as an age ("said the 17-year-old") and quotes a crowd chanted (issue 11, item 3; session 15).

Seen on unseen political news: a quote "said the 46-year-old" shown unattributed though the text named the person
just before; "Lock her up!" that a crowd chanted credited to the speaker near it. Free-data cases: DUC
NYT19990811.0385 ('," said the 17-year-old' after "Courtney Waters, a senior ..."), PolNeAR train politico
2016-07-06 ("protesters had gathered ..., chanting "no contract, no peace"" credited to Hillary Clinton, shown).
Each literal case sits beside a look-alike that must stay as it is. Real spaCy model (the ``analysis`` extra).
"""

from __future__ import annotations

import pytest

from installed import require_spacy_model
from newsbrief.analyse.quotes import in_brief
from quote_text import quotes_of, speakers_of

require_spacy_model()

_WATERS = "Courtney Waters, a senior at the school, was not convinced. "
_QUOTE = '"I don\'t think that he should be punished as an adult, but he deserves to be punished,"'


@pytest.mark.parametrize("attribution", ["said the 17-year-old, who had a class with him.", "the 17-year-old said."])
def test_an_age_names_the_person_named_before(attribution: str) -> None:
    assert speakers_of(f"{_WATERS}{_QUOTE} {attribution}") == ["Courtney Waters"]


def test_an_age_with_a_noun_names_the_person_named_before() -> None:
    text = 'Maria Lopez, a former model, spoke on Monday. "I was never paid for the shoot," said the 46-year-old.'
    assert speakers_of(text) == ["Maria Lopez"]


@pytest.mark.parametrize("attribution", ["said the 17-year-old's mother.", "said a 17-year-old who stood nearby."])
def test_someone_else_of_an_age_is_not_the_person_named_before(attribution: str) -> None:
    # look-alikes: the mother of the teenager, or a teenager the text never names, spoke
    assert speakers_of(f"{_WATERS}{_QUOTE} {attribution}") == [None]


def test_an_age_after_several_people_names_nobody() -> None:
    # val_raw 4378: the last person named (King) is not the 67-year-old (Bundy); the paragraph names three
    text = (
        "King would have wanted Parks to sit anywhere on a bus, according to Bundy. The 67-year-old added: "
        '"I want her to sit anywhere in the bus, and I want to sit next to her."'
    )
    assert speakers_of(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        'Trump spoke of Hillary Clinton for an hour. The crowd chanted back at him, "Lock her up! Lock her up!"',
        'Christie attacked Clinton at length. "Lock her up! Lock her up!" the crowd chanted as he spoke.',
        'Clinton spoke in Atlantic City, where protesters had gathered on Wednesday morning, chanting "no contract, '
        'no peace" after the union failed.',
        'Trump attacked Clinton. "Lock her up! Lock her up!" supporters shouted.',
    ],
)
def test_a_crowds_chant_is_no_speakers_words(text: str) -> None:
    found = quotes_of(text)
    assert [q.speaker for q in found] == [None]
    assert all(q.confidence is None or not in_brief(q) or q.speaker is None for q in found)


@pytest.mark.parametrize("verb", ["shouted", "yelled"])
def test_a_person_who_shouts_still_speaks(verb: str) -> None:
    # look-alikes: one named person shouting is a speaker like any other
    text = f'Trump attacked Clinton. "She should be in jail for what she did," Trump {verb}.'
    assert speakers_of(text) == ["Trump"]


def test_a_named_speaker_chanting_still_speaks() -> None:
    # look-alike: the participle's nearest subject is the named speaker, not a crowd
    text = 'Clinton came on stage to loud cheers, chanting "Stronger together, stronger together" with the crowd.'
    assert speakers_of(text) == ["Clinton"]


def test_a_quote_going_on_after_a_chant_is_not_the_crowds() -> None:
    # PolNeAR train wash-post 2016-07-22: the speaker's words resume after the crowd's; never shown as nobody's
    text = (
        'Joe Arpaio spoke for Trump. He said, "Donald Trump will build the wall" - at which point the crowd chanted '
        '"Build the wall!" - "and restore law and order and keep drugs out of our country."'
    )
    last = quotes_of(text)[-1]
    assert last.text.startswith("and restore")
    assert last.speaker is not None or not in_brief(last)
