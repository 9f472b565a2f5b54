"""Items of a second entity labelling round (issue 11, item 4): the names a brief now shows that have no label.

The first round (``entity_items.py``; labels in tests/data/entity_names.jsonl) labelled the names of the first
twelve entities of the brief at a97ed53 and spaCy's frequent spans. A later version that leaves wrong entities out
brings lower-ranked ones up into the ten scored, and some of their names were never labelled: the benchmark counts
them as *unlabelled* and cannot score them. This script gathers, for each labelled cluster, every name and alias of
the first :data:`TOP_SYSTEM` entities of the current brief that :func:`entity_labels.lookup_name` does not find,
and every descriptor of those entities without a label, as items in the first round's format (same contexts),
plus, per cluster, the entities the first round already knows (``known_entities``: the labellers' entity key and
its names) so that a new name of a known entity gets the same key.

Run: ``python benchmarks/entity_items_more.py --out /work/labels/entities3 [--first /work/labels/entities]``
writes ``items.jsonl`` and ``build.json`` (the split, the counts, the system version).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entity_items import _norm, contexts, write_build  # siblings: scripts
from entity_labels import DEFAULT_ANSWERS, lookup_name, read_answers, short_sha1
from entity_labels import load_entity_labels as load_labels
from newsbrief import BriefConfig, brief
from newsbrief.text.split import split_sentences
from trust_items import DEFAULT_DATA_DIR, choose_clusters, short_id, write_jsonl

#: How many of the brief's entities give candidate names (the ten scored and the ten after them, which move up
#: when an entity above them is left out).
TOP_SYSTEM = 20


def known_entities(first: Path) -> dict[str, dict[str, list[str]]]:
    """Per cluster, the first round's entity keys (adjudicated reading, else A's) and the names under each."""
    with (first / "items.jsonl").open(encoding="utf-8") as fh:
        items = {r["id"]: r for r in map(json.loads, fh)}
    a, _ = read_answers(first / "out" / "A.jsonl")
    adj, _ = read_answers(first / "out" / "adjudicated.jsonl")
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for i, it in items.items():
        row = adj.get(i) or a.get(i)
        if it["kind"] != "name" or row is None or row.get("label") == "not-a-name" or not row.get("entity"):
            continue
        if row["entity"] != "AMBIGUOUS":
            out[it["cluster"]][_norm(row["entity"])].append(it["name"])
    return {c: dict(v) for c, v in out.items()}


def build(data_dir: Path, out_dir: Path, first: Path) -> dict:
    """Write ``items.jsonl`` and ``build.json`` into ``out_dir``; returns the build summary."""
    labels = load_labels(data_dir)
    known = known_entities(first)
    items: list[dict] = []
    rows = []
    for cluster in choose_clusters(data_dir):
        cl = labels.get(cluster.id)
        if cl is None:
            continue
        b = brief(list(cluster.articles), BriefConfig(analysis=True))
        cleaned = list(b.sources)
        doc_of = {a.id: i for i, a in enumerate(cleaned)}
        sentences = [(doc_of[a.id], s.text) for a in cleaned for s in split_sentences(a)]
        names: list[str] = []
        desc_items: list[tuple[str, str, str]] = []  # (entity name, article id, descriptor)
        for ent in b.entities[:TOP_SYSTEM]:
            for n in (ent.name, *ent.aliases):
                if lookup_name(cl, n) is None and _norm(n) not in names:
                    names.append(_norm(n))
            label = lookup_name(cl, ent.name)
            seen = set()
            for article_id, d in ent.descriptors:
                key = label.entity if label is not None else None
                if d.lower() in seen or (key and (key, short_sha1(_norm(d))) in cl.descriptors):
                    continue
                seen.add(d.lower())
                desc_items.append((_norm(ent.name), article_id, d))
        tag = short_id(cluster.id)
        ordered = sorted(names, key=lambda n: (n.split()[-1].lower(), n))
        entities = [{"entity": k, "names": v} for k, v in sorted(known.get(cluster.id, {}).items())]
        for k, name in enumerate(ordered):
            ctx = contexts(sentences, name) or contexts([(d, s.lower()) for d, s in sentences], name.lower())
            items.append(
                {
                    "id": f"{tag}.m{k:02d}",
                    "kind": "name",
                    "cluster": cluster.id,
                    "name": name,
                    "contexts": ctx,
                    "cluster_names": ordered,
                    "known_entities": entities,
                }
            )
        for k, (name, article_id, desc) in enumerate(desc_items):
            art_sents = [(d, s) for d, s in sentences if d == doc_of.get(article_id)]
            ctx = [c for c in contexts(art_sents, desc, 2) if name.split()[-1] in c]
            ctx = ctx or contexts(art_sents, desc, 1) or contexts(art_sents, name.split()[-1], 1)
            items.append(
                {
                    "id": f"{tag}.e{k:02d}",
                    "kind": "descriptor",
                    "cluster": cluster.id,
                    "name": name,
                    "descriptor": desc,
                    "contexts": ctx,
                }
            )
        rows.append({"id": cluster.id, "split": cl.split, "names": len(ordered), "descriptors": len(desc_items)})
        print(f"{cluster.id}: {len(ordered)} names, {len(desc_items)} descriptors", file=sys.stderr)
    n = write_jsonl(out_dir / "items.jsonl", items)
    return write_build(out_dir, {"top": TOP_SYSTEM, "items": n}, rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--first", type=Path, default=DEFAULT_ANSWERS, help="the first round's folder")
    args = ap.parse_args()
    s = build(args.data, args.out, args.first)
    print(f"{s['items']} items: {s['names']} names, {s['descriptors']} descriptors -> {args.out / 'items.jsonl'}")


if __name__ == "__main__":
    main()
