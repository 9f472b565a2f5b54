"""Stories jobs: an uploaded JSONL feed is grouped into stories and each story briefed, in the background.

A feed takes seconds to minutes, longer than an HTTP request should stay open, so ``POST /api/stories``
starts a job and ``GET /api/jobs/{id}`` reports it. Jobs run in a small thread pool (``job_workers``) and
live in memory only: the uploaded bytes are never written to disk, a finished job keeps its briefs
(rendered on demand) until it is one of more than ``max_jobs`` jobs, and then the oldest finished job goes.

The work itself is a *runner*, ``runner(data, options, progress)``; :func:`run_stories` is the default
one, built on :class:`newsbrief.stories.StoryStream` and :class:`newsbrief.pipeline.Briefer`. A runner
reports through :class:`JobProgress` and checks :attr:`JobProgress.cancelled` now and then.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from newsbrief.config import BriefConfig
from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest.jsonl import Cluster, load_line, parse_line
from newsbrief.model import Article, Brief

logger = logging.getLogger(__name__)

#: Keep the first rejected lines of a feed, with their messages; count the rest.
MAX_REJECTS_SHOWN = 100


class UnknownJobError(NewsbriefError):
    """No job (or story) with that id, or it has been forgotten; answered with 404."""


@dataclass(frozen=True, slots=True)
class StoriesOptions:
    """What a stories job is asked for (maps onto BriefConfig and the story minimum)."""

    words: int = 150
    min_articles: int = 2
    max_briefs: int = 1000
    analysis: bool = False


@dataclass(slots=True)
class StoryResult:
    """One story found in the feed, with its brief when it was briefed."""

    id: str
    articles: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...]
    boilerplate: bool
    first_published: str | None
    last_published: str | None
    title: str | None = None
    brief: Brief | None = None
    note: str | None = None  # why there is no brief


@dataclass(slots=True)
class Job:
    """The state of one job; read by the API under the manager's lock."""

    id: str
    size: int
    options: StoriesOptions
    state: str = "queued"  # queued | running | done | failed | cancelled
    phase: str = "waiting"
    progress: float = 0.0
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("lines", "articles", "rejected", "duplicates", "stories", "briefed", "failed"), 0
        )
    )
    rejects: list[dict[str, Any]] = field(default_factory=list)
    stories: dict[str, StoryResult] = field(default_factory=dict)
    error: str | None = None
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def active(self) -> bool:
        return self.state in ("queued", "running")

    def summary(self) -> dict[str, Any]:
        """The job as the API shows it."""

        def iso(t: float | None) -> str | None:
            return None if t is None else datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")

        end = self.finished or time.time()
        return {
            "id": self.id,
            "state": self.state,
            "phase": self.phase,
            "progress": round(self.progress, 4),
            "counts": dict(self.counts),
            "bytes": self.size,
            "options": {"words": self.options.words, "min_articles": self.options.min_articles},
            "rejects": list(self.rejects),
            "error": self.error,
            "created": iso(self.created),
            "started": iso(self.started),
            "finished": iso(self.finished),
            "seconds": round(end - self.started, 2) if self.started else 0.0,
            "links": {"self": f"/api/jobs/{self.id}", "stories": f"/api/jobs/{self.id}/stories"},
        }


class JobProgress:
    """What a runner may touch: counts, phase and fraction done, rejects, stories, and the cancel flag."""

    def __init__(self, job: Job, lock: threading.Lock) -> None:
        self._job = job
        self._lock = lock

    @property
    def cancelled(self) -> bool:
        return self._job.cancel.is_set()

    def update(self, *, phase: str | None = None, fraction: float | None = None, **counts: int) -> None:
        """Set the phase, the fraction done (0..1) and any counts (``articles=10``)."""
        with self._lock:
            if phase is not None:
                self._job.phase = phase
            if fraction is not None:
                self._job.progress = min(1.0, max(0.0, fraction))
            for name, value in counts.items():
                self._job.counts[name] = value

    def add(self, name: str, n: int = 1) -> None:
        """Add ``n`` to a count."""
        with self._lock:
            self._job.counts[name] = self._job.counts.get(name, 0) + n

    def reject(self, line: int, message: str) -> None:
        """Record a bad line of the feed (the job carries on)."""
        with self._lock:
            self._job.counts["rejected"] += 1
            if len(self._job.rejects) < MAX_REJECTS_SHOWN:
                self._job.rejects.append({"line": line, "message": message})

    def story(self, result: StoryResult) -> None:
        """Publish a story (briefed or not): it shows in the index at once."""
        with self._lock:
            self._job.stories[result.id] = result
            self._job.counts["stories"] = len(self._job.stories)
            if result.brief is not None:
                self._job.counts["briefed"] += 1


