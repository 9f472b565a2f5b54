"""A parent joined to its arm, and the first mention of a company lost before the grouping (session 15, issue 11,
item 4; BENCHMARKS "Entities", branch entities18).

* "Mercer is the co-C.E.O. of Renaissance Technologies" (val-4890): ``is_title`` passes "C.E.O." for its dots, so
  "C.E.O. of [Renaissance Technologies]" read as a longer name the tagger cut ("Bank of [America]") and the
  article's first, full, mention of the company was dropped; its later "Renaissance" then read as named first;
* the same rule dropped a place or body after a person's or place's name or a day ("Suharto of Indonesia",
  "in Malaysia of the ...", "on Tuesday of America Online's purchase") and after a company's legal form
  ("Spyglass Inc. of Naperville");
* "living in New York" joined the row of "New York University" (d155c, a PolNeAR train story): a known place's name
  of two words or more is never short for a university named after it, as "Stanford" is for Stanford University;
* "Sony" named before "Sony Pictures" is the parent, the studio its arm: a sector's word joins a short name to the
  company only where each report names the company first ("Tesla Motors", then "Tesla").

Real spaCy model; nothing is mocked. Each test of a fix fails on ff75a0e; the look-alikes pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()

from newsbrief.analyse._entity_bounds import of_longer_name  # noqa: E402
from newsbrief.analyse.nlp import load_nlp  # noqa: E402


def _cut(text: str, name: str) -> bool:
    """Whether ``of_longer_name`` reads ``name`` (its first occurrence in ``text``) as a longer name's cut end."""
    doc = load_nlp()(text)
    start = text.index(name)
    token = next(t for t in doc if t.idx == start)
    return of_longer_name(doc, token.i)


def test_a_titles_initials_cut_no_longer_name() -> None:
    assert not _cut("Mercer is the co-C.E.O. of Renaissance Technologies, a hedge fund.", "Renaissance")


def test_a_persons_or_days_name_cuts_no_longer_name() -> None:
    assert not _cut("Leaders such as Ramos of the Philippines and Suharto of Indonesia came.", "Indonesia")
    assert not _cut("Shares rose after the announcement on Tuesday of America Online's purchase.", "America")


def test_a_companys_legal_form_cuts_no_longer_name() -> None:
    assert not _cut("The browser came from Spyglass Inc. of Naperville, Illinois.", "Naperville")


def test_a_cut_longer_name_is_still_cut() -> None:
    """Look-alikes: the tagger's cut ends of "Bank of America" and "the Southern District of New York"."""
    assert _cut("He took a loan from the Bank of America last year.", "America")
    assert _cut("Prosecutors in the Southern District of New York charged him.", "New York")
    assert _cut("The school was opened in 1933 by the Archdiocese of Philadelphia, which ran it.", "Philadelphia")


def test_a_parent_named_first_is_not_its_arm() -> None:
    ents = entities_of(
        "Sony said profits fell. Sony Pictures, its film studio, was hacked in November. Sony makes televisions.",
        "Sony shares dropped on Monday. Sony Pictures pulled the film from cinemas. Sony Pictures regretted it.",
    )
    names = {e.name for e in ents if e.label == "ORG"}
    assert {"Sony", "Sony Pictures"} <= names, names


def test_a_company_named_first_in_full_after_a_title_is_one_row() -> None:
    """The full name after "co-C.E.O. of" counts as the article's first mention, so its "Renaissance" joins it."""
    ents = entities_of(
        "Robert Mercer is the co-C.E.O. of Renaissance Technologies, a hedge fund on Long Island. At Renaissance, "
        "Mercer built trading models. Renaissance made him rich, and Renaissance Technologies paid him well.",
        "Renaissance Technologies is a hedge fund. Mercer joined Renaissance in 1993. Renaissance declined to comment.",
    )
    names = {e.name for e in ents if e.label == "ORG"}
    assert "Renaissance Technologies" in names and "Renaissance" not in names, names


def test_a_two_word_place_is_not_the_university_named_after_it() -> None:
    ents = entities_of(
        "Kennedy lived in New York with his wife. He studied law at New York University before he worked there.",
        "Kennedy, 38 and living in New York, founded a magazine. New York University said he had been a student.",
    )
    labels = {e.name: e.label for e in ents}
    assert labels.get("New York") == "GPE" and labels.get("New York University") == "ORG", labels


def test_a_one_word_place_still_joins_its_university() -> None:
    """Look-alike: "Stanford" is short for Stanford University."""
    ents = entities_of(
        "Stanford University scientists built the catalyst. Matthew Kanan of Stanford led the work.",
        "Stanford said the work was funded by the government. Kanan said more tests were needed at Stanford.",
    )
    names = [e.name for e in ents if "Stanford" in e.name]
    assert names == ["Stanford University"], names
