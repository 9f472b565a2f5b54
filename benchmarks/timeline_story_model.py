"""Fit the timeline's learned story/background decision on the development labels (issue 12).

Each resolved entry a brief shows is one row (:mod:`newsbrief.analyse.story_features`); its target is 1 when
its own expression is a labelled event *of the story* with the shown date (tests/data/timeline_gold.jsonl),
0 otherwise (a background event, no event, or a wrong date): the story part should hold the first kind only.
An entry the model does not accept goes to the Background part; nothing is dropped, so recall (either part)
does not move. Scored with probabilities from leave-groups-out cross-validation on the development part
(5 folds by DUC topic / Multi-News cluster); the held-out part is scored once, with the model fitted on the
whole development part and the threshold chosen there.

Printed per part and threshold: story part shown / precision, the story's own events put in the background,
background part shown / precision; the rule of session 7 (``Event.background`` as built) for comparison.

Run: ``python benchmarks/timeline_story_model.py [--part dev|heldout] [--write]`` (``--write`` writes
src/newsbrief/data/timeline_story.json; the defaults are the C, threshold and form chosen on dev).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeline as bench
from newsbrief.analyse.background import mark_background, story_core, value_bounds
from newsbrief.analyse.story_features import FEATURES, entry_features
from weights_file import PACKAGE_DATA, write_weights

OUT = PACKAGE_DATA / "timeline_story.json"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
C_VALUES = (0.03, 0.1, 0.3, 1.0)
#: How the model's probability decides: ``model`` alone (story when p >= threshold), or ``rule+model`` (story
#: when the session-7 rule keeps it in the story and p >= threshold: the model only moves more to background).
FORMS = ("model", "rule+model")


def rows(groups: list[bench.Group], cache: Path | None) -> tuple[np.ndarray, np.ndarray, list, list[str], list[bool]]:
    """Features, target (1 = labelled story event with the shown date), class ("story", "background",
    "wrong"), group ids and the rule's background flag of every resolved entry."""
    built = {}
    if cache is not None and cache.exists():
        built = pickle.loads(cache.read_bytes())
    xs, ys, kinds, gids, rule = [], [], [], [], []
    for g in groups:
        if g.id not in built:
            built[g.id] = bench.timeline_of(g, "nupunkt")
        cleaned, events = built[g.id]
        raw = {a.id: a.text for a in g.articles}
        texts = {a.id: a.text for a in cleaned}
        by_start = {(x.doc, x.start): x for x in g.labels}
        bounds = [value_bounds(e) for e in events]
        core = story_core(events)
        latest = max((b[1] for b in bounds if b), default=None)
        # the rule's flag alone (the brief's timeline also carries the learned decision's)
        flags = [e.background for e in mark_background(tuple(replace(e, background=False) for e in events), texts)]
        for e, flag, row in zip(events, flags, entry_features(events, texts, bounds, core, latest), strict=True):
            at = e.span.text.find(e.date_text)
            where = bench._to_raw(raw[e.span.article_id], texts[e.span.article_id], e.span.start + at, e.span.end)
            label = by_start.get((e.span.article_id, where[0])) if where else None
            right = label is not None and label.event and bench._same_date(e.date, label.date)
            kind = "wrong" if not right else ("background" if label.background else "story")
            xs.append(row)
            ys.append(int(kind == "story"))
            kinds.append(kind)
            gids.append(g.id)
            rule.append(flag)
    if cache is not None:
        cache.write_bytes(pickle.dumps(built))
    return np.asarray(xs, dtype=float), np.asarray(ys), kinds, gids, rule


def table_row(name: str, story: np.ndarray, kinds: list[str]) -> str:
    k = np.asarray(kinds)
    s_shown, b_shown = int(story.sum()), int((~story).sum())
    s_right = int((story & (k == "story")).sum())
    b_right = int((~story & (k == "background")).sum())
    moved = int((~story & (k == "story")).sum())
    sp = s_right / s_shown if s_shown else 1.0
    bp = b_right / b_shown if b_shown else 1.0
    filing = s_shown - s_right + moved
    return f"| {name} | {s_shown} | {sp:.1%} ({s_right}) | {moved} | {b_shown} | {bp:.1%} ({b_right}) | {filing} |"


def decide(form: str, p: np.ndarray, rule: np.ndarray, t: float) -> np.ndarray:
    """Which entries stay in the story part (see :data:`FORMS`); ``rule`` is the rule's background flag."""
    return (p >= t) & (~rule if form == "rule+model" else True)


