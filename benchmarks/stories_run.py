"""Benchmark corpus mode end to end (issue 5): feed file in, folder of story briefs out.

Writes a JSONL feed to a temporary folder (never into the repo): the 5,622 clusters of
../shared/data/multinews/val_truncated.jsonl flattened into ~15,300 articles ``{"id", "text"}`` (ids
``"{cluster_id}#{doc_index}"``), shuffled with the seed of benchmarks/stories.py; with ``--repeat K`` the
shuffled feed K times, copy r >= 1 with ids ``"{id}@{r}"`` (K=10: ~150,000 articles). Then runs
:func:`newsbrief.stories.run.run_stories` on it exactly as ``newsbrief stories FEED --out DIR --workers N``
does, and prints one markdown row: articles per second for each stage, wall-clock time and peak RSS.

Stages: read (parsing the JSONL), dedup (all articles) and cluster (the articles dedup kept) in the single
sequential pass, brief (distinct articles of the briefed stories per second of briefing wall-clock after
the feed pass, workers in parallel; per second of the workers' summed per-story time, i.e. one worker's
rate, in brackets) and write (all articles per second of writing story files and final outputs). Peak RSS is
``ru_maxrss`` of the main process and the largest of the brief workers'.

    python benchmarks/stories_run.py --header --no-analysis       # 15k, summaries only
    python benchmarks/stories_run.py --no-analysis --repeat 10    # ~150k
    python benchmarks/stories_run.py --clusters 300 --no-analysis # a quick check while iterating
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.stories import StoryConfig
from newsbrief.stories.run import StoriesRunConfig, run_stories

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "multinews" / "val_truncated.jsonl"


def write_feed(data: Path, out: Path, *, clusters: int | None, repeat: int, seed: int) -> int:
    """Flatten, shuffle and write the feed (``repeat`` times with new ids); return the article count."""
    rows: list[tuple[str, str]] = []
    with data.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if clusters is not None and n >= clusters:
                break
            cluster = json.loads(line)
            rows.extend((f"{cluster['id']}#{i}", doc) for i, doc in enumerate(cluster["documents"]))
    random.Random(seed).shuffle(rows)
    with out.open("w", encoding="utf-8") as handle:
        for r in range(repeat):
            suffix = f"@{r}" if r else ""
            for article_id, text in rows:
                handle.write(json.dumps({"id": article_id + suffix, "text": text}) + "\n")
    return len(rows) * repeat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--clusters", type=int, default=None, help="use only the first N clusters")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--no-analysis", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="write the output folder here and keep it")
    parser.add_argument("--header", action="store_true", help="print the table header")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"data not found: {args.data} (expected ../shared/data beside the repo)", file=sys.stderr)
        return 2
    stories = StoryConfig()
    if args.repeat > 1 and stories.boilerplate_copies is not None:
        # a text repeated K times by construction is not a template page (as in benchmarks/stories.py)
        stories = replace(stories, boilerplate_copies=stories.boilerplate_copies * args.repeat)
    config = StoriesRunConfig(
        brief=BriefConfig(words=args.words, analysis=not args.no_analysis),
        stories=stories,
        workers=args.workers,
        resume=False,
    )
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
        feed = Path(tmp) / "feed.jsonl"
        n = write_feed(args.data, feed, clusters=args.clusters, repeat=args.repeat, seed=args.seed)
        out = args.keep or Path(tmp) / "out"
        s = run_stories(feed, out, config=config)
    sec = s.seconds

    def rate(count: int, seconds: float) -> str:
        return f"{count / seconds:,.0f}" if seconds > 0 else "-"

    if args.header:
        print(
            "| articles | duplicates | stories | briefed | read art/s | dedup art/s | cluster art/s | brief art/s "
            "(CPU) | write art/s | wall s (feed pass + briefs) | peak RSS MiB main / worker | settings |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    settings = f"workers={args.workers}, words={args.words}, analysis={'off' if args.no_analysis else 'on'}"
    if args.repeat > 1:
        settings += f", repeat={args.repeat}"
    assert n == s.articles + s.rejected, (n, s.articles, s.rejected)
    print(
        f"| {s.articles:,} | {s.duplicates:,} | {s.stories:,} | {s.briefed:,} | {rate(s.articles, sec['read'])} "
        f"| {rate(s.articles, sec['dedup'])} | {rate(s.articles - s.duplicates, sec['cluster'])} "
        f"| {rate(s.briefed_articles, sec['briefing_wall'])} ({rate(s.briefed_articles, sec['brief'])}) "
        f"| {rate(s.articles, sec['write'])} | {sec['total']:,.0f} ({sec['reading_wall']:,.0f} + "
        f"{sec['briefing_wall']:,.0f}) | {s.peak_rss_mb:,.0f} / {s.worker_peak_rss_mb:,.0f} | {settings} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
