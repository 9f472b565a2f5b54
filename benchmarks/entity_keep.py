"""A learned keep/drop of the entities a brief lists (issue 11): is the type the brief would show right?

The rules leave mostly the small tagger's types with no cue near them ("Axanar" ORG, a film; "Rhinos" PERSON;
"Canaanites" GPE). This fits a logistic regression on the evidence across all of an entity's mentions in all
sources (:data:`FEATURES`: the tagger's votes and whether they agree with the shown type, titles and honorifics,
the class of the nouns around them, how the name is used: the subject of a verb of saying, a possessive owner,
after "in"/"at"/"from", after "the", a modifier of a noun; capitals, plural and lower-case forms in the story, a
known given name or place, headlines) and asks whether leaving out the entities it doubts would make the first
ten more often right without losing too many right ones.

Rows: every entity the rules list (:func:`newsbrief.analyse.entities.entity_candidates`) in the **development**
clusters of the entity labels (:data:`TRAIN_SPLITS`: the first rounds' dev part, and the fresh round's dev half,
since the rules were tuned on the first and leave it few errors to learn from) whose name is labelled; the target
is 1 when the labelled type fits the shown one (``entities.TYPE_OK``), 0 for a wrong type or a name that is no
name. The held-out clusters are never read here.

Choice, by 5-fold cross-validation grouped by cluster (out-of-fold probabilities): the regularisation C and the
threshold under which an entity would not be listed, minimising, over the briefs' first ten entities as
``benchmarks/entities.py`` scores them, ``wrong + LOST_WEIGHT * lost`` (lost: entities right in the first ten
without the model that it drops; one wrong entity listed costs as much as two right ones left out). Session 8:
the choice is threshold 0 (the model drops nothing: BENCHMARKS.md, "Entities"), so newsbrief ships no such model.

Run: ``python benchmarks/entity_keep.py --cache /tmp/e6cache`` (the cache of ``entities.py --cache``).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entities import TOP, TYPE_OK, ShownEntity, cached_inputs, entity_errors, labelled_clusters  # siblings
from entity_labels import load_entity_labels, lookup_name
from newsbrief import BriefConfig
from newsbrief.analyse._entity_context import _CLASS_OF, PLACE_NOUNS
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse.entities import entity_candidates
from newsbrief.analyse.name_evidence import common_given_name, first_name_gender, fold, known_place
from newsbrief.model import Entity
from newsbrief.text.lexicon import BODY_VERBS
from trust_items import DEFAULT_DATA_DIR, require_data

#: A wrong entity in the first ten costs as much as this many right ones left out (fixed before fitting).
LOST_WEIGHT = 0.5
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
LEAF_GRID = (1, 3, 5, 10)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.0, 0.96, 0.05))
FOLDS = 5
TRAIN_SPLITS = ("dev", "fresh-dev")

#: The model's features: the evidence across an entity's mentions in all sources.
FEATURES = (
    "person",
    "org",
    "place",
    "norp",
    "log_mentions",
    "sources",
    "tagger_agrees",
    "tagged_person",
    "tagged_org",
    "tagged_place",
    "honorific",
    "cue_agrees",
    "cue_other",
    "body_use",
    "headline",
    "words",
    "all_caps",
    "given_name",
    "known_place",
    "after_in",
    "possessive",
    "after_the",
    "subject",
    "subject_of_saying",
    "modifier",
    "plural",
    "lower_in_story",
    # session 12: what the name's own last word says, evidence for or against the shown type, its shape
    "head_person",
    "head_org",
    "head_place",
    "head_thing",
    "head_agrees",
    "head_other",
    "common_given",
    "person_given",
    "nonperson_given",
    "person_lone_surname",
    "person_honorific",
    "described",
    "appositive",
    "comma_place",
    "place_known",
    "nonplace_known",
    "place_after_in",
    "only_headlines",
    "one_word",
    "caps_word",
    "hyphen",
    "majority_share",
    "aliases",
)
#: How many of :data:`FEATURES` session 8 fitted (``--features session8``); the rest came in session 12.
SESSION8_FEATURES = 27
_PLACE = frozenset({"GPE", "LOC", "FAC"})
_IN = frozenset({"in", "at", "from", "near", "across", "to", "into", "throughout"})


def _group(label: str | None) -> str | None:
    return "PLACE" if label in _PLACE else label


#: Heads of a name that say a place or a thing, beyond the context cues' nouns ("Hotel Dieu Hospital", "Martin
#: Luther King Boulevard", "American Jobs Act").
_HEAD_EXTRA = {
    **dict.fromkeys(("hospital", "boulevard", "resort", "square", "ranch", "buildings"), "FAC"),
    **dict.fromkeys(("syndrome", "illness", "fever", "act", "bill", "plan"), "THING"),
}


def _head_class(name: str) -> str | None:
    """The class the name's head names as a common noun ("Hospital", "Act", "Party"; the word before "of" in
    "Department of Justice"), place and site as one; none for a given name and one word ("David Bridges")."""
    if len(name.split()) == 2 and common_given_name(name.split()[0]):
        return None
    words = [w.lower().strip(".") for w in name.split()]
    last = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    cls = _HEAD_EXTRA.get(last) or _CLASS_OF.get(last) or (_CLASS_OF.get(last[:-1]) if last.endswith("s") else None)
    return "PLACE" if cls in {"GPE", "FAC"} else cls


def _comma_place(span) -> bool:
    """ "Albert Lea, a town in Minnesota": a comma and a place noun within two words after the name."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : span.end + 4]]
    return bool(words) and words[0] == "," and any(w in PLACE_NOUNS for w in words[1:])


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def features(entity: Entity, cluster: list[Mention], lower_words: set[str]) -> list[float]:
    """One row of :data:`FEATURES` for an entity and its mentions."""
    group = _group(entity.label)
    tagged = [_group(m.tagged) for m in cluster if m.tagged]
    spans = [m.ent for m in cluster if m.ent is not None]
    cues = [_group(m.cue) for m in cluster if m.cue is not None]
    names = (entity.name, *entity.aliases)
    last = entity.name.split()[-1].lower()
    before = [s.doc[s.start - 1].lower_ if s.start > 0 else "" for s in spans]
    after = [s.doc[s.end] if s.end < len(s.doc) else None for s in spans]
    subject = [s.root.dep_ in {"nsubj", "nsubjpass"} for s in spans]
    return [
        float(group == "PERSON"),
        float(group == "ORG"),
        float(group == "PLACE"),
        float(group == "NORP"),
        math.log1p(sum(n for _, n in entity.mentions)),
        float(len(entity.mentions)),
        _share(t == group for t in tagged),
        _share(t == "PERSON" for t in tagged),
        _share(t == "ORG" for t in tagged),
        _share(t == "PLACE" for t in tagged),
        _share(m.honorific for m in cluster),
        float(group in cues),
        float(any(c != group for c in cues)),
        float(any(m.body_use for m in cluster)),
        _share(m.headline for m in cluster),
        float(len(entity.name.split())),
        float(any(n.isupper() for n in names)),
        float(first_name_gender(entity.name.split()[0]) is not None),
        float(any(known_place(n) for n in names)),
        _share(b in _IN for b in before),
        _share(a is not None and a.tag_ == "POS" for a in after),
        _share(b == "the" for b in before),
        _share(subject),
        _share(sub and s.root.head.lemma_ in BODY_VERBS for sub, s in zip(subject, spans, strict=True)),
        _share(s.root.dep_ in {"compound", "amod"} for s in spans),
        float(any(s.root.tag_ == "NNPS" for s in spans) or (last.endswith("s") and last[:-1] in lower_words)),
        float(last in lower_words),
        *_more(entity, cluster, group, spans, tagged, before),
    ]


