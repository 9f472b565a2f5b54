"""A fetched page to an :class:`~newsbrief.model.Article`: the ingest readers, plus what the web adds.

The page's text and metadata come from the same reader as an HTML file (:func:`newsbrief.ingest.files.
read_document`, trafilatura: main text, title, site name, author, date, canonical URL), so a page saved to
disk and the same page fetched brief alike. The web adds: the charset the server declared; the page's URL
where it names no canonical one; a publication date from ``htmldate`` where trafilatura found none
(the article's ``published``, the first anchor of :mod:`newsbrief.text.dates`); the host as the outlet where
the page names none; and an id taken from the URL's last path segment.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from newsbrief.ingest.decode import decode_bytes
from newsbrief.ingest.files import read_document
from newsbrief.model import Article
from newsbrief.web.fetch import Page

logger = logging.getLogger(__name__)

__all__ = ["article_id_for", "extract_article", "page_text"]

_SUFFIX = {"text/plain": ".txt", "text/markdown": ".md", "text/html": ".html", "application/xhtml+xml": ".html"}
_ID_JUNK = re.compile(r"[^A-Za-z0-9._-]+")


def page_text(page: Page) -> str:
    """The body as text: in the charset the server declared, else as a file is decoded (UTF-8, cp1252...).

    Raises:
        InputError: the body is binary, naming the URL.
    """
    charset = page.charset
    if charset:
        try:
            return page.body.decode(charset, errors="replace")
        except LookupError:
            logger.warning("%s: unknown charset %r; decoding as a file would be", page.url, charset)
    return decode_bytes(page.body, source=page.url)


def article_id_for(url: str) -> str:
    """A short readable id from the URL: its last path segment without extension, else its host."""
    parts = urlsplit(url)
    segment = next((s for s in reversed(parts.path.split("/")) if s), "")
    stem = segment.rsplit(".", 1)[0] if "." in segment else segment
    return _ID_JUNK.sub("-", stem or parts.hostname or "page").strip("-") or "page"


def _published(html: str, url: str) -> str | None:
    """htmldate's date of first publication (original, not last-modified), as YYYY-MM-DD, or None.

    Only from markup and the URL (``extensive_search=False``): the extensive search reads dates out of the body
    text, and on a raw Multi-News page it made "2007-01-01" of a year the story mentions; a wrong ``published``
    would misplace every relative date of the article, where a missing one leaves them unresolved.
    """
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):  # htmldate raises on some malformed trees; a missing date is fine
        return None


def _outlet(url: str) -> str | None:
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def extract_article(page: Page, *, article_id: str | None = None) -> Article:
    """Read a fetched page as an article (the raw article: cleaning is the pipeline's next stage).

    Args:
        page: a page with status 200.
        article_id: its id; by default from the URL (:func:`article_id_for`).

    Returns:
        The article, ``origin`` and (where the page names no canonical URL) ``url`` set to the page's URL.

    Raises:
        InputError: the body is binary or no article text is found in it, naming the URL.
    """
    text = page_text(page)
    suffix = _SUFFIX.get(page.content_type, "")
    article_id = article_id or article_id_for(page.final_url)
    article = read_document(text, article_id=article_id, origin=page.url, suffix=suffix)
    published = article.published
    if published is None and suffix != ".txt" and "<" in text:
        published = _published(text, page.final_url)
    # trafilatura gives an absolute canonical link (a given url= would replace it, so none is given).
    canonical = urljoin(page.final_url, article.url) if article.url else None
    if canonical and not canonical.startswith(("http://", "https://")):
        canonical = None
    return replace(
        article,
        url=canonical or page.final_url,
        published=published,
        outlet=article.outlet or _outlet(page.final_url),
    )
