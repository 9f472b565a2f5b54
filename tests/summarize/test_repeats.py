"""Each fact once: WithoutRepeats refuses the later of two chosen sentences that state the same fact."""

from __future__ import annotations

import pytest

from newsbrief import Article, brief
from newsbrief.summarize.repeats import WithoutRepeats
from newsbrief.text.vectors import tfidf_matrix
from synthetic import TakeAll, sentences_of

SENTENCES = {
    "a": [
        "Prodigy, one half of the rap duo Mobb Deep, has died in Las Vegas at the age of 42.",
        "The rapper had been treated for sickle cell anemia since childhood.",
    ],
    "b": [
        "The rapper Prodigy of the duo Mobb Deep died in Las Vegas, aged 42, his publicist said.",
        "Mobb Deep released its debut album in 1993.",
    ],
}


def _pairs(texts: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(art, t) for art, sents in texts.items() for t in sents]


def test_later_repeat_refused_and_room_refilled() -> None:
    sentences = sentences_of(_pairs(SENTENCES))
    chosen = WithoutRepeats(TakeAll(), threshold=0.3)(sentences, 200)
    texts = [s.text for s in chosen]
    assert SENTENCES["a"][0] in texts
    assert SENTENCES["b"][0] not in texts  # the same fact, later in the reading order of the input
    assert SENTENCES["a"][1] in texts and SENTENCES["b"][1] in texts  # different facts stay


def test_high_threshold_keeps_everything() -> None:
    sentences = sentences_of(_pairs(SENTENCES))
    assert len(WithoutRepeats(TakeAll(), threshold=0.99)(sentences, 200)) == 4


def test_edge_cases() -> None:
    wrapper = WithoutRepeats(TakeAll(), threshold=0.3)
    assert wrapper([], 100) == []
    one = sentences_of([("a", "The council closed the bridge on Tuesday.")])
    assert [s.text for s in wrapper(one, 100)] == ["The council closed the bridge on Tuesday."]
    assert wrapper(one, 2) == []  # a budget shorter than any sentence


def test_brief_states_each_fact_once() -> None:
    articles = [Article(id=k, text=" ".join(v)) for k, v in SENTENCES.items()]
    result = brief(articles, words=200, analysis=False)
    died = [s for s in result.summary if "died" in s.text]
    assert len(died) == 1


def test_same_fact_decision_refuses_a_repeat_word_overlap_lets_through() -> None:
    sentences = sentences_of(_pairs(SENTENCES))
    # cosine of the two Prodigy sentences is ~0.6: under 0.99 they pass on word overlap alone ...
    assert len(WithoutRepeats(TakeAll(), threshold=0.99)(sentences, 200)) == 4
    # ... but the same-fact decision scores them ~0.99, so the later one goes; the debut album (same names,
    # another fact) stays.
    texts = [s.text for s in WithoutRepeats(TakeAll(), threshold=0.99, same_fact_threshold=0.7)(sentences, 200)]
    assert SENTENCES["b"][0] not in texts
    assert SENTENCES["a"][0] in texts and SENTENCES["b"][1] in texts


def test_pairs_scored_once_per_pool_equal_scoring_each_choice_whole(data_dir) -> None:  # type: ignore[no-untyped-def]
    """The repeat check keeps the same-fact pairs it scored for a pool and scores only new rows and columns:
    over a run of overlapping choices (as re-selections make) on real clusters, each answer equals scoring the
    whole choice afresh (``support_among``, to the last bit of the model's product: its batches differ)."""
    import numpy as np

    from newsbrief import BriefConfig, read_clusters
    from newsbrief.compare.support import support_among, support_matrix
    from newsbrief.pipeline import Briefer
    from newsbrief.text.vectors import cosine_matrix, tfidf_matrix

    clusters = list(read_clusters(data_dir / "multinews" / "val_raw.jsonl"))[:3]
    briefer = Briefer(BriefConfig(words=300, analysis=False))
    rng = np.random.default_rng(7)
    checked = found = 0
    for cluster in clusters:
        sentences = list(briefer.sources(cluster.articles).sentences)
        if len(sentences) < 30:
            continue
        check = WithoutRepeats(TakeAll(), threshold=0.5, same_fact_threshold=0.5)
        similar = np.flatnonzero(support_matrix(sentences).sum(axis=1) > 0)  # sentences some other one supports
        if len(similar) < 12:  # too few for a run of choices (val-15 once its picture captions are not story text)
            continue
        chosen = sorted(rng.choice(similar, 12, replace=False).tolist())
        for _ in range(6):
            cosines = cosine_matrix(tfidf_matrix([s.text for s in sentences]), chosen)
            same = check._same_fact(sentences, chosen, cosines)
            # Equal up to the last bit of a matrix product whose rounding follows the batch's size (the model
            # scores a pair within whichever batch of pairs it is asked about, before this change too).
            assert np.allclose(same, support_among(sentences, chosen), rtol=0, atol=1e-12)
            found += int((same > 0).sum())
            kept = [i for i in chosen if rng.random() < 0.7]
            chosen = sorted(set(kept) | set(rng.choice(similar, 4, replace=False).tolist()))
            checked += 1
    assert checked and found  # pairs that state the same fact were among them


