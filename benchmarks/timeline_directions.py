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

from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles
from newsbrief.text.dates import bare_month, bare_weekday
from reserved import BLIND_POLNEAR, BLIND_POLNEAR16

_WORTH = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)


def _rows(data: Path) -> list[tuple[str, dict]]:
    skip = set(BLIND_POLNEAR) | set(BLIND_POLNEAR16)
    rows = []
    for line in (data / "polnear" / "polnear_articles_train.jsonl").read_text().splitlines():
        if (r := json.loads(line))["id"] not in skip:
            rows.append(("P", r))
    rows += [("D", json.loads(line)) for line in (data / "duc2004" / "task5_dated.jsonl").read_text().splitlines()]
    return [(k, r) for k, r in rows if _WORTH.search(r["text"])]


def main(argv: list[str] | None = None) -> int:
    data = Path((argv if argv is not None else sys.argv[1:])[0])
    nlp = load_nlp()
    for source, r in _rows(data):
        article = Article(
            id=r["id"], text=r["text"], title=r.get("title"), published=(r.get("published") or "")[:10] or None
        )
        cleaned, _ = clean_articles([article])
        for e in build_timeline(cleaned, list(nlp.pipe([c.text for c in cleaned]))):
            if bare_weekday(e.date_text) is None and not bare_month(e.date_text):
                continue
            row = {"src": source, "id": r["id"], "pub": article.published, "date": e.date, "expr": e.date_text}
            print(json.dumps(row | {"text": e.text[:300]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
