"""Accessibility checks in the browser tests: axe-core 4 (from npm) injected into headless Chromium.

Reusable by any browser test (the HTML report, the server page, the stories index, the digest pages)::

    from a11y import assert_accessible            # tests/ is on pytest's pythonpath

    def test_page_is_accessible(driver, axe):     # ``axe``: the conftest fixture (skips without npm)
        driver.get(url)
        assert_accessible(driver, axe)            # fails listing each violation: rule, impact, elements

axe-core is installed once, by ``make axe-deps`` or, failing that, by the first test that needs it:
``npm install --prefix .venv/axe axe-core@4`` (``NEWSBRIEF_AXE_DIR`` names another folder). Tests skip with
the reason where npm is absent. The script is injected through WebDriver, so the page's own Content
Security Policy (the server's forbids inline scripts) does not block it, and the page makes no request.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
AXE_VERSION = "4"


def axe_dir() -> Path:
    return Path(os.environ.get("NEWSBRIEF_AXE_DIR", REPO / ".venv" / "axe"))


def axe_script() -> str:
    """The source of axe.min.js, installing axe-core from npm once where it is missing (skips without npm)."""
    folder = axe_dir()
    script = folder / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is absent: the accessibility checks need axe-core from npm (apt-get install npm)")
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / ".lock").open("w") as lock:  # two xdist workers: one installs, the other waits
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not script.exists():
                proc = subprocess.run(
                    [npm, "install", "--no-audit", "--no-fund", "--prefix", str(folder), f"axe-core@{AXE_VERSION}"],
                    capture_output=True,
                    text=True,
                    timeout=300,
                )
                if proc.returncode != 0 or not script.exists():
                    pytest.skip(f"npm could not install axe-core@{AXE_VERSION}: {proc.stderr.strip()[-300:]}")
    return script.read_text(encoding="utf-8")


_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {iframes: false, resultTypes: ['violations']})
  .then(r => done({version: axe.version, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}))
  .catch(e => done({error: String(e)}));
"""


def axe_violations(driver, script: str) -> list[dict]:
    """Every axe violation of the page open in ``driver`` (its frames are checked where they are opened)."""
    driver.execute_script(script)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(_RUN)
    assert "error" not in result, result
    assert result["version"].startswith(AXE_VERSION + ".")
    return result["violations"]


def describe(violations: list[dict]) -> str:
    return "; ".join(f"{v['impact']} {v['id']} ({v['help']}) at {', '.join(v['nodes'])}" for v in violations)


def assert_accessible(driver, script: str) -> None:
    """Fail with every violation listed where axe finds any on the open page."""
    violations = axe_violations(driver, script)
    assert not violations, f"axe-core: {len(violations)} violation(s): {describe(violations)}"
