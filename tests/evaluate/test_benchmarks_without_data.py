"""A benchmark run where the shared data is absent (a clean clone) stops with one line naming the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark


@pytest.mark.parametrize(
    "script", ["support_labels", "support_fact", "support_evidence", "support_cost", "conflict_typos", "entity_keep"]
)
def test_a_missing_data_folder_is_named_not_a_traceback(script: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-data"
    extras = {"entity_keep": ["--cache", str(tmp_path / "cache")], "support_cost": ["--out", str(tmp_path / "s.jsonl")]}
    extra = extras.get(script, [])
    with pytest.raises(SystemExit, match=rf"{missing}: the shared data folder is missing"):
        load_benchmark(script).main(["--data", str(missing), *extra])


@pytest.mark.parametrize("source", ["truncated", "both"])
def test_the_fresh_conflicts_check_names_a_missing_truncated_file_and_exits_2(
    source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``conflicts_fresh.py --source truncated`` over a data folder with ``val_raw`` but no ``val_truncated`` ended in
    a FileNotFoundError traceback (session 18); it stops before reading anything, naming the file, status 2."""
    (tmp_path / "multinews").mkdir()
    (tmp_path / "multinews" / "val_raw.jsonl").write_text('{"id": "multinews-val-x", "documents": ["a", "b"]}\n')
    with pytest.raises(SystemExit) as stop:
        load_benchmark("conflicts_fresh").main(["--data", str(tmp_path), "--source", source, "--count"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'multinews' / 'val_truncated.jsonl'}: not found" in err
    assert "Traceback" not in err


def test_the_fresh_conflicts_check_names_a_line_that_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cut-off line of ``val_truncated`` is named with its file and line, status 2, not a JSONDecodeError."""
    (tmp_path / "multinews").mkdir()
    (tmp_path / "multinews" / "val_raw.jsonl").write_text('{"id": "multinews-val-x", "documents": ["a", "b"]}\n')
    (tmp_path / "multinews" / "val_truncated.jsonl").write_text('{"id": "multinews-val-y", "docum\n')
    with pytest.raises(SystemExit) as stop:
        load_benchmark("conflicts_fresh").main(["--data", str(tmp_path), "--source", "truncated", "--count"])
    assert stop.value.code == 2
    assert f"{tmp_path / 'multinews' / 'val_truncated.jsonl'}: line 1 is not JSON" in capsys.readouterr().err
