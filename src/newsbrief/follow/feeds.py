"""Which feeds to follow, and the items a feed lists: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed.

FEEDS on the command line are feed URLs, text files of feed URLs (one a line, ``#`` comments) or OPML
exports of a feed reader (every ``outline`` with an ``xmlUrl``). A bad line of a feed list is bad input
(one line naming the file and line, exit 2); a bad *entry* of a feed is not: the web is full of them, so
it becomes a :class:`Problem` that the run reports and skips, and the other entries are read.

feedparser (Universal Feed Parser) reads every XML dialect, tolerates the broken markup real feeds carry
and gives dates as UTC ``struct_time``; it does not read JSON Feed (jsonfeed.org, version 1 and 1.1),
whose few fields are read here from the parsed JSON.
"""

from __future__ import annotations

import calendar
import json
import logging
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from newsbrief.errors import InputError
from newsbrief.ingest.decode import check_regular, decode_bytes, read_bytes

__all__ = ["FeedItem", "FeedParse", "Problem", "is_url", "parse_feed", "read_feed_list"]

logger = logging.getLogger(__name__)

#: A feed list larger than this is not a list of feeds (an OPML export of 10,000 feeds is ~2 MB).
_MAX_LIST_BYTES = 10_000_000


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: the page it links to and what the feed says of it.

    ``url`` is the absolute link without its fragment (the key that makes an item new or known);
    ``published`` an ISO 8601 UTC timestamp where the feed dates the entry.
    """

    url: str
    feed: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """An entry (or a whole feed) that could not be used: where, and why, in a few words."""

    feed: str
    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class FeedParse:
    """The usable items of one feed document, the problems met on the way, and the feed's own title."""

    items: tuple[FeedItem, ...]
    problems: tuple[Problem, ...]
    title: str | None = None


def is_url(text: str) -> bool:
    """An absolute http(s) URL with a host."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _list_file(path: Path) -> list[str]:
    source = str(path)
    if not path.exists():
        raise InputError("no such file (give feed URLs, a text file of URLs or an OPML file)", source=source)
    check_regular(path)
    text = decode_bytes(read_bytes(path, max_bytes=_MAX_LIST_BYTES), source=source)
    head = text.lstrip("\ufeff \t\r\n")[:500].lower()
    if head.startswith("<") and "<opml" in head:
        return _opml_urls(text, source)
    urls = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise InputError(f"not an http(s) feed URL: {line[:80]!r}", source=source, line=lineno)
        urls.append(line)
    return urls


def _opml_urls(text: str, source: str) -> list[str]:
    """The ``xmlUrl`` of every outline of an OPML document (OPML 1.0 and 2.0; folders are nested outlines)."""
    try:
        root = ET.fromstring(text.encode("utf-8"))  # expat: no external entities; bounded entity expansion
    except ET.ParseError as err:
        raise InputError(f"not a readable OPML file ({err})", source=source) from err
    urls = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            if not is_url(url):
                raise InputError(f"OPML outline with a feed URL that is not http(s): {url[:80]!r}", source=source)
            urls.append(url)
    return urls


def read_feed_list(args: Iterable[str]) -> list[str]:
    """The feed URLs named by ``args`` (URLs, text files of URLs, OPML files), first occurrence order.

    Raises:
        InputError: a file that is missing or holds a line that is not a feed URL (naming file and line), or
            no feed at all.
    """
    urls: list[str] = []
    for arg in args:
        urls.extend([arg.strip()] if is_url(arg) else _list_file(Path(arg)))
    unique = list(dict.fromkeys(urls))
    if not unique:
        raise InputError("no feed URL given", source=" ".join(args) or "FEEDS")
    return unique


# -- one feed document ---------------------------------------------------------------------------------


def _clean_url(link: str | None, base: str) -> str | None:
    if not link or not isinstance(link, str):
        return None
    url = urldefrag(urljoin(base, link.strip()))[0]
    return url if is_url(url) else None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError, OSError):
        return None


def _json_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_json_feed(text: str, url: str) -> FeedParse:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as err:
        return FeedParse((), (Problem(url, url, f"not a feed (invalid JSON: {err})"),))
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        return FeedParse((), (Problem(url, url, "not a feed (JSON without an items list)"),))
    title = _text(doc.get("title"))
    items, problems = [], []
    for n, entry in enumerate(doc["items"], start=1):
        where = f"{url} item {n}"
        if not isinstance(entry, dict):
            problems.append(Problem(url, where, "malformed entry (not an object)"))
            continue
        link = _clean_url(entry.get("url") or entry.get("external_url"), url)
        if link is None:
            problems.append(Problem(url, where, "malformed entry (no http(s) link)"))
            continue
        items.append(FeedItem(link, url, _text(entry.get("title")), _json_date(entry.get("date_published")), title))
    return FeedParse(tuple(items), tuple(problems), title)


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> FeedParse:
    """The items of one feed document; entries without a usable link are problems, not errors.

    Args:
        body: the document as fetched.
        url: where it came from (relative links resolve against it; problems name it).
        content_type: the HTTP Content-Type, which tells a JSON Feed from XML where given.
    """
    kind = (content_type or "").split(";")[0].strip().lower()
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if kind in ("application/feed+json", "application/json") or stripped.startswith(b"{"):
        return _parse_json_feed(body.decode("utf-8", errors="replace"), url)
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url, "content-type": content_type or ""})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = getattr(parsed, "bozo_exception", None)
        return FeedParse((), (Problem(url, url, f"not a feed ({reason or 'no RSS, Atom or JSON Feed found'})"),))
    title = _text(parsed.feed.get("title"))
    items, problems = [], []
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{url} entry {n}"
        candidates = [entry.get("link"), *(link.get("href") for link in entry.get("links", ()))]
        if entry.get("id"):
            candidates.append(entry["id"])
        link = next((u for u in (_clean_url(c, url) for c in candidates) if u), None)
        if link is None:
            problems.append(Problem(url, where, "malformed entry (no http(s) link)"))
            continue
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        items.append(FeedItem(link, url, _text(entry.get("title")), published, title))
    return FeedParse(tuple(items), tuple(problems), title)
