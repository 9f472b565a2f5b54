"""Items for a third fresh round of shown story entries (session 19, set ``timeline27_fresh``; issue 12).

Every entry a brief shows in the story part of its timeline (resolved, not background; nupunkt splitter, as
the brief parses) for clusters no timeline or trust label set and no reserved list names. The 96 such val_raw
clusters (2+ documents, at most 60,000 characters) show none at 41ef8e2 (timeline21 and timeline23 drew them
and labelled every one that showed an entry), so the round was drawn from DUC 2004 task 2 (``--file``), whose
clusters have no publication dates either, as Multi-News has none: 2+ documents, at most
:data:`MAX_CHARS` characters, taken in ``sha1("tl27:" + id)`` order. Each item carries what a labeller needs (the
cluster's human summary, the sentence with the date expression marked ``[[...]]``, the sentence before) and the
shown date; the labeller says ``event`` (an event of the story with that date), ``noevent`` or ``wrongdate``.

Items hold article text, so they are written outside the repository; the labels kept in
``tests/data/timeline27_fresh.jsonl`` hold ids, offsets and labels only. The held-out third is the clusters with
``int(sha1("tl27:" + id), 16) % 3 == 0``.

Run: ``python benchmarks/timeline27_items.py --out /tmp/timeline27_labels --clusters 30 --file duc2004/task2.jsonl``
(26 of the 30 clusters show entries: 119 items, 91 dev, 28 held out).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.analyse.nlp import load_nlp, parse_sentences
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles, story_sentences
from reserved import BLIND_CLUSTERS
from timeline import DATA
from trust_items import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
MAX_CHARS = 60_000
SUMMARY_CHARS = 600
SALT = "tl27:"
#: The round's clusters file (the free val_raw clusters show no entry: module docstring).
FILE = "duc2004/task2.jsonl"


def key(cluster: str) -> int:
    return int(hashlib.sha1((SALT + cluster).encode("utf-8")).hexdigest(), 16)


def heldout(cluster: str) -> bool:
    return key(cluster) % 3 == 0


def named_elsewhere() -> set[str]:
    """The clusters a timeline or trust label set names (``tests/data/timeline*``, ``trust*``: the timeline was
    tuned on these) and the reserved ones. Other sets (documents' genre, ledes, ...) label other questions."""
    names: set[str] = set(BLIND_CLUSTERS)
    pattern = re.compile(r"multinews-val-\d+|\bd3\d{4}[a-z]\b")
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        if path.name.startswith(("timeline", "trust")) and not path.name.startswith("timeline27"):
            names |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return names


def clusters(n: int, file: str = FILE) -> list[dict]:
    taken = named_elsewhere()
    rows = []
    for line in (DATA / file).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs = row["documents"]
        if len(docs) >= 2 and sum(map(len, docs)) <= MAX_CHARS and row["id"] not in taken:
            rows.append(row)
    return sorted(rows, key=lambda r: key(r["id"]))[:n]


def items(rows: Sequence[dict], splitter: str = "nupunkt") -> Iterator[dict]:
    nlp = load_nlp()
    for row in rows:
        raw = [Article(id=f"{row['id']}#{i}", text=t) for i, t in enumerate(row["documents"])]
        cleaned, _ = clean_articles(raw)
        spans = [[(x.start, x.end) for x in story_sentences(a, splitter=splitter)] for a in cleaned]
        docs = list(parse_sentences(nlp, [a.text for a in cleaned], spans))
        texts = {a.id: a.text for a in cleaned}
        for k, ev in enumerate(e for e in build_timeline(cleaned, docs) if e.resolved and not e.background):
            text = texts[ev.span.article_id]
            s, e = ev.span.start, ev.span.end
            at = s + max(0, ev.span.text.find(ev.date_text))
            before = text[max(0, s - 300) : s].rsplit("\n", 1)[-1]
            yield {
                "id": f"{row['id']}.{k}",
                "cluster": row["id"],
                "doc": ev.span.article_id,
                "start": s,
                "end": e,
                "expression": ev.date_text,
                "shown_date": ev.date,
                "part": "heldout" if heldout(row["id"]) else "dev",
                "summary": (row.get("summary") or row["summaries"][0])[:SUMMARY_CHARS],
                "before": " ".join(before.split()),
                "sentence": " ".join(
                    (text[s:at] + "[[" + ev.date_text + "]]" + text[at + len(ev.date_text) : e]).split()
                ),
                "opening": " ".join(text[:200].split()),
            }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--clusters", type=int, default=30)
    parser.add_argument("--file", default=FILE, help="clusters file under the data folder")
    args = parser.parse_args(argv)
    if not (DATA / args.file).exists():
        print(f"{DATA / args.file}: the shared data file is missing", file=sys.stderr)
        raise SystemExit(2)
    rows = clusters(args.clusters, args.file)
    n = write_jsonl(args.out / "items.jsonl", items(rows))
    held = sum(heldout(r["id"]) for r in rows)
    print(f"{n} items from {len(rows)} clusters ({held} held out)")


if __name__ == "__main__":
    main()
