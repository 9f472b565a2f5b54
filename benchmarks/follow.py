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
with a one-year window instead of the default (a set spans a median 634 days: it is a person followed
over years, not one event).

Stream C (events, dated by us): the 500 articles of the 50 TDT events of task 2 (our copy has no document
ids, so no wire dates) dated from their own text by :func:`date_events`, mixed with task 5's 503 dated and
titled wire articles, in date order. B-cubed is given over all items, over the events' items and over the
sets' items (each item's predicted story counting every item in it). Rows: titles and dates each on and off,
the time window from 1 to 365 days, the events' reports spread evenly over 9 and 27 days (coverage that
trickles in), and two follow runs through the web.

    python benchmarks/follow.py            # all three streams (about 8 minutes on 2 cores)
    python benchmarks/follow.py --only C   # one stream
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from newsbrief.config import BriefConfig  # noqa: E402
from newsbrief.follow.run import FollowConfig, run_follow  # noqa: E402
from newsbrief.follow.store import STORE_NAME, FollowStore  # noqa: E402
from newsbrief.model import Article  # noqa: E402
from newsbrief.stories import ClusterConfig, StoryConfig, StoryStream, score_clustering  # noqa: E402
from newsbrief.text.dates import month_number  # noqa: E402
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
    for link, title, when in items:
        parts = [f"<link>{html.escape(link)}</link>", f"<guid>{html.escape(link)}</guid>"]
        parts.append(f"<title>{html.escape(title)}</title>" if title else "<description>an item</description>")
        if when:
            parts.append(f"<pubDate>{when}</pubDate>")
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


def corpus_grouping(
    items: list[tuple[str, str, str | None, str | None]], cluster: ClusterConfig | None = None
) -> list[list[str]]:
    """The corpus-mode stream on the raw texts (no web, no extraction), same order."""
    stream = StoryStream(StoryConfig(cluster=cluster or ClusterConfig()))
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


# -- stream C: TDT events dated from their own text, among dated task 5 wire ----------------------------------

#: The span of the DUC 2004 task 2 collection (TDT newswire, autumn 1998): month-day dates named in an event's
#: texts count towards its date only inside it (September-December 1998, January 1999).
_SPAN_MONTHS = {9: 1998, 10: 1998, 11: 1998, 12: 1998, 1: 1999}
_MONTH_DAY = re.compile(r"\b(Jan|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b")
#: An event's documents dated by a date they name at most this many days after the event's own date.
_FOLLOW_UP_DAYS = 21


def _named_dates(text: str) -> list[date]:
    """The month-day dates a text names that fall in the collection's span (its year from the span)."""
    found = []
    for month_name, day in _MONTH_DAY.findall(text):
        month = month_number(month_name)
        if month in _SPAN_MONTHS:
            try:
                found.append(date(_SPAN_MONTHS[month], month, int(day)))
            except ValueError:
                continue
    return found


