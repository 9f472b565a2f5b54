"""A real HTTP server on 127.0.0.1 for the tests of fetching, links and feeds: no internet, real sockets.

``LocalSite`` is a threaded ``http.server`` on a random port that counts the requests each path receives
(``site.count(path)``), answers conditional GETs (``ETag`` / ``Last-Modified`` -> 304) and serves routes that
tests add. ``build_news_site(site)`` lays out the standard site:

=========================== ======================================================================
``/robots.txt``             disallows ``/private/`` for every agent
``/seeds/<stem>.html``      the three seed reports as article pages (title, outlet, date, canonical)
``/duc/<wire id>.html``     DUC 2004 task 5 newswire (AP, NYT, Xinhua) with their wire dates
``/multinews/<id>-<n>.html`` raw Multi-News documents (no metadata: as scraped)
``/private/story.html``     an article robots.txt disallows
``/redirect/1``             302 -> ``/redirect/2`` -> 301 ``/redirect/3`` -> 302 the first seed page
``/loop/a``, ``/loop/b``    a redirect loop
``/slow.html``              answers after ``SLOW_SECONDS`` (tests use a shorter fetch timeout)
``/huge.html``              a 20 MB page with Content-Length; ``/huge-stream.html`` the same without one
``/report.pdf``             a PDF
``/fr/article.html``        an article in French
``/no-cache/<stem>.html``   a seed page whose server asks to revalidate every time (``no-cache``)
anything else               404
=========================== ======================================================================

The seed, DUC and Multi-News pages need ../shared/data (``site.has_data``); the rest are built from
literals. Pages are built at test time from the data and never written into the repository.

Hooks for more routes (feeds, OPML)::

    site.add_page("/feeds/world.xml", rss_bytes, content_type="application/rss+xml")   # ETag, Last-Modified
    site.add_route("/feeds/live.xml", lambda request: Response(200, body, {...}))     # any answer
    site.add_route("/bench/", handler, prefix=True)                                   # a path prefix
    site.count("/feeds/world.xml"); site.reset_counts()

``python tests/web_server.py [--pages N]`` runs the standard site in its own process and prints its base
URL (the fetch benchmark uses it so that the server's threads do not share the measured process); there
``/bench/<n>.html`` cycles over the data pages and ``/__stats`` answers the requests counted so far.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import html
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SLOW_SECONDS = 8.0  # far past the tests' fetch timeout (3 s), which a loaded machine still meets
HUGE_BYTES = 20_000_000
#: The seed reports' date (README of ../shared/data) and neutral outlet names: the files carry neither.
SEED_DATE = "2019-02-18"
LAST_MODIFIED = email.utils.formatdate(time.time() - 30 * 86_400, usegmt=True)


@dataclass
class Request:
    """What a route sees of a request."""

    path: str
    query: str
    headers: dict[str, str]


@dataclass
class Response:
    """What a route answers. ``delay`` seconds pass before the answer; ``stream`` sends no Content-Length."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: bool = False


Route = Callable[[Request], Response]


