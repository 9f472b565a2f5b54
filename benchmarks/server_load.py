"""Load test of ``newsbrief serve``: a real uvicorn on 127.0.0.1, N requests from C concurrent httpx clients.

Each request briefs three short articles cut from the seed reports (a few variants so that requests
differ). Prints requests per second, p50/p95/max latency, errors, and the server's resident memory
(RSS, from /proc) after a warm-up and then at every tenth of the run, to show that memory stays flat.

    python benchmarks/server_load.py                      # 2,000 requests, 8 clients, --workers 2
    python benchmarks/server_load.py --requests 200 --clients 4
    python benchmarks/server_load.py --url http://127.0.0.1:8000 --pid 1234   # a server already running
    python benchmarks/server_load.py --compare-workers --no-analysis     # req/s, --workers 2 against 1
    python benchmarks/server_load.py --pathological regex                # p95 of 50 normal, with and without
    python benchmarks/server_load.py --time-to-free regex --time-limit 5 # from the 503 to the CPU free

Memory is the server's whole tree (main process and workers). Every load goes to 127.0.0.1 only and is
bounded in count (the requests asked for) and time (each request's client timeout).

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
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx
import psutil

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seeds"


def free_port() -> int:
    """A port that was free a moment ago (the server binds it right after)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of a server in MB: its main process and every worker process under it."""
    try:
        main = psutil.Process(pid)
        procs = [main, *main.children(recursive=True)]
    except psutil.NoSuchProcess as err:
        raise RuntimeError(f"no process {pid}") from err
    total = 0.0
    for proc in procs:
        with contextlib.suppress(psutil.Error):  # a worker replaced meanwhile
            total += proc.memory_info().rss / 2**20
    return total


def worker_pids(pid: int) -> list[int]:
    """The server's worker processes (started by multiprocessing's spawn; its resource tracker left out)."""
    pids = []
    for child in psutil.Process(pid).children():
        with contextlib.suppress(psutil.Error):
            if "spawn_main" in " ".join(child.cmdline()):
                pids.append(child.pid)
    return sorted(pids)


def wait_for_workers(pid: int, n: int, *, limit: float = 120.0) -> list[int]:
    """Poll until the server has ``n`` worker processes ready to be counted."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        pids = worker_pids(pid)
        if len(pids) == n:
            return pids
        time.sleep(0.1)
    raise RuntimeError(f"the server has workers {worker_pids(pid)}, expected {n}")


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


DUC = SEEDS.parent / "duc2004" / "task2.jsonl"


def pathological(kind: str) -> bytes:
    """One request that costs far more than the rest.

    ``regex``: issue 15's case 3, a paragraph of 40,000 capitals and a photo-credit hint (cleaning's credit
    pattern was quadratic on it: 35 s); ``heavy``: 50 DUC 2004 reports with analysis (~10 s and ~660 MB
    of address space in one worker).
    """
    if kind == "regex":
        return json.dumps({"articles": [{"text": "A" * 40_000 + " toggle caption"}]}).encode()
    texts: list[str] = []
    with DUC.open(encoding="utf-8") as lines:
        for line in lines:
            texts.extend(json.loads(line)["documents"])
            if len(texts) >= 50:
                break
    return json.dumps({"articles": [{"text": t} for t in texts[:50]], "analysis": True}).encode()


