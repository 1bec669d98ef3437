"""A table row's cell answers a period only when its column heading says so (made-up headers)."""

from __future__ import annotations

import pytest

from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import ExtractiveAnswerer, analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

ROW = "Sales  518  501  1,020  990"
GROUPS = "Three Months Ended  Six Months Ended\n2024  2023  2024  2023"
Q4_FY = "Q4  Full Year\n2024  2023  2024  2023"
REPEATED = "2024  2023  Total  Operations  2024  2023  Total  Operations"  # span words cut off
COMPARED = "Years Ended December 31,  Change\n2024  2023  2022  2024 vs. 2023"


def _locate(question: str, header: str, row: str = ROW) -> tuple[float, bool]:
    cells = [x for x in parse_quantities(row) if not x.is_year]
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells)
    return cells[at].value, told


@pytest.mark.parametrize(("question", "header", "row", "expected"), [
    ("What were sales in the six months of 2023?", GROUPS, ROW, 990),
    ("What were sales in the second quarter of 2024?", GROUPS, ROW, 518),
    ("What were full-year 2023 sales?", Q4_FY, ROW, 990),
    ("What were sales in 2023?", "2024  2023", "Sales  518  501", 501),
    ("What were sales in 2023?", COMPARED, "Sales  518  501  480  17", 501),  # "2024 vs. 2023" is a change
    ("What were sales?", "", "Sales  518  501", 518),  # no period asked: nothing to tell
])
def test_a_heading_that_names_the_asked_period_tells_the_column(question: str, header: str, row: str,
                                                                 expected: float) -> None:
    assert _locate(question, header, row) == (pytest.approx(expected), True)


@pytest.mark.parametrize(("question", "header", "row"), [
    ("What were sales in 2023?", "", "Sales  518  501"),  # the header is in another passage
    ("What were sales in 2021?", "2024  2023", "Sales  518  501"),  # the header names other years
    ("What were sales in 2023?", Q4_FY, ROW),  # a quarter and a year: the question chose neither
    ("What were sales in 2024?", REPEATED, "Sales  518  501  3.4  2.0  1,020  990  3.0  2.5"),
])
def test_a_column_the_heading_does_not_name_is_a_guess(question: str, header: str, row: str) -> None:
    assert _locate(question, header, row)[1] is False


def test_a_row_whose_columns_cannot_be_told_offers_no_figure() -> None:
    # The table's period heading ("Fourth Quarter ... Twelve Months") is on the passage before.
    text = ("2024  2023  Change  2024  2023  Change\n"
            "Widget sales  $ 2,301  2,318  (0.7)%  $ 9,276  9,139  1.5%\n"
            "Gadget sales  $ 1,105  1,002  10.3%  $ 4,410  4,020  9.7%")
    hit = SearchHit(chunk_id="acme:8", doc_id="acme", title="Acme release", source="", page=8, text=text,
                    score=1.0, company="Acme Robotics", period="Q4 2024")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer("What were Acme's widget sales in 2024?", [hit])
    assert answer.key_figure is None or answer.key_figure.value not in (2301, 9276)
    # With its heading the same row answers: the year's column is named.
    headed = SearchHit(**{**hit.__dict__, "text": "Fourth Quarter  Twelve Months\n" + text})
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What were Acme's full-year widget sales in 2024?", [headed])
    assert answer.key_figure is not None and answer.key_figure.value == 9276


@pytest.mark.parametrize(("header", "own", "told"), [
    ("Twelve Months Ended June 30,\n2024  2023", "Q4 2024", False),  # the header says years
    ("($ in millions)  2024  2023", "FY2024", False),  # no span, in an annual filing: its columns are years
    ("($ in millions)  2024  2023", "Q4 2024", True),  # no span, in the quarter's own release
    ("Three Months Ended June 30,\n2024  2023", "FY2024", True),
])
def test_a_quarter_asked_is_answered_only_by_a_quarter_column(header: str, own: str, told: bool) -> None:
    q = analyse(parse_question("What were sales in the three months ended June 30, 2024?", []), [])
    cells = [x for x in parse_quantities("Sales  518  501") if not x.is_year]
    assert locate_column(q, header, cells, own)[1] is told


def test_a_filing_named_by_its_period_is_where_to_look_not_the_period_asked() -> None:
    from assistant.core.answer.text import asks_before_own

    # A balance at the prior year-end, read from the quarter's filing: its second (prior) column.
    assert asks_before_own("Acme treasury stock at December 31, 2023 (from the Q2 2024 10-Q balance sheet)? $m.",
                           "Q2 2024")
    # The filing's own period asked, named as the period or only as the filing: not before it.
    assert not asks_before_own("What was Acme's revenue in Q2 2024 (Q2 2024 10-Q)?", "Q2 2024")
    assert not asks_before_own("Per the Q2 2024 10-Q, what was Acme's revenue for the quarter?", "Q2 2024")
    assert not asks_before_own("Acme revenue in Q2 2023 versus Q2 2024?", "Q2 2024")
