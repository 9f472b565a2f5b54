"""Brief worker processes: N processes, a memory limit in each, and a time limit that kills.

Why processes and not threads: a brief is CPU work in Python, and threads share one interpreter lock,
so two threads give about one core; worse, a thread cannot be stopped, so a brief past its time limit
kept its CPU and memory to the end, and a regular expression holding the lock froze every request
(issue 15). A process uses its own core, can be killed at once (``SIGKILL``: its CPU and memory are
the kernel's again within milliseconds), and runs under an address-space limit (``RLIMIT_AS``) that
turns a runaway allocation into a ``MemoryError`` in that process only.

The event loop never waits on a worker: each call waits in a thread of a small pool (one per busy
worker) while the loop goes on serving (``GET /openapi.json`` answers at once while a brief runs).

::

    request -> run(func, *args) -> an idle worker (or wait in a bounded queue; 503 when full)
                                -> the worker calls func(*args) -> ("ok", result) | ("error", NewsbriefError)
                                                                 | ("memory", None) | ("bug", traceback)
            past time_limit: SIGKILL the worker, answer 503, start a replacement in the background

Workers are started with ``spawn`` (forking a process that runs threads can deadlock), build their
pipeline on first use and, with ``preload``, load spaCy before they take a request, once per process.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import multiprocessing
import os
import pickle
import resource
import signal
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from newsbrief.errors import (
    MemoryLimitError,
    NewsbriefError,
    ServerBusyError,
    TimeLimitError,
    WorkerDiedError,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds to wait for a worker to start (Python, newsbrief and, with preload, spaCy) before giving up.
START_TIMEOUT = 120.0


class WorkerBugError(Exception):
    """An unexpected exception in a worker (a bug in newsbrief), carrying the worker's traceback.

    Not a :class:`~newsbrief.errors.NewsbriefError` on purpose: the server answers it 500 and logs it.
    """


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at ``memory_mb`` MiB (``RLIMIT_AS``), never above a hard limit."""
    wanted = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def setup_worker_logging(level: int) -> None:
    """Log like the server's main process does (a spawned process starts with no logging set up)."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(f"%(levelname)s: %(name)s [worker {os.getpid()}]: %(message)s"))
    root = logging.getLogger("newsbrief")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def call(func: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    """Run ``func(*args)`` and say how it ended, in a form that pickles: the worker's side of a call."""
    try:
        return "ok", func(*args)
    except MemoryError:
        return "memory", None
    except NewsbriefError as err:
        try:
            pickle.dumps(err)
        except Exception:  # an error that cannot travel is a bug of its own
            return "bug", traceback.format_exc()
        return "error", err
    except Exception:
        return "bug", traceback.format_exc()


def _worker_main(conn: Connection, memory_mb: int, preload: bool, log_level: int) -> None:
    """A worker process: set the memory limit, warm up, then answer calls until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the terminal is for the main process
    limit_memory(memory_mb)
    setup_worker_logging(log_level)
    try:
        for module in ("newsbrief.pipeline", "newsbrief.render"):  # the first brief should not pay for them
            importlib.import_module(module)

        if preload:
            from newsbrief.analyse.nlp import load_nlp

            load_nlp()
    except NewsbriefError as err:  # analysis requests will answer with the install hint
        logger.warning("analysis is unavailable: %s", err)
    except (MemoryError, ValueError) as err:  # srsly says "Could not reserve memory block" with a ValueError
        logger.warning("spaCy does not fit in the %d MiB worker memory limit (%r): analysis will fail", memory_mb, err)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            func, args = conn.recv()
        except (EOFError, OSError):
            return
        reply = call(func, args)
        try:
            conn.send(reply)
        except MemoryError:
            reply = ("memory", None)
            conn.send(reply)
        except (pickle.PicklingError, TypeError, AttributeError):
            conn.send(("bug", traceback.format_exc()))
        if reply[0] == "memory":
            os._exit(3)  # the heap may be fragmented and near the limit: a fresh worker takes the slot


def _set_nice(pid: int, nice: int) -> bool:
    """Set a process's CPU priority; False where it is not allowed (raising one back needs privileges)."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, nice)
    except (PermissionError, ProcessLookupError):
        return False
    return True


