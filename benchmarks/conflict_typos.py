"""Re-read the labelled name disagreements by the fixed guideline: a typo inside one source is not a conflict.

Rounds 1-4 told the labellers that a name spelt two ways is ``real`` when both sentences mean the same person or
place. The guideline of round 5 (and the lead's adjudication note of round 4) adds that a misspelling inside one
report, which elsewhere writes the name as the other report does ("Jersualem" in a report that also writes
"Jerusalem"; "Gadhadi" in one that writes "Gadhafi"), is a typo of that report, not a disagreement between
sources. This script applies that rule to every pair labelled ``real`` with kind ``name`` in the given gold files:
when the report of one side writes the other side's spelling too (as a word, anywhere in its cleaned text), the
pair is relabelled ``compatible`` (why ``typo``), its readings keeping the labellers' labels and a ``relabelled``
note. Nothing else changes. The rule reads only the two reports' texts, so it is applied to every part alike;
for the held-out parts only counts are printed.

Run: ``python benchmarks/conflict_typos.py --write`` (without ``--write``: counts only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import GOLDS, Side, _find, load_gold, stage  # sibling scripts, not a package
from trust_items import DEFAULT_DATA_DIR, _any_cluster, require_data, write_jsonl

NOTE = "typo in one source: its report writes the other spelling too (guideline of round 5)"


def writes(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word."""
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def typo_in_one_source(row: dict, texts: dict[int, str]) -> bool:
    """A labelled real name disagreement where one side's report also writes the other side's spelling."""
    if row.get("label") != "real" or row.get("kind") != "name" or not row.get("value_a") or not row.get("value_b"):
        return False
    a, b = texts[row["a"]["doc"]], texts[row["b"]["doc"]]
    start_a, start_b = _start(row["a"], a), _start(row["b"], b)
    if start_a is None or start_b is None:
        return False  # a side whose sentence the cleaned text no longer holds: nothing to read
    x = a[start_a:][row["value_a"][0] : row["value_a"][1]]
    y = b[start_b:][row["value_b"][0] : row["value_b"][1]]
    return x != y and (writes(a, y) or writes(b, x))


def _start(side: dict, text: str) -> int | None:
    """Where a side's sentence starts in today's cleaned ``text``: its stored offset points into the text as it
    was when labelled, and a change of the cleaning before it (session 12 reads "&AMP;" as "&") moves it; the
    sentence is found again by its hash, as the scorer finds it (``conflicts.relocated``). A side without a
    hash (a hand-made row) is read at its stored offset."""
    if "sha1" not in side:
        return side["start"]
    found = _find(Side(side["doc"], side["start"], side["end"], side["sha1"]), text)
    return None if found is None else found.start


def relabel(rows: list[dict], data_dir: Path) -> tuple[list[dict], Counter]:
    """The rows with typos inside one source relabelled, and counts by part."""
    counts: Counter = Counter()
    texts_of: dict[str, dict[int, str]] = {}
    out = []
    for row in rows:
        if row.get("label") == "real" and row.get("kind") == "name":
            counts[(row["part"], "real names")] += 1
            if row["cluster"] not in texts_of:
                _, _, docs, texts = stage(_any_cluster(data_dir, row["file"], row["cluster"]))
                texts_of[row["cluster"]] = {d: texts[a] for a, d in docs.items()}
            if typo_in_one_source(row, texts_of[row["cluster"]]):
                counts[(row["part"], "typos")] += 1
                row = {**row, "label": "compatible", "why": "typo",
                       "readings": {**row["readings"], "relabelled": NOTE}}  # fmt: skip
                row.pop("kind", None)
                row.pop("value_a", None)
                row.pop("value_b", None)
        out.append(row)
    return out, counts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--gold", type=Path, nargs="*", default=[g for g in GOLDS if g.exists()])
    parser.add_argument("--write", action="store_true", help="rewrite the gold files")
    args = parser.parse_args(argv)
    require_data(args.data)
    for path in args.gold:
        load_gold(path)  # a clear error for a bad file
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        fixed, counts = relabel(rows, args.data)
        print(f"{path.name}: " + ", ".join(f"{part} {what} {n}" for (part, what), n in sorted(counts.items())))
        if args.write and fixed != rows:
            write_jsonl(path, fixed)


if __name__ == "__main__":
    main()
