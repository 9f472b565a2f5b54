"""Every knob of ``newsbrief follow`` in one frozen object (the command line reads its defaults here).

Apart from :mod:`newsbrief.follow.run` so that the command line can show these defaults without loading the
feed reader and the HTTP stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.stories.pipeline import StoryConfig
from newsbrief.web.policy import FetchPolicy

__all__ = ["FollowConfig"]


@dataclass(frozen=True, slots=True)
class FollowConfig:
    """Every knob of ``newsbrief follow`` (CLI flags map onto it).

    ``days``: the index lists the stories updated in the last ``days`` days. ``max_attempts``: a page that
    failed for a passing reason (a timeout, a 5xx: :func:`~newsbrief.follow.web.transient`) is tried again on
    later runs, this many times in all. ``fetch``: timeouts, caps, concurrency in all and per host.
    ``briefs``: off, a run stops after step 3 (the grouping benchmark measures only that). ``fresh``: forget
    the store and the digest of earlier runs and start over (needed after changing the story settings).
    """

    brief: BriefConfig = field(default_factory=lambda: BriefConfig(words=150))
    stories: StoryConfig = field(default_factory=StoryConfig)
    fetch: FetchPolicy = field(default_factory=lambda: FetchPolicy(per_host=4, concurrency=16))
    min_articles: int = 2
    days: float = 7.0
    workers: int = 1
    max_attempts: int = 3
    briefs: bool = True
    fresh: bool = False

    def __post_init__(self) -> None:
        if self.min_articles < 1 or self.workers < 1 or self.max_attempts < 1:
            raise ConfigError("min_articles, workers and max_attempts must be at least 1")
        if self.days <= 0:
            raise ConfigError(f"days must be positive, got {self.days}")
