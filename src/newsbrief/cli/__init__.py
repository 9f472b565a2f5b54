"""The ``newsbrief`` command line: a thin face over the library (typer + rich).

Only this package configures logging and prints. Errors raised on purpose by the library
(:class:`~newsbrief.errors.NewsbriefError`) become one line ``Type: message`` on stderr and exit
code 2, never a traceback; so do click's usage errors (``--words 0``, an unknown option), which typer would draw
as a box of several lines. Messages are printed as plain text, never as rich markup: they quote file names and
user text (``[bold red]evil[/].txt`` must print as itself). A reader that closes the pipe (``| head``) ends the
run silently with status 1 (click's convention, which ours follows where click does not see the error); any
other write error is one line and code 2.
"""

from __future__ import annotations

import errno
import inspect
import logging
import os
import sys

import typer
from rich.console import Console
from rich.text import Text

from newsbrief.errors import NewsbriefError

try:  # recent typers run on their own copy of click: the errors to catch are that copy's
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - an older typer on click itself
    from click import exceptions as click_errors  # type: ignore[no-redef]

app = typer.Typer(
    name="newsbrief",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
stderr = Console(stderr=True, markup=False, highlight=False)

BATCH_RULE = (
    "Exit status: a bad input is reported on its own line and the run goes on with the rest (status 0); "
    "the status is 2 only when nothing could be done at all (no input could be read)."
)
"""The one rule of the batch commands (quotes, stories, follow, eval), shown in each one's ``--help`` where its
docstring says ``{batch}``: a user scripting them needs one meaning of the exit status, not four (``stories`` used to
exit 0 with every line rejected while ``quotes`` exited 2 on any one bad file)."""


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

    Start with: newsbrief brief ARTICLES... (links, files or folders of one story; see newsbrief brief --help).
    """


def setup_logging(quiet: bool, form: str = "warning: %(message)s", level: int = logging.WARNING) -> None:
    """Library warnings (a file read as cp1252, a skipped article) go to stderr as one line each; ``quiet`` keeps
    errors only. The server passes its own ``form`` and ``level`` (its requests are logged at INFO)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(form))
    root = logging.getLogger("newsbrief")
    root.handlers[:] = [handler]
    root.setLevel(logging.ERROR if quiet else level)
    root.propagate = False


def _register() -> None:
    """Import the command modules; each registers its command on ``app`` when imported. Then reflow the help."""
    from newsbrief.cli import brief, eval, follow, quotes, serve, stories  # noqa: F401

    for command in app.registered_commands:
        if command.help is None and command.callback is not None and command.callback.__doc__:
            command.help = reflow(command.callback.__doc__).replace("{batch}", BATCH_RULE)
    if app.registered_callback is not None and app.registered_callback.callback is not None:
        app.registered_callback.help = reflow(app.registered_callback.callback.__doc__ or "")


def reflow(doc: str) -> str:
    """A docstring with each paragraph on one line, for ``--help``.

    Typer's rich help keeps a docstring's single line breaks, so a paragraph wrapped at the source's 120 columns
    came out broken mid-sentence at a terminal's 80 ("followed by the numbers of the" / "sources that report it");
    rich wraps a one-line paragraph to the terminal itself.
    """
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in paragraph.splitlines()) for paragraph in paragraphs)


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
        code = app(args=argv, prog_name="newsbrief", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as err:  # `newsbrief` alone: the help, on stdout as before
        if err.format_message().strip():  # typer's rich help has printed itself; plain click's is the message
            typer.echo(err.format_message())
        sys.exit(err.exit_code)
    except click_errors.UsageError as err:  # a bad option value (--words 0), an unknown option: one line, as our errors
        where = f" (see {err.ctx.command_path} --help)" if err.ctx is not None else ""
        print_error("UsageError", err.format_message() + where)
        sys.exit(err.exit_code)
    except click_errors.ClickException as err:
        print_error(type(err).__name__, err.format_message())
        sys.exit(err.exit_code)
    except typer.Abort:
        stderr.print("aborted")
        sys.exit(1)
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
    if isinstance(code, int) and code:  # typer.Exit(N) inside a command (quotes' bad inputs, follow's no feed)
        sys.exit(code)
