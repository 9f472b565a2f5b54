"""The one exception tree of newsbrief.

::

    NewsbriefError                 base: the CLI and server catch only this
     +-- InputError                bad input; carries the file (and line) it came from          422
     |    +-- EmptyInputError      nothing to brief: no files, or only empty articles            422
     |    +-- InputTooLargeError   a file over the configured size cap                           413
     |    |    +-- MemoryLimitError  a brief needed more memory than a server worker may use    413
     |    +-- OutputError          an output that cannot be written (a full disk, a device or FIFO   500
     |                             named as --out, a folder without write permission); names the path.
     |                             On the command line the path is the user's (exit 2, as input); in the
     |                             server it is the server's own disk: a 500 with a logged trace
     +-- ConfigError               an impossible setting (negative budget, unknown format)       422
     +-- MissingDependencyError    an optional extra is not installed; says how to install it    503
     +-- FetchError                a URL could not be fetched; ``.url`` and ``.reason`` (one of   502
     |    |                        FETCH_REASONS: "404"/"http NNN", "timeout", "not HTML", ...)
     |    +-- FetchRefusedError    fetching is off, or the address is not public ("not allowed") 403
     |    +-- FetchTooLargeError   the page is over the byte cap ("too large")                   413
     +-- ServerError               the server cannot answer this request now; retry later        503
     |    +-- ServerBusyError      every worker is busy and the queue is full (or the wait ran out)
     |    +-- TimeLimitError       the brief ran past the time limit; its worker was killed
     |    +-- WorkerDiedError      the worker process died while briefing (a signal, the OOM killer)
     +-- UnknownJobError           no stories job (or story) with that id                        404

The CLI prints ``Type: message`` on one line and exits with code 2; the server answers JSON
``{"error": Type, "message": ...}`` with the status on the right (``newsbrief.server.app.status_of``).
Anything else that escapes is a bug: the server answers 500 and logs its traceback.

Errors cross process boundaries (a server's brief workers send them back to the main process), so each
one pickles with its context intact (``__reduce__``).
"""

from __future__ import annotations

from typing import Any


def _rebuild(cls: type[Exception], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exception:
    """Unpickle an error whose constructor takes more than the message (see ``__reduce__``)."""
    return cls(*args, **kwargs)


class NewsbriefError(Exception):
    """Base of every error newsbrief raises on purpose."""


class InputError(NewsbriefError):
    """Input that cannot be read. ``source`` names the file, ``line`` the line where known."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(f"{where}{message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (self.message,), {"source": self.source, "line": self.line}))


class EmptyInputError(InputError):
    """There is nothing to brief."""


class InputTooLargeError(InputError):
    """A file is larger than the configured cap."""


class OutputError(InputError):
    """An output cannot be written. A kind of InputError: the path came from the user, who can fix it."""


class MemoryLimitError(InputTooLargeError):
    """A brief needed more memory than a server worker may use (``--worker-memory``); send less."""


class ConfigError(NewsbriefError):
    """A setting that cannot work."""


class MissingDependencyError(NewsbriefError):
    """An optional dependency is missing; the message carries the install command."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f"{package} is not installed; install it with: pip install 'newsbrief[{extra}]'")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (self.package, self.extra), {}))


#: Why a URL could not be fetched: the ``reason`` of every :class:`FetchError` is one of these, or an HTTP
#: status as ``"404"`` (not found) / ``"http NNN"`` (any other error status). A warning line names it.
FETCH_REASONS = (
    "timeout",
    "not HTML",
    "robots.txt",
    "too large",
    "too many redirects",
    "connection failed",
    "not allowed",
    "bad URL",
)


class FetchError(NewsbriefError):
    """A URL could not be fetched: ``url`` names it, ``reason`` says why in a word or two (see
    :data:`FETCH_REASONS`), ``detail`` adds what the reader needs to fix it."""

    def __init__(self, url: str, reason: str, detail: str = "") -> None:
        self.url = url
        self.reason = reason
        self.detail = detail
        super().__init__(f"{url}: {reason}" + (f" ({detail})" if detail else ""))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (self.url, self.reason, self.detail), {}))


class FetchRefusedError(FetchError):
    """A URL that will not be fetched (fetching off, bad scheme, non-public address): reason "not allowed"."""


class FetchTooLargeError(FetchError):
    """The page is larger than the byte cap: reason "too large"."""


class ServerError(NewsbriefError):
    """The server cannot answer this request now; a client should retry later (HTTP 503)."""


class ServerBusyError(ServerError):
    """Every worker is busy and the queue is full, or no worker came free in time."""


class TimeLimitError(ServerError):
    """A brief ran past the per-request time limit; its worker process was killed and replaced."""


class WorkerDiedError(ServerError):
    """A worker process died while it worked (killed by a signal, e.g. the kernel's out-of-memory killer)."""


class UnknownJobError(NewsbriefError):
    """No stories job (or story) with that id, or it has been forgotten."""
