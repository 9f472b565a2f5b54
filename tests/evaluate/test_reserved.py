"""The topics and clusters kept for the lead's blind readings (benchmarks/reserved.py): one list, read by every
script that draws labelling items, fresh rounds or scores, so no script is left with an older session's list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

reserved = load_benchmark("reserved")
pronoun_items = load_benchmark("pronoun_items")
description_items = load_benchmark("description_items")
conflicts_dated = load_benchmark("conflicts_dated")
conflicts = load_benchmark("conflicts")
doc_items = load_benchmark("doc_items")
genre_items = load_benchmark("genre_items")
genre_study = load_benchmark("genre_study")

GOLD6 = Path(__file__).resolve().parents[1] / "data" / "conflicts6_gold.jsonl"
#: A report whose opening "She" the resolver names: drawn, it would become an item.
REPORT = "Jane Doe, a nurse, went home on Friday. She said the ward had been quiet for weeks."


def test_every_script_reads_this_sessions_reserved_topics() -> None:
    """pronoun_items.py and conflicts_dated.py kept session 11's topics when session 12 reserved others."""
    for topics in (pronoun_items.RESERVED_TOPICS, description_items.RESERVED_TOPICS):
        assert set(topics) >= reserved.BLIND_TOPICS
    # one list, not copies of it: conflicts_dated.RESERVED was a sorted copy, genre_study spelled the topics again
    assert not hasattr(conflicts_dated, "RESERVED")
    assert conflicts_dated.BLIND_TOPICS is genre_study.RESERVED_TOPICS is reserved.BLIND_TOPICS
    assert doc_items.RESERVED is genre_items.RESERVED is description_items.RESERVED_CLUSTERS
    assert doc_items.RESERVED is reserved.BLIND_CLUSTERS


def _task5(tmp_path: Path, topics: list[str]) -> Path:
    (tmp_path / "polnear").mkdir()
    (tmp_path / "polnear" / "polnear_articles_dev.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "duc2004").mkdir()
    rows = [{"topic": t, "id": f"{t}-report", "text": REPORT, "published": "1998-05-01"} for t in topics]
    (tmp_path / "duc2004" / "task5_dated.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize("script", [pronoun_items, description_items])
def test_a_fresh_round_never_reads_a_reserved_topic(tmp_path: Path, script) -> None:
    blind = sorted(reserved.BLIND_TOPICS)[0]
    data = _task5(tmp_path, [blind, "d133c"])
    items = script.fresh(data)
    clusters = {i["cluster"] for i in items}
    assert blind not in clusters
    if script is pronoun_items:
        assert clusters == {"d133c"}  # the free topic is read (the report does give an item)


def test_the_conflicts_score_never_briefs_a_reserved_topic(tmp_path: Path) -> None:
    """Round 6 (session 11) labelled pairs on five topics session 12 reserves: the score leaves them out, without
    opening the data."""
    gold = [g for g in conflicts.load_golds((GOLD6,)) if g.cluster in reserved.BLIND_TOPICS]
    assert gold  # the round does hold such pairs
    assert conflicts.clusters(gold, tmp_path) == []


def test_the_fresh_conflicts_check_never_reads_a_reserved_or_labelled_cluster(tmp_path: Path) -> None:
    """benchmarks/conflicts_fresh.py reads free Multi-News clusters only: not a reserved one, not one of a conflicts
    set or of any set's held-out part, and no val_truncated copy of a val_raw cluster."""
    conflicts_fresh = load_benchmark("conflicts_fresh")
    blind = sorted(reserved.BLIND_CLUSTERS)[0]
    labelled, heldout = conflicts_fresh.labelled()
    taken = sorted(labelled)[0]
    docs = ["Police said 12 people were hurt.", "Police said 15 people were hurt."]
    (tmp_path / "multinews").mkdir()
    rows = [{"id": i, "documents": docs} for i in (blind, taken, "multinews-val-free-a")]
    (tmp_path / "multinews" / "val_raw.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    truncated = [{"id": i, "documents": docs} for i in ("multinews-val-free-a", "multinews-val-free-b")]
    (tmp_path / "multinews" / "val_truncated.jsonl").write_text(
        "\n".join(json.dumps(r) for r in truncated), encoding="utf-8"
    )
    read = [(file, c.id) for file, c in conflicts_fresh.free_clusters(tmp_path, "both")]
    assert read == [
        ("multinews/val_raw.jsonl", "multinews-val-free-a"),
        ("multinews/val_truncated.jsonl", "multinews-val-free-b"),
    ]
    assert heldout  # the labelled sets do hold held-out parts, which the check leaves out


def test_the_fresh_conflicts_check_finds_held_out_clusters_however_a_label_file_keys_them() -> None:
    """The lede labels key a row by an item id only ("mn:33:1", "b:multinews-val-1747:...#0:0") and the split
    boundaries by ``record``: reading ``cluster`` or ``id`` alone let nine held-out Multi-News clusters of those two
    sets into the free pool (multinews-val-2997 of the split boundaries, eight of the lede labels)."""
    conflicts_fresh = load_benchmark("conflicts_fresh")
    assert conflicts_fresh.clusters_named({"id": "mn:33:1", "split": "heldout"}) >= {"multinews-val-33"}
    assert conflicts_fresh.clusters_named({"id": "r4:mn167.0.1~mn167.2.7"}) >= {"multinews-val-167"}
    assert conflicts_fresh.clusters_named({"id": "b0188", "record": "multinews-val-2997"}) >= {"multinews-val-2997"}
    other = conflicts_fresh.clusters_named({"id": "mn1010.0", "cluster": "multinews-val-1010"})
    assert "multinews-val-101" not in other
    _, heldout = conflicts_fresh.labelled()
    assert {"multinews-val-33", "multinews-val-1747", "multinews-val-2997", "multinews-val-4505"} <= heldout
