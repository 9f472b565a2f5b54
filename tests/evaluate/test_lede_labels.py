"""The lede labels (benchmarks/lede_labels.py): ids, hashes and labels only, never a reserved or a trust story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"

lede_labels = load_benchmark("lede_labels")
lede_items = load_benchmark("lede_items")
reserved = load_benchmark("reserved")
trust_items = load_benchmark("trust_items")


def _records() -> list[dict]:
    return [json.loads(line) for line in lede_labels.LABELS_FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_labels_hold_ids_hashes_and_labels_never_text() -> None:
    records = _records()
    assert len(records) >= 150
    for rec in records:
        assert set(rec) <= {"id", "source", "draw", "split", "sha1", "locator", "labels", "label"}
        assert rec["label"] in lede_labels.LABELS
        assert rec["split"] == lede_items.split_of(rec["id"])
        if rec["labels"].get("pass2") == rec["labels"]["pass1"]:
            assert rec["label"] == rec["labels"]["pass1"]


def test_no_reserved_article_and_no_polnear_dev_article_is_labelled() -> None:
    ids = {r["id"] for r in _records()}
    assert not {f"pn:{a}" for a in reserved.BLIND_POLNEAR} & ids
    polnear_dev = DATA / "polnear" / "polnear_articles_dev.jsonl"
    if polnear_dev.exists():
        dev = {json.loads(line)["id"] for line in polnear_dev.read_text(encoding="utf-8").splitlines() if line}
        assert not {f"pn:{a}" for a in dev} & ids


@pytest.mark.skipif(not (DATA / "multinews").is_dir(), reason="../shared/data absent")
def test_no_trust_cluster_is_labelled() -> None:
    """The trust labels' first-sentence-ok rate judges the rule the detector serves: none of its stories is read."""
    trust = {c.id for c in trust_items.choose_clusters(DATA)}
    for rec in _records():
        story = rec["locator"][0] if "locator" in rec else None
        if rec["id"].startswith("mn:"):
            story = "multinews-val-" + rec["id"].split(":")[1]
        assert story not in trust


@pytest.mark.skipif(not (DATA / "multinews").is_dir(), reason="../shared/data absent")
def test_no_blind_cluster_or_topic_is_drawn_briefed_or_scored() -> None:
    """The lead's blind clusters and topics are never a story of :func:`lede_items.stories` (whichever script asks)
    nor an article of the pool; :func:`lede_items.reserved_records` names the records drawn from them before (the fit
    keeps them: the blind readings of sessions 6 and 12 are done, and data/lede.json was fitted with them)."""
    blind = reserved.BLIND_CLUSTERS | reserved.BLIND_TOPICS
    assert not {story for story, _ in lede_items.stories(DATA)} & blind
    pool = list(lede_items._candidates(DATA))
    assert pool
    left = lede_items.reserved_records(DATA, [{"id": item_id} for _, item_id, _ in pool])
    assert not left
    records = _records()
    left = lede_items.reserved_records(DATA, records)
    for rec in records:
        story = rec["locator"][0] if "locator" in rec else None
        if rec["id"].startswith("mn:"):
            story = "multinews-val-" + rec["id"].split(":")[1]
        if story in blind:
            assert rec["id"] in left
