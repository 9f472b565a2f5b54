"""Order the chosen sentences so the brief reads as a story.

By the relative position of each sentence in its article, so that leads come before details
(Barzilay, Elhadad & McKeown 2002 found position- and chronology-based orderings read far better
than arbitrary ones); sentences at the same depth follow their source's date where known, then the
input order of the articles.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.model import Article, Sentence


def order_sentences(chosen: Sequence[Sentence], articles: Sequence[Article], counts: dict[str, int]) -> list[Sentence]:
    """Return ``chosen`` in reading order.

    Args:
        chosen: the selected sentences.
        articles: the cluster's articles, in input order (ties follow it).
        counts: number of sentences per article id (for relative positions).
    """
    rank = {a.id: k for k, a in enumerate(articles)}
    dated = {a.id: a.published or "" for a in articles}

    def key(s: Sentence) -> tuple[float, str, int, int]:
        relative = s.index / max(1, counts.get(s.article_id, 1))
        # Round so that sentences at the same depth of different articles tie and fall back to
        # date and input order.
        return (round(relative, 1), dated[s.article_id], rank[s.article_id], s.index)

    return sorted(chosen, key=key)
