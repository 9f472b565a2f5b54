"""Shared fixtures: where the real data lives, the seed reports, and literal articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from installed import require_spacy_model
from newsbrief import Article
from web_server import LocalSite, build_news_site

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEEDS = DATA / "seeds"


def require(path: Path) -> Path:
    """Skip the test with a clear reason when a data file of ../shared/data is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the shared data set (../shared/data beside the repo)")
    return path


@pytest.fixture
def spacy_model() -> None:
    """The analysis tests' guard: see :func:`require_spacy_model`."""
    require_spacy_model()


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    """The standard test web site (tests/web_server.py) on 127.0.0.1, a fresh request count per test.

    Its data pages (seeds, DUC, Multi-News) are there only where ../shared/data is (``site.has_data``);
    use ``news_site`` to skip without them."""
    with build_news_site(LocalSite()) as site:
        yield site


@pytest.fixture
def news_site(local_site: LocalSite) -> LocalSite:
    """``local_site``, skipping the test where ../shared/data is absent (its article pages are built from it)."""
    require(SEEDS)
    return local_site


@pytest.fixture
def seeds_dir() -> Path:
    return require(SEEDS)


@pytest.fixture
def data_dir() -> Path:
    return require(DATA)


@pytest.fixture
def story() -> list[Article]:
    """Three short literal reports of one invented story (no data needed)."""
    return [
        Article(
            id="a",
            text=(
                "The city council of Riverton voted on Tuesday to close the old bridge over the Wren river."
                "\n\n"
                "Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports."
                "\n\n"
                "The closure will last at least six months while engineers design a replacement.\n\n"
                "Local shop owners warned that the detour would cost them customers."
            ),
            title="Riverton closes old bridge",
        ),
        Article(
            id="b",
            text=(
                "Riverton's council has voted to close the old Wren river bridge, citing flood damage.\n\n"
                "The vote on Tuesday was seven to two.\n\n"
                "Mayor Ana Ruiz said the spring floods had left the bridge unsafe for traffic.\n\n"
                "A replacement bridge could cost 40 million dollars, according to the city engineer."
            ),
        ),
        Article(
            id="c",
            text=(
                "Drivers in Riverton face long detours after the council closed the old bridge on Tuesday."
                "\n\n"
                "The closure is expected to last at least six months.\n\n"
                "Shop owners near the bridge fear losing customers during the detour."
            ),
        ),
    ]


CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
#: What headless Chromium needs here: root (no sandbox), no GPU, and no background connections, which
#: this machine's closed network refuses many at a time.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., object]]:
    """Start Debian's headless Chromium under Selenium: ``chromium(*extra_flags, logs={...})``.

    The driver path is passed explicitly, so Selenium Manager never downloads anything; each browser
    gets a fresh profile and is quit when the module's tests are done. Skips when Chromium is absent.
    """
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            pytest.skip(f"{path} is absent: install Debian's chromium and chromium-driver (make browser-deps)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browsers = []

    def launch(*extra_flags: str, logs: dict[str, str] | None = None) -> object:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        profile = tmp_path_factory.mktemp("chromium-profile")
        for flag in (*CHROMIUM_FLAGS, *extra_flags, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", logs or {"browser": "ALL"})
        browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        browsers.append(browser)
        return browser

    yield launch
    for browser in browsers:
        browser.quit()


@pytest.fixture(scope="session")
def axe() -> str:
    """The axe-core script for :func:`a11y.assert_accessible` (installed from npm once; skips without npm)."""
    from a11y import axe_script

    return axe_script()
