"""A filing's ticker from its cover, whichever order the table prints (rows under the column
captions, or rows above them), at ingest and for a filing already stored without one."""

from __future__ import annotations

from assistant.api import Library
from assistant.core.finance.cover_tickers import cover_ticker
from assistant.core.query import parse_question
from assistant.core.types import LoadedDocument, PageText
from ingest.metadata import detect_metadata
from tests.test_metadata import ANON_PDF
from tests.test_retrieval import _add, _filler

# Rows first, then the captions beneath them: the order some registrants print.
_ROWS_ABOVE = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
FORM 10-K
ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
For the fiscal year ended June 30, 2022
Commission file number 1-9876
QUORVEN OUTDOOR, INC.
(Exact name of registrant as specified in its charter)
Securities registered pursuant to Section 12(b) of the Act:
Class A Common Stock  QVNO  New York Stock Exchange
(Title of each class)  (Trading symbol)  (Name of each exchange on which registered) Securities registered pursuant to Section 12(g) of the Act:
NONE
Indicate by check mark whether the registrant is a well-known seasoned issuer. Yes x No
As of December 31, 2021, the aggregate market value held by non-affiliates was $12 billion."""


def test_rows_above_the_captions() -> None:
    assert cover_ticker(_ROWS_ABOVE) == "QVNO"


def test_rows_under_the_captions_still_read_first() -> None:
    under = ("Securities registered pursuant to Section 12(b) of the Act:\n"
             "Title of each class  Trading Symbol(s)  Name of each exchange on which registered\n"
             "Common Stock  WXYZ  Nasdaq Global Select Market")
    assert cover_ticker(under) == "WXYZ"


def test_no_table_no_ticker() -> None:
    assert cover_ticker("Quorven Outdoor's shares trade on the New York Stock Exchange.") is None


def test_ingest_reads_rows_above_the_captions() -> None:
    loaded = LoadedDocument(source="/tmp/document", sha256="0", title="document",
                            pages=[PageText(page=1, text=_ROWS_ABOVE)], metadata_hints={})
    meta = detect_metadata(loaded, ANON_PDF)
    assert (meta.doc_type, meta.ticker) == ("10-K", "QVNO")


def test_a_stored_filing_without_a_ticker_gets_its_covers(fake_library: Library) -> None:
    # Stored by a reader that missed the ticker: the record has none, the stored cover has it.
    _add(fake_library, "qv-22", "Quorven Outdoor, Inc.", "FY2022", [_ROWS_ABOVE, *_filler(3, "footwear")])
    _add(fake_library, "tb-22", "Tarnby Foods Corp.", "FY2022", _filler(3, "snacks"))
    records = {d.doc_id: d for d in fake_library.documents()}
    assert records["qv-22"].ticker == "QVNO"
    assert records["tb-22"].ticker is None
    parsed = parse_question("QVNO: footwear revenue in fiscal 2022?", fake_library.documents())
    assert parsed.companies == ["Quorven Outdoor, Inc."]
    assert parsed.unknown_companies == []
