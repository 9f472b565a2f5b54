"""Why the source-genre model misses opinion pieces (issue 10): threshold, pooled features or unit? Dev only.

Reads the development part of tests/data/genre_labels.jsonl the way ``benchmarks/genre.py`` does and compares,
by cluster-grouped 5-fold cross-validation (the same folds for every row), the shipped feature set against
candidate additions that read the source as a whole rather than as a mean of sentence cues:

- ``news_time``: the share of sentences dating an event by weekday ("said Tuesday"), the news report's habit;
- ``voice``: contractions and discourse markers outside quotes ("it's", "of course", "actually", "Remember"),
  a blog's or a column's spoken register;
- ``spread``: the verdict model's strongest evidence (max and top-3 mean), not only its mean;
- ``opening``: the writer's own voice in the first three sentences (a column opens with it).

For each row: dev CV average precision, and precision / recall / sources flagged at the shipped threshold
and at the threshold that keeps CV precision at the shipped model's. The held-out third is never read.

Run: ``python benchmarks/genre_study.py [--data DIR]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold, cross_val_predict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre import CS, choose_threshold, model_of, pr, rows, scored_documents  # siblings: scripts, not a package
from genre_labels import LABELS_FILE, load_genre_labels
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.summarize.genre import genre_features
from newsbrief.summarize.opinion import default_threshold as verdict_threshold
from newsbrief.summarize.opinion import opinion_scores
from newsbrief.summarize.standalone import outside_quotes, quote_states
from newsbrief.text.dates import WEEKDAY
from reserved import BLIND_TOPICS
from trust_items import DEFAULT_DATA_DIR

_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b")
_CONTRACTION = re.compile(r"\b\w+['’](?:s|t|re|ve|ll|d|m)\b", re.IGNORECASE)
_MARKERS = re.compile(
    r"\b(?:of course|in fact|actually|indeed|frankly|honestly|arguably|apparently|obviously|after all|"
    r"remember|imagine|let['’]s|sure|yes|well|okay|ok|wow|oh|hey)\b",
    re.IGNORECASE,
)
_VOICE = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b", re.IGNORECASE)

EXTRAS = {
    "news_time": ("weekday_share",),
    "voice": ("contraction_rate", "marker_rate"),
    "spread": ("verdict_max", "verdict_top3"),
    "opening": ("opening_voice",),
}


def extra_features(sents, scores) -> dict[str, float]:
    """The candidate features of one source (see the module docstring)."""
    if not sents:
        return {name: 0.0 for names in EXTRAS.values() for name in names}
    states = quote_states(sents)
    own = ["" if st[0] else outside_quotes(s.text) for s, st in zip(sents, states, strict=True)]
    words = max(1, sum(len(o.split()) for o in own))
    top = sorted(scores, reverse=True)
    return {
        "weekday_share": sum(1 for s in sents if _WEEKDAY.search(s.text)) / len(sents),
        "contraction_rate": 100.0 * sum(len(_CONTRACTION.findall(o)) for o in own) / words,
        "marker_rate": 100.0 * sum(len(_MARKERS.findall(o)) for o in own) / words,
        "verdict_max": float(top[0]),
        "verdict_top3": float(np.mean(top[:3])),
        "opening_voice": float(any(_VOICE.search(o) for o in own[:3])),
    }


def document_rows(data_dir: Path, clusters: set[str]):
    """(cluster, doc) -> (shipped genre features, candidate features)."""
    threshold = verdict_threshold()
    return {
        key: (genre_features(sents, scores, threshold), extra_features(sents, scores))
        for key, sents, scores in scored_documents(data_dir, clusters)
    }


#: DUC 2004 task 5 topics reserved for the lead's blind reading: never read (``reserved.py``: the one list).
RESERVED_TOPICS = BLIND_TOPICS


def task5_rows(data_dir: Path, names: list[str]):
    """Weakly labelled newswire sources: DUC 2004 task 5 outside the reserved topics, opinion where the source
    declares it (:func:`declares_opinion`), news otherwise; grouped by topic."""
    import json

    from newsbrief.model import Article
    from newsbrief.summarize.genre import declares_opinion

    xs, ys, groups = [], [], []
    threshold = verdict_threshold()
    for line in (data_dir / "duc2004" / "task5_dated.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["topic"] in RESERVED_TOPICS:
            continue
        raw = Article(row["id"], row["text"], title=row.get("title"), outlet=row.get("outlet"))
        cleaned, _ = clean_articles([raw])
        if not cleaned:
            continue
        sents = story_sentences(cleaned[0])
        if not sents:
            continue
        scores = opinion_scores(sents)
        extra = extra_features(sents, scores)
        xs.append(genre_features(sents, scores, threshold) + [extra[n] for n in names])
        ys.append(declares_opinion(cleaned[0]))
        groups.append(row["topic"])
    return np.array(xs), np.array(ys, dtype=bool), groups


def cv_with_extra(x, y, groups, extra, c: float) -> np.ndarray:
    """Cluster-grouped CV probabilities on (x, y), each fold's model fitted on its training part plus ``extra``."""
    out = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, groups):
        xt = np.vstack([x[train], extra[0]])
        yt = np.concatenate([y[train], extra[1]])
        out[test] = model_of(c).fit(xt, yt).predict_proba(x[test])[:, 1]
    return out


