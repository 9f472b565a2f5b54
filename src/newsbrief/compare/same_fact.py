"""Do two sentences of different sources state the same fact? A small learned decision.

TF-IDF cosine alone (the support rule of newsbrief 0.1) cannot tell "scheduled to launch in July
2018" from "scheduled to end in June 2025", a Kharkiv caption from a Donetsk report, or a heading
from the sentence it heads: an editor's reading found 26 % of "reported by N sources" claims inflated
that way. The decision here looks at what the sentences assert, on top of how many words they share:

- word overlap: TF-IDF cosine over the cluster, content-word Jaccard and containment both ways,
  stemmed-bigram Jaccard (paraphrase versus the same wording), the length ratio;
- the same numbers and dates: whether the numbers agree, a quantity of the same unit or a date of the
  same kind with different values (:mod:`newsbrief.compare.conflicts` and :mod:`.date_slots` read them;
  reporting dates, "said Monday", are left out);
- the same actors: overlap of capitalised names, and whether both name people or places but none in
  common;
- what kind of text each is: a caption, heading or link (:func:`~newsbrief.summarize.standalone.is_debris`),
  a question, a short fragment; and whether either leans on context (a pronoun or an opener such as
  "But it..."), for then a reader cannot tell that both are about the same actors.

A logistic regression over these features is trained on the hand-labelled cross-source pairs
(tests/data/sentence_pairs.jsonl and the trust pairs; `python benchmarks/same_fact.py`, which also
chooses the probability threshold and reports held-out precision and recall); its weights ship as
package data (``data/same_fact.json``), so deciding needs numpy only. Pairs below
:data:`MIN_COSINE` are never the same fact (the labelled pairs start there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import pairwise

import numpy as np
from scipy.sparse import csr_array, issparse

from newsbrief.compare.date_slots import dated_slots, stated_values
from newsbrief.compare.slots import quantities
from newsbrief.logistic import Logistic
from newsbrief.model import Sentence
from newsbrief.package_data import read_json
from newsbrief.summarize.standalone import depends_on_context, is_debris, outside_quotes, unresolved_pronoun
from newsbrief.text.tokens import STOPWORDS, content_stems, jaccard, read_by_words, stems

#: Cosine below which a pair is not considered at all (the floor of the labelled trust pairs).
MIN_COSINE = 0.17

FEATURES: tuple[str, ...] = (
    "cosine",
    "jaccard",
    "containment_min",
    "containment_max",
    "bigram_jaccard",
    "length_ratio",
    "numbers_shared",
    "numbers_disjoint",
    "quantity_conflict",
    "date_conflict",
    "names_jaccard",
    "names_disjoint",
    "debris",
    "question",
    "needs_context",
    "pronoun",
    "short",
)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|his|their|them|it|its)\b", re.IGNORECASE)


def _numbers(text: str) -> frozenset[str]:
    return frozenset(m.group().replace(",", "") for m in _NUMBER.finditer(text))


def _names(text: str) -> frozenset[str]:
    """Capitalised words that are names: not function words, not the sentence's first word."""
    return frozenset(m.group() for m in _NAME.finditer(text) if m.start() > 0 and m.group().lower() not in STOPWORDS)


def _disagree(a: dict[str, set], b: dict[str, set]) -> bool:
    return any(a[k].isdisjoint(b[k]) for k in a.keys() & b.keys())


@lru_cache(maxsize=50_000)
def _sentence_facts(text: str) -> tuple:
    """What the features read off one sentence, computed once however many pairs it is in."""
    toks = stems(text)
    stripped = text.rstrip(" \"'”’")
    return (
        frozenset(content_stems(text)),
        frozenset(pairwise(toks)),
        _numbers(text),
        _names(text),
        quantities(text),
        stated_values(dated_slots(text)),
        is_debris(text),
        stripped.endswith("?"),
        depends_on_context(text) or unresolved_pronoun(text),
        _PRONOUN.search(outside_quotes(text)) is not None,
        len(text.split()),
    )


def pair_features(a: str, b: str, cosine: float) -> list[float]:
    """The feature vector of a sentence pair (order of :data:`FEATURES`); ``cosine`` from the cluster."""
    ca, ba, na, ma, qa, da, debris_a, question_a, context_a, pronoun_a, words_a = _sentence_facts(a)
    cb, bb, nb, mb, qb, db, debris_b, question_b, context_b, pronoun_b, words_b = _sentence_facts(b)
    shared = len(ca & cb)
    cont = (shared / len(ca) if ca else 0.0, shared / len(cb) if cb else 0.0)
    return [
        cosine,
        jaccard(ca, cb),
        min(cont),
        max(cont),
        jaccard(ba, bb),
        min(len(ca), len(cb)) / max(len(ca), len(cb), 1),
        float(bool(na & nb)),
        float(bool(na and nb and na.isdisjoint(nb))),
        float(_disagree(qa, qb)),
        float(_disagree(da, db)),
        jaccard(ma, mb),
        float(bool(ma and mb and ma.isdisjoint(mb))),
        float(debris_a or debris_b),
        float(question_a or question_b),
        float(context_a or context_b),
        float(pronoun_a or pronoun_b),
        float(min(words_a, words_b) < 8),
    ]


