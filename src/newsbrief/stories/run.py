"""Corpus mode end to end: a feed in, a folder of story briefs out; resumable and parallel.

The orchestration (numbered as in trafilatura's ``core.py``):

1. stream the feed record by record (:mod:`.feed`); bad lines and repeated ids become rejects;
2. each article goes through :class:`~newsbrief.stories.StoryStream` (dedup, then single-pass clustering;
   sequential, one pass); the texts of kept articles wait in the checkpoint's spool, not in memory;
3. each story the stream puts out is recorded; those of ``min_articles`` or more are briefed by a runner
   (:mod:`.workers`: inline, local processes or a Dask cluster) and written as JSON, Markdown and HTML;
4. at checkpoints (every ``checkpoint_articles`` articles or ``checkpoint_seconds`` seconds) the reading
   position, the pickled stream and every record since the last checkpoint are committed together
   (:mod:`.checkpoint`); a killed run resumes from the last commit and re-does the rest identically;
5. at the end, ``stories.jsonl``, ``rejects.jsonl`` and ``index.html`` are written from the checkpoint
   (:mod:`.outputs`) and the checkpoint is deleted: a finished folder holds only the results.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError, InputError, OutputError
from newsbrief.ingest.decode import DEFAULT_MAX_BYTES
from newsbrief.stories.checkpoint import CHECKPOINT_NAME, Checkpoint
from newsbrief.stories.feed import Position, Reject, digest, feed_files, fingerprint_files, iter_feed
from newsbrief.stories.outputs import (
    STORIES_DIR,
    clean_outputs,
    remove_temporaries,
    render_files,
    story_line,
    write_index,
    write_lines,
    write_story,
)
from newsbrief.stories.pipeline import Story, StoryConfig, StoryStream
from newsbrief.stories.workers import BriefOutcome, BriefRunner, ProgressCallback, make_runner, peak_rss_mb

__all__ = ["ProgressCallback", "RunSummary", "StoriesRunConfig", "run_stories"]

logger = logging.getLogger(__name__)

#: The debug line of each stream checkpoint; its args are (articles read, seconds, state rows written).
COMMIT_LOG = "stream checkpoint at %d articles: %.3f s, %d state rows"

#: Once the stream has ended, commits carry no stream and are cheap: commit this often while briefing.
_BRIEF_COMMIT_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class StoriesRunConfig:
    """Every knob of a stories run (CLI flags map onto it).

    ``workers``/``dask_address`` choose where briefs run and are left out of the checkpoint fingerprint:
    a run may be resumed on other hardware. ``checkpoint_articles`` and ``checkpoint_seconds`` trade the
    work re-done after a kill against the cost of a checkpoint: the pickled stream of 15k undated
    Multi-News articles (every story still open) is 24 MB compressed and takes ~2 s to write.

    ``max_brief_articles``: a story with more distinct articles than this is briefed from an evenly spaced
    sample of them in stream order (first and last included), so that one runaway story (a feed that
    clusters a month of one topic together) cannot take a worker's memory or hours; its ``stories.jsonl``
    record says ``"briefed_from": N``. Whole articles rather than sentences are sampled because a brief
    parses, quotes and lists its sources article by article. 1,000 because a 1,000-article story briefs
    within 1 GB, with the analysis too: 857 MiB at peak (1.6 GB, then 1.2 GB, earlier in session 14;
    BENCHMARKS.md "Session 14: the summary stage's transient on a 1,000-article story"). None: no limit.

    ``max_bytes``: a feed line (or a document file of a folder) longer than this is a reject, not read.
    """

    brief: BriefConfig = field(default_factory=BriefConfig)
    stories: StoryConfig = field(default_factory=StoryConfig)
    min_articles: int = 2
    workers: int = 1
    dask_address: str | None = None
    resume: bool = True
    checkpoint_articles: int = 5000
    checkpoint_seconds: float = 30.0
    max_brief_articles: int | None = 1000
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.min_articles < 1:
            raise ConfigError(f"min_articles must be at least 1, got {self.min_articles}")
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if self.dask_address is not None and self.workers > 1:
            raise ConfigError("choose either --workers N (local processes) or --dask ADDRESS, not both")
        if self.checkpoint_articles < 1 or self.checkpoint_seconds <= 0:
            raise ConfigError("checkpoint_articles and checkpoint_seconds must be positive")
        if self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.max_brief_articles is not None and self.max_brief_articles < 2:
            raise ConfigError(f"max_brief_articles must be at least 2 or None, got {self.max_brief_articles}")


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run did. Counts cover the whole run (resumed or not); ``seconds`` this process only.

    ``seconds`` has one entry per stage: read (parsing the feed), dedup, cluster, brief (summed over
    workers: the CPU cost of briefing), write (story files and final outputs); and wall-clock times:
    reading_wall (the pass over the feed, with the briefs that ran meanwhile), briefing_wall (the
    briefs still to do after the feed ended) and total.
    """

    out_dir: Path
    articles: int
    rejected: int
    duplicates: int
    stories: int
    briefed: int
    failed: int
    briefed_articles: int  # distinct (non-duplicate) articles in the briefed stories
    resumed: bool
    seconds: dict[str, float]
    peak_rss_mb: float
    worker_peak_rss_mb: float
    commits: tuple[tuple[int, float, int], ...] = ()  # per stream checkpoint: (articles read, seconds, rows)


