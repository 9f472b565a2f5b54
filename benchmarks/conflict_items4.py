"""Build the items of the fourth conflicts labelling (issue 12): what the system flags, and its candidates by slot.

An item is a pair of sentences of two documents of one cluster that is not yet labelled and that either
- the conflict stage lists as a conflict (``find_conflicts`` with the ``learned`` decision and the candidates by
  slot of :mod:`newsbrief.compare.slot_pairs`), or
- the learned decision weighs with a probability at or above :data:`FLOOR` (below its cut-off too, so that a
  cut-off can be chosen on labels), or
- the candidates by slot set against each other (whatever the decision says),
at most :data:`PER_CLUSTER` per cluster (listed ones first, then by probability).

Clusters: every Multi-News validation cluster of two or more documents and every DUC 2004 task 2 cluster, but
the clusters reserved for the session-7 blind reading (``/work/notes/s7/reading_ids.json``); a cluster of the
conflicts sets keeps its part (and its labelled pairs are not asked again), a third of the others (lowest
sha1 of the id, :func:`conflict_items.heldout`) is held out.

Run: ``python benchmarks/conflict_items4.py --out /work/labels/conflicts4 --private /work/labels/build/conflicts4``
(texts to ``--out``, outside the repository; offsets, hashes, probabilities and the split to ``--private``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflict_items import DUC_FILE, heldout, item_args, write_build  # sibling scripts, not a package
from conflict_items3 import collect, hint, sides
from conflicts import load_golds, stage
from newsbrief.compare.conflict_model import shipped_model
from newsbrief.compare.conflicts import find_conflicts, learned_candidates, slot_candidates
from trust_items import MULTINEWS_FILE, StoryCluster, _any_cluster, cluster_sentences

PER_CLUSTER = 10
FLOOR = 0.005
RESERVED = Path("/work/notes/s7/reading_ids.json")


def _reserved() -> set[str]:
    if not RESERVED.exists():
        raise SystemExit(f"{RESERVED}: missing (the clusters reserved for the blind reading must be left out)")
    raw = json.loads(RESERVED.read_text(encoding="utf-8"))
    return {c for ids in (raw.values() if isinstance(raw, dict) else [raw]) for c in ids}


def choose(data_dir: Path) -> list[StoryCluster]:
    """Every cluster of two or more documents but the reserved ones."""
    reserved = _reserved()
    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    mn = [r["id"] for r in rows if len(r["documents"]) >= 2 and r["id"] not in reserved]
    duc = [json.loads(line)["id"] for line in (data_dir / DUC_FILE).read_text(encoding="utf-8").splitlines()]
    return [_any_cluster(data_dir, MULTINEWS_FILE, c) for c in mn] + [
        _any_cluster(data_dir, DUC_FILE, c) for c in duc if c not in reserved
    ]


def _value(v) -> dict:
    """A value of a candidate (already a dict for a listed conflict's span)."""
    return v if isinstance(v, dict) else {"kind": v.kind, "text": v.text, "start": v.start, "end": v.end}


def prepared(cluster: StoryCluster) -> tuple[list, object, dict[str, int], dict[str, str], dict] | None:
    """What the conflict stage reads of a cluster (:func:`conflicts.stage`) and its sentence items by (doc, start);
    ``None`` for a cluster of fewer than two documents."""
    sentences, same, docs, texts = stage(cluster)
    if len(docs) < 2:
        return None
    _, items = cluster_sentences(cluster)
    return sentences, same, docs, texts, {(it.doc, it.start): it for it in items}


def cluster_items(cluster: StoryCluster, held: bool, done: set[tuple[str, int, int, int, int]]) -> list[dict]:
    """The items of one cluster (the module docstring); ``done``: labelled pairs (cluster, doc, start, doc, start)."""
    if (ready := prepared(cluster)) is None:
        return []
    sentences, same, docs, texts, at = ready
    model = shipped_model()
    scored: dict[tuple[int, int], list] = {}  # sentence pair -> [(rank, probability, x, y)]
    listed = find_conflicts(sentences, same, threshold=0.4, texts=texts, decision="learned", slots=True)
    where = {(s.article_id, s.start): n for n, s in enumerate(sentences)}
    for c in listed:
        for k, side in enumerate(c.sides):
            for other in c.sides[k + 1 :]:
                for sa, va in zip(side.sentences, side.spans, strict=True):
                    for sb, vb in zip(other.sentences, other.spans, strict=True):
                        i, j = where.get((sa.article_id, sa.start)), where.get((sb.article_id, sb.start))
                        if i is not None and j is not None and sa.article_id != sb.article_id:
                            x, y = (
                                {"kind": c.kind, "text": v.text, "start": v.start - s.start, "end": v.end - s.start}
                                for v, s in ((va, sa), (vb, sb))
                            )
                            scored.setdefault((i, j), []).append((0, 1.0, x, y))
    for cand, row in [*learned_candidates(sentences, same, threshold=0.4, texts=texts),
                      *slot_candidates(sentences, same, threshold=0.4, broad=True)]:  # fmt: skip
        p = model.probability(row)
        slot = cand.same_fact < 0.4
        if p >= FLOOR or slot:
            scored.setdefault((cand.i, cand.j), []).append((1 if slot else 2, p, cand.x, cand.y))
    rows = []
    for (i, j), cands in sorted(scored.items(), key=lambda kv: min((r, -p) for r, p, *_ in kv[1])):
        a = at.get((docs[sentences[i].article_id], sentences[i].start))
        b = at.get((docs[sentences[j].article_id], sentences[j].start))
        if a is None or b is None or a.doc == b.doc or len(rows) >= PER_CLUSTER:
            continue
        if {(cluster.id, a.doc, a.start, b.doc, b.start), (cluster.id, b.doc, b.start, a.doc, a.start)} & done:
            continue  # labelled in an earlier set
        rows.append((a, b, cands))
    labels = {d: f"Source {n + 1}" for n, d in enumerate(sorted({it.doc for a, b, _ in rows for it in (a, b)}))}
    out = []
    for a, b, cands in sorted(rows, key=lambda r: (r[0].doc, r[0].index, r[1].doc)):
        out.append(
            {
                "id": f"{a.id}~{b.id}",
                "cluster": cluster.id,
                "file": cluster.file,
                "heldout": held,
                "flags": sorted({("listed", "slot", "weighed")[r] for r, *_ in cands}),
                "probability": round(max(p for _, p, *_ in cands), 4),
                "values": [[_value(x), _value(y)] for _, _, x, y in cands[:3]],
                **sides(a, b, labels),
            }
        )  # fmt: skip
    return out


def main(argv: Sequence[str] | None = None) -> None:
    args = item_args(__doc__, argv)
    gold = load_golds()
    parts = {g.cluster: g.part for g in gold}
    pairs = {(g.cluster, g.a.doc, g.a.start, g.b.doc, g.b.start) for g in gold}
    clusters = choose(args.data)
    held = {c.id for c in clusters if parts.get(c.id) == "heldout"} | heldout(
        [c.id for c in clusters if c.id not in parts]
    )
    rows, index = collect(clusters, held, lambda c, h: cluster_items(c, h, pairs))
    index |= {"per_cluster": PER_CLUSTER, "floor": FLOOR}
    write_build(args.out, args.private, rows, held, index, hint)


if __name__ == "__main__":
    main()
