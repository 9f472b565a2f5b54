"""Build the items of the conflicts labelling (issue 12): cross-source sentence pairs that could disagree.

The pool is drawn independently of the conflict rules, so that recall measured against it means something:
a pair of sentences from two different documents of one cluster is an item when
- the two sentences align loosely as the same event or fact: the brief's own TF-IDF cosine
  (:func:`newsbrief.compare.support.similarity_matrix`) at or above :data:`PAIR_FLOOR`, a floor lower than the
  same-fact decision ever accepts (its ``MIN_COSINE``), and
- both carry a comparable slot of one kind (:func:`slot_kinds`: a number or number word, a date, a clock time;
  or two capitalised names that are near-spellings of each other, for names spelt two ways);
plus every pair the system at the time of drawing (main, ``BASELINE``) flags as a conflict, whatever its
similarity. Where a cluster holds more than :data:`MAX_PER_CLUSTER` such pairs (the ten-document DUC clusters),
the most similar are kept, flagged pairs always.

Clusters: ``N_MULTINEWS`` Multi-News validation clusters with three or more documents, drawn with
``random.Random(SEED)`` from those in none of the project's earlier labelled sets (sentence pairs, trust pairs,
timeline: the same-fact decision was trained on two of them), and ``N_DUC`` DUC 2004 task 2 clusters drawn the
same way. Held out: the third of each source's clusters with the lowest sha1 of the id.

Run: ``python benchmarks/conflict_items.py --out /work/labels/conflicts --private /work/labels/build/conflicts``
writes what the labellers read to ``--out`` (``items.jsonl``, texts included: it lives outside the repository;
``heldout.json``, the held-out clusters) and what they must not see (the offsets, hashes, similarities and the
baseline's flags: ``items_full.jsonl``; ``index.json``, the counts) to ``--private``. Run it with main's code
on the path (``PYTHONPATH=<main>/src``): the flags are the baseline's.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import math
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from newsbrief import brief
from newsbrief.compare.support import similarity_matrix
from newsbrief.model import Sentence
from newsbrief.text.dates import find_expressions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trust_items import (  # a sibling script, not a package
    DEFAULT_DATA_DIR,
    StoryCluster,
    _any_cluster,
    cluster_sentences,
    multinews_clusters,
    write_jsonl,
)

ROOT = Path(__file__).resolve().parents[1]
DUC_FILE = "duc2004/task2.jsonl"
SEED = 1212
N_MULTINEWS = 45
N_DUC = 22
PAIR_FLOOR = 0.12
MAX_PER_CLUSTER = 14
BASELINE = "a97ed53"

_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
    "dozen dozens hundreds thousands millions half"
).split()
_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b\d{1,2}(?::|\.)\d\d\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b", re.I
)
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")


def slot_kinds(text: str) -> set[str]:
    """The kinds of comparable slot a sentence carries: 'number', 'date', 'time'."""
    kinds = set()
    dates = list(find_expressions(text))
    if dates:
        kinds.add("date")
    stripped = text
    for start, end in reversed(dates):
        stripped = stripped[:start] + " " * (end - start) + stripped[end:]
    if _NUMBER.search(stripped):
        kinds.add("number")
    if _TIME.search(text):
        kinds.add("time")
    return kinds


_VALUE = re.compile(r"\d+(?:[.,:]\d+)*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


def slot_values(text: str) -> set[str]:
    """The values a sentence states: numbers and number words, and each date expression as written."""
    values = {m.group().lower().replace(",", "") for m in _VALUE.finditer(text)}
    values |= {" ".join(text[s:e].lower().split()) for s, e in find_expressions(text)}
    return values


def could_differ(a: str, b: str) -> bool:
    """Each sentence states a value the other does not (two copies of one set of values cannot disagree)."""
    va, vb = slot_values(a), slot_values(b)
    return bool(va - vb) and bool(vb - va)


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x[:n]


def near_names(a: str, b: str) -> bool:
    """Two capitalised words, one in each sentence, spelt alike but not the same ("Oliveras" / "Olivares")."""
    na, nb = set(_NAME.findall(a)), set(_NAME.findall(b))
    for x in na - nb:
        for y in nb - na:
            if x[0] != y[0] or len(_common_prefix(x, y)) >= min(len(x), len(y)) - 2:
                continue  # another word, or a plural or derived word ("Democrats" / "Democratic")
            if difflib.SequenceMatcher(None, x.lower(), y.lower()).ratio() >= 0.75:
                return True
    return False


def choose(data_dir: Path) -> list[StoryCluster]:
    """The labelled clusters: Multi-News (not labelled before) and DUC task 2, each drawn with a fixed seed."""
    taken = set()
    for name in ("trust_pairs.jsonl", "timeline_gold.jsonl", "sentence_pairs.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            taken.add(row.get("cluster") or row.get("group"))
    pool = sorted(c.id for c in multinews_clusters(data_dir) if c.id not in taken)
    mn = random.Random(SEED).sample(pool, N_MULTINEWS)
    duc_ids = [json.loads(line)["id"] for line in (data_dir / DUC_FILE).read_text(encoding="utf-8").splitlines()]
    duc = random.Random(SEED).sample(sorted(set(duc_ids) - taken), N_DUC)
    wanted = set(mn)
    out = [c for c in multinews_clusters(data_dir, wanted)]
    out += [_any_cluster(data_dir, DUC_FILE, cid) for cid in sorted(duc)]
    return out


def heldout(cluster_ids: Sequence[str]) -> set[str]:
    """The third of each data file's clusters with the lowest sha1 of the id."""
    out: set[str] = set()
    for prefix in ("multinews-", "d"):
        group = sorted(
            (c for c in cluster_ids if c.startswith(prefix) and not (prefix == "d" and c.startswith("m"))),
            key=lambda c: hashlib.sha1(c.encode()).hexdigest(),
        )
        out |= set(group[: math.ceil(len(group) / 3)])
    return out


