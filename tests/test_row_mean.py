"""A line's mean over the years a question averages it, read from one table row whose header names
each year (`answer.row_average`), and a mean of balances at two dates planned as a mean, never as
the first date's balance (`finance.plan`); made-up filings of Harrowgate."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.statement_ask import statement_ask
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

SEGMENTS = ("Harrowgate segment summary ($ in millions)\nMarine Segment\nMarine Segment Results  2025  2024  2023\n"
            "Revenue  $  5,100  $  4,800  $  4,500\nOperating expenses  $  1,230  $  1,170  $  1,110\n"
            "Inland Segment\nInland Segment Results  2025  2024  2023\n"
            "Revenue  $  2,900  $  2,700  $  2,600\nOperating expenses  $  640  $  610  $  600\n")


def _answer(question: str, text: str = SEGMENTS) -> Answer:
    hit = SearchHit(chunk_id="h:1", doc_id="h", title="Harrowgate 2025 10-K", source="/h/h.txt", page=31, text=text,
                    score=1.0, company="Harrowgate", period="FY2025")
    ask = statement_ask(question)
    assert ask is not None and ask.kind == "average", ask
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []), ask)


def _value(answer: Answer) -> float | None:
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


@pytest.mark.parametrize(("question", "expected"), [
    ("Three-year average of Harrowgate's Inland segment operating expenses over 2023, 2024 and 2025? "
     "$ millions, one decimal.", 616.7),
    ("Harrowgate Inland segment revenue: simple mean over fiscal 2023-2025, in $ millions, whole number?", 2733.3),
    ("Average annual Harrowgate Inland segment revenue for 2024 and 2025? $ millions.", 2800.0),
])
def test_the_rows_cells_of_every_year_averaged_give_the_mean(question: str, expected: float) -> None:
    answer = _answer(question)
    assert _value(answer) == pytest.approx(expected, abs=0.05), answer.answer
    assert len(answer.citations) >= 1


def test_a_year_the_header_does_not_name_gives_no_mean() -> None:
    answer = _answer("Average of Harrowgate's Inland segment revenue over 2022 to 2024? $ millions.")
    assert answer.refused, answer.answer


def test_two_segments_rows_of_the_line_with_other_figures_give_no_mean() -> None:
    # the question names no segment: the Marine and the Inland revenue rows name it as well
    answer = _answer("Harrowgate's average operating expenses over 2023-2025? $ millions.")
    assert answer.refused, answer.answer


def test_bracketed_cells_give_no_mean() -> None:
    text = SEGMENTS.replace("$  640  $  610  $  600", "$  (640)  $  (610)  $  (600)")
    answer = _answer("Three-year average of Harrowgate's Inland segment operating expenses over 2023, 2024 and "
                     "2025? $ millions.", text)
    assert answer.refused, answer.answer


def _balance(value: float, year: int) -> Fact:
    return Fact(concept=None, label="Regulatory assets", period_end=date(year, 12, 31), period=f"FY{year}",
                duration_months=0, value=value, statement="balance_sheet", doc_id="harrowgate-10k-2025", page=44,
                row="Regulatory assets 3,300 2,900", column=f"December 31, {year}", company="Harrowgate")


def test_the_mean_of_two_balances_is_planned_as_a_mean_and_worked_out() -> None:
    q = "Average of Harrowgate's regulatory assets at December 31, 2024 and December 31, 2025? USD millions."
    plan = plan_question(q)
    assert plan is not None and plan.kind == "average" and len(plan.periods) == 2, plan
    got = answer_from_facts(q, [_balance(3300, 2025), _balance(2900, 2024)], company="Harrowgate")
    assert got is not None and not got.refused and "3,100" in got.answer, got


def test_one_dates_balance_is_still_a_lookup() -> None:
    q = "Harrowgate's reinvested earnings at December 31, 2025? USD millions."
    plan = plan_question(q)
    assert plan is not None and plan.kind == "lookup" and len(plan.periods) == 1, plan
    # two dates named with no mean asked: not an average either
    moved = plan_question("Harrowgate's reinvested earnings at December 31, 2024 and December 31, 2025? USD millions.")
    assert moved is None or moved.kind != "average", moved


def test_a_mean_that_is_one_step_of_a_defined_figure_is_not_the_answer() -> None:
    # an asset turnover over the mean of two year-ends: the mean alone would be confidently wrong
    for q in ("Harrowgate Inland segment turnover for 2025, defined as Inland revenue ÷ the average of Inland "
              "operating expenses over 2024 and 2025? Two decimals.",
              "Harrowgate Inland segment: the average of its 2024 and 2025 operating expenses over 2025 revenue, "
              "times 365? One decimal."):
        ask = statement_ask(q)
        if ask is None or ask.kind != "average":
            continue  # planned as the quotient it is: nothing here to answer
        answer = _answer(q)
        assert answer.refused, (q, answer.answer)
