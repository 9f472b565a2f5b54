"""TF-IDF sentence vectors over stemmed content words, for "do these sentences say the same thing".

Built with numpy and scipy.sparse rather than scikit-learn's ``TfidfVectorizer`` because importing
``sklearn.feature_extraction`` alone costs ~1.5 s of every cold CLI run, more than briefing the seeds.
IDF is fitted on the sentences of the cluster itself (smooth idf, as scikit-learn's default:
``log((1 + n) / (1 + df)) + 1``), and rows are L2-normalised so a dot product is the cosine.

:func:`cosine_neighbours` gives the cosines at or above a floor as a sparse matrix, a block of rows at a
time (a sparse-sparse product, thresholded per block), so its memory follows the number of similar pairs
and not n x n: a 1,000-article story of ~30,000 sentences needs ~7 GB as a dense matrix.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy.sparse import csr_array, vstack

from newsbrief.text.tokens import content_stems


def tfidf_matrix(texts: Sequence[str]) -> csr_array:
    """Rows: texts; columns: stems; values: L2-normalised tf-idf (sublinear tf).

    The last few results are kept: a brief asks for the same cluster's matrix twice (to refuse
    repeated facts at selection, then for support). Callers must not modify the matrix.
    """
    return _tfidf_matrix(tuple(texts))


@lru_cache(maxsize=4)
def _tfidf_matrix(texts: tuple[str, ...]) -> csr_array:
    bags = [Counter(content_stems(t)) for t in texts]
    vocab: dict[str, int] = {}
    for bag in bags:
        for term in bag:
            vocab.setdefault(term, len(vocab))
    df = np.zeros(len(vocab))
    for bag in bags:
        for term in bag:
            df[vocab[term]] += 1
    n = len(texts)
    idf = np.log((1 + n) / (1 + df)) + 1.0
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for bag in bags:
        row = [(vocab[t], (1.0 + math.log(c)) * idf[vocab[t]]) for t, c in bag.items()]
        norm = math.sqrt(sum(v * v for _, v in row)) or 1.0
        for col, v in sorted(row):
            indices.append(col)
            data.append(v / norm)
        indptr.append(len(indices))
    return csr_array((data, indices, indptr), shape=(n, len(vocab)))


def cosine_matrix(matrix: csr_array, rows: Sequence[int]) -> np.ndarray:
    """Cosine of each of ``rows`` against every row: shape (len(rows), n)."""
    if matrix.shape[1] == 0:
        return np.zeros((len(rows), matrix.shape[0]))
    return (matrix[list(rows)] @ matrix.T).toarray()


def cosine_neighbours(
    matrix: csr_array, rows: Sequence[int] | None = None, *, min_cosine: float, block: int = 512
) -> csr_array:
    """Cosines at or above ``min_cosine`` of each of ``rows`` (all by default) against every row, sparse.

    Shape (len(rows), n), indices sorted within each row. The values are those of :func:`cosine_matrix`
    bit for bit (the same sparse product, row by row), with every entry below the floor left out.
    ``block`` rows are multiplied at a time, which bounds the intermediate product.
    """
    rows = list(range(matrix.shape[0])) if rows is None else list(rows)
    n = matrix.shape[0]
    if not rows or matrix.shape[1] == 0:
        return csr_array((len(rows), n))
    transposed = matrix.T.tocsc()
    parts = []
    for start in range(0, len(rows), block):
        product = csr_array(matrix[rows[start : start + block]] @ transposed)
        product.data[product.data < min_cosine] = 0.0
        product.eliminate_zeros()
        parts.append(product)
    out = csr_array(vstack(parts, format="csr"))
    out.sort_indices()
    return out
