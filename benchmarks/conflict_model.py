"""Fit and choose the conflict decision (rules, both, learned) on the development labels only.

Gold: every labelled conflicts set (:data:`conflicts.GOLDS`: the first pool and its flagged pairs, and the third
round's candidates of :mod:`newsbrief.compare.conflict_candidates`), development part only.

Training items (:func:`items`): on every labelled development sentence pair, what
:func:`newsbrief.compare.conflicts.learned_candidates` weighs (the strict rules' value pairs and the looser
ones, with their features), computed on that pair alone whatever its P(same fact); positive when the pair is
labelled ``real`` and the two values overlap the labellers' disputed spans. Real pairs none of whose candidates
overlaps the spans are what the candidate step misses (printed).

Choice (``--cv``): the development clusters are split in ``--folds`` folds by cluster; each fold's clusters
run through the conflict stage (``find_conflicts`` as ``analyse`` calls it) with a model fitted on the other
folds' items, for each decision (``rules``; ``both``: the rules' candidates the model accepts; ``learned``: the
model over all candidates) and cut-off, and are scored as ``benchmarks/conflicts.py --stage`` scores them.
Rules: the cut-offs of a decision that may be chosen are those at which it and every higher one reach
``--precision`` (0.8) on the listed conflicts; of these (over all decisions) the one with the highest recall
wins (ties: the higher precision, then the simpler decision, in the order rules, both, learned, then the
lower cut-off); when none reaches it, the highest precision. (Until session 7 only the lowest such cut-off of
each decision was a candidate; session 7 lets a higher one win at equal recall and higher precision: a
listed false conflict costs more than a missed one.) The model
fitted on all development items and the winner's cut-off are written to
``src/newsbrief/data/conflict_model.json`` (``--dry-run``: nothing written). The held-out part is never read.

Run: ``python benchmarks/conflict_model.py --cv``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.sparse import csr_array
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import DEFAULT_DATA_DIR, Pair, Tally, _overlaps, clusters, load_golds, score_cluster, stage
from newsbrief.compare.age_dates import report_days
from newsbrief.compare.conflict_model import FEATURES, ConflictModel
from newsbrief.compare.conflicts import assemble, candidates, learned_candidates
from newsbrief.compare.value_pairs import pair_features
from weights_file import PACKAGE_DATA, write_weights

ROOT = Path(__file__).resolve().parents[1]
OUT = PACKAGE_DATA / "conflict_model.json"
CUTOFFS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
DECISIONS = ("rules", "both", "learned")


def _overlap(a: tuple[int, int], b: Sequence[int] | None) -> bool:
    return b is not None and min(a[1], b[1]) > max(a[0], b[0])


def _index(sentences: Sequence, docs: dict[str, int], side) -> int | None:
    for n, s in enumerate(sentences):
        if _overlaps(side, docs[s.article_id], s.start, s.end):
            return n
    return None


def items(prepared: dict, gold: Sequence[Pair]) -> tuple[np.ndarray, np.ndarray, list[str], int]:
    """Features, labels and cluster ids of the candidates on labelled pairs; and the real pairs none of whose
    candidates is the labellers' pair of values (missed by the candidate step)."""
    rows, labels, groups, missed = [], [], [], 0
    by: dict[str, list[Pair]] = {}
    for g in gold:
        by.setdefault(g.cluster, []).append(g)
    for cid, pairs in by.items():
        sentences, same, docs, texts = prepared[cid]
        same = csr_array(same)
        for g in pairs:
            i, j = _index(sentences, docs, g.a), _index(sentences, docs, g.b)
            if i is None or j is None or i == j:
                missed += g.label == "real"
                continue
            p = max(float(same[i, j]), float(same[j, i]), 1e-6)
            mask = csr_array(([p], ([min(i, j)], [max(i, j)])), shape=(len(sentences), len(sentences)))
            hit = False
            for c, row in learned_candidates(sentences, mask, threshold=1e-6, texts=texts):
                a, b = sentences[c.i], sentences[c.j]
                x = (a.start + c.x.start, a.start + c.x.end)
                y = (b.start + c.y.start, b.start + c.y.end)
                positive = False
                if g.label == "real" and g.extra.get("value_a") and g.extra.get("value_b"):
                    va = [g.a.start + g.extra["value_a"][0], g.a.start + g.extra["value_a"][1]]
                    vb = [g.b.start + g.extra["value_b"][0], g.b.start + g.extra["value_b"][1]]
                    a_is_ga = docs[a.article_id] == g.a.doc
                    positive = (
                        (_overlap(x, va) and _overlap(y, vb)) if a_is_ga else (_overlap(x, vb) and _overlap(y, va))
                    )
                hit |= positive
                rows.append(row)
                labels.append(int(positive))
                groups.append(cid)
            missed += g.label == "real" and not hit
    return np.array(rows, dtype=float), np.array(labels), groups, missed


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
    return mean, scale, model


def _model(mean, scale, model: LogisticRegression, cut: float) -> ConflictModel:
    return ConflictModel(tuple(mean), tuple(scale), tuple(model.coef_[0]), float(model.intercept_[0]), cut)


