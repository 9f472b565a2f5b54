"""The stories index and a story's report in headless Chromium, checked with axe-core 4 (0 violations)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_stories_index_and_story_page_have_no_axe_violations(
    chromium: Callable[..., object], seeds_dir: Path, tmp_path: Path, axe: str
) -> None:
    from a11y import assert_accessible

    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief", "stories", str(seeds_dir), "--out", str(out), "--no-analysis"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    driver = chromium("--window-size=1280,1000")
    driver.get((out / "index.html").as_uri())
    assert_accessible(driver, axe)
    stories = sorted((out / "stories").glob("*.html"))
    assert stories
    driver.get(stories[0].as_uri())
    assert_accessible(driver, axe)
