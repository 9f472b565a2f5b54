"""Fit the learned decision on news reports' notes (newsbrief.summarize.news_notes) and choose its cut.

Rows: every undisputed sentence label of the development clusters of the trust benchmark
(tests/data/trust_sentences.jsonl), ``opinion`` against every other label, and the PolNeAR **train** sentence labels
of ``judgement.py`` (both readings' fit part; the second file's held-out third is never read here), with the
features of ``news_notes.FEATURES``. A dev source's P(opinion piece) is cross-validated (``view_source.py --cv``:
the shipped genre model saw these clusters); a PolNeAR article's is the shipped model's (it never saw PolNeAR).

Cross-validation is grouped (a group: a trust cluster or a PolNeAR article; 5 folds), so each dev sentence is
scored by a model that never saw its story; C is the one of best pooled CV average precision. The decision is then
counted on the dev briefs (300 words, analysis off, main's settings): a summary sentence keeps its note where main
notes it and, if its source is taken for news, its CV probability is at least the cut. The cut, fixed before any
held-out run: of the cuts that show **no more opinion as fact** on the dev summary sentences than main's notes, the
one of the fewest errors (opinion shown as fact + wrong notes); of equal errors the lower cut (more notes kept).
Every labelled dev sentence is counted the same way as a check (its verdict as the brief would decide it).

The verdict model and the genre decision of main's notes were fitted on these dev labels, so main's own dev
figures are in-sample; only this model's probabilities are cross-validated.

``--reading`` counts, on the free stories of ``view_reading.py`` (outside every label and the reserved clusters and
topics), the notes of main's briefs the decision takes away, by the earlier readings of those notes
(``tests/data/view_labels.jsonl``, view13; ``judgement_reading_labels.jsonl``, notes15; ``opinion`` or ``fact``): a
set no part of this model or its cut was chosen on.

Run:
    python benchmarks/news_notes.py --data /work/shared/data [--write]
    python benchmarks/news_notes.py --data /work/shared/data --reading [--cut 0.6]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judgement import POLNEAR_LABELS, POLNEAR_LABELS_2, _records, cv_scores, locate, model_of
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from newsbrief.summarize.genre import declares_opinion, opinion_probabilities, unnoted_voices, verdicts
from newsbrief.summarize.news_notes import FEATURES, feature_rows
from newsbrief.summarize.opinion import OPINION_PIECE, opinion_scores
from newsbrief.text.wire import declares_wire_copy
from opinion import textblob_lexicon
from reserved import RESERVED_POLNEAR
from trust import claims_of
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, load_trust
from view_source import cv_genre_probabilities
from weights_file import PACKAGE_DATA, write_weights

OUT = PACKAGE_DATA / "news_notes.json"
CS = (0.01, 0.03, 0.1, 0.3)
CUTS = tuple(round(0.2 + 0.05 * k, 2) for k in range(13))  # 0.2 .. 0.8


@dataclass
class Rows:
    """Feature rows and what the dev briefs did with each labelled sentence."""

    x: list = field(default_factory=list)
    y: list[bool] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    verdict: list[bool] = field(default_factory=list)  # main's verdict as the brief decides it (voices removed)
    news: list[bool] = field(default_factory=list)  # the source is taken for news
    in_summary: list[bool] = field(default_factory=list)
    noted: list[bool] = field(default_factory=list)  # main noted it in the brief

    def add(self, x, y, group, verdict=False, news=False, in_summary=False, noted=False) -> None:
        for name, v in zip(
            ("x", "y", "groups", "verdict", "news", "in_summary", "noted"),
            (x, y, group, verdict, news, in_summary, noted),
            strict=True,
        ):
            getattr(self, name).append(v)


def dev_rows(data_dir: Path, words: int) -> Rows:
    """Every undisputed labelled dev sentence with main's brief around it."""
    override = cv_genre_probabilities(data_dir)
    lexicon = textblob_lexicon()
    briefer = Briefer(BriefConfig(words=words, analysis=False))
    out = Rows()
    for cid, lc in load_trust(data_dir, SENTENCES_FILE, PAIRS_FILE).items():
        if lc.split != "dev":
            continue
        brief = briefer(lc.cluster.articles)
        claims = {c.key: c for c in claims_of(brief, lc.sentences)}
        declared = {a.id for a in brief.sources if declares_opinion(a)}
        wire = {a.id for a in lc.cluster.articles if declares_wire_copy(a)}
        genres = {a.id: a.genre for a in brief.sources}
        scores = opinion_scores(lc.sentences)
        genre_p = opinion_probabilities(lc.sentences, scores, 0.5)
        genre_p.update({k: v for k, v in override.items() if k in genre_p})
        verdict = verdicts(lc.sentences, scores, genres, news_threshold=0.5, opinion_threshold=0.2)
        verdict = unnoted_voices(lc.sentences, verdict, wire, genres)
        by_article = defaultdict(list)
        for k, s in enumerate(lc.sentences):
            by_article[s.article_id].append(k)
        for aid, ks in by_article.items():
            sents = [lc.sentences[k] for k in ks]
            x = feature_rows(sents, genre_p[aid], aid in declared, aid in wire, lexicon=lexicon)
            for k, s, row in zip(ks, sents, x, strict=True):
                key = (s.article_id, s.index)
                label = lc.sentence_labels.get(key)
                if label is None or label == DISPUTED or key in lc.changed:
                    continue
                claim = claims.get(key)
                out.add(
                    row,
                    label == "opinion",
                    cid,
                    verdict[k],
                    genres.get(aid) != OPINION_PIECE,
                    claim is not None,
                    bool(claim and claim.attributed),
                )
    return out


