"""Bare-month timeline entries on free data (issue 12, session 15): PolNeAR train without the reserved articles
(:data:`reserved.RESERVED_POLNEAR`) and DUC 2004 task 5, each article alone against its own published day. Prints one
JSON line per entry of month precision written without a year ("in November", "late July"), resolved or not, so
that two runs (base and branch) can be compared entry by entry and every change read.

Run: ``python benchmarks/timeline_months.py /work/shared/data > months.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article, Event
from newsbrief.pipeline import clean_articles
from reserved import RESERVED_POLNEAR

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SHORT = "Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec"
#: A month after a word that makes it a date and no day after it: the articles worth parsing.
_BARE = re.compile(
    rf"\b(?:in|this|last|next|by|until|since|through|of|the|early|late|mid-?)\s+(?:{_MONTHS}|{_SHORT})\b\.?(?!\s*\d)"
)


def free_rows(data: Path, worth: re.Pattern[str] | Callable[[dict], bool]) -> list[tuple[str, dict]]:
    """("P", row) for PolNeAR train articles but the reserved ones, ("D", row) for DUC 2004 task 5, whose text
    ``worth`` finds (or, a function, accepts as a row): the articles worth parsing."""
    rows = []
    for line in (data / "polnear" / "polnear_articles_train.jsonl").read_text().splitlines():
        if (r := json.loads(line))["id"] not in RESERVED_POLNEAR:
            rows.append(("P", r))
    rows += [("D", json.loads(line)) for line in (data / "duc2004" / "task5_dated.jsonl").read_text().splitlines()]
    keep = worth if callable(worth) else lambda r: worth.search(r["text"]) is not None
    return [(k, r) for k, r in rows if keep(r)]


def free_entries(data: Path, worth: re.Pattern[str] | Callable[[dict], bool]) -> Iterator[tuple[str, Article, Event]]:
    """(source, article, entry) for every timeline entry of each article of :func:`free_rows`, briefed alone
    against its own published day."""
    nlp = load_nlp()
    for source, r in free_rows(data, worth):
        article = Article(
            id=r["id"], text=r["text"], title=r.get("title"), published=(r.get("published") or "")[:10] or None
        )
        cleaned, _ = clean_articles([article])
        for e in build_timeline(cleaned, list(nlp.pipe([c.text for c in cleaned]))):
            yield source, article, e


def main(argv: list[str] | None = None) -> int:
    data = Path((argv if argv is not None else sys.argv[1:])[0])
    for source, article, e in free_entries(data, _BARE):
        if e.precision == "month" and not re.search(r"\d", e.date_text) and re.search(_MONTHS, e.date_text):
            row = {"src": source, "id": article.id, "pub": article.published, "date": e.date, "expr": e.date_text}
            print(json.dumps(row | {"bg": e.background, "text": e.text[:300]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
