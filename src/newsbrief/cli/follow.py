"""``newsbrief follow FEEDS --out DIR``: follow feeds, group what is new into stories, write a digest."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli import app, setup_logging, stderr
from newsbrief.cli.stories import progress_bar, stop_bar
from newsbrief.fileio import check_out_folder
from newsbrief.follow.config import FollowConfig

_FOLLOW = FollowConfig()  # the defaults the options show (one source: FollowConfig, and the configs it holds)
_CLUSTER = _FOLLOW.stories.cluster
_LABELS = {"feeds": "feeds", "pages": "pages", "stories": "stories", "briefs": "briefs", "digest": "digest"}


@app.command("follow")
def follow_command(
    feeds: Annotated[
        list[str],
        typer.Argument(
            metavar="FEEDS", help="Feed URLs (RSS, Atom, JSON Feed), text files of feed URLs, or OPML exports."
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Digest folder, holding the store between runs.", file_okay=False)
    ] = Path("newsbrief-digest"),
    days: Annotated[
        float, typer.Option("--days", min=0.01, help="The index lists stories updated this recently.")
    ] = _FOLLOW.days,
    per_host: Annotated[
        int, typer.Option("--per-host", min=1, help="Requests at a time per host.")
    ] = _FOLLOW.fetch.per_host,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, help="Requests at a time in all.")
    ] = _FOLLOW.fetch.concurrency,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds allowed for each fetch.")
    ] = _FOLLOW.fetch.timeout,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Brief stories of at least this many distinct articles.")
    ] = _FOLLOW.min_articles,
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, help="Word budget of each summary.")
    ] = _FOLLOW.brief.words,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="Local processes that brief stories.")
    ] = _FOLLOW.workers,
    no_analysis: Annotated[
        bool, typer.Option("--no-analysis", help="Summaries and support only (no spaCy): much faster.")
    ] = not _FOLLOW.brief.analysis,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.0, max=1.0, help="Mean cosine at which an article joins a story.")
    ] = _CLUSTER.threshold,
    window_days: Annotated[
        float, typer.Option("--window-days", min=0.01, help="An article joins only stories dated this close to it.")
    ] = _CLUSTER.window_days,
    no_robots: Annotated[
        bool, typer.Option("--ignore-robots", help="Do not read robots.txt (only for your own sites).")
    ] = False,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Forget the store and digest of earlier runs in DIR and start over.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """Read the feeds, fetch what is new, group it into stories, brief every story that changed.

    Writes DIR/index.html (the stories of the last --days days), DIR/stories/ID.html (each story, what is
    new since the previous run marked) and DIR/briefs/ID.{html,md,json}; DIR/newsbrief-follow.sqlite
    remembers everything, so the next run fetches only what is new, and a killed run is resumed.
    A feed or page that fails is reported by reason and the run goes on.

    Examples:

    newsbrief follow https://example.org/feed.xml --out digest/

    newsbrief follow feeds.opml --out digest/ --days 2

    {batch}
    """
    setup_logging(quiet)
    logging.getLogger("newsbrief.pipeline").setLevel(logging.ERROR)
    from newsbrief.follow.feeds import read_feed_list
    from newsbrief.follow.run import run_follow

    urls = read_feed_list(feeds)
    check_out_folder(out)  # a read-only disk or a file in the way: one line, before any work
    config = FollowConfig(
        brief=_FOLLOW.brief.replace(words=words, analysis=not no_analysis),
        stories=replace(_FOLLOW.stories, cluster=replace(_CLUSTER, threshold=threshold, window_days=window_days)),
        fetch=replace(
            _FOLLOW.fetch, timeout=timeout, per_host=per_host, concurrency=concurrency, respect_robots=not no_robots
        ),
        min_articles=min_articles,
        days=days,
        workers=workers,
        fresh=fresh,
    )
    bar = progress_bar(quiet)
    tasks: dict[str, int] = {}

    def progress(stage: str, done: int, total: int | None) -> None:
        if bar is None:
            return
        if stage not in tasks:
            bar.start()  # on the first stage only (a no-op after): an error before any work prints no empty bar
            tasks[stage] = bar.add_task(_LABELS.get(stage, stage), total=total, rate="")
        bar.update(tasks[stage], completed=done, total=total)

    try:
        summary = run_follow(urls, out, config=config, progress=progress)
    finally:
        stop_bar(bar)
    if not quiet:
        stderr.print(summary.line(), highlight=False, soft_wrap=True)
        stderr.print(f"wrote {out / 'index.html'}", highlight=False, soft_wrap=True)
    if summary.feeds_read == 0:  # no feed at all could be read: nothing could be done (the batch rule)
        raise typer.Exit(2)
