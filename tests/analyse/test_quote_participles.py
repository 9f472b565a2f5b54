"""Issue 11: a participle of saying that the parser hangs on a reported clause ("X told Y that Z '...,' adding,
'...'") is the reporter's, not the reported clause's subject's (session 18).

PolNeAR train (reserved left out): 'Trump told Newsmax that Mitt Romney "had a crazy policy ...," adding, "He lost
all of the Latino vote ..."' went to Romney, and 'Cardin said Wednesday that Republicans rejected his attempts ...,
calling it an "area of contention."' to nobody ("Republicans"): the parser made the participle a clause of "had" and
"rejected". Literal stories of the same shapes, written for these tests; real spaCy model. The rules' subject is
checked (the ranker may mend a single literal sentence, not the 4,000 train quotes whose confidence it sets); the
first two fail on 3063de3 (Reed, "agreement"). Only "adding" climbs past a reported clause whose subject could speak
(review40: 'Police said Reed surrendered, saying "I did it"' went to the police on 18f19b4).
"""

from __future__ import annotations

from installed import require_spacy_model
from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.quote_index import DocIndex
from newsbrief.analyse.quote_spans import outer_and_nested
from newsbrief.analyse.quote_subjects import subject
from newsbrief.analyse.quote_verbs import speech_verb
from newsbrief.analyse.quotes import parse
from quote_text import speakers_of

require_spacy_model()

INTRO = "Ann Diaz runs the county board.\n\n"


def subjects(text: str) -> list[str | None]:
    """The speech verb's subject, as written, of each quote of ``text``."""
    doc = next(parse(load_nlp(), [text]))
    spans, _ = outer_and_nested(text)
    index = DocIndex(doc, spans)
    out: list[str | None] = []
    for start, end in spans:
        verb = speech_verb(index, start, end)
        subj = subject(verb, index) if verb is not None else None
        out.append(subj.text if subj is not None else None)
    return out


def test_adding_after_a_reported_clause_is_the_reporters() -> None:
    text = INTRO + (
        "To wit, Diaz told Channel 9 that Tom Reed “had a silly policy of self-reliance which was cruel,” adding, "
        "“He lost all of the farm vote … he lost everybody who came to this town.”"
    )
    assert subjects(text) == ["Diaz", "Diaz"]
    assert speakers_of(text) == ["Ann Diaz", "Ann Diaz"]


def test_calling_after_a_reported_clause_whose_subject_is_no_one_is_the_reporters() -> None:
    # review40: the clause's subject is a thing ("the agreement"), which says nothing; where it could speak
    # ("Republicans rejected ..., calling it"), the participle stays with it (the next test)
    text = INTRO + (
        "Diaz said Wednesday that the agreement lacked language to strengthen enforcement of the deal, calling it "
        'an "area of real contention."'
    )
    assert subjects(text) == ["Diaz"]


def test_a_participle_after_a_clause_whose_subject_could_speak_stays_with_that_subject() -> None:
    # review40: on 18f19b4 these went to the reporter or to nobody ("saying", "calling", "declaring" may be the
    # reported subject's: the police never said "I did it"); "adding" goes on with the reporter (the first test)
    text = "The shooting shocked the town.\n\n" + (
        'Police said Tom Reed surrendered on Monday, saying "I did it alone and nobody helped me."'
    )
    assert subjects(text) == ["Reed"]
    assert speakers_of(text) == ["Tom Reed"]
    text = "The talks failed.\n\n" + 'Tom Reed said Ann Diaz walked out of the meeting, declaring "this is over."'
    assert subjects(text) == ["Diaz"]
    assert speakers_of(text) == ["Ann Diaz"]
    text = "The council passed the bill.\n\n" + (
        'Officials said Mayor Ann Diaz vetoed the bill, calling it "a disaster for the city."'
    )
    assert speakers_of(text) == ["Ann Diaz"]


def test_a_participle_on_a_speech_verb_with_its_own_subject_stays_there() -> None:
    text = (
        "The inquiry ended on Monday.\n\n"
        'The director cannot say that "from his own perspective," Tom Reed added, saying it should be "up to the '
        'prosecutor to move forward or not."'
    )
    assert subjects(text)[-1] == "Reed"


def test_a_participle_after_a_clause_of_a_state_is_not_its_subjects() -> None:
    # review40 (shape of a PolNeAR train sentence): "Reed is a faker" is a state, not a deed Reed did while
    # questioning; the participle is not Reed's (a first draft of the rule above gave it to him)
    text = "Justice Ann Diaz has criticised Tom Reed before.\n\n" + (
        "She escalated her criticism on Tuesday, telling CNN that Reed is a “faker” and questioning how he has "
        "“gotten away with not turning over his tax returns.”"
    )
    assert subjects(text)[-1] != "Reed"
    assert speakers_of(text)[-1] != "Tom Reed"