def cross_validate(
    prepared: dict,
    gold: Sequence[Pair],
    x: np.ndarray,
    y: np.ndarray,
    groups: list[str],
    c: float,
    folds: int,
    gate: float,
    days: dict[str, dict] | None = None,
) -> dict[tuple[str, float], Tally]:
    """Scores of the listed conflicts on the development clusters, each fold with a model fitted on the others
    (``days``: each dated cluster's report days, as ``analyse`` passes them)."""
    days = days or {}
    names = sorted({g.cluster for g in gold})
    totals: dict[tuple[str, float], Tally] = {("rules", 0.0): Tally()}
    totals |= {(d, t): Tally() for d in DECISIONS[1:] for t in CUTOFFS}
    by: dict[str, list[Pair]] = {}
    for g in gold:
        by.setdefault(g.cluster, []).append(g)
    groups_arr = np.array(groups)
    pools = {}
    for cid in names:  # each decision's candidates and features once per cluster; models only filter them
        sentences, same, docs, texts = prepared[cid]
        rules = [(c, pair_features(sentences[c.i].text, sentences[c.j].text, c.x, c.y, c.same_fact))
                 for c in candidates(sentences, same, threshold=gate, texts=texts)]  # fmt: skip
        pools[cid] = {"rules": rules, "both": rules,
                      "learned": list(learned_candidates(sentences, same, threshold=gate, texts=texts))}  # fmt: skip
    for train, test in GroupKFold(n_splits=folds).split(names, groups=names):
        train_names = {names[k] for k in train}
        rows = np.isin(groups_arr, list(train_names))
        mean, scale, model = _fit(x[rows], y[rows], c)
        for k in test:
            cid = names[k]
            sentences, same, docs, texts = prepared[cid]
            found = assemble(sentences, same, pools[cid]["rules"], texts=texts, days=days.get(cid))
            totals[("rules", 0.0)].add(score_cluster(found, docs, by[cid]))
            for d in DECISIONS[1:]:
                for t in CUTOFFS:
                    fitted = _model(mean, scale, model, t)
                    found = assemble(sentences, same, pools[cid][d], texts=texts, model=fitted, days=days.get(cid))
                    totals[(d, t)].add(score_cluster(found, docs, by[cid]))
    return totals


def _precision(t: Tally) -> float:
    return t.real / t.judged if t.judged else 0.0


def choose(totals: dict[tuple[str, float], Tally], precision: float) -> tuple[str, float]:
    """The decision and cut-off by the rule of the module docstring."""
    options: list[tuple[str, float]] = []
    for d in DECISIONS:
        cuts = sorted(t for dd, t in totals if dd == d)
        ok = [_precision(totals[(d, t)]) >= precision for t in cuts]
        options.extend((d, t) for k, t in enumerate(cuts) if all(ok[k:]))
    if options:
        return max(
            options,
            key=lambda o: (totals[o].found, _precision(totals[o]), -DECISIONS.index(o[0]), -o[1]),
        )
    return max(totals, key=lambda o: (_precision(totals[o]), totals[o].found))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--cv", action="store_true", help="choose the decision and cut-off by cross-validation")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    from newsbrief.config import BriefConfig

    gate = BriefConfig().conflict_threshold
    groups = clusters([g for g in load_golds() if g.part == "dev"], args.data)
    labelled = [cluster for cluster, _ in groups]
    gold = [g for _, pairs in groups for g in pairs]  # found in today's text (conflicts.relocated)
    prepared = {cluster.id: stage(cluster) for cluster in labelled}
    days = {c.id: report_days(prepared[c.id][3], {a.id: a.published for a in c.articles}) for c in labelled}
    x, y, groups, missed = items(prepared, gold)
    real_pairs = sum(g.label == "real" for g in gold)
    print(f"{len(gold)} dev pairs ({real_pairs} real) of {len(prepared)} clusters; {len(y)} candidates on them, "
          f"{int(y.sum())} real; real pairs without a matching candidate: {missed}")  # fmt: skip
    mean, scale, model = _fit(x, y, args.c)
    for name, w in zip(FEATURES, model.coef_[0], strict=True):
        print(f"  {name:10s} {w:+.2f}")
    decision, cut = "rules", 0.5
    if args.cv:
        totals = cross_validate(prepared, gold, x, y, groups, args.c, args.folds, gate, days)
        print(
            "| decision | cut-off | listed | outside the pool | precision (real / judged) | recall (real pairs found) |"
        )
        print("|---|---|---|---|---|---|")
        for (d, t), s in totals.items():
            recall = s.found / max(1, s.real_pairs)
            print(f"| {d} | {t if d != 'rules' else '-'} | {s.listed} | {s.outside} | {s.real}/{s.judged} = "
                  f"{_precision(s):.2f} | {s.found}/{s.real_pairs} = {recall:.2f} |")  # fmt: skip
        decision, cut = choose(totals, args.precision)
        print(f"chosen: {decision}" + (f", cut-off {cut}" if decision != "rules" else ""))
    if args.dry_run:
        return
    write_weights(
        OUT,
        how=(
            f"benchmarks/conflict_model.py{' --cv' if args.cv else ''} --c {args.c} --folds {args.folds} "
            f"--precision {args.precision}: logistic regression on {len(y)} development candidates "
            f"({int(y.sum())} real) of {len(set(groups))} clusters; decision chosen by {args.folds}-fold "
            f"cross-validation grouped by cluster: {decision}" + (f", cut-off {cut}" if decision != "rules" else "")
        ),
        features=FEATURES,
        mean=mean,
        scale=scale,
        coef=model.coef_[0],
        intercept=model.intercept_[0],
        threshold=round(cut, 4),
    )


if __name__ == "__main__":
    main()
