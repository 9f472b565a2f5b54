"""``newsbrief follow``: feeds in, a digest of stories out, one SQLite store remembering everything between runs.

The orchestration (numbered as in trafilatura's ``core.py``):

1. read every feed (conditional GET through the fetcher's cache) and note each item not seen before; a feed
   that fails or an entry without a link is counted by reason and skipped;
2. fetch the pages of the new items (bounded concurrency, at most ``per_host`` at a time per host), extract
   each article (trafilatura; a page's date only as its markup states it), keep its text in the store; the
   feed's headline and date win over the page's;
   a committed page is never fetched again;
3. put the fetched articles through the one story stream of corpus mode (:class:`~newsbrief.stories.StoryStream`:
   near-duplicates, then single-pass clustering with titles and a time window on dates), in date order; the
   stream, each article's story and the run it joined are committed together;
4. brief every story that changed (the corpus-mode runners of :mod:`newsbrief.stories.workers`), committing
   after each brief;
5. write the digest (:mod:`newsbrief.follow.digest`): the index and one page per story, new since the
   previous run marked.

A run killed anywhere is resumed by the next one under the same run number: steps whose work is committed are
not redone, so no page is fetched twice and no article is counted twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.follow import digest
from newsbrief.follow.config import FollowConfig
from newsbrief.follow.feeds import parse_feed
from newsbrief.follow.store import STORE_NAME, FollowStore
from newsbrief.follow.web import FeedResponse, WebClient, transient
from newsbrief.model import Article
from newsbrief.stories.feed import digest as settings_digest
from newsbrief.stories.outputs import render_files
from newsbrief.stories.pipeline import Story, StoryStream
from newsbrief.stories.run import writing
from newsbrief.stories.workers import make_runner

__all__ = ["FollowConfig", "FollowSummary", "run_follow"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FollowSummary:
    """What one run did (a resumed run counts what it did itself plus the committed work of the killed one)."""

    run: int
    resumed: bool
    feeds: int
    feeds_read: int
    items_new: int
    pages_fetched: int
    failures: dict[str, int]
    stories_new: int
    stories_updated: int
    briefed: int
    seconds: float

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        fails = ", ".join(f"{n} {reason}" for reason, n in sorted(self.failures.items(), key=lambda kv: -kv[1]))
        return (
            f"run {self.run}{' (resumed)' if self.resumed else ''}: {self.feeds_read}/{self.feeds} feeds read, "
            f"{self.items_new} items new, {self.pages_fetched} pages fetched, "
            f"{sum(self.failures.values())} failures{f' ({fails})' if fails else ''}, "
            f"{self.stories_new} stories new, {self.stories_updated} updated; {self.seconds:.1f} s"
        )


ProgressCallback = Callable[[str, int, int | None], None]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def story_id(cluster: int) -> str:
    """The id of a story in the store and the digest (its clusterer number, fixed for its life)."""
    return f"s{cluster:06d}"


class _Follow:
    """One run (a class only to share the store, the counts and the progress between the steps)."""

    def __init__(self, store: FollowStore, out_dir: Path, config: FollowConfig, run: int, progress: ProgressCallback):
        self.store = store
        self.out_dir = out_dir
        self.config = config
        self.run = run
        self.progress = progress
        self.failures: dict[str, int] = {}  # feeds and entries (pages are counted in the store)
        self.feeds_read = 0

    def fail(self, reason: str) -> None:
        self.failures[reason] = self.failures.get(reason, 0) + 1

    # 1. feeds ------------------------------------------------------------------------------------------------

    def read_feeds(self, client: WebClient, feeds: list[str]) -> None:
        """Fetch every feed (several at a time, conditionally) and note its new items, one commit per feed."""
        validators = {url: self.store.validators(url) for url in feeds}
        workers = max(1, min(len(feeds), client.concurrency))
        self.progress("feeds", 0, len(feeds))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(client.feed, url, *validators[url]) for url in feeds]
            # taken in the order given, whichever answers first: the stream's order (and so its stories)
            # must not depend on network timing
            for n, (url, future) in enumerate(zip(feeds, futures, strict=True), start=1):
                self._take_feed(url, future.result())
                self.progress("feeds", n, len(feeds))

    def _take_feed(self, url: str, got: FeedResponse | str) -> None:
        if isinstance(got, str):
            logger.warning("feed %s: %s", url, got)
            self.fail(f"feed {got}")
            return
        self.feeds_read += 1
        if got.not_modified:
            return
        parsed = parse_feed(got.body, url, got.content_type)
        for problem in parsed.problems:
            logger.warning("%s: %s", problem.where, problem.reason)
            self.fail(problem.reason.split(" (")[0])
        if not parsed.items and parsed.problems and parsed.problems[0].where == url:
            self.feeds_read -= 1  # not a feed at all
            return
        known = self.store.known(i.url for i in parsed.items)
        for item in parsed.items:
            if item.url not in known:
                self.store.add_item(item, self.run)
                known.add(item.url)
        self.store.set_validators(url, got.etag, got.last_modified)  # with its items, in one commit
        self.store.save()

    # 2. pages ------------------------------------------------------------------------------------------------

    def fetch_pages(self, client: WebClient) -> None:
        cfg = self.config
        todo = self.store.items("new")
        todo += [i for i in self.store.items("failed") if transient(i.reason) and i.attempts < cfg.max_attempts]
        by_url = {i.url: i for i in todo}
        self.progress("pages", 0, len(todo))
        for done, (url, got) in enumerate(client.pages(list(by_url)), start=1):
            item = by_url[url]
            if isinstance(got, str):
                logger.warning("page %s: %s", url, got)
                self.store.set_item(url, "failed", self.run, got)
            else:
                article = replace(
                    got,
                    id=url,
                    title=item.title or got.title,
                    published=item.published or got.published,
                    outlet=got.outlet or item.outlet,
                    url=got.url or url,
                )
                self.store.spool(article)
                self.store.set_item(url, "fetched", self.run)
            self.store.save()  # a committed page is never fetched again
            self.progress("pages", done, len(todo))

    # 3. stories ----------------------------------------------------------------------------------------------

    def cluster(self, now: str) -> list[str]:
        """Put the fetched articles into stories; return the ids of the stories that changed."""
        store = self.store
        saved = store.resume()
        stream = saved.stream if saved is not None and saved.stream is not None else StoryStream(self.config.stories)
        fetched = store.items("fetched")
        if not fetched:
            return []
        # dated items in date order, then the undated ones as listed: the time window assumes a stream in time
        order = sorted(range(len(fetched)), key=lambda k: (fetched[k].published is None, fetched[k].published or "", k))
        articles = store.articles(fetched[k].url for k in order)
        self.progress("stories", 0, len(articles))
        out: list[Story] = []
        for n, article in enumerate(articles, start=1):
            store.see(article.id, article.url)
            out.extend(stream.add(article))
            if n % 50 == 0:
                self.progress("stories", n, len(articles))
        out.extend(stream.settle())
        out.extend(stream.open_stories())
        changed = self._assign(out, {a.id: a for a in articles}, now)
        for item in fetched:
            store.set_item(item.url, "clustered", self.run)
        store.save_stream(stream)  # the stream, members, stories and item states: one commit
        self.progress("stories", len(articles), len(articles))
        return changed

    def _assign(self, stories: list[Story], new: dict[str, Article], now: str) -> list[str]:
        store, run = self.store, self.run
        members = store.memberships()
        touched: set[int] = set()
        for story in stories:
            copies = dict(story.duplicates)
            for article in story.articles:
                if story.cluster is not None:
                    key = story.cluster
                elif copies.get(article) in members:  # a late copy joins its original's story
                    key = members[copies[article]][0]
                else:  # a template page (cookie wall, archive notice): in no story
                    continue
                before = members.get(article)
                if before is not None and before[0] == key:
                    continue
                if before is not None:
                    touched.add(before[0])
                published = new[article].published if article in new else None
                store.set_member(article, key, run, copies.get(article), published)
                members[article] = (key, run)
                touched.add(key)
        changed = []
        for key in sorted(touched):
            sid = story_id(key)
            rows = store.members_of(key)
            if not rows:
                store.drop_story(sid)  # merged into an older story
                digest.remove_story(self.out_dir, sid)
                continue
            changed.append(sid)
            self._record(key, sid, rows, now)
        return changed

    def _record(self, key: int, sid: str, rows: list[tuple[str, int, str | None, str | None]], now: str) -> None:
        old = self.store.story_row(sid)
        dates = sorted(p for _, _, _, p in rows if p)
        record: dict[str, Any] = {
            "story": sid,
            "articles": [a for a, _, _, _ in rows],
            "duplicates": {a: c for a, _, c, _ in rows if c},
            "boilerplate": False,
            "first_published": dates[0][:10] if dates else None,
            "last_published": dates[-1][:10] if dates else None,
            "created_run": self.run,
            "updated_run": self.run,
            "updated_at": now,
            "previous_summary": [],
        }
        if old is not None:
            record["created_run"] = old[0].get("created_run", self.run)
            info = old[2] or {}
            if info.get("brief_run", self.run) < self.run:
                record["previous_summary"] = info.get("summary", [])
            else:  # briefed earlier in this same (resumed) run: keep what it was compared with
                record["previous_summary"] = old[0].get("previous_summary", [])
        kept = [a for a, _, c, _ in rows if not c]
        wanted = len(kept) >= self.config.min_articles and self.config.briefs
        self.store.add_story(key + 1, sid, record, kept, "pending" if wanted else "skip")
        if old is not None and old[2] is not None:
            self.store.story_done(sid, "pending" if wanted else "skip", old[2], None)

    # 4. briefs -----------------------------------------------------------------------------------------------

    def brief(self) -> None:
        pending = self.store.pending()
        if not pending:
            return
        runner = make_runner(self.config.brief, render=render_files, workers=self.config.workers)
        queue = list(pending)
        done = 0
        self.progress("briefs", 0, len(queue))
        try:
            while queue or runner.in_flight():
                while queue and runner.in_flight() < runner.capacity:
                    sid, kept = queue.pop(0)
                    runner.submit(sid, self.store.articles(kept))
                for outcome in runner.collect(True):
                    if outcome.error is None:
                        info = digest.write_brief(self.out_dir, outcome, self.run)
                        self.store.story_done(outcome.story, "done", info, None)
                    else:
                        logger.warning("story %s: no brief (%s)", outcome.story, outcome.error)
                        self.store.story_done(outcome.story, "failed", None, outcome.error)
                    self.store.save()
                    done += 1
                    self.progress("briefs", done, len(pending))
        finally:
            runner.close()


def _fingerprint(config: FollowConfig) -> str:
    """Only the story settings: the stored stream was built with them (the other flags may change any run)."""
    return settings_digest({"stories": repr(config.stories)})


def run_follow(
    feeds: list[str],
    out_dir: str | Path,
    *,
    config: FollowConfig | None = None,
    progress: ProgressCallback | None = None,
    client: WebClient | None = None,
) -> FollowSummary:
    """Read the feeds, fetch and group what is new, brief the stories that changed, write the digest.

    Args:
        feeds: feed URLs (see :func:`newsbrief.follow.feeds.read_feed_list` for files and OPML).
        out_dir: the digest folder, holding the store (created if absent).
        config: every setting (see :class:`FollowConfig`).
        progress: called as ``progress(stage, done, total)`` for the stages feeds, pages, stories, briefs, digest.
        client: the web client (made from ``config.fetch`` when None).

    Returns:
        What the run did.

    Raises:
        InputError: the folder cannot be created. OutputError: the store or a page cannot be written.
        ConfigError: the store in the folder was made with other story settings.
    """
    start = time.perf_counter()
    config = config or FollowConfig()
    out_dir = Path(out_dir)
    report = progress or (lambda stage, done, total: None)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"cannot create the digest folder: {err.strerror or err}", source=str(out_dir)) from err
    path = out_dir / STORE_NAME
    with writing(out_dir, path):
        if config.fresh:
            digest.remove_all(out_dir)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        digest.remove_temporaries(out_dir)
        store = FollowStore(path, _fingerprint(config))
    own_client = client is None
    client = client or WebClient(config.fetch)
    with writing(out_dir, path), _closing(store, client if own_client else None):
        now = _now()
        run, resumed = store.open_run(now)
        follow = _Follow(store, out_dir, config, run, report)
        follow.read_feeds(client, feeds)
        follow.fetch_pages(client)
        follow.cluster(now)
        if config.briefs:
            follow.brief()
            report("digest", 0, 1)
            digest.write_digest(out_dir, store, run=run, now=now, days=config.days)
            report("digest", 1, 1)
        # counted from the store, so that a resumed run reports the committed work of the killed one too
        pages, failures = store.fetch_counts(run)
        for reason, n in follow.failures.items():
            failures[reason] = failures.get(reason, 0) + n
        created = [r.record.get("created_run") == run for r in store.stories() if r.record.get("updated_run") == run]
        summary = FollowSummary(
            run=run,
            resumed=resumed,
            feeds=len(feeds),
            feeds_read=follow.feeds_read,
            items_new=store.count_items(run=run),
            pages_fetched=pages,
            failures=failures,
            stories_new=sum(created),
            stories_updated=len(created) - sum(created),
            briefed=sum(1 for r in store.stories() if r.state == "done" and (r.info or {}).get("brief_run") == run),
            seconds=time.perf_counter() - start,
        )
        store.close_run(run, _now(), _as_dict(summary))
    return summary


def _as_dict(summary: FollowSummary) -> dict[str, Any]:
    return {name: getattr(summary, name) for name in FollowSummary.__slots__ if name != "seconds"}


@contextmanager
def _closing(store: FollowStore, client: WebClient | None) -> Iterator[None]:
    try:
        yield
    finally:
        if client is not None:
            client.close()
        store.close()
