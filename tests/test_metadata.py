"""Metadata detection on small synthetic covers, file names, and period normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.types import LoadedDocument, PageText
from ingest.metadata import (
    canonical_company,
    company_matches,
    detect_metadata,
    display_title,
    find_periods,
    normalise_period,
    parse_filename,
    period_year,
)

ANON_PDF = Path("/tmp/document.pdf")
ANON_TXT = Path("/tmp/document.txt")


def doc(*pages: str, title: str = "document", hints: dict[str, str] | None = None) -> LoadedDocument:
    return LoadedDocument(
        source="/tmp/document", sha256="0", title=title,
        pages=[PageText(page=i + 1, text=t) for i, t in enumerate(pages)],
        metadata_hints=hints or {},
    )


def cover(form: str, period_line: str, name: str = "ACME WIDGETS, INC.") -> str:
    return f"""UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM {form}
(Mark One)
x {"ANNUAL" if form == "10-K" else "QUARTERLY"} REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
{period_line}
Commission file number 1-1234
{name}
(Exact name of registrant as specified in its charter)
Delaware  12-3456789
Securities registered pursuant to Section 12(b) of the Act:
Title of each class  Trading Symbol(s)  Name of each exchange on which registered
Common Stock, $0.01 par value  ACME  New York Stock Exchange
1.5% Notes due 2030  ACME30  New York Stock Exchange"""


BODY = "Acme Widgets, Inc. shareholders approved the plan. Acme Widgets, Inc. reported results."


@pytest.mark.parametrize(
    ("period_line", "expected"),
    [
        ("For the fiscal year ended December 31, 2022", "FY2022"),
        ("For the fiscal year ended January 1, 2023", "FY2022"),  # 52/53-week year ending in early January
        ("For the fiscal year ended\nJanuary 28, 2023", "FY2023"),  # named by the year it ends in
        ("For the fiscal year ended September 30, 2023", "FY2023"),
        ("For the fiscal year ended February 3, 2018", "FY2018"),  # 53-week year spilling into February
    ],
)
def test_10k_cover(period_line: str, expected: str) -> None:
    meta = detect_metadata(doc(cover("10-K", period_line), BODY), ANON_PDF)
    assert meta.doc_type == "10-K"
    assert meta.company == "Acme Widgets, Inc."  # the cover's all-caps name in the text's own case
    assert meta.ticker == "ACME"
    assert meta.period == expected
    assert meta.sources["company"] == "cover"


def test_10q_prefers_the_quarter_stated_in_words() -> None:
    text = cover("10-Q", "For the quarterly period ended July 29, 2023")
    stated = "Revenue in the second quarter of fiscal 2024 fell. In the second quarter of fiscal 2024 we ..."
    assert detect_metadata(doc(text, stated), ANON_PDF).period == "Q2 2024"
    # Without words: the calendar quarter of the period end; 1-7 July still counts as June.
    assert detect_metadata(doc(cover("10-Q", "For the quarterly period ended July 2, 2023")), ANON_PDF).period == "Q2 2023"
    meta = detect_metadata(doc(text, stated), ANON_PDF)
    assert (meta.doc_type, meta.ticker) == ("10-Q", "ACME")


def test_8k_period_from_report_date_and_title_case_fallback() -> None:
    text = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
WASHINGTON, D.C. 20549
FORM 8-K
CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
Date of Report (Date of earliest event reported): May 30, 2023
NORDIC PAPER CORP.
(Exact name of registrant as specified in its charter)"""
    meta = detect_metadata(doc(text), ANON_PDF)
    assert (meta.doc_type, meta.period, meta.company) == ("8-K", "Q2 2023", "Nordic Paper Corp.")


def test_earnings_release() -> None:
    text = """FOR IMMEDIATE RELEASE
Acme Reports Second-Quarter 2023 Results
NEW YORK (July 20, 2023) – Acme Corp. (NYSE: ACM) today reported results for the second quarter 2023.
Read with our Quarterly Reports on Form 10-Q and Current Reports on Form 8-K filed with the
Securities and Exchange Commission."""
    meta = detect_metadata(doc(text), ANON_PDF)
    assert meta.doc_type == "earnings"
    assert (meta.company, meta.ticker, meta.period) == ("Acme Corp.", "ACM", "Q2 2023")


