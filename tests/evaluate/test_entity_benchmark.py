"""The entity benchmark's pieces (benchmarks/entity_labels.py, benchmarks/entities.py): answers, agreement, the
label loader and the scorer of the editor's "entity: wrong".

The scorer is checked on literal labels and outputs, each error kind beside a look-alike that is not one; the
loader and the whole benchmark on the real labels where ../shared/data is present (slow: a sample in CI).
"""

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


entity_labels = load_benchmark("entity_labels")
entities = load_benchmark("entities")
Shown = entities.ShownEntity
NameLabel = entity_labels.NameLabel


def cluster(names: dict[str, tuple[str, str | None]], descriptors: dict[tuple[str, str], bool] | None = None):
    cl = entity_labels.ClusterLabels("c", "multinews/val_raw.jsonl", "dev")
    for text, (label, entity) in names.items():
        cl.names[text] = NameLabel(text, label, entity)
        cl.folded[text.casefold()] = cl.names[text]
    for (entity, desc), ok in (descriptors or {}).items():
        cl.descriptors[(entity, entity_labels.short_sha1(desc))] = ok
    return cl


LABELS = cluster(
    {
        "Jeremy Corbyn": ("person", "e1"),
        "Corbyn": ("person", "e1"),
        "Mr Wilson": ("person", "e2"),
        "Gary Wilson": ("person", "e2"),
        "Jane Wilson": ("person", "e3"),
        "Twitter": ("organisation", "e4"),
        "Crimea": ("place", "e5"),
        "Add Donald Trump": ("not-a-name", None),
        "Wilson": ("person", "AMBIGUOUS"),
        "Republicans": ("organisation", "e6"),
    },
    {("e1", "Labour leader"): True, ("e1", "Romney 285"): False},
)


def kinds_of(*shown: Shown) -> list[set[str] | None]:
    return [k for _, k, _, _ in entities.entity_errors(list(shown), LABELS)]


def test_each_error_kind_and_its_look_alike() -> None:
    assert kinds_of(Shown("Twitter", "PERSON")) == [{"type"}]
    assert kinds_of(Shown("Twitter", "ORG")) == [set()]
    assert kinds_of(Shown("Crimea", "ORG")) == [{"type"}]
    assert kinds_of(Shown("Crimea", "GPE"), Shown("Crimea", "LOC")) == [set(), {"twice"}]
    assert kinds_of(Shown("Add Donald Trump", "PERSON")) == [{"furniture"}]
    assert kinds_of(Shown("Jane Wilson", "PERSON", ("Mr Wilson",))) == [{"merged"}]
    assert kinds_of(Shown("Jane Wilson", "PERSON", ("Wilson",))) == [set()]  # an ambiguous form merges nothing
    assert kinds_of(Shown("Jeremy Corbyn", "PERSON"), Shown("Corbyn", "PERSON")) == [set(), {"twice"}]
    assert kinds_of(Shown("Jeremy Corbyn", "PERSON"), Shown("Gary Wilson", "PERSON")) == [set(), set()]
    assert kinds_of(Shown("Jeremy Corbyn", "PERSON", (), ("Labour leader",))) == [set()]
    assert kinds_of(Shown("Jeremy Corbyn", "PERSON", (), ("Romney 285",))) == [{"descriptor"}]
    assert kinds_of(Shown("Republicans", "NORP")) == [set()]  # NORP may be a party


def test_names_are_found_without_titles_case_or_possessives_and_unknown_ones_are_counted() -> None:
    assert entity_labels.lookup_name(LABELS, "Mr. Corbyn").entity == "e1"
    assert entity_labels.lookup_name(LABELS, "CORBYN").entity == "e1"
    assert entity_labels.lookup_name(LABELS, "Corbyn's").entity == "e1"
    assert entity_labels.lookup_name(LABELS, "Tom Watson") is None
    _, kinds, labelled, unlabelled = entities.entity_errors(
        [Shown("Tom Watson", "PERSON", (), ("deputy leader",))], LABELS
    )[0]
    assert kinds is None and (labelled, unlabelled) == (0, 1)
    tallies = entities.score({"c": [Shown("Tom Watson", "PERSON"), Shown("Twitter", "PERSON")]}, {"c": LABELS})
    assert (tallies["dev"].unlabelled, tallies["dev"].entities, tallies["dev"].wrong) == (1, 1, 1)
    assert tallies["heldout"].entities == 0
    assert "| 100.0% |" in entities.table({"x": tallies})


