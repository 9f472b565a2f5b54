"""Links in: fetching pages politely and safely, an on-disk HTTP cache, and pages read as articles.

The package lives at ``newsbrief.web`` (not under ``ingest``: the server and ``follow`` use it as well as
the readers, and it is the only code that touches the network). ``newsbrief.web.fetch`` says how to use it.

::

    address.py  which URLs may be fetched; the server's public-address (SSRF) rule
    fetch.py    FetchPolicy, Page, Fetcher (fetch, fetch_many): robots.txt, redirects, caps, retries, limits
    cache.py    HttpCache: one SQLite file in the XDG cache folder, RFC 9111 freshness and revalidation
    extract.py  extract_article(page) -> Article (trafilatura through the ingest readers; htmldate)
"""

from __future__ import annotations

from newsbrief.errors import FETCH_REASONS, FetchError, FetchRefusedError, FetchTooLargeError
from newsbrief.web.cache import HttpCache, default_cache_dir
from newsbrief.web.extract import extract_article
from newsbrief.web.fetch import FEED_TYPES, PAGE_TYPES, USER_AGENT, Fetcher, FetchPolicy, Page

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
