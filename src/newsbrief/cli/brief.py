"""``newsbrief brief PATH...``: brief one story."""

from __future__ import annotations

import logging
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli import app, setup_logging, stderr
from newsbrief.config import BriefConfig
from newsbrief.errors import EmptyInputError, OutputError
from newsbrief.fileio import check_out_folder, check_writable, write_atomic, write_stdout
from newsbrief.ingest.decode import DEFAULT_MAX_BYTES
from newsbrief.ingest.files import JSONL_SUFFIXES
from newsbrief.model import Article
from newsbrief.text.splitters import SPLITTERS
from newsbrief.web.cache import DEFAULT_MAX_MB as DEFAULT_CACHE_MB
from newsbrief.web.policy import FetchPolicy

logger = logging.getLogger("newsbrief.cli")

#: The defaults of every flag that is a BriefConfig setting come from BriefConfig itself (one source of defaults).
DEFAULTS = BriefConfig()
FETCH_DEFAULTS = FetchPolicy()  # and those of fetching links, FetchPolicy's
#: The splitters the command line offers: those of newsbrief.text.splitters, by name.
SplitterName = StrEnum("SplitterName", {name: name for name in SPLITTERS})


class Timeline(StrEnum):
    resolved = "resolved"
    all = "all"


class Format(StrEnum):
    md = "md"
    json = "json"
    text = "text"
    html = "html"


DEFAULT_TIMELINE = Timeline(DEFAULTS.timeline)
DEFAULT_SPLITTER = SplitterName(DEFAULTS.splitter)


@app.command("brief")
def brief_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles: links (http/https URLs), files (.txt .md .html .jsonl), folders of them, or - for stdin.",
            show_default=False,
        ),
    ],
    words: Annotated[int, typer.Option("--words", "-w", min=1, help="Word budget of the summary.")] = DEFAULTS.words,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write here (atomically; a regular file or a new path) instead of stdout."),
    ] = None,
    cluster: Annotated[
        str | None, typer.Option("--cluster", help="For a JSONL file of several clusters: the id to brief.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse input files larger than this.")
    ] = DEFAULT_MAX_BYTES,
    no_analysis: Annotated[
        bool,
        typer.Option(
            "--no-analysis", help="Summary and support only: no people, quotes, agreement or timeline (no spaCy)."
        ),
    ] = False,
    timeline: Annotated[
        Timeline,
        typer.Option(
            "--timeline",
            help="resolved: timeline entries placed on the calendar; all: also relative dates with no anchor, marked.",
        ),
    ] = DEFAULT_TIMELINE,
    splitter: Annotated[
        SplitterName,
        typer.Option("--splitter", help="Sentence splitter (BENCHMARKS.md, 'Splitting': accuracy and speed of each)."),
    ] = DEFAULT_SPLITTER,
    cache: Annotated[
        Path | None,
        typer.Option(
            "--cache", help="Folder of the cache of fetched pages \\[default: ~/.cache/newsbrief].", show_default=False
        ),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Fetch every link afresh; store nothing.")] = False,
    cache_max_mb: Annotated[
        float,
        typer.Option(
            "--cache-max-mb",
            min=0.001,
            help="Keep the cache under this many MB: the least recently used pages go first.",
        ),
    ] = DEFAULT_CACHE_MB,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds to fetch one link.")
    ] = FETCH_DEFAULTS.timeout,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """Brief several reports of one story: a cited summary and its sources.

    Every summary sentence is taken verbatim from a source and followed by the numbers of the
    sources that report it, e.g. [1][3].

    Examples:

    newsbrief brief reports/ --words 150

    newsbrief brief a.html b.html --format json --out brief.json

    newsbrief brief https://example.org/a https://example.org/b notes.txt

    A link that cannot be fetched or read is one warning line naming it and why (404, timeout, not HTML,
    robots.txt, too large...); the brief goes on with the rest. Fetched pages are cached: a second run asks
    nothing of a server whose page is still fresh.
    """
    setup_logging(quiet)
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    config = BriefConfig(
        words=words,
        analysis=not no_analysis,
        timeline=timeline.value,
        splitter=splitter.value,
    )
    if out is not None:
        check_writable(out)  # a device, FIFO, directory or unwritable folder is refused before any work
    if cache is not None and not no_cache:
        from newsbrief.web.links import is_url

        if any(map(is_url, paths)):  # the cache is opened only for links
            _check_cache(cache)
    show = not quiet and stderr.is_terminal
    status = stderr.status("Reading articles…") if show else nullcontext()
    with status as spinner:
        articles = gather(
            paths,
            max_bytes=max_bytes,
            cluster=cluster,
            cache=cache,
            no_cache=no_cache,
            timeout=timeout,
            cache_max_mb=cache_max_mb,
        )
        if spinner is not None:
            spinner.update(f"Briefing {len(articles)} article{'s' if len(articles) != 1 else ''}…")
        result = brief(articles, config)
        output = render(result, fmt.value)
    if out is None:
        write_stdout(output)
        return
    write_atomic(out, output)
    if not quiet:
        stderr.print(f"wrote {out}")


