"""Turn the two labellers' readings of the conflict pairs into the repository's gold set, and report agreement.

Reads (outside the repository): the item build (``items_full.jsonl``: offsets, hashes, split), the labellers'
files ``out/A.jsonl`` (every item) and ``out/B.jsonl`` (the held-out part and five development clusters),
and ``out/adjudicated.jsonl`` (the third reading of every item the two labelled differently). Writes
``tests/data/conflicts_gold.jsonl``: ids, offsets, hashes and labels only, never text. For a real
disagreement the two disputed values are stored as offsets within their sentences (the labeller copied the
value; it is located in the sentence here, and an item whose value cannot be found is reported).

Run: ``python benchmarks/conflict_labels.py --labels /work/labels/conflicts --build /work/labels/build/conflicts``;
the third round (both labellers label every item; only disputes of real against not real are adjudicated):
``python benchmarks/conflict_labels.py --labels /work/labels/conflicts3 --build /work/labels/build/conflicts3
--out tests/data/conflicts3_gold.jsonl --batch round3``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from trust_items import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "conflicts_gold.jsonl"


def _read(path: Path) -> dict[str, dict]:
    rows = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if "id" not in row or "label" not in row:
                raise SystemExit(f"{path}:{n}: a reading needs an id and a label")
            rows[row["id"]] = row
    return rows


def _offsets(sentence: str, value: str | None) -> list[int] | None:
    if not value:
        return None
    at = sentence.find(value)
    if at < 0:
        at = sentence.lower().find(value.lower())
    return [at, at + len(value)] if at >= 0 else None


def build(labels: Path, items_path: Path, batch: str = "pool") -> tuple[list[dict], dict]:
    """The gold rows and agreement of one labelled batch (``pool``: the candidate pool; ``flagged``: pairs the
    branch's conflicts set against each other that the pool did not hold, labelled afterwards)."""
    items = [json.loads(line) for line in items_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = list({it["id"]: it for it in items}.values())  # one pair set against another by two conflicts: once
    a = _read(labels / "out" / "A.jsonl")
    b = _read(labels / "out" / "B.jsonl") if (labels / "out" / "B.jsonl").exists() else {}  # one reading only
    adjudicated = _read(labels / "out" / "adjudicated.jsonl") if (labels / "out" / "adjudicated.jsonl").exists() else {}
    missing = [it["id"] for it in items if it["id"] not in a]
    if missing:
        raise SystemExit(f"{labels}/out/A.jsonl: {len(missing)} items unlabelled (first: {missing[0]})")
    both = [i for i in b if i in a]
    disputed = [i for i in both if a[i]["label"] != b[i]["label"]]
    # only what the set measures needs a third reading: real against not real (a dispute between two kinds of
    # "not real", e.g. compatible / not-same-fact / unsure, keeps A's label)
    both_read = batch in ("round3", "round4", "round5", "round6")
    about_real = [i for i in disputed if "real" in (a[i]["label"], b[i]["label"])] if both_read else disputed
    if unsettled := [i for i in about_real if i not in adjudicated]:
        raise SystemExit(f"{len(unsettled)} disputed items have no adjudication (first: {unsettled[0]})")
    rows, lost = [], []
    for it in items:
        final = adjudicated.get(it["id"]) or a[it["id"]]
        row = {
            # ids from round 4 on are of nupunkt's sentence numbers, which may repeat an earlier round's (pySBD's)
            "id": f"r{batch[-1]}:{it['id']}" if batch in ("round4", "round5", "round6", "round7") else it["id"],
            "cluster": it["cluster"],
            "file": it["file"],
            # round 5 is a fresh held-out round, scored once and reported apart from rounds 1-4's held-out part
            "part": "fresh" if batch == "round5" else it.get("part") or ("heldout" if it["heldout"] else "dev"),
            "batch": batch,
            "a": {k: it["a"][k] for k in ("doc", "start", "end", "sha1")},
            "b": {k: it["b"][k] for k in ("doc", "start", "end", "sha1")},
            "flagged_by_baseline": it.get("flagged_by_baseline", False),
            "label": final["label"],
            "readings": {"A": a[it["id"]]["label"], "B": b[it["id"]]["label"] if it["id"] in b else None,
                         "adjudicated": adjudicated[it["id"]]["label"] if it["id"] in adjudicated else None},
        }  # fmt: skip
        if final["label"] == "compatible":
            row["why"] = final.get("why")
        if final["label"] == "real":
            row["kind"] = final.get("kind")
            row["value_a"] = _offsets(it["a"].get("text", ""), final.get("span_a"))
            row["value_b"] = _offsets(it["b"].get("text", ""), final.get("span_b"))
            if row["value_a"] is None or row["value_b"] is None:
                lost.append(it["id"])
        rows.append(row)
    stats = {
        "items": len(rows),
        "double": len(both),
        "disputed": len(disputed),
        "disputed_about_real": len(about_real),
        "raw_agreement": round(1 - len(disputed) / len(both), 3) if both else None,
        "kappa_3way": round(cohen_kappa([a[i]["label"] for i in both], [b[i]["label"] for i in both]), 3)
        if both
        else None,
        "kappa_real": round(
            cohen_kappa([str(a[i]["label"] == "real") for i in both], [str(b[i]["label"] == "real") for i in both]), 3
        )
        if both
        else None,
        "labels": dict(Counter(r["label"] for r in rows)),
        "real_dev": sum(r["label"] == "real" and r["part"] == "dev" for r in rows),
        "real_heldout": sum(r["label"] == "real" and r["part"] in ("heldout", "fresh", "fresh-heldout") for r in rows),
        "values_not_found": lost,
        "clusters": len({r["cluster"] for r in rows}),
        "heldout_clusters": len({r["cluster"] for r in rows if r["part"] in ("heldout", "fresh", "fresh-heldout")}),
    }
    return rows, stats


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=Path("/work/labels/conflicts"))
    parser.add_argument("--build", type=Path, default=Path("/work/labels/build/conflicts"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--batch", default="pool", help="the batch name of the labelled rows (round3: the third round)")
    parser.add_argument(
        "--flagged", type=Path, help="the labelled batch of flagged pairs (e.g. /work/labels/conflicts2)"
    )
    args = parser.parse_args(argv)
    rows, stats = build(args.labels, args.build / "items_full.jsonl", batch=args.batch)
    print(json.dumps(stats, indent=1))
    if args.flagged:
        extra, extra_stats = build(args.flagged, args.build / "extra_items_full.jsonl", batch="flagged")
        rows += extra
        print(json.dumps(extra_stats, indent=1))
    write_jsonl(args.out, rows)


if __name__ == "__main__":
    main()
