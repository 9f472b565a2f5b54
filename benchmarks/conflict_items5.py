"""Build the items of the fifth conflicts labelling (issue 12): a fresh held-out round in unlabelled clusters.

Clusters: every Multi-News validation cluster of two or more documents and every DUC 2004 task 2 cluster with no
labelled pair in rounds 1-4 and not reserved for the session-8 blind reading (``/work/notes/s8/reading_ids.json``).
All of them are held out: the round is scored once, with the settings chosen on the development parts of rounds
1-4, and reported apart from the old held-out figure.

Per cluster at most :data:`PER_CLUSTER` sentence pairs of two documents:
1. what the system flags (:func:`conflict_items4.cluster_items`: listed conflicts, value pairs the learned decision
   weighs at >= its floor, candidates by slot), first;
2. then, alternately, the best-scored and a random (seeded) pair of the recall-oriented candidate step
   (:func:`newsbrief.compare.conflict_candidates.loose_candidates`: sentences that align loosely and carry values
   of one kind that do not agree), so that pairs under the same-fact gate, which the system never weighs, are
   labelled too and recall can be measured on them.

Run: ``python benchmarks/conflict_items5.py --out /work/labels/conflicts5 --private /work/labels/build/conflicts5``
(texts to ``--out``, outside the repository; offsets, hashes, flags and the same-fact score to ``--private``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from newsbrief.compare.conflict_candidates import loose_candidates, score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflict_items4  # sibling scripts, not a package
from conflict_items import DUC_FILE, item_args, near_names, write_build
from conflict_items3 import collect, hint, loose_setup, sides
from conflicts import load_golds
from trust_items import MULTINEWS_FILE, StoryCluster, _any_cluster, cluster_sentences

PER_CLUSTER = 8
PAIR_FLOOR = 0.1
SAMPLE_FLOOR = 0.05
SEED = 5
RESERVED = Path("/work/notes/s8/reading_ids.json")


def choose(data_dir: Path, labelled: set[str]) -> list[StoryCluster]:
    """Every cluster of two or more documents with no labelled conflicts pair and not reserved."""
    conflict_items4.RESERVED = RESERVED
    reserved = conflict_items4._reserved()
    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    skip = reserved | labelled
    mn = [r["id"] for r in rows if len(r["documents"]) >= 2 and r["id"] not in skip]
    duc = [json.loads(line)["id"] for line in (data_dir / DUC_FILE).read_text(encoding="utf-8").splitlines()]
    return [_any_cluster(data_dir, MULTINEWS_FILE, c) for c in mn] + [
        _any_cluster(data_dir, DUC_FILE, c) for c in duc if c not in skip
    ]


def _value(v) -> dict:
    return {"kind": v.kind, "text": v.text, "start": v.start, "end": v.end}


def loose_rows(cluster: StoryCluster, taken: set[str], n: int, rng: random.Random) -> list[dict]:
    """Up to ``n`` pairs not in ``taken``, round-robin: the best-scored loose candidate (cosine >= the step's
    floor), a random loose candidate at :data:`SAMPLE_FLOOR`, a random pair of two names spelt alike
    (:func:`conflict_items.near_names`, any cosine)."""
    if n <= 0 or (setup := loose_setup(cluster)) is None:
        return []
    sentences, items, texts, sim, ids = setup
    best: dict[tuple[int, int], list] = {}
    for c in loose_candidates(ids, [s.text for s in sentences], sim, floor=SAMPLE_FLOOR):
        if texts[ids[c.i]] == texts[ids[c.j]] or f"{items[c.i].id}~{items[c.j].id}" in taken:
            continue
        best.setdefault((c.i, c.j), []).append(c)
    top = sorted((k for k in best if sim[k] >= PAIR_FLOOR), key=lambda k: -max(score(c) for c in best[k]))
    sample = sorted(best)
    rng.shuffle(sample)
    names = [
        (i, j)
        for i in range(len(sentences))
        for j in range(i + 1, len(sentences))
        if ids[i] != ids[j] and texts[ids[i]] != texts[ids[j]] and f"{items[i].id}~{items[j].id}" not in taken
        and near_names(sentences[i].text, sentences[j].text)
    ]  # fmt: skip
    rng.shuffle(names)
    pools = [("loose-top", top), ("loose-sample", sample), ("names-sample", names)]
    keep: dict[tuple[int, int], str] = {}
    while any(p for _, p in pools) and len(keep) < n:
        for how, pool in pools:
            while pool and len(keep) < n:
                pick = pool.pop(0)
                if pick not in keep:
                    keep[pick] = how
                    break
    out = []
    for (i, j), how in keep.items():
        a, b = items[i], items[j]
        cands = sorted(best.get((i, j), []), key=score, reverse=True)[:3]
        out.append(
            {"id": f"{a.id}~{b.id}", "cluster": cluster.id, "file": cluster.file, "heldout": True, "flags": [how],
             "cosine": round(float(sim[i, j]), 4), "values": [[_value(c.x), _value(c.y)] for c in cands],
             **sides(a, b, {a.doc: "", b.doc: ""})}
        )  # fmt: skip
    return out


def cluster_items(cluster: StoryCluster, done: set, rng: random.Random, per_cluster: int = PER_CLUSTER) -> list[dict]:
    """The items of one cluster (the module docstring), at most ``per_cluster`` (round 7 takes more), sources
    renumbered over the cluster's items."""
    flagged = conflict_items4.cluster_items(cluster, True, done)[:per_cluster]
    rows = flagged + loose_rows(cluster, {r["id"] for r in flagged}, per_cluster - len(flagged), rng)
    docs = sorted({r[s]["doc"] for r in rows for s in ("a", "b")})
    _, items = cluster_sentences(cluster)
    whole = {d: " ".join(it.text for it in items if it.doc == d) for d in docs}
    for r in rows:
        for s in ("a", "b"):
            r[s]["source"] = f"Source {docs.index(r[s]['doc']) + 1}"
        r["spellings"] = spellings(r, whole)
    return sorted(rows, key=lambda r: (r["a"]["doc"], r["a"]["start"], r["b"]["doc"]))


