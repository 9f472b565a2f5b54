"""Stories jobs: upload a JSONL feed, poll the job, browse the story index and read the briefs."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from newsbrief import Article
from newsbrief.server.jobs import JobManager, JobProgress, StoriesOptions, StoryResult


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


def test_manager_with_a_plugged_runner_cancel_and_limits() -> None:
    """The job machinery against a minimal runner: progress, cancel, failure, and the job cap."""
    release = threading.Event()

    def runner(data: bytes, options: StoriesOptions, progress: JobProgress) -> None:
        progress.update(phase="working", fraction=0.5, articles=len(data.splitlines()))
        progress.story(StoryResult("s1", ("x", "y"), (), False, None, None))
        while not release.wait(0.01):
            if progress.cancelled:
                return
        if data == b"fail":
            raise RuntimeError("bug in a runner")

    manager = JobManager(max_jobs=2, workers=2, runner=runner)
    first = manager.submit(b"a\nb", StoriesOptions())
    second = manager.submit(b"fail", StoriesOptions())
    from newsbrief.server.limits import ServerBusyError

    with pytest.raises(ServerBusyError):
        manager.submit(b"c", StoriesOptions())
    # Cancel only once both runners are inside their loop (on a loaded machine a thread may not have
    # started yet, and a job cancelled while queued never reports its story).
    end = time.monotonic() + 30
    while time.monotonic() < end and not all(manager.stories(j["id"]) for j in (first, second)):
        time.sleep(0.01)
    manager.cancel(first["id"])
    release.set()
    end = time.monotonic() + 30
    while time.monotonic() < end and any(
        manager.get(j["id"])["state"] in ("queued", "running") for j in (first, second)
    ):
        time.sleep(0.01)
    assert manager.get(first["id"])["state"] == "cancelled"
    failed = manager.get(second["id"])
    assert (
        failed["state"] == "failed" and "RuntimeError" in failed["error"] and "bug in a runner" not in failed["error"]
    )
    assert [s.id for s in manager.stories(first["id"])] == ["s1"]
    third = manager.submit(b"ok", StoriesOptions())  # a finished job made room
    assert manager.get(third["id"])["state"] in ("queued", "running", "done")
    manager.close()
