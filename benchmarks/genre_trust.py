"""Choose the verdict thresholds by source genre on the trust labels' development part (issue 10).

With ``opinion="attribute"`` the summary's sentences do not depend on which are taken for verdicts (the
note changes what is shown, not what is chosen), so each labelled cluster is briefed once and the decision
is replayed for every setting: a summary sentence is shown as its writer's view when its writer's-verdict
probability reaches ``opinion_piece_threshold`` in a source taken for an opinion piece (P(opinion piece) >=
``genre_threshold``), or ``opinion_threshold`` in any other source. Per setting it prints, of the labelled
summary sentences, **opinion shown as fact** (labelled ``opinion``, not shown as a view) and **shown as the
writer's view** (and how many of those the labels call something else than opinion: a note on news).

``benchmarks/trust.py`` then measures the chosen defaults on the whole brief (its figures are the ones
reported); this script only searches, on ``--splits dev`` unless told otherwise.

Run: ``python benchmarks/genre_trust.py [--splits dev]``.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer, story_sentences
from newsbrief.summarize.genre import opinion_probabilities
from newsbrief.summarize.opinion import opinion_scores
from trust import claims_of  # siblings: scripts, not a package
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, load_trust

GENRE_THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9, 1.01)  # 1.01: no source is an opinion piece (genre off)
PIECE_THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5)
NEWS_THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def summary_rows(clusters, config: BriefConfig) -> list[tuple[str, float, float]]:
    """(label, verdict probability, P(opinion piece) of its source) of every labelled summary sentence."""
    rows = []
    for lc in clusters.values():
        brief = Briefer(config)(lc.cluster.articles)
        sentences = [s for a in brief.sources for s in story_sentences(a, splitter=config.splitter)]
        scores = opinion_scores(sentences)
        genre = opinion_probabilities(sentences, scores, config.opinion_threshold)
        verdict = {(s.article_id, s.start): p for s, p in zip(sentences, scores, strict=True)}
        for item, claim in zip(brief.summary, claims_of(brief, lc.sentences), strict=True):
            label = lc.sentence_labels.get(claim.key)
            if label is None or label == DISPUTED or claim.key in lc.changed:
                continue
            aid = item.source.article_id
            rows.append((label, verdict[(aid, item.source.start)], genre.get(aid, 0.0)))
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--splits", default="dev", help="dev (choosing) or heldout (measuring once)")
    ap.add_argument("--words", type=int, default=300)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    splits = {s.strip() for s in args.splits.split(",")}
    clusters = {c: lc for c, lc in load_trust(args.data, SENTENCES_FILE, PAIRS_FILE).items() if lc.split in splits}
    config = BriefConfig(words=args.words, analysis=False, opinion="attribute", genre=False)
    rows = summary_rows(clusters, config)
    n = len(rows)
    n_op = sum(1 for label, _, _ in rows if label == "opinion")
    print(f"{len(clusters)} clusters ({args.splits}), {n} labelled summary sentences, {n_op} labelled opinion\n")
    print(
        "| genre threshold | piece threshold | news threshold | opinion shown as fact | shown as view "
        "| of them not opinion |"
    )
    print("|---|---|---|---|---|---|")
    for g, t_piece, t_news in itertools.product(GENRE_THRESHOLDS, PIECE_THRESHOLDS, NEWS_THRESHOLDS):
        if g > 1 and t_piece != PIECE_THRESHOLDS[0]:
            continue  # genre off: the piece threshold plays no part
        shown = [(label, p >= (t_piece if pg >= g else t_news)) for label, p, pg in rows]
        as_fact = sum(1 for label, v in shown if label == "opinion" and not v)
        views = sum(1 for _, v in shown if v)
        not_op = sum(1 for label, v in shown if v and label != "opinion")
        g_txt = "off" if g > 1 else f"{g:.2f}"
        p_txt = "–" if g > 1 else f"{t_piece:.2f}"
        print(f"| {g_txt} | {p_txt} | {t_news:.2f} | {as_fact}/{n} | {views} | {not_op} |")


if __name__ == "__main__":
    main()
