"""Choose the verdict thresholds by cross-validated cost: a wrong note costs as much as a missed opinion (issue 10).

A summary sentence taken for its writer's verdict is shown "(in the view of X's writer)". Two errors are
possible and, for a reader, equally wrong: an opinion shown as fact (labelled ``opinion``, no note), and a
reported fact shown as only the writer's view (a note on a sentence labelled anything else). The cost of a
setting is ``missed + FALSE_NOTE_COST x wrong notes`` (``FALSE_NOTE_COST`` = 1, as ``genre.FALSE_MARK_COST``).

The verdict probabilities are **cross-validated**: the writer's-verdict model is refitted on the development
trust labels in the cluster-grouped 5-fold split of ``benchmarks/opinion.py``, and each sentence is scored by the
fold that did not see its cluster (the shipped model was fitted on all of them, so its own scores are in-sample
there). A sentence's source is an opinion piece when the brief's genre decision says so (``Article.genre``: the
shipped genre model at ``BriefConfig.genre_threshold``, or a source that declares itself one; the genre model was
fitted on genre labels of these same clusters, so that part is in-sample). The thresholds:

- ``news``: the verdict probability at which a sentence of a news report is taken for a verdict (1.01: never);
- ``piece``: the same for a sentence of a source taken for an opinion piece.

The setting is chosen on the labelled summary sentences of the development briefs (the sentences the note is
shown on; the briefs' sentences do not depend on the thresholds); the same costs over every labelled development
sentence are printed as a check. Of equal costs the one with fewer notes wins.

Run: ``python benchmarks/view_cost.py [--data DIR]`` (development part only).
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from sklearn.model_selection import GroupKFold, cross_val_predict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from newsbrief.summarize.opinion import OPINION_PIECE
from opinion import model_of, rows, textblob_lexicon  # siblings: scripts, not a package
from trust import claims_of
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, load_trust

#: The cost of a note on a sentence that is not the writer's opinion, an opinion shown as fact costing 1.
FALSE_NOTE_COST = 1.0
NEWS_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: no sentence of a news report is noted
PIECE_THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01)

#: (verdict probability, the source is taken for an opinion piece, labelled opinion)
Row = tuple[float, bool, bool]


def cost(rows_: Iterable[Row], news: float, piece: float) -> tuple[int, int, int]:
    """(opinion shown as fact, wrong notes, notes) at one setting."""
    missed = wrong = notes = 0
    for p, in_piece, is_opinion in rows_:
        noted = p >= (piece if in_piece else news)
        notes += noted
        missed += is_opinion and not noted
        wrong += noted and not is_opinion
    return missed, wrong, notes


def choose(rows_: Sequence[Row], news=NEWS_THRESHOLDS, piece=PIECE_THRESHOLDS) -> tuple[float, float]:
    """The (news, piece) thresholds of least cost; of equal costs the fewest notes, then the highest thresholds."""

    def key(setting: tuple[float, float]):
        missed, wrong, notes = cost(rows_, *setting)
        return (missed + FALSE_NOTE_COST * wrong, notes, -setting[0], -setting[1])

    return min(itertools.product(news, piece), key=key)


def cv_probabilities(clusters) -> dict[tuple[str, str, int], float]:
    """(cluster, article, sentence index) -> cross-validated verdict probability, for labelled dev sentences."""
    x, y, groups, keys = rows(clusters, textblob_lexicon(), "dev")
    p = cross_val_predict(model_of(), x, y, groups=groups, cv=GroupKFold(5), method="predict_proba")[:, 1]
    return dict(zip(keys, (float(v) for v in p), strict=True))


def brief_rows(clusters, config: BriefConfig, probs) -> tuple[list[Row], list[Row]]:
    """Rows of the labelled summary sentences of each brief, and of every labelled sentence of its sources."""
    summary, every = [], []
    for cid, lc in clusters.items():
        brief = Briefer(config)(lc.cluster.articles)
        pieces = {a.id for a in brief.sources if a.genre == OPINION_PIECE}
        chosen = {c.key for c in claims_of(brief, lc.sentences)}
        for (aid, index), label in lc.sentence_labels.items():
            key = (cid, aid, index)
            if label == DISPUTED or (aid, index) in lc.changed or key not in probs:
                continue
            row = (probs[key], aid in pieces, label == "opinion")
            every.append(row)
            if (aid, index) in chosen:
                summary.append(row)
    return summary, every


def _table(rows_: Sequence[Row], title: str) -> None:
    n, n_op = len(rows_), sum(r[2] for r in rows_)
    print(f"\n{title}: {n} sentences, {n_op} labelled opinion, {sum(r[1] for r in rows_)} in opinion pieces\n")
    print("| news threshold | piece threshold | opinion shown as fact | wrong notes | notes | cost |")
    print("|---|---|---|---|---|---|")
    for news, piece in itertools.product(NEWS_THRESHOLDS, PIECE_THRESHOLDS):
        missed, wrong, notes = cost(rows_, news, piece)
        print(f"| {news:.2f} | {piece:.2f} | {missed} | {wrong} | {notes} | {missed + FALSE_NOTE_COST * wrong:g} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--words", type=int, default=300)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    clusters = {c: lc for c, lc in load_trust(args.data, SENTENCES_FILE, PAIRS_FILE).items() if lc.split == "dev"}
    probs = cv_probabilities(clusters)
    summary, every = brief_rows(clusters, BriefConfig(words=args.words, analysis=False, opinion="attribute"), probs)
    _table(summary, "Labelled summary sentences of the development briefs (chooses)")
    _table(every, "Every labelled development sentence (check)")
    news, piece = choose(summary)
    print(
        f"\nchosen (least cost on the summary sentences, wrong note = {FALSE_NOTE_COST:g}): news {news}, piece {piece}"
    )
    print(f"the same rule on every labelled sentence: news {choose(every)[0]}, piece {choose(every)[1]}")


if __name__ == "__main__":
    main()
