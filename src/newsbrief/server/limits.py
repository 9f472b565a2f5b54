"""The server's HTTP caps as ASGI middleware: request body size, and security headers on every response.

Concurrency, time and memory limits live with the worker processes (:mod:`newsbrief.server.pool`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)


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
