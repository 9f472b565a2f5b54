"""``newsbrief follow`` end to end against the local web site (tests/web_server.py: a real server on 127.0.0.1).

Feeds are built from the site's pages (the seed reports and DUC 2004 task 5 newswire with their wire dates)
and served beside them; every request is counted at the server, so "fetches nothing twice" is measured, not
assumed. Runs go through the real fetcher, trafilatura, the corpus-mode story stream and the briefer.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feeds_fixtures import atom, json_feed, opml, rss2
from newsbrief.config import BriefConfig
from newsbrief.follow.run import FollowConfig, run_follow
from newsbrief.follow.store import STORE_NAME
from newsbrief.web import FetchPolicy

REPO = Path(__file__).resolve().parents[2]
SEEDS = ["/seeds/000_3e134ba34f4c5db5.html", "/seeds/002_c98886b67c823cbf.html", "/seeds/004_25aa4e8d08e7d63a.html"]
# three Xinhua reports of Pol Pot's death, 16 April 1998 (DUC 2004 task 5, set d190a)
POL_POT = ["/duc/XIE19980416.0088.html", "/duc/XIE19980416.0090.html", "/duc/XIE19980416.0091.html"]
CONFIG = FollowConfig(
    brief=BriefConfig(words=80, analysis=False), fetch=FetchPolicy(timeout=5, per_host=4, concurrency=8)
)


def items(site, paths: list[str], titles: dict[str, str] | None = None) -> list[dict]:
    """Feed items for site pages: the link, the date of the story, a headline where given (else the page's)."""
    out = []
    for path in paths:
        # one date for all: a feed lists today's news (a 1998 date after a 2019 one would be a closed story)
        date = "2019-02-18T08:00:00" if path.startswith("/duc/") else "2019-02-18T09:00:00"
        title = (titles or {}).get(path)
        out.append({"link": site.url(path), "title": title, "published": date})
    return out


def store_rows(out: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(out / STORE_NAME)
    try:
        return list(db.execute(sql))
    finally:
        db.close()


def story_of(out: Path) -> dict[str, str]:
    return {article: f"s{story:06d}" for article, story in store_rows(out, "SELECT article, story FROM members")}


def follow_cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """``newsbrief follow ARGS...`` through the real console entry point, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "follow", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_follow_twice_adds_to_stories_marks_new_and_refetches_nothing(news_site, tmp_path: Path) -> None:
    site, out = news_site, tmp_path / "digest"
    feed = site.add_page("/feeds/world.xml", rss2("World", items(site, SEEDS[:2] + POL_POT[:2])))
    first = run_follow([feed], out, config=CONFIG)
    assert (first.run, first.items_new, first.pages_fetched, first.stories_new) == (1, 4, 4, 2)
    stories = story_of(out)
    seed_story = stories[site.url(SEEDS[0])]
    assert stories[site.url(SEEDS[1])] == seed_story
    assert stories[site.url(POL_POT[0])] == stories[site.url(POL_POT[1])] != seed_story
    index = (out / "index.html").read_text()
    assert index.count('<li class="story"') == 2

    # the feed gains a seed report and a third Pol Pot report
    site.add_page("/feeds/world.xml", rss2("World", items(site, SEEDS + POL_POT)))
    second = run_follow([feed], out, config=CONFIG)
    assert (second.run, second.items_new, second.pages_fetched, second.failures) == (2, 2, 2, {})
    assert (second.stories_new, second.stories_updated) == (0, 2)
    stories = story_of(out)
    assert {stories[site.url(p)] for p in SEEDS} == {seed_story}  # added to the existing story
    assert len({stories[site.url(p)] for p in POL_POT}) == 1
    for path in SEEDS + POL_POT:
        assert site.count(path) == 1, path  # every page fetched once over both runs
    assert site.count("/feeds/world.xml") == 2

    page = (out / "stories" / f"{seed_story}.html").read_text()
    new_sources = [line for line in page.split("<li") if "class=is-new" in line and 'id="src-' in line]
    assert len(new_sources) == 1 and "004_25aa4e8d08e7d63a" in new_sources[0]  # the one report that arrived
    assert "UPDATED" in (out / "index.html").read_text()

    # a third run with nothing new: a conditional GET answered 304, no page, no change, no mark left
    third = run_follow([feed], out, config=CONFIG)
    assert (third.items_new, third.pages_fetched, third.stories_new, third.stories_updated) == (0, 0, 0, 0)
    assert site.count("/feeds/world.xml") == 3
    assert sum(site.count(p) for p in SEEDS + POL_POT) == 6
    assert "is-new" not in (out / "stories" / f"{seed_story}.html").read_text()
    assert 'class="new"' not in (out / "index.html").read_text()


def test_every_feed_dialect_and_opml_through_the_cli(news_site, tmp_path: Path) -> None:
    site, out = news_site, tmp_path / "digest"
    site.add_page("/feeds/a.xml", rss2("A", items(site, SEEDS[:1])), content_type="application/rss+xml")
    site.add_page("/feeds/b.atom", atom("B", items(site, SEEDS[1:2])), content_type="application/atom+xml")
    site.add_page("/feeds/c.json", json_feed("C", items(site, SEEDS[2:])), content_type="application/feed+json")
    listing = tmp_path / "feeds.opml"
    listing.write_text(opml([site.url("/feeds/a.xml"), site.url("/feeds/b.atom")]))
    done = follow_cli(str(listing), site.url("/feeds/c.json"), "--out", str(out), "--words", "80", "--no-analysis")
    assert done.returncode == 0, done.stderr
    assert "run 1: 3/3 feeds read, 3 items new, 3 pages fetched, 0 failures, " in done.stderr
    assert sorted(story_of(out)) == sorted(site.url(p) for p in SEEDS)  # each read from its feed, in a story
    assert "Traceback" not in done.stderr


def test_failures_are_reported_by_name_and_the_run_goes_on(news_site, tmp_path: Path) -> None:
    site, out = news_site, tmp_path / "digest"
    bad = ["/missing.html", "/private/story.html", "/slow.html", "/report.pdf", "/huge.html", "/loop/a"]
    good = ["/redirect/1", *SEEDS[1:]]
    site.add_page("/feeds/mixed.xml", rss2("Mixed", items(site, bad + good), broken=True))
    done = follow_cli(
        site.url("/feeds/mixed.xml"),
        site.url("/feeds/gone.xml"),
        *("--out", str(out), "--timeout", "1", "--words", "80", "--no-analysis"),
    )
    assert done.returncode == 0, done.stderr
    summary = done.stderr.strip().splitlines()[-2]
    assert summary.startswith("run 1: 1/2 feeds read, 9 items new, 3 pages fetched, 8 failures (")
    for reason in (
        "1 404",
        "1 robots.txt",
        "1 timeout",
        "1 not HTML",
        "1 too large",
        "1 too many redirects",
        "1 malformed entry",
        "1 feed 404",
    ):
        assert reason in summary, reason
    for name in ("missing.html: 404", "private/story.html: robots.txt", "slow.html: timeout", "gone.xml: 404"):
        assert name in done.stderr, name  # each failure also named on its own warning line
    # the good pages were read and put in stories (the redirect chain ends at the first seed report)
    assert sorted(story_of(out)) == sorted(site.url(p) for p in good)
    assert (out / "index.html").is_file()


def test_no_feed_readable_is_exit_2_and_so_is_a_bad_list(news_site, tmp_path: Path) -> None:
    out = tmp_path / "digest"
    done = follow_cli(news_site.url("/feeds/none.xml"), "--out", str(out), timeout=120)
    assert done.returncode == 2 and "0/1 feeds read" in done.stderr  # nothing could be done: the batch rule
    listing = tmp_path / "feeds.txt"
    listing.write_text("http://a.test/feed\nnot a url\n")
    done = follow_cli(str(listing), "--out", str(out), timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == f"InputError: {listing}:2: not an http(s) feed URL: 'not a url'"


def _follow_process(feed: str, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsbrief",
            "follow",
            feed,
            "--out",
            str(out),
            "--words",
            "60",
            "--no-analysis",
            "--per-host",
            "2",
            "--concurrency",
            "2",
            "--quiet",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.parametrize("when", ["fetching", "briefing"])
def test_sigkill_then_rerun_has_every_article_exactly_once(news_site, tmp_path: Path, when: str) -> None:
    """Killed with SIGKILL while fetching (after some pages) or while briefing, a rerun finishes the work:
    every listed article in exactly one story, no committed page fetched again, the digest whole."""
    site, out = news_site, tmp_path / "digest"
    duc = sorted(p for p in site.paths("/duc/"))[:40]
    listed = SEEDS + POL_POT + duc
    # slow pages, so that a kill falls in the middle of fetching
    site.add_route("/slowly/", lambda request: _delayed(site, request), prefix=True)
    links = [f"/slowly{p}" for p in listed]
    feed = site.add_page("/feeds/kill.xml", rss2("Kill", items(site, links)))
    proc = _follow_process(feed, out)
    deadline = time.monotonic() + 240
    while proc.poll() is None and time.monotonic() < deadline:
        if when == "fetching" and sum(site.count(p) for p in links) >= 12:
            break
        if when == "briefing" and (out / "briefs").is_dir() and any((out / "briefs").iterdir()):
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"the run ended before the kill: {proc.stderr.read()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    committed = {url for (url,) in store_rows(out, "SELECT url FROM items WHERE state != 'new'")}
    before = {p: site.count(p) for p in links}

    again = _follow_process(feed, out)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    for path in links:
        if site.url(path) in committed:
            assert site.count(path) == before[path], f"{path} fetched again after its commit"
        assert site.count(path) <= 2, path
    states = store_rows(out, "SELECT state, count(*) FROM items GROUP BY state")
    assert dict(states) == {"clustered": len(links)}
    members = store_rows(out, "SELECT article FROM members")
    assert sorted(a for (a,) in members) == sorted(site.url(p) for p in links)  # each exactly once
    runs = store_rows(out, "SELECT run, finished IS NOT NULL FROM runs")
    assert runs == [(1, 1)]  # the rerun finished the killed run, under its number
    # every story of two or more articles is briefed and paged, and each article is a source of one page only
    stories = store_rows(out, "SELECT id, state, info FROM stories WHERE state != 'skip'")
    assert stories and all(state == "done" for _, state, _ in stories)
    seen: list[str] = []
    for sid, _, info in stories:
        assert (out / "stories" / f"{sid}.html").is_file() and (out / "briefs" / f"{sid}.json").is_file()
        seen.extend(s["id"] for s in json.loads(info)["sources"])
    assert len(seen) == len(set(seen))
    assert not list(out.rglob(".*.tmp"))


def _delayed(site, request):
    from web_server import Response, news_pages

    path = request.path.removeprefix("/slowly")
    body = news_pages()[path].encode()
    return Response(200, body, {"Content-Type": "text/html; charset=utf-8"}, delay=0.15)
