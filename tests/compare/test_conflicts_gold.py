"""The labelled conflicts set (tests/data/conflicts_gold.jsonl): its shape, its split, and that it reads back."""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "conflicts_gold.jsonl"
GOLD3 = ROOT / "tests" / "data" / "conflicts3_gold.jsonl"
GOLD4 = ROOT / "tests" / "data" / "conflicts4_gold.jsonl"
GOLD5 = ROOT / "tests" / "data" / "conflicts5_gold.jsonl"
GOLD6 = ROOT / "tests" / "data" / "conflicts6_gold.jsonl"
GOLD7 = ROOT / "tests" / "data" / "conflicts7_gold.jsonl"
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from reserved import SESSION11_TOPICS  # noqa: E402


def _rows(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_holds_offsets_hashes_and_labels_only() -> None:
    rows = _rows()
    assert len(rows) == len({r["id"] for r in rows})
    assert sum(r.get("batch", "pool") == "pool" for r in rows) == 692  # the candidate pool; then flagged pairs
    for r in rows:
        assert r["label"] in {"real", "compatible", "not-same-fact"}
        assert r["a"]["doc"] != r["b"]["doc"]  # two sources
        for side in ("a", "b"):
            assert set(r[side]) == {"doc", "start", "end", "sha1"} and r[side]["start"] < r[side]["end"]
        if r["label"] == "real":
            for side, value in (("a", r["value_a"]), ("b", r["value_b"])):
                assert 0 <= value[0] < value[1] <= r[side]["end"] - r[side]["start"]
        assert not any(isinstance(v, str) and len(v) > 40 for v in r.values()), "no text in the gold set"


def test_held_out_by_cluster_about_a_third() -> None:
    rows = _rows()
    parts: dict[str, set[str]] = {}
    for r in rows:
        parts.setdefault(r["cluster"], set()).add(r["part"])
    assert all(len(p) == 1 for p in parts.values())  # a cluster is wholly dev or wholly held out
    held = sum(r["part"] == "heldout" for r in rows) / len(rows)
    assert 0.25 <= held <= 0.40
    assert len(parts) >= 60


def test_the_third_round_keeps_the_first_sets_split_and_holds_no_text() -> None:
    first = {r["cluster"]: r["part"] for r in _rows()}
    rows = _rows(GOLD3)
    assert len(rows) == 457 and len({r["id"] for r in rows}) == 457
    assert not {r["id"] for r in rows} & {r["id"] for r in _rows()}  # no pair asked twice
    for r in rows:
        assert r["batch"] == "round3" and r["label"] in {"real", "compatible", "not-same-fact", "unsure"}
        assert first.get(r["cluster"], r["part"]) == r["part"]  # a held-out cluster stays held out
        if r["label"] == "real":
            for side, value in (("a", r["value_a"]), ("b", r["value_b"])):
                assert 0 <= value[0] < value[1] <= r[side]["end"] - r[side]["start"]
        assert not any(isinstance(v, str) and len(v) > 40 for v in r.values()), "no text in the gold set"
    parts: dict[str, set[str]] = {}
    for r in rows:
        parts.setdefault(r["cluster"], set()).add(r["part"])
    assert all(len(p) == 1 for p in parts.values())


def test_the_fourth_round_keeps_every_earlier_split_and_holds_no_text() -> None:
    earlier = _rows() + _rows(GOLD3)
    parts = {r["cluster"]: r["part"] for r in earlier}
    rows = _rows(GOLD4)
    assert len(rows) == 161 and len({r["id"] for r in rows}) == 161
    assert not {r["id"] for r in rows} & {r["id"] for r in earlier}

    def pair(r: dict) -> frozenset:
        return frozenset((r["cluster"], r[side]["doc"], r[side]["start"]) for side in ("a", "b"))

    assert not {pair(r) for r in rows} & {pair(r) for r in earlier}  # no pair asked twice
    for r in rows:
        assert r["batch"] == "round4" and r["label"] in {"real", "compatible", "not-same-fact"}
        assert parts.get(r["cluster"], r["part"]) == r["part"]  # a held-out cluster stays held out
        assert r["a"]["doc"] != r["b"]["doc"]
        if r["label"] == "real":
            for side, value in (("a", r["value_a"]), ("b", r["value_b"])):
                assert 0 <= value[0] < value[1] <= r[side]["end"] - r[side]["start"]
        assert not any(isinstance(v, str) and len(v) > 40 for v in r.values()), "no text in the gold set"


@pytest.mark.slow
def test_labelled_sentences_read_back_from_the_shared_data() -> None:
    if not (DATA / "multinews" / "val_raw.jsonl").exists():
        pytest.skip(f"shared data not found at {DATA} (expected ../shared/data beside the repo)")
    import conflicts as scorer  # benchmarks/conflicts.py

    gold = scorer.load_golds((GOLD, GOLD3, GOLD4, GOLD5, GOLD6))
    groups = scorer.clusters(gold, DATA)
    if os.environ.get("NEWSBRIEF_FULL") != "1":
        groups = random.Random(12).sample(groups, 8)
    for cluster, pairs in groups:
        assert scorer.relocated(cluster, pairs)[1] == [], cluster.id


def test_a_label_follows_its_sentence_when_cleaning_shifts_the_text_before_it() -> None:
    """Labels hold offsets into the cleaned text and the sentence's hash; cleaning that shortens text before a
    labelled sentence ("&AMP;" read as "&", session 12) moves it, and the scorer must find it again by its hash,
    not score the characters now at the old offsets. A sentence whose own text changed is lost, and said."""
    import hashlib

    import conflicts as scorer
    from newsbrief.model import Article
    from trust_items import StoryCluster

    first = "Morgan Stanley &AMP; Co. said the market rose on Monday after the report. "
    kept, changed = "The deal was worth $4 billion in stock, the companies said.", "Shares of AT&AMP;T fell 3 percent."
    texts = (first + kept + " " + changed, "The deal was worth $3 billion, the company said on Monday.")
    articles = tuple(Article(f"x#{n}", t) for n, t in enumerate(texts))

    def side(doc: int, sentence: str) -> scorer.Side:
        start = texts[doc].index(sentence)  # offsets as labelled, when cleaning kept "&AMP;"
        return scorer.Side(doc, start, start + len(sentence), hashlib.sha1(sentence.encode()).hexdigest()[:8])

    other = side(1, texts[1])
    pairs = [
        scorer.Pair("x.0.1~x.1.0", "x", "f", "dev", side(0, kept), other, "real"),
        scorer.Pair("x.0.2~x.1.0", "x", "f", "dev", side(0, changed), other, "not-same-fact"),
    ]
    found, lost = scorer.relocated(StoryCluster("x", "f", texts, articles), pairs)
    assert lost == ["x.0.2~x.1.0"]
    (pair,) = found
    cleaned = first.replace("&AMP;", "&") + kept
    assert (pair.a.start, pair.a.end) == (cleaned.index(kept), len(cleaned)) and pair.b == other


def test_a_typo_inside_one_source_is_relabelled_and_nothing_else() -> None:
    """benchmarks/conflict_typos.py: a labelled real name pair whose side's report writes the other spelling too
    is a typo of that report (the guideline of round 5); a pair each report spells its own way stays real."""
    import conflict_typos

    a = "Annan met Gadhafi in a tent."
    b = "Annan met Gadhadi in a tent."
    row = {"label": "real", "kind": "name", "a": {"doc": 0, "start": 0}, "b": {"doc": 1, "start": 0},
           "value_a": [10, 17], "value_b": [10, 17]}  # fmt: skip
    assert not conflict_typos.typo_in_one_source(row, {0: a, 1: b})
    assert conflict_typos.typo_in_one_source(row, {0: a, 1: b + " Gadhafi left."})
    assert not conflict_typos.typo_in_one_source(row, {0: a, 1: b + " Gadhafi-era rules."})  # not the word
    assert not conflict_typos.typo_in_one_source({**row, "kind": "age"}, {0: a, 1: b + " Gadhafi left."})
    for path in (GOLD, GOLD3, GOLD4):
        for r in _rows(path):
            if "relabelled" in r["readings"]:
                assert r["label"] == "compatible" and r["why"] == "typo" and r["readings"]["A"] == "real"


def test_a_typo_is_read_where_the_cleaning_moved_the_sentence() -> None:
    """conflict_typos.py read a side's value at its stored offset; a cleaning change before the sentence (session
    12: "&AMP;" read as "&") moves it, and the name read there was other characters. It finds the sentence again
    by its hash, as the scorer does."""
    import hashlib

    import conflict_typos

    a = "Annan met Gadhafi in a tent."
    b = "Annan met Gadhadi in a tent."
    sha = {t: hashlib.sha1(t.encode("utf-8")).hexdigest()[:8] for t in (a, b)}
    row = {"label": "real", "kind": "name", "value_a": [10, 17], "value_b": [10, 17],
           "a": {"doc": 0, "start": 8, "end": 8 + len(a), "sha1": sha[a]},
           "b": {"doc": 1, "start": 0, "end": len(b), "sha1": sha[b]}}  # fmt: skip
    moved = "AT&T says " + a  # labelled as "AT&AMP;T says ...": the sentence was at 8, it is now at 10
    assert conflict_typos.typo_in_one_source(row, {0: moved, 1: b + " Gadhafi left."})
    assert not conflict_typos.typo_in_one_source(row, {0: moved, 1: b})
    gone = {0: "AT&T says Annan met Gadafi in a tent.", 1: b + " Gadhafi left."}
    assert not conflict_typos.typo_in_one_source(row, gone)  # the sentence is not there: nothing read


def test_the_fifth_round_is_fresh_clusters_wholly_held_out_with_no_text() -> None:
    """Round 5 (benchmarks/conflict_items5.py): clusters no earlier round labelled, every pair in the 'fresh' part
    (scored once, reported apart from rounds 1-4's held-out part), ids prefixed r5:."""
    earlier = _rows() + _rows(GOLD3) + _rows(GOLD4)
    rows = _rows(GOLD5)
    assert 300 <= len(rows) <= 600 and len({r["id"] for r in rows}) == len(rows)
    assert not {r["cluster"] for r in rows} & {r["cluster"] for r in earlier}
    reserved = ROOT.parent / "notes" / "s8" / "reading_ids.json"
    if reserved.exists():
        assert not {r["cluster"] for r in rows} & set(json.loads(reserved.read_text(encoding="utf-8"))["unseen"])
    for r in rows:
        assert r["id"].startswith("r5:") and r["batch"] == "round5" and r["part"] == "fresh"
        assert r["label"] in {"real", "compatible", "not-same-fact", "unsure"} and r["a"]["doc"] != r["b"]["doc"]
        if r["label"] == "real":
            for side, value in (("a", r["value_a"]), ("b", r["value_b"])):
                assert 0 <= value[0] < value[1] <= r[side]["end"] - r[side]["start"]
        assert not any(isinstance(v, str) and len(v) > 40 for v in r.values()), "no text in the gold set"


def test_the_sixth_round_is_dated_task5_topics_a_third_held_out_with_no_text() -> None:
    """Round 6 (benchmarks/conflict_items6.py): numeric value pairs of DUC 2004 task 5 topics, none reserved for
    the lead's blind reading, a third of the topics held out, both readings kept, ids prefixed r6:."""
    import conflicts_dated

    earlier = _rows() + _rows(GOLD3) + _rows(GOLD4) + _rows(GOLD5)
    rows = _rows(GOLD6)
    assert len(rows) == 77 and len({r["id"] for r in rows}) == 77
    assert not {r["cluster"] for r in rows} & {r["cluster"] for r in earlier}
    # drawn outside the topics reserved then (session 11); session 12 reserved five of its topics (reserved.py)
    assert not {r["cluster"] for r in rows} & SESSION11_TOPICS
    parts: dict[str, set[str]] = {}
    for r in rows:
        parts.setdefault(r["cluster"], set()).add(r["part"])
        assert r["id"].startswith("r6:") and r["batch"] == "round6" and r["file"] == conflicts_dated.TASK5_FILE
        assert r["label"] in {"real", "compatible", "not-same-fact"} and r["a"]["doc"] != r["b"]["doc"]
        assert r["readings"]["A"] and r["readings"]["B"]  # both passes read every item
        if r["label"] == "real":
            for side, value in (("a", r["value_a"]), ("b", r["value_b"])):
                assert 0 <= value[0] < value[1] <= r[side]["end"] - r[side]["start"]
        assert not any(isinstance(v, str) and len(v) > 40 for v in r.values()), "no text in the gold set"
    assert all(len(p) == 1 for p in parts.values())  # a topic is wholly dev or wholly held out
    held = [c for c, p in parts.items() if p == {"heldout"}]
    assert 0.25 <= len(held) / len(parts) <= 0.45


def test_the_seventh_round_is_fresh_clusters_split_before_reading_with_no_text() -> None:
    """Round 7 (benchmarks/conflict_items7.py, session 14): Multi-News clusters in no earlier round, split by the
    lowest sha1 of the id into 'fresh-heldout' (a third) and 'fresh-dev' before anything was read, ids prefixed
    r7:, scored by benchmarks/conflicts.py in those two parts (apart from rounds 1-6's dev and held-out)."""
    import conflict_items7
    import conflicts as scorer

    earlier = [r for path in (GOLD, GOLD3, GOLD4, GOLD5, GOLD6) for r in _rows(path)]
    rows = _rows(GOLD7)
    assert rows and len({r["id"] for r in rows}) == len(rows)
    assert not {r["cluster"] for r in rows} & {r["cluster"] for r in earlier}
    for r in rows:
        assert r["id"].startswith("r7:") and r["batch"] == "round7" and r["file"] == "multinews/val_raw.jsonl"
        assert r["part"] in {"fresh-dev", "fresh-heldout"} and r["a"]["doc"] != r["b"]["doc"]
        assert r["label"] in {"real", "compatible", "not-same-fact"}
        assert not any(isinstance(v, str) and len(v) > 40 for v in r.values()), "no text in the gold set"
    assert {"fresh-dev", "fresh-heldout"} <= set(scorer.PARTS) and GOLD7 in scorer.GOLDS
    ids = [f"multinews-val-{n}" for n in range(20)]
    held = conflict_items7.split(ids)
    assert len(held) == 7 and held == conflict_items7.split(list(reversed(ids)))  # by id only, not by order
    parts: dict[str, set[str]] = {}
    for r in rows:
        parts.setdefault(r["cluster"], set()).add(r["part"])
    assert all(len(p) == 1 for p in parts.values())  # a cluster is wholly fresh-dev or wholly fresh-heldout


def test_the_scorer_never_reads_a_labelled_topic_reserved_since() -> None:
    """Round 6 labelled task 5 topics that session 12 then reserved for the lead's blind reading: the scorer
    leaves their rows out before any cluster is read (no data is opened for them)."""
    import conflicts as scorer  # benchmarks/conflicts.py
    import conflicts_dated

    gold = scorer.load_golds((GOLD6,))
    reserved = [g for g in gold if g.cluster in conflicts_dated.BLIND_TOPICS]
    assert reserved  # the case exists: d188a, d191h, ... were labelled in round 6
    assert scorer.clusters(reserved, Path("/nonexistent")) == []


def test_a_reserved_task5_topic_is_never_read_as_a_cluster() -> None:
    import conflicts_dated

    with pytest.raises(SystemExit, match="reserved"):
        conflicts_dated.topic_cluster(DATA, min(conflicts_dated.BLIND_TOPICS))


def test_the_reserved_topics_stay_out_whatever_is_skipped() -> None:
    """``conflicts_dated.py --skip`` with no topic (or other topics) printed the reserved topics' text."""
    import conflicts_dated

    path = DATA / conflicts_dated.TASK5_FILE
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    for skip in ((), ("d133c",)):
        listed = set(conflicts_dated.topics(path, skip))
        assert listed and not listed & conflicts_dated.BLIND_TOPICS


def test_the_dated_reading_leaves_out_round_6s_held_out_topics() -> None:
    """``conflicts_dated.py`` prints the conflicts of every free task 5 topic for a development reading; round
    6's held-out topics are left out unless asked (session 12 read d147d's, a held-out topic, unawares)."""
    import conflicts_dated

    held = conflicts_dated.heldout_topics()
    assert {"d147d", "d159a"} <= held
    parts = {r["cluster"]: r["part"] for r in _rows(GOLD6)}
    assert held == {c for c, p in parts.items() if p == "heldout"}


@pytest.mark.slow
def test_the_conflicts_read_in_session_12_are_listed_as_recorded() -> None:
    """``conflicts_read13.jsonl``: every conflict the stage listed on the free task 5 topics at d13fa7b, read
    real or false twice; the ones this branch stopped listing (three false) stay unlisted, the rest listed."""
    import conflicts_dated
    from conflicts import stage
    from newsbrief.compare.conflicts import find_conflicts
    from newsbrief.config import BriefConfig

    if not (DATA / conflicts_dated.TASK5_FILE).exists():
        pytest.skip(f"shared data not found at {DATA}")
    rows = _rows(ROOT / "tests" / "data" / "conflicts_read13.jsonl")
    assert len(rows) == 13 and sum(r["label"] == "real" for r in rows) == 9
    config = BriefConfig()
    for topic in sorted({r["topic"] for r in rows}):
        cluster = conflicts_dated.topic_cluster(DATA, topic)
        sentences, same, _, texts = stage(cluster)
        found = find_conflicts(
            sentences, same, threshold=config.conflict_threshold, texts=texts, decision=config.conflict_decision,
            slots=config.conflict_slots, published={a.id: a.published for a in cluster.articles},
        )  # fmt: skip
        listed = {tuple(side.value for side in c.sides) for c in found}
        for r in (r for r in rows if r["topic"] == topic):
            assert (tuple(r["values"]) in listed) == r["listed"]["conflicts13"], (topic, r["values"])


def test_the_seventh_round_reads_its_options_and_sets_no_other_scripts_constant() -> None:
    """``conflict_items7`` read ``--listed`` and ``--data`` from ``sys.argv`` by hand (so ``main(argv)`` ignored
    them) and set round 5's ``PER_CLUSTER`` for its own draw; now both are its options and an argument."""
    import conflict_items5
    import conflict_items7

    args = conflict_items7.parse(["--listed", "--data", "/nowhere"])
    assert args.listed and args.data == Path("/nowhere") and args.out is None
    built = conflict_items7.parse(["--out", "/o", "--private", "/p"])
    assert not built.listed and built.out == Path("/o")
    with pytest.raises(SystemExit):
        conflict_items7.parse(["--out", "/o"])  # building needs both places
    assert "conflict_items5.PER_CLUSTER =" not in Path(conflict_items7.__file__).read_text(encoding="utf-8")
    assert conflict_items5.PER_CLUSTER == 8


def test_a_sentence_pair_labelled_twice_alike_is_one_disagreement(tmp_path: Path) -> None:
    """Round 4 labelled one pair of sentences twice, once in each order, both real: recall counted two real pairs
    where a conflict could find one (the scorer matches a listed pair to the first labelled copy). The scorer
    keeps a pair labelled twice alike once, and both copies of a pair labelled two ways."""
    import conflicts as scorer
    from newsbrief.model import Conflict, ConflictSide, Span

    def row(pair_id: str, a: tuple[int, int, int], b: tuple[int, int, int], label: str) -> str:
        side = {k: {"doc": d, "start": s, "end": e, "sha1": "00000000"} for k, (d, s, e) in (("a", a), ("b", b))}
        return json.dumps({"id": pair_id, "cluster": "c", "file": "f", "part": "dev", **side, "label": label})

    one, other, third = (0, 0, 40), (1, 10, 60), (2, 0, 30)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(row("c.0~c.1", one, other, "real") + "\n" + row("c.0~c.2", one, third, "real") + "\n")
    second.write_text(row("r4:c.1~c.0", other, one, "real") + "\n" + row("r4:c.2~c.0", third, one, "compatible") + "\n")
    gold = scorer.load_golds((first, second))
    assert [g.id for g in gold] == ["c.0~c.1", "c.0~c.2", "r4:c.2~c.0"]
    # a third copy labelled as the second is kept once too (review36: only copies of the first were dropped)
    third_set = tmp_path / "third.jsonl"
    third_set.write_text(row("r5:c.0~c.2", one, third, "compatible") + "\n")
    assert [g.id for g in scorer.load_golds((first, second, third_set))] == ["c.0~c.1", "c.0~c.2", "r4:c.2~c.0"]
    sides = tuple(
        ConflictSide(v, (Span(f"c#{d}", s, e, v),), (Span(f"c#{d}", s, e, v),))
        for v, (d, s, e) in (("x", one), ("y", other))
    )
    conflict = Conflict("name", "spellings differ", tuple(s.sentences[0] for s in sides), slot="", sides=sides)
    between = [g for g in gold if {g.a.doc, g.b.doc} == {0, 1}]  # the pair the conflict sets against each other
    tally = scorer.score_cluster([conflict], {"c#0": 0, "c#1": 1, "c#2": 2}, between)
    assert (tally.found, tally.real_pairs) == (1, 1)


FRESH19 = ROOT / "tests" / "data" / "conflicts_fresh19.jsonl"


def test_the_fresh_conflicts_read_in_session_19_hold_ids_offsets_and_labels_only() -> None:
    """``conflicts_fresh19.jsonl``: every conflict the stage listed on the free Multi-News clusters under six
    settings, labelled twice; no article text, a third held out by the sha1 of its cluster before any was read."""
    import hashlib

    rows = _rows(FRESH19)
    assert len(rows) == 48 and len({r["id"] for r in rows}) == 48
    reasons = {"different_event", "different_thing", "same_source", "compatible", "reporting", "misread", "other"}
    for r in rows:
        assert set(r) <= {"id", "cluster", "file", "part", "kind", "sides", "settings", "settings_after", "label1",
                          "label2", "label", "reason", "same_as"}  # fmt: skip
        assert all(isinstance(a, str) and 0 <= s < e for side in r["sides"] for a, s, e in side)
        assert (r["label"] == "real") == (r["reason"] == "") and (r["label"] == "real" or r["reason"] in reasons)
        third = int(hashlib.sha1(r["cluster"].encode()).hexdigest(), 16) % 3 == 0
        assert r["part"] == ("heldout" if third else "dev")
    assert sum(r["part"] == "heldout" for r in rows) == 17


@pytest.mark.slow
def test_the_fresh_conflicts_of_session_19_are_listed_by_the_strict_rules_as_recorded() -> None:
    """The strict rules (``--decision rules``, the configured same-fact gate) list exactly the session 19 rows whose
    ``settings_after`` holds ``rules``: seven false ones stopped (a part of a group, a sum told in parts, a boy's
    and his father's ages, a fall to a level, a bulletin's hour, values orders of magnitude apart), no real one."""
    import json as json_

    from conflicts import stage
    from newsbrief.compare.conflicts import find_conflicts
    from newsbrief.model import Article
    from trust_items import StoryCluster

    if not (DATA / "multinews" / "val_truncated.jsonl").exists():
        pytest.skip(f"shared data not found at {DATA}")
    rows = [r for r in _rows(FRESH19) if "rules" in r["settings"] or "rules" in r["settings_after"]]
    wanted = {r["cluster"] for r in rows}
    with (DATA / "multinews" / "val_truncated.jsonl").open(encoding="utf-8") as fh:
        found = {}
        for line in fh:
            row = json_.loads(line)
            if row["id"] not in wanted:
                continue
            docs = [d for d in row["documents"] if d.strip()]
            articles = tuple(Article(id=f"{row['id']}#{n}", text=d) for n, d in enumerate(docs))
            sentences, same, _, texts = stage(StoryCluster(row["id"], "val_truncated", tuple(docs), articles))
            listed = find_conflicts(sentences, same, threshold=0.4, texts=texts, decision="rules")
            found[row["id"]] = [
                {(s.article_id, s.start, s.end) for side in c.sides for s in side.spans} for c in listed
            ]
    for r in rows:
        spans = {tuple(span) for side in r["sides"] for span in side}
        listed = any(spans & c for c in found[r["cluster"]])
        assert listed == ("rules" in r["settings_after"]), r["id"]
