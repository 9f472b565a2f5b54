"""Issue 15 on the command line (rows 6-12): one line naming the file, exit 2, nothing destroyed, nothing hangs.

Each case runs the real console entry point in a subprocess, whose timeout turns a hang into a failure.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = (
    "The council of Riverton voted on Tuesday to close the old bridge over the Wren river.\n\n"
    "Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports.\n"
)


def run(*args: str, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args], capture_output=True, text=True, timeout=timeout, **kwargs
    )


def one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused input (exit 2, no traceback)."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


@pytest.mark.parametrize("kind", ["deep", "bigint", "surrogate"])
def test_row6_bad_json_line_is_one_line_naming_file_line_and_field(tmp_path: Path, kind: str) -> None:
    tail = {"deep": ', "meta": ' + "[" * 20_000 + "]" * 20_000, "bigint": ', "id": ' + "9" * 5_000, "surrogate": ""}
    text = TEXT.replace("\n", " ") + (" \\ud800" if kind == "surrogate" else "")
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": TEXT}) + "\n" + '{"text": "' + text + '"' + tail[kind] + "}\n")
    line = one_error_line(run("brief", str(path), "--no-analysis"))
    field = {"deep": "field meta[0]", "bigint": "field id:", "surrogate": "field text:"}[kind]
    assert line.startswith(f"InputError: {path}:2: {field}")


@pytest.mark.parametrize("name", ["[/x].txt", "[bold red]evil[/].txt", "[b]odd[/b] name.txt"])
def test_row7_file_names_are_never_read_as_markup(tmp_path: Path, name: str) -> None:
    path = tmp_path / name  # a "/" in the name makes a folder "[" or "[bold red]evil[": still the user's path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    line = one_error_line(run("brief", str(path)))
    assert line == f"EmptyInputError: {path}: article is empty or only whitespace"


def _special_targets(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    targets = {"fifo": fifo, "directory": tmp_path}
    try:
        os.mknod(tmp_path / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
        targets["device"] = tmp_path / "null"
    except PermissionError:
        pass  # not root: the FIFO and the directory still show the rule
    return targets


def test_row8_out_onto_a_device_fifo_or_directory_is_refused_before_any_work(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    for kind, target in _special_targets(tmp_path).items():
        before = target.stat().st_mode
        # the input is missing too: the --out check comes first, before anything is read
        line = one_error_line(run("brief", str(tmp_path / "missing.txt"), "--out", str(target)))
        assert line.startswith(f"OutputError: {target}: cannot write: it is a"), (kind, line)
        line = one_error_line(run("brief", str(article), "--no-analysis", "-q", "--out", str(target)))
        assert target.stat().st_mode == before, f"the {kind} was replaced"
    assert not list(tmp_path.glob(".*.tmp"))


def test_row9_stdout_full_disk_is_one_line_and_broken_pipe_is_silent(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                [sys.executable, "-m", "newsbrief", "brief", str(article), "--no-analysis", "-q"],
                stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
            )  # fmt: skip
        assert one_error_line(proc) == "OutputError: <stdout>: cannot write: No space left on device"
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: every write gets EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newsbrief", "brief", str(article), "--no-analysis", "-q"],
            stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    finally:
        os.close(writer)
    assert proc.returncode == 1 and proc.stderr == ""  # click's convention for EPIPE: silent, status 1


def test_row10_utf16_text_is_read_and_binary_still_refused(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(TEXT.encode(encoding))
        proc = run("brief", str(path), "--no-analysis", "--format", "text", "--quiet")
        assert proc.returncode == 0, proc.stderr
        assert "Mayor Ana Ruiz said the bridge had become unsafe" in proc.stdout
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    assert one_error_line(run("brief", str(binary))).endswith("looks like a binary file, not text; give .txt, .md, "
                                                              ".html or .jsonl")  # fmt: skip


def test_row11_deeply_nested_html_is_read_and_says_why(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))
    path = tmp_path / "deep.html"
    path.write_text(f"<html><body>{'<div>' * 10_000}{paragraphs}{'</div>' * 10_000}</body></html>")
    proc = run("brief", str(path), "--no-analysis", "--format", "text")
    assert proc.returncode == 0, proc.stderr
    assert "Mayor Ana Ruiz said the bridge had become unsafe" in proc.stdout
    assert f"{path}: elements nest 10003 levels deep, beyond the 255 that lxml" in proc.stderr
    empty = tmp_path / "empty.html"
    empty.write_text(f"<html><body>{'<div>' * 10_000}{'</div>' * 10_000}</body></html>")
    assert one_error_line(run("brief", str(empty))).endswith("no text in this HTML page (its elements nest 10,002 "
                                                             "levels deep)")  # fmt: skip


def test_row12_a_fifo_named_directly_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    line = one_error_line(run("brief", str(fifo), timeout=60))
    assert line.startswith(f"InputError: {fifo}: not a regular file but a FIFO")
    line = one_error_line(run("stories", str(fifo), "--out", str(tmp_path / "out"), timeout=60))
    assert line.startswith(f"InputError: {fifo}: not a regular file but a FIFO")
