"""How fast the app feels: Enter → first token → full answer (extractive), and first render.

    python -m bench.ui [--home DIR] [--questions N] [--no-browser] [--json]

Without --home a library is built (incrementally, so later runs reuse it) from
/work/shared/corpus/articles with the real default embedder, under
~/.cache/footnote/bench-ui. Measured:
- ask(): Enter → first token and → full answer, cold (first question: loads the
  embedder and indexes) and warm (median of the rest);
- AppTest: the app's first render, a rerun, and Enter → answer rendered;
- Chromium (when /usr/bin/chromium is there): page load → chat input visible, and
  Enter → first answer text → footnotes visible, in a real browser.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared")) / "corpus" / "articles"
SEED = CORPUS.parent.parent / "eval" / "seed_articles.jsonl"
DEFAULT_HOME = Path("~/.cache/footnote/bench-ui").expanduser()
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    "--window-size=1400,1300",
)  # fmt: skip


# Clicks `target` and resolves with the seconds until an element matching the selector is on
# screen (an image: loaded and decoded), or -1 after 20 s; run with execute_async_script.
TIMED_CLICK = """
const [target, selector, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const ready = () => [...document.querySelectorAll(selector)].some(
    (e) => e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0));
const t0 = performance.now();
target.click();
const poll = () => ready() ? done((performance.now() - t0) / 1000)
    : (performance.now() - t0 > 20000 ? done(-1) : requestAnimationFrame(poll));
