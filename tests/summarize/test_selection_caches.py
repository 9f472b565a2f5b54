"""Selection keeps per-pool work between re-selections (the ILP's concept matrix, the repeat check's scored
pairs): a briefer that briefed other stories before gives the same brief as a fresh one."""

from __future__ import annotations

from pathlib import Path

from newsbrief import BriefConfig, Briefer, read_clusters
from newsbrief.render import render


def test_a_reused_briefer_briefs_as_a_fresh_one(data_dir: Path) -> None:
    clusters = list(read_clusters(data_dir / "multinews" / "val_raw.jsonl"))[:4]
    config = BriefConfig(words=300, analysis=False)
    fresh = [render(Briefer(config)(c.articles), "json") for c in clusters]
    reused = Briefer(config)
    order = [0, 1, 2, 3, 2, 0, 3, 1]  # each story after another one, and again
    for k in order:
        assert render(reused(clusters[k].articles), "json") == fresh[k]


def test_a_brief_keeps_no_selection_pool_once_it_has_its_choice(data_dir: Path) -> None:
    """The concept ILP's pool (with its last candidates x concepts merge) and the repeat check's scored pairs are
    dropped once the summary is chosen: a 1,000-article story held them through support and the analysis
    (BENCHMARKS.md, issue 14, "Session 14", bigstory16)."""
    from newsbrief.summarize.ilp import ConceptILP
    from newsbrief.summarize.repeats import WithoutRepeats

    cluster = next(iter(read_clusters(data_dir / "multinews" / "val_raw.jsonl")))
    briefer = Briefer(BriefConfig(words=300, analysis=False))
    briefer(cluster.articles)
    chain = [briefer.selector]
    while hasattr(chain[-1], "selector"):
        chain.append(chain[-1].selector)
    concept = [s for s in chain if isinstance(s, ConceptILP)]
    repeats = [s for s in chain if isinstance(s, WithoutRepeats)]
    assert concept and repeats
    assert concept[0]._weighed is None
    assert repeats[0]._scored is None
    assert concept[0].quality._last is None  # the quality cache held the pool (with its units) too
    assert concept[0].quality is briefer._quality


def test_a_briefer_shared_by_threads_briefs_as_fresh_ones(data_dir: Path) -> None:
    """review26: ``Selector.forget`` (bigstory16) clears the selector's pool while another thread's brief may be
    selecting with the same selector (a Dask worker's tasks share one pipeline): that brief rebuilds its pool and
    chooses the same. DUC 2004 task 2 at 100 words, so every brief selects (no 'everything fits')."""
    from concurrent.futures import ThreadPoolExecutor

    clusters = list(read_clusters(data_dir / "duc2004" / "task2.jsonl"))[:3]
    config = BriefConfig(words=100, analysis=False)
    fresh = [render(Briefer(config)(c.articles), "json") for c in clusters]
    shared = Briefer(config)
    with ThreadPoolExecutor(3) as threads:
        got = list(threads.map(lambda c: render(shared(c.articles), "json"), clusters * 2))
    assert got == fresh * 2
