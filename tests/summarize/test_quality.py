"""The summary-sentence quality model: literal sentences and their look-alikes, and its use in selection."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsbrief import BriefConfig, ConfigError
from newsbrief.summarize.ilp import ConceptILP
from newsbrief.summarize.quality import FEATURES, feature_matrix, quality_scores, speaks_to_reader
from synthetic import sentences_of

STORY = [
    ("x", "Labour leader Jeremy Corbyn left his home in Islington on Monday morning."),
    ("x", "Corbyn said he was disappointed by the resignations."),
    ("x", "That night, Jeremy Corbyn told supporters in London that Labour would fight on."),
    ("x", "That is what he told them."),
]
PAPER = [
    ("y", "About two million readers subscribe to the New York Times digital edition, the company said on Thursday."),
    ("y", "Click here to subscribe to our newsletter."),
]


def test_shipped_model_matches_the_features() -> None:
    raw = json.loads(resources.files("newsbrief").joinpath("data/quality.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)  # rerun benchmarks/sentence_quality.py --write after changing them
    assert len(raw["coef"]) == len(raw["mean"]) == len(raw["scale"]) == len(FEATURES)


def test_that_opener_naming_its_referent_beats_one_pointing_back() -> None:
    scores = quality_scores(sentences_of(STORY))
    # "That night, Jeremy Corbyn told ..." stands alone; "That is what he told them." does not.
    assert scores[2] > 2 * scores[3]
    assert scores[2] > 0.3


def test_bare_surname_after_the_full_name_scores_lower() -> None:
    sentences = sentences_of(STORY)
    rows = feature_matrix(sentences)
    bare = FEATURES.index("bare_surname")
    assert rows[1, bare] == 1.0  # "Corbyn said ..." after "Jeremy Corbyn"
    assert rows[0, bare] == rows[2, bare] == 0.0  # the full name is no bare surname
    scores = quality_scores(sentences)
    assert scores[0] > 3 * scores[1]


def test_a_real_sentence_with_subscribe_is_not_furniture() -> None:
    real, promo = quality_scores(sentences_of(PAPER))
    assert real > 0.5 > promo
    assert promo < 0.1


def test_surname_never_introduced_is_not_bare() -> None:
    rows = feature_matrix(sentences_of([("z", "Smith said the bridge would reopen on Friday.")]))
    assert rows[0, FEATURES.index("bare_surname")] == 0.0


def test_empty_input() -> None:
    assert quality_scores([]) == []
    assert feature_matrix([]).shape == (0, len(FEATURES))


def test_quality_weight_prefers_the_sentence_that_stands_alone() -> None:
    texts = [
        ("b", "Labour leader Jeremy Corbyn faced a vote of the party on Monday."),
        ("b", "Corbyn won the vote of the party on Monday in London."),  # bare surname, more shared bigrams
        ("a", "Jeremy Corbyn, the Labour leader, won a second term."),  # introduces him
        ("c", "The vote of the party on Monday was held in London."),
    ]
    sentences, eligible = sentences_of(texts), [False, True, True, False]
    assert ConceptILP().select(sentences, 12, eligible) == [1]  # coverage alone: room for one, the bare surname
    assert ConceptILP(quality_weight=5.0).select(sentences, 12, eligible) == [2]


def test_config_refuses_a_negative_quality_weight() -> None:
    with pytest.raises(ConfigError, match="quality_weight"):
        BriefConfig(quality_weight=-1.0)
    with pytest.raises(ConfigError, match="repeat_same_fact"):
        BriefConfig(repeat_same_fact=0.0)


def test_cache_scores_a_list_once_and_a_new_list_again() -> None:
    from newsbrief.summarize.opinion import opinion_scores
    from newsbrief.summarize.quality import QualityCache

    sentences = sentences_of(STORY)
    cache = QualityCache()
    first = cache.scores(sentences, opinion_scores(sentences))
    assert first == quality_scores(sentences)  # the verdict scores given are the ones it would compute
    assert cache.scores(sentences) is first  # the same list: not scored again
    other = sentences_of(PAPER)
    assert cache.scores(other) == quality_scores(other)


def test_a_sentence_that_speaks_to_the_reader_is_furniture_like() -> None:
    assert speaks_to_reader('Shop or "Skip" The choice to shop is always yours!')
    assert speaks_to_reader("If you need additional information about domain mapping, please visit our help center.")
    assert speaks_to_reader("Click below to sign the Petition.")
    # look-alikes that stay: "you" and "!" inside a quotation, furniture words in a news lead, "subscribers"
    assert not speaks_to_reader('"You have given us enough money!" the producer told fans on Monday.')
    assert not speaks_to_reader("Kendrick Lamar won six awards at the 2017 MTV Video Music Awards on Sunday.")
    assert not speaks_to_reader("The service has 2 million subscribers, the company said.")


def test_a_threads_primed_scores_stay_while_another_thread_primes_its_own() -> None:
    """Briefs in threads of one process share a pipeline's cache (a Dask worker's tasks): one brief's primed pool
    scores must not give way to another's, or its selection re-scores the pool as plain sentences."""
    import threading

    from newsbrief.summarize.quality import QualityCache

    cache = QualityCache()
    mine, theirs = sentences_of(STORY), sentences_of(PAPER)
    primed = [0.5] * len(mine)
    cache.prime(mine, primed)
    other = threading.Thread(target=cache.prime, args=(theirs, [0.25] * len(theirs)))
    other.start()
    other.join()
    assert cache.scores(mine) is primed
