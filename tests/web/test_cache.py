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
