"""The server's public-address rule (SSRF), without the network: a fake resolver and httpx's MockTransport.

The fetcher is the command line's (``newsbrief.web.fetch``) under ``FetchPolicy(public_only=True)``; the
local test server cannot play a public host, hence the injected resolver and transport here."""

from __future__ import annotations

import httpx
import pytest

from newsbrief.errors import FetchError, FetchRefusedError, FetchTooLargeError
from newsbrief.web.address import check_url, is_public_address
from newsbrief.web.fetch import Fetcher, FetchPolicy

PUBLIC = "93.184.216.34"
PAGE = (
    "<!doctype html><html><head><title>Bridge closed</title></head><body><article>"
    "<p>The city council of Riverton voted on Tuesday to close the old bridge over the Wren river.</p>"
    "<p>Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports.</p>"
    "</article></body></html>"
)


def resolver(table: dict[str, list[str]]):
    def resolve(host: str, _port: int) -> list[str]:
        return table[host]

    return resolve


@pytest.mark.parametrize(
    ("address", "public"),
    [
        (PUBLIC, True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),  # IPv4-mapped private
        ("::ffff:127.0.0.1", False),
        ("2002:a00:1::", False),  # 6to4 of 10.0.0.1
        ("ff02::1", False),
        ("not an ip", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/a",
        "gopher://example.org/",
        "javascript:alert(1)",
        "/relative",
        "http://user:pw@example.org/",
        "http://",
        "http://[::1",
    ],
)
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(FetchRefusedError):
        check_url(url, resolver=resolver({"example.org": [PUBLIC]}))


@pytest.mark.parametrize(
    "answer", [["127.0.0.1"], ["10.0.0.7"], ["169.254.169.254"], [PUBLIC, "192.168.0.2"], ["::ffff:127.0.0.1"]]
)
def test_hosts_resolving_to_non_public_addresses_are_refused(answer: list[str]) -> None:
    with pytest.raises(FetchRefusedError, match="non-public"):
        check_url("http://news.example/story", resolver=resolver({"news.example": answer}))


def test_the_checked_address_is_the_one_connected_to() -> None:
    target = check_url("https://news.example:8443/a/b?x=1#frag", resolver=resolver({"news.example": [PUBLIC]}))
    assert target.pinned_url == f"https://{PUBLIC}:8443/a/b?x=1"
    assert target.host == "news.example"
    v6 = check_url("http://v6.example/", resolver=resolver({"v6.example": ["2606:4700:4700::1111"]}))
    assert v6.pinned_url == "http://[2606:4700:4700::1111]/"


def test_fetch_pins_the_ip_and_keeps_host_and_sni() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, html=PAGE)

    fetcher = Fetcher(
        FetchPolicy(max_bytes=100_000, timeout=5, public_only=True, retries=0),
        resolver=resolver({"news.example": [PUBLIC]}),
        transport=httpx.MockTransport(handler),
    )
    page = fetcher.fetch("https://news.example/story")
    assert b"Riverton" in page.body and page.content_type == "text/html"
    assert [r.url.path for r in seen] == ["/robots.txt", "/story"]  # robots.txt first, same pinned address
    for request in seen:
        assert request.url.host == PUBLIC and request.headers["host"] == "news.example"
        assert request.extensions["sni_hostname"] == "news.example"
        assert request.headers["user-agent"].startswith("newsbrief/")


def test_redirect_to_a_private_address_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/start":
            return httpx.Response(302, headers={"location": "http://internal.example/admin"})
        return httpx.Response(200, html=PAGE)

    fetcher = Fetcher(
        FetchPolicy(max_bytes=100_000, timeout=5, public_only=True, retries=0),
        transport=httpx.MockTransport(handler),
        resolver=resolver({"news.example": [PUBLIC], "internal.example": ["10.0.0.5"]}),
    )
    with pytest.raises(FetchRefusedError, match=r"10\.0\.0\.5"):
        fetcher.fetch("http://news.example/start")
    with pytest.raises(FetchRefusedError):
        Fetcher(
            FetchPolicy(max_bytes=100, timeout=5, public_only=True, retries=0),
            resolver=resolver({"news.example": [PUBLIC]}),
            transport=httpx.MockTransport(lambda r: httpx.Response(301, headers={"location": "file:///etc/passwd"})),
        ).fetch("http://news.example/")


def test_redirects_are_followed_and_counted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/moved":
            return httpx.Response(301, headers={"location": "/story"})
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"location": "/loop"})
        return httpx.Response(200, html=PAGE)

    fetcher = Fetcher(
        FetchPolicy(max_bytes=100_000, timeout=5, public_only=True, retries=0),
        resolver=resolver({"news.example": [PUBLIC]}),
        transport=httpx.MockTransport(handler),
    )
    assert b"Riverton" in fetcher.fetch("http://news.example/moved").body
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher.fetch("http://news.example/loop")


def test_size_type_and_status_caps() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/big":
            return httpx.Response(200, content=b"x" * 5_000, headers={"content-type": "text/plain"})
        if request.url.path == "/pdf":
            return httpx.Response(200, content=b"%PDF", headers={"content-type": "application/pdf"})
        return httpx.Response(404, text="gone")

    fetcher = Fetcher(
        FetchPolicy(max_bytes=1_000, timeout=5, public_only=True, retries=0),
        resolver=resolver({"news.example": [PUBLIC]}),
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(FetchTooLargeError):
        fetcher.fetch("http://news.example/big")
    with pytest.raises(FetchError, match="not HTML"):
        fetcher.fetch("http://news.example/pdf")
    with pytest.raises(FetchError, match="404"):
        fetcher.fetch("http://news.example/missing")
