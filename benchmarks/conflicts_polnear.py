"""List the conflicts the stage finds in stories made of PolNeAR **train** articles: free data, for reading.

The labelled conflicts sets hold few false conflicts left on their development part (one in session 16), and the
free Multi-News and DUC clusters list few conflicts at all; PolNeAR's 840 train articles (2015-16 US politics from
seven outlets, each with its day) hold many reports of one event by several outlets. Stories are made blind: two
articles of different outlets published at most ``--days`` apart whose TF-IDF cosine is at least ``--min-cosine``
are one story, edges taken strongest first and never letting a story grow past ``--max-size`` articles. Each
story is split by the sha1 of its first id into a half to read ("a") and a half to check on ("b"), so a rule
written on half a is shown on stories it was not written on.

The articles the lead keeps for blind readings (``reserved.RESERVED_POLNEAR``) are never read.
PolNeAR's test split is not used. The output prints article text: it is for a reader, not for the repository.

Run: ``python benchmarks/conflicts_polnear.py --half a|b|all [--count]`` (``--count`` prints only each story's
number of conflicts by kind).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import stage  # a sibling script, not a package
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.config import BriefConfig
from newsbrief.model import Article
from reserved import RESERVED_POLNEAR
from trust_items import DEFAULT_DATA_DIR, StoryCluster

TRAIN = "polnear/polnear_articles_train.jsonl"


def articles(data_dir: Path) -> list[dict]:
    """The train articles but the reserved ones, in file order."""
    rows = (json.loads(line) for line in (data_dir / TRAIN).read_text(encoding="utf-8").splitlines() if line.strip())
    return [r for r in rows if r["id"] not in RESERVED_POLNEAR and r.get("published")]


def stories(rows: Sequence[dict], *, days: int, min_cosine: float, max_size: int) -> list[list[dict]]:
    """Stories of 2+ articles of 2+ outlets (the module docstring), each in file order, in order of first id."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True).fit_transform(r["text"] for r in rows)
    sims = (matrix @ matrix.T).tocoo()
    when = [date.fromisoformat(r["published"][:10]) for r in rows]
    edges = sorted(
        ((float(s), int(i), int(j)) for i, j, s in zip(sims.row, sims.col, sims.data, strict=True)
         if i < j and s >= min_cosine and rows[i]["outlet"] != rows[j]["outlet"]
         and abs((when[i] - when[j]).days) <= days),
        reverse=True,
    )  # fmt: skip
    root = list(range(len(rows)))
    size = [1] * len(rows)

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for _, i, j in edges:
        a, b = find(i), find(j)
        if a != b and size[a] + size[b] <= max_size:
            root[b] = a
            size[a] += size[b]
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    return [[rows[i] for i in g] for g in groups.values() if len(g) > 1]


def half(story: Sequence[dict]) -> str:
    """Half "a" (read) or "b" (checked on), fixed by the story's first id."""
    return "a" if int(hashlib.sha1(story[0]["id"].encode()).hexdigest(), 16) % 2 == 0 else "b"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--half", choices=("a", "b", "all"), default="a")
    parser.add_argument("--days", type=int, default=2)
    parser.add_argument("--min-cosine", type=float, default=0.2)
    parser.add_argument("--max-size", type=int, default=6)
    parser.add_argument("--count", action="store_true", help="counts by kind only, no article text")
    args = parser.parse_args(argv)
    if not (args.data / TRAIN).exists():
        raise SystemExit(f"{args.data / TRAIN}: missing (the shared data set)")
    config = BriefConfig()
    found_stories = stories(articles(args.data), days=args.days, min_cosine=args.min_cosine, max_size=args.max_size)
    kinds: Counter[str] = Counter()
    read = 0
    for story in found_stories:
        if args.half != "all" and half(story) != args.half:
            continue
        read += 1
        sid = story[0]["id"]
        docs = tuple(
            Article(id=f"{sid}#{n}", text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                    published=r["published"][:10])
            for n, r in enumerate(story)
        )  # fmt: skip
        sentences, same, _, texts = stage(StoryCluster(sid, TRAIN, (), docs))
        listed = find_conflicts(
            sentences, same, threshold=config.conflict_threshold, texts=texts, decision=config.conflict_decision,
            slots=config.conflict_slots, published={a.id: a.published for a in docs},
        )  # fmt: skip
        for c in listed:
            kinds[c.kind] += 1
            if args.count:
                continue
            print(f"{sid} ({len(docs)} reports, {half(story)}): {c.description}")
            for side in c.sides:
                outlets = ", ".join(sorted({str(a.outlet) for a in docs if a.id in side.article_ids}))
                print(f"    {side.value!r} in {len(side.article_ids)} ({outlets}): {side.sentences[0].text[:200]}")
    print(f"{read} stories, {sum(kinds.values())} conflicts listed: {dict(kinds)}", file=sys.stderr)


if __name__ == "__main__":
    main()