def _fingerprint(files: list[Path], config: StoriesRunConfig) -> str:
    return digest(
        {
            "files": fingerprint_files(files),
            "brief": repr(config.brief),
            "stories": repr(config.stories),
            "min_articles": config.min_articles,
            "max_brief_articles": config.max_brief_articles,
            "max_bytes": config.max_bytes,
        }
    )


class _Run:
    """The state of one run of :func:`run_stories` (a class only to share it between the steps)."""

    def __init__(self, source: Path, out_dir: Path, config: StoriesRunConfig, progress: ProgressCallback | None):
        self.source = source
        self.out_dir = out_dir
        self.config = config
        self.progress = progress or (lambda stage, done, total: None)
        self.seconds = dict.fromkeys(("read", "dedup", "cluster", "brief", "write"), 0.0)
        self.queue: deque[tuple[str, list[str]]] = deque()  # stories waiting for a worker
        self.n_briefs_done = 0
        self.n_briefs_total = 0
        self.worker_rss = 0.0
        self.finished = False  # the stream has ended (every story is recorded)
        self.seq = 0  # stories recorded so far
        self.commits: list[tuple[int, float, int]] = []  # (articles read, seconds, state rows) per stream commit

    # 1-2. read and cluster --------------------------------------------------------------------------------

    def read(self, ckpt: Checkpoint, stream: StoryStream, position: Position, runner: BriefRunner) -> Position:
        cfg = self.config
        seen = ckpt.seen_ids()
        base = dict(stream.seconds)
        last_commit, since = time.monotonic(), 0
        records = iter_feed(self.source, position, max_bytes=cfg.max_bytes)
        while True:
            start = time.perf_counter()
            record = next(records, None)
            self.seconds["read"] += time.perf_counter() - start
            if record is None:
                break
            if record.reject is not None:
                ckpt.reject(record.file_index, 0, record.reject)
            for sub, article in enumerate(record.articles, start=1):
                if article.id in seen:
                    first = ckpt.first_seen(article.id) or "an earlier line"
                    reason = f"duplicate id {article.id!r} (first at {first}); ids must be unique in a feed"
                    ckpt.reject(record.file_index, sub, Reject(record.file, record.line, reason, article.id))
                    continue
                seen.add(article.id)
                ckpt.see(article.id, article.origin)
                duplicates = stream.n_duplicates
                closed = stream.add(article)
                if stream.n_duplicates == duplicates:  # a copy is never briefed: no need to keep its text
                    ckpt.spool(article)
                self.record(ckpt, closed)
                since += 1
            position = record.end
            self.progress("read", stream.n_articles, None)
            self.pump(ckpt, runner, block=False)
            if since >= cfg.checkpoint_articles or time.monotonic() - last_commit >= cfg.checkpoint_seconds:
                start = time.perf_counter()
                ckpt.commit(position, stream, finished=False)
                rows = sum(ckpt.stream_rows_written.values())
                self.commits.append((stream.n_articles, time.perf_counter() - start, rows))
                # one line per commit for whoever watches a long run (benchmarks/stories_run.py --log)
                logger.debug(COMMIT_LOG, *self.commits[-1])
                last_commit, since = time.monotonic(), 0
        self.record(ckpt, stream.finish())
        ckpt.set_counts({"articles": stream.n_articles, "duplicates": stream.n_duplicates})
        self.seconds["dedup"] += stream.seconds["dedup"] - base["dedup"]
        self.seconds["cluster"] += stream.seconds["cluster"] - base["cluster"]
        ckpt.commit(position, None, finished=True)
        return position

    def record(self, ckpt: Checkpoint, stories: list[Story]) -> None:
        """3. Note each story the stream put out; queue those big enough for a brief."""
        for story in stories:
            kept = list(story.kept)
            wanted = not story.boilerplate and len(kept) >= self.config.min_articles
            record = {
                "story": story.id,
                "articles": list(story.articles),
                "duplicates": dict(story.duplicates),
                "boilerplate": story.boilerplate,
                "first_published": story.first_published,
                "last_published": story.last_published,
            }
            limit = self.config.max_brief_articles
            if wanted and limit is not None and len(kept) > limit:
                sample = [kept[i * (len(kept) - 1) // (limit - 1)] for i in range(limit)]
                ckpt.unspool(set(kept) - set(sample))
                kept = sample
                record["briefed_from"] = limit
            self.seq += 1
            ckpt.add_story(self.seq, story.id, record, kept, "pending" if wanted else "skip")
            if wanted:
                self.queue.append((story.id, kept))
                self.n_briefs_total += 1
            else:
                ckpt.unspool(kept)

    # 3. brief -----------------------------------------------------------------------------------------------

    def pump(self, ckpt: Checkpoint, runner: BriefRunner, *, block: bool) -> None:
        """Hand queued stories to the runner up to its capacity; write whatever has come back."""
        while self.queue and runner.in_flight() < runner.capacity:
            story_id, kept = self.queue.popleft()
            runner.submit(story_id, ckpt.articles(kept))
        for outcome in runner.collect(block):
            self.finish_brief(ckpt, outcome)

    def finish_brief(self, ckpt: Checkpoint, outcome: BriefOutcome) -> None:
        self.seconds["brief"] += outcome.seconds
        self.worker_rss = max(self.worker_rss, outcome.peak_rss_mb)
        start = time.perf_counter()
        if outcome.error is None:
            write_story(self.out_dir, outcome.story, outcome.files)
            ckpt.story_done(outcome.story, "done", outcome.info, None)
        else:
            logger.info("story %s: no brief (%s)", outcome.story, outcome.error)  # noted in stories.jsonl
            ckpt.story_done(outcome.story, "failed", None, outcome.error)
        self.seconds["write"] += time.perf_counter() - start
        self.n_briefs_done += 1
        self.progress("brief", self.n_briefs_done, self.n_briefs_total if self.finished else None)

    def drain(self, ckpt: Checkpoint, runner: BriefRunner, position: Position) -> None:
        """Brief every story still queued or in flight, committing now and then."""
        last_commit = time.monotonic()
        while self.queue or runner.in_flight():
            self.pump(ckpt, runner, block=True)
            if time.monotonic() - last_commit >= _BRIEF_COMMIT_SECONDS:
                ckpt.commit(position, None, finished=True)
                last_commit = time.monotonic()
        ckpt.commit(position, None, finished=True)

    # 5. final outputs --------------------------------------------------------------------------------------

    def write_final(self, ckpt: Checkpoint, n_articles: int, n_duplicates: int) -> dict[str, int]:
        start = time.perf_counter()
        self.progress("write", 0, 3)
        counts = ckpt.counts()
        totals: dict[str, Any] = {
            "articles": n_articles,
            "duplicates": n_duplicates,
            "rejected": ckpt.n_rejects(),
            "stories": sum(counts.values()),
            "briefed": counts.get("done", 0),
            "failed": counts.get("failed", 0),
            "min_articles": self.config.min_articles,
            "input": str(self.source),
        }
        write_lines(self.out_dir / "stories.jsonl", (story_line(row) for row in ckpt.stories()))
        self.progress("write", 1, 3)
        write_lines(self.out_dir / "rejects.jsonl", ckpt.rejects())
        self.progress("write", 2, 3)
        write_index(self.out_dir, ckpt.stories(), totals)
        self.progress("write", 3, 3)
        self.seconds["write"] += time.perf_counter() - start
        # distinct articles briefed (a story's copies are not briefed, so they do not count)
        totals["briefed_articles"] = sum(
            r.size - len(r.record["duplicates"]) for r in ckpt.stories() if r.state == "done"
        )
        return totals


def run_stories(
    source: str | Path,
    out_dir: str | Path,
    *,
    config: StoriesRunConfig | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Group a feed into stories, brief each story of ``min_articles`` or more, and write the folder.

    Args:
        source: a JSONL feed (one article per line) or a directory of feeds and documents.
        out_dir: the output folder (created if absent); holds the checkpoint while the run lasts.
        config: every setting (see :class:`StoriesRunConfig`).
        progress: called as ``progress(stage, done, total)`` with stage ``"read"`` (articles read; total
            None), ``"brief"`` (briefs written; total None until the stream has ended) and ``"write"``.
            An exception raised by the callback stops the run (a server's "cancel"); the checkpoint
            lets a later call resume it.

    Returns:
        The counts, per-stage seconds and peak memory of the run.

    Raises:
        InputError: the feed cannot be opened, or the output folder cannot be written.
        ConfigError: impossible settings, or a checkpoint left by a run with another input or settings
            (``resume=False`` starts over).
    """
    wall = time.perf_counter()
    config = config or StoriesRunConfig()
    source, out_dir = Path(source), Path(out_dir)
    files = feed_files(source)
    try:
        (out_dir / STORIES_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"cannot create the output folder: {err.strerror or err}", source=str(out_dir)) from err
    ckpt_path = out_dir / CHECKPOINT_NAME
    with writing(out_dir, ckpt_path):
        if not config.resume or not ckpt_path.exists():
            _remove_checkpoint(ckpt_path)
            clean_outputs(out_dir)
        remove_temporaries(out_dir)
        ckpt = Checkpoint(ckpt_path, _fingerprint(files, config))
    run = _Run(source, out_dir, config, progress)
    runner: BriefRunner | None = None
    with writing(out_dir, ckpt_path), _closing(ckpt, lambda: runner):
        saved = ckpt.resume()
        resumed = saved is not None
        position = saved.position if saved else Position()
        stream = saved.stream if saved and saved.stream is not None else StoryStream(config.stories)
        run.finished = bool(saved and saved.finished)
        run.seq = ckpt.n_stories()
        run.queue.extend(ckpt.pending())
        run.n_briefs_total = len(run.queue)
        if resumed:
            logger.info("resuming %s: %d stories recorded, %d briefs pending", out_dir, run.seq, len(run.queue))
        runner = make_runner(
            config.brief, render=render_files, workers=config.workers, dask_address=config.dask_address
        )
        start = time.perf_counter()
        if not run.finished:
            position = run.read(ckpt, stream, position, runner)
            run.finished = True
        counts = ckpt.get_counts()
        run.seconds["reading_wall"] = time.perf_counter() - start
        start = time.perf_counter()
        run.drain(ckpt, runner, position)
        run.seconds["briefing_wall"] = time.perf_counter() - start
        totals = run.write_final(ckpt, counts.get("articles", 0), counts.get("duplicates", 0))
    with writing(out_dir, ckpt_path):
        _remove_checkpoint(ckpt_path)
    run.seconds["total"] = time.perf_counter() - wall
    return RunSummary(
        out_dir=out_dir,
        articles=totals["articles"],
        rejected=totals["rejected"],
        duplicates=totals["duplicates"],
        stories=totals["stories"],
        briefed=totals["briefed"],
        failed=totals["failed"],
        briefed_articles=totals["briefed_articles"],
        resumed=resumed,
        seconds=run.seconds,
        peak_rss_mb=peak_rss_mb(),
        worker_peak_rss_mb=run.worker_rss,
        commits=tuple(run.commits),
    )


@contextmanager
def writing(out_dir: Path, ckpt_path: Path) -> Iterator[None]:
    """A full disk or a permission anywhere in a run becomes one :class:`OutputError` naming the path.

    The checkpoint keeps its last commit (SQLite commits are atomic), so the same command resumes the run
    once space is freed or the permission fixed.
    """
    try:
        yield
    except sqlite3.DatabaseError as err:
        raise OutputError(
            f"cannot write the checkpoint ({err}); free space or fix permissions, then rerun to resume",
            source=str(ckpt_path),
        ) from err
    except OSError as err:
        where = err.filename if err.filename is not None else out_dir
        raise OutputError(
            f"cannot write: {err.strerror or err}; fix it, then rerun to resume", source=str(where)
        ) from err


@contextmanager
def _closing(ckpt: Checkpoint, runner: Any) -> Iterator[None]:
    """Close the runner (``runner()`` gives it, or None) and the checkpoint however the run ends."""
    try:
        yield
    finally:
        active = runner()
        if active is not None:
            active.close()
        ckpt.close()


def _remove_checkpoint(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
