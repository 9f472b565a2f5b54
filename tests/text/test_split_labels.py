"""The sentence-boundary labels (tests/data/split_boundaries.jsonl) and their scorer (benchmarks/split*.py)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from newsbrief.errors import InputError

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "data" / "split_boundaries.jsonl"
FULL = os.environ.get("NEWSBRIEF_FULL") == "1"


split_labels = load_benchmark("split_labels")
split_items = load_benchmark("split_items")
split_bench = load_benchmark("split")


def test_labels_hold_offsets_hashes_and_labels_only() -> None:
    allowed = {"id", "file", "record", "doc", "offset", "sha1", "kind", "heldout", "a", "b", "c", "label"}
    records = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    assert sum(r["label"] != "unsure" for r in records) >= 1500  # the issue asks for 1,500 decisions
    for rec in records:
        assert set(rec) <= allowed
        assert rec["label"] in ("boundary", "not-boundary", "unsure")
        assert len(rec["sha1"]) == 12 and isinstance(rec["offset"], int)
        assert not rec["file"].startswith("polnear/polnear_articles_test")  # never the held-out test split
    assert sum(r["heldout"] for r in records) >= len(records) // 3


def test_cohen_kappa_on_literals() -> None:
    kappa = split_labels.cohen_kappa
    assert kappa(["b", "n", "b", "n"], ["b", "n", "b", "n"]) == 1.0
    assert kappa(["b", "b", "n", "n"], ["b", "n", "b", "n"]) == 0.0
    assert kappa(["b", "n"], ["n", "b"]) == -1.0


def test_relocate_finds_a_moved_position_by_its_context_hash() -> None:
    text = "He left. She stayed. They all went home after the long meeting in the hall of the town."
    pos = text.index(" She")
    sha = split_labels.window_sha1(text, pos)
    moved = "Extra words here. " + text
    assert split_labels.relocate(text, pos, sha) == pos
    assert split_labels.relocate(moved, pos, sha) == pos + len("Extra words here. ")
    assert split_labels.relocate("Something else entirely.", 3, sha) is None


def test_normalise_moves_over_closing_quotes_and_back_before_an_opening_one() -> None:
    text = "He said \"no.\" Then ''It was over,'' she said."
    assert split_items.normalise(text, text.index(".") + 1) == text.index('" Then') + 1
    at_it = text.index("It was")
    assert split_items.normalise(text, at_it) == text.index(" ''It")


def test_f1_on_literals() -> None:
    items = [
        split_labels.Boundary("1", ("f", "r", 0), 5, "plain", True, "boundary"),
        split_labels.Boundary("2", ("f", "r", 0), 9, "plain", True, "not-boundary"),
        split_labels.Boundary("3", ("f", "r", 0), 12, "plain", True, "boundary"),
        split_labels.Boundary("4", ("f", "r", 0), 15, "plain", True, "unsure"),
    ]
    p, r, f, n = split_bench.f1(items, {"1": True, "2": True, "3": False, "4": True})
    assert (p, r, f, n) == (0.5, 0.5, 0.5, 3)


def test_missing_labels_or_data_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no boundary labels"):
        split_labels.load_boundaries(DATA, tmp_path / "absent.jsonl")
    bad = tmp_path / "labels.jsonl"
    bad.write_text(json.dumps({"id": "x", "file": "nope.jsonl", "record": "r", "doc": 0}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="data file not found"):
        split_labels.load_boundaries(tmp_path, bad)


@pytest.mark.slow
def test_labels_load_and_nupunkt_beats_pysbd_on_held_out(tmp_path: Path) -> None:
    """Every labelled position is found again in today's cleaned text; on (a sample of) the held-out part the
    boundary F1 of nupunkt is above pySBD's, as BENCHMARKS.md "Splitting" says (94.4 vs 77.1 on all of it)."""
    if not (DATA / "multinews" / "val_raw.jsonl").exists():
        pytest.skip(f"{DATA} is absent: the labels are read onto ../shared/data")
    records = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    if not FULL:  # CI: the positions of 20 held-out documents
        docs = sorted({(r["file"], r["record"], r["doc"]) for r in records if r["heldout"]})
        chosen = set(random.Random(14).sample(docs, 20))
        records = [r for r in records if (r["file"], r["record"], r["doc"]) in chosen]
        sample = tmp_path / "sample.jsonl"
        sample.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items, texts = split_labels.load_boundaries(DATA, LABELS if FULL else sample)
    assert len(items) == len(records)
    held = [b for b in items if b.heldout]
    scores = {
        name: split_bench.f1(held, split_bench.predictions(held, texts, name))[2] for name in ("pysbd", "nupunkt")
    }
    assert scores["nupunkt"] > scores["pysbd"] > 0.5


def test_second_round_takes_agreement_then_the_tie_break_then_adjudication() -> None:
    def key(i: str) -> dict:
        return {
            "id": i,
            "file": "f",
            "record": "r",
            "doc": 0,
            "offset": 1,
            "sha1": "0" * 12,
            "kind": "plain",
            "heldout": False,
        }

    keys = [key(i) for i in ("1", "2", "3", "4", "5", "6")]
    d = {
        "1": {"label": "boundary"},
        "2": {"label": "boundary"},
        "3": {"label": "boundary"},
        "4": {"label": "boundary"},
        "5": {"label": "boundary"},
    }
    e = {
        "1": {"label": "boundary"},
        "2": {"label": "not-boundary"},
        "3": {"label": "not-boundary"},
        "4": {"label": "unsure"},
        "6": {"label": "boundary"},
    }
    c = {"2": {"label": "not-boundary"}, "3": {"label": "unsure"}, "4": {"label": "unsure"}}
    adj = {"3": {"label": "boundary"}}
    out = split_labels.merge_second_round(keys, d, e, c, adj, skip={"1"})
    by_id = {r["id"]: r for r in out}
    assert "1" not in by_id  # settled in the first round
    assert by_id["2"]["label"] == "not-boundary" and by_id["2"]["c"] == "not-boundary"  # C breaks the tie
    assert by_id["3"]["label"] == "boundary"  # C agrees with neither: adjudicated
    assert by_id["4"]["label"] == "unsure"  # C sides with E's "unsure": left out of scores later
    assert "5" not in by_id and "6" not in by_id  # one first reading only
    assert (by_id["2"]["a"], by_id["2"]["b"]) == ("boundary", "not-boundary")


def test_every_stage_of_the_speed_table_is_found_in_this_tree() -> None:
    """``split.py --stages`` passes over an entry the tree does not have (so it can time an older tree): a stage
    renamed here would drop out of the table unseen, so every entry must resolve in this tree."""
    missing = [
        (where, name)
        for where, name, _ in split_bench.STAGES
        if getattr(split_bench.stage_holder(where), name, None) is None
    ]
    assert not missing
