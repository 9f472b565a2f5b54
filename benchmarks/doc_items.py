"""Build the items of the document labelling (issue 10, document filter): is each source an article of the story?

Every source document of every ``multinews/val_raw.jsonl`` cluster that reaches the brief's document stage is
one item: each cluster is read with newsbrief's own reader, cleaned with
:func:`newsbrief.pipeline.clean_articles` (documents left empty and copies of an earlier one are dropped
there and never reach the filter, so they are not labelled). The labeller sees the document's beginning and
end (trimmed to read in a few seconds), its length, the first line of each other source of the cluster and
the first sentence of the cluster's reference summary (what the story is), so "another story" can be judged.
The ten clusters of the lead's blind reading (``RESERVED``) are left out.

Held out (by cluster): the 14 clusters held out in the trust labels (``trust_items.heldout_ids`` over the
trust set) stay held out, the 26 trust development clusters stay in development, and the remaining clusters
are held out by lowest sha1 of ``"docs:" + id`` until a third of all clusters (rounded up) are held out.

Run: ``python benchmarks/doc_items.py --out /work/labels/docs`` writes ``items.jsonl`` (texts included, so it
lives outside the repository) and ``index.json`` (id -> cluster, doc index, split, raw sha1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from newsbrief.ingest import read_clusters
from newsbrief.pipeline import clean_articles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doc_filter import raw_documents  # sibling scripts, not a package
from reserved import BLIND_CLUSTERS
from trust_items import choose_clusters, heldout_ids, short_id

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
MULTINEWS_FILE = "multinews/val_raw.jsonl"
BEGIN_CHARS = 330
END_CHARS = 170
OTHER_CHARS = 90
STORY_CHARS = 220
#: Clusters reserved for the lead's blind reading of unseen briefs (session 6; ``reserved.py``): never labelled.
RESERVED = BLIND_CLUSTERS


def trim(text: str, limit: int, *, from_end: bool = False) -> str:
    """At most ``limit`` characters cut at a word boundary, with an ellipsis where cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if from_end:
        cut = text[-limit:]
        return "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    cut = text[:limit]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"


def doc_splits(data_dir: Path, cluster_ids: list[str]) -> dict[str, str]:
    """``dev`` / ``heldout`` per cluster id (see the module docstring)."""
    trust = [c.id for c in choose_clusters(data_dir)]
    trust_held = heldout_ids(trust)
    split = {cid: ("heldout" if cid in trust_held else "dev") for cid in trust if cid in cluster_ids}
    target = math.ceil(len(cluster_ids) / 3)
    rest = sorted(
        (c for c in cluster_ids if c not in split), key=lambda c: hashlib.sha1(f"docs:{c}".encode()).hexdigest()
    )
    need = target - sum(1 for s in split.values() if s == "heldout")
    for k, cid in enumerate(rest):
        split[cid] = "heldout" if k < need else "dev"
    return split


def build(data_dir: Path) -> tuple[list[dict], dict]:
    """The items (with text) and the index (no text)."""
    path = data_dir / MULTINEWS_FILE
    raw = raw_documents(data_dir)
    clusters = [c for c in read_clusters(path) if c.id not in RESERVED]
    split = doc_splits(data_dir, [c.id for c in clusters])
    items, index = [], {}
    for cluster in clusters:
        kept, _ = clean_articles(cluster.articles)
        story = trim(cluster.references[0] if cluster.references else "", STORY_CHARS)
        for art in kept:
            doc = int(art.id.rsplit("#", 1)[1])
            iid = f"{short_id(cluster.id)}.{doc}"
            others = [trim(o.text, OTHER_CHARS) for o in kept if o.id != art.id]
            n_words = len(art.text.split())
            whole = len(" ".join(art.text.split())) <= BEGIN_CHARS + END_CHARS + 40
            item = {
                "id": iid,
                "story": story,
                "others": others,
                "words": n_words,
                "begin": " ".join(art.text.split()) if whole else trim(art.text, BEGIN_CHARS),
                "end": "" if whole else trim(art.text, END_CHARS, from_end=True),
            }
            items.append(item)
            index[iid] = {
                "cluster": cluster.id,
                "doc": doc,
                "split": split[cluster.id],
                "sha1": hashlib.sha1(raw[cluster.id][doc].encode("utf-8")).hexdigest(),
            }
    return items, index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    items, index = build(args.data)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "items.jsonl").open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (args.out / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    held = sum(1 for v in index.values() if v["split"] == "heldout")
    print(f"{len(items)} items ({held} held out) of {len({v['cluster'] for v in index.values()})} clusters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
