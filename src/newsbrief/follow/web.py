"""The web as ``follow`` sees it: feeds by conditional GET, pages fetched many at a time and read as articles.

A thin layer over :mod:`newsbrief.web` (the one HTTP client: robots.txt, caps, retries, per-host limits) that
turns its errors into the short reasons the run counts and reports. No HTTP cache: the follow store keeps
each feed's ``ETag``/``Last-Modified`` itself and never asks for a page twice, so the digest folder holds one
database only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsbrief.errors import FetchError, InputError
from newsbrief.model import Article
from newsbrief.web import FEED_TYPES, Fetcher, FetchPolicy, extract_article

__all__ = ["FeedResponse", "WebClient", "transient"]

#: The reason of a page that had a body but no article text in it (a binary body, an empty page).
NO_TEXT = "no article text"


def transient(reason: str | None) -> bool:
    """A failure that may pass (worth another try on a later run), unlike a 404 or robots.txt."""
    return bool(reason) and (reason in ("timeout", "connection failed", "http 429") or reason.startswith("http 5"))


@dataclass(frozen=True, slots=True)
class FeedResponse:
    """A feed as fetched: its body (empty when not modified), its type and its validators."""

    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool = False


class WebClient:
    """Fetch feeds and pages under one :class:`~newsbrief.web.FetchPolicy` (no cache: see the module docstring)."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self._fetcher = Fetcher(policy or FetchPolicy(), cache=None)
        self.concurrency = self._fetcher.policy.concurrency

    def feed(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FeedResponse | str:
        """Fetch a feed, conditionally when validators are given; the reason of the failure otherwise."""
        try:
            page = self._fetcher.fetch(url, accept=FEED_TYPES, etag=etag, last_modified=last_modified)
        except FetchError as err:
            return err.reason
        if page.not_modified:
            return FeedResponse(b"", None, etag, last_modified, not_modified=True)
        return FeedResponse(page.body, page.content_type, page.etag, page.last_modified)

    def pages(self, urls: list[str]) -> Iterator[tuple[str, Article | str]]:
        """Fetch and extract each page, yielding ``(url, article or reason)`` in the order they finish."""
        for url, got in self._fetcher.fetch_many(urls):
            if isinstance(got, FetchError):
                yield url, got.reason
                continue
            try:
                yield url, extract_article(got, article_id=url)
            except InputError:
                yield url, NO_TEXT

    def close(self) -> None:
        self._fetcher.close()