def gather(
    args: list[str],
    *,
    max_bytes: int,
    cluster: str | None,
    cache: Path | None,
    no_cache: bool,
    timeout: float,
    cache_max_mb: float = DEFAULT_CACHE_MB,
) -> list[Article]:
    """The articles of the arguments in their order: links fetched (failures warned about), files read.

    Raises:
        EmptyInputError: every link failed and no file was given.
        InputError: a bad file (files are the user's own: a bad one stops the run, as before links).
    """
    from newsbrief.ingest import read_articles, unique_ids
    from newsbrief.web.links import is_url

    urls = [a for a in args if is_url(a)]
    fetched: dict[str, Article | None] = {}
    if urls:
        from newsbrief.web import Fetcher, HttpCache, default_cache_dir
        from newsbrief.web.links import read_links

        store = None if no_cache else HttpCache(cache or default_cache_dir(), max_mb=cache_max_mb)
        policy = FetchPolicy(timeout=timeout, max_bytes=max_bytes)
        try:
            with Fetcher(policy, store) as fetcher:
                got, failures = read_links(urls, fetcher)
        finally:
            if store is not None:
                store.close()
        fetched = dict(zip(urls, got, strict=True))
        for failure in failures:
            logger.warning("%s", failure)
    articles: list[Article] = []
    for arg in args:
        if is_url(arg):
            article = fetched.get(arg)
            if article is not None:
                articles.append(article)
        else:
            # --cluster chooses a line of a JSONL file of clusters (or of one in a folder); other files beside it
            # are read whole. With no such input, every file gets the option, and read_articles refuses it.
            chosen = cluster if _may_hold_clusters(arg) or not any(map(_may_hold_clusters, args)) else None
            articles.extend(read_articles([arg], max_bytes=max_bytes, cluster=chosen))
    if not articles:
        raise EmptyInputError(
            f"nothing to brief: none of the {len(urls)} link{'s' if len(urls) != 1 else ''} could be read"
        )
    return unique_ids(articles)


def _check_cache(folder: Path) -> None:
    """Refuse a ``--cache`` folder that cannot be made or written, naming the option.

    Before, SQLite's or the file system's own words came out ("FileExistsError: File exists: notes.txt" for a
    file given as the folder), which did not say that the cache was the trouble.
    """
    try:
        check_out_folder(folder)
    except OutputError as err:
        raise OutputError(f"as the --cache folder: {err.message}", source=err.source) from err


def _may_hold_clusters(arg: str) -> bool:
    """Whether a command-line argument can hold JSONL clusters for ``--cluster`` to choose from."""
    path = Path(arg)
    return path.suffix.lower() in JSONL_SUFFIXES or path.is_dir()
