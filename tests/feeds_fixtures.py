"""Literal feeds in every dialect ``follow`` reads, shared by the feed tests and the end-to-end tests."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from email.utils import format_datetime


def rss2(title: str, items: list[dict], *, broken: bool = False) -> str:
    """RSS 2.0; each item {link, title, published (ISO)}; ``broken`` adds an entry without a link."""
    rows = []
    for item in items:
        date = ""
        if item.get("published"):
            stamp = datetime.fromisoformat(item["published"]).replace(tzinfo=UTC)
            date = f"<pubDate>{format_datetime(stamp, usegmt=True)}</pubDate>"
        rows.append(
            f"<item><title>{html.escape(item.get('title') or '')}</title><link>{html.escape(item['link'])}</link>"
            f"{date}<guid>{html.escape(item['link'])}</guid></item>"
        )
    if broken:
        rows.insert(1, "<item><title>An entry with no link</title><description>lost</description></item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.invalid/</link><description>d</description>"
        + "".join(rows)
        + "</channel></rss>"
    )


def atom(title: str, items: list[dict]) -> str:
    rows = []
    for item in items:
        stamp = (item.get("published") or "2019-02-18T09:00:00") + "Z"
        rows.append(
            f"<entry><title>{html.escape(item.get('title') or '')}</title><id>{html.escape(item['link'])}</id>"
            f'<link rel="alternate" href="{html.escape(item["link"])}"/><updated>{stamp}</updated>'
            f"<published>{stamp}</published></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:x</id><updated>2019-02-18T09:00:00Z</updated>"
        + "".join(rows)
        + "</feed>"
    )


def json_feed(title: str, items: list[dict]) -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "items": [
                {"id": i["link"], "url": i["link"], "title": i.get("title"), "date_published": i.get("published")}
                for i in items
            ],
        }
    )


def opml(urls: list[str]) -> str:
    outlines = "".join(f'<outline type="rss" text="f{n}" xmlUrl="{html.escape(u)}"/>' for n, u in enumerate(urls))
    return (
        '<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>'
        f'<outline text="News">{outlines}</outline></body></opml>'
    )
