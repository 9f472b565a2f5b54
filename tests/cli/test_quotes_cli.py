"""``newsbrief quotes`` through the real console entry point and the real spaCy model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from installed import require_spacy_model

require_spacy_model()

ARTICLE = (
    "Jane Smith chairs the party.\n\n"
    '"We will win this seat back," said Jane Smith. Critics called it a "fantasy" plan.\n'
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "quotes", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_jsonl_fields_and_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run(str(tmp_path / "a.txt"), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows == [
        {
            "article": "a",
            "start": ARTICLE.index("We will"),
            "end": ARTICLE.index('" said'),
            "text": "We will win this seat back,",
            "speaker": "Jane Smith",
            "verb": "said",
            "confidence": rows[0]["confidence"],
        }
    ]  # the one-word scare quote "fantasy" stays out
    assert 0.9 <= rows[0]["confidence"] <= 1.0  # '"...," Jane Smith said': the ranker is sure


def test_bad_input_is_one_line_and_the_batch_carries_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n ")
    proc = run(str(tmp_path / "blank.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"), "--format", "json")
    assert proc.returncode == 0  # the batch rule: bad inputs reported, the good one done; 2 only when none could be
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "blank.txt" in errors[0] and "Traceback" not in proc.stderr
    assert "nope.txt: no such file or directory" in errors[1]
    (row,) = json.loads(proc.stdout)
    assert row["speaker"] == "Jane Smith" and row["article"] == "a"


def test_stdin_jsonl_with_ids_and_markdown() -> None:
    lines = [
        {"id": "first", "text": '"I will not resign today, whatever happens," the mayor, Tom Reed, told reporters.'},
        {"id": "second", "text": "Nobody said anything worth quoting here."},
    ]
    proc = run("-", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert proc.returncode == 0, proc.stderr
    assert "## first" in proc.stdout and "## second" in proc.stdout
    assert "- **Tom Reed** (told): “I will not resign today, whatever happens,” [1-43]" in proc.stdout
    assert "*no direct quotes*" in proc.stdout


def test_folder_and_out_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("'It is over for the old party,' she said.", encoding="utf-8")
    out = tmp_path / "quotes.jsonl"
    proc = run(str(folder), "--format", "jsonl", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["article"], r["speaker"]) for r in rows] == [("a", "Jane Smith"), ("b", None)]  # "she": nobody named


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    proc = run(str(tmp_path / "nope.txt"))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "nope.txt" in proc.stderr
