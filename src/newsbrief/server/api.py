"""The JSON API: ``/api/brief`` (JSON or HTML), ``/api/stories`` and ``/api/jobs/{id}``.

The request body maps onto :class:`~newsbrief.config.BriefConfig` and a list of
:class:`~newsbrief.model.Article`; the answer is exactly what ``newsbrief brief --format json`` prints
(``newsbrief.render.render(brief, "json")``, docs/brief.schema.json) or the CLI's HTML report. The brief
runs in a worker process (:mod:`newsbrief.server.pool`, the work itself in :mod:`newsbrief.server.briefing`);
a stories job is ``newsbrief stories`` in a process of its own (:mod:`newsbrief.server.jobs`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from newsbrief.errors import EmptyInputError, InputError
from newsbrief.ingest.decode import decode_bytes
from newsbrief.server.briefing import ArticleIn, BriefRequest, run_brief
from newsbrief.server.jobs import StoriesOptions

__all__ = ["ArticleIn", "BriefRequest", "router"]

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["api"])
_STORIES = StoriesOptions()  # a stories job's defaults: those of ``newsbrief stories``

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
    output = await request.app.state.pool.run(run_brief, body, settings)
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
    words: Annotated[
        int, Query(ge=1, le=2_000, description="Word budget of each story's brief (the CLI's default).")
    ] = _STORIES.words,
    min_articles: Annotated[
        int, Query(ge=1, le=1_000, description="Brief stories of this many articles or more.")
    ] = _STORIES.min_articles,
    analysis: Annotated[
        bool, Query(description="People, quotes, agreement and timeline in each brief (slower; the CLI's default).")
    ] = _STORIES.analysis,
) -> JSONResponse:
    """Group a feed into stories and brief each, in the background (``newsbrief stories``); poll the job."""
    data = await request.body()  # already capped by the BodyLimit middleware
    if not data.strip():
        raise EmptyInputError("the feed is empty: send JSONL, one article per line", source="feed")
    decode_bytes(data[:65_536], source="feed")  # refuse a binary upload now rather than line by line
    options = StoriesOptions(words=words, min_articles=min_articles, analysis=analysis)
    summary = await asyncio.to_thread(request.app.state.jobs.submit, data, options)
    return JSONResponse(summary, status_code=202, headers={"Location": summary["links"]["self"]})


@router.get("/jobs/{job_id}", responses=_errors(404), summary="Report a stories job")
async def get_job(request: Request, job_id: str) -> dict[str, Any]:
    """State (queued, running, done, failed, cancelled), phase, progress 0..1, counts and links."""
    return request.app.state.jobs.get(job_id)


@router.delete("/jobs/{job_id}", responses=_errors(404), summary="Cancel a stories job")
async def cancel_job(request: Request, job_id: str) -> dict[str, Any]:
    """Ask the job to stop; the stories found so far stay browsable."""
    return request.app.state.jobs.cancel(job_id)


@router.get("/jobs/{job_id}/stories", responses=_errors(404), summary="The story index of a job")
async def get_stories(
    request: Request,
    job_id: str,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1_000)] = 200,
    briefed: Annotated[bool, Query(description="Only stories that have a brief.")] = False,
) -> dict[str, Any]:
    """Stories found so far, most articles first (then earliest), with links to their briefs.

    While a job runs, the index shows the stories briefed so far; once it is done, every story.
    """
    stories = await asyncio.to_thread(request.app.state.jobs.stories, job_id)
    if briefed:
        stories = [s for s in stories if s["briefed"]]
    return {"job": job_id, "total": len(stories), "offset": offset, "stories": stories[offset : offset + limit]}


async def _story_file(request: Request, job_id: str, story_id: str, fmt: str) -> str:
    path = request.app.state.jobs.story_file(job_id, story_id, fmt)
    return await asyncio.to_thread(path.read_text, encoding="utf-8")


@router.get("/jobs/{job_id}/stories/{story_id}", responses=_errors(404), summary="A story's Brief JSON")
async def get_story(request: Request, job_id: str, story_id: str) -> Response:
    """The story's brief in the CLI's JSON (the file ``newsbrief stories`` wrote)."""
    return Response(await _story_file(request, job_id, story_id, "json"), media_type="application/json")


@router.get(
    "/jobs/{job_id}/stories/{story_id}/html",
    response_class=HTMLResponse,
    responses=_errors(404),
    summary="A story's HTML report",
)
async def get_story_html(request: Request, job_id: str, story_id: str) -> Response:
    """The story's brief as the HTML report."""
    return HTMLResponse(await _story_file(request, job_id, story_id, "html"), headers=report_headers())