def describe_exit(code: int | None) -> str:
    """``-9`` -> ``killed by SIGKILL``; ``3`` -> ``exit code 3``."""
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class Worker:
    """One worker process and the pipe to it. Blocking methods: call them from a thread."""

    def __init__(self, ctx: Any, memory_mb: int, preload: bool, log_level: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, memory_mb, preload, log_level), name="newsbrief-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.pid: int = self.process.pid

    def wait_ready(self) -> None:
        """Wait until the worker has warmed up and takes calls.

        Raises:
            WorkerDiedError: the worker died or did not get ready within START_TIMEOUT seconds.
        """
        try:
            if not self.conn.poll(START_TIMEOUT):
                self.close(kill=True)
                raise WorkerDiedError(f"a worker process did not start within {START_TIMEOUT:g} s")
            self.conn.recv()
        except (EOFError, OSError) as err:
            self.close(kill=True)
            raise WorkerDiedError(
                f"a worker process died while starting ({describe_exit(self.process.exitcode)})"
            ) from err

    def call(self, func: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
        """Send one call and wait for its reply; ``("died", exitcode)`` if the process died meanwhile."""
        try:
            self.conn.send((func, args))
            return self.conn.recv()
        except (EOFError, OSError):
            self.process.join(timeout=5)
            return "died", self.process.exitcode

    def close(self, *, kill: bool = False) -> None:
        """Stop the process (at once with ``kill``; else by closing its pipe) and reap it."""
        if kill and self.process.is_alive():
            self.process.kill()
        self.conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class WorkerPool:
    """``size`` worker processes shared by the requests of one server, with a bounded queue.

    Args:
        size: worker processes (briefs computed at once).
        memory_mb: address-space limit of each worker.
        time_limit: seconds a call may take before its worker is killed and the call answered 503.
        queue: calls that may wait for an idle worker; more are refused at once.
        wait: seconds a call waits for an idle worker.
        preload: workers load spaCy before their first call.
        demote_after: seconds after which a call's worker drops to the lowest CPU priority (nice 19), so
            that short briefs in other workers pass a long one (shortest first, as a multilevel feedback
            queue does); None: never. It gets its priority back after the call (or, where this process
            may not raise a priority, it is replaced).
    """

    def __init__(
        self,
        *,
        size: int,
        memory_mb: int,
        time_limit: float,
        queue: int,
        wait: float,
        preload: bool,
        demote_after: float | None = None,
    ) -> None:
        self.size = size
        self.demote_after = demote_after
        self.memory_mb = memory_mb
        self.time_limit = time_limit
        self.queue = queue
        self.wait = wait
        self.preload = preload
        self._ctx = multiprocessing.get_context("spawn")
        self._threads: ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: asyncio.Queue[Worker] | None = None
        # Shared with the threads that start workers, under _lock. Workers outlive an event loop (a test
        # client runs one per request): a new loop gets a new queue holding every worker not busy.
        self._lock = threading.Lock()
        self._workers: set[Worker] = set()  # ready, busy or idle
        self._busy: set[Worker] = set()
        self._starting = 0  # workers asked for and not ready yet
        self._pending: set[Worker] = set()  # processes started and not ready yet
        self._waiting = 0
        self._closed = False

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (busy or idle)."""
        return sorted(w.pid for w in self._workers)

    def start(self) -> None:
        """Start the workers in the background (in the running event loop); calls wait until one is ready."""
        loop = asyncio.get_running_loop()
        if self._loop is loop and self._idle is not None:
            return
        with self._lock:
            self._closed = False
            self._loop, self._idle, self._waiting = loop, asyncio.Queue(), 0
            for worker in self._workers - self._busy:
                self._idle.put_nowait(worker)
            missing = self.size - len(self._workers) - self._starting
        if self._threads is None:
            # one thread per worker waiting on its pipe, one per worker starting: never more
            self._threads = ThreadPoolExecutor(max_workers=2 * self.size + 2, thread_name_prefix="newsbrief-pool")
        for _ in range(missing):
            self._spawn_later()

    def _spawn_later(self) -> None:
        """Start a worker in a thread; it joins the idle queue of whatever loop is current when it is ready."""
        assert self._threads is not None
        with self._lock:
            self._starting += 1
        self._threads.submit(self._start_worker, logging.getLogger("newsbrief").getEffectiveLevel())

    def _start_worker(self, log_level: int) -> None:
        """In a thread: start one worker (three tries), wait until it is ready, hand it to the idle queue."""
        try:
            for attempt in range(1, 4):
                with self._lock:
                    if self._closed:
                        return
                try:
                    with self._lock:
                        if self._closed:
                            return
                        worker = Worker(self._ctx, self.memory_mb, self.preload, log_level)
                        self._pending.add(worker)  # close() kills it even before it is ready
                    try:
                        worker.wait_ready()
                    finally:
                        with self._lock:
                            self._pending.discard(worker)
                except (WorkerDiedError, OSError) as err:
                    logger.error("could not start a worker (attempt %d of 3): %s", attempt, err)
                    time.sleep(attempt)
                    continue
                with self._lock:
                    if self._closed:
                        worker.close(kill=True)
                        return
                    self._workers.add(worker)
                    loop, idle = self._loop, self._idle
                if loop is not None and idle is not None:
                    with contextlib.suppress(RuntimeError):  # that loop has ended: the next one takes it
                        loop.call_soon_threadsafe(idle.put_nowait, worker)
                return
            logger.error("gave up starting a worker: this server now runs with fewer than %d", self.size)
        finally:
            with self._lock:
                self._starting -= 1

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(*args)`` in a worker process under the caps.

        ``func`` and its arguments must pickle (a module-level function and plain data).

        Raises:
            ServerBusyError: no idle worker within ``wait`` seconds, or the queue is full.
            TimeLimitError: ``func`` ran past ``time_limit``; its worker was killed and is being replaced.
            MemoryLimitError: ``func`` ran out of the worker's memory; the worker is replaced.
            WorkerDiedError: the worker process died (a signal); it is replaced.
            NewsbriefError: what ``func`` raised on purpose (bad input...), unchanged.
            WorkerBugError: anything else ``func`` raised (a bug), with the worker's traceback.
        """
        self.start()
        assert self._idle is not None and self._loop is not None
        idle = self._idle
        if idle.empty() and self._waiting >= self.queue:
            raise ServerBusyError(f"the server is busy ({self.size} briefs running, {self._waiting} waiting); retry")
        self._waiting += 1
        try:
            worker = await asyncio.wait_for(idle.get(), timeout=self.wait)
        except TimeoutError:
            raise ServerBusyError(f"the server is busy: no free worker within {self.wait:g} s; retry") from None
        finally:
            self._waiting -= 1
        with self._lock:
            self._busy.add(worker)
        future = self._loop.run_in_executor(self._threads, worker.call, func, args)
        demoted = False
        try:
            first = self.time_limit if self.demote_after is None else min(self.demote_after, self.time_limit)
            try:
                kind, payload = await asyncio.wait_for(asyncio.shield(future), timeout=first)
            except TimeoutError:
                if first >= self.time_limit:
                    raise
                demoted = _set_nice(worker.pid, 19)
                kind, payload = await asyncio.wait_for(asyncio.shield(future), timeout=self.time_limit - first)
        except TimeoutError:
            self._retire(worker, future, "its brief passed the time limit")
            raise TimeLimitError(
                f"the brief took longer than the {self.time_limit:g}-second limit and was stopped; "
                "send fewer or shorter articles"
            ) from None
        except asyncio.CancelledError:  # the client went away: free the core now
            self._retire(worker, future, "its request was cancelled")
            raise
        if kind in ("memory", "died"):
            self._retire(worker, future, f"it ran out of memory or died ({kind})")
            if kind == "memory":
                raise MemoryLimitError(
                    f"the brief needed more than the {self.memory_mb:,} MiB a worker may use; "
                    "send fewer or shorter articles"
                )
            raise WorkerDiedError(
                f"the worker process died while briefing ({describe_exit(payload)}), most likely out of the "
                f"{self.memory_mb:,} MiB a worker may use (a C library gives up where Python would raise); "
                "send fewer or shorter articles"
            )
        if demoted and not _set_nice(worker.pid, 0):
            self._retire(worker, future, "it cannot get its CPU priority back")
        else:
            with self._lock:
                self._busy.discard(worker)
            idle.put_nowait(worker)
        if kind == "ok":
            return payload  # type: ignore[no-any-return]
        if kind == "error":
            raise payload
        raise WorkerBugError(f"unexpected error in worker {worker.pid}:\n{payload}")

    def _retire(self, worker: Worker, future: asyncio.Future[Any], why: str) -> None:
        """Kill a worker now (SIGKILL: its CPU and memory are free at once), reap it, start a replacement."""
        logger.warning("stopping worker %d: %s", worker.pid, why)
        if worker.process.is_alive():
            _set_nice(worker.pid, 0)  # a demoted process tears down slowly on a busy machine
            worker.process.kill()
        with self._lock:
            self._workers.discard(worker)
            self._busy.discard(worker)
        threads = self._threads

        def reap(_done: object = None) -> None:
            if threads is not None:
                with contextlib.suppress(RuntimeError):  # the pool closed meanwhile: close() reaps it
                    threads.submit(worker.close)

        if future.done():
            reap()
        else:  # the thread waiting on the pipe sees it close, then the worker is reaped
            future.add_done_callback(reap)
        if not self._closed:
            self._spawn_later()

    def close(self) -> None:
        """Stop every worker, running or starting (server shutdown): calls still running end with it."""
        with self._lock:
            self._closed = True
            workers = [*self._workers, *self._pending]
            self._workers, self._busy, self._pending = set(), set(), set()
        for worker in workers:
            worker.close(kill=True)
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
            self._threads = None
        self._loop = self._idle = None
