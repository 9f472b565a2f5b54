"""What a new user meets first (session 12's reading of the project as one): help that reads as prose, and every
mistake (a bad option value, a missing feed, an output that cannot be written) one line, exit 2, before any work.

The console entry point runs in a subprocess; the read-only disk is a real tmpfs mounted read-only (root only).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def run(*args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args], capture_output=True, text=True, timeout=300, env=env
    )


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The one stderr line of a refused run (exit 2, nothing on stdout, no traceback)."""
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == "" and "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder on a read-only disk: no user, root included, can create a file in it."""
    point = tmp_path / "ro"
    point.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=4k", "tmpfs", str(point)], capture_output=True)
    except FileNotFoundError:
        pytest.skip("no mount command: cannot make a read-only disk")
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here: needs root")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=False)


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["brief", "x.txt", "--words", "0"], "'--words'"),
        (["brief", "x.txt", "--format", "pdf"], "'--format'"),
        (["brief", "x.txt", "--wrods", "3"], "--wrods"),
        (["stories", "feed.jsonl"], "'--out'"),
    ],
)
def test_a_bad_option_is_one_line_naming_it(args: list[str], option: str) -> None:
    # typer drew these as a box of five lines or more ("Usage: ...", "Try ...", a frame)
    line = one_line(run(*args))
    assert line.startswith("UsageError: ") and option in line and f"newsbrief {args[0]} --help" in line


def test_newsbrief_alone_prints_its_help() -> None:
    proc = run()
    assert proc.returncode == 2 and proc.stderr == ""
    assert "Start with: newsbrief brief" in proc.stdout and "brief" in proc.stdout


def test_help_paragraphs_are_not_broken_mid_sentence() -> None:
    # the docstrings' line breaks (at 120 columns) were kept: "... followed by the numbers of the" / "sources"
    proc = run("brief", "--help", columns=200)
    assert proc.returncode == 0
    assert "followed by the numbers of the sources that report it, e.g. [1][3]." in proc.stdout
    # "[default: ...]" was read as rich markup and vanished, leaving "fetched pages ."
    assert "[default: ~/.cache/newsbrief]" in proc.stdout


def test_a_missing_feed_is_one_line_without_a_blank_one(tmp_path: Path) -> None:
    # the progress bar, started before the feed was opened, printed an empty line before the error
    line = one_line(run("stories", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out")))
    assert line == f"InputError: {tmp_path / 'nope.jsonl'}: no such file or directory"
    assert not (tmp_path / "out").exists()


def test_an_output_folder_under_a_file_is_refused_and_nothing_made(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "The council closed the old bridge on Tuesday."}\n')
    line = one_line(run("stories", str(feed), "--out", str(feed / "out"), "--no-analysis"))
    assert line == f"OutputError: {feed / 'out'}: cannot write: {feed} is not a folder"


def test_an_unwritable_out_is_refused_before_the_inputs_are_read(tmp_path: Path, read_only: Path) -> None:
    # it was found only once the brief was done: a binary input was reported first, a good one briefed for nothing
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01binary\x00" * 50)
    for command in ("brief", "quotes"):
        line = one_line(run(command, str(binary), "--out", str(read_only / "x.md")))
        assert line == f"OutputError: {read_only / 'x.md'}: cannot write: Read-only file system"
    clusters = tmp_path / "c.jsonl"
    clusters.write_text('{"documents": ["a."], "summary": "a."}\n')
    line = one_line(run("eval", str(clusters), "--systems", "lead", "--out", str(read_only / "r.json")))
    assert line == f"OutputError: {read_only / 'r.json'}: cannot write: Read-only file system"


def test_an_unwritable_output_folder_is_an_output_error(tmp_path: Path, read_only: Path) -> None:
    # stories and follow called it an InputError ("cannot create the output folder"), after a blank line
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "The council closed the old bridge on Tuesday."}\n')
    line = one_line(run("stories", str(feed), "--out", str(read_only / "out"), "--no-analysis"))
    assert line == f"OutputError: {read_only / 'out'}: cannot write: Read-only file system"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n")
    line = one_line(run("follow", str(feeds), "--out", str(read_only / "digest"), "--no-analysis"))
    assert line == f"OutputError: {read_only / 'digest'}: cannot write: Read-only file system"


def test_a_batch_run_names_each_rejected_input_and_carries_on(tmp_path: Path) -> None:
    # stories said only "1 rejected lines: see .../rejects.jsonl"; the user had to open it to learn which and why
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "The council closed the old bridge on Tuesday after floods."}\n{broken\n'
        '{"id": "b", "text": "The old bridge was closed by the council on Tuesday after the floods."}\n'
    )
    proc = run("stories", str(feed), "--out", str(tmp_path / "out"), "--no-analysis")
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("warning: rejected ")]
    assert len(warnings) == 1 and warnings[0].endswith(
        ":2: invalid JSON (Expecting property name enclosed in double quotes)"
    )
    assert "2 articles, 0 duplicates" in proc.stderr


def test_the_eval_table_is_not_cut_at_80_columns(tmp_path: Path) -> None:
    # the last header came out "ms/clus…" in an 80-column terminal
    data = tmp_path / "c.jsonl"
    data.write_text(
        '{"documents": ["The council closed the old bridge on Tuesday after floods damaged its piers."], '
        '"summary": "The council closed the bridge after floods."}\n'
    )
    proc = run("eval", str(data), "--systems", "lead", "--words", "20")
    assert proc.returncode == 0, proc.stderr
    assert "…" not in proc.stdout and "cluster" in proc.stdout


def test_a_cache_folder_that_is_a_file_is_named_as_the_cache(tmp_path: Path) -> None:
    # was "FileExistsError: File exists: notes.txt", which did not say that --cache was the trouble
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder")
    line = one_line(run("brief", "http://127.0.0.1:9/a.html", "--cache", str(notes), "--no-analysis"))
    assert line == f"OutputError: {notes}: as the --cache folder: cannot write: it is not a folder"
