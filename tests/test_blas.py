"""A brief runs its matrix products on one BLAS thread (:mod:`newsbrief.blas`), and that changes no answer.

OpenBLAS's second thread mostly spins on the small products of a brief (BENCHMARKS.md "Speed", Session 13);
the limit must hold inside the selection (where the local search's products are) and be put back after.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.sparse import csr_array
from threadpoolctl import threadpool_info, threadpool_limits

from newsbrief import BriefConfig, Briefer, read_clusters
from newsbrief.summarize.concepts import ConceptWeights
from newsbrief.summarize.coverage import max_coverage
from newsbrief.summarize.ilp import ConceptILP, _Pool


def _blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


class _Recording(ConceptILP):
    """The brief's own solver, noting the BLAS threads each selection runs with."""

    def __init__(self) -> None:
        super().__init__(ConceptWeights(), exact_limit=0)  # the local search, whose products are BLAS
        self.seen: list[set[int]] = []

    def _columns(self, pool: _Pool, rows: csr_array) -> np.ndarray:  # asked once per selection, before solving
        self.seen.append(_blas_threads())
        return super()._columns(pool, rows)


def test_a_brief_selects_on_one_blas_thread_and_puts_the_threads_back(data_dir: Path) -> None:
    cluster = next(iter(read_clusters(data_dir / "multinews" / "val_raw.jsonl")))
    solver = _Recording()
    with threadpool_limits(limits=2, user_api="blas"):
        brief = Briefer(BriefConfig(words=300, analysis=False), selector=solver)(cluster.articles)
        after = _blas_threads()
    assert brief.summary
    assert solver.seen and all(seen == {1} for seen in solver.seen)
    assert after == {2}


def test_the_local_search_chooses_the_same_on_one_thread_or_two() -> None:
    rng = np.random.default_rng(14)
    for n, m in [(30, 60), (120, 300), (400, 800)]:
        incidence = (rng.random((n, m)) < 0.05).astype(float)
        incidence = np.asfortranarray(incidence)  # the layout ilp._merged_incidence gives
        weights = rng.gamma(1.5, 2.0, m)
        lengths = rng.integers(8, 40, n).astype(float)
        bonus = rng.random(n)
        a, b = rng.integers(0, n, 20), rng.integers(0, n, 20)
        keep = a != b
        both = np.concatenate([np.stack([a[keep], b[keep]], 1), np.stack([b[keep], a[keep]], 1)])
        apart = csr_array((np.ones(len(both)), (both[:, 0], both[:, 1])), shape=(n, n))
        answers = []
        for threads in (2, 1):
            with threadpool_limits(limits=threads, user_api="blas"):
                answers.append(
                    (
                        max_coverage(incidence, weights, lengths, 300.0, bonus),
                        max_coverage(incidence, weights, lengths, 300.0, bonus, apart),
                        (incidence @ (incidence[:12] * weights[None, :]).T).tobytes(),
                    )
                )
        assert answers[0] == answers[1]
