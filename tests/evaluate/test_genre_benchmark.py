"""The genre labels' scripts (benchmarks/genre_items.py, genre_labels.py): items, split, agreement, loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "multinews" / "val_raw.jsonl").exists(), reason="../shared/data absent")

genre_items = load_benchmark("genre_items")
genre_labels = load_benchmark("genre_labels")


def test_head_ends_at_a_sentence_and_middle_is_from_the_middle() -> None:
    text = " ".join(f"Sentence number {k} tells one more thing about the story." for k in range(60))
    head = genre_items.head_of(text)
    assert head.endswith(".") and 500 <= len(head) <= 800
    middle = genre_items.middle_of(text, len(head))
    assert middle and text.index(middle) >= len(text) // 2 - 60
    assert middle.count("Sentence number") == genre_items.MIDDLE_SENTENCES
    assert genre_items.middle_of("Short. Text.", 5) == ""


def _folder(tmp_path: Path, a: list[dict], b: list[dict], adjudicated: list[dict] | None = None) -> Path:
    items = [{"id": f"mn1.{k}", "cluster": "multinews-val-1", "doc": k} for k in range(4)]
    (tmp_path / "items.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    side = {"split": {"multinews-val-1": "heldout"}, "sha1": {i["id"]: f"{k:08x}" for k, i in enumerate(items)}}
    (tmp_path / "split.json").write_text(json.dumps(side), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for name, recs in (("A", a), ("B", b), ("adjudicated", adjudicated or [])):
        (out / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return tmp_path


def test_agreed_and_adjudicated_labels_are_kept_and_open_ones_named(tmp_path: Path, capsys) -> None:
    a = [
        {"id": "mn1.0", "label": "opinion", "kind": "review"},
        {"id": "mn1.1", "label": "news"},
        {"id": "mn1.2", "label": "news"},
        {"id": "mn1.3", "label": "unsure"},
    ]
    b = [
        {"id": "mn1.0", "label": "opinion", "kind": "review"},
        {"id": "mn1.1", "label": "opinion"},
        {"id": "mn1.2", "label": "news"},
    ]
    folder = _folder(tmp_path, a, b, [{"id": "mn1.1", "label": "news"}])
    records, open_ = genre_labels.build(folder)
    assert open_ == ["mn1.3"]  # B has not read it yet
    by_id = {r["id"]: r for r in records}
    assert by_id["mn1.0"]["label"] == "opinion" and by_id["mn1.0"]["kind"] == "review"
    assert by_id["mn1.1"]["labels"] == {"A": "news", "B": "opinion", "adjudicated": "news"}
    assert by_id["mn1.2"]["split"] == "heldout" and by_id["mn1.2"]["sha1"] == "00000002"
    assert "kappa" in capsys.readouterr().out


def test_a_label_outside_the_guideline_names_the_file_and_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [{"id": "mn1.0", "label": "column"}], [])
    with pytest.raises(SystemExit, match=r"A\.jsonl:1: label must be one of news, opinion, unsure"):
        genre_labels.build(folder)


@needs_data
def test_items_cover_the_trust_opinion_clusters_keep_their_split_and_leave_out_the_reserved() -> None:
    items, split = genre_items.build(DATA)
    clusters = {it["cluster"] for it in items}
    assert not clusters & genre_items.RESERVED
    trust = genre_items.trust_splits()
    assert set(trust) - genre_items.RESERVED <= clusters
    assert all(split[c] == s for c, s in trust.items() if c in split)
    held = sum(1 for s in split.values() if s == "heldout")
    assert 0.25 <= held / len(split) <= 0.4
    assert len({it["id"] for it in items}) == len(items)


@needs_data
def test_stored_labels_match_their_documents() -> None:
    if not genre_labels.LABELS_FILE.exists():
        pytest.skip("tests/data/genre_labels.jsonl not written yet")
    records = genre_labels.load_genre_labels(DATA)
    assert {r["label"] for r in records} <= set(genre_labels.LABELS)
    assert {r["split"] for r in records} <= {"dev", "heldout"}


def test_a_single_reading_fills_only_items_neither_labeller_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [{"id": "mn1.0", "label": "news"}], [{"id": "mn1.0", "label": "news"}])
    single = tmp_path / "single.jsonl"
    single.write_text(
        '{"id": "mn1.0", "label": "opinion"}\n{"id": "mn1.1", "label": "opinion", "kind": "review"}\n',
        encoding="utf-8",
    )
    records, open_ = genre_labels.build(folder, single)
    by_id = {r["id"]: r for r in records}
    assert by_id["mn1.0"]["label"] == "news"  # the two readings win
    assert by_id["mn1.1"]["labels"] == {"single": "opinion"} and by_id["mn1.1"]["kind"] == "review"
    assert open_ == ["mn1.2", "mn1.3"]
