"""Fit the summary-sentence quality model (newsbrief.summarize.quality) on the development trust labels.

Training data: the undisputed sentence labels of the development clusters of the trust benchmark
(tests/data/trust_sentences.jsonl) on the sentences the brief may choose (the stand-alone mask and
the length limits of ``Briefer.eligible``: the model only ever ranks those), ``ok`` against every
other label (cannot-stand-alone, junk, opinion, other-language). The held-out clusters are scored,
never fitted or tuned on. The regularisation is chosen by cluster-grouped 5-fold cross-validation
(average precision of ``ok``) on the development part.

Printed: dev CV and held-out average precision and ROC AUC, and the share of ``ok`` among the top
sentences by score, beside the base rate: how much better than chance the ranking the selector uses is.

Run: ``python benchmarks/sentence_quality.py [--write]`` (``--write`` updates src/newsbrief/data/quality.json).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.model import Sentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.quality import FEATURES, feature_matrix
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, LabelledCluster, load_trust
from weights_file import PACKAGE_DATA, write_weights

OUT = PACKAGE_DATA / "quality.json"
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)


def eligible_labelled(
    clusters: Mapping[str, LabelledCluster], split: str
) -> Iterator[tuple[str, Sentence, np.ndarray, str]]:
    """Cluster id, sentence, quality feature row and undisputed label of one split's sentences that the brief may
    choose (``Briefer.eligible``) and whose text is as labelled."""
    briefer = Briefer()
    for cid, lc in clusters.items():
        if lc.split != split or not lc.sentences:
            continue
        x = feature_matrix(lc.sentences)
        for s, row, ok in zip(lc.sentences, x, briefer.eligible(lc.sentences), strict=True):
            key = (s.article_id, s.index)
            label = lc.sentence_labels.get(key)
            if ok and label is not None and label != DISPUTED and key not in lc.changed:
                yield cid, s, row, label


def rows(clusters: Mapping[str, LabelledCluster], split: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature rows, targets (label ``ok``) and cluster groups of one split's eligible labelled sentences."""
    found = list(eligible_labelled(clusters, split))
    return np.array([r for _, _, r, _ in found]), np.array([lab == "ok" for *_, lab in found]), [c for c, *_ in found]


def model(c: float) -> Pipeline:
    """The pipeline: standardise, then a logistic regression."""
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))


def top_share(p: np.ndarray, y: np.ndarray, fraction: float) -> float:
    """Share of ``ok`` among the top ``fraction`` of sentences by score."""
    k = max(1, round(fraction * len(p)))
    return float(y[np.argsort(-p)[:k]].mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--write", action="store_true", help="write src/newsbrief/data/quality.json")
    args = ap.parse_args()
    clusters = load_trust(args.data, SENTENCES_FILE, PAIRS_FILE)
    xd, yd, gd = rows(clusters, "dev")
    xh, yh, _ = rows(clusters, "heldout")
    print(
        f"eligible labelled sentences: dev {len(yd)} ({int(yd.sum())} ok, {yd.mean():.3f}), "
        f"held-out {len(yh)} ({int(yh.sum())} ok, {yh.mean():.3f})\n"
    )
    print("| C | dev CV AP | dev CV AUC | ok in top 20% | ok in top 40% |")
    print("|---|---|---|---|---|")
    best, best_ap = C_GRID[0], -1.0
    for c in C_GRID:
        cv = cross_val_predict(model(c), xd, yd, groups=gd, cv=GroupKFold(5), method="predict_proba")[:, 1]
        ap_ = average_precision_score(yd, cv)
        print(
            f"| {c} | {ap_:.3f} | {roc_auc_score(yd, cv):.3f} | {top_share(cv, yd, 0.2):.3f} | "
            f"{top_share(cv, yd, 0.4):.3f} |"
        )
        if ap_ > best_ap:
            best, best_ap = c, ap_
    fitted = model(best).fit(xd, yd)
    ph = fitted.predict_proba(xh)[:, 1]
    print(
        f"\nC = {best} (best dev CV AP). Held-out: AP {average_precision_score(yh, ph):.3f} "
        f"(base rate {yh.mean():.3f}), AUC {roc_auc_score(yh, ph):.3f}, ok in top 20% {top_share(ph, yh, 0.2):.3f}, "
        f"top 40% {top_share(ph, yh, 0.4):.3f}\n"
    )
    scaler, lr = fitted[0], fitted[-1]
    print("| feature | weight (standardised) |\n|---|---|")
    for name, w in sorted(zip(FEATURES, lr.coef_[0], strict=True), key=lambda t: -abs(t[1])):
        print(f"| {name} | {w:+.3f} |")
    if args.write:
        write_weights(
            OUT,
            how=(
                "benchmarks/sentence_quality.py: logistic regression (C chosen by cluster-grouped 5-fold CV average "
                "precision) on the development part of tests/data/trust_sentences.jsonl, sentences the "
                "stand-alone mask admits, label ok against every other label"
            ),
            features=FEATURES,
            mean=scaler.mean_,
            scale=scaler.scale_,
            coef=lr.coef_[0],
            intercept=lr.intercept_[0],
            C=best,
        )


if __name__ == "__main__":
    main()
