"""``newsbrief eval``: table, JSON with intervals, bad lines reported, clear errors (real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sumy")

CLUSTERS = [
    {
        "id": "bridge",
        "documents": [
            "The council of Riverton voted on Tuesday to close the old bridge over the Wren river.\n\n"
            "Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports.\n\n"
            "The closure will last at least six months while engineers design a replacement.",
            "Riverton's council has voted to close the old Wren river bridge, citing flood damage.\n\n"
            "The vote on Tuesday was seven to two.\n\n"
            "A replacement bridge could cost 40 million dollars, according to the city engineer.",
        ],
        "summary": "Riverton's council voted seven to two to close the flood-damaged Wren river bridge for "
        "at least six months.",
    },
    {
        "id": "storm",
        "documents": [
            "A winter storm left 40,000 homes in Maine without power on Sunday.\n\n"
            "Crews from three states were working to restore electricity by Tuesday.",
            "Heavy snow and high winds knocked out power to tens of thousands of homes across Maine.\n\n"
            "The utility said most customers would have power again within two days.",
        ],
        "summaries": [
            "A winter storm cut power to 40,000 homes in Maine; crews expect to restore it by Tuesday.",
            "Snow and wind left tens of thousands in Maine without electricity for up to two days.",
        ],
    },
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "eval", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "clusters.jsonl"
    lines = [json.dumps(c) for c in CLUSTERS]
    lines.insert(1, "{not json")  # a bad line: reported, then skipped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_table_and_json(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = run(str(data), "--words", "30", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    for name in ("newsbrief", "lead", "lexrank", "textrank", "oracle", "rougeLsum"):
        assert name in proc.stdout
    assert "clusters.jsonl:2: invalid JSON" in proc.stderr
    result = json.loads(out.read_text())
    assert result["clusters_scored"] == 2
    assert result["bad_lines"] and "invalid JSON" in result["bad_lines"][0]
    assert [c["id"] for c in result["clusters"]] == ["bridge", "storm"]
    for name, entry in result["systems"].items():
        for rtype in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
            assert entry[rtype]["low"] <= entry[rtype]["mean"] <= entry[rtype]["high"], name
        assert entry["words"]["high"] <= 30
    assert "newsbrief_minus_this" in result["systems"]["lead"]
    assert [p.name for p in tmp_path.iterdir()] == sorted(["clusters.jsonl", "results.json"])


def test_recall_systems_and_limit(data: Path) -> None:
    proc = run(str(data), "--words", "25", "--recall", "--systems", "newsbrief,lead", "--limit", "1")
    assert proc.returncode == 0, proc.stderr
    assert "recall" in proc.stdout and "1 clusters" in proc.stdout
    assert "lexrank" not in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--systems", "newsbrief,gpt"], "ConfigError: unknown system(s) gpt"),
        (["--out", "/no/such/folder/r.json"], "OutputError"),
    ],
)
def test_errors_are_one_line(data: Path, args: list[str], message: str) -> None:
    proc = run(str(data), *args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file(tmp_path: Path) -> None:
    proc = run(str(tmp_path / "absent.jsonl"))
    assert proc.returncode == 2
    assert "InputError" in proc.stderr and "absent.jsonl" in proc.stderr
