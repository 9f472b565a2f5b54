"""Questions and answers in an interview (issue 11, session 11): verbs that reply or put a question ("answered",
"retorted", "interjected", "questioned", "whispered", "exclaimed") speak like "said", and an interviewer's name the
tagger missed right after a question mark ('"...?" Hannity asked') is still a name: the question is not given to
the one who answers it. Each case sits beside a look-alike that must stay as it is.

Real spaCy model (the ``analysis`` extra).
"""

from __future__ import annotations

from installed import require_spacy_model
from newsbrief.analyse.quotes import extract_quotes, in_brief
from newsbrief.model import Article, Quote

require_spacy_model()


def quotes_of(text: str) -> list[Quote]:
    found = list(extract_quotes(Article(id="a", text=text)))
    assert all(text[q.start : q.end] == q.text for q in found)
    return found


INTERVIEW = (
    "Sean Hannity interviewed Donald Trump on Tuesday night.\n\n"
    '"Would it be negotiable about the eleven million people?" Hannity asked.\n\n'
    '"We will work out some system that is fair, believe me," Trump answered.\n\n'
    '"So you are saying there will be some flexibility?" Hannity interjected.\n\n'
    '"We are going to be very firm about it," Trump retorted.'
)


def test_the_interviewers_questions_are_his_and_the_answers_are_the_candidates() -> None:
    found = quotes_of(INTERVIEW)
    assert [q.speaker for q in found] == ["Sean Hannity", "Donald Trump", "Sean Hannity", "Donald Trump"]
    assert [q.verb for q in found] == ["asked", "answered", "interjected", "retorted"]
    assert all(in_brief(q) for q in found)


def test_a_question_or_a_whisper_is_the_speakers_own() -> None:
    beck = (
        "Glenn Beck spoke on his radio show on Tuesday about Donald Trump.\n\n"
        '"What was the massive pivot point to make him change so fundamentally?" Beck questioned.'
    )
    (q,) = quotes_of(beck)
    assert (q.speaker, q.verb) == ("Glenn Beck", "questioned")
    assert in_brief(q)
    stage = (
        "Ralph Richardson and Laurence Olivier met on stage in 1937.\n\n"
        "On opening night, Olivier was surprised to hear Richardson whisper to him during the duel: "
        '"Now you hit me, cocky. Now I hit you."'
    )
    (q,) = quotes_of(stage)
    assert (q.speaker, q.verb) == ("Ralph Richardson", "whisper")


def test_a_common_word_opening_a_sentence_after_a_question_is_no_name() -> None:
    # "Opposition" is written in lower case elsewhere: a common noun, not a name the tagger missed
    text = (
        "The opposition was busy on Monday.\n\n"
        '"Where were you on the night of the fire?" Opposition asked the neighbours, who did not answer.'
    )
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_answering_a_phone_is_not_speaking() -> None:
    text = 'Mary Adams answered the phone on Monday. "We will win this fight in the end," her husband said later.'
    assert [q.speaker for q in quotes_of(text)] == [None]