def _more(entity: Entity, cluster: list[Mention], group: str | None, spans: list, tagged: list, before: list) -> list:
    """Session 12's features (the second part of :data:`FEATURES`)."""
    head = _head_class(entity.name)
    words = entity.name.split()
    person, place = group == "PERSON", group == "PLACE"
    given = common_given_name(words[0]) and len(words) > 1
    lone = {fold(m.name) for m in cluster if " " not in m.name}
    votes = [tagged.count(t) for t in set(tagged)]
    return [
        float(head == "PERSON"),
        float(head == "ORG"),
        float(head == "PLACE"),
        float(head == "THING"),
        float(head is not None and head == group),
        float(head is not None and head != group),
        float(given),
        float(person and given),
        float(not person and given),
        float(person and len(words) > 1 and fold(words[-1]) in lone),
        float(person and any(m.honorific for m in cluster)),
        float(bool(entity.descriptors)),
        float(any(any(c.dep_ == "appos" for c in s.root.children) or s.root.dep_ == "appos" for s in spans)),
        float(any(_comma_place(s) for s in spans)),
        float(place and any(known_place(n) for n in (entity.name, *entity.aliases))),
        float(not place and any(known_place(n) for n in (entity.name, *entity.aliases))),
        float(place) * _share(b in _IN for b in before),
        float(all(m.headline for m in cluster)),
        float(len(words) == 1),
        float(len(words) > 1 and any(w.isupper() and len(w) > 1 for w in words)),
        float("-" in entity.name),
        max(votes) / len(tagged) if tagged else 0.0,
        math.log1p(len(entity.aliases)),
    ]


