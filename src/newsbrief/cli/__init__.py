"""The ``newsbrief`` command line: a thin face over the library (typer + rich).

Only this package configures logging and prints. Errors raised on purpose by the library
(:class:`~newsbrief.errors.NewsbriefError`) become one line ``Type: message`` on stderr and exit
code 2, never a traceback.
"""

from __future__ import annotations

import logging
import sys

import typer
from rich.console import Console

from newsbrief.errors import NewsbriefError

app = typer.Typer(
    name="newsbrief",
    help="Many news reports of one story in, one cited brief out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
stderr = Console(stderr=True)


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
    from newsbrief.cli import brief, eval, serve, stories  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script."""
    _register()
    try:
        app(args=argv, prog_name="newsbrief")
    except NewsbriefError as err:
        stderr.print(f"[bold red]{type(err).__name__}[/]: {err}", highlight=False, markup=True, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)
