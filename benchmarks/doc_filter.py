"""Fit and score the document filter (newsbrief.summarize.pages) on the ``docs`` labels.

Items: every source of the ``multinews/val_raw.jsonl`` clusters that reaches the brief's document stage
(``benchmarks/doc_items.py``), labelled ``article`` / ``non-article`` / ``other-story`` / ``unsure`` by two
labellers and adjudicated (``benchmarks/doc_labels.py`` writes ``tests/data/doc_labels.jsonl``). Sources set
apart for their language before the filter are counted, not scored; ``unsure`` items are left out of fit
and score.

Features: :func:`newsbrief.summarize.pages.features`, on the brief's own preparation
(``Briefer.sources`` with the filter off), so what is fitted is what runs. Two logistic regressions, fitted
on the development part only: ``summarise`` (label ``article`` against the rest, every feature) and
``page`` (``article`` or ``other-story`` against ``non-article``, page features only: it only names the
reason). The regularisation is chosen by cluster-grouped 5-fold cross-validation (average precision of the
not-summarised class); the ``summarise`` threshold is the one of highest recall at which the cross-validated
development predictions set apart sources with precision >= ``--precision`` (a real article set apart costs
more than a page let through). The held-out part is scored once with everything fixed.

Run: ``python benchmarks/doc_filter.py [--labels FILE | --answers A.jsonl] [--write]`` (``--write`` updates
src/newsbrief/data/pages.json).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.ingest import read_clusters
from newsbrief.logistic import Logistic
from newsbrief.pipeline import Briefer
from newsbrief.summarize.pages import FEATURES, PAGE_FEATURES, features
from trust_items import short_id
from weights_file import PACKAGE_DATA, weights_doc, write_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
LABELS_FILE = ROOT / "tests" / "data" / "doc_labels.jsonl"
MULTINEWS_FILE = "multinews/val_raw.jsonl"
OUT = PACKAGE_DATA / "pages.json"
LABELS = ("article", "non-article", "other-story", "unsure")
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
PRECISION = 0.95


@dataclass(frozen=True, slots=True)
class DocLabel:
    """One labelled source: item id (``mn101.2``), cluster, document index, part, raw text hash, label."""

    id: str
    cluster: str
    doc: int
    split: str
    sha1: str
    label: str


def load_doc_labels(data_dir: Path, path: Path = LABELS_FILE) -> list[DocLabel]:
    """The stored labels, each checked against the raw document it names.

    Raises:
        SystemExit: a label names a document that is missing or whose text changed (its hash differs).
    """
    raw = raw_documents(data_dir)
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            lab = DocLabel(row["id"], row["cluster"], int(row["doc"]), row["split"], row["sha1"], row["label"])
            docs = raw.get(lab.cluster)
            if docs is None or lab.doc >= len(docs):
                raise SystemExit(f"{path}: item {lab.id}: no document {lab.doc} in {lab.cluster}")
            if hashlib.sha1(docs[lab.doc].encode("utf-8")).hexdigest() != lab.sha1:
                raise SystemExit(f"{path}: item {lab.id}: the text of {lab.cluster} document {lab.doc} changed")
            out.append(lab)
    return out


def raw_documents(data_dir: Path) -> dict[str, list[str]]:
    """Cluster id -> its raw documents, as ``multinews/val_raw.jsonl`` holds them (what the hashes are of)."""
    raw = {}
    with (data_dir / MULTINEWS_FILE).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                raw[row["id"]] = row["documents"]
    return raw


def labels_from_answers(data_dir: Path, answers: Path, index: Path) -> list[DocLabel]:
    """Provisional labels: one labeller's (or an adjudicated) answer file, with the item index's split."""
    idx = json.loads(index.read_text(encoding="utf-8"))
    out = []
    with answers.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                meta = idx[row["id"]]
                out.append(DocLabel(row["id"], meta["cluster"], meta["doc"], meta["split"], meta["sha1"], row["label"]))
    return out


def feature_rows(data_dir: Path, labels: list[DocLabel]) -> tuple[dict[str, list[float]], Counter]:
    """Item id -> feature row, for every labelled source that reaches the filter; and what did not, by why."""
    wanted = {lab.cluster for lab in labels}
    briefer = Briefer(BriefConfig(pages=False))
    rows: dict[str, list[float]] = {}
    gone: Counter = Counter()
    for cluster in read_clusters(data_dir / MULTINEWS_FILE):
        if cluster.id not in wanted:
            continue
        prepared = briefer.sources(cluster.articles)
        if prepared is None:
            continue
        gone["other language"] += sum(1 for n in prepared.not_summarised if n.reason == "language")
        per = [[s for s in prepared.sentences if s.article_id == a.id] for a in prepared.articles]
        flags = dict(zip(((s.article_id, s.index) for s in prepared.sentences), prepared.eligible, strict=True))
        masks = [[flags[(s.article_id, s.index)] for s in group] for group in per]
        for art, row in zip(prepared.articles, features(prepared.articles, per, masks), strict=True):
            rows[f"{short_id(cluster.id)}.{art.id.rsplit('#', 1)[1]}"] = row
    return rows, gone


def _fit(x: np.ndarray, y: np.ndarray, groups: np.ndarray, positive_rare: np.ndarray):
    """C by grouped CV (average precision of ``positive_rare``, the class set apart), CV probabilities, fit."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    best = None
    for c in C_GRID:
        model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
        p = cross_val_predict(model, x, y, groups=groups, cv=GroupKFold(5), method="predict_proba")[:, 1]
        ap = average_precision_score(positive_rare, 1 - p)
        if best is None or ap > best[0]:
            best = (ap, c, p)
    ap, c, p = best
    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(x, y)
    return model, c, ap, p


