"""Bounded work per file (issue 14): pages, characters, chunks, decompression bombs, long lines."""

from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest

from assistant.api import Library
from assistant.core.settings import Settings
from ingest.errors import TooLarge
from ingest.limits import DocLimits
from ingest.loaders import load_file
from ingest.pipeline import prepare_file


def write_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def page_dag_pdf(path: Path, levels: int) -> Path:
    """2**levels pages in a few hundred bytes: each page-tree node lists its child twice."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = b"BT /F1 12 Tf 72 720 Td (Acme revenue was $12 million.) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 5 0 R >>", font, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    objects.append(b"<< /Type /Page /Parent 5 0 R /Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R /MediaBox [0 0 612 792] >>")
    # node 4 is the leaf page; nodes 5.. are Pages nodes, 5 the root.
    first = 5
    for level in range(levels):
        n = first + level
        child = n + 1 if level < levels - 1 else 4
        objects.append(f"<< /Type /Pages /Kids [{child} 0 R {child} 0 R] /Count {2 ** (levels - level)} >>".encode())
    return write_pdf(path, objects)


def bomb_pdf(path: Path, expanded: int) -> Path:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Acme) Tj ET\n" + b" " * expanded, 9)
    return write_pdf(path, [
        b"<< /Type /Catalog /Pages 4 0 R >>",
        font,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 4 0 R /Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R /MediaBox [0 0 612 792] >>",
    ])


def test_a_tiny_pdf_with_32768_pages_is_refused_at_once(tmp_path: Path) -> None:
    pdf = page_dag_pdf(tmp_path / "dag.pdf", 15)
    assert pdf.stat().st_size < 3000
    started = time.monotonic()
    with pytest.raises(TooLarge, match=r"too large: 32,768 pages \(limit 5,000; raise FOOTNOTE_MAX_DOC_PAGES"):
        load_file(pdf, pdf_mode="layout", limits=DocLimits())
    assert time.monotonic() - started < 20


def test_a_decompression_bomb_is_reported_as_such(tmp_path: Path) -> None:
    """pypdf stops at its output limit (75 MB); lowered here so the test file stays small."""
    import contextlib

    pdf = bomb_pdf(tmp_path / "bomb.pdf", 2_000_000)
    try:
        from pypdf._configuration import apply_configuration

        limit: contextlib.AbstractContextManager[object] = apply_configuration(zlib_maximum_output_length=200_000)
    except ImportError:  # pragma: no cover - pypdf before its Configuration
        pytest.skip("this pypdf has no configurable limit")
    with limit, pytest.raises(TooLarge, match="decompression bomb"):
        load_file(pdf, pdf_mode="layout")


def test_character_and_chunk_limits_fail_one_file_and_the_batch_goes_on(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "small.md").write_text("# Acme\n\nAcme revenue in Q1 2026 was $12 million.\n")
    (docs / "long.txt").write_text("Acme revenue grew strongly in the quarter. " * 400)
    lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash", max_doc_chars=5_000))
    report = lib.ingest([docs])
    assert len(report.added) == 1
    [failure] = report.failed
    assert failure.path.endswith("long.txt")
    assert "too large:" in failure.error and "limit 5,000; raise FOOTNOTE_MAX_DOC_CHARS" in failure.error

    lib2 = Library(Settings(home=tmp_path / "home2", embedding_backend="hash", max_doc_chunks=3))
    report = lib2.ingest([docs])
    assert len(report.added) == 1 and "raise FOOTNOTE_MAX_DOC_CHUNKS" in report.failed[0].error


def test_form_feeds_cannot_make_a_million_pages(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt"
    path.write_text("Acme revenue was $12 million.\f" * 6_000)
    with pytest.raises(TooLarge, match="FOOTNOTE_MAX_DOC_PAGES"):
        load_file(path)


def test_one_long_line_chunks_in_linear_time(tmp_path: Path) -> None:
    """Words and a no-space blob on one line: every chunk fits, and time grows with size, not its square."""
    words = "Acme first-quarter revenue was $12.5 million in Q1 2026, up 5% in the third quarter "
    path = tmp_path / "one-line.txt"
    path.write_text(words * 8_000 + "x" * 200_000 + " end")
    started = time.monotonic()
    prepared = prepare_file(str(path), "doc", "sha", {}, "layout", 200, 180, 30, DocLimits())
    assert time.monotonic() - started < 90
    from assistant.core.tokens import count_tokens

    assert max(count_tokens(c.text) for c in prepared.chunks) <= 180
