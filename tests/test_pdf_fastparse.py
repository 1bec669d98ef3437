"""The fast content-stream tokenizer must give exactly pypdf's operations, or step aside."""

from __future__ import annotations

from inspect import unwrap as inspect_unwrap
from io import BytesIO
from typing import Any

import pytest

from bench.pdf_fastparse import content_streams, same
from ingest.loaders import pdf_fastparse
from ingest.loaders.pdf_fastparse import fast_operations, install
from tests.conftest import FINANCEBENCH, needs_shared


def drift_message() -> str:
    return (
        f"PDF content-stream accelerator off: {pdf_fastparse.accelerator_status()[1]}. "
        "Reinstall with scripts/setup.sh (pyproject pins the pypdf it mirrors)"
    )


def test_accelerator_matches_installed_pypdf() -> None:
    active, reason = pdf_fastparse.accelerator_status()
    assert active, drift_message()
    assert pdf_fastparse.pypdf_version() == pdf_fastparse.MIRRORED_PYPDF, drift_message()
    assert pdf_fastparse.MIRRORED_PYPDF in reason


def test_install_refuses_other_pypdf_source(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf.generic import ContentStream

    before = ContentStream.__dict__["_parse_content_stream"]
    monkeypatch.setattr(ContentStream, "_parse_content_stream", inspect_unwrap(before))
    monkeypatch.setattr(pdf_fastparse, "_installed", False)
    monkeypatch.setattr(pdf_fastparse, "_EXPECTED_FINGERPRINT", "not this pypdf")
    assert install() is False
    assert ContentStream.__dict__["_parse_content_stream"] is inspect_unwrap(before)
    active, reason = pdf_fastparse.accelerator_status()
    installed = pdf_fastparse.pypdf_version()
    assert not active
    assert f"pypdf {installed} installed, written for {pdf_fastparse.MIRRORED_PYPDF}" in reason


def pypdf_ops(data: bytes, encoding: Any = None) -> Any:
    from pypdf.generic import ContentStream

    cs = ContentStream(None, None)
    cs.forced_encoding = encoding
    original = ContentStream._parse_content_stream
    original = getattr(original, "__wrapped__", original)
    try:
        original(cs, BytesIO(data))
    except Exception as exc:  # the failure is part of the behaviour
        return exc
    return cs._operations


STREAMS = [
    b"BT /F1 12 Tf 72 712 Td (Hello, world) Tj ET",
    b"BT /F1 9.5 Tf 1 0 0 1 50.25 -.5 Tm [(Reven) -20 (ue) 120.5 (s)] TJ T* (x)' 1 2 (y)\" ET",
    b"q 0.5 0 0 .5 +3 -4. cm /Im0 Do Q",
    b"BT <00410042> Tj <0 04 1 0> Tj <abc> Tj <> Tj ET",  # whitespace and odd-length hex
    b"BT (a\\(b\\)c \\\\ \\101\\0 \\n\\t line\\\ncontinued) Tj (nested (paren) text) Tj ET",
    b"/Span <</MCID 3 /ActualText (x)>> BDC BT (t) Tj ET EMC",
    b"/Na#20me gs /caf\xc3\xa9 gs",  # escaped and non-ASCII names
    b"BT (5% of revenue) Tj ET % a comment\nBT (after) Tj ET",
    b"[1 2 null true false] 0 d",
    b"[1 2 (unterminated array",
    b"BT (\x00A\x0b\x00B) Tj ET",  # binary glyph codes with a vertical tab inside a string
    b"1 0 R Do",  # a reference: pypdf fails here, and so must the result
    b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q",
    b"BT 1,5 Tc (x) Tj ET",
    b"  \n ",
    b"",
    b"BT ) Tj ET",
    b"BT (\\400 big octal) Tj (\\q unknown) Tj (\\8) Tj ET",  # pypdf keeps the backslash
    b"BT (a\\\r\nb\\\n\rc\\\r\rd\\\n\ne\\\rf) Tj (trailing\\) Tj ET",
]
GLYPH_RUNS = [  # "x y Td <hex> Tj", read in one match after a Tj
    b"BT <00> Tj 1 2 Td <0041> Tj -3.5 +.25 Td<42>Tj 4 5Td <abc> Tj 6 7 Td <> Tj ET",
    b"BT <00> Tj 12 Td <00> Tj 7 1 2 Td <00> Tj ET",  # one number (not "1" "2"); extra operands
    b"BT <00> Tj 1 2 Td\x0b<00> Tj 1 2 Tdx <00> Tj 1 2 Td <00> Tjx 1,5 2 Td <00> Tj ET",
    b"BT <00> Tj 1 2 Td <00> Tj 1 2 Td <0g> Tj 1 2 Td <00> Tj",  # bad hex; ends without ET
    b"BT <00> Tj 12345678901234567890 2 Td <00> Tj ET",  # a number pypdf reads another way
    b"BT <00> Tj 1 0 R 2 Td <00> Tj ET",  # references: every number is checked
]
ESCAPED = [
    b"BT (\\(x\\) \\\\ \\n\\r\\t\\b\\f \\/\\ \\%\\<\\>\\[\\]\\#\\_\\&\\$) Tj ET",
    b"BT (\\1\\12\\123\\1234\\0009\\377) Tj ET",  # octal: one to three digits
    b"BT (line\\\r\ncontinued\\\rand\\\nagain\\\n\ntwo) Tj ET",
    b"BT [(W\\(a\\)) -20 (\\050b)] TJ ET",
]


@pytest.mark.parametrize("data", STREAMS + GLYPH_RUNS)
def test_same_operations_as_pypdf_or_none(data: bytes) -> None:
    expected = pypdf_ops(data)
    got = fast_operations(data)
    if got is None:
        return  # pypdf parses it: identical by construction
    assert not isinstance(expected, Exception), f"pypdf fails ({expected!r}) but the fast path did not"
    assert same(got, expected), (got, expected)


@pytest.mark.parametrize("data", ESCAPED)
def test_escaped_strings_are_decoded_without_pypdf(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = pypdf_ops(data)
    import pypdf.generic._utils as utils

    def refuse(*_: object) -> None:
        raise AssertionError("delegated to pypdf")

    monkeypatch.setattr(utils, "read_string_from_stream", refuse)
    got = fast_operations(data)
    assert got is not None and same(got, expected), (got, expected)


def test_common_streams_take_the_fast_path() -> None:
    for data in STREAMS[:6] + GLYPH_RUNS[:2]:
        assert fast_operations(data) is not None, data


def test_forced_encoding_is_honoured() -> None:
    data = b"BT (\x80\x81) Tj <8283> Tj ET"
    for encoding in (None, "charmap", {0x80: "€", 0x81: "x"}):
        got = fast_operations(data, encoding)
        assert got is not None and same(got, pypdf_ops(data, encoding))


def test_parsing_work_limit_leaves_the_stream_to_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import pypdf._configuration as config

    tight = dataclasses.replace(config.get_configuration(), stream_parsing_work_maximum_count=20)
    monkeypatch.setattr(config, "get_configuration", lambda: tight)
    assert fast_operations(b"1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 re") is None


def test_install_routes_pypdf_through_the_fast_parser() -> None:
    from pypdf.generic import ContentStream

    assert install() and install(), drift_message()  # idempotent
    cs = ContentStream(None, None)
    cs.set_data(b"BT /F1 12 Tf (Hi) Tj ET")
    assert [op for _, op in cs.operations] == [b"BT", b"Tf", b"Tj", b"ET"]
    assert getattr(ContentStream._parse_content_stream, "__wrapped__", None) is not None


@needs_shared()
def test_identical_on_a_sample_of_real_filing_pages() -> None:
    from pypdf import PdfReader

    checked = 0
    for name in ("BESTBUY_2023_10K.pdf", "VERIZON_2022_10K.pdf", "PEPSICO_2023Q1_EARNINGS.pdf"):
        reader = PdfReader(FINANCEBENCH / "pdfs" / name)
        for page in list(reader.pages)[::15]:
            for data, encoding in content_streams(page):
                got = fast_operations(data, encoding)
                assert got is not None, f"{name}: fell back"
                assert same(got, pypdf_ops(data, encoding)), name
                checked += 1
    assert checked >= 10
