"""Load test of ``newsbrief serve``: a real uvicorn on 127.0.0.1, N requests from C concurrent httpx clients.

Each request briefs three short articles cut from the seed reports (a few variants so that requests
differ). Prints requests per second, p50/p95/max latency, errors, and the server's resident memory
(RSS, from /proc) after a warm-up and then at every tenth of the run, to show that memory stays flat.

    python benchmarks/server_load.py                      # 2,000 requests, 8 clients
    python benchmarks/server_load.py --requests 200 --clients 4
    python benchmarks/server_load.py --url http://127.0.0.1:8000 --pid 1234   # a server already running

The test tests/server/test_server_uvicorn.py runs a small version of it (100 requests).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seeds"


def free_port() -> int:
    """A port that was free a moment ago (the server binds it right after)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


@contextlib.contextmanager
def running_server(*args: str, startup: float = 60.0) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start ``newsbrief serve`` on a free port of 127.0.0.1 in a subprocess; stop it on exit."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--host", "127.0.0.1", "--port", str(port), "--quiet", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        end = time.monotonic() + startup
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/", timeout=2).status_code == 200:
                    break
            if time.monotonic() > end:
                raise RuntimeError(f"server did not answer on {url} within {startup:g} s")
            time.sleep(0.1)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def payloads(
    seeds: Path = SEEDS, *, variants: int = 4, chars: int = 1_500, words: int = 100, analysis: bool | None = None
) -> list[bytes]:
    """Request bodies of three short articles each, cut from the seeds at different paragraphs."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if len(texts) < 3:
        raise RuntimeError(f"need the three seed reports in {seeds}")
    bodies = []
    for k in range(variants):
        articles = []
        for text in texts[:3]:
            paragraphs = [p for p in text.split("\n") if p.strip()]
            start = min(k * 2, max(0, len(paragraphs) - 4))
            cut = ""
            for para in paragraphs[start:]:
                if len(cut) + len(para) > chars and cut:
                    break
                cut += para + "\n\n"
            articles.append({"text": cut})
        body: dict[str, object] = {"articles": articles, "words": words}
        if analysis is not None:  # None: the server's default (the CLI's: analysis on)
            body["analysis"] = analysis
        bodies.append(json.dumps(body).encode())
    return bodies


@dataclass
class Result:
    """What one run measured."""

    requests: int
    clients: int
    seconds: float
    errors: int
    statuses: dict[str, int]
    latencies: list[float] = field(repr=False)
    rss: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, q: float) -> float:
        data = sorted(self.latencies)
        return data[min(len(data) - 1, round(q * (len(data) - 1)))] if data else float("nan")

    def summary(self) -> dict[str, object]:
        out = {k: v for k, v in asdict(self).items() if k != "latencies"}
        out.update(
            rps=round(self.rps, 1),
            p50_ms=round(self.percentile(0.5) * 1000, 1),
            p95_ms=round(self.percentile(0.95) * 1000, 1),
            max_ms=round(max(self.latencies) * 1000, 1),
            mean_ms=round(statistics.fmean(self.latencies) * 1000, 1),
        )
        return out


async def _load(url: str, bodies: list[bytes], requests: int, clients: int, pid: int | None) -> Result:
    counter = iter(range(requests))
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    rss: list[float] = []
    step = max(1, requests // 10)

    async def client() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=120) as http:
            for i in counter:
                body = bodies[i % len(bodies)]
                start = time.perf_counter()
                try:
                    response = await http.post("/api/brief", content=body, headers={"content-type": "application/json"})
                    key = str(response.status_code)
                except httpx.HTTPError as err:
                    key = type(err).__name__
                latencies.append(time.perf_counter() - start)
                statuses[key] = statuses.get(key, 0) + 1
                if pid is not None and (i + 1) % step == 0:
                    rss.append(round(rss_mb(pid), 1))

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    seconds = time.perf_counter() - start
    errors = sum(n for key, n in statuses.items() if key != "200")
    return Result(requests, clients, seconds, errors, statuses, latencies, rss)


def run(
    url: str, *, requests: int, clients: int, bodies: list[bytes], pid: int | None = None, warmup: int = 20
) -> Result:
    """Warm the server up, then send ``requests`` requests from ``clients`` concurrent clients.

    ``rss[0]`` of the result is the server's memory after the warm-up; the rest are samples taken at
    every tenth of the run.
    """
    asyncio.run(_load(url, bodies, warmup, min(clients, warmup), None))
    before = rss_mb(pid) if pid is not None else None
    result = asyncio.run(_load(url, bodies, requests, clients, pid))
    if before is not None:
        result.rss.insert(0, round(before, 1))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--chars", type=int, default=1_500, help="about this many characters per article")
    parser.add_argument("--no-analysis", action="store_true", help='send "analysis": false (summary only)')
    parser.add_argument("--url", help="an already running server (default: start one)")
    parser.add_argument("--pid", type=int, help="its process id, for memory")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    bodies = payloads(chars=args.chars, words=args.words, analysis=False if args.no_analysis else None)
    with contextlib.ExitStack() as stack:
        if args.url:
            url, pid = args.url, args.pid
        else:
            url, proc = stack.enter_context(running_server())
            pid = proc.pid
        result = run(url, requests=args.requests, clients=args.clients, bodies=bodies, pid=pid)
    summary = result.summary()
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    analysis = "off" if args.no_analysis else "on (default)"
    print(f"# newsbrief serve load test ({os.cpu_count()} cores, analysis {analysis}, load {os.getloadavg()[0]:.1f})\n")
    print("| requests | clients | req/s | p50 ms | p95 ms | max ms | errors | RSS MB after warm-up -> end |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    rss = result.rss
    memory = f"{rss[0]} -> {rss[-1]}" if rss else "n/a"
    print(
        f"| {result.requests} | {result.clients} | {summary['rps']} | {summary['p50_ms']} | {summary['p95_ms']} "
        f"| {summary['max_ms']} | {result.errors} | {memory} |"
    )
    print(f"\nstatuses: {result.statuses}")
    print(f"RSS samples (MB): {rss}")


if __name__ == "__main__":
    main()
