"""``newsbrief brief URL... [FILE...]`` end to end: the console script in a subprocess, the links served by a
real local web server (tests/web_server.py) that counts every request."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from web_server import LocalSite

FAILURES = {
    "/missing.html": "404",
    "/slow.html": "timeout",
    "/report.pdf": "not HTML",
    "/private/story.html": "robots.txt",
    "/huge.html": "too large",
    "/loop/a": "too many redirects",
}


def run(*args: str, cache: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--cache", str(cache)] if cache is not None else ["--no-cache"]
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "brief", *args, "--no-analysis", "--timeout", "3", *extra],
        capture_output=True,
        text=True,
        timeout=180,
    )


def warnings(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("warning: ")]


def test_links_briefed_with_every_failure_named(news_site: LocalSite, tmp_path: Path) -> None:
    seeds = [news_site.url(p) for p in news_site.paths("/seeds/")]
    bad = [news_site.url(p) for p in FAILURES]
    proc = run(*seeds[:2], *bad, news_site.url("/redirect/1"), "--format", "json", cache=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    sources = doc["sources"]
    # the third source came through the redirect chain to the first seed: the same page, counted once
    assert [s["outlet"] for s in sources][:2] == ["Seed Outlet 1", "Seed Outlet 2"]
    assert all(s["published"] == "2019-02-18" for s in sources[:2])
    assert sources[0]["url"] == seeds[0]
    lines = warnings(proc)
    for path, reason in FAILURES.items():
        assert [line for line in lines if line.startswith(f"warning: {news_site.url(path)}: {reason}")], (path, lines)


def test_nothing_left_is_exit_2(local_site: LocalSite) -> None:
    proc = run(local_site.url("/missing.html"), local_site.url("/report.pdf"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(warnings(proc)) == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last == "EmptyInputError: nothing to brief: none of the 2 links could be read"


def test_a_url_is_not_mangled_into_a_path() -> None:
    proc = run("http://127.0.0.1:9/story.html", "ftp://127.0.0.1/story.txt")  # port 9 (discard): nothing listens
    assert proc.returncode == 2
    assert "warning: http://127.0.0.1:9/story.html: connection failed" in proc.stderr
    assert "warning: ftp://127.0.0.1/story.txt: not allowed (only http and https URLs are fetched" in proc.stderr
    assert "no such file" not in proc.stderr


def test_second_run_makes_no_request_for_unchanged_pages(news_site: LocalSite, tmp_path: Path) -> None:
    urls = [news_site.url(p) for p in news_site.paths("/duc/")[:4]] + [news_site.url("/redirect/1")]
    first = run(*urls, cache=tmp_path)
    assert first.returncode == 0, first.stderr
    assert news_site.total() == 1 + 4 + 4  # robots.txt, four pages, a chain of three redirects and its page
    news_site.reset_counts()
    second = run(*urls, cache=tmp_path)
    assert second.returncode == 0, second.stderr
    assert news_site.total() == 0, news_site.counts()
    assert second.stdout == first.stdout
    news_site.reset_counts()
    assert run(*urls).returncode == 0  # --no-cache: everything asked again
    assert news_site.total() == 9


def test_links_and_files_in_one_brief(news_site: LocalSite, seeds_dir: Path) -> None:
    files = sorted(seeds_dir.glob("*.txt"))
    proc = run(news_site.url(news_site.paths("/seeds/")[0]), str(files[1]), str(files[2]), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    sources = json.loads(proc.stdout)["sources"]
    assert len(sources) == 3
    assert sources[0]["outlet"] == "Seed Outlet 1" and sources[0]["url"].startswith(news_site.base_url)
    assert [s["id"] for s in sources[1:]] == [files[1].stem, files[2].stem]
