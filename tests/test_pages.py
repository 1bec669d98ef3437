"""The cited page: PDF pages rendered with the quote highlighted, text views for articles,
and `footnote show` on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.pages import PageRenderError, find_on_page, render_pdf_page, text_view
from assistant.core.settings import Settings
from assistant.pageview import cited_page
from tests.conftest import SAMPLE

PDF = SAMPLE / "smartoptics-q1-2026-summary.pdf"
QUOTE = "In the first quarter of 2026 revenue was $22.91 million, 59.6% more than a year earlier."
needs_pdfium = pytest.mark.skipif(
    __import__("importlib").util.find_spec("pypdfium2") is None, reason="pypdfium2 is not installed"
)


def _yellow_share(png: Path, box: tuple[float, float, float, float], scale: float, height_pt: float) -> float:
    """Share of pixels inside the highlight box that are yellowish (red+green high, blue low)."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    x0, y0, x1, y1 = box
    crop = image.crop((int(x0 * scale), int((height_pt - y1) * scale), int(x1 * scale), int((height_pt - y0) * scale)))
    pixels = list(crop.getdata())
    yellow = [p for p in pixels if p[0] > 200 and p[1] > 180 and p[2] < 170]
    return len(yellow) / max(1, len(pixels))


@needs_pdfium
def test_pdf_page_with_the_quote_highlighted(tmp_path: Path) -> None:
    first = render_pdf_page(PDF, 1, highlight=QUOTE, cache_dir=tmp_path, scale=1.0)
    assert first.found and not first.partial and first.boxes and not first.cached
    assert first.path.is_file() and first.width > 500 and first.height > 700
    assert _yellow_share(first.path, first.boxes[0], 1.0, first.height) > 0.5
    again = render_pdf_page(PDF, 1, highlight=QUOTE, cache_dir=tmp_path, scale=1.0)
    assert again.cached and again.path == first.path and again.boxes == first.boxes


@needs_pdfium
def test_quote_not_on_the_page_still_shows_the_page(tmp_path: Path) -> None:
    shown = render_pdf_page(PDF, 1, highlight="Nokia's comparable operating profit", cache_dir=tmp_path)
    assert not shown.found and not shown.boxes and shown.path.is_file()


@needs_pdfium
def test_bad_pages_and_files_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(PageRenderError, match="page 9 does not exist"):
        render_pdf_page(PDF, 9, cache_dir=tmp_path)
    with pytest.raises(PageRenderError, match="no longer at"):
        render_pdf_page(tmp_path / "gone.pdf", 1, cache_dir=tmp_path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(PageRenderError, match="cannot be opened"):
        render_pdf_page(broken, 1, cache_dir=tmp_path)


def test_find_on_page_tries_the_quote_line_by_line() -> None:
    page = "Net earnings $ 1,419 $ 2,454\nBasic earnings per share $ 6.31 $ 9.94"
    spans, found, partial = find_on_page(page, "Net earnings $1,419 $2,454")
    assert found and not partial and page[spans[0][0]:spans[0][1]].startswith("Net earnings")
    spans, found, partial = find_on_page(page, "Consolidated Statements of Earnings\nNet earnings $ 1,419 $ 2,454")
    assert found and partial and len(spans) == 1
    assert find_on_page(page, "Revenue 46,298") == ([], False, False)


def test_text_view_marks_the_quote_and_escapes_html() -> None:
    view = text_view("Intro <b>x</b>. Revenue grew 12% in Q1. Outro.", "revenue grew 12%")
    assert view.found and '<mark class="footnote-quote">Revenue grew 12%</mark>' in view.html
    assert "&lt;b&gt;" in view.html
    assert not text_view("abc", "zzz top").found


def test_article_page_is_a_text_view(tmp_path: Path) -> None:
    article = SAMPLE / "nokia-q1-2026-notes.txt"
    shown = cited_page(article, 1, "Comparable operating profit was €281 million", Settings(home=tmp_path))
    assert shown.error is None and shown.image is None and shown.found
    assert "<mark" in shown.text.html  # type: ignore[union-attr]
    gone = cited_page(tmp_path / "gone.txt", 1, "x", Settings(home=tmp_path), fallback_text="the stored passage")
    assert gone.error and "no longer at" in gone.error and gone.text is not None


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOOTNOTE_EMBEDDING_BACKEND": "hash"}
    return subprocess.run([sys.executable, "-m", "assistant.cli", "--home", str(home), *args],
                          capture_output=True, text=True, env=env, timeout=180)


@needs_pdfium
def test_footnote_show_writes_the_page(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert _cli(home, "ingest", str(SAMPLE), "--json").returncode == 0
    docs = json.loads(_cli(home, "docs", "--json").stdout)
    ids = {Path(d["source"]).name: d["doc_id"] for d in (docs["documents"] if isinstance(docs, dict) else docs)}
    out = tmp_path / "page.png"
    res = _cli(home, "show", ids[PDF.name], "--page", "1", "--highlight", QUOTE, "--out", str(out), "--json")
    assert res.returncode == 0, res.stderr
    payload = json.loads(res.stdout)
    assert payload["highlight_found"] and payload["boxes"] >= 1 and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = _cli(home, "show", ids["nokia-q1-2026-notes.txt"], "--highlight", "Comparable operating profit")
    assert text.returncode == 0 and "»Comparable operating profit«" in text.stdout
    assert _cli(home, "show", "no-such-doc").returncode == 2
    missing = _cli(home, "show", ids[PDF.name], "--page", "9")
    assert missing.returncode == 1 and "does not exist" in missing.stderr


@needs_pdfium
def test_concurrent_renders_share_one_cache_entry_and_the_cache_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    import assistant.core.pages as pages

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: render_pdf_page(PDF, 1, highlight=QUOTE, cache_dir=tmp_path), range(4)))
    assert sum(not r.cached for r in results) == 1, "rendered once, the others read the cache"
    assert len({r.path for r in results}) == 1 and not list(tmp_path.glob(".*tmp"))
    monkeypatch.setattr(pages, "CACHE_ENTRIES", 2)
    for page_no, quote in [(1, "Smartoptics"), (2, None), (1, None)]:
        pages.render_pdf_page(PDF, page_no, highlight=quote, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) <= 2


def test_text_view_rejoins_hard_wrapped_prose_but_not_lists_or_tables() -> None:
    from assistant.core.pages import reflow

    text = (
        "Nokia is now mostly a network infrastructure company; investors see it\n"
        "as a way to own the networking side.\n\n"
        "- Orders were about €1 billion in the quarter, the most since the spin-off.\n"
        "- Sales grew 49%.\n"
        "Revenue      9,583    10,329\n"
        "Cost of sales 7,363    8,042\n"
    )
    out = reflow(text)
    assert len(out) == len(text), "offsets stay valid"
    assert "company; investors see it as a way" in out
    assert "spin-off.\n- Sales" in out and "10,329\nCost" in out
    view = text_view(text, "investors see it as a way to own")
    assert view.found and "<mark" in view.html