class PeakRss:
    """Sample a server's total RSS every 0.1 s in a thread; ``peak`` is the largest sample."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            with contextlib.suppress(RuntimeError):
                self.peak = max(self.peak, rss_mb(self.pid))

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _row(label: str, result: Result, peak: float | None = None) -> str:
    summary = result.summary()
    rss = result.rss
    memory = f"{rss[0]:,.0f} -> {rss[-1]:,.0f}" if rss else "n/a"
    peak_text = f" ({peak:,.0f})" if peak else ""
    return (
        f"| {label} | {result.requests:,} | {result.clients} | {summary['rps']} | {summary['p50_ms']:,} "
        f"| {summary['p95_ms']:,} | {summary['max_ms']:,} | {result.errors} | {memory}{peak_text} |"
    )


HEADER = (
    "| run | requests | clients | req/s | p50 ms | p95 ms | max ms | errors | server RSS MB (main + workers): "
    "after warm-up -> end (peak) |\n|---|---:|---:|---:|---:|---:|---:|---:|---|"
)


def compare_workers(bodies: list[bytes], requests: int, clients: int, server_args: list[str], rounds: int = 10) -> None:
    """Requests per second with ``--workers 1`` and ``--workers 2`` on the same mix, in one run.

    Both servers run side by side (an idle one costs no CPU) and take turns, ``rounds`` rounds of
    ``requests / rounds`` requests each, so that other load on a shared machine falls on both alike.
    """
    results: dict[int, Result] = {}
    peaks: dict[int, float] = {}
    with contextlib.ExitStack() as stack:
        servers = {}
        for n in (1, 2):
            url, proc = stack.enter_context(running_server("--workers", str(n), *server_args))
            wait_for_workers(proc.pid, n)
            servers[n] = (url, proc.pid)
        chunk = max(1, requests // rounds)
        for _ in range(rounds):
            for n, (url, pid) in servers.items():
                with PeakRss(pid) as peak:
                    part = run(
                        url, requests=chunk, clients=clients, bodies=bodies, pid=pid, warmup=0 if n in results else 20
                    )
                peaks[n] = max(peaks.get(n, 0.0), peak.peak)
                if n not in results:
                    results[n] = part
                    continue
                total = results[n]
                total.requests += part.requests
                total.seconds += part.seconds
                total.errors += part.errors
                total.latencies += part.latencies
                total.rss += part.rss[1:]
                for key, count in part.statuses.items():
                    total.statuses[key] = total.statuses.get(key, 0) + count
    print(HEADER)
    for n, result in results.items():
        print(_row(f"--workers {n}", result, peaks[n]))
    print(f"\nreq/s ratio, 2 workers / 1: {results[2].rps / results[1].rps:.2f}x ({rounds} alternating rounds)")
    for n, result in results.items():
        print(f"statuses with {n}: {result.statuses}; RSS samples: {result.rss}")


def pathological_mix(bodies: list[bytes], normal: int, clients: int, kind: str, server_args: list[str]) -> None:
    """p95 of ``normal`` requests alone, then with one pathological request sent first, on one server."""
    with running_server(*server_args) as (url, proc):
        default = str((os.cpu_count() or 1) + 1)  # the server's default
        n_workers = len(wait_for_workers(proc.pid, int(_arg(server_args, "--workers", default))))
        alone = run(url, requests=normal, clients=clients, bodies=bodies, pid=proc.pid)

        async def mixed() -> tuple[Result, tuple[int, float]]:
            async with httpx.AsyncClient(base_url=url, timeout=300) as http:
                start = time.perf_counter()
                bad = asyncio.create_task(
                    http.post("/api/brief", content=pathological(kind), headers={"content-type": "application/json"})
                )
                await asyncio.sleep(0.2)  # it holds a worker before the normal requests come
                result = await _load(url, bodies, normal, clients, proc.pid)
                response = await bad
                return result, (response.status_code, time.perf_counter() - start)

        with PeakRss(proc.pid) as peak:
            with_bad, (status, seconds) = asyncio.run(mixed())
        with_bad.rss.insert(0, alone.rss[-1])
    print(f"{n_workers} workers, pathological request: {kind}, answered {status} after {seconds:.1f} s\n")
    print(HEADER)
    print(_row(f"{normal} normal alone", alone))
    print(_row(f"{normal} normal + 1 pathological", with_bad, peak.peak))
    ratio = with_bad.percentile(0.95) / alone.percentile(0.95)
    print(f"\np95 of the normal requests, with / without the pathological one: {ratio:.2f}x")


def time_to_free(kind: str, time_limit: float) -> None:
    """With one worker: when the 503 comes, and how long after it the worker's process (its CPU) is gone."""
    with running_server("--workers", "1", "--time-limit", str(time_limit)) as (url, proc):
        (old,) = wait_for_workers(proc.pid, 1)
        normal = payloads(variants=1, analysis=False)[0]
        warm = httpx.post(url + "/api/brief", content=normal, headers={"content-type": "application/json"}, timeout=300)
        assert warm.status_code == 200, warm.text  # the worker is ready: the limit counts from here
        start = time.perf_counter()
        response = httpx.post(
            url + "/api/brief", content=pathological(kind), headers={"content-type": "application/json"}, timeout=300
        )
        answered = time.perf_counter()
        while _alive(old) and time.perf_counter() - answered < 30:
            time.sleep(0.005)
        gone = time.perf_counter()
        after = httpx.post(
            url + "/api/brief",
            content=normal,
            headers={"content-type": "application/json"},
            timeout=300,
        )
        ready = time.perf_counter()
    print(
        f"| {kind} | {time_limit:g} | {response.status_code} | {answered - start:.2f} | {(gone - answered) * 1000:.0f} "
        f"| {ready - answered:.2f} ({after.status_code}) |"
    )


