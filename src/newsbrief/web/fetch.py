"""Fetching web pages (and feeds) politely and safely: the one HTTP client of newsbrief.

Both faces use it: ``newsbrief brief URL...`` (and ``follow``) fetch what the user asks for, intranet
addresses included; the server's ``--allow-fetch`` sets ``FetchPolicy(public_only=True)``, which adds the
public-address rule of :mod:`newsbrief.web.address` (SSRF). How to use it::

    from newsbrief.web import Fetcher, FetchPolicy, HttpCache, FetchError, extract_article

    policy = FetchPolicy(timeout=10, per_host=2, concurrency=8)    # every knob; frozen
    with Fetcher(policy, cache=HttpCache(default_cache_dir())) as fetcher:   # cache=None: no cache
        page = fetcher.fetch(url)                        # -> Page, or raises FetchError(.url, .reason)
        article = extract_article(page)                  # -> Article (trafilatura; newsbrief.web.extract)
        for url, result in fetcher.fetch_many(urls):     # completion order, bounded per host and in total
            if isinstance(result, FetchError): ...       # result.reason: "404", "timeout", "robots.txt", ...
        feed = fetcher.fetch(feed_url, accept=FEED_TYPES)           # feeds: XML/JSON media types
        again = fetcher.fetch(feed_url, accept=FEED_TYPES, revalidate=True)  # conditional GET even if fresh

``fetch`` and ``fetch_many`` may be called from several threads at once. Conditional GET: with a cache, a
stale entry is revalidated with its ``ETag``/``Last-Modified`` (a 304 gives the stored page, ``from_cache``
True). Without one, pass ``etag=``/``last_modified=`` you kept: a 304 then gives a ``Page`` with status 304
and an empty body (``page.not_modified``).

What one fetch does, in order:

1. check the URL (http/https, a host, no credentials; under ``public_only`` every resolved address public,
   the connection pinned to the checked one);
2. a fresh cache entry is the answer, with no request (:mod:`newsbrief.web.cache` says when one is fresh);
3. robots.txt of the host, fetched once per fetcher (and cached like a page), read by ``protego``
   (RFC 9309: a 4xx robots.txt allows all, a 5xx disallows all); its ``Crawl-delay`` for us, if any, spaces
   the starts of our requests to that host (:mod:`newsbrief.web.pace`, up to ``max_crawl_delay``);
4. GET with a real User-Agent, redirects followed by hand (each hop checked like the first) up to
   ``max_redirects``, one deadline of ``timeout`` seconds for the whole attempt, the body streamed and refused
   past ``max_bytes``; at most ``per_host`` requests at a time to one host;
5. a timeout, a failed connection, a 5xx or a 429 is tried again ``retries`` times after ``backoff`` seconds
   (doubling); anything else fails at once.

Every failure is a :class:`~newsbrief.errors.FetchError` whose ``reason`` is one of "404" / "http NNN",
"timeout", "not HTML", "robots.txt", "too large", "too many redirects", "connection failed", "not allowed".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from newsbrief.errors import FetchError, FetchTooLargeError
from newsbrief.web.address import Resolver, Target, check_url, system_resolver
from newsbrief.web.cache import CacheEntry, HttpCache
from newsbrief.web.pace import HostPacer
from newsbrief.web.policy import USER_AGENT, FetchPolicy

logger = logging.getLogger(__name__)

__all__ = ["FEED_TYPES", "PAGE_TYPES", "USER_AGENT", "FetchPolicy", "Fetcher", "Page"]

#: Media types of article pages ("not HTML" otherwise). A page sent with no Content-Type is sniffed later.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
#: Media types of feeds (RSS, Atom, RDF, JSON Feed, OPML); servers often send feeds as text/xml or text/html.
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
    "application/xml",
    "text/xml",
    "text/x-opml",
    "text/html",
    "text/plain",
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_ROBOTS_MAX_BYTES = 512_000  # RFC 9309 2.5: parse at least 500 KiB


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched answer. ``headers`` has lower-case names; ``content_type`` is the bare media type."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    from_cache: bool = False

    @property
    def charset(self) -> str | None:
        """The charset the server declared in Content-Type, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def not_modified(self) -> bool:
        """A 304 to validators passed by hand (no cache held the page)."""
        return self.status == 304


