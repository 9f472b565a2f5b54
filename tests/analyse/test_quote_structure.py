"""Speaker rules of session 9 (issue 11), each from the structure of the text, beside look-alikes that must stay.

Real spaCy model (the ``analysis`` extra). The literal stories are written for the tests; they follow the shapes
of the failures found on unseen briefs (a disclaimer's words credited to the lawyer who quoted it, "said Malkan"
credited to the person named before, a question put by a host credited to the guest, speakers named in the text
but shown "unattributed").
"""

from __future__ import annotations

from installed import require_spacy_model
from newsbrief.analyse.quotes import extract_quotes
from newsbrief.model import Article, Quote

require_spacy_model()


def quotes_of(text: str) -> list[Quote]:
    found = list(extract_quotes(Article(id="a", text=text)))
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def speaker_of(text: str, words: str) -> str | None:
    (q,) = [q for q in quotes_of(text) if q.text.startswith(words)]
    return q.speaker


# ---------------------------------------------------------------- a document's words


def test_a_participle_after_a_document_speaks_for_the_document_not_the_reporter() -> None:
    text = (
        "Lawyer Lin Wood called the network reckless.\n\n"
        "Wood said a written disclaimer that CBS aired with its show, saying the opinions “represent just some "
        "of a number of possible scenarios,” did not go far enough."
    )
    assert speaker_of(text, "represent just some") == "CBS"


def test_a_document_of_nobody_named_leaves_the_participle_to_the_sentence_subject() -> None:
    # look-alikes: whose statement or note it is, the text does not say; the subject of the sentence speaks
    text = (
        "Senator Bernie Sanders spoke in Oakland on Friday.\n\n"
        "He also issued a statement on the subject, saying, “We will fight for every delegate in California.”"
    )
    assert speaker_of(text, "We will fight") == "Bernie Sanders"
    text = (
        "Donald Trump thanked the evangelical community and sounded a rare note of self-deprecation, saying, "
        "“I know I am not always the easiest man to support.”"
    )
    assert speaker_of(text, "I know I am") == "Donald Trump"


def test_a_participle_after_a_person_still_speaks_for_the_sentence_subject() -> None:
    # look-alike: "saying" after a person, not a document: the subject of the sentence speaks
    text = (
        "Lin Wood wrote to the network on Monday, saying the program “is riddled with lies and distortions "
        "about the family.”"
    )
    assert speaker_of(text, "is riddled") == "Lin Wood"


# ---------------------------------------------------------------- "said Malkan"


def test_a_name_right_after_a_subjectless_verb_of_saying_speaks() -> None:
    text = (
        "Gwyneth Paltrow raised $80,000 for the campaign. Danny DeVito and Dave Matthews pitched in for a TV ad. "
        'And, said Malkan, "Sting\'s people were calling us last night, asking what they could do to help."'
    )
    assert speaker_of(text, "Sting's people") == "Malkan"


def test_a_participle_before_a_name_does_not_make_the_name_its_speaker() -> None:
    # look-alike: "saying Mr. Trump ..." puts Trump at the head of what she said, not as the one saying it
    text = "Mrs. Clinton echoed the criticism on Monday, saying Mr. Trump ''would be a disaster for our economy.''"
    assert speaker_of(text, "would be a disaster") != "Donald Trump"
    assert speaker_of(text, "would be a disaster") != "Trump"


def test_told_with_a_name_after_it_is_said_to_that_name() -> None:
    # look-alike: "told Malkan" names the hearer; the speaker is the subject
    text = 'Danny DeVito called on Friday and told Stacy Malkan, "We will pay for the whole advertisement."'
    assert speaker_of(text, "We will pay") == "Danny DeVito"


# ---------------------------------------------------------------- a question put by a host


def test_a_question_after_was_asked_by_a_host_and_a_relative_clause_is_the_hosts() -> None:
    text = (
        "Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story "
        "about Clinton’s emails, “Do you think it has hurt her?”"
    )
    assert speaker_of(text, "Do you think") == "Bill Maher"


def test_an_answer_after_was_asked_stays_the_speakers() -> None:
    # look-alike: not a question, and a speaker of its own
    text = (
        "Sanders was asked by host Bill Maher about the emails on Friday. Sanders said, “It has hurt her, but "
        "this is what I also think.”"
    )
    assert speaker_of(text, "It has hurt") == "Sanders"


# ---------------------------------------------------------------- named, not "unattributed"


def test_a_name_after_the_quote_speaks_across_a_relative_clause() -> None:
    text = (
        "The news was well received in the No camp, which had argued that the proposal would be expensive. "
        '"We said from the beginning that people should take a close look at 37," Kathy Fairbanks with the No on '
        "37 campaign, which didn't hold a public party, told us last night when it appeared the measure would "
        "be defeated."
    )
    assert speaker_of(text, "We said from") == "Kathy Fairbanks"


def test_a_relative_clause_does_not_stretch_the_search_past_a_full_stop() -> None:
    # look-alike: the verb after the quote's sentence ends belongs to the next sentence
    text = (
        '"We said from the beginning that people should take a close look at this." '
        "The No campaign, which did not hold a party, said it would appeal."
    )
    assert speaker_of(text, "We said from") is None


def test_others_including_one_named_person_said_it_two_name_nobody() -> None:
    from newsbrief.analyse.nlp import load_nlp
    from newsbrief.analyse.quote_index import DocIndex
    from newsbrief.analyse.quote_spans import outer_and_nested
    from newsbrief.analyse.quote_speakers import Speakers, subject
    from newsbrief.analyse.quotes import _attribute, parse

    one = (
        "Others, including South Carolina Sen. Lindsey Graham, who sits on the Judiciary committee, had said "
        'earlier in the day that there would be "no hearing, no votes."'
    )
    two = (
        "Others, including Sen. Lindsey Graham and Sen. Ted Cruz, had said earlier in the day that there would "
        'be "no hearing, no votes."'
    )
    found = []
    for text in (one, two):
        doc = next(parse(load_nlp(), [text]))
        spans, _ = outer_and_nested(text)
        index = DocIndex(doc, spans)
        verb = _attribute(index, *spans[0])
        assert verb is not None
        subj = subject(verb, index)
        assert subj is not None
        found.append(Speakers(index).name_of(subj, spans[0][0]))
    assert found == ["Lindsey Graham", None]
