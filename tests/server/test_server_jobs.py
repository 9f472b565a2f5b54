"""Stories jobs: upload a JSONL feed, poll the job, browse the story index and read the briefs."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from newsbrief import Article
from newsbrief.server import ServerSettings, create_app
from server_helpers import DUC, worker_pids


def wait_for(client: TestClient, job_id: str, *, limit: float = 120.0) -> dict[str, Any]:
    """Poll until the job ends (a generous safety limit, not a timed assertion)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        state = client.get(f"/api/jobs/{job_id}").json()
        if state["state"] not in ("queued", "running"):
            return state
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not end: {state}")


def feed(seed_texts: list[str], story: list[Article]) -> bytes:
    lines = [json.dumps({"id": f"seed{i}", "text": t, "published": "2019-02-18"}) for i, t in enumerate(seed_texts)]
    lines += [json.dumps({"id": a.id, "text": a.text, "title": a.title, "published": "2024-03-05"}) for a in story]
    lines.insert(2, "{this is not json")
    lines.append(json.dumps({"id": "copy", "text": story[0].text, "published": "2024-03-05"}))
    lines.append(json.dumps({"id": "no-text", "title": "x"}))
    return ("\n".join(lines) + "\n").encode()


def test_stories_job_end_to_end(
    client: TestClient, seed_texts: list[str], story: list[Article], brief_schema: dict
) -> None:
    response = client.post(
        "/api/stories?words=80", content=feed(seed_texts, story), headers={"content-type": "application/x-ndjson"}
    )
    assert response.status_code == 202, response.text
    job = response.json()
    assert response.headers["location"] == f"/api/jobs/{job['id']}"
    state = wait_for(client, job["id"])
    assert state["state"] == "done" and state["progress"] == 1.0, state
    counts = state["counts"]
    assert counts["lines"] == 9 and counts["rejected"] == 2 and counts["articles"] == 7
    assert counts["duplicates"] >= 1 and counts["briefed"] >= 1
    assert [r["line"] for r in state["rejects"]] == [3, 9]
    assert "invalid JSON" in state["rejects"][0]["message"]

    index = client.get(state["links"]["stories"]).json()
    assert index["total"] == counts["stories"]
    ids = [a for s in index["stories"] for a in s["articles"]]
    assert sorted(ids) == sorted(["seed0", "seed1", "seed2", "a", "b", "c", "copy"])  # each exactly once
    sizes = [s["n_articles"] for s in index["stories"]]
    assert sizes == sorted(sizes, reverse=True)
    briefed = [s for s in index["stories"] if s["briefed"]]
    assert briefed and all(s["links"]["json"] and s["links"]["html"] for s in briefed)
    doc = client.get(briefed[0]["links"]["json"]).json()
    jsonschema.validate(doc, brief_schema)
    assert doc["budget_words"] == 80
    html = client.get(briefed[0]["links"]["html"])
    assert html.status_code == 200 and html.headers["content-security-policy"].startswith("sandbox allow-scripts")
    only = client.get(state["links"]["stories"], params={"briefed": True}).json()
    assert only["total"] == len(briefed)


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [(b"", 422, "EmptyInputError"), (b"  \n ", 422, "EmptyInputError"), (b"\x00\x01\x02PK" * 10, 422, "InputError")],
)
def test_bad_feeds(client: TestClient, body: bytes, status: int, error: str) -> None:
    response = client.post("/api/stories", content=body)
    assert response.status_code == status and response.json()["error"] == error


def test_feed_over_cap_is_413(client: TestClient) -> None:
    response = client.post("/api/stories", content=b'{"text": "x"}\n' * 40_000)  # 560 kB > 500 kB
    assert response.status_code == 413 and response.json()["error"] == "RequestTooLarge"


def test_unknown_job_and_story_are_404(client: TestClient) -> None:
    for path in (
        "/api/jobs/nope",
        "/api/jobs/nope/stories",
        "/api/jobs/nope/stories/s1",
        "/api/jobs/nope/stories/s1/html",
    ):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["error"] == "UnknownJobError", path


def test_query_parameters_are_checked(client: TestClient) -> None:
    response = client.post("/api/stories?words=0", content=b'{"text": "x"}')
    assert response.status_code == 422 and response.json()["error"] == "ValidationError"


