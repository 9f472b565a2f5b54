"""Which briefs the news-first rule changes, and their first two sentences before and after, for reading.

Briefs every Multi-News val_raw cluster and every DUC 2004 task 5 topic (its articles as one story; both are
free for development reading) with ``BriefConfig.news_first`` off and on (300 words, analysis off: the rule
moves sentences only, so the summary's sentences are the same), and writes, for each brief whose first two
sentences differ, both openings with each sentence's scene probability (:mod:`newsbrief.summarize.lede`) as
JSON lines to ``--out`` (outside the repository: it holds text). Prints the counts.

Run: ``python benchmarks/lede_changes.py --out /tmp/lede_changes.jsonl`` (``--polnear 40``: groups of PolNeAR train
articles on one story instead, as ``summary_junk.py`` draws them, the reserved blind reading left out;
``--rule peg_central``: the central-lead rule of ``BriefConfig.peg_central`` off and on instead, the other rule as
configured by default; ``--rule peg_upcoming``: likewise the rule that a preview does not open a story of
several days; ``--duc-only``: DUC task 5 topics alone, without val_raw). The blind readings' clusters and topics
and session 11's topics (:mod:`reserved`) are never briefed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lede_items import stories
from newsbrief import BriefConfig, Briefer
from newsbrief.model import Article
from newsbrief.summarize.lede import scene_probability
from reserved import BLIND_CLUSTERS, BLIND_TOPICS, SESSION11_TOPICS
from trust_items import DEFAULT_DATA_DIR

#: Never briefed here: the blind readings' clusters and topics, and session 11's topics (the fresh rounds skip them).
SKIPPED = BLIND_CLUSTERS | BLIND_TOPICS | SESSION11_TOPICS


def polnear_stories(data: Path, n: int) -> list[tuple[str, list[Article]]]:
    """``n`` groups of 3-5 PolNeAR train articles on one story within a few days, none of the reserved ones."""
    from summary_junk import polnear_groups

    return [
        (
            f"polnear-{k}",
            [
                Article(
                    id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"), published=r["published"]
                )
                for r in rows
            ],
        )
        for k, rows in enumerate(polnear_groups(data, n))
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--polnear",
        type=int,
        default=0,
        help="instead: this many groups of PolNeAR train articles on one story (summary_junk.polnear_groups, "
        "the reserved blind reading left out)",
    )
    ap.add_argument(
        "--rule", choices=("news_first", "peg_central", "peg_upcoming"), default="news_first", help="the rule off/on"
    )
    ap.add_argument("--duc-only", action="store_true", help="DUC task 5 topics only (not val_raw)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    before = Briefer(BriefConfig(words=args.words, analysis=False, **{args.rule: False}))
    after = Briefer(BriefConfig(words=args.words, analysis=False, **{args.rule: True}))
    n = changed = 0
    if args.polnear:
        drawn = polnear_stories(args.data, args.polnear)
    else:
        drawn = (
            s
            for s in stories(args.data)
            if (not args.duc_only or not s[0].startswith("multinews")) and s[0] not in SKIPPED
        )
    with args.out.open("w", encoding="utf-8") as out:
        for story_id, articles in drawn:
            n += 1
            a = [s.text for s in before(articles).summary[:2]]
            b = [s.text for s in after(articles).summary[:2]]
            if a != b:
                changed += 1
                row = {
                    "story": story_id,
                    "days": sorted({(a.published or "")[:10] for a in articles}),
                    "before": [(t, round(scene_probability(t), 2)) for t in a],
                    "after": [(t, round(scene_probability(t), 2)) for t in b],
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{changed} of {n} briefs open differently (first two sentences); written to {args.out}")


if __name__ == "__main__":
    main()
