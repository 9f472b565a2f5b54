"""The JSON API: ``/api/brief`` (JSON or HTML), ``/api/stories`` and ``/api/jobs/{id}``.

The request body maps onto :class:`~newsbrief.config.BriefConfig` and a list of
:class:`~newsbrief.model.Article`; the answer is exactly what ``newsbrief brief --format json`` prints
(``newsbrief.render.render(brief, "json")``, docs/brief.schema.json) or the CLI's HTML report. The brief
runs in a worker thread under the server's gate (:mod:`newsbrief.server.limits`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from newsbrief.config import BriefConfig
from newsbrief.errors import EmptyInputError, InputError, InputTooLargeError
from newsbrief.ingest import unique_ids
from newsbrief.ingest.decode import decode_bytes
from newsbrief.ingest.files import read_document
from newsbrief.ingest.jsonl import articles_from_jsonl_text
from newsbrief.ingest.safety import safe_text
from newsbrief.model import Article, Brief
from newsbrief.server.jobs import StoriesOptions, StoryResult

if TYPE_CHECKING:
    from newsbrief.server.app import ServerSettings
    from newsbrief.server.fetch import Fetcher

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["api"])

_ERROR_SCHEMA = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        403: "URL fetching refused (off on this server, or a non-public address)",
        404: "no such job or story",
        413: "request, article or fetched page over a cap",
        422: "invalid input; the message says what to fix",
        502: "a URL could not be fetched",
        503: "busy or over the time limit; retry later",
    }
    return {c: {"description": text[c], "content": {"application/json": {"schema": _ERROR_SCHEMA}}} for c in codes}


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
    words: int = Field(250, ge=1, description="Word budget of the summary.")
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
            from newsbrief.server.fetch import FetchRefusedError

            raise FetchRefusedError(
                f"{origin}: this server does not fetch URLs (start it with --allow-fetch); paste the text instead"
            )
        page = fetcher.fetch(item.url)
        suffix = ".html" if "html" in page.content_type else ".txt"
        fetched = read_document(page.text, article_id=article_id, origin=item.url, suffix=suffix)
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


def _run_brief(body: BriefRequest, settings: ServerSettings) -> tuple[Brief, str]:
    """In a worker thread: read (and fetch), brief, render. Everything CPU-bound happens here."""
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    fetcher = None
    if settings.allow_fetch:
        from newsbrief.server.fetch import Fetcher

        # A page is several times its article text (markup, scripts); the text is capped after extraction.
        fetcher = Fetcher(max_bytes=settings.max_article_bytes * 5, timeout=settings.fetch_timeout)
    articles = collect_articles(body, settings, fetcher)
    config = BriefConfig(words=body.words, analysis=body.analysis, max_bytes=settings.max_article_bytes)
    result = brief(articles, config)
    return result, render(result, body.format)


def report_headers() -> dict[str, str]:
    """Headers of an HTML report served on its own: the report's CSP, sandboxed (no same-origin)."""
    from newsbrief.server.page import report_csp

    return {"Content-Security-Policy": f"sandbox allow-scripts; {report_csp()}"}


_BRIEF_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The Brief as JSON (docs/brief.schema.json), or the HTML report with format=html.",
        "content": {"application/json": {"schema": {"type": "object"}}, "text/html": {"schema": {"type": "string"}}},
    },
    **_errors(403, 413, 422, 502, 503),
}


async def _brief(request: Request, body: BriefRequest, fmt: str | None = None) -> Response:
    settings = request.app.state.settings
    if body.words > settings.max_words:
        raise InputError(f"words is {body.words}; this server allows at most {settings.max_words}")
    if fmt is not None:
        body = body.model_copy(update={"format": fmt})
    _, output = await request.app.state.gate.run(_run_brief, body, settings)
    if body.format == "html":
        return HTMLResponse(output, headers=report_headers())
    return Response(output, media_type="application/json")


@router.post("/brief", responses=_BRIEF_RESPONSES, summary="Brief the articles of one story")
async def post_brief(request: Request, body: BriefRequest) -> Response:
    """Brief several reports of one story: the Brief JSON, exactly as ``newsbrief brief --format json``."""
    return await _brief(request, body)


@router.post("/brief/html", response_class=HTMLResponse, responses=_BRIEF_RESPONSES, summary="Brief as an HTML report")
async def post_brief_html(request: Request, body: BriefRequest) -> Response:
    """The same brief as the self-contained HTML report (``format`` is ignored)."""
    return await _brief(request, body, "html")


