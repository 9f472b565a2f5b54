"""Build the items of the genre labelling (issue 10): is a source document a news report or an opinion piece?

One item per source document of Multi-News ``val_raw``: every document of every cluster of the trust labels
(``tests/data/trust_sentences.jsonl``; the clusters whose sentences were labelled ``opinion`` are all among
them), plus whole clusters drawn with ``random.Random(SEED)`` from the rest until about ``TARGET_DOCS``
documents; the clusters reserved for the lead's blind reading (``RESERVED``) are never drawn.

Each item shows what an editor needs to judge a genre: the document's beginning (about ``HEAD_CHARS``
characters, ended at a sentence end) and ``MIDDLE_SENTENCES`` sentences from its middle, with its length.
The text splitting here is a display aid only (a plain regular expression), not the brief's splitter.

Held-out part, by cluster: the trust labels' held-out clusters stay held out and their development clusters
stay in development; the other drawn clusters are split by :func:`trust_items.heldout_ids` (lowest sha1 of
the id, a third rounded up), so about a third of the clusters is held out.

Run: ``python benchmarks/genre_items.py --out /work/labels/genre`` writes ``items.jsonl`` (texts included:
it lives outside the repository) and ``split.json`` (cluster -> dev/heldout, not shown to labellers).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import short_sha1  # siblings: scripts, not a package
from reserved import BLIND_CLUSTERS
from trust_items import DEFAULT_DATA_DIR, MULTINEWS_FILE, ROOT, heldout_ids, short_id

SEED = 20261130
TARGET_DOCS = 500
HEAD_CHARS = 500
MIDDLE_SENTENCES = 3
TRUST_SENTENCES = ROOT / "tests" / "data" / "trust_sentences.jsonl"
#: Reserved for the lead's blind editor reading: never labelled, fitted on or tuned on.
RESERVED = BLIND_CLUSTERS
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end (display only)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def head_of(text: str, chars: int = HEAD_CHARS) -> str:
    """The beginning of ``text``: at least ``chars`` characters, ended at the next sentence end (max +300)."""
    if len(text) <= chars + 300:
        return text.strip()
    ends = [e for e in _sentence_ends(text) if chars <= e <= chars + 300]
    return (text[: ends[0]] if ends else text[:chars] + " …").strip()


def middle_of(text: str, head_len: int, n: int = MIDDLE_SENTENCES) -> str:
    """``n`` sentences from the middle of ``text``, or "" when the head already shows most of it."""
    if len(text) < head_len + 400:
        return ""
    ends = [e for e in _sentence_ends(text) if e > head_len]
    mid = [e for e in ends if e >= len(text) // 2]
    if len(mid) < 2:
        return ""
    start = mid[0]
    stop = mid[n] if len(mid) > n else len(text)
    return text[start:stop].strip()


def trust_splits(path: Path = TRUST_SENTENCES) -> dict[str, str]:
    """cluster id -> split of the trust labels (the seeds are left out: not a val_raw cluster)."""
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["cluster"].startswith("multinews-val-"):
                out[rec["cluster"]] = rec["split"]
    return out


def build(data_dir: Path) -> tuple[list[dict], dict[str, str]]:
    """The items (in cluster order) and each chosen cluster's split."""
    clusters: dict[str, list[str]] = {}
    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            clusters[rec["id"]] = rec["documents"]
    trust = trust_splits()
    chosen = [c for c in sorted(trust) if c not in RESERVED]
    n_docs = sum(len(clusters[c]) for c in chosen)
    rest = sorted(c for c in clusters if c not in trust and c not in RESERVED)
    random.Random(SEED).shuffle(rest)
    extra: list[str] = []
    for c in rest:
        if n_docs >= TARGET_DOCS:
            break
        extra.append(c)
        n_docs += len(clusters[c])
    split = dict(trust)
    held_extra = heldout_ids(extra)
    split.update({c: "heldout" if c in held_extra else "dev" for c in extra})
    items: list[dict] = []
    for cid in sorted(chosen + extra, key=lambda c: int(c.rsplit("-", 1)[1])):
        for i, doc in enumerate(clusters[cid]):
            head = head_of(doc)
            items.append(
                {
                    "id": f"{short_id(cid)}.{i}",
                    "cluster": cid,
                    "doc": i,
                    "chars": len(doc),
                    "sha1": short_sha1(doc),
                    "beginning": head,
                    "middle": middle_of(doc, len(head)),
                }
            )
    return items, {c: split[c] for c in chosen + extra}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, required=True, help="the label set's folder (items.jsonl, split.json)")
    args = ap.parse_args(argv)
    items, split = build(args.data_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = args.out / "items.jsonl.tmp"
    with tmp.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({k: v for k, v in it.items() if k != "sha1"}, ensure_ascii=False) + "\n")
    tmp.replace(args.out / "items.jsonl")
    (args.out / "split.json").write_text(
        json.dumps({"split": split, "sha1": {it["id"]: it["sha1"] for it in items}}, indent=1, sort_keys=True),
        encoding="utf-8",
    )
    n_held = sum(1 for v in split.values() if v == "heldout")
    docs_held = sum(1 for it in items if split[it["cluster"]] == "heldout")
    print(f"{len(items)} items from {len(split)} clusters; held out {n_held} clusters, {docs_held} documents")


if __name__ == "__main__":
    main()
