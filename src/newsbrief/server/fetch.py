"""Fetching an article by URL, only when the operator allowed it (``newsbrief serve --allow-fetch``).

A server that fetches URLs for anyone is a classic server-side request forgery hole: a visitor asks for
``http://169.254.169.254/`` (cloud metadata) or ``http://10.0.0.5/admin`` and reads the answer in the
brief. So, following the OWASP SSRF prevention cheat sheet:

1. only ``http`` and ``https`` URLs with a host (no ``file://``, no credentials in the URL);
2. the host is resolved *here*, every address it resolves to must be public (``ipaddress``: not
   loopback, private, link-local, reserved, multicast or unspecified, IPv4-mapped IPv6 unwrapped), and
   the connection goes to the address we checked (the URL is rewritten to that IP; ``Host`` and the TLS
   server name stay the original host, so certificates are still verified against it): a DNS answer that
   changes between check and connect (DNS rebinding) cannot slip through;
3. redirects are followed by hand, each hop checked again like the first, at most ``MAX_REDIRECTS``;
4. the body is read in chunks and refused past ``max_bytes``; the whole fetch has one deadline;
5. environment proxies are ignored (a proxy would connect on our behalf, unchecked).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from newsbrief.errors import FetchError, FetchRefusedError, FetchTooLargeError

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")

#: ``(host, port) -> addresses`` — injectable so that tests never touch the network or a resolver.
Resolver = Callable[[str, int], list[str]]

__all__ = ["FetchError", "FetchRefusedError", "FetchTooLargeError", "Fetcher", "system_resolver"]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, via the system resolver."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(f"cannot resolve host {host!r}: {err}") from err
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public_address(address: str) -> bool:
    """True only for a globally routable unicast address (the only kind a visitor may make us reach)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        # ::ffff:10.0.0.1 and 2002:0a00:0001:: (6to4) reach IPv4 addresses: judge those instead.
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return is_public_address(str(mapped))
        if ip.teredo is not None:
            return False
    return not (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


@dataclass(frozen=True, slots=True)
class Target:
    """A checked hop: the URL as given, the address to connect to, and the URL rewritten to it."""

    url: str
    host: str
    address: str
    pinned_url: str


def check_url(url: str, *, resolver: Resolver = system_resolver) -> Target:
    """Check a URL against the fetch policy and pick the (public) address to connect to.

    Raises:
        FetchRefusedError: not http(s), no host, credentials in the URL, or a non-public address.
        FetchError: the host does not resolve.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as err:
        raise FetchRefusedError(f"not a valid URL: {url!r}") from err
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefusedError(f"only http and https URLs are fetched, not {scheme or 'a relative URL'!r}")
    host = parts.hostname
    if not host:
        raise FetchRefusedError(f"URL has no host: {url!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchRefusedError("URLs with credentials are not fetched")
    port = port or (443 if scheme == "https" else 80)
    addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"host {host!r} has no address")
    bad = [a for a in addresses if not is_public_address(a)]
    if bad:
        # One non-public answer is enough to refuse: a mixed answer is how rebinding attacks start.
        raise FetchRefusedError(f"refused: {host} resolves to a non-public address ({bad[0]})")
    address = addresses[0]
    netloc_host = f"[{address}]" if ":" in address else address
    netloc = f"{netloc_host}:{parts.port}" if parts.port else netloc_host
    pinned = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return Target(url=url, host=host, address=address, pinned_url=pinned)


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: its final URL, media type and decoded text."""

    url: str
    content_type: str
    text: str


class Fetcher:
    """Fetch pages under the policy of this module.

    Args:
        max_bytes: refuse a body larger than this.
        timeout: seconds for the whole fetch, redirects included.
        resolver: host resolution (the system's by default; tests inject a fake).
        transport: an httpx transport (tests inject ``httpx.MockTransport``).
    """

    def __init__(
        self,
        *,
        max_bytes: int,
        timeout: float,
        resolver: Resolver = system_resolver,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.resolver = resolver
        self.transport = transport

    def fetch(self, url: str) -> Page:
        """Fetch ``url`` and return its text.

        Raises:
            FetchRefusedError: the URL or a redirect breaks the policy.
            FetchTooLargeError: the body is over ``max_bytes``.
            FetchError: network failure, timeout, an error status or a non-text page.
        """
        deadline = time.monotonic() + self.timeout
        with httpx.Client(
            transport=self.transport, trust_env=False, follow_redirects=False, timeout=self.timeout
        ) as client:
            current = url
            for _ in range(MAX_REDIRECTS + 1):
                target = check_url(current, resolver=self.resolver)
                response = self._get(client, target, deadline)
                if response.is_redirect:
                    location = response.headers.get("location")
                    response.close()
                    if not location:
                        raise FetchError(f"{current}: redirect without a Location")
                    current = urljoin(current, location)
                    logger.info("fetch: %s redirects to %s", target.url, current)
                    continue
                return self._read(response, target, deadline)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _get(self, client: httpx.Client, target: Target, deadline: float) -> httpx.Response:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{target.url}: took longer than {self.timeout:g} s")
        extensions: dict[str, object] = {"timeout": httpx.Timeout(remaining).as_dict()}
        if urlsplit(target.pinned_url).scheme == "https":
            extensions["sni_hostname"] = target.host
        request = client.build_request(
            "GET",
            target.pinned_url,
            headers={"Host": target.host, "Accept": ", ".join(_TEXT_TYPES), "User-Agent": "newsbrief"},
            extensions=extensions,
        )
        try:
            return client.send(request, stream=True)
        except httpx.HTTPError as err:
            raise FetchError(f"{target.url}: {type(err).__name__}: {err}") from err

    def _read(self, response: httpx.Response, target: Target, deadline: float) -> Page:
        try:
            if response.status_code != 200:
                raise FetchError(f"{target.url}: the server answered {response.status_code}")
            media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if media and media not in _TEXT_TYPES:
                raise FetchError(f"{target.url}: not an HTML or text page ({media})")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > self.max_bytes:
                raise FetchTooLargeError(f"{target.url}: page is over the {self.max_bytes:,}-byte cap")
            body = bytearray()
            try:
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise FetchTooLargeError(f"{target.url}: page is over the {self.max_bytes:,}-byte cap")
                    if time.monotonic() > deadline:
                        raise FetchError(f"{target.url}: took longer than {self.timeout:g} s")
            except httpx.HTTPError as err:
                raise FetchError(f"{target.url}: {type(err).__name__}: {err}") from err
            text = bytes(body).decode(response.encoding or "utf-8", errors="replace")
            return Page(url=target.url, content_type=media or "text/html", text=text)
        finally:
            response.close()
