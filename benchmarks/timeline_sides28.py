"""Entries the session-19 side rules can move, on free data (issue 12, timeline28): PolNeAR train without the
reserved articles and DUC 2004 task 5, each article alone against its own published day. Prints one JSON line per
entry of a bare weekday, a counted week ("last week") or a day without its year ("Nov. 8"), resolved or not, so
that two runs (base and branch) can be compared entry by entry and every change read (the lines hold article text:
for development only, never to be copied into the repository).

Run: ``python benchmarks/timeline_sides28.py /work/shared/data > sides.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsbrief.text.dates import bare_weekday, parse_date
from timeline_months import free_entries  # a sibling script, not a package

_WORTH = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|[A-Z][a-z]{2,8}\.? \d{1,2})\b")
_WEEK = re.compile(r"^(?:last|this|next)\s+week$", re.IGNORECASE)


def moved_kind(expression: str) -> str | None:
    """Which rule of the session may move the entry: ``weekday``, ``week``, ``day`` (a day without its year)."""
    if bare_weekday(expression) is not None:
        return "weekday"
    if _WEEK.match(" ".join(expression.split())):
        return "week"
    bare = parse_date(expression, None)
    return "day" if bare is not None and bare.iso is not None and bare.iso.startswith("--") else None


def main(argv: list[str] | None = None) -> int:
    data = Path((argv if argv is not None else sys.argv[1:])[0])
    for source, article, e in free_entries(data, _WORTH):
        if (kind := moved_kind(e.date_text)) is None:
            continue
        row = {"src": source, "id": article.id, "pub": article.published, "kind": kind, "date": e.date}
        print(json.dumps(row | {"at": e.span.start, "expr": e.date_text, "text": e.text[:300]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
