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
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array, csr_array

from newsbrief.model import Sentence
from newsbrief.summarize.base import KeepsApart
from newsbrief.summarize.concepts import Concept, ConceptWeights, SentenceConcepts
from newsbrief.summarize.coverage import max_coverage
from newsbrief.summarize.quality import QualityCache
from newsbrief.text.tokens import word_count

logger = logging.getLogger(__name__)

#: Up to this many candidates every subset is tried (2**8 = 256 rows of numpy): exact, and ~50x
#: faster than setting up HiGHS, which matters on small clusters (Multi-News truncated: ~10 candidates).
ENUMERATE_LIMIT = 8


class ConceptILP(KeepsApart):
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
        self._weighed: tuple[Sequence[Sentence], _Pool] | None = None

    def select_apart(
        self,
        sentences: Sequence[Sentence],
        words: int,
        eligible: Sequence[bool],
        apart: Collection[tuple[int, int]],
    ) -> list[int]:
        """As :meth:`select`, never choosing both sentences of a pair in ``apart`` (two sentences stating one
        fact, :mod:`.repeats`): every solver keeps whichever of the two the best summary needs."""
        pool = self._pool(sentences)
        lengths = pool.lengths
        candidates = [i for i in range(len(sentences)) if eligible[i] and lengths[i] <= words]
        # Exact repeats (a sentence shared word for word by two copies) are one candidate.
        seen: dict[str, int] = {}
        for i in candidates:
            seen.setdefault(pool.keys[i], i)
        candidates = sorted(seen.values())
        if not candidates:
            return []
        clash = _clash_pairs(candidates, apart)
        if sum(lengths[i] for i in candidates) <= words and not len(clash):
            # Everything fits (short inputs, e.g. Multi-News truncated): covering all is optimal.
            return candidates
        rows = pool.incidence[candidates]
        columns = self._columns(pool, rows)
        if not columns.size:
            return _by_length_fit(candidates, lengths, words, clash)
        bonus = self._bonus(sentences, candidates, pool, rows, columns)
        problem = _Problem(candidates, rows, pool, columns, words, bonus, clash)
        if len(candidates) <= ENUMERATE_LIMIT:
            return _enumerate(problem)
        if len(candidates) > self.exact_limit:
            return _local_search(problem)
        return self._solve(problem)

    def forget(self) -> None:
        """Drop the last list's pool (concepts, incidence and its last merge) and its quality scores (the
        cache holds the pool list): :meth:`Selector.forget`."""
        self._weighed = None
        self.quality.forget()

    def _pool(self, sentences: Sequence[Sentence]) -> _Pool:
        """The concepts, weights and lengths of ``sentences``, kept for the last list: they do not depend on
        which sentences are eligible, and a brief that refuses repeated facts or leaning sentences selects
        again from the same list. Keyed on the list's identity (the cache holds the list, so its id is not
        reused while kept)."""
        last = self._weighed
        if last is not None and last[0] is sentences:
            return last[1]
        last = (sentences, _Pool(sentences, *self.weights.weigh(sentences)))
        self._weighed = last
        return last[1]

    def _columns(self, pool: _Pool, rows: csr_array) -> np.ndarray:
        """The concept columns the candidates (``rows`` of the pool's incidence) hold, with a weight above 0:
        all of them, or the ``max_concepts`` heaviest (ties by concept) when they hold more."""
        present = np.zeros(len(pool.concepts), dtype=bool)
        present[rows.indices] = True
        if int(present.sum()) > self.max_concepts:
            held = np.flatnonzero(present)
            present[:] = False
            present[held[np.argsort(pool.rank[held], kind="stable")[: self.max_concepts]]] = True
        return np.flatnonzero(present & (pool.weights > 0))

    def _bonus(
        self,
        sentences: Sequence[Sentence],
        candidates: list[int],
        pool: _Pool,
        rows: csr_array,
        columns: np.ndarray,
    ) -> np.ndarray:
        """Each candidate's value of its own for reading well alone (zeros when the preference is off)."""
        bonus = np.zeros(len(candidates))
        if self.quality_weight <= 0:
            return bonus
        kept = np.zeros(len(pool.concepts))
        kept[columns] = pool.weights[columns]
        lengths = np.array([pool.lengths[i] for i in candidates], dtype=float)
        per_word = (rows @ kept) / np.maximum(1.0, lengths)
        scale = float(np.median(per_word)) if per_word.size else 0.0
        if scale <= 0:
            return bonus
        quality = self.quality.scores(sentences)
        for j, i in enumerate(candidates):
            bonus[j] = self.quality_weight * quality[i] * lengths[j] * scale
        return bonus

    def _solve(self, problem: _Problem) -> list[int]:
        candidates, rows, pool, columns, words, bonus, clash = problem
        n_s, n_c = len(candidates), len(columns)
        lengths = np.array([pool.lengths[i] for i in candidates], dtype=float)
        # Variables: [s_0 .. s_{n_s-1}, c_0 .. c_{n_c-1}].
        objective = np.zeros(n_s + n_c)
        objective[n_s:] = -pool.weights[columns]
        # A tiny preference for shorter summaries among equal coverage keeps solutions stable.
        objective[:n_s] = 1e-6 * lengths - bonus
        held = rows[:, columns].tocoo()  # candidate j holds concept k
        matrix = coo_array(
            (
                np.concatenate([np.ones(n_c), -np.ones(held.nnz), lengths]),  # c_k - sum_j s_j <= 0; budget row
                (
                    np.concatenate([np.arange(n_c), held.col, np.full(n_s, n_c)]),
                    np.concatenate([n_s + np.arange(n_c), held.row, np.arange(n_s)]),
                ),
            ),
            shape=(n_c + 1, n_s + n_c),
        ).tocsr()
        upper = np.zeros(n_c + 1)
        upper[n_c] = words
        constraints = [LinearConstraint(matrix, -np.inf, upper)]
        first, second = clash[:, 0], clash[:, 1]
        if first.size:  # s_a + s_b <= 1 for each pair kept apart
            pairs = np.arange(first.size)
            apart = coo_array(
                (np.ones(2 * first.size), (np.concatenate([pairs, pairs]), np.concatenate([first, second]))),
                shape=(first.size, n_s + n_c),
            ).tocsr()
            constraints.append(LinearConstraint(apart, -np.inf, 1))
        result = milp(
            objective,
            constraints=constraints,
            integrality=np.ones(n_s + n_c),
            bounds=Bounds(0, 1),
            options={"time_limit": self.time_limit, "disp": False},
        )
        if result.x is None:
            logger.warning("ILP found no solution (%s); falling back to local search", result.message)
            return _local_search(problem)
        chosen = [candidates[j] for j in range(n_s) if result.x[j] > 0.5]
        assert sum(pool.lengths[i] for i in chosen) <= words
        return chosen