def date_events(clusters: list[dict[str, Any]], spread_days: float | None) -> dict[str, date]:
    """Assign each task 2 document a date (our copy has no document ids, so no wire date).

    An event's date is the median of the dates its ten texts name in the collection's span (an event with
    none gets the span's median date, which only makes dates less useful). A document is dated, with
    ``spread_days`` None, by the latest date it names within ``_FOLLOW_UP_DAYS`` after its event's date,
    else the event's date (the text-derived dating); with ``spread_days`` S, its documents are spread evenly
    over S days in the order given (a stress test of the window: coverage that trickles in).
    """
    event_days: dict[str, date] = {}
    for cluster in clusters:
        named = sorted(d for text in cluster["documents"] for d in _named_dates(text))
        if named:
            event_days[cluster["id"]] = named[len(named) // 2]
    fallback = sorted(event_days.values())[len(event_days) // 2]
    dated: dict[str, date] = {}
    for cluster in clusters:
        start = event_days.get(cluster["id"], fallback)
        n = len(cluster["documents"])
        for i, text in enumerate(cluster["documents"]):
            if spread_days is None:
                later = [d for d in _named_dates(text) if 0 <= (d - start).days <= _FOLLOW_UP_DAYS]
                day = max(later, default=start)
            else:
                day = start + timedelta(days=round(spread_days * i / max(1, n - 1)))
            dated[f"duc-{cluster['id']}-{i}"] = day
    return dated


def stream_c(spread_days: float | None) -> tuple[list[tuple[str, str, str | None, str]], dict[str, list[str]]]:
    """(id, text, wire title or None, ISO date) of the task 2 events mixed with task 5's wire, in date order.

    Returns the items and the true partition by part: ``"events"`` (the 50 TDT events) and ``"sets"`` (the
    50 task 5 sets, one person each).
    """
    with TASK2.open(encoding="utf-8") as handle:
        clusters = [json.loads(line) for line in handle]
    dated = date_events(clusters, spread_days)
    items: list[tuple[str, str, str | None, str]] = []
    truth: dict[str, list[str]] = {"events": [], "sets": []}
    for cluster in clusters:
        ids = [f"duc-{cluster['id']}-{i}" for i in range(len(cluster["documents"]))]
        items.extend(
            (d, t, None, f"{dated[d].isoformat()}T12:00:00") for d, t in zip(ids, cluster["documents"], strict=True)
        )
        truth["events"].append(ids)
    sets: dict[str, list[str]] = {}
    with TASK5.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            items.append((r["id"], r["text"], r["title"], r["published"]))
            sets.setdefault(r["topic"], []).append(r["id"])
    truth["sets"] = list(sets.values())
    items.sort(key=lambda item: (item[3], item[0]))
    return items, truth


def bcubed_over(predicted: list[list[str]], truth: list[list[str]], items: set[str]) -> tuple[float, float, float]:
    """B-cubed P, R, F1 averaged over ``items`` only, their predicted clusters counting every item in them."""
    true_of = {i: k for k, ids in enumerate(truth) for i in ids}
    precision = recall = 0.0
    for cluster in predicted:
        mine = [i for i in cluster if i in items]
        for i in mine:
            same = sum(1 for j in cluster if true_of.get(j) == true_of[i])
            precision += same / len(cluster)
            recall += same / len(truth[true_of[i]])
    n = len(items)
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def row_c(name: str, predicted: list[list[str]], truth: dict[str, list[list[str]]], seconds: float | None) -> str:
    """One table row of stream C: B-cubed over all items, over the events' items and over the sets' items."""
    everything = truth["events"] + truth["sets"]
    cells = []
    for part in (everything, truth["events"], truth["sets"]):
        ids = {i for c in part for i in c}
        p, r, f = bcubed_over(predicted, everything, ids)
        cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}**")
    took = f"{seconds:.0f}" if seconds is not None else "—"
    return f"| {name} | {len(predicted):,} | {' | '.join(cells)} | {took} |"


def run_stream_c(site: LocalSite) -> None:
    """Titles and dates on events: what each adds, and the window (BENCHMARKS.md "Following feeds")."""
    print()
    print(f"\ndefault window: {ClusterConfig().window_days:g} days")
    print("| stream C | stories | all: P / R / F1 | TDT events: P / R / F1 | task 5 sets: P / R / F1 | follow s |")
    print("|---|---:|---|---|---|---:|")
    items, truth = stream_c(None)
    for name, titles, dates in (
        ("neither", False, False),
        ("titles", True, False),
        ("dates", False, True),
        ("titles and dates", True, True),
    ):
        shown = [(d, t, ti if titles else None, p if dates else None) for d, t, ti, p in items]
        print(row_c(f"C: corpus stream, {name} (default window)", corpus_grouping(shown), truth, None))
    for window in (1, 3, 7, 14, 30, 90, 365):
        stream = corpus_grouping(items, ClusterConfig(window_days=window))
        print(row_c(f"C: corpus stream, titles and dates, window {window} days", stream, truth, None))
    for spread in (9, 27):
        spread_items, _ = stream_c(spread)
        for window in (3, 7, 14, 30):
            stream = corpus_grouping(spread_items, ClusterConfig(window_days=window))
            label = f"C: events spread evenly over {spread} days, titles and dates, window {window} days"
            print(row_c(label, stream, truth, None))
    for name, titles, dates in (("neither", False, False), ("titles and dates", True, True)):
        shown = [(d, t, ti if titles else None, p if dates else None) for d, t, ti, p in items]
        predicted, seconds, _failed = follow_grouping(site, shown, runs=1, feeds=3, tag=f"c-{titles}-{dates}")
        print(row_c(f"C: follow, feed items with {name} (default window)", predicted, truth, seconds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--only", choices=("A", "B", "C"), default=None)
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
        if args.only in (None, "C"):
            run_stream_c(site)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
