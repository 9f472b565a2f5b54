"""Build the items of the trust labelling (issue 10, part 1): clusters, candidate sentences, cross-source pairs.

What is labelled is exactly what the brief sees: each cluster is read with newsbrief's own readers
(``read_clusters`` for Multi-News, ``read_articles`` on the seed folder as the CLI reads it), cleaned with
:func:`newsbrief.pipeline.clean_articles` (copies dropped) and split with
:func:`newsbrief.text.split.split_sentences`. Every resulting sentence is a sentence item; every pair of
sentences from two different documents of one cluster whose support similarity
(:func:`newsbrief.compare.support.similarity_matrix`, the brief's own TF-IDF cosine) is at or above a low
floor is a pair item.

Clusters: ``N_CLUSTERS`` Multi-News validation clusters with three or more documents, drawn with
``random.Random(SEED)`` from the sorted ids, plus the seed story. The held-out third is the 14 Multi-News
clusters whose ids have the lowest sha1 (:func:`heldout_ids`); the seed story is always in the development
part (the project has been tuned on it).

Run: ``python benchmarks/trust_items.py --out /work/labels`` writes the labellers' item files
(``items/sentences_{A,B}.jsonl``, ``items/pairs_{A,B}.jsonl``, texts included, so they live outside the
repository) and ``build/index.json`` (the floor, the split, the counts); ``--floors`` only prints the pair
counts per floor and the share of the labelled ``same`` pairs of ``tests/data/sentence_pairs.jsonl`` below
each floor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsbrief.compare.support import similarity_matrix
from newsbrief.ingest import read_articles, read_clusters
from newsbrief.model import Article, Sentence
from newsbrief.pipeline import clean_articles
from newsbrief.text.split import split_sentences
from newsbrief.text.splitters import DEFAULT_SPLITTER

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import short_sha1  # a sibling script, not a package

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
MULTINEWS_FILE = "multinews/val_raw.jsonl"
SEEDS = "seeds"
SEED = 20261130
N_CLUSTERS = 40
MIN_DOCUMENTS = 3
#: Pairs at or above this support similarity are labelled. Chosen so that the 41 clusters give at most
#: about 2,500 pairs (``--floors`` prints the table it was read from); the support threshold is 0.30.
PAIR_FLOOR = 0.17


@dataclass(frozen=True, slots=True)
class StoryCluster:
    """One cluster as the brief reads it, with the raw documents the offsets of the labels point into."""

    id: str
    file: str
    raw: tuple[str, ...]
    articles: tuple[Article, ...]
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceItem:
    """One candidate sentence: where it is in the cleaned article and (if verbatim there) in the raw document."""

    id: str
    cluster: str
    file: str
    doc: int
    index: int
    start: int
    end: int
    raw_start: int | None
    raw_end: int | None
    sha1: str
    text: str
    prev: str | None
    next: str | None


@dataclass(frozen=True, slots=True)
class PairItem:
    """Two sentences of different documents of one cluster, and their support similarity."""

    id: str
    cluster: str
    a: str
    b: str
    similarity: float


def require_data(data_dir: Path) -> None:
    """Stop with one line naming ``data_dir`` where the shared data is absent (a clean clone), not a traceback."""
    if not (data_dir / "multinews").is_dir():
        raise SystemExit(f"{data_dir}: the shared data folder is missing (multinews/); see ../shared/data/README.md")


def heldout_ids(cluster_ids: Iterable[str]) -> set[str]:
    """The held-out third: the Multi-News clusters with the lowest sha1 of their id, a third rounded up.

    Deterministic and independent of the draw order; the seed story is never held out (the project has
    been tuned on it).
    """
    pool = sorted((c for c in cluster_ids if c != SEEDS), key=lambda c: hashlib.sha1(c.encode("utf-8")).hexdigest())
    return set(pool[: math.ceil(len(pool) / 3)])


def short_id(cluster_id: str) -> str:
    """A compact cluster tag for item ids: ``multinews-val-101`` -> ``mn101``."""
    return "mn" + cluster_id.rsplit("-", 1)[1] if cluster_id.startswith("multinews-val-") else cluster_id


def doc_index(article_id: str, cluster: StoryCluster) -> int:
    """The raw document's index in its cluster for one article id of the readers."""
    if cluster.file == SEEDS:
        return [a.id for a in cluster.articles].index(article_id)
    return int(article_id.rsplit("#", 1)[1])


