"""Calibrate the "same claim" similarity threshold on hand-labelled cross-source sentence pairs.

The labelled sample lives in ``tests/data/sentence_pairs.jsonl`` (how it was drawn and the labelling
guideline: ``tests/data/README.md``, section "Sentence pairs"). It stores offsets and sha1 prefixes only,
never article text; :func:`load_sentence_pairs` reads the texts back from ``../shared/data`` and checks the
hashes.

``main()`` prints the label distribution and, for a few candidate similarity functions, the threshold that
maximises F1 for ``same`` versus not, and the lowest threshold whose precision is at least 0.9, with
precision, recall and F1 there, plus average precision and a cluster-grouped cross-validated F1 (threshold
picked on the other folds) so the table is not only an in-sample optimum. The functions are kept
self-contained here on purpose: the lead moves the winner into the package.

Candidates (all over lower-cased, stopword-free, Porter-stemmed word tokens):

- ``tfidf_cosine``: cosine of TF-IDF vectors, IDF fit on all sentences of the pair's cluster (the vector-space
  model of Salton & Buckley 1988, "Term-weighting approaches in automatic text retrieval").
- ``jaccard``: Jaccard coefficient of the two stem sets.
- ``containment``: overlap coefficient |A & B| / min(|A|, |B|), which tolerates one sentence adding detail.

Run: ``python benchmarks/pairs.py [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from nltk.stem import PorterStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import average_precision_score

from newsbrief.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
PAIRS_FILE = ROOT / "tests" / "data" / "sentence_pairs.jsonl"
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
LABELS = ("same", "related", "different")
TARGET_PRECISION = 0.9

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STEMMER = PorterStemmer()


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """One hand-labelled pair of sentences from two different documents of one cluster.

    Offsets are Python string (code point) indexes into the raw document as stored in the data file.
    """

    id: str
    cluster: str
    file: str
    doc_a: int
    span_a: tuple[int, int]
    text_a: str
    doc_b: int
    span_b: tuple[int, int]
    text_b: str
    label: str
    overlap: float  # unstemmed content-word Jaccard used to stratify the sample, not a label


def short_sha1(text: str) -> str:
    """Return the first 8 hex digits of the sha1 of ``text`` encoded as UTF-8."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@lru_cache(maxsize=8)
