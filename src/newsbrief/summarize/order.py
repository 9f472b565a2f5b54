"""Order the chosen sentences so the brief reads as a story.

By the relative position of each sentence in its article, so that leads come before details
(Barzilay, Elhadad & McKeown 2002 found position- and chronology-based orderings read far better
than arbitrary ones); sentences at the same depth follow their source's date where known, then the
input order of the articles. Once support is known, the lead that most sources report moves to the top
(:func:`peg_first`): the news peg, what happened, before what one source adds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsbrief.model import Article, Sentence, SummarySentence


def depth(sentence: Sentence, counts: Mapping[str, int]) -> float:
    """Relative position of a sentence in its article, rounded so that leads of different articles tie."""
    return round(sentence.index / max(1, counts.get(sentence.article_id, 1)), 1)


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
        # Sentences at the same depth of different articles tie and fall back to date and input order.
        return (depth(s, counts), dated[s.article_id], rank[s.article_id], s.index)

    return sorted(chosen, key=key)


def peg_first(
    summary: Sequence[SummarySentence], depths: Sequence[float], quality: Sequence[float] | None = None
) -> list[SummarySentence]:
    """Move to the top the sentence most sources report among those at the first sentence's depth.

    Args:
        summary: the summary in reading order, support attached.
        depths: :func:`depth` of each summary sentence (the first ones share the smallest).
        quality: how well each summary sentence reads alone (:mod:`.quality`); among leads reported by as
            many sources, the one that reads best goes first. None: sources alone decide.

    A sentence moves only when it is reported by more sources than the current first one, or by as many
    and reads better; it never comes from deeper in an article than the first, so a detail never opens
    the brief.
    """
    if len(summary) < 2:
        return list(summary)
    leads = [k for k, d in enumerate(depths) if d == depths[0]]

    def key(k: int) -> tuple[int, float, int]:
        return (summary[k].n_sources, quality[k] if quality is not None else 0.0, -k)

    best = max(leads, key=key)
    if best == 0 or key(best)[:2] <= key(0)[:2]:
        return list(summary)
    out = list(summary)
    out.insert(0, out.pop(best))
    return out
