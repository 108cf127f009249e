"""Reviewing every row of the demo database with the keyboard alone, in real Chromium.

The demo database is what ``eventwire demo`` builds (the bundled sample articles). A
coder signs in, then works through the queue (low confidence first) with keys only:
``a`` accepts, ``r`` then ``1``/``2`` rejects with a reason, ``e`` edits (the type is
chosen by typing, Enter saves), ``j``/``k`` move. Afterwards the database and the audit
log must hold exactly those decisions. Seconds per row go to test-artifacts/.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.review import accounts, actions
from eventwire.review.audit import history
from eventwire.review.queue import queue_keys
from eventwire.review.rows import get_row
from eventwire.store.base import Store, open_store
from eventwire.web.app import create_app
from tests.web.browser import chromium, console_errors, find_browser, live_server

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"
#: What the reviewer does to the i-th row of the queue, in turn.
PLAN = ("accept", "reject-1", "edit", "accept", "reject-2", "accept")


@pytest.fixture
def browser_paths() -> tuple[str, str]:
    paths = find_browser()
    if paths is None:
        pytest.skip("chromium and chromedriver are not installed: run `make browser` "
                    "(apt-get install chromium chromium-driver)")
    return paths


@pytest.fixture
def demo_db(tmp_path: Path, browser_paths: tuple[str, str]) -> Iterator[Store]:
    """What `eventwire demo --no-serve` stores, plus one coder."""
    from eventwire.cli.demo import sample_folder
    from eventwire.scale.runner import ingest
    from eventwire.scale.sinks import StoreSink

    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    with sample_folder() as folder:
        report = ingest([str(folder)], sink=StoreSink(store), workers=1)
    assert report.failed == 0
    accounts.add_user(store, "amina", "coder", PASSWORD)
    yield store
    store.close()


def wait_for(driver: Any, condition: Any, timeout: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def press(driver: Any, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(keys).perform()


def test_review_every_demo_row_by_keyboard(demo_db: Store, browser_paths: tuple[str, str]
                                           ) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    queue = queue_keys(demo_db, "confidence", "machine")
    assert len(queue) >= 10, "the demo database should hold a real queue"
    before = {key: get_row(demo_db, *key) for key in queue}
    timings: list[float] = []
    with live_server(create_app(demo_db)) as base, chromium(*browser_paths) as driver:
        driver.get(base + "/review")  # redirected to sign in
        wait_for(driver, lambda d: d.find_elements(By.ID, "login-name"))
        press(driver, "amina" + Keys.TAB + PASSWORD + Keys.ENTER)
        wait_for(driver, lambda d: d.find_elements(By.ID, "review-count"))
        assert console_errors(driver) == []
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "review-row.png"))
        # j/k move without deciding anything
        first = driver.find_element(By.ID, "review-count").text
        press(driver, "j")
        wait_for(driver, lambda d: d.find_element(By.ID, "review-count").text != first)
        press(driver, "k")
        wait_for(driver, lambda d: d.find_element(By.ID, "review-count").text == first)
        done: list[tuple[tuple[str, str], str]] = []
        for i in range(len(queue)):
            root = driver.find_element(By.ID, "review")
            key = (root.get_attribute("data-doc"), root.get_attribute("data-event"))
            step = PLAN[i % len(PLAN)]
            started = time.monotonic()
            if step == "accept":
                press(driver, "a")
            elif step.startswith("reject"):
                press(driver, "r")
                wait_for(driver, lambda d: d.find_element(By.ID, "review-reject").is_displayed())
                press(driver, step[-1])
            else:
                press(driver, "e")
                wait_for(driver, lambda d: d.find_element(By.ID, "review-edit").is_displayed())
                press(driver, "PROTEST")
                press(driver, Keys.ENTER)
            wait_for(driver, lambda d, old=root: _moved(d, old))
            timings.append(time.monotonic() - started)
            done.append((key, step))
        assert driver.find_elements(By.ID, "review-empty"), "the queue should be empty"
        driver.save_screenshot(str(ARTIFACTS / "review-done.png"))
        assert console_errors(driver) == []

    assert sorted(k for k, _ in done) == sorted(queue)  # every row, once
    counts = actions.count_by_status(demo_db)
    assert counts["machine"] == 0
    reasons = {"1": "not an event", "2": "duplicate"}
    for key, step in done:
        row, old = get_row(demo_db, *key), before[key]
        assert row is not None and old is not None
        assert row.reviewer == "amina" and row.version == 2
        [entry] = history(demo_db, *key)
        assert entry.user == "amina" and entry.before["review_status"] == "machine"
        if step == "accept":
            assert row.status == "accepted" and row.values == old.values
        elif step.startswith("reject"):
            assert (row.status, row.reason) == ("rejected", reasons[step[-1]])
            assert entry.after["review_reason"] == reasons[step[-1]]
        elif old.values["type"] == "PROTEST":
            assert row.status == "accepted"  # saving an unchanged row accepts it
        else:
            assert (row.status, row.values["type"]) == ("edited", "PROTEST")
            assert (entry.before["type"], entry.after["type"]) == (old.values["type"], "PROTEST")
    assert len(history(demo_db)) == len(queue)
    per_row = sum(timings) / len(timings)
    (ARTIFACTS / "review-timings.json").write_text(json.dumps({
        "rows": len(timings), "seconds_per_row": round(per_row, 3),
        "seconds": [round(t, 3) for t in timings], "plan": [s for _, s in done]}, indent=1))
    print(f"\nkeyboard review: {len(timings)} rows, {per_row:.2f} s per row")


def _moved(driver: Any, old: Any) -> bool:
    """The page was replaced by the next row's (the old root element went stale; Chromium
    says so either as a stale reference or as a node that no longer belongs to the
    document)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        old.get_attribute("id")
    except StaleElementReferenceException:
        return bool(driver.find_elements("id", "review"))
    except WebDriverException as e:
        if "does not belong to the document" not in str(e):
            raise
        return bool(driver.find_elements("id", "review"))
    return False
