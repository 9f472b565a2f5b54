"""Budgeted maximum coverage, fast: greedy by gain per word, then swap-based local search.

The objective is the concept-coverage ILP of Gillick & Favre (2009) (see :mod:`.ilp`). Solving it
exactly with HiGHS takes 0.1-1 s on a Multi-News or DUC cluster of 100-400 candidate sentences,
because the LP relaxation of budgeted coverage is weak; the selection must cost a small fraction
of a LexRank run. So large problems are solved approximately:

1. greedy: repeatedly add the sentence with the best ratio of uncovered concept weight to length
   (Khuller, Moss & Naor 1999; with the best single sentence as fallback this is the classic
   constant-factor approximation; Lin & Bilmes 2010 use the same rule for summarisation);
2. local search: apply the best single *add* or *swap* (one sentence out, one in) that raises the
   covered weight and fits the budget, until none does. Every step is a few sparse products.

On the Multi-News validation sample the local optimum reaches the HiGHS optimum's coverage within
0.5% and the same ROUGE (BENCHMARKS.md, "Quality (issue 3)").
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_array

#: Safety bound on local-search steps (each strictly increases coverage, so it always ends; on the
#: evaluation sets it ends within ~10 steps).
MAX_STEPS = 100
_EPS = 1e-9


def max_coverage(
    incidence: np.ndarray,
    weights: np.ndarray,
    lengths: np.ndarray,
    budget: float,
    bonus: np.ndarray | None = None,
    apart: csr_array | None = None,
) -> list[int]:
    """Rows (sentences) whose union of columns (concepts) has the most weight within the budget.

    Args:
        incidence: sentences x concepts (dense), 1 where the sentence contains the concept. Merge
            concepts that the same sentences contain first (see ``ilp._merged_incidence``): it stays small.
        weights: weight of each concept (> 0).
        lengths: words of each sentence (> 0).
        budget: the most words the chosen sentences may total.
        bonus: a value of each sentence of its own (>= 0), added when it is chosen: a concept only it
            has, without a column per sentence (a dense column each would make the matrix n x n).
        apart: rows x rows (sparse, symmetric, 1 for a pair): pairs never chosen together (two sentences
            stating one fact, :mod:`.repeats`); none by default.

    Returns:
        The chosen row indexes, ascending.
    """
    n, m = incidence.shape
    if n == 0 or m == 0:
        return []
    inc = np.asarray(incidence, dtype=float)
    own = np.zeros(n) if bonus is None else np.asarray(bonus, dtype=float)
    # The pairs as index arrays, counted with numpy, and left out when there are none: a scipy product or column
    # slice costs ~50 us of set-up for a few hundred rows, about half of this function's time (BENCHMARKS "Session
    # 12"), and a dense n x n matrix would cost n^2 per step on a huge story. The counts are whole numbers, so every
    # test below gives the answer the scipy products gave.
    pairs = None if apart is None or not apart.nnz else csr_array(apart).tocoo()
    if pairs is not None:  # numpy arrays, read once (scipy's coordinates are properties)
        kept_apart = pairs.data != 0
        first, second = np.asarray(pairs.row)[kept_apart], np.asarray(pairs.col)[kept_apart]
    zeros = np.zeros(n)

    def clashing(chosen: np.ndarray) -> np.ndarray:
        """How many chosen rows each row may not join (only whether it is 0 is ever asked)."""
        if pairs is None:
            return zeros
        return np.bincount(first[chosen[second]], minlength=n).astype(float)

    def clashing_with(members: np.ndarray) -> np.ndarray:
        """n x len(members): how often each row is kept apart from each member."""
        out = np.zeros((n, len(members)))
        place = np.full(n, -1)
        place[members] = np.arange(len(members))
        hit = place[second] >= 0
        np.add.at(out, (first[hit], place[second[hit]]), 1.0)
        return out

    def row(j: int) -> np.ndarray:
        return inc[j] > 0

    cover = np.zeros(m)
    chosen = np.zeros(n, dtype=bool)
    used = 0.0
    while True:
        avail = ~chosen & (used + lengths <= budget) & (clashing(chosen) == 0)
        if not avail.any():
            break
        ratio = np.where(avail, (inc @ (weights * (cover == 0)) + own) / lengths, -1.0)
        j = int(np.argmax(ratio))
        if ratio[j] <= _EPS:
            break
        chosen[j], used = True, used + lengths[j]
        cover[row(j)] += 1
    single = np.where(lengths <= budget, inc @ weights + own, -1.0)
    j = int(np.argmax(single))
    if single[j] > float(weights @ (cover > 0)) + float(own[chosen].sum()) + _EPS:
        chosen[:], chosen[j], used = False, True, lengths[j]
        cover = np.zeros(m)
        cover[row(j)] = 1
    for _ in range(MAX_STEPS):
        gain = inc @ (weights * (cover == 0)) + own  # what adding row i brings
        only = weights * (cover == 1)  # concepts that only one chosen row covers
        members = np.flatnonzero(chosen)
        clashes = clashing(chosen)
        add = np.where(~chosen & (used + lengths <= budget) & (clashes == 0), gain, -np.inf)
        best_add = int(np.argmax(add))
        best = (add[best_add], best_add, -1)
        if members.size:
            sub = inc[members]
            loss = sub @ only + own[members]  # what removing member j costs
            # Concepts that only member j covers and candidate i also has are not lost by the swap.
            kept = inc @ (sub * only[None, :]).T
            delta = gain[:, None] - loss[None, :] + kept
            fits = (used - lengths[members][None, :] + lengths[:, None] <= budget) & ~chosen[:, None]
            if pairs is not None:  # i may come in once member k is out
                fits &= clashes[:, None] - clashing_with(members) == 0
            delta = np.where(fits, delta, -np.inf)
            i, k = np.unravel_index(int(np.argmax(delta)), delta.shape)
            if delta[i, k] > best[0]:
                best = (delta[i, k], int(i), int(members[k]))
        value, i_in, j_out = best
        if not value > _EPS:
            break
        if j_out >= 0:
            chosen[j_out], used = False, used - lengths[j_out]
            cover[row(j_out)] -= 1
        chosen[i_in], used = True, used + lengths[i_in]
        cover[row(i_in)] += 1
    return [int(i) for i in np.flatnonzero(chosen)]
