"""Write the document labels (``tests/data/doc_labels.jsonl``) from the two labellers' answers and adjudication.

Inputs (outside the repository): the item index written by ``benchmarks/doc_items.py`` (cluster, document
index, part and raw-text hash of each item), the two labellers' answer files and the adjudication of every
item they disagree on (one JSON object a line: ``{"id", "label", "note"}``). Printed: Cohen's kappa over the
four labels and over "article or not", and the label counts per part. Written: one line per item with ids,
hash, the final label and each labeller's; no text.

Run: ``python benchmarks/doc_labels.py --labels /work/labels/docs``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa
from doc_filter import LABELS, LABELS_FILE


def _answers(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if row["label"] not in LABELS:
                    raise SystemExit(f"{path}: item {row['id']}: unknown label {row['label']!r}")
                out[row["id"]] = row["label"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=Path("/work/labels/docs"), help="the label set's folder")
    ap.add_argument("--out", type=Path, default=LABELS_FILE)
    args = ap.parse_args(argv)
    index = json.loads((args.labels / "build" / "index.json").read_text(encoding="utf-8"))
    a, b = (_answers(args.labels / "out" / f"{x}.jsonl") for x in "AB")
    adjudicated = _answers(args.labels / "out" / "adjudicated.jsonl")
    ids = list(index)
    for name, answers in (("A", a), ("B", b)):
        if set(answers) != set(ids):
            raise SystemExit(f"{name}.jsonl: {len(set(ids) - set(answers))} items unanswered")
    disputed = [i for i in ids if a[i] != b[i]]
    if missing := [i for i in disputed if i not in adjudicated]:
        raise SystemExit(f"adjudicated.jsonl: {len(missing)} disagreements not adjudicated, e.g. {missing[0]}")
    kappa = cohen_kappa([a[i] for i in ids], [b[i] for i in ids])
    binary = cohen_kappa([a[i] == "article" for i in ids], [b[i] == "article" for i in ids])
    print(
        f"{len(ids)} items; agreement {1 - len(disputed) / len(ids):.3f}; kappa {kappa:.3f} (four labels), "
        f"{binary:.3f} (article or not); {len(disputed)} adjudicated"
    )
    rows = []
    for i in ids:
        meta = index[i]
        label = adjudicated[i] if i in disputed else a[i]
        rows.append(
            {
                "id": i,
                "cluster": meta["cluster"],
                "doc": meta["doc"],
                "split": meta["split"],
                "sha1": meta["sha1"],
                "label": label,
                "a": a[i],
                "b": b[i],
            }
        )
    for split in ("dev", "heldout"):
        part = [r for r in rows if r["split"] == split]
        print(
            f"{split}: {len(part)} sources of {len({r['cluster'] for r in part})} clusters: "
            f"{dict(Counter(r['label'] for r in part).most_common())}"
        )
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
