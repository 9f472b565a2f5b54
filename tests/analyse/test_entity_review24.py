"""Look-alikes of entities15's rules that went wrong through the real entity stage (session 14, review24).

* an age in apposition ("said Bradley, 34,") is a person's cue, but a number in commas after a place or in a
  table of counts is no age: "Ohio, 18, and Nevada, 6," (electoral votes) dropped Nevada from the list, and
  "Chelsea, 60, and Everton, 51," (points) typed Chelsea a settled PERSON;
* a caption's "From left" is cut from the description after it, but "a throw from left fielder Mookie Betts"
  is a left fielder, not a "fielder";
* a body's short name joins the story's one fuller name when a report gives the full name first; with no
  article naming both there is no such evidence: the "Irish Army" of one report is not the "Irish Republican
  Army" of another.

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


def test_a_table_of_counts_is_no_list_of_ages() -> None:
    shown = _entities(
        "The final table: Arsenal, 64, Chelsea, 60, and Everton, 51.",
        "Chelsea fans were angry. Everton said it would appeal. Arsenal won.",
    )
    chelsea = shown["Chelsea"]
    assert not (chelsea.label == "PERSON" and chelsea.typed)


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


def test_a_short_name_in_other_articles_only_is_not_the_fuller_body() -> None:
    shown = _entities(
        "The Irish Republican Army declared a ceasefire on Wednesday. Leaders of the Irish Republican Army met in "
        "Belfast.",
        "The Irish Army guards the border, the Irish Army said. Soldiers of the Irish Army were sent to Dundalk.",
    )
    assert "Irish Army" in shown and "Irish Republican Army" in shown
    assert "Irish Army" not in shown["Irish Republican Army"].aliases
