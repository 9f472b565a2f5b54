"""The FastAPI app of ``newsbrief serve``: settings, the app factory, error handling and middleware.

The server is a thin face over :func:`newsbrief.brief` (DESIGN.md): it maps an HTTP body onto
:class:`~newsbrief.config.BriefConfig`, runs the brief under the caps of :class:`ServerSettings`, and turns
newsbrief's errors into JSON ``{"error": type, "message": text}`` with the status that tells a client
what to do: 422 fix the input, 413 send less, 503 retry later, 403 not allowed here. A 500 means a bug
in newsbrief, never bad input; it is logged with its traceback and answered without one.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsbrief._version import __version__
from newsbrief.errors import (
    ConfigError,
    FetchError,
    FetchRefusedError,
    FetchTooLargeError,
    InputError,
    InputTooLargeError,
    MissingDependencyError,
    NewsbriefError,
    OutputError,
    ServerError,
    UnknownJobError,
)
from newsbrief.server import api, page
from newsbrief.server.jobs import JobManager
from newsbrief.server.limits import BodyLimit, SecurityHeaders
from newsbrief.server.pool import WorkerPool
from newsbrief.server.settings import ServerSettings

logger = logging.getLogger(__name__)


def status_of(err: Exception) -> int:
    """The HTTP status of one of newsbrief's errors."""
    table: tuple[tuple[type[Exception], int], ...] = (
        (OutputError, 500),  # the server's own disk, not the client's input: logged as a bug would be
        (InputTooLargeError, 413),
        (FetchTooLargeError, 413),
        (FetchRefusedError, 403),
        (FetchError, 502),
        (InputError, 422),
        (ConfigError, 422),
        (UnknownJobError, 404),
        (ServerError, 503),
        (MissingDependencyError, 503),
    )
    return next((status for kind, status in table if isinstance(err, kind)), 500)


def error_response(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error document, with ``Retry-After`` on 503 (busy and time limit are temporary)."""
    headers = dict(headers or {})
    if status == 503:
        headers.setdefault("Retry-After", "5")
    return JSONResponse({"error": error, "message": message}, status_code=status, headers=headers)


def _validation_message(err: RequestValidationError) -> str:
    """Pydantic's errors as one line a person can act on: ``body.words: must be <= 2000; ...``."""
    parts = []
    send = 'send a JSON object with Content-Type: application/json, e.g. {"articles": [{"text": "..."}]}'
    if any(tuple(item.get("loc", ())) == ("body",) for item in err.errors()):
        return f"the body is missing or not a JSON object: {send}"
    for item in err.errors():
        if item.get("type") == "json_invalid":  # FastAPI's own "14: JSON decode error" said neither what nor how
            loc = item.get("loc", ())
            where = f" at character {loc[-1] + 1}" if loc and isinstance(loc[-1], int) else ""
            why = str((item.get("ctx") or {}).get("error", "")).lower()
            return f"the body is not valid JSON ({why or 'cannot be decoded'}{where}): {send}"
    for item in err.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    more = len(err.errors()) - 5
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsbriefError)
    async def newsbrief_error(request: Request, err: NewsbriefError) -> JSONResponse:
        status = status_of(err)
        if status == 500:  # an error of ours with no place in the table is a bug, not the client's fault
            return await bug(request, err)
        return error_response(status, type(err).__name__, str(err))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, err: RequestValidationError) -> JSONResponse:
        return error_response(422, "ValidationError", _validation_message(err))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, err: StarletteHTTPException) -> JSONResponse:
        names = {404: "NotFound", 405: "MethodNotAllowed", 413: "RequestTooLarge", 415: "UnsupportedMediaType"}
        return error_response(
            err.status_code, names.get(err.status_code, "HTTPError"), str(err.detail), dict(err.headers or {})
        )

    @app.exception_handler(Exception)
    async def bug(request: Request, err: Exception) -> JSONResponse:
        logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=err)
        return error_response(500, "InternalError", "an unexpected error in newsbrief; it has been logged")


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the app: API routes, the page, the offline API docs, caps and security headers.

    Args:
        settings: the caps; ``ServerSettings()`` by default.

    Returns:
        An ASGI app for uvicorn (or FastAPI's TestClient).
    """
    settings = settings or ServerSettings()
    pool = WorkerPool(
        size=settings.workers,
        memory_mb=settings.worker_memory_mb,
        time_limit=settings.time_limit,
        queue=settings.queue,
        wait=settings.queue_wait,
        preload=settings.preload,
        demote_after=settings.demote_after or None,
    )
    jobs = JobManager(
        max_jobs=settings.max_jobs,
        workers=settings.job_workers,
        memory_mb=settings.worker_memory_mb,
        jobs_dir=settings.jobs_dir,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.preload:  # else the workers start with the first brief
            pool.start()
        yield
        jobs.close()
        pool.close()

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description=(
            "Many news reports of one story in, one cited brief out. `POST /api/brief` returns the Brief "
            "as JSON (docs/brief.schema.json) or as an HTML report; `POST /api/stories` groups a JSONL feed "
            'into stories in the background. Errors are JSON `{"error": type, "message": text}`.'
        ),
        docs_url=None,  # served by page.py from local files: no CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.jobs = jobs
    _install_handlers(app)
    app.include_router(api.router)
    app.include_router(page.router)

    def limit_for(path: str) -> int:
        return settings.max_upload_bytes if path.startswith("/api/stories") else settings.max_request_bytes

    app.add_middleware(BodyLimit, limit_for=limit_for)
    app.add_middleware(SecurityHeaders)
    return app