def test_wire_dateline_is_not_part_of_the_company_name() -> None:
    text = """Zenfold Living Reports Fourth Quarter Results
RIVERTON, Ill.--(BUSINESS WIRE)-- Zenfold Living, Inc. (NASDAQ: ZNFL) today announced results for the
fourth quarter of fiscal 2023. Zenfold Living, Inc. (NASDAQ: ZNFL) operates stores."""
    meta = detect_metadata(doc(text), ANON_PDF)
    assert (meta.company, meta.ticker) == ("Zenfold Living, Inc.", "ZNFL")


def test_article_company_ticker_and_period() -> None:
    text = """Why a small optical stock is gaining attention
Shares of Fjord Optics (OSE: FJORD) jumped after Q1 2026 results. Meanwhile NVIDIA (NASDAQ: NVDA) fell.
Fjord Optics (OSE: FJORD) said first-quarter revenue rose 60%. The second quarter of 2026 is next.
The first-quarter margin improved."""
    meta = detect_metadata(doc(text), ANON_TXT)
    assert meta.doc_type == "article"
    assert (meta.company, meta.ticker, meta.period) == ("Fjord Optics", "FJORD", "Q1 2026")


def test_article_suffix_name_and_year_only() -> None:
    text = "Nordlys Group ASA is expanding. Nordlys expects strong demand in 2027 and 2027 beyond 2025."
    meta = detect_metadata(doc(text), ANON_TXT)
    assert (meta.company, meta.period, meta.ticker) == ("Nordlys Group ASA", "2027", None)


def test_report_pdf_without_markers_is_not_an_article() -> None:
    meta = detect_metadata(doc("Annual Report 2023\nOur year in review"), ANON_PDF)
    assert meta.doc_type == "report"
    assert detect_metadata(doc("Some slides"), ANON_PDF).doc_type == "other"


def test_file_name_hints_fill_gaps_and_win_on_type() -> None:
    meta = detect_metadata(doc("Some text without markers."), Path("/x/ACME_2023Q2_EARNINGS.pdf"))
    assert (meta.doc_type, meta.period, meta.company) == ("earnings", "Q2 2023", "Acme")
    assert meta.sources["company"] == "filename"
    meta = detect_metadata(doc("Nothing here."), Path("/x/PEPSICO_2022_10K.pdf"))
    assert (meta.doc_type, meta.period) == ("10-K", "FY2022")


def test_front_matter_hints_win() -> None:
    hints = {"company": "Widget Group ASA", "period": "first quarter of 2026", "doc_type": "report"}
    meta = detect_metadata(doc("Zeta Corp. (NYSE: ZZ) rose in 2025.", hints=hints), Path("/x/a.md"))
    assert (meta.company, meta.period, meta.doc_type) == ("Widget Group ASA", "Q1 2026", "report")


@pytest.mark.parametrize(
    ("name", "company", "period", "doc_type"),
    [
        ("JOHNSON_JOHNSON_2023Q2_EARNINGS.pdf", "Johnson Johnson", "Q2 2023", "earnings"),
        ("PEPSICO_2023_8K_dated-2023-05-30.pdf", "Pepsico", "Q2 2023", "8-K"),
        ("BESTBUY_2024Q2_10Q.pdf", "Bestbuy", "Q2 2024", "10-Q"),
        ("VERIZON_2021_10K.pdf", "Verizon", "FY2021", "10-K"),
        ("nokia-ai-infrastructure-2026.txt", None, "2026", None),
        ("smartoptics-q1-2026-ai-optical.txt", None, "Q1 2026", None),
    ],
)
def test_parse_filename(name: str, company: str | None, period: str, doc_type: str | None) -> None:
    meta = parse_filename(Path(name))
    assert (meta.company, meta.period, meta.doc_type) == (company, period, doc_type)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Best Buy Co., Inc.", "best buy"),
        ("Johnson & Johnson", "johnson johnson"),
        ("Smartoptics Group ASA", "smartoptics"),
        ("The Coca-Cola Company", "coca cola"),
        ("PepsiCo, Inc.", "pepsico"),
        ("Royal Philips N.V.", "royal philips"),
        ("Smartoptics'", "smartoptics"),
    ],
)
def test_canonical_company(name: str, key: str) -> None:
    assert canonical_company(name) == key


