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
from itertools import chain

import numpy as np
from scipy.sparse import csr_array, vstack

from newsbrief.text.tokens import TOKEN_CACHE, content_stems


def tfidf_matrix(texts: Sequence[str]) -> csr_array:
    """Rows: texts; columns: stems; values: L2-normalised tf-idf (sublinear tf).

    The last few results are kept: a brief asks for the same cluster's matrix twice (to refuse
    repeated facts at selection, then for support). Callers must not modify the matrix.
    """
    return _tfidf_matrix(tuple(texts))


@lru_cache(maxsize=4)
def _tfidf_matrix(texts: tuple[str, ...]) -> csr_array:
    bags = [_bag(t) for t in texts]
    # every term once, in the order the bags first hold it (dict.fromkeys over the chained bags, built in C)
    vocab = {term: k for k, term in enumerate(dict.fromkeys(chain.from_iterable(bags)))}
    # Counted and weighed in Python floats, not numpy scalars (a numpy item costs ~10x a float to read or
    # add to, per term of every sentence); the same IEEE operations in the same order, so the same bits.
    docs = Counter(chain.from_iterable(bags))
    df = np.array([docs[term] for term in vocab], dtype=float)
    n = len(texts)
    idf: list[float] = (np.log((1 + n) / (1 + df)) + 1.0).tolist()
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for bag in bags:
        row = [(vocab[t], (1.0 + math.log(c)) * idf[vocab[t]]) for t, c in bag.items()]
        squares = 0.0  # added left to right as sum() did (sum() compensates exact floats from Python 3.12 on)
        for _, v in row:
            squares += v * v
        norm = math.sqrt(squares) or 1.0
        row.sort()
        indices.extend([col for col, _ in row])
        data.extend([v / norm for _, v in row])
        indptr.append(len(indices))
    return csr_array((data, indices, indptr), shape=(n, len(vocab)))


@lru_cache(maxsize=TOKEN_CACHE)
def _bag(text: str) -> Counter[str]:
    """The stem counts of one text, kept: a brief's pool matrix and its support matrix hold mostly the same
    sentences. Read only (the matrix is built from it, never into it)."""
    return Counter(content_stems(text))


def cosine_matrix(matrix: csr_array, rows: Sequence[int]) -> np.ndarray:
    """Cosine of each of ``rows`` against every row: shape (len(rows), n)."""
    if matrix.shape[1] == 0:
        return np.zeros((len(rows), matrix.shape[0]))
    return (matrix[list(rows)] @ matrix.T).toarray()


def cosine_neighbours(
    matrix: csr_array,
    rows: Sequence[int] | None = None,
    *,
    min_cosine: float,
    block: int = 512,
    groups: Sequence[object] | None = None,
    copies: int | None = None,
) -> csr_array:
    """Cosines at or above ``min_cosine`` of each of ``rows`` (all by default) against every row, sparse.

    Shape (len(rows), n), indices sorted within each row. The values are those of :func:`cosine_matrix`
    bit for bit (the same sparse product, row by row), with every entry below the floor left out.
    ``block`` rows are multiplied at a time, which bounds the intermediate product.

    Rows that are the same vector (a sentence repeated word for word, or "Wow!" 40,000 times in one pasted
    line) are multiplied once: the products run over the distinct rows, so a page of one repeated sentence
    costs one product, not n x n. With ``groups`` (one label per row, e.g. the article), pairs within a group
    are left out; with ``copies``, each row keeps at most that many of the identical rows of each other group
    (the first ones), so the answer holds O(n) pairs however often a sentence repeats.
    """
    rows = list(range(matrix.shape[0])) if rows is None else list(rows)
    n = matrix.shape[0]
    if not rows or matrix.shape[1] == 0:
        return csr_array((len(rows), n))
    first, of = _distinct_rows(matrix)
    distinct = csr_array(matrix[first])
    asked, asked_of = np.unique(of[rows], return_inverse=True)
    transposed = distinct.T.tocsc()
    parts = []
    for start in range(0, len(asked), block):
        product = csr_array(distinct[asked[start : start + block]] @ transposed)
        product.data[product.data < min_cosine] = 0.0
        product.eliminate_zeros()
        parts.append(product)
    product = csr_array(vstack(parts, format="csr"))
    label = np.zeros(n, dtype=np.int64) if groups is None else np.unique(np.asarray(groups), return_inverse=True)[1]
    starts, members = _members(of, label, copies)
    # each asked row: the entries of its distinct row, then each entry's identical rows (capped per group)
    lengths = np.diff(product.indptr)[asked_of]
    entry = _ranges(product.indptr[asked_of], lengths)
    position = np.repeat(np.arange(len(rows)), lengths)
    value, target = product.data[entry], product.indices[entry]
    width = starts[target + 1] - starts[target]
    cols = members[_ranges(starts[target], width)]
    position, value = np.repeat(position, width), np.repeat(value, width)
    if groups is not None:
        keep = label[cols] != label[np.asarray(rows)[position]]
        position, value, cols = position[keep], value[keep], cols[keep]
    out = csr_array((value, (position, cols)), shape=(len(rows), n))
    out.sort_indices()
    return out


def _distinct_rows(matrix: csr_array) -> tuple[list[int], np.ndarray]:
    """The first row of each distinct row vector, and for every row the number of its distinct vector."""
    seen: dict[bytes, int] = {}
    first: list[int] = []
    of = np.empty(matrix.shape[0], dtype=np.int64)
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    for i in range(matrix.shape[0]):
        lo, hi = indptr[i], indptr[i + 1]
        key = indices[lo:hi].tobytes() + data[lo:hi].tobytes()
        of[i] = seen.setdefault(key, len(first))
        if of[i] == len(first):
            first.append(i)
    return first, of


def _members(of: np.ndarray, label: np.ndarray, copies: int | None) -> tuple[np.ndarray, np.ndarray]:
    """The rows of each distinct vector, ascending, at most ``copies`` of each group (CSR-like starts)."""
    order = np.lexsort((np.arange(len(of)), label, of))  # by vector, then group, then row
    if copies is not None and len(order):
        key_of, group_of = of[order], label[order]
        new_run = np.r_[True, (key_of[1:] != key_of[:-1]) | (group_of[1:] != group_of[:-1])]
        run_start = np.maximum.accumulate(np.where(new_run, np.arange(len(order)), 0))
        order = order[np.arange(len(order)) - run_start < copies]
    members = order[np.lexsort((order, of[order]))]  # by vector, then row
    starts = np.zeros(int(of.max(initial=-1)) + 2, dtype=np.int64)
    np.cumsum(np.bincount(of[members], minlength=len(starts) - 1), out=starts[1:])
    return starts, members


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``starts[k] .. starts[k] + lengths[k]`` for every k, concatenated."""
    ends = np.cumsum(lengths)
    return np.repeat(starts - ends + lengths, lengths) + np.arange(int(ends[-1]) if len(ends) else 0)
