"""Stories jobs: an uploaded JSONL feed goes through corpus mode's one code path, in a worker process.

A feed takes seconds to minutes, longer than an HTTP request should stay open, so ``POST /api/stories``
starts a job and ``GET /api/jobs/{id}`` reports it. A job is exactly ``newsbrief stories feed.jsonl
--out out`` (:func:`newsbrief.stories.run.run_stories`, with its checkpoint, its rejects and its rules:
a repeated id is rejected, as on the command line), run in a process of its own under the workers'
memory limit, in the job's folder::

    JOBS_DIR/{job}/feed.jsonl        the upload
    JOBS_DIR/{job}/out/...           the CLI's output folder: stories/ID.{json,md,html}, stories.jsonl, ...

Paths inside the run are relative to the job's folder, so a story's JSON names ``feed.jsonl:3`` as its
origin, as the CLI run in a folder holding ``feed.jsonl`` does, and never the server's paths. Cancel
kills the process; briefs already written stay browsable. At most ``job_workers`` jobs run at once
(others wait, queued); at most ``max_jobs`` are kept, and a forgotten job's folder is deleted.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import re
import secrets
import shutil
import signal
import tempfile
import threading
import time
import traceback
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from newsbrief.errors import NewsbriefError, ServerBusyError, UnknownJobError
from newsbrief.server.pool import describe_exit, limit_memory, setup_worker_logging
from newsbrief.stories.run import StoriesRunConfig

logger = logging.getLogger(__name__)

FEED_NAME = "feed.jsonl"
OUT_NAME = "out"
#: Keep the first rejected lines of a feed in the job's summary, with their messages; count the rest.
MAX_REJECTS_SHOWN = 100
#: Seconds between progress messages of a running job (and always at a change of stage).
PROGRESS_EVERY = 0.2
#: The defaults of a stories job: those of ``newsbrief stories`` (one source).
_RUN = StoriesRunConfig()
_STORY_ID = re.compile(r"^s\d+$")  # the ids corpus mode gives its stories (never a path)


@dataclass(frozen=True, slots=True)
class StoriesOptions:
    """What a stories job is asked for; the defaults are the CLI's (``StoriesRunConfig``'s)."""

    words: int = _RUN.brief.words
    min_articles: int = _RUN.min_articles
    analysis: bool = _RUN.brief.analysis

    def run_config(self) -> Any:
        """The :class:`~newsbrief.stories.run.StoriesRunConfig` of ``newsbrief stories`` with these options."""
        return replace(
            _RUN, brief=_RUN.brief.replace(words=self.words, analysis=self.analysis), min_articles=self.min_articles
        )


def _job_main(conn: Connection, folder: str, options: StoriesOptions, memory_mb: int, log_level: int) -> None:
    """The job's process: ``run_stories`` in the job's folder, progress and the outcome sent down the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_mb)
    setup_worker_logging(log_level)
    logging.getLogger("newsbrief.pipeline").setLevel(logging.ERROR)  # as the CLI: warnings live in each brief
    os.chdir(folder)
    last: list[Any] = [None, 0.0]

    def progress(stage: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        if stage != last[0] or now - last[1] >= PROGRESS_EVERY or done == total:
            last[:] = [stage, now]
            conn.send(("progress", stage, done, total))

    try:
        from newsbrief.stories.run import run_stories

        summary = run_stories(FEED_NAME, OUT_NAME, config=options.run_config(), progress=progress)
        counts = {
            name: getattr(summary, name)
            for name in ("articles", "rejected", "duplicates", "stories", "briefed", "failed")
        }
        conn.send(("done", counts))
    except MemoryError:
        conn.send(("error", f"MemoryLimitError: the job needed more than the {memory_mb:,} MiB a worker may use"))
    except NewsbriefError as err:
        conn.send(("error", f"{type(err).__name__}: {err}"))
    except Exception:
        conn.send(("bug", traceback.format_exc()))


def _iso(t: float | None) -> str | None:
    return None if t is None else datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class Job:
    """The state of one job; read and written under the manager's lock."""

    id: str
    folder: Path
    size: int
    lines: int
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
    error: str | None = None
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    process: Any = None
    index: dict[str, dict[str, Any]] = field(default_factory=dict)  # story id -> index entry (a cache)
    index_final: bool = False

    @property
    def active(self) -> bool:
        return self.state in ("queued", "running")

    @property
    def out(self) -> Path:
        return self.folder / OUT_NAME

    def summary(self) -> dict[str, Any]:
        """The job as the API shows it."""
        end = self.finished or time.time()
        return {
            "id": self.id,
            "state": self.state,
            "phase": self.phase,
            "progress": round(self.progress, 4),
            "counts": dict(self.counts),
            "bytes": self.size,
            "options": {
                "words": self.options.words,
                "min_articles": self.options.min_articles,
                "analysis": self.options.analysis,
            },
            "rejects": list(self.rejects),
            "error": self.error,
            "created": _iso(self.created),
            "started": _iso(self.started),
            "finished": _iso(self.finished),
            "seconds": round(end - self.started, 2) if self.started else 0.0,
            "links": {"self": f"/api/jobs/{self.id}", "stories": f"/api/jobs/{self.id}/stories"},
        }

    def on_progress(self, stage: str, done: int, total: int | None) -> None:
        """A progress message of ``run_stories``: reading counts articles, briefing counts briefs."""
        self.phase = {"read": "clustering", "brief": "briefing", "write": "writing the index"}.get(stage, stage)
        if stage == "read":
            self.counts["articles"] = done
            self.progress = 0.5 * min(1.0, done / max(1, self.lines))
        elif stage == "brief":
            self.counts["briefed"] = done
            self.progress = max(self.progress, 0.5 + (0.45 * done / total if total else 0.0))
        elif stage == "write":
            self.progress = max(self.progress, 0.95)


def _entry_from_brief(job_id: str, story_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    """An index entry from a story's brief JSON (all a running job has to show)."""
    sources = doc.get("sources", [])
    dates = sorted(s["published"] for s in sources if s.get("published"))
    base = f"/api/jobs/{job_id}/stories/{story_id}"
    return {
        "id": story_id,
        "title": next((s["title"] for s in sources if s.get("title")), None),
        "articles": [s["id"] for s in sources],
        "n_articles": len(sources),
        "duplicates": [],
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "boilerplate": False,
        "briefed": True,
        "summary": doc["summary"][0]["text"] if doc.get("summary") else None,
        "note": None,
        "links": {"json": base, "html": f"{base}/html"},
    }


def _entry_from_record(record: dict[str, Any], briefed: dict[str, Any] | None) -> dict[str, Any]:
    """An index entry from a ``stories.jsonl`` line (a finished job), with what its brief adds."""
    entry = {
        "id": record["story"],
        "title": briefed["title"] if briefed else None,
        "articles": record["articles"],
        "n_articles": len(record["articles"]),
        "duplicates": [{"id": dup, "of": orig} for dup, orig in record["duplicates"].items()],
        "first_published": record["first_published"],
        "last_published": record["last_published"],
        "boilerplate": record["boilerplate"],
        "briefed": record["brief"] is not None,
        "summary": briefed["summary"] if briefed else None,
        "note": record.get("note"),
        "links": briefed["links"] if briefed else {},
    }
    if record["boilerplate"] and not entry["note"]:
        entry["note"] = "a template page repeated across the feed"
    return entry


class JobManager:
    """Start, track, cancel and forget stories jobs.

    Args:
        max_jobs: jobs kept (finished ones are forgotten oldest first, with their folders).
        workers: jobs running at once (one process each); others wait in state ``queued``.
        memory_mb: address-space limit of each job's process.
        jobs_dir: where job folders go (None: a temporary folder, removed by :meth:`close`).
    """

    def __init__(self, *, max_jobs: int = 8, workers: int = 1, memory_mb: int = 2048, jobs_dir: str | None = None):
        self.max_jobs = max_jobs
        self.workers = workers
        self.memory_mb = memory_mb
        self._jobs_dir = jobs_dir
        self._root: Path | None = None
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._index_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._ctx = multiprocessing.get_context("spawn")

    def _folder(self, job_id: str) -> Path:
        if self._root is None:
            if self._jobs_dir is not None:
                self._root = Path(self._jobs_dir)
                self._root.mkdir(parents=True, exist_ok=True)
            else:
                self._root = Path(tempfile.mkdtemp(prefix="newsbrief-jobs-"))
        return self._root / job_id

    def submit(self, data: bytes, options: StoriesOptions) -> dict[str, Any]:
        """Write the feed to a new job folder and queue the job; its summary. Blocking (file I/O).

        Raises:
            ServerBusyError: ``max_jobs`` jobs are queued or running already.
        """
        forgotten: list[Path] = []
        with self._lock:
            while len(self._jobs) >= self.max_jobs:
                old = next((j for j in self._jobs.values() if not j.active), None)
                if old is None:
                    raise ServerBusyError(f"{self.max_jobs} stories jobs are already queued or running; retry later")
                del self._jobs[old.id]
                forgotten.append(old.folder)
            job_id = secrets.token_urlsafe(9)
            job = Job(
                id=job_id, folder=self._folder(job_id), size=len(data), lines=data.count(b"\n") + 1, options=options
            )
            self._jobs[job.id] = job
        for folder in forgotten:
            shutil.rmtree(folder, ignore_errors=True)
        job.folder.mkdir(parents=True)
        (job.folder / FEED_NAME).write_bytes(data)
        with self._lock:
            summary = job.summary()
            if self._executor is None:  # made on demand: an app whose lifespan ended can start jobs again
                self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="newsbrief-job")
            self._executor.submit(self._run, job)
        return summary

    def _run(self, job: Job) -> None:
        """In a job thread: start the job's process, follow its messages, record how it ended."""
        conn, child = self._ctx.Pipe(duplex=False)
        level = logging.getLogger("newsbrief").getEffectiveLevel()
        process = self._ctx.Process(
            target=_job_main,
            args=(child, str(job.folder), job.options, self.memory_mb, level),
            name=f"newsbrief-job-{job.id}",
            daemon=True,
        )
        with self._lock:
            if job.cancel.is_set():
                return
            job.state, job.phase, job.started, job.process = "running", "starting", time.time(), process
            process.start()
        child.close()
        outcome: tuple[str, Any] | None = None
        try:
            while True:
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    break
                if message[0] == "progress":
                    with self._lock:
                        job.on_progress(*message[1:])
                else:
                    outcome = message
        finally:
            conn.close()
            process.join()
        self._end(job, outcome, process.exitcode)

    def _end(self, job: Job, outcome: tuple[str, Any] | None, exitcode: int | None) -> None:
        rejects = self._rejects(job)
        with self._lock:
            job.finished, job.process = time.time(), None
            if job.cancel.is_set():
                job.state = "cancelled"
            elif outcome is not None and outcome[0] == "done":
                job.state, job.phase, job.progress = "done", "done", 1.0
                job.counts.update(outcome[1])
                job.counts["lines"] = job.counts["articles"] + job.counts["rejected"]
                job.rejects = rejects
            elif outcome is not None and outcome[0] == "error":
                job.state, job.error = "failed", outcome[1]
            elif outcome is not None:  # a bug: keep the server up, say so in the job, log the traceback
                logger.error("stories job %s failed:\n%s", job.id, outcome[1])
                job.state, job.error = "failed", "internal error; it has been logged"
            else:
                job.state = "failed"
                job.error = f"WorkerDiedError: the job's process died ({describe_exit(exitcode)})"
        logger.info("stories job %s %s after %.1f s", job.id, job.state, job.finished - (job.started or job.created))

    @staticmethod
    def _rejects(job: Job) -> list[dict[str, Any]]:
        path = job.out / "rejects.jsonl"
        if not path.exists():
            return []
        shown = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if len(shown) >= MAX_REJECTS_SHOWN:
                    break
                reject = json.loads(line)
                shown.append({"line": reject.get("line"), "message": reject.get("reason") or reject.get("message")})
        return shown

    def _job(self, job_id: str) -> Job:
        job = self._jobs.get(job_id)
        if job is None:
            raise UnknownJobError(f"no job {job_id!r} (jobs are kept until {self.max_jobs} newer ones)")
        return job

    def get(self, job_id: str) -> dict[str, Any]:
        """The summary of a job. Raises UnknownJobError."""
        with self._lock:
            return self._job(job_id).summary()

    def cancel(self, job_id: str) -> dict[str, Any]:
        """Stop a job now (its process is killed; the briefs it wrote stay). Raises UnknownJobError."""
        with self._lock:
            job = self._job(job_id)
            if job.active:
                job.cancel.set()
                if job.process is not None and job.process.is_alive():
                    job.process.kill()
                if job.state == "queued":
                    job.state, job.finished = "cancelled", time.time()
            return job.summary()

    def stories(self, job_id: str) -> list[dict[str, Any]]:
        """The index: every story of a finished job, the briefed ones of a running job; most articles first.

        Blocking (reads the job's files; each brief file once). Raises UnknownJobError.
        """
        with self._lock:
            job = self._job(job_id)
            done = job.state == "done"
        with self._index_lock:  # two polls at once must not parse the same files into one dict
            if not job.index_final:
                self._refresh(job, final=done)
            entries = list(job.index.values())
        return sorted(entries, key=lambda s: (-s["n_articles"], s["first_published"] or "9999", s["id"]))

    def _refresh(self, job: Job, *, final: bool) -> None:
        folder = job.out / "stories"
        if folder.is_dir():
            for path in sorted(folder.glob("s*.json")):
                if path.stem not in job.index and _STORY_ID.match(path.stem):
                    try:
                        doc = json.loads(path.read_text(encoding="utf-8"))
                    except (OSError, ValueError):  # deleted with a forgotten job
                        continue
                    job.index[path.stem] = _entry_from_brief(job.id, path.stem, doc)
        lines = job.out / "stories.jsonl"
        if final and lines.exists():
            with lines.open(encoding="utf-8") as handle:
                records = [json.loads(line) for line in handle if line.strip()]
            job.index = {r["story"]: _entry_from_record(r, job.index.get(r["story"])) for r in records}
            job.index_final = True

    def story_file(self, job_id: str, story_id: str, fmt: str) -> Path:
        """The file of a story's brief (``json`` or ``html``). Raises UnknownJobError."""
        with self._lock:
            job = self._job(job_id)
        path = job.out / "stories" / f"{story_id}.{fmt}"
        if not _STORY_ID.match(story_id) or not path.exists():
            raise UnknownJobError(f"job {job_id!r} has no brief of a story {story_id!r} (yet)")
        return path

    def close(self) -> None:
        """Kill every running job and let the threads go (server shutdown); remove a temporary folder."""
        with self._lock:
            for job in self._jobs.values():
                if job.active:
                    job.cancel.set()
                    if job.process is not None and job.process.is_alive():
                        job.process.kill()
                if job.state == "queued":  # its future is dropped below: it will never start
                    job.state, job.finished = "cancelled", time.time()
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        if self._root is not None and self._jobs_dir is None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None
            self._jobs.clear()