def _alive(pid: int) -> bool:
    """The process exists and is not a zombie (a zombie holds no CPU or memory, only its exit status)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _arg(args: list[str], name: str, default: str) -> str:
    return args[args.index(name) + 1] if name in args else default


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--chars", type=int, default=1_500, help="about this many characters per article")
    parser.add_argument("--no-analysis", action="store_true", help='send "analysis": false (summary only)')
    parser.add_argument("--workers", type=int, help="worker processes of the server started (default: the server's)")
    parser.add_argument("--compare-workers", action="store_true", help="req/s with --workers 1 and 2, same mix")
    parser.add_argument("--pathological", choices=("regex", "heavy"), help="50 normal requests with one of these")
    parser.add_argument("--time-to-free", choices=("regex", "heavy"), help="time from the 503 to the CPU free")
    parser.add_argument("--time-limit", type=float, default=30.0, help="the server's --time-limit")
    parser.add_argument("--url", help="an already running server (default: start one)")
    parser.add_argument("--pid", type=int, help="its process id, for memory")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    bodies = payloads(chars=args.chars, words=args.words, analysis=False if args.no_analysis else None)
    analysis = "off" if args.no_analysis else "on (default)"
    server_args = ["--time-limit", str(args.time_limit)]
    if args.workers:
        server_args += ["--workers", str(args.workers)]
    print(
        f"# newsbrief serve ({os.cpu_count()} cores, analysis {analysis}, load {os.getloadavg()[0]:.1f}, "
        f"{time.strftime('%Y-%m-%d %H:%M')})\n"
    )
    if args.compare_workers:
        compare_workers(bodies, args.requests, args.clients, ["--time-limit", str(args.time_limit)])
        return
    if args.pathological:
        pathological_mix(bodies, 50, args.clients, args.pathological, server_args)
        return
    if args.time_to_free:
        print(
            "| pathological | time limit s | status | 503 after s | 503 -> process gone ms "
            "| 503 -> next brief answered s |\n|---|---:|---:|---:|---:|---:|"
        )
        time_to_free(args.time_to_free, args.time_limit)
        return
    with contextlib.ExitStack() as stack:
        if args.url:
            url, pid = args.url, args.pid
        else:
            url, proc = stack.enter_context(running_server(*server_args))
            pid = proc.pid
        result = run(url, requests=args.requests, clients=args.clients, bodies=bodies, pid=pid)
    if args.json:
        print(json.dumps(result.summary(), indent=2))
        return
    print(HEADER)
    print(_row(f"--workers {args.workers or 'default'}", result))
    print(f"\nstatuses: {result.statuses}")
    print(f"RSS samples (MB): {result.rss}")


if __name__ == "__main__":
    main()
