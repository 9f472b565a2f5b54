"""An entity's type not settled where the story's own use of the name disagrees with the tagger (session 17, issue
11, item 4; BENCHMARKS "Entities", branch entities23; the shapes read in briefs of free PolNeAR train articles, DUC
clusters and the fresh2-dev labelled set).

* "Reynolds said" beside "Deborah Jordan Reynolds-Santilli" was listed as an organisation with a settled type (a
  body's statement verb settled it): a lone word that is a word of a person's full name in the same story is read
  as that person's name as often as not, so the row is shown without a type claim;
* "Jefferson Airplane" (a band) was listed as a person with a settled type (its lone "Airplane" read as a surname):
  a name used as "the Airplane was awarded", "members of the Airplane" in a sixth of its mentions or more is used as
  a band's, ship's or paper's name is, which a person's rarely is;
* "The Trump we have all known", "the Trump campaign": a person's name after "the" that is a modifier or has its
  own clause keeps its settled type.

Real spaCy model; nothing is mocked. The first two fail on a9f7da4; the look-alike passes on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()


def _row(ents, name: str):
    rows = [e for e in ents if e.name == name]
    assert rows, f"{name!r} not listed: {[e.name for e in ents]}"
    return rows[0]


def test_a_lone_word_of_a_persons_full_name_is_no_settled_body() -> None:
    ents = entities_of(
        "Deborah Jordan Reynolds-Santilli testified on Tuesday. Reynolds said she had warned the board. "
        "Reynolds told reporters the company knew. Reynolds added that she would appeal."
    )
    row = _row(ents, "Reynolds")
    assert row.label == "PERSON" or not row.typed


def test_a_name_used_with_the_as_a_bands_is_no_settled_person() -> None:
    ents = entities_of(
        "Grace Slick sang with Jefferson Airplane. The Airplane was awarded a lifetime Grammy in 2016, and members of "
        "the Airplane attended. Jefferson Airplane was formed in 1965. Fans of the Airplane filled the hall, and "
        "Jefferson Airplane played again."
    )
    row = _row(ents, "Jefferson Airplane")
    assert row.label != "PERSON" or not row.typed
    assert _row(ents, "Grace Slick").typed


def test_a_persons_name_after_the_as_a_modifier_or_with_its_own_clause_keeps_its_type() -> None:
    ents = entities_of(
        "Donald Trump spoke in Iowa on Monday. The Trump we have all known is gone, said Paul Ryan. Trump said "
        "he would win. The Trump campaign said Trump was ahead. Trump thanked the crowd."
    )
    row = _row(ents, "Donald Trump")
    assert row.label == "PERSON" and row.typed