def _shown(entity) -> ShownEntity:
    return ShownEntity(
        entity.name,
        entity.label,
        tuple(entity.aliases),
        tuple(dict.fromkeys(d for _, d in entity.descriptors)),
        sum(n for _, n in entity.mentions),
    )


def dev_candidates(data_dir: Path, cache: Path) -> list[tuple[str, list[tuple[ShownEntity, list[float]]]]]:
    """Per dev cluster, its candidates in the brief's order (most mentioned first), each with its features."""
    labels = load_entity_labels(data_dir)
    config = BriefConfig(analysis=True)
    out = []
    for cluster in labelled_clusters(data_dir):
        cl = labels.get(cluster.id)
        if cl is None or cl.split not in TRAIN_SPLITS:
            continue
        candidates, lower_words = entity_candidates(*cached_inputs(cluster, config, cache))
        rows = [(e, features(e, c, lower_words)) for e, c in candidates]
        rows.sort(key=lambda r: (-sum(n for _, n in r[0].mentions), r[0].name))
        out.append((cluster.id, [(_shown(e), x) for e, x in rows]))
    return out


def targets(data_dir: Path, clusters) -> list[list[int | None]]:
    """1 (type right), 0 (wrong type or no name) or None (unlabelled) for each candidate."""
    labels = load_entity_labels(data_dir)
    out = []
    for cid, rows in clusters:
        ys: list[int | None] = []
        for shown, _ in rows:
            label = lookup_name(labels[cid], shown.name)
            if label is None:
                ys.append(None)
            else:
                ys.append(int(label.label in TYPE_OK.get(shown.label, frozenset())))
        out.append(ys)
    return out


def top_cost(data_dir: Path, clusters, keep: list[list[bool]]) -> tuple[int, int, int, int]:
    """(wrong, lost, scored, right) over the first ten kept entities of each cluster, as entities.py scores."""
    labels = load_entity_labels(data_dir)
    wrong = lost = scored = right = 0
    for (cid, rows), kept in zip(clusters, keep, strict=True):
        cl = labels[cid]
        base = {e.name for e, kinds, _, _ in entity_errors([r[0] for r in rows], cl, TOP) if kinds == set()}
        shown = [r[0] for r, k in zip(rows, kept, strict=True) if k]
        names = {e.name for e in shown}
        lost += len(base - names)
        for _ent, kinds, _, _ in entity_errors(shown, cl, TOP):
            if kinds is None:
                continue
            scored += 1
            wrong += bool(kinds)
            right += not kinds
    return wrong, lost, scored, right


def _model(kind: str, param: float):
    """A class-balanced logistic regression (``param`` = C) or random forest (``param`` = least leaf size)."""
    if kind == "forest":
        return RandomForestClassifier(
            300, min_samples_leaf=int(param), class_weight="balanced_subsample", random_state=0, n_jobs=1
        )
    return LogisticRegression(C=param, max_iter=3000, class_weight="balanced")


def _scores(
    blocks: list[tuple[np.ndarray, np.ndarray]], train: Sequence[int], test: Sequence[int], kind: str, c: float
):
    """The kept-probabilities of the ``test`` clusters' candidates from a model fitted on the ``train`` clusters."""
    X = np.vstack([blocks[i][0] for i in train])
    y = np.concatenate([blocks[i][1] for i in train])
    lab = y >= 0
    mean, scale = X[lab].mean(axis=0), X[lab].std(axis=0)
    scale[scale == 0] = 1.0
    model = _model(kind, c).fit((X[lab] - mean) / scale, y[lab])
    return [model.predict_proba((blocks[i][0] - mean) / scale)[:, 1] for i in test]


