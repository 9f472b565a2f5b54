"""The server's caps: request body size (an ASGI middleware) and concurrency with a time limit (a gate).

Why a gate rather than uvicorn's ``--limit-concurrency``: a brief is CPU work in a thread, and a thread
cannot be killed when its time is up. The gate hands out a fixed number of slots; a request that times
out is answered 503 at once but *keeps its slot until its thread really ends*, so a flood of slow
requests cannot pile up threads behind the answers. Requests beyond the slots wait in a short, bounded
queue (so a burst of a few clients is served, not refused), and are refused with 503 when it is full.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from newsbrief.errors import NewsbriefError

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ServerBusyError(NewsbriefError):
    """Every slot is taken and the queue is full (or the wait was too long); answered with 503."""


class TimeLimitError(NewsbriefError):
    """A request took longer than the per-request time limit; answered with 503."""


class Gate:
    """At most ``slots`` jobs in worker threads, at most ``queue`` requests waiting for one.

    The asyncio semaphore is made on first use in each event loop (a test client starts its own loop),
    which is why it is not created in ``__init__``.
    """

    def __init__(self, *, slots: int, queue: int, wait: float, time_limit: float) -> None:
        self.slots = slots
        self.queue = queue
        self.wait = wait
        self.time_limit = time_limit
        self._executor: ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None
        self._waiting = 0

    def _sem(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._semaphore is None:
            self._loop, self._semaphore, self._waiting = loop, asyncio.Semaphore(self.slots), 0
        return self._semaphore

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(*args)`` in a worker thread under the caps.

        Raises:
            ServerBusyError: no slot within ``wait`` seconds, or the queue is full.
            TimeLimitError: ``func`` did not finish within ``time_limit`` seconds.
        """
        sem = self._sem()
        if sem.locked() and self._waiting >= self.queue:
            raise ServerBusyError(f"the server is busy ({self.slots} briefs running, {self._waiting} waiting); retry")
        self._waiting += 1
        try:
            await asyncio.wait_for(sem.acquire(), timeout=self.wait)
        except TimeoutError:
            raise ServerBusyError(
                f"the server is busy: no free slot within {self.wait:g} s; retry in a moment"
            ) from None
        finally:
            self._waiting -= 1
        try:
            future = asyncio.get_running_loop().run_in_executor(self._pool(), func, *args)
        except BaseException:
            sem.release()
            raise
        future.add_done_callback(lambda _f: sem.release())  # the slot is held until the thread ends
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout=self.time_limit)
        except TimeoutError:
            logger.warning(
                "a request passed the %g s time limit; its thread finishes in the background", self.time_limit
            )
            raise TimeLimitError(
                f"the brief took longer than the {self.time_limit:g}-second limit; send fewer or shorter articles"
            ) from None

    def _pool(self) -> ThreadPoolExecutor:
        # Made on demand so that an app whose lifespan ended (a test client closed) can serve again.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=self.slots, thread_name_prefix="newsbrief-brief")
        return self._executor

    def close(self) -> None:
        """Let the worker threads go once idle; running briefs finish on their own."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


def error_body(error: str, message: str) -> bytes:
    """The JSON error document every error response carries."""
    return json.dumps({"error": error, "message": message}).encode("utf-8")


class BodyLimit:
    """ASGI middleware: refuse request bodies over a cap with 413, whatever the framing.

    ``Content-Length`` is checked first; chunked or lying bodies are counted as they arrive, so no more
    than the cap is ever held. The body is then replayed to the app, which can read it as usual.

    Args:
        app: the ASGI app.
        limit_for: the cap in bytes for a request path (feeds may be larger than briefs).
    """

    def __init__(self, app: Any, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        too_large = f"request body is over the {limit:,}-byte cap of this server"
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                if not value.isdigit():
                    await _send_error(send, 400, "BadRequest", "invalid Content-Length header")
                    return
                if int(value) > limit:
                    await _send_error(send, 413, "RequestTooLarge", too_large)
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _send_error(send, 413, "RequestTooLarge", too_large)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _send_error(send: Callable, status: int, error: str, message: str) -> None:
    body = error_body(error, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


#: Sent with every response; pages add their own Content-Security-Policy.
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
API_CSP = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


class SecurityHeaders:
    """ASGI middleware: the headers above on every response, and a deny-all CSP unless a route set one."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", API_CSP))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