def static(body: bytes, content_type: str, *, cache_control: str | None = "max-age=3600") -> Route:
    """A fixed answer with an ETag and a Last-Modified, answering 304 to a matching conditional GET."""
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    base = {"Content-Type": content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED}
    if cache_control:
        base["Cache-Control"] = cache_control

    def route(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag or (
            "if-none-match" not in request.headers and request.headers.get("if-modified-since") == LAST_MODIFIED
        ):
            return Response(304, b"", {k: v for k, v in base.items() if k != "Content-Type"})
        return Response(200, body, dict(base))

    return route


def redirect(location: str, status: int = 302) -> Route:
    return lambda _request: Response(status, b"", {"Location": location})


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up (a fetch timeout, a size cap, the end of a test) are normal here, not errors."""

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class LocalSite:
    """A threaded HTTP server on 127.0.0.1 (a random port), counting requests per path."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._prefixes: list[tuple[str, Route]] = []
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.has_data = False
        self.agents: set[str] = set()
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests this server was answering at once
        self._log: list[tuple[float, str]] = []  # (time.monotonic() on arrival, path) of every request
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def do_GET(self) -> None:
                site._answer(self)

            def log_message(self, *args: object) -> None:  # quiet test output
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- life --------------------------------------------------------------------------------------------
    def start(self) -> LocalSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():  # shutdown() waits for serve_forever, which never began otherwise
            self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    # -- routes ------------------------------------------------------------------------------------------
    def add_route(self, path: str, route: Route, *, prefix: bool = False) -> None:
        """Answer ``path`` (or every path under it, ``prefix=True``) with ``route(request)``."""
        if prefix:
            self._prefixes.append((path, route))
            self._prefixes.sort(key=lambda item: -len(item[0]))
        else:
            self._routes[path] = route

    def add_page(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = "text/html; charset=utf-8",
        cache_control: str | None = "max-age=3600",
    ) -> str:
        """A static page with ETag and Last-Modified; returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.add_route(path, static(data, content_type, cache_control=cache_control))
        return self.url(path)

    def paths(self, prefix: str = "/") -> list[str]:
        return sorted(p for p in self._routes if p.startswith(prefix))

    # -- counts ------------------------------------------------------------------------------------------
    def count(self, path: str) -> int:
        with self._lock:
            return self._counts[path]

    def counts(self) -> Counter[str]:
        with self._lock:
            return Counter(self._counts)

    def total(self) -> int:
        with self._lock:
            return sum(self._counts.values())

    def arrivals(self, prefix: str = "/") -> list[float]:
        """The server's own clock (``time.monotonic``) at the arrival of each request under ``prefix``, in order."""
        with self._lock:
            return [t for t, path in self._log if path.startswith(prefix)]

    def reset_counts(self) -> None:
        with self._lock:
            self._counts.clear()
            self._log.clear()
            self.max_in_flight = self.in_flight

    # -- serving -----------------------------------------------------------------------------------------
    def _route(self, path: str) -> Route | None:
        if path in self._routes:
            return self._routes[path]
        return next((route for prefix, route in self._prefixes if path.startswith(prefix)), None)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        with self._lock:
            self._counts[parts.path] += 1
            self._log.append((time.monotonic(), parts.path))
            self.agents.add(handler.headers.get("User-Agent", ""))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        left = []

        def leave() -> None:
            # A request stops counting as in flight just before its body is written: once the body is out, the
            # client may start its next request before this thread runs again, and counting both at once would
            # see a limit broken that the client kept.
            if not left:
                left.append(True)
                with self._lock:
                    self.in_flight -= 1

        try:
            self._send(handler, parts.path, parts.query, leave)
        finally:
            leave()

    def _send(self, handler: BaseHTTPRequestHandler, path: str, query: str, leave: Callable[[], None]) -> None:
        request = Request(path, query, {k.lower(): v for k, v in handler.headers.items()})
        route = self._route(path)
        response = route(request) if route is not None else Response(404, b"not found", {"Content-Type": "text/plain"})
        try:
            if response.delay:
                time.sleep(response.delay)
            handler.send_response(response.status)
            for name, value in response.headers.items():
                handler.send_header(name, value)
            handler.send_header("Date", email.utils.formatdate(usegmt=True))
            if response.stream:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            else:
                handler.send_header("Content-Length", str(len(response.body)))
            handler.end_headers()
            leave()
            view = memoryview(response.body)
            for start in range(0, len(view), 65_536):
                handler.wfile.write(view[start : start + 65_536])
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout, a size cap): fine
            handler.close_connection = True


# -- pages built from the data -----------------------------------------------------------------------------


def article_html(
    title: str,
    paragraphs: list[str],
    *,
    outlet: str | None = None,
    published: str | None = None,
    author: str | None = None,
    canonical: str | None = None,
    lang: str = "en",
) -> str:
    """An article page as news sites write them: metadata in <head>, the text in <article>."""
    e = html.escape
    head = [f"<title>{e(title)}</title>", '<meta charset="utf-8">']
    if outlet:
        head.append(f'<meta property="og:site_name" content="{e(outlet)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{e(published)}">')
    if author:
        head.append(f'<meta name="author" content="{e(author)}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{e(canonical)}">')
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head>{"".join(head)}</head><body>'
        f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{e(title)}</h1>{body}</article><footer>© {e(outlet or 'the site')}</footer></body></html>"
    )


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]


