"""Sparse neighbours against the dense matrices they replace, on literal sentences: same numbers, same output."""

from __future__ import annotations

import numpy as np
from scipy.sparse import issparse

from newsbrief import Article
from newsbrief.compare.facts import align_facts, max_cross_similarity, unique_facts
from newsbrief.compare.same_fact import MIN_COSINE, same_fact_matrix
from newsbrief.compare.support import attach_support, similarity_matrix, support_matrix, support_rows
from newsbrief.text.split import split_sentences
from newsbrief.text.vectors import cosine_matrix, cosine_neighbours, tfidf_matrix

ARTICLES = [
    Article(
        "a",
        "Seven Labour MPs resigned from the party on Monday to form an independent group. "
        "The group said 12 more MPs could follow by the end of the week. "
        "The weather in London was mild.",
    ),
    Article(
        "b",
        "Seven MPs resigned from the Labour party on Monday and will sit as an independent group. "
        "The union Unison urged Labour to take a long hard look at why they quit. "
        "The group said 15 more MPs could follow by Friday.",
    ),
    Article(
        "c",
        "Seven MPs have resigned from Labour to form an independent group in parliament. "
        "Labour leader Jeremy Corbyn said he was disappointed that the MPs had left. "
        "The weather in London was mild and dry on Monday.",
    ),
]


def _sentences():
    return [s for a in ARTICLES for s in split_sentences(a)]


def test_cosine_neighbours_are_the_dense_cosines_above_the_floor_bit_for_bit() -> None:
    texts = [s.text for s in _sentences()]
    matrix = tfidf_matrix(texts)
    dense = cosine_matrix(matrix, range(len(texts)))
    for floor in (0.0001, MIN_COSINE, 0.5):
        for block in (1, 2, 512):
            sparse = cosine_neighbours(matrix, min_cosine=floor, block=block)
            assert np.array_equal(sparse.toarray(), np.where(dense >= floor, dense, 0.0))
    rows = [4, 0, 7]
    part = cosine_neighbours(matrix, rows, min_cosine=MIN_COSINE)
    assert np.array_equal(part.toarray(), np.where(dense[rows] >= MIN_COSINE, dense[rows], 0.0))
    assert cosine_neighbours(tfidf_matrix([]), min_cosine=0.1).shape == (0, 0)


def test_sparse_same_fact_probabilities_equal_the_dense_ones() -> None:
    sentences = _sentences()
    dense = same_fact_matrix(sentences, similarity_matrix(sentences))
    sparse = support_matrix(sentences)
    assert issparse(sparse) and not issparse(dense)
    assert np.array_equal(sparse.toarray(), dense)
    assert (dense > 0).sum() > 0, "the fixture has pairs the model scores"
    rows = support_rows(sentences, [sentences[3], sentences[0]])
    assert np.array_equal(rows.toarray(), dense[[3, 0]])
    assert support_matrix([]).shape == (0, 0)


def test_facts_and_support_from_sparse_input_equal_those_from_dense() -> None:
    sentences = _sentences()
    eligible = [True] * len(sentences)
    cosines = similarity_matrix(sentences)
    pairs = [
        (cosines, cosine_neighbours(tfidf_matrix([s.text for s in sentences]), min_cosine=1e-12)),
        (same_fact_matrix(sentences, cosines), support_matrix(sentences)),
    ]
    for dense, sparse in pairs:
        for threshold in (0.3, 0.6):
            assert align_facts(sentences, sparse, threshold=threshold, eligible=eligible) == align_facts(
                sentences, dense, threshold=threshold, eligible=eligible
            )
            assert unique_facts(sentences, sparse, threshold=threshold, eligible=eligible) == unique_facts(
                sentences, dense, threshold=threshold, eligible=eligible
            )
            chosen = [sentences[0], sentences[4]]
            assert attach_support(chosen, sentences, sparse, threshold=threshold) == attach_support(
                chosen, sentences, dense, threshold=threshold
            )
        assert np.array_equal(max_cross_similarity(sentences, sparse), max_cross_similarity(sentences, dense))
    facts = align_facts(sentences, support_matrix(sentences), threshold=0.3, eligible=eligible)
    assert facts and facts[0].article_ids == ("a", "b", "c")
