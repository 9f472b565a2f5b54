"""The digest of ``newsbrief follow`` in headless Chromium: marks visible, no request, no script from a feed.

The digest is made by two real runs against the local web site (the second after the feed gained items), with
a headline carrying a ``<script>`` and an ``onerror`` handler planted in the feed. Writes docs/follow.png and
docs/follow-story.png, the README's pictures.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from a11y import assert_accessible
from feeds_fixtures import rss2
from newsbrief.config import BriefConfig
from newsbrief.follow.run import FollowConfig, run_follow
from newsbrief.web import FetchPolicy

pytestmark = pytest.mark.browser

DOCS = Path(__file__).resolve().parents[2] / "docs"
SEEDS = ["/seeds/000_3e134ba34f4c5db5.html", "/seeds/002_c98886b67c823cbf.html", "/seeds/004_25aa4e8d08e7d63a.html"]
POL_POT = ["/duc/XIE19980416.0088.html", "/duc/XIE19980416.0090.html", "/duc/XIE19980416.0091.html"]
HOSTILE = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">Pol Pot is dead'
HEADLINES = {
    SEEDS[0]: "Seven MPs quit Labour to form the Independent Group",
    SEEDS[1]: "Labour split: seven MPs resign over Brexit and antisemitism",
    SEEDS[2]: "Pro-EU Labour MPs leave the party and call on others to join them",
    POL_POT[0]: HOSTILE,
    POL_POT[1]: "Former Cambodian Khmer Rouge leader dies",
    POL_POT[2]: "Thai military confirms death of Pol Pot",
}


def feed_items(site, paths: list[str]) -> list[dict]:
    return [
        {
            "link": site.url(p),
            "title": HEADLINES[p],
            "published": "2019-02-18T08:00:00" if p.startswith("/duc/") else "2019-02-18T09:00:00",
        }
        for p in paths
    ]


@pytest.fixture
def digest(news_site, tmp_path: Path) -> Path:
    site, out = news_site, tmp_path / "digest"
    config = FollowConfig(brief=BriefConfig(words=120, analysis=True), fetch=FetchPolicy(timeout=5))
    feed = site.add_page("/feeds/world.xml", rss2("World", feed_items(site, SEEDS[:2] + POL_POT[:2])))
    run_follow([feed], out, config=config)
    site.add_page("/feeds/world.xml", rss2("World", feed_items(site, SEEDS + POL_POT)))
    run_follow([feed], out, config=config)
    return out


@pytest.fixture(scope="module")
def driver(chromium: Callable[..., object]) -> object:
    return chromium("--hide-scrollbars", logs={"browser": "ALL", "performance": "ALL"})


def open_file(driver, path: Path, width: int = 1200, height: int = 900) -> None:
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]}
    )
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"


def requests_made(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls + driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")


def test_digest_in_chromium(driver, digest: Path, axe) -> None:
    from selenium.webdriver.common.by import By

    index = digest / "index.html"
    open_file(driver, index)
    marks = [m for m in driver.find_elements(By.CSS_SELECTOR, ".new") if m.is_displayed()]
    assert sorted(m.text for m in marks) == ["UPDATED", "UPDATED"]  # both stories gained a report in run 2
    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "li.story h2")]
    assert any(HOSTILE in h for h in headings), headings  # the planted markup is shown as text
    assert driver.execute_script("return window.__pwned === undefined")
    assert not driver.find_elements(By.CSS_SELECTOR, "main script, main img")
    assert all(u.startswith("file://") for u in requests_made(driver)), requests_made(driver)
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    assert_accessible(driver, axe)  # 0 axe-core violations
    DOCS.mkdir(exist_ok=True)
    driver.save_screenshot(str(DOCS / "follow.png"))

    # the seed story's page: the one report that arrived in run 2 is marked, and so are the sentences it brought
    link = next(a for a in driver.find_elements(By.CSS_SELECTOR, "li.story h2 a") if "Independent Group" in a.text)
    story = digest / link.get_attribute("href").split("digest/", 1)[1]
    open_file(driver, story)
    new_sources = driver.find_elements(By.CSS_SELECTOR, "ol.sources li.is-new")
    assert [li.find_element(By.CSS_SELECTOR, ".new").is_displayed() for li in new_sources] == [True]
    assert "Pro-EU Labour MPs" in new_sources[0].text
    old_sources = driver.find_elements(By.CSS_SELECTOR, "ol.sources li:not(.is-new)")
    assert len(old_sources) == 2
    assert all(u.startswith("file://") for u in requests_made(driver))
    driver.save_screenshot(str(DOCS / "follow-story.png"))
    assert driver.execute_script("return window.__pwned === undefined")
    assert_accessible(driver, axe)
