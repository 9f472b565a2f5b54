"""The FastAPI app of ``newsbrief serve``: settings, the app factory, error handling and middleware.

The server is a thin face over :func:`newsbrief.brief` (DESIGN.md): it maps an HTTP body onto
:class:`~newsbrief.config.BriefConfig`, runs the brief under the caps of :class:`ServerSettings`, and turns
newsbrief's errors into JSON ``{"error": type, "message": text}`` with the status that tells a client
what to do: 422 fix the input, 413 send less, 503 retry later, 403 not allowed here. A 500 means a bug
in newsbrief, never bad input; it is logged with its traceback and answered without one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsbrief import __version__
from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError, InputError, InputTooLargeError, MissingDependencyError, NewsbriefError
from newsbrief.server.fetch import FetchError, FetchRefusedError, FetchTooLargeError
from newsbrief.server.jobs import JobManager, UnknownJobError
from newsbrief.server.limits import BodyLimit, Gate, SecurityHeaders, ServerBusyError, TimeLimitError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Every cap of the server in one frozen object (``newsbrief serve`` flags map onto it).

    The defaults fit one editor's browser and a small newsroom on a 2-core machine: a brief of 50
    articles of 200 kB each is far beyond any real story, and a 30-second brief means something is wrong.

    Attributes:
        max_request_bytes: largest request body of ``/api/brief`` (413 beyond).
        max_upload_bytes: largest JSONL feed sent to ``/api/stories`` (413 beyond).
        max_articles: most articles in one brief (422 beyond).
        max_article_bytes: largest single article, pasted or fetched, in UTF-8 bytes (413 beyond).
        max_words: largest word budget a client may ask for.
        time_limit: seconds a brief may take (503 beyond).
        concurrency: briefs computed at once (worker threads).
        queue: requests that may wait for a free slot; more are refused with 503.
        queue_wait: seconds a request waits for a slot before a 503.
        allow_fetch: fetch ``url`` of articles without text (public http(s) addresses only).
        fetch_timeout: seconds for one fetch, redirects included.
        max_jobs: stories jobs kept in memory (running or finished).
        job_workers: stories jobs running at once.
        max_job_briefs: briefs kept per stories job.
    """

    max_request_bytes: int = 2_000_000
    max_upload_bytes: int = 20_000_000
    max_articles: int = 50
    max_article_bytes: int = 200_000
    max_words: int = 2_000
    time_limit: float = 30.0
    concurrency: int = 2
    queue: int = 32
    queue_wait: float = 20.0
    allow_fetch: bool = False
    fetch_timeout: float = 10.0
    max_jobs: int = 8
    job_workers: int = 1
    max_job_briefs: int = 1_000

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if value < 0 or (value == 0 and name != "queue"):
                raise ConfigError(f"server setting {name} must be positive, got {value}")


def status_of(err: Exception) -> int:
    """The HTTP status of one of newsbrief's errors."""
    table: tuple[tuple[type[Exception], int], ...] = (
        (InputTooLargeError, 413),
        (FetchTooLargeError, 413),
        (FetchRefusedError, 403),
        (FetchError, 502),
        (InputError, 422),
        (ConfigError, 422),
        (UnknownJobError, 404),
        (ServerBusyError, 503),
        (TimeLimitError, 503),
        (MissingDependencyError, 503),
    )
    return next((status for kind, status in table if isinstance(err, kind)), 422)


def error_response(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error document, with ``Retry-After`` on 503 (busy and time limit are temporary)."""
    headers = dict(headers or {})
    if status == 503:
        headers.setdefault("Retry-After", "5")
    return JSONResponse({"error": error, "message": message}, status_code=status, headers=headers)


def _validation_message(err: RequestValidationError) -> str:
    """Pydantic's errors as one line a person can act on: ``body.words: must be <= 2000; ...``."""
    parts = []
    if any(tuple(item.get("loc", ())) == ("body",) for item in err.errors()):
        return (
            "the body must be a JSON object sent with Content-Type: application/json, "
            'e.g. {"articles": [{"text": "..."}]}'
        )
    for item in err.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    more = len(err.errors()) - 5
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsbriefError)
    async def newsbrief_error(_request: Request, err: NewsbriefError) -> JSONResponse:
        return error_response(status_of(err), type(err).__name__, str(err))

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


def _warm_up() -> None:
    """Load spaCy before the first request: it takes seconds, and two threads must not both load it."""
    try:
        from newsbrief.analyse.nlp import load_nlp

        load_nlp()
    except NewsbriefError as err:  # analysis requests will answer 503 with the install hint
        logger.warning("analysis is unavailable: %s", err)


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the app: API routes, the page, the offline API docs, caps and security headers.

    Args:
        settings: the caps; ``ServerSettings()`` by default.

    Returns:
        An ASGI app for uvicorn (or FastAPI's TestClient).
    """
    settings = settings or ServerSettings()
    gate = Gate(
        slots=settings.concurrency, queue=settings.queue, wait=settings.queue_wait, time_limit=settings.time_limit
    )
    jobs = JobManager(max_jobs=settings.max_jobs, workers=settings.job_workers)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if BriefConfig().analysis:
            await asyncio.to_thread(_warm_up)
        yield
        jobs.close()
        gate.close()

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
    app.state.gate = gate
    app.state.jobs = jobs
    _install_handlers(app)

    from newsbrief.server import api, page

    app.include_router(api.router)
    app.include_router(page.router)

    def limit_for(path: str) -> int:
        return settings.max_upload_bytes if path.startswith("/api/stories") else settings.max_request_bytes

    app.add_middleware(BodyLimit, limit_for=limit_for)
    app.add_middleware(SecurityHeaders)
    return app
