"""pdf_fastlayout must give exactly pypdf's layout-mode text (or pypdf's exception)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from ingest.loaders import pdf_fastlayout, pdf_fastparse
from tests.conftest import FINANCEBENCH, needs_shared

# (file, pages): a few pages of differently produced filings, tables and cover pages included.
SAMPLES = [
    ("JOHNSON_JOHNSON_2022Q4_EARNINGS.pdf", [1, 6, 13]),
    ("PEPSICO_2023Q1_EARNINGS.pdf", [1, 9]),
    ("BESTBUY_2024Q2_10Q.pdf", [1, 5, 20]),
    ("VERIZON_2021_10K.pdf", [3, 48]),
]


def drift_message() -> str:
    return (
        f"PDF layout accelerator off: {pdf_fastlayout.accelerator_status()[1]}. "
        "Reinstall with scripts/setup.sh (pyproject pins the pypdf it mirrors)"
    )


def test_accelerator_matches_installed_pypdf() -> None:
    active, reason = pdf_fastlayout.accelerator_status()
    assert active, drift_message()
    assert pdf_fastparse.pypdf_version() == pdf_fastlayout.MIRRORED_PYPDF, drift_message()
    assert pdf_fastlayout.MIRRORED_PYPDF in reason


def test_status_names_both_versions_on_drift(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_fastlayout, "_EXPECTED_FINGERPRINT", "not this pypdf")
    active, reason = pdf_fastlayout.accelerator_status()
    assert not active
    installed = pdf_fastparse.pypdf_version()
    assert f"pypdf {installed} installed, written for {pdf_fastlayout.MIRRORED_PYPDF}" in reason


@contextmanager
def layout_mode(fast: bool) -> Iterator[None]:
    """pypdf's own layout pass, or pdf_fastlayout's; everything restored afterwards."""
    from pypdf import PageObject
    from pypdf._text_extraction import _layout_mode
    from pypdf._text_extraction._layout_mode import _fixed_width_page
    from pypdf.generic._font import Font

    pdf_fastparse.install()  # the baseline both are measured against
    with pytest.MonkeyPatch.context() as mp:
        targets = [
            (_layout_mode, "text_show_operations"),
            (_fixed_width_page, "text_show_operations"),
            (PageObject, "_layout_mode_fonts"),
            (Font, "from_font_resource"),
        ]
        for target, name in targets:  # remember the current objects, to be restored
            mp.setattr(target, name, target.__dict__[name])
        mp.setattr(pdf_fastlayout, "_installed", False)
        if fast:
            assert pdf_fastlayout.install(), drift_message()
        else:
            for target, name in targets[:3]:
                current = getattr(target, name)
                mp.setattr(target, name, getattr(current, "__wrapped__", current))
        yield


def layout_texts(
    data: bytes | Path, pages: list[int] | None, fast: bool, **kwargs: Any
) -> list[str]:
    """Layout text per page (or the exception type), from a fresh reader."""
    from pypdf import PdfReader

    with layout_mode(fast):
        reader = PdfReader(BytesIO(data) if isinstance(data, bytes) else data)
        numbers = pages or range(1, len(reader.pages) + 1)
        texts = []
        for number in numbers:
            try:
                texts.append(
                    reader.pages[number - 1].extract_text(extraction_mode="layout", **kwargs)
                )
            except Exception as exc:
                texts.append(f"raised {type(exc).__name__}")
        return texts


@needs_shared()
@pytest.mark.parametrize(("name", "pages"), SAMPLES)
def test_same_text_as_pypdf_on_shared_filings(name: str, pages: list[int]) -> None:
    path = FINANCEBENCH / "pdfs" / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    expected = layout_texts(path, pages, fast=False)
    assert any(text.strip() for text in expected)
    assert layout_texts(path, pages, fast=True) == expected


def _pdf(contents: list[bytes]) -> bytes:
    """A PDF with one page per content stream; fonts /F1 (Helvetica), /F2 (explicit widths),
    /F3 (Type0, Identity-H, /W widths)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    def name(value: str) -> NameObject:
        return NameObject(value)

    def numbers(values: list[int]) -> ArrayObject:
        return ArrayObject(NumberObject(v) for v in values)

    writer = PdfWriter()
    helvetica = DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/Type1")})
    helvetica[name("/BaseFont")] = name("/Helvetica")
    helvetica[name("/Encoding")] = name("/WinAnsiEncoding")
    widths = DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/TrueType")})
    widths[name("/BaseFont")] = name("/Narrow")
    widths[name("/FirstChar")] = NumberObject(32)
    widths[name("/Widths")] = numbers([0] + [450 + 7 * i for i in range(94)])  # zero-width space
    cid = DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/CIDFontType2")})
    cid[name("/BaseFont")] = name("/Cid")
    cid[name("/W")] = ArrayObject(
        [NumberObject(65), numbers([600, 620, 640]), *numbers([66, 90, 555])]
    )
    type0 = DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/Type0")})
    type0[name("/BaseFont")] = name("/Cid")
    type0[name("/Encoding")] = name("/Identity-H")
    type0[name("/DescendantFonts")] = ArrayObject([writer._add_object(cid)])
    fonts = DictionaryObject()
    for key, font in (("/F1", helvetica), ("/F2", widths), ("/F3", type0)):
        fonts[name(key)] = writer._add_object(font)
    for content in contents:
        page = writer.add_blank_page(612, 792)
        page[name("/Resources")] = DictionaryObject({name("/Font"): fonts})
        stream = StreamObject()
        stream.set_data(content)
        page[name("/Contents")] = writer._add_object(stream)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


