"""One brief request, from its HTTP body to the rendered output: the work a brief worker process does.

Kept apart from the routes (:mod:`newsbrief.server.api`) so that a worker process imports pydantic and
the pipeline but not FastAPI. :func:`run_brief` runs in a worker (:mod:`newsbrief.server.pool`):
reading (and, where allowed, fetching), briefing and rendering are all CPU or network work that must
not hold the server's event loop.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsbrief.config import BriefConfig
from newsbrief.errors import EmptyInputError, FetchRefusedError, InputError, InputTooLargeError
from newsbrief.ingest import unique_ids
from newsbrief.ingest.files import read_document
from newsbrief.ingest.jsonl import articles_from_jsonl_text
from newsbrief.ingest.safety import safe_text
from newsbrief.model import Article
from newsbrief.server.settings import ServerSettings

if TYPE_CHECKING:
    from newsbrief.web.fetch import Fetcher


class ArticleIn(BaseModel):
    """One article: its text (plain text or an HTML page), or with ``--allow-fetch`` only a URL."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article: plain text, or a whole HTML page.")
    title: str | None = Field(None, max_length=1_000)
    url: str | None = Field(
        None, max_length=2_048, description="Fetched only when there is no text and the server allows it."
    )
    published: str | None = Field(None, max_length=64, description="ISO 8601 date, e.g. 2019-02-18.")
    outlet: str | None = Field(None, max_length=300)
    id: str | None = Field(None, max_length=200, description="Unique within the request; 'a1', 'a2'... by default.")


class BriefRequest(BaseModel):
    """The articles of one story and how long the brief should be."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(default_factory=list, description="The reports of one story.")
    jsonl: str | None = Field(
        None, description="More articles as JSON Lines (the CLI's JSONL shapes: articles or one cluster)."
    )
    words: int = Field(BriefConfig().words, ge=1, description="Word budget of the summary.")
    analysis: bool = Field(
        BriefConfig().analysis,  # the CLI's default, so that the same articles give the same JSON
        description="Find people, quotes, agreement and the timeline (false: summary and support only, faster).",
    )
    format: Literal["json", "html"] = Field("json", description="json: the Brief JSON; html: the HTML report.")


def _article(item: ArticleIn, index: int, settings: ServerSettings, fetcher: Fetcher | None) -> Article:
    """Turn one request article into an Article (fetching its URL where allowed)."""
    origin = f"article {index}"
    # Every string through the one check of the ingest layer (a lone surrogate is a 422 naming the field).
    item = item.model_copy(
        update={
            name: safe_text(value, field=name, source=origin)
            for name, value in item.model_dump().items()
            if isinstance(value, str)
        }
    )
    article_id = item.id or f"a{index}"
    meta = {"title": item.title, "url": item.url, "published": item.published, "outlet": item.outlet}
    if item.text is None or not item.text.strip():
        if not item.url:
            raise EmptyInputError(
                'has no text (give "text", or a "url" on a server started with --allow-fetch)', source=origin
            )
        if fetcher is None:
            raise FetchRefusedError(
                item.url,
                "not allowed",
                f"{origin}: this server does not fetch URLs (start it with --allow-fetch); paste the text instead",
            )
        from newsbrief.web.extract import extract_article

        fetched = extract_article(fetcher.fetch(item.url), article_id=article_id)
        if len(fetched.text.encode("utf-8")) > settings.max_article_bytes:
            raise InputTooLargeError(
                f"the text of {item.url} is over the {settings.max_article_bytes:,}-byte cap per article", source=origin
            )
        return replace(fetched, **{k: v for k, v in meta.items() if v is not None})
    size = len(item.text.encode("utf-8"))
    if size > settings.max_article_bytes:
        raise InputTooLargeError(
            f"is {size:,} bytes, over the {settings.max_article_bytes:,}-byte cap per article", source=origin
        )
    # Read like the CLI reads a file: HTML is sniffed and extracted, a text's headline line becomes the title.
    article = read_document(item.text, article_id=article_id, origin=origin)
    return replace(article, **{k: v for k, v in meta.items() if v is not None})


def _jsonl_articles(text: str, settings: ServerSettings) -> list[Article]:
    """Articles of the ``jsonl`` field, each within the per-article cap; errors name the line."""
    articles: list[Article] = []
    for art in articles_from_jsonl_text(text, source="jsonl"):
        size = len(art.text.encode("utf-8"))
        if size > settings.max_article_bytes:
            raise InputTooLargeError(
                f"article is {size:,} bytes, over the {settings.max_article_bytes:,}-byte cap",
                source=art.origin or "jsonl",
            )
        articles.append(art)
    return articles


def collect_articles(body: BriefRequest, settings: ServerSettings, fetcher: Fetcher | None = None) -> list[Article]:
    """Every article of a request, checked against the caps, with unique ids.

    Raises:
        InputError: no articles, too many, an empty one, repeated ids, bad JSONL.
        InputTooLargeError: an article over the per-article cap.
    """
    n_given = len(body.articles)
    if n_given > settings.max_articles:
        raise InputError(f"{n_given} articles; this server briefs at most {settings.max_articles} at once")
    articles: list[Article] = []
    if body.jsonl:
        articles.extend(_jsonl_articles(body.jsonl, settings))
    if len(articles) + n_given > settings.max_articles:
        raise InputError(
            f"{len(articles) + n_given} articles; this server briefs at most {settings.max_articles} at once"
        )
    articles.extend(_article(item, i, settings, fetcher) for i, item in enumerate(body.articles, start=1))
    if not articles:
        raise EmptyInputError('no articles: give "articles" (a list of {"text": ...}) or "jsonl"')
    return unique_ids(articles)


def run_brief(body: BriefRequest, settings: ServerSettings) -> str:
    """In a worker process: read (and fetch), brief, render; the rendered JSON or HTML."""
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    if not settings.allow_fetch:
        articles = collect_articles(body, settings)
    else:
        from newsbrief.web.fetch import Fetcher, FetchPolicy

        # The command line's fetcher under the public-address rule (SSRF). A page is several times its article
        # text (markup, scripts); the text is capped after extraction. No retry: a visitor is waiting.
        policy = FetchPolicy(
            timeout=settings.fetch_timeout, max_bytes=settings.max_article_bytes * 5, public_only=True, retries=0
        )
        with Fetcher(policy) as fetcher:
            articles = collect_articles(body, settings, fetcher)
    config = BriefConfig(words=body.words, analysis=body.analysis)
    return render(brief(articles, config), body.format)
