"""Train and measure the same-fact decision (newsbrief.compare.same_fact) on the labelled sentence pairs.

Data: the cross-source pairs of ``tests/data/trust_pairs.jsonl`` (41 clusters, every pair above the labelling
floor, two labellers; disputed pairs left out) and of ``tests/data/sentence_pairs.jsonl`` (405 stratified pairs,
one labeller). A pair is positive when labelled ``same``.

Split: the trust labels' held-out third of clusters (``trust_items.heldout_ids``) is never trained or tuned on;
old pairs from those clusters are held out too. On the rest (development), a logistic regression over
:data:`~newsbrief.compare.same_fact.FEATURES` is fitted; the probability threshold is chosen on its
cluster-grouped 5-fold cross-validated predictions as the lowest that reaches ``--precision`` (the highest
recall at that precision). The held-out figures are then printed beside TF-IDF cosine at the old threshold.

Run: ``python benchmarks/same_fact.py [--write]`` (``--write`` stores the weights in the package).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.compare.same_fact import FEATURES, MIN_COSINE, pair_features
from newsbrief.compare.support import similarity_matrix
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.text.vectors import tfidf_matrix
from pairs import cluster_documents, load_sentence_pairs
from trust_items import DEFAULT_DATA_DIR, heldout_ids
from trust_labels import DISPUTED, load_trust
from weights_file import PACKAGE_DATA, write_weights

OUT = PACKAGE_DATA / "same_fact.json"


def trust_rows(
    data_dir: Path, features: Callable[[str, str, float], list[float]] = pair_features
) -> tuple[list[list[float]], list[bool], list[str], list[str]]:
    """Features, labels, cluster ids and splits of the trust pairs (disputed pairs left out)."""
    X, y, groups, splits = [], [], [], []
    for cid, lc in load_trust(data_dir).items():
        if not lc.pair_labels:
            continue
        sim = similarity_matrix(lc.sentences)
        index = {(s.article_id, s.index): k for k, s in enumerate(lc.sentences)}
        for pair, label in lc.pair_labels.items():
            if label == DISPUTED:
                continue
            a, b = sorted(pair)
            i, j = index[a], index[b]
            X.append(features(lc.sentences[i].text, lc.sentences[j].text, float(sim[i, j])))
            y.append(label == "same")
            groups.append(cid)
            splits.append(lc.split)
    return X, y, groups, splits


def old_rows(
    data_dir: Path, heldout: set[str], features: Callable[[str, str, float], list[float]] = pair_features
) -> tuple[list[list[float]], list[bool], list[str], list[str]]:
    """Features of the 405 older pairs; the cosine over the cluster's story sentences as the brief sees them."""
    X, y, groups, splits = [], [], [], []
    texts_of: dict[tuple[str, str], list[str]] = {}
    for p in load_sentence_pairs(data_dir):
        key = (p.file, p.cluster)
        if key not in texts_of:
            docs = cluster_documents(data_dir, p.file, p.cluster)
            cleaned, _ = clean_articles(Article(id=str(i), text=d) for i, d in enumerate(docs) if d.strip())
            texts_of[key] = [s.text for a in cleaned for s in story_sentences(a)]
        texts = [*texts_of[key], p.text_a, p.text_b]
        m = tfidf_matrix(texts)
        cosine = float((m[[len(texts) - 2]] @ m[[len(texts) - 1]].T).toarray()[0, 0])
        X.append(features(p.text_a, p.text_b, cosine))
        y.append(p.label == "same")
        groups.append(p.cluster)
        splits.append("heldout" if p.cluster in heldout else "dev")
    return X, y, groups, splits


def precision_recall(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, int]:
    tp = int((pred & gold).sum())
    return tp / max(1, int(pred.sum())), tp / max(1, int(gold.sum())), int(pred.sum())


def choose_threshold(prob: np.ndarray, gold: np.ndarray, precision: float) -> float:
    """The lowest probability threshold whose precision reaches ``precision`` (else the best precision)."""
    best = None
    for t in np.round(np.arange(0.30, 0.99, 0.01), 2):
        p, _, n = precision_recall(prob >= t, gold)
        if n >= 10 and p >= precision:
            return float(t)
        if best is None or p > best[0]:
            best = (p, float(t))
    return best[1]


def main(argv: Sequence[str] | None = None) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--precision", type=float, default=0.9, help="precision the threshold must reach on dev")
    parser.add_argument("--old-cosine", type=float, default=0.30, help="the TF-IDF threshold it replaces")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    trust = trust_rows(args.data)
    held = {g for g, s in zip(trust[2], trust[3], strict=True) if s == "heldout"} | heldout_ids(trust[2])
    old = old_rows(args.data, held)
    X = np.asarray(trust[0] + old[0])
    y = np.asarray(trust[1] + old[1])
    groups = np.asarray(trust[2] + old[2])
    source = np.asarray(["trust"] * len(trust[0]) + ["old"] * len(old[0]))
    dev = np.asarray([s != "heldout" for s in trust[3] + old[3]])
    mean, scale = X[dev].mean(axis=0), X[dev].std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    folds = GroupKFold(5)
    cv_prob = cross_val_predict(model, Z[dev], y[dev], groups=groups[dev], cv=folds, method="predict_proba")[:, 1]
    threshold = choose_threshold(cv_prob, y[dev], args.precision)
    model.fit(Z[dev], y[dev])
    prob = model.predict_proba(Z)[:, 1]
    print(f"pairs: {len(y)} ({int(y.sum())} same); development {int(dev.sum())}, held out {int((~dev).sum())}")
    print(f"threshold chosen on development cross-validation for precision >= {args.precision}: {threshold:.2f}")
    print()
    print("| part | pairs | rule | precision | recall | links |")
    print("|---|---|---|---|---|---|")
    for part, mask in (("dev (cross-validated)", dev), ("held-out", ~dev)):
        for src in ("trust", "old"):
            m = mask & (source == src)
            if not m.any():
                continue
            scores = cv_prob if part.startswith("dev") else prob[m]
            gold = y[dev][source[dev] == src] if part.startswith("dev") else y[m]
            if part.startswith("dev"):
                scores = cv_prob[source[dev] == src]
            cos = X[m][:, 0]
            for rule, pred in (
                (f"TF-IDF cosine >= {args.old_cosine}", cos >= args.old_cosine),
                (f"same-fact p >= {threshold:.2f}", (scores >= threshold) & (cos >= MIN_COSINE)),
            ):
                p, r, n = precision_recall(pred, gold)
                print(f"| {part}, {src} | {int(m.sum())} | {rule} | {p:.3f} | {r:.3f} | {n} |")
    print()
    print("| held-out trust pairs: threshold | precision | recall |")
    print("|---|---|---|")
    ht = (~dev) & (source == "trust")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        p, r, _ = precision_recall(prob[ht] >= t, y[ht])
        print(f"| {t:.2f} | {p:.3f} | {r:.3f} |")
    if args.write:
        write_weights(
            OUT,
            how=(
                "benchmarks/same_fact.py: logistic regression (class-balanced, C=1) on the development part of "
                "tests/data/trust_pairs.jsonl and sentence_pairs.jsonl; threshold from grouped 5-fold CV for "
                f"precision >= {args.precision}"
            ),
            features=FEATURES,
            mean=mean,
            scale=scale,
            coef=model.coef_[0],
            intercept=model.intercept_[0],
            threshold=threshold,
        )


if __name__ == "__main__":
    main()