_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def spellings(row: dict, whole: dict[int, str]) -> list[str]:
    """For two capitalised words spelt alike but not the same, one in each sentence: how often each source
    writes each spelling in its whole text, so that a labeller can tell a source's typo (it writes the name
    the other way elsewhere) from two sources that spell a name differently each throughout."""
    out = []
    na, nb = set(_WORD.findall(row["a"]["text"])), set(_WORD.findall(row["b"]["text"]))
    for x in sorted(na - nb):
        for y in sorted(nb - na):
            if near_names(x, y):
                counts = []
                for side in ("a", "b"):
                    for w in (x, y):
                        n = len(re.findall(r"\b" + w + r"\b", whole[row[side]["doc"]]))
                        counts.append(f"{row[side]['source']} writes {w!r} {n}x")
                out.append("; ".join(counts))
    return out


def hint5(row: dict) -> dict:
    """The labellers' hint: the values, and for names spelt alike how often each source writes each spelling."""
    return hint(row) | ({"spellings": row["spellings"]} if row["spellings"] else {})


def main(argv: Sequence[str] | None = None) -> None:
    args = item_args(__doc__, argv)
    gold = load_golds()
    pairs = {(g.cluster, g.a.doc, g.a.start, g.b.doc, g.b.start) for g in gold}
    clusters = choose(args.data, {g.cluster for g in gold})
    rng = random.Random(SEED)
    held = {c.id for c in clusters}
    rows, index = collect(clusters, held, lambda c, h: cluster_items(c, pairs, rng))
    index |= {"per_cluster": PER_CLUSTER, "seed": SEED}
    write_build(args.out, args.private, rows, held, index, hint5)


if __name__ == "__main__":
    main()
