"""Brief stories in parallel: in this process, on local processes, or on an existing Dask cluster.

No scheduler of our own (DESIGN.md): local processes are a ``concurrent.futures.ProcessPoolExecutor``
(``spawn``: forking a process that already runs threads can deadlock, and Python warns about it), and a
cluster is a ``distributed.Client``. All three run the same task, :func:`brief_story`, which returns the
rendered files as strings so that only the main process writes (a remote Dask worker need not share the
output folder). The rendering is the caller's: a stage never imports the renderers (DESIGN.md), so the
runner is given a module-level function, brief -> {format: text} (``newsbrief.stories.outputs.render_files``),
that travels to the workers by reference like :func:`brief_story` itself. Each worker process builds its
:class:`~newsbrief.pipeline.Briefer` once and, with analysis on, loads spaCy once, on its first story
(``functools.lru_cache`` on the config).
"""

from __future__ import annotations

import logging
import multiprocessing
import resource
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from newsbrief.config import BriefConfig
from newsbrief.errors import NewsbriefError
from newsbrief.model import Article, Brief, Entity

__all__ = [
    "BriefOutcome",
    "BriefRunner",
    "ProgressCallback",
    "Renderer",
    "brief_story",
    "make_runner",
    "peak_rss_mb",
]

#: Renders one brief into its files' texts by format; a module-level function (it is pickled by reference).
Renderer = Callable[[Brief], dict[str, str]]

logger = logging.getLogger(__name__)

#: How many people and organisations the index shows for each story.
INDEX_PEOPLE = 5


@dataclass(frozen=True, slots=True)
class BriefOutcome:
    """The rendered brief of one story (``files`` by format) and what the index page shows of it."""

    story: str
    files: dict[str, str] = field(default_factory=dict)
    info: dict[str, Any] | None = None
    error: str | None = None
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


@lru_cache(maxsize=2)
def _briefer(config: BriefConfig) -> Any:
    from newsbrief.pipeline import Briefer

    return Briefer(config)


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB.

    ``VmHWM`` rather than ``ru_maxrss``: a spawned worker is forked and then exec'd, and Linux carries
    the parent's high-water mark at fork time into the child's ``ru_maxrss``, so a worker started after
    the parent grew would report the parent's peak. ``VmHWM`` belongs to the process's own address space.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB; macOS: bytes


def brief_story(story_id: str, articles: list[Article], config: BriefConfig, render: Renderer) -> BriefOutcome:
    """Brief one story and render it with ``render`` (runs in a worker).

    A story the pipeline cannot brief (nothing left after cleaning) gives an outcome with ``error`` set
    rather than an exception, so that one bad story does not stop a corpus run.
    """
    start = time.perf_counter()
    briefer = _briefer(config)
    try:
        brief = briefer(articles)
    except NewsbriefError as err:
        return BriefOutcome(
            story_id,
            error=f"{type(err).__name__}: {err}",
            seconds=time.perf_counter() - start,
            peak_rss_mb=peak_rss_mb(),
        )
    files = render(brief)
    first = brief.summary[0].text if brief.summary else None
    title = next((a.title for a in brief.sources if a.title), None)
    info = {
        "title": title,
        "first_sentence": first,
        "sources": len(brief.sources),
        "outlets": sorted({a.outlet for a in brief.sources if a.outlet}),
        "words": brief.word_count,
        # who the story is about, for the index (entities come sorted by mentions; empty without analysis)
        "people": index_people(brief.entities),
    }
    return BriefOutcome(story_id, files, info, None, time.perf_counter() - start, peak_rss_mb())


def index_people(entities: Sequence[Entity]) -> list[str]:
    """Who a story is about, for the stories index: its most mentioned people and organisations, only those whose
    type the story backs (an entity shown "type not settled", ``Entity.typed`` False, may be a film or a product
    the tagger called ORG: the index's "who" line would claim what the brief itself does not)."""
    return [e.name for e in entities if e.label in ("PERSON", "ORG") and e.typed][:INDEX_PEOPLE]


def _quiet_worker() -> None:
    """In a spawned worker, keep library warnings out of the terminal (the parent's progress bar is there).

    A spawned process has no logging set up, so Python's last-resort handler would print every warning
    ("only one source...") to stderr; each brief already carries its warnings in ``Brief.warnings``.
    """
    logging.getLogger("newsbrief").addHandler(logging.NullHandler())


