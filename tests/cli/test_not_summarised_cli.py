"""The console entry point lists a source it does not summarise, with its reason, in each format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pages_fixtures import ERROR_PAGE, REPORTS


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for art in REPORTS:
        (folder / f"{art.id}.txt").write_text(f"{art.title}\n\n{art.text}\n", encoding="utf-8")
    (folder / "zz-error.txt").write_text(ERROR_PAGE.text + "\n", encoding="utf-8")
    return folder


def _brief(folder: Path, fmt: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "brief", str(folder), "--words", "80", "--no-analysis", "--format", fmt],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_page_that_is_not_an_article_is_listed_with_its_reason(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    md = _brief(folder, "md")
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Brief of 3 reports")
    section = md.stdout.split("## Sources not summarised", 1)[1]
    assert "zz-error" in section and "a page that is not an article" in section
    assert "zz-error" in md.stderr and "not summarised" in md.stderr  # the warning line on stderr too
    doc = json.loads(_brief(folder, "json").stdout)
    assert [(n["id"], n["reason"]) for n in doc["not_summarised"]] == [("zz-error", "not-article")]
    assert len(doc["sources"]) == 3
