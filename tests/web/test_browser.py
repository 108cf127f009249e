"""The app in a real browser: search, open an article, read its highlights, map and timeline.

Runs headless Debian chromium through selenium against a live loopback server over a
demo database; screenshots go to ``test-artifacts/``. Skipped, with the reason, only
when chromium or chromedriver is not installed (``make browser`` installs both).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.store.base import Store
from eventwire.web.app import create_app
from tests.web.browser import chromium, console_errors, find_browser, live_server
from tests.web.sample_docs import idlib, lampedusa

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def browser_paths() -> tuple[str, str]:
    paths = find_browser()
    if paths is None:
        pytest.skip("chromium and chromedriver are not installed: run `make browser` "
                    "(apt-get install chromium chromium-driver)")
    return paths


@pytest.fixture
def site(demo_store: Store, browser_paths: tuple[str, str]) -> Iterator[tuple[Any, str]]:
    with live_server(create_app(demo_store)) as base, chromium(*browser_paths) as driver:
        yield driver, base


def shot(driver: Any, name: str) -> Path:
    """Save a screenshot, after checking the page logged no error (CSP, script, asset)."""
    assert console_errors(driver) == []
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"web-{name}.png"
    driver.save_screenshot(str(path))
    return path


def test_browser_search_then_read_highlighted_article(site: tuple[Any, str]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver, base = site
    driver.get(base + "/articles")
    box = driver.find_element(By.NAME, "q")
    box.send_keys("Idlib")
    box.submit()
    results = driver.find_elements(By.CSS_SELECTOR, ".result a.title")
    assert [r.text for r in results] == ["Families flee shelling in Idlib"]
    shot(driver, "search")
    results[0].click()
    assert driver.title.startswith("Families flee shelling in Idlib")
    for kind in ("entity", "place", "time", "quantity", "quote", "event"):
        assert driver.find_elements(By.CSS_SELECTOR, f"#text mark.hl-{kind}"), kind
    azaz = driver.find_element(By.CSS_SELECTOR, '#text mark[data-ref="p3"]')
    ActionChains(driver).move_to_element(azaz).perform()
    detail = driver.find_element(By.ID, "detail-fields").text
    assert "36.586" in detail and "37.046" in detail and "Aleppo" in detail
    driver.find_element(By.CSS_SELECTOR, '.events li[data-ref="v2"]').click()
    detail = driver.find_element(By.ID, "detail-fields").text
    assert "flee" in detail and "Layla Haddad" in detail and "claimed" in detail
    assert "active" in driver.find_element(
        By.CSS_SELECTOR, '#text mark[data-ref="v2"]').get_attribute("class")
    related = {m.get_attribute("data-ref")
               for m in driver.find_elements(By.CSS_SELECTOR, "#text mark.related")}
    assert related == {"p2", "p3", "t2", "q2"}  # the event's origin, destination, time, count
    quote = driver.find_element(By.CSS_SELECTOR, "#text mark.hl-quote")
    quote.click()
    assert "Omar Nasser" in driver.find_element(By.ID, "detail-fields").text
    speaker = driver.find_element(By.CSS_SELECTOR, '#text mark[data-ref="e3"]')
    assert "related" in speaker.get_attribute("class")
    shot(driver, "article")


def test_browser_hostile_article_runs_no_script(site: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By

    driver, base = site
    doc = lampedusa()
    driver.get(f"{base}/articles/{doc.id}")
    assert driver.execute_script("return window.__xss === undefined")
    assert not driver.find_elements(By.CSS_SELECTOR, "#text img, #text script, h1 script")
    assert "<script>window.__xss=1</script>" in driver.find_element(By.ID, "text").text
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith("<script>")
    for mark in driver.find_elements(By.CSS_SELECTOR, "#text mark"):
        mark.click()
    assert driver.execute_script("return window.__xss === undefined")
    shot(driver, "hostile-article")


def test_browser_map_and_timeline_render(site: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By

    driver, base = site
    driver.get(base + "/map")
    svg = driver.find_element(By.CSS_SELECTOR, "svg.worldmap")
    assert svg.size["width"] > 600 and svg.size["height"] > 250
    markers = driver.find_elements(By.CSS_SELECTOR, "svg.worldmap circle.marker")
    assert len(markers) == 5 and all(m.size["width"] > 0 for m in markers)
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.worldmap path.flow")) == 2
    land = driver.find_element(By.CSS_SELECTOR, "svg.worldmap path.land")
    assert land.size["width"] > 100
    driver.execute_script("arguments[0].scrollIntoView()", svg)
    shot(driver, "map")
    driver.find_element(By.CSS_SELECTOR, 'input[data-layer-toggle="flows"]').click()
    assert not driver.find_element(By.CSS_SELECTOR, "path.flow").is_displayed()

    driver.get(base + "/timeline")
    bars = driver.find_elements(By.CSS_SELECTOR, "svg.timeline rect.bar")
    assert len(bars) == 5 and all(b.size["height"] > 0 for b in bars)
    shot(driver, "timeline")


def test_browser_events_table_filters(site: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    driver, base = site
    driver.get(base + "/events")
    Select(driver.find_element(By.NAME, "type")).select_by_value("MOVE")
    driver.find_element(By.CSS_SELECTOR, ".filters button").click()
    WebDriverWait(driver, 10).until(lambda d: "type=MOVE" in d.current_url)
    rows = driver.find_elements(By.CSS_SELECTOR, ".events-table tbody tr")
    assert len(rows) == 2 and all("MOVE" in r.text for r in rows)
    link = driver.find_element(By.LINK_TEXT, "CSV").get_attribute("href")
    assert "/events.csv?" in link and "type=MOVE" in link
    shot(driver, "events")
    rows[0].find_element(By.CSS_SELECTOR, "td.sentence a").click()
    WebDriverWait(driver, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#text mark.hl-event.active"))
    assert idlib().id in driver.current_url or lampedusa().id in driver.current_url