class SameFact:
    """The trained decision: ``probability(a, b, cosine)`` and a threshold chosen for precision.

    Args:
        weights: ``{"features": [...], "mean": [...], "scale": [...], "coef": [...], "intercept": x,
            "threshold": p}`` as written by ``benchmarks/same_fact.py``.
    """

    def __init__(self, weights: dict) -> None:
        self.model = Logistic.from_weights(weights, FEATURES, "same-fact weights (benchmarks/same_fact.py)")
        self.threshold = self.model.threshold

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """P(same fact) for rows of features."""
        return self.model.probabilities(features)

    def probability(self, a: str, b: str, cosine: float) -> float:
        if cosine < MIN_COSINE:
            return 0.0
        return float(self.probabilities(np.asarray([pair_features(a, b, cosine)]))[0])


@cache
def default_model() -> SameFact:
    """The model shipped with the package."""
    return SameFact(read_json("same_fact.json"))


#: Pairs scored per batch of features, so that a story with millions of similar pairs stays in bounded memory.
_BATCH = 50_000


def same_fact_matrix(
    sentences: Sequence[Sentence], similarity: np.ndarray | csr_array, rows: Sequence[int] | None = None
) -> np.ndarray | csr_array:
    """P(same fact) of each of ``rows`` (all by default) against every sentence; 0 within one article
    and 0 where either sentence is debris (:func:`~newsbrief.summarize.standalone.is_debris`) or mostly in
    a script the word tokens do not read (:func:`~newsbrief.text.tokens.read_by_words`).

    ``similarity`` is the cosine matrix (n x n) or just its ``rows`` (len(rows) x n), dense or sparse
    (:func:`~newsbrief.text.vectors.cosine_neighbours`); the answer has the same form. Only pairs of
    different articles at or above :data:`MIN_COSINE` are scored, so the cost follows the number of
    similar pairs, not n², and a sparse answer holds just those pairs (the same values as the dense one).
    """
    rows = list(range(len(sentences))) if rows is None else list(rows)
    sparse = issparse(similarity)
    if not rows or not len(sentences):
        shape = (len(rows), len(sentences))
        return csr_array(shape) if sparse else np.zeros(shape)
    article = np.array([s.article_id for s in sentences])
    if sparse:
        sub = csr_array(similarity if similarity.shape[0] == len(rows) else similarity[rows])
        sub.sort_indices()
        r_idx = np.repeat(np.arange(sub.shape[0]), np.diff(sub.indptr))
        c_idx, values = sub.indices, sub.data
    else:
        sub = similarity if similarity.shape[0] == len(rows) else similarity[rows]
        r_idx, c_idx = np.nonzero(sub >= MIN_COSINE)
        values = sub[r_idx, c_idx]
    # A caption, heading, link or cut teaser never states a fact that another sentence can share
    # (../shared/EDITOR.md: "a caption, heading or link counted as support" inflates the claim); nor does a
    # sentence the word tokens do not read (Russian, Japanese: alike by the one Latin name two of them cite).
    row_ids = np.asarray(rows)[r_idx]
    fact = np.zeros(len(sentences), dtype=bool)  # asked only of the sentences of a scored pair
    involved = np.unique(np.concatenate([row_ids, c_idx])).tolist()
    fact[involved] = [not is_debris(sentences[k].text) and read_by_words(sentences[k].text) for k in involved]
    keep = (values >= MIN_COSINE) & (article[row_ids] != article[c_idx]) & fact[row_ids] & fact[c_idx]
    r_idx, c_idx, values = r_idx[keep], c_idx[keep], values[keep]
    probabilities = _probabilities(sentences, rows, r_idx, c_idx, values)
    if sparse:
        out = csr_array((probabilities, (r_idx, c_idx)), shape=(len(rows), len(sentences)))
        out.sort_indices()
        return out
    dense = np.zeros((len(rows), len(sentences)))
    dense[r_idx, c_idx] = probabilities
    return dense


def _probabilities(
    sentences: Sequence[Sentence], rows: list[int], r_idx: np.ndarray, c_idx: np.ndarray, cosines: np.ndarray
) -> np.ndarray:
    """The model's P(same fact) of the given pairs, a batch of feature rows at a time."""
    out = np.zeros(len(r_idx))
    if not len(r_idx):
        return out
    model = default_model()
    texts = [s.text for s in sentences]
    for start in range(0, len(r_idx), _BATCH):
        stop = start + _BATCH
        pairs = zip(r_idx[start:stop].tolist(), c_idx[start:stop].tolist(), cosines[start:stop].tolist(), strict=True)
        feats = np.asarray([pair_features(texts[rows[r]], texts[c], cos) for r, c, cos in pairs])
        out[start:stop] = model.probabilities(feats)
    return out
