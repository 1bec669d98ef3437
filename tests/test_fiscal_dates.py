"""A date the question names read as the end of a filing's period (retrieval/fiscal_dates.py):
made-up filers whose fiscal years end in January and in late December."""

from __future__ import annotations

from collections import Counter
from datetime import date

from assistant.core.finance.facts import Fact
from assistant.core.query import parse_question
from assistant.core.retrieval.fiscal_dates import (
    columns_of,
    dated_periods,
    record_period,
    with_fiscal_dates,
)
from assistant.core.types import DocumentRecord


def _rec(doc_id: str, company: str, period: str, doc_type: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256=doc_id * 2, pages=40,
                          company=company, period=period, doc_type=doc_type)


def _facts(doc_id: str, columns: list[tuple[date, int, str, int]]) -> list[Fact]:
    """`count` facts for each (end, months, fiscal label, count)."""
    return [Fact("revenue", "Revenue", end, label, months, 1.0, statement="income_statement", doc_id=doc_id)
            for end, months, label, count in columns for _ in range(count)]


WREN = "Wrenfield Stores Inc."
KESTREL = "Kestrel Foods Co."
RECORDS = [
    _rec("wren-10k", WREN, "FY2031", "10-K"),  # the year to February 1, 2031
    _rec("wren-10q", WREN, "Q2 2032", "10-Q"),  # the half-year to August 2, 2031
    _rec("kest-10k", KESTREL, "FY2030", "10-K"),  # the 52 weeks to December 28, 2030
]
FACTS = {
    "wren-10k": _facts("wren-10k", [(date(2031, 2, 1), 12, "FY2031", 30), (date(2030, 2, 2), 12, "FY2030", 30),
                                    (date(2031, 2, 1), 0, "FY2031", 25), (date(2030, 2, 2), 0, "FY2030", 25),
                                    (date(2031, 3, 31), 3, "Q1 FY2031", 2)]),
    "wren-10q": _facts("wren-10q", [(date(2031, 8, 2), 3, "Q2 FY2032", 20), (date(2031, 8, 2), 6, "6M FY2032", 20),
                                    (date(2030, 8, 3), 6, "6M FY2031", 20), (date(2031, 8, 2), 0, "Q2 FY2032", 20),
                                    (date(2031, 2, 1), 0, "FY2031", 20)]),
    "kest-10k": _facts("kest-10k", [(date(2030, 12, 28), 12, "FY2030", 30), (date(2030, 12, 28), 3, "Q4 FY2030", 8),
                                    (date(2030, 12, 28), 0, "FY2030", 30)]),
}


class _Library:
    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def facts(self, doc_ids: list[str]) -> list[Fact]:
        self.asked.append(list(doc_ids))
        return [f for d in doc_ids for f in FACTS[d]]


def _columns(company: str = WREN) -> Counter[tuple[date, int, str]]:
    out: Counter[tuple[date, int, str]] = Counter()
    for r in RECORDS:
        if r.company == company:
            out.update(columns_of(FACTS[r.doc_id]))
    return out


def test_column_labels_read_as_record_periods() -> None:
    assert [record_period(x) for x in ("Q2 FY2032", "6M FY2032", "9M FY2032", "FY2031", "")] == [
        "Q2 2032", "Q2 2032", "Q3 2032", "FY2031", None]


def test_half_year_end_is_the_fiscal_quarter_not_the_calendar_one() -> None:
    assert dated_periods("Wrenfield's revenue for the six months ended August 2, 2031?", _columns()) == {
        "Q3 2031": "Q2 2032"}


def test_balance_date_is_the_fiscal_year_it_closes() -> None:
    # the quarterly report's comparative balance at February 1, 2031 is labelled the same year
    assert dated_periods("Wrenfield's cash as of February 1, 2031?", _columns()) == {"Q1 2031": "FY2031"}


def test_a_comparative_span_is_read_as_its_own_fiscal_period() -> None:
    assert dated_periods("Wrenfield's revenue in the six months ended August 3, 2030?", _columns()) == {
        "Q3 2030": "Q2 2031"}


