"""The SQLite checkpoint of a stories run: what a killed run needs to finish as if it had never stopped.

One database file holds, committed together at each checkpoint so that they always agree:

- ``meta``: the run's fingerprint (input files and settings), how far the input was read
  (:class:`~newsbrief.stories.feed.Position`), whether the stream has ended, and the small rest of the
  pickled :class:`~newsbrief.stories.StoryStream` (counters, settings, the IDF warm-up buffer);
- ``state``: the stream's bulky parts as rows (:mod:`.store`): MinHash signatures of the kept articles in
  the dedup window, open stories, the copies and arrival positions of their articles, document
  frequencies. A commit writes only the rows that changed since the last one, so its cost follows the
  articles read in between, not the length of the feed;
- ``spool``: the text of every kept article whose story has not been briefed yet. The stream keeps only
  ids, and holding the texts of open stories in memory would grow with the feed, so they wait on disk;
- ``seen``: every article id read so far (a repeated id is a reject), with where it was read;
- ``stories``: every story the stream has put out, its ``stories.jsonl`` record, and whether its brief
  is pending, written, failed or not wanted; ``rejects``: the rejected lines.

Between two commits nothing is durable, so a run killed at any point restarts from the last commit and
re-does the same work: the stream is deterministic, story ids come from the stream, and every output file
is a pure function of its story, so re-doing gives the same bytes (the run's guarantee of output identical
to an uninterrupted run). WAL journaling with ``synchronous=NORMAL`` keeps commits cheap and survives a
killed process (only a power cut may lose the last commit, which is then simply re-done).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import ConfigError
from newsbrief.model import Article
from newsbrief.stories.feed import Position, Reject
from newsbrief.stories.store import StreamStore

__all__ = ["CHECKPOINT_NAME", "Checkpoint", "Resumed", "StoryRow"]

logger = logging.getLogger(__name__)

CHECKPOINT_NAME = ".newsbrief-checkpoint.sqlite"
_SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS spool (id TEXT PRIMARY KEY, article TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, origin TEXT);
CREATE TABLE IF NOT EXISTS rejects (file INTEGER, line INTEGER, sub INTEGER, record TEXT NOT NULL,
                                    PRIMARY KEY (file, line, sub));
CREATE TABLE IF NOT EXISTS stories (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, record TEXT NOT NULL,
                                    kept TEXT NOT NULL, size INTEGER NOT NULL, state TEXT NOT NULL,
                                    info TEXT, note TEXT);
CREATE INDEX IF NOT EXISTS stories_state ON stories (state);
"""

_FIELDS = ("id", "text", "title", "outlet", "url", "published", "author", "origin")


