"""PolNeAR train genre labels (benchmarks/genre_polnear.py): train ids only, hashes, agreement, feature rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "polnear").is_dir(), reason="../shared/data absent")

genre_polnear = load_benchmark("genre_polnear")
genre = load_benchmark("genre")


def _records() -> list[dict]:
    return [json.loads(line) for line in genre_polnear.LABELS_FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_labels_hold_ids_and_labels_only_and_both_readings() -> None:
    records = _records()
    assert len(records) == 120
    for rec in records:
        assert set(rec) == {"id", "outlet", "sha1", "sample", "split", "label", "labels"}
        assert rec["label"] in genre_polnear.LABELS
        assert set(rec["labels"]) == {"first", "second"}
        assert rec["split"] == genre_polnear.split_of(rec["id"])
        if rec["labels"]["first"] == rec["labels"]["second"]:
            assert rec["label"] == rec["labels"]["first"]
    kappa, _ = genre_polnear.agreement(records)
    assert kappa > 0.7


@needs_data
def test_the_labels_are_of_train_articles_never_the_reserved_dev_ones() -> None:
    records = genre_polnear.load_polnear_labels(DATA)  # checks every hash against the train file
    with (DATA / "polnear" / "polnear_articles_dev.jsonl").open(encoding="utf-8") as fh:
        dev_ids = {json.loads(line)["id"] for line in fh}
    assert not {r["id"] for r in records} & dev_ids


def test_the_title_a_polnear_text_repeats_is_set_apart() -> None:
    rec = {"id": "x", "title": "Trump wins", "outlet": "nyt", "text": "Trump wins.\n\nTrump won on Tuesday."}
    art = genre_polnear.story_article(rec)
    assert art.text == "Trump won on Tuesday." and art.title == "Trump wins"
    other = {"id": "y", "title": "A headline", "outlet": "nyt", "text": "A lead.\n\nMore."}
    assert genre_polnear.story_article(other).text == "A lead.\n\nMore."


def test_primary_documents_are_negatives_and_unsure_ones_left_out() -> None:
    records = [
        {"id": "a", "split": "fit", "label": "opinion"},
        {"id": "b", "split": "fit", "label": "primary"},
        {"id": "c", "split": "fit", "label": "unsure"},
        {"id": "d", "split": "heldout", "label": "news"},
    ]
    width = len(genre.GENRE_FEATURES)
    feats = {k: [float(n)] * width for n, k in enumerate("abcd")}
    x, y, groups, ids = genre.polnear_rows(records, feats, "fit")
    assert ids == ["a", "b"] and list(y) == [True, False] and x.shape == (2, width)
    assert groups == ["polnear:a", "polnear:b"]