def seed_cluster(data_dir: Path) -> StoryCluster:
    """The seed story, read the way the CLI reads a folder; raw documents are the files sorted by name."""
    folder = data_dir / SEEDS
    articles = read_articles(folder)
    paths = sorted(folder.glob("*.txt"))
    if [p.stem for p in paths] != [a.id for a in articles]:
        raise SystemExit(f"{folder}: the folder holds other files than the three seed .txt reports")
    raw = tuple(p.read_text(encoding="utf-8") for p in paths)
    return StoryCluster(SEEDS, SEEDS, raw, tuple(articles))


def multinews_clusters(data_dir: Path, ids: Iterable[str] | None = None) -> list[StoryCluster]:
    """Multi-News validation clusters (all with >= 3 documents, or those named), in file order."""
    wanted = set(ids) if ids is not None else None
    path = data_dir / MULTINEWS_FILE
    raw_docs = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                raw_docs[row["id"]] = tuple(row["documents"])
    out = []
    for cluster in read_clusters(path):
        docs = raw_docs[cluster.id]
        if wanted is None and len(docs) < MIN_DOCUMENTS:
            continue
        if wanted is not None and cluster.id not in wanted:
            continue
        out.append(StoryCluster(cluster.id, MULTINEWS_FILE, docs, cluster.articles, cluster.references))
    return out


def choose_clusters(data_dir: Path, n: int = N_CLUSTERS, seed: int = SEED) -> list[StoryCluster]:
    """``n`` random Multi-News clusters with >= 3 documents (fixed seed), then the seed story."""
    pool = multinews_clusters(data_dir)
    ids = sorted(c.id for c in pool)
    chosen = set(random.Random(seed).sample(ids, n))
    return [c for c in pool if c.id in chosen] + [seed_cluster(data_dir)]


def _locate(raw: str, text: str, cursor: int) -> tuple[int | None, int | None]:
    """Where ``text`` occurs verbatim in ``raw``: first after ``cursor``, else anywhere, else nowhere."""
    at = raw.find(text, cursor)
    if at < 0:
        at = raw.find(text)
    return (at, at + len(text)) if at >= 0 else (None, None)


def cluster_sentences(
    cluster: StoryCluster, splitter: str = DEFAULT_SPLITTER
) -> tuple[list[Sentence], list[SentenceItem]]:
    """Every sentence the brief would see in this cluster, as the splitter gives it and as an item."""
    cleaned, _ = clean_articles(cluster.articles)
    sentences: list[Sentence] = []
    items: list[SentenceItem] = []
    tag = short_id(cluster.id)
    for art in cleaned:
        doc = doc_index(art.id, cluster)
        split = split_sentences(art, splitter)
        cursor = 0
        for k, s in enumerate(split):
            raw_start, raw_end = _locate(cluster.raw[doc], s.text, cursor)
            if raw_end is not None:
                cursor = raw_end
            items.append(
                SentenceItem(
                    id=f"{tag}.{doc}.{s.index}",
                    cluster=cluster.id,
                    file=cluster.file,
                    doc=doc,
                    index=s.index,
                    start=s.start,
                    end=s.end,
                    raw_start=raw_start,
                    raw_end=raw_end,
                    sha1=short_sha1(s.text),
                    text=s.text,
                    prev=split[k - 1].text if k > 0 else None,
                    next=split[k + 1].text if k + 1 < len(split) else None,
                )
            )
        sentences.extend(split)
    return sentences, items


