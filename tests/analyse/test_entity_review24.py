"""Look-alikes of entities15's rules that went wrong through the real entity stage (session 14, review24).

* an age in apposition ("said Bradley, 34,") is a person's cue, but a number in commas after a known place the
  tagger reads as a place is no age: "Ohio, 18, and Nevada, 6," (electoral votes) dropped Nevada from the list;
  people the tagger calls places keep the cue ("Rosito Borges, 35," of DUC d30034t);
* a caption's "From left" is cut from the description after it, but "a throw from left fielder Mookie Betts"
  is a left fielder, not a "fielder";
* a side of "X vs. Y" ("Wade" of "Roe vs. Wade") is no person's mention, but no vote for a thing either: "Clinton
  vs. Trump" outweighed "Clinton said" and dropped Clinton.

Real spaCy model; nothing is mocked. Each test fails on a48fccf.
"""

from __future__ import annotations

from installed import require_spacy_model

require_spacy_model()

from newsbrief.analyse import nlp as nlp_module  # noqa: E402
from newsbrief.analyse._entity_descriptors import descriptors_of  # noqa: E402
from newsbrief.analyse.entities import extract_entities  # noqa: E402
from newsbrief.model import Article, Entity  # noqa: E402


def _entities(*texts: str) -> dict[str, Entity]:
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    docs = list(nlp_module.load_nlp().pipe([a.text for a in articles]))
    return {e.name: e for e in extract_entities(articles, docs)}


def test_a_number_after_a_place_is_no_age() -> None:
    shown = _entities(
        "Clinton leads in Ohio, 18, and Nevada, 6, in the electoral count, the campaign said. Ohio voters go to "
        "the polls.",
        "Ohio is a swing state. Nevada is too.",
    )
    assert shown["Nevada"].label == "GPE"
    assert shown["Ohio"].label == "GPE"
    # Look-alike: people in a list of ages whom the tagger calls places (d30034t) still get the person cue.
    shown = _entities(
        "Jose Pau Lelo, 38, Rosito Borges, 35, and Leao Soares, 50, were in a coma due to injuries they sustained "
        "in the attack, according to the statement.",
        "Doctors said Rosito Borges was in a critical condition.",
    )
    assert shown["Rosito Borges"].label == "PERSON"


def test_left_after_from_inside_a_sentence_is_the_descriptions_own() -> None:
    doc = nlp_module.load_nlp()("The Red Sox scored on a throw from left fielder Mookie Betts in the ninth.")
    betts = next(e for e in doc.ents if e.text == "Mookie Betts")
    assert descriptors_of(betts) == ["left fielder"]
    # The caption's "From left" on a line of its own, run into the sentence before it, is still cut.
    doc = nlp_module.load_nlp()(
        "Actors pose at the festival on Friday\nFrom left actor Dijmon Hounsou, actress Cate Blanchett, actor Kit "
        "Harington pose."
    )
    hounsou = next(e for e in doc.ents if e.text == "Dijmon Hounsou")
    assert descriptors_of(hounsou) == ["actor"]


def test_a_contest_between_people_keeps_them_people() -> None:
    # "Clinton vs. Trump" is a contest, not a case: the case rule's thing vote outweighed "Clinton said" and
    # dropped Clinton from the list. A side of "X vs. Y" is now no mention at all, neither way.
    shown = _entities(
        "A Clinton vs. Trump race looks likely. Polls of Clinton vs. Trump show a close race.",
        "Clinton vs. Trump: the matchup is set. Clinton spoke in Ohio. Trump spoke in Florida. Clinton said she "
        "would win.",
    )
    assert shown["Clinton"].label == "PERSON"
