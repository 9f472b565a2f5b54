"""Agreement of two readers on the sentence labels of ``tests/data/judgement_labels_polnear2.jsonl`` (issue 10).

notes16 (session 15) labelled 214 PolNeAR train sentences ``opinion`` / ``other`` (``labels.A``, also ``label``, the
one the models use); review27 read the same sentences with the same guideline (``benchmarks/judgement.py``'s
docstring), each printed with its article and id and without the first label (``labels.B``). Cohen's kappa
(:func:`agreement.cohen_kappa`, as every labelled set's), overall and by the source's genre and the file's part,
the confusion table and the disagreements (ids and indexes only: read them against the source).

Run:
    python benchmarks/judgement_agreement.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from judgement import POLNEAR_LABELS_2


def records(path: Path = POLNEAR_LABELS_2) -> list[dict]:
    """The records that carry both readings."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if "B" in r.get("labels", {})]


def agreement(rows: list[dict]) -> tuple[int, int, float]:
    """(sentences agreed, sentences, Cohen's kappa) of readings A and B."""
    a, b = [r["labels"]["A"] for r in rows], [r["labels"]["B"] for r in rows]
    return sum(x == y for x, y in zip(a, b, strict=True)), len(rows), cohen_kappa(a, b)


def main() -> None:
    rows = records()
    groups = {"all": rows}
    for key in ("genre", "part"):
        for value in sorted({r[key] for r in rows}):
            groups[f"{key} {value}"] = [r for r in rows if r[key] == value]
    for name, group in groups.items():
        agreed, n, kappa = agreement(group)
        print(f"{name:16} {agreed}/{n} agree, kappa {kappa:.3f}")
    table = Counter((r["labels"]["A"], r["labels"]["B"]) for r in rows)
    print("A \\ B     opinion  other")
    for a in ("opinion", "other"):
        print(f"{a:8} {table[a, 'opinion']:8} {table[a, 'other']:6}")
    for r in rows:
        if r["labels"]["A"] != r["labels"]["B"]:
            print(f"  {r['id']} [{r['index']}]: A {r['labels']['A']}, B {r['labels']['B']}")


if __name__ == "__main__":
    main()
