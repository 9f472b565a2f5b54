"""Briefs in worker processes, against a real ``newsbrief serve`` (uvicorn on 127.0.0.1): time and memory limits
that kill a worker and replace it, one slow brief never blocking another, and two workers really being two.

The slow brief is real input that is expensive: 50 DUC 2004 reports with analysis (spaCy parses ~25,000
words), against a small ``--time-limit``. No timing is asserted: what is checked is who answered, with
what status, and which processes exist.
"""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import httpx
import psutil
import pytest

from server_helpers import DUC, duc_body, load_bench, wait_for_workers, worker_pids

bench = load_bench()

pytestmark = pytest.mark.skipif(not DUC.exists(), reason=f"needs the DUC 2004 reports in {DUC}")

JSON = {"content-type": "application/json"}


def _normal(seeds_dir: Path) -> bytes:
    return bench.payloads(seeds_dir, variants=1, analysis=False)[0]


def test_a_brief_past_the_time_limit_is_killed_and_replaced(seeds_dir: Path) -> None:
    with bench.running_server("--workers", "1", "--time-limit", "2") as (url, proc):
        (old,) = wait_for_workers(proc.pid, 1)
        with httpx.Client(base_url=url, timeout=120) as http:
            slow = http.post("/api/brief", content=duc_body(), headers=JSON)
            assert slow.status_code == 503, slow.text
            assert slow.json()["error"] == "TimeLimitError" and "2-second limit" in slow.json()["message"]
            assert slow.headers["retry-after"]
            end = time.monotonic() + 30  # a safety limit: the process is gone long before
            while psutil.pid_exists(old) and time.monotonic() < end:
                time.sleep(0.05)
            assert not psutil.pid_exists(old), "the worker of the brief past its limit is still there"
            (new,) = wait_for_workers(proc.pid, 1)
            assert new != old
            later = http.post("/api/brief", content=_normal(seeds_dir), headers=JSON)
            assert later.status_code == 200, later.text
            assert later.json()["summary"]
            assert worker_pids(proc.pid) == [new]  # the replacement answered, and stayed


def test_a_worker_out_of_memory_answers_and_is_replaced(seeds_dir: Path) -> None:
    """550 MiB holds a worker with spaCy (~390) and a normal brief (~420), not 50 reports with analysis (~660)."""
    with bench.running_server("--workers", "1", "--worker-memory", "550", "--time-limit", "300") as (url, proc):
        (old,) = wait_for_workers(proc.pid, 1)
        with httpx.Client(base_url=url, timeout=300) as http:
            heavy = http.post("/api/brief", content=duc_body(), headers=JSON)
            # Python's MemoryError gives 413; a C library that exits instead (OpenBLAS) gives 503: both say why
            assert (heavy.status_code, heavy.json()["error"]) in ((413, "MemoryLimitError"), (503, "WorkerDiedError"))
            assert "550 MiB" in heavy.json()["message"], heavy.text
            light = http.post("/api/brief", content=_normal(seeds_dir), headers=JSON)
            assert light.status_code == 200, light.text
            assert old not in worker_pids(proc.pid)


@pytest.fixture(scope="module")
def two_workers() -> tuple[str, int]:
    with bench.running_server("--workers", "2", "--time-limit", "120") as (url, proc):
        wait_for_workers(proc.pid, 2)
        yield url, proc.pid


def test_a_slow_brief_does_not_block_other_requests(two_workers: tuple[str, int], seeds_dir: Path) -> None:
    url, pid = two_workers
    with httpx.Client(base_url=url, timeout=300) as http, concurrent.futures.ThreadPoolExecutor(1) as pool:
        slow = pool.submit(http.post, "/api/brief", content=duc_body(20), headers=JSON)
        time.sleep(0.5)  # let the slow brief reach its worker (not an assertion on time)
        docs = http.get("/openapi.json")
        normal = http.post("/api/brief", content=_normal(seeds_dir), headers=JSON)
        still_running = not slow.done()
        demoted = False  # past --demote-after (2 s) the slow brief's worker runs at nice 19
        while not slow.done() and not demoted:
            demoted = any(_nice(p) == 19 for p in worker_pids(pid))
            time.sleep(0.05)
        assert docs.status_code == 200 and docs.json()["info"]["title"] == "newsbrief"
        assert normal.status_code == 200, normal.text
        assert still_running, "the slow brief ended before the others were answered: the test proves nothing"
        assert slow.result().status_code == 200
        assert demoted, "the slow brief kept its CPU priority"
        assert all(_nice(p) == 0 for p in worker_pids(pid))  # and got it back when it ended


def _nice(pid: int) -> int | None:
    try:
        return int(psutil.Process(pid).nice())
    except psutil.Error:
        return None


def test_two_workers_are_two_processes_that_both_work(two_workers: tuple[str, int], seeds_dir: Path) -> None:
    url, pid = two_workers
    pids = worker_pids(pid)
    assert len(pids) == 2 and pid not in pids
    before = {p: sum(psutil.Process(p).cpu_times()[:2]) for p in pids}
    result = bench.run(url, requests=40, clients=4, bodies=bench.payloads(seeds_dir, analysis=False), warmup=0)
    assert result.errors == 0, result.statuses
    after = {p: sum(psutil.Process(p).cpu_times()[:2]) for p in pids}
    assert worker_pids(pid) == pids  # the same two processes served the whole load
    used = {p: after[p] - before[p] for p in pids}
    assert all(seconds > 0.1 for seconds in used.values()), f"CPU seconds by worker: {used}"
