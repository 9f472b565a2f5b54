"""The HTML report in a real browser: Debian's headless Chromium driven by Selenium.

Needs ``/usr/bin/chromium`` and ``/usr/bin/chromedriver`` (``make browser-deps``); skipped with the
reason when either is absent. The driver path is given explicitly, so Selenium Manager never runs
and nothing is downloaded. The seeds test also writes docs/report.png and docs/report-phone.png.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief import Article, Brief, Span, SummarySentence, brief, read_articles
from newsbrief.model import Entity, Quote
from newsbrief.render.html import to_html

DOCS = Path(__file__).resolve().parents[2] / "docs"

pytestmark = pytest.mark.browser

HIGHLIGHTED = """
return Array.from(document.querySelectorAll('.ev.hl')).map(function (el) {
  return {text: el.textContent, ev: el.getAttribute('data-ev'), background: getComputedStyle(el).backgroundColor,
          article: el.closest('article').id};
});
"""


@pytest.fixture(scope="module")
def driver(chromium: Callable[..., object]) -> object:
    return chromium("--disable-extensions", "--hide-scrollbars", logs={"browser": "ALL", "performance": "ALL"})


def open_page(driver, html: str, path: Path, *, width: int = 1440, height: int = 1000) -> str:
    """Write ``html`` to ``path``, open it from file:// at this viewport; drop earlier logs."""
    path.write_text(html, encoding="utf-8")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    # Instant scrolling, so that a screenshot shows where a click scrolled to.
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {
            "features": [
                {"name": "prefers-reduced-motion", "value": "reduce"},
                {"name": "prefers-color-scheme", "value": "light"},
            ]
        },
    )
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    return path.as_uri()


def console_errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def requests_made(driver, page_url: str) -> list[str]:
    """Every URL the page asked for (Chrome's network log), other than the page itself."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return [u for u in urls if u != page_url] + resources


def click_citation(driver, key: str, n: int) -> None:
    from selenium.webdriver.common.by import By

    pill = driver.find_element(By.CSS_SELECTOR, f'a.cite[data-ev="{key}"][data-src="{n}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", pill)
    pill.click()


def test_seeds_report_citation_highlights_support(driver, seeds_dir: Path, tmp_path: Path) -> None:
    result = brief(read_articles(seeds_dir))
    numbers = {a.id: k for k, a in enumerate(result.sources, start=1)}
    # The first sentence that other sources support, and one of its supporting sources.
    i, sent = next((i, s) for i, s in enumerate(result.summary) if s.support)
    other = sent.support[0]
    n = numbers[other.article_id]
    url = open_page(driver, to_html(result), tmp_path / "report.html")

    click_citation(driver, f"s{i}", n)
    marks = driver.execute_script(HIGHLIGHTED)
    spans = (sent.source, *sent.support)
    assert {m["article"] for m in marks} == {f"src-{numbers[s.article_id]}" for s in spans}
    shown = "".join(m["text"] for m in marks if m["article"] == f"src-{n}")
    assert other.text.strip()[:40] in shown
    for mark in marks:
        assert f"s{i}" in mark["ev"].split()
        assert mark["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), mark
    in_view = driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;",
        driver.execute_script(f"return document.querySelector('#src-{n} .ev.hl')"),
    )
    assert in_view, "the cited sentence was not scrolled into view"
    assert driver.execute_script(f"return document.getElementById('sum-s{i}').classList.contains('active')")

    # Another citation clears the first highlight.
    j = next(j for j in range(len(result.summary)) if j != i)
    click_citation(driver, f"s{j}", numbers[result.summary[j].source.article_id])
    marks = driver.execute_script(HIGHLIGHTED)
    assert marks and all(f"s{j}" in m["ev"].split() for m in marks)

    # Back to the highlighted first click for the README picture, page scrolled to the top.
    click_citation(driver, f"s{i}", n)
    driver.execute_script("window.scrollTo(0, 0)")
    DOCS.mkdir(exist_ok=True)
    driver.save_screenshot(str(DOCS / "report.png"))

    assert console_errors(driver) == []
    assert requests_made(driver, url) == []

    # Phone width: no horizontal scrolling anywhere on the page.
    open_page(driver, to_html(result), tmp_path / "report.html", width=375, height=812)
    widths = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"
    )
    assert widths[2] == 375
    assert max(widths[:2]) <= widths[2], widths
    wide = driver.execute_script(
        "return Array.from(document.querySelectorAll('body *')).filter(function (el) {"
        "  var r = el.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 0.5;"
        "}).map(function (el) { return el.tagName + '.' + el.className; }).slice(0, 5);"
    )
    assert wide == []
    driver.save_screenshot(str(DOCS / "report-phone.png"))
    click_citation(driver, f"s{i}", n)
    assert driver.execute_script(f"return document.querySelectorAll('#src-{n} .ev.hl').length") > 0
    assert console_errors(driver) == []


SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'


def test_hostile_article_does_not_run(driver, tmp_path: Path) -> None:
    text = f"The council met on Monday. {SCRIPT} {IMG} was in the text. The mayor resigned."
    art = Article(
        id="evil",
        text=text,
        title=f"Title {SCRIPT}{IMG}",
        outlet=f"Outlet {IMG}",
        url="javascript:window.__pwned=1",
    )
    other = Article(id="b", text=f"The mayor resigned on Monday. {IMG}", url='https://example.org/"><img src=x>')
    start = text.index(SCRIPT)
    cited = Span(art.id, start, text.index(" was in"), text[start : text.index(" was in")])
    support = Span(other.id, 0, len(other.text), other.text)
    hostile = Brief(
        summary=(SummarySentence(cited.text, cited, (support,)),),
        sources=(art, other),
        words=50,
        warnings=(f"warning {SCRIPT}",),
        entities=(Entity(f"Name {SCRIPT}", "PERSON", (IMG,), ((art.id, IMG),), ((art.id, 1),)),),
        quotes=(Quote(f"quote {IMG}", f"speaker {SCRIPT}", "said", art.id, start, start + 10),),
    )
    url = open_page(driver, to_html(hostile), tmp_path / "hostile.html")

    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.title == f"Title {SCRIPT}{IMG}"
    body = driver.execute_script("return document.body.innerText")
    for literal in (SCRIPT, IMG, "Outlet " + IMG, "warning " + SCRIPT, "Name " + SCRIPT, "speaker " + SCRIPT):
        assert literal in body, literal
    # The javascript: URL is shown as text, never as a link.
    assert "javascript:window.__pwned=1" in body
    assert driver.execute_script("return document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert driver.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert driver.execute_script("return document.scripts.length") == 1

    click_citation(driver, "s0", 1)
    marks = driver.execute_script(HIGHLIGHTED)
    assert SCRIPT in "".join(m["text"] for m in marks if m["article"] == "src-1")
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert console_errors(driver) == []
    assert requests_made(driver, url) == []


@pytest.mark.parametrize("width", [1440, 390])
def test_seeds_report_has_no_axe_violations(driver, seeds_dir: Path, tmp_path: Path, axe: str, width: int) -> None:
    """axe-core 4 on the report, wide (the sources scroll beside the brief) and on a phone."""
    from a11y import assert_accessible

    open_page(driver, to_html(brief(read_articles(seeds_dir))), tmp_path / "report.html", width=width)
    assert_accessible(driver, axe)