def test_only_the_first_ten_are_read() -> None:
    shown = [Shown("Twitter", "ORG")] * 10 + [Shown("Crimea", "ORG")]
    assert entities.score({"c": shown}, {"c": LABELS})["all"].kinds["type"] == 0


def test_what_saying_less_cost_and_how_many_are_listed() -> None:
    before = {"c": [Shown("Jeremy Corbyn", "PERSON"), Shown("Twitter", "PERSON"), Shown("Crimea", "GPE")]}
    assert entities.lost_people(before, {"c": [Shown("Corbyn", "PERSON")]}, {"c": LABELS}, "dev") == []
    # Jeremy Corbyn is gone; Twitter was listed with a wrong type, Crimea is a place: neither counts as lost
    assert entities.lost_people(before, {"c": [Shown("Crimea", "GPE")]}, {"c": LABELS}, "dev") == ["c\tJeremy Corbyn"]
    assert entities.lost_people(before, {"c": []}, {"c": LABELS}, "heldout") == []
    tally = entities.score(before, {"c": LABELS})["dev"]
    assert (tally.listed, tally.right_people) == (3, 1)
    assert "| 3.0 | 1 |" in entities.table({"x": entities.score(before, {"c": LABELS})})


def test_a_row_shown_without_a_type_is_counted_apart_never_as_right() -> None:
    """A row with no type claim cannot have a wrong type; it is counted as *shown unsure* (type wrong / right),
    is no right person in the top, and is still wrong for any other kind (here: twice)."""
    assert kinds_of(Shown("Twitter", "PERSON", typed=False)) == [{"unsure-type"}]
    shown = [
        Shown("Twitter", "PERSON", typed=False),  # the tagger's type is wrong: said less
        Shown("Jeremy Corbyn", "PERSON", typed=False),  # right, but not claimed: the cost
        Shown("Corbyn", "PERSON", typed=False),  # the same person twice: wrong whatever the type
    ]
    tally = entities.score({"c": shown}, {"c": LABELS})["dev"]
    assert (tally.entities, tally.wrong, tally.unsure, tally.unsure_saved) == (3, 1, 3, 1)
    assert tally.kinds == {"twice": 1} and tally.right_people == 0
    assert "| 3 (1 / 2) |" in entities.table({"x": entities.score({"c": shown}, {"c": LABELS})})


def test_an_unsure_row_labelled_by_its_alias_is_scored_not_a_crash() -> None:
    """Review of entities14: a row shown without a type whose own name is unlabelled but an alias is ("J. Corbyn",
    also "Jeremy Corbyn") is judged by the alias's label, as every other kind is; on 7222712 the unsure line read
    the own name's label and raised AttributeError on None."""
    shown = [Shown("J. Corbyn", "ORG", aliases=("Jeremy Corbyn",), typed=False)]
    tally = entities.score({"c": shown}, {"c": LABELS})["dev"]
    assert (tally.entities, tally.wrong, tally.unsure, tally.unsure_saved, tally.right_people) == (1, 0, 1, 1, 0)
    assert tally.failures == ["c\tunsure\tJ. Corbyn (ORG, 0) labelled person"]


def test_answers_agreement_and_disputes(tmp_path: Path) -> None:
    items = {
        "n1": {"kind": "name", "cluster": "c", "name": "Jeremy Corbyn"},
        "n2": {"kind": "name", "cluster": "c", "name": "Corbyn"},
        "n3": {"kind": "name", "cluster": "c", "name": "Twitter"},
        "d1": {"kind": "descriptor", "cluster": "c", "name": "Jeremy Corbyn", "descriptor": "Labour leader"},
    }
    path = tmp_path / "A.jsonl"
    path.write_text(
        '{"id": "n1", "label": "person", "entity": "Jeremy Corbyn"}\n'
        '{"id": "n2", "label": "person", "entity": "Jeremy Corbyn"}\n'
        '{"id": "n3", "label": "place", "entity": "Twitter"}\n'
        '{"id": "n3", "label": "organisation", "entity": "Twitter"}\n'
        '{"id": "d1", "label": "yes"}\n'
        '{"id": "x", "label": "nonsense"}\n'
        '{"id": "y", "lab',
        encoding="utf-8",
    )
    a, problems = entity_labels.read_answers(path)
    assert a["n3"]["label"] == "organisation" and len(problems) == 2  # the last line wins; bad lines reported
    b = dict(a) | {"n2": {"id": "n2", "label": "person", "entity": "Corbyn"}}
    res = entity_labels.agreement(items, a, b)
    assert res.names == 3 and res.names_agreed == 3
    assert (res.pairs, res.pairs_same_either, res.pairs_same_both) == (3, 1, 0)
    assert sorted(res.disputed) == ["n1", "n2"]  # same types, but one labeller split Corbyn off
    assert entity_labels.agreement(items, a, a).disputed == []


