"""An on-disk HTTP cache of fetched pages: one SQLite file, shared by threads and processes.

Why our own and not ``hishel``: the fetcher follows redirects by hand (each hop checked, the address pinned
for the server's public-only rule) and streams bodies under a byte cap, so the cache must sit above the
transport and key on the URL the user gave, not on the pinned per-hop request that a caching transport sees.
What it keeps is small: the final answer of a successful fetch (status 200) with its headers.

Freshness follows RFC 9111 for a private cache (section 4.2): ``Cache-Control: no-store`` is never stored;
``no-cache`` (or ``max-age=0``) stores but always revalidates; ``max-age``, else ``Expires`` minus ``Date``,
gives the lifetime, less the ``Age`` the answer already had; with neither, a ``Last-Modified`` date gives the
heuristic lifetime of 10% of the time since that modification (4.2.2), capped at one day. A stale entry with
an ``ETag`` or ``Last-Modified`` is revalidated with a conditional GET (``If-None-Match`` /
``If-Modified-Since``); a ``304`` refreshes it. So a second run makes no request at all for a page still
fresh, and one 304 for a page whose server asks to revalidate.

A redirect chain is stored under the URL first asked for (the entry records the final URL): a page that
was fetched through a redirect is not asked for again while fresh.

The file is bounded two ways (``newsbrief brief --cache-max-mb``): past ``max_mb`` of stored answers the least
recently used are deleted until it is back under 90% of the bound (the margin spares an eviction per page
once full), and an entry unused for ``max_age_days`` is deleted when the cache is opened (such an entry is
stale in all but name: a lifetime is at most a day unless the server asked for more, and a revalidation
costs one request). Defaults: 256 MB (about 50,000 news pages at the 5 kB of HTML the fetch benchmark's pages
average) and 30 days. ``--no-cache`` or deleting the folder clears it.
"""

from __future__ import annotations

import email.utils
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from newsbrief.errors import ConfigError

__all__ = [
    "DEFAULT_MAX_AGE_DAYS",
    "DEFAULT_MAX_MB",
    "CacheEntry",
    "HttpCache",
    "default_cache_dir",
    "freshness_lifetime",
]

#: Heuristic freshness (RFC 9111 4.2.2): this fraction of the time since Last-Modified, at most a day.
HEURISTIC_FRACTION = 0.1
HEURISTIC_CAP_S = 86_400.0
#: Bounds of the cache file (see the module docstring).
DEFAULT_MAX_MB = 256.0
DEFAULT_MAX_AGE_DAYS = 30.0
#: Evicting past the bound stops at this share of it.
_LOW_WATER = 0.9
#: A read marks an entry used at most this often (seconds): most reads then write nothing.
_USE_GRANULARITY_S = 60.0
_FILE = "http-cache.sqlite3"
_SIZE = "length(body) + length(headers) + length(url) + length(final_url)"


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsbrief`` (``~/.cache/newsbrief``), or the platform's user cache folder."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "newsbrief"
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsbrief", appauthor=False))


