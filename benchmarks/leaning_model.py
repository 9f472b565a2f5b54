"""Fit a "leans on the sentence before it" model on the development trust labels (measured, not shipped).

Training data: the undisputed sentence labels of the development clusters of the trust benchmark
(tests/data/trust_sentences.jsonl) on the sentences the brief may choose (``Briefer.eligible``), with the
quality model's features (:data:`newsbrief.summarize.quality.FEATURES`). The target is what the protocol
count of ``trust.py`` cannot credit unless the sentence is read right after the one before it in its source:
labelled ``cannot-stand-alone`` *and* leaning on a context kind (``trust_context.CONTEXT_KINDS``: a quotation,
an opening connective, the writer's I/we/you, a pronoun, an opening definite description, a presupposition,
or nothing the detectors see). A sentence failing only by a bare surname or "the company" is not a positive:
another summary sentence can introduce those (``referents.py``'s ``names`` and ``nouns``). The quality model
(``ok`` against every other label) ranks these sentences poorly (AP 0.54 on this target): it is fitted to junk
and opinion as much as to leaning.

The regularisation is chosen by cluster-grouped 5-fold cross-validation (average precision) on the development
part; the held-out clusters are scored once, never fitted or tuned on.

Session 10 used the model as a selection check (a chosen sentence scored above a threshold refused unless the
sentence before it in its source was chosen too, and offered with it as a selection unit): on the development
part the protocol count fell from 99 to 95 of about 350 summary sentences at the threshold that kept val_raw
ROUGE above the floor, in-sample, and on the held-out third not at all (39/191 -> 39/190), so it was not kept
(BENCHMARKS.md, "Trust", session 10; the patch is described there).

Run: ``python benchmarks/leaning_model.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.pipeline import Briefer
from newsbrief.summarize.quality import FEATURES, feature_matrix, quality_scores
from newsbrief.summarize.standalone import quote_states
from sentence_quality import C_GRID, model
from trust_context import CONTEXT_KINDS, leans_of
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, LabelledCluster, load_trust


def rows(clusters: Mapping[str, LabelledCluster], split: str) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """Feature rows, targets, cluster groups and quality scores of one split's eligible labelled sentences."""
    briefer = Briefer()
    xs, ys, groups, quality = [], [], [], []
    for cid, lc in clusters.items():
        if lc.split != split or not lc.sentences:
            continue
        x = feature_matrix(lc.sentences)
        q = quality_scores(lc.sentences)
        eligible = briefer.eligible(lc.sentences)
        by_article: dict[str, list[int]] = {}
        for i, s in enumerate(lc.sentences):
            by_article.setdefault(s.article_id, []).append(i)
        for positions in by_article.values():
            sents = [lc.sentences[i] for i in positions]
            for k, (i, (inside, leaves_open)) in enumerate(zip(positions, quote_states(sents), strict=True)):
                s = lc.sentences[i]
                key = (s.article_id, s.index)
                label = lc.sentence_labels.get(key)
                if not eligible[i] or label is None or label == DISPUTED or key in lc.changed:
                    continue
                kinds = leans_of(sents, k, inside, leaves_open).kinds
                xs.append(x[i])
                ys.append(label == "cannot-stand-alone" and any(kind in CONTEXT_KINDS for kind in kinds))
                groups.append(cid)
                quality.append(q[i])
    return np.array(xs), np.array(ys), groups, np.array(quality)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = ap.parse_args()
    clusters = load_trust(args.data, SENTENCES_FILE, PAIRS_FILE)
    xd, yd, gd, qd = rows(clusters, "dev")
    xh, yh, _, qh = rows(clusters, "heldout")
    print(
        f"eligible labelled sentences: dev {len(yd)} ({int(yd.sum())} lean, {yd.mean():.3f}), "
        f"held-out {len(yh)} ({int(yh.sum())} lean, {yh.mean():.3f})\n"
    )
    print(
        f"the quality model's 1 - P(ok) as the score: dev AP {average_precision_score(yd, 1 - qd):.3f}, "
        f"AUC {roc_auc_score(yd, 1 - qd):.3f}\n"
    )
    print("| C | dev CV AP | dev CV AUC |\n|---|---|---|")
    best, best_ap = C_GRID[0], -1.0
    for c in C_GRID:
        cv = cross_val_predict(model(c), xd, yd, groups=gd, cv=GroupKFold(5), method="predict_proba")[:, 1]
        ap_ = average_precision_score(yd, cv)
        print(f"| {c} | {ap_:.3f} | {roc_auc_score(yd, cv):.3f} |")
        if ap_ > best_ap:
            best, best_ap = c, ap_
    fitted = model(best).fit(xd, yd)
    ph = fitted.predict_proba(xh)[:, 1]
    print(
        f"\nC = {best} (best dev CV AP). Held-out: AP {average_precision_score(yh, ph):.3f} (base rate "
        f"{yh.mean():.3f}), AUC {roc_auc_score(yh, ph):.3f}; the quality model's 1 - P(ok): AP "
        f"{average_precision_score(yh, 1 - qh):.3f}, AUC {roc_auc_score(yh, 1 - qh):.3f}\n"
    )
    lr = fitted[-1]
    print("| feature | weight (standardised) |\n|---|---|")
    for name, w in sorted(zip(FEATURES, lr.coef_[0], strict=True), key=lambda t: -abs(t[1])):
        print(f"| {name} | {w:+.3f} |")


if __name__ == "__main__":
    main()
