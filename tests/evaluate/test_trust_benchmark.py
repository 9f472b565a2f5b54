"""The trust benchmark's pieces (benchmarks/trust*.py): answers, agreement, the label loader and the scorer.

Scoring is checked on literal claims and labels; the loader on literal sentences and, where ../shared/data
is present, on a real cluster whose labels must be found again after the offsets move.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from newsbrief.config import BriefConfig
from newsbrief.errors import InputError
from newsbrief.model import Sentence

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"


trust_labels = load_benchmark("trust_labels")
trust = load_benchmark("trust")
trust_items = load_benchmark("trust_items")


# --- answers and agreement ------------------------------------------------------------------------------


def test_read_answers_last_line_wins_and_bad_lines_are_reported(tmp_path: Path) -> None:
    (tmp_path / "ann_sentences_A.jsonl").write_text(
        '{"id": "s1", "label": "ok"}\n'
        '{"id": "s2", "label": "junk", "note": "a caption"}\n'
        '{"id": "s1", "label": "opinion"}\n'
        '{"id": "s3", "label": "nonsense"}\n'
        '{"id": "s4", "lab',
        encoding="utf-8",
    )
    (tmp_path / "ann_pairs_B.jsonl").write_text('{"id": "p1", "label": "same"}\n', encoding="utf-8")
    # A later reading of disputed items never overwrites the same labeller's first reading.
    (tmp_path / "ann_pairs_D.jsonl").write_text('{"id": "p1", "label": "related"}\n', encoding="utf-8")
    (tmp_path / "notes.jsonl").write_text("{}\n", encoding="utf-8")
    answers, problems = trust_labels.read_answers(tmp_path)
    assert answers["sentences"] == {"ann": {"s1": "opinion", "s2": "junk"}}
    assert answers["pairs"] == {"ann": {"p1": "same"}, "ann@D": {"p1": "related"}}
    assert len(problems) == 3
    assert any("'nonsense'" in p and ":4:" in p for p in problems)
    assert any(":5:" in p for p in problems)
    assert any("notes.jsonl" in p for p in problems)


def test_agreement_matches_cohens_kappa_by_hand() -> None:
    # 10 items: both ok on 6, both junk on 2, one ok/other junk on 2.
    a = {f"i{k}": lab for k, lab in enumerate(["ok"] * 6 + ["junk"] * 2 + ["ok", "junk"])}
    b = {f"i{k}": lab for k, lab in enumerate(["ok"] * 6 + ["junk"] * 2 + ["junk", "ok"])}
    b["extra"] = "ok"  # labelled by one only: not compared
    res = trust_labels.agreement("sentences", ("x", a), ("y", b))
    assert res.n == 10 and res.agreed == 8 and res.raw == pytest.approx(0.8)
    # p_o = 0.8; p_e = 0.7*0.7 + 0.3*0.3 = 0.58; kappa = 0.22 / 0.42
    assert res.kappa == pytest.approx(0.22 / 0.42)
    assert res.confusion[("ok", "junk")] == 1 and res.confusion[("junk", "ok")] == 1
    table = trust_labels.agreement_table(res)
    assert "raw agreement 0.800" in table and "| ok | 6 | 1 |" in table


def test_agreement_edge_cases() -> None:
    same = trust_labels.agreement("pairs", ("x", {"p": "same"}), ("y", {"p": "same"}))
    assert same.kappa == 1.0 and same.raw == 1.0
    none = trust_labels.agreement("pairs", ("x", {"p": "same"}), ("y", {"q": "same"}))
    assert none.n == 0 and none.kappa == 0.0 and none.raw == 0.0


def test_adjudicate_agreed_disputed_single_and_absent() -> None:
    by = {"x": {"a": "ok", "b": "ok", "c": "junk"}, "y": {"a": "ok", "b": "opinion"}}
    assert trust_labels.adjudicate(by, "a") == ("ok", {"x": "ok", "y": "ok"})
    assert trust_labels.adjudicate(by, "b") == ("disputed", {"x": "ok", "y": "opinion"})
    assert trust_labels.adjudicate(by, "c") == ("junk", {"x": "junk"})
    assert trust_labels.adjudicate(by, "d") == (None, {})
    # A third reading of a disputed item decides by majority; three different labels stay disputed.
    third = {**by, "z@D": {"b": "opinion"}}
    assert trust_labels.adjudicate(third, "b")[0] == "opinion"
    third = {**by, "z@D": {"b": "junk"}}
    assert trust_labels.adjudicate(third, "b")[0] == "disputed"


def test_pooled_agreement_spans_the_halves_labelled_by_different_pairs() -> None:
    by = {
        "p": {"a1": "ok", "a2": "junk"},
        "q": {"a1": "ok", "a2": "ok"},
        "r": {"b1": "junk"},
        "s": {"b1": "junk"},
        "p@D": {"a2": "junk"},  # a later reading is not part of agreement
    }
    assert trust_labels.first_readers(by) == ["p", "q", "r", "s"]
    res = trust_labels.pooled("sentences", by)
    assert (res.n, res.agreed) == (3, 2)


# --- finding a labelled sentence again ------------------------------------------------------------------


def _sentences(texts: list[str], article: str = "a") -> list[Sentence]:
    out, pos = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(article, k, pos, pos + len(text), text))
        pos += len(text) + 1
    return out


LABELLED = "The council voted on Monday to close the library."


def test_find_sentence_by_offset_then_normalised_text_then_overlap() -> None:
    today = _sentences(["Storms hit Iowa.", LABELLED, "It had 20 staff."])
    assert trust_labels.find_sentence(today, 17, LABELLED) == 1
    # Cleaning changed the spacing and the offsets moved: found by normalised text.
    moved = _sentences(["A new lead sentence was added here.", "Storms hit Iowa.", LABELLED.replace(" ", "  ", 1)])
    assert trust_labels.find_sentence(moved, 17, LABELLED) == 2
    # Splitting merged it with the next sentence: found by word overlap (8 of 12 words).
    merged = _sentences(["Storms hit Iowa.", LABELLED + " It had 20 staff."])
    assert trust_labels.find_sentence(merged, 17, LABELLED) == 1
    # A sentence that shares only a few words is not taken for it.
    gone = _sentences(["Storms hit Iowa.", "The library opened in 1910 with a grant from the state."])
    assert trust_labels.find_sentence(gone, 17, LABELLED) is None


def test_labelled_text_checks_the_raw_hash() -> None:
    raw = "Headline\n" + LABELLED + "\n"
    rec = {"id": "x.0.0", "cluster": "c", "doc": 0, "start": 0, "end": len(LABELLED), "sha1": "", "raw_start": 9}
    rec["raw_end"] = 9 + len(LABELLED)
    rec["sha1"] = trust_labels.short_sha1(LABELLED)
    assert trust_labels.labelled_text(rec, raw, None, source="f") == LABELLED
    with pytest.raises(InputError, match="hash mismatch"):
        trust_labels.labelled_text(rec, raw.replace("Monday", "Friday"), None, source="f")
    # No raw offsets (the text is not verbatim in the raw document): today's cleaned text, if its hash agrees.
    rec = {**rec, "raw_start": None, "raw_end": None}
    assert trust_labels.labelled_text(rec, raw, LABELLED + " More.", source="f") == LABELLED
    assert trust_labels.labelled_text(rec, raw, "Something else entirely here.", source="f") is None


# --- scoring on literal data ------------------------------------------------------------------------------

A0, A1, B0, B1, C0 = ("a", 0), ("a", 1), ("b", 0), ("b", 1), ("c", 0)


def test_score_summary_rates_redundancy_inflation_and_coverage() -> None:
    Claim = trust.Claim
    claims = [
        Claim(A0, support=(B0,)),  # supported by a same pair
        Claim(A1, support=(B1, C0)),  # one support is only related: inflated
        Claim(B0),  # repeats A0 (pair labelled same): redundant
        Claim(C0, support=(B1,)),  # support unlabelled: unchecked
    ]
    sentence_labels = {A0: "ok", A1: "cannot-stand-alone", B0: "ok", C0: "disputed"}
    pair_labels = {
        frozenset((A0, B0)): "same",
        frozenset((A1, B1)): "same",
        frozenset((A1, C0)): "related",
    }
    t = trust.score_summary(claims, sentence_labels, pair_labels)
    assert (t.summary, t.labelled) == (4, 3)  # C0 is disputed: not covered
    assert t.by_label == {"ok": 2, "cannot-stand-alone": 1}
    assert t.redundant == 1
    assert (t.multi, t.inflated, t.unchecked) == (3, 1, 1)
    kinds = sorted(kind for kind, _, _ in t.failures)
    # A1 comes right after A0, the sentence before it in its source, which stands: resolved in context
    assert kinds == ["cannot-stand-alone (resolved in context)", "inflated", "redundant"]
    assert t.resolved == 1


def test_in_context_a_dependency_is_resolved_only_by_a_preceding_sentence_that_stands() -> None:
    A2, A3 = ("a", 2), ("a", 3)
    labels = {A0: "cannot-stand-alone", A1: "cannot-stand-alone", A2: "ok", A3: "cannot-stand-alone", B0: "ok"}
    # A0 names no speaker: the statement's next sentence A1 is not resolved by following it (session 5's reading)
    assert trust.score_summary([trust.Claim(A0), trust.Claim(A1)], labels, {}).resolved == 0
    # A2 stands, A3 follows it: resolved; out of order, or with another sentence between, it is not
    assert trust.score_summary([trust.Claim(A2), trust.Claim(A3)], labels, {}).resolved == 1
    assert trust.score_summary([trust.Claim(A3), trust.Claim(A2)], labels, {}).resolved == 0
    assert trust.score_summary([trust.Claim(A2), trust.Claim(B0), trust.Claim(A3)], labels, {}).resolved == 0
    # a chain: a sentence resolved in context stands for the one after it
    chain = {A1: "ok", A2: "cannot-stand-alone", A3: "cannot-stand-alone"}
    t = trust.score_summary([trust.Claim(A1), trust.Claim(A2), trust.Claim(A3)], chain, {})
    assert (t.by_label["cannot-stand-alone"], t.resolved) == (2, 2)


def test_support_from_a_junk_sentence_is_inflated_even_if_the_pair_is_unlabelled() -> None:
    t = trust.score_summary([trust.Claim(A0, support=(B0,))], {B0: "junk"}, {})
    assert (t.multi, t.inflated, t.unchecked) == (1, 1, 0)


def test_score_support_precision_recall() -> None:
    pairs = {
        frozenset((A0, B0)): "same",
        frozenset((A1, B1)): "same",
        frozenset((A0, C0)): "different",
        frozenset((B1, C0)): "disputed",
    }
    predicted = {frozenset((A0, B0)), frozenset((A0, C0)), frozenset((B1, C0)), frozenset((A1, C0))}
    t = trust.score_support(pairs, predicted)
    assert (t.tp, t.fp, t.fn) == (1, 1, 1)
    assert t.precision == pytest.approx(0.5) and t.recall == pytest.approx(0.5)
    assert trust.Tally().precision is None and trust.Tally().recall is None


def test_support_links_follow_the_brief_threshold() -> None:
    a = _sentences(["Flooding closed forty roads across Iowa on Monday.", "Officials praised volunteers."], "a")
    b = _sentences(
        ["Forty roads across Iowa closed on Monday because of heavy flooding, police said.", "Schools stay open."], "b"
    )
    links = trust.support_links(a + b, BriefConfig())
    assert links == {frozenset((("a", 0), ("b", 0)))}
    assert trust.support_links(a + b, BriefConfig(same_fact_threshold=0.99)) == set()


def test_table_reports_both_splits() -> None:
    dev = trust.score_summary([trust.Claim(A0)], {A0: "junk"}, {})
    dev.clusters = 1
    held = trust.Tally(clusters=1)
    out = trust.table({"dev": dev, "heldout": held})
    assert "| junk (of labelled) | 1/1 (100.0%) | – |" in out
    assert "held-out third (1 clusters)" in out


def test_wrong_notes_are_notes_on_sentences_labelled_other_than_opinion() -> None:
    # issue 10: a reported fact shown "in the view of X's writer" is an error as real as an opinion shown as fact
    claims = [trust.Claim(A0, attributed=True), trust.Claim(A1, attributed=True), trust.Claim(B0), trust.Claim(B1)]
    labels = {A0: "ok", A1: "opinion", B0: "opinion", B1: "ok"}
    t = trust.score_summary(claims, labels, {})
    t.clusters = 1
    assert trust.wrong_notes(t) == 1
    assert t.by_label["opinion"] - t.attributed["opinion"] == 1  # B0: opinion shown as fact
    out = trust.table({"dev": t})
    assert "| wrong notes: shown as the writer's view, labelled other than opinion (of labelled) | 1/4 (25.0%) |" in out


# --- the real data ----------------------------------------------------------------------------------------


@pytest.mark.skipif(not (DATA / "seeds").is_dir(), reason=f"{DATA} is absent: the labelled texts live there")
def test_loader_finds_labels_on_the_seed_story_after_offsets_move(tmp_path: Path) -> None:
    cluster = trust_items.seed_cluster(DATA)
    sentences, items = trust_items.cluster_sentences(cluster)
    chosen = [it for it in items if it.raw_start is not None][:3]
    records = []
    for k, it in enumerate(chosen):
        rec = {
            "id": it.id,
            "cluster": "seeds",
            "file": "seeds",
            "split": "dev",
            "doc": it.doc,
            "start": it.start + (7 if k == 0 else 0),  # as if cleaning had changed before it
            "end": it.end + (7 if k == 0 else 0),
            "raw_start": it.raw_start,
            "raw_end": it.raw_end,
            "sha1": it.sha1,
            "label": ["ok", "junk", "disputed"][k],
            "labels": {},
        }
        records.append(rec)
    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    loaded = trust_labels.load_trust(DATA, path, tmp_path / "none.jsonl")["seeds"]
    assert loaded.unmatched == 0
    article = {a.id for a in cluster.articles}
    keys = [(s.article_id, s.index) for s in sentences]
    for it, rec in zip(chosen, records, strict=True):
        key = keys[items.index(it)]
        assert key[0] in article
        assert loaded.sentence_labels[key] == rec["label"]
    records[1]["sha1"] = "00000000"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(InputError, match="hash mismatch"):
        trust_labels.load_trust(DATA, path, tmp_path / "none.jsonl")


@pytest.mark.skipif(not (DATA / "seeds").is_dir(), reason=f"{DATA} is absent: the labelled texts live there")
def test_labels_of_another_splitter_load_only_for_it(tmp_path: Path) -> None:
    cluster = trust_items.seed_cluster(DATA)
    _, items = trust_items.cluster_sentences(cluster, "nupunkt")
    it = next(it for it in items if it.raw_start is not None)
    fields = ("doc", "start", "end", "raw_start", "raw_end", "sha1")
    rec = {"id": it.id + ".nu", "cluster": "seeds", "file": "seeds", "split": "dev"}
    rec |= {k: getattr(it, k) for k in fields} | {"label": "junk", "labels": {}, "splitter": "nupunkt"}
    gone = dict(rec, id="gone", raw_start=None, raw_end=None, start=0, end=5, sha1="00000000", splitter=None)
    del gone["splitter"]  # a first-splitting label that no sentence of either splitter reaches
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(rec) + "\n" + json.dumps(gone) + "\n", encoding="utf-8")
    by_pysbd = trust_labels.load_trust(DATA, path, tmp_path / "none.jsonl", splitter="pysbd")["seeds"]
    assert (by_pysbd.unmatched, by_pysbd.resplit) == (1, 0)  # the nupunkt record is not read
    by_nupunkt = trust_labels.load_trust(DATA, path, tmp_path / "none.jsonl", splitter="nupunkt")["seeds"]
    assert (by_nupunkt.unmatched, by_nupunkt.resplit) == (0, 1)
    assert list(by_nupunkt.sentence_labels.values()) == ["junk"]


@pytest.mark.skipif(not (DATA / "multinews").is_dir(), reason=f"{DATA} is absent: the labelled texts live there")
@pytest.mark.skipif(not trust_labels.SENTENCES_FILE.exists(), reason="no trust labels written yet")
@pytest.mark.slow
@pytest.mark.parametrize("splitter", ["pysbd", "nupunkt"])
def test_every_stored_trust_label_is_found_on_todays_sentences(splitter: str) -> None:
    clusters = trust_labels.load_trust(DATA, splitter=splitter)
    assert sum(lc.unmatched for lc in clusters.values()) == 0
    labelled = sum(len(lc.sentence_labels) for lc in clusters.values())
    assert sum(lc.stale for lc in clusters.values()) < 0.02 * labelled
    # Text that cleaning now drops whole (page notices, bracketed links, credit lines, related-link headlines) or
    # splitting joins to a longer neighbour: counted apart. Dropping text labelled junk is cleaning's job; text
    # labelled anything else, and the pairs that lose a side with it, must stay few (session 17: junk18's and
    # junk19's furniture took 9 junk labels, 1 other and 33 pairs of a junk line with a story sentence, all
    # "different").
    dropped_other = sum(lc.dropped - lc.dropped_junk - lc.dropped_pairs for lc in clusters.values())
    assert dropped_other < 0.01 * labelled
    pairs = sum(len(lc.pair_labels) for lc in clusters.values())
    assert sum(lc.dropped_pairs for lc in clusters.values()) < 0.03 * pairs
    if splitter != trust_labels.LABELLED_SPLITTER:
        # Labelled again where it cuts differently (trust_rekey.py): every one of its sentences has a label.
        assert all((s.article_id, s.index) in lc.sentence_labels for lc in clusters.values() for s in lc.sentences)
        assert not any(lc.changed for lc in clusters.values())  # none rests on a label of another text
    assert {lc.split for lc in clusters.values()} <= {"dev", "heldout"}
    held = trust_items.heldout_ids(c.id for c in trust_items.choose_clusters(DATA))
    assert all((lc.split == "heldout") == (cid in held) for cid, lc in clusters.items())


# --- building the items -----------------------------------------------------------------------------------


def test_heldout_third_is_deterministic_and_never_the_seeds() -> None:
    ids = [f"multinews-val-{k}" for k in range(40)]
    held = trust_items.heldout_ids([*ids, "seeds"])
    assert len(held) == 14 and "seeds" not in held
    assert trust_items.heldout_ids(reversed(ids)) == held  # order of drawing does not matter


def test_halves_balance_sentence_counts() -> None:
    half = trust_items.halves({"a": 100, "b": 60, "c": 50, "d": 10})
    load = {h: sum(n for c, n in {"a": 100, "b": 60, "c": 50, "d": 10}.items() if half[c] == h) for h in "AB"}
    assert load == {"A": 110, "B": 110}


def test_raw_offsets_only_where_the_text_is_verbatim() -> None:
    raw = "Title\n\nOne  two three. One two three."
    assert trust_items._locate(raw, "One two three.", 0) == (23, 37)
    assert trust_items._locate(raw, "One two three.", 30) == (23, 37)  # not after the cursor: anywhere
    assert trust_items._locate(raw, "Four five.", 0) == (None, None)


@pytest.mark.skipif(not (DATA / "seeds").is_dir(), reason=f"{DATA} is absent: the labelled texts live there")
def test_a_label_found_only_by_overlap_is_marked_changed(tmp_path: Path) -> None:
    """A label given to another text (here the sentence less its last two words) is found but flagged."""
    cluster = trust_items.seed_cluster(DATA)
    sentences, items = trust_items.cluster_sentences(cluster)
    k, it = next((k, i) for k, i in enumerate(items) if i.raw_start is not None and len(i.text.split()) >= 12)
    key = (sentences[k].article_id, sentences[k].index)
    partial = " ".join(it.text.split()[:-2])
    at = cluster.raw[it.doc].find(partial)
    rec = {
        "id": it.id,
        "cluster": "seeds",
        "file": "seeds",
        "split": "dev",
        "doc": it.doc,
        "start": it.start,
        "end": it.start + len(partial),
        "raw_start": at,
        "raw_end": at + len(partial),
        "sha1": trust_labels.short_sha1(partial),
        "label": "junk",
        "labels": {},
    }
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    loaded = trust_labels.load_trust(DATA, path, tmp_path / "none.jsonl")["seeds"]
    assert loaded.sentence_labels == {key: "junk"}
    assert loaded.changed == {key}
    # The same sentence labelled with its own text is not flagged.
    rec.update(end=it.end, raw_start=it.raw_start, raw_end=it.raw_end, sha1=it.sha1)
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert trust_labels.load_trust(DATA, path, tmp_path / "none.jsonl")["seeds"].changed == set()


def test_a_dateline_set_apart_makes_a_junk_label_stale() -> None:
    assert trust_labels.dateline_dropped("CHICAGO (AP) — The court ruled.", "The court ruled.")
    assert not trust_labels.dateline_dropped("The court ruled.", "The court ruled.")
    assert not trust_labels.dateline_dropped("Yesterday the court ruled.", "the court ruled.")


def test_kinds_of_a_failing_sentence() -> None:
    kinds_of = load_benchmark("trust_kinds").kinds_of
    rows = [
        "Labour leader Jeremy Corbyn said on Monday that the company had failed its workers.",
        "Corbyn said the company would be held to account.",
        "We are so thankful for your prayers.",
        "The 24-year-old student was arrested in Paris.",
        "Police also found weapons in a second flat.",
    ]
    sents = [Sentence("a", k, 0, len(t), t) for k, t in enumerate(rows)]
    assert kinds_of(sents, 1, False, False) == ["surname", "the + earlier noun"]
    assert kinds_of(sents, 2, False, False) == ["writer's I/we/you"]
    assert kinds_of(sents, 3, False, False) == ["other"]  # a description opening with a number: no cue fires
    assert kinds_of(sents, 4, False, False) == ["presupposes"]
    assert kinds_of(sents, 0, False, False) == ["other"]  # the full name: nothing leans back
    assert kinds_of(sents, 1, True, False)[0] == "quotation"


# --- in context by the protocol (trust_context.py) -------------------------------------------------------------


def _leans(*rows: str) -> list:
    """What each literal sentence of one article leans on, in order."""
    leans_of = load_benchmark("trust_context").leans_of
    sents = [Sentence("a", k, 0, len(t), t) for k, t in enumerate(rows)]
    return [leans_of(sents, k, False, False) for k in range(len(sents))]


def test_protocol_credits_a_surname_once_the_brief_gave_the_full_name() -> None:
    resolved = load_benchmark("trust_context").resolved_by_brief
    leans = _leans(
        "Labour leader Jeremy Corbyn met union leaders in London on Monday.",
        "Police reported no arrests at the march.",
        "Corbyn said the party would fight on.",
    )
    assert leans[2].kinds == ("surname",) and leans[2].surnames == {"Corbyn"}
    # the full name two sentences earlier in the brief: resolved, though not the sentence right before
    assert resolved(leans, 2, after_predecessor=False)
    # the brief never gave it: not resolved, even right after its source's preceding sentence
    assert not resolved([leans[1], leans[2]], 1, after_predecessor=True)
    # an insertion "[Jeremy] Corbyn" gives it
    assert resolved([leans[1], leans[2]], 1, after_predecessor=False, introduced=frozenset({"Corbyn"}))


def test_protocol_reads_a_given_name_alone_as_it_reads_a_surname() -> None:
    # val-530 (session 16): "Paula laughs about it now" after the brief had named Paula Blades was read as
    # "other" (resolved only by adjacency); a given name the brief never gave in full stood whenever its source's
    # sentence before it did
    resolved = load_benchmark("trust_context").resolved_by_brief
    leans = _leans(
        "Doctors removed the implants of Paula Blades, 52, last year.",
        "The clinic has since closed its doors.",
        "Paula laughs about it now.",
        "Will Smith spoke, and Northwestern University agreed; the deal will hold.",
        "Will said so and Northwestern did too.",
    )
    assert leans[2].kinds == ("given name",) and leans[2].given == {"Paula"}
    assert leans[0].gives_given == {"Paula"}
    assert resolved(leans, 2, after_predecessor=False)  # the full name two sentences earlier in the brief
    assert not resolved([leans[1], leans[2]], 1, after_predecessor=True)  # adjacency alone does not name her
    # a word that is no given name ("Northwestern"), or one the article writes in lower case ("will"): none
    assert leans[4].given == frozenset() and "given name" not in leans[4].kinds


def test_protocol_credits_a_given_name_only_with_its_own_surname() -> None:
    # session 17: the count read "Paula" as introduced after any full name with that given name earlier in the
    # brief, so "Paula Jones" (another person, another report) made the article's "Paula" (Blades) stand
    resolved = load_benchmark("trust_context").resolved_by_brief
    blades = _leans(
        "Doctors removed the implants of Paula Blades, 52, last year.",
        "The clinic has since closed its doors.",
        "Paula laughs about it now.",
    )
    jones = _leans("Paula Jones filed suit against the clinic in May.")
    assert blades[2].given_as == {"Paula Blades"} and jones[0].gives_full == {"Paula Jones"}
    assert not resolved([jones[0], blades[2]], 1, after_predecessor=False)  # another Paula
    assert resolved([jones[0], blades[0], blades[2]], 2, after_predecessor=False)  # her full name, given earlier


def test_protocol_reads_no_surname_after_a_title_or_in_a_common_noun() -> None:
    # val-3544 (session 16): "Officer Collin Rose" made "Collin" a surname, "Wayne State University Police" and
    # "New Orleans Police" made "Police" one: "Holt said officer Collin Rose ..." and "Police said Rose ..." failed
    leans = _leans(
        "Chief Tony Holt said K9 Officer Collin Rose was shot, Baltimore Police said.",
        "Holt said officer Collin Rose, of St. Clair Shores, died; the police were told.",
        "Police said Rose was stopping someone on a bicycle.",
    )
    assert leans[0].gives == {"Holt", "Rose"}  # not "Tony" (after "Chief"), "Collin" (after "Officer"), "Police"
    assert leans[1].surnames == {"Holt"} and leans[2].surnames == {"Rose"}


def test_protocol_reads_no_given_name_in_a_common_noun_the_dictionary_does_not_know() -> None:
    # val-4794 (session 17): "Singer Devin Lima" made "Devin" a surname, so "Devin's adrenal gland" failed as a
    # surname the brief never introduced though the brief had named LFO singer Devin Lima
    leans = _leans(
        "The band said Singer Devin Lima was ill; the singer had cancer.",
        "Doctors found a tumor on Devin's adrenal gland.",
    )
    assert leans[0].gives == frozenset() and "surname" not in leans[1].kinds
    # a given name the dictionary knows still gives its surname, though the article writes it in lower case
    assert _leans("Officials said Rose Lima spoke; a rose was thrown.")[0].gives == {"Lima"}


def test_protocol_credits_the_company_only_when_the_brief_named_it() -> None:
    resolved = load_benchmark("trust_context").resolved_by_brief
    leans = _leans(
        "Acme, a company that makes rockets, lost a contract on Monday.",
        "The bill passed the Senate on Tuesday.",
        "Shares in the company fell 9 percent.",
    )
    assert leans[2].kinds == ("the + earlier noun",) and leans[2].nouns == {"company"}
    assert resolved(leans, 2, after_predecessor=False)
    assert not resolved([leans[1], leans[2]], 1, after_predecessor=True)  # adjacency alone does not name it
    # an earlier summary sentence that itself leans on "the company" does not name it
    again = _leans(
        "Acme, a company that makes rockets, lost a contract.",
        "The company said it would appeal.",
        "Shares in the company fell 9 percent.",
    )
    assert not resolved([again[1], again[2]], 1, after_predecessor=False)


def test_protocol_resolves_pronouns_epithets_and_the_writers_we_only_right_after_their_source_sentence() -> None:
    resolved = load_benchmark("trust_context").resolved_by_brief
    leans = _leans(
        "Actress Halle Berry launched a lingerie line on Monday.",
        "She said it was a dream come true.",
        "We are so thankful for your prayers.",
        "launched at Target stores nationwide",
    )
    assert "opening" in leans[1].kinds and "writer's I/we/you" in leans[2].kinds
    assert resolved(leans, 1, after_predecessor=True)
    assert not resolved(leans, 1, after_predecessor=False)  # the referent two sentences back: not resolved
    assert not resolved(leans, 2, after_predecessor=False)
    assert "fragment" in leans[3].kinds and not resolved(leans, 3, after_predecessor=True)  # a fragment never


def test_protocol_count_in_score_summary() -> None:
    A2 = ("a", 2)
    leans = _leans(
        "Labour leader Jeremy Corbyn met union leaders in London on Monday.",
        "Police reported no arrests at the march.",
        "Corbyn said the party would fight on.",
    )
    labels = {A0: "ok", A1: "ok", A2: "cannot-stand-alone"}
    claims = [trust.Claim(A0), trust.Claim(B0), trust.Claim(A2)]
    t = trust.score_summary(claims, {**labels, B0: "ok"}, {}, [leans[0], leans[1], leans[2]])
    assert (t.resolved, t.protocol) == (0, 1)  # the older count needs A1 right before; the protocol does not
    t = trust.score_summary([trust.Claim(A1), trust.Claim(A2)], labels, {}, [leans[1], leans[2]])
    assert (t.resolved, t.protocol) == (1, 0) and t.unresolved_kinds == {"surname": 1}


def test_reading_score_counts_readers_labels_and_the_protocol_verdict(tmp_path: Path) -> None:
    reading = load_benchmark("trust_reading")

    def row(item: str, brief: str, label: str, stands: bool, a: str, b: str, part: str = "dev") -> dict:
        readers = {"A": {"label": a}, "B": {"label": b}}
        return {
            "item": item,
            "brief": brief,
            "part": part,
            "trust_label": label,
            "stands_by_protocol": stands,
            "readers": readers,
        }

    fail, ok = "cannot-stand-alone", "stands"
    rows = [
        row("1", "x", "ok", True, ok, ok),
        row("2", "x", "cannot-stand-alone", True, ok, ok),  # resolved by the protocol, the readers agree
        row("3", "x", "cannot-stand-alone", False, fail, fail),
        row("4", "x", "junk", False, fail, ok),  # the readers disagree: counted under "either" only
        row("1", "y", "ok", True, ok, ok),  # the same item in another brief: read once for agreement
    ]
    path = tmp_path / "reading.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = reading.score(path)
    assert "4 items both read, raw agreement 0.750" in out
    assert "| x | dev | 4 | 1/4 (25.0%) / 2/4 (50.0%) | 2/4 (50.0%) | 1/4 (25.0%) | 3/3 | 2/3 |" in out
    assert reading.kappa({"a": "s", "b": "c"}, {"a": "s", "b": "c", "z": "s"})[:2] == (2, 1.0)


# --- what would mend a failure (benchmarks/trust_mend.py) -------------------------------------------------


def test_a_failure_goes_to_the_first_class_that_would_mend_it() -> None:
    mend = load_benchmark("trust_mend").mend_class
    ask = {"twin": False, "right_after": False, "in_summary": False, "kinds": ("pronoun",), "before_label": "ok"}
    assert mend(**{**ask, "twin": True, "right_after": True}) == "twin"  # a twin mends it whatever else holds
    assert mend(**{**ask, "right_after": True, "in_summary": True}) == "run whose head fails"
    assert mend(**{**ask, "in_summary": True}) == "antecedent in summary"  # reordering would
    assert mend(**{**ask, "kinds": ("surname", "the + earlier noun")}) == "name"
    assert mend(**ask) == "antecedent labelled ok"
    assert mend(**{**ask, "before_label": "cannot-stand-alone"}) == "nothing"
    assert mend(**{**ask, "kinds": ("surname", "fragment"), "before_label": None}) == "nothing"


def test_protocol_reads_names_with_an_inner_capital_or_an_accent_as_surnames() -> None:
    # the quality model's ASCII pattern read "McDowell" and "Bélanger" as no name at all ("other")
    leans = _leans(
        "Shelby McDowell, 20, and Liberal MP Mauril Bélanger spoke on Monday.",
        "McDowell was arrested and Bélanger's bill passed.",
        "K9 Officer Collin Rose was shot on Tuesday.",
        "Rose died on Wednesday.",
    )
    assert leans[1].kinds == ("surname",) and leans[1].surnames == {"McDowell", "Bélanger"}
    assert leans[3].kinds == ("surname",) and leans[3].surnames == {"Rose"}  # the title did not eat "Collin"


def test_protocol_carries_an_insertion_that_introduced_a_surname_to_later_sentences() -> None:
    leans = _leans(
        "Stanford's Jamie Zeitzer led the study.",
        "Zeitzer is the senior author.",
        "Researchers led by Zeitzer found that flashes work.",
    )
    brief = [leans[1], leans[2]]  # the brief holds the second and third, the second shown "[Jamie] Zeitzer ..."
    claims = [
        trust.Claim(("a", 1), inserted=True, introduced=frozenset({"Zeitzer"})),
        trust.Claim(("a", 2)),
    ]
    labels = {("a", 1): "cannot-stand-alone", ("a", 2): "cannot-stand-alone"}
    tally = trust.score_summary(claims, labels, {}, brief)
    assert tally.protocol == 2  # before session 14 the third counted unresolved: the reader had met "[Jamie] Zeitzer"
    assert trust.Claim.introduced_by(claims, 0) == {"Zeitzer"} and trust.Claim.introduced_by(claims, 1) == {"Zeitzer"}


def test_a_speaker_insert_introduces_no_surname_to_the_count() -> None:
    from newsbrief.model import Article, Brief, Insertion, Span, SummarySentence

    text = "SMITH: Hello.\nJONES: Corbyn is here."
    at = text.index("Corbyn")
    sent = Sentence("a", 1, at, len(text), "Corbyn is here.")
    item = SummarySentence(sent.text, Span("a", at, len(text), sent.text), insertions=(Insertion(0, "JONES:"),))
    brief = Brief((item,), (Article("a", text),), 300)
    (claim,) = trust.claims_of(brief, [Sentence("a", 0, 0, 13, "SMITH: Hello."), sent])
    assert claim.inserted and claim.introduced == frozenset()  # "[JONES:]" tells the speaker, not Corbyn's name


def _article_leans(*paragraphs: str) -> list:
    """What each sentence of one literal article leans on: ``paragraphs`` are its paragraphs, one sentence each."""
    leans_of = load_benchmark("trust_context").leans_of
    sents = [Sentence("a", k, 0, len(t), t, paragraph=k) for k, t in enumerate(paragraphs)]
    return [leans_of(sents, k, False, False) for k in range(len(sents))]


def test_protocol_reads_a_transcript_turns_first_person_as_its_labelled_speaker() -> None:
    # val-3459 (session 18): "LEE: I have no idea, but I'll be trying." failed as the writer's "I", though the
    # brief's own "[LEE:]" before a later sentence of the same turn is honoured; the label in the text says as much
    leans = _article_leans(
        "MARTIN: Opal Lee has walked from Texas to the Capitol.",
        "OPAL LEE: I kept walking.",
        "MARTIN: Why do you walk?",
        "LEE: I have no idea, but I'll be trying.",
        "LEE: We walk for the holiday.",
    )
    assert leans[3].kinds == () and leans[4].kinds == ()
    assert leans[1].kinds == ()
    # the host's "you" is the host's too: a turn's label, whoever speaks
    assert "writer's I/we/you" not in leans[2].kinds
    # no transcript (one label, once): the writer's "I" as before
    plain = _article_leans("Opal Lee walked to the Capitol.", "NOTE: I walked with her.")
    assert plain[1].kinds == ("writer's I/we/you",)
    # a sentence after the turn's first: its own text holds no label (the brief's "[LEE:]" is read apart)
    leans_of = load_benchmark("trust_context").leans_of
    rows = ["MARTIN: She walked.", "LEE: I walked.", "MARTIN: Why?", "LEE: I did.", "I walk on."]
    sents = [Sentence("a", k, 0, len(t), t, paragraph=min(k, 3)) for k, t in enumerate(rows)]
    assert leans_of(sents, 4, False, False).kinds == ("writer's I/we/you",)
