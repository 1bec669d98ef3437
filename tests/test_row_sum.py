"""A sum the question writes over table rows it names (made-up tables): each part the row whose own
label names it, in the asked year's column; a list of single words shares the last part's noun; a
bracketed list after a line's name names its parts; the sum takes the table's scale; a missing
part, a sum of other figures than the parts listed, or one quoted figure give no answer."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived import derive
from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.answer.row_sum import other_sum, row_sum, sum_parts, writes_sum
from assistant.core.answer.stated_unit import sum_doubt
from assistant.core.numbers import Quantity
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit

RENTS = ("Rent expense was made up as follows:\n(in millions)  2024  2023  2022\n"
         "Fixed rent cost (a)  $  300  $  280  $  250\nContingent rent cost (b)  $  40  $  35  $  30\n"
         "Short-term rent cost  $  60  $  55  $  50\n")

LIABILITIES = ("Balance sheet (in thousands)\nDecember 31, 2024  December 31, 2023\n"
               "Current deferred rent liabilities  1,200  1,100\nNon-current deferred rent liabilities  8,800  8,000\n"
               "Other long-term liabilities  500  450\n")

UNSCALED = ("Rent expense was made up as follows:\n2024  2023\nFixed rent cost  $  300  $  280\n"
            "Contingent rent cost  $  40  $  35\n")


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="d:1", doc_id="d", title="Brindle Outfitters 2024 10-K", source="/d/d.txt", page=9,
                     text=text, score=1.0, company="Brindle Outfitters", period="FY2024")


def _answer(question: str, text: str) -> Answer:
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [_hit(text)], parse_question(question, []))


def _rule_only(question: str, text: str) -> float | None:
    found = derive(analyse(parse_question(question, []), [_hit(text)]), [_hit(text)], question, rules=(row_sum,))
    return None if found is None else found.value


def test_single_words_before_the_last_part_share_its_noun() -> None:
    assert sum_parts("Brindle's 2024 rent, summing fixed, contingent and short-term rent cost?") == [
        ["fixed rent cost", "contingent rent cost", "short-term rent cost"]]


def test_a_bracketed_list_names_the_parts_of_the_line_before_it() -> None:
    assert sum_parts("What were Brindle's total deferred rent liabilities (current plus non-current) in 2024?") == [
        ["current deferred rent liabilities", "non-current deferred rent liabilities"]]


def test_a_semicolon_list_in_brackets_after_the_sum_names_its_parts() -> None:
    assert sum_parts("Define the effect as the sum of the three lines (trade receivables; stock on hand; "
                     "payables, accrued and other liabilities). USD millions.") == [
        ["trade receivables", "stock on hand", "payables, accrued and other liabilities"]]


def test_no_sum_written_is_no_sum() -> None:
    assert not writes_sum("What was Brindle's total rent cost in 2024?")
    assert not writes_sum("What did Brindle spend on getting goods to stores (freight and handling) in 2024?")


@pytest.mark.parametrize(("year", "expected"), [("2024", 400.0), ("2023", 370.0)])
def test_the_parts_are_read_in_the_asked_years_column(year: str, expected: float) -> None:
    got = _rule_only(f"What was Brindle Outfitters' total rent cost in {year}, summing fixed, contingent and "
                     "short-term rent cost? USD millions.", RENTS)
    assert got == pytest.approx(expected)


def test_the_sum_takes_the_tables_scale() -> None:
    answer = _answer("What was Brindle Outfitters' total rent cost in 2024, adding fixed rent cost and contingent "
                     "rent cost? USD millions.", RENTS)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(340.0)
    assert answer.key_figure.scale == "million"


def test_a_bracketed_list_is_added_in_thousands_as_its_table_prints() -> None:
    answer = _answer("What were Brindle Outfitters' total deferred rent liabilities (current plus non-current) "
                     "at December 31, 2024? USD thousands.", LIABILITIES)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(10_000.0)
    assert answer.key_figure.scale == "thousand"


def test_a_part_no_row_names_gives_nothing() -> None:
    assert _rule_only("What was Brindle Outfitters' 2024 rent, summing fixed rent cost, contingent rent cost and "
                      "equipment rent cost? USD millions.", RENTS) is None


def test_a_table_of_no_scale_is_not_added_when_the_question_asks_one() -> None:
    answer = _answer("What was Brindle Outfitters' 2024 rent, adding fixed rent cost and contingent rent cost? "
                     "USD millions.", UNSCALED)
    assert answer.refused


def test_a_computed_sum_of_fewer_figures_than_the_parts_listed_is_refused() -> None:
    two = Derived(2.2e6, None, None, "1,500,000 + 700,000 = 2.2 million",
                  [(0, 0, 10, Quantity(1.5e6, None, None)), (0, 20, 30, Quantity(7e5, None, None))])
    question = "Adding share units, matching rights and bonus rights, how many awards did Brindle Outfitters grant?"
    assert other_sum(two, question)
    assert not other_sum(two, "Adding share units and matching rights, how many awards did Brindle Outfitters grant?")
    share = Derived(40.0, "percent", None, "40 / (40 + 60) = 40.0%", two.inputs)
    assert not other_sum(share, question)


def test_one_quoted_figure_is_no_answer_to_a_sum_written_with_summing() -> None:
    quoted = Answer(question="q", answer="$60 million [1]: \"Short-term rent cost $ 60\" [1]", mode="extractive",
                    refused=False, key_figure=KeyFigure(value=60.0, unit="USD", scale="million", text="$60 million"),
                    citations=[], notice="")
    quoted.citations = [_citation()]
    question = "What was Brindle Outfitters' 2024 rent, summing fixed, contingent and short-term rent cost?"
    assert sum_doubt(question, quoted) is not None
    assert sum_doubt("What was Brindle Outfitters' short-term rent cost in 2024?", quoted) is None


def _citation() -> Citation:
    return Citation(n=1, doc_id="d", title="t", source="/d", page=9, quote="Short-term rent cost $ 60", score=1.0,
                    chunk_id="d:1")


def test_one_quoted_figure_is_no_answer_to_arithmetic_the_question_defines() -> None:
    quoted = Answer(question="q", answer="$90 million [1]: \"a carrying amount of $90\" [1]", mode="extractive",
                    refused=False, key_figure=KeyFigure(value=90.0, unit="USD", scale="million", text="$90 million"),
                    citations=[_citation()], notice="")
    assert sum_doubt("Brindle Outfitters: net licences at December 31, 2024 (gross licences less accumulated "
                     "amortization)? USD millions.", quoted) is not None
    assert sum_doubt("Brindle's 2024 royalty yield, defined as royalty income divided by licences?", quoted) is not None
    # a printed line's own name in brackets, or a growth "over" a year, is no arithmetic written
    assert sum_doubt("How much long-term debt (less current portion) did Brindle Outfitters carry in 2024?",
                     quoted) is None
    assert sum_doubt("Compute Brindle Outfitters' revenue growth over 2023.", quoted) is None
