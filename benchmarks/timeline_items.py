"""Items for a second, independent labelling of the timeline set's held-out part (issue 12: agreement).

Every labelled date expression of the DUC 2004 held-out groups of ``tests/data/timeline_gold.jsonl`` becomes one item
with what a labeller needs: the article's publication date and opening line (its dateline), the sentence holding
the expression with the expression marked ``[[...]]``, and the sentence before. The first labeller's answers are
not shown. Items live outside the repository (they hold text).

Run: ``python benchmarks/timeline_items.py --out /work/labels/timeline2``; the second reading is compared with
the first by ``python benchmarks/timeline_items.py --agreement /work/labels/timeline2/out/A.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from newsbrief.model import Article
from newsbrief.text.split import split_sentences
from timeline import load_gold  # a sibling script, not a package
from trust_items import write_jsonl


def _sentence_bounds(article: Article, start: int, end: int) -> tuple[int, int, int]:
    """Start and end of the project's sentence around [start, end) and the start of the one before."""
    sentences = split_sentences(article)
    k = next((k for k, x in enumerate(sentences) if x.start <= start < x.end), None)
    if k is None:
        return start, end, start
    s, e = sentences[k].start, max(sentences[k].end, end)
    return s, e, sentences[k - 1].start if k else s


def items(part: str = "heldout") -> list[dict]:
    out = []
    for g in load_gold():
        if g.part != part or g.source != "duc2004":
            continue  # Multi-News has no publication dates: one sentence would not show a labeller the date
        by_id = {a.id: a for a in g.articles}
        for k, label in enumerate(g.labels):
            art = by_id[label.doc]
            s, e, before = _sentence_bounds(art, label.start, label.end)
            marked = (
                art.text[s : label.start] + "[[" + art.text[label.start : label.end] + "]]" + art.text[label.end : e]
            )
            out.append(
                {
                    "id": f"{g.id}.{k}",
                    "group": g.id,
                    "article": label.doc,
                    "published": art.published,
                    "opening": art.text[:160].split("\n")[0],
                    "before": " ".join(art.text[before:s].split()) or None,
                    "sentence": " ".join(marked.split()),
                    "expression": art.text[label.start : label.end],
                }
            )
    return out


def agreement(path: Path, part: str = "heldout") -> dict:
    """Agreement of a second reading with the stored labels: event yes/no (kappa) and the date of events both
    call events."""
    second = {json.loads(line)["id"]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()}
    first = {}
    for g in load_gold():
        if g.part == part and g.source == "duc2004":
            for k, label in enumerate(g.labels):
                first[f"{g.id}.{k}"] = label
    both = [i for i in first if i in second]
    a = [first[i].event for i in both]
    b = [bool(second[i].get("event")) for i in both]
    n = len(both)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    events = [i for i in both if first[i].event and second[i].get("event")]
    same_date = sum(first[i].date == second[i].get("date") for i in events)
    return {"items": n, "event_agreement": round(po, 3), "event_kappa": round(cohen_kappa(a, b), 3),
            "events_both": len(events), "same_date": same_date}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--agreement", type=Path)
    args = parser.parse_args(argv)
    if args.agreement:
        print(json.dumps(agreement(args.agreement), indent=1))
        return
    if args.out is None:
        raise SystemExit("give --out DIR or --agreement FILE")
    rows = items()
    write_jsonl(args.out / "items.jsonl", rows)
    print(f"{len(rows)} items, {len({r['group'] for r in rows})} groups")


if __name__ == "__main__":
    main()
