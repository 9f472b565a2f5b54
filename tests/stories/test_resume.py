"""Resuming a stories run: interrupted anywhere (an exception, or a real SIGKILL), the output is the same.

The guarantee under test: a run stopped at any point and started again writes byte for byte the folder an
uninterrupted run writes, with every story exactly once.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.stories import ClusterConfig, StoryConfig
from newsbrief.stories.checkpoint import CHECKPOINT_NAME
from newsbrief.stories.run import StoriesRunConfig, run_stories
from synthetic import invented_articles

REPO = Path(__file__).resolve().parents[2]
MULTINEWS = REPO.parent / "shared" / "data" / "multinews" / "val_truncated.jsonl"


def dated_feed(path: Path, per_topic: int = 6) -> Path:
    """Four invented stories over eight days (story t on days 2t+1, 2t+2), with a copy and a bad line."""
    rows = []
    for t, k, topic, text in invented_articles(per_topic, topics=4, seed=3):
        rows.append(
            {
                "id": f"t{t}k{k}",
                "text": f"{text} Report {k}.",
                "title": f"{topic[0]} report {k}",
                "published": f"2026-03-{1 + 2 * t + (2 * k >= per_topic):02d}",
                "outlet": f"Outlet {k}",
            }
        )
    rows.sort(key=lambda r: (r["published"], r["id"]))
    rows.insert(3, {**rows[0], "id": "copy"})
    lines = [json.dumps(r) for r in rows]
    lines.insert(7, "{broken")
    path.write_text("".join(f"{line}\n" for line in lines))
    return path


# a small IDF warm-up and a one-day window make stories close while the feed is still being read, so that
# an interruption can fall between two closed stories; checkpoints every 2 articles make it likely
# that there is state to resume from
CONFIG = StoriesRunConfig(
    brief=BriefConfig(words=60, analysis=False),
    stories=StoryConfig(cluster=ClusterConfig(idf_warmup=4, window_days=1)),
    checkpoint_articles=2,
)


def tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


class Stop(Exception):
    """Raised by a progress callback to stop a run, as a server's cancel would."""


def stop_at(n: int):
    calls = 0

    def progress(stage: str, done: int, total: int | None) -> None:
        nonlocal calls
        calls += 1
        if calls == n:
            raise Stop(f"{stage} {done}/{total}")

    return progress


def test_interrupted_anywhere_then_resumed_gives_the_uninterrupted_output(tmp_path: Path) -> None:
    feed = dated_feed(tmp_path / "feed.jsonl")
    calls: list[str] = []
    run_stories(feed, tmp_path / "ref", config=CONFIG, progress=lambda s, d, t: calls.append(s))
    expected = tree(tmp_path / "ref")
    assert sum(name.startswith("stories/") for name in expected) >= 2 * 3  # briefs, three files each
    first_brief = calls.index("brief")
    assert "read" in calls[first_brief:]  # stories were briefed while the feed was still being read
    for n in sorted({2, 9, first_brief + 1, first_brief + 2, len(calls) - 3, len(calls)}):
        out = tmp_path / f"stop{n}"
        with pytest.raises(Stop):
            run_stories(feed, out, config=CONFIG, progress=stop_at(n))
        assert (out / CHECKPOINT_NAME).exists()
        summary = run_stories(feed, out, config=CONFIG)
        assert summary.resumed == (n > 2)  # stopped at the second article: nothing had been committed yet
        assert tree(out) == expected, f"stopped at progress call {n}"


def test_a_checkpoint_of_other_settings_is_refused_and_fresh_starts_over(tmp_path: Path) -> None:
    feed = dated_feed(tmp_path / "feed.jsonl")
    out = tmp_path / "out"
    with pytest.raises(Stop):
        run_stories(feed, out, config=CONFIG, progress=stop_at(12))
    other = StoriesRunConfig(brief=CONFIG.brief, stories=CONFIG.stories, min_articles=3)
    with pytest.raises(ConfigError, match="--fresh"):
        run_stories(feed, out, config=other)
    summary = run_stories(
        feed, out, config=StoriesRunConfig(brief=CONFIG.brief, stories=CONFIG.stories, min_articles=3, resume=False)
    )
    assert not summary.resumed
    assert all(
        len(json.loads(x)["articles"]) - len(json.loads(x)["duplicates"]) >= 3
        for x in (out / "stories.jsonl").read_text().splitlines()
        if json.loads(x)["brief"]
    )


