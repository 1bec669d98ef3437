"""End to end in a real headless Chromium: start the app, upload a document, ask, open a footnote.

Needs Debian's `chromium` and `chromium-driver` (scripts/test.sh installs them); skipped
without them. Selenium is pointed at /usr/bin/chromedriver so it never downloads a driver.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.ui import CHROMEDRIVER, CHROMIUM, free_port, make_driver, start_app, wait_healthy
from tests.conftest import SAMPLE

pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[dev]')")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
    pytest.mark.skipif(not CHROMEDRIVER.exists(), reason=f"{CHROMEDRIVER} is missing (apt-get install chromium-driver)"),
]


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    log = tmp_path / "streamlit.log"
    proc = start_app(tmp_path / "home", port, log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Any]:
    drv = make_driver(tmp_path / "chrome-profile")
    try:
        yield drv
    finally:
        drv.quit()


def wait_for(drv: Any, condition: Any, timeout: float = 60) -> Any:
    """Poll `condition`; Streamlit redraws elements on every rerun, so a stale or
    intercepted element means "not yet", not failure."""
    from selenium.common.exceptions import (
        ElementClickInterceptedException,
        ElementNotInteractableException,
        StaleElementReferenceException,
    )
    from selenium.webdriver.support.ui import WebDriverWait

    ignored = (StaleElementReferenceException, ElementClickInterceptedException, ElementNotInteractableException)
    return WebDriverWait(drv, timeout, poll_frequency=0.2, ignored_exceptions=ignored).until(condition)


def click(drv: Any, find: Any, timeout: float = 60) -> None:
    """Click what `find(driver)` returns, once it is there and enabled (retried if redrawn)."""

    def attempt(d: Any) -> bool:
        element = find(d)
        if not element or not element.is_enabled():
            return False
        element.click()
        return True

    wait_for(drv, attempt, timeout)


def css(drv: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(drv.find_elements(By.CSS_SELECTOR, selector))


def button(drv: Any, text: str) -> Any:
    found = [b for b in css(drv, "button") if text in b.text and b.is_displayed()]
    return found[0] if found else False


def save_screenshot(drv: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    drv.save_screenshot(str(path))
    extra = os.environ.get("FOOTNOTE_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / name)
    return path


def test_upload_ask_and_open_a_footnote(app_url: str, driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    drv = driver
    drv.get(f"{app_url}/library")
    upload = wait_for(drv, lambda d: css(d, "input[type=file]") or False)[0]
    # Two files: ingest parses them in a worker process, which re-imports the app script.
    files = [SAMPLE / "nokia-q1-2026-notes.txt", SAMPLE / "smartoptics-q1-2026-notes.md"]
    upload.send_keys("\n".join(str(f) for f in files))
    wait_for(drv, lambda d: all(f.name in d.page_source for f in files))
    click(drv, lambda d: button(d, "Add to library"))
    wait_for(drv, lambda d: any("Added 2 document" in e.text for e in css(d, "[data-testid=stAlert]")))
    wait_for(drv, lambda d: css(d, "[data-testid=stDataFrame]") or False)
    time.sleep(0.5)  # the table's canvas draws after the element appears
    save_screenshot(drv, tmp_path, "footnote-library.png")

    click(drv, lambda d: next((a for a in css(d, "[data-testid=stSidebarNav] a") if "Chat" in a.text), None))

    def ask(d: Any) -> bool:
        box = next(iter(css(d, "[data-testid=stChatInputTextArea]")), None)
        if box is None or not box.is_enabled():
            return False
        box.send_keys("What was Nokia's comparable operating profit in Q1 2026?")
        box.send_keys(Keys.ENTER)
        return True

    wait_for(drv, ask)

    summary = "[data-testid=stChatMessage] [data-testid=stExpander] summary"
    wait_for(drv, lambda d: any("Nokia" in f.text and "p. 1" in f.text for f in css(d, summary)))
    # Elements stream in one by one: wait for each rather than assert on a half-drawn page.
    wait_for(drv, lambda d: "281" in css(d, "[data-testid=stChatMessage]")[-1].text, timeout=20)
    wait_for(drv, lambda d: any("281" in m.text for m in css(d, "[data-testid=stMetricValue]")), timeout=20)
    click(drv, lambda d: next(iter(css(d, summary)), None))
    quote = "Comparable operating profit was €281 million"
    wait_for(drv, lambda d: any(quote in m.text for m in css(d, "mark.footnote-quote") if m.is_displayed()))
    wait_for(drv, lambda d: button(d, "Open the original"))  # the original file is offered
    drv.execute_script("document.querySelector('mark.footnote-quote').scrollIntoView({block: 'center'});")
    time.sleep(0.5)  # let the expander finish animating before the picture
    shot = save_screenshot(drv, tmp_path, "footnote-ui.png")
    assert shot.stat().st_size > 10_000
