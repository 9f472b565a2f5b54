"""Align sentences across sources: which other reports say what a summary sentence says.

A sentence of another article supports a summary sentence when the same-fact decision
(:mod:`newsbrief.compare.same_fact`: word overlap by TF-IDF cosine over stemmed content words, plus
agreeing numbers and names, and what kind of text each is) gives it a probability at or above
``same_fact_threshold``, which is chosen on hand-labelled cross-source pairs for precision: a
"reported by 3 of 4 sources" must be true (`python benchmarks/same_fact.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsbrief.compare.same_fact import same_fact_matrix
from newsbrief.model import Sentence, Span, SummarySentence
from newsbrief.text.vectors import cosine_matrix, tfidf_matrix

#: At most this many supporting sentences are listed per other article (the best ones).
MAX_SUPPORT_PER_ARTICLE = 2


def to_span(sentence: Sentence, similarity: float = 1.0) -> Span:
    return Span(sentence.article_id, sentence.start, sentence.end, sentence.text, round(similarity, 4))


def similarity_matrix(sentences: Sequence[Sentence]) -> np.ndarray:
    """Pairwise TF-IDF cosine of the cluster's sentences (n x n), computed once per brief."""
    if not sentences:
        return np.zeros((0, 0))
    return cosine_matrix(tfidf_matrix([s.text for s in sentences]), range(len(sentences)))


def support_matrix(sentences: Sequence[Sentence]) -> np.ndarray:
    """P(same fact) of every pair of the cluster's sentences (0 within one article), once per brief."""
    return same_fact_matrix(sentences, similarity_matrix(sentences))


def support_rows(sentences: Sequence[Sentence], chosen: Sequence[Sentence]) -> np.ndarray:
    """P(same fact) of each chosen sentence against every sentence (len(chosen) x n).

    Why not the whole matrix: support needs only these rows, and n x n grows with the square of the input
    (a 2 MB article has ~22,000 sentences: a 3.9 GB matrix; issue 15, row 13), while these rows grow with n.
    """
    if not sentences or not chosen:
        return np.zeros((len(chosen), len(sentences)))
    position = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
    rows = [position[(s.article_id, s.index)] for s in chosen]
    similarity = cosine_matrix(tfidf_matrix([s.text for s in sentences]), rows)
    return same_fact_matrix(sentences, similarity, rows)


def attach_support(
    chosen: Sequence[Sentence],
    sentences: Sequence[Sentence],
    similarity: np.ndarray,
    *,
    threshold: float,
    rows_of_chosen: bool = False,
) -> list[SummarySentence]:
    """Wrap each chosen sentence with the sentences of other articles that say the same thing.

    Args:
        chosen: the summary sentences, in summary order (each one of ``sentences``).
        sentences: every sentence of the cluster.
        similarity: their pairwise same-fact probabilities (see :func:`support_matrix`), or with
            ``rows_of_chosen`` only the rows of ``chosen`` in their order (see :func:`support_rows`).
        threshold: the probability at or above which a sentence counts as support.
        rows_of_chosen: ``similarity`` holds one row per chosen sentence.
    """
    if not chosen:
        return []
    position = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
    out = []
    for number, sent in enumerate(chosen):
        row = similarity[number if rows_of_chosen else position[(sent.article_id, sent.index)]]
        per_article: dict[str, list[tuple[float, Sentence]]] = {}
        for k, other in enumerate(sentences):
            if other.article_id != sent.article_id and row[k] >= threshold:
                per_article.setdefault(other.article_id, []).append((float(row[k]), other))
        spans = []
        for candidates in per_article.values():
            candidates.sort(key=lambda pair: (-pair[0], pair[1].index))
            spans.extend(to_span(other, sim) for sim, other in candidates[:MAX_SUPPORT_PER_ARTICLE])
        spans.sort(key=lambda span: -span.similarity)
        out.append(SummarySentence(text=sent.text, source=to_span(sent), support=tuple(spans)))
    return out
