"""How central a summary sentence is to the whole story: its word overlap with the other sources' text.

A story told over several days has leads about different things: the debate, then a candidate's remark
the next day, then a side story. Support ("reported by N sources", :mod:`newsbrief.compare.support`) is
thresholded for precision and is 1 for nearly every sentence, so it cannot tell the event most sources are
about from one report's follow-up. The TF-IDF cosine of a sentence with each other article's text, averaged
over the other articles, can: the event is what the other reports' words keep returning to
(:func:`~newsbrief.summarize.order.peg_first` prefers, among leads as well supported, the most central).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_array

from newsbrief.model import Sentence
from newsbrief.text.vectors import tfidf_matrix


def centrality(chosen: Sequence[Sentence], sentences: Sequence[Sentence]) -> list[float] | None:
    """Mean cosine of each chosen sentence with every other article's text (all its sentences summed).

    Args:
        chosen: the summary sentences (each one of ``sentences``).
        sentences: every sentence of the cluster; an article's text is the sum of its sentences' rows.

    Returns None for a story of one article: there is no other source to be central to.
    """
    articles = list(dict.fromkeys(s.article_id for s in sentences))
    if len(articles) < 2 or not chosen:
        return None
    matrix = tfidf_matrix([s.text for s in sentences])
    column = {a: k for k, a in enumerate(articles)}
    rows = np.arange(len(sentences))
    cols = np.array([column[s.article_id] for s in sentences])
    membership = csr_array((np.ones(len(sentences)), (cols, rows)), shape=(len(articles), len(sentences)))
    texts = (membership @ matrix).toarray()
    norms = np.linalg.norm(texts, axis=1)
    norms[norms == 0] = 1.0
    texts = texts / norms[:, None]
    at = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
    out = []
    for s in chosen:
        vector = matrix[[at[(s.article_id, s.index)]]].toarray()[0]
        others = [column[a] for a in articles if a != s.article_id]
        out.append(float(np.mean(texts[others] @ vector)))
    return out
