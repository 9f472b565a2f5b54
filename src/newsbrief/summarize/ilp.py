"""Concept-coverage summarization as an integer linear program, solved by HiGHS.

Gillick & Favre (2009): maximise the total weight of the concepts covered, subject to the word
budget::

    max  sum_i w_i c_i
    s.t. sum_j l_j s_j <= L                  (budget; l_j = words of sentence j)
         c_i <= sum_{j : i in j} s_j         (a concept counts only if a chosen sentence has it)
         s_j, c_i in {0, 1}

Small problems are solved exactly: up to ``ENUMERATE_LIMIT`` candidate sentences by trying every
subset, up to ``exact_limit`` with ``scipy.optimize.milp`` (HiGHS); a time limit bounds the worst case, after which
HiGHS returns the best solution it has (and, failing that, we fall back to the local search below).
Larger ones, where HiGHS needs 0.1-1 s because the LP relaxation of budgeted coverage is weak, go
to greedy + swap local search (:mod:`.coverage`), which reaches the same coverage within ~0.5% and
the same ROUGE in ~1/20 of the time (measured in BENCHMARKS.md, "Quality (issue 3)").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from newsbrief.model import Sentence
from newsbrief.summarize.base import Selector
from newsbrief.summarize.concepts import Concept, ConceptWeights
from newsbrief.summarize.coverage import max_coverage
from newsbrief.summarize.quality import QualityCache
from newsbrief.text.tokens import word_count

logger = logging.getLogger(__name__)

#: Up to this many candidates every subset is tried (2**8 = 256 rows of numpy): exact, and ~50x
#: faster than setting up HiGHS, which matters on small clusters (Multi-News truncated: ~10 candidates).
ENUMERATE_LIMIT = 8


class ConceptILP(Selector):
    """Choose the sentences that cover the most concept weight within the budget.

    Args:
        weights: how concept weights are computed (document frequency and lead prior).
        max_concepts: keep only the heaviest concepts (bounds the ILP on large clusters).
        time_limit: seconds HiGHS may spend on one cluster.
        exact_limit: solve exactly up to this many candidate sentences (by enumeration up to
            ``ENUMERATE_LIMIT``, HiGHS above), approximately (greedy + local search) beyond.
        quality_weight: how much a sentence that reads well alone is preferred: each candidate gets a
            value of its own (in every solver, not a concept column) worth ``quality_weight`` x its
            probability of reading well
            (:func:`~newsbrief.summarize.quality.quality_scores`) x its length x the cluster's median
            concept weight per word of a candidate, so the preference is scale-free across clusters
            (0 turns it off; BENCHMARKS.md "Trust").
        quality: where the scores come from (a brief shares its cache with ordering); a new one by default.
    """

    name = "newsbrief"

    def __init__(
        self,
        weights: ConceptWeights | None = None,
        *,
        max_concepts: int = 3000,
        time_limit: float = 5.0,
        exact_limit: int = ENUMERATE_LIMIT,
        quality_weight: float = 0.0,
        quality: QualityCache | None = None,
    ) -> None:
        self.weights = weights or ConceptWeights()
        self.max_concepts = max_concepts
        self.time_limit = time_limit
        self.exact_limit = exact_limit
        self.quality_weight = quality_weight
        self.quality = quality or QualityCache()
        self._weighed: tuple[Sequence[Sentence], tuple[list[set[Concept]], dict[Concept, float]]] | None = None

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        lengths = [word_count(s.text) for s in sentences]
        candidates = [i for i in range(len(sentences)) if eligible[i] and lengths[i] <= words]
        # Exact repeats (a sentence shared word for word by two copies) are one candidate.
        seen: dict[str, int] = {}
        for i in candidates:
            seen.setdefault(" ".join(sentences[i].text.lower().split()), i)
        candidates = sorted(seen.values())
        if not candidates:
            return []
        if sum(lengths[i] for i in candidates) <= words:
            # Everything fits (short inputs, e.g. Multi-News truncated): covering all is optimal.
            return candidates
        per_sentence, weights = self._weigh(sentences)
        concepts = self._concepts(candidates, per_sentence, weights)
        if not concepts:
            return _by_length_fit(candidates, lengths, words)
        bonus = self._bonus(sentences, candidates, per_sentence, lengths, concepts)
        if len(candidates) <= ENUMERATE_LIMIT:
            return _enumerate(candidates, per_sentence, lengths, concepts, words, bonus)
        if len(candidates) > self.exact_limit:
            return _local_search(candidates, per_sentence, lengths, concepts, words, bonus)
        return self._solve(candidates, per_sentence, lengths, concepts, words, bonus)

    def _weigh(self, sentences: Sequence[Sentence]) -> tuple[list[set[Concept]], dict[Concept, float]]:
        """The concepts and weights of ``sentences``, kept for the last list: they do not depend on which
        sentences are eligible, and a brief that refuses repeated facts selects again from the same list.
        Keyed on the list's identity (the cache holds the list, so its id is not reused while kept)."""
        last = self._weighed
        if last is not None and last[0] is sentences:
            return last[1]
        last = (sentences, self.weights.weigh(sentences))
        self._weighed = last
        return last[1]

    def _concepts(
        self, candidates: list[int], per_sentence: list[set[Concept]], weights: dict[Concept, float]
    ) -> dict[Concept, float]:
        present: set[Concept] = set().union(*(per_sentence[i] for i in candidates))
        if len(present) <= self.max_concepts:
            return {c: weights[c] for c in present if weights.get(c, 0.0) > 0}
        ranked = sorted(present, key=lambda c: (-weights.get(c, 0.0), c))[: self.max_concepts]
        return {c: weights[c] for c in ranked if weights.get(c, 0.0) > 0}

    def _bonus(
        self,
        sentences: Sequence[Sentence],
        candidates: list[int],
        per_sentence: list[set[Concept]],
        lengths: list[int],
        concepts: dict[Concept, float],
    ) -> np.ndarray:
        """Each candidate's value of its own for reading well alone (zeros when the preference is off)."""
        bonus = np.zeros(len(candidates))
        if self.quality_weight <= 0:
            return bonus
        per_word = [sum(concepts.get(c, 0.0) for c in per_sentence[i]) / max(1, lengths[i]) for i in candidates]
        scale = float(np.median(per_word)) if per_word else 0.0
        if scale <= 0:
            return bonus
        quality = self.quality.scores(sentences)
        for j, i in enumerate(candidates):
            bonus[j] = self.quality_weight * quality[i] * lengths[i] * scale
        return bonus

    def _solve(
        self,
        candidates: list[int],
        per_sentence: list[set[Concept]],
        lengths: list[int],
        concepts: dict[Concept, float],
        words: int,
        bonus: np.ndarray,
    ) -> list[int]:
        n_s, n_c = len(candidates), len(concepts)
        index = {c: k for k, c in enumerate(concepts)}
        # Variables: [s_0 .. s_{n_s-1}, c_0 .. c_{n_c-1}].
        objective = np.zeros(n_s + n_c)
        objective[n_s:] = -np.fromiter(concepts.values(), dtype=float, count=n_c)
        # A tiny preference for shorter summaries among equal coverage keeps solutions stable.
        objective[:n_s] = 1e-6 * np.array([lengths[i] for i in candidates]) - bonus
        rows, cols, vals = [], [], []
        for k in range(n_c):  # c_k - sum_j s_j <= 0
            rows.append(k)
            cols.append(n_s + k)
            vals.append(1.0)
        for j, i in enumerate(candidates):
            for c in per_sentence[i]:
                k = index.get(c)
                if k is not None:
                    rows.append(k)
                    cols.append(j)
                    vals.append(-1.0)
        for j, i in enumerate(candidates):  # budget row
            rows.append(n_c)
            cols.append(j)
            vals.append(float(lengths[i]))
        matrix = coo_array((vals, (rows, cols)), shape=(n_c + 1, n_s + n_c)).tocsr()
        upper = np.zeros(n_c + 1)
        upper[n_c] = words
        result = milp(
            objective,
            constraints=LinearConstraint(matrix, -np.inf, upper),
            integrality=np.ones(n_s + n_c),
            bounds=Bounds(0, 1),
            options={"time_limit": self.time_limit, "disp": False},
        )
        if result.x is None:
            logger.warning("ILP found no solution (%s); falling back to local search", result.message)
            return _local_search(candidates, per_sentence, lengths, concepts, words, bonus)
        chosen = [candidates[j] for j in range(n_s) if result.x[j] > 0.5]
        assert sum(lengths[i] for i in chosen) <= words
        return chosen