@dataclass(frozen=True, slots=True)
class Resumed:
    """What a checkpoint restores: the input position, the stream (None once ended) and its end flag."""

    position: Position
    stream: Any
    finished: bool


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One story as stored: its ``stories.jsonl`` record, brief state, index info and failure note."""

    id: str
    record: dict[str, Any]
    size: int
    state: str  # pending | done | failed | skip
    info: dict[str, Any] | None
    note: str | None


class Checkpoint:
    """A run's checkpoint database; every write joins the open transaction until :meth:`commit`.

    Args:
        path: the database file (created if absent).
        fingerprint: identifies the input and settings; a database made for another one is refused.

    Raises:
        ConfigError: the file holds the checkpoint of a different run.
    """

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        stored = self._meta("fingerprint")
        if stored is None:
            self._db.execute("BEGIN")
            self._set("fingerprint", fingerprint)
            self._set("schema", _SCHEMA_VERSION)
            self._db.execute("COMMIT")
        elif stored != fingerprint or self._meta("schema") != _SCHEMA_VERSION:
            self._db.close()
            raise ConfigError(
                f"{path} is the checkpoint of a run with a different input or settings; "
                "rerun with --fresh to start over (or restore the original input and flags)"
            )
        self._store = StreamStore(self._db)
        self.stream_rows_written: dict[str, int] = {}  # per part, state rows the last commit wrote or deleted
        self._db.execute("BEGIN")

    # -- meta --------------------------------------------------------------------------------------------

    def _meta(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set(self, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def resume(self) -> Resumed | None:
        """The state of the last commit, or None for a new checkpoint."""
        position = self._meta("position")
        if position is None:
            return None
        blob = self._meta("stream")
        stream = None if blob is None else self._store.load(zlib.decompress(blob))
        return Resumed(Position.from_json(position), stream, bool(int(self._meta("finished") or 0)))

    def set_counts(self, counts: dict[str, int]) -> None:
        """Keep the stream's final counts (the stream itself is dropped once it has ended)."""
        self._set("counts", json.dumps(counts, sort_keys=True))

    def get_counts(self) -> dict[str, int]:
        value = self._meta("counts")
        return {} if value is None else json.loads(value)

    def seen_ids(self) -> set[str]:
        """Every article id read so far (loaded once on resume; the run keeps the set in memory)."""
        return {row[0] for row in self._db.execute("SELECT id FROM seen")}

    def commit(self, position: Position, stream: Any, finished: bool) -> None:
        """Make everything since the last commit durable, together with the reading position and stream.

        ``stream`` is saved only when given (its changed rows and the small rest); once the stream has
        ended it is dropped (None) with its rows.
        """
        self._set("position", position.to_json())
        self._set("finished", int(finished))
        self.stream_rows_written = {}
        if finished:
            if self._meta("stream") is not None:
                self._store.clear()
            self._set("stream", None)
        elif stream is not None:
            self._set("stream", zlib.compress(self._store.save(stream), 1))
            self.stream_rows_written = dict(self._store.rows_written)
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")

    def close(self) -> None:
        """Close without committing: whatever was not committed is lost, as in a killed run."""
        try:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
        except sqlite3.DatabaseError as err:  # a full disk: SQLite rolls back itself; keep the first error
            logger.debug("rollback of %s failed: %s", self.path, err)
        self._db.close()

    # -- articles ----------------------------------------------------------------------------------------

    def see(self, article_id: str, origin: str | None) -> None:
        self._db.execute("INSERT OR IGNORE INTO seen (id, origin) VALUES (?, ?)", (article_id, origin))

    def first_seen(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT origin FROM seen WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else row[0]

    def spool(self, article: Article) -> None:
        """Keep the article's text until its story is briefed."""
        payload = json.dumps([getattr(article, name) for name in _FIELDS], ensure_ascii=False)
        self._db.execute("INSERT OR REPLACE INTO spool (id, article) VALUES (?, ?)", (article.id, payload))

    def articles(self, ids: Iterable[str]) -> list[Article]:
        """The spooled articles with these ids, in the order given (ids not spooled are left out)."""
        ids = list(ids)
        found: dict[str, Article] = {}
        for start in range(0, len(ids), 500):  # SQLite caps the number of bound parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, payload in self._db.execute(f"SELECT id, article FROM spool WHERE id IN ({marks})", chunk):
                found[key] = Article(**dict(zip(_FIELDS, json.loads(payload), strict=True)))
        return [found[i] for i in ids if i in found]

    def unspool(self, ids: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM spool WHERE id = ?", ((i,) for i in ids))

    # -- rejects and stories -----------------------------------------------------------------------------

    def reject(self, file: int, sub: int, reject: Reject) -> None:
        record = json.dumps(reject.to_dict(), ensure_ascii=False)
        self._db.execute(
            "INSERT OR REPLACE INTO rejects (file, line, sub, record) VALUES (?, ?, ?, ?)",
            (file, reject.line or 0, sub, record),
        )

    def rejects(self) -> Iterator[str]:
        """The rejects as ``rejects.jsonl`` lines, in input order."""
        for (record,) in self._db.execute("SELECT record FROM rejects ORDER BY file, line, sub"):
            yield record

    def n_rejects(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM rejects").fetchone()[0])

    def add_story(self, seq: int, story_id: str, record: dict[str, Any], kept: list[str], state: str) -> None:
        """Record a story the stream put out; ``state`` is ``pending`` (to brief) or ``skip``."""
        self._db.execute(
            "INSERT OR REPLACE INTO stories (seq, id, record, kept, size, state) VALUES (?, ?, ?, ?, ?, ?)",
            (seq, story_id, json.dumps(record, ensure_ascii=False), json.dumps(kept), len(record["articles"]), state),
        )

    def story_done(self, story_id: str, state: str, info: dict[str, Any] | None, note: str | None) -> None:
        self._db.execute(
            "UPDATE stories SET state = ?, info = ?, note = ? WHERE id = ?",
            (state, None if info is None else json.dumps(info, ensure_ascii=False), note, story_id),
        )

    def n_stories(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def pending(self) -> list[tuple[str, list[str]]]:
        """Stories put out but not briefed yet (a resumed run briefs them first), in stream order."""
        rows = self._db.execute("SELECT id, kept FROM stories WHERE state = 'pending' ORDER BY seq")
        return [(story_id, json.loads(kept)) for story_id, kept in rows]

    def counts(self) -> dict[str, int]:
        """Stories per brief state."""
        return {state: int(n) for state, n in self._db.execute("SELECT state, count(*) FROM stories GROUP BY state")}

    def stories(self) -> Iterator[StoryRow]:
        """Every story, in the order the stream put them out."""
        for story_id, record, size, state, info, note in self._db.execute(
            "SELECT id, record, size, state, info, note FROM stories ORDER BY seq"
        ):
            yield StoryRow(story_id, json.loads(record), size, state, None if info is None else json.loads(info), note)
