"""The page (``GET /``), its packaged CSS and JS, and the offline API docs (``GET /docs``).

Safety model: the page is static (a Jinja2 template with autoescaping; only the server's caps go into
it) and its script builds every element with ``textContent``, never ``innerHTML``. A brief comes back as
the HTML report and is shown in ``<iframe sandbox="allow-scripts" srcdoc=...>`` *without*
``allow-same-origin``: the report's own script (citation highlighting) runs, but in an opaque origin that
cannot read the page, its cookies or the API. The strict Content-Security-Policy allows our own files
('self') plus, by SHA-256 hash, exactly the report's packaged CSS and JS (a ``srcdoc`` frame inherits the
page's policy), so even a script that slipped into a report would not run.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from functools import cache
from importlib.resources import files
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from newsbrief._version import __version__
from newsbrief.config import BriefConfig
from newsbrief.server.jobs import StoriesOptions
from newsbrief.server.limits import error_body

logger = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)

_TEMPLATES = files("newsbrief.server") / "templates"
_BRIEF = BriefConfig()  # the page's defaults: a brief's, and a stories job's (``newsbrief stories``'s)
_STORIES = StoriesOptions()
_STATIC = {"page.css": "text/css; charset=utf-8", "page.js": "text/javascript; charset=utf-8"}


@cache
def _asset(name: str) -> str:
    return (_TEMPLATES / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _report_hashes() -> tuple[str, str]:
    """CSP hashes of the report's packaged CSS and JS (what render/html.py inserts verbatim)."""
    report = files("newsbrief.render") / "templates"
    return (
        _sha256((report / "report.css").read_text(encoding="utf-8")),
        _sha256((report / "report.js").read_text(encoding="utf-8")),
    )


def report_csp() -> str:
    """The policy of a report: nothing but its own inline CSS and JS."""
    css, js = _report_hashes()
    return f"default-src 'none'; style-src {css}; script-src {js}; img-src 'none'; base-uri 'none'; form-action 'none'"


def page_csp() -> str:
    """The policy of the page: our files, the report's hashed assets for the frame, API calls to us."""
    css, js = _report_hashes()
    return (
        f"default-src 'none'; script-src 'self' {js}; style-src 'self' {css}; img-src 'self' data:; "
        "connect-src 'self'; frame-src 'self'; child-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_asset), autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True
    )


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    """The page: paste or drop articles, get the report; or upload a feed and browse its stories."""
    settings = request.app.state.settings
    context: dict[str, Any] = {
        "version": __version__,
        "max_articles": settings.max_articles,
        "max_article_kb": settings.max_article_bytes // 1000,
        "max_upload_mb": round(settings.max_upload_bytes / 1_000_000, 1),
        "allow_fetch": settings.allow_fetch,
        "analysis_default": _BRIEF.analysis,
        # the defaults selected are the configs' (one source); the other choices are the page's
        "words_default": _BRIEF.words,
        "stories_words_default": _STORIES.words,
        "lengths": sorted({100, 150, 250, 400, 600, _BRIEF.words, _STORIES.words}),
        "min_articles_default": _STORIES.min_articles,
        "min_articles_choices": sorted({2, 3, 5, _STORIES.min_articles}),
    }
    html = _environment().get_template("page.html").render(**context)
    return HTMLResponse(html, headers={"Content-Security-Policy": page_csp(), "Cache-Control": "no-store"})


@router.get("/static/{name}")
async def static(name: str) -> Response:
    """The page's own CSS and JS (a fixed list: no path from the request reaches the filesystem)."""
    media = _STATIC.get(name)
    if media is None:
        return Response(error_body("NotFound", f"no static file {name!r}"), 404, media_type="application/json")
    return Response(_asset(name), media_type=media, headers={"Cache-Control": "no-cache"})


@cache
def _swagger_dir() -> Any | None:
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    from pathlib import Path

    return Path(swagger_ui_bundle.swagger_ui_path)


_SWAGGER_FILES = {
    "swagger-ui.css": "text/css; charset=utf-8",
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "favicon-32x32.png": "image/png",
}
_DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@router.get("/docs", response_class=HTMLResponse)
async def docs() -> HTMLResponse:
    """Swagger UI from the ``swagger-ui-bundle-v2`` package (no CDN); a plain page if it is absent."""
    if _swagger_dir() is None:
        body = (
            "<!doctype html><meta charset=utf-8><title>newsbrief API</title>"
            "<p>The OpenAPI description is at <a href=/openapi.json>/openapi.json</a>. "
            "For the interactive docs: pip install 'newsbrief[serve]'.</p>"
        )
        return HTMLResponse(body, headers={"Content-Security-Policy": _DOCS_CSP})
    body = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>newsbrief API</title>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        "<link rel=stylesheet href=/docs/static/swagger-ui.css>"
        "<link rel=icon href=/docs/static/favicon-32x32.png></head>"
        "<body><div id=swagger-ui></div><script src=/docs/static/swagger-ui-bundle.js></script>"
        "<script src=/docs/init.js></script></body></html>"
    )
    return HTMLResponse(body, headers={"Content-Security-Policy": _DOCS_CSP})


@router.get("/docs/init.js")
async def docs_init() -> Response:
    script = 'window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});\n'
    return Response(script, media_type="text/javascript; charset=utf-8")


@router.get("/docs/static/{name}")
async def docs_static(name: str) -> Response:
    """Swagger UI's files, from a fixed list."""
    folder = _swagger_dir()
    media = _SWAGGER_FILES.get(name)
    if folder is None or media is None:
        return Response(error_body("NotFound", f"no docs file {name!r}"), 404, media_type="application/json")
    return Response((folder / name).read_bytes(), media_type=media, headers={"Cache-Control": "max-age=86400"})
