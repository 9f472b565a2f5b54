"""Build the items of the sixth conflicts labelling (issue 12): numeric value pairs the learned decision weighs.

Why: on the held-out part of rounds 1-4 most missed real disagreements are counts and sums that the learned
decision refuses at the same-fact gate; its training items hold few real numeric disagreements. This round asks
for labels on exactly those candidates, in clusters no round has labelled.

Clusters: the DUC 2004 task 5 topics not reserved for the lead's blind reading (dated AP, NYT and Xinhua reports
of one person over about a year; :func:`conflicts_dated.topic_cluster`). The Multi-News validation clusters no
round has labelled (69) give no candidate at all at the gate (few of their sentences align), and DUC task 2 is
all labelled. A third of the topics (lowest sha1 of the id, :func:`conflict_items.heldout`) is held out: scored
once, with settings chosen on development labels. The labellers see each report's published day.

Items: sentence pairs of two documents at or above the same-fact gate (0.4) on which
:func:`newsbrief.compare.conflicts.learned_candidates` weighs a pair of values of a numeric kind
(:data:`KINDS`), whatever the probability the shipped model gives; at most :data:`PER_CLUSTER` per cluster, the
highest probability first.

Run: ``python benchmarks/conflict_items6.py --out /work/labels/conflicts6 --private /work/labels/build/conflicts6``
(texts to ``--out``, outside the repository; offsets, hashes, probabilities and the split to ``--private``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflict_items import heldout, item_args, write_build  # sibling scripts, not a package
from conflict_items3 import collect, hint, sides
from conflict_items4 import _value, prepared
from conflicts import load_golds
from conflicts_dated import TASK5_FILE, topic_cluster, topics
from newsbrief.compare.conflict_model import shipped_model
from newsbrief.compare.conflicts import learned_candidates
from trust_items import StoryCluster

PER_CLUSTER = 6
GATE = 0.4
KINDS = frozenset({"number", "money", "percent", "distance", "time", "age"})


def choose(data_dir: Path, labelled: set[str]) -> list[StoryCluster]:
    """Every task 5 topic of two or more reports, not reserved and with no labelled pair."""
    free = topics(data_dir / TASK5_FILE, ())  # the reserved topics are always left out
    return [topic_cluster(data_dir, t) for t, arts in free.items() if len(arts) >= 2 and t not in labelled]


def cluster_items(cluster: StoryCluster, held: bool) -> list[dict]:
    """The items of one cluster (the module docstring), sources renumbered over the cluster's items."""
    if (ready := prepared(cluster)) is None:
        return []
    sentences, same, docs, texts, at = ready
    model = shipped_model()
    scored: dict[tuple[int, int], list] = {}
    days = {int(a.id.rsplit("#", 1)[1]): a.published for a in cluster.articles}
    for cand, row in learned_candidates(sentences, same, threshold=GATE, texts=texts):
        if cand.x.kind in KINDS:
            scored.setdefault((cand.i, cand.j), []).append((model.probability(row), cand.x, cand.y))
    rows = []
    for (i, j), cands in sorted(scored.items(), key=lambda kv: -max(p for p, *_ in kv[1])):
        a = at.get((docs[sentences[i].article_id], sentences[i].start))
        b = at.get((docs[sentences[j].article_id], sentences[j].start))
        if a is None or b is None or a.doc == b.doc or a.text == b.text or len(rows) >= PER_CLUSTER:
            continue
        rows.append((a, b, sorted(cands, key=lambda c: -c[0])))
    labels = {d: f"Source {n + 1}" for n, d in enumerate(sorted({it.doc for a, b, _ in rows for it in (a, b)}))}
    return [
        {"id": f"{a.id}~{b.id}", "cluster": cluster.id, "file": cluster.file, "heldout": held, "flags": ["numeric"],
         "probability": round(cands[0][0], 4), "days": [days[a.doc], days[b.doc]],
         "values": [[_value(x), _value(y)] for _, x, y in cands[:3]],
         **sides(a, b, labels)}
        for a, b, cands in sorted(rows, key=lambda r: (r[0].doc, r[0].index, r[1].doc))
    ]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    args = item_args(__doc__, argv)
    clusters = choose(args.data, {g.cluster for g in load_golds()})
    held = heldout([c.id for c in clusters])
    rows, index = collect(clusters, held, cluster_items)
    index |= {"per_cluster": PER_CLUSTER, "gate": GATE, "kinds": sorted(KINDS)}
    write_build(args.out, args.private, rows, held, index, dated_hint)


def dated_hint(row: dict) -> dict:
    """The labellers' hint: the values, and the day each report was published (a count may change between)."""
    return hint(row) | {"published": {row["a"]["source"]: row["days"][0], row["b"]["source"]: row["days"][1]}}


if __name__ == "__main__":
    main()
