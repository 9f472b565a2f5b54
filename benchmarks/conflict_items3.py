"""Build the items of the third conflicts labelling (issue 12): candidates of the recall-oriented step.

An item is a pair of sentences of two different documents of one cluster that
:func:`newsbrief.compare.conflict_candidates.loose_candidates` sets against each other (they align at TF-IDF
cosine >= its floor and carry values of one kind that do not agree in a plausibly common slot), shown with the
sentence before each and the values. Per cluster the :data:`PER_CLUSTER` best pairs by
:func:`~newsbrief.compare.conflict_candidates.score` are kept, a sentence in at most :data:`PER_SENTENCE` of them.

Clusters: every Multi-News validation cluster of two or more documents and every DUC 2004 task 2 cluster in no
other labelled set of tests/data and in no blind reading of sessions 5 and 6; the first conflicts set's clusters
are included (its labelled pairs are not asked again) and keep their part, so its held-out clusters stay held
out. Of the new clusters, the third of each file's with the lowest sha1 of the id is held out
(:func:`conflict_items.heldout`).

Run: ``python benchmarks/conflict_items3.py --out /work/labels/conflicts3 --private /work/labels/build/conflicts3``
(texts to ``--out``, outside the repository; offsets, hashes, cosines and the split to ``--private``). The
labelled items were drawn with the code of commit 53a0b84 (before the transliteration, clock-time and
number-word rules of :mod:`newsbrief.compare.slots`, which change the candidates).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from newsbrief.compare.conflict_candidates import loose_candidates, score
from newsbrief.compare.support import similarity_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflict_items import DUC_FILE, heldout, item_args, write_build  # sibling scripts, not a package
from trust_items import (
    MULTINEWS_FILE,
    StoryCluster,
    _any_cluster,
    cluster_sentences,
    multinews_clusters,
)

ROOT = Path(__file__).resolve().parents[1]
PER_CLUSTER = 8
PER_SENTENCE = 2
#: Blind readings of sessions 5 and 6 (clusters reserved for them are never labelled here).
READINGS = (Path("/work/notes/s5/reading_ids.json"), Path("/work/notes/s6/reading_ids.json"))


CONFLICTS_GOLD = ROOT / "tests" / "data" / "conflicts_gold.jsonl"


def conflict_parts() -> dict[str, str]:
    """The clusters of the first conflicts set and their part ("dev" / "heldout"), which they keep here."""
    out = {}
    for line in CONFLICTS_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["cluster"]] = row["part"]
    return out


def labelled_pairs() -> set[tuple[str, str, str, str]]:
    """The sentence pairs the first conflicts set labelled (cluster, doc.start of each side), not asked again."""
    out = set()
    for line in CONFLICTS_GOLD.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.add((r["cluster"], f"{r['a']['doc']}.{r['a']['start']}", f"{r['b']['doc']}.{r['b']['start']}"))
    return out


def taken_clusters() -> set[str]:
    """Clusters of every other labelled set in tests/data and of the blind readings (when present)."""
    taken: set[str] = set()
    for path in (ROOT / "tests" / "data").glob("*.jsonl"):
        if path == CONFLICTS_GOLD:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if isinstance(row, dict) and (row.get("cluster") or row.get("group")):
                taken.add(str(row.get("cluster") or row.get("group")))
    for reading in READINGS:
        if reading.exists():
            for ids in json.loads(reading.read_text(encoding="utf-8")).values():
                taken.update(ids)
    return taken


def choose(data_dir: Path) -> list[StoryCluster]:
    """Every cluster of two or more documents in no other labelled set: the first conflicts set's and new ones."""
    taken = taken_clusters() - set(conflict_parts())
    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    mn = {r["id"] for r in rows if len(r["documents"]) >= 2 and r["id"] not in taken}
    duc_ids = [json.loads(line)["id"] for line in (data_dir / DUC_FILE).read_text(encoding="utf-8").splitlines()]
    duc = sorted(set(duc_ids) - taken)
    return list(multinews_clusters(data_dir, mn)) + [_any_cluster(data_dir, DUC_FILE, cid) for cid in duc]


def split(cluster_ids: Sequence[str]) -> set[str]:
    """Held-out clusters: the first set's held-out ones, and a third of the new ones (lowest sha1 of the id)."""
    parts = conflict_parts()
    new = [c for c in cluster_ids if c not in parts]
    return {c for c in cluster_ids if parts.get(c) == "heldout"} | heldout(new)


def _value(v) -> dict:
    return {"kind": v.kind, "text": v.text, "start": v.start, "end": v.end}


