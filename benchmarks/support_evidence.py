"""Better evidence for "reported by N of M sources"? The support decision with aligned content and a third source.

Session 17 (issue 10). The same pairs, split, cross-validation and threshold rule as ``support_fact.py``
(5 folds grouped by cluster on the development pairs; the threshold is the lowest whose CV precision reaches
``--precision`` over at least 20 links); each candidate adds features to the shipped same-fact model's:

- **aligned content** (cheap, no parser): the share of one sentence's names (capitalised words after the
  first) and of its numbers that the other sentence has, taken both ways (the lower and the higher share:
  containment, not symmetric overlap), and whether each side has any;
- **main verb** (spaCy): whether the root verb's lemma of one sentence is among the other's lemmas, both ways;
- **third source**: the best agreement of the pair through a sentence of a third article, max over c of
  min(P(a, c), P(b, c)) by the shipped same-fact model, and how many third articles reach 0.5 both ways
  (two sources that each state what a third states state the same fact). Note: on development the shipped
  model has seen these clusters' labels, so its dev CV is optimistic; held-out is clean;
- **MiniLM cosine** (``--embeddings FILE``, ``benchmarks/minilm_embed.py``).

Run ``python benchmarks/support_evidence.py [--embeddings FILE] [--heldout] [--fresh]``; ``--heldout`` scores the
trust held-out pairs and ``--fresh`` the fresh round (``tests/data/support_pairs.jsonl``, 33 unseen clusters) at
the thresholds fixed on development: run each once, with the settings fixed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.compare.same_fact import MIN_COSINE, default_model
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.text.tokens import STOPWORDS, words
from newsbrief.text.vectors import tfidf_matrix
from pairs import cluster_documents, load_sentence_pairs
from same_fact import precision_recall
from support_fact import TREES, choose_threshold, fresh_rows, labelled_pairs, text_features
from trust_items import DEFAULT_DATA_DIR, require_data
from trust_labels import load_trust

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\b")
ALIGNED = ("names_cov_min", "names_cov_max", "names_any", "numbers_cov_min", "numbers_cov_max", "numbers_any")
VERB = ("verb_in_other_min", "verb_in_other_max")
THIRD = ("third_best", "third_articles")


def names(text: str) -> set[str]:
    """Capitalised words after the first that are not function words, lower-cased."""
    return {m.group().lower() for m in NAME.finditer(text) if m.start() > 0 and m.group().lower() not in STOPWORDS}


def numbers(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in NUMBER.finditer(text)}


def coverage(mine: set[str], theirs: set[str]) -> float:
    """Share of ``mine`` found in ``theirs`` (1 when ``mine`` is empty: nothing of it is missing)."""
    return len(mine & theirs) / len(mine) if mine else 1.0


def aligned_features(a: str, b: str) -> list[float]:
    """Names and numbers of each sentence found in the other, the lower and the higher share."""
    wa, wb = {w.lower() for w in words(a)}, {w.lower() for w in words(b)}
    na, nb, da, db = names(a), names(b), numbers(a), numbers(b)
    ncov = (coverage(na, wb), coverage(nb, wa))
    dcov = (coverage(da, numbers(b) | wb), coverage(db, numbers(a) | wa))
    return [min(ncov), max(ncov), float(bool(na or nb)), min(dcov), max(dcov), float(bool(da or db))]


def verb_features(texts: Sequence[str]) -> dict[str, tuple[str | None, frozenset[str]]]:
    """Each text's root verb lemma (None when the root is no verb) and its lemmas, by one spaCy pass."""
    from newsbrief.analyse.nlp import load_nlp

    nlp = load_nlp()
    out = {}
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
        root = next((t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB"), None)
        out[text] = (root.lemma_.lower() if root is not None else None, frozenset(t.lemma_.lower() for t in doc))
    return out


def verb_pair(va: tuple[str | None, frozenset[str]], vb: tuple[str | None, frozenset[str]]) -> list[float]:
    hits = [float(va[0] in vb[1]) if va[0] else 0.5, float(vb[0] in va[1]) if vb[0] else 0.5]
    return [min(hits), max(hits)]


def third_source(a: str, b: str, cluster: Sequence[tuple[str, str]]) -> list[float]:
    """Agreement of a and b through sentences of a third article of the cluster ((article, text) pairs)."""
    own = {art for art, t in cluster if t in (a, b)}
    others = [(art, t) for art, t in cluster if art not in own and t not in (a, b)]
    if not others:
        return [0.0, 0.0]
    texts = [a, b, *(t for _, t in others)]
    m = tfidf_matrix(texts)
    sim = (m[:2] @ m.T).toarray()
    model = default_model()
    best, articles = 0.0, set()
    for k, (art, t) in enumerate(others, start=2):
        if sim[0, k] < MIN_COSINE or sim[1, k] < MIN_COSINE:
            continue
        p = min(model.probability(a, t, float(sim[0, k])), model.probability(b, t, float(sim[1, k])))
        best = max(best, p)
        if p >= 0.5:
            articles.add(art)
    return [best, float(len(articles))]


def evidence(
    texts: Sequence[tuple[str, str]], clusters: Sequence[Sequence[tuple[str, str]]], vectors: dict | None
) -> dict[str, np.ndarray]:
    """The added features of each pair (its two texts, its cluster's (article, text) sentences), by block."""
    verbs = verb_features(sorted({t for pair in texts for t in pair}))
    blocks = {
        "aligned": np.asarray([aligned_features(a, b) for a, b in texts]),
        "verb": np.asarray([verb_pair(verbs[a], verbs[b]) for a, b in texts]),
        "third": np.asarray([third_source(a, b, c) for (a, b), c in zip(texts, clusters, strict=True)]),
    }
    if vectors is not None:
        blocks["minilm"] = np.asarray([[float(vectors[a] @ vectors[b])] for a, b in texts])
    return blocks


def clusters_of(data_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """Every labelled cluster's story sentences as (article, text), trust clusters and the old pairs' alike."""
    out = {cid: [(s.article_id, s.text) for s in lc.sentences] for cid, lc in load_trust(data_dir).items()}
    for p in load_sentence_pairs(data_dir):
        if p.cluster in out:
            continue
        docs = cluster_documents(data_dir, p.file, p.cluster)
        cleaned, _ = clean_articles(Article(id=str(i), text=d) for i, d in enumerate(docs) if d.strip())
        out[p.cluster] = [(a.id, s.text) for a in cleaned for s in story_sentences(a)]
    return out


def main(argv: Sequence[str] | None = None) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--precision", type=float, default=0.95)
    parser.add_argument("--embeddings", type=Path, help="an .npz of MiniLM vectors (benchmarks/minilm_embed.py)")
    parser.add_argument("--heldout", action="store_true", help="also score the trust held-out pairs (once)")
    parser.add_argument("--fresh", action="store_true", help="also score tests/data/support_pairs.jsonl (once)")
    args = parser.parse_args(argv)
    require_data(args.data)
    X, y, groups, trust_part, dev, texts = labelled_pairs(args.data)
    base = X[:, :-1]  # the shipped model's features (the last column is support_fact's shared wording)
    clusters = clusters_of(args.data)
    vectors = dict(np.load(args.embeddings, allow_pickle=True)["vectors"].item()) if args.embeddings else None
    blocks = evidence(texts, [clusters[g] for g in groups], vectors)
    candidates: list[tuple[str, str, tuple[str, ...]]] = [
        ("logistic, same-fact features (shipped)", "lr", ()),
        ("logistic, + aligned names/numbers", "lr", ("aligned",)),
        ("logistic, + main verb", "lr", ("verb",)),
        ("logistic, + third source", "lr", ("third",)),
        ("logistic, + aligned + verb + third", "lr", ("aligned", "verb", "third")),
    ]
    if vectors is not None:
        candidates += [
            ("logistic, + MiniLM cosine", "lr", ("minilm",)),
            ("logistic, + aligned + third + MiniLM", "lr", ("aligned", "third", "minilm")),
            ("logistic, + all four", "lr", ("aligned", "verb", "third", "minilm")),
            ("trees, + all four", "trees", ("aligned", "verb", "third", "minilm")),
        ]
    else:
        candidates.append(("trees, + aligned + verb + third", "trees", ("aligned", "verb", "third")))
    parts: dict[str, tuple[np.ndarray, dict[str, np.ndarray], np.ndarray]] = {}
    if args.heldout:
        ht = ~dev & trust_part
        parts["trust held-out"] = (base[ht], {k: v[ht] for k, v in blocks.items()}, y[ht])
    if args.fresh:
        fx, fy, ft, fclusters = fresh_rows(args.data, text_features)
        fblocks = evidence(ft, [fclusters[t] for t in ft], vectors)
        parts["fresh round"] = (np.asarray(fx)[:, :-1], fblocks, np.asarray(fy))
    print(f"pairs: {len(y)} ({int(y.sum())} same); development {int(dev.sum())} ({int(y[dev].sum())} same)", end="")
    print("".join(f"; {name} {len(py)} ({int(py.sum())} same)" for name, (_, _, py) in parts.items()))
    print()
    head = f"| candidate | dev CV AP | threshold (dev CV P >= {args.precision:.2f}) | dev CV P / R (links) |"
    head += "".join(f" {name} P / R (links) | {name} AP |" for name in parts)
    print(head)
    print("|---" * (4 + 2 * len(parts)) + "|")
    for name, kind, extra in candidates:
        X = np.hstack([base, *(blocks[k] for k in extra)])
        if kind == "lr":
            mean, scale = X[dev].mean(axis=0), X[dev].std(axis=0)
            scale[scale == 0] = 1.0
            model: object = LogisticRegression(C=1.0, max_iter=4000, class_weight="balanced")
        else:
            mean, scale = np.zeros(X.shape[1]), np.ones(X.shape[1])
            model = HistGradientBoostingClassifier(**TREES)
        Z = (X - mean) / scale
        cv = cross_val_predict(model, Z[dev], y[dev], groups=groups[dev], cv=GroupKFold(5), method="predict_proba")
        cv = cv[:, 1]
        t = choose_threshold(cv, y[dev], args.precision)
        p, r, n = precision_recall(cv >= t, y[dev])
        cells = [f"{average_precision_score(y[dev], cv):.3f}", f"{t:.3f}", f"{p:.3f} / {r:.3f} ({n})"]
        if parts:
            model.fit(Z[dev], y[dev])  # type: ignore[attr-defined]
        for part_base, part_blocks, part_y in parts.values():
            part_x = (np.hstack([part_base, *(part_blocks[k] for k in extra)]) - mean) / scale
            prob = model.predict_proba(part_x)[:, 1]  # type: ignore[attr-defined]
            hp, hr, hn = precision_recall(prob >= t, part_y)
            cells += [f"{hp:.3f} / {hr:.3f} ({hn})", f"{average_precision_score(part_y, prob):.3f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    recall_at(candidates, blocks, base, y, groups, dev)


def recall_at(
    candidates: Sequence[tuple[str, str, tuple[str, ...]]],
    blocks: dict[str, np.ndarray],
    base: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    dev: np.ndarray,
) -> None:
    """Dev CV precision at recall 0.4 and 0.6 of each logistic candidate (how far the target is)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    print()
    print("| candidate (dev CV) | P at R 0.4 | P at R 0.6 |")
    print("|---|---|---|")
    for name, kind, extra in candidates:
        if kind != "lr":
            continue
        X = np.hstack([base, *(blocks[k] for k in extra)])[dev]
        scale = X.std(axis=0)
        scale[scale == 0] = 1.0
        Z = (X - X.mean(axis=0)) / scale
        model = LogisticRegression(C=1.0, max_iter=4000, class_weight="balanced")
        cv = cross_val_predict(model, Z, y[dev], groups=groups[dev], cv=GroupKFold(5), method="predict_proba")[:, 1]
        order = np.argsort(-cv)
        hits = np.cumsum(y[dev][order])
        total = int(y[dev].sum())
        cells = []
        for want in (0.4, 0.6):
            k = int(np.searchsorted(hits, np.ceil(want * total)))
            cells.append(f"{hits[k] / (k + 1):.3f}")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
