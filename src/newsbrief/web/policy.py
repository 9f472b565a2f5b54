"""How the fetcher behaves: every knob of :class:`~newsbrief.web.fetch.Fetcher` in one frozen object.

Apart from the fetcher itself (and httpx) so that the command line and ``FollowConfig`` can read these
defaults without loading the HTTP stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief._version import __version__
from newsbrief.errors import ConfigError
from newsbrief.ingest.decode import DEFAULT_MAX_BYTES

__all__ = ["USER_AGENT", "FetchPolicy"]

#: Who we are to a site operator: the product token robots.txt rules name ("User-agent: newsbrief") and the
#: version (RFC 9309 2.2.1). No "+URL" part: the project has no public home page to point to, and a made-up
#: one would send an operator nowhere.
USER_AGENT = f"newsbrief/{__version__}"


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How pages are fetched: every knob of the fetcher in one frozen object.

    Attributes:
        timeout: seconds for one attempt, redirects and body included.
        max_bytes: refuse a body larger than this ("too large").
        max_redirects: redirects followed before "too many redirects".
        user_agent: sent with every request; names newsbrief and its version.
        retries: further attempts after a timeout, failed connection, 5xx or 429.
        backoff: seconds before the first retry, doubled for each next one.
        respect_robots: obey the host's robots.txt ("robots.txt" when it disallows the page).
        public_only: the server's SSRF rule: refuse any URL whose host has a non-public address.
        per_host: requests in flight to one host at most (politeness).
        max_crawl_delay: a robots.txt ``Crawl-delay`` is honoured (one request to the host every that many
            seconds, whatever ``per_host`` allows) up to this many seconds; a longer one is held to it, with
            a warning, so that one site cannot stall a run.
        concurrency: requests in flight in all at most (``fetch_many`` threads and pooled connections).
    """

    timeout: float = 10.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    retries: int = 1
    backoff: float = 0.5
    respect_robots: bool = True
    public_only: bool = False
    per_host: int = 2
    concurrency: int = 8
    max_crawl_delay: float = 30.0

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise ConfigError(f"fetch timeout must be positive, got {self.timeout}")
        if self.max_bytes < 1 or self.max_redirects < 0 or self.retries < 0 or self.backoff < 0:
            raise ConfigError("max_bytes must be positive; max_redirects, retries and backoff at least 0")
        if self.max_crawl_delay < 0:
            raise ConfigError(f"max_crawl_delay must be at least 0, got {self.max_crawl_delay}")
        if self.per_host < 1 or self.concurrency < 1:
            raise ConfigError(f"per_host and concurrency must be at least 1, got {self.per_host}, {self.concurrency}")