def cluster_pairs(sentences: Sequence[Sentence], items: Sequence[SentenceItem], floor: float) -> Iterator[PairItem]:
    """Cross-document pairs at or above ``floor`` (never between two documents of identical cleaned text)."""
    sim = similarity_matrix(sentences)
    docs: dict[str, list[str]] = {}
    for s in sentences:
        docs.setdefault(s.article_id, []).append(s.text)
    same_text = {a: "\n".join(v) for a, v in docs.items()}
    rows, cols = np.nonzero(np.triu(sim >= floor, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if a.article_id == b.article_id or same_text[a.article_id] == same_text[b.article_id]:
            continue
        yield PairItem(f"{items[i].id}~{items[j].id}", items[i].cluster, items[i].id, items[j].id, float(sim[i, j]))


# --- the floor: pair counts and the recall ceiling it implies ------------------------------------------


@lru_cache(maxsize=4)
def _any_cluster(data_dir: Path, file: str, cluster_id: str) -> StoryCluster:
    if file == SEEDS:
        return seed_cluster(data_dir)
    path = data_dir / file
    raw = None
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] == cluster_id:
                raw = tuple(row["documents"])
                break
    for cluster in read_clusters(path):
        if cluster.id == cluster_id:
            return StoryCluster(cluster_id, file, raw or (), cluster.articles)
    raise SystemExit(f"{path}: no cluster {cluster_id!r}")


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _match(sentences: Sequence[SentenceItem], doc: int, text: str) -> int | None:
    """Index of the item of ``doc`` holding ``text``: same normalised text, else containment, else most words."""
    target = _norm(text)
    cands = [k for k, it in enumerate(sentences) if it.doc == doc]
    for k in cands:
        if _norm(sentences[k].text) == target:
            return k
    for k in cands:
        got = _norm(sentences[k].text)
        if target in got or got in target:
            return k
    words = set(target.split())
    best = max(cands, key=lambda k: len(words & set(_norm(sentences[k].text).split())), default=None)
    return best


def labelled_same_similarities(data_dir: Path) -> list[float | None]:
    """The support similarity of each ``same`` pair of sentence_pairs.jsonl, as the brief computes it.

    Each side is matched to the brief's own sentence of that document (its splitting differs from the one
    the pairs were drawn with); ``None`` where a side's document was dropped as a copy by cleaning.
    """
    out: list[float | None] = []
    cache: dict[tuple[str, str], tuple[list[SentenceItem], np.ndarray]] = {}
    with (ROOT / "tests" / "data" / "sentence_pairs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["label"] != "same":
                continue
            key = (rec["file"], rec["cluster"])
            if key not in cache:
                cluster = _any_cluster(data_dir, *key)
                sentences, items = cluster_sentences(cluster)
                cache[key] = (items, similarity_matrix(sentences))
            items, sim = cache[key]
            docs = _any_cluster(data_dir, *key).raw
            ka = _match(items, rec["a"]["doc"], docs[rec["a"]["doc"]][rec["a"]["start"] : rec["a"]["end"]])
            kb = _match(items, rec["b"]["doc"], docs[rec["b"]["doc"]][rec["b"]["start"] : rec["b"]["end"]])
            out.append(None if ka is None or kb is None else float(sim[ka, kb]))
    return out


# --- writing --------------------------------------------------------------------------------------------


def write_jsonl(path: Path, rows: Iterable[dict]) -> int:
    """Write rows atomically (temp file, then rename); returns how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    return n


def halves(sizes: dict[str, int]) -> dict[str, str]:
    """Deal clusters to halves A and B, largest first to the lighter half, so sentence counts match."""
    load = {"A": 0, "B": 0}
    out = {}
    for cid in sorted(sizes, key=lambda c: (-sizes[c], c)):
        half = min(load, key=lambda h: (load[h], h))
        out[cid] = half
        load[half] += sizes[cid]
    return out


def build(data_dir: Path, out_dir: Path, floor: float = PAIR_FLOOR) -> dict:
    """Write the labellers' item files and the build index; returns the index."""
    clusters = choose_clusters(data_dir)
    held = heldout_ids(c.id for c in clusters)
    per_cluster: dict[str, tuple[list[SentenceItem], list[PairItem]]] = {}
    for cluster in clusters:
        sentences, items = cluster_sentences(cluster)
        per_cluster[cluster.id] = (items, list(cluster_pairs(sentences, items, floor)))
    half = halves({cid: len(v[0]) for cid, v in per_cluster.items()})
    counts = {}
    for h in ("A", "B"):
        sent_rows = []
        pair_rows = []
        for cid, (items, pairs) in per_cluster.items():
            if half[cid] != h:
                continue
            by_id = {it.id: it for it in items}
            sent_rows += [
                {"id": it.id, "cluster": it.cluster, "doc": it.doc, "text": it.text, "prev": it.prev, "next": it.next}
                for it in items
            ]
            pair_rows += [{"id": p.id, "cluster": p.cluster, "a": by_id[p.a].text, "b": by_id[p.b].text} for p in pairs]
        counts[f"sentences_{h}"] = write_jsonl(out_dir / "items" / f"sentences_{h}.jsonl", sent_rows)
        counts[f"pairs_{h}"] = write_jsonl(out_dir / "items" / f"pairs_{h}.jsonl", pair_rows)
    write_jsonl(
        out_dir / "build" / "sentences.jsonl",
        (asdict(it) | {"half": half[it.cluster]} for items, _ in per_cluster.values() for it in items),
    )
    write_jsonl(
        out_dir / "build" / "pairs.jsonl",
        (asdict(p) | {"half": half[p.cluster]} for _, pairs in per_cluster.values() for p in pairs),
    )
    index = {
        "seed": SEED,
        "floor": floor,
        "clusters": [
            {
                "id": c.id,
                "file": c.file,
                "split": "heldout" if c.id in held else "dev",
                "half": half[c.id],
                "sentences": len(per_cluster[c.id][0]),
                "pairs": len(per_cluster[c.id][1]),
            }
            for c in clusters
        ],
        "counts": counts,
    }
    tmp = out_dir / "build" / ".index.json.tmp"
    tmp.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / "build" / "index.json")
    return index


ANSWER_FORMAT = """
## Answer format (exact)

Item files, in `{items}`: `sentences_A.jsonl`, `sentences_B.jsonl` (fields `id`, `cluster`, `doc`, `text`,
`prev`, `next`: the sentence to label and, for telling what kind of text it is, its neighbours in the same
article, `null` at an edge), `pairs_A.jsonl`, `pairs_B.jsonl` (fields `id`, `cluster`, `a`, `b`: the two
sentences). Items are in cluster and article order; the story's topic is what the cluster's sentences are
about.

Write your answers to `{out}/<labeller>_<file>.jsonl`, where `<labeller>` is your name as given to you
(letters, digits and hyphens, no underscore) and `<file>` is the item file's name without `.jsonl`, e.g.
`{out}/lab1_sentences_A.jsonl`. One JSON object per line, UTF-8, one line for every item of the file:

    {{"id": "mn101.2.0", "label": "junk"}}
    {{"id": "mn101.0.1~mn101.1.0", "label": "same", "note": "one says 'ruled', the other 'announced'"}}

Sentence labels: `ok`, `junk`, `cannot-stand-alone`, `opinion`, `other-language`. Pair labels: `same`,
`related`, `different`. `note` is optional free text. Append lines as you go (the scoring scripts read what
is there, so a file that is still growing is usable); if you change your mind, append a new line for the
same id: the last line for an id wins. Work independently: do not read another labeller's files.
"""


def write_guideline(readme: Path, out_dir: Path) -> Path:
    """Copy the "Trust labels" section of tests/data/README.md, plus the exact answer format, for the labellers."""
    text = readme.read_text(encoding="utf-8")
    start = text.index("## Trust labels")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end >= 0 else len(text)].rstrip() + "\n"
    fmt = ANSWER_FORMAT.format(items=out_dir / "items", out=out_dir / "out")
    path = out_dir / "GUIDELINE.md"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        "# Trust labelling guideline (newsbrief, issue 10)\n\n"
        + section.replace("## Trust labels", "## Guideline", 1)
        + fmt,
        encoding="utf-8",
    )
    os.replace(tmp, path)
    return path


