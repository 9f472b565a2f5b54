"""A body's clipped name is the body: "Fed" = "Federal Reserve" (DUC d151h listed both, 23 and 16 mentions;
session 11, issue 11). The clip has three letters at most and opens the first word of exactly one longer body
name of the story (the shortest, beside "Federal Reserve Board"), a word the story also writes in lower case.

Real spaCy model; nothing is mocked. The first test fails on c6a4faa; the other two call ``cluster_others`` with
the story's lower-case words, a parameter c6a4faa does not have.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model
from newsbrief.analyse._entity_bodies import cluster_others
from newsbrief.analyse._entity_mention import Mention

require_spacy_model()


def test_the_fed_is_the_federal_reserve() -> None:
    entities = entities_of(
        "The Fed raised interest rates on Tuesday, and the Federal Reserve said inflation was a worry. Greenspan "
        "said the Fed would watch prices.",
        "The federal funds rate rose. The Federal Reserve met for two days. The Fed is expected to act again, "
        "analysts said.",
    )
    names = {e.name: e for e in entities if e.label == "ORG"}
    assert "Fed" not in names
    assert "Fed" in names["Federal Reserve"].aliases


def _body(name: str) -> Mention:
    return Mention(article_id="a", name=name, surface=name, label="ORG", key=name.lower(), order=0)


def test_a_clip_joins_the_shortest_of_nested_names_and_only_an_ordinary_word() -> None:
    bodies = [_body("Fed"), _body("Federal Reserve"), _body("Federal Reserve Board")]
    groups = {frozenset(m.name for m in g) for g in cluster_others(bodies, lower_words={"federal"})}
    assert frozenset({"Fed", "Federal Reserve"}) in groups
    # "federico" is no ordinary word of the story: "Fed" is not short for the "Federico Group"
    bodies = [_body("Fed"), _body("Federico Group")]
    assert len(cluster_others(bodies, lower_words={"rates"})) == 2


def test_a_longer_name_is_no_clip() -> None:
    bodies = [_body("Intel"), _body("Intelligence Committee")]
    assert len(cluster_others(bodies, lower_words={"intelligence"})) == 2
