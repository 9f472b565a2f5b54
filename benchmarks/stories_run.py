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

Corpus scale (issue 14): ``--perturb`` makes copy r >= 1 of each article not always exact (seeded per copy:
40% exact, 50% with one word in 50 deleted, 10% with one word in 4 deleted, a rewrite that dedup keeps as a
new article), and ``--feed-pass`` measures the pass over the feed only (read, dedup, cluster, checkpoints;
no story is briefed: at ~250 articles/s on 2 workers, briefing 1.5 million articles would take hours) and
prints a second table: articles/s of the feed pass, checkpoint seconds per commit (mean over all commits
and over the last three, when the state is largest) with the rows each wrote, and peak RSS:

    python benchmarks/stories_run.py --feed-pass --perturb --header                # 15k
    python benchmarks/stories_run.py --feed-pass --perturb --repeat 10             # 150k
    python benchmarks/stories_run.py --feed-pass --perturb --repeat 100            # 1.5M

A long run on a shared machine compares itself with itself: ``--log FILE`` writes a JSON line per checkpoint
commit (articles read so far, wall seconds since the first article, the commit's seconds and state rows,
current and peak RSS, load average) and per window of ``--window`` articles (default: one copy of the feed,
~15k; articles per wall second and per CPU second of this process over the window, the commits in it), each
flushed as it happens. ``--summarize FILE`` prints the table of such a log, finished or not: the windows and
commits early in the run against those at its end, with load beside each:

    nice -n 10 python benchmarks/stories_run.py --feed-pass --perturb --repeat 100 --log /tmp/run.jsonl
    python benchmarks/stories_run.py --summarize /tmp/run.jsonl
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.stories import StoryConfig
from newsbrief.stories.run import COMMIT_LOG, RunSummary, StoriesRunConfig, run_stories
from newsbrief.stories.workers import peak_rss_mb

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "multinews" / "val_truncated.jsonl"


def perturb(text: str, rng: random.Random) -> str:
    """A copy as another outlet might run it: exact (40%), lightly cut (50%) or rewritten (10%)."""
    roll = rng.random()
    if roll < 0.4:
        return text
    words = text.split(" ")
    step = 50 if roll < 0.9 else 4
    start = rng.randrange(step)
    return " ".join(w for i, w in enumerate(words) if i % step != start)


def write_feed(data: Path, out: Path, *, clusters: int | None, repeat: int, seed: int, perturbed: bool = False) -> int:
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
            rng = random.Random(seed * 1000 + r)
            for article_id, text in rows:
                copy = perturb(text, rng) if perturbed and r else text
                handle.write(json.dumps({"id": article_id + suffix, "text": copy}) + "\n")
    return len(rows) * repeat