_FEED_BODY = {
    "required": True,
    "description": "A JSONL feed, one article per line: text, optional id, title, url, published, outlet.",
    "content": {
        "application/x-ndjson": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
    },
}


@router.post(
    "/stories",
    status_code=202,
    openapi_extra={"requestBody": _FEED_BODY},
    responses=_errors(413, 422, 503),
    summary="Start a stories job on a JSONL feed",
)
async def post_stories(
    request: Request,
    words: Annotated[int, Query(ge=1, le=2_000, description="Word budget of each story's brief.")] = 150,
    min_articles: Annotated[int, Query(ge=1, le=1_000, description="Brief stories of this many articles or more.")] = 2,
) -> JSONResponse:
    """Group a feed into stories and brief each, in the background; poll the job it returns."""
    settings = request.app.state.settings
    data = await request.body()  # already capped by the BodyLimit middleware; held in memory only
    if not data.strip():
        raise EmptyInputError("the feed is empty: send JSONL, one article per line", source="feed")
    decode_bytes(data[:65_536], source="feed")  # refuse a binary upload now rather than line by line
    options = StoriesOptions(words=words, min_articles=min_articles, max_briefs=settings.max_job_briefs)
    summary = request.app.state.jobs.submit(data, options)
    return JSONResponse(summary, status_code=202, headers={"Location": summary["links"]["self"]})


@router.get("/jobs/{job_id}", responses=_errors(404), summary="Report a stories job")
async def get_job(request: Request, job_id: str) -> dict[str, Any]:
    """State (queued, running, done, failed, cancelled), phase, progress 0..1, counts and links."""
    return request.app.state.jobs.get(job_id)


@router.delete("/jobs/{job_id}", responses=_errors(404), summary="Cancel a stories job")
async def cancel_job(request: Request, job_id: str) -> dict[str, Any]:
    """Ask the job to stop; the stories found so far stay browsable."""
    return request.app.state.jobs.cancel(job_id)


def _story_entry(job_id: str, story: StoryResult) -> dict[str, Any]:
    links = {}
    if story.brief is not None:
        base = f"/api/jobs/{job_id}/stories/{story.id}"
        links = {"json": base, "html": f"{base}/html"}
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "n_articles": len(story.articles),
        "duplicates": [{"id": dup, "of": orig} for dup, orig in story.duplicates],
        "first_published": story.first_published,
        "last_published": story.last_published,
        "boilerplate": story.boilerplate,
        "briefed": story.brief is not None,
        "summary": story.brief.summary[0].text if story.brief is not None and story.brief.summary else None,
        "note": story.note,
        "links": links,
    }


@router.get("/jobs/{job_id}/stories", responses=_errors(404), summary="The story index of a job")
async def get_stories(
    request: Request,
    job_id: str,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1_000)] = 200,
    briefed: Annotated[bool, Query(description="Only stories that have a brief.")] = False,
) -> dict[str, Any]:
    """Stories found so far, most articles first (then earliest), with links to their briefs."""
    stories = request.app.state.jobs.stories(job_id)
    if briefed:
        stories = [s for s in stories if s.brief is not None]
    page = stories[offset : offset + limit]
    return {"job": job_id, "total": len(stories), "offset": offset, "stories": [_story_entry(job_id, s) for s in page]}


def _story_brief(request: Request, job_id: str, story_id: str) -> Brief:
    from newsbrief.server.jobs import UnknownJobError

    story = request.app.state.jobs.story(job_id, story_id)
    if story.brief is None:
        raise UnknownJobError(f"story {story_id!r} has no brief ({story.note or 'not briefed yet'})")
    return story.brief


@router.get("/jobs/{job_id}/stories/{story_id}", responses=_errors(404), summary="A story's Brief JSON")
async def get_story(request: Request, job_id: str, story_id: str) -> Response:
    """The story's brief in the CLI's JSON."""
    from newsbrief.render import render

    return Response(render(_story_brief(request, job_id, story_id), "json"), media_type="application/json")


@router.get(
    "/jobs/{job_id}/stories/{story_id}/html",
    response_class=HTMLResponse,
    responses=_errors(404),
    summary="A story's HTML report",
)
async def get_story_html(request: Request, job_id: str, story_id: str) -> Response:
    """The story's brief as the HTML report."""
    from newsbrief.render import render

    html = await request.app.state.gate.run(render, _story_brief(request, job_id, story_id), "html")
    return HTMLResponse(html, headers=report_headers())
