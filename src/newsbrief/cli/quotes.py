"""``newsbrief quotes PATH...``: every direct quote of the articles, with speaker, verb and offsets.

A batch command (the rule of every batch command: ``newsbrief.cli.BATCH_RULE``): an input that cannot be read is
reported on one line (``Type: file: what is wrong``) and the rest are still read; the exit code is 2 only when no
input at all could be read.
Offsets point into each article's text as read (before the brief's cleaning), so
``text[start:end]`` is the quote.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli import app, print_error, setup_logging
from newsbrief.errors import EmptyInputError, NewsbriefError
from newsbrief.fileio import check_writable, write_atomic, write_stdout
from newsbrief.ingest.decode import DEFAULT_MAX_BYTES
from newsbrief.model import Article, Quote


class QuoteFormat(StrEnum):
    md = "md"
    jsonl = "jsonl"
    json = "json"


def _inputs(paths: list[str]) -> list[str]:
    """Each file to read on its own, folders expanded, so that one bad file does not stop the rest."""
    from newsbrief.ingest.files import files_under

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            try:
                out.extend(str(p) for p in files_under(path))
            except EmptyInputError as err:
                print_error(type(err).__name__, str(err))
                out.append("")  # marks the failure for the exit code
        else:
            out.append(raw)
    return out


def _read_each(paths: list[str], max_bytes: int) -> tuple[list[Article], bool]:
    """The articles of every readable input, and whether any input failed (already reported)."""
    from newsbrief.ingest import read_articles, unique_ids

    articles: list[Article] = []
    failed = False
    for item in _inputs(paths):
        if not item:
            failed = True
            continue
        try:
            articles.extend(read_articles([item], max_bytes=max_bytes))
        except NewsbriefError as err:
            print_error(type(err).__name__, str(err))
            failed = True
    return unique_ids(articles) if articles else [], failed


def render_quotes(found: tuple[Quote, ...], articles: list[Article], fmt: QuoteFormat) -> str:
    """The quotes as Markdown (one section per article), JSON (a list) or JSON Lines."""
    from newsbrief.quoting import quote_record

    if fmt is QuoteFormat.jsonl:
        return "".join(json.dumps(quote_record(q), ensure_ascii=False) + "\n" for q in found)
    if fmt is QuoteFormat.json:
        return json.dumps([quote_record(q) for q in found], ensure_ascii=False, indent=2) + "\n"
    lines: list[str] = []
    for art in articles:
        mine = [q for q in found if q.article_id == art.id]
        lines.append(f"## {art.id}\n")
        if not mine:
            lines.append("*no direct quotes*\n")
        for q in mine:
            who = f"**{q.speaker}**" if q.speaker else "***unattributed***"
            verb = f" ({q.verb})" if q.verb else ""
            lines.append(f"- {who}{verb}: “{' '.join(q.text.split())}” [{q.start}-{q.end}]")
        lines.append("")
    return "\n".join(lines)


@app.command("quotes")
def quotes_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles: files (.txt .md .html .jsonl with id/text), folders of them, or - for stdin.",
            show_default=False,
        ),
    ],
    fmt: Annotated[QuoteFormat, typer.Option("--format", "-f", help="Output format.")] = QuoteFormat.md,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write here (atomically; a regular file or a new path) instead of stdout."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse input files larger than this.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """List every direct quote with its speaker, speech verb, article and character offsets.

    Scare quotes (one or two quoted words, as in a 'rigged' system) and short titles are not quotes.
    A quote whose speaker the text does not name is shown as unattributed.

    Examples:

    newsbrief quotes reports/

    newsbrief quotes feed.jsonl --format jsonl > quotes.jsonl

    {batch}
    """
    setup_logging(quiet)
    from newsbrief.quoting import quotes

    if out is not None:
        check_writable(out)  # a device, FIFO, directory or unwritable folder is refused before any work
    articles, failed = _read_each(paths, max_bytes)
    found = quotes(articles) if articles else ()
    output = render_quotes(found, articles, fmt) if articles else ""
    if out is None:
        write_stdout(output)
    elif articles:
        write_atomic(out, output)
    if not articles:  # nothing could be done at all; a bad input beside good ones was reported and the run went on
        if not failed:
            print_error("EmptyInputError", "no articles to read")
        raise typer.Exit(2)
