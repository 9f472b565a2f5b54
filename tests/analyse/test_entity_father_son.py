"""Father and son of one name: "George Bush" is not "George W. Bush" where the story marks two people of the name
("the elder George Bush", "George Bush Sr.", "John F. Kennedy Jr."); DUC
d157d and d161f merged the father into the son (session 11, issue 11). Without such a mark the shorter form still
joins the longer (a middle initial left out is the commoner case), and a mark of another name keeps nobody apart.

Real spaCy model; nothing is mocked. The first test fails on c6a4faa; the look-alikes pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model
from newsbrief.analyse.given_names import two_of_the_name

require_spacy_model()


def _people(*texts: str) -> dict[str, int]:
    return {e.name: sum(n for _, n in e.mentions) for e in entities_of(*texts) if e.label == "PERSON"}


def test_the_father_is_not_merged_into_the_son() -> None:
    people = _people(
        "Texas Gov. George W. Bush said Sunday he would run. The governor is the son of former President George "
        "Bush. In 1988 the elder George Bush won the White House.",
        "George W. Bush raised more money than any rival. George Bush, his father, campaigned for him in Iowa. "
        "George W. Bush thanked him.",
    )
    assert "George Bush" in people and "George W. Bush" in people


def test_a_mark_of_another_name_keeps_no_one_apart() -> None:
    # "the elder Bush" in a sentence naming Danforth: John Danforth is John C. Danforth.
    people = _people(
        "John C. Danforth will lead the inquiry. When the elder Bush was looking for a running mate, John Danforth "
        "was on the list. Danforth said he was honored."
    )
    assert people == {"John C. Danforth": 3}


def test_two_of_the_name_needs_the_given_name_with_the_mark() -> None:
    assert two_of_the_name("george", "bush", ["In 1988 the elder George Bush won."])
    assert not two_of_the_name("john", "smith", ["Jane Smith, the daughter of John Smith, spoke."])
    assert two_of_the_name("john", "kennedy", ["John F. Kennedy Jr. flew his plane."])
    assert two_of_the_name("george", "bush", ["George Bush the Elder savaged Dukakis."])
    assert not two_of_the_name("george", "bush", ["Coverdell helped the elder Bush in 1988."])
    assert not two_of_the_name("theodore", "kaczynski", ["His younger brother, David Kaczynski, spoke."])
    assert not two_of_the_name("george", "bush", ["His father, George Bush, campaigned."])
