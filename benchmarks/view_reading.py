"""The "in the view of X's writer" notes of briefs of unlabelled stories, for reading (issue 10).

Briefs every free story outside the labels with the shipped settings (analysis off): the Multi-News ``val_raw``
clusters that hold neither trust labels nor genre labels (300 words), and the DUC 2004 task 5 topics outside the
lead's reserved ones (250 words). Every summary sentence shown with whose view it is becomes one line of
``--out`` (JSON): corpus, cluster, source id, offsets, whether its source is taken for an opinion piece, its
writer's-verdict probability, and the text, for reading only (the file stays out of the repository; what is kept
is ``tests/data/view_labels.jsonl``: ids, offsets and labels).

A sample of ``--sample`` lines (seeded) is then read as ``opinion`` (the writer's own judgement, prediction or
characterisation) or ``fact`` (a reported fact, a description, someone else's words), twice, and
``--score`` prints (from ``tests/data/view_labels.jsonl`` unless told otherwise), per unit (news report /
opinion piece) and per verdict threshold, how many of the noted sentences are right: with every sentence a note
was shown on at the shipped thresholds labelled, the notes a higher threshold would drop are known to be right or
wrong, so the cost differences between settings are measured on stories no model saw.

Run: ``python benchmarks/view_reading.py --out /tmp/notes.jsonl [--sample 120]``, then ``--notes /tmp/notes.jsonl
--score [LABELS]``; ``--agreement`` prints the agreement of the two readings.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre_cost import task5_articles  # siblings: scripts, not a package
from genre_labels import LABELS_FILE as GENRE_LABELS_FILE
from genre_labels import load_genre_labels
from newsbrief.config import BriefConfig
from newsbrief.ingest import read_clusters
from newsbrief.model import Article
from newsbrief.pipeline import Briefer, story_sentences
from newsbrief.summarize.opinion import OPINION_PIECE, opinion_scores
from reserved import BLIND_CLUSTERS
from trust_items import DEFAULT_DATA_DIR, MULTINEWS_FILE
from trust_labels import PAIRS_FILE, SENTENCES_FILE, load_trust
from view_cost import NEWS_THRESHOLDS, PIECE_THRESHOLDS

LABELS = ("opinion", "fact")
LABELS_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "view_labels.jsonl"


def free_stories(data_dir: Path) -> list[tuple[str, str, list[Article], int]]:
    """(corpus, story id, articles, words) of every story outside the trust and genre labels and the reserved topics
    and clusters (review31: the reserved val_raw clusters were drawn here until session 16; notes17 found them)."""
    labelled = set(load_trust(data_dir, SENTENCES_FILE, PAIRS_FILE)) | {
        r["cluster"] for r in load_genre_labels(data_dir, GENRE_LABELS_FILE)
    }
    labelled |= set(BLIND_CLUSTERS)
    out = [("val_raw", c.id, c.articles, 300) for c in read_clusters(data_dir / MULTINEWS_FILE) if c.id not in labelled]
    topics: dict[str, list[Article]] = {}
    for topic, art, _, _ in task5_articles(data_dir):
        topics.setdefault(topic, []).append(art)
    return out + [("task5", t, arts, 250) for t, arts in sorted(topics.items())]


def noted(data_dir: Path) -> list[dict]:
    """One record per summary sentence shown with whose view it is, over the free stories."""
    records = []
    for corpus, story, articles, words in free_stories(data_dir):
        config = BriefConfig(words=words, analysis=False, opinion="attribute")  # the notes, shown
        brief = Briefer(config)(articles)
        sentences = [s for a in brief.sources for s in story_sentences(a, splitter=config.splitter)]
        p = {(s.article_id, s.start): v for s, v in zip(sentences, opinion_scores(sentences), strict=True)}
        pieces = {a.id for a in brief.sources if a.genre == OPINION_PIECE}
        for item in brief.summary:
            if item.view_of is None:
                continue
            span = item.source
            records.append(
                {
                    "corpus": corpus,
                    "story": story,
                    "article": span.article_id,
                    "start": span.start,
                    "end": span.end,
                    "piece": span.article_id in pieces,
                    "p": round(p[(span.article_id, span.start)], 4),
                    "text": " ".join(item.text.split()),
                }
            )
    return records


def score(records: list[dict], labels: dict[tuple[str, int], str]) -> None:
    """Right notes per unit and the cost differences of higher thresholds, over the labelled noted sentences."""
    rows = [(r, labels[(r["article"], r["start"])]) for r in records if (r["article"], r["start"]) in labels]
    by = Counter((("piece" if r["piece"] else "news"), lab) for r, lab in rows)
    print(f"{len(rows)} noted sentences read: {dict(sorted(by.items()))}\n")
    print(
        "| news threshold | piece threshold | notes kept | of them opinion (right) | opinion losing its note "
        "| cost change |"
    )
    print("|---|---|---|---|---|---|")
    for news in NEWS_THRESHOLDS:
        for piece in PIECE_THRESHOLDS:
            kept = [lab for r, lab in rows if r["p"] >= (piece if r["piece"] else news)]
            lost = sum(1 for r, lab in rows if lab == "opinion" and r["p"] < (piece if r["piece"] else news))
            wrong_before = sum(1 for _, lab in rows if lab != "opinion")
            wrong = sum(1 for lab in kept if lab != "opinion")
            print(
                f"| {news:.2f} | {piece:.2f} | {len(kept)} | {len(kept) - wrong} | {lost} "
                f"| {lost + wrong - wrong_before:+d} |"
            )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, help="write the noted sentences here (JSON lines)")
    ap.add_argument("--sample", type=int, default=0, help="also write a seeded sample of this many to OUT.sample")
    ap.add_argument("--notes", type=Path, help="the noted sentences written by --out (for --score)")
    ap.add_argument(
        "--score", type=Path, nargs="?", const=LABELS_FILE, help="labels (JSON lines: article, start, label)"
    )
    ap.add_argument("--agreement", action="store_true", help="agreement of the two readings in the labels file")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.out:
        records = noted(args.data)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        print(f"{len(records)} noted sentences, {sum(r['piece'] for r in records)} in opinion pieces -> {args.out}")
        if args.sample:
            sample = random.Random(13).sample(records, min(args.sample, len(records)))
            path = args.out.with_suffix(".sample.jsonl")
            path.write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")
            print(f"sample of {len(sample)} -> {path}")
    if args.score:
        records = [json.loads(x) for x in (args.notes or args.out).read_text(encoding="utf-8").splitlines()]
        labels = {}
        for line in args.score.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["label"] in LABELS:
                labels[(rec["article"], rec["start"])] = rec["label"]
        score(records, labels)
    if args.agreement:
        agreement([json.loads(x) for x in LABELS_FILE.read_text(encoding="utf-8").splitlines()])


def agreement(records: list[dict]) -> None:
    """Raw agreement and Cohen's kappa of readings A and B where both read a sentence."""
    pairs = [(r["labels"]["A"], r["labels"]["B"]) for r in records if "B" in r["labels"]]
    n = len(pairs)
    if not n:
        return
    observed = sum(a == b for a, b in pairs) / n
    chance = sum((sum(a == k for a, _ in pairs) / n) * (sum(b == k for _, b in pairs) / n) for k in LABELS)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    print(f"two readings of {n} sentences: agreement {observed:.3f}, Cohen's kappa {kappa:.3f}")


if __name__ == "__main__":
    main()