KIRUNA = {
    "a": [
        "The Swedish mining town of Kiruna will move its entire city centre about two miles east to make way for "
        "the expanding iron ore mine.",
        "The state-owned company LKAB will pay for new homes, a new town hall and a new railway station.",
        "About 18,000 people live in the town, which lies 145 kilometres north of the Arctic Circle.",
    ],
    "b": [
        "Kiruna, the northernmost city in Sweden, is to be picked up and relocated nearly two miles away from the "
        "mine beneath it.",
        "Cracks have appeared in buildings as the ground subsides above the tunnels.",
        "The old church, voted the most beautiful building in Sweden, will be taken apart and rebuilt.",
    ],
}


@pytest.mark.parametrize("words", [300, 60])
def test_one_fact_in_other_words_from_two_sources_is_said_once(words: int) -> None:
    """Two sources state one fact in different words (TF-IDF cosine ~0.3, under ``repeat_threshold``; same-fact
    probability ~0.55, under the old 0.7): the brief keeps one of them, with room for the rest. The referents
    check is off: it refuses both sentences here for their "the mine", which is not what is tested."""
    articles = [Article(id=k, text=" ".join(v)) for k, v in KIRUNA.items()]
    texts = [s.text for s in brief(articles, words=words, analysis=False, referents="off").summary]
    moving = [t for t in texts if "two miles" in t]
    assert len(moving) == 1
    assert any("LKAB" in t for t in texts)  # other facts stay


def test_repeats_in_the_whole_pool_found_at_once() -> None:
    """After ``WIDEN_AFTER`` rounds the chosen sentences' repeats anywhere in the pool are kept apart at once (a
    pool with many sentences of one fact would otherwise cost a re-selection per sentence swapped in): every
    copy of the chosen fact is paired with it, and no other fact is."""
    endings = ["after a vote", "following a vote", "after a council vote", "after the vote", "after voting"]
    texts = [f"The council closed the old Ferry Street bridge on Tuesday {end}." for end in endings]
    texts += [
        "Shop owners near the river fear losing customers.",
        "A replacement will cost 40 million dollars.",
        "Engineers found cracks in two of its piers in May.",
    ]
    sentences = sentences_of([(f"s{k}", text) for k, text in enumerate(texts)])
    check = WithoutRepeats(TakeAll(), threshold=0.4, same_fact_threshold=0.45)
    vectors = tfidf_matrix([s.text for s in sentences])
    assert check._repeats_in_pool(sentences, [0, 6], vectors) == {(0, k) for k in range(1, 5)}
    assert check._repeats_in_pool(sentences, [5, 6, 7], vectors) == set()


def test_cosine_rows_kept_per_pool_are_the_products_bit_for_bit() -> None:
    """The rows a re-selection reuses are the ones a fresh product gives, whichever rows are asked with them."""
    from newsbrief.text.vectors import cosine_matrix

    texts = [t for _, t in _pairs(SENTENCES)] + ["Prodigy died in Las Vegas.", "Mobb Deep's album came out in 1993."]
    sentences = sentences_of([("c", t) for t in texts])
    vectors = tfidf_matrix([s.text for s in sentences])
    selector = WithoutRepeats(TakeAll(), threshold=0.3)
    for chosen in ([0, 2], [2, 4, 1], [5, 0, 2, 3], [3], [], [1, 1, 4]):
        rows = selector._cosine_rows(sentences, chosen, vectors)
        assert rows.shape == (len(chosen), len(sentences))
        assert rows.tobytes() == cosine_matrix(vectors, chosen).tobytes()
    other = sentences_of([("d", t) for t in reversed(texts)])  # another pool: its own rows, not the last pool's
    vectors = tfidf_matrix([s.text for s in other])
    assert selector._cosine_rows(other, [0, 2], vectors).tobytes() == cosine_matrix(vectors, [0, 2]).tobytes()
