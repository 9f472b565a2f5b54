"""The story stream's state as SQLite rows, written as it changes: a checkpoint costs what changed, not the feed.

A stories run checkpoints its :class:`~newsbrief.stories.StoryStream` every few thousand articles. Pickling the
whole stream each time (newsbrief 0.x) made every commit as large as the state: every MinHash signature of the
dedup index, the 2^20 document frequencies, every open story, so the cost of a commit grew with the feed. Here
the stream's bulky parts live in *journaled* containers that remember which keys changed since the last
commit, and a commit writes only those keys as rows of one ``state`` table (a deleted key deletes its row):

- :class:`JournaledDict` / :class:`JournaledOrderedDict`: one row per key (MinHash signatures of kept articles,
  open stories, the copies and arrival positions of the articles in open stories);
- numpy arrays (document frequencies): one row per entry that differs from the last commit;
- :class:`Derived` parts (the LSH band tables, the clusterer's inverted index, scratch buffers) are not stored at all:
  they are functions of the stored parts, and each owner rebuilds them on resume (``rebuild_derived``). The LSH band
  keys are computed from the signatures by ``datasketch`` exactly as when they were first inserted, so storing
  them as well would only double the rows.

Everything else of the stream (counters, configuration, the IDF warm-up buffer) is small and is pickled as one
blob, with the bulky parts replaced by references (pickle's ``persistent_id``). The owners declare their parts
with a ``checkpoint_parts()`` method, ``{name: object}``, and rebuild the derived ones in ``rebuild_derived()``
(:class:`Checkpointed`: public methods, since this module calls them on objects of other modules).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import OrderedDict
from collections.abc import Hashable
from io import BytesIO
from typing import Any, Protocol

import numpy as np

__all__ = ["Checkpointed", "Derived", "JournaledDict", "JournaledOrderedDict", "StreamStore"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS state (part TEXT NOT NULL, key BLOB NOT NULL, stamp INTEGER NOT NULL, value BLOB,
                                  PRIMARY KEY (part, key));
"""

_DERIVED = "derived"


class Checkpointed(Protocol):
    """What the store asks of a stream it saves: its parts by name, and a way to make the derived ones again."""

    def checkpoint_parts(self) -> dict[str, object]:
        """``{name: part}``: journaled dicts and arrays are stored as rows, :class:`Derived` ones not at all."""
        ...

    def rebuild_derived(self) -> None:
        """Make the :class:`Derived` parts from the stored ones (after a resume)."""
        ...


class Derived:
    """Wraps a part that is rebuilt on resume rather than stored (its owner's ``rebuild_derived`` makes it again)."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any) -> None:
        self.obj = obj


class _Journal:
    """The changed-keys bookkeeping shared by both journaled dicts (a mixin over a dict type)."""

    changed: set[Hashable]

    def __setitem__(self, key: Hashable, value: Any) -> None:
        super().__setitem__(key, value)  # type: ignore[misc]
        self.changed.add(key)

    def __delitem__(self, key: Hashable) -> None:
        super().__delitem__(key)  # type: ignore[misc]
        self.changed.add(key)

    def pop(self, key: Hashable, *default: Any) -> Any:
        if key in self:  # type: ignore[operator]
            self.changed.add(key)
        return super().pop(key, *default)  # type: ignore[misc]

    def setdefault(self, key: Hashable, default: Any = None) -> Any:
        if key not in self:  # type: ignore[operator]
            self.changed.add(key)
        return super().setdefault(key, default)  # type: ignore[misc]

    def clear(self) -> None:
        self.changed.update(self)  # type: ignore[arg-type]
        super().clear()  # type: ignore[misc]

    def touch(self, key: Hashable) -> None:
        """Mark ``key`` changed after its value was modified in place (a list appended to, a story grown)."""
        self.changed.add(key)


class JournaledDict(_Journal, dict):
    """A dict that remembers which keys were set, deleted or :meth:`touch`-ed since the last commit."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.changed = set()
        dict.__init__(self, *args, **kwargs)
        self.changed.update(self)  # new to any checkpoint: every item is written at the next save

    def __reduce__(self) -> tuple:  # a plain pickle (outside a checkpoint) keeps the items, not the journal
        return (type(self), (dict(self),))


