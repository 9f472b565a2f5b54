"""Issue 15, row 9 in stories mode: a full disk or undeletable old outputs give one line naming the path, exit 2,
and the checkpoint stays resumable (the same command finishes the run once space is back).

The disk is a real tmpfs of a few hundred kilobytes, mounted for the test (root only; skipped otherwise).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from synthetic import invented_articles


def _mount(point: Path, options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True, text=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    try:
        mounted = _mount(point, "size=48k")
    except FileNotFoundError:
        pytest.skip("no mount command: cannot make a small disk")
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({mounted.stderr.strip()}): needs root")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=False)


def _feed(path: Path) -> Path:
    with path.open("w") as handle:
        for t, k, _topic, text in invented_articles(5, topics=4, seed=5):
            handle.write(json.dumps({"id": f"t{t}k{k}", "text": text}) + "\n")
    return path


def stories(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "stories", *args, "--no-analysis", "--quiet"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _remount(point: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(point)], check=True)


@pytest.mark.parametrize("size", ["48k", "160k"])
def test_full_disk_is_one_line_and_the_run_resumes(tmp_path: Path, small_disk: Path, size: str) -> None:
    feed = _feed(tmp_path / "feed.jsonl")
    reference = tmp_path / "reference"
    assert stories(str(feed), "--out", str(reference)).returncode == 0
    _remount(small_disk, f"size={size}")
    out = small_disk / "out"
    proc = stories(str(feed), "--out", str(out))
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith(f"OutputError: {out}/") and ("No space left on device" in line or "disk is full" in line)
    assert "Traceback" not in proc.stderr
    _remount(small_disk, "size=20m")  # space is back: the same command finishes the run
    proc = stories(str(feed), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert tree(out) == tree(reference)


def test_fresh_when_old_outputs_cannot_be_deleted(tmp_path: Path, small_disk: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl")
    _remount(small_disk, "size=20m")
    out = small_disk / "out"
    assert stories(str(feed), "--out", str(out)).returncode == 0
    before = tree(out)
    _remount(small_disk, "ro")
    proc = stories(str(feed), "--out", str(out), "--fresh")
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    # since session 12 the folder itself is refused before any work (a probe file cannot be made in it)
    assert line.startswith((f"OutputError: {out}/", f"OutputError: {out}:")) and "Read-only file system" in line
    assert tree(out) == before  # nothing lost
