"""A party's adjective, a title read as a first name, a clause about a person read as a description (session 18,
issue 11, item 4; BENCHMARKS "Entities", branch entities24; the shapes read in the top-ten rows of free PolNeAR
train days and DUC task 2 clusters).

* "the Republican nominee", "Republican senators": the party's adjective was counted as a mention of the party, so
  every political story listed "Republicans" (or a row "Republican" of its own) near the top of the table; the
  adjective is no mention of the body, the party's name as a noun is ("Republicans in Congress", "the GOP");
* "Representative Brooks", "Father Weslin": the tagger's lone surname was extended by the title before it as if it
  were a first name, so the person got a second row ("Father Weslin") or lost the lone surname's mentions to the
  tie ("Brooks" matched "Susan Brooks" and "Representative Brooks");
* "Donald Trump, him disrespecting immigrants": a phrase opening with a personal pronoun is a clause about the
  person, not a description of them; "her husband" (a possessive) still is one;
* "James Kopp, the man the FBI is seeking": cut at its relative clause, "the man" says only that he is one.

Real spaCy model; nothing is mocked. The party, title, pronoun and bare-noun tests fail on 3063de3; the look-alikes
pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()


def _row(ents, name: str):
    rows = [e for e in ents if e.name == name]
    assert rows, f"{name!r} not listed: {[e.name for e in ents]}"
    return rows[0]


def _mentions(entity) -> int:
    return sum(n for _, n in entity.mentions)


def test_a_party_adjective_is_no_mention_of_the_party() -> None:
    ents = entities_of(
        "The Republican nominee spoke on Monday. Republican senators were unhappy, and the party's donors are "
        "Republican. Republicans in Congress said little."
    )
    (party,) = [e for e in ents if "Republicans" in e.aliases]
    assert _mentions(party) == 1
    assert "Republican" not in party.aliases


def test_the_partys_name_as_a_noun_or_before_a_noun_is_still_a_mention() -> None:
    ents = entities_of(
        "The GOP convention opens next week. Republicans in Congress said little. The Republican Party chairman "
        "agreed. The Democratic Party said Democrats would hold the Senate."
    )
    (gop,) = [e for e in ents if "GOP" in e.aliases]
    assert {"GOP", "Republicans", "Republican Party"} <= set(gop.aliases)
    assert _mentions(gop) == 3


def test_a_title_before_a_lone_surname_is_no_first_name() -> None:
    ents = entities_of(
        "Rep. Susan Brooks of Indiana spoke on Monday. Representative Brooks said the bill was wrong. Brooks said "
        "she would vote no."
    )
    assert _mentions(_row(ents, "Susan Brooks")) == 3
    assert not [e for e in ents if e.name.startswith("Representative")]
    ents = entities_of(
        "The Rev. Norman Weslin led the protest. Police arrested Father Weslin on Monday. Weslin said he would return."
    )
    assert _mentions(_row(ents, "Norman Weslin")) == 3
    assert [e.name for e in ents if e.label == "PERSON"] == ["Norman Weslin"]


def test_a_first_name_the_tagger_left_out_is_still_read_into_the_name() -> None:
    ents = entities_of("Mayor Sadiq Khan spoke on Monday. Khan said the city would cope. Sadiq Khan left early.")
    assert _mentions(_row(ents, "Sadiq Khan")) == 3


def test_a_phrase_opening_with_a_personal_pronoun_is_no_description() -> None:
    ents = entities_of(
        "Khizr Khan said he had watched the disrespect of Donald Trump, him disrespecting immigrants, Muslim "
        "immigrants, women and judges. Trump said nothing."
    )
    assert _row(ents, "Donald Trump").descriptors == ()


def test_a_possessive_pronoun_still_opens_a_description() -> None:
    ents = entities_of(
        "Hillary Clinton spoke in Iowa on Monday. Bill Clinton, her husband, spoke in Ohio. Clinton said she would win."
    )
    assert "her husband" in [d for _, d in _row(ents, "Bill Clinton").descriptors]


def test_a_bare_person_noun_is_no_description() -> None:
    ents = entities_of(
        "James Kopp, the man the FBI is seeking as a material witness, was arrested in France. Kopp, an American "
        "anti-abortion activist, said nothing."
    )
    descriptions = [d for _, d in _row(ents, "James Kopp").descriptors]
    assert "the man" not in descriptions
    assert "an American anti-abortion activist" in descriptions
