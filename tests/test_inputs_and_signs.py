"""Inputs and signs of computed and looked-up figures (made-up filings and sentences only):
- "by how much did X fall/rise" asks how far the line moved in its own unit, not its growth rate;
- each input of a derived share, ratio or total is a figure of the line the question names for it:
  its sentence names that line's head noun ("net debt" is no net income);
- a bracketed cell asked for by what its brackets mean ("how much income" of "Other (income) expense",
  "cash used in" a cash flow line, a valuation allowance) is answered as its size; a loss or a signed
  figure asked keeps the minus sign."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question
from assistant.core.finance.presentation import (
    asked_as_size,
    bracket_meaning,
    credit_among_costs,
    label_names_direction,
)
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

Y22, Y21 = date(2022, 12, 31), date(2021, 12, 31)


def _line(label: str, value: float, *, period: str = "FY2022", end: date = Y22, statement: str = "income_statement",
          concept: str | None = None) -> Fact:
    cell = f"({abs(value):,.0f})" if value < 0 else f"{value:,.0f}"
    fact = Fact(concept=concept, label=label, period_end=end, period=period, duration_months=12, value=value,
                statement=statement, doc_id="brix-10k", page=7, row=f"{label}  {cell}", company="Brixton Mills")
    return replace(fact, scale="million")


REVENUE = _line("Revenue", 5200, concept="revenue")


def _facts(question: str, facts: list[Fact]) -> Answer:
    answer = answer_from_facts(question, facts, company="Brixton Mills")
    assert answer is not None and not answer.refused, answer and answer.answer
    assert answer.key_figure is not None
    return answer


def _prose(text: str, question: str) -> Answer:
    hit = SearchHit(chunk_id="brix:2", doc_id="brix-8k", title="Brixton Mills results release", source="", page=2,
                    text=text, score=1.0, company="Brixton Mills", period="FY2022")
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit])


# --- by how much did a line move -------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "By how much did Brixton Mills' cost of sales fall in 2022 compared with 2021?",
    "By how much did Brixton Mills' selling, general and administrative expenses rise in 2022?",
    "By how much did Brixton Mills' revenue decrease in fiscal 2022?",
])
def test_by_how_much_a_line_moved_is_planned_as_the_change_in_its_unit(question: str) -> None:
    plan = plan_question(question)
    assert plan is not None and plan.family == "change" and plan.unit == "USD", plan


@pytest.mark.parametrize("question", [
    "By how much did Brixton Mills' revenue grow in 2022?",  # a growth verb is as often asked as a rate
    "By how much, in percent, did Brixton Mills' cost of sales fall in 2022?",
    "How fast did Brixton Mills' revenue rise in 2022?",
])
def test_a_growth_or_a_rate_asked_is_still_a_growth(question: str) -> None:
    plan = plan_question(question)
    assert plan is None or plan.family != "change", plan


def test_a_fall_asked_by_how_much_is_stated_as_its_size_in_dollars() -> None:
    rows = [REVENUE, _line("Cost of sales", 3100, concept="cost_of_sales"),
            _line("Cost of sales", 3420, period="FY2021", end=Y21, concept="cost_of_sales")]
    answer = _facts("By how much did Brixton Mills' cost of sales fall in 2022 compared with 2021?", rows)
    key = answer.key_figure
    assert key is not None and key.unit == "USD" and key.value == 320, answer.answer


# --- the head noun of each input ---------------------------------------------------------------------

def test_a_share_takes_no_input_whose_sentence_names_another_line() -> None:
    text = ("Free cash flow for fiscal 2022 was $640 million, compared with $590 million last year. "
            "Net debt was $4,150 million at December 31, 2022.")
    answer = _prose(text, "What was Brixton Mills' free cash flow as a percentage of adjusted net income in "
                          "fiscal 2022? Percent, one decimal.")
    assert answer.key_figure is None or round(answer.key_figure.value or 0.0, 1) != 15.4, answer.answer


def test_a_quotient_takes_no_divisor_that_is_another_measure() -> None:
    text = ("Free cash flow in the fourth quarter was $310 million. Adjusted EBIT grew 4% and we returned "
            "$900 million of cash to shareholders during the year.")
    answer = _prose(text, "Brixton Mills' fourth-quarter cash conversion, defined as free cash flow divided by "
                          "adjusted EBITDA for the quarter? Percent, one decimal.")
    assert answer.key_figure is None or round(answer.key_figure.value or 0.0, 1) != 34.4, answer.answer


def test_a_share_whose_inputs_name_their_lines_is_still_computed() -> None:
    text = ("Free cash flow for fiscal 2022 was $640 million. Adjusted net income for fiscal 2022 was "
            "$800 million.")
    answer = _prose(text, "What was Brixton Mills' free cash flow as a percentage of adjusted net income in "
                          "fiscal 2022? Percent, one decimal.")
    assert answer.key_figure is not None and round(answer.key_figure.value or 0.0, 1) == 80.0, answer.answer


def test_a_total_is_not_summed_from_figures_of_another_line() -> None:
    text = ("Company contributions to the savings plan were $140 million, $128 million and $112 million and "
            "included in Cost of sales or Operating overhead expense, as applicable, for the fiscal years ended "
            "December 31, 2022, 2021 and 2020, respectively.")
    answer = _prose(text, "Brixton Mills total operating lease liabilities at December 31, 2022, current portion "
                          "plus long-term portion. USD millions.")
    assert answer.key_figure is None or answer.key_figure.value not in (240, 268, 380), answer.answer


# --- signs of bracketed cells ------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "word"), [
    ("Other (income) expense, net", "income"), ("Provision for (benefit from) income taxes", "benefit"),
    ("Income tax (refunds)/payments", "refunds"), ("Net cash provided by (used in) investing activities", "used"),
    ("Net cash used in financing activities", "used"), ("Operating income (loss)", None), ("Revenues", None),
])
def test_what_a_labels_brackets_mean(label: str, word: str | None) -> None:
    assert bracket_meaning(label) == word


@pytest.mark.parametrize(("question", "label", "statement"), [
    ("How much net other income did Brixton Mills record in 2022?", "Other (income) expense, net", ""),
    ("What income tax benefit did Brixton Mills record in 2022?", "Provision for (benefit from) income taxes", ""),
    ("Brixton Mills net cash used in investing activities in 2022?", "Net cash used in investing activities", ""),
    ("How much cash did Brixton Mills use... cash used for debt redemption in 2022?", "Debt redemption",
     "cash_flow"),
])
def test_a_bracketed_cell_asked_by_what_its_brackets_mean_is_its_size(question: str, label: str,
                                                                       statement: str) -> None:
    assert asked_as_size(question, label, statement)


@pytest.mark.parametrize(("question", "label"), [
    ("What was Brixton Mills' other (income) expense, net in 2022?", "Other (income) expense, net"),
    ("Brixton Mills net cash provided by (used in) investing activities, negative if used?",
     "Net cash provided by (used in) investing activities"),
    ("What operating loss did Brixton Mills report in 2022?", "Operating income (loss)"),
    ("What was Brixton Mills' provision for (benefit from) income taxes in 2022?",
     "Provision for (benefit from) income taxes"),
])
def test_a_signed_figure_or_both_directions_asked_keep_the_sign(question: str, label: str) -> None:
    assert not asked_as_size(question, label)


def test_a_valuation_allowance_and_a_net_gain_among_costs_are_sizes() -> None:
    assert label_names_direction("Valuation allowances")
    assert credit_among_costs("Gain on sale of properties, net", "Gain on sale of properties, net — (1,204) —")
    assert not credit_among_costs("Gain on sale of properties, net", "Gain on sale of properties, net 310 (1,204)")


def test_cash_used_asked_of_a_cash_flow_line_is_the_amount_used() -> None:
    rows = [REVENUE, _line("Net cash used in investing activities", -412, statement="cash_flow",
                           concept="cash_from_investing")]
    answer = _facts("What was Brixton Mills' net cash used in investing activities in fiscal 2022? $ millions.", rows)
    assert answer.key_figure is not None and answer.key_figure.value == 412, answer.answer
    assert "-$" not in answer.answer.split("\n")[0], answer.answer


def test_cash_used_with_a_sign_asked_keeps_the_minus() -> None:
    rows = [REVENUE, _line("Net cash used in investing activities", -412, statement="cash_flow",
                           concept="cash_from_investing")]
    answer = _facts("What was Brixton Mills' net cash used in investing activities in fiscal 2022? $ millions, "
                    "negative for an outflow.", rows)
    assert answer.key_figure is not None and answer.key_figure.value == -412, answer.answer


def test_an_income_row_quoted_among_costs_is_its_size() -> None:
    table = ("Other (income)/deductions (millions of dollars)  2022  2021\n"
             "Interest income $ (212) $ (48)\n"
             "Interest expense  301  288\n")
    hit = SearchHit(chunk_id="brix:9", doc_id="brix-10q", title="Brixton Mills 10-Q", source="", page=9,
                    text=table, score=1.0, company="Brixton Mills", period="FY2022", kind="table")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What was Brixton Mills' interest income in 2022? $ millions.", [hit])
    assert answer.key_figure is None or answer.key_figure.value != -212, answer.answer


def _tax_rows(tax_label: str, tax: float, pretax: float) -> list[Fact]:
    return [REVENUE, _line(tax_label, tax, concept="income_tax"),
            _line("Income (loss) before income taxes", pretax, concept="pretax_income")]


def test_a_tax_line_whose_brackets_say_benefit_keeps_the_benefit_negative() -> None:
    from assistant.core.finance.presentation import is_magnitude

    assert not is_magnitude("income_tax", "Provision/(benefit) for taxes on income")
    assert is_magnitude("income_tax", "Income tax expense")
    answer = _facts("What was Brixton Mills' effective tax rate in fiscal 2022? Percent, one decimal.",
                    _tax_rows("Provision/(benefit) for taxes on income", -71, 2269))
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(-3.1), answer.answer


def test_a_ratio_asked_as_a_positive_percentage_is_its_size() -> None:
    question = ("Brixton Mills' fiscal 2022 effective tax rate, defined as income tax expense divided by income "
                "(loss) before income taxes, expressed as a positive percentage? Percent, two decimals.")
    answer = _facts(question, _tax_rows("Income tax expense", 31, -5022))
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(0.62), answer.answer