Runner = Callable[[bytes, StoriesOptions, JobProgress], None]


def iter_feed(data: bytes, progress: JobProgress) -> Iterator[tuple[Article, int]]:
    """Articles of a JSONL feed held in memory, with the byte offset reached; bad lines are rejected.

    Repeated ids get a ``~2`` suffix (a stream needs unique ids); cluster lines give their articles.
    """
    seen: dict[str, int] = {}
    offset = 0
    for lineno, raw in enumerate(data.splitlines(keepends=True), start=1):
        offset += len(raw)
        if not raw.strip():
            continue
        progress.add("lines")
        try:
            obj = load_line(raw, source="feed", lineno=lineno)  # the CLI's checks: limits, surrogates
            item = parse_line(obj, lineno=lineno, source="feed")
        except InputError as err:
            progress.reject(lineno, str(err))
            continue
        for article in item.articles if isinstance(item, Cluster) else (item,):
            n = seen.get(article.id, 0)
            seen[article.id] = n + 1
            if n:
                article = replace(article, id=f"{article.id}~{n + 1}")
            yield article, offset


def run_stories(data: bytes, options: StoriesOptions, progress: JobProgress) -> None:
    """The default runner: dedup and cluster the feed, then brief each story of ``min_articles`` or more.

    Stories are briefed as soon as the stream closes them, so the index fills while the job runs, and
    only the articles of open stories are held (plus the briefs kept for the index).
    """
    from newsbrief.pipeline import Briefer
    from newsbrief.stories import StoryStream

    briefer = Briefer(BriefConfig(words=options.words, analysis=options.analysis))
    stream = StoryStream()
    pending: dict[str, Article] = {}
    total = max(1, len(data))
    n_briefs = 0

    def publish(stories: list[Any]) -> None:
        nonlocal n_briefs
        for story in stories:
            kept = [pending[a] for a in story.kept if a in pending]
            for article_id in story.articles:
                pending.pop(article_id, None)
            result = StoryResult(
                id=story.id,
                articles=story.articles,
                duplicates=story.duplicates,
                boilerplate=story.boilerplate,
                first_published=story.first_published,
                last_published=story.last_published,
                title=next((a.title for a in kept if a.title), None),
            )
            if story.boilerplate:
                result.note = "a template page repeated across the feed"
            elif len(kept) < options.min_articles:
                result.note = f"fewer than {options.min_articles} distinct articles"
            elif n_briefs >= options.max_briefs:
                result.note = f"over the {options.max_briefs} briefs this server keeps per job"
            else:
                try:
                    result.brief = briefer(kept)
                    n_briefs += 1
                except NewsbriefError as err:
                    result.note = f"{type(err).__name__}: {err}"
                    progress.add("failed")
            progress.story(result)

    progress.update(phase="clustering")
    for article, offset in iter_feed(data, progress):
        if progress.cancelled:
            return
        pending[article.id] = article
        progress.update(articles=stream.n_articles + 1, fraction=offset / total)
        publish(stream.add(article))
        progress.update(duplicates=stream.n_duplicates)
    progress.update(phase="briefing the last stories")
    publish(stream.finish())
    progress.update(phase="done", fraction=1.0, duplicates=stream.n_duplicates)


