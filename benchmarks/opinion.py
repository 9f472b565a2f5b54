"""Fit the writer's-verdict model (newsbrief.summarize.opinion) on the development trust labels; print P/R.

Training data: every undisputed sentence label of the development clusters of the trust benchmark
(tests/data/trust_sentences.jsonl), ``opinion`` against everything else. The held-out clusters are
scored, never fitted or tuned on. The lexicon is the adjective subjectivity lexicon of Pattern as
shipped by TextBlob (``textblob/en/en-sentiment.xml``, PDDL; a dev dependency, read as a file so
nltk is not imported), kept to single words and averaged over senses.

The threshold is the highest at which the cluster-grouped 5-fold cross-validated recall on the
development labels is still >= 0.5: the decision only marks whose view a sentence is, so it leans
to recall.

Run: ``python benchmarks/opinion.py [--write]`` (``--write`` updates src/newsbrief/data/opinion.json).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.summarize.opinion import ARTICLE_FEATURES, SENTENCE_FEATURES, article_features
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, load_trust
from weights_file import PACKAGE_DATA, write_weights

OUT = PACKAGE_DATA / "opinion.json"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def textblob_lexicon() -> dict[str, float]:
    """Adjective -> mean subjectivity over its senses, from the installed TextBlob's Pattern lexicon."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("error: textblob is not installed (pip install -e '.[dev]')")
    path = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml"
    senses: dict[str, list[float]] = defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        form = word.get("form", "").lower()
        if form and " " not in form:
            senses[form].append(float(word.get("subjectivity", "0")))
    return {w: round(sum(v) / len(v), 3) for w, v in sorted(senses.items())}


def rows(clusters, lexicon, split):
    """Feature rows, targets, cluster groups and (cluster, article, index) keys of one split's labelled sentences."""
    xs, ys, groups, keys = [], [], [], []
    for cid, lc in clusters.items():
        if lc.split != split:
            continue
        by_article = defaultdict(list)
        for s in lc.sentences:
            by_article[s.article_id].append(s)
        for sents in by_article.values():
            for s, x in zip(sents, article_features(sents, lexicon=lexicon), strict=True):
                label = lc.sentence_labels.get((s.article_id, s.index))
                if label is None or label == DISPUTED or (s.article_id, s.index) in lc.changed:
                    continue
                xs.append(x)
                ys.append(label == "opinion")
                groups.append(cid)
                keys.append((cid, s.article_id, s.index))
    return np.array(xs), np.array(ys), groups, keys


def model_of():
    """The verdict model as fitted here (scaled features, class-balanced logistic regression)."""
    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000))


def pr(p: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float, int]:
    sel = p >= t
    tp = int((sel & y).sum())
    return (tp / sel.sum() if sel.sum() else 0.0), (tp / y.sum() if y.sum() else 0.0), int(sel.sum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--write", action="store_true", help="write src/newsbrief/data/opinion.json")
    args = ap.parse_args()
    lexicon = textblob_lexicon()
    clusters = load_trust(args.data, SENTENCES_FILE, PAIRS_FILE)
    xd, yd, gd, _ = rows(clusters, lexicon, "dev")
    xh, yh, _, _ = rows(clusters, lexicon, "heldout")
    model = model_of()
    cv = cross_val_predict(model, xd, yd, groups=gd, cv=GroupKFold(5), method="predict_proba")[:, 1]
    model.fit(xd, yd)
    ph = model.predict_proba(xh)[:, 1]
    print(
        f"dev: {len(yd)} sentences, {int(yd.sum())} opinion; held-out: {len(yh)} sentences, {int(yh.sum())} opinion\n"
    )
    print("| threshold | dev CV P | dev CV R | dev flagged | held-out P | held-out R | held-out flagged |")
    print("|---|---|---|---|---|---|---|")
    threshold = THRESHOLDS[0]
    for t in THRESHOLDS:
        p1, r1, n1 = pr(cv, yd, t)
        p2, r2, n2 = pr(ph, yh, t)
        print(f"| {t:.2f} | {p1:.3f} | {r1:.3f} | {n1} | {p2:.3f} | {r2:.3f} | {n2} |")
        if r1 >= 0.5:
            threshold = t
    print(f"\nthreshold (highest with dev CV recall >= 0.5): {threshold}")
    if args.write:
        scaler, lr = model[0], model[-1]
        write_weights(
            OUT,
            how=(
                "benchmarks/opinion.py: logistic regression (class-balanced, C=1) on the development part of "
                "tests/data/trust_sentences.jsonl, opinion against every other label; threshold: highest with "
                "cluster-grouped 5-fold CV recall >= 0.5; lexicon: Pattern's adjective subjectivity as shipped by "
                "TextBlob (en-sentiment.xml, PDDL), single words, mean over senses"
            ),
            features=list(SENTENCE_FEATURES) + [f"article_{n}" for n in ARTICLE_FEATURES],
            mean=scaler.mean_,
            scale=scaler.scale_,
            coef=lr.coef_[0],
            intercept=lr.intercept_[0],
            threshold=threshold,
            lexicon=lexicon,
        )


if __name__ == "__main__":
    main()
