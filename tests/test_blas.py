"""A brief runs its matrix products on one BLAS thread (:mod:`newsbrief.blas`), and that changes no answer.

OpenBLAS's second thread mostly spins on the small products of a brief (BENCHMARKS.md "Speed", Session 13);
the limit must hold inside the selection (where the local search's products are) and be put back after.
"""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from scipy.sparse import csr_array
from threadpoolctl import threadpool_info, threadpool_limits

from newsbrief import BriefConfig, Briefer, read_clusters
from newsbrief.blas import one_blas_thread
from newsbrief.render.jsondoc import to_json
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


def test_overlapping_blocks_in_threads_keep_one_thread_inside_and_put_the_count_back() -> None:
    """Two briefs in threads of one process (a library caller's threads, a Dask worker's): A in, B in, A out,
    B out. Each block putting back the count it found gave B two threads once A left, and left the process at
    one thread for good after B (BLAS's count is process-wide)."""
    before = _blas_threads()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, set[int]] = {}

    def first() -> None:
        with one_blas_thread():
            seen["first"] = _blas_threads()
            a_in.set()
            b_in.wait()
        a_out.set()

    def second() -> None:
        a_in.wait()
        with one_blas_thread():
            b_in.set()
            a_out.wait()
            seen["second, after the first left"] = _blas_threads()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"first": {1}, "second, after the first left": {1}}
    assert _blas_threads() == before


def test_briefs_in_threads_are_the_serial_briefs_and_leave_the_blas_threads_as_found(data_dir: Path) -> None:
    clusters = list(itertools.islice(read_clusters(data_dir / "multinews" / "val_raw.jsonl"), 6))
    briefer = Briefer(BriefConfig(words=300, analysis=False))
    before = _blas_threads()
    serial = [to_json(briefer(c.articles)) for c in clusters]
    with ThreadPoolExecutor(max_workers=3) as pool:  # one Briefer shared, as a server or Dask worker would
        concurrent = list(pool.map(lambda c: to_json(briefer(c.articles)), clusters + clusters))
    assert concurrent == serial + serial
    assert _blas_threads() == before