def _documents(data_dir: Path, file: str) -> dict[str, tuple[str, ...]]:
    """Map cluster id to its raw documents for one data file (``seeds`` is the directory of seed reports)."""
    path = data_dir / file
    if file == "seeds":
        texts = tuple(p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt")))
        return {"seeds": texts}
    with path.open(encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return {row["id"]: tuple(row["documents"]) for row in rows}


def cluster_documents(data_dir: Path | str, file: str, cluster: str) -> tuple[str, ...]:
    """Return the raw documents of one cluster exactly as stored in the data file.

    Args:
        data_dir: the shared data directory (``../shared/data``).
        file: path of the data file relative to ``data_dir``, or ``"seeds"`` for the seed reports.
        cluster: the cluster id.

    Returns:
        The documents, in stored order (seed files sorted by name).

    Raises:
        InputError: the data file is absent or the cluster is not in it.
    """
    data_dir = Path(data_dir).resolve()
    if not (data_dir / file).exists():
        raise InputError("data file not found; point --data at ../shared/data", source=str(data_dir / file))
    docs = _documents(data_dir, file)
    if cluster not in docs:
        raise InputError(f"cluster {cluster!r} not in the data file", source=str(data_dir / file))
    return docs[cluster]


def load_sentence_pairs(data_dir: Path | str, pairs_file: Path | str = PAIRS_FILE) -> list[LabelledPair]:
    """Load the labelled sentence pairs and their texts, verifying every sentence hash.

    Args:
        data_dir: the shared data directory holding ``multinews/``, ``duc2004/`` and ``seeds/``.
        pairs_file: the JSONL of labelled pairs (defaults to ``tests/data/sentence_pairs.jsonl``).

    Returns:
        The pairs in file order.

    Raises:
        InputError: a data file or cluster is missing, an offset is out of range, a label is unknown, or a
            sentence's sha1 prefix does not match (the data changed under the offsets).
    """
    pairs: list[LabelledPair] = []
    pairs_file = Path(pairs_file)
    with pairs_file.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["label"] not in LABELS:
                raise InputError(f"unknown label {rec['label']!r}; use one of {LABELS}", source=str(pairs_file), line=n)
            docs = cluster_documents(data_dir, rec["file"], rec["cluster"])
            texts = []
            for side in (rec["a"], rec["b"]):
                if not 0 <= side["doc"] < len(docs):
                    raise InputError(f"document index {side['doc']} out of range", source=str(pairs_file), line=n)
                text = docs[side["doc"]][side["start"] : side["end"]]
                if short_sha1(text) != side["sha1"]:
                    raise InputError(
                        f"sentence hash mismatch in {rec['file']} cluster {rec['cluster']} doc {side['doc']} "
                        f"[{side['start']}:{side['end']}]: the data differs from the one labelled",
                        source=str(pairs_file),
                        line=n,
                    )
                texts.append(text)
            pairs.append(
                LabelledPair(
                    id=rec["id"],
                    cluster=rec["cluster"],
                    file=rec["file"],
                    doc_a=rec["a"]["doc"],
                    span_a=(rec["a"]["start"], rec["a"]["end"]),
                    text_a=texts[0],
                    doc_b=rec["b"]["doc"],
                    span_b=(rec["b"]["start"], rec["b"]["end"]),
                    text_b=texts[1],
                    label=rec["label"],
                    overlap=float(rec["overlap"]),
                )
            )
    return pairs


# --- candidate similarity functions ----------------------------------------------------------------------


def stems(text: str) -> list[str]:
    """Lower-cased, stopword-free, Porter-stemmed word tokens of ``text`` (single characters dropped)."""
    words = _WORD.findall(text.lower())
    return [_STEMMER.stem(t) for t in words if t not in ENGLISH_STOP_WORDS and len(t) > 1]


def jaccard(a: str, b: str) -> float:
    """Jaccard coefficient of the stem sets of two sentences; 0.0 when either has no content word."""
    sa, sb = set(stems(a)), set(stems(b))
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def containment(a: str, b: str) -> float:
    """Overlap coefficient |A & B| / min(|A|, |B|) of the stem sets; 0.0 when either is empty."""
    sa, sb = set(stems(a)), set(stems(b))
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def split_sentences(doc: str) -> list[str]:
    """Split a document into sentences with pysbd, paragraph by paragraph (as the sample was drawn)."""
    import pysbd  # a core dependency; imported here so the loader alone stays light

    seg = pysbd.Segmenter(language="en", clean=False)
    out = []
    for para in re.split(r"\n+", doc):
        if para.strip():
            out.extend(s.strip() for s in seg.segment(para) if s.strip())
    return out


class ClusterTfidf:
    """TF-IDF cosine, IDF fit on all sentences of one cluster (smoothed IDF, sublinear TF, l2 norm)."""

    def __init__(self, documents: Sequence[str]) -> None:
        """Fit the IDF on every sentence of ``documents``.

        Args:
            documents: the raw documents of the cluster.
        """
        sentences = [s for doc in documents for s in split_sentences(doc)]
        self._vec = TfidfVectorizer(analyzer=stems, sublinear_tf=True, norm="l2")
        self._vec.fit(sentences)

    def __call__(self, a: str, b: str) -> float:
        """Cosine similarity of the two sentences' TF-IDF vectors."""
        m = self._vec.transform([a, b])
        return float(m[0].multiply(m[1]).sum())


def score_pairs(pairs: Sequence[LabelledPair], data_dir: Path | str) -> dict[str, np.ndarray]:
    """Score every pair with every candidate function.

    Args:
        pairs: the labelled pairs.
        data_dir: the shared data directory (for the cluster sentences the TF-IDF is fit on).

    Returns:
        Function name -> array of scores aligned with ``pairs``.
    """
    tfidf: dict[tuple[str, str], ClusterTfidf] = {}
    out: dict[str, list[float]] = {"tfidf_cosine": [], "jaccard": [], "containment": []}
    for p in pairs:
        key = (p.file, p.cluster)
        if key not in tfidf:
            tfidf[key] = ClusterTfidf(cluster_documents(data_dir, p.file, p.cluster))
        out["tfidf_cosine"].append(tfidf[key](p.text_a, p.text_b))
        out["jaccard"].append(jaccard(p.text_a, p.text_b))
        out["containment"].append(containment(p.text_a, p.text_b))
    return {name: np.asarray(v) for name, v in out.items()}


# --- threshold search ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Operating:
    """A decision threshold (predict ``same`` when score >= threshold) and its precision, recall and F1."""

    threshold: float
    precision: float
    recall: float
    f1: float


def operating_points(scores: np.ndarray, gold: np.ndarray) -> list[Operating]:
    """Precision, recall and F1 at every distinct score used as a threshold, in decreasing threshold order."""
    order = np.argsort(-scores, kind="stable")
    s, g = scores[order], gold[order]
    tp = np.cumsum(g)
    n_pos = int(g.sum())
    points = []
    for i in range(len(s)):
        if i + 1 < len(s) and s[i + 1] == s[i]:
            continue  # ties: a threshold admits all equal scores at once
        prec = tp[i] / (i + 1)
        rec = tp[i] / n_pos if n_pos else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        points.append(Operating(float(s[i]), float(prec), float(rec), float(f1)))
    return points


def best_f1(scores: np.ndarray, gold: np.ndarray) -> Operating:
    """The operating point with the highest F1 (the higher threshold on ties)."""
    return max(operating_points(scores, gold), key=lambda o: (o.f1, o.threshold))


def at_precision(scores: np.ndarray, gold: np.ndarray, target: float = TARGET_PRECISION) -> Operating | None:
    """The lowest threshold whose precision is still >= ``target`` (so the highest recall there), or None."""
    ok = [o for o in operating_points(scores, gold) if o.precision >= target]
    return min(ok, key=lambda o: o.threshold) if ok else None


def grouped_cv_f1(scores: np.ndarray, gold: np.ndarray, groups: Sequence[str], folds: int = 5) -> float:
    """F1 of ``same`` when each fold's threshold is the max-F1 threshold of the other folds.

    Clusters are kept whole within a fold; they are dealt to folds round-robin in sorted order, so the
    split is deterministic.
    """
    names = sorted(set(groups))
    fold_of = {c: i % folds for i, c in enumerate(names)}
    fold = np.array([fold_of[c] for c in groups])
    pred = np.zeros_like(gold)
    for k in range(folds):
        train = fold != k
        t = best_f1(scores[train], gold[train]).threshold
        pred[~train] = scores[~train] >= t
    tp = int((pred & gold).sum())
    prec = tp / pred.sum() if pred.sum() else 0.0
    rec = tp / gold.sum() if gold.sum() else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def bootstrap_threshold(scores: np.ndarray, gold: np.ndarray, rounds: int = 300, seed: int = 0) -> tuple[float, float]:
    """5th and 95th percentile of the max-F1 threshold over bootstrap resamples of the pairs."""
    rng = np.random.default_rng(seed)
    ts = []
    for _ in range(rounds):
        i = rng.integers(0, len(gold), len(gold))
        ts.append(best_f1(scores[i], gold[i]).threshold)
    lo, hi = np.percentile(ts, [5, 95])
    return float(lo), float(hi)


def _fmt(o: Operating | None) -> str:
    """Format an operating point as table cells: threshold | P | R | F1."""
    if o is None:
        return "– | – | – | –"
    return f"{o.threshold:.3f} | {o.precision:.2f} | {o.recall:.2f} | {o.f1:.2f}"


def threshold_table(pairs: Sequence[LabelledPair], scores: dict[str, np.ndarray]) -> str:
    """Render the calibration table (markdown) for ``same`` versus ``related``/``different``."""
    gold = np.array([p.label == "same" for p in pairs])
    groups = [f"{p.file}:{p.cluster}" for p in pairs]
    lines = [
        "| function | max-F1 threshold | P | R | F1 | its 90% bootstrap range "
        "| P>=0.9 threshold | P | R | F1 | avg. precision | grouped 5-fold CV F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in scores.items():
        ap = average_precision_score(gold, s)
        cv = grouped_cv_f1(s, gold, groups)
        lo, hi = bootstrap_threshold(s, gold)
        best, high = _fmt(best_f1(s, gold)), _fmt(at_precision(s, gold))
        cells = f"{best} | {lo:.2f}–{hi:.2f} | {high} | {ap:.2f} | {cv:.2f}"
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def label_table(pairs: Iterable[LabelledPair]) -> str:
    """Render the label distribution per data file (markdown)."""
    pairs = list(pairs)
    files = sorted({p.file for p in pairs})
    counts = Counter((p.file, p.label) for p in pairs)
    header = "| data file | clusters | " + " | ".join(LABELS) + " | total |"
    lines = [header, "|---" * (len(LABELS) + 3) + "|"]
    for f in [*files, "all"]:
        sel = [p for p in pairs if f in ("all", p.file)]
        row = (
            [str(sum(1 for p in sel if p.label == lab)) for lab in LABELS]
            if f == "all"
            else [str(counts[(f, lab)]) for lab in LABELS]
        )
        lines.append(f"| {f} | {len({(p.file, p.cluster) for p in sel})} | " + " | ".join(row) + f" | {len(sel)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the label distribution and the threshold table.

    Args:
        argv: command-line arguments (``--data DIR``); defaults to ``sys.argv``.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data directory")
    args = ap.parse_args(argv)
    if not args.data.exists():
        raise SystemExit(f"no data at {args.data}; pass --data ../shared/data")
    pairs = load_sentence_pairs(args.data)
    print(f"{len(pairs)} labelled pairs, hashes verified\n")
    print(label_table(pairs))
    print("\nsame vs not (related + different); predict same when score >= threshold\n")
    print(threshold_table(pairs, score_pairs(pairs, args.data)))


if __name__ == "__main__":
    main()
