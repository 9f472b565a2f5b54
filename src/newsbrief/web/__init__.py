"""Links in: fetching pages politely and safely, an on-disk HTTP cache, and pages read as articles.

The package lives at ``newsbrief.web`` (not under ``ingest``: the server and ``follow`` use it as well as
the readers, and it is the only code that touches the network). ``newsbrief.web.fetch`` says how to use it.

::

    address.py  which URLs may be fetched; the server's public-address (SSRF) rule
    policy.py   FetchPolicy (every knob of the fetcher) and USER_AGENT, without the HTTP stack
    fetch.py    Page, Fetcher (fetch, fetch_many): robots.txt, redirects, caps, retries, limits
    pace.py     HostPacer: a robots.txt Crawl-delay spaces the requests to its host
    cache.py    HttpCache: one SQLite file in the XDG cache folder, RFC 9111 freshness and revalidation,
                bounded in size (least recently used out) and age
    extract.py  extract_article(page) -> Article (trafilatura through the ingest readers; htmldate)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsbrief.errors import FETCH_REASONS, FetchError, FetchRefusedError, FetchTooLargeError

if TYPE_CHECKING:
    from newsbrief.web.cache import HttpCache, default_cache_dir
    from newsbrief.web.extract import extract_article
    from newsbrief.web.fetch import FEED_TYPES, PAGE_TYPES, USER_AGENT, Fetcher, FetchPolicy, Page

# Loaded on first use (PEP 562): ``from newsbrief.web.cache import ...`` (the command line's defaults) then
# costs the cache module alone, not httpx and trafilatura, which every command would otherwise pay at start.
_LAZY = {
    "HttpCache": "cache",
    "default_cache_dir": "cache",
    "extract_article": "extract",
    "FEED_TYPES": "fetch",
    "PAGE_TYPES": "fetch",
    "USER_AGENT": "fetch",
    "Fetcher": "fetch",
    "FetchPolicy": "fetch",
    "Page": "fetch",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FEED_TYPES",
    "FETCH_REASONS",
    "PAGE_TYPES",
    "USER_AGENT",
    "FetchError",
    "FetchPolicy",
    "FetchRefusedError",
    "FetchTooLargeError",
    "Fetcher",
    "HttpCache",
    "Page",
    "default_cache_dir",
    "extract_article",
]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
