"""Turn the two genre labellings into tests/data/genre_labels.jsonl (ids, hashes and labels, never text).

Reads ``<set>/out/A.jsonl`` and ``out/B.jsonl`` (one ``{"id", "label"[, "kind", "note"]}`` per item, written
by two labellers from ``genre_items.py``'s items and the guideline), ``out/adjudicated.jsonl`` (a third
reading of every item where A and B disagree) and ``split.json``. Prints Cohen's kappa (news / opinion /
unsure), the label counts, and the disagreements still open; writes the file only when every disagreement is
settled. The final label is the agreed one, or the adjudicated one.

Each record: ``id`` (``mn<cluster>.<doc>``), ``cluster``, ``doc`` (the document's index in the cluster),
``sha1`` (first 8 hex digits of the raw document), ``split`` (dev / heldout, by cluster), ``label``,
``kind`` (the opinion kinds the labellers gave, when they agreed on one), ``labels`` (each reading).

Run: ``python benchmarks/genre_labels.py --set /work/labels/genre [--write]``; :func:`load_genre_labels`
reads the file back and checks each document's hash against ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from pairs import short_sha1
from trust_items import DEFAULT_DATA_DIR, MULTINEWS_FILE, ROOT

LABELS_FILE = ROOT / "tests" / "data" / "genre_labels.jsonl"
LABELS = ("news", "opinion", "unsure")


def _read(path: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"error: {path}:{n}: not JSON ({exc.msg})") from None
            if rec.get("label") not in LABELS:
                raise SystemExit(
                    f"error: {path}:{n}: label must be one of {', '.join(LABELS)}, got {rec.get('label')!r}"
                )
            out[rec["id"]] = rec
    return out


def build(folder: Path, single: Path | None = None) -> tuple[list[dict], list[str]]:
    """The records (item order) and the ids whose disagreement is still open.

    ``single``: one reading (``{"id", "label"}`` lines) used for the items that neither labeller has read
    (stored with ``labels: {"single": ...}``): a stopgap while the two readings are not back, said so where
    the figures are reported.
    """
    items = [json.loads(line) for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    side = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    a, b = _read(folder / "out" / "A.jsonl"), _read(folder / "out" / "B.jsonl")
    adj = _read(folder / "out" / "adjudicated.jsonl")
    both = [it["id"] for it in items if it["id"] in a and it["id"] in b]
    print(f"items {len(items)}, read by A {len(a)}, by B {len(b)}, by both {len(both)}")
    if both:
        ka = cohen_kappa((a[i]["label"] for i in both), (b[i]["label"] for i in both))
        agree = sum(a[i]["label"] == b[i]["label"] for i in both)
        two = [i for i in both if "unsure" not in (a[i]["label"], b[i]["label"])]
        k2 = cohen_kappa((a[i]["label"] for i in two), (b[i]["label"] for i in two))
        print(
            f"kappa (3 labels): {ka:.3f}, raw agreement {agree}/{len(both)}; kappa news/opinion where neither "
            f"said unsure: {k2:.3f} on {len(two)}"
        )
        print("A x B:", dict(Counter((a[i]["label"], b[i]["label"]) for i in both)))
    one = _read(single) if single else {}

    def record(it: dict, label: str, kind: str | None, labels: dict[str, str]) -> dict:
        """One stored label: the item's keys, its hash and part, the label (and an opinion's kind)."""
        return {
            "id": it["id"],
            "cluster": it["cluster"],
            "doc": it["doc"],
            "sha1": side["sha1"][it["id"]],
            "split": side["split"][it["cluster"]],
            "label": label,
            **({"kind": kind} if label == "opinion" and kind else {}),
            "labels": labels,
        }

    records, open_ = [], []
    for it in items:
        i = it["id"]
        if i not in a and i not in b and i in one:
            rec = one[i]
            records.append(record(it, rec["label"], rec.get("kind"), {"single": rec["label"]}))
            continue
        if i not in a or i not in b:
            open_.append(i)
            continue
        readings = {"A": a[i]["label"], "B": b[i]["label"]}
        if readings["A"] == readings["B"]:
            label = readings["A"]
        elif i in adj:
            label = adj[i]["label"]
            readings["adjudicated"] = label
        else:
            open_.append(i)
            continue
        kinds = {r.get("kind") for r in (a[i], b[i]) if r.get("kind")}
        records.append(record(it, label, kinds.pop() if len(kinds) == 1 else None, readings))
    return records, open_


def load_genre_labels(data_dir: Path = DEFAULT_DATA_DIR, path: Path = LABELS_FILE) -> list[dict]:
    """The genre labels, each checked against its document in ../shared/data (a changed hash is an error)."""
    docs: dict[str, list[str]] = {}
    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            docs[row["id"]] = row["documents"]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rec in records:
        if short_sha1(docs[rec["cluster"]][rec["doc"]]) != rec["sha1"]:
            raise SystemExit(f"error: {path}: {rec['id']}: the document's hash no longer matches {data_dir}")
    return records


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", type=Path, default=Path("/work/labels/genre"), help="the label set's folder")
    ap.add_argument("--write", action="store_true", help=f"write {LABELS_FILE.relative_to(ROOT)}")
    ap.add_argument("--show-open", action="store_true", help="print the open disagreements (id, A, B)")
    ap.add_argument("--single", type=Path, help="one reading for the items neither labeller has read (stopgap)")
    ap.add_argument("--allow-open", action="store_true", help="write the settled items even if some are open")
    args = ap.parse_args(argv)
    records, open_ = build(args.set, args.single)
    for split in ("dev", "heldout"):
        print(split, dict(Counter(r["label"] for r in records if r["split"] == split)))
    print(f"records {len(records)}, open {len(open_)}")
    if args.show_open:
        for i in open_:
            print(i)
    if args.write:
        if open_ and not args.allow_open:
            raise SystemExit(f"error: {len(open_)} items not settled (unlabelled or disputed, not adjudicated)")
        tmp = LABELS_FILE.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tmp.replace(LABELS_FILE)
        print(f"wrote {LABELS_FILE}")


if __name__ == "__main__":
    main()
