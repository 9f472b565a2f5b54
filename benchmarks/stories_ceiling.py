"""How far can any clustering of the Multi-News validation articles get with the features we have? (issue 5)

A research measurement, not the shipped code: it answers whether the B-cubed F1 target (0.90) is out of
reach of ``newsbrief.stories`` because of its streaming method or because of what the features can tell
apart. Same data and protocol as ``benchmarks/stories.py`` (the 5,622 clusters of val_truncated.jsonl
flattened into 15,317 articles, shuffled with the same seed; duplicates found by the package's MinHash
dedup and scored in their original's story; texts copied >= 5 times held out as singletons), then
*offline* scipy average-link agglomeration of the full similarity matrix, best threshold of a sweep:

- ``tfidf``: cosine of sublinear TF-IDF (English stop words), the features the streaming clusterer uses;
- ``csls``: the same cosines with hubness correction (Conneau et al. 2018, "Word translation without
  parallel data"): ``2 cos(i, j) - r_i - r_j``, ``r`` the mean cosine of an article's 5 nearest
  neighbours; it needs every article's neighbours, i.e. the whole corpus up front;
- ``aqe``: alpha query expansion (Radenovic et al. 2018): each vector plus its 2 nearest neighbours'
  vectors weighted by cosine, re-normalised;
- ``pairs``: a learned pair scorer, scikit-learn's HistGradientBoostingClassifier on each article's 10
  nearest neighbours, trained on the even-numbered true stories and scored on the odd ones (a held-out
  half; the three rows above are re-scored on the same half for comparison). Its features are lexical
  (cosine, CSLS, neighbour ranks, bigram cosine, cosine of the first 40 words, the rarest shared word,
  the number of rare shared words) and, in the ``pairs+length`` row only, the two articles' lengths.

The ``pairs+length`` row exists to show a trap: Multi-News cut each story's sources to ~500 tokens *in
total*, so two articles of one story have similar lengths and length alone separates stories a real feed
would not. That gain is an artefact of the data set's preprocessing and is not a feature to ship.

    python benchmarks/stories_ceiling.py               # ~2.5 minutes, ~10 GB peak (dense 14k x 14k matrices)
    python benchmarks/stories_ceiling.py --clusters 1500
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix, identity
from scipy.spatial.distance import squareform
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from newsbrief.model import Article
from newsbrief.stories.dedup import deduplicate
from newsbrief.stories.metrics import bcubed
from stories import DATA, load

NEIGHBOURS = 10  # candidate pairs of the learned scorer: each article's nearest neighbours
HUB_K = 5  # neighbours averaged for the CSLS hubness term
AQE_K = 2  # neighbours added by query expansion


@dataclass
class Corpus:
    """The flattened articles after dedup, and how to score a partition of the kept ones."""

    articles: list[Article]
    truth: list[list[str]]
    kept: list[int]  # indices into ``articles`` of the articles to cluster
    copies: dict[int, list[int]]  # kept index -> indices of its duplicates (scored in its story)
    story_of: np.ndarray  # true story number of each kept article

    def score(self, labels: Sequence[int], subset: np.ndarray) -> tuple[float, float, float]:
        """B-cubed P/R/F1 of ``labels`` (one per kept article in ``subset``) against the true stories of
        the articles of ``subset`` (plus their duplicates); every other article of those stories is a
        singleton (boilerplate, or a duplicate of an article outside the subset)."""
        groups: dict[int, list[str]] = defaultdict(list)
        for label, k in zip(labels, subset, strict=True):
            members = [self.kept[k], *self.copies.get(self.kept[k], [])]
            groups[int(label)].extend(self.articles[i].id for i in members)
        placed = {a for g in groups.values() for a in g}
        stories = {int(s) for s in self.story_of[subset]}
        truth = [self.truth[s] for s in sorted(stories)]
        predicted = list(groups.values()) + [[a] for t in truth for a in t if a not in placed]
        allowed = {a for t in truth for a in t}
        predicted = [[a for a in g if a in allowed] for g in predicted]
        return bcubed([g for g in predicted if g], truth)


def build_corpus(limit: int | None, seed: int, boilerplate_copies: int) -> Corpus:
    articles, truth = load(DATA, limit)
    random.Random(seed).shuffle(articles)
    position = {a.id: i for i, a in enumerate(articles)}
    groups = deduplicate(articles)
    kept, copies = [], {}
    for original, dups in groups.items():
        if 1 + len(dups) >= boilerplate_copies:
            continue  # template page: it and its copies stay singletons
        kept.append(position[original])
        if dups:
            copies[position[original]] = [position[d] for d in dups]
    kept.sort()
    story = {a: n for n, ids in enumerate(truth) for a in ids}
    story_of = np.array([story[articles[i].id] for i in kept])
    return Corpus(articles, truth, kept, copies, story_of)


def sweep(similarity: np.ndarray, thresholds: Sequence[float], corpus: Corpus, subset: np.ndarray) -> tuple:
    """Average-link agglomeration of ``similarity`` cut at each threshold; the best (P, R, F1, threshold)."""
    distance = 1.0 - np.asarray(similarity, dtype=np.float64)
    distance = np.clip((distance + distance.T) / 2, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    best = (0.0, 0.0, -1.0, None)
    for t in thresholds:
        p, r, f = corpus.score(fcluster(tree, 1.0 - t, criterion="distance"), subset)
        if f > best[2]:
            best = (p, r, f, t)
    return best


def neighbour_stats(cosine: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's nearest neighbours (self excluded) by cosine, and the mean of its ``HUB_K`` best."""
    off = cosine.copy()
    np.fill_diagonal(off, -1.0)
    order = np.argsort(-off, axis=1)
    hub = np.take_along_axis(off, order[:, :HUB_K], axis=1).mean(axis=1)
    return order, hub