def polnear_rows(data_dir: Path, out: Rows) -> None:
    """The PolNeAR train sentence labels (fit part), each article read as the brief reads a source."""
    from genre_polnear import read_articles, story_article
    from newsbrief.pipeline import clean_articles, story_sentences

    records = [r for r in _records(POLNEAR_LABELS) + _records(POLNEAR_LABELS_2) if r.get("part", "fit") == "fit"]
    assert not {r["id"] for r in records} & RESERVED_POLNEAR
    texts = read_articles(data_dir, {r["id"] for r in records})
    lexicon = textblob_lexicon()
    for aid in dict.fromkeys(r["id"] for r in records):
        article = story_article(texts[aid])
        cleaned, _ = clean_articles([article])
        sents = story_sentences(cleaned[0])
        genre_p = opinion_probabilities(sents, opinion_scores(sents), 0.5)[sents[0].article_id]
        x = feature_rows(sents, genre_p, declares_opinion(cleaned[0]), declares_wire_copy(article), lexicon=lexicon)
        mine = [r for r in records if r["id"] == aid]
        for r, k in zip(mine, locate(sents, mine), strict=True):
            if k is not None:
                out.add(x[k], r["label"] == "opinion", f"polnear:{aid}")


def counts(noted: np.ndarray, y: np.ndarray) -> tuple[int, int, int]:
    """(opinion shown as fact, wrong notes, notes)."""
    return int((y & ~noted).sum()), int((noted & ~y).sum()), int(noted.sum())


def gated(verdict: np.ndarray, news: np.ndarray, p: np.ndarray, cut: float) -> np.ndarray:
    """Main's verdicts, those of news reports' sentences only where ``p`` reaches ``cut``."""
    return verdict & (~news | (p >= cut))


def choose_cut(
    noted: np.ndarray, news: np.ndarray, p: np.ndarray, y: np.ndarray, cuts: Sequence[float] = CUTS
) -> float:
    """Of the cuts with no more opinion shown as fact than main's notes (``noted``), the fewest errors; ties: the
    lower cut. ``0.0`` (every note kept) where none qualifies."""
    main_missed = counts(noted, y)[0]
    best = (counts(noted, y)[0] + counts(noted, y)[1], 0.0)
    for cut in cuts:
        missed, wrong, _ = counts(gated(noted, news, p, cut), y)
        if missed <= main_missed and (missed + wrong, cut) < best:
            best = (missed + wrong, cut)
    return best[1]


