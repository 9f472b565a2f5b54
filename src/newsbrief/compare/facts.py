"""Facts: the same claim in different sources, grouped; and what each source alone reports.

Sentences of different articles whose TF-IDF cosine reaches the same-claim threshold (chosen on the
hand-labelled pairs of tests/data/sentence_pairs.jsonl, see BENCHMARKS.md "Same-claim threshold")
are grouped greedily, most similar pairs first, into facts holding at most one sentence per source
(a source that repeats a claim, e.g. in a caption, still counts once). This is single-link
clustering with a one-per-source constraint, in the spirit of the cross-document sentence alignment
of Barzilay & McKeown (2005, "Sentence fusion for multidocument news summarization").

A source's *unique facts* are its standalone sentences that no other source comes close to, ranked
by novelty: how many of their content words appear in no other source.

Both read the similarity as a sparse matrix (dense input is converted): the pairs at or above the threshold
and the values inside each group are all they need, so no step is n x n.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_array, triu

from newsbrief.compare.support import row_entries, to_span
from newsbrief.model import Fact, Sentence
from newsbrief.text.tokens import content_stems


class _Groups:
    """Union-find over sentence indexes that refuses to put two sentences of one article together."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.parent = list(range(len(sentences)))
        self.articles = [{s.article_id} for s in sentences]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or self.articles[a] & self.articles[b]:
            return
        self.parent[b] = a
        self.articles[a] |= self.articles[b]

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _sparse(similarity: np.ndarray | csr_array) -> csr_array:
    out = csr_array(similarity)
    out.sort_indices()
    return out


def max_cross_similarity(sentences: Sequence[Sentence], similarity: np.ndarray | csr_array) -> np.ndarray:
    """For each sentence, its highest similarity to any sentence of another source (0 if none)."""
    out = np.zeros(len(sentences))
    if not len(sentences):
        return out
    sim = _sparse(similarity).tocoo()
    article = np.array([s.article_id for s in sentences])
    cross = article[sim.row] != article[sim.col]
    np.maximum.at(out, sim.row[cross], sim.data[cross])
    return out


def align_facts(
    sentences: Sequence[Sentence], similarity: np.ndarray, *, threshold: float, eligible: Sequence[bool]
) -> tuple[Fact, ...]:
    """Group sentences of different sources that state the same claim.

    Args:
        sentences: every sentence of the cluster, article after article.
        similarity: their pairwise cosine similarities (n x n).
        threshold: the same-claim threshold.
        eligible: whether each sentence can stand alone; a fact is shown by a standalone member
            where it has one.

    Returns:
        Facts reported by two or more sources, most widely reported first, then in story order.
    """
    n = len(sentences)
    if n < 2:
        return ()
    sim = _sparse(similarity)
    article = np.array([s.article_id for s in sentences])
    upper = triu(sim, k=1, format="csr")
    upper.sort_indices()
    rows = np.repeat(np.arange(n), np.diff(upper.indptr))  # row-major, columns ascending: as np.nonzero
    cols, values = upper.indices, upper.data
    keep = (values >= threshold) & (article[rows] != article[cols])
    rows, cols, values = rows[keep], cols[keep], values[keep]
    order = np.argsort(-values, kind="stable")
    groups = _Groups(sentences)
    for k in order:
        groups.join(int(rows[k]), int(cols[k]))
    counts: dict[str, int] = {}
    for s in sentences:
        counts[s.article_id] = counts.get(s.article_id, 0) + 1
    facts = []
    for members in groups.members().values():
        if len({sentences[i].article_id for i in members}) < 2:
            continue
        within = {i: dict(zip(*(a.tolist() for a in row_entries(sim, i)), strict=True)) for i in members}

        # The representative: a standalone member most similar to the rest of the group.
        def centrality(i: int, members: list[int] = members, within: dict = within) -> tuple[bool, float]:
            return eligible[i], float(sum(within[i].get(j, 0.0) for j in members if j != i))

        best = max(members, key=centrality)
        if not eligible[best]:
            continue  # no member reads on its own ("He said: ..."): nothing to show the reader
        spans = tuple(to_span(sentences[i], float(within[best].get(i, 0.0))) for i in sorted(members))
        depth = min(sentences[i].index / counts[sentences[i].article_id] for i in members)
        facts.append((-len(members), depth, Fact(text=sentences[best].text, spans=spans)))
    facts.sort(key=lambda item: (item[0], item[1]))
    return tuple(f for _, _, f in facts)


def unique_facts(
    sentences: Sequence[Sentence],
    similarity: np.ndarray,
    *,
    threshold: float,
    eligible: Sequence[bool],
    per_source: int | None = None,
) -> tuple[Fact, ...]:
    """For each source, the standalone sentences that no other source reports, most novel first.

    Args:
        per_source: keep at most this many per source (all by default: what a source alone
            contributes is rarely what a ranking would guess; renderers show the first few).

    Returns:
        Single-span facts, source by source, each source's most novel first.
    """
    ids = list(dict.fromkeys(s.article_id for s in sentences))
    if len(ids) < 2:
        return ()
    stems = [set(content_stems(s.text)) for s in sentences]
    vocab_of: dict[str, set[str]] = {a: set() for a in ids}
    for s, st in zip(sentences, stems, strict=True):
        vocab_of[s.article_id] |= st
    closest = max_cross_similarity(sentences, similarity)
    out: list[Fact] = []
    for aid in ids:
        others = set().union(*(vocab_of[o] for o in ids if o != aid))
        scored = []
        for i, s in enumerate(sentences):
            if s.article_id != aid or not eligible[i] or closest[i] >= threshold:
                continue
            novel = len(stems[i] - others)
            if novel == 0:
                continue
            scored.append((novel / math.sqrt(len(stems[i])), i))
        top = sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:per_source]
        out.extend(Fact(text=sentences[i].text, spans=(to_span(sentences[i]),)) for _, i in top)
    return tuple(out)
