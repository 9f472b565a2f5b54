"""The same-fact decision: shipped weights load, features read what the sentences assert, the brief uses it."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from newsbrief.compare.same_fact import FEATURES, MIN_COSINE, SameFact, default_model, pair_features, same_fact_matrix
from newsbrief.compare.support import similarity_matrix
from newsbrief.config import BriefConfig
from synthetic import sentences_of

LAUNCH = "The telescope is scheduled to launch in July 2018 from French Guiana, the agency said."
END = "The telescope mission is scheduled to end in June 2025, the agency said."


def _p(a: str, b: str, cosine: float = 0.5) -> float:
    return default_model().probability(a, b, cosine)


def test_shipped_weights_match_the_features_and_the_config_default() -> None:
    raw = json.loads(resources.files("newsbrief").joinpath("data/same_fact.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    assert BriefConfig().same_fact_threshold == raw["threshold"]  # rerunning benchmarks/same_fact.py updates both


def test_features_read_numbers_dates_names_and_kind() -> None:
    f = dict(zip(FEATURES, pair_features(LAUNCH, END, 0.5), strict=True))
    assert f["numbers_disjoint"] == 1.0 and f["numbers_shared"] == 0.0
    assert f["date_conflict"] == 1.0
    heading_features = pair_features("REFERENDUM DEMAND", "Protesters demanded a referendum.", 0.4)
    heading = dict(zip(FEATURES, heading_features, strict=True))
    assert heading["debris"] == 1.0 and heading["short"] == 1.0
    names = pair_features("Protesters seized offices in Donetsk.", "Protesters seized offices in Kharkiv.", 0.6)
    assert dict(zip(FEATURES, names, strict=True))["names_disjoint"] == 1.0


def test_what_the_sentences_assert_moves_the_probability() -> None:
    same = "Seven Labour MPs resigned from the party on Monday over Brexit and antisemitism."
    paraphrase = "Seven MPs quit the Labour Party on Monday, citing Brexit and antisemitism."
    assert _p(same, paraphrase) > _p(LAUNCH, END)
    assert _p(same, "SEVEN LABOUR MPS") < _p(same, paraphrase)  # a heading never supports as well
    assert _p(same, paraphrase, cosine=MIN_COSINE / 2) == 0.0  # below the floor: never the same fact


def test_other_features_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        SameFact({"features": ["cosine"], "mean": [0], "scale": [1], "coef": [1], "intercept": 0, "threshold": 0.5})


def test_matrix_is_zero_within_an_article_and_below_the_floor() -> None:
    sentences = sentences_of(
        [
            ("a", "Seven Labour MPs resigned from the party on Monday over Brexit."),
            ("a", "Seven Labour MPs resigned from the party on Monday over Brexit policy."),
            ("b", "Seven Labour MPs quit the party on Monday over Brexit."),
            ("b", "The weather in Leeds was mild."),
        ]
    )
    same = same_fact_matrix(sentences, similarity_matrix(sentences))
    assert same.shape == (4, 4)
    assert same[0, 1] == 0.0 and same[2, 3] == 0.0  # same article
    assert same[0, 3] == 0.0  # unrelated: below the cosine floor
    assert same[0, 2] > 0.0 and np.allclose(same[0, 2], same[2, 0], atol=0.2)
    assert same_fact_matrix([], np.zeros((0, 0))).shape == (0, 0)


def test_captions_headings_and_links_never_support_but_a_sentence_saying_the_same_does() -> None:
    sentences = sentences_of(
        [
            ("a", "Police arrested 12 protesters in Kharkiv on Monday, officials said."),
            ("b", "Police arrested 12 protesters in Kharkiv on Monday"),  # a caption or heading: no full stop
            ("c", "Police arrested 12 protesters in Kharkiv on Monday, see https://example.com/kharkiv-arrests."),
            ("d", "Police arrested 12 protesters in Kharkiv on Monday, the mayor said."),
        ]
    )
    same = same_fact_matrix(sentences, similarity_matrix(sentences))
    assert same[0, 1] == 0.0 and same[1, 0] == 0.0
    assert same[0, 2] == 0.0 and same[2, 0] == 0.0
    assert same[0, 3] > 0.5  # the look-alike that states the fact stays support
    rows = same_fact_matrix(sentences, similarity_matrix(sentences)[[0]], [0])
    assert rows[0, 1] == 0.0 and rows[0, 3] == same[0, 3]
