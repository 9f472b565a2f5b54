"""The fetcher against a real HTTP server on 127.0.0.1 (tests/web_server.py): every failure kind, redirects,
robots.txt, retries, the per-host bound, and the cache counted by the server."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

import newsbrief
from newsbrief.errors import FETCH_REASONS, ConfigError, FetchError, FetchRefusedError, FetchTooLargeError
from newsbrief.web import Fetcher, FetchPolicy, HttpCache
from newsbrief.web.fetch import FEED_TYPES, USER_AGENT
from web_server import LocalSite, Response, article_html

SEED = "/seeds/000_3e134ba34f4c5db5.html"
#: Short enough that the slow page (8 s) times out, long enough for a page on a loaded 2-core machine.
POLICY = FetchPolicy(timeout=3.0, backoff=0.05)


@pytest.fixture
def fetcher(tmp_path: Path) -> Fetcher:
    with Fetcher(POLICY, HttpCache(tmp_path / "cache")) as f:
        yield f


@pytest.mark.parametrize(
    ("path", "reason", "error"),
    [
        ("/missing.html", "404", FetchError),
        ("/private/story.html", "robots.txt", FetchError),
        ("/loop/a", "too many redirects", FetchError),
        ("/slow.html", "timeout", FetchError),
        ("/huge.html", "too large", FetchTooLargeError),
        ("/huge-stream.html", "too large", FetchTooLargeError),
        ("/report.pdf", "not HTML", FetchError),
    ],
)
def test_each_failure_has_its_reason(local_site: LocalSite, fetcher: Fetcher, path: str, reason: str, error) -> None:
    with pytest.raises(error) as caught:
        fetcher.fetch(local_site.url(path))
    assert caught.value.reason == reason and caught.value.url == local_site.url(path)
    assert str(caught.value).startswith(f"{local_site.url(path)}: {reason}")
    assert reason in FETCH_REASONS or reason == "404"
    assert pickle.loads(pickle.dumps(caught.value)).reason == reason  # crosses process boundaries intact


def test_a_retried_error_pickles_with_its_context(local_site: LocalSite, fetcher: Fetcher) -> None:
    """Dask's distributed installs tblib's exception pickling, which follows ``__context__``: an error raised
    after its retries must not point back at the retry that carried it (that cycle was a RecursionError)."""
    pytest.importorskip("distributed")
    import distributed.utils  # noqa: F401  (tblib.pickling_support.install() on import)

    with pytest.raises(FetchError) as caught:
        fetcher.fetch(local_site.url("/slow.html"))
    assert caught.value.reason == "timeout"
    assert pickle.loads(pickle.dumps(caught.value)).reason == "timeout"


def test_connection_failed_and_not_allowed(fetcher: Fetcher) -> None:
    site = LocalSite()  # bound, never started and closed: nothing listens on its port
    url = site.url("/a.html")
    site.stop()
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.reason == "connection failed"
    for bad in ("file:///etc/passwd", "ftp://127.0.0.1/x", "http://user:pw@127.0.0.1/"):
        with pytest.raises(FetchRefusedError) as refused:
            fetcher.fetch(bad)
        assert refused.value.reason == "not allowed"


def test_the_public_only_rule_refuses_this_machine(local_site: LocalSite) -> None:
    with Fetcher(FetchPolicy(public_only=True)) as fetcher, pytest.raises(FetchRefusedError) as caught:
        fetcher.fetch(local_site.url("/robots.txt"))
    assert "non-public" in str(caught.value)
    assert local_site.total() == 0  # refused before any connection


def test_a_timeout_and_a_server_error_are_tried_once_more(local_site: LocalSite, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError):
        fetcher.fetch(local_site.url("/slow.html"))
    assert local_site.count("/slow.html") == 2
    answers = iter([Response(503), Response(200, article_html("Back", ["It works again today."]).encode())])
    local_site.add_route("/flaky.html", lambda _r: next(answers))
    assert b"works again" in fetcher.fetch(local_site.url("/flaky.html")).body
    assert local_site.count("/flaky.html") == 2
    local_site.add_route("/gone.html", lambda _r: Response(410))
    with pytest.raises(FetchError, match="http 410"):
        fetcher.fetch(local_site.url("/gone.html"))
    assert local_site.count("/gone.html") == 1  # a client error is not tried again


def test_redirect_chain_and_user_agent(news_site: LocalSite, fetcher: Fetcher) -> None:
    page = fetcher.fetch(news_site.url("/redirect/1"))
    assert page.status == 200 and page.url == news_site.url("/redirect/1") and page.final_url == news_site.url(SEED)
    assert [news_site.count(f"/redirect/{i}") for i in (1, 2, 3)] == [1, 1, 1]
    # the product token robots.txt rules name, and the version; no made-up "+URL" (the project has no home page)
    assert news_site.agents == {USER_AGENT} and f"newsbrief/{newsbrief.__version__}" == USER_AGENT


def test_second_fetch_makes_no_request_and_no_cache_revalidates(news_site: LocalSite, tmp_path: Path) -> None:
    urls = [news_site.url(SEED), news_site.url("/redirect/1"), news_site.url("/no-cache" + SEED.removeprefix("/seeds"))]
    with Fetcher(POLICY, HttpCache(tmp_path)) as first:
        pages = [first.fetch(u) for u in urls]
    assert not any(p.from_cache for p in pages)
    news_site.reset_counts()
    with Fetcher(POLICY, HttpCache(tmp_path)) as second:  # a new run: a new fetcher, the same folder
        again = [second.fetch(u) for u in urls]
    assert [p.body for p in again] == [p.body for p in pages] and all(p.from_cache for p in again)
    # max-age pages: no request at all (robots.txt included); the no-cache page: one conditional GET, a 304
    assert news_site.counts() == {"/no-cache/000_3e134ba34f4c5db5.html": 1}


def test_conditional_get_without_a_cache(news_site: LocalSite) -> None:
    with Fetcher(POLICY) as fetcher:
        page = fetcher.fetch(news_site.url(SEED))
        assert page.etag and page.last_modified
        same = fetcher.fetch(news_site.url(SEED), etag=page.etag)
        assert same.not_modified and same.body == b""
        by_date = fetcher.fetch(news_site.url(SEED), last_modified=page.last_modified)
        assert by_date.not_modified


def test_revalidate_asks_even_when_fresh(news_site: LocalSite, fetcher: Fetcher) -> None:
    fetcher.fetch(news_site.url(SEED))
    page = fetcher.fetch(news_site.url(SEED), revalidate=True)
    assert page.from_cache and news_site.count(SEED) == 2  # the second answer was a 304


def test_feed_media_types(local_site: LocalSite, fetcher: Fetcher) -> None:
    local_site.add_page("/feed.xml", "<rss version='2.0'><channel></channel></rss>", content_type="application/rss+xml")
    with pytest.raises(FetchError, match="not HTML"):
        fetcher.fetch(local_site.url("/feed.xml"))
    assert fetcher.fetch(local_site.url("/feed.xml"), accept=FEED_TYPES).body.startswith(b"<rss")


def test_robots_server_error_disallows_and_is_read_once(tmp_path: Path) -> None:
    with LocalSite() as site:
        site.add_route("/robots.txt", lambda _r: Response(503))
        site.add_page("/a.html", article_html("A", ["Some text of a page."]))
        with Fetcher(FetchPolicy(retries=0)) as fetcher:
            for _ in range(3):
                with pytest.raises(FetchError) as caught:
                    fetcher.fetch(site.url("/a.html"))
                assert caught.value.reason == "robots.txt"
        assert site.count("/robots.txt") == 1 and site.count("/a.html") == 0
        with Fetcher(FetchPolicy(respect_robots=False)) as rude:
            assert rude.fetch(site.url("/a.html")).status == 200


def test_fetch_many_bounds_requests_per_host(local_site: LocalSite) -> None:
    body = article_html("Steady", ["A page that takes a moment to answer."]).encode()
    answer = Response(200, body, {"Content-Type": "text/html"}, delay=0.2)
    local_site.add_route("/wait/", lambda _r: answer, prefix=True)
    urls = [local_site.url(f"/wait/{i}.html") for i in range(12)] + [local_site.url("/missing.html")]
    local_site.reset_counts()
    with Fetcher(FetchPolicy(per_host=2, concurrency=8)) as fetcher:
        results = dict(fetcher.fetch_many(urls))
    assert set(results) == set(urls)
    assert isinstance(results[local_site.url("/missing.html")], FetchError)
    assert sum(1 for r in results.values() if not isinstance(r, FetchError)) == 12
    assert local_site.max_in_flight == 2
    local_site.reset_counts()
    with Fetcher(FetchPolicy(per_host=6, concurrency=6, respect_robots=False)) as fetcher:
        list(fetcher.fetch_many(urls[:12]))
    assert 2 < local_site.max_in_flight <= 6


def test_fetch_is_safe_from_several_threads(news_site: LocalSite, fetcher: Fetcher) -> None:
    paths = news_site.paths("/duc/")[:20]
    errors: list[Exception] = []

    def work(path: str) -> None:
        try:
            assert fetcher.fetch(news_site.url(path)).status == 200
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(p,)) for p in paths * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and news_site.count("/robots.txt") == 1


def test_policy_is_checked() -> None:
    with pytest.raises(ConfigError):
        FetchPolicy(timeout=0)
    with pytest.raises(ConfigError):
        FetchPolicy(per_host=0)