def nested(data_dir: Path, clusters, blocks, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """(wrong, lost, scored) of the first tens with the model and without it, by nested cross-validation grouped
    by cluster: C (or the leaf size) and the threshold are chosen on the outer training clusters' own out-of-fold
    scores, then applied to the outer test clusters. The choice is made on no row it is scored on."""
    n = len(clusters)
    with_model, without = np.zeros(3), np.zeros(3)
    for outer_train, outer_test in GroupKFold(FOLDS).split(np.zeros(n), groups=np.arange(n)):
        best = None
        for c in LEAF_GRID if kind == "forest" else C_GRID:
            oof: dict[int, np.ndarray] = {}
            for tr, te in GroupKFold(FOLDS - 1).split(np.zeros(len(outer_train)), groups=outer_train):
                oof.update(
                    zip(outer_train[te], _scores(blocks, outer_train[tr], outer_train[te], kind, c), strict=True)
                )
            part = [clusters[i] for i in outer_train]
            for t in THRESHOLDS:
                wrong, lost, _, _ = top_cost(data_dir, part, [list(oof[i] >= t) for i in outer_train])
                if best is None or wrong + LOST_WEIGHT * lost < best[0] - 1e-9:
                    best = (wrong + LOST_WEIGHT * lost, c, t)
        assert best is not None
        _, c, t = best
        part = [clusters[i] for i in outer_test]
        probs = _scores(blocks, outer_train, outer_test, kind, c)
        got = top_cost(data_dir, part, [list(p >= t) for p in probs])[:3]
        base = top_cost(data_dir, part, [[True] * len(blocks[i][1]) for i in outer_test])[:3]
        print(f"outer fold: chose {c}, threshold {t}: wrong/lost/scored {got}, without the model {base}")
        with_model += got
        without += base
    return with_model, without


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--features", choices=("session8", "all"), default="all", help="session 8's 27 or all")
    ap.add_argument("--forest", action="store_true", help="a random forest instead of the logistic regression")
    ap.add_argument("--nested", action="store_true", help="score the whole choice by nested cross-validation")
    args = ap.parse_args(argv)
    require_data(args.data)
    clusters = dev_candidates(args.data, args.cache)
    ys = targets(args.data, clusters)
    used = SESSION8_FEATURES if args.features == "session8" else len(FEATURES)
    X = np.array([x[:used] for _, rows in clusters for _, x in rows], dtype=float)
    y = np.array([-1 if v is None else v for vs in ys for v in vs])
    groups = np.array([i for i, (_, rows) in enumerate(clusters) for _ in rows])
    lab = y >= 0
    print(f"dev: {len(clusters)} clusters, {len(y)} candidates, {lab.sum()} labelled, {(y == 0).sum()} wrong")
    mean, scale = X[lab].mean(axis=0), X[lab].std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    sizes = [len(rows) for _, rows in clusters]
    kind = "forest" if args.forest else "logistic"
    if args.nested:
        at, blocks = 0, []
        for n in sizes:
            blocks.append((X[at : at + n], y[at : at + n]))
            at += n
        got, base = nested(args.data, clusters, blocks, kind)
        print(
            f"nested, {kind}, {args.features}: wrong/lost/scored {got.astype(int)} "
            f"(without the model: {base.astype(int)})"
        )
        return
    best = None
    print("| C or leaf | threshold | wrong | lost | scored | rate |\n|---|---|---|---|---|---|")
    for c in LEAF_GRID if args.forest else C_GRID:
        oof = np.ones(len(y))
        for train, test in GroupKFold(FOLDS).split(Z, y, groups):
            fit = train[lab[train]]
            oof[test] = _model(kind, c).fit(Z[fit], y[fit]).predict_proba(Z[test])[:, 1]
        print(f"| {c} | (out-of-fold AUC {roc_auc_score(y[lab], oof[lab]):.3f}) | | | | |")
        for t in THRESHOLDS:
            keep, at = [], 0
            for n in sizes:
                keep.append(list(oof[at : at + n] >= t))
                at += n
            wrong, lost, scored, _ = top_cost(args.data, clusters, keep)
            cost = wrong + LOST_WEIGHT * lost
            if best is None or cost < best[0] - 1e-9:
                best = (cost, c, t)
            print(f"| {c} | {t} | {wrong} | {lost} | {scored} | {wrong / max(1, scored):.1%} |")
    assert best is not None
    _, c, t = best
    print(f"chosen: {kind} {c}, threshold={t} (cost {best[0]})")
    model = _model(kind, c).fit(Z[lab], y[lab])
    weights = model.feature_importances_ if args.forest else model.coef_[0]
    for name, w in sorted(zip(FEATURES[:used], weights, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {name:18s} {w:+.3f}")


if __name__ == "__main__":
    main()
