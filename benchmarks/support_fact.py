"""Can a learned same-fact decision reach support precision 0.95 at recall 0.6? Measure candidates on the pairs.

Data and split as ``benchmarks/same_fact.py``: the cross-source pairs of ``tests/data/trust_pairs.jsonl``
(disputed left out) and ``tests/data/sentence_pairs.jsonl``; the trust labels' held-out clusters, and old
pairs from them, are never fitted or tuned on. Candidates, each fitted on the development pairs and scored
by 5-fold cross-validation grouped by cluster:

- the shipped model: logistic regression over :data:`~newsbrief.compare.same_fact.FEATURES`;
- boosted trees (scikit-learn ``HistGradientBoostingClassifier``, ``TREES``) over the same features plus
  :func:`word_containment` (the shared wording, function words included);
- with ``--embeddings FILE``, each of them plus the cosine of two all-MiniLM-L6-v2 sentence vectors
  (``benchmarks/minilm_embed.py`` writes the file; the model is not a dependency of newsbrief).

For each, the threshold is the lowest whose cross-validated precision reaches ``--precision`` over at
least 20 links (fixed here, on development). ``--heldout`` then prints the trust held-out pairs, and
``--fresh`` the fresh round of ``tests/data/support_pairs.jsonl`` (``benchmarks/support_labels.py``), at
those thresholds: run them once the settings are fixed. Pair level, no per-article cap (the brief's rule
with its cap: ``benchmarks/trust.py``, ``benchmarks/support_labels.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.compare.same_fact import pair_features
from newsbrief.compare.support import similarity_matrix
from newsbrief.text.tokens import words
from same_fact import old_rows, precision_recall, trust_rows
from trust_items import DEFAULT_DATA_DIR, heldout_ids, require_data, write_jsonl

#: The trees: chosen on the development CV among (200, 0.05, 3, 20), (300, 0.03, 3, 30), (150, 0.05, 2, 20),
#: (400, 0.03, 4, 40) (iterations, learning rate, depth, rows a leaf): all within 0.01 of average precision.
TREES = {"max_iter": 300, "learning_rate": 0.03, "max_depth": 3, "min_samples_leaf": 30, "random_state": 0}
GRID = np.round(np.arange(0.30, 0.995, 0.005), 3)


def word_containment(a: str, b: str) -> float:
    """Share of the shorter sentence's distinct words (function words included) that the other has."""
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def text_features(a: str, b: str, cosine: float) -> list[float]:
    """The same-fact features and the shared wording (the logistic regression reads only the first ones)."""
    return [*pair_features(a, b, cosine), word_containment(a, b)]


def choose_threshold(prob: np.ndarray, gold: np.ndarray, precision: float, min_links: int = 20) -> float:
    """The lowest threshold whose precision reaches ``precision`` over at least ``min_links`` links."""
    for t in GRID:
        p, _, n = precision_recall(prob >= t, gold)
        if n >= min_links and p >= precision:
            return float(t)
    return float(GRID[-1])


def labelled_pairs(data_dir: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, list]:
    """The trust and old pairs: :func:`text_features`, labels, clusters, which are trust pairs, which are
    development (the trust held-out clusters and old pairs of them are not), and each pair's two texts."""
    texts: list[tuple[str, str]] = []

    def keep(a: str, b: str, cosine: float) -> list[float]:
        texts.append((a, b))
        return text_features(a, b, cosine)

    trust = trust_rows(data_dir, keep)
    held = {g for g, s in zip(trust[2], trust[3], strict=True) if s == "heldout"} | heldout_ids(trust[2])
    old = old_rows(data_dir, held, keep)
    return (
        np.asarray(trust[0] + old[0]),
        np.asarray(trust[1] + old[1]),
        np.asarray(trust[2] + old[2]),
        np.asarray([True] * len(trust[0]) + [False] * len(old[0])),
        np.asarray([s != "heldout" for s in trust[3] + old[3]]),
        texts,
    )


