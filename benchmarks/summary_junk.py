"""Summary sentences of briefs of titled news, for counting junk by kind (issue 10).

Two sets, both free for development reading (no PolNeAR dev article is opened):

* ``polnear``: PolNeAR **train** grouped by date and topic: seeds drawn in a seeded order, each joined by up to
  four other train articles published within 3 days of it whose tf-idf cosine to it is >= 0.18; groups of 3-5,
  disjoint, the first ``--groups`` of them;
* ``duc``: DUC 2004 task 5 topics (their titled, dated articles), the first ``--groups`` topics in sorted order,
  the reserved ones left out.

Each brief is made with the default settings and ``--words`` words; every summary sentence is printed with its
group, its source article and a cheap mark of what it may be (``title``: a run of the source's title words;
``tweet``: tweet markup or a tweet's signature), one per line as JSON, for reading by hand.

    python benchmarks/summary_junk.py --set polnear|duc [--groups 15] [--words 250] [--data /work/shared/data]
        [--seeds ID,ID,...]   (polnear: the groups around these train articles, e.g. the live blogs)
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from newsbrief.model import Article
from newsbrief.pipeline import brief
from reserved import BLIND_TOPICS, RESERVED_POLNEAR
from title_lines import inside_title  # siblings: scripts, not a package
from trust_items import DEFAULT_DATA_DIR

POLNEAR_TRAIN = Path("polnear") / "polnear_articles_train.jsonl"
DUC_TASK5 = Path("duc2004") / "task5_dated.jsonl"
SEED = 14
WINDOW_DAYS = 3
MIN_COSINE = 0.18
_TWEET = re.compile(r"<tweet\b|</tweet>|pic\.twitter\.com|\(@\w+\)\s+\w+\s+\d")


def _day(published: str) -> date:
    return date.fromisoformat(published[:10])


def polnear_groups(data: Path, n: int, seeds: Sequence[str] = ()) -> list[list[dict]]:
    """Disjoint groups of 3-5 train articles on one topic within a few days (see the module's docstring); with
    ``seeds`` (train article ids), the groups around those articles, in that order."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    rows = [json.loads(line) for line in (data / POLNEAR_TRAIN).read_text().splitlines()]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(r["text"] for r in rows)
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    if seeds:
        where = {r["id"]: k for k, r in enumerate(rows)}
        order = [where[i] for i in seeds]
    used: set[int] = set()
    groups = []
    for seed in order:
        if seed in used:
            continue
        near = [
            k
            for k in range(len(rows))
            if k != seed
            and k not in used
            and abs((_day(rows[k]["published"]) - _day(rows[seed]["published"])).days) <= WINDOW_DAYS
        ]
        sims = (matrix[near] @ matrix[seed].T).toarray().ravel() if near else []
        best = [k for s, k in sorted(zip(sims, near, strict=True), reverse=True) if s >= MIN_COSINE][:4]
        if any(rows[k]["id"] in RESERVED_POLNEAR for k in (seed, *best)):
            used.update([seed, *best])  # the lead's blind reading (benchmarks/reserved.py): never grouped for reading
        elif len(best) >= 2:
            groups.append([rows[seed]] + [rows[k] for k in best])
            used.update([seed, *best])
        if len(groups) == n:
            break
    return groups


def duc_groups(data: Path, n: int) -> list[list[dict]]:
    """The articles of the first ``n`` DUC 2004 task 5 topics, the reserved (:data:`reserved.BLIND_TOPICS`) left out
    (the first 21 hold none of them; ``--groups`` above 21 reached them)."""
    by_topic: dict[str, list[dict]] = {}
    for line in (data / DUC_TASK5).read_text().splitlines():
        row = json.loads(line)
        by_topic.setdefault(row["topic"], []).append(row)
    return [by_topic[t] for t in sorted(set(by_topic) - BLIND_TOPICS)[:n]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("polnear", "duc"), required=True)
    parser.add_argument("--groups", type=int, default=15)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--seeds", default="", help="polnear: comma-separated train article ids to seed the groups")
    args = parser.parse_args()
    if args.set == "polnear":
        groups = polnear_groups(args.data, args.groups, [i for i in args.seeds.split(",") if i])
    else:
        groups = duc_groups(args.data, args.groups)
    for g, rows in enumerate(groups):
        articles = [
            Article(id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"), published=r["published"])
            for r in rows
        ]
        result = brief(articles, words=args.words)
        titles = {a.id: a.title for a in articles}
        for s in result.summary:
            in_title = inside_title(s.text, titles[s.source.article_id] or "")
            mark = "tweet" if _TWEET.search(s.text) else "title" if in_title else ""
            print(json.dumps({"group": g, "source": s.source.article_id, "mark": mark, "text": s.text}))


if __name__ == "__main__":
    main()
