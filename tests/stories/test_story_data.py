"""Story finding on real Multi-News clusters: flattened, shuffled, clustered blind, scored with B-cubed."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from newsbrief.model import Article
from newsbrief.stories import cluster_stories, score_clustering

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "multinews" / "val_truncated.jsonl"

# Issue 5's target is B-cubed F1 >= 0.90. With the story merge pass the method measures 0.820 on this sample
# (0.800 without it) and 0.767 on all 15,317 articles (BENCHMARKS.md), short of it; this floor guards against
# regressions (it fails if the merge pass is lost), and the target stays open.
F1_TARGET = 0.90
F1_FLOOR = 0.81


@pytest.mark.slow
def test_multinews_sample_bcubed() -> None:
    if not DATA.exists():
        pytest.skip(f"Multi-News data not found at {DATA} (expected ../shared/data beside the repo)")
    lines = DATA.read_text(encoding="utf-8").splitlines()
    if os.environ.get("NEWSBRIEF_FULL") != "1":
        lines = random.Random(5).sample(lines, 300)
    articles: list[Article] = []
    truth: list[list[str]] = []
    for line in lines:
        cluster = json.loads(line)
        ids = [f"{cluster['id']}#{i}" for i in range(len(cluster["documents"]))]
        articles.extend(Article(id=i, text=t) for i, t in zip(ids, cluster["documents"], strict=True))
        truth.append(ids)
    random.Random(20261122).shuffle(articles)
    score = score_clustering(cluster_stories(articles), truth)
    print(
        f"B-cubed P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} ARI={score.ari:.3f} "
        f"(target F1 {F1_TARGET})"
    )
    assert score.f1 >= F1_FLOOR