def floor_table(data_dir: Path, floors: Sequence[float]) -> str:
    """Pair counts over the chosen clusters and the labelled ``same`` pairs below each floor (markdown)."""
    sims = []
    for cluster in choose_clusters(data_dir):
        sentences, items = cluster_sentences(cluster)
        sims += [p.similarity for p in cluster_pairs(sentences, items, min(floors))]
    values = np.asarray(sims)
    same = labelled_same_similarities(data_dir)
    lines = [f"| floor | pairs | labelled same below floor (of {len(same)}) |", "|---|---|---|"]
    for f in floors:
        below = sum(1 for s in same if s is None or s < f)
        lines.append(f"| {f:.2f} | {int((values >= f).sum())} | {below} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Build the item files, or print the floor table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data directory")
    ap.add_argument("--out", type=Path, default=Path("/work/labels"), help="where the item files go")
    ap.add_argument("--floor", type=float, default=PAIR_FLOOR, help="lowest support similarity of a pair item")
    ap.add_argument("--floors", action="store_true", help="only print pair counts per floor")
    args = ap.parse_args(argv)
    if not (args.data / MULTINEWS_FILE).exists():
        print(f"error: {args.data / MULTINEWS_FILE}: not found; pass --data ../shared/data", file=sys.stderr)
        raise SystemExit(2)
    if args.floors:
        print(floor_table(args.data, [0.05, 0.1, 0.12, 0.15, 0.16, 0.17, 0.18, 0.2, 0.25, 0.3]))
        return
    index = build(args.data, args.out, args.floor)
    write_guideline(ROOT / "tests" / "data" / "README.md", args.out)
    (args.out / "out").mkdir(parents=True, exist_ok=True)
    print(json.dumps(index["counts"]))
    held = [c["id"] for c in index["clusters"] if c["split"] == "heldout"]
    print(f"held out ({len(held)}): {' '.join(held)}")


if __name__ == "__main__":
    main()
