"""Fit the learned conflict decision (``newsbrief.compare.conflict_model``) on the development labels only.

Training items (:func:`pool_items`): in every labelled sentence pair of the development part of
``tests/data/conflicts_gold.jsonl``, every pair of values of one kind that do not agree (numbers whose
intervals do not meet, dates of different labels, capitalised words alike at the first letter), without the
rules' key, context and "stated both ways" filters; positive when the pair is labelled ``real`` and the two
values are the disputed ones. (The rules' own candidates on labelled pairs, ``--items``, are 17 with 10 real:
too few to learn from.) Features: :data:`newsbrief.compare.conflict_model.FEATURES`.

A logistic regression (standardised features, L2, ``--c``) is fitted. The cut-off is chosen on the
*listed conflicts* (``--cv --conflict-level``): the development clusters are split in ``--folds`` folds by
cluster; each fold's clusters are briefed by the conflict stage with a model fitted on the other folds and
scored as ``benchmarks/conflicts.py --stage`` scores them, at each cut-off; the cut-off is the lowest at
which it and every higher one reach ``--precision`` (0.8) (not a lone lucky point). The model fitted on all
development items and that cut-off are written to ``src/newsbrief/data/conflict_model.json``. The held-out
part is never read here.

Run: ``python benchmarks/conflict_model.py --cv --conflict-level`` (``--dry-run`` prints and writes nothing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import DEFAULT_DATA_DIR, Pair, clusters, load_gold, match, stage  # a sibling script
from newsbrief.compare.conflict_model import FEATURES
from newsbrief.compare.conflicts import candidates, pair_features
from weights_file import PACKAGE_DATA, write_weights

ROOT = Path(__file__).resolve().parents[1]
OUT = PACKAGE_DATA / "conflict_model.json"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def items(data_dir: Path, gold: Sequence[Pair], gate: float) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Features, labels and cluster ids of the candidates that fall on labelled pairs."""
    rows, labels, groups = [], [], []
    for cluster, pairs in clusters(gold, data_dir):
        sentences, same, docs, texts = stage(cluster)
        for c in candidates(sentences, same, threshold=gate, texts=texts):
            a, b = sentences[c.i], sentences[c.j]
            p, q = (docs[a.article_id], a.start, a.end), (docs[b.article_id], b.start, b.end)
            g = match(pairs, p, q)
            if g is None:
                continue
            positive = False
            if g.label == "real" and "value_a" in g.extra:
                va = (g.a.start + g.extra["value_a"][0], g.a.start + g.extra["value_a"][1])
                vb = (g.b.start + g.extra["value_b"][0], g.b.start + g.extra["value_b"][1])
                x = (a.start + c.x.start, a.start + c.x.end)
                y = (b.start + c.y.start, b.start + c.y.end)
                a_is_ga = g.a.doc == p[0]
                positive = (_overlap(x, va) and _overlap(y, vb)) if a_is_ga else (_overlap(x, vb) and _overlap(y, va))
            rows.append(pair_features(a.text, b.text, c.x, c.y, c.same_fact))
            labels.append(int(positive))
            groups.append(cluster.id)
    return np.array(rows, dtype=float), np.array(labels), groups