def current_rss_mb() -> float:
    """This process's resident memory now (``VmRSS``), in MiB; 0 where /proc is absent."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds() -> float:
    """User + system CPU seconds of this process (not its children: the feed pass runs here)."""
    t = os.times()
    return t.user + t.system


class RunLog(logging.Handler):
    """The ``--log`` file: a JSON line per checkpoint commit and per window of ``window`` articles.

    A logging handler because the stream's commits happen inside :func:`run_stories`, which says each one in
    a debug line (``COMMIT_LOG``); the windows are cut in its progress callback, called after every record.
    Times are measured from the first article read, so that starting the runner is not in the first window.
    """

    def __init__(self, path: Path, window: int) -> None:
        super().__init__(logging.DEBUG)
        self.file = path.open("w", encoding="utf-8")
        self.window = window
        self.start: tuple[int, float, float] | None = None  # (articles, wall, cpu) at the window's start
        self.t0 = 0.0
        self.index = 0
        self.commits: list[float] = []  # commit seconds within the current window
        self.cpu = 0.0  # CPU seconds at the last progress call: a commit follows one (``commit_cpu_s``)

    def write(self, line: dict[str, object]) -> None:
        line["load1"], line["load5"], _ = (round(x, 2) for x in os.getloadavg())
        line["rss_mib"], line["peak_rss_mib"] = round(current_rss_mb(), 1), round(peak_rss_mb(), 1)
        self.file.write(json.dumps(line) + "\n")
        self.file.flush()

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg != COMMIT_LOG or self.start is None:
            return
        articles, seconds, rows = record.args  # type: ignore[misc]
        cpu = cpu_seconds() - self.cpu  # the commit's CPU time, which the load on a shared machine does not stretch
        self.commits.append(seconds)
        wall = time.perf_counter() - self.t0
        self.write(
            {
                "kind": "commit",
                "articles": articles,
                "wall_s": round(wall, 2),
                "commit_s": round(seconds, 4),
                "commit_cpu_s": round(cpu, 4),
                "rows": rows,
            }
        )

    def progress(self, stage: str, done: int, total: int | None) -> None:
        if stage != "read":
            return
        now, cpu = time.perf_counter(), cpu_seconds()
        self.cpu = cpu
        if self.start is None:
            self.start, self.t0 = (done, now, cpu), now
            return
        first, wall, cpu_start = self.start
        if done < (self.index + 1) * self.window:
            return
        self.index += 1
        n, dt, dcpu = done - first, now - wall, cpu - cpu_start
        self.write(
            {
                "kind": "window",
                "window": self.index,
                "first": first,
                "last": done,
                "wall_s": round(now - self.t0, 2),
                "seconds": round(dt, 3),
                "articles_per_s": round(n / dt, 1) if dt > 0 else None,
                "cpu_s": round(dcpu, 3),
                "articles_per_cpu_s": round(n / dcpu, 1) if dcpu > 0 else None,
                "commits": len(self.commits),
                "commit_s": round(sum(self.commits), 3),
            }
        )
        self.start, self.commits = (done, now, cpu), []

    def close(self) -> None:
        self.file.close()
        super().close()


def summarize(path: Path) -> str:
    """The markdown table of a ``--log`` file (a finished or a stopped run)."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    windows = [w for w in lines if w["kind"] == "window"]
    commits = [c for c in lines if c["kind"] == "commit"]
    if not windows:
        return "no complete window in the log"
    picks = sorted({0, 1, 9, len(windows) // 4, len(windows) // 2, len(windows) - 2, len(windows) - 1} - {-1})
    out = [
        "| window | articles | art/s (wall) | art/CPU-s | commits | s per commit: wall mean / max; CPU mean "
        "| rows per commit (mean) | RSS MiB at end / peak | load 1 min at end |",
        "|---:|---|---:|---:|---:|---|---:|---|---:|",
    ]
    for i in (p for p in picks if 0 <= p < len(windows)):
        w = windows[i]
        inside = [c for c in commits if w["first"] <= c["articles"] < w["last"]]  # commit follows progress
        secs = [c["commit_s"] for c in inside]
        rows = [c["rows"] for c in inside]
        cpus = [c.get("commit_cpu_s", float("nan")) for c in inside]
        commit = f"{len(secs)} | {sum(secs) / len(secs):.2f} / {max(secs):.2f}; {sum(cpus) / len(cpus):.2f}"
        commit = commit if secs else "0 | -"
        mean_rows = f"{sum(rows) / len(rows):,.0f}" if rows else "-"
        out.append(
            f"| {w['window']} | {w['first']:,}-{w['last']:,} | {w['articles_per_s']:,.0f} "
            f"| {w['articles_per_cpu_s']:,.0f} | {commit} | {mean_rows} | {w['rss_mib']:,.0f} / "
            f"{w['peak_rss_mib']:,.0f} | {w['load1']:.1f} |"
        )
    return "\n".join(out)


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
    parser.add_argument("--perturb", action="store_true", help="copies r >= 1 lightly perturbed, some rewritten")
    parser.add_argument("--feed-pass", action="store_true", help="read, dedup, cluster, checkpoint; brief nothing")
    parser.add_argument("--feed", type=Path, default=None, help="write the feed here and keep it; reuse it if present")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the feed (default: the system's)")
    parser.add_argument("--log", type=Path, default=None, help="JSON lines per commit and per window (see above)")
    parser.add_argument("--window", type=int, default=None, help="articles per --log window (default: one copy)")
    parser.add_argument("--checkpoint-articles", type=int, default=StoriesRunConfig().checkpoint_articles)
    parser.add_argument("--summarize", type=Path, default=None, help="print the table of a --log file and stop")
    args = parser.parse_args(argv)
    if args.summarize is not None:
        print(summarize(args.summarize))
        return 0
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
        min_articles=10**9 if args.feed_pass else 2,
        checkpoint_articles=args.checkpoint_articles,
    )
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-", dir=args.tmp) as tmp:
        feed = args.feed or Path(tmp) / "feed.jsonl"
        if args.feed is not None and args.feed.exists():  # made by an earlier run with the same options
            with feed.open("rb") as handle:
                n = sum(1 for _ in handle)
        else:
            n = write_feed(
                args.data, feed, clusters=args.clusters, repeat=args.repeat, seed=args.seed, perturbed=args.perturb
            )
        out = args.keep or Path(tmp) / "out"
        log = RunLog(args.log, args.window or n // args.repeat) if args.log else None
        watched = logging.getLogger("newsbrief.stories.run")
        if log is not None:
            watched.addHandler(log)
            watched.setLevel(logging.DEBUG)
        try:
            s = run_stories(feed, out, config=config, progress=log.progress if log else None)
        finally:
            if log is not None:
                watched.removeHandler(log)
                log.close()
    sec = s.seconds
    assert n == s.articles + s.rejected, (n, s.articles, s.rejected)
    if args.feed_pass:
        print_feed_pass(s, args, stories)
        return 0

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
    print(
        f"| {s.articles:,} | {s.duplicates:,} | {s.stories:,} | {s.briefed:,} | {rate(s.articles, sec['read'])} "
        f"| {rate(s.articles, sec['dedup'])} | {rate(s.articles - s.duplicates, sec['cluster'])} "
        f"| {rate(s.briefed_articles, sec['briefing_wall'])} ({rate(s.briefed_articles, sec['brief'])}) "
        f"| {rate(s.articles, sec['write'])} | {sec['total']:,.0f} ({sec['reading_wall']:,.0f} + "
        f"{sec['briefing_wall']:,.0f}) | {s.peak_rss_mb:,.0f} / {s.worker_peak_rss_mb:,.0f} | {settings} |"
    )
    return 0


def print_feed_pass(s: RunSummary, args: argparse.Namespace, stories: StoryConfig) -> None:
    """One row of the feed-pass table (see the module docstring)."""
    sec = s.seconds
    commits = s.commits or ((0, 0.0, 0),)
    last = commits[-3:]
    if args.header:
        print(
            "| articles | duplicates | stories | feed pass s | feed pass art/s | read / dedup / cluster art/s "
            "| commits | s per commit: mean / last 3 | state rows per commit: mean / last 3 | peak RSS MiB | settings |"
        )
        print("|---:|---:|---:|---:|---:|---|---:|---|---|---:|---|")
    settings = f"dedup window={stories.dedup.window_articles:,} articles" if stories.dedup.window_articles else ""
    settings += f", repeat={args.repeat}, {'perturbed' if args.perturb else 'exact'} copies"
    mean_s = sum(c[1] for c in commits) / len(commits)
    mean_rows = sum(c[2] for c in commits) / len(commits)
    print(
        f"| {s.articles:,} | {s.duplicates:,} | {s.stories:,} | {sec['reading_wall']:,.0f} "
        f"| {s.articles / sec['reading_wall']:,.0f} | {s.articles / sec['read']:,.0f} / "
        f"{s.articles / sec['dedup']:,.0f} / {(s.articles - s.duplicates) / sec['cluster']:,.0f} | {len(s.commits)} "
        f"| {mean_s:.2f} / {sum(c[1] for c in last) / len(last):.2f} "
        f"| {mean_rows:,.0f} / {sum(c[2] for c in last) / len(last):,.0f} | {s.peak_rss_mb:,.0f} | {settings} |"
    )


if __name__ == "__main__":
    sys.exit(main())
