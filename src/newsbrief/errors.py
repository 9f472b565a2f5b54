"""The one exception tree of newsbrief.

::

    NewsbriefError                 base: the CLI and server catch only this
     +-- InputError                bad input; carries the file (and line) it came from
     |    +-- EmptyInputError      nothing to brief: no files, or only empty articles
     |    +-- InputTooLargeError   a file over the configured size cap
     |    +-- OutputError          an output that cannot be written (a full disk, a device or FIFO named
     |                             as --out, a folder without write permission); names the path
     +-- ConfigError               an impossible setting (negative budget, unknown format)
     +-- MissingDependencyError    an optional extra is not installed; says how to install it

The CLI prints ``Type: message`` on one line and exits with code 2.
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base of every error newsbrief raises on purpose."""


class InputError(NewsbriefError):
    """Input that cannot be read. ``source`` names the file, ``line`` the line where known."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(f"{where}{message}")


class EmptyInputError(InputError):
    """There is nothing to brief."""


class InputTooLargeError(InputError):
    """A file is larger than the configured cap."""


class OutputError(InputError):
    """An output cannot be written. A kind of InputError: the path came from the user, who can fix it."""


class ConfigError(NewsbriefError):
    """A setting that cannot work."""


class MissingDependencyError(NewsbriefError):
    """An optional dependency is missing; the message carries the install command."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f"{package} is not installed; install it with: pip install 'newsbrief[{extra}]'")
