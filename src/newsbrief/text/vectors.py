"""TF-IDF sentence vectors over stemmed content words, for "do these sentences say the same thing".

Built with numpy and scipy.sparse rather than scikit-learn's ``TfidfVectorizer`` because importing
``sklearn.feature_extraction`` alone costs ~1.5 s of every cold CLI run, more than briefing the seeds.
IDF is fitted on the sentences of the cluster itself (smooth idf, as scikit-learn's default:
``log((1 + n) / (1 + df)) + 1``), and rows are L2-normalised so a dot product is the cosine.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy.sparse import csr_array

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