def model(c: float):
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))


def build_parser() -> argparse.ArgumentParser:
    """The options; their defaults are the setting kept on the development part (BENCHMARKS.md, "Timeline",
    session 8), so that ``--write`` alone rewrites the shipped weights as they are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--c", type=float, default=0.03, help="inverse regularisation for the fitted model")
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--form", choices=FORMS, default="rule+model", help="how the probability decides (held-out)")
    parser.add_argument("--cache", type=Path, help="pickle of the built timelines (speeds up repeated runs)")
    parser.add_argument("--write", action="store_true", help="write src/newsbrief/data/timeline_story.json")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.write and args.form != "rule+model":  # move_doubtful only moves entries out of what the rule keeps
        parser.error("--write needs --form rule+model: the brief applies no other (analyse/background.py)")
    if not (bench.DATA / "duc2004" / "task5_dated.jsonl").exists():
        print(f"skipped: {bench.DATA / 'duc2004'} is absent", file=sys.stderr)
        return 0
    gold = bench.load_gold()
    dev = [g for g in gold if g.part == "dev"]
    xd, yd, kd, gd, rd = rows(dev, args.cache)
    src = np.asarray([gid.startswith("multinews") for gid in gd])
    header = (
        "| decision | story part shown | precision | story events in background | background shown | precision "
        "| wrong in story + story in background |"
    )
    sep = "|---|---|---|---|---|---|---|"
    if args.part == "dev":
        print(f"dev: {len(yd)} entries, {int(yd.sum())} story events with the right date\n")
        print(header)
        print(sep)
        for name, mask in (("DUC dev", ~src), ("Multi-News dev", src), ("both dev", np.ones_like(src))):
            sub = [k for k, m in zip(kd, mask, strict=True) if m]
            print(table_row(f"{name}: rule (session 7)", ~np.asarray(rd)[mask], sub))
        for c in C_VALUES:
            p = cross_val_predict(model(c), xd, yd, groups=gd, cv=GroupKFold(5), method="predict_proba")[:, 1]
            for form in FORMS:
                for t in THRESHOLDS:
                    story = decide(form, p, np.asarray(rd), t)
                    for name, mask in (("DUC dev", ~src), ("Multi-News dev", src), ("both dev", np.ones_like(src))):
                        sub = [k for k, m in zip(kd, mask, strict=True) if m]
                        print(table_row(f"{name}: {form} C={c} t={t}", story[mask], sub))
        fitted = model(args.c).fit(xd, yd)
        lr = fitted[-1]
        print(f"\nweights (C={args.c}):")
        for f, w in sorted(zip(FEATURES, lr.coef_[0], strict=True), key=lambda x: -abs(x[1])):
            print(f"  {f:28s} {w:+.3f}")
    else:
        held = [g for g in gold if g.part == "heldout"]
        xh, _, kh, gh, rh = rows(held, args.cache)
        fitted = model(args.c).fit(xd, yd)
        p = fitted.predict_proba(xh)[:, 1]
        srch = np.asarray([gid.startswith("multinews") for gid in gh])
        print(header)
        print(sep)
        for name, mask in (("DUC held-out", ~srch), ("Multi-News held-out", srch)):
            sub = [k for k, m in zip(kh, mask, strict=True) if m]
            print(table_row(f"{name}: rule (session 7)", ~np.asarray(rh)[mask], sub))
            story = decide(args.form, p, np.asarray(rh), args.threshold)[mask]
            print(table_row(f"{name}: {args.form} C={args.c} t={args.threshold}", story, sub))
    if args.write:
        scaler, lr = fitted[0], fitted[-1]
        write_weights(
            OUT,
            how=(
                f"benchmarks/timeline_story_model.py --c {args.c} --threshold {args.threshold} --form {args.form} "
                "--write: logistic regression on the resolved entries of the development part of "
                "tests/data/timeline_gold.jsonl, a labelled event of the story with the shown date against every "
                "other entry; C, threshold and form chosen on 5-fold CV grouped by topic/cluster (fewest wrong "
                "entries in the story part plus story events in the background, then the highest story precision)"
            ),
            features=FEATURES,
            mean=scaler.mean_,
            scale=scaler.scale_,
            coef=lr.coef_[0],
            intercept=lr.intercept_[0],
            threshold=args.threshold,
            C=args.c,
            form=args.form,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
