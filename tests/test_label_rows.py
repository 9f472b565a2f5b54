"""Labelled sets in tests/data hold ids, offsets and labels only, never article text (the project's data rule)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

#: The fields each row of a set may hold, for the sets whose rows are flat ids/offsets/labels.
FIELDS = {
    "timeline21_fresh.jsonl": {"part", "cluster", "doc", "start", "end", "shown_date", "right", "kind"},
    "timeline23_fresh.jsonl": {"part", "cluster", "doc", "start", "end", "shown_date", "right", "kind"},
    "timeline25_weekdays.jsonl": {"part", "doc", "start", "end", "expr", "shown_date", "true_date", "label"},
    "timeline27_fresh.jsonl": {
        *("part", "cluster", "doc", "start", "end", "expr", "shown_date", "label", "kind", "first", "second"),
    },
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_a_label_set_holds_ids_offsets_and_labels_only(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    for row in rows:
        assert set(row) == FIELDS[name]
        assert row["start"] < row["end"]
        assert all(len(v) <= 40 for v in row.values() if isinstance(v, str)), row  # ids and dates, no sentences
