"""Can a learned check tell page furniture among the sentences the brief may choose? (issue 10; a study, no model)

The trust labels' development part holds ~450 ``junk`` labels; cleaning, splitting, the furniture list and the
stand-alone mask already drop most of them, and what reaches a summary comes from the rest. A learned junk gate
is only worth adding where it refuses that rest at high precision (a story sentence refused costs ROUGE and a fact).
This script measures it, on the development part only (the held-out third is not read):

- rows: the undisputed labelled sentences of the dev clusters that ``Briefer.eligible`` admits (what the selector
  sees), target ``junk`` against every other label;
- two logistic regressions, scored by cluster-grouped 5-fold cross-validation (no cluster in its own training fold):
  ``quality`` on the quality model's cheap features (:data:`newsbrief.summarize.quality.FEATURES`) and ``words``
  on tf-idf word 1-2-grams and character 2-4-grams of the sentence (its form: capitals, no verb, a credit's words);
- printed: average precision beside the base rate, and the precision, recall and number of sentences refused at
  gates chosen for precision 0.9 / 0.8 on the CV scores (a gate read off the same scores it is measured on is
  optimistic: an upper bound).

Run: ``python benchmarks/junk_model.py [--data /work/shared/data]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentence_quality import eligible_labelled
from trust_items import DEFAULT_DATA_DIR
from trust_labels import PAIRS_FILE, SENTENCES_FILE, LabelledCluster, load_trust

FOLDS = 5
PRECISIONS = (0.9, 0.8)


def rows(clusters: Mapping[str, LabelledCluster]) -> tuple[np.ndarray, list[str], np.ndarray, list[str]]:
    """Quality features, texts, targets (label ``junk``) and cluster groups of the dev part's eligible sentences."""
    found = list(eligible_labelled(clusters, "dev"))
    x = np.array([r for _, _, r, _ in found])
    return x, [s.text for _, s, _, _ in found], np.array([lab == "junk" for *_, lab in found]), [c for c, *_ in found]


def cv_quality(x: np.ndarray, y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Out-of-fold junk probabilities from the quality features."""
    p = np.zeros(len(y))
    for train, test in GroupKFold(FOLDS).split(x, y, groups):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced"))
        p[test] = m.fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    return p


def cv_words(texts: list[str], y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Out-of-fold junk probabilities from word and character n-grams (vectorisers fitted on the training folds)."""
    p = np.zeros(len(y))
    arr = np.array(texts, dtype=object)
    for train, test in GroupKFold(FOLDS).split(arr, y, groups):
        w = TfidfVectorizer(ngram_range=(1, 2), min_df=2, lowercase=False, sublinear_tf=True)
        c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3, lowercase=False, sublinear_tf=True)
        xt = hstack([w.fit_transform(arr[train]), c.fit_transform(arr[train])]).tocsr()
        xs = hstack([w.transform(arr[test]), c.transform(arr[test])]).tocsr()
        m = LogisticRegression(C=3.0, max_iter=4000, class_weight="balanced")
        p[test] = m.fit(xt, y[train]).predict_proba(xs)[:, 1]
    return p


def gate(p: np.ndarray, y: np.ndarray, precision: float) -> tuple[float, float, int]:
    """At the lowest threshold whose CV precision reaches ``precision``: precision, recall, sentences refused."""
    prec, rec, thr = precision_recall_curve(y, p)
    ok = [i for i in range(len(thr)) if prec[i] >= precision]
    if not ok:
        return float("nan"), 0.0, 0
    i = ok[0]
    return float(prec[i]), float(rec[i]), int((p >= thr[i]).sum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = ap.parse_args()
    clusters = load_trust(args.data, SENTENCES_FILE, PAIRS_FILE)
    x, texts, y, groups = rows(clusters)
    print(
        f"dev: {len(y)} eligible labelled sentences in {len(set(groups))} clusters, {int(y.sum())} junk "
        f"(base rate {y.mean():.3f})\n"
    )
    print("| model | CV AP | " + " | ".join(f"at P>={q}: P / R / refused" for q in PRECISIONS) + " |")
    print("|---|---|" + "---|" * len(PRECISIONS))
    scored = (("quality features", cv_quality(x, y, groups)), ("word + char n-grams", cv_words(texts, y, groups)))
    for name, p in scored:
        cells = []
        for q in PRECISIONS:
            pr, rc, n = gate(p, y, q)
            cells.append(f"{pr:.3f} / {rc:.3f} / {n}" if n else "not reached")
        print(f"| {name} | {average_precision_score(y, p):.3f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