PAGES = [
    # kerning numbers in TJ arrays, Tc/Tw/Tz/Ts/TL, the ' and " operators, T*, TD, q/cm/Q
    b"BT /F1 12 Tf 72 700 Td [(Ker) -120 (ning) 250 (and) -2000 (gaps)] TJ 0 -14 Td"
    b" 1.5 Tc 3 Tw 90 Tz (Spaced words here) Tj 16 TL T* (next line) Tj (quoted) '"
    b' 2 0.5 (double quoted) " 0 -30 TD (after TD) Tj T* 4 Ts (raised) Tj ET'
    b" q 0.5 0 0 0.5 100 100 cm BT /F2 20 Tf 10 300 Td (Scaled, narrow font) Tj"
    b" [( ) -500 (space glyph has no width)] TJ ET Q"
    b" BT /F1 10 Tf 1 0 0 1 300 650 Tm (Right column) Tj ET BT /F1 10 Tf 72 650 Td (Left) Tj ET",
    # rotated (90, 270, 180) and Word-style flipped text beside ordinary text
    b"BT /F1 11 Tf 1 0 0 1 72 720 Tm (Upright title) Tj 0 1 -1 0 500 400 Tm (Rotated 90) Tj"
    b" 0 -1 1 0 550 400 Tm [(Rotated) -300 (270)] TJ -1 0 0 -1 400 300 Tm (Upside down) Tj ET"
    b" q 1 0 0 -1 0 792 cm BT /F1 11 Tf 72 100 Td (Flipped y axis) Tj ET Q"
    b" BT /F1 11 Tf 72 600 Td (Body text after rotation) Tj ET",
    # CID font with 2-byte codes, an unknown font name, then a font set again
    b"BT /F3 14 Tf 72 700 Td <004100420043005A> Tj [<0041> -100 <0042>] TJ ET"
    b" BT /F9 12 Tf 72 650 Td (unknown font) Tj /F1 12 Tf 0 -20 Td (known again) Tj ET",
    # text shown before any Tf: pypdf raises
    b"BT 72 700 Td (no font yet) Tj ET",
    # nested q inside BT, BT inside BT, unbalanced end
    b"BT /F1 9 Tf 72 700 Td q 2 0 0 2 0 0 cm (in q) Tj Q (after Q) Tj BT (reset) Tj ET"
    b" q BT /F1 9 Tf 72 500 Td (never closed) Tj",
]


@pytest.mark.parametrize("strip_rotated", [True, False])
def test_same_text_as_pypdf_on_generated_edge_cases(
    strip_rotated: bool, caplog: pytest.LogCaptureFixture
) -> None:
    data = _pdf(PAGES)
    kwargs = {"layout_mode_strip_rotated": strip_rotated}
    expected = layout_texts(data, None, fast=False, **kwargs)
    pypdf_warnings = [r.getMessage() for r in caplog.records]
    caplog.clear()
    assert layout_texts(data, None, fast=True, **kwargs) == expected
    assert [r.getMessage() for r in caplog.records] == pypdf_warnings  # same warnings, same order
    assert any("Unbalanced" in message for message in pypdf_warnings)
    assert "Ker" in expected[0] and "gaps" in expected[0]
    assert ("Rotated 90" in expected[1]) is not strip_rotated
    assert expected[3] == "raised PdfReadError"


def test_install_refuses_other_pypdf_source(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf._text_extraction import _layout_mode

    before = _layout_mode.text_show_operations
    monkeypatch.setattr(pdf_fastlayout, "_installed", False)
    monkeypatch.setattr(pdf_fastlayout, "_EXPECTED_FINGERPRINT", "not this pypdf")
    assert pdf_fastlayout.install() is False
    assert _layout_mode.text_show_operations is before
