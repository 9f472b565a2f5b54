"""Benchmark story finding (issue 5) on the Multi-News validation clusters.

Flattens the 5,622 clusters of ../shared/data/multinews/val_truncated.jsonl into articles with ids
``"{cluster_id}#{doc_index}"``, shuffles them with a fixed seed, finds stories blind (no dates: the data
has none) and prints a markdown table: articles, predicted stories, B-cubed P/R/F1, ARI, articles per
second for dedup and clustering, peak RSS.

The true story of an article is its Multi-News cluster. A duplicate is scored in the story of the article
it duplicates, because :func:`newsbrief.stories.cluster_stories` puts it there. The whole set is both the
tuning and the test set (there is no held-out split): read the figures as optimistic.

``--repeat K`` feeds the shuffled set K times, copy r >= 1 with ids ``"{id}@{r}"`` in the same true story:
a load test for peak RSS and throughput (K=10 gives ~150,000 articles). The copies are exact duplicates,
so dedup must catch them; the boilerplate rule counts copies, so in that mode its limit is multiplied by K
(a text repeated K times by construction is not a template page).

    python benchmarks/stories.py                  # the 15k run
    python benchmarks/stories.py --repeat 10      # ~150k articles
    python benchmarks/stories.py --clusters 500   # a quick subset while iterating
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from newsbrief.model import Article
from newsbrief.stories import ClusterConfig, StoryConfig, StoryStream, score_clustering

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "multinews" / "val_truncated.jsonl"


def load(path: Path, limit: int | None) -> tuple[list[Article], list[list[str]]]:
    """Flatten the clusters of ``path`` (the first ``limit``) into articles and the true partition."""
    articles: list[Article] = []
    truth: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle):
            if limit is not None and line_no >= limit:
                break
            cluster = json.loads(line)
            ids = [f"{cluster['id']}#{i}" for i in range(len(cluster["documents"]))]
            articles.extend(Article(id=i, text=t) for i, t in zip(ids, cluster["documents"], strict=True))
            truth.append(ids)
    return articles, truth


def stream(articles: list[Article], repeat: int) -> Iterator[Article]:
    """The articles ``repeat`` times, copies with new ids, made lazily so the stream is not held twice."""
    yield from articles
    for r in range(1, repeat):
        for article in articles:
            yield replace(article, id=f"{article.id}@{r}")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--clusters", type=int, default=None, help="use only the first N clusters")
    parser.add_argument("--threshold", type=float, default=None, help="override the cluster threshold")
    parser.add_argument(
        "--merge-threshold",
        type=float,
        default=None,
        help="override the story merge threshold (0 turns the merge pass off)",
    )
    parser.add_argument("--boilerplate-copies", type=int, default=5, help="0 turns the rule off")
    parser.add_argument("--header", action="store_true", help="print the table header")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"data not found: {args.data} (expected ../shared/data beside the repo)", file=sys.stderr)
        return 2

    articles, truth = load(args.data, args.clusters)
    random.Random(args.seed).shuffle(articles)
    if args.repeat > 1:
        truth = [ids + [f"{i}@{r}" for r in range(1, args.repeat) for i in ids] for ids in truth]
    overrides: dict[str, float | None] = {}
    if args.threshold is not None:
        overrides["threshold"] = args.threshold
    if args.merge_threshold is not None:
        overrides["merge_threshold"] = args.merge_threshold or None
    cluster = ClusterConfig(**overrides)  # type: ignore[arg-type]
    limit = args.boilerplate_copies * args.repeat or None
    config = StoryConfig(cluster=cluster, boilerplate_copies=limit)

    runner = StoryStream(config)
    start = time.perf_counter()
    predicted = [list(story.articles) for story in runner.add_all(stream(articles, args.repeat))]
    wall = time.perf_counter() - start
    rss = peak_rss_mb()
    score = score_clustering(predicted, truth)
    n = runner.n_articles
    kept = n - runner.n_duplicates
    dedup_rate = n / runner.seconds["dedup"] if runner.seconds["dedup"] else float("inf")
    cluster_rate = kept / runner.seconds["cluster"] if runner.seconds["cluster"] else float("inf")

    if args.header:
        print(
            "| articles | duplicates | boilerplate | stories | B3 P | B3 R | B3 F1 | ARI | dedup art/s "
            "| cluster art/s | wall s | peak RSS MiB | settings |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    settings = (
        f"threshold={cluster.threshold}, merge={cluster.merge_threshold}, boilerplate_copies={limit}, "
        f"repeat={args.repeat}, seed={args.seed}"
    )
    print(
        f"| {n:,} | {runner.n_duplicates:,} | {runner.n_boilerplate:,} | {score.n_predicted:,} "
        f"| {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | {score.ari:.3f} "
        f"| {dedup_rate:,.0f} | {cluster_rate:,.0f} | {wall:.0f} | {rss:,.0f} | {settings} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
