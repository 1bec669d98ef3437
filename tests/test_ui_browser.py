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

from bench.ui import (
    CHROMEDRIVER,
    CHROMIUM,
    TIMED_CLICK,
    free_port,
    make_driver,
    start_app,
    wait_healthy,
)
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


@pytest.fixture
def sample_app_url(tmp_path: Path) -> Iterator[str]:
    """The app on a home that already holds the sample PDF and the Nokia notes (ingested before
    the app starts). The Smartoptics notes repeat the PDF's figures; left out, the Smartoptics
    answer must come from the PDF, whose page this test opens."""
    from assistant.api import Library
    from assistant.core.settings import Settings

    home = tmp_path / "home"
    files = [SAMPLE / "smartoptics-q1-2026-summary.pdf", SAMPLE / "nokia-q1-2026-notes.txt"]
    assert len(Library(Settings(home=home, embedding_backend="hash")).ingest(files).added) == 2
    port = free_port()
    log = tmp_path / "streamlit.log"
    proc = start_app(home, port, log)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _ask(drv: Any, question: str) -> None:
    from selenium.webdriver.common.keys import Keys

    def attempt(d: Any) -> bool:
        box = next(iter(css(d, "[data-testid=stChatInputTextArea]")), None)
        if box is None or not box.is_enabled():
            return False
        box.send_keys(question)
        box.send_keys(Keys.ENTER)
        return True

    wait_for(drv, attempt)


def _pill(drv: Any, text: str, which: int = -1) -> Any:
    messages = css(drv, "[data-testid=stChatMessage]")
    if not messages:
        return False
    found = [b for b in messages[which].find_elements("css selector", "[data-testid=stButtonGroup] button") if text in b.text]
    if not found:
        return False
    # Above the pinned chat input, or the click lands on the input.
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", found[0])
    return found[0]


def _marker(drv: Any, target: str) -> Any:
    found = css(drv, f'a[href="#cite-{target}"]')
    if not found:
        return False
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", found[0])
    return found[0]


def _image_ready(drv: Any) -> Any:
    images = css(drv, "[data-testid=stImage] img")
    ok = [i for i in images if drv.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", i)]
    return ok[0] if ok else False


def _timed_click(drv: Any, target: Any, selector: str) -> float:
    """Seconds from the click to the first frame where `selector` shows (an image: loaded),
    measured inside the browser (no polling delay from the test)."""
    drv.set_script_timeout(30)
    seconds = float(drv.execute_async_script(TIMED_CLICK, target, selector))
    assert seconds >= 0, f"{selector} did not appear within 20 s of the click"
    return seconds


def _highlight_share(png: bytes) -> tuple[float, float]:
    """(share of highlight-yellow pixels, share of non-white pixels) of a screenshot."""
    import io

    from PIL import Image

    pixels = list(Image.open(io.BytesIO(png)).convert("RGB").getdata())
    yellow = sum(1 for r, g, b in pixels if r > 200 and g > 180 and b < 170)
    ink = sum(1 for r, g, b in pixels if r + g + b < 600)
    return yellow / len(pixels), ink / len(pixels)


def test_click_a_source_to_see_its_page_then_reload_and_export(
    sample_app_url: str, driver: Any, tmp_path: Path
) -> None:
    pytest.importorskip("pypdfium2", reason="pypdfium2 renders the page")
    drv = driver
    drv.set_window_size(1440, 900)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    drv.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    drv.get(sample_app_url)
    _ask(drv, "What was Smartoptics revenue in Q1 2026?")
    pill = wait_for(drv, lambda d: _pill(d, "[1] p. "))
    page = pill.text.split("p. ")[-1].strip()  # the prose page or the table page: both hold the figure
    time.sleep(0.3)  # the rest of the answer settles
    # The [1] in the answer's text is a link: one click shows the page beside the answer.
    marker = wait_for(drv, lambda d: _marker(d, "t1-1"))
    assert f"Open page {page}" in (marker.get_attribute("title") or ""), "hovering the marker says what it opens"
    click_to_page = _timed_click(drv, marker, "[data-testid=stImage] img")
    image = wait_for(drv, _image_ready, timeout=20)
    print(f"\nclick-to-page (PDF, the [1] in the answer): {click_to_page:.2f} s")
    assert drv.current_url.split("#")[0] == drv.current_url, "the click did not navigate"
    yellow, ink = _highlight_share(image.screenshot_as_png)
    assert ink > 0.005, "the page image is not blank"
    assert yellow > 0.003, "the quote is highlighted on the page"
    assert click_to_page < 5, f"the page took {click_to_page:.2f} s"
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", image)
    time.sleep(0.3)
    save_screenshot(drv, tmp_path, "footnote-page-viewer.png")

    # An article: its footnote opens the text view with the quote marked.
    _ask(drv, "What was Nokia's comparable operating profit in Q1 2026?")
    wait_for(drv, lambda d: "281" in css(d, "[data-testid=stChatMessage]")[-1].text, timeout=30)
    wait_for(drv, lambda d: _pill(d, "p. 1"))
    time.sleep(0.3)
    seconds = _timed_click(drv, wait_for(drv, lambda d: _pill(d, "p. 1")), ".footnote-textview mark")
    wait_for(drv, lambda d: any("281" in m.text for m in css(d, ".footnote-textview mark")), timeout=20)
    print(f"click-to-page (article text view): {seconds:.2f} s")
    save_screenshot(drv, tmp_path, "footnote-article-view.png")

    # A reload keeps the conversation (the URL names it) and the sidebar lists it.
    assert "c=" in drv.current_url
    drv.refresh()
    wait_for(drv, lambda d: len(css(d, "[data-testid=stChatMessage]")) == 4, timeout=30)
    assert "22.91" in css(drv, "[data-testid=stChatMessage]")[1].text
    wait_for(drv, lambda d: any("Smartoptics revenue" in b.text for b in css(d, "[data-testid=stSidebar] button")))
    click(drv, lambda d: button(d, "Export"))
    exported = wait_for(drv, lambda d: next(iter(downloads.glob("footnote-*.md")), False), timeout=20)
    text = exported.read_text(encoding="utf-8")
    assert "## What was Smartoptics revenue in Q1 2026?" in text and "[^1]:" in text and "page 1" in text, text
    save_screenshot(drv, tmp_path, "footnote-conversations.png")
    drv.set_window_size(800, 900)
    time.sleep(0.5)
    save_screenshot(drv, tmp_path, "footnote-800px.png")
    # Dark mode (the system setting): the page opens from its marker there too.
    drv.set_window_size(1440, 900)
    drv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    drv.refresh()
    wait_for(drv, lambda d: len(css(d, "[data-testid=stChatMessage]")) == 4, timeout=30)
    wait_for(drv, lambda d: "answer ·" in css(d, "[data-testid=stChatMessage]")[-1].text)
    _timed_click(drv, wait_for(drv, lambda d: _marker(d, "t3-1")), ".footnote-textview mark")
    time.sleep(0.5)
    background = drv.execute_script("return getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    assert sum(int(v) for v in background[background.index("(") + 1:-1].split(",")[:3]) < 200, background
    save_screenshot(drv, tmp_path, "footnote-dark.png")
