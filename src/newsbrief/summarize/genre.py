"""Is a source a news report or an opinion piece (a review, column, editorial, argued analysis, blog)?

The writer's-verdict model (:mod:`newsbrief.summarize.opinion`) judges one sentence at a time and was fitted
on sentence labels in which few opinion pieces appear, so it marks verdicts in news reports and misses plain
verdicts of reviews. A genre belongs to the whole source: a review's "The remake has none of the original's
charm" is the writer's view because the piece is a review. This module decides the genre of each source
from evidence that does not depend on the story, pooled over the article: the rates of the sentence
features (the writer's "I"/"we"/"you" outside quotes, evaluative adjectives, judgement words, attribution,
quotation, digits, questions and exclamations), the share of its sentences the verdict model flags and their
mean probability. A logistic regression over them was fitted on the development part of the genre labels
(``benchmarks/genre.py``, which writes ``data/genre.json`` with its threshold, chosen for precision), so
scoring needs numpy only.

The genre is an attribute of the source, not a reason to leave it out: the brief uses it to decide which
sentences are shown with whose view they are (:func:`verdicts`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

from newsbrief.logistic import Logistic
from newsbrief.model import Sentence
from newsbrief.package_data import read_json
from newsbrief.summarize.opinion import OPINION_PIECE as OPINION
from newsbrief.summarize.opinion import SENTENCE_FEATURES, article_features, positions_by_article

NEWS = "news"

#: The article's mean of every sentence feature, then the verdict model's evidence and the length.
GENRE_FEATURES = (
    *(f"mean_{n}" for n in SENTENCE_FEATURES),
    "verdict_mean",
    "verdict_share",
    "speaker_turns",
    "log_sentences",
)
#: A transcript's or a Q&A's turn: "PRESIDENT OBAMA:", "GEORGE STEPHANOPOULOS:", "Q:", "MARTIN:". Its "I" and
#: "you" are the speakers', not a writer's, though no quotation mark says so.
_TURN = re.compile(r"^(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]*:\s")


@lru_cache(maxsize=1)
def _model() -> dict:
    return read_json("genre.json")


@lru_cache(maxsize=1)
def _logistic() -> Logistic:
    return Logistic.from_weights(_model(), GENRE_FEATURES, "data/genre.json")


def default_threshold() -> float:
    """P(opinion piece) at or above which a source is taken for one (chosen for precision; ``data/genre.json``)."""
    return _logistic().threshold


def genre_features(
    sentences: Sequence[Sentence], verdict_scores: Sequence[float], verdict_threshold: float
) -> list[float]:
    """The features of one source (see :data:`GENRE_FEATURES`).

    Args:
        sentences: the source's sentences, in order.
        verdict_scores: the writer's-verdict probability of each sentence.
        verdict_threshold: the probability at which the verdict model flags a sentence.
    """
    if not sentences:
        return [0.0] * len(GENRE_FEATURES)
    rows = article_features(sentences)[:, : len(SENTENCE_FEATURES)]
    scores = np.asarray(verdict_scores, dtype=float)
    return [
        *(float(v) for v in rows.mean(axis=0)),
        float(scores.mean()),
        float((scores >= verdict_threshold).mean()),
        sum(1 for s in sentences if _TURN.match(s.text)) / len(sentences),
        math.log1p(len(sentences)),
    ]


def opinion_probabilities(
    sentences: Sequence[Sentence], verdict_scores: Sequence[float], verdict_threshold: float
) -> dict[str, float]:
    """P(opinion piece) of each source, keyed by article id, for the sentences of any articles."""
    groups = positions_by_article(sentences)
    if not groups:
        return {}
    x = np.array(
        [
            genre_features([sentences[k] for k in ks], [verdict_scores[k] for k in ks], verdict_threshold)
            for ks in groups.values()
        ]
    )
    return {aid: float(p) for aid, p in zip(groups, _logistic().probabilities(x), strict=True)}


def source_genres(
    sentences: Sequence[Sentence],
    verdict_scores: Sequence[float],
    verdict_threshold: float,
    genre_threshold: float | None = None,
) -> dict[str, str]:
    """:data:`OPINION` or :data:`NEWS` for each source (keyed by article id).

    Args:
        genre_threshold: P(opinion piece) at which a source is one; the shipped threshold by default.
    """
    cut = default_threshold() if genre_threshold is None else genre_threshold
    probs = opinion_probabilities(sentences, verdict_scores, verdict_threshold)
    return {aid: OPINION if p >= cut else NEWS for aid, p in probs.items()}


def verdicts(
    sentences: Sequence[Sentence],
    verdict_scores: Sequence[float],
    genres: Mapping[str, str],
    *,
    news_threshold: float,
    opinion_threshold: float,
) -> list[bool]:
    """Whether each sentence is taken for its writer's verdict, by the genre of its source.

    A sentence of an opinion piece needs less evidence (``opinion_threshold``) than one of a news report
    (``news_threshold``), where a lively adjective is far likelier to be colour than the writer's verdict.
    """
    return [
        p >= (opinion_threshold if genres.get(s.article_id) == OPINION else news_threshold)
        for s, p in zip(sentences, verdict_scores, strict=True)
    ]
