"""``newsbrief serve``: the web page and JSON API under uvicorn (issue 6)."""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from newsbrief.cli import app, setup_logging, stderr
from newsbrief.server.settings import ServerSettings

_DEFAULTS = ServerSettings()  # the one source of the defaults the options show


@app.command("serve")
def serve_command(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on.")] = 8000,
    allow_fetch: Annotated[
        bool,
        typer.Option("--allow-fetch", help="Fetch article URLs (public http(s) addresses only). Off by default."),
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="Worker processes that brief (default: cores + 1).")
    ] = _DEFAULTS.workers,
    worker_memory: Annotated[
        int,
        typer.Option(
            "--worker-memory", min=256, metavar="MIB", help="Memory limit of each worker process (413 beyond)."
        ),
    ] = _DEFAULTS.worker_memory_mb,
    demote_after: Annotated[
        float,
        typer.Option(
            "--demote-after", min=0, help="Seconds after which a brief runs at the lowest CPU priority (0: never)."
        ),
    ] = _DEFAULTS.demote_after,
    time_limit: Annotated[
        float,
        typer.Option("--time-limit", min=0.5, help="Seconds a brief may take; its worker is then killed (503)."),
    ] = _DEFAULTS.time_limit,
    max_articles: Annotated[
        int, typer.Option("--max-articles", min=1, help="Most articles in one brief.")
    ] = _DEFAULTS.max_articles,
    max_request_bytes: Annotated[
        int, typer.Option("--max-request-bytes", min=1000, help="Largest request body of /api/brief.")
    ] = _DEFAULTS.max_request_bytes,
    max_upload_bytes: Annotated[
        int, typer.Option("--max-upload-bytes", min=1000, help="Largest JSONL feed for stories mode.")
    ] = _DEFAULTS.max_upload_bytes,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only (no access log).")] = False,
) -> None:
    """Start the newsbrief web page and JSON API.

    Open http://HOST:PORT/ for the page, /docs for the API. Over a cap: 413, 422 or 503 with a JSON message.

    Briefs run in --workers processes, each under --worker-memory.

    A brief past --time-limit is killed with its process (503); a fresh worker takes its place.

    Examples:

    newsbrief serve

    newsbrief serve --host 0.0.0.0 --port 8080 --allow-fetch

    newsbrief serve --workers 4 --worker-memory 3000 --time-limit 60
    """
    try:
        import uvicorn

        from newsbrief.server import create_app
    except ImportError as err:
        from newsbrief.errors import MissingDependencyError

        raise MissingDependencyError(err.name or "fastapi", "serve") from err

    settings = ServerSettings(
        allow_fetch=allow_fetch,
        workers=workers,
        worker_memory_mb=worker_memory,
        demote_after=demote_after,
        time_limit=time_limit,
        max_articles=max_articles,
        max_request_bytes=max_request_bytes,
        max_upload_bytes=max_upload_bytes,
    )
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # inherited by the workers: one core each, no BLAS threads on top
    setup_logging(quiet, "%(levelname)s: %(name)s: %(message)s", logging.INFO)
    if host not in ("127.0.0.1", "localhost", "::1"):
        stderr.print(f"newsbrief serve: listening on {host}: reachable from other machines", highlight=False)
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level="error" if quiet else "info",
        access_log=not quiet,
        # uvicorn's own backstop beneath the app's gate: open connections beyond this get a 503.
        limit_concurrency=max(64, settings.queue * 4),
        timeout_keep_alive=5,
        server_header=False,
    )
