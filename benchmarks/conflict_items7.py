"""Build the items of the seventh conflicts labelling (issue 12, session 14): twenty fresh clusters.

Why: the development parts of rounds 1-4 and 6 are saturated (their rules fit them: 18/19 precision) while the
held-out part says the rules do not carry over (10/17). A fresh set lets a rule be chosen on pairs that no earlier
rule was drawn from, and checked on pairs of clusters nobody tuned on.

Clusters: 20 Multi-News validation clusters (``val_raw``) with two or more documents left after cleaning, in no
conflicts label file (every DUC 2004 task 2 cluster is labelled already), drawn with a fixed seed (:data:`SEED`);
split before any result is read: the third (7) with the lowest sha1 of the id is ``fresh-heldout``, the rest
``fresh-dev``.
Items per cluster, at most :data:`PER_CLUSTER`, as the fifth round draws them (``conflict_items5.cluster_items``):
what the system flags first, then alternately the best-scored and a random loose candidate and a random pair of
names spelt alike, so that pairs the system never weighs are read too.

Run: ``python benchmarks/conflict_items7.py --out /work/labels/conflicts7 --private /work/labels/build/conflicts7``
(texts to ``--out``, outside the repository; offsets, hashes and the split to ``--private``). The scorer briefs
only clusters with a labelled pair; ``python benchmarks/conflict_items7.py --listed`` counts what the conflict stage
lists on all 20, by part (no text printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflict_items5  # sibling scripts, not a package
from conflict_items import item_parser, write_build
from conflict_items3 import collect
from conflict_items5 import hint5
from conflicts import GOLDS, load_golds
from trust_items import MULTINEWS_FILE, StoryCluster, _any_cluster

N_CLUSTERS = 20
PER_CLUSTER = 12
SEED = 15
#: The labelled sets before this round: the draw reads them, so it gives the same clusters once round 7 exists.
GOLDS_BEFORE = tuple(g for g in GOLDS if not g.name.startswith("conflicts7"))


def choose(data_dir: Path, labelled: set[str]) -> list[StoryCluster]:
    """:data:`N_CLUSTERS` clusters of two or more documents with no labelled conflicts pair, drawn with :data:`SEED`."""
    from newsbrief.pipeline import clean_articles

    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as fh:
        ids = sorted(r["id"] for line in fh if line.strip() and (r := json.loads(line))["id"] not in labelled)
    clusters = [_any_cluster(data_dir, MULTINEWS_FILE, c) for c in ids]
    pool = [c for c in clusters if len(clean_articles(c.articles)[0]) >= 2]  # two reports left after cleaning
    return random.Random(SEED).sample(pool, N_CLUSTERS)


def split(ids: Sequence[str]) -> set[str]:
    """The held-out third: the clusters with the lowest sha1 of the id (as every earlier round)."""
    ranked = sorted(ids, key=lambda c: hashlib.sha1(c.encode("utf-8")).hexdigest())
    return set(ranked[: len(ids) // 3 + (len(ids) % 3 > 0)])


def listed(data_dir: Path) -> dict[str, int]:
    """How many conflicts the conflict stage (``BriefConfig``'s settings, as ``analyse`` calls it) lists on the
    round's clusters, by part: the clusters without a labelled pair count too (a conflict there is false, as
    reading found no disagreement in them)."""
    from conflicts import stage
    from newsbrief.compare.conflicts import find_conflicts
    from newsbrief.config import BriefConfig

    cfg = BriefConfig()
    clusters = choose(data_dir, {g.cluster for g in load_golds(GOLDS_BEFORE)})
    held = split([c.id for c in clusters])
    out = {"fresh-dev": 0, "fresh-heldout": 0}
    for c in clusters:
        sentences, same, _, texts = stage(c)
        found = find_conflicts(sentences, same, threshold=cfg.conflict_threshold, texts=texts,
                               decision=cfg.conflict_decision, slots=cfg.conflict_slots)  # fmt: skip
        out["fresh-heldout" if c.id in held else "fresh-dev"] += len(found)
    return out


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The item builder's options (``--data``, ``--out``, ``--private``) and ``--listed``, which writes nothing and
    so needs neither ``--out`` nor ``--private``."""
    parser = item_parser(__doc__, required=False)
    parser.add_argument("--listed", action="store_true", help="count the conflicts listed on the 20, by part")
    args = parser.parse_args(argv)
    if not args.listed and (args.out is None or args.private is None):
        parser.error("--out and --private are needed to build the items")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    if args.listed:
        print(json.dumps(listed(args.data)))
        return
    gold = load_golds(GOLDS_BEFORE)
    pairs = {(g.cluster, g.a.doc, g.a.start, g.b.doc, g.b.start) for g in gold}
    clusters = choose(args.data, {g.cluster for g in gold})
    held = split([c.id for c in clusters])
    rng = random.Random(SEED)

    def items(c: StoryCluster, heldout: bool) -> list[dict]:
        rows = conflict_items5.cluster_items(c, pairs, rng, PER_CLUSTER)
        for r in rows:
            r["part"] = "fresh-heldout" if heldout else "fresh-dev"
            r["heldout"] = heldout
        return rows

    rows, index = collect(clusters, held, items)
    index |= {"per_cluster": PER_CLUSTER, "seed": SEED}
    write_build(args.out, args.private, rows, held, index, hint5)


if __name__ == "__main__":
    main()
