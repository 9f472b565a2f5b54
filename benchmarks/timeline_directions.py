"""Relative dates whose direction the clause must tell, on free data (issue 12, session 16): bare weekdays
("Sunday", "Monday's caucus") and bare months ("in November"). PolNeAR train without the reserved articles and
DUC 2004 task 5, each article alone against its own published day. Prints one JSON line per such entry, resolved
or not, so that two runs (base and branch) can be compared entry by entry and every change read.

Run: ``python benchmarks/timeline_directions.py /work/shared/data > directions.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsbrief.text.dates import bare_month, bare_weekday
from timeline_months import free_entries  # a sibling script, not a package

_WORTH = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)


def main(argv: list[str] | None = None) -> int:
    data = Path((argv if argv is not None else sys.argv[1:])[0])
    for source, article, e in free_entries(data, _WORTH):
        if bare_weekday(e.date_text) is None and not bare_month(e.date_text):
            continue
        row = {"src": source, "id": article.id, "pub": article.published, "date": e.date, "expr": e.date_text}
        print(json.dumps(row | {"text": e.text[:300]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
