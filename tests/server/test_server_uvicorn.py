"""A real ``newsbrief serve`` (uvicorn on 127.0.0.1, random free port) under a small bounded load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server_helpers import load_bench

bench = load_bench()


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    with bench.running_server("--max-request-bytes", "100000") as (url, proc):
        yield url, proc.pid
    assert proc.returncode is not None  # stopped by the fixture


def test_small_load_has_no_errors_and_flat_memory(server: tuple[str, int], seeds_dir: Path) -> None:
    url, pid = server
    result = bench.run(url, requests=100, clients=8, bodies=bench.payloads(seeds_dir), pid=pid)
    assert result.errors == 0, result.statuses
    assert result.statuses == {"200": 100}
    growth = result.rss[-1] - result.rss[0]
    assert growth < 40, f"server memory grew by {growth:.1f} MB over 100 requests: {result.rss}"


def test_real_server_caps_and_errors(server: tuple[str, int]) -> None:
    url, _ = server
    with httpx.Client(base_url=url, timeout=30) as http:
        big = http.post("/api/brief", content=b"x" * 200_000, headers={"content-type": "application/json"})
        assert big.status_code == 413 and big.json()["error"] == "RequestTooLarge"
        bad = http.post("/api/brief", json={"articles": [{"text": ""}]})
        assert bad.status_code == 422 and bad.json()["error"] == "EmptyInputError"
        untyped = http.post("/api/brief", content=json.dumps({"articles": []}))  # no JSON content type
        assert untyped.status_code == 422 and "Content-Type: application/json" in untyped.json()["message"]
        page = http.get("/")
        assert page.status_code == 200 and "default-src 'none'" in page.headers["content-security-policy"]
        assert "server" not in page.headers  # uvicorn's banner is off
