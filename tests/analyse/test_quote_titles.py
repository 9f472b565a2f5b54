"""Issue 11 (session 18's blind reading): the person a title belongs to speaks, not the body in it, and a role phrase
the article ties to one named person is that person.

(a) "retired Army Lt. Gen. Michael Flynn": the brief's splitter cuts after "Lt.", and '"...," said retired Army Lt.'
gave the speaker "Army" (the brief's parse; the tagger's ORG span "Air Force Gen. Bantz Craddock" in a paragraph's
parse was shown whole). (b) '"...," the presumptive Republican presidential nominee said' was shown with that
description where the article names Donald Trump in that role. Literal stories written for these tests; real spaCy
model. The first four fail on 668d1b9; the others guard what must not move.
"""

from __future__ import annotations

from installed import require_spacy_model
from newsbrief.analyse.nlp import load_nlp, parse_sentences
from newsbrief.analyse.quotes import extract_quotes
from newsbrief.model import Article
from newsbrief.text.split import split_sentences
from newsbrief.text.splitters import DEFAULT_SPLITTER
from quote_text import speakers_of

require_spacy_model()


def brief_speakers(text: str) -> list[str | None]:
    """The speakers of ``text``'s quotes as the brief finds them: parsed on its splitter's sentences."""
    article = Article(id="a", text=text)
    spans = [(s.start, s.end) for s in split_sentences(article, DEFAULT_SPLITTER)]
    [doc] = parse_sentences(load_nlp(), [text], [spans])
    return [q.speaker for q in extract_quotes(article, doc)]


def test_a_general_speaks_not_the_army_of_his_title() -> None:
    text = '"We are tired of losing," said retired Army Lt. Gen. Michael Keane, who spoke first.'
    assert brief_speakers(text) == ["Michael Keane"]


def test_a_body_tagged_with_the_rank_and_name_gives_the_person() -> None:
    text = '"It is a disaster," said retired Air Force Gen. Bantz Craddock.'
    assert speakers_of(text) == ["Bantz Craddock"]


def test_a_role_phrase_is_the_person_set_beside_it() -> None:
    text = (
        "Supporters cheered Donald Trump, the presumptive Republican presidential nominee, at the rally. "
        '"We will win," the presumptive Republican presidential nominee said.'
    )
    assert speakers_of(text) == ["Donald Trump"]


def test_a_role_phrase_is_the_person_it_titles_and_its_party_tells_two_nominees_apart() -> None:
    text = (
        "Crowds greeted Hillary Clinton, the Democratic nominee, and Donald Trump, the Republican nominee, in Ohio. "
        '"We will win big," the Republican presidential nominee told the crowd.'
    )
    assert speakers_of(text) == ["Donald Trump"]


def test_a_role_no_one_is_named_in_stays_as_described() -> None:
    text = (
        "Crowds greeted Hillary Clinton, the Democratic nominee, in Ohio. "
        '"We will win big," the Republican presidential nominee told the crowd.'
    )
    assert speakers_of(text) == ["the Republican presidential nominee"]


def test_the_army_itself_still_speaks() -> None:
    text = 'The Army released a statement on Monday. "We are reviewing the case," the Army said.'
    assert speakers_of(text) == ["Army"]


def test_a_company_named_like_a_rank_is_no_person() -> None:
    text = '"Sales will recover next year," General Motors said in a statement on Tuesday.'
    assert speakers_of(text) == ["General Motors"]


# review45: the rules tried on phrases they were not written on. Each of these failed on fd3a5a7 (speakers25 gave
# the quote to the named person); the base 3063de3 left the first four unnamed and the last two to the body.


def test_another_holder_of_the_role_is_not_the_one_named() -> None:
    text = (
        'Reporters met John Smith, the officer, at the scene. "He ran at us," the other officer said. '
        'Fans cheered Bill Jones, the coach, at every game. "We start again," the new coach said.'
    )
    assert speakers_of(text) == [None, None]


def test_an_interim_or_second_holder_is_not_the_one_named() -> None:
    text = (
        'The board thanked John Smith, the chief executive, on Monday. "We are on track," the interim chief '
        'executive said. Doctors treated Jane Doe, the victim, on Monday. "It was terrible," the second victim said.'
    )
    assert "John Smith" not in speakers_of(text) and "Jane Doe" not in speakers_of(text)


def test_a_role_phrase_that_says_the_same_as_its_tie_is_still_the_person() -> None:
    text = 'Fans cheered Bill Jones, the new coach, at every game. "We start again," the new coach said.'
    assert speakers_of(text) == ["Bill Jones"]


def test_a_capital_the_inside_a_body_is_no_rank_before_a_person() -> None:
    assert speakers_of('"Talks must go on," said the Council of The European Union on Monday.') == [
        "Council of The European Union"
    ]
    assert speakers_of('"We are thrilled," said the Museum of The Moving Image in a statement.') == [
        "Museum of The Moving Image"
    ]
