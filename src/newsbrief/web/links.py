"""Links read as articles: fetch many URLs at once, extract each, and say which failed and why.

The one place that turns "these URLs" into articles, for ``newsbrief brief URL...`` and for library users.
A link that fails (a :class:`~newsbrief.errors.FetchError`, or a page with no article text, an
:class:`~newsbrief.errors.InputError`) is returned beside the articles, not raised: the brief goes on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.errors import FetchError, InputError
from newsbrief.model import Article
from newsbrief.web.extract import extract_article
from newsbrief.web.fetch import Fetcher

__all__ = ["is_url", "read_links"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(arg: str) -> bool:
    """A command-line argument that is a URL (``scheme://...``) rather than a path."""
    return bool(_SCHEME.match(arg))


def read_links(urls: Sequence[str], fetcher: Fetcher) -> tuple[list[Article | None], list[FetchError | InputError]]:
    """Fetch and extract every URL (concurrently, under the fetcher's policy).

    Returns:
        For each URL in order, its article or None where it failed; and the failures, in the same order,
        each naming its URL and why.
    """
    found: dict[str, Article | FetchError | InputError] = {}
    for url, result in fetcher.fetch_many(dict.fromkeys(urls)):
        if isinstance(result, FetchError):
            found[url] = result
            continue
        try:
            found[url] = extract_article(result)
        except InputError as err:
            found[url] = err
    articles = [r if isinstance(r, Article) else None for r in (found[u] for u in urls)]
    failures = [r for r in (found[u] for u in dict.fromkeys(urls)) if not isinstance(r, Article)]
    return articles, failures
