"""Rows below a statement's columns that ingest left unread: read at answer time by the page's
own columns (the supplemental lines at the foot of a cash flow statement). Made-up rows only."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.page_rows import page_rows, split_row
from assistant.core.finance.facts import Fact
from assistant.core.types import SearchHit

_YEARS = [("FY2024", date(2024, 3, 2)), ("FY2023", date(2023, 3, 4)), ("FY2022", date(2022, 2, 26))]


def _row(label: str, values: list[float], concept: str | None = None, page: int = 61,
         statement: str = "cash_flow") -> list[Fact]:
    row = f"{label}  " + "  ".join(f"{v:,.0f}" for v in values)
    return [Fact(concept=concept, label=label, period_end=end, period=period, duration_months=12, value=v,
                 statement=statement, doc_id="zephyr-10k", page=page, row=row, company="Zephyr Tools")
            for (period, end), v in zip(_YEARS, values, strict=True)]


STATEMENT = (_row("Net cash provided by operating activities", [950, 870, 810], "cash_from_operations")
             + _row("Purchases of property and equipment", [-210, -190, -175], "capex"))
FOOT = ("Cash and cash equivalents at end of year  $  1,204  $  1,050  $  990\n"
        "Supplemental disclosures\n"
        "Cash paid during the year for:\n"
        "Income taxes  $  141  $  —  $  118\n"
        "Interest  (12)  (15)  (17)\n"
        "Page 61")


def _hit(text: str, page: int = 61, page_end: int | None = 61) -> SearchHit:
    return SearchHit(chunk_id="zephyr-10k:c:00090", doc_id="zephyr-10k", title="Zephyr Tools 10-K", source="z.pdf",
                     page=page, page_end=page_end, text=text, score=1.0, kind="cash_flow", company="Zephyr Tools")


@pytest.mark.parametrize(("line", "expected"), [
    ("Interest paid  $  31  $  22  $  50", ("Interest paid", [31.0, 22.0, 50.0])),
    ("Income taxes refunded  (4)  —  1,206.5", ("Income taxes refunded", [-4.0, None, 1206.5])),
    ("Cash paid during the year for:", None),
    ("See Notes to Consolidated Financial Statements.", None),
    ("Revenue grew 12% in 2023  5  6", None),
])
def test_a_row_is_a_label_then_amount_cells_only(line: str, expected: tuple[str, list[float | None]] | None) -> None:
    assert split_row(line) == expected


def test_rows_under_the_columns_take_the_pages_periods_in_order() -> None:
    found = page_rows(STATEMENT, [_hit(FOOT)])
    taxes = {f.period: f.value for f in found if f.label == "Income taxes"}
    assert taxes == {"FY2024": 141.0, "FY2022": 118.0}  # the dash is no figure
    interest = [f for f in found if f.label == "Interest"]
    assert [f.value for f in interest] == [-12.0, -15.0, -17.0]
    assert interest[0].extra == {"section": "Cash paid during the year for"} and interest[0].statement == "cash_flow"
    assert interest[0].chunk_id == "zephyr-10k:c:00090" and interest[0].concept is None


def test_no_rows_where_the_columns_cannot_be_told() -> None:
    assert page_rows(STATEMENT, [_hit(FOOT, page=62, page_end=62)]) == []  # no facts on that page
    assert page_rows(STATEMENT, [_hit(FOOT, page=61, page_end=62)]) == []  # a passage over two pages
    two_cells = "Interest  12  15"  # another count of cells than the page's columns
    assert page_rows(STATEMENT, [_hit(two_cells)]) == []
    other = Fact(concept=None, label="Other", period_end=date(2021, 2, 27), period="FY2021", duration_months=12,
                 value=1, statement="cash_flow", doc_id="zephyr-10k", page=61, row="Other  1  2  3",
                 company="Zephyr Tools")
    disagree = [*STATEMENT, other, *_row("Other", [1, 2, 3])[1:]]
    assert page_rows(disagree, [_hit(FOOT)]) == []  # the page's widest rows list other periods


def test_a_row_the_page_already_holds_is_not_read_again() -> None:
    held = [*STATEMENT, *_row("Interest", [-12, -15, -17])]
    assert not [f for f in page_rows(held, [_hit(FOOT)]) if f.label == "Interest"]


def test_a_supplemental_row_answers_the_year_asked_by_its_label() -> None:
    facts = [*STATEMENT, *page_rows(STATEMENT, [_hit(FOOT)])]
    answer = answer_from_facts("How much did Zephyr Tools pay in income taxes in fiscal 2022? USD millions.",
                               facts, company="Zephyr Tools")
    assert answer is not None and not answer.refused and answer.key_figure is not None, answer
    assert answer.key_figure.value == 118.0
    assert answer.citations[0].page == 61
