"""Score the story part of the timeline on the third fresh round (session 19, ``tests/data/timeline27_fresh.jsonl``).

The set: every entry a brief showed in the story part (resolved, not background; nupunkt splitter) of 26 DUC 2004
task 2 clusters at 41ef8e2, labelled twice blind by one labeller (``first``, ``second``; the three disagreements
adjudicated into ``label``): ``event`` (an event of the story with the shown date), ``noevent`` or ``wrongdate``.
The clusters are briefed again; an entry is matched to its label by document, sentence start and expression.
Entries the labels do not hold (new since 41ef8e2) are counted apart and listed with ``--new`` (prints article
text: for development only, never to be copied into the repository).

Run: ``python benchmarks/timeline27_fresh.py [--part dev|heldout] [--new]``; it also prints the labellers'
agreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline import DATA  # siblings: scripts, not a package
from timeline27_items import FILE, items

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "timeline27_fresh.jsonl"


def agreement(rows: list[dict]) -> tuple[int, float]:
    """Rows the two readings label the same, and Cohen's kappa of event / not (wrong date counts as not)."""
    same = sum(r["first"] == r["second"] for r in rows)
    a = sum(r["first"] == "event" for r in rows) / len(rows)
    b = sum(r["second"] == "event" for r in rows) / len(rows)
    chance = a * b + (1 - a) * (1 - b)
    observed = sum((r["first"] == "event") == (r["second"] == "event") for r in rows) / len(rows)
    return same, (observed - chance) / (1 - chance) if chance < 1 else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout"))
    parser.add_argument("--new", action="store_true", help="list entries the labels do not hold (prints text)")
    args = parser.parse_args(argv)
    if not (DATA / FILE).exists():
        print(f"skipped: {DATA / FILE} is absent (the shared data set beside the repo)", file=sys.stderr)
        return 0
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
    labels = [x for x in labels if args.part in (None, x["part"])]
    same, kappa = agreement(labels)
    print(f"labels: {len(labels)}; the two readings agree on {same} (kappa {kappa:.3f}, event or not)")
    by_key = {(x["doc"], x["start"], x["expr"]): x for x in labels}
    wanted = {x["cluster"] for x in labels}
    lines = (DATA / FILE).read_text(encoding="utf-8").splitlines()
    rows = [r for line in lines if (r := json.loads(line))["id"] in wanted]
    counts: Counter[str] = Counter()
    for item in items(rows):
        label = by_key.get((item["doc"], item["start"], item["expression"]))
        part = item["part"]
        counts[f"{part} shown"] += 1
        if label is None:
            counts[f"{part} new"] += 1
            if args.new:
                print(f"NEW {part} {item['shown_date']}: {item['sentence'][:200]}")
            continue
        counts[f"{part} right"] += label["label"] == "event"
        counts[f"{part} kind {label['kind']}"] += label["label"] != "event"
    for part in ("dev", "heldout"):
        labelled = [x for x in labels if x["part"] == part]
        if not labelled:
            continue
        before = sum(x["label"] == "event" for x in labelled)
        shown, right, new = counts[f"{part} shown"], counts[f"{part} right"], counts[f"{part} new"]
        print(
            f"{part}: at 41ef8e2 {len(labelled)} shown, {before} right ({before / len(labelled):.1%}); now {shown} "
            f"shown, {right} right of {shown - new} labelled ({right / max(1, shown - new):.1%}), {new} new"
        )
        kinds = {k.split()[-1]: n for k, n in counts.items() if k.startswith(f"{part} kind ") and n}
        before_kinds = Counter(x["kind"] for x in labelled if x["label"] != "event")
        print(f"  wrong kinds at 41ef8e2 {dict(before_kinds.most_common())}; now {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
