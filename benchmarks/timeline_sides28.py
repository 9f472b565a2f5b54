"""Entries the session-19 side rules can move, on free data (issue 12, timeline28): PolNeAR train without the
reserved articles and DUC 2004 task 5, each article alone against its own published day. Only the articles where a
rule can fire are briefed (:func:`worth`: a day without its year after "upcoming", "next", "before", "ahead of"; a
weekday after a verb of intent's "to"; "last week" in an article of a Sunday). Prints one JSON line per entry of a
bare weekday, a counted week ("last week") or a day without its year ("Nov. 8"), resolved or not, so that two runs
(base and branch) can be compared entry by entry and every change read (the lines hold article text: for
development only, never to be copied into the repository).

Run: ``python benchmarks/timeline_sides28.py /work/shared/data > sides.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from newsbrief.text.dates import bare_weekday, parse_date
from timeline_months import free_entries  # a sibling script, not a package

_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}\b"
_AHEAD = re.compile(rf"\b(?:upcoming|coming|next|forthcoming|before|ahead of)\s+(?:\S+\s+){{0,3}}?{_DAY}")
_INTENT = re.compile(
    r"\b(?:threaten|vow|promis|pledg|hope|plann|intend|want|wish|aim|expect|agree|decide)\w*\s+to\b[^.]{0,80}"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_WEEK = re.compile(r"^(?:last|this|next)\s+week$", re.IGNORECASE)


def worth(row: dict) -> bool:
    """Whether one of the session's rules can fire in the article (a superset of where it does)."""
    text = row["text"]
    if _AHEAD.search(text) or _INTENT.search(text):
        return True
    try:
        sunday = date.fromisoformat((row.get("published") or "")[:10]).weekday() == 6
    except ValueError:
        return False
    return sunday and "last week" in text.lower()


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
    for source, article, e in free_entries(data, worth):
        if (kind := moved_kind(e.date_text)) is None:
            continue
        row = {"src": source, "id": article.id, "pub": article.published, "kind": kind, "date": e.date}
        print(json.dumps(row | {"at": e.span.start, "expr": e.date_text, "text": e.text[:300]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