def test_the_span_named_picks_the_columns() -> None:
    # a column whose fiscal label is its calendar quarter changes nothing; a span no column reports maps nothing
    assert dated_periods("Wrenfield's revenue in the quarter ended March 31, 2031?", _columns()) == {}
    assert dated_periods("Wrenfield's revenue in the nine months ended August 2, 2031?", _columns()) == {}


def test_a_calendar_quarter_that_is_the_fiscal_period_is_left_alone() -> None:
    assert dated_periods("Kestrel's revenue in the quarter ended December 28, 2030?", _columns(KESTREL)) == {}
    # its year, though, is read as the fiscal year
    assert dated_periods("Kestrel's debt as of December 28, 2030?", _columns(KESTREL)) == {"Q4 2030": "FY2030"}


def test_search_reading_weighs_the_filing_of_the_fiscal_period_first() -> None:
    question = "What was Wrenfield Stores' gross margin in the six months ended August 2, 2031?"
    parsed = parse_question(question, RECORDS)
    assert parsed.doc_periods.get("Q2 2032", 0.0) == 0.0  # the calendar reading: Q3 2031 misses the 10-Q
    library = _Library()
    read = with_fiscal_dates(parsed, RECORDS, library)  # type: ignore[arg-type]
    assert read.doc_periods["Q2 2032"] == 1.0
    assert read.doc_periods.get("FY2031", 0.0) < 1.0
    assert "Q2 2032" in read.periods and "Q3 2031" not in read.periods
    # columns are read once per document version
    with_fiscal_dates(parse_question(question, RECORDS), RECORDS, library)  # type: ignore[arg-type]
    assert len(library.asked) == 1


def test_balance_date_of_a_comparative_year_ranks_the_filing_that_closes_it() -> None:
    parsed = parse_question("Wrenfield Stores' inventories at February 2, 2030?", RECORDS)
    read = with_fiscal_dates(parsed, RECORDS, _Library())  # type: ignore[arg-type]
    # FY2030 is no filing's own year: next year's 10-K carries it, the quarterly report does not
    assert read.doc_periods.get("FY2031") == 1.0 and read.doc_periods.get("Q2 2032", 0.0) < 1.0


def test_no_company_or_no_date_leaves_the_reading_unchanged() -> None:
    library = _Library()
    for question in ("What was revenue in the six months ended August 2, 2031?",
                     "What was Wrenfield Stores' revenue in fiscal 2031?"):
        parsed = parse_question(question, RECORDS)
        assert with_fiscal_dates(parsed, RECORDS, library) is parsed  # type: ignore[arg-type]
    assert library.asked == []


class _Unreferenced:
    __slots__ = ()  # no weak references: the columns are read afresh each time

    def facts(self, doc_ids: list[str]) -> list[Fact]:
        return [f for d in doc_ids for f in FACTS[d]]


def test_a_library_that_cannot_be_cached_is_read_afresh() -> None:
    parsed = parse_question("Wrenfield Stores' revenue for the six months ended August 2, 2031?", RECORDS)
    assert with_fiscal_dates(parsed, RECORDS, _Unreferenced()).doc_periods["Q2 2032"] == 1.0  # type: ignore[arg-type]


def test_a_quarter_named_by_its_end_month_is_read_as_the_fiscal_quarter() -> None:
    # "the July 2031 quarter" ends with July (August 2 is within a 52/53-week year's slack)
    assert dated_periods("Wrenfield's revenue in the July 2031 quarter?", _columns()) == {"Q3 2031": "Q2 2032"}
    parsed = parse_question("What were Wrenfield Stores' sales in the July 2031 quarter alone?", RECORDS)
    assert parsed.periods == ["Q3 2031"]  # the calendar reading first, as for a dated span
    read = with_fiscal_dates(parsed, RECORDS, _Library())  # type: ignore[arg-type]
    assert read.periods == ["Q2 2032"] and read.doc_periods["Q2 2032"] == 1.0
