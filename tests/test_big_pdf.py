"""A 500-page PDF ingests page by page, every page citable."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Library
from assistant.core.answering import search_library

reportlab = pytest.importorskip("reportlab")


def _make_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(1, pages + 1):
        c.drawString(72, 720, f"Annual report section {i}")
        c.drawString(72, 700, f"Segment {i} operating income was ${i * 3},{i % 10}00 thousand in fiscal 2022.")
        c.drawString(72, 680, "Management discusses liquidity, capital resources and market risk here.")
        c.showPage()
    c.save()


def test_500_page_pdf(fake_library: Library, tmp_path: Path) -> None:
    pdf = tmp_path / "big-annual-report.pdf"
    _make_pdf(pdf, 500)
    report = fake_library.ingest([pdf])
    assert report.failed == []
    (doc,) = fake_library.documents()
    assert doc.pages == 500
    pages = {int(c.meta["page"]) for batch in fake_library.store.iter_chunks() for c in batch}
    assert pages == set(range(1, 501))
    hits = search_library(fake_library, "Segment 437 operating income", k=3)
    assert hits[0].page == 437
