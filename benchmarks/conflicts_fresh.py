"""List the conflicts the stage finds on free Multi-News validation clusters, split in two halves before reading.

The labelled conflicts sets' development rules have not carried over to their held-out part (session 17: dev 18/19,
held-out 10/14), and the free data read so far (the task 5 topics, 13 free ``val_raw`` clusters, PolNeAR train
stories) list almost nothing to learn false kinds from. This lists what the stage finds on clusters no labelled set
holds: ``val_raw`` clusters in no conflicts set and in no held-out part of any labelled set, and the clusters of
``val_truncated`` (lower-cased, about 500 tokens a cluster) whose id is not a ``val_raw`` cluster. Each cluster is
put in half ``dev`` (read, rules written on it) or ``heldout`` (only counted and read once at the end) by the sha1
of its id before anything is run. ``--decision rules`` / ``--threshold`` loosen the stage to see the false kinds
just past today's line (a kind that is false there is one the next unseen cluster can bring).

The clusters the lead keeps for blind readings (``reserved.BLIND_CLUSTERS``) are never read. The output prints
article text: it is for a reader, not for the repository.

Run: ``python benchmarks/conflicts_fresh.py --half dev|heldout|all [--source raw|truncated|both] [--count]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import stage  # a sibling script, not a package
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.config import BriefConfig
from newsbrief.model import Article
from reserved import BLIND_CLUSTERS
from trust_items import DEFAULT_DATA_DIR, StoryCluster

RAW = "multinews/val_raw.jsonl"
TRUNCATED = "multinews/val_truncated.jsonl"
LABELS = Path(__file__).resolve().parents[1] / "tests" / "data"


def labelled() -> tuple[frozenset[str], frozenset[str]]:
    """Cluster ids of any conflicts set, and cluster ids in a held-out part of any labelled set."""
    conflicts: set[str] = set()
    heldout: set[str] = set()
    for path in sorted(LABELS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            named = clusters_named(row)
            if path.name.startswith("conflicts"):
                conflicts |= named
            parts = " ".join(str(v) for k, v in row.items() if "part" in k or "split" in k)
            if "heldout" in parts or row.get("heldout") is True:
                heldout |= named
    return frozenset(conflicts), frozenset(heldout)


#: A Multi-News validation cluster as the label files name it: whole ("multinews-val-33", also inside an item's
#: id or a locator) or short ("mn:33:0" of the lede labels, "mn33.0.1" of the pair ids).
_MULTINEWS_ID = re.compile(r"\bmultinews-val-(\d+)\b|\bmn:?(\d+)[.:]")


def clusters_named(row: dict) -> set[str]:
    """Every cluster or topic one label row names. The files key rows differently (``cluster``, ``topic``,
    ``story``, ``group``, ``record``, or only an item id such as ``mn:33:0``): reading ``cluster`` or ``id`` alone
    let two held-out Multi-News clusters of the lede labels and one of the split boundaries through."""
    named = {str(row[k]) for k in ("cluster", "topic", "story", "group", "record", "id") if row.get(k)}
    for m in _MULTINEWS_ID.finditer(json.dumps(row)):
        named.add(f"multinews-val-{m.group(1) or m.group(2)}")
    return named


def half(cluster_id: str) -> str:
    """``dev`` or ``heldout``, fixed by the sha1 of the cluster's id."""
    return "dev" if int(hashlib.sha1(cluster_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                print(f"error: {path}: line {n} is not JSON ({e.msg})", file=sys.stderr)
                raise SystemExit(2) from None


def needed(source: str) -> tuple[str, ...]:
    """The data files a ``--source`` reads: ``val_raw`` always (its ids keep ``val_truncated``'s copies of its
    clusters out), and ``val_truncated`` unless only ``raw`` is asked for."""
    return (RAW,) if source == "raw" else (RAW, TRUNCATED)


def check_data(data_dir: Path, source: str) -> None:
    """Stop with one line naming the first missing file and exit status 2 (a missing ``val_truncated`` used to
    end in a FileNotFoundError traceback halfway through a run over ``val_raw``)."""
    for file in needed(source):
        if not (data_dir / file).is_file():
            print(f"error: {data_dir / file}: not found; pass --data ../shared/data", file=sys.stderr)
            raise SystemExit(2)


def free_clusters(data_dir: Path, source: str) -> Iterator[tuple[str, StoryCluster]]:
    """(file, cluster) of every free cluster of 2+ documents, ``val_raw`` first, in file order."""
    conflicts, heldout = labelled()
    raw_ids = {r["id"] for r in _rows(data_dir / RAW)}
    files = {"raw": (RAW,), "truncated": (TRUNCATED,), "both": (RAW, TRUNCATED)}[source]
    for file in files:
        for row in _rows(data_dir / file):
            cid = row["id"]
            if cid in BLIND_CLUSTERS or cid in conflicts or cid in heldout or (file == TRUNCATED and cid in raw_ids):
                continue
            docs = [d for d in row["documents"] if d.strip()]
            if len(docs) < 2:
                continue
            articles = tuple(Article(id=f"{cid}#{n}", text=d) for n, d in enumerate(docs))
            yield file, StoryCluster(cid, file, tuple(docs), articles)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--half", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--source", choices=("raw", "truncated", "both"), default="both")
    parser.add_argument("--decision", default=None, help="the stage's decision (default: BriefConfig's)")
    parser.add_argument("--threshold", type=float, default=None, help="P(same fact) gate (default: BriefConfig's)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many clusters of the half (0: all)")
    parser.add_argument("--count", action="store_true", help="counts by kind only, no article text")
    args = parser.parse_args(argv)
    check_data(args.data, args.source)
    config = BriefConfig()
    decision = args.decision or config.conflict_decision
    threshold = config.conflict_threshold if args.threshold is None else args.threshold
    kinds: Counter[str] = Counter()
    read = 0
    for file, cluster in free_clusters(args.data, args.source):
        if args.half != "all" and half(cluster.id) != args.half:
            continue
        if args.limit and read >= args.limit:
            break
        read += 1
        sentences, same, _, texts = stage(cluster)
        listed = find_conflicts(
            sentences, same, threshold=threshold, texts=texts, decision=decision,
            slots=config.conflict_slots, published={a.id: None for a in cluster.articles},
        )  # fmt: skip
        for c in listed:
            kinds[c.kind] += 1
            if args.count:
                continue
            where = f"{file}, {len(cluster.articles)} reports, {half(cluster.id)}"
            print(f"{cluster.id} ({where}): {c.kind}: {c.description}")
            for side in c.sides:
                for s in side.sentences[:2]:
                    print(f"    {side.value!r} in {len(side.article_ids)} [{s.article_id}]: {s.text[:240]}")
        sys.stdout.flush()
    print(f"{read} clusters, {sum(kinds.values())} conflicts listed: {dict(kinds)}", file=sys.stderr)


if __name__ == "__main__":
    main()
