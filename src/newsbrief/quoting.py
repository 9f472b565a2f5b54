"""``newsbrief.quotes()``: every direct quotation of some articles, with its speaker (function-first).

The public face of :mod:`newsbrief.analyse.quotes`, as ``trafilatura.extract`` is of its extractor: the
brief's "Who said what" section and the ``newsbrief quotes`` command run the same extraction
(:func:`newsbrief.analyse.quotes.extract_quotes`) on one shared spaCy pipeline. Offsets point into
``Article.text`` exactly as given (the command gives the text as read, before any cleaning).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsbrief.errors import ConfigError
from newsbrief.model import Article, Quote


def quote_record(quote: Quote) -> dict[str, Any]:
    """One quote as a JSON-ready dict: the keys of ``newsbrief quotes --format jsonl``."""
    return {
        "article": quote.article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": quote.speaker,
        "verb": quote.verb,
        "confidence": None if quote.confidence is None else round(quote.confidence, 3),
    }


def quotes(articles: Article | Iterable[Article], *, batch_size: int = 16) -> tuple[Quote, ...]:
    """Find every direct quotation of the articles, with speaker, speech verb and character offsets.

    Scare quotes of one or two words ("a 'rigged' system") and short titles are left out; a quote whose
    speaker the text does not name has ``speaker=None`` (unattributed, never a guess).

    Args:
        articles: one :class:`~newsbrief.model.Article` or several; offsets point into their ``text``.
        batch_size: documents per spaCy batch.

    Returns:
        The quotes of every article, articles in the given order and quotes in text order.

    Raises:
        ConfigError: something other than articles was given, or ``batch_size`` is below 1.
        MissingDependencyError: spaCy or its English model is not installed.
    """
    from newsbrief.analyse.quotes import extract_quotes_batch

    items = [articles] if isinstance(articles, Article) else list(articles)
    bad = next((type(a).__name__ for a in items if not isinstance(a, Article)), None)
    if bad is not None:
        raise ConfigError(f"quotes() takes Article objects (see newsbrief.read_articles), got a {bad}")
    if batch_size < 1:
        raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
    return tuple(q for found in extract_quotes_batch(items, batch_size=batch_size) for q in found)
