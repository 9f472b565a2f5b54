"""Align sentences across sources: which other reports say what a summary sentence says.

A sentence of another article supports a summary sentence when the same-fact decision
(:mod:`newsbrief.compare.same_fact`: word overlap by TF-IDF cosine over stemmed content words, plus
agreeing numbers and names, and what kind of text each is) gives it a probability at or above
``same_fact_threshold``, which is chosen on hand-labelled cross-source pairs for precision: a
"reported by 3 of 4 sources" must be true (`python benchmarks/same_fact.py`).

The same-fact probabilities are sparse: a pair below :data:`~newsbrief.compare.same_fact.MIN_COSINE` is never
the same fact, so only the cosine neighbours at or above it are scored and kept
(:func:`~newsbrief.text.vectors.cosine_neighbours`); a story's memory follows its similar pairs, not n x n.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_array, issparse

from newsbrief.compare.same_fact import MIN_COSINE, same_fact_matrix
from newsbrief.model import Sentence, Span, SummarySentence
from newsbrief.text.vectors import cosine_matrix, cosine_neighbours, tfidf_matrix

#: At most this many supporting sentences are listed per other article (the best ones).
MAX_SUPPORT_PER_ARTICLE = 2


def to_span(sentence: Sentence, similarity: float = 1.0) -> Span:
    return Span(sentence.article_id, sentence.start, sentence.end, sentence.text, round(similarity, 4))


def similarity_matrix(sentences: Sequence[Sentence]) -> np.ndarray:
    """Pairwise TF-IDF cosine of the sentences (n x n, dense): for small labelled sets and tests only."""
    if not sentences:
        return np.zeros((0, 0))
    return cosine_matrix(tfidf_matrix([s.text for s in sentences]), range(len(sentences)))


def support_matrix(sentences: Sequence[Sentence]) -> csr_array:
    """P(same fact) of every pair of the cluster's sentences (sparse: only scored pairs), once per brief."""
    return support_rows(sentences, None)


def support_rows(sentences: Sequence[Sentence], chosen: Sequence[Sentence] | None) -> csr_array:
    """P(same fact) of each chosen sentence (every sentence for None) against every sentence, sparse.

    Shape (len(chosen), n). Only pairs of different articles with a cosine of at least ``MIN_COSINE`` are
    stored, the only ones the model scores above 0, so memory follows the similar pairs.
    """
    rows: list[int] | None = None
    if chosen is not None:
        position = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
        rows = [position[(s.article_id, s.index)] for s in chosen]
    if not sentences or rows == []:
        return csr_array((len(sentences) if rows is None else len(rows), len(sentences)))
    similarity = _neighbours(sentences, rows)
    return same_fact_matrix(sentences, similarity, rows)


def _neighbours(sentences: Sequence[Sentence], rows: Sequence[int] | None) -> csr_array:
    """The cosines the same-fact model may score: pairs of different articles at or above ``MIN_COSINE``.

    A sentence an article repeats word for word is paired at most ``MAX_SUPPORT_PER_ARTICLE`` times per
    article (no more of them can be listed as support), so a pasted page of one repeated sentence costs time
    and memory in proportion to its length, not its square (BENCHMARKS.md, "Hostile input").
    """
    matrix = tfidf_matrix([s.text for s in sentences])
    groups = [s.article_id for s in sentences]
    return cosine_neighbours(matrix, rows, min_cosine=MIN_COSINE, groups=groups, copies=MAX_SUPPORT_PER_ARTICLE)


def support_among(sentences: Sequence[Sentence], chosen: Sequence[int]) -> np.ndarray:
    """P(same fact) between the sentences at positions ``chosen``, dense, shape (len(chosen), len(chosen)).

    The entries of :func:`support_rows` of ``chosen`` at the columns ``chosen``, without scoring the
    chosen sentences against every other sentence of the cluster (the selection's repeat check asks only
    whether two chosen sentences state the same fact, once per re-selection).
    """
    chosen = list(chosen)
    if not sentences or not chosen:
        return np.zeros((len(chosen), len(chosen)))
    similarity = _neighbours(sentences, chosen)
    among = np.zeros(len(sentences), dtype=bool)
    among[chosen] = True
    similarity = similarity.tocoo()
    keep = among[similarity.col]
    similarity = csr_array(
        (similarity.data[keep], (similarity.row[keep], similarity.col[keep])), shape=similarity.shape
    )
    same = same_fact_matrix(sentences, similarity, chosen)
    return same[:, chosen].toarray()


def row_entries(similarity: np.ndarray | csr_array, row: int) -> tuple[np.ndarray, np.ndarray]:
    """The columns and values of one row's nonzero entries, columns ascending (dense or sparse input)."""
    if issparse(similarity):
        lo, hi = similarity.indptr[row], similarity.indptr[row + 1]
        cols, values = similarity.indices[lo:hi], similarity.data[lo:hi]
        order = np.argsort(cols, kind="stable")
        return cols[order], values[order]
    cols = np.flatnonzero(similarity[row])
    return cols, similarity[row][cols]


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
        similarity: their pairwise same-fact probabilities, dense or sparse (see :func:`support_matrix`),
            or with ``rows_of_chosen`` only the rows of ``chosen`` in their order (see :func:`support_rows`).
        threshold: the probability at or above which a sentence counts as support.
        rows_of_chosen: ``similarity`` holds one row per chosen sentence.
    """
    if not chosen:
        return []
    position = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
    out = []
    for number, sent in enumerate(chosen):
        cols, values = row_entries(similarity, number if rows_of_chosen else position[(sent.article_id, sent.index)])
        per_article: dict[str, list[tuple[float, Sentence]]] = {}
        for k, value in zip(cols.tolist(), values.tolist(), strict=True):
            other = sentences[k]
            if other.article_id != sent.article_id and value >= threshold:
                per_article.setdefault(other.article_id, []).append((value, other))
        spans = []
        for candidates in per_article.values():
            candidates.sort(key=lambda pair: (-pair[0], pair[1].index))
            spans.extend(to_span(other, sim) for sim, other in candidates[:MAX_SUPPORT_PER_ARTICLE])
        spans.sort(key=lambda span: -span.similarity)
        out.append(SummarySentence(text=sent.text, source=to_span(sent), support=tuple(spans)))
    return out