#: Candidate sentence pairs per cluster before the cap (for the record in index.json).
counts: dict[str, int] = {}


def loose_setup(cluster: StoryCluster) -> tuple[list, list, dict[str, str], object, list[str]] | None:
    """What the loose candidate step reads of a cluster: its sentences and items, each document's text (two
    copies of one document are told apart by it), the sentences' cosines and article ids; None for one source."""
    sentences, items = cluster_sentences(cluster)
    if len({s.article_id for s in sentences}) < 2:
        return None
    texts: dict[str, str] = {}
    for s in sentences:
        texts[s.article_id] = texts.get(s.article_id, "") + s.text
    return sentences, items, texts, similarity_matrix(sentences), [s.article_id for s in sentences]


def cluster_items(cluster: StoryCluster, held: bool, cap: int = PER_CLUSTER) -> list[dict]:
    done = labelled_pairs()
    if (setup := loose_setup(cluster)) is None:
        return []
    sentences, items, texts, sim, ids = setup
    best: dict[tuple[int, int], list] = {}
    for c in loose_candidates(ids, [s.text for s in sentences], sim):
        if texts[ids[c.i]] == texts[ids[c.j]]:
            continue  # two copies of one document
        a, b = items[c.i], items[c.j]
        if {
            (cluster.id, f"{a.doc}.{a.start}", f"{b.doc}.{b.start}"),
            (cluster.id, f"{b.doc}.{b.start}", f"{a.doc}.{a.start}"),
        } & done:
            continue  # labelled in the first set
        best.setdefault((c.i, c.j), []).append(c)
    counts[cluster.id] = len(best)
    ranked = sorted(best.items(), key=lambda kv: -max(score(c) for c in kv[1]))
    used: Counter[int] = Counter()
    keep = []
    for (i, j), cands in ranked:
        if len(keep) >= cap:
            break
        if used[i] >= PER_SENTENCE or used[j] >= PER_SENTENCE:
            continue
        used[i] += 1
        used[j] += 1
        keep.append(((i, j), sorted(cands, key=score, reverse=True)[:3]))
    docs = sorted({items[k].doc for (pair, _) in keep for k in pair})
    label = {d: f"Source {n + 1}" for n, d in enumerate(docs)}
    out = []
    for (i, j), cands in sorted(keep, key=lambda kv: (items[kv[0][0]].doc, items[kv[0][0]].index, items[kv[0][1]].doc)):
        a, b = items[i], items[j]
        out.append(
            {
                "id": f"{a.id}~{b.id}",
                "cluster": cluster.id,
                "file": cluster.file,
                "heldout": held,
                "cosine": round(float(sim[i, j]), 4),
                "score": round(max(score(c) for c in cands), 4),
                "values": [[_value(c.x), _value(c.y)] for c in cands],
                **sides(a, b, label),
            }
        )  # fmt: skip
    return out


def sides(a, b, label: dict[int, str]) -> dict:
    """The two sentences of an item, as the labellers read them (texts) and the build keeps them (offsets)."""
    return {
        side: {"id": it.id, "doc": it.doc, "source": label[it.doc], "start": it.start, "end": it.end,
               "sha1": it.sha1, "text": it.text, "before": it.prev}
        for side, it in (("a", a), ("b", b))
    }  # fmt: skip


def hint(row: dict) -> dict:
    """The hint the labellers see: each candidate's two values as written."""
    return {"values": [f"{x['text']} / {y['text']}" for x, y in row["values"]]}


def main(argv: Sequence[str] | None = None) -> None:
    args = item_args(__doc__, argv)
    clusters = choose(args.data)
    held = split([c.id for c in clusters])
    rows, index = collect(clusters, held, cluster_items)
    index |= {"per_cluster": PER_CLUSTER, "candidates_before_cap": counts}
    write_build(args.out, args.private, rows, held, index, hint)


def collect(
    clusters: Sequence[StoryCluster], held: set[str], items: Callable[[StoryCluster, bool], list[dict]]
) -> tuple[list[dict], dict]:
    """Every cluster's items (``items(cluster, held_out)``, progress on stderr) and the index of the build."""
    rows: list[dict] = []
    for c in clusters:
        got = items(c, c.id in held)
        print(f"{c.id}: {len(got)} items", file=sys.stderr, flush=True)
        rows.extend(got)
    index = {
        "clusters": [c.id for c in clusters],
        "heldout": sorted(held),
        "items": len(rows),
        "heldout_items": sum(r["heldout"] for r in rows),
    }
    return rows, index


if __name__ == "__main__":
    main()