def pool_items(data_dir: Path, gold: Sequence[Pair]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Features, labels and cluster ids of every pair of differing values of one kind in a labelled pair's two
    sentences (the labelled sentences themselves), without the rules' key, context and "stated both ways"
    filters: many more negatives than the rules let through, and the real pairs the rules miss, so that the
    weights are learned from more than the handful of candidates the rules produce on the pool."""
    from newsbrief.compare.slots import name_values, values

    rows, labels, groups = [], [], []
    for cluster, pairs in clusters(gold, data_dir):
        sentences, same, docs, texts = stage(cluster)
        by_doc = {d: i for i, d in docs.items()}
        index = {(docs[s.article_id], s.start): n for n, s in enumerate(sentences)}
        for g in pairs:
            a = texts[by_doc[g.a.doc]][g.a.start : g.a.end]
            b = texts[by_doc[g.b.doc]][g.b.start : g.b.end]
            i = next((n for (d, st), n in index.items() if d == g.a.doc and abs(st - g.a.start) < 5), None)
            j = next((n for (d, st), n in index.items() if d == g.b.doc and abs(st - g.b.start) < 5), None)
            p = max(float(same[i, j]), float(same[j, i])) if i is not None and j is not None else 0.0
            xs, ys = [*values(a), *name_values(a)], [*values(b), *name_values(b)]
            for x in xs:
                for y in ys:
                    if x.kind != y.kind or x.update or y.update or x.agrees(y):
                        continue
                    if x.kind == "name" and x.text[0] != y.text[0]:
                        continue
                    positive = (
                        g.label == "real"
                        and "value_a" in g.extra
                        and _overlap((x.start, x.end), tuple(g.extra["value_a"]))
                        and _overlap((y.start, y.end), tuple(g.extra["value_b"]))
                    )
                    rows.append(pair_features(a, b, x, y, p))
                    labels.append(int(positive))
                    groups.append(cluster.id)
    return np.array(rows, dtype=float), np.array(labels), groups


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=1000).fit((x - mean) / scale, y)
    return mean, scale, model


def cross_validate(x: np.ndarray, y: np.ndarray, groups: list[str], c: float, folds: int) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by cluster."""
    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        mean, scale, model = _fit(x[train], y[train], c)
        out[test] = model.predict_proba((x[test] - mean) / scale)[:, 1]
    return out


def cutoff(prob: np.ndarray, y: np.ndarray, precision: float) -> tuple[float, float, float]:
    """The lowest cut-off with out-of-fold precision >= ``precision``: (cut-off, precision, recall)."""
    best = (1.0, float("nan"), 0.0)
    for t in sorted(set(prob.round(4).tolist()), reverse=True):
        kept = prob >= t
        p = y[kept].mean() if kept.any() else 0.0
        if p >= precision:
            best = (t, float(p), float(y[kept].sum() / max(1, y.sum())))
    return best


def conflict_cv(
    data_dir: Path, gold: Sequence[Pair], c: float, folds: int, cutoffs: Sequence[float], gate: float
) -> dict[float, object]:
    """Conflict-level scores on the development part by cross-validation grouped by cluster, at each cut-off:
    each fold's clusters are scored (as ``benchmarks/conflicts.py --stage`` scores them) with a model fitted
    on the other folds' pool items. Returns cut-off -> :class:`conflicts.Tally`."""
    from conflicts import Tally, score_cluster
    from newsbrief.compare.conflict_model import ConflictModel
    from newsbrief.compare.conflicts import find_conflicts

    x, y, groups = pool_items(data_dir, gold)
    names = sorted(set(groups))
    totals = {t: Tally() for t in cutoffs}
    for train, _ in GroupKFold(n_splits=folds).split(names, groups=names):
        train_names = {names[k] for k in train}
        rows = np.array([g in train_names for g in groups])
        mean, scale, model = _fit(x[rows], y[rows], c)
        weights = (tuple(mean), tuple(scale), tuple(model.coef_[0]), float(model.intercept_[0]))
        held = [g for g in gold if g.cluster not in train_names]
        for cluster, pairs in clusters(held, data_dir):
            sentences, same, docs, texts = stage(cluster)
            for t in cutoffs:
                fitted = ConflictModel(*weights, t)
                found = find_conflicts(sentences, same, threshold=gate, texts=texts, model=fitted)
                totals[t].add(score_cluster(found, docs, pairs))
    return totals


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--gate", type=float, default=0.2, help="P(same fact) at or above which pairs are compared")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--items", action="store_true", help="learn from the rules' candidates only (few)")
    parser.add_argument("--cv", action="store_true", help="also cross-validate the conflicts listed (dev only)")
    parser.add_argument(
        "--conflict-level", action="store_true", help="with --cv: choose the cut-off on the listed conflicts' scores"
    )
    args = parser.parse_args(argv)
    gold = [g for g in load_gold() if g.part == "dev"]
    x, y, groups = items(args.data, gold, args.gate) if args.items else pool_items(args.data, gold)
    prob = cross_validate(x, y, groups, args.c, args.folds)
    t, p, r = cutoff(prob, y, args.precision)
    print(f"{len(y)} dev candidates on labelled pairs, {int(y.sum())} real, {len(set(groups))} clusters")
    print("| cut-off | kept | real kept | precision (out of fold) | recall of real candidates |")
    print("|---|---|---|---|---|")
    for s in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, round(t, 4)):
        kept = prob >= s
        print(f"| {s} | {int(kept.sum())} | {int(y[kept].sum())} | {y[kept].mean() if kept.any() else 0:.2f} | "
              f"{y[kept].sum() / max(1, y.sum()):.2f} |")  # fmt: skip
    print(f"chosen cut-off {t} (out-of-fold precision {p:.2f}, recall {r:.2f})")
    mean, scale, model = _fit(x, y, args.c)
    for name, w in zip(FEATURES, model.coef_[0], strict=True):
        print(f"  {name:10s} {w:+.2f}")
    if args.cv:
        from newsbrief.config import BriefConfig

        cutoffs = [0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
        totals = conflict_cv(args.data, gold, args.c, args.folds, cutoffs, BriefConfig().conflict_threshold)
        print("| cut-off | listed | outside | precision (real / judged) | recall (real pairs found) |")
        print("|---|---|---|---|---|")
        for cut, x in totals.items():
            print(f"| {cut} | {x.listed} | {x.outside} | {x.real}/{x.judged} | {x.found}/{x.real_pairs} |")
        # the lowest cut-off at which it and every higher one meet the precision: not a lone lucky point
        ok = [x.judged > 0 and x.real / x.judged >= args.precision for x in totals.values()]
        stable = [cut for k, cut in enumerate(totals) if all(ok[k:])]
        if args.conflict_level and stable:
            t = stable[0]
            print(f"chosen by conflict-level cross-validation: cut-off {t}")
    if args.dry_run:
        return
    write_weights(
        OUT,
        how=(
            f"benchmarks/conflict_model.py --cv{' --conflict-level' if args.conflict_level else ''} "
            f"--c {args.c} --folds {args.folds} --precision "
            f"{args.precision}: logistic regression on {len(y)} development candidates ({int(y.sum())} real) of "
            f"{len(set(groups))} clusters; cut-off {t} from {args.folds}-fold cross-validation grouped by cluster"
        ),
        features=FEATURES,
        mean=mean,
        scale=scale,
        coef=model.coef_[0],
        intercept=model.intercept_[0],
        threshold=round(t, 4),
    )


if __name__ == "__main__":
    main()