def _cli_stories(folder: Path, feed_bytes: bytes, *args: str) -> Path:
    """``newsbrief stories feed.jsonl --out out ARGS`` run in ``folder``, as a user would; the output folder."""
    (folder / "feed.jsonl").write_bytes(feed_bytes)
    done = subprocess.run(
        [sys.executable, "-m", "newsbrief", "stories", "feed.jsonl", "--out", "out", "--quiet", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return folder / "out"


def test_a_job_writes_what_the_cli_writes(
    client: TestClient, seed_texts: list[str], story: list[Article], tmp_path: Path
) -> None:
    """One stories code path: the job's briefs and index are the CLI's, byte for byte, story for story."""
    data = feed(seed_texts, story)
    response = client.post("/api/stories?words=80&analysis=false", content=data)
    assert response.status_code == 202, response.text
    state = wait_for(client, response.json()["id"])
    assert state["state"] == "done", state
    out = _cli_stories(tmp_path, data, "--words", "80", "--no-analysis")
    records = [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    index = client.get(state["links"]["stories"], params={"limit": 1000}).json()
    assert {s["id"]: s["articles"] for s in index["stories"]} == {r["story"]: r["articles"] for r in records}
    assert state["counts"]["rejected"] == len((out / "rejects.jsonl").read_text(encoding="utf-8").splitlines())
    briefed = [r["story"] for r in records if r["brief"]]
    assert briefed
    for story_id in briefed:
        served = client.get(f"/api/jobs/{state['id']}/stories/{story_id}")
        assert served.content == (out / "stories" / f"{story_id}.json").read_bytes(), story_id
        page = client.get(f"/api/jobs/{state['id']}/stories/{story_id}/html")
        assert page.text == (out / "stories" / f"{story_id}.html").read_text(encoding="utf-8"), story_id


def test_a_repeated_id_is_rejected_as_on_the_command_line(client: TestClient, story: list[Article]) -> None:
    lines = [json.dumps({"id": a.id, "text": a.text}) for a in story]
    lines.append(json.dumps({"id": story[0].id, "text": "Another text under an id already used."}))
    response = client.post("/api/stories?analysis=false", content="\n".join(lines).encode())
    state = wait_for(client, response.json()["id"])
    assert state["state"] == "done" and state["counts"]["rejected"] == 1, state
    assert state["rejects"][0]["line"] == 4 and "duplicate id 'a'" in state["rejects"][0]["message"]
    ids = [a for s in client.get(state["links"]["stories"]).json()["stories"] for a in s["articles"]]
    assert sorted(ids) == ["a", "b", "c"]  # no "a~2": the second "a" is not an article


@pytest.mark.skipif(not DUC.exists(), reason=f"needs the DUC 2004 reports in {DUC}")
def test_a_job_can_be_cancelled_and_keeps_its_briefs() -> None:
    """200 DUC reports with analysis take minutes; cancel after the first brief: the process goes, briefs stay."""
    lines = []
    with DUC.open(encoding="utf-8") as clusters:
        for cluster in itertools.islice(clusters, 20):
            doc = json.loads(cluster)
            lines += [json.dumps({"id": f"{doc['id']}-{i}", "text": t}) for i, t in enumerate(doc["documents"])]
    settings = ServerSettings(max_upload_bytes=5_000_000, preload=False)
    with TestClient(create_app(settings)) as client:
        job = client.post("/api/stories?analysis=true", content="\n".join(lines).encode()).json()
        end = time.monotonic() + 300  # a safety limit, not a timed assertion
        while client.get(job["links"]["self"]).json()["counts"]["briefed"] < 1 and time.monotonic() < end:
            time.sleep(0.2)
        assert worker_pids(os.getpid()), "the job runs in a process of its own"
        cancelled = client.delete(job["links"]["self"]).json()
        assert cancelled["state"] in ("running", "cancelled")
        state = wait_for(client, job["id"])
        assert state["state"] == "cancelled", state
        end = time.monotonic() + 30
        while worker_pids(os.getpid()) and time.monotonic() < end:
            time.sleep(0.05)
        assert worker_pids(os.getpid()) == [], "the job's process outlived its cancel"
        index = client.get(job["links"]["stories"], params={"briefed": True}).json()
        assert 1 <= index["total"] < 20, index["total"]
        first = index["stories"][0]
        assert client.get(first["links"]["json"]).json()["budget_words"] == 250  # the CLI's default
