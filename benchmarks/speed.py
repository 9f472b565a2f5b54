"""Speed of the brief path (issues 2, 4): cold CLI and warm briefs of the seeds, briefs per second on Multi-News.

Prints one table. Everything is measured in this one run on this machine, and the brief path is
compared with sentence splitting alone over the same cleaned text (the floor every system pays),
as a ratio, since absolute times on shared machines drift.

    python benchmarks/speed.py [--limit N] [--cold-runs K]
"""

from __future__ import annotations

import argparse
import logging
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsbrief import BriefConfig, Briefer, read_articles, read_clusters
from newsbrief.ingest.clean import clean_text
from newsbrief.model import Article
from newsbrief.text.split import split_sentences

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def cold_cli(runs: int, *flags: str) -> list[float]:
    """Wall time of `python -m newsbrief brief seeds` in fresh processes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "newsbrief", "brief", str(DATA / "seeds"), "--quiet", *flags],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return times


def _timed(briefer: Briefer, articles: list[Article]) -> float:
    start = time.perf_counter()
    briefer(articles)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="clusters of val_raw to use (default all 250)")
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    logging.getLogger("newsbrief").setLevel(logging.ERROR)  # skipped-article notes are not results
    data = DATA / "multinews" / "val_raw.jsonl"
    if not data.exists():
        sys.exit(f"{data} is absent: this benchmark reads ../shared/data")

    cold = cold_cli(args.cold_runs, "--no-analysis")
    cold_full = cold_cli(args.cold_runs)

    seeds = read_articles(DATA / "seeds")
    with_analysis, without = Briefer(BriefConfig()), Briefer(BriefConfig(analysis=False))
    with_analysis(seeds)  # loads spaCy once, as a server or a batch worker does
    warm_on = [_timed(with_analysis, seeds) for _ in range(5)]
    warm_off = [_timed(without, seeds) for _ in range(5)]

    clusters = list(read_clusters(data))[: args.limit]
    n_words = sum(len(a.text.split()) for c in clusters for a in c.articles)
    n_bytes = sum(len(a.text.encode()) for c in clusters for a in c.articles)
    briefer = Briefer(BriefConfig(words=300, analysis=False))
    briefer(clusters[0].articles)  # warm: imports, the splitter's rules

    start = time.perf_counter()
    for c in clusters:
        briefer(c.articles)
    full = time.perf_counter() - start

    cleaned = [Article(id=a.id, text=clean_text(a.text)) for c in clusters for a in c.articles]
    start = time.perf_counter()
    for art in cleaned:
        split_sentences(art)
    split = time.perf_counter() - start

    console = Console()
    console.print(
        f"{platform.node()} · {platform.processor() or platform.machine()} · Python {platform.python_version()}"
    )
    table = Table(title="newsbrief speed (issue 2)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row(f"cold CLI on seeds --no-analysis, median of {len(cold)} (s)", f"{statistics.median(cold):.2f}")
    table.add_row("cold CLI on seeds --no-analysis, min (s)", f"{min(cold):.2f}")
    table.add_row(f"cold CLI on seeds with analysis, median of {len(cold)} (s)", f"{statistics.median(cold_full):.2f}")
    table.add_row("warm brief of seeds with analysis, median of 5 (s)", f"{statistics.median(warm_on):.2f}")
    table.add_row("warm brief of seeds --no-analysis, median of 5 (s)", f"{statistics.median(warm_off):.2f}")
    table.add_row("time the analysis adds, warm (s)", f"{statistics.median(warm_on) - statistics.median(warm_off):.2f}")
    table.add_row("Multi-News val_raw clusters", f"{len(clusters)}")
    table.add_row("words per cluster (mean)", f"{n_words / len(clusters):,.0f}")
    table.add_row("text (MB)", f"{n_bytes / 1e6:.2f}")
    table.add_row("full brief path --no-analysis, 300 words (s)", f"{full:.1f}")
    table.add_row("briefs per second", f"{len(clusters) / full:.1f}")
    table.add_row("sentence splitting alone, same text (s)", f"{split:.1f}")
    table.add_row("full brief / splitting alone", f"{full / split:.2f}x")
    console.print(table)


if __name__ == "__main__":
    main()
