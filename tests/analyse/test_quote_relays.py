"""Words one person reads out or passes on from another are the other's (issue 11, session 10, speakers11).

'"...," said Cooper, quoting the elder Bush', "Smith, reading a statement from the family, said", '"...," the senator
said, citing a letter from the governor': the speaker shown is the one quoted, or, when the text does not name
that source, the quote stays out of the brief; never the reader. Invented stories; real spaCy model.
"""

from __future__ import annotations

import pytest

from installed import require_spacy_model
from newsbrief.analyse.quotes import extract_quotes, in_brief
from newsbrief.model import Article, Quote

require_spacy_model()


def only_quote(text: str) -> Quote:
    (quote,) = extract_quotes(Article(id="a", text=text))
    assert text[quote.start : quote.end] == quote.text
    return quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # session 11: "the elder Bush" needs the text to say which Bush is the elder (test_quote_surnames.py)
            "Former President George H.W. Bush, the father of the Texas governor, spoke often of public service.\n\n"
            '"He was one good example of politics\' being a noble calling," said Cooper, quoting the elder Bush.',
            "George H.W. Bush",
        ),
        (
            "Anderson Cooper hosted the memorial on Tuesday.\n\n"
            '"He was one good example of politics\' being a noble calling," Cooper said, quoting George H.W. Bush.',
            "George H.W. Bush",
        ),
        (
            "Senator Mark Jones spoke on Tuesday.\n\n"
            '"The state cannot pay for this program," the senator said, citing a letter from Governor Bill Lee.',
            "Bill Lee",
        ),
        ('Quoting Abraham Lincoln, Obama said: "A house divided against itself cannot stand."', "Abraham Lincoln"),
    ],
)
def test_words_passed_on_from_a_named_source_are_the_sources(text: str, speaker: str) -> None:
    quote = only_quote(text)
    assert quote.speaker == speaker and in_brief(quote)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith is the family's lawyer.\n\n"
        'Smith, reading a statement from the family, said "We are heartbroken by the loss of our son."',
        "Senator Mark Jones spoke on Tuesday.\n\n"
        '"The state cannot pay for this program," Jones said, citing a letter from the governor.',
    ],
)
def test_words_read_from_an_unnamed_source_are_not_the_readers(text: str) -> None:
    quote = only_quote(text)
    assert quote.speaker is None and not in_brief(quote)  # the family's, the governor's: nobody named


@pytest.mark.parametrize(
    "text",
    [
        'Mary Adams spoke at the rally.\n\n"We will win this fight in the end," Adams said, quoting from memory.',
        'Mary Adams spoke at the rally.\n\n"We will win this fight in the end," Adams said, quoting no one.',
        'Mary Adams spoke at the rally.\n\n"We will win this fight in the end," Adams said, citing the polls.',
        'Mary Adams spoke at the rally.\n\nAdams, reading a statement, said "We will win this fight in the end."',
        'Mary Adams spoke at the rally.\n\nAdams, reading her statement, said "We will win this fight in the end."',
    ],
)
def test_a_speaker_passing_on_nobody_elses_words_keeps_them(text: str) -> None:
    # look-alikes: from memory, no one, the polls, a statement of nobody or of a pronoun (maybe her own)
    quote = only_quote(text)
    assert quote.speaker == "Mary Adams" and in_brief(quote)


def test_citing_people_as_a_reason_is_not_passing_on_their_words() -> None:
    # look-alike (the shape of a PolNeAR train quote the first version took from its speaker): a reason, not a source
    text = (
        "Mary Adams spoke at the rally.\n\n"
        '"Many families have not seen their lives get better," Adams said, citing the many Americans who had given up.'
    )
    quote = only_quote(text)
    assert quote.speaker == "Mary Adams" and in_brief(quote)


def test_a_quote_holding_the_quoted_words_is_the_speakers_own() -> None:
    # look-alike (the shape of a PolNeAR train quote): the words passed on are the quote inside the quote
    text = (
        "Donald Trump and James Comey were in the news on Wednesday.\n\n"
        "\u201cCrooked Hillary was \u2018extremely careless with classified information.\u2019 Not fit!\u201d Trump "
        "tweeted, quoting Comey\u2019s statement."
    )
    (outer,) = [q for q in extract_quotes(Article(id="a", text=text)) if q.text.startswith("Crooked")]
    assert outer.speaker == "Donald Trump" and in_brief(outer)


def test_a_source_written_in_quotes_leaves_the_quotes_as_they_were() -> None:
    # look-alike (the shape of a free DUC task5 story): the source quoted by its own words; the paper names nobody
    text = (
        "The Daily Herald reported on the choice of the new judge.\n\n"
        "Quoting ``judges and lawyers close to the process,'' the paper said the minister wanted an ``able and "
        "solid'' candidate for the court."
    )
    quotes = extract_quotes(Article(id="a", text=text))
    assert quotes and all(q.confidence != 0.0 for q in quotes)  # not held out: as before the rule


# session 11: the object of "from" was never read (the check looked at the preposition's own label); and a speaker
# who reads a document out ("read ... letter", "read from a statement") passes its words on as "reading" does
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Mark Jones spoke on Tuesday.\n\n"
            '"The state cannot pay for this program," Jones said, quoting from Governor Bill Lee\'s letter.',
            "Bill Lee",
        ),
        (
            "Senator Mark Jones spoke on Tuesday. Jones read Governor Bill Lee's letter: "
            '"The state cannot pay for this program any longer."',
            "Bill Lee",
        ),
    ],
)
def test_words_read_out_or_quoted_from_a_named_document_are_its_owners(text: str, speaker: str) -> None:
    quote = only_quote(text)
    assert quote.speaker == speaker and in_brief(quote)


def test_words_read_from_a_statement_of_someone_unnamed_are_not_the_readers() -> None:
    text = (
        "Tom Jones spoke at the hearing on Monday.\n\n"
        '"We are heartbroken by the loss of our son and brother," Jones read from a statement by the family.'
    )
    quote = only_quote(text)
    assert quote.speaker is None and not in_brief(quote)


def test_a_reader_of_nobody_elses_document_keeps_the_words() -> None:
    # "his statement" may be his own: the reader keeps it, as "reading her statement" does
    own = 'Tom Jones spoke on Monday. Jones read his statement: "I will not resign from this office at all."'
    assert only_quote(own).speaker == "Tom Jones"


# session 13: "quoted X as saying", "recalled X as saying" credit the words to the object, never to the subject
def test_words_a_paper_quoted_someone_as_saying_are_theirs() -> None:
    text = (
        "Austria's partners met on Monday.\n\n"
        'The Associated Press quoted Foreign Minister Wolfgang Schussel as saying: "I find it strange if the 14 '
        'states were to come to such a decision without consultations."'
    )
    quote = only_quote(text)
    assert quote.speaker == "Wolfgang Schussel"
    assert in_brief(quote)


def test_words_recalled_from_an_unnamed_man_are_not_the_teller_s() -> None:
    text = (
        "He was in the depot one evening when a man walked in to send a telegram.\n\n"
        '"You\'re pretty good, son, although you do have a lot to learn," Autry recalled the man as saying.'
    )
    quote = only_quote(text)
    assert quote.speaker is None
    assert not in_brief(quote)


def test_the_teller_who_recalls_his_own_words_keeps_them() -> None:
    """The look-alike: no "as saying", the subject's own words."""
    text = (
        "He was in the depot one evening when a man walked in to send a telegram.\n\n"
        '"I was just a boy with a guitar and a lot to learn," Autry recalled.'
    )
    assert only_quote(text).speaker == "Autry"
