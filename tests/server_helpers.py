"""Helpers of the server tests that drive a real ``newsbrief serve``: the load script and worker processes."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from benchmark_scripts import load_benchmark

REPO = Path(__file__).resolve().parents[1]
DUC = REPO.parent / "shared" / "data" / "duc2004" / "task2.jsonl"


def load_bench() -> ModuleType:
    """benchmarks/server_load.py as a module: tests and benchmark share its helpers."""
    return load_benchmark("server_load")


def worker_pids(server_pid: int) -> list[int]:
    """The server's worker processes (the load script's helper)."""
    return load_bench().worker_pids(server_pid)  # type: ignore[no-any-return]


def wait_for_workers(server_pid: int, n: int, *, limit: float = 120.0) -> list[int]:
    """Poll until the server has ``n`` worker processes (a generous safety limit, not a timed assertion)."""
    return load_bench().wait_for_workers(server_pid, n, limit=limit)  # type: ignore[no-any-return]


def duc_body(n_articles: int = 50, *, analysis: bool = True) -> bytes:
    """A real, expensive request: ``n_articles`` DUC 2004 reports (several clusters) with analysis."""
    texts = []
    with DUC.open(encoding="utf-8") as lines:
        for line in lines:
            texts.extend(json.loads(line)["documents"])
            if len(texts) >= n_articles:
                break
    articles = [{"text": t} for t in texts[:n_articles]]
    return json.dumps({"articles": articles, "analysis": analysis}).encode()
