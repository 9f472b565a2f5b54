"""Say each fact once: a selector wrapper that refuses two summary sentences stating the same fact.

Concept coverage (Gillick & Favre 2009) already avoids paying twice for the same bigrams, but two
sentences that report one fact in different words ("Prodigy, one-half of Mobb Deep, has died" /
"Prodigy, the rapper best known for his work as half of Mobb Deep, died") each bring concepts of
their own and are both chosen: an editor's reading of 20 unseen briefs marked 13 % of summary
sentences redundant. Here the selection is checked after the fact, with the same sentence
similarity and threshold that decide cross-source support (a sentence that would *support* another
states the same fact, so the summary should not print both): each such pair is kept apart and the
selection is run again, until no pair is left (MMR, Carbonell & Goldstein 1998, applied as a hard
constraint rather than a penalty). A selector that takes pairs kept apart (:class:`~.base.KeepsApart`:
the concept ILP, a constraint s_a + s_b <= 1 in each of its solvers) decides itself which of the two
the best summary keeps, with everything else it could choose; for any other selector the sentence later
in its article is refused. Keeping the better of the two, not always the earlier, is what let the
same-fact threshold come down from 0.7 to 0.45 within the ROUGE floor (BENCHMARKS.md, "Trust",
"Session 8: repeats kept apart at selection").

Word overlap misses a fact restated in other words across sources; with ``same_fact_threshold`` a pair
is also a repeat when the learned same-fact decision (:mod:`newsbrief.compare.same_fact`, the one that
decides support) scores it at or above that probability.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_array

from newsbrief.model import Sentence
from newsbrief.summarize.base import KeepsApart, Selector
from newsbrief.summarize.units import UNIT_INDEX
from newsbrief.text.vectors import cosine_matrix, cosine_neighbours, tfidf_matrix

#: Re-selections at most (each refuses at least one sentence; a handful is the most ever needed on
#: Multi-News, see BENCHMARKS.md "Trust").
MAX_ROUNDS = 8

#: After this many rounds that each found a repeat, the chosen sentences' repeats anywhere in the pool are kept
#: apart at once: a pool with many sentences of one fact (a large article, copies) would otherwise cost a full
#: re-selection per sentence swapped in (BENCHMARKS.md "Trust", Session 8).
WIDEN_AFTER = 2


class WithoutRepeats(Selector):
    """Run ``selector``, then keep apart (or refuse the later of) every pair at or above ``threshold``, and rerun.

    Args:
        selector: the selector whose choices are checked.
        threshold: the TF-IDF cosine (over the cluster's sentences) at which two sentences state
            the same fact (``repeat_threshold`` of :class:`~newsbrief.config.BriefConfig`).
        same_fact_threshold: also a repeat when two sentences of different articles have a same-fact
            probability at or above this (None: word overlap only).
    """

    def __init__(self, selector: Selector, *, threshold: float, same_fact_threshold: float | None = None) -> None:
        self.selector = selector
        self.threshold = threshold
        self.same_fact_threshold = same_fact_threshold
        self.name = selector.name
        self._scored: tuple[Sequence[Sentence], dict[int, dict[int, float]]] | None = None
        self._cosines: tuple[Sequence[Sentence], dict[int, np.ndarray]] | None = None

    def forget(self) -> None:
        """Drop the last pool's scored pairs, then the wrapped selector's: :meth:`Selector.forget`."""
        self._scored = None
        self._cosines = None
        super().forget()

    def _similar(self, sentences: Sequence[Sentence], chosen: Sequence[int], vectors: csr_array) -> np.ndarray:
        """Pairwise similarity of the chosen sentences: 1 where the same-fact decision says so, else cosine."""
        cosines = self._cosine_rows(sentences, chosen, vectors)  # chosen x all
        similar = cosines[:, chosen]
        if self.same_fact_threshold is not None:
            same = self._same_fact(sentences, chosen, cosines)
            same = np.maximum(same, same.T)
            similar = np.where(same >= self.same_fact_threshold, 1.0, similar)
        return similar

    def _cosine_rows(self, sentences: Sequence[Sentence], chosen: Sequence[int], vectors: csr_array) -> np.ndarray:
        """:func:`~newsbrief.text.vectors.cosine_matrix` of ``chosen`` against the pool, each row computed once per
        pool: a re-selection keeps most of the choice before it, and a row of the sparse product depends on its own
        sentence alone (the same sums in the same order, so the same bits whichever rows are asked with it). Kept
        for the last pool, as the scored pairs are (``vectors`` is that pool's matrix)."""
        last = self._cosines
        if last is None or last[0] is not sentences:
            last = self._cosines = (sentences, {})
        rows = last[1]
        missing = [i for i in dict.fromkeys(chosen) if i not in rows]
        if missing:
            rows.update(zip(missing, np.asarray(cosine_matrix(vectors, missing), dtype=float), strict=True))
        return np.array([rows[i] for i in chosen], dtype=float).reshape(len(chosen), vectors.shape[0])

    def _repeats_in_pool(
        self, sentences: Sequence[Sentence], chosen: Sequence[int], vectors: csr_array
    ) -> set[tuple[int, int]]:
        """Every pair of a chosen sentence and any sentence of the pool that is a repeat (the same two tests as
        among the chosen): asked only after ``WIDEN_AFTER`` rounds, for it scores the chosen against the pool."""
        from newsbrief.compare.same_fact import MIN_COSINE, same_fact_matrix

        floor = MIN_COSINE if self.same_fact_threshold is not None else self.threshold
        near = cosine_neighbours(vectors, chosen, min_cosine=min(floor, self.threshold))
        found = near >= self.threshold
        if self.same_fact_threshold is not None:
            found = found + (same_fact_matrix(sentences, near, chosen) >= self.same_fact_threshold)
        rows, cols = csr_array(found).nonzero()
        return {
            (min(chosen[r], c), max(chosen[r], c))
            for r, c in zip(rows.tolist(), cols.tolist(), strict=True)
            if chosen[r] != c and not _overlap(sentences[chosen[r]], sentences[c])
        }

    def _same_fact(self, sentences: Sequence[Sentence], chosen: Sequence[int], cosines: np.ndarray) -> np.ndarray:
        """P(same fact) among the chosen (ordered pairs; ``cosines``: theirs against every sentence), each pair
        scored once per pool.

        The entries of :func:`~newsbrief.compare.support.support_among` (the same cosines, bit for bit, and the
        same decision), kept between calls: a re-selection keeps most of the choice before it, and a brief
        whose choice leans on what it never names selects again from the same pool (:mod:`.referents`). The
        scored pairs of the last pool are kept (keyed on its identity, as
        :class:`~newsbrief.summarize.quality.QualityCache`); only the rows of chosen sentences with a pair
        not yet scored are scored, against the chosen columns, in one batch.
        """
        from newsbrief.compare.same_fact import same_fact_matrix

        last = self._scored
        if last is None or last[0] is not sentences:
            last = self._scored = (sentences, {})
        scored = last[1]
        rows = [k for k, i in enumerate(chosen) if i not in scored or any(j not in scored[i] for j in chosen)]
        if rows:
            among = np.zeros(cosines.shape[1], dtype=bool)
            among[list(chosen)] = True
            same = same_fact_matrix(sentences, np.where(among, cosines[rows], 0.0), [chosen[k] for k in rows])
            for k, row in zip(rows, same[:, chosen].tolist(), strict=True):
                scored.setdefault(chosen[k], {}).update(zip(chosen, row, strict=True))
        return np.array([[scored[i][j] for j in chosen] for i in chosen])

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        allowed = list(eligible)
        apart: set[tuple[int, int]] = set()
        keeps_apart = isinstance(self.selector, KeepsApart)
        vectors = None
        chosen = self.selector.select(sentences, words, allowed)
        for rounds in range(MAX_ROUNDS):
            if len(chosen) < 2:
                return chosen
            if vectors is None:
                vectors = tfidf_matrix([s.text for s in sentences])
            similar = self._similar(sentences, chosen, vectors)
            if keeps_apart:
                pairs = _repeated_pairs(sentences, chosen, similar, self.threshold)
                if not pairs:
                    return chosen
                apart |= pairs
                if rounds >= WIDEN_AFTER:  # the solver keeps swapping in another sentence of the same fact
                    apart |= self._repeats_in_pool(sentences, chosen, vectors)
                chosen = self.selector.select_apart(sentences, words, allowed, apart)
                continue
            refused = _later_of_each_pair(sentences, chosen, similar, self.threshold)
            if not refused:
                return chosen
            for i in refused:
                allowed[i] = False
            chosen = self.selector.select(sentences, words, allowed)
        return _drop_repeats(sentences, chosen, self._similar(sentences, chosen, vectors), self.threshold)


def _position(sentence: Sentence) -> tuple[int, int]:
    return (sentence.index, len(sentence.text))


def _repeated_pairs(
    sentences: Sequence[Sentence], chosen: Sequence[int], similar: np.ndarray, threshold: float
) -> set[tuple[int, int]]:
    """Every pair of chosen sentences at or above ``threshold`` (overlapping spans of one article aside)."""
    return {
        (chosen[a], chosen[b])
        for a in range(len(chosen))
        for b in range(a + 1, len(chosen))
        if similar[a, b] >= threshold and not _overlap(sentences[chosen[a]], sentences[chosen[b]])
    }


def _later_of_each_pair(
    sentences: Sequence[Sentence], chosen: Sequence[int], similar: np.ndarray, threshold: float
) -> set[int]:
    """Of every pair of chosen sentences at or above ``threshold``, the one later in its article.

    Two candidates whose spans overlap in one article (a selection unit and its own sentence, :mod:`.units`)
    are not a repeat: they print as one text.
    """
    pairs = _repeated_pairs(sentences, chosen, similar, threshold)
    return {max(i, j, key=lambda k: (_position(sentences[k]), k)) for i, j in pairs}


def _overlap(a: Sentence, b: Sentence) -> bool:
    """Whether one of two candidates is a selection unit that holds (part of) the other."""
    unit = max(a.index, b.index) >= UNIT_INDEX
    return unit and a.article_id == b.article_id and a.start < b.end and b.start < a.end


def _drop_repeats(sentences: Sequence[Sentence], chosen: list[int], similar: np.ndarray, threshold: float) -> list[int]:
    """Last resort after ``MAX_ROUNDS``: drop repeats from the final choice without refilling."""
    refused = _later_of_each_pair(sentences, chosen, similar, threshold)
    return [i for i in chosen if i not in refused]
