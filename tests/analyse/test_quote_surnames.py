"""Issue 11 in the quotes: a bare surname that two people of the article share is never the wrong one.

Literal stories written for these tests (a father and his dead daughter, a husband and wife), real spaCy model.
"""

from __future__ import annotations

from installed import require_spacy_model
from newsbrief.analyse.quote_names import surname_key
from newsbrief.analyse.quotes import extract_quotes, in_brief
from newsbrief.model import Article, Quote

require_spacy_model()


def quote_of(text: str, words: str) -> Quote:
    quotes = [q for q in extract_quotes(Article(id="a", text=text)) if words in q.text]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_father_of_dead_daughter_is_not_the_daughter() -> None:
    text = (
        "Andrea Smith, 26, was killed on Saturday when her car left the road near Leeds. Andrea Smith had "
        "worked as a nurse at the city hospital for four years.\n\n"
        "Her father, Richard Smith, said the family had been overwhelmed by messages from her colleagues.\n\n"
        '"She loved her patients and she loved her job," Smith said.'
    )
    q = quote_of(text, "loved her patients")
    assert q.speaker != "Andrea Smith"
    assert q.speaker in ("Richard Smith", "Smith")


def test_bare_surname_no_text_decides_is_kept_out_of_the_brief() -> None:
    text = (
        "Andrea Smith and Richard Smith were both at the hearing in Leeds on Monday. Andrea Smith is a nurse "
        "and Richard Smith is a teacher.\n\n"
        "The two have campaigned for safer roads for years.\n\n"
        '"We will not stop until the road is made safe for everyone," Smith said.'
    )
    q = quote_of(text, "will not stop")
    assert q.speaker not in ("Andrea Smith", "Richard Smith")
    if q.speaker == "Smith":
        assert not in_brief(q)


def test_honorific_decides_between_husband_and_wife() -> None:
    text = (
        "Gary Wilson, 54, was arrested on Monday in Leeds. Mr. Wilson has denied the charges. "
        "His wife, Jane Wilson, said she was shocked.\n\n"
        '"He has never hurt anyone in his life, and the police know that," Mrs. Wilson said.'
    )
    q = quote_of(text, "never hurt anyone")
    assert q.speaker == "Jane Wilson"


def test_one_person_of_a_surname_still_expands() -> None:
    text = (
        "Richard Smith, a teacher in Leeds, spoke to reporters on Monday.\n\n"
        '"We will not stop until the road is made safe for everyone," Smith said.'
    )
    assert quote_of(text, "will not stop").speaker == "Richard Smith"


def test_surname_kept_for_the_first_person_named() -> None:
    text = (
        "Sen. Mark Rivera endorsed the governor on Friday after months of silence.\n\n"
        "Rivera said he had disagreed with the governor on trade but could not stay neutral.\n\n"
        "The decision angered his father, Luis Rivera, who had campaigned against the governor.\n\n"
        "The senator spoke to reporters in Austin on Saturday morning.\n\n"
        '"I have prayed about this and I have made my choice for the state," Rivera said.'
    )
    assert quote_of(text, "made my choice").speaker == "Mark Rivera"


def test_surname_first_used_for_the_daughter_still_gives_the_father_who_speaks() -> None:
    text = (
        "Andrea Smith, 26, was killed on Saturday when her car left the road near Leeds. Smith had worked as a "
        "nurse at the city hospital for four years.\n\n"
        "Her father, Richard Smith, said the family had been overwhelmed by messages from her colleagues.\n\n"
        '"She loved her patients and she loved her job," Smith said.'
    )
    q = quote_of(text, "loved her patients")
    assert q.speaker in ("Richard Smith", "Smith")


def test_full_name_stays_that_persons_when_another_bears_the_surname() -> None:
    text = (
        "Richard Smith, a teacher, spoke on Monday. Richard Smith said the road was dangerous.\n\n"
        '"I was scared every single day I drove to work on it," Andrea Smith said.'
    )
    assert quote_of(text, "scared every single day").speaker == "Andrea Smith"


# session 11: "the elder X" / "the younger X" say that two people bear the surname; the text's kin words say which
BUSHES = (
    "Former President George H.W. Bush and his son, President George W. Bush, spoke in Houston on Monday.\n\n"
    '"I am very proud of my son and of what he has done," the elder Bush said.\n\n'
    '"My father taught me everything I know about this job," the younger Bush said.'
)


def test_the_elder_and_the_younger_are_who_the_kin_words_say() -> None:
    assert quote_of(BUSHES, "proud of my son").speaker == "George H.W. Bush"
    assert quote_of(BUSHES, "My father taught").speaker == "George W. Bush"


def test_a_father_named_only_in_apposition_is_the_elder() -> None:
    # DUC task5 (d170e): the tagger tags "Chavez" but takes "Hugo" for an event; the brief gave the son his father's
    # words
    text = (
        "Last month, Chavez's father, Hugo de los Reyes Chavez, was elected governor of Barinas state.\n\n"
        "President Hugo Chavez welcomed the result.\n\n"
        '"The idea came from the people, and I accepted," said the elder Chavez, who wore a cap with his son\'s name.'
    )
    q = quote_of(text, "The idea came")
    assert q.speaker == "Hugo de los Reyes Chavez"


def test_the_elder_of_a_name_the_text_gives_in_full_once_is_not_that_one() -> None:
    # DUC task5 (d197a): only the son is named in full; "the elder Bush" is not him, and nothing says who he is
    text = (
        "Texas Gov. George W. Bush and his wife, Laura, attended the service on Friday.\n\n"
        '"He was one good example of politics being a noble calling," said Cooper, quoting the elder Bush.'
    )
    q = quote_of(text, "noble calling")
    assert q.speaker == "Bush"


def test_a_son_named_junior_is_not_his_wife_of_the_same_surname() -> None:
    """Session 13: "John F. Kennedy Jr." was keyed under "jr", so a bare "Kennedy" had one full name to become, his
    wife's: his own words went to "Carolyn Bessette Kennedy" in a DUC brief. Now two Kennedys: the bare name is
    his where the text made it his before she came in ("Kennedy's wife")."""
    decided = (
        "Princess Diana saw John F. Kennedy Jr. as a role model for her son, Prince William.\n\n"
        "On Saturday, Kennedy's airplane was missing on a flight. Also on the plane were Kennedy's wife, Carolyn "
        "Bessette Kennedy, and her sister Lauren Bessette.\n\n"
        "Despite the attention, Kennedy responded then that he had it easier than William.\n\n"
        '"Nothing I went through could compare to what they are facing," Kennedy told reporters.'
    )
    assert [q.speaker for q in extract_quotes(Article(id="a", text=decided))] == ["John F. Kennedy Jr"]


def test_a_surname_is_not_a_generational_suffix() -> None:
    assert [surname_key(n) for n in ("John F. Kennedy Jr", "Martin Luther King, Jr.", "George III", "Jr")] == [
        "kennedy",
        "king",
        "george",
        "jr",
    ]
