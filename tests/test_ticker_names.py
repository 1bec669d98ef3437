"""A ticker or a company's initials in a question are the company: the question is read with the
company's name in their place, so search, matching and checks see a name they can find."""

from __future__ import annotations

from pathlib import Path

from assistant.api import Library
from assistant.core.answering import ask
from assistant.core.finance.companies import find_companies, short_name, tickers_named
from assistant.core.settings import Settings
from assistant.core.types import DocumentRecord


def _rec(doc_id: str, company: str, ticker: str | None) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/x/{doc_id}.pdf", sha256="0", pages=1,
                          company=company, ticker=ticker)


RECORDS = [
    _rec("q", "Quillon Brands, Inc.", "QBX"),
    _rec("m", "Marrow Hotels International", "MARROW"),
    _rec("h", "Hollis & Vane", None),
    _rec("t", "The Tessaly Company", "TSY"),
]


def test_short_name_drops_legal_suffixes() -> None:
    assert short_name("Quillon Brands, Inc.") == "Quillon Brands"
    assert short_name("Orrin Tools Co., Inc.") == "Orrin Tools"
    assert short_name("Kestrel Bank & Co .") == "Kestrel Bank"
    assert short_name("The Tessaly Company") == "Tessaly"
    assert short_name("Hollis & Vane") == "Hollis & Vane"


def test_a_ticker_is_written_as_the_company_name() -> None:
    assert tickers_named("QBX's 2022 revenue?", RECORDS) == "Quillon Brands's 2022 revenue?"
    assert tickers_named("TSY gross margin, FY2021?", RECORDS) == "Tessaly gross margin, FY2021?"
    # Initials of a two-word "X & Y" name are the company too.
    assert tickers_named("H&V net debt at year end?", RECORDS) == "Hollis & Vane net debt at year end?"
    # Both companies of a comparison.
    assert tickers_named("QBX vs TSY revenue in 2022?", RECORDS) == "Quillon Brands vs Tessaly revenue in 2022?"


def test_names_and_tickers_that_are_the_name_stay() -> None:
    for q in ("What was Quillon Brands' revenue in 2022?",
              "What did Quillon earn in 2022?",
              "MARROW Asia occupancy in 2022?",  # the ticker is the name's first word
              "What is the qbx ratio?",  # lower case is no ticker
              "What did QBR report?"):  # no library ticker
        assert tickers_named(q, RECORDS) == q
    assert find_companies("QBX's 2022 revenue?", RECORDS) == ["Quillon Brands, Inc."]


_NOTES = """---
company: {company}
ticker: {ticker}
period: FY2022
doc_type: article
---
# {company} results for fiscal 2022

{company} reported net revenue of ${revenue} million for fiscal 2022, and its order book grew
through the year as new customers signed multi-year supply agreements.
"""


def test_a_question_naming_the_ticker_is_answered_from_the_company(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, company, ticker, revenue in (("quillon", "Quillon Brands, Inc.", "QBX", "1,234"),
                                           ("tessaly", "Tessaly Works plc", "TSW", "987")):
        (docs / f"{name}.md").write_text(_NOTES.format(company=company, ticker=ticker, revenue=revenue))
    library = Library(Settings(home=tmp_path / "home", embedding_backend="hash"))
    library.ingest(sorted(docs.iterdir()))
    # Read as a name, "QBX" is in no passage ("No passage found mentions QBX"): the ticker is the company.
    question = "How much revenue did QBX report for fiscal 2022?"
    answer = ask(question, library=library)
    assert not answer.refused, answer.answer
    assert "1,234" in answer.answer
    assert answer.question == question
    assert answer.standalone_question == "How much revenue did Quillon Brands report for fiscal 2022?"
