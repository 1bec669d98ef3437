"""Columns headed by short period tokens ("2Q24", "Q4'23", "1H24"), read as the periods they name
(made-up tables): a quarter's column is that quarter's, plain years beside quarter columns are the
longer span printed over them, and where two columns could be the one asked, no cell is told."""

from __future__ import annotations

import re

import pytest

from assistant.core.answer.cell_columns import read_cells
from assistant.core.answer.table_heading import column_heading, under_heading
from assistant.core.finance.periods import PERIOD_TOKEN, quarters_and_years, token_period
from assistant.core.numbers import parse_quantities
from tests.fakes.one_passage import passage_figure

_TOKEN = re.compile(PERIOD_TOKEN, re.I)


@pytest.mark.parametrize(("text", "period"), [
    ("2Q24", ("Q", 2, 2024)), ("Q4'23", ("Q", 4, 2023)), ("Q3 FY25", ("Q", 3, 2025)), ("Q1 2024", ("Q", 1, 2024)),
    ("4Q2023", ("Q", 4, 2023)), ("1H24", ("H", 1, 2024)), ("H2 2023", ("H", 2, 2023)),
])
def test_a_short_period_token_names_its_quarter_or_half_and_year(text: str, period: tuple[str, int, int]) -> None:
    m = _TOKEN.search(text)
    assert m is not None and token_period(m) == period


@pytest.mark.parametrize("text", ["Q1 23 stores", "Form 10-Q 2024", "FY 2024"])
def test_words_that_name_no_period_token(text: str) -> None:
    assert _TOKEN.search(text) is None


def test_a_half_token_names_its_year() -> None:
    assert quarters_and_years("growth in 1H24 over 1H23")[1] == {2023, 2024}


HEADING = ("Kestrel Ferries selected results\n"
           "Six months ended June 29,\n"
           "(in millions)  2Q24  1Q24  4Q23  3Q23  2Q23  2024  2023")
TABLE = (f"{HEADING}\n"
         "Charter revenue  $  418  $  377  $  402  $  365  $  341  $  795  $  660\n"
         "Fleet operating costs  201  188  196  179  170  389  344")


def test_quarter_columns_and_the_span_over_the_plain_years() -> None:
    row = "Charter revenue  $  418  $  377  $  402  $  365  $  341  $  795  $  660"
    read = read_cells(HEADING, [x for x in parse_quantities(row) if not x.is_year], row)
    assert read is not None
    assert [(c.year, c.span, c.quarter) for c in read] == [
        (2024, "three", 2), (2024, "three", 1), (2023, "three", 4), (2023, "three", 3), (2023, "three", 2),
        (2024, "six", None), (2023, "six", None)]


@pytest.mark.parametrize(("question", "figure"), [
    ("What was Kestrel Ferries' charter revenue for the six months ended June 29, 2024? USD millions.", 795),
    ("Kestrel Ferries charter revenue in the second quarter of 2024? USD millions.", 418),
    ("Kestrel Ferries fleet operating costs in Q4 2023? USD millions.", 196),
])
def test_the_asked_period_reads_its_own_column(question: str, figure: float) -> None:
    assert passage_figure(question, TABLE, company="Kestrel Ferries", title="Kestrel Ferries Q2 2024 10-Q",
                          page=3) == figure


def test_two_columns_that_could_be_the_year_asked_tell_no_cell() -> None:
    # Three quarters of 2023 and the first half of 2023 head columns; none is the whole year.
    question = "What were Kestrel Ferries' fleet operating costs in 2023? USD millions."
    assert passage_figure(question, TABLE, company="Kestrel Ferries", title="Kestrel Ferries Q2 2024 10-Q",
                          page=3) is None


def test_rows_continued_from_a_quarter_headed_table_borrow_its_heading() -> None:
    rest = ("Kestrel Ferries selected results\nSix months ended June 29,\n"
            "Vessel fuel  77  71  80  69  66  148  131\nPort fees  12  11  13  10  10  23  20")
    text = under_heading(rest, [TABLE])
    assert text is not None and "2Q24  1Q24" in str(column_heading(text))
