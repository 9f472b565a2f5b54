"""Every cap of ``newsbrief serve`` in one frozen object (the ``serve`` flags map onto it)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from newsbrief.errors import ConfigError


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Every cap of the server in one frozen object (``newsbrief serve`` flags map onto it).

    The defaults fit one editor's browser and a small newsroom on a 2-core machine: a brief of 50
    articles of 200 kB each is far beyond any real story, and a 30-second brief means something is wrong.

    Memory is bounded by process, not by guesswork about inputs: each worker process (``workers`` brief
    workers and ``job_workers`` stories workers) runs under an address-space limit of ``worker_memory_mb``
    (``RLIMIT_AS``), so the server's resident memory stays below its main process plus
    ``(workers + job_workers) * worker_memory_mb`` whatever the requests are. A brief that needs more
    is answered 413 and its worker replaced.

    Attributes:
        max_request_bytes: largest request body of ``/api/brief`` (413 beyond).
        max_upload_bytes: largest JSONL feed sent to ``/api/stories`` (413 beyond).
        max_articles: most articles in one brief (422 beyond).
        max_article_bytes: largest single article, pasted or fetched, in UTF-8 bytes (413 beyond).
        max_words: largest word budget a client may ask for.
        time_limit: seconds a brief may take; past it the worker process is killed (503) and replaced.
        workers: brief worker processes (briefs computed at once). One more than the cores: a long brief
            then takes one worker at the lowest CPU priority while short ones keep every core.
        worker_memory_mb: address-space limit of every worker process, in MiB (413 beyond).
        demote_after: seconds after which a brief's worker drops to the lowest CPU priority (nice 19), so
            that short briefs pass a long one; 0: never.
        preload: workers load spaCy before taking their first request (off: on the first analysis request).
        queue: requests that may wait for a free worker; more are refused with 503.
        queue_wait: seconds a request waits for a worker before a 503.
        allow_fetch: fetch ``url`` of articles without text (public http(s) addresses only).
        fetch_timeout: seconds for one fetch, redirects included.
        max_jobs: stories jobs kept (running or finished; a forgotten job's folder is deleted).
        job_workers: stories jobs running at once, each in its own process.
        jobs_dir: where stories jobs keep their feed, checkpoint and outputs (None: a temporary folder
            removed when the server stops).
    """

    max_request_bytes: int = 2_000_000
    max_upload_bytes: int = 20_000_000
    max_articles: int = 50
    max_article_bytes: int = 200_000
    max_words: int = 2_000
    time_limit: float = 30.0
    workers: int = (os.cpu_count() or 1) + 1
    worker_memory_mb: int = 2_048
    demote_after: float = 2.0
    preload: bool = True
    queue: int = 32
    queue_wait: float = 20.0
    allow_fetch: bool = False
    fetch_timeout: float = 10.0
    max_jobs: int = 8
    job_workers: int = 1
    jobs_dir: str | None = None

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if value < 0 or (value == 0 and name not in ("queue", "demote_after")):
                raise ConfigError(f"server setting {name} must be positive, got {value}")
        if self.worker_memory_mb < 256:
            raise ConfigError(
                f"worker_memory_mb is {self.worker_memory_mb}; a worker needs at least 256 MiB (spaCy alone takes ~200)"
            )
