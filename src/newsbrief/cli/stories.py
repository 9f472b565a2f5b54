"""``newsbrief stories INPUT --out DIR``: group a feed into stories and brief each (corpus mode)."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsbrief.cli import app, print_error, setup_logging, stderr
from newsbrief.fileio import check_out_folder
from newsbrief.stories.run import StoriesRunConfig

if TYPE_CHECKING:
    from rich.progress import Progress

_RUN = StoriesRunConfig()  # the defaults the options show (one source: the run's config and those it holds)
_CLUSTER = _RUN.stories.cluster
_DEDUP = _RUN.stories.dedup


def progress_bar(quiet: bool) -> Progress | None:
    """A rich progress bar on stderr with counts and rate (None when quiet)."""
    if quiet:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
        transient=False,
    )


def rejected_lines(path: Path, shown: int = 10) -> list[str]:
    """One warning line per rejected input (the first ``shown``, then how many more), as ``brief`` names a bad file.

    A batch run goes on past a bad line or file; the user should still see which and why without opening
    ``rejects.jsonl`` (before, the run said only "2 rejected lines: see ...").
    """
    try:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError):
        return []
    lines = []
    for record in records[:shown]:
        where = f"{record.get('file')}:{record['line']}" if record.get("line") is not None else str(record.get("file"))
        lines.append(f"warning: rejected {where}: {record.get('reason')}")
    if len(records) > shown:
        lines.append(f"warning: ... and {len(records) - shown:,} more rejected")
    return lines


def stop_bar(bar: Progress | None) -> None:
    """Stop the bar if a stage started it: rich's ``stop`` prints an empty line even when it never drew, which
    put a blank line before the one line of an error found before any work (a missing feed)."""
    if bar is not None and bar.live.is_started:
        bar.stop()


@app.command("stories")
def stories_command(
    source: Annotated[
        Path,
        typer.Argument(
            help="A JSONL feed (one article per line: text, id, title, url, published, outlet) or a folder."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if absent).", file_okay=False)],
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Brief stories of at least this many distinct articles.")
    ] = _RUN.min_articles,
    words: Annotated[int, typer.Option("--words", "-w", min=1, help="Word budget of each summary.")] = _RUN.brief.words,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="Local processes that brief stories.")
    ] = _RUN.workers,
    dask: Annotated[
        str | None, typer.Option("--dask", metavar="ADDRESS", help="Brief on this Dask scheduler (tcp://host:8786).")
    ] = None,
    no_analysis: Annotated[
        bool, typer.Option("--no-analysis", help="Summaries and support only (no spaCy): much faster.")
    ] = not _RUN.brief.analysis,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Mean cosine with a story's articles at which an article joins it: lower joins more.",
        ),
    ] = _CLUSTER.threshold,
    merge_threshold: Annotated[
        float,
        typer.Option(
            "--merge-threshold",
            min=0.0,
            max=1.0,
            help="Story-to-story mean cosine at which stories closing together merge (0: no merge pass).",
        ),
    ] = _CLUSTER.merge_threshold or 0.0,
    window_days: Annotated[
        float,
        typer.Option(
            "--window-days",
            min=0.0,
            help="Dated feeds: a story with no new article for this many days is closed.",
        ),
    ] = _CLUSTER.window_days,
    dedup_window: Annotated[
        int,
        typer.Option(
            "--dedup-window",
            min=0,
            metavar="ARTICLES",
            help="A copy is caught only within this many articles after its original (bounds memory; 0: no limit).",
        ),
    ] = _DEDUP.window_articles or 0,
    dedup_window_days: Annotated[
        float,
        typer.Option(
            "--dedup-window-days",
            min=0.0,
            metavar="DAYS",
            help="Dated feeds: a copy is caught only within this many days of its original (0: no limit).",
        ),
    ] = _DEDUP.window_days or 0.0,
    resume: Annotated[
        bool,
        typer.Option("--resume/--fresh", help="Continue a killed run from its checkpoint, or start over."),
    ] = _RUN.resume,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """Drop near-duplicates, group a feed into stories and brief each story.

    Writes DIR/stories/ID.{json,md,html}, DIR/index.html, DIR/stories.jsonl (every input article
    once) and DIR/rejects.jsonl (bad lines, with line numbers). A killed run picks up where it stopped
    when started again with the same arguments.

    Examples:

    newsbrief stories feed.jsonl --out out/ --workers 2

    newsbrief stories feed.jsonl --out out/ --dask tcp://scheduler:8786 --no-analysis

    newsbrief stories feed.jsonl --out out/ --threshold 0.18   (a sparse feed: fewer related stories)

    {batch}
    """
    setup_logging(quiet)
    # each brief keeps its own warnings ("only one source"); one line per story would drown the bar
    logging.getLogger("newsbrief.pipeline").setLevel(logging.ERROR)
    from newsbrief.stories.run import run_stories

    cluster = replace(_CLUSTER, threshold=threshold, merge_threshold=merge_threshold or None, window_days=window_days)
    dedup = replace(_DEDUP, window_articles=dedup_window or None, window_days=dedup_window_days or None)
    config = StoriesRunConfig(
        brief=_RUN.brief.replace(words=words, analysis=not no_analysis),
        stories=replace(_RUN.stories, dedup=dedup, cluster=cluster),
        min_articles=min_articles,
        workers=workers,
        dask_address=dask,
        resume=resume,
    )
    check_out_folder(out)  # a read-only disk or a file in the way: one line, before any work
    bar = progress_bar(quiet)
    tasks: dict[str, int] = {}
    started: dict[str, tuple[float, int]] = {}
    reached: dict[str, int] = {}

    def progress(stage: str, done: int, total: int | None) -> None:
        if bar is None:
            return
        label = {"read": "reading", "brief": "briefing", "write": "writing"}.get(stage, stage)
        if stage not in tasks:
            bar.start()  # on the first stage only (a no-op after): an error before any work prints no empty bar
            for name, previous in tasks.items():  # a new stage means the earlier ones are over: stop their clocks
                bar.update(previous, total=reached[name])
                bar.stop_task(previous)
            tasks[stage] = bar.add_task(label, total=total, rate="")
            started[stage] = (time.monotonic(), done)
        reached[stage] = done
        t0, d0 = started[stage]
        elapsed = time.monotonic() - t0
        rate = f"{(done - d0) / elapsed:,.1f}/s" if elapsed > 0.5 and stage != "write" else ""
        bar.update(tasks[stage], completed=done, total=total, rate=rate)

    try:
        summary = run_stories(source, out, config=config, progress=progress)
    finally:
        stop_bar(bar)
    if summary.articles == 0:  # every line rejected, or an empty feed: nothing could be done (the batch rule)
        for line in [] if quiet else rejected_lines(out / "rejects.jsonl"):
            stderr.print(line, highlight=False, soft_wrap=True)
        rejected = f" ({summary.rejected:,} rejected lines: see {out / 'rejects.jsonl'})" if summary.rejected else ""
        print_error("EmptyInputError", f"{source}: no article could be read{rejected}")
        raise typer.Exit(2)
    if quiet:
        return
    s = summary
    stderr.print(
        f"{s.articles:,} articles, {s.duplicates:,} duplicates, {s.stories:,} stories, {s.briefed:,} briefed"
        + (f", {s.failed:,} could not be briefed" if s.failed else "")
        + (" (resumed)" if s.resumed else ""),
        highlight=False,
        soft_wrap=True,
    )
    if s.rejected:
        for line in rejected_lines(out / "rejects.jsonl"):
            stderr.print(line, highlight=False, soft_wrap=True)
        stderr.print(f"{s.rejected:,} rejected lines: see {out / 'rejects.jsonl'}", highlight=False, soft_wrap=True)
    worker = f", workers {s.worker_peak_rss_mb:,.0f} MB" if s.worker_peak_rss_mb and (workers > 1 or dask) else ""
    stderr.print(
        f"peak RSS {s.peak_rss_mb:,.0f} MB{worker}; {s.seconds['total']:.1f} s; wrote {out / 'index.html'}",
        highlight=False,
        soft_wrap=True,
    )