def _done(checkpoint: Path) -> tuple[int, int]:
    """(stories with a brief written, stream ended?) as committed in a running job's checkpoint."""
    try:
        db = sqlite3.connect(f"file:{checkpoint}?mode=ro", uri=True, timeout=1)
        try:
            done = db.execute("SELECT count(*) FROM stories WHERE state = 'done'").fetchone()[0]
            row = db.execute("SELECT value FROM meta WHERE key = 'finished'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return 0, 0
    return int(done), int(row[0]) if row and row[0] is not None else 0


def _kill_when(cmd: list[str], checkpoint: Path, ready, timeout: float = 40.0) -> None:
    """Start ``cmd``, SIGKILL it as soon as ``ready(done, finished)`` holds for its checkpoint."""
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                if checkpoint.exists() and ready(*_done(checkpoint)):
                    os.kill(proc.pid, signal.SIGKILL)
                    break
                time.sleep(0.05)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err = proc.stderr.read() if proc.stderr else b""
    assert proc.returncode == -signal.SIGKILL, f"the run ended before it could be killed: {err!r}"


def test_sigkill_while_reading_then_resume(tmp_path: Path) -> None:
    """A real SIGKILL while the feed is being read: the pickled stream and the spool carry the run on."""
    feed = dated_feed(tmp_path / "feed.jsonl", per_topic=8)
    script = (
        "import sys, time\n"
        "from newsbrief.config import BriefConfig\n"
        "from newsbrief.stories import ClusterConfig, StoryConfig\n"
        "from newsbrief.stories.run import StoriesRunConfig, run_stories\n"
        "config = StoriesRunConfig(brief=BriefConfig(words=60, analysis=False),\n"
        "    stories=StoryConfig(cluster=ClusterConfig(idf_warmup=4, window_days=1)), checkpoint_articles=2)\n"
        "slow = len(sys.argv) > 3\n"  # reading slowed down so that the kill lands mid-read
        "def progress(stage, done, total):\n"
        "    if slow and stage == 'read': time.sleep(0.1)\n"
        "run_stories(sys.argv[1], sys.argv[2], config=config, progress=progress)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(feed), str(tmp_path / "ref")], check=True)
    out = tmp_path / "killed"
    _kill_when(
        [sys.executable, "-c", script, str(feed), str(out), "slow"],
        out / CHECKPOINT_NAME,
        lambda done, finished: done >= 1 and not finished,
    )
    assert (out / CHECKPOINT_NAME).exists()
    subprocess.run([sys.executable, "-c", script, str(feed), str(out)], check=True)
    assert tree(out) == tree(tmp_path / "ref")


def test_cli_sigkill_while_briefing_then_resume(tmp_path: Path) -> None:
    """The suite's real kill on real articles: 300 Multi-News articles, killed once some briefs are written."""
    if not MULTINEWS.exists():
        pytest.skip(f"{MULTINEWS} is absent (the shared data beside the repo)")
    feed = tmp_path / "feed.jsonl"
    with MULTINEWS.open(encoding="utf-8") as src, feed.open("w", encoding="utf-8") as dst:
        n = 0
        for line in src:
            cluster = json.loads(line)
            for i, doc in enumerate(cluster["documents"]):
                dst.write(json.dumps({"id": f"{cluster['id']}#{i}", "text": doc}) + "\n")
                n += 1
            if n >= 300:  # ~75 briefs: a few seconds of briefing even on an idle machine, time to kill
                break
    cli = [sys.executable, "-m", "newsbrief", "stories", str(feed), "--no-analysis", "--words", "60", "--quiet"]
    subprocess.run([*cli, "--out", str(tmp_path / "ref")], check=True)
    out = tmp_path / "killed"
    _kill_when([*cli, "--out", str(out)], out / CHECKPOINT_NAME, lambda done, finished: done >= 5)
    written = len(list((out / "stories").glob("*.json")))
    assert written >= 5 and not (out / "stories.jsonl").exists()
    resumed = subprocess.run([*cli[:-1], "--out", str(out)], check=True, capture_output=True, text=True)
    assert "(resumed)" in resumed.stderr
    assert tree(out) == tree(tmp_path / "ref")