requestAnimationFrame(poll);
"""

GENERIC_QUESTIONS = [
    "What was the revenue in the latest quarter?",
    "How much did sales grow year over year?",
    "What did the company say about its outlook?",
    "What was the operating profit?",
    "Which region grew fastest?",
]


# -- app and browser plumbing (shared with tests/test_ui_browser.py) ------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def app_env(home: Path, *, hash_embedder: bool) -> dict[str, str]:
    """The app's environment: for tests (hash embedder) no FOOTNOTE_/provider settings leak
    in; for the bench the user's settings stay, less the LLM (the bench is extractive)."""
    drop = ("FOOTNOTE_", "OPENAI_", "ANTHROPIC_") if hash_embedder else ("FOOTNOTE_LLM",)
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(FOOTNOTE_HOME=str(home), HF_HUB_OFFLINE="1", STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    if hash_embedder:
        # Ingest keeps its parse worker process (a fresh interpreter: the app is never re-imported).
        env.update(FOOTNOTE_EMBEDDING_BACKEND="hash")
    return env


def start_app(home: Path, port: int, log: Path, *, hash_embedder: bool = True) -> subprocess.Popen[bytes]:
    """`streamlit run streamlit_app.py` on 127.0.0.1:port, output into `log`."""
    cmd = [
        sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    env = app_env(home, hash_embedder=hash_embedder)
    with log.open("wb") as out:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the app did not come up in {timeout}s:\n{log.read_text()[-3000:]}")


def make_driver(profile: Path) -> Any:
    """Headless Debian Chromium through its own chromedriver (Selenium Manager never runs)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:
        raise RuntimeError("the browser measurement needs selenium: pip install selenium") from exc

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


# -- measurements ----------------------------------------------------------------------------
def questions(n: int) -> list[str]:
    found: list[str] = []
    if SEED.is_file():
        for line in SEED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(str(json.loads(line)["question"]))
    return (found or GENERIC_QUESTIONS)[:n]


def build_home(home: Path) -> dict[str, float]:
    from assistant.api import Library
    from assistant.core.settings import Settings

    t0 = time.perf_counter()
    report = Library(Settings(home=home)).ingest([CORPUS])
    return {"ingest_s": round(time.perf_counter() - t0, 2), "chunks_added": report.chunks_added}


def bench_ask(home: Path, qs: list[str]) -> dict[str, Any]:
    from assistant.api import Library
    from assistant.core.answering import ask
    from assistant.core.settings import Settings

    library = Library(Settings(home=home))
    rows: list[tuple[float, float]] = []
    for q in qs:
        first: list[float] = []
        t0 = time.perf_counter()

        def on_token(_token: str, t0: float = t0, first: list[float] = first) -> None:
            if not first:
                first.append(time.perf_counter() - t0)

        ask(q, library=library, on_token=on_token)
        rows.append((first[0] * 1000 if first else float("nan"), (time.perf_counter() - t0) * 1000))
    warm = rows[1:] or rows
    return {
        "cold_first_token_ms": round(rows[0][0], 1),
        "cold_full_answer_ms": round(rows[0][1], 1),
        "warm_first_token_ms_p50": round(statistics.median(r[0] for r in warm), 1),
        "warm_full_answer_ms_p50": round(statistics.median(r[1] for r in warm), 1),
        "warm_full_answer_ms_max": round(max(r[1] for r in warm), 1),
        "questions": len(rows),
    }


def bench_apptest(home: Path, qs: list[str]) -> dict[str, Any]:
    from streamlit.testing.v1 import AppTest

    os.environ["FOOTNOTE_HOME"] = str(home)
    t0 = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=300).run()
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    at.run()
    rerun = time.perf_counter() - t0
    answer_s: list[float] = []
    for q in qs[:3]:
        t0 = time.perf_counter()
        at.chat_input[0].set_value(q).run()
        answer_s.append(time.perf_counter() - t0)
    problems = [e.value for e in at.exception] + [e.value for e in at.error]
    return {
        "first_render_ms": round(first * 1000, 1),
        "rerun_ms": round(rerun * 1000, 1),
        "enter_to_answer_rendered_ms": [round(s * 1000, 1) for s in answer_s],
        "problems": problems,
    }


def bench_browser(home: Path, qs: list[str]) -> dict[str, Any]:
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    def js(drv: Any, script: str, *args: Any) -> Any:
        return drv.execute_script(script, *args)

    # Answer text: markdown in the newest message that is not the spinner's; complete: the
    # closing caption ("extractive answer · …") is drawn, so footnotes and checks are too.
    answer_shown = """
        const m = document.querySelectorAll('[data-testid=stChatMessage]');
        if (m.length < arguments[0] + 2) return false;
        const last = m[m.length - 1];
        const done = last.innerText.includes(arguments[1]);
        const text = [...last.querySelectorAll('[data-testid=stMarkdownContainer]')]
            .some(e => !e.closest('[data-testid=stSpinner]') && e.innerText.trim().length > 0);
        return done ? 'done' : (text ? 'text' : false);
    """
    chat_box = "return document.querySelector('[data-testid=stChatInputTextArea]');"

    port = free_port()
    work = Path(tempfile.mkdtemp(prefix="footnote-bench-ui-"))
    log = work / "streamlit.log"
    env_home = os.environ.get("FOOTNOTE_HOME")
    proc = start_app(home, port, log, hash_embedder=False)  # the real embedder, as users run it
    out: dict[str, Any] = {}
    try:
        url = f"http://127.0.0.1:{port}"
        t0 = time.perf_counter()
        wait_healthy(url, proc, log)
        out["server_up_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        drv = make_driver(work / "profile")
        try:
            wait = WebDriverWait(drv, 300, poll_frequency=0.02)
            for label in ("cold", "warm"):
                t0 = time.perf_counter()
                drv.get(url)
                wait.until(lambda d: js(d, chat_box))
                out[f"{label}_load_to_chat_input_ms"] = round((time.perf_counter() - t0) * 1000, 1)
            timings: list[tuple[float, float]] = []
            for q in qs[:3]:
                box = wait.until(lambda d: (b := js(d, chat_box)) is not None and b.is_enabled() and b)
                before = len(js(drv, "return document.querySelectorAll('[data-testid=stChatMessage]');"))
                box.send_keys(q)
                t0 = time.perf_counter()
                box.send_keys(Keys.ENTER)

                def state(d: Any, n: int = before) -> Any:
                    return js(d, answer_shown, n, "extractive answer")

                wait.until(state)
                text_at = time.perf_counter() - t0
                wait.until(lambda d: state(d) == "done")
                timings.append((text_at * 1000, (time.perf_counter() - t0) * 1000))
            out["enter_to_first_answer_text_ms"] = [round(a, 1) for a, _ in timings]
            out["enter_to_answer_complete_ms"] = [round(b, 1) for _, b in timings]
        finally:
            drv.quit()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if env_home is not None:
            os.environ["FOOTNOTE_HOME"] = env_home
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", type=Path, help="an existing library (default: build one from the articles)")
    parser.add_argument("--questions", type=int, default=6, help="questions to time (default 6)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurement")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    for name in [k for k in os.environ if k.startswith("FOOTNOTE_LLM")]:
        print(f"note: {name} ignored: this bench times extractive mode", file=sys.stderr)
        del os.environ[name]

    results: dict[str, Any] = {}
    home = (args.home or DEFAULT_HOME).expanduser().resolve()
    if args.home is None:
        if not CORPUS.is_dir():
            parser.error(f"no corpus at {CORPUS}; pass --home")
        results["build"] = build_home(home)
    results["home"] = str(home)
    qs = questions(args.questions)
    results["ask"] = bench_ask(home, qs)
    results["apptest"] = bench_apptest(home, qs)
    if not args.no_browser and CHROMIUM.exists() and CHROMEDRIVER.exists():
        results["browser"] = bench_browser(home, qs)
    if args.json:
        print(json.dumps(results))
        return
    for section, values in results.items():
        if isinstance(values, dict):
            print(f"[{section}]")
            for key, value in values.items():
                print(f"  {key:34s} {value}")
        else:
            print(f"{section}: {values}")


if __name__ == "__main__":
    main()
