"""Feed lists (URLs, text files, OPML) and feed documents (RSS 0.91/1.0/2.0, Atom, JSON Feed) with feedparser."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds_fixtures import atom, json_feed, opml, rss2
from newsbrief.errors import InputError
from newsbrief.follow.feeds import parse_feed, read_feed_list

ITEMS = [
    {"link": "http://news.test/a.html", "title": "Bridge closes", "published": "2019-02-18T09:30:00"},
    {"link": "http://news.test/b.html#comments", "title": "Council votes", "published": "2019-02-19T10:00:00"},
]


def test_feed_list_from_urls_text_and_opml(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\n\nhttp://a.test/rss.xml\n  https://b.test/atom  \nhttp://a.test/rss.xml\n")
    export = tmp_path / "feeds.opml"
    export.write_text(opml(["http://c.test/feed.json", "http://a.test/rss.xml"]))
    urls = read_feed_list(["http://z.test/x.xml", str(listing), str(export)])
    assert urls == ["http://z.test/x.xml", "http://a.test/rss.xml", "https://b.test/atom", "http://c.test/feed.json"]


def test_bad_feed_list_names_the_file_and_line(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("http://a.test/rss.xml\nftp://nope/\n")
    with pytest.raises(InputError, match=r"feeds\.txt:2: not an http\(s\) feed URL"):
        read_feed_list([str(listing)])
    with pytest.raises(InputError, match="no such file"):
        read_feed_list([str(tmp_path / "missing.txt")])
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline xmlUrl='http://a.test/'></body>")
    with pytest.raises(InputError, match="not a readable OPML file"):
        read_feed_list([str(broken)])
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n")
    with pytest.raises(InputError, match="no feed URL"):
        read_feed_list([str(empty)])


@pytest.mark.parametrize("make", [rss2, atom, json_feed], ids=["rss2", "atom", "jsonfeed"])
def test_items_of_each_dialect(make) -> None:
    parsed = parse_feed(make("Test News", ITEMS).encode(), "http://news.test/feed")
    assert parsed.problems == ()
    assert [i.url for i in parsed.items] == ["http://news.test/a.html", "http://news.test/b.html"]
    assert [i.title for i in parsed.items] == ["Bridge closes", "Council votes"]
    assert parsed.items[0].published == "2019-02-18T09:30:00Z"
    assert parsed.items[0].outlet == "Test News"


def test_rss_091_and_rdf_rss_10() -> None:
    rss091 = (
        '<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>http://o.test/</link>'
        "<description>d</description><item><title>One</title><link>http://o.test/1</link></item></channel></rss>"
    )
    rdf = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="http://r.test/"><title>RDF</title><link>http://r.test/</link><description>d</description>'
        '</channel><item rdf:about="http://r.test/1"><title>Uno</title><link>http://r.test/1</link>'
        "<dc:date>2019-02-18T08:00:00Z</dc:date></item></rdf:RDF>"
    )
    old = parse_feed(rss091.encode(), "http://o.test/rss")
    assert [(i.url, i.title) for i in old.items] == [("http://o.test/1", "One")]
    new = parse_feed(rdf.encode(), "http://r.test/rss")
    assert [(i.url, i.published) for i in new.items] == [("http://r.test/1", "2019-02-18T08:00:00Z")]


def test_malformed_entry_is_a_problem_and_the_rest_is_read() -> None:
    parsed = parse_feed(rss2("Test News", ITEMS, broken=True).encode(), "http://news.test/feed")
    assert len(parsed.items) == 2
    assert [p.reason for p in parsed.problems] == ["malformed entry (no http(s) link)"]
    assert parsed.problems[0].where == "http://news.test/feed entry 2"
    bad_json = parse_feed(b'{"items": [{"title": "x"}, 3, {"url": "/rel.html"}]}', "http://j.test/feed.json")
    assert [i.url for i in bad_json.items] == ["http://j.test/rel.html"]  # relative links resolve against the feed
    assert [p.reason.split(" (")[0] for p in bad_json.problems] == ["malformed entry", "malformed entry"]


def test_not_a_feed() -> None:
    for body in (b"<html><body>a page</body></html>", b"{not json", b'{"title": "no items"}'):
        parsed = parse_feed(body, "http://x.test/feed")
        assert parsed.items == ()
        assert parsed.problems[0].reason.startswith("not a feed")
