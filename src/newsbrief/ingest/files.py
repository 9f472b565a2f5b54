"""Readers for single documents: plain text, Markdown and HTML (via trafilatura).

Each reader takes decoded text and the name of where it came from, and returns an
:class:`~newsbrief.model.Article` holding the *raw* text; cleaning is the next stage.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from newsbrief.errors import EmptyInputError, InputError, MissingDependencyError
from newsbrief.ingest.safety import safe_text
from newsbrief.model import Article

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES

#: Multi-News joins the documents of a cluster with this separator.
MULTINEWS_SEPARATOR = "|||||"

# A headline: no sentence-final punctuation at its end (a question mark is allowed: "So who will be
# next?" headlines are common), 2 to 60 words. The seeds' headline is 45 words long.
logger = logging.getLogger(__name__)

_HEADLINE_END = re.compile(r"[.,;:!'\"’”]$")
_MAX_HEADLINE_WORDS = 60


def files_under(directory: Path) -> list[Path]:
    """The known-type files under ``directory``, recursively and sorted, skipping hidden files and folders.

    Raises:
        EmptyInputError: there is none.
    """
    found = sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.suffix.lower() in KNOWN_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )
    if not found:
        raise EmptyInputError("directory holds no .txt, .md, .html or .jsonl files", source=str(directory))
    return found


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= _MAX_HEADLINE_WORDS and not _HEADLINE_END.search(line)


def split_title(text: str) -> tuple[str | None, str]:
    """Take the first line as the title where it looks like a headline and more text follows."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if sep and rest.strip() and _looks_like_headline(first):
        return first, rest
    return None, text


def read_text(text: str, *, article_id: str, origin: str) -> Article:
    """A plain-text article; its first line becomes the title where it looks like one."""
    title, body = split_title(text)
    return Article(id=article_id, text=body, title=title, origin=origin)


# Markdown reduced to its text. Every pattern must stay linear on hostile input (issue 15: `'[' * 100000` or
# `'`a ' * 33000` took over 100 s): a span never runs past the next opening of its own kind, so the scans
# started at successive markers never overlap, and a heading's closing hashes are stripped with str methods
# rather than by a backtracking tail.
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^)\]]*\)")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\([^)\]]*\)")
# The content may not hold its own marker (tempered), so the lazy scan from one marker stops at the next.
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")


def _heading_text(line: str) -> str:
    """A heading's text without its optional closing sequence of hashes (``## Title ##`` -> ``Title``)."""
    return line.rstrip().rstrip("#").rstrip()


def read_markdown(text: str, *, article_id: str, origin: str) -> Article:
    """A Markdown article: the first heading is the title; markup is reduced to its text."""
    title = None
    heading = _MD_HEADING.search(text)
    if heading and not text[: heading.start()].strip():
        title = _heading_text(heading.group(1)) or None
        text = text[heading.end() :]
    text = _MD_HEADING.sub(lambda m: _heading_text(m.group(1)), text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    if title is None:
        title, text = split_title(text)
    return Article(id=article_id, text=text, title=title, origin=origin)


def read_html(html: str, *, article_id: str, origin: str) -> Article:
    """An HTML page: main text and metadata (title, author, date, site name, URL) by trafilatura.

    Raises:
        InputError: trafilatura finds no article text in the page.
    """
    try:
        import trafilatura
    except ImportError as err:  # pragma: no cover - a core dependency
        raise MissingDependencyError("trafilatura", "all") from err
    # Dates from markup only: trafilatura's extensive search reads them out of the body text, and made
    # "2007-01-01" of a page whose story mentions 2007 (a wrong `published` misplaces every relative date).
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return _read_deep_html(html, article_id=article_id, origin=origin)
    title = getattr(doc, "title", None) or None
    # trafilatura often repeats the <h1> as the first line of the text.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
        published=getattr(doc, "date", None) or None,
        author=getattr(doc, "author", None) or None,
        origin=origin,
    )


def _read_deep_html(html: str, *, article_id: str, origin: str) -> Article:
    """The page trafilatura found no text in: read it without lxml where lxml's depth limit is the reason.

    Raises:
        InputError: no text at all, saying whether the nesting was the cause.
    """
    from newsbrief.ingest.deep_html import LXML_MAX_DEPTH, text_and_depth

    text, depth = text_and_depth(html)
    if depth <= LXML_MAX_DEPTH:
        raise InputError("no article text found in this HTML page", source=origin)
    if not text:
        raise InputError(f"no text in this HTML page (its elements nest {depth:,} levels deep)", source=origin)
    logger.warning(
        "%s: elements nest %d levels deep, beyond the %d that lxml (and so trafilatura) parses; read all its "
        "text, without trafilatura's boilerplate removal or metadata",
        origin,
        depth,
        LXML_MAX_DEPTH,
    )
    return Article(id=article_id, text=text, origin=origin)


def looks_like_html(text: str) -> bool:
    """Sniff HTML in text that came without a file name (stdin, JSONL fields)."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def read_document(text: str, *, article_id: str, origin: str, suffix: str = "") -> Article:
    """Dispatch on the file suffix (or sniff HTML when there is none); the text is made safe first.

    Raises:
        InputError: the text holds a lone surrogate, or (HTML) no article text is found.
    """
    text = safe_text(text, source=origin)
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES | TEXT_SUFFIXES and looks_like_html(text)):
        return read_html(text, article_id=article_id, origin=origin)
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown(text, article_id=article_id, origin=origin)
    return read_text(text, article_id=article_id, origin=origin)