def _merged_incidence(
    candidates: list[int], per_sentence: list[set[Concept]], concepts: dict[Concept, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Concept columns merged by the set of candidates containing them: (summed weights, incidence), where
    incidence[j, k] is 1 when candidate j holds merged concept k.

    Concepts that exactly the same candidates contain are interchangeable in the objective, so one
    column with their total weight stands for all of them: on a Multi-News cluster this turns
    thousands of concepts into a few hundred columns (each sentence's private bigrams become one).
    """
    members: dict[Concept, list[int]] = {}
    for j, i in enumerate(candidates):
        for c in per_sentence[i]:
            if c in concepts:
                members.setdefault(c, []).append(j)
    merged: dict[tuple[int, ...], float] = {}
    for c, rows in members.items():
        key = tuple(rows)
        merged[key] = merged.get(key, 0.0) + concepts[c]
    incidence = np.zeros((len(candidates), len(merged)))
    for k, rows in enumerate(merged):
        incidence[list(rows), k] = 1.0
    return np.fromiter(merged.values(), dtype=float, count=len(merged)), incidence


@lru_cache(maxsize=ENUMERATE_LIMIT + 1)
def _subsets(n: int) -> np.ndarray:
    """Row s lists which of n items subset s holds (bit j of s)."""
    return ((np.arange(1 << n)[:, None] >> np.arange(n)) & 1).astype(float)


def _enumerate(
    candidates: list[int],
    per_sentence: list[set[Concept]],
    lengths: list[int],
    concepts: dict[Concept, float],
    words: int,
    bonus: np.ndarray,
) -> list[int]:
    """Exact optimum by trying every subset (at most 2**ENUMERATE_LIMIT): faster than HiGHS's setup.

    Ties go to the shorter summary, as in :meth:`ConceptILP._solve`.
    """
    n = len(candidates)
    weights, incidence = _merged_incidence(candidates, per_sentence, concepts)
    subsets = _subsets(n)
    sizes = subsets @ np.array([lengths[i] for i in candidates], dtype=float)
    value = ((subsets @ incidence) > 0) @ weights + subsets @ bonus - 1e-6 * sizes
    value[sizes > words] = -np.inf
    best = int(np.argmax(value))
    return [candidates[j] for j in range(n) if best >> j & 1]


def _local_search(
    candidates: list[int],
    per_sentence: list[set[Concept]],
    lengths: list[int],
    concepts: dict[Concept, float],
    words: int,
    bonus: np.ndarray,
) -> list[int]:
    """The same objective as :meth:`ConceptILP._solve`, solved by :func:`.coverage.max_coverage`."""
    weights, incidence = _merged_incidence(candidates, per_sentence, concepts)
    sizes = np.array([max(1, lengths[i]) for i in candidates], dtype=float)
    return [candidates[j] for j in max_coverage(incidence, weights, sizes, words, bonus)]


def _by_length_fit(candidates: list[int], lengths: list[int], words: int) -> list[int]:
    """No concepts at all (tiny input): take sentences in order while they fit."""
    chosen, used = [], 0
    for i in candidates:
        if used + lengths[i] <= words:
            chosen.append(i)
            used += lengths[i]
    return chosen
