"""The document labels (tests/data/doc_labels.jsonl): loaded back onto val_raw by hash, parts kept apart, and
the set-apart score and threshold choice of benchmarks/doc_filter.py."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from benchmark_scripts import load_benchmark

doc_filter = load_benchmark("doc_filter")
trust_items = load_benchmark("trust_items")


def test_labels_load_and_match_the_raw_documents(data_dir: Path) -> None:
    labels = doc_filter.load_doc_labels(data_dir)
    assert len(labels) == 645 and len({lab.id for lab in labels}) == 645
    assert {lab.label for lab in labels} <= set(doc_filter.LABELS)
    by_cluster = {}
    for lab in labels:
        by_cluster.setdefault(lab.cluster, set()).add(lab.split)
    assert all(len(parts) == 1 for parts in by_cluster.values())  # held out by cluster
    held = {c for c, parts in by_cluster.items() if parts == {"heldout"}}
    trust = [c.id for c in trust_items.choose_clusters(data_dir)]
    assert trust_items.heldout_ids(trust) <= held  # the trust benchmark's held-out clusters stay unseen
    assert not (set(trust) - trust_items.heldout_ids(trust)) & held
    assert Counter(lab.split for lab in labels)["heldout"] == 193


def test_a_changed_document_is_named(data_dir: Path, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in doc_filter.LABELS_FILE.read_text().splitlines()[:2]]
    rows[1]["sha1"] = "0" * 40
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(SystemExit, match=rf"item {rows[1]['id']}: the text of .* changed"):
        doc_filter.load_doc_labels(data_dir, path)


def test_threshold_keeps_the_precision() -> None:
    p = np.array([0.05, 0.1, 0.2, 0.3, 0.6, 0.9, 0.95])
    is_article = np.array([False, False, True, False, True, True, True])
    t = doc_filter.choose_threshold(p, is_article, 0.95)
    assert 0.1 < t <= 0.2 + 1e-5  # below the article at 0.2: two of two set apart are pages
    assert doc_filter.choose_threshold(p, is_article, 0.7) > 0.3  # three of four at 0.75 precision
    assert doc_filter.choose_threshold(p, np.ones(7, dtype=bool), 0.95) == 0.0  # never: nothing is set apart


def test_score_counts_what_is_set_apart() -> None:
    lab = doc_filter.DocLabel
    labels = [
        lab("a", "c", 0, "dev", "", "article"),
        lab("b", "c", 1, "dev", "", "non-article"),
        lab("c", "c", 2, "dev", "", "other-story"),
    ]
    s = doc_filter.score(labels, {"a": None, "b": "not-article", "c": None})
    assert (s["apart"], s["precision"], s["recall"]) == (1, 1.0, 0.5)