def flagged_pairs(cluster: StoryCluster, sentences: Sequence[Sentence]) -> set[tuple[int, int]]:
    """Sentence index pairs that the current system lists as a conflict (each span mapped to its sentence)."""
    b = brief(list(cluster.articles), words=250)
    where = {}
    for k, s in enumerate(sentences):
        where.setdefault(s.article_id, []).append(k)

    def sentence_of(span) -> int | None:
        for k in where.get(span.article_id, []):
            s = sentences[k]
            if s.start <= span.start < s.end or (span.text and span.text in s.text):
                return k
        return None

    out = set()
    for c in b.conflicts:
        ks = [sentence_of(s) for s in c.spans]
        ks = [k for k in ks if k is not None]
        for i, x in enumerate(ks):
            for y in ks[i + 1 :]:
                if x != y:
                    out.add((min(x, y), max(x, y)))
    return out


#: Candidate pairs per cluster before the cap (for the record in index.json).
counts: dict[str, int] = {}


def cluster_items(cluster: StoryCluster, held: bool) -> list[dict]:
    sentences, items = cluster_sentences(cluster)
    if len({s.article_id for s in sentences}) < 2:
        return []
    sim = similarity_matrix(sentences)
    kinds = [slot_kinds(s.text) for s in sentences]
    flagged = flagged_pairs(cluster, sentences)
    texts: dict[str, str] = {}
    for s in sentences:
        texts[s.article_id] = texts.get(s.article_id, "") + s.text
    cands = []
    rows, cols = np.nonzero(np.triu(sim >= PAIR_FLOOR, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if a.article_id == b.article_id or texts[a.article_id] == texts[b.article_id] or a.text == b.text:
            continue
        if (kinds[i] & kinds[j] and could_differ(a.text, b.text)) or near_names(a.text, b.text):
            cands.append((float(sim[i, j]), i, j))
    cands.sort(reverse=True)
    counts[cluster.id] = len(cands)
    keep = {(i, j) for _, i, j in cands[:MAX_PER_CLUSTER]} | flagged
    docs = sorted({items[k].doc for pair in keep for k in pair})
    label = {d: f"Source {n + 1}" for n, d in enumerate(docs)}
    out = []
    for i, j in sorted(keep, key=lambda p: (items[p[0]].doc, items[p[0]].index, items[p[1]].doc, items[p[1]].index)):
        a, b = items[i], items[j]
        out.append(
            {
                "id": f"{a.id}~{b.id}",
                "cluster": cluster.id,
                "file": cluster.file,
                "heldout": held,
                "cosine": round(float(sim[i, j]), 4),
                "flagged_by_baseline": (i, j) in flagged,
                "a": {
                    "id": a.id,
                    "doc": a.doc,
                    "source": label[a.doc],
                    "start": a.start,
                    "end": a.end,
                    "sha1": a.sha1,
                    "text": a.text,
                    "before": a.prev,
                },
                "b": {
                    "id": b.id,
                    "doc": b.doc,
                    "source": label[b.doc],
                    "start": b.start,
                    "end": b.end,
                    "sha1": b.sha1,
                    "text": b.text,
                    "before": b.prev,
                },
            }
        )
    return out


def write_build(
    out: Path,
    private: Path,
    rows: Sequence[dict],
    held: set[str],
    index: dict,
    extra: Callable[[dict], dict] | None = None,
) -> None:
    """What the labellers read (``out``: texts, no scores, no system flags, no split; plus what ``extra`` gives
    for each row) and what they must not see (``private``: offsets, hashes, scores, the split, ``index``)."""
    shown = [
        {
            "id": r["id"],
            "cluster": r["cluster"],
            "a": {"source": r["a"]["source"], "before": r["a"]["before"], "text": r["a"]["text"]},
            "b": {"source": r["b"]["source"], "before": r["b"]["before"], "text": r["b"]["text"]},
            **(extra(r) if extra else {}),
        }
        for r in rows
    ]
    private.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "items.jsonl", shown)
    (out / "heldout.json").write_text(json.dumps(sorted(held), indent=1) + "\n", encoding="utf-8")
    write_jsonl(private / "items_full.jsonl", rows)
    (private / "index.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in index.items() if k not in ("clusters", "heldout")}))


def item_parser(doc: str, *, required: bool = True) -> argparse.ArgumentParser:
    """The options every item builder takes: the data folder, where the texts go and where the build goes (a
    builder with a mode that writes nothing, such as ``conflict_items7 --listed``, makes the two optional)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, required=required)
    parser.add_argument("--private", type=Path, required=required)
    return parser


def item_args(doc: str, argv: Sequence[str] | None) -> argparse.Namespace:
    """The options of :func:`item_parser`, read from ``argv`` (the command line when None)."""
    return item_parser(doc).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = item_args(__doc__, argv)
    clusters = choose(args.data)
    held = heldout([c.id for c in clusters])
    rows: list[dict] = []
    for c in clusters:
        got = cluster_items(c, c.id in held)
        print(f"{c.id}: {len(got)} items ({sum(r['flagged_by_baseline'] for r in got)} flagged)", file=sys.stderr)
        rows.extend(got)
    index = {
        "clusters": [c.id for c in clusters],
        "heldout": sorted(held),
        "items": len(rows),
        "heldout_items": sum(r["heldout"] for r in rows),
        "flagged_by_baseline": sum(r["flagged_by_baseline"] for r in rows),
        "floor": PAIR_FLOOR,
        "max_per_cluster": MAX_PER_CLUSTER,
        "baseline": BASELINE,
        "candidates_before_cap": counts,
    }
    write_build(args.out, args.private, rows, held, index)


if __name__ == "__main__":
    main()