def test_final_records_hold_no_text_and_take_the_adjudicated_reading() -> None:
    items = {
        "n1": {"kind": "name", "cluster": "c", "name": "Jeremy Corbyn"},
        "n2": {"kind": "name", "cluster": "c", "name": "Corbyn"},
        "d1": {"kind": "descriptor", "cluster": "c", "name": "Jeremy Corbyn", "descriptor": "Labour leader"},
    }
    a = {
        "n1": {"label": "person", "entity": "Jeremy Corbyn"},
        "n2": {"label": "person", "entity": "Corbyn"},
        "d1": {"label": "no"},
    }
    adjudicated = {"n2": {"label": "person", "entity": "Jeremy Corbyn"}, "d1": {"label": "yes"}}
    docs = {"c": ("The Labour leader Jeremy Corbyn spoke.", "Corbyn said no.")}
    names, descriptors = entity_labels.final_records(items, a, adjudicated, {"c": "dev"}, docs)
    assert [(n["doc"], n["start"], n["end"], n["entity"]) for n in names] == [(0, 18, 31, "e1"), (0, 25, 31, "e1")]
    assert descriptors[0]["label"] == "yes" and descriptors[0]["entity"] == "e1"
    assert not any("Corbyn" in json.dumps(r) for r in names + descriptors)
    with pytest.raises(InputError):
        entity_labels.final_records(items | {"n9": {"kind": "name", "cluster": "c", "name": "X"}}, a, {}, {}, docs)


def test_a_later_round_joins_known_entities_and_numbers_new_ones_after_them() -> None:
    docs = {"c": ("The Labour leader Jeremy Corbyn met Michael Kors. Mr Corbyn and Kors shares rose.",)}
    first = {
        "n1": {"kind": "name", "cluster": "c", "name": "Jeremy Corbyn"},
        "n2": {"kind": "name", "cluster": "c", "name": "Michael Kors"},
    }
    a1 = {"n1": {"label": "person", "entity": "Jeremy Corbyn"}, "n2": {"label": "person", "entity": "Michael Kors"}}
    labelled = entity_labels.Labelled()
    entity_labels.final_records(first, a1, {}, {"c": "dev"}, docs, labelled)
    known = [
        {"entity": "Jeremy Corbyn", "names": ["Jeremy Corbyn"]},
        {"entity": "Michael Kors", "names": ["Michael Kors"]},
    ]
    later = {
        "m1": {"kind": "name", "cluster": "c", "name": "Mr Corbyn", "known_entities": known},
        "m2": {"kind": "name", "cluster": "c", "name": "Kors", "known_entities": known},
        "e1": {"kind": "descriptor", "cluster": "c", "name": "Jeremy Corbyn", "descriptor": "Labour leader"},
    }
    a2 = {
        "m1": {"label": "person", "entity": "Jeremy Corbyn"},
        "m2": {"label": "organisation", "entity": "Michael Kors company"},
        "e1": {"label": "yes"},
    }
    names, descriptors = entity_labels.final_records(later, a2, {}, {"c": "dev"}, docs, labelled)
    assert [(n["id"], n["entity"]) for n in names] == [("m1", "e1"), ("m2", "e3")]  # e2 is the designer
    assert descriptors[0]["entity"] == "e1"  # a name of the first round
    b2 = a2 | {"m2": {"label": "organisation", "entity": "Michael Kors"}}  # B files the company under the person
    n, raw, k = entity_labels.known_key_agreement(later, a2, b2)
    assert (n, raw) == (2, 0.5) and k < 1
    assert entity_labels.known_key_agreement(first, a1, a1) is None