def _directives(headers: dict[str, str]) -> dict[str, str]:
    """``Cache-Control`` as ``{directive: value}`` (lower-case names; value "" when it has none)."""
    found: dict[str, str] = {}
    for part in headers.get("cache-control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            found[name.lower()] = value.strip().strip('"')
    return found


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def storable(headers: dict[str, str]) -> bool:
    """False for ``no-store`` answers, and for answers that could never be reused (no lifetime, no validator)."""
    if "no-store" in _directives(headers):
        return False
    return freshness_lifetime(headers) > 0 or "etag" in headers or "last-modified" in headers


def freshness_lifetime(headers: dict[str, str]) -> float:
    """Seconds an answer stays fresh after it was received (RFC 9111 4.2.1, and 4.2.2's heuristic)."""
    directives = _directives(headers)
    if "no-cache" in directives or "no-store" in directives:
        return 0.0
    if "max-age" in directives:
        try:
            return max(0.0, float(directives["max-age"]))
        except ValueError:
            return 0.0  # a malformed max-age is stale (RFC 9111 4.2.1)
    date = _http_date(headers.get("date"))
    if "expires" in headers:
        expires = _http_date(headers["expires"])
        return 0.0 if expires is None or date is None else max(0.0, expires - date)
    modified = _http_date(headers.get("last-modified"))
    if modified is not None:
        base = date if date is not None else time.time()
        return min(HEURISTIC_CAP_S, max(0.0, HEURISTIC_FRACTION * (base - modified)))
    return 0.0


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """A stored answer: what a :class:`~newsbrief.web.fetch.Page` needs, and when it was received."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    stored_at: float

    def is_fresh(self, now: float | None = None) -> bool:
        """Still fresh: may be used with no request at all."""
        now = time.time() if now is None else now
        try:
            age_header = float(self.headers.get("age", "0"))
        except ValueError:
            age_header = 0.0
        return freshness_lifetime(self.headers) > (now - self.stored_at) + age_header

    def validators(self) -> dict[str, str]:
        """Headers of a conditional GET that revalidates this entry (empty when it has no validator)."""
        found = {}
        if "etag" in self.headers:
            found["If-None-Match"] = self.headers["etag"]
        if "last-modified" in self.headers:
            found["If-Modified-Since"] = self.headers["last-modified"]
        return found


class HttpCache:
    """The cache folder's SQLite file. Safe to share between threads (one lock) and processes (WAL).

    Args:
        directory: the cache folder (created if absent).
        max_mb: the stored answers are kept under this many megabytes (10^6 bytes), least recently used out.
        max_age_days: entries unused for this long are deleted when the cache is opened.
    """

    def __init__(
        self, directory: str | Path, *, max_mb: float = DEFAULT_MAX_MB, max_age_days: float = DEFAULT_MAX_AGE_DAYS
    ) -> None:
        if max_mb <= 0 or max_age_days <= 0:
            raise ConfigError(f"cache bounds must be positive, got {max_mb:g} MB and {max_age_days:g} days")
        self.max_bytes = int(max_mb * 1_000_000)
        self.max_age_s = max_age_days * 86_400.0
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / _FILE
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, final_url TEXT NOT NULL, status INTEGER NOT NULL,"
            " headers TEXT NOT NULL, body BLOB NOT NULL, stored_at REAL NOT NULL, used_at REAL NOT NULL DEFAULT 0)"
        )
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(pages)")}
        if "used_at" not in columns:  # a cache written before eviction: every entry counts as used when stored
            self._db.execute("ALTER TABLE pages ADD COLUMN used_at REAL NOT NULL DEFAULT 0")
            self._db.execute("UPDATE pages SET used_at = stored_at")
        self._db.execute("CREATE INDEX IF NOT EXISTS pages_used ON pages (used_at)")
        self._bytes = 0
        self.evict()

    def get(self, url: str) -> CacheEntry | None:
        """The entry stored for ``url``, fresh or stale, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT final_url, status, headers, body, stored_at, used_at FROM pages WHERE url = ?", (url,)
            ).fetchone()
            if row is None:
                return None
            now = time.time()
            if now - float(row[5]) > _USE_GRANULARITY_S:
                self._db.execute("UPDATE pages SET used_at = ? WHERE url = ?", (now, url))
        final_url, status, headers, body, stored_at, _used = row
        return CacheEntry(url, final_url, int(status), json.loads(headers), bytes(body), float(stored_at))

    def put(self, url: str, *, final_url: str, status: int, headers: dict[str, str], body: bytes) -> bool:
        """Store an answer received now; False (and nothing stored) where the headers forbid it."""
        if not storable(headers):
            return False
        encoded = json.dumps(headers)
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)",
                (url, final_url, status, encoded, body, now, now),
            )
            self._bytes += len(body) + len(encoded) + len(url) + len(final_url)  # an estimate: a replaced row
            over = self._bytes > self.max_bytes  # is counted twice, until evict() measures the file's rows
        if over:
            self.evict(now)
        return True

    def evict(self, now: float | None = None) -> int:
        """Delete entries unused for ``max_age_days``, then the least recently used past ``max_mb``.

        Returns:
            How many entries were deleted.
        """
        now = time.time() if now is None else now
        with self._lock:
            deleted = self._db.execute("DELETE FROM pages WHERE used_at < ?", (now - self.max_age_s,)).rowcount
            total = int(self._db.execute(f"SELECT coalesce(sum({_SIZE}), 0) FROM pages").fetchone()[0])
            if total > self.max_bytes:
                target = total - int(self.max_bytes * _LOW_WATER)
                freed = 0
                doomed = []
                for url, size in self._db.execute(f"SELECT url, {_SIZE} FROM pages ORDER BY used_at, url"):
                    if freed >= target:
                        break
                    doomed.append((url,))
                    freed += int(size)
                self._db.executemany("DELETE FROM pages WHERE url = ?", doomed)
                deleted += len(doomed)
                total -= freed
            self._bytes = total
        return deleted

    def size_bytes(self) -> int:
        """Bytes of the stored answers (bodies, headers and URLs), as the bound counts them."""
        with self._lock:
            return int(self._db.execute(f"SELECT coalesce(sum({_SIZE}), 0) FROM pages").fetchone()[0])

    def refresh(self, entry: CacheEntry, headers: dict[str, str]) -> CacheEntry:
        """After a 304: the entry with the new answer's headers merged in (RFC 9111 4.3.4), received now."""
        merged = {**entry.headers, **{k: v for k, v in headers.items() if k not in ("content-length", "content-type")}}
        fresh = CacheEntry(entry.url, entry.final_url, entry.status, merged, entry.body, time.time())
        with self._lock:
            self._db.execute(
                "UPDATE pages SET headers = ?, stored_at = ?, used_at = ? WHERE url = ?",
                (json.dumps(merged), fresh.stored_at, fresh.stored_at, entry.url),
            )
        return fresh

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM pages").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()