class JobManager:
    """Start, track, cancel and forget stories jobs.

    Args:
        max_jobs: jobs kept in memory (finished ones are forgotten oldest first).
        workers: jobs running at once; others wait in state ``queued``.
        runner: the work of a job (see module docstring).
    """

    def __init__(self, *, max_jobs: int = 8, workers: int = 1, runner: Runner = run_stories) -> None:
        self.max_jobs = max_jobs
        self.runner = runner
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self.workers = workers
        self._executor: ThreadPoolExecutor | None = None

    def submit(self, data: bytes, options: StoriesOptions) -> dict[str, Any]:
        """Start a job on ``data`` (a JSONL feed) and return its summary.

        Raises:
            ServerBusyError: ``max_jobs`` jobs are queued or running already.
        """
        from newsbrief.server.limits import ServerBusyError

        job = Job(id=secrets.token_urlsafe(9), size=len(data), options=options)
        with self._lock:
            while len(self._jobs) >= self.max_jobs:
                old = next((j for j in self._jobs.values() if not j.active), None)
                if old is None:
                    raise ServerBusyError(f"{self.max_jobs} stories jobs are already queued or running; retry later")
                del self._jobs[old.id]
            self._jobs[job.id] = job
            summary = job.summary()
            if self._executor is None:  # made on demand: an app whose lifespan ended can start jobs again
                self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="newsbrief-job")
            self._executor.submit(self._run, job, data)
        return summary

    def _run(self, job: Job, data: bytes) -> None:
        with self._lock:
            if job.cancel.is_set():
                return
            job.state, job.phase, job.started = "running", "starting", time.time()
        try:
            self.runner(data, job.options, JobProgress(job, self._lock))
        except NewsbriefError as err:
            self._end(job, "failed", f"{type(err).__name__}: {err}")
        except Exception as err:  # a bug: keep the server up, say so in the job, log the traceback
            logger.exception("stories job %s failed", job.id)
            self._end(job, "failed", f"internal error ({type(err).__name__}); it has been logged")
        else:
            self._end(job, "cancelled" if job.cancel.is_set() else "done", None)

    def _end(self, job: Job, state: str, error: str | None) -> None:
        with self._lock:
            job.state, job.error, job.finished = state, error, time.time()
            if state == "done":
                job.progress = 1.0
        logger.info("stories job %s %s after %.1f s", job.id, state, job.finished - (job.started or job.created))

    def _job(self, job_id: str) -> Job:
        job = self._jobs.get(job_id)
        if job is None:
            raise UnknownJobError(f"no job {job_id!r} (jobs are kept in memory until {self.max_jobs} newer ones)")
        return job

    def get(self, job_id: str) -> dict[str, Any]:
        """The summary of a job. Raises UnknownJobError."""
        with self._lock:
            return self._job(job_id).summary()

    def cancel(self, job_id: str) -> dict[str, Any]:
        """Ask a job to stop (it stops at the next article). Raises UnknownJobError."""
        with self._lock:
            job = self._job(job_id)
            if job.active:
                job.cancel.set()
                if job.state == "queued":
                    job.state, job.finished = "cancelled", time.time()
            return job.summary()

    def stories(self, job_id: str) -> list[StoryResult]:
        """The stories found so far: most articles first, then earliest date. Raises UnknownJobError."""
        with self._lock:
            found = list(self._job(job_id).stories.values())
        return sorted(found, key=lambda s: (-len(s.articles), s.first_published or "9999", s.id))

    def story(self, job_id: str, story_id: str) -> StoryResult:
        """One story. Raises UnknownJobError for an unknown job or story."""
        with self._lock:
            result = self._job(job_id).stories.get(story_id)
        if result is None:
            raise UnknownJobError(f"job {job_id!r} has no story {story_id!r}")
        return result

    def close(self, *, wait: bool = False) -> None:
        """Cancel every running job and let the pool go (server shutdown); ``wait`` for the threads to end."""
        with self._lock:
            for job in self._jobs.values():
                if job.active:
                    job.cancel.set()
                if job.state == "queued":  # its future is dropped below: it will never start
                    job.state, job.finished = "cancelled", time.time()
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=wait, cancel_futures=True)
