"""Loaders on files made in tmp_path: PDFs (reportlab), HTML, Markdown and text edge cases."""

from __future__ import annotations

import hashlib
import logging
import random
from pathlib import Path

import pytest

from ingest.errors import (
    BinaryContent,
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    IngestError,
    NoTextLayer,
    TooLarge,
    UnsupportedFormat,
)
from ingest.loaders import SUPPORTED_SUFFIXES, Loader, get_loader, is_supported, load_file
from ingest.loaders.base import decode_text, normalise_text

pytest.importorskip("reportlab")


def make_pdf(path: Path, pages: list[list[str]], title: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    if title is not None:
        c.setTitle(title)
    for lines in pages:
        for i, line in enumerate(lines):
            c.drawString(72, 720 - 16 * i, line)
        if not lines:  # a page with only a drawing: no text layer
            c.rect(100, 100, 300, 300, fill=1)
        c.showPage()
    c.save()
    return path


def encrypt(src: Path, dst: Path, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst


@pytest.fixture
def two_page_pdf(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "review.pdf",
        [["Quarterly Review", "Revenue grew 12% to $4.2 billion"], ["Outlook for 2026", "Second page text"]],
        title="Acme Quarterly Review",
    )


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_two_pages_keep_lines_and_numbers(two_page_pdf: Path) -> None:
    doc = load_file(two_page_pdf)
    assert [p.page for p in doc.pages] == [1, 2]
    assert doc.pages[0].text == "Quarterly Review\nRevenue grew 12% to $4.2 billion"
    assert "Second page text" in doc.pages[1].text
    assert doc.title == "Acme Quarterly Review"
    assert doc.sha256 == hashlib.sha256(two_page_pdf.read_bytes()).hexdigest()
    assert doc.metadata_hints["page_count"] == "2"
    assert doc.source == str(two_page_pdf.resolve())


def test_pdf_layout_mode_loads_same_text(two_page_pdf: Path) -> None:
    doc = load_file(two_page_pdf, pdf_mode="layout")
    assert "Revenue grew 12% to $4.2 billion" in doc.pages[0].text
    assert doc.metadata_hints["pdf_mode"] == "layout"
    with pytest.raises(ValueError):
        load_file(two_page_pdf, pdf_mode="ocr")


def test_pdf_accelerators_on_and_said_once_when_off(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from ingest.loaders import pdf, pdf_fastlayout, pdf_fastparse

    active, reason = pdf.accelerator_status()
    assert active, f"PDF accelerators off: {reason}. Reinstall with scripts/setup.sh"
    with caplog.at_level(logging.WARNING):
        assert pdf.install_accelerators()
    assert not caplog.records
    # A pypdf other than the one mirrored: one loud warning per process, naming both versions.
    monkeypatch.setattr(pdf_fastlayout, "install", lambda: False)
    monkeypatch.setattr(pdf_fastparse, "pypdf_version", lambda: "9.9.9")
    monkeypatch.setattr(pdf, "_warned_accelerators_off", False)
    with caplog.at_level(logging.WARNING):
        assert not pdf.install_accelerators()
        assert not pdf.install_accelerators()
    assert [r.getMessage() for r in caplog.records] == [
        f"PDF accelerator off: pypdf 9.9.9 installed, written for {pdf_fastlayout.MIRRORED_PYPDF}; "
        "PDF ingest runs ~3x slower. Reinstall with scripts/setup.sh"
    ]
    assert caplog.records[0].name == "ingest.loaders.pdf"


def test_pdf_junk_metadata_title_falls_back_to_first_line(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "x.pdf", [["Annual Sustainability Report", "body"]],
                   title="Microsoft Word - draft3.docx")
    assert load_file(pdf).title == "Annual Sustainability Report"
    pdf = make_pdf(tmp_path / "acc.pdf", [["- 12 -"]], title="0000764478-23-000006")
    assert load_file(pdf).title == "acc"


def test_pdf_empty_password_opens(two_page_pdf: Path, tmp_path: Path) -> None:
    locked = encrypt(two_page_pdf, tmp_path / "empty_pw.pdf", user_password="")
    doc = load_file(locked)
    assert "Revenue grew 12%" in doc.pages[0].text


def test_pdf_real_password_is_refused_with_advice(two_page_pdf: Path, tmp_path: Path) -> None:
    locked = encrypt(two_page_pdf, tmp_path / "locked.pdf", user_password="s3cret")
    with pytest.raises(EncryptedDocument, match=r"encrypted with a password; decrypt it first.*qpdf"):
        load_file(locked)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    scan = make_pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(NoTextLayer, match=r"no text layer \(scanned\?\); run OCR first, e\.g\. ocrmypdf"):
        load_file(scan)


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.1])
def test_truncated_pdf_is_corrupt(two_page_pdf: Path, tmp_path: Path, keep: float) -> None:
    data = two_page_pdf.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(CorruptDocument, match="re-download or re-export"):
        load_file(broken)


def test_junk_named_pdf_is_corrupt(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(random.Random(1).randbytes(3000))
    with pytest.raises(CorruptDocument):
        load_file(junk)


def test_pdf_page_failure_keeps_page_empty(two_page_pdf: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    import ingest.loaders.pdf as pdf_module

    real = pdf_module.extract_page
    calls = {"n": 0}

    def flaky(page: object, mode: str) -> str:
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyError("/Contents")
        return real(page, mode)

    monkeypatch.setattr(pdf_module, "extract_page", flaky)
    with caplog.at_level(logging.WARNING):
        doc = load_file(two_page_pdf)
    assert doc.pages[0].text == ""
    assert "Second page text" in doc.pages[1].text
    assert doc.metadata_hints["empty_pages"] == "1"
    assert "page 1 could not be read" in caplog.text


# --- generic failures ------------------------------------------------------------------------


def test_unsupported_extension_names_supported_ones(tmp_path: Path) -> None:
    docx = tmp_path / "memo.docx"
    docx.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnsupportedFormat) as err:
        load_file(docx)
    message = str(err.value)
    assert message.startswith("unsupported file type '.docx'; supported: .pdf, .html, .htm, .md")
    assert message.endswith("convert it to PDF or text")
    assert not is_supported(docx) and is_supported(Path("A.PDF"))


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.html", "empty.md"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    with pytest.raises(EmptyDocument, match="empty"):
        load_file(tmp_path / name)


def test_whitespace_only_text_is_empty(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text(" \n\t\f\n")
    with pytest.raises(EmptyDocument):
        load_file(tmp_path / "blank.txt")


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 5000)
    with pytest.raises(TooLarge, match=r"over the 0\.01 MB limit"):
        load_file(big, max_file_mb=0.01)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not found"):
        load_file(tmp_path / "nope.txt")


def test_loaders_satisfy_protocol() -> None:
    for suffix in SUPPORTED_SUFFIXES:
        loader = get_loader(suffix)
        assert isinstance(loader, Loader) and suffix in loader.suffixes


# --- text ------------------------------------------------------------------------------------


def test_binary_junk_named_txt(tmp_path: Path) -> None:
    junk = tmp_path / "data.txt"
    junk.write_bytes(random.Random(0).randbytes(4096))
    with pytest.raises(BinaryContent, match="binary data"):
        load_file(junk)
    no_nul = bytes(b for b in random.Random(2).randbytes(8192) if b)  # control bytes, no NUL
    junk.write_bytes(no_nul)
    with pytest.raises(BinaryContent):
        load_file(junk)


def test_cp1252_text_decodes_with_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = "Café results – “strong” quarter: revenue €5.2 million, up 12%"
    path = tmp_path / "win.txt"
    path.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        doc = load_file(path)
    assert doc.pages[0].text == text
    assert "Windows-1252" in caplog.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_utf16_and_bom_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u.txt"
    path.write_bytes("Headline here\nNet income rose 7% to €1.1 billion".encode(encoding))
    doc = load_file(path)
    assert doc.pages[0].text == "Headline here\nNet income rose 7% to €1.1 billion"
    assert doc.title == "Headline here"


def test_form_feeds_split_pages(tmp_path: Path) -> None:
    path = tmp_path / "converted.txt"
    path.write_text("Page one\f\fPage three\n\f")
    doc = load_file(path)
    assert [(p.page, p.text) for p in doc.pages] == [(1, "Page one"), (2, ""), (3, "Page three")]


def test_prose_first_line_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "story-2026.txt"
    path.write_text("Nokia (NYSE: NOK) has emerged as an unexpected beneficiary of the artificial "
                    "intelligence infrastructure boom, analysts said on Monday in a note.\nMore.")
    assert load_file(path).title == "story-2026"


def test_normalise_text_keeps_lines_and_column_gaps() -> None:
    raw = "Revenue \u00a0 $ 39,403\t\t$ 39,528  \r\n\n\n\nNet \ufb01nance\u00ad cost\x0c"
    assert normalise_text(raw) == "Revenue  $ 39,403  $ 39,528\n\nNet finance cost"


def test_decode_text_declared_charset_before_cp1252() -> None:
    data = "Прибыль выросла на 12%".encode("koi8-r")  # would also "decode" as cp1252, wrongly
    assert decode_text(data, declared="koi8-r") == "Прибыль выросла на 12%"
    assert decode_text(data, declared="no-such-codec") != "Прибыль выросла на 12%"


# --- HTML and Markdown -----------------------------------------------------------------------

HTML = """<!doctype html><html><head><title>Acme beats estimates | Example News</title>
<meta property="og:site_name" content="Example News"><style>.x{}</style></head><body>
<header class="site-header"><a href="/">Home</a> <a href="/markets">Markets</a></header>
<nav><ul><li>World</li><li>Business</li></ul></nav>
<div class="cookie-banner">We use cookies</div>
<main><article>
  <header><h1>Acme Corp. beats estimates</h1><p class="byline">By A. Writer</p></header>
  <p>Acme Corp. (NYSE: ACM) reported <b>second-quarter</b> revenue of $1.2 billion.<br>Shares rose 4%.</p>
  <h2>Segment results</h2>
  <table><tr><th>Segment</th><th></th><th>Q2 2026</th></tr>
    <tr><td>Widgets</td><td>$</td><td>700</td></tr>
    <tr><td>Loss</td><td>(12</td><td>)</td></tr></table>
  <div class="share-buttons">Share on X</div>
  <aside>Related: other story</aside>
  <script>var tracking = 1;</script>
</article></main>
<footer>Copyright Example News</footer></body></html>"""


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "acme.html"
    path.write_text(HTML, encoding="utf-8")
    doc = load_file(path)
    text = doc.pages[0].text
    assert len(doc.pages) == 1
    assert doc.title == "Acme Corp. beats estimates"
    assert text.splitlines()[0] == "Acme Corp. beats estimates"
    assert "Acme Corp. (NYSE: ACM) reported second-quarter revenue of $1.2 billion.\nShares rose 4%." in text
    assert "\nSegment results\n" in text
    assert "Segment | Q2 2026\nWidgets | $700\nLoss | (12)" in text
    for furniture in ("Home", "Markets", "Business", "cookies", "Share on X", "Related", "tracking",
                      "Copyright"):
        assert furniture not in text, furniture
    assert doc.metadata_hints["site"] == "Example News"


def test_html_without_article_uses_body(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_bytes("<html><body><div id='nav-menu'>Menu</div><p>Caf\xe9 news</p></body></html>"
                     .encode("cp1252"))
    doc = load_file(path)
    assert doc.pages[0].text == "Café news"
    assert doc.title == "Café news"


MARKDOWN = """---
title: Smart Widgets Q1 2026
company: Widget Group ASA
---
Intro paragraph with a [link](https://example.com) and **bold** text.

# Results

| Metric | Q1 2026 |
|---|---:|
| Revenue | 22.9 |

![chart](chart.png)
"""


def test_markdown_text_and_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN)
    doc = load_file(path)
    text = doc.pages[0].text
    assert doc.title == "Smart Widgets Q1 2026"
    assert doc.metadata_hints["company"] == "Widget Group ASA"
    assert "Intro paragraph with a link and bold text." in text
    assert "\nResults\n" in text
    assert "Metric | Q1 2026\nRevenue | 22.9" in text
    assert "---" not in text and "https://" not in text


def test_markdown_heading_title(tmp_path: Path) -> None:
    path = tmp_path / "n.markdown"
    path.write_text("Some lead line that is long enough to be a sentence and keeps going on.\n\n## Sub\n\n# Main Title\n")
    assert load_file(path).title == "Main Title"


def test_layout_mode_falls_back_to_plain_on_empty_page() -> None:
    from ingest.loaders.pdf import extract_page_with_mode

    class Page:  # pypdf's layout mode returns "" for some real EDGAR cover pages
        def __init__(self, layout: str) -> None:
            self.layout = layout

        def extract_text(self, extraction_mode: str = "plain") -> str:
            return self.layout if extraction_mode == "layout" else "plain text"

    assert extract_page_with_mode(Page(""), "layout") == ("plain text", "plain")
    assert extract_page_with_mode(Page("Revenue   1,234"), "layout") == ("Revenue   1,234", "layout")
    assert extract_page_with_mode(Page(""), "plain") == ("plain text", "plain")