def reading(data_dir: Path, cut: float) -> None:
    """Main's notes on the free stories that the decision at ``cut`` keeps and takes away, by their reading."""
    from judgement import READING_LABELS, _keyed_labels
    from reserved import BLIND_CLUSTERS, BLIND_TOPICS
    from view_reading import LABELS_FILE as VIEW_LABELS
    from view_reading import free_stories

    labels = {**_keyed_labels(READING_LABELS), **_keyed_labels(VIEW_LABELS)}
    tally: dict[tuple[str, str, str], int] = defaultdict(int)  # (kept|removed|added, opinion|fact|unread, corpus)
    for corpus, story, articles, words in free_stories(data_dir):
        if story in BLIND_CLUSTERS or story in BLIND_TOPICS:
            continue
        base = Briefer(BriefConfig(words=words, analysis=False))(articles)
        gate = Briefer(BriefConfig(words=words, analysis=False, news_note_gate=cut))(articles)
        assert [i.text for i in base.summary] == [i.text for i in gate.summary], story  # display only
        for b, g in zip(base.summary, gate.summary, strict=True):
            key = (b.source.article_id, b.source.start)
            what = {(True, True): "kept", (True, False): "taken away", (False, True): "added"}.get(
                (b.view_of is not None, g.view_of is not None)
            )
            if what:
                tally[(what, labels.get(key, "unread"), corpus)] += 1
    print(f"free stories, main's notes and the decision at {cut}\n")
    print("| notes | read opinion | read fact | unread |")
    print("|---|---|---|---|")
    for what in ("kept", "taken away", "added"):
        cells = [sum(v for (w, lab, _), v in tally.items() if w == what and lab == x) for x in ("opinion", "fact")]
        unread = sum(v for (w, lab, _), v in tally.items() if w == what and lab == "unread")
        print(f"| {what} | {cells[0]} | {cells[1]} | {unread} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--write", action="store_true", help="write src/newsbrief/data/news_notes.json")
    ap.add_argument("--reading", action="store_true", help="main's notes on the free stories, kept and taken away")
    ap.add_argument("--cut", type=float, default=0.6, help="the cut --reading counts")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.reading:
        reading(args.data, args.cut)
        return
    rows = dev_rows(args.data, args.words)
    n_dev = len(rows.y)
    polnear_rows(args.data, rows)
    x, y = np.array(rows.x), np.array(rows.y)
    print(f"rows: {n_dev} dev sentences ({int(y[:n_dev].sum())} opinion), {len(y) - n_dev} PolNeAR train")
    best = None
    for c in CS:
        p = cv_scores(x, y, rows.groups, c)
        ap_ = average_precision_score(y, p)
        print(f"C {c}: CV AP {ap_:.3f}, dev {average_precision_score(y[:n_dev], p[:n_dev]):.3f}")
        if best is None or ap_ > best[0]:
            best = (ap_, c, p)
    _, c, p = best
    p, y = p[:n_dev], y[:n_dev]
    verdict, news = np.array(rows.verdict[:n_dev]), np.array(rows.news[:n_dev])
    summ, noted = np.array(rows.in_summary[:n_dev]), np.array(rows.noted[:n_dev])
    cut = choose_cut(noted[summ], news[summ], p[summ], y[summ])
    print(f"\nC {c}; cut {cut}\n")
    print("| cut | dev summary: as fact / wrong notes / notes | errors | every dev sentence: as fact / wrong / notes |")
    print("|---|---|---|---|")
    for t in (0.0, *CUTS):
        a = counts(gated(noted[summ], news[summ], p[summ], t), y[summ])
        b = counts(gated(verdict, news, p, t), y)
        name = "main" if t == 0.0 else f"{t:.2f}"
        print(f"| {name} | {a[0]} / {a[1]} / {a[2]} | {a[0] + a[1]} | {b[0]} / {b[1]} / {b[2]} |")
    if args.write:
        model = model_of(c).fit(x, np.array(rows.y))
        scaler, lr = model[0], model[-1]
        write_weights(
            OUT,
            how=(
                "benchmarks/news_notes.py: logistic regression (class-balanced) on the development part of "
                "tests/data/trust_sentences.jsonl and the PolNeAR train sentence labels (fit part), opinion against "
                "every other label; C by grouped 5-fold CV average precision; threshold: of the cuts with no more "
                "opinion shown as fact on the dev summary sentences (CV) than main's notes, the fewest errors"
            ),
            features=list(FEATURES),
            mean=scaler.mean_,
            scale=scaler.scale_,
            coef=lr.coef_[0],
            intercept=lr.intercept_[0],
            threshold=cut,
            C=c,
        )


if __name__ == "__main__":
    main()