def pair_features(x, bigrams, leads, idf, lengths, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features of each article's ``NEIGHBOURS`` nearest pairs among ``rows``; (features, i, j), i < j."""
    cos = (x[rows] @ x[rows].T).toarray()
    order, hub = neighbour_stats(cos)
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.arange(len(rows))[None, :].repeat(len(rows), 0), axis=1)
    near = {(min(a, b), max(a, b)) for a in range(len(rows)) for b in order[a, :NEIGHBOURS]}
    i, j = np.array(sorted(near)).T
    best = np.maximum(cos.max(axis=1, where=~np.eye(len(rows), dtype=bool), initial=0.0), 1e-6)
    present = (x[rows] > 0).astype(np.float32)
    shared_idf = present[i].multiply(present[j]).multiply(idf[None, :]).tocsr()
    b, lead = bigrams[rows], leads[rows]
    n = lengths[rows]
    features = np.column_stack(
        [
            cos[i, j],
            2 * cos[i, j] - hub[i] - hub[j],
            cos[i, j] / best[i],
            cos[i, j] / best[j],
            np.minimum(rank[i, j], rank[j, i]),
            np.maximum(rank[i, j], rank[j, i]),
            np.asarray(b[i].multiply(b[j]).sum(axis=1)).ravel(),
            np.asarray(lead[i].multiply(lead[j]).sum(axis=1)).ravel(),
            np.asarray(shared_idf.max(axis=1).todense()).ravel(),
            np.asarray((shared_idf > 6).sum(axis=1)).ravel(),
            np.minimum(n[i], n[j]),  # the last two: lengths, used by the "+length" row only
            np.maximum(n[i], n[j]),
        ]
    )
    return features, i, j


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clusters", type=int, default=None, help="use only the first N clusters")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--header", action="store_true", help="print the table header")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"data not found: {DATA} (expected ../shared/data beside the repo)", file=sys.stderr)
        return 2
    start = time.perf_counter()
    corpus = build_corpus(args.clusters, args.seed, boilerplate_copies=5)
    texts = [corpus.articles[i].text for i in corpus.kept]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    x = vectorizer.fit_transform(texts)
    bigrams = TfidfVectorizer(sublinear_tf=True, ngram_range=(2, 2)).fit_transform(texts)
    leads = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [" ".join(t.split()[:40]) for t in texts]
    )
    lengths = np.log1p([len(t.split()) for t in texts])
    everything = np.arange(len(texts))
    held_out = np.flatnonzero(corpus.story_of % 2 == 1)
    train = np.flatnonzero(corpus.story_of % 2 == 0)

    def unsupervised(rows: np.ndarray) -> dict[str, tuple]:
        cos = (x[rows] @ x[rows].T).toarray()
        order, hub = neighbour_stats(cos)
        out = {"tfidf": sweep(cos, np.arange(0.09, 0.28, 0.03), corpus, rows)}
        out["csls"] = sweep(2 * cos - hub[:, None] - hub[None, :], np.arange(-0.1, 0.11, 0.05), corpus, rows)
        weights = np.take_along_axis(cos, order[:, :AQE_K], axis=1).clip(0)
        expand = csr_matrix((weights.ravel(), (np.repeat(np.arange(len(rows)), AQE_K), order[:, :AQE_K].ravel())))
        expanded = normalize((expand + identity(len(rows))) @ x[rows])
        out["aqe"] = sweep((expanded @ expanded.T).toarray(), np.arange(0.25, 0.5, 0.05), corpus, rows)
        return out

    rows_out: list[tuple[str, str, tuple]] = []
    for name, best in unsupervised(everything).items():
        rows_out.append((name, f"all {len(everything):,}", best))
    for name, best in unsupervised(held_out).items():
        rows_out.append((name, f"odd half {len(held_out):,}", best))
    train_f, ti, tj = pair_features(x, bigrams, leads, vectorizer.idf_, lengths, train)
    train_y = corpus.story_of[train][ti] == corpus.story_of[train][tj]
    test_f, i, j = pair_features(x, bigrams, leads, vectorizer.idf_, lengths, held_out)
    for name, columns in (("pairs", slice(0, 10)), ("pairs+length", slice(0, 12))):
        model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
        model.fit(train_f[:, columns], train_y)
        similarity = np.eye(len(held_out))
        similarity[i, j] = similarity[j, i] = model.predict_proba(test_f[:, columns])[:, 1]
        rows_out.append(
            (name, f"odd half {len(held_out):,}", sweep(similarity, (0.2, 0.3, 0.4, 0.5), corpus, held_out))
        )

    if args.header:
        print("| similarity | scored on (kept articles) | best threshold | B3 P | B3 R | B3 F1 |")
        print("|---|---|---:|---:|---:|---:|")
    for name, scope, (p, r, f, t) in rows_out:
        print(f"| {name} | {scope} | {t:.2f} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print(
        f"\n{time.perf_counter() - start:.0f} s, seed {args.seed}, clusters {args.clusters or 'all'}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
