"""A pasted page of one sentence repeated ("Wow! Wow! ..."): support's pairs and memory grow with its length.

Every copy of a repeated sentence is the same TF-IDF vector, so before, the sparse cosine neighbours held
every pair of copies: a 200 KB line of "Wow! " (40,000 sentences, 1.6 billion pairs) ran a brief out of
24 GB. Sizes here are small; what is checked is how the cost grows (a ratio, not a time).
"""

from __future__ import annotations

import tracemalloc

import numpy as np

from newsbrief import Article
from newsbrief.compare.support import MAX_SUPPORT_PER_ARTICLE, support_matrix
from newsbrief.text.split import split_sentences
from newsbrief.text.vectors import cosine_neighbours, tfidf_matrix

STORY = (
    "The council of Riverton voted on Tuesday to close the old bridge over the Wren river. "
    "Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports. "
)


def _pasted(article_id: str, size: int, line: str = "Wow! ") -> list:
    """The sentences of an article that is a story followed by ``line`` repeated to ``size`` characters."""
    return split_sentences(Article(article_id, STORY + (line * (size // len(line))).strip()))


def _peak(sentences: list) -> int:
    tracemalloc.start()
    try:
        support_matrix(sentences)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_support_memory_of_one_repeated_line_grows_in_proportion() -> None:
    """4x the line costs about 4x the memory (measured 4.1x); with every pair of copies it was 16.0x."""
    small, large = _pasted("a", 10_000), _pasted("a", 40_000)
    assert len(large) > 7_000  # each "Wow!" is a sentence of its own
    _peak(_pasted("a", 1_000))  # warm-up: the same-fact model is loaded once
    ratio = _peak(large) / _peak(small)
    assert ratio < 8, f"peak memory grew {ratio:.1f}x for 4x the text"


def test_copies_of_a_repeated_line_in_two_articles_are_paired_a_bounded_number_of_times() -> None:
    """Two sources pasting the same line of a quoted sentence: each copy is paired with at most
    ``MAX_SUPPORT_PER_ARTICLE`` copies of the other source (all it can list as support), never all of them."""
    line = "Shares of Acme fell sharply on Friday. "
    sentences = _pasted("a", 20_000, line) + _pasted("b", 20_000, line)
    matrix = tfidf_matrix([s.text for s in sentences])
    groups = [s.article_id for s in sentences]
    pairs = cosine_neighbours(matrix, min_cosine=0.17, groups=groups, copies=MAX_SUPPORT_PER_ARTICLE)
    assert pairs.nnz <= 4 * MAX_SUPPORT_PER_ARTICLE * len(sentences)
    rows = pairs.tocoo()
    article = np.array(groups)
    assert (article[rows.row] != article[rows.col]).all()  # no pair within one source
    same = support_matrix(sentences)
    copies = [k for k, s in enumerate(sentences) if s.article_id == "a" and s.text == line.strip()]
    assert copies and all(same[[k]].nnz == MAX_SUPPORT_PER_ARTICLE for k in copies[:50])


def test_distinct_rows_give_the_same_neighbours_as_every_pair() -> None:
    """Without ``copies``, the neighbours found over the distinct rows are every pair, bit for bit."""
    sentences = _pasted("a", 600, "Shares fell. Wow! ") + _pasted("b", 400, "Shares fell sharply. ")
    matrix = tfidf_matrix([s.text for s in sentences])
    every = (matrix @ matrix.T).toarray()
    every[every < 0.17] = 0.0
    assert np.array_equal(cosine_neighbours(matrix, min_cosine=0.17).toarray(), every)
    rows = [3, 0, 3, len(sentences) - 1]
    assert np.array_equal(cosine_neighbours(matrix, rows, min_cosine=0.17, block=2).toarray(), every[rows])
