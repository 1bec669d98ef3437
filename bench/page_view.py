"""Click-to-page: how long from a click on a source to the cited page on screen.

    python -m bench.page_view [--repeats N] [--json]

Builds a library (hash embedder: the embedder is not what is measured) of the sample notes
and, when the shared corpus is there, Best Buy's 10-Q; starts the app; in headless Chromium
asks a question per document kind and clicks the [1] in the answer: the PDF page image (loaded and
decoded) or the article's text view. Timed inside the browser (click → first frame showing
it), for the first open (the page was pre-rendered in the background after the answer) and
for reopening after a close. Also the renderer alone: a cold render and a cache hit.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.ui import CHROMIUM, ROOT, TIMED_CLICK, free_port, make_driver, start_app, wait_healthy

SHARED = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared"))
BEST_BUY = SHARED / "financebench" / "pdfs" / "BESTBUY_2024Q2_10Q.pdf"
CASES = [
    ("pdf (sample)", "What was Smartoptics revenue in Q1 2026?", "[data-testid=stImage] img"),
    ("article", "What was Nokia's comparable operating profit in Q1 2026?", ".footnote-textview mark"),
]
BEST_BUY_CASE = ("pdf (10-Q table)", "Best Buy net earnings for the quarter ended July 29, 2023?", "[data-testid=stImage] img")


def _wait(drv: Any, find: Any, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find(drv)
            if found:
                return found
        except Exception:  # a redraw replaced the element: try again
            pass
        time.sleep(0.05)
    raise TimeoutError("the app did not show what was expected")


def _last_pill(drv: Any) -> Any:
    messages = drv.find_elements("css selector", "[data-testid=stChatMessage]")
    buttons = messages[-1].find_elements("css selector", "[data-testid=stButtonGroup] button") if messages else []
    pills = [b for b in buttons if "p." in b.text]  # not the label's help icon
    if not pills:
        return None
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", pills[0])
    return pills[0]


def _last_marker(drv: Any) -> Any:
    """The first [n] link in the last answer's text."""
    messages = drv.find_elements("css selector", "[data-testid=stChatMessage]")
    links = messages[-1].find_elements("css selector", 'a[href^="#cite-"]') if messages else []
    if not links:
        return None
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", links[0])
    return links[0]


def bench_renderer(pdf: Path, page: int, quote: str) -> dict[str, float]:
    from assistant.core.pages import render_pdf_page

    with tempfile.TemporaryDirectory() as cache:
        cold = render_pdf_page(pdf, page, highlight=quote, cache_dir=cache)
        warm = render_pdf_page(pdf, page, highlight=quote, cache_dir=cache)
    return {"cold_s": round(cold.seconds, 3), "cache_hit_s": round(warm.seconds, 4), "found": cold.found}


def bench_browser(home: Path, cases: list[tuple[str, str, str]], repeats: int) -> dict[str, Any]:
    port = free_port()
    log = home.parent / "streamlit.log"
    proc = start_app(home, port, log)
    out: dict[str, Any] = {}
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, proc, log)
        drv = make_driver(home.parent / "chrome-profile")
        drv.set_window_size(1440, 900)
        drv.set_script_timeout(30)
        try:
            drv.get(url)
            for name, question, selector in cases[: int(os.environ.get("BENCH_CASES", "9"))]:
                box = _wait(drv, lambda d: next(iter(d.find_elements("css selector", "[data-testid=stChatInputTextArea]")), None))
                before = len(drv.find_elements("css selector", "[data-testid=stChatMessage]"))
                box.send_keys(question + "\n")
                _wait(drv, lambda d, n=before: len(d.find_elements("css selector", "[data-testid=stChatMessage]")) >= n + 2 and _last_pill(d))
                # The answer is complete (its last line drawn), then the background pre-render finishes.
                _wait(drv, lambda d: "answer ·" in d.find_elements("css selector", "[data-testid=stChatMessage]")[-1].text)
                time.sleep(float(os.environ.get("BENCH_SETTLE_S", "1.0")))
                first: list[float] = []
                again: list[float] = []
                for i in range(repeats):
                    marker = _wait(drv, _last_marker)
                    (first if i == 0 else again).append(drv.execute_async_script(TIMED_CLICK, marker, selector))
                    if os.environ.get("BENCH_SHOT"):
                        drv.save_screenshot(f"/tmp/bench-{len(out)}-{i}.png")
                    _wait(drv, _last_pill).click()  # a second click on the pill closes the page
                    _wait(drv, lambda d, s=selector: not d.find_elements("css selector", s))
                    time.sleep(0.3)
                out[name] = {
                    "first_open_s": round(first[0], 3),
                    "reopen_median_s": round(statistics.median(again), 3) if again else None,
                    "reopen_max_s": round(max(again), 3) if again else None,
                }
        finally:
            drv.quit()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if os.environ.get("BENCH_SHOT"):
            print(log.read_text()[-3000:])
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="opens per document (the first is the first open)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from assistant.api import Library
    from assistant.core.settings import Settings

    results: dict[str, Any] = {"load_average": os.getloadavg(), "cpus": os.cpu_count()}
    cases = list(CASES)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        paths = [ROOT / "sample"] + ([BEST_BUY] if BEST_BUY.is_file() else [])
        Library(Settings(home=home, embedding_backend="hash")).ingest(paths)
        if BEST_BUY.is_file():
            cases.append(BEST_BUY_CASE)
            results["renderer (10-Q p.4)"] = bench_renderer(BEST_BUY, 4, "Net earnings $ 274 $ 306 $ 518 $ 647")
        results["renderer (sample p.1)"] = bench_renderer(
            ROOT / "sample" / "smartoptics-q1-2026-summary.pdf", 1,
            "In the first quarter of 2026 revenue was $22.91 million, 59.6% more than a year earlier.",
        )
        if CHROMIUM.exists():
            results["click_to_page"] = bench_browser(home, cases, args.repeats)
    if args.json:
        print(json.dumps(results))
        return
    for key, value in results.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
