"""Trust labels for a second splitter (issue 14): the sentences nupunkt makes that no stored label reaches.

The trust sentence labels (``tests/data/trust_sentences.jsonl``) were made on pySBD's sentences. Loaded onto
another splitter's sentences (:func:`trust_labels.load_trust`), most are found again (same text, or a word-set
Jaccard of at least 0.5), but where the other splitter cuts differently some of its sentences carry no label.
This script

* ``--items DIR``: lists every sentence of the trust clusters that nupunkt produces (after cleaning and
  splitting, exactly as ``trust_items.py`` made the first items) that no stored label reaches with the same
  text (none at all, or only one found by word overlap, which the scorer leaves out), and writes
  the labellers' items (``items.jsonl``: id, cluster, doc, the sentence and its neighbours, as the first trust
  items showed them; texts, so outside the repository) and ``build.jsonl`` (offsets, hashes, dev/held-out part:
  the part is the cluster's);
* ``--store DIR``: reads the two labellers' answers (``out/A.jsonl``, ``out/B.jsonl``, the last line for an id
  wins) and the adjudication of their disagreements (``out/adjudicated.jsonl``), prints Cohen's kappa, and
  appends the labels to ``tests/data/trust_sentences.jsonl`` keyed like the others (ids, offsets, hashes,
  labels; no text), each with ``"splitter"``: the splitter whose sentences they label. Existing records are
  left as they are; records with the same ids (a round stored again) are replaced.

Run: ``python benchmarks/trust_rekey.py --items /work/labels/rekey`` then, once labelled,
``python benchmarks/trust_rekey.py --store /work/labels/rekey``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from newsbrief.pipeline import clean_articles
from trust_items import DEFAULT_DATA_DIR, cluster_sentences, doc_index, write_jsonl
from trust_labels import SENTENCE_LABELS, SENTENCES_FILE, load_trust

SPLITTER = "nupunkt"
#: Item ids of a second splitter's sentences: the first items' scheme plus this suffix, so they never collide.
SUFFIX = {"nupunkt": ".nu"}
#: A later round on the same splitter's sentences (``--round``) adds its own tag, so its ids never collide with
#: the first round's: ``lead`` labelled what is left of a sentence once its lead-in ("(CNN)", "Updated |") was
#: set apart (session 7, branch junk2).
#: How much of the article before the sentence an item shows (its opening and the text just before).
BEFORE_CHARS = 1600


def unlabelled(data_dir: Path, splitter: str = SPLITTER, round_tag: str = "") -> list[dict]:
    """Every sentence of ``splitter`` in the trust clusters that no stored label reaches, as build rows.

    A sentence reached only by word overlap (its text differs from the labelled one: ``changed``, which the
    scorer leaves out) counts as unlabelled too.
    """
    rows = []
    for lc in load_trust(data_dir, splitter=splitter).values():
        _, items = cluster_sentences(lc.cluster, splitter)
        cleaned = {doc_index(a.id, lc.cluster): a.text for a in clean_articles(lc.cluster.articles)[0]}
        by_key = {(s.article_id, s.index): it for s, it in zip(lc.sentences, items, strict=True)}
        for key, it in by_key.items():
            if key in lc.sentence_labels and key not in lc.changed:
                continue
            before = cleaned[it.doc][: it.start]
            if len(before) > BEFORE_CHARS:
                before = before[: BEFORE_CHARS // 4] + " [...] " + before[-(BEFORE_CHARS * 3 // 4) :]
            item_id = it.id + SUFFIX[splitter] + round_tag
            extra = {"id": item_id, "split": lc.split, "splitter": splitter, "before": before}
            rows.append(asdict(it) | extra)
    return rows


def read_answers(path: Path) -> dict[str, str]:
    """Id -> label of one answer file; the last line for an id wins; bad lines are skipped."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
            out[rec["id"]] = rec["label"].strip()
        except (ValueError, KeyError, AttributeError):
            continue
    return out


def store(folder: Path, sentences_file: Path = SENTENCES_FILE) -> None:
    """Print agreement and append the adjudicated labels of ``folder``'s items to the stored set."""
    build = [json.loads(line) for line in (folder / "build.jsonl").read_text(encoding="utf-8").splitlines()]
    a, b = read_answers(folder / "out" / "A.jsonl"), read_answers(folder / "out" / "B.jsonl")
    adj = read_answers(folder / "out" / "adjudicated.jsonl")
    ids = [r["id"] for r in build]
    both = [i for i in ids if i in a and i in b]
    print(f"items {len(ids)}, answered by both {len(both)}")
    for part in ("dev", "heldout", None):
        sel = [r["id"] for r in build if r["id"] in a and r["id"] in b and part in (None, r["split"])]
        agree = sum(a[i] == b[i] for i in sel)
        kappa = cohen_kappa([a[i] for i in sel], [b[i] for i in sel])
        print(f"{part or 'all'}: n={len(sel)} raw agreement {agree / max(len(sel), 1):.3f} kappa {kappa:.3f}")
    print("confusion (A, B):", Counter((a[i], b[i]) for i in both if a[i] != b[i]).most_common())
    records = []
    missing = []
    for r in build:
        i = r["id"]
        given = {k: v[i] for k, v in (("A", a), ("B", b), ("adj", adj)) if i in v}
        label = adj.get(i) or (a[i] if i in a and i in b and a[i] == b[i] else None)
        if label is None or label not in SENTENCE_LABELS:
            missing.append(i)
            continue
        records.append(
            {
                "id": i,
                "cluster": r["cluster"],
                "file": r["file"],
                "split": r["split"],
                "doc": r["doc"],
                "start": r["start"],
                "end": r["end"],
                "raw_start": r["raw_start"],
                "raw_end": r["raw_end"],
                "sha1": r["sha1"],
                "label": label,
                "labels": given,
                "splitter": r["splitter"],
            }
        )
    if missing:
        raise SystemExit(f"{len(missing)} items without an agreed or adjudicated label, e.g. {missing[:5]}")
    new_ids = {r["id"] for r in records}
    kept = [
        json.loads(line)
        for line in sentences_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] not in new_ids
    ]
    n = write_jsonl(sentences_file, [*kept, *records])
    labels = Counter(r["label"] for r in records)
    print(f"{sentences_file}: {len(kept)} kept + {len(records)} new = {n}; labels {labels}")


def main(argv: Sequence[str] | None = None) -> None:
    """Write the items, or store the labels."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data directory")
    ap.add_argument("--items", type=Path, help="write items.jsonl and build.jsonl to this folder")
    ap.add_argument("--store", type=Path, help="store the labels answered in this folder")
    ap.add_argument("--round", default="", help="a tag for a later round's item ids, e.g. .lead")
    args = ap.parse_args(argv)
    if args.items:
        rows = unlabelled(args.data, round_tag=args.round)
        write_jsonl(args.items / "build.jsonl", rows)
        keys = ("id", "cluster", "doc", "before", "text", "prev", "next")
        write_jsonl(args.items / "items.jsonl", ({k: r[k] for k in keys} for r in rows))
        print(f"{len(rows)} items: {Counter(r['split'] for r in rows)}, clusters {len({r['cluster'] for r in rows})}")
    if args.store:
        store(args.store)


if __name__ == "__main__":
    main()
