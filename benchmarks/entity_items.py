"""Build the items of the entity labelling (issue 11, item 4): candidate names and descriptors per cluster.

Labels are keyed on *name strings per cluster*, not on one system version's output, so that they score any
later version of the entity code. For each of the 41 clusters of the trust set
(:func:`trust_items.choose_clusters`: 40 Multi-News validation clusters with three or more documents and the
seed story; the same held-out third, :func:`trust_items.heldout_ids`) the candidate names are

1. every name and alias of the first :data:`TOP_SYSTEM` entities of the brief as the current system makes it
   (``newsbrief.brief`` on the cluster, analysis on), and
2. spaCy's ``PERSON``/``ORG``/``GPE``/``LOC``/``NORP`` spans of the brief's cleaned articles seen at least
   :data:`MIN_SPANS` times in the cluster (most frequent first, at most :data:`MAX_EXTRA` per cluster), in the
   form the model tags them and without a leading "the", and with the honorific in front where one precedes
   them ("Mrs Wilson"), so that an improved system's names still find labels;

each shown with up to three sentences of the cluster that contain it (from different articles where there are).
Every descriptor the current system shows for those entities is a second kind of item (is it a description of
the entity?), with the sentence it was read from.

Run: ``python benchmarks/entity_items.py --out /work/labels/entities`` writes ``items.jsonl`` (texts included:
items live outside the repository) and ``build.json`` (the split, the counts, the system version).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief import BriefConfig, brief
from newsbrief.analyse._entity_rules import HONORIFICS
from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.quotes import parse
from newsbrief.model import Article
from newsbrief.text.split import split_sentences
from trust_items import (  # a sibling script, not a package
    DEFAULT_DATA_DIR,
    StoryCluster,
    choose_clusters,
    heldout_ids,
    multinews_clusters,
    short_id,
    write_jsonl,
)

ROOT = Path(__file__).resolve().parents[1]
#: How many of the system's entities give candidate names (the ten scored, and two for a system that ranks
#: differently).
TOP_SYSTEM = 12
#: A spaCy span must occur this often in a cluster to be a candidate name.
MIN_SPANS = 2
#: At most this many spaCy-only names per cluster (the most frequent).
MAX_EXTRA = 12
#: Context sentences shown per name.
CONTEXTS = 3
_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _norm(name: str) -> str:
    return " ".join(name.split())


def spacy_names(articles: list[Article]) -> Counter[str]:
    """Counts of the spans spaCy tags in the cleaned articles, as tagged and with a preceding honorific."""
    counts: Counter[str] = Counter()
    for doc in parse(load_nlp(), (a.text for a in articles)):
        for ent in doc.ents:
            if ent.label_ not in _LABELS or "\n" in ent.text:
                continue
            toks = list(ent)
            while toks and (toks[0].lower_ in {"the", "a", "an"} or toks[0].is_punct):
                toks.pop(0)
            while toks and (toks[-1].lower_ in {"'s", "’s"} or toks[-1].is_punct):
                toks.pop()
            if not toks or not any(t.text[:1].isupper() for t in toks):
                continue
            name = _norm(doc[toks[0].i : toks[-1].i + 1].text)
            counts[name] += 1
            if toks[0].i > 0 and doc[toks[0].i - 1].lower_ in HONORIFICS and doc[toks[0].i - 1].lower_ != name.lower():
                counts[_norm(f"{doc[toks[0].i - 1].text} {name}")] += 1
    return counts


def contexts(sentences: list[tuple[int, str]], needle: str, k: int = CONTEXTS) -> list[str]:
    """Up to ``k`` sentences containing ``needle`` as a whole word, from different articles first."""
    pat = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    hits = [(doc, s) for doc, s in sentences if pat.search(s)]
    chosen: list[tuple[int, str]] = []
    seen_docs: set[int] = set()
    for doc, s in hits:
        if doc not in seen_docs:
            chosen.append((doc, s))
            seen_docs.add(doc)
    for doc, s in hits:
        if len(chosen) >= k:
            break
        if (doc, s) not in chosen:
            chosen.append((doc, s))
    out = []
    for doc, s in chosen[:k]:
        text = " ".join(s.split())
        if len(text) > 400:  # a long sentence: the window around the name
            at = pat.search(text).start()
            lo = max(0, at - 180)
            text = ("… " if lo else "") + text[lo : at + 220] + " …"
        out.append(f"[doc {doc}] " + pat.sub(lambda m: f"[[{m.group(0)}]]", text, count=1))
    return out


def cluster_items(cluster: StoryCluster, split: str, max_extra: int = MAX_EXTRA) -> tuple[list[dict], dict]:
    """The name and descriptor items of one cluster, and a summary row for the build file."""
    b = brief(list(cluster.articles), BriefConfig(analysis=True))
    cleaned = list(b.sources)
    doc_of = {a.id: i for i, a in enumerate(cleaned)}
    sentences = [(doc_of[a.id], s.text) for a in cleaned for s in split_sentences(a)]
    names: dict[str, str] = {}  # name -> where it came from
    for ent in b.entities[:TOP_SYSTEM]:
        for n in (ent.name, *ent.aliases):
            names.setdefault(_norm(n), "system")
    extra = [n for n, c in spacy_names(cleaned).most_common() if c >= MIN_SPANS and n not in names]
    for n in extra[:max_extra]:
        names[n] = "spacy"
    tag = short_id(cluster.id)
    ordered = sorted(names, key=lambda n: (n.split()[-1].lower(), n))  # one surname's forms together
    items = []
    for k, name in enumerate(ordered):
        ctx = contexts(sentences, name)
        if not ctx:
            ctx = contexts([(d, s.lower()) for d, s in sentences], name.lower())
        items.append(
            {
                "id": f"{tag}.n{k:02d}",
                "kind": "name",
                "cluster": cluster.id,
                "name": name,
                "contexts": ctx,
                "cluster_names": ordered,
            }
        )
    k = 0
    for ent in b.entities[:TOP_SYSTEM]:
        seen = set()
        for article_id, desc in ent.descriptors:
            if desc.lower() in seen:
                continue
            seen.add(desc.lower())
            art_sents = [(d, s) for d, s in sentences if d == doc_of.get(article_id)]
            ctx = [c for c in contexts(art_sents, desc, 2) if any(a.split()[-1] in c for a in (ent.name,))]
            ctx = ctx or contexts(art_sents, desc, 1) or contexts(art_sents, ent.name.split()[-1], 1)
            items.append(
                {
                    "id": f"{tag}.d{k:02d}",
                    "kind": "descriptor",
                    "cluster": cluster.id,
                    "name": _norm(ent.name),
                    "descriptor": desc,
                    "contexts": ctx,
                }
            )
            k += 1
    row = {
        "id": cluster.id,
        "file": cluster.file,
        "split": split,
        "names": len(ordered),
        "from_spacy": len(extra[:max_extra]),
        "descriptors": k,
    }
    return items, row


def build(data_dir: Path, out_dir: Path) -> dict:
    """Write ``items.jsonl`` and ``build.json`` into ``out_dir``; returns the build summary."""
    clusters = choose_clusters(data_dir)
    held = heldout_ids(c.id for c in clusters)
    items: list[dict] = []
    rows = []
    for cluster in clusters:
        got, row = cluster_items(cluster, "heldout" if cluster.id in held else "dev")
        items += got
        rows.append(row)
        print(f"{cluster.id}: {row['names']} names ({row['from_spacy']} spaCy only), {row['descriptors']} descriptors")
    n = write_jsonl(out_dir / "items.jsonl", items)
    return write_build(out_dir, {"items": n}, rows)


#: The folders of the blind readers' cluster lists (never labelled by a fresh round: the latest one is reserved
#: for the lead's reading, the earlier ones were developed on).
READINGS = ("s5", "s6", "s7", "s8")
#: Items of a fresh round keep fewer spaCy-only names: the round scores what a brief shows.
FRESH_EXTRA = 4


def fresh_clusters(data_dir: Path, n: int, notes: Path, seed: int = 4) -> list[StoryCluster]:
    """``n`` Multi-News clusters with >= 3 documents that no entity round labelled and no reader read.

    A fresh held-out for a system developed on the 41 trust clusters and the readers' clusters: drawn with
    its own seed from what is left once those (and the lead's reserved list) are taken out.
    """
    taken = {c.id for c in choose_clusters(data_dir)}
    for folder in READINGS:
        path = notes / folder / "reading_ids.json"
        if not path.exists():
            raise SystemExit(f"{path}: missing (the readers' clusters must be left out of a fresh round)")
        taken |= set(json.loads(path.read_text(encoding="utf-8"))["unseen"])
    pool = [c for c in multinews_clusters(data_dir) if c.id not in taken]
    chosen = set(random.Random(seed).sample(sorted(c.id for c in pool), n))
    return [c for c in pool if c.id in chosen]


def fresh_heldout(cluster_ids: list[str]) -> set[str]:
    """The held-out half of a fresh round: the clusters with the lowest sha1 of their id, half rounded up (the
    other half may be fitted on: the first rounds' dev clusters hold too few of the errors left)."""
    ranked = sorted(cluster_ids, key=lambda c: hashlib.sha1(c.encode("utf-8")).hexdigest())
    return set(ranked[: (len(ranked) + 1) // 2])


def build_fresh(data_dir: Path, out_dir: Path, n: int, notes: Path) -> dict:
    """A fresh round's ``items.jsonl`` and ``build.json`` (splits ``fresh-dev`` and ``fresh-heldout``)."""
    items: list[dict] = []
    rows = []
    clusters = fresh_clusters(data_dir, n, notes)
    held = fresh_heldout([c.id for c in clusters])
    for cluster in clusters:
        got, row = cluster_items(cluster, "fresh-heldout" if cluster.id in held else "fresh-dev", FRESH_EXTRA)
        items += got
        rows.append(row)
        print(f"{cluster.id}: {row['names']} names ({row['from_spacy']} spaCy only), {row['descriptors']} descriptors")
    n_items = write_jsonl(out_dir / "items.jsonl", items)
    return write_build(out_dir, {"items": n_items}, rows)


#: Label files whose held-out parts a second fresh round leaves out (trust, support, timeline, conflicts), besides
#: every cluster the entity labels already hold.
HELDOUT_SETS = ("trust", "support", "timeline", "conflicts")


def unlabelled_clusters(data_dir: Path) -> list[StoryCluster]:
    """Multi-News clusters with >= 3 documents in no entity label, no held-out part of a labelled set
    (:data:`HELDOUT_SETS`) and not reserved for the lead's reading (``reserved.BLIND_CLUSTERS``, only left out).

    Session 16's second fresh round was drawn from these with the label files of e1b2b13 (34 clusters; its 16 are
    in the entity labels now, so a later draw leaves them out): the readers' lists that :func:`fresh_clusters` reads
    are gone, and the label files themselves say which clusters are taken."""
    from reserved import BLIND_CLUSTERS  # a sibling script: the reserved ids, never opened

    taken = set(BLIND_CLUSTERS)
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                ids = set(re.findall(r"multinews-val-\d+", line))
                if not ids:
                    continue
                row = json.loads(line)
                part = f"{row.get('split', '')}|{row.get('part', '')}".lower()
                if path.name.startswith("entity") or ("held" in part and path.name.startswith(HELDOUT_SETS)):
                    taken |= ids
    return [c for c in multinews_clusters(data_dir) if c.id not in taken]


def build_fresh2(data_dir: Path, out_dir: Path, n: int, seed: int = 20, round_name: str = "fresh2") -> dict:
    """A later fresh round's ``items.jsonl`` and ``build.json``: ``n`` of :func:`unlabelled_clusters` (its own seed),
    split ``<round>-dev`` / ``<round>-heldout`` by :func:`fresh_heldout` before anything is read. Session 16's second
    round is ``fresh2`` (seed 20); session 19's third, ``fresh3`` (seed 25), is drawn the same way from what the
    label files left free then."""
    pool = unlabelled_clusters(data_dir)
    if n > len(pool):  # session 19: 12 were left, all drawn
        print(f"only {len(pool)} clusters are free; drawing all of them")
    chosen = set(random.Random(seed).sample(sorted(c.id for c in pool), min(n, len(pool))))
    clusters = [c for c in pool if c.id in chosen]
    held = fresh_heldout([c.id for c in clusters])
    items: list[dict] = []
    rows = []
    for cluster in clusters:
        part = f"{round_name}-heldout" if cluster.id in held else f"{round_name}-dev"
        got, row = cluster_items(cluster, part, FRESH_EXTRA)
        items += got
        rows.append(row)
    n_items = write_jsonl(out_dir / "items.jsonl", items)
    return write_build(out_dir, {"items": n_items}, rows)


def write_build(out_dir: Path, head: dict, rows: list[dict]) -> dict:
    """Write ``build.json`` (the system commit, ``head``, the name and descriptor counts, the clusters' rows)
    into ``out_dir``, by way of a temporary file so that a crash never leaves half of it; returns it.

    Both labelling rounds (this script and ``entity_items_more.py``) write it; ``entity_labels`` reads it.
    """
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    summary = {
        "system_commit": commit,
        **head,
        "names": sum(r["names"] for r in rows),
        "descriptors": sum(r["descriptors"] for r in rows),
        "clusters": rows,
    }
    tmp = out_dir / ".build.json.tmp"
    tmp.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / "build.json")
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--fresh", type=int, help="a fresh round of this many clusters no round or reader has seen")
    ap.add_argument("--notes", type=Path, default=Path("/work/notes"), help="where the readers' lists are")
    ap.add_argument("--fresh2", type=int, help="a second fresh round of this many clusters in no label file")
    ap.add_argument("--fresh3", type=int, help="a third fresh round (session 19) of this many clusters")
    args = ap.parse_args()
    if args.fresh3:
        s = build_fresh2(args.data, args.out, args.fresh3, seed=25, round_name="fresh3")
    elif args.fresh2:
        s = build_fresh2(args.data, args.out, args.fresh2)
    elif args.fresh:
        s = build_fresh(args.data, args.out, args.fresh, args.notes)
    else:
        s = build(args.data, args.out)
    print(f"{s['items']} items: {s['names']} names, {s['descriptors']} descriptors -> {args.out / 'items.jsonl'}")


if __name__ == "__main__":
    main()
