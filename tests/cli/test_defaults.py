"""One source of defaults: every face (the command line, the server) shows the defaults of the config objects
(``BriefConfig``, ``StoriesRunConfig``, ``FollowConfig``), never a copy of its own."""

from __future__ import annotations

import typer.main

from newsbrief.cli import _register, app
from newsbrief.config import BriefConfig
from newsbrief.follow.config import FollowConfig
from newsbrief.server.jobs import StoriesOptions
from newsbrief.stories.run import StoriesRunConfig
from newsbrief.web.cache import DEFAULT_MAX_MB
from newsbrief.web.policy import FetchPolicy


def _defaults(command: str) -> dict[str, object]:
    _register()
    group = typer.main.get_command(app)
    return {p.name: p.default for p in group.commands[command].params}  # type: ignore[attr-defined]


def test_stories_command_shows_the_run_configs_defaults() -> None:
    shown, run = _defaults("stories"), StoriesRunConfig()
    assert run.brief == BriefConfig()
    assert shown["words"] == run.brief.words == BriefConfig().words
    assert shown["no_analysis"] is (not run.brief.analysis)
    assert shown["min_articles"] == run.min_articles and shown["workers"] == run.workers
    assert shown["window_days"] == run.stories.cluster.window_days
    assert shown["threshold"] == run.stories.cluster.threshold


def test_a_server_stories_job_has_the_command_lines_defaults() -> None:
    options, run = StoriesOptions(), StoriesRunConfig()
    assert (options.words, options.min_articles, options.analysis) == (
        run.brief.words,
        run.min_articles,
        run.brief.analysis,
    )
    assert options.run_config() == run  # the job runs exactly what `newsbrief stories` runs by default


def test_follow_command_shows_the_follow_configs_defaults() -> None:
    shown, follow = _defaults("follow"), FollowConfig()
    assert shown["words"] == follow.brief.words and shown["days"] == follow.days
    assert shown["per_host"] == follow.fetch.per_host and shown["concurrency"] == follow.fetch.concurrency
    assert shown["timeout"] == follow.fetch.timeout and shown["min_articles"] == follow.min_articles
    assert shown["window_days"] == follow.stories.cluster.window_days


def test_brief_command_shows_the_brief_configs_defaults() -> None:
    shown, config = _defaults("brief"), BriefConfig()
    assert shown["words"] == config.words and shown["cache_max_mb"] == DEFAULT_MAX_MB
    assert shown["timeout"] == FetchPolicy().timeout and shown["max_bytes"] == FetchPolicy().max_bytes