def _media_type(headers: httpx.Headers | dict[str, str]) -> str:
    return headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _page(entry: CacheEntry) -> Page:
    return Page(entry.url, entry.final_url, entry.status, _media_type(entry.headers), entry.body, entry.headers, True)


@dataclass(frozen=True, slots=True)
class _Call:
    """What differs between a page fetch and a robots.txt fetch."""

    accept: tuple[str, ...] | None
    cap: int
    robots: bool
    retries: int
    slot: bool = True  # wait for a per-host slot


class _Retry(Exception):
    """An attempt failed in a way worth one more try; carries the error to raise when tries run out."""

    def __init__(self, error: FetchError) -> None:
        self.error = error


class Fetcher:
    """Fetch pages under a :class:`FetchPolicy`, through an optional :class:`~newsbrief.web.cache.HttpCache`.

    Args:
        policy: the knobs.
        cache: the on-disk cache, or None for none.
        resolver: host resolution under ``public_only`` (tests of the SSRF rule inject one).
        transport: an httpx transport (tests of the SSRF rule inject ``httpx.MockTransport``).
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        cache: HttpCache | None = None,
        *,
        resolver: Resolver = system_resolver,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.cache = cache
        self.resolver = resolver
        self._client = httpx.Client(
            transport=transport,
            trust_env=False,  # no environment proxies: a proxy would connect on our behalf, unchecked
            follow_redirects=False,
            timeout=self.policy.timeout,
            limits=httpx.Limits(
                max_connections=self.policy.concurrency, max_keepalive_connections=self.policy.concurrency
            ),
            headers={"User-Agent": self.policy.user_agent},
        )
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._robots: dict[str, object] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._delays: dict[str, float] = {}  # origin -> its robots.txt Crawl-delay for us (seconds)
        self._pacer = HostPacer()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (the cache belongs to whoever made it)."""
        self._client.close()

    # -- the public face ---------------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        accept: tuple[str, ...] | None = PAGE_TYPES,
        revalidate: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Page:
        """Fetch one URL.

        Args:
            url: an http(s) URL.
            accept: media types taken ("not HTML" otherwise); None takes any.
            revalidate: ask the server even when the cached copy is fresh (a conditional GET).
            etag, last_modified: validators kept by the caller; a 304 then gives ``Page.not_modified``.

        Raises:
            FetchError: with ``.url`` and ``.reason`` (see the module docstring).
        """
        validators = {}
        if etag:
            validators["If-None-Match"] = etag
        if last_modified:
            validators["If-Modified-Since"] = last_modified
        call = _Call(accept, self.policy.max_bytes, self.policy.respect_robots, self.policy.retries)
        return self._fetch(self._check(url), call, revalidate=revalidate, validators=validators)

    def fetch_many(
        self, urls: Iterable[str], *, accept: tuple[str, ...] | None = PAGE_TYPES
    ) -> Iterator[tuple[str, Page | FetchError]]:
        """Fetch many URLs at once, at most ``concurrency`` in all and ``per_host`` per host.

        Yields:
            ``(url, Page)`` or ``(url, FetchError)`` for each URL, in the order they finish.
        """
        # A sliding window of submitted fetches, so that memory holds a few pages, not every page of the run.
        window = 2 * self.policy.concurrency
        todo = iter(urls)
        with ThreadPoolExecutor(max_workers=self.policy.concurrency) as pool:
            pending: dict[Future[Page | FetchError], str] = {}

            def fill() -> None:
                for url in todo:
                    pending[pool.submit(self._fetch_or_error, url, accept)] = url
                    if len(pending) >= window:
                        return

            fill()
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), future.result()
                fill()

    # -- one fetch ---------------------------------------------------------------------------------------

    def _fetch_or_error(self, url: str, accept: tuple[str, ...] | None) -> Page | FetchError:
        try:
            return self.fetch(url, accept=accept)
        except FetchError as err:
            return err

    def _fetch(self, target: Target, call: _Call, *, revalidate: bool, validators: dict[str, str]) -> Page:
        """Cache, robots.txt, then the network (steps 2-5 of the module docstring)."""
        entry = self.cache.get(target.url) if self.cache is not None else None
        if entry is not None and not revalidate and entry.is_fresh():
            return self._accepted(_page(entry), call.accept)
        if call.robots:
            self._robots_check(target)
        if entry is not None:
            validators = {**entry.validators(), **validators}
        page = self._with_retries(target, call, validators)
        if page.status == 304:
            if entry is None or self.cache is None:
                return page
            return self._accepted(_page(self.cache.refresh(entry, page.headers)), call.accept)
        if self.cache is not None:
            self.cache.put(
                target.url, final_url=page.final_url, status=page.status, headers=page.headers, body=page.body
            )
        return page

    def _check(self, url: str) -> Target:
        return check_url(url, public_only=self.policy.public_only, resolver=self.resolver)

    @staticmethod
    def _accepted(page: Page, accept: tuple[str, ...] | None) -> Page:
        if accept is not None and page.content_type and page.content_type not in accept:
            raise FetchError(page.url, "not HTML", f"the server sent {page.content_type}")
        return page

    def _host_slot(self, origin: str) -> threading.BoundedSemaphore:
        with self._lock:
            slot = self._hosts.get(origin)
            if slot is None:
                slot = self._hosts[origin] = threading.BoundedSemaphore(self.policy.per_host)
            return slot

    def _with_retries(self, target: Target, call: _Call, validators: dict[str, str]) -> Page:
        last: FetchError | None = None
        for attempt in range(call.retries + 1):
            if last is not None:
                delay = self.policy.backoff * (2 ** (attempt - 1))
                logger.info("fetch: %s (%s); trying again in %.1f s", target.url, last.reason, delay)
                time.sleep(delay)
            try:
                if not call.slot:  # robots.txt itself (see _load_robots): no slot, so no wait can form a cycle
                    return self._attempt(target, call, validators)
                with self._host_slot(target.origin):
                    return self._attempt(target, call, validators)
            except _Retry as retry:
                last = retry.error
        # Raised here, outside the handler: raised inside it, the error's __context__ would be the _Retry that
        # holds the error itself, a cycle that exception pickling with context (tblib, installed by dask
        # distributed) follows until RecursionError.
        assert last is not None
        raise last

    def _attempt(self, first: Target, call: _Call, validators: dict[str, str]) -> Page:
        """One attempt: GET, following redirects by hand under one deadline; the accepted answer."""
        deadline = time.monotonic() + self.policy.timeout
        target = first
        for hop in range(self.policy.max_redirects + 1):
            if hop and call.robots:
                self._robots_check(target)
            if call.slot:  # a page, not robots.txt itself: wait out the host's Crawl-delay (off the deadline)
                deadline += self._pacer.wait(target.origin, self._delays.get(target.origin, 0.0))
            response = self._send(target, call.accept, validators if hop == 0 else {}, deadline, first.url)
            if response.status_code not in _REDIRECTS:
                return self._read(response, first, target, call, deadline)
            location = response.headers.get("location")
            response.close()
            if not location:
                raise FetchError(first.url, f"http {response.status_code}", "a redirect without a Location")
            target = self._check(urljoin(target.url, location))
            logger.debug("fetch: %s redirects to %s", first.url, target.url)
        raise FetchError(first.url, "too many redirects", f"more than {self.policy.max_redirects}")

    def _send(
        self, target: Target, accept: tuple[str, ...] | None, validators: dict[str, str], deadline: float, url: str
    ) -> httpx.Response:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Retry(FetchError(url, "timeout", f"no answer within {self.policy.timeout:g} s"))
        extensions: dict[str, object] = {"timeout": httpx.Timeout(remaining).as_dict()}
        headers = {"Accept": ", ".join(accept) if accept else "*/*", **validators}
        if target.address is not None:  # pinned: the Host header and TLS name stay the checked host
            headers["Host"] = urlsplit(target.url).netloc
            if urlsplit(target.pinned_url).scheme == "https":
                extensions["sni_hostname"] = target.host
        request = self._client.build_request("GET", target.pinned_url, headers=headers, extensions=extensions)
        try:
            response = self._client.send(request, stream=True)
        except httpx.TimeoutException as err:
            raise _Retry(FetchError(url, "timeout", f"no answer within {self.policy.timeout:g} s")) from err
        except httpx.HTTPError as err:
            raise _Retry(FetchError(url, "connection failed", f"{type(err).__name__}: {err}")) from err
        if response.status_code in _RETRY_STATUS:
            response.close()
            raise _Retry(FetchError(url, f"http {response.status_code}"))
        return response

    def _read(self, response: httpx.Response, first: Target, target: Target, call: _Call, deadline: float) -> Page:
        url, cap = first.url, call.cap
        headers = {k.lower(): v for k, v in response.headers.items()}
        try:
            status = response.status_code
            if status == 304:
                return Page(url, target.url, 304, _media_type(headers), b"", headers)
            if status != 200:
                raise FetchError(url, "404" if status == 404 else f"http {status}")
            self._accepted(Page(url, target.url, status, _media_type(headers), b"", headers), call.accept)
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > cap:
                raise FetchTooLargeError(url, "too large", f"{int(length):,} bytes, over the {cap:,}-byte cap")
            body = bytearray()
            try:
                for chunk in response.iter_bytes():  # decoded (gzip, br): the cap holds for what we keep
                    body.extend(chunk)
                    if len(body) > cap:
                        raise FetchTooLargeError(url, "too large", f"over the {cap:,}-byte cap")
                    if time.monotonic() > deadline:
                        raise _Retry(FetchError(url, "timeout", f"the page took over {self.policy.timeout:g} s"))
            except httpx.TimeoutException as err:
                raise _Retry(FetchError(url, "timeout", f"the page took over {self.policy.timeout:g} s")) from err
            except httpx.HTTPError as err:
                raise _Retry(FetchError(url, "connection failed", f"{type(err).__name__}: {err}")) from err
            # The body is kept decoded: its encoding and length headers no longer describe it.
            headers = {k: v for k, v in headers.items() if k not in ("content-encoding", "content-length")}
            return Page(url, target.url, status, _media_type(headers), bytes(body), headers)
        finally:
            response.close()

    # -- robots.txt ---------------------------------------------------------------------------------------

    def _robots_check(self, target: Target) -> None:
        """Raise "robots.txt" when the host's robots.txt disallows this URL for our User-Agent."""
        origin = target.origin
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt request per host, however many threads ask at once
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin, target.url)
        rules = self._robots[origin]
        if rules and origin not in self._delays:
            with self._lock:
                self._delays.setdefault(origin, self._crawl_delay(origin, rules))
        if rules is False:
            raise FetchError(target.url, "robots.txt", "the site's robots.txt could not be read (server error)")
        if rules is not None and not rules.can_fetch(target.url, self.policy.user_agent):  # type: ignore[attr-defined]
            raise FetchError(target.url, "robots.txt", "the site's robots.txt disallows it")

    def _crawl_delay(self, origin: str, rules: object) -> float:
        """The robots.txt ``Crawl-delay`` for our User-Agent, held to ``max_crawl_delay`` (0 for none)."""
        asked = rules.crawl_delay(self.policy.user_agent)  # type: ignore[attr-defined]
        if not asked or asked <= 0:
            return 0.0
        if asked > self.policy.max_crawl_delay:
            logger.warning(
                "fetch: %s asks for %g s between requests (robots.txt Crawl-delay); waiting %g s",
                origin,
                asked,
                self.policy.max_crawl_delay,
            )
            return float(self.policy.max_crawl_delay)
        return float(asked)

    def _load_robots(self, origin: str, url: str) -> object:
        """Protego rules; None (all allowed) for a 4xx; False (all disallowed) for a 5xx (RFC 9309 2.3.1)."""
        from protego import Protego

        # Outside the per-host slots: a thread holding a slot of one host may follow a redirect to another
        # host and wait here for its robots.txt; were this request to wait for a slot, two threads could wait
        # on each other. It is one request per host and run, so politeness does not suffer.
        call = _Call(None, _ROBOTS_MAX_BYTES, robots=False, retries=0, slot=False)
        try:
            page = self._fetch(self._check(f"{origin}/robots.txt"), call, revalidate=False, validators={})
        except FetchError as err:
            if err.reason == "404" or err.reason.startswith("http 4") or err.reason in ("too large", "not HTML"):
                return None
            if err.reason.startswith("http 5"):
                return False
            raise type(err)(url, err.reason, f"robots.txt: {err.detail or err.reason}") from err
        return Protego.parse(page.body.decode(page.charset or "utf-8", errors="replace"))