class BriefRunner(Protocol):
    """Runs :func:`brief_story` somewhere; :meth:`collect` returns the outcomes finished so far."""

    capacity: int

    def submit(self, story_id: str, articles: list[Article]) -> None: ...
    def in_flight(self) -> int: ...
    def collect(self, block: bool) -> list[BriefOutcome]: ...
    def close(self) -> None: ...


class InlineRunner:
    """Brief in this process, one story at a time (``--workers 1``: no start-up cost, easiest to debug)."""

    capacity = 1

    def __init__(self, config: BriefConfig, render: Renderer) -> None:
        self._config = config
        self._render = render
        self._done: deque[BriefOutcome] = deque()

    def submit(self, story_id: str, articles: list[Article]) -> None:
        self._done.append(brief_story(story_id, articles, self._config, self._render))

    def in_flight(self) -> int:
        return len(self._done)

    def collect(self, block: bool) -> list[BriefOutcome]:
        out = list(self._done)
        self._done.clear()
        return out

    def close(self) -> None:
        self._done.clear()


class _FutureRunner:
    """Shared bookkeeping of the pool and Dask runners: a set of futures, waited on FIRST_COMPLETED."""

    capacity = 1

    def __init__(self, config: BriefConfig, render: Renderer) -> None:
        self._config = config
        self._render = render
        self._futures: set[Any] = set()

    def _submit(self, story_id: str, articles: list[Article]) -> Any:
        raise NotImplementedError

    def _wait(self, futures: set[Any]) -> set[Any]:
        raise NotImplementedError

    def submit(self, story_id: str, articles: list[Article]) -> None:
        self._futures.add(self._submit(story_id, articles))

    def in_flight(self) -> int:
        return len(self._futures)

    def collect(self, block: bool) -> list[BriefOutcome]:
        if not self._futures:
            return []
        done = self._wait(self._futures) if block else {f for f in self._futures if f.done()}
        self._futures -= done
        # sorted so that files are written in a reproducible order whatever finished first
        return sorted((f.result() for f in done), key=lambda o: o.story)

    def close(self) -> None:
        for future in self._futures:
            future.cancel()
        self._futures.clear()


class PoolRunner(_FutureRunner):
    """Brief on ``workers`` local processes."""

    def __init__(self, config: BriefConfig, render: Renderer, workers: int) -> None:
        super().__init__(config, render)
        self.capacity = workers * 2  # one story queued behind each running one keeps every worker busy
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_worker
        )

    def _submit(self, story_id: str, articles: list[Article]) -> Future[BriefOutcome]:
        return self._pool.submit(brief_story, story_id, articles, self._config, self._render)

    def _wait(self, futures: set[Any]) -> set[Any]:
        return set(wait(futures, return_when=FIRST_COMPLETED).done)

    def close(self) -> None:
        super().close()
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(_FutureRunner):
    """Brief on the workers of an existing Dask cluster (``distributed.Client(address)``)."""

    def __init__(self, config: BriefConfig, render: Renderer, address: str) -> None:
        super().__init__(config, render)
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from newsbrief.errors import MissingDependencyError

            raise MissingDependencyError("distributed", "stories") from exc
        try:
            self._client = Client(address, timeout=30)
        except OSError as err:
            raise NewsbriefError(f"cannot reach the Dask scheduler at {address}: {err}") from err
        threads = sum(self._client.nthreads().values()) or 1
        self.capacity = threads * 2

    def _submit(self, story_id: str, articles: list[Article]) -> Any:
        # pure=False: a story briefed again after a resume must run again, not hit a cached key
        return self._client.submit(
            brief_story,
            story_id,
            articles,
            self._config,
            self._render,
            pure=False,
            key=f"newsbrief-brief-{story_id}-{time.monotonic_ns()}",
        )

    def _wait(self, futures: set[Any]) -> set[Any]:
        from distributed import wait as dask_wait

        return set(dask_wait(list(futures), return_when="FIRST_COMPLETED").done)

    def close(self) -> None:
        super().close()
        self._client.close()


def make_runner(
    config: BriefConfig, *, render: Renderer, workers: int = 1, dask_address: str | None = None
) -> BriefRunner:
    """The runner for the settings: Dask if an address is given, else a pool for 2+ workers, else inline.

    ``render`` turns each brief into its files (the outputs layer's: see the module docstring).
    """
    if dask_address:
        return DaskRunner(config, render, dask_address)
    if workers > 1:
        return PoolRunner(config, render, workers)
    return InlineRunner(config, render)


#: The signature of a run's progress callback: (stage, done, total or None when not known yet).
ProgressCallback = Callable[[str, int, int | None], None]