def test_a_later_rounds_items_know_the_first_rounds_entities(tmp_path: Path) -> None:
    more = load_benchmark("entity_items_more")
    (tmp_path / "out").mkdir()
    items = [
        {"id": "n1", "kind": "name", "cluster": "c", "name": "Jeremy Corbyn"},
        {"id": "n2", "kind": "name", "cluster": "c", "name": "Corbyn"},
        {"id": "n3", "kind": "name", "cluster": "c", "name": "Add Donald Trump"},
        {"id": "d1", "kind": "descriptor", "cluster": "c", "name": "Jeremy Corbyn", "descriptor": "Labour leader"},
    ]
    (tmp_path / "items.jsonl").write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    answers = [
        {"id": "n1", "label": "person", "entity": "Jeremy Corbyn"},
        {"id": "n2", "label": "person", "entity": "Corbyn"},
        {"id": "n3", "label": "not-a-name", "entity": None},
        {"id": "d1", "label": "yes"},
    ]
    (tmp_path / "out" / "A.jsonl").write_text("".join(json.dumps(r) + "\n" for r in answers), encoding="utf-8")
    adjudicated = {"id": "n2", "label": "person", "entity": "Jeremy Corbyn"}
    (tmp_path / "out" / "adjudicated.jsonl").write_text(json.dumps(adjudicated) + "\n", encoding="utf-8")
    assert more.known_entities(tmp_path) == {"c": {"Jeremy Corbyn": ["Jeremy Corbyn", "Corbyn"]}}


def test_loader_rejects_text_that_no_longer_matches(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Jeremy Corbyn spoke.", encoding="utf-8")
    names = tmp_path / "names.jsonl"
    descs = tmp_path / "descs.jsonl"
    row = {"id": "n1", "cluster": "seeds", "split": "dev", "doc": 0, "start": 0, "end": 13, "label": "person"}
    names.write_text(json.dumps(row | {"sha1": entity_labels.short_sha1("Jeremy Corbyn"), "entity": "e1"}) + "\n")
    descs.write_text("")
    loaded = entity_labels.load_entity_labels(tmp_path, names, descs)
    assert entity_labels.lookup_name(loaded["seeds"], "Mr Jeremy Corbyn").entity == "e1"
    names.write_text(json.dumps(row | {"sha1": "00000000", "entity": "e1"}) + "\n")
    with pytest.raises(InputError, match="no longer matches"):
        entity_labels.load_entity_labels(tmp_path, names, descs)


@pytest.mark.slow
def test_entity_labels_load_and_the_system_stays_under_its_measured_rate() -> None:
    """The real labels load with every hash checked, and the working tree's wrong rate on the labelled
    clusters stays at or below the measured figure (BENCHMARKS.md "Entities"; a regression guard, not the
    issue's target of 5 %). In CI a sample of 8 clusters; NEWSBRIEF_FULL=1 reads all 41."""
    if not (DATA / "multinews" / "val_raw.jsonl").exists():
        pytest.skip(f"Multi-News data not found at {DATA} (expected ../shared/data beside the repo)")
    labels = entity_labels.load_entity_labels(DATA)
    assert len(labels) >= 40 and {c.split for c in labels.values()} <= set(entities.SPLITS)
    ids = sorted(c for c, cl in labels.items() if cl.split in ("dev", "heldout"))  # the 41 the guard was set on
    if os.environ.get("NEWSBRIEF_FULL") != "1":
        ids = random.Random(11).sample(ids, 8)
    raw = entities.dump_outputs(DATA, set(ids))
    outputs = {
        cid: [Shown(e["name"], e["label"], tuple(e["aliases"]), tuple(e["descriptors"])) for e in ents]
        for cid, ents in raw.items()
    }
    tally = entities.score(outputs, {c: labels[c] for c in ids})["all"]
    print(f"{tally.wrong}/{tally.entities} wrong, {tally.unlabelled} unlabelled")
    assert tally.entities >= 5 * len(ids)
    assert tally.wrong <= MAX_RATE * tally.entities


#: The wrong rate the working tree must not exceed on the labelled clusters (measured on the merged labels of both
#: rounds 45/396 = 0.114 on all 41, and 12/80 = 0.150 on this sample of 8, on branch entities4; 57/398 and 13/80 on
#: branch entities2; a regression guard, the issue's target is 0.05).
MAX_RATE = 0.18
