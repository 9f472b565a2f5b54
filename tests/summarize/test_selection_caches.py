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