class _Problem(NamedTuple):
    """One selection as the solvers see it: the candidates (indexes into the pool), their rows of the pool's
    incidence, the pool, the concept columns that count, the budget, each candidate's bonus of its own and the
    pairs kept apart (positions among the candidates, shape (pairs, 2))."""

    candidates: list[int]
    rows: csr_array
    pool: _Pool
    columns: np.ndarray
    words: int
    bonus: np.ndarray
    clash: np.ndarray


class _Pool:
    """One selection pool's concepts as a sparse incidence matrix (sentences x concepts), their weights (0 for a
    concept the weights leave out), each concept's rank by weight (ties by concept) and each sentence's words
    and exact-repeat key: built once per brief, so a re-selection only slices rows."""

    def __init__(
        self, sentences: Sequence[Sentence], per_sentence: list[SentenceConcepts], weights: dict[Concept, float]
    ) -> None:
        self.lengths = [word_count(s.text) for s in sentences]
        self.keys = [" ".join(s.text.lower().split()) for s in sentences]
        column: dict[Concept, int] = {}
        indices = [column.setdefault(c, len(column)) for concepts in per_sentence for c in concepts]
        indptr = np.cumsum([0, *(len(concepts) for concepts in per_sentence)])
        self.concepts = list(column)
        self.weights = np.array([weights.get(c, 0.0) for c in self.concepts], dtype=float)
        self._rank: np.ndarray | None = None
        self._merged: tuple[tuple[int, ...], tuple[np.ndarray, np.ndarray]] | None = None
        self.incidence = csr_array(
            (np.ones(len(indices)), np.asarray(indices, dtype=np.int64), indptr),
            shape=(len(per_sentence), len(self.concepts)),
        )

    def merged(self, candidates: list[int], rows: csr_array, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:func:`_merged_incidence` of ``candidates`` (their ``rows`` and ``columns``, which follow from them), kept
        for the last candidates: a selection rerun with more pairs kept apart (:mod:`.repeats`) has the same."""
        key = tuple(candidates)
        if self._merged is None or self._merged[0] != key:
            self._merged = None  # the last candidates' matrix goes before the next is built, not after
            self._merged = (key, _merged_incidence(rows, self.weights, columns))
        return self._merged[1]

    @property
    def rank(self) -> np.ndarray:
        """Each concept's place by weight, heaviest first, ties by concept (sorted only when first needed)."""
        if self._rank is None:
            order = sorted(range(len(self.concepts)), key=lambda k: (-self.weights[k], self.concepts[k]))
            rank = np.empty(len(self.concepts), dtype=np.int64)
            rank[order] = np.arange(len(order))
            self._rank = rank
        return self._rank


def _merged_incidence(rows: csr_array, weights: np.ndarray, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concept columns merged by the set of candidates containing them: (summed weights, incidence), where
    incidence[j, k] is 1 when candidate j (row j of ``rows``) holds merged concept k; only ``columns`` count.

    Concepts that exactly the same candidates contain are interchangeable in the objective, so one
    column with their total weight stands for all of them: on a Multi-News cluster this turns
    thousands of concepts into a few hundred columns (each sentence's private bigrams become one).
    Merged columns come in the order of their first candidate.
    """
    # candidates x concepts, set from the sparse entries (all 1): a float ``toarray()`` first would cost 8 bytes a cell,
    # the summary stage's peak on a 1,000-article story (BENCHMARKS.md, issue 14, "Session 14", branch bigstory16)
    held = rows[:, columns].tocoo()
    dense = np.zeros(held.shape, dtype=bool)
    dense[held.row, held.col] = held.data > 0
    packed = np.ascontiguousarray(np.packbits(dense, axis=0).T)  # one byte string per concept column
    keys = packed.view(np.dtype((np.void, packed.shape[1]))).ravel()
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    order = np.argsort(np.argmax(dense[:, first], axis=0), kind="stable")  # by first candidate holding it
    place = np.empty(len(order), dtype=np.int64)
    place[order] = np.arange(len(order))
    merged = np.bincount(place[inverse.ravel()], weights=weights[columns], minlength=len(order))
    return merged, dense[:, first[order]].astype(float)


@lru_cache(maxsize=ENUMERATE_LIMIT + 1)
def _subsets(n: int) -> np.ndarray:
    """Row s lists which of n items subset s holds (bit j of s)."""
    return ((np.arange(1 << n)[:, None] >> np.arange(n)) & 1).astype(float)


def _clash_pairs(candidates: list[int], apart: Collection[tuple[int, int]]) -> np.ndarray:
    """The pairs kept apart as positions among the candidates, shape (pairs, 2), each (first, second) with
    first < second (pairs with a sentence that is not a candidate dropped)."""
    place = {i: k for k, i in enumerate(candidates)}
    pairs = {tuple(sorted((place[i], place[j]))) for i, j in apart if i in place and j in place and i != j}
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def _enumerate(problem: _Problem) -> list[int]:
    """Exact optimum by trying every subset (at most 2**ENUMERATE_LIMIT): faster than HiGHS's setup.

    Ties go to the shorter summary, as in :meth:`ConceptILP._solve`.
    """
    candidates, rows, pool, columns, words, bonus, clash = problem
    n = len(candidates)
    weights, incidence = pool.merged(candidates, rows, columns)
    subsets = _subsets(n)
    sizes = subsets @ np.array([pool.lengths[i] for i in candidates], dtype=float)
    value = ((subsets @ incidence) > 0) @ weights + subsets @ bonus - 1e-6 * sizes
    value[sizes > words] = -np.inf
    for a, b in clash.tolist():  # a subset that holds a pair kept apart
        value[(subsets[:, a] > 0) & (subsets[:, b] > 0)] = -np.inf
    best = int(np.argmax(value))
    return [candidates[j] for j in range(n) if best >> j & 1]


def _local_search(problem: _Problem) -> list[int]:
    """The same objective as :meth:`ConceptILP._solve`, solved by :func:`.coverage.max_coverage`."""
    candidates, rows, pool, columns, words, bonus, clash = problem
    weights, incidence = pool.merged(candidates, rows, columns)
    sizes = np.array([max(1, pool.lengths[i]) for i in candidates], dtype=float)
    apart = None
    if len(clash):
        n = len(candidates)
        both = np.concatenate([clash, clash[:, ::-1]])
        apart = csr_array((np.ones(len(both)), (both[:, 0], both[:, 1])), shape=(n, n))
    return [candidates[j] for j in max_coverage(incidence, weights, sizes, words, bonus, apart)]


def _by_length_fit(candidates: list[int], lengths: list[int], words: int, clash: np.ndarray) -> list[int]:
    """No concepts at all (tiny input): take sentences in order while they fit and none is kept apart."""
    refused = {(candidates[a], candidates[b]) for a, b in clash.tolist()}
    chosen: list[int] = []
    used = 0
    for i in candidates:
        if used + lengths[i] <= words and not any((c, i) in refused for c in chosen):
            chosen.append(i)
            used += lengths[i]
    return chosen
