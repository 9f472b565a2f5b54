"""Score bare weekdays against their true day (issue 12, session 18): ``tests/data/timeline25_weekdays.jsonl``.

The set: every resolved bare-weekday entry ("Tuesday", "on Monday night") a timeline showed at 3063de3 in the
articles of free data it drew (PolNeAR train less :data:`reserved.RESERVED_POLNEAR`, DUC 2004 task 5 less
``BLIND_TOPICS`` / ``SESSION11_TOPICS`` and less every document of a timeline label set; each article alone against
its ``published`` day; 240 articles in ``sha1("tl25:" + id)`` order), all of those five or more days from the day of
writing either way or ahead of it, and 45 drawn at random of the others; labelled with the day the text means
(``true_date``; none when the text does not tell or names no event). Halves by ``sha1("tl25w:" + id) % 2`` (held-out
when 0). Rows: the article's id as ``sha1(id)[:16]``, the entry's sentence offsets in the cleaned text, the
expression, the date shown at 3063de3, the true date and ``label`` (right, wrong, unknown, noevent). No text.

Each labelled article is briefed alone again; a labelled entry is *shown* when an entry of its sentence and
expression is resolved, and *right* when it shows the true date. Entries the labels do not hold (a date the
current code shows for a sentence it did not show at 3063de3) are listed, to be read.

Run: ``python benchmarks/timeline_week_sides.py /work/shared/data [--part dev|heldout]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles
from newsbrief.text.dates import bare_weekday
from reserved import RESERVED_POLNEAR

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "timeline25_weekdays.jsonl"


def _articles(data: Path, wanted: set[str]) -> dict[str, dict]:
    """The free articles whose id hashes to a labelled ``doc``, by that hash."""
    out = {}
    files = (data / "polnear" / "polnear_articles_train.jsonl", data / "duc2004" / "task5_dated.jsonl")
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            key = hashlib.sha1(row["id"].encode()).hexdigest()[:16]
            if key in wanted and row["id"] not in RESERVED_POLNEAR:
                out[key] = row
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--part", choices=("dev", "heldout"))
    args = parser.parse_args(argv)
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
    labels = [x for x in labels if args.part in (None, x["part"])]
    rows = _articles(args.data, {x["doc"] for x in labels})
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    for key, row in sorted(rows.items()):
        article = Article(id=row["id"], text=row["text"], published=row["published"][:10])
        cleaned, _ = clean_articles([article])
        shown = {
            (e.span.start, e.date_text): e.date
            for e in build_timeline(cleaned, list(nlp.pipe([c.text for c in cleaned])))
            if e.resolved and bare_weekday(e.date_text) is not None
        }
        mine = [x for x in labels if x["doc"] == key]
        for x in mine:
            part = x["part"]
            counts[f"{part} labelled"] += 1
            counts[f"{part} right at 3063de3"] += x["label"] == "right"
            date = shown.pop((x["start"], x["expr"]), None)
            counts[f"{part} shown"] += date is not None
            counts[f"{part} right"] += date is not None and date == x["true_date"]
        for (start, expr), date in shown.items():
            if not any(x["start"] == start for x in mine):
                continue  # a sentence outside the labelled sample
            counts["unlabelled"] += 1
            print(f"not in the set: {key} {start} {expr!r} -> {date}")
    for part in ("dev", "heldout"):
        if counts[f"{part} labelled"]:
            shown, right = counts[f"{part} shown"], counts[f"{part} right"]
            before = counts[f"{part} right at 3063de3"]
            print(f"{part}: labelled {counts[f'{part} labelled']} (right at 3063de3 {before}); ", end="")
            print(f"shown {shown}, right {right} ({right / shown:.1%})")
    print(f"other entries of labelled sentences (not drawn, or new): {counts['unlabelled']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
