"""robots.txt ``Crawl-delay`` against a real server on 127.0.0.1: the gaps between the requests' arrivals,
as the server's own log records them, and not how long the client took."""

from __future__ import annotations

import itertools
import logging

import pytest

from newsbrief.errors import ConfigError
from newsbrief.web import Fetcher, FetchPolicy
from newsbrief.web.pace import HostPacer
from web_server import LocalSite, article_html

DELAY = 0.25  # seconds: small, so the test is quick; the bounds below leave room for a loaded machine
PAGES = 6


def _site(robots: str) -> LocalSite:
    site = LocalSite()
    site.add_page("/robots.txt", robots, content_type="text/plain")
    for i in range(PAGES):
        site.add_page(f"/news/{i}.html", article_html(f"Story {i}", [f"Paragraph {i} of a story about a delay."]))
    return site


def _fetch_all(site: LocalSite, policy: FetchPolicy) -> None:
    urls = [site.url(f"/news/{i}.html") for i in range(PAGES)]
    with Fetcher(policy) as fetcher:
        results = dict(fetcher.fetch_many(urls))
    assert all(not isinstance(r, Exception) for r in results.values()), results


def _gaps(arrived: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(arrived)]


def test_crawl_delay_spaces_the_requests_to_a_host() -> None:
    # four requests may be in flight to the host; the Crawl-delay allows one start every DELAY seconds
    with _site(f"User-agent: *\nCrawl-delay: {DELAY}\n") as site:
        _fetch_all(site, FetchPolicy(per_host=4, concurrency=4, timeout=10))
        arrived = site.arrivals("/news/")
    assert len(arrived) == PAGES
    # Each start is reserved DELAY after the previous one, so the server sees the requests spread over
    # (PAGES - 1) * DELAY seconds; a late arrival shortens one gap only by lengthening the one before it, so
    # the whole span is the sturdy measure (only the first request's lag counts against it: a loose floor).
    assert arrived[-1] - arrived[0] >= (PAGES - 1) * DELAY * 0.6, _gaps(arrived)


def test_a_crawl_delay_for_another_agent_does_not_apply_and_a_long_one_is_capped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with _site("User-agent: otherbot\nCrawl-delay: 5\n\nUser-agent: *\nAllow: /\n") as site:
        _fetch_all(site, FetchPolicy(per_host=1, timeout=10))
        arrived = site.arrivals("/news/")
    assert max(_gaps(arrived)) < 4.0  # had otherbot's 5 s applied, every gap would be 5 s or more
    with _site("User-agent: newsbrief\nCrawl-delay: 3600\n") as site, caplog.at_level(logging.WARNING):
        _fetch_all(site, FetchPolicy(per_host=2, timeout=10, max_crawl_delay=DELAY))
        arrived = site.arrivals("/news/")
    assert arrived[-1] - arrived[0] >= (PAGES - 1) * DELAY * 0.6  # held to max_crawl_delay, and honoured
    assert any("Crawl-delay" in r.getMessage() and "3600" in r.getMessage() for r in caplog.records)


def test_the_pacer_reserves_start_times_in_order() -> None:
    pacer = HostPacer()
    assert pacer.wait("http://a.test", 0.0) == 0.0  # no delay: never waits
    assert pacer.wait("http://a.test", 0.05) == 0.0  # the first request of a host starts at once
    assert pacer.wait("http://a.test", 0.05) > 0.0  # the next one waits for its reserved start
    assert pacer.wait("http://b.test", 0.05) == 0.0  # hosts are paced apart


def test_max_crawl_delay_must_not_be_negative() -> None:
    with pytest.raises(ConfigError, match="max_crawl_delay"):
        FetchPolicy(max_crawl_delay=-1)
