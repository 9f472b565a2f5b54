"""Fetching speed and memory (issue 13): the fetcher against the local test web server, one table.

The server (tests/web_server.py) runs in its own process on 127.0.0.1 and serves ``/bench/<n>.html``: n
distinct URLs cycling over the article pages built from ../shared/data (DUC 2004 task 5, the seeds, raw
Multi-News). Rows:

1. pages per second with 4 and with 16 requests in flight (``FetchPolicy(concurrency=c, per_host=c)``, no
   cache, robots.txt read once per run), fetching only, then fetching and extracting (trafilatura);
2. a 5,000-page run through the on-disk cache (``fetch_many``, 16 in flight): its time, the process's RSS at
   its end and its peak RSS;
3. the same 5,000 URLs again with the same cache folder (a new Fetcher, as a second ``newsbrief`` run would
   be): its time as a ratio of the first, and the requests the server counted (0 expected: every page is
   fresh, ``max-age=3600``);
4. another 5,000 URLs into a cache bounded at ``--bound-mb`` (5 MB: a fifth of what they take): what
   eviction costs (time as a ratio of the unbounded first run) and what it leaves (pages, bytes, the file).

Times are wall-clock on a shared 2-core machine; the server is Python's threaded ``http.server`` and shares
the cores, so absolute pages/s are a floor, the ratios are the point.

    python benchmarks/fetch.py [--pages N] [--run 5000] [--bound-mb 5]   # --pages 0: the cache rows only
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

from newsbrief.errors import FetchError
from newsbrief.web import Fetcher, FetchPolicy, HttpCache, extract_article

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


@contextmanager
def local_server() -> Iterator[str]:
    """tests/web_server.py in a subprocess; its base URL."""
    proc = subprocess.Popen([sys.executable, str(REPO / "tests" / "web_server.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def server_total(base: str) -> int:
    with Fetcher(FetchPolicy(respect_robots=False)) as fetcher:
        return int(json.loads(fetcher.fetch(base + "/__stats", accept=None).body)["total"])


def run(urls: list[str], policy: FetchPolicy, cache: HttpCache | None, *, extract: bool = False) -> tuple[float, int]:
    """Wall seconds to fetch (and extract) every URL; the number of failures."""
    failures = 0
    start = time.perf_counter()
    with Fetcher(policy, cache) as fetcher:
        for _url, result in fetcher.fetch_many(urls):
            if isinstance(result, FetchError):
                failures += 1
            elif extract:
                extract_article(result)
    return time.perf_counter() - start, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages per throughput row")
    parser.add_argument("--run", type=int, default=5000, help="pages of the cached run")
    parser.add_argument("--bound-mb", type=float, default=5.0, help="the bound of the bounded cache run (MB)")
    args = parser.parse_args()
    if not (DATA / "duc2004" / "task5_dated.jsonl").exists():
        sys.exit(f"{DATA} is absent: the benchmark serves pages built from ../shared/data")
    rss_start = psutil.Process().memory_info().rss / 2**20
    console = Console()
    table = Table(title=f"Fetching ({platform.node()}, {psutil.cpu_count()} cores, Python {platform.python_version()})")
    for column in ("row", "pages", "in flight", "seconds", "pages/s", "failures", "note"):
        table.add_column(column, justify="right" if column not in ("row", "note") else "left")
    with local_server() as base:
        for extract in (False, True) if args.pages else ():
            n = args.pages if not extract else args.pages // 4
            for c in (4, 16):
                urls = [f"{base}/bench/{i}.html" for i in range(n)]
                seconds, failures = run(urls, FetchPolicy(concurrency=c, per_host=c), None, extract=extract)
                label = "fetch + extract" if extract else "fetch"
                table.add_row(
                    label, f"{n:,}", str(c), f"{seconds:.2f}", f"{n / seconds:,.0f}", str(failures), "no cache"
                )
        with tempfile.TemporaryDirectory() as folder:
            urls = [f"{base}/bench/{100_000 + i}.html" for i in range(args.run)]
            policy = FetchPolicy(concurrency=16, per_host=16)
            before = server_total(base)
            cache = HttpCache(folder)
            first, failures = run(urls, policy, cache)
            rss = psutil.Process().memory_info().rss / 2**20
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
            cache.close()
            size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 2**20
            asked_first = server_total(base) - before - 1
            table.add_row(
                "first run, cached",
                f"{args.run:,}",
                "16",
                f"{first:.2f}",
                f"{args.run / first:,.0f}",
                str(failures),
                f"RSS {rss_start:.0f} MiB at start, {rss:.0f} at end, peak {peak:.0f}; {asked_first:,} requests;"
                f" cache {size:.0f} MiB on disk",
            )
            before = server_total(base)
            cache = HttpCache(folder)
            second, failures = run(urls, policy, cache)
            cache.close()
            asked = server_total(base) - before - 1
            table.add_row(
                "second run, all cached",
                f"{args.run:,}",
                "16",
                f"{second:.2f}",
                f"{args.run / second:,.0f}",
                str(failures),
                f"{second / first:.3f} of the first run's time; {asked} requests to the server",
            )
        with tempfile.TemporaryDirectory() as folder:
            # the same first run into a cache bounded at a fifth of what it stores: eviction's cost and effect
            urls = [f"{base}/bench/{200_000 + i}.html" for i in range(args.run)]
            bound_mb = args.bound_mb
            cache = HttpCache(folder, max_mb=bound_mb)
            bounded, failures = run(urls, policy, cache)
            kept, stored = len(cache), cache.size_bytes() / 1e6
            cache.close()
            size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 2**20
            table.add_row(
                f"first run, cache bounded at {bound_mb:g} MB",
                f"{args.run:,}",
                "16",
                f"{bounded:.2f}",
                f"{args.run / bounded:,.0f}",
                str(failures),
                f"{bounded / first:.3f} of the unbounded first run's time; {kept:,} pages kept, {stored:.1f} MB"
                f" of answers, {size:.0f} MiB on disk",
            )
    console.print(table)


if __name__ == "__main__":
    main()
