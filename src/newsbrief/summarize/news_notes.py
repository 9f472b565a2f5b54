"""Does a news report's sentence that the verdict model flags stand as its writer's view? A learned decision.

In a news report the verdict model's notes "(in the view of X's writer)" are wrong far more often than right: on
the dev trust briefs 61 of 66 notes on news-report sentences were on sentences labelled other than opinion, against
10 of 16 in sources taken for opinion pieces (BENCHMARKS.md, session 18, notes20). Half the verdict model's weight
is its article's rates, so a lively report's plain sentences pass its bar. Taking every note away shows the
reports' rare verdicts as fact; a hand rule on one more kind of sentence (session 13's "own judgement", session
17's marks of a record) has not carried over to the held-out third.

This model decides from labels instead: a logistic regression on every undisputed dev trust sentence label and
the PolNeAR train sentence labels (``opinion`` against every other), with the judgement model's features of the
sentence and its source (:mod:`newsbrief.summarize.judgement`: the sentence's own evaluative words, superlatives,
modals, hedges, stance markers, quotation and attribution, its article's rates, the source's P(opinion piece) and
declaration) and the source's kind as the brief knows it: a news agency's copy (:mod:`newsbrief.text.wire`), a
quotation with its named speaker, a mark of a reported record (a number, a date, a quotation mark), a sign of the
writer's own judgement (:func:`newsbrief.summarize.opinion.own_judgement`), and the last two weighed by the
source's P(opinion piece). ``benchmarks/news_notes.py`` fits it with cross-validation grouped by cluster or
article and chooses the probability at which a news report's verdict keeps its note (``data/news_notes.json``).

Only notes on sentences of sources taken for news change: an opinion piece's notes stay the genre decision's,
right far more often there (6 of 16 on dev against 5 of 66). The summary sentences are the same (display only). At
the chosen cut, held-out opinion shown as fact rose 10 -> 13 while wrong notes fell 45 -> 26: off by default.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

import numpy as np

from newsbrief.logistic import Logistic
from newsbrief.model import Sentence
from newsbrief.package_data import read_json
from newsbrief.summarize.judgement import FEATURES as JUDGEMENT_FEATURES
from newsbrief.summarize.judgement import feature_rows as judgement_rows
from newsbrief.summarize.opinion import (
    OPINION_PIECE,
    own_judgement,
    positions_by_article,
    quotes_named_speaker,
    reports_a_record,
)
from newsbrief.text.tokens import read_by_words

#: The source's kind and the sentence's marks besides the judgement model's features, in the weights' order.
KIND_FEATURES = ("wire_copy", "named_quotation", "record", "own_judgement", "genre_x_own", "genre_x_record")
FEATURES = (*JUDGEMENT_FEATURES, *KIND_FEATURES)


def feature_rows(
    sentences: Sequence[Sentence],
    genre_probability: float,
    declared: bool,
    wire: bool,
    *,
    lexicon: Mapping[str, float] | None = None,
) -> np.ndarray:
    """Rows of :data:`FEATURES` for the sentences of one article, in order."""
    if not sentences:
        return np.zeros((0, len(FEATURES)))
    base = judgement_rows(sentences, genre_probability, declared, lexicon=lexicon)
    g = genre_probability
    kind = []
    for s, own in zip(sentences, own_judgement(sentences), strict=True):
        record = float(reports_a_record(s.text))
        kind.append([float(wire), float(quotes_named_speaker(s.text)), record, float(own), g * own, g * record])
    return np.hstack([base, np.array(kind)])


@lru_cache(maxsize=1)
def _logistic() -> Logistic:
    return Logistic.from_weights(read_json("news_notes.json"), FEATURES, "data/news_notes.json")


def default_cut() -> float:
    """P(opinion) at or above which a news report's verdict keeps its note (``data/news_notes.json``: chosen on the
    dev trust briefs, cross-validated)."""
    return _logistic().threshold


def note_scores(
    sentences: Sequence[Sentence],
    genre_probabilities: Mapping[str, float],
    declared: Collection[str] = (),
    wire: Collection[str] = (),
) -> list[float]:
    """P(the sentence is its writer's opinion) for sentences of any articles, in input order.

    Args:
        sentences: the sentences, grouped by article inside (the article's rates and positions are features).
        genre_probabilities: article id -> P(opinion piece) (:func:`newsbrief.summarize.genre.opinion_probabilities`).
        declared: ids of sources that declare themselves opinion pieces.
        wire: ids of sources that declare themselves a news agency's copy.
    A sentence mostly in a script the English word features do not read scores 0, as in the verdict model.
    """
    model = _logistic()
    scores = [0.0] * len(sentences)
    for aid, positions in positions_by_article(sentences).items():
        group = [sentences[k] for k in positions]
        x = feature_rows(group, genre_probabilities.get(aid, 0.0), aid in declared, aid in wire)
        for k, p in zip(positions, model.probabilities(x), strict=True):
            scores[k] = float(p) if read_by_words(sentences[k].text) else 0.0
    return scores


def gated_verdicts(
    sentences: Sequence[Sentence],
    verdict: Sequence[bool],
    scores: Sequence[float],
    genres: Mapping[str, str],
    *,
    cut: float,
) -> list[bool]:
    """The verdicts less those of news reports' sentences this model scores under ``cut``
    (``BriefConfig.news_note_gate``); a verdict on a sentence of a source taken for an opinion piece stands."""
    return [
        v and (genres.get(s.article_id) == OPINION_PIECE or p >= cut)
        for s, v, p in zip(sentences, verdict, scores, strict=True)
    ]
