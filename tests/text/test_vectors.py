"""TF-IDF rows: the Python-float weighing gives the bits the numpy-scalar one gave (issue 14, speed)."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from newsbrief.text.tokens import content_stems
from newsbrief.text.vectors import tfidf_matrix

TEXTS = (
    "The council voted on Tuesday to close the old bridge over the river.",
    "Council members said the bridge, closed on Tuesday, would stay closed; the river rose and rose and rose.",
    "A third sentence shares nothing.",
    "",
    "Bridge bridge bridge: the council's vote on the bridge was 7-2, with 3.5 million dollars at stake.",
)


def _numpy_scalar_rows(texts: tuple[str, ...]) -> list[list[tuple[int, float]]]:
    """The weighing as it was written before: df and idf as numpy arrays, read per term."""
    bags = [Counter(content_stems(t)) for t in texts]
    vocab: dict[str, int] = {}
    for bag in bags:
        for term in bag:
            vocab.setdefault(term, len(vocab))
    df = np.zeros(len(vocab))
    for bag in bags:
        for term in bag:
            df[vocab[term]] += 1
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    rows = []
    for bag in bags:
        row = [(vocab[t], (1.0 + math.log(c)) * idf[vocab[t]]) for t, c in bag.items()]
        norm = math.sqrt(sum(v * v for _, v in row)) or 1.0
        rows.append([(col, float(v / norm)) for col, v in sorted(row)])
    return rows


def test_tfidf_rows_are_bit_identical_to_the_numpy_scalar_weighing() -> None:
    matrix = tfidf_matrix(TEXTS)
    for i, expected in enumerate(_numpy_scalar_rows(TEXTS)):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        got = list(zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True))
        assert got == expected  # exact float equality: the same bits


def test_tfidf_rows_with_kept_bags_are_the_weighing_of_each_matrix() -> None:
    """Each text's stem counts are kept across matrices (a brief's pool, then its sentences): every matrix still
    weighs its own texts, term order, vocabulary and bits as the reference does, and a kept count is never changed."""
    import random

    rng = random.Random(14)
    words = "the council bridge river vote voted closed million said Tuesday rose shares nothing 7-2 3.5 a of".split()
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 25))) for _ in range(300)]
    for start in (0, 40, 80, 120):  # overlapping lists: the second and later find most bags kept
        group = tuple(texts[start : start + 150]) + tuple(texts[start : start + 5])  # repeats within one list too
        matrix = tfidf_matrix(group)
        expected = _numpy_scalar_rows(group)
        assert matrix.shape[0] == len(group)
        for i, row in enumerate(expected):
            lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
            assert list(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True)) == row
