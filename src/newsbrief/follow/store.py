"""The story store of ``newsbrief follow``: ONE SQLite database in the digest folder, kept between runs.

It is the stories run's checkpoint (:class:`~newsbrief.stories.checkpoint.Checkpoint`: the pickled
:class:`~newsbrief.stories.StoryStream`, the spooled article texts, the seen ids, one row per story with its
brief state and index info) kept for good instead of deleted at the end, plus what following needs:

- ``feeds``: each feed's ``ETag`` and ``Last-Modified``, for the next run's conditional GET;
- ``runs``: one row per run; a run killed before its end is resumed under the same number by the next one,
  so "new since the previous run" keeps its meaning across a kill;
- ``items``: every feed item ever listed, keyed by its URL, with its state (``new`` -> ``fetched`` ->
  ``clustered``, or ``failed`` with the reason): an item is fetched at most once, ever;
- ``members``: the story each article is in, and the run in which it joined that story.

Every write joins the open transaction until a commit; the run commits after each page fetched, once after
clustering (the stream, the members and the item states together) and after each brief, so a run killed at
any moment restarts from a state where everything committed agrees (see :mod:`newsbrief.follow.run`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.follow.feeds import FeedItem
from newsbrief.stories.checkpoint import Checkpoint
from newsbrief.stories.feed import Position

__all__ = ["STORE_NAME", "FollowStore", "ItemRow"]

STORE_NAME = "newsbrief-follow.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (run INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, summary TEXT);
CREATE TABLE IF NOT EXISTS items (url TEXT PRIMARY KEY, feed TEXT NOT NULL, title TEXT, published TEXT,
                                  outlet TEXT, run INTEGER NOT NULL, state TEXT NOT NULL, reason TEXT,
                                  attempts INTEGER NOT NULL DEFAULT 0, done_run INTEGER);
CREATE INDEX IF NOT EXISTS items_state ON items (state);
CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE IF NOT EXISTS members (article TEXT PRIMARY KEY, story INTEGER NOT NULL, run INTEGER NOT NULL,
                                    copy_of TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS members_story ON members (story);
"""


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A feed item as stored."""

    url: str
    feed: str
    title: str | None
    published: str | None
    outlet: str | None
    run: int
    state: str
    reason: str | None
    attempts: int


class FollowStore(Checkpoint):
    """The follow store: a :class:`Checkpoint` that is never deleted, with feed items, runs and members.

    Args:
        path: the database file (created if absent).
        fingerprint: the story-finding settings; a store made with others is refused (its pickled stream
            was built with them), with the hint to use another folder or ``--fresh``.
    """

    def __init__(self, path: Path, fingerprint: str) -> None:
        super().__init__(path, fingerprint)
        self._db.execute("COMMIT")
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")

    def save(self) -> None:
        """Commit everything since the last commit (the stream is left as last stored)."""
        self.commit(Position(), None, finished=False)

    def save_stream(self, stream: Any) -> None:
        """Commit everything since the last commit together with the stream."""
        self.commit(Position(), stream, finished=False)

    # -- runs ----------------------------------------------------------------------------------------------

    def open_run(self, now: str) -> tuple[int, bool]:
        """The run to do: the last one if it never finished (resumed: True), else a new one."""
        row = self._db.execute("SELECT run, finished FROM runs ORDER BY run DESC LIMIT 1").fetchone()
        if row is not None and row[1] is None:
            return int(row[0]), True
        run = 1 if row is None else int(row[0]) + 1
        self._db.execute("INSERT INTO runs (run, started) VALUES (?, ?)", (run, now))
        self.save()
        return run, False

    def close_run(self, run: int, now: str, summary: dict[str, Any]) -> None:
        self._db.execute(
            "UPDATE runs SET finished = ?, summary = ? WHERE run = ?", (now, json.dumps(summary, sort_keys=True), run)
        )
        self.save()

    def run_started(self, run: int) -> str | None:
        row = self._db.execute("SELECT started FROM runs WHERE run = ?", (run,)).fetchone()
        return None if row is None else row[0]

    # -- feeds and items -----------------------------------------------------------------------------------

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        """The ``ETag`` and ``Last-Modified`` the feed last answered with (for a conditional GET)."""
        row = self._db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (feed,)).fetchone()
        return (None, None) if row is None else (row[0], row[1])

    def set_validators(self, feed: str, etag: str | None, last_modified: str | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?)", (feed, etag, last_modified))

    # -- items ---------------------------------------------------------------------------------------------

    def known(self, urls: Iterable[str]) -> set[str]:
        """Which of ``urls`` are already items."""
        urls = list(urls)
        found: set[str] = set()
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(f"SELECT url FROM items WHERE url IN ({marks})", chunk))
        return found

    def add_item(self, item: FeedItem, run: int) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO items (url, feed, title, published, outlet, run, state) VALUES (?,?,?,?,?,?,'new')",
            (item.url, item.feed, item.title, item.published, item.outlet, run),
        )

    def items(self, *states: str) -> list[ItemRow]:
        """The items in these states, in the order they were listed."""
        marks = ",".join("?" * len(states))
        rows = self._db.execute(
            "SELECT url, feed, title, published, outlet, run, state, reason, attempts FROM items "
            f"WHERE state IN ({marks}) ORDER BY rowid",
            states,
        )
        return [ItemRow(*row) for row in rows]

    def set_item(self, url: str, state: str, run: int, reason: str | None = None) -> None:
        """Note the item's new state; a fetch (done or failed) also notes the run that did it."""
        fetch = state in ("fetched", "failed")
        self._db.execute(
            "UPDATE items SET state = ?, reason = ?, attempts = attempts + ?, "
            "done_run = CASE WHEN ? THEN ? ELSE done_run END WHERE url = ?",
            (state, reason, int(fetch), int(fetch), run, url),
        )

    def fetch_counts(self, run: int) -> tuple[int, dict[str, int]]:
        """Pages this run fetched, and the failed ones by reason."""
        fetched, failed = 0, {}
        rows = self._db.execute("SELECT state, reason, count(*) FROM items WHERE done_run = ? GROUP BY 1, 2", (run,))
        for state, reason, n in rows:
            if state == "failed":
                failed[reason or "unknown"] = failed.get(reason or "unknown", 0) + int(n)
            else:
                fetched += int(n)
        return fetched, failed

    def count_items(self, run: int | None = None, state: str | None = None) -> int:
        sql, args = "SELECT count(*) FROM items WHERE 1=1", []
        if run is not None:
            sql, args = sql + " AND run = ?", [*args, run]
        if state is not None:
            sql, args = sql + " AND state = ?", [*args, state]
        return int(self._db.execute(sql, args).fetchone()[0])

    # -- story membership ----------------------------------------------------------------------------------

    def memberships(self) -> dict[str, tuple[int, int]]:
        """Every article's story number and the run it joined that story."""
        return {a: (s, r) for a, s, r in self._db.execute("SELECT article, story, run FROM members")}

    def set_member(self, article: str, story: int, run: int, copy_of: str | None, published: str | None) -> None:
        """Put an article in a story, noting the run it joined in; its copy_of and date are kept once known."""
        self._db.execute(
            "INSERT INTO members (article, story, run, copy_of, published) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (article) DO UPDATE SET story = excluded.story, run = excluded.run, "
            "copy_of = coalesce(excluded.copy_of, copy_of), published = coalesce(excluded.published, published)",
            (article, story, run, copy_of, published),
        )

    def members_of(self, story: int) -> list[tuple[str, int, str | None, str | None]]:
        """The articles of a story in the order they joined: (article, run joined, copy of, published)."""
        return list(
            self._db.execute(
                "SELECT article, run, copy_of, published FROM members WHERE story = ? ORDER BY run, rowid", (story,)
            )
        )

    def story_row(self, story_id: str) -> tuple[dict[str, Any], str, dict[str, Any] | None] | None:
        """The stored record, brief state and info of one story, or None."""
        row = self._db.execute("SELECT record, state, info FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        return json.loads(row[0]), row[1], None if row[2] is None else json.loads(row[2])

    def drop_story(self, story_id: str) -> None:
        self._db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
