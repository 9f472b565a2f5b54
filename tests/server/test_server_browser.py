"""Headless Chromium on a real ``newsbrief serve``: paste, brief, click a citation, screenshot; XSS stays inert.

Needs Debian's /usr/bin/chromium and /usr/bin/chromedriver (``apt-get install chromium chromium-driver``);
the driver path is given explicitly so that Selenium Manager never downloads anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from benchmark_scripts import load_benchmark

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "docs" / "server.png"
WAIT = 180  # seconds: a safety limit for waits, never asserted as a timing

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)",
    ),
]

PAYLOAD = (
    "<script>window.parent.document.title='pwned';document.title='pwned'</script>"
    "<img src=x onerror=\"document.title='pwned'\">"
)


def _bench() -> ModuleType:
    return load_benchmark("server_load")


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with _bench().running_server() as (url, _proc):
        yield url


@pytest.fixture(scope="module")
def driver(chromium: Callable[..., object]) -> object:
    return chromium("--disable-dev-shm-usage", "--window-size=1280,1500")


def _fill(driver, texts: list[str], titles: list[str] | None = None) -> None:
    from selenium.webdriver.common.by import By

    while len(driver.find_elements(By.CSS_SELECTOR, "#articles textarea")) < len(texts):
        driver.find_element(By.ID, "add-article").click()
    areas = driver.find_elements(By.CSS_SELECTOR, "#articles textarea")
    for area, text in zip(areas, texts, strict=False):
        # A paste: the whole text at once (send_keys would type 20 kB key by key).
        driver.execute_script("arguments[0].value = arguments[1];", area, text)
    if titles:
        cards = driver.find_elements(By.CSS_SELECTOR, "#articles .article")
        for card, title in zip(cards, titles, strict=False):
            card.find_element(By.TAG_NAME, "summary").click()
            card.find_element(By.NAME, "title").send_keys(title)


def _brief_and_enter_report(driver) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "report").get_attribute("srcdoc"))
    WebDriverWait(driver, WAIT).until(ec.frame_to_be_available_and_switch_to_it((By.ID, "report")))
    WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#summary a.cite[data-ev]"))


def _csp_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]


def test_paste_the_seeds_brief_click_a_citation_and_screenshot(driver, server_url: str, seeds_dir: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    driver.get(server_url + "/")
    driver.get_log("browser")  # start from an empty console
    _fill(driver, texts)
    driver.find_element(By.CSS_SELECTOR, "#words option[value='150']").click()
    _brief_and_enter_report(driver)
    sentences = driver.find_elements(By.CSS_SELECTOR, "#summary li, #summary p")
    assert sentences, "the brief shows no summary"
    pill = driver.find_element(By.CSS_SELECTOR, "#summary a.cite[data-ev]")
    key = pill.get_attribute("data-ev")
    pill.click()
    # The report's own script ran in the sandbox: the cited evidence is highlighted.
    WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, f'.ev.hl[data-ev~="{key}"]'))
    assert pill.get_attribute("aria-current") == "true"
    driver.switch_to.default_content()
    assert not _csp_errors(driver), _csp_errors(driver)
    driver.execute_script("document.getElementById('result').scrollIntoView({block: 'start'});")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))


def test_script_payload_does_not_run(driver, server_url: str, story) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    texts = [a.text for a in story]
    texts[0] = texts[0].replace("Mayor Ana Ruiz said", f"Mayor Ana Ruiz {PAYLOAD} said")
    driver.get(server_url + "/")
    _fill(driver, texts, titles=[PAYLOAD, "ok", "ok"])
    _brief_and_enter_report(driver)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>window.parent.document.title='pwned'" in body  # shown as text, not run
    assert driver.execute_script("return document.title") != "pwned"
    assert not driver.find_elements(By.CSS_SELECTOR, "img")
    driver.switch_to.default_content()
    assert driver.title == "newsbrief"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    # The page itself shows the report only in an opaque-origin sandbox.
    frame = driver.find_element(By.ID, "report")
    assert frame.get_attribute("sandbox") == "allow-scripts"


def test_bad_input_gets_a_clear_message(driver, server_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(server_url + "/")
    _fill(driver, ["Only one report of the story was pasted here, which is not enough."])
    driver.find_element(By.ID, "submit").click()
    box = WebDriverWait(driver, WAIT).until(
        lambda d: d.find_element(By.ID, "error") if d.find_element(By.ID, "error").is_displayed() else None
    )
    assert "at least two reports" in box.text
    _fill(driver, ["   ", "<html><body><div></div></body></html>"])  # HTML without any article text
    driver.execute_script("arguments[0].value = 'x'", driver.find_elements(By.CSS_SELECTOR, "#articles textarea")[0])
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, WAIT).until(
        lambda d: (
            "Please check the input" in d.find_element(By.ID, "error").text
            and "at least two" not in d.find_element(By.ID, "error").text
        )
    )


def test_stories_mode_upload_progress_index_and_brief(
    driver, server_url: str, seeds_dir: Path, story, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in sorted(seeds_dir.glob("*.txt"))]
    lines += [json.dumps({"id": a.id, "text": a.text, "title": a.title}) for a in story]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    driver.get(server_url + "/")
    driver.find_element(By.ID, "tab-stories").click()
    assert driver.find_element(By.ID, "stories-mode").is_displayed()
    driver.find_element(By.ID, "feed").send_keys(str(feed))
    driver.find_element(By.ID, "start").click()
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "phase").text.startswith("Done"))
    assert driver.find_element(By.ID, "progress").get_attribute("value") == "1"
    assert "bad lines" in driver.find_element(By.ID, "counts").text
    button = WebDriverWait(driver, WAIT).until(
        lambda d: next(iter(d.find_elements(By.CSS_SELECTOR, "#story-list button")), None)
    )
    button.click()
    WebDriverWait(driver, WAIT).until(ec.frame_to_be_available_and_switch_to_it((By.ID, "story-report")))
    WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#summary a.cite"))
    driver.switch_to.default_content()


def test_the_page_has_no_axe_violations(driver, server_url: str, story, axe: str) -> None:
    """axe-core 4 on the page as it opens, on the stories tab, with a brief shown, and inside the brief's frame."""
    from selenium.webdriver.common.by import By

    from a11y import assert_accessible

    driver.get(server_url + "/")
    assert_accessible(driver, axe)
    driver.find_element(By.ID, "tab-stories").click()
    assert_accessible(driver, axe)
    driver.find_element(By.ID, "tab-brief").click()
    _fill(driver, [a.text for a in story])
    _brief_and_enter_report(driver)
    assert_accessible(driver, axe)  # the report in its sandboxed frame
    driver.switch_to.default_content()
    assert_accessible(driver, axe)
