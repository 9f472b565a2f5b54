""" "Mr./Mrs. <surname>" among several people of one surname, and "<name>, she said, '...'" (issue 11, session 19).

Made-up stories in the shapes two blind readers found: a father's "Mr. Noor said" given to his wife (her given name
is a woman's) or to his dead son (named in full nearer the quote), in the quotes and in the people table alike
(one rule, ``same_person.titled_candidates``); and a parenthetical "she said" whose pronoun was read as the name
it interrupts. Real spaCy model, real quote and entity stages.
"""

from __future__ import annotations

from entity_text import entities_of, named
from installed import require_spacy_model
from quote_text import speakers_of

require_spacy_model()

NOOR = (
    "Rashid Noor, whose son died in Iraq, spoke at the convention on Thursday. His wife, Samira Noor, stood beside "
    "him.\n\n"
    "Their son, Capt. Karim Noor, was killed in 2004 when a car bomb exploded at the gate of his base.\n\n"
    'Mr. Noor said on Sunday that he had been hurt by the remarks. "I am a father who lost his son," Mr. Noor said.\n\n'
    'Mr. Noor also said the family had received many letters. "People have been very kind to us," he said.\n\n'
    "Mrs. Noor did not speak at the convention. Mr. Noor said she was too upset to speak.\n\n"
    '"She could not bear to look at the picture of our son," Mr. Noor said.'
)


def test_mr_is_the_story_own_man_not_the_son_introduced_as_kin() -> None:
    # the base gave the first quote to "Karim Noor", the dead son named in full in the paragraph before
    assert speakers_of(NOOR) == ["Rashid Noor"] * 3


def test_mr_is_never_a_woman_by_her_given_name() -> None:
    text = (
        "Rashid Noor and Samira Noor arrived at the hall on Thursday, an hour before the speeches began.\n\n"
        "Samira Noor waved to the crowd as the band played.\n\n"
        '"We came because we had to," Mr. Noor said.'
    )
    assert speakers_of(text) == ["Rashid Noor"]  # the base: "Samira Noor"


def test_a_relative_who_just_spoke_in_full_is_still_the_mr_meant() -> None:
    text = (
        "Daniel Pike, 19, was charged on Monday with arson.\n\n"
        'His father, Richard Pike, said the family was shocked. "He is a good boy who made a mistake," Mr. Pike said.'
    )
    assert speakers_of(text) == ["Richard Pike"]


def test_people_table_gives_the_mr_mentions_to_the_father() -> None:
    people = entities_of(NOOR)
    father, son = named(people, "Rashid Noor"), named(people, "Karim Noor")
    assert len(father) == 1 and len(son) == 1 and father[0] is not son[0]
    assert "Mr. Noor" in father[0].aliases and "Mr. Noor" not in son[0].aliases
    assert sum(n for _, n in father[0].mentions) > sum(n for _, n in son[0].mentions)


def test_name_before_a_parenthetical_she_said_is_not_the_speaker() -> None:
    lead = "Hillary Clinton and Elizabeth Warren appeared together in Cincinnati on Monday.\n\n"
    quote = "Ms. Warren, she said, \u201cexposes him for what he is.\u201d"
    assert speakers_of(lead + quote) == ["Hillary Clinton"]  # the base: "Elizabeth Warren"
    assert speakers_of(lead + "Mrs. Clinton praised her ally. " + quote) == ["Hillary Clinton"]


def test_no_other_woman_leaves_the_parenthetical_unattributed() -> None:
    text = (
        "Donald Trump and Elizabeth Warren traded insults on Monday.\n\n"
        "Ms. Warren, she said, \u201cexposes him for what he is.\u201d"
    )
    assert "Elizabeth Warren" not in speakers_of(text)


COUPLE = (
    "The confrontation between the parents, Rashid and Samira Noor, and Mr. Trump has grown.\n\n"
    "Samira Noor said she could not speak about her son, Karim Noor.\n\n"
    '"Vote for unity and for the goodness of this country," Mr. Noor said.'
)


def test_a_given_name_coordinated_with_a_full_name_is_a_person_of_the_family() -> None:
    # "Rashid and Samira Noor": Rashid Noor, named in full nowhere else; the base gave his words to "Karim Noor"
    assert speakers_of(COUPLE) == ["Rashid Noor"]
    father = named(entities_of(COUPLE), "Rashid Noor")
    assert len(father) == 1 and "Mr. Noor" in father[0].aliases


def test_a_surname_before_and_a_full_name_is_no_given_name() -> None:
    text = 'Mr. Trump and Hillary Clinton met on Monday. Trump spoke first.\n\n"We will win," Mr. Trump said.'
    assert not named(entities_of(text), "Trump Clinton")
