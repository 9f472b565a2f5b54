"""How well ``newsbrief follow`` groups a stream served as feeds (issue 13, item 2 measures).

Every article is served as a page by the tests' local web site (tests/web_server.py, a real HTTP server on
127.0.0.1) and listed in RSS feeds; ``run_follow`` reads the feeds, fetches and extracts every page, and
groups them through the corpus-mode story stream, exactly as on the command line (briefs left out: only the
grouping is measured). The predicted stories come from the follow store; B-cubed P/R/F1 and ARI are computed
by ``newsbrief.stories.metrics`` (the code of benchmarks/stories.py).

Stream A (undated, untitled): the 500 newswire articles of the 50 TDT event clusters of
``duc2004/task2.jsonl`` mixed into the 690 articles of the 250 Multi-News validation clusters of
``multinews/val_raw.jsonl``, shuffled (fixed seed), in 10 feeds. Rows: one follow run; the same stream in
5 runs (the feeds gain a fifth each run: the incremental path); and the corpus-mode stream on the same texts
without the web (``StoryStream`` on the raw texts): what fetching and extraction change.

Stream B (dated, titled): the 503 wire articles of ``duc2004/task5_dated.jsonl`` (50 sets, one person each;
the true story of an article is its set), in wire-time order, with the feed items carrying the wire headline,
the wire date, both or neither (the pages carry no metadata, so the feed is the only source of either); then
with a one-year window instead of the default week (a set spans a median 634 days: it is a person followed
over years, not one event).

    python benchmarks/follow.py            # both streams (about 4 minutes on 2 cores)
    python benchmarks/follow.py --only B   # one stream
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from newsbrief.config import BriefConfig  # noqa: E402
from newsbrief.follow.run import FollowConfig, run_follow  # noqa: E402
from newsbrief.follow.store import STORE_NAME, FollowStore  # noqa: E402
from newsbrief.model import Article  # noqa: E402
from newsbrief.stories import ClusterConfig, StoryConfig, StoryStream, score_clustering  # noqa: E402
from newsbrief.web import FetchPolicy  # noqa: E402
from web_server import LocalSite  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
TASK2 = DATA / "duc2004" / "task2.jsonl"
RAW = DATA / "multinews" / "val_raw.jsonl"
TASK5 = DATA / "duc2004" / "task5_dated.jsonl"


def page(text: str) -> str:
    """An article page with no metadata at all (no title, no date): paragraphs in an <article>."""
    paragraphs = [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    head = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head>'
    return f"{head}<body><article>{body}</article></body></html>"


def rss(name: str, items: list[tuple[str, str | None, str | None]]) -> str:
    """RSS 2.0 of (link, title or None, RFC 822 date or None)."""
    rows = []
    for link, title, date in items:
        parts = [f"<link>{html.escape(link)}</link>", f"<guid>{html.escape(link)}</guid>"]
        parts.append(f"<title>{html.escape(title)}</title>" if title else "<description>an item</description>")
        if date:
            parts.append(f"<pubDate>{date}</pubDate>")
        rows.append("<item>" + "".join(parts) + "</item>")
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>http://bench.invalid/</link><description>d</description>{''.join(rows)}</channel></rss>"
    )


def rfc822(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(iso).replace(tzinfo=__import__("datetime").UTC), usegmt=True)


def stream_a(seed: int) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """(id, text) of the mixed undated stream, shuffled, and the true partition."""
    docs: list[tuple[str, str]] = []
    truth: list[list[str]] = []
    for path, prefix in ((TASK2, "duc"), (RAW, "mn")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                cluster = json.loads(line)
                ids = [f"{prefix}-{cluster['id']}-{i}" for i in range(len(cluster["documents"]))]
                docs.extend(zip(ids, cluster["documents"], strict=True))
                truth.append(ids)
    random.Random(seed).shuffle(docs)
    return docs, truth


def follow_grouping(
    site: LocalSite,
    items: list[tuple[str, str, str | None, str | None]],
    runs: int,
    feeds: int,
    tag: str,
    window_days: float | None = None,
) -> tuple[list[list[str]], float, int]:
    """Serve ``items`` (id, text, title, date) as pages in ``feeds`` RSS feeds; follow them in ``runs`` runs.

    Returns the predicted partition of the ids (articles in no story or not fetched as singletons), the
    seconds of the follow runs, and how many pages failed.
    """
    for doc_id, text, _, _ in items:
        site.add_page(f"/{tag}/{doc_id}.html", page(text))
    url_to_id = {site.url(f"/{tag}/{doc_id}.html"): doc_id for doc_id, _, _, _ in items}
    cluster = ClusterConfig() if window_days is None else ClusterConfig(window_days=window_days)
    config = FollowConfig(
        stories=StoryConfig(cluster=cluster),
        brief=BriefConfig(analysis=False),
        fetch=FetchPolicy(per_host=8, concurrency=8, respect_robots=False),
        briefs=False,
    )
    feed_urls = [site.url(f"/{tag}/feed{f}.xml") for f in range(feeds)]
    seconds = 0.0
    with tempfile.TemporaryDirectory() as out:
        for r in range(1, runs + 1):
            shown = items[: len(items) * r // runs]
            for f in range(feeds):
                listed = [(site.url(f"/{tag}/{d}.html"), t, rfc822(p) if p else None) for d, _, t, p in shown[f::feeds]]
                site.add_page(f"/{tag}/feed{f}.xml", rss(f"Feed {f}", listed), cache_control="no-cache")
            start = time.perf_counter()
            summary = run_follow(feed_urls, out, config=config)
            seconds += time.perf_counter() - start
        store = FollowStore(Path(out) / STORE_NAME, _fingerprint(config))
        try:
            stories: dict[int, list[str]] = {}
            for article, (story, _run) in store.memberships().items():
                stories.setdefault(story, []).append(url_to_id[article])
        finally:
            store.close()
    placed = {i for ids in stories.values() for i in ids}
    predicted = list(stories.values()) + [[d] for d, _, _, _ in items if d not in placed]
    return predicted, seconds, sum(summary.failures.values())


def _fingerprint(config: FollowConfig) -> str:
    from newsbrief.follow.run import _fingerprint as fingerprint

    return fingerprint(config)


def corpus_grouping(items: list[tuple[str, str, str | None, str | None]]) -> list[list[str]]:
    """The corpus-mode stream on the raw texts (no web, no extraction), same order."""
    stream = StoryStream()
    articles = (Article(id=d, text=t, title=ti, published=p) for d, t, ti, p in items)
    return [list(s.articles) for s in stream.add_all(articles)]


def row(name: str, predicted: list[list[str]], truth: list[list[str]], seconds: float | None, failed: int) -> str:
    truth_ids = {i for ids in truth for i in ids}
    predicted = [[i for i in c if i in truth_ids] for c in predicted]
    score = score_clustering([c for c in predicted if c], truth)
    took = f"{seconds:.0f}" if seconds is not None else "—"
    return (
        f"| {name} | {score.n_items:,} | {score.n_predicted:,} | {score.precision:.3f} | {score.recall:.3f} "
        f"| **{score.f1:.3f}** | {score.ari:.3f} | {failed} | {took} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--only", choices=("A", "B"), default=None)
    args = parser.parse_args(argv)
    for path in (TASK2, RAW, TASK5):
        if not path.exists():
            print(f"data not found: {path} (expected ../shared/data beside the repo)", file=sys.stderr)
            return 2
    print("| stream | articles | stories | B3 P | B3 R | B3 F1 | ARI | pages failed | follow s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    with LocalSite() as site:
        if args.only in (None, "A"):
            docs, truth = stream_a(args.seed)
            items = [(d, t, None, None) for d, t in docs]
            predicted, seconds, failed = follow_grouping(site, items, runs=1, feeds=10, tag="a1")
            print(row("A: DUC task 2 in Multi-News val_raw, follow, 1 run", predicted, truth, seconds, failed))
            predicted, seconds, failed = follow_grouping(site, items, runs=5, feeds=10, tag="a5")
            print(row("A: same, follow, 5 runs (feeds gain a fifth each run)", predicted, truth, seconds, failed))
            print(row("A: same texts, corpus-mode stream (no web)", corpus_grouping(items), truth, None, 0))
        if args.only in (None, "B"):
            with TASK5.open(encoding="utf-8") as handle:
                rows = [json.loads(line) for line in handle]
            rows.sort(key=lambda r: (r["published"], r["id"]))
            truth_b: dict[str, list[str]] = {}
            for r in rows:
                truth_b.setdefault(r["topic"], []).append(r["id"])
            for name, titles, dates in (
                ("neither", False, False),
                ("titles", True, False),
                ("dates", False, True),
                ("titles and dates", True, True),
            ):
                items = [
                    (r["id"], r["text"], r["title"] if titles else None, r["published"] if dates else None)
                    for r in rows
                ]
                predicted, seconds, failed = follow_grouping(site, items, runs=1, feeds=3, tag=f"b-{titles}-{dates}")
                label = f"B: DUC task 5 dated, feed items with {name}"
                print(row(label, predicted, list(truth_b.values()), seconds, failed))
            items = [(r["id"], r["text"], r["title"], r["published"]) for r in rows]
            predicted, seconds, failed = follow_grouping(site, items, runs=1, feeds=3, tag="b-year", window_days=365)
            label = "B: titles and dates, --window-days 365"
            print(row(label, predicted, list(truth_b.values()), seconds, failed))
            label = "B: titles and dates, corpus-mode stream (no web)"
            print(row(label, corpus_grouping(items), list(truth_b.values()), None, 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
