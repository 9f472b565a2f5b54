"""Crawl-delay: at most one request to a host every N seconds, as its robots.txt asks.

``Crawl-delay`` is not in RFC 9309, but many sites write it and well-behaved crawlers obey it (protego
reads it). The fetcher's ``per_host`` bounds how many requests to a host are in flight; a crawl delay
bounds how often they may *start*, whatever that bound allows. Each request reserves the next free start
time of its host under a lock, then sleeps until it outside the lock, so threads queue in the order they
asked and the starts are spaced by the delay whatever the threads' timing.
"""

from __future__ import annotations

import threading
import time

__all__ = ["HostPacer"]


class HostPacer:
    """The next free start time of each host (by origin), shared by the fetcher's threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, origin: str, delay: float) -> float:
        """Sleep until a request to ``origin`` may start, ``delay`` seconds after the previous one.

        Returns:
            The seconds slept (0 for a host with no delay, or whose previous request is long past).
        """
        if delay <= 0:
            return 0.0
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(origin, now))
            self._next[origin] = start + delay
        pause = start - now
        if pause > 0:
            time.sleep(pause)
        return pause
