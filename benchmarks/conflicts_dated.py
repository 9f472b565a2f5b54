"""List the conflicts the stage finds on the DUC 2004 task 5 topics: dated newswire, for development reading.

The labelled conflicts sets (``benchmarks/conflicts.py``) are Multi-News and DUC task 2 clusters, whose reports
carry no day; task 5 (``duc2004/task5_dated.jsonl``: AP, NYT and Xinhua over about a year, one person each) has
the ``published`` date of each report, so what depends on the day (an age is true of the day it was written:
``compare/age_dates.py``) can only be read there. The topics are unlabelled: the output is for a reader, and
prints article text. The topics reserved for the lead's blind reading (``reserved.BLIND_TOPICS``) are always left out,
round 6's held-out topics unless ``--with-heldout`` (:func:`heldout_topics`); ``--skip`` leaves out more.

Run: ``python benchmarks/conflicts_dated.py [--topics d133c ...] [--no-days]`` (``--no-days`` withholds the
published dates, to see what they change).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import stage  # a sibling script, not a package
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.config import BriefConfig
from newsbrief.model import Article
from reserved import BLIND_TOPICS
from trust_items import DEFAULT_DATA_DIR, StoryCluster

TASK5_FILE = "duc2004/task5_dated.jsonl"
#: The labelled round of task 5 topics (round 6): its held-out topics are not printed unless asked.
ROUND6 = Path(__file__).resolve().parents[1] / "tests" / "data" / "conflicts6_gold.jsonl"


def heldout_topics(gold: Path = ROUND6) -> frozenset[str]:
    """The task 5 topics round 6 holds out: a development reading that prints them reads held-out text
    (session 12 drew a rule from one, d147d, before noticing; its effect is reported apart)."""
    if not gold.exists():
        return frozenset()
    rows = (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    return frozenset(r["cluster"] for r in rows if r["part"] == "heldout")


def topics(path: Path, skip: Sequence[str]) -> dict[str, tuple[Article, ...]]:
    """The reports of each topic but those skipped and the reserved ones (whatever ``skip`` says: "--skip" with
    no topic must not open them), ids ``topic#n`` as the conflicts scorer numbers documents."""
    rows: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["topic"] not in skip and row["topic"] not in BLIND_TOPICS:
                rows[row["topic"]].append(row)
    return {
        topic: tuple(
            Article(id=f"{topic}#{n}", text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                    published=(r.get("published") or "")[:10] or None)
            for n, r in enumerate(found)
        )
        for topic, found in sorted(rows.items())
    }  # fmt: skip


def topic_cluster(data_dir: Path, topic: str) -> StoryCluster:
    """One topic as a cluster the conflicts scorer and the item builders read (its raw documents: the texts)."""
    if topic in BLIND_TOPICS:
        raise SystemExit(f"{topic}: reserved for the lead's blind reading")
    articles = topics(data_dir / TASK5_FILE, ()).get(topic)
    if not articles:
        raise SystemExit(f"{data_dir / TASK5_FILE}: no topic {topic!r}")
    return StoryCluster(topic, TASK5_FILE, tuple(a.text for a in articles), articles)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--topics", nargs="*", help="only these topics")
    parser.add_argument("--skip", nargs="*", default=[], help="topics left out beside the reserved ones")
    parser.add_argument("--no-days", action="store_true", help="withhold the reports' published dates")
    parser.add_argument("--with-heldout", action="store_true", help="also round 6's held-out topics")
    args = parser.parse_args(argv)
    skip = [*args.skip, *([] if args.with_heldout else sorted(heldout_topics()))]
    path = args.data / TASK5_FILE
    if not path.exists():
        raise SystemExit(f"{path}: missing (the shared data set)")
    config = BriefConfig()
    listed = 0
    for topic, articles in topics(path, skip).items():
        if args.topics and topic not in args.topics:
            continue
        sentences, same, _, texts = stage(StoryCluster(topic, TASK5_FILE, (), articles))
        published = {} if args.no_days else {a.id: a.published for a in articles}
        found = find_conflicts(
            sentences, same, threshold=config.conflict_threshold, texts=texts, decision=config.conflict_decision,
            slots=config.conflict_slots, published=published,
        )  # fmt: skip
        for c in found:
            listed += 1
            print(f"{topic} ({len(articles)} reports): {c.description}")
            for side in c.sides:
                days = ", ".join(sorted({str(a.published) for a in articles if a.id in side.article_ids}))
                print(f"    {side.value!r} in {len(side.article_ids)} ({days}): {side.sentences[0].text[:160]}")
    print(f"{listed} conflicts listed", file=sys.stderr)


if __name__ == "__main__":
    main()
