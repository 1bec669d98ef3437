"""A row's growth between fiscal years in a table dated by calendar (made-up retailer): the
company's statement facts say which fiscal year each dated column is; a header the facts cannot
date, or dated two ways, gives nothing."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.row_fiscal import fiscal_derived, fiscal_map, header_offset
from assistant.core.finance.facts import Fact
from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from tests.fakes.chunk_store import chunk, store

HEADER = ("Share buybacks were as follows ($ in millions):\nThree Months Ended  Six Months Ended\n"
          "August 2, 2025  August 3, 2024  August 2, 2025  August 3, 2024")
TABLE = f"{HEADER}\nTotal cost of shares bought back  $  70  $  12  $  150  $  450\nShares bought back  0.9  0.2  1.9  5.1\n"


def _fact(period: str, end: date) -> Fact:
    return Fact(concept="cash", label="Cash", period_end=end, period=period, duration_months=0, value=1.0,
                unit="USD", scale="million", statement="balance_sheet", doc_id="d", page=3, row="Cash 1 1",
                column="", company="Kestrel Stores", chunk_id="d:v1:00001", extra={})


# Kestrel's fiscal 2026 runs to early 2026: its August 2025 quarter is fiscal 2026, its January 2025 year end fiscal 2025
FACTS = [_fact("Q2 FY2026", date(2025, 8, 2)), _fact("6M FY2025", date(2024, 8, 3)), _fact("FY2025", date(2025, 2, 1))]


def _hit(text: str = TABLE) -> SearchHit:
    return SearchHit(chunk_id="d:v1:00004", doc_id="d", title="Kestrel Stores Q2 10-Q", source="/d/d.txt", page=7,
                     text=text, score=1.0, kind="table", company="Kestrel Stores", period="Q2 2026")


def _growth(question: str, text: str = TABLE, facts: list[Fact] = FACTS) -> float | None:
    got = fiscal_derived(question, parse_question(question, []), [_hit(text)], store([chunk(4, text)]),
                         lambda ids: facts)
    return None if got is None else got[1].value


ASKED = ("How much did Kestrel Stores' total cost of shares bought back change in the first six months of fiscal "
         "2026 versus the first six months of fiscal 2025? Percent, one decimal.")


def test_the_calendar_dated_columns_are_read_as_the_fiscal_years_the_facts_name() -> None:
    assert fiscal_map(FACTS)[(2025, 8)] == 2026
    assert header_offset(HEADER, fiscal_map(FACTS)) == 1
    assert _growth(ASKED) == pytest.approx(-66.7, abs=0.05)  # (150 - 450) / 450, the six-month columns


def test_a_header_dated_by_months_whose_fiscal_naming_differs_gives_nothing() -> None:
    mixed = HEADER.replace("August 3, 2024  August 2, 2025  August 3, 2024", "February 1, 2025  August 2, 2025  August 3, 2024")
    assert header_offset(mixed, fiscal_map(FACTS)) is None


def test_a_month_the_facts_never_date_gives_nothing() -> None:
    assert _growth(ASKED, facts=[_fact("FY2025", date(2025, 2, 1))]) is None


def test_a_question_that_dates_its_periods_or_names_no_fiscal_year_is_left_to_the_other_readers() -> None:
    assert _growth(ASKED.replace("fiscal 2026", "the period ended August 2, 2025")) is None
    assert _growth("How much did Kestrel Stores' total cost of shares bought back change in the first six months "
                   "of 2026 versus 2025? Percent, one decimal.") is None


def test_a_row_that_borrows_its_title_words_is_no_rival_to_the_one_that_names_the_line() -> None:
    titled = TABLE.replace("Share buybacks were as follows", "Operating income and adjusted operating income were")
    rows = ("Operating income  $  348  $  371  $  659  $  833\n"
            "Adjusted operating income  $  362  $  427  $  684  $  912\n")
    got = _growth("Kestrel Stores adjusted operating income, first six months of fiscal 2026 vs fiscal 2025: % "
                  "change, one decimal", titled.split("\nTotal cost")[0] + "\n" + rows)
    assert got == pytest.approx(-25.0, abs=0.05)