def _logistic(model, threshold: float) -> Logistic:
    scaler, lr = model[0], model[1]
    return Logistic(tuple(scaler.mean_), tuple(scaler.scale_), tuple(lr.coef_[0]), float(lr.intercept_[0]), threshold)


def choose_threshold(p_article: np.ndarray, is_article: np.ndarray, precision: float) -> float:
    """The highest threshold whose set-apart sources (P < threshold) are not articles with >= ``precision``.

    Among thresholds meeting the precision, the one setting apart the most sources; 0.0 (none set apart)
    when none meets it.
    """
    best = 0.0
    for t in sorted(set(np.round(p_article, 6))):
        t = float(t) + 1e-6
        apart = p_article < t
        if apart.sum() and (~is_article[apart]).mean() >= precision:
            best = t
    return best


def score(labels: list[DocLabel], apart: Mapping[str, str | None]) -> dict[str, object]:
    """Precision and recall of setting apart (non-article or other-story) against the labels."""
    tp = sum(1 for lab in labels if apart[lab.id] and lab.label != "article")
    fp = sum(1 for lab in labels if apart[lab.id] and lab.label == "article")
    fn = sum(1 for lab in labels if not apart[lab.id] and lab.label != "article")
    kinds = Counter((lab.label, apart[lab.id] or "summarised") for lab in labels)
    return {
        "n": len(labels),
        "apart": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / (tp + fn) if tp + fn else float("nan"),
        "kinds": dict(sorted(kinds.items())),
    }