def relative(feats: dict, width: int) -> dict:
    """Each source's first ``width`` features less the median of its cluster's sources (a column among reports)."""
    by_cluster: dict[str, list] = {}
    for (cluster, _), v in feats.items():
        by_cluster.setdefault(cluster, []).append(v[:width])
    med = {c: np.median(np.array(vs), axis=0) for c, vs in by_cluster.items()}
    return {k: v + list(np.array(v[:width]) - med[k[0]]) for k, v in feats.items()}


def repeated_ap(x, y, groups, c: float, repeats: int = 10) -> tuple[float, float]:
    """Mean and standard deviation of the CV average precision over ``repeats`` shuffled, cluster-grouped,
    stratified 5-fold splits: with 25 positives one split's AP moves by a few hundredths by chance alone."""
    aps = []
    for seed in range(repeats):
        folds = StratifiedGroupKFold(5, shuffle=True, random_state=seed)
        cv = cross_val_predict(model_of(c), x, y, groups=groups, cv=folds, method="predict_proba")[:, 1]
        aps.append(average_precision_score(y, cv))
    return float(np.mean(aps)), float(np.std(aps))


def report(name: str, c: float, cv: np.ndarray, y: np.ndarray) -> None:
    cells = []
    for t in (0.9, 0.8, 0.7):
        p, r, n = pr(cv, y, t)
        cells.append(f"{'–' if p is None else f'{p:.2f}'} / {r:.2f} / {n}")
    print(f"| {name} | {c} | {average_precision_score(y, cv):.3f} | {' | '.join(cells)} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--labels", type=Path, default=LABELS_FILE)
    args = ap.parse_args(argv)
    records = [r for r in load_genre_labels(args.data, args.labels) if r["split"] == "dev"]
    docs = document_rows(args.data, {r["cluster"] for r in records})
    base = {k: v[0] for k, v in docs.items()}
    xb, y, groups, _ = rows(records, base, "dev")
    y = y.astype(bool)
    print(f"dev: {len(y)} sources, {int(y.sum())} opinion pieces\n")
    sets = {"shipped": ()} | {f"+ {k}": (k,) for k in EXTRAS} | {"+ all": tuple(EXTRAS)}
    cells = " | ".join(f"P / R / flagged at {t}" for t in (0.9, 0.8, 0.7))
    print(f"| features | best C | dev CV AP | {cells} |")
    print("|---|---|---|---|---|---|")
    folds = GroupKFold(5)
    for name, parts in sets.items():
        names = [n for p in parts for n in EXTRAS[p]]
        feats = {k: v[0] + [v[1][n] for n in names] for k, v in docs.items()}
        x, _, _, _ = rows(records, feats, "dev")
        best = None
        for c in CS:
            cv = cross_val_predict(model_of(c), x, y, groups=groups, cv=folds, method="predict_proba")[:, 1]
            ap_ = average_precision_score(y, cv)
            if best is None or round(ap_, 3) > round(best[1], 3):
                best = (c, ap_, cv)
        report(name, best[0], best[2], y)
        mean, sd = repeated_ap(x, y, groups, best[0])
        print(f"|   (10 shuffled splits at C={best[0]}: AP {mean:.3f} ± {sd:.3f}) | | | | | |")
    print("\nthe threshold the cost rule picks for the shipped features (C=0.3), by false-mark cost, over the fixed")
    print("folds and 10 shuffled cluster-grouped stratified splits:\n")
    print("| false-mark cost | fixed folds | shuffled splits (threshold: times) |")
    print("|---|---|---|")
    fixed = cross_val_predict(model_of(0.3), xb, y, groups=groups, cv=folds, method="predict_proba")[:, 1]
    shuffled = [
        cross_val_predict(
            model_of(0.3),
            xb,
            y,
            groups=groups,
            cv=StratifiedGroupKFold(5, shuffle=True, random_state=seed),
            method="predict_proba",
        )[:, 1]
        for seed in range(10)
    ]
    for w in (0.25, 0.5, 1.0):
        picks = Counter(choose_threshold(p, y, false_mark_cost=w) for p in shuffled)
        print(f"| {w} | {choose_threshold(fixed, y, false_mark_cost=w)} | {dict(sorted(picks.items()))} |")
    width = len(base[next(iter(base))])
    rel = relative(base, width)
    x, _, _, _ = rows(records, rel, "dev")
    for c in CS:
        cv = cross_val_predict(model_of(c), x, y, groups=groups, cv=folds, method="predict_proba")[:, 1]
        report("+ relative to the cluster's median", c, cv, y)
    extra = task5_rows(args.data, [])
    print(f"\ntask 5 (weak labels): {len(extra[1])} sources, {int(extra[1].sum())} declared opinion")
    for c in CS:
        report("shipped, trained with task 5 too", c, cv_with_extra(xb, y, groups, extra, c), y)


if __name__ == "__main__":
    main()
