"""The evidence ``benchmarks/entity_keep.py`` reads across an entity's mentions (issue 11).

Literal sentences written for these tests, the real spaCy model; nothing is mocked.
"""

from __future__ import annotations

from benchmark_scripts import load_benchmark
from installed import require_spacy_model
from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse.entities import entity_candidates, extract_entities
from newsbrief.model import Article

require_spacy_model()
keep = load_benchmark("entity_keep")


def candidates(*texts: str):
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    docs = list(nlp_module.load_nlp().pipe([a.text for a in articles]))
    return entity_candidates(articles, docs)


def row_of(name: str, *texts: str) -> dict[str, float]:
    found, lower_words = candidates(*texts)
    entity, cluster = next((e, c) for e, c in found if e.name == name)
    return dict(zip(keep.FEATURES, keep.features(entity, cluster, lower_words), strict=True))


def test_a_place_is_read_after_in() -> None:
    row = row_of(
        "Chicago",
        "The storm hit Chicago on Monday. Schools in Chicago were closed, and flights from Chicago were cancelled.",
    )
    assert row["place"] == 1.0 and row["after_in"] >= 0.5 and row["known_place"] == 1.0


def test_a_body_that_speaks_is_a_subject_of_saying() -> None:
    row = row_of(
        "Microsoft",
        "Microsoft said on Monday it would cut 1,000 jobs. Microsoft announced the plan in a letter to staff. "
        "Analysts had expected Microsoft to cut more.",
    )
    assert row["org"] == 1.0 and row["subject_of_saying"] > 0.0 and row["log_mentions"] > 1.0


def test_a_person_with_honorific_and_given_name() -> None:
    row = row_of(
        "Jane Wilson",
        "Jane Wilson, 54, was arrested on Monday. Mrs. Wilson has denied the charges, her lawyer said.",
    )
    assert row["person"] == 1.0 and row["given_name"] == 1.0 and row["honorific"] > 0.0


def test_a_plural_common_noun_is_seen() -> None:
    """ "Rhinos" capitalised at a sentence's start, "rhinos" in lower case elsewhere: a common noun's evidence."""
    found, lower_words = candidates(
        "Rhinos are killed for their horns. Poachers killed 1,000 rhinos last year in South Africa, officials said."
    )
    assert "rhinos" in lower_words
    for entity, cluster in found:
        row = dict(zip(keep.FEATURES, keep.features(entity, cluster, lower_words), strict=True))
        assert len(row) == len(keep.FEATURES)
        if entity.name.lower() == "rhinos":
            assert row["plural"] == 1.0 and row["lower_in_story"] == 1.0


def test_the_candidates_are_what_the_stage_lists() -> None:
    text = (
        "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on Monday. Merkel said the talks went "
        "well, and Macron told reporters in Berlin that France would help."
    )
    found, _ = candidates(text)
    listed = extract_entities([Article(id="a0", text=text)], [nlp_module.load_nlp()(text)])
    assert sorted(e.name for e in listed) == sorted(e.name for e, _ in found)
    assert {"Angela Merkel", "Emmanuel Macron"} <= {e.name for e in listed}


def test_the_head_noun_says_a_site_not_a_body() -> None:
    """Session 12: "Hotel Dieu Hospital" listed ORG; its head noun names a site (labelled a place), and a person's
    surname that is a common noun ("David Bridges") has no head class."""
    assert keep._head_class("Hotel Dieu Hospital") == "PLACE"
    assert keep._head_class("Department of Justice") == "ORG"
    assert keep._head_class("American Jobs Act") == "THING"
    assert keep._head_class("David Bridges") is None
    row = row_of(
        "Hotel Dieu Hospital",
        "The victims were taken to Hotel Dieu Hospital on Monday. Hotel Dieu Hospital said two were in a serious "
        "condition.",
    )
    assert row["org"] == 1.0
    assert row["head_place"] == 1.0 and row["head_other"] == 1.0 and row["head_agrees"] == 0.0


def test_a_town_described_after_a_comma() -> None:
    found, lower_words = candidates(
        "The crash happened near Albert Lea, a town in southern Minnesota. Police in Albert Lea said two died."
    )
    rows = {e.name: dict(zip(keep.FEATURES, keep.features(e, c, lower_words), strict=True)) for e, c in found}
    assert rows["Albert Lea"]["comma_place"] == 1.0
    assert len(rows["Albert Lea"]) == len(keep.FEATURES)
