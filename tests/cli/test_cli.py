"""The real console entry point in a subprocess: output, --out, and one clear line per bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_brief_seeds_markdown(seeds_dir: Path) -> None:
    proc = run("brief", str(seeds_dir), "--words", "120")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# Brief of 3 reports")
    assert "## Sources" in proc.stdout


def test_out_json(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    proc = run("brief", str(seeds_dir), "--format", "json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text())["schema_version"]
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]  # no temp file left behind


def test_stdin(tmp_path: Path) -> None:
    proc = run("brief", "-", "--format", "text", stdin=b"The council closed the old bridge on Tuesday after floods.")
    assert proc.returncode == 0, proc.stderr
    assert "The council closed the old bridge" in proc.stdout
    assert "only one source" in proc.stderr


def test_help_reads_well() -> None:
    proc = run("brief", "--help")
    assert proc.returncode == 0
    for option in ("--words", "--format", "--out", "--cluster", "--max-bytes"):
        assert option in proc.stdout


def _bad_inputs(tmp: Path) -> dict[str, tuple[list[str], str]]:
    (tmp / "empty").mkdir()
    (tmp / "blank.txt").write_text("  \n ")
    (tmp / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp / "bad.jsonl").write_text('{"text": "fine article text here."}\n{broken\n')
    (tmp / "big.txt").write_text("word " * 400)
    return {
        "missing": (["brief", str(tmp / "nope.txt")], "nope.txt: no such file or directory"),
        "empty dir": (["brief", str(tmp / "empty")], "empty: directory holds no"),
        "blank": (["brief", str(tmp / "blank.txt")], "blank.txt: article is empty or only whitespace"),
        "binary": (["brief", str(tmp / "bin.txt")], "bin.txt: looks like a binary file"),
        "jsonl": (["brief", str(tmp / "bad.jsonl")], "bad.jsonl:2: invalid JSON"),
        "too big": (["brief", str(tmp / "big.txt"), "--max-bytes", "100"], "big.txt: file is 2,000 bytes"),
        "bad out": (["brief", str(tmp / "big.txt"), "--out", str(tmp / "no" / "dir.md")], "cannot write"),
        "cluster of text": (["brief", str(tmp / "big.txt"), "--cluster", "x"], "big.txt: --cluster 'x' chooses"),
    }


@pytest.mark.parametrize(
    "case", ["missing", "empty dir", "blank", "binary", "jsonl", "too big", "bad out", "cluster of text"]
)
def test_bad_input_exit_2_one_line(tmp_path: Path, case: str) -> None:
    args, message = _bad_inputs(tmp_path)[case]
    proc = run(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert message in lines[0]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_cluster_chooses_in_the_jsonl_and_a_text_file_beside_it_is_read_whole(tmp_path: Path) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text(
        "\n".join(
            json.dumps({"id": k, "documents": [f"The council of {k} closed the old bridge on Tuesday after floods."]})
            for k in ("Leeds", "York")
        )
        + "\n"
    )
    extra = tmp_path / "extra.txt"
    extra.write_text("The bridge in York will stay closed for a month, the council said on Wednesday.")
    proc = run("brief", str(many), str(extra), "--cluster", "York", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    ids = {s["id"] for s in json.loads(proc.stdout)["sources"]}
    assert ids == {"York#0", "extra"}


def test_out_keeps_old_file_on_error(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    out.write_text("previous brief\n")
    proc = run("brief", str(tmp_path / "missing.txt"), "--out", str(out))
    assert proc.returncode == 2
    assert out.read_text() == "previous brief\n"


def test_bad_option_value() -> None:
    proc = run("brief", "x.txt", "--words", "0")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_written_file_has_normal_permissions(tmp_path: Path) -> None:
    from newsbrief.fileio import write_atomic

    fresh = tmp_path / "fresh.md"
    write_atomic(fresh, "x")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~_umask()
    kept = tmp_path / "kept.md"
    kept.write_text("old")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert kept.read_text() == "new" and kept.stat().st_mode & 0o777 == 0o640


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_timeline_all_shows_unresolved_dates_marked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The council closed the old bridge on Tuesday after floods damaged its piers.\n\n"
        "The bridge first opened to traffic in 1931, the council said in a statement.\n"
    )
    (tmp_path / "b.txt").write_text("The old bridge over the river was closed by the council after the floods.\n")
    default = run("brief", str(tmp_path))
    assert default.returncode == 0, default.stderr
    assert "**1931** (year" in default.stdout and "date not resolved" not in default.stdout
    # the bridge's opening in 1931, one source's history with no day of the story to place it by, is background
    timeline = default.stdout.split("## Timeline", 1)[1]
    assert "*No dated event of the story itself.*" in timeline
    assert timeline.index("### Background") < timeline.index("**1931** (year")
    everything = run("brief", str(tmp_path), "--timeline", "all")
    assert everything.returncode == 0, everything.stderr
    timeline = everything.stdout.split("## Timeline", 1)[1]
    # the unresolved "Tuesday" is shown with the story's events (it has no date to call it history), 1931 apart
    assert timeline.index("**“Tuesday”** (date not resolved)") < timeline.index("### Background")
    assert timeline.index("### Background") < timeline.index("**1931** (year")
    bad = run("brief", str(tmp_path), "--timeline", "some")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
