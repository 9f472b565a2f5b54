"""The story/background labels of the timeline (set ``timeline4``): agreement of the two readings, and the final
labels written into ``tests/data/timeline_gold.jsonl`` (issue 12, item 2; session 7).

Reads the items of :mod:`timeline_story_items`, the two labellers' answers (``out/A.jsonl``, ``out/B.jsonl``)
and the adjudication of their disagreements (``out/adjudicated.jsonl``, one line per item they disagree on: the
label or, for a new expression, the date). Then:

- every labelled event of the timeline set gets ``background`` (``false``: an event of the story; ``true``:
  dated background); an event both readings (or the adjudication) call no event becomes ``event: false``; a date
  both readings correct the same way is corrected;
- every expression of the new clusters becomes a label (``event``, ``date``, ``background``), in a new group.

Run: ``python benchmarks/timeline_story_labels.py --labels /work/labels/timeline4`` (prints the agreement;
``--write`` rewrites the gold file).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from timeline import DATA, GOLD, _documents, sha1
from timeline_story_items import heldout
from trust_items import write_jsonl

_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}|--\d{2}-\d{2})$")


def _read(path: Path) -> dict[str, dict]:
    return {(r := json.loads(line))["id"]: r for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def final(items: dict[str, dict], a: dict[str, dict], b: dict[str, dict], adj: dict[str, dict]) -> dict[str, dict]:
    """The final label and date of every item: the two readings where they agree, else the adjudication.

    Raises:
        ValueError: a disagreement with no adjudication, or a date not in the guideline's forms.
    """
    out = {}
    for i, item in items.items():
        x, y = a[i], b[i]
        if i in adj:
            label, date = adj[i]["label"], adj[i].get("date")
        elif x["label"] != y["label"] or (
            item["kind"] == "new" and x["label"] != "not-event" and x.get("date") != y.get("date")
        ):
            raise ValueError(f"{i}: the readings disagree and there is no adjudication")
        else:
            label, date = x["label"], x.get("date")
        if item["kind"] == "event":
            both = x.get("date") if x.get("date") == y.get("date") else None
            date = date or both or item["given_date"]
        if label == "not-event":
            date = None
        if date is not None and not _DATE.match(date):
            raise ValueError(f"{i}: date {date!r} is not in a form of the guideline")
        out[i] = {"label": label, "date": date}
    return out


def agreement(items: dict[str, dict], a: dict[str, dict], b: dict[str, dict]) -> dict[str, object]:
    """Cohen's kappa of the three classes per kind of item, and date agreement on new expressions both call events."""
    out: dict[str, object] = {}
    for kind in ("event", "new"):
        ids = [i for i in items if items[i]["kind"] == kind]
        x, y = [a[i]["label"] for i in ids], [b[i]["label"] for i in ids]
        same = sum(p == q for p, q in zip(x, y, strict=True))
        out[kind] = {"items": len(ids), "agree": same, "kappa": round(cohen_kappa(x, y), 3)}
    both = [i for i in items if items[i]["kind"] == "new" and "not-event" not in (a[i]["label"], b[i]["label"])]
    out["new_dates"] = {"both_events": len(both), "same_date": sum(a[i].get("date") == b[i].get("date") for i in both)}
    return out


def gold_rows(items: dict[str, dict], labels: dict[str, dict], gold: Path = GOLD) -> list[dict]:
    """The gold file's groups with the new classes, then the new clusters' groups."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    for g in rows:
        for k, x in enumerate(g["labels"]):
            got = labels.get(f"{g['group']}.{k}")
            if not x["event"] or got is None:
                x.pop("background", None)
                continue
            if got["label"] == "not-event":
                x["event"], x["date"] = False, None
                x.pop("background", None)
            else:
                x["date"], x["background"] = got["date"], got["label"] == "background"
    texts = _documents(DATA / "multinews" / "val_raw.jsonl")
    new: dict[str, list[dict]] = {}
    for item in items.values():
        if item["kind"] == "new":
            new.setdefault(item["group"], []).append(item)
    for group, its in new.items():
        docs = sorted({it["article"] for it in its} | {k for k in texts if k.startswith(group + "#")}, key=_doc_order)
        out = []
        for it in sorted(its, key=lambda it: (_doc_order(it["article"]), it["start"])):
            text = texts[it["article"]]["text"]
            got = labels[it["id"]]
            row = {"doc": it["article"], "start": it["start"], "end": it["end"]}
            row["sha1"] = sha1(text[it["start"] : it["end"]], 8)
            row["event"] = got["label"] != "not-event"
            row["date"] = got["date"]
            if row["event"]:
                row["background"] = got["label"] == "background"
            out.append(row)
        rows.append(
            {
                "group": group,
                "file": "multinews/val_raw.jsonl",
                "part": "heldout" if heldout(group) else "dev",
                "docs": [{"id": d, "sha1": sha1(texts[d]["text"], 12)} for d in docs],
                "labels": out,
            }
        )
    return rows


def _doc_order(doc_id: str) -> tuple[str, int]:
    cluster, _, index = doc_id.partition("#")
    return cluster, int(index or 0)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, required=True, help="the set's folder (items.jsonl, out/)")
    parser.add_argument("--write", action="store_true", help="rewrite tests/data/timeline_gold.jsonl")
    args = parser.parse_args(argv)
    items = _read(args.labels / "items.jsonl")
    a, b = _read(args.labels / "out" / "A.jsonl"), _read(args.labels / "out" / "B.jsonl")
    adj = _read(args.labels / "out" / "adjudicated.jsonl")
    print(json.dumps(agreement(items, a, b), indent=1))
    labels = final(items, a, b, adj)
    print(f"{len(adj)} adjudicated; final: " + ", ".join(
        f"{k} {sum(x['label'] == k for x in labels.values())}" for k in ("story", "background", "not-event")
    ))  # fmt: skip
    if args.write:
        rows = gold_rows(items, labels)
        write_jsonl(GOLD, rows)
        print(f"wrote {GOLD}: {len(rows)} groups, {sum(len(g['labels']) for g in rows)} expressions")


if __name__ == "__main__":
    main()
