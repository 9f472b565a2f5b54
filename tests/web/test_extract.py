"""Fetched pages read as articles: metadata from the page, the web's fallbacks, the declared charset."""

from __future__ import annotations

import json

import pytest

from newsbrief.errors import InputError
from newsbrief.web import Fetcher, FetchPolicy, Page, extract_article
from newsbrief.web.extract import article_id_for
from web_server import DATA, LocalSite, article_html


def test_duc_newswire_page_keeps_its_wire_date_title_and_outlet(news_site: LocalSite) -> None:
    lines = (DATA / "duc2004" / "task5_dated.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines[:25]]
    with Fetcher(FetchPolicy()) as fetcher:
        for doc in docs:
            article = extract_article(fetcher.fetch(news_site.url(f"/duc/{doc['id']}.html")))
            assert article.published == doc["published"][:10], doc["id"]
            assert article.title == doc["title"] and article.outlet == doc["outlet"]
            assert article.id == doc["id"] and article.url == news_site.url(f"/duc/{doc['id']}.html")
            assert doc["text"].split("\n")[0][:60] in article.text


def test_a_page_without_metadata_gets_its_host_as_outlet(news_site: LocalSite) -> None:
    path = news_site.paths("/multinews/")[0]
    with Fetcher(FetchPolicy()) as fetcher:
        article = extract_article(fetcher.fetch(news_site.url(path)))
    assert article.outlet == "127.0.0.1" and article.published is None and len(article.text) > 200


def test_the_canonical_url_is_the_articles() -> None:
    html = article_html(
        "Bridge closed",
        ["The council voted on Tuesday to close the old bridge over the river for repairs."] * 3,
        canonical="http://news.test/news/bridge-closed",
        outlet="Riverton Post",
    )
    page = Page("http://news.test/amp/1", "http://news.test/amp/1?x", 200, "text/html", html.encode(), {})
    article = extract_article(page)
    assert article.url == "http://news.test/news/bridge-closed" and article.origin == "http://news.test/amp/1"


def test_declared_charset_and_plain_text() -> None:
    text = "Zürich: the café reopened on Monday after the floods.\n\nIts owner said business was slow."
    latin = Page(
        "http://x.test/a.txt",
        "http://x.test/a.txt",
        200,
        "text/plain",
        text.encode("latin-1"),
        {"content-type": "text/plain; charset=ISO-8859-1"},
    )
    article = extract_article(latin)
    assert "Zürich" in article.text and "café" in article.text and article.id == "a"


def test_binary_or_empty_pages_are_input_errors_naming_the_url() -> None:
    blob = Page("http://x.test/img", "http://x.test/img", 200, "", b"\x00\x01\x02" * 100, {})
    with pytest.raises(InputError, match=r"http://x\.test/img"):
        extract_article(blob)
    empty = Page("http://x.test/e.html", "http://x.test/e.html", 200, "text/html", b"<html><body></body></html>", {})
    with pytest.raises(InputError, match="no article text"):
        extract_article(empty)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a.test/2019/02/18/labour-split.html", "labour-split"),
        ("http://a.test/", "a.test"),
        ("http://a.test/story?id=4", "story"),
        ("http://a.test/news/%C3%A9t%C3%A9/", "C3-A9t-C3-A9"),
    ],
)
def test_article_ids_from_urls(url: str, expected: str) -> None:
    assert article_id_for(url) == expected
