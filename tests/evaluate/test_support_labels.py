"""The fresh same-fact pair round (issue 10, support): items drawn from unseen clusters, labels stored without
text and put back by hash, agreement, and the measuring script's threshold choice and shared-wording feature."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from benchmark_scripts import load_benchmark
from newsbrief.errors import InputError

support_items = load_benchmark("support_items")
support_labels = load_benchmark("support_labels")
support_fact = load_benchmark("support_fact")
trust_items = load_benchmark("trust_items")

CLUSTER = "multinews-val-4830"


def _build(data_dir: Path, folder: Path) -> list[dict]:
    """The build rows of one real cluster, as support_items writes them."""
    (cluster,) = trust_items.multinews_clusters(data_dir, [CLUSTER])
    sentences, items = trust_items.cluster_sentences(cluster)
    by_id = {it.id: it for it in items}
    rows = [
        asdict(p) | {"a_item": asdict(by_id[p.a]), "b_item": asdict(by_id[p.b])}
        for p in trust_items.cluster_pairs(sentences, items, trust_items.PAIR_FLOOR)
    ]
    trust_items.write_jsonl(folder / "build.jsonl", rows)
    return rows


def _answer(folder: Path, name: str, labels: list[tuple[str, str]]) -> None:
    (folder / "out").mkdir(exist_ok=True)
    (folder / "out" / f"{name}.jsonl").write_text("".join(json.dumps({"id": i, "label": x}) + "\n" for i, x in labels))


def test_store_keeps_agreed_labels_disputes_the_rest_and_holds_no_text(data_dir: Path, tmp_path: Path) -> None:
    rows = _build(data_dir, tmp_path)
    assert len(rows) >= 3
    ids = [r["id"] for r in rows]
    _answer(tmp_path, "A", [(i, "same") for i in ids] + [(ids[0], "related")])  # the last line for an id wins
    _answer(tmp_path, "B", [(ids[0], "related"), (ids[1], "different")] + [(i, "same") for i in ids[2:]])
    out = tmp_path / "support_pairs.jsonl"
    figures = support_labels.store(tmp_path, out)
    stored = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["label"] for r in stored] == ["related", "disputed", *["same"] * (len(ids) - 2)]
    assert figures["disputed"] == 1 and figures["same_both"] == len(ids) - 2
    assert all("text" not in r["a"] and "text" not in r["b"] for r in stored)
    loaded = support_labels.load(data_dir, out)
    cluster, sentences, labels = loaded[CLUSTER]
    assert cluster.id == CLUSTER
    assert sorted(labels.values()) == sorted(r["label"] for r in stored)
    keys = {(s.article_id, s.index) for s in sentences}
    assert all(pair <= keys for pair in labels)


def test_a_changed_sentence_is_named_and_a_bad_label_refused(data_dir: Path, tmp_path: Path) -> None:
    rows = _build(data_dir, tmp_path)
    _answer(tmp_path, "A", [(r["id"], "same") for r in rows])
    _answer(tmp_path, "B", [(r["id"], "same") for r in rows])
    out = tmp_path / "support_pairs.jsonl"
    support_labels.store(tmp_path, out)
    stored = [json.loads(line) for line in out.read_text().splitlines()]
    stored[0]["a"]["sha1"] = "00000000"
    out.write_text("".join(json.dumps(r) + "\n" for r in stored))
    with pytest.raises(InputError, match=stored[0]["id"]):
        support_labels.load(data_dir, out)
    _answer(tmp_path, "B", [(rows[0]["id"], "maybe")])
    with pytest.raises(InputError, match="label must be one of"):
        support_labels.read_answers(tmp_path / "out" / "B.jsonl")


def test_a_renumbered_sentence_is_found_by_its_text_and_a_changed_one_can_be_left_out(
    data_dir: Path, tmp_path: Path
) -> None:
    rows = _build(data_dir, tmp_path)
    _answer(tmp_path, "A", [(r["id"], "same") for r in rows])
    _answer(tmp_path, "B", [(r["id"], "same") for r in rows])
    out = tmp_path / "support_pairs.jsonl"
    support_labels.store(tmp_path, out)
    stored = [json.loads(line) for line in out.read_text().splitlines()]
    before = support_labels.load(data_dir, out)
    stored[0]["a"]["id"] = stored[0]["a"]["id"] + "9"  # an id splitting elsewhere would have moved
    out.write_text("".join(json.dumps(r) + "\n" for r in stored))
    assert support_labels.load(data_dir, out) == before
    stored[0]["a"]["sha1"] = "00000000"  # and now a text that is nowhere in its document
    out.write_text("".join(json.dumps(r) + "\n" for r in stored))
    left_out: list[str] = []
    after = support_labels.load(data_dir, out, left_out)
    assert left_out == [stored[0]["id"]]
    assert sum(len(labels) for _, _, labels in after.values()) == len(stored) - 1


def test_fresh_round_avoids_every_pair_set_and_the_reserved_clusters() -> None:
    # Conflicts round 5 was drawn in the same session, in parallel, from the same unlabelled pool: 12 clusters
    # are in both rounds; neither round was seen by the code the other scores, so each stays held out. Conflicts
    # round 7 (session 14) drew 20 clusters outside the conflicts files only; 2 of them (val-1942, val-2570) are in
    # this support round too. It found no conflict and fitted nothing, and no support code read it: both held out.
    seen = support_items.labelled_clusters(
        Path(__file__).resolve().parents[1] / "data", skip=("conflicts5_gold", "conflicts7_gold")
    )
    assert {"multinews-val-101", "multinews-val-315"} <= seen  # sentence pairs; a trust held-out cluster
    stored = support_labels.STORED
    if not stored.exists():
        pytest.skip(f"{stored} is not written yet")
    rows = [json.loads(line) for line in stored.read_text().splitlines()]
    clusters = {r["cluster"] for r in rows}
    assert not clusters & seen and not clusters & support_items.reserved_clusters()
    assert all(r["split"] == "heldout" and "text" not in r["a"] for r in rows)


def test_threshold_choice_and_shared_wording() -> None:
    prob = np.array([0.99, 0.98, 0.97, 0.96, 0.95, 0.6, 0.5])
    gold = np.array([True, True, True, True, False, True, False])
    assert support_fact.choose_threshold(prob, gold, 0.95, min_links=2) == pytest.approx(0.955)
    assert support_fact.choose_threshold(prob, gold, 0.8, min_links=2) == pytest.approx(0.505)  # 5 of 6 links
    assert support_fact.choose_threshold(prob, gold, 0.7, min_links=2) == pytest.approx(0.3)  # 5 of 7 links
    assert support_fact.choose_threshold(prob, gold, 0.95, min_links=5) == pytest.approx(0.99)  # never: the top
    assert support_fact.word_containment("The cat sat on the mat.", "On the mat the cat sat all day.") == 1.0
    assert support_fact.word_containment("The cat sat.", "A dog ran.") == 0.0
