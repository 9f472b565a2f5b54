"""The one "same person?" rule (issue 11): the rule itself, then the quotes and the entities asking it alike.

Literal names and stories written for these tests; the real spaCy model, gender dictionary and fuzzy matcher.
"""

from __future__ import annotations

from collections import Counter

import pytest

from installed import require_spacy_model
from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse.entities import extract_entities
from newsbrief.analyse.quotes import extract_quotes
from newsbrief.analyse.same_person import given_agree, people_of, same_person
from newsbrief.model import Article

require_spacy_model()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nick Boles", "Tory Nick Boles"),  # a word before the name
        ("John Smith", "J. Smith"),  # an initial
        ("Steve Hansen", "Steven Hansen"),  # a short form
        ("John Smith", "John Paul Smith"),  # a middle name the shorter form leaves out
        ("Viktor Yanukovich", "Viktor Yanukovych"),  # one surname spelt two ways
        ("Ben Johnson", "Ben Johnston"),  # near-identical long surnames with the same given name (a typo)
    ],
)
def test_one_person(a: str, b: str) -> None:
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Andrea Smith", "Richard Smith"),  # a daughter and her father
        ("John Paul Smith", "John Peter Smith"),  # the middle names differ
        ("Al Smith", "Alan Smith"),  # two letters are no short form
        ("Ann Johnson", "Ben Johnston"),  # near-identical surnames, other given names
        ("Smith", "John Smith"),  # a bare surname is no full name: the callers decide it by the story
    ],
)
def test_two_people(a: str, b: str) -> None:
    assert not same_person(a, b) and not same_person(b, a)


def test_a_known_gender_keeps_two_apart() -> None:
    assert same_person("J. Wilson", "Jane Wilson")
    assert not same_person("J. Wilson", "Jane Wilson", "male", "female")
    assert same_person("J. Wilson", "Jane Wilson", None, "female")


def test_given_names_agree() -> None:
    assert given_agree("chris", "christopher") and given_agree("j.", "john") and given_agree("tom", "tom")
    assert not given_agree("jo", "john") and not given_agree("mark", "luis")


def test_people_of_one_surname() -> None:
    forms = Counter({"Andrea Smith": 3, "Richard Smith": 1, "Smith": 4, "A. Smith": 1})
    assert sorted(people_of(forms)) == ["Andrea Smith", "Richard Smith"]


STORY = (
    "Steven Hansen, 61, a coach from Leeds, was named on Monday. Steve Hansen said he was proud.\n\n"
    "His daughter, Anna Hansen, is a nurse at the city hospital. Anna Hansen said the family was delighted.\n\n"
    '"I never thought this day would come for our family," Steven Hansen said.'
)


def test_quotes_and_entities_agree_on_who_is_who() -> None:
    """The entity list and the quotes' speaker read the same people off one story: Steve is Steven, Anna is not."""
    article = Article(id="a", text=STORY)
    doc = nlp_module.load_nlp()(STORY)
    people = [e for e in extract_entities([article], [doc]) if e.label == "PERSON"]
    hansens = sorted(e.name for e in people if "Hansen" in e.name)
    assert hansens == ["Anna Hansen", "Steven Hansen"]
    steven = next(e for e in people if e.name == "Steven Hansen")
    assert "Steve Hansen" in steven.aliases
    (quote,) = [q for q in extract_quotes(article) if "never thought" in q.text]
    assert quote.speaker == "Steven Hansen"
    assert all(same_person(quote.speaker, a) for a in (steven.name, *steven.aliases) if " " in a)


def test_a_short_form_is_no_second_speaker() -> None:
    """ "Steve Hansen" is Steven Hansen: a bare "Hansen" is then his, as it is in the entity list (before the one
    rule, the quotes took the two forms for two people and left the speaker a bare "Hansen")."""
    text = (
        "Fans cheered for Steven Hansen, 61, a coach from Leeds, on Monday, and the club thanked Steve Hansen at "
        "the ground.\n\n"
        '"I never thought this day would come for our family," Hansen said.'
    )
    article = Article(id="a", text=text)
    (quote,) = [q for q in extract_quotes(article) if "never thought" in q.text]
    people = [e for e in extract_entities([article], [nlp_module.load_nlp()(text)]) if e.label == "PERSON"]
    (hansen,) = [e for e in people if "Hansen" in e.name]
    assert {hansen.name, *hansen.aliases} >= {"Steven Hansen", "Steve Hansen"}
    assert quote.speaker in ("Steven Hansen", "Steve Hansen")  # the article's forms of one person
