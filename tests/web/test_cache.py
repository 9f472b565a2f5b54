"""The HTTP cache's freshness rules (RFC 9111) and its SQLite file."""

from __future__ import annotations

import email.utils
import time
from pathlib import Path

import pytest

from newsbrief.web.cache import HttpCache, default_cache_dir, freshness_lifetime


def http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "lifetime"),
    [
        ({"cache-control": "max-age=600"}, 600),
        ({"cache-control": "public, max-age=60, must-revalidate"}, 60),
        ({"cache-control": "no-cache, max-age=600"}, 0),
        ({"cache-control": "max-age=abc"}, 0),
        ({"date": http_date(0), "expires": http_date(120)}, 120),
        ({"date": http_date(0), "expires": "0"}, 0),
        ({"date": http_date(0), "last-modified": http_date(-1000)}, 100),  # 10% heuristic
        ({"date": http_date(0), "last-modified": http_date(-90 * 86_400)}, 86_400),  # capped at a day
        ({"etag": '"x"'}, 0),
    ],
)
def test_freshness_lifetime(headers: dict[str, str], lifetime: float) -> None:
    assert freshness_lifetime(headers) == pytest.approx(lifetime, abs=2)


def test_store_refresh_and_what_is_not_stored(tmp_path: Path) -> None:
    cache = HttpCache(tmp_path)
    assert not cache.put("http://a.test/x", final_url="http://a.test/x", status=200, headers={}, body=b"x")
    assert not cache.put(
        "http://a.test/n", final_url="http://a.test/n", status=200, headers={"cache-control": "no-store"}, body=b"n"
    )
    headers = {"etag": '"v1"', "cache-control": "no-cache", "content-type": "text/html"}
    assert cache.put("http://a.test/p", final_url="http://a.test/q", status=200, headers=headers, body=b"<p>hi</p>")
    entry = cache.get("http://a.test/p")
    assert entry is not None and entry.final_url == "http://a.test/q" and entry.body == b"<p>hi</p>"
    assert not entry.is_fresh() and entry.validators() == {"If-None-Match": '"v1"'}
    fresh = cache.refresh(entry, {"cache-control": "max-age=60", "etag": '"v1"'})
    assert fresh.is_fresh() and cache.get("http://a.test/p").is_fresh()
    assert len(cache) == 1
    cache.close()
    assert len(HttpCache(tmp_path)) == 1  # on disk


def test_age_header_counts_against_freshness(tmp_path: Path) -> None:
    cache = HttpCache(tmp_path)
    cache.put(
        "http://a.test/",
        final_url="http://a.test/",
        status=200,
        headers={"cache-control": "max-age=60", "age": "100"},
        body=b"x",
    )
    assert not cache.get("http://a.test/").is_fresh()


def test_default_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "newsbrief"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir().name == "newsbrief"


def _put(cache: HttpCache, url: str, body: bytes) -> None:
    assert cache.put(url, final_url=url, status=200, headers={"cache-control": "max-age=600"}, body=body)


def test_size_bound_evicts_least_recently_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsbrief.web.cache._USE_GRANULARITY_S", 0.0)  # every read marks its entry used
    cache = HttpCache(tmp_path, max_mb=0.1)  # 100,000 bytes
    _put(cache, "http://a.test/keep", b"k" * 10_000)
    for i in range(30):  # 300 kB offered in all
        _put(cache, f"http://a.test/{i}", b"x" * 10_000)
        if i % 5 == 0:
            assert cache.get("http://a.test/keep") is not None  # read now and then: recently used
        assert cache.size_bytes() <= 100_000
    assert cache.get("http://a.test/keep") is not None
    assert cache.get("http://a.test/0") is None and cache.get("http://a.test/29") is not None
    assert 8 <= len(cache) <= 10
    cache.close()
    assert HttpCache(tmp_path, max_mb=0.05).size_bytes() <= 50_000  # a smaller bound applies on opening


def test_age_bound_deletes_entries_unused_for_long(tmp_path: Path) -> None:
    cache = HttpCache(tmp_path, max_age_days=30)
    _put(cache, "http://a.test/old", b"o")
    _put(cache, "http://a.test/new", b"n")
    assert cache.evict(now=time.time() + 29 * 86_400) == 0
    assert cache.evict(now=time.time() + 31 * 86_400) == 2
    assert len(cache) == 0


def test_a_cache_file_from_before_eviction_is_upgraded(tmp_path: Path) -> None:
    import sqlite3

    db = sqlite3.connect(tmp_path / "http-cache.sqlite3")
    db.execute(
        "CREATE TABLE pages (url TEXT PRIMARY KEY, final_url TEXT NOT NULL, status INTEGER NOT NULL,"
        " headers TEXT NOT NULL, body BLOB NOT NULL, stored_at REAL NOT NULL)"
    )
    db.execute("INSERT INTO pages VALUES ('http://a.test/', 'http://a.test/', 200, '{}', x'00', ?)", (time.time(),))
    db.commit()
    db.close()
    cache = HttpCache(tmp_path)
    assert cache.get("http://a.test/") is not None and cache.evict(now=time.time() + 31 * 86_400) == 1


def test_bounds_must_be_positive(tmp_path: Path) -> None:
    from newsbrief.errors import ConfigError

    with pytest.raises(ConfigError, match="cache bounds"):
        HttpCache(tmp_path, max_mb=0)