def fresh_rows(data_dir: Path, features: Callable) -> tuple[list, list, list, dict[tuple[str, str], list]]:
    """Features, labels and texts of the fresh round's undisputed pairs, and each pair's cluster as
    (article id, text) of its story sentences (keyed by the pair's texts)."""
    from support_labels import load

    X, y, texts, clusters = [], [], [], {}
    left_out: list[str] = []
    for _, sentences, labels in load(data_dir, left_out=left_out).values():
        story = [(s.article_id, s.text) for s in sentences]
        sim = similarity_matrix(sentences)
        index = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
        for pair, label in labels.items():
            if label == "disputed":
                continue
            i, j = sorted(index[k] for k in pair)
            X.append(features(sentences[i].text, sentences[j].text, float(sim[i, j])))
            y.append(label == "same")
            texts.append((sentences[i].text, sentences[j].text))
            clusters[texts[-1]] = story
    if left_out:
        print(f"fresh round: {len(left_out)} labelled pairs left out (a sentence's text changed since labelling)")
    return X, y, texts, clusters


def main(argv: Sequence[str] | None = None) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--precision", type=float, default=0.95, help="precision the threshold must reach on dev")
    parser.add_argument("--embeddings", type=Path, help="an .npz of MiniLM vectors (benchmarks/minilm_embed.py)")
    parser.add_argument("--heldout", action="store_true", help="also score the trust held-out pairs")
    parser.add_argument("--fresh", action="store_true", help="also score tests/data/support_pairs.jsonl")
    parser.add_argument("--dump-texts", type=Path, help="write every pair's texts for minilm_embed.py and stop")
    args = parser.parse_args(argv)
    require_data(args.data)
    X, y, groups, trust_part, dev, texts = labelled_pairs(args.data)
    vectors = dict(np.load(args.embeddings, allow_pickle=True)["vectors"].item()) if args.embeddings else None

    def minilm(pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        return np.asarray([[float(vectors[a] @ vectors[b])] for a, b in pairs])  # type: ignore[index]

    n_lin = X.shape[1] - 1
    candidates: dict[str, tuple[object, Callable[[np.ndarray, Sequence], np.ndarray]]] = {
        "logistic, same-fact features (shipped)": ("lr", lambda x, t: x[:, :n_lin]),
        "trees, + shared wording": ("trees", lambda x, t: x),
    }
    if vectors is not None:
        candidates["logistic, + MiniLM cosine"] = ("lr", lambda x, t: np.hstack([x[:, :n_lin], minilm(t)]))
        candidates["trees, + shared wording + MiniLM cosine"] = ("trees", lambda x, t: np.hstack([x, minilm(t)]))
    extra = {}
    if args.fresh:
        fx, fy, ft, _ = fresh_rows(args.data, text_features)
        extra["fresh round (support_pairs.jsonl)"] = (np.asarray(fx), np.asarray(fy), ft)
    if args.heldout:
        ht = ~dev & trust_part
        extra["trust held-out"] = (X[ht], y[ht], [t for t, m in zip(texts, ht, strict=True) if m])
    dev_texts = [t for t, m in zip(texts, dev, strict=True) if m]
    if args.dump_texts:
        every = {x for pair in texts + [t for _, _, ft in extra.values() for t in ft] for x in pair}
        write_jsonl(args.dump_texts, sorted(every))
        return
    print(f"pairs: {len(y)} ({int(y.sum())} same); development {int(dev.sum())} ({int(y[dev].sum())} same)")
    print()
    head = f"| candidate | dev CV AP | threshold (dev CV P >= {args.precision:.2f}) | dev CV P / R | "
    head += "".join(f"{name} P / R (links) | {name} AP | " for name in extra)
    print(head.rstrip())
    print("|---" * (4 + 2 * len(extra)) + "|")
    for name, (kind, view) in candidates.items():
        Z = view(X[dev], dev_texts)
        if kind == "lr":
            mean, scale = Z.mean(axis=0), Z.std(axis=0)
            scale[scale == 0] = 1.0
            model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
        else:
            mean, scale = 0.0, 1.0
            model = HistGradientBoostingClassifier(**TREES)
        cv = cross_val_predict(
            model, (Z - mean) / scale, y[dev], groups=groups[dev], cv=GroupKFold(5), method="predict_proba"
        )[:, 1]
        t = choose_threshold(cv, y[dev], args.precision)
        p, r, _ = precision_recall(cv >= t, y[dev])
        cells = [f"{average_precision_score(y[dev], cv):.3f}", f"{t:.3f}", f"{p:.3f} / {r:.3f}"]
        model.fit((Z - mean) / scale, y[dev])
        for ex, ey, et in extra.values():
            prob = model.predict_proba((view(ex, et) - mean) / scale)[:, 1]
            hp, hr, hn = precision_recall(prob >= t, ey)
            cells += [f"{hp:.3f} / {hr:.3f} ({hn})", f"{average_precision_score(ey, prob):.3f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