def test_company_matches() -> None:
    assert company_matches("Verizon Communications Inc.", "Verizon")
    assert company_matches("BESTBUY", "Best Buy Co., Inc.")
    assert company_matches("Johnson and Johnson", "JOHNSON & JOHNSON")
    assert not company_matches("Johnson Controls", "Johnson & Johnson")
    assert not company_matches(None, "Verizon")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fiscal 2022", "FY2022"), ("FY22", "FY2022"), ("FY 2022", "FY2022"), ("FY-22", "FY2022"),
        ("2022 fiscal year", "FY2022"), ("fiscal year 2022", "FY2022"), ("full-year 2022", "FY2022"),
        ("first quarter of 2026", "Q1 2026"), ("Q1'26", "Q1 2026"), ("1Q26", "Q1 2026"),
        ("Q1 FY2024", "Q1 2024"), ("Q1 FY24", "Q1 2024"), ("2023Q2", "Q2 2023"), ("Q3 2021", "Q3 2021"),
        ("second quarter of fiscal 2024", "Q2 2024"), ("2022 Fourth-Quarter", "Q4 2022"),
        ("fourth-quarter and full year 2022", "Q4 2022"), ("fiscal 2024 second quarter", "Q2 2024"),
        ("H1 2026", "H1 2026"), ("first half of 2026", "H1 2026"),
        ("What was revenue in 2022?", "2022"), ("What was Q2 growth of 25%?", None), ("no period", None),
    ],
)
def test_normalise_period(text: str, expected: str | None) -> None:
    assert normalise_period(text) == expected


def test_find_periods_in_order_and_period_year() -> None:
    q = "Compare FY2021 capex with the first quarter of 2023 and Q4'22, for Pepsico"
    assert find_periods(q) == ["FY2021", "Q1 2023", "Q4 2022"]
    assert [period_year(p) for p in ("Q2 2024", "FY2022", "2026", None)] == [2024, 2022, 2026, None]


def test_display_title() -> None:
    meta = detect_metadata(doc(cover("10-K", "For the fiscal year ended December 31, 2022"), BODY), ANON_PDF)
    assert display_title(meta, "FORM 10-K") == "Acme Widgets, Inc. 10-K FY2022"
    assert display_title(detect_metadata(doc("A story."), ANON_TXT), "A story") == "A story"


def test_real_filing_first_pages() -> None:
    """Smoke: the first pages of a real, empty-password-encrypted 10-Q."""
    from ingest.loaders.pdf import PdfLoader

    pdf = Path("/work/shared/financebench/pdfs/BESTBUY_2024Q2_10Q.pdf")
    if not pdf.exists():
        pytest.skip("development set not present")
    loaded = PdfLoader().load(pdf, max_pages=2)
    assert "For the quarterly period ended July 29, 2023" in loaded.pages[0].text
    meta = detect_metadata(loaded, pdf)
    assert (meta.doc_type, meta.ticker, canonical_company(meta.company or "")) == ("10-Q", "BBY", "best buy")
    assert meta.period == "Q2 2024"  # the file name's fiscal quarter; the cover alone gives the date


def test_unknown_doc_type_hint_is_ignored_and_foreign_ticker_dropped() -> None:
    meta = detect_metadata(doc("A story about Zeta Corp. and more.", hints={"doc_type": "post"}), Path("/x/a.md"))
    assert meta.doc_type == "article"
    older_cover = cover("10-K", "For the fiscal year ended December 31, 2022").split("Securities registered")[0]
    text = older_cover + "\nWe compete with Rival Inc. (NYSE: RVL) in every market."
    meta = detect_metadata(doc(text, BODY), ANON_PDF)
    assert meta.company == "Acme Widgets, Inc." and meta.ticker is None