def apply_shipped(data_dir: Path, labels: list[DocLabel]) -> None:
    """Print what the shipped model (the brief's own path) sets apart over every val_raw cluster, by reason and
    against the labels of each part."""
    by_id = {lab.id: lab for lab in labels}
    briefer = Briefer()
    tally: Counter = Counter()
    n_sources = 0
    for cluster in read_clusters(data_dir / MULTINEWS_FILE):
        prepared = briefer.sources(cluster.articles)
        if prepared is None:
            continue
        n_sources += len(prepared.articles) + len(prepared.not_summarised)
        for item in prepared.not_summarised:
            lab = by_id.get(f"{short_id(cluster.id)}.{item.article.id.rsplit('#', 1)[1]}")
            part, label = (lab.split, lab.label) if lab else ("not labelled", "-")
            tally[(item.reason, part, label)] += 1
    print(f"\nshipped model over all {n_sources} val_raw sources that reach the document stage:")
    for (reason, part, label), n in sorted(tally.items()):
        print(f"  set apart as {reason:12s} {part:12s} labelled {label:12s} {n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--labels", type=Path, default=LABELS_FILE, help="stored labels (tests/data/doc_labels.jsonl)")
    ap.add_argument("--answers", type=Path, help="instead: an answer file (provisional), with --index")
    ap.add_argument("--index", type=Path, default=Path("/work/labels/docs/build/index.json"))
    ap.add_argument("--precision", type=float, default=PRECISION, help="set-apart precision the threshold keeps")
    ap.add_argument("--write", action="store_true", help="write src/newsbrief/data/pages.json")
    ap.add_argument("--apply", action="store_true", help="also run the shipped model over every val_raw cluster")
    args = ap.parse_args(argv)
    if not (args.data / MULTINEWS_FILE).exists():
        print(f"error: {args.data / MULTINEWS_FILE}: not found; pass --data ../shared/data", file=sys.stderr)
        return 2
    labels = (
        labels_from_answers(args.data, args.answers, args.index)
        if args.answers
        else load_doc_labels(args.data, args.labels)
    )
    rows, gone = feature_rows(args.data, labels)
    missing = [lab for lab in labels if lab.id not in rows]
    sure = [lab for lab in labels if lab.id in rows and lab.label != "unsure"]
    print(
        f"{len(labels)} labels: {dict(Counter(lab.label for lab in labels))}; {len(missing)} not at the filter "
        f"({dict(gone)} set apart for language; the rest copies or empty), "
        f"{sum(1 for lab in labels if lab.label == 'unsure')} unsure left out"
    )
    dev = [lab for lab in sure if lab.split == "dev"]
    held = [lab for lab in sure if lab.split == "heldout"]
    x = np.array([rows[lab.id] for lab in dev])
    groups = np.array([lab.cluster for lab in dev])
    is_article = np.array([lab.label == "article" for lab in dev])
    is_page = np.array([lab.label != "non-article" for lab in dev])
    model, c, apr, p_cv = _fit(x, is_article.astype(int), groups, ~is_article)
    threshold = choose_threshold(p_cv, is_article, args.precision)
    page_model, c_page, apr_page, _ = _fit(x[:, : len(PAGE_FEATURES)], is_page.astype(int), groups, ~is_page)
    summarise, page = _logistic(model, threshold), _logistic(page_model, 0.5)
    print(f"summarise: C={c}, dev CV average precision (not summarised) {apr:.3f}, threshold {threshold:.4f}")
    print(f"page: C={c_page}, dev CV average precision (non-article) {apr_page:.3f}")

    def decide(labs: list[DocLabel], probs: list[float]) -> dict[str, str | None]:
        out = {}
        for lab, p in zip(labs, probs, strict=True):
            if p >= threshold:
                out[lab.id] = None
            else:
                out[lab.id] = "other-story" if page.accepts(rows[lab.id][: len(PAGE_FEATURES)]) else "not-article"
        return out

    for name, labs, probs in (
        ("dev (cross-validated)", dev, list(p_cv)),
        ("held-out", held, [summarise.probability(rows[lab.id]) for lab in held]),
    ):
        s = score(labs, decide(labs, probs))
        print(
            f"\n{name}: {s['n']} sources, {s['apart']} set apart, precision {s['precision']:.3f}, "
            f"recall {s['recall']:.3f}"
        )
        for (label, verdict), n in s["kinds"].items():
            print(f"  labelled {label:12s} -> {verdict:12s} {n}")
    coefs = sorted(zip(FEATURES, model[1].coef_[0], strict=True), key=lambda kv: -abs(kv[1]))
    print("\nsummarise weights (standardised):", ", ".join(f"{k} {v:+.2f}" for k, v in coefs))
    if args.write:
        how = (
            f"benchmarks/doc_filter.py: logistic regressions on the development part of the docs labels "
            f"({len(dev)} sources); C by cluster-grouped 5-fold CV; summarise threshold: highest recall at "
            f"set-apart precision >= {args.precision} on the CV predictions"
        )
        docs = {
            name: weights_doc(
                how=how,
                features=feats,
                mean=m.mean,
                scale=m.scale,
                coef=m.coef,
                intercept=m.intercept,
                threshold=m.threshold,
                C=cc,
            )
            for name, feats, m, cc in (("summarise", FEATURES, summarise, c), ("page", PAGE_FEATURES, page, c_page))
        }
        write_document(OUT, {"how": how, **docs})
    if args.apply:
        apply_shipped(args.data, labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
