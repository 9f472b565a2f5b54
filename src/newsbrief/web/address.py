"""Which URLs may be fetched: the scheme rule for every face, and the public-address rule for the server.

A server that fetches URLs for anyone is a classic server-side request forgery hole: a visitor asks for
``http://169.254.169.254/`` (cloud metadata) or ``http://10.0.0.5/admin`` and reads the answer in the
brief. So, following the OWASP SSRF prevention cheat sheet, under ``FetchPolicy(public_only=True)``:

1. only ``http`` and ``https`` URLs with a host (no ``file://``, no credentials in the URL);
2. the host is resolved *here*, every address it resolves to must be public (``ipaddress``: not
   loopback, private, link-local, reserved, multicast or unspecified, IPv4-mapped IPv6 unwrapped), and
   the connection goes to the address we checked (the URL is rewritten to that IP; ``Host`` and the TLS
   server name stay the original host, so certificates are still verified against it): a DNS answer that
   changes between check and connect (DNS rebinding) cannot slip through;
3. redirects are followed by hand (:mod:`newsbrief.web.fetch`), each hop checked again like the first;
4. environment proxies are ignored (a proxy would connect on our behalf, unchecked).

The command line fetches what its user asks for (intranet addresses included): rule 1 only.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from newsbrief.errors import FetchError, FetchRefusedError

#: ``(host, port) -> addresses``: injectable so that tests of the public-address rule need no resolver.
Resolver = Callable[[str, int], list[str]]

__all__ = ["Resolver", "Target", "check_url", "is_public_address", "system_resolver"]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, via the system resolver.

    Raises:
        FetchError: reason "connection failed" when the host does not resolve.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(host, "connection failed", f"cannot resolve host: {err}") from err
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
    """A checked hop: the URL as given, its host, and the URL to connect to (rewritten to the checked
    address under the public-address rule, else the URL itself)."""

    url: str
    host: str
    address: str | None
    pinned_url: str

    @property
    def origin(self) -> str:
        """``scheme://host[:port]``: the key of robots.txt rules and per-host limits."""
        parts = urlsplit(self.url)
        return f"{parts.scheme.lower()}://{parts.netloc.rsplit('@', 1)[-1].lower()}"


def check_url(url: str, *, public_only: bool = True, resolver: Resolver = system_resolver) -> Target:
    """Check a URL against the fetch rules and pick where to connect.

    Args:
        url: the URL asked for (a fragment is dropped: it never goes to the server).
        public_only: also resolve the host and require every address to be public (the server's rule).
        resolver: host resolution under ``public_only``.

    Raises:
        FetchRefusedError: not http(s), no host, credentials in the URL, or (``public_only``) a non-public
            address; reason "not allowed".
        FetchError: the host does not resolve ("connection failed").
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as err:
        raise FetchRefusedError(url, "not allowed", "not a valid URL") from err
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefusedError(url, "not allowed", f"only http and https URLs are fetched, not {scheme or 'a path'}")
    host = parts.hostname
    if not host:
        raise FetchRefusedError(url, "not allowed", "the URL has no host")
    if parts.username is not None or parts.password is not None:
        raise FetchRefusedError(url, "not allowed", "URLs with credentials are not fetched")
    clean = urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))
    if not public_only:
        return Target(url=clean, host=host, address=None, pinned_url=clean)
    port = port or (443 if scheme == "https" else 80)
    try:
        addresses = resolver(host, port)
    except FetchError as err:
        raise FetchError(url, err.reason, err.detail) from err
    if not addresses:
        raise FetchError(url, "connection failed", f"host {host} has no address")
    bad = [a for a in addresses if not is_public_address(a)]
    if bad:
        # One non-public answer is enough to refuse: a mixed answer is how rebinding attacks start.
        raise FetchRefusedError(url, "not allowed", f"{host} resolves to a non-public address ({bad[0]})")
    address = addresses[0]
    netloc_host = f"[{address}]" if ":" in address else address
    netloc = f"{netloc_host}:{parts.port}" if parts.port else netloc_host
    pinned = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return Target(url=clean, host=host, address=address, pinned_url=pinned)