class JournaledOrderedDict(_Journal, OrderedDict):
    """An OrderedDict that journals like :class:`JournaledDict`; ``move_to_end`` counts as a change.

    Stored rows carry a stamp in dict order, so a resumed dict has the same order (least recently used
    first, which decides which open story closes first on undated input).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.changed = set()
        OrderedDict.__init__(self, *args, **kwargs)

    def move_to_end(self, key: Hashable, last: bool = True) -> None:
        super().move_to_end(key, last)
        self.changed.add(key)

    def __reduce__(self) -> tuple:
        return (type(self), (list(self.items()),))


_KINDS = {JournaledDict: "dict", JournaledOrderedDict: "odict"}


class StreamStore:
    """Saves a stream's changes as rows of ``state`` and loads it back; one per checkpoint connection.

    Args:
        db: the checkpoint's connection; every write joins its open transaction (committed by the caller).
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._db.executescript(SCHEMA)
        self._arrays: dict[str, np.ndarray] = {}  # the arrays as of the last commit, to diff against
        self._stamp = int(db.execute("SELECT coalesce(max(stamp), 0) FROM state").fetchone()[0])
        self.rows_written: dict[str, int] = {}  # per part, rows the last save wrote or deleted (tests, benchmarks)

    def save(self, stream: Checkpointed) -> bytes:
        """Write the rows that changed since the last save; return the pickled rest of the stream."""
        parts: dict[str, Any] = stream.checkpoint_parts()
        names = {id(_unwrap(obj)): name for name, obj in parts.items()}
        self.rows_written = dict.fromkeys(parts, 0)
        for name, obj in parts.items():
            if isinstance(obj, _Journal):
                self._save_journal(name, obj)
            elif isinstance(obj, np.ndarray):
                self._save_array(name, obj)
        buffer = BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.persistent_id = lambda obj: _reference(names, parts, id(obj))  # type: ignore[method-assign]
        pickler.dump(stream)
        return buffer.getvalue()

    def load(self, blob: bytes) -> Any:
        """The stream saved by the last commit: the blob, its parts read back from rows, derived parts rebuilt."""
        unpickler = pickle.Unpickler(BytesIO(blob))
        unpickler.persistent_load = self._load_part  # type: ignore[method-assign]
        stream = unpickler.load()
        stream.rebuild_derived()
        return stream

    def clear(self) -> None:
        """Drop every row (the stream has ended)."""
        self._db.execute("DELETE FROM state")
        self._arrays.clear()

    # -- internals ---------------------------------------------------------------------------------------

    def _next_stamp(self) -> int:
        self._stamp += 1
        return self._stamp

    def _save_journal(self, name: str, journal: Any) -> None:
        if not journal.changed:
            return
        changed = journal.changed
        present = [key for key in journal if key in changed] if isinstance(journal, OrderedDict) else None
        gone = [key for key in changed if key not in journal]
        if present is None:
            present = [key for key in changed if key in journal]
        self._db.executemany("DELETE FROM state WHERE part = ? AND key = ?", ((name, key) for key in gone))
        self._db.executemany(
            "INSERT OR REPLACE INTO state (part, key, stamp, value) VALUES (?, ?, ?, ?)",
            (
                (name, key, self._next_stamp(), pickle.dumps(journal[key], protocol=pickle.HIGHEST_PROTOCOL))
                for key in present
            ),
        )
        self.rows_written[name] = len(gone) + len(present)
        journal.changed = set()

    def _save_array(self, name: str, array: np.ndarray) -> None:
        before = self._arrays.get(name)
        if before is None or before.shape != array.shape:
            before = np.zeros_like(array)  # a row only for a nonzero entry: absent rows read back as 0
        where = np.flatnonzero(array != before)
        if where.size:
            values = array[where].tolist()
            self._db.executemany(
                "INSERT OR REPLACE INTO state (part, key, stamp, value) VALUES (?, ?, 0, ?)",
                ((name, int(k), v) for k, v in zip(where.tolist(), values, strict=True)),
            )
            self.rows_written[name] = int(where.size)
        self._arrays[name] = array.copy()

    def _load_part(self, reference: tuple) -> Any:
        name, kind, *shape = reference
        if kind == _DERIVED:
            return None
        if kind.startswith("array:"):
            array = np.zeros(tuple(shape), dtype=np.dtype(kind[6:]))
            rows = self._db.execute("SELECT key, value FROM state WHERE part = ?", (name,)).fetchall()
            if rows:
                keys, values = zip(*rows, strict=True)
                array[np.asarray(keys, dtype=np.int64)] = values
            self._arrays[name] = array.copy()
            return array
        journal = JournaledOrderedDict() if kind == "odict" else JournaledDict()
        rows = self._db.execute("SELECT key, value FROM state WHERE part = ? ORDER BY stamp", (name,))
        base = OrderedDict if kind == "odict" else dict
        for key, value in rows:
            base.__setitem__(journal, key, pickle.loads(value))  # not journaled: the rows are already stored
        return journal


def _reference(names: dict[int, str], parts: dict[str, Any], key: int) -> tuple | None:
    """The persistent reference of a part (None: pickle the object as usual)."""
    name = names.get(key)
    if name is None:
        return None
    obj = parts[name]
    if isinstance(obj, Derived):
        return (name, _DERIVED)
    kind = _KINDS.get(type(obj))
    if kind is not None:
        return (name, kind)
    if isinstance(obj, np.ndarray):
        return (name, f"array:{obj.dtype.str}", *obj.shape)
    raise TypeError(f"checkpoint part {name!r} is a {type(obj).__name__}: journal it, or mark it Derived")


def _unwrap(obj: Any) -> Any:
    return obj.obj if isinstance(obj, Derived) else obj