@lru_cache(maxsize=2)
def news_pages(data: Path = DATA, multinews_clusters: int = 3) -> dict[str, str]:
    """``path -> HTML`` of the pages built from ../shared/data (empty where the data is absent)."""
    pages: dict[str, str] = {}
    seeds = data / "seeds"
    if seeds.is_dir():
        for i, path in enumerate(sorted(seeds.glob("*.txt")), start=1):
            lines = _paragraphs(path.read_text(encoding="utf-8"))
            pages[f"/seeds/{path.stem}.html"] = article_html(
                lines[0],
                lines[1:],
                outlet=f"Seed Outlet {i}",
                published=SEED_DATE,
                canonical=f"/seeds/{path.stem}.html",
            )
    task5 = data / "duc2004" / "task5_dated.jsonl"
    if task5.is_file():
        with task5.open(encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                pages[f"/duc/{doc['id']}.html"] = article_html(
                    doc.get("title") or doc["id"],
                    _paragraphs(doc["text"]),
                    outlet=doc.get("outlet"),
                    published=doc.get("published"),
                )
    raw = data / "multinews" / "val_raw.jsonl"
    if raw.is_file():
        with raw.open(encoding="utf-8") as lines:
            for _, line in zip(range(multinews_clusters), lines, strict=False):
                cluster = json.loads(line)
                for n, text in enumerate(cluster["documents"], start=1):
                    paragraphs = _paragraphs(text)
                    if paragraphs:
                        pages[f"/multinews/{cluster['id']}-{n}.html"] = article_html(paragraphs[0][:80], paragraphs)
    return pages


FRENCH = [
    "Le conseil municipal de Rivebourg a voté mardi la fermeture du vieux pont sur la Sarre.",
    "La maire, Anne Roux, a déclaré que le pont était devenu dangereux après les crues du printemps.",
    "Les travaux de remplacement devraient durer au moins deux ans, selon les services techniques de la ville.",
    "Les commerçants du centre craignent que la déviation ne fasse fuir leurs clients pendant des mois.",
]
PRIVATE = [
    "The museum of Riverton will close its north wing for repairs from next Monday, its director said.",
    "The wing holds the collection of river maps that the town bought in 1962 from a private owner.",
    "Visitors will still reach the south galleries through the garden entrance during the works.",
]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@lru_cache(maxsize=1)
def _huge() -> bytes:
    return b"<!doctype html><html><body><p>" + b"word " * (HUGE_BYTES // 5) + b"</p></body></html>"


def build_news_site(site: LocalSite, data: Path = DATA) -> LocalSite:
    """Lay out the standard site of the module docstring on ``site``."""
    site.add_page("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add_page("/private/story.html", article_html("Museum wing to close", PRIVATE, outlet="Riverton Post"))
    site.add_page(
        "/fr/article.html",
        article_html("Rivebourg ferme son vieux pont", FRENCH, outlet="Le Courrier", published="2024-05-14", lang="fr"),
    )
    site.add_route("/report.pdf", lambda _r: Response(200, PDF, {"Content-Type": "application/pdf"}))
    slow = article_html("A slow page", PRIVATE, outlet="Slow News")
    site.add_route(
        "/slow.html", lambda _r: Response(200, slow.encode(), {"Content-Type": "text/html"}, delay=SLOW_SECONDS)
    )
    huge = _huge()
    site.add_route("/huge.html", lambda _r: Response(200, huge, {"Content-Type": "text/html"}))
    site.add_route("/huge-stream.html", lambda _r: Response(200, huge, {"Content-Type": "text/html"}, stream=True))
    site.add_route("/loop/a", redirect("/loop/b"))
    site.add_route("/loop/b", redirect("/loop/a"))
    pages = news_pages(data)
    for path, page in pages.items():
        site.add_page(path, page)
    seeds = [p for p in pages if p.startswith("/seeds/")]
    if seeds:
        site.has_data = True
        site.add_route("/redirect/1", redirect("/redirect/2"))
        site.add_route("/redirect/2", redirect("/redirect/3", 301))
        site.add_route("/redirect/3", redirect(seeds[0]))
        for path in seeds:
            site.add_page("/no-cache" + path.removeprefix("/seeds"), pages[path], cache_control="no-cache")
    return site


def bench_route(pages: list[str]) -> Route:
    """``/bench/<n>.html``: the n-th page of a cycle over ``pages`` (for runs of thousands of distinct URLs)."""
    encoded = [p.encode("utf-8") for p in pages]
    routes = [static(b, "text/html; charset=utf-8") for b in encoded]

    def route(request: Request) -> Response:
        stem = request.path.rsplit("/", 1)[-1].split(".", 1)[0]
        if not stem.isdigit():
            return Response(404, b"not found", {"Content-Type": "text/plain"})
        return routes[int(stem) % len(routes)](request)

    return route


def main() -> None:
    argparse.ArgumentParser(description="Serve the standard test site on 127.0.0.1 until killed.").parse_args()
    site = build_news_site(LocalSite())
    pages = [p for path, p in news_pages().items() if path.startswith(("/duc/", "/seeds/", "/multinews/"))]
    if pages:
        site.add_route("/bench/", bench_route(pages), prefix=True)

    def stats(_request: Request) -> Response:
        return Response(200, json.dumps({"total": site.total() - 1}).encode(), {"Content-Type": "application/json"})

    site.add_route("/__stats", stats)
    site.start()
    print(site.base_url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
