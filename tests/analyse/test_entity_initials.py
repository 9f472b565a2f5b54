"""A person written as initials in capitals ("JFK", "JFK Jr.") is the one person of the story whose full name they
spell, with the same suffix: "JFK" is the father, "JFK Jr." the son (DUC d155c listed "JFK Jr." beside "John F.
Kennedy Jr." and gave it the father's "JFK"; session 11, issue 11).

Real spaCy model; nothing is mocked. The first test fails on c6a4faa; the look-alikes pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse.given_names import initials_keys

require_spacy_model()


def test_initials_join_the_full_name_they_spell_with_the_same_suffix() -> None:
    entities = entities_of(
        "John F. Kennedy Jr. was flying to Martha's Vineyard when his plane vanished. JFK Jr. had his pilot's "
        "license for a year. Friends said JFK Jr. loved to fly.",
        "President Clinton spoke of the son of John F. Kennedy. JFK's picture still hangs in many homes, and JFK "
        "Jr. carried on his legacy, Markey said. John F. Kennedy was killed in 1963.",
    )
    people = {e.name: e for e in entities if e.label == "PERSON"}
    assert "JFK Jr." in people["John F. Kennedy Jr."].aliases
    assert "JFK" not in people["John F. Kennedy Jr."].aliases
    assert "JFK Jr." not in people and "JFK" not in people


def _mention(name: str, key: str) -> Mention:
    return Mention(article_id="a", name=name, surface=name, label="PERSON", key=key, order=0)


def test_initials_spelling_two_people_join_neither() -> None:
    people = [
        _mention("John F. Kennedy", "john f kennedy"),
        _mention("James F. Kennedy", "james f kennedy"),
        _mention("JFK", "jfk"),
        _mention("John F. Kennedy Jr.", "john f kennedy jr"),
        _mention("JFK Jr.", "jfk jr"),
    ]
    assert initials_keys(people) == {"jfk jr": "john f kennedy jr"}


def test_two_letters_and_words_in_lower_case_are_no_initials() -> None:
    people = [
        _mention("Anna Pavlova", "anna pavlova"),
        _mention("AP", "ap"),  # an agency's letters, not Anna Pavlova
        _mention("Jfk", "jfk"),  # not in capitals
        _mention("Jane Fay King", "jane fay king"),
    ]
    assert initials_keys(people) == {}
