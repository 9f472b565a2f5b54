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
