"""The session 19 labels of news-report sentences for the writer's-view note (issue 10, ``benchmarks/view_news.py``):
ids, offsets and labels only, of clusters in no other sentence-level label set and not reserved."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_new_labels_hold_ids_offsets_and_labels_of_free_unreserved_clusters() -> None:
    from reserved import BLIND_CLUSTERS
    from view_news import LABELS, labelled_clusters, part

    rows = _rows("view_news_labels.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) == 160
    others = labelled_clusters(exclude="view_news_labels")
    for r in rows:
        assert set(r["labels"]) == {"notes22", "second"} and r["labels"]["notes22"] == r["label"]
        assert r["label"] in LABELS and r["labels"]["second"] in LABELS
        assert r["story"] not in BLIND_CLUSTERS and r["story"] not in others, r["id"]
        assert r["source"].startswith(r["story"] + "#") and r["start"] < r["end"]
        assert r["part"] == part(r["story"]) and re.fullmatch("[0-9a-f]{8}", r["sha1"])
        assert all(len(v) <= 40 for v in r.values() if isinstance(v, str)), r  # no sentence text
    assert {r["part"] for r in rows} == {"dev", "heldout"}
    agree = sum(r["labels"]["notes22"] == r["labels"]["second"] for r in rows)
    assert agree == 147  # the agreement BENCHMARKS.md and view_news.py report


def test_the_agreement_check_relabels_items_of_the_opinion_voice_set() -> None:
    voice = {(r["set"], r["story"], r["source"], r["start"]) for r in _rows("opinion_voice_labels.jsonl")}
    rows = _rows("view_news_kappa.jsonl")
    assert len(rows) == 60
    assert all((r["set"], r["story"], r["source"], r["start"]) in voice for r in rows)
    assert {r["label"] for r in rows} <= {"opinion", "fact"}
