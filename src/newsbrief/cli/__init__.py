"""The ``newsbrief`` command line: a thin face over the library (typer + rich).

Only this package configures logging and prints. Errors raised on purpose by the library
(:class:`~newsbrief.errors.NewsbriefError`) become one line ``Type: message`` on stderr and exit
code 2, never a traceback. Messages are printed as plain text, never as rich markup: they quote file names and
user text (``[bold red]evil[/].txt`` must print as itself). A reader that closes the pipe (``| head``) ends the
run silently with status 1 (click's convention, which ours follows where click does not see the error); any
other write error is one line and code 2.
"""

from __future__ import annotations

import errno
import logging
import os
import sys

import typer
from rich.console import Console
from rich.text import Text

from newsbrief.errors import NewsbriefError

app = typer.Typer(
    name="newsbrief",
    help="Many news reports of one story in, one cited brief out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
stderr = Console(stderr=True, markup=False, highlight=False)


def _version(value: bool) -> None:
    if value:
        from newsbrief import __version__

        typer.echo(f"newsbrief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Many news reports of one story in, one cited brief out.

    Start with: newsbrief brief ARTICLES... (see newsbrief brief --help).
    """


def setup_logging(quiet: bool) -> None:
    """Library warnings (a file read as cp1252, a skipped article) go to stderr as one line each."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("warning: %(message)s"))
    root = logging.getLogger("newsbrief")
    root.handlers[:] = [handler]
    root.setLevel(logging.ERROR if quiet else logging.WARNING)
    root.propagate = False


def _register() -> None:
    """Import the command modules; each registers its command on ``app`` when imported."""
    from newsbrief.cli import brief, eval, follow, quotes, serve, stories  # noqa: F401


def print_error(kind: str, message: str) -> None:
    """One line on stderr: the error type in bold red, then the message as literal text (no markup)."""
    stderr.print(Text.assemble((kind, "bold red"), ": ", message), soft_wrap=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush does not raise again on the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script."""
    _register()
    try:
        app(args=argv, prog_name="newsbrief")
    except NewsbriefError as err:
        print_error(type(err).__name__, str(err))
        sys.exit(2)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(1)
    except OSError as err:  # the environment, not newsbrief: a full disk, a permission (one line, no traceback)
        if err.errno == errno.EPIPE:  # pragma: no cover - Python raises BrokenPipeError for it
            _silence_stdout()
            sys.exit(1)
        print_error(type(err).__name__, f"{err.strerror or err}" + (f": {err.filename}" if err.filename else ""))
        sys.exit(2)
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)
