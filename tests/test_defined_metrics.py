"""Computed metrics read as an analyst would: a liability a balance sheet prints in brackets is its
size, a question that states how its metric is made up is computed from exactly those lines (never
the catalogue's formula for the name), and a month is never the company a question names.
Made-up companies, rows and questions only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.companies import find_companies
from assistant.core.finance.concepts import match_concept
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question, printed_plan
from assistant.core.finance.presentation import is_magnitude, liability_label
from assistant.core.types import DocumentRecord

END = date(2025, 1, 31)


def _bs(label: str, value: float) -> Fact:
    fact = Fact(concept=match_concept(label, "", "balance_sheet"), label=label, period_end=END, period="FY2025",
                duration_months=0, value=value, statement="balance_sheet", doc_id="brook-prelim", page=8,
                row=f"{label} ({abs(value):,.1f})" if value < 0 else f"{label} {value:,.1f}", company="Brookfell plc")
    return replace(fact, scale="million", extra={"currency": "GBP"})


def test_a_bracketed_liability_is_its_size_in_a_ratio() -> None:
    # an IFRS balance sheet adds its liabilities to net assets, so it prints them in brackets
    facts = [_bs("Total current assets", 410.0), _bs("Total current liabilities", -380.0)]
    answer = answer_from_facts("What was Brookfell's current ratio at 31 January 2025? Two decimals.", facts,
                               company="Brookfell plc")
    assert answer is not None and not answer.refused, answer and answer.answer
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(1.08, abs=0.005)


def test_a_bracketed_liability_asked_by_its_row_is_answered_as_its_size() -> None:
    facts = [_bs("Total current assets", 410.0), _bs("Trade and other payables", -255.4)]
    answer = answer_from_facts("What were Brookfell's trade and other payables at 31 January 2025? £ millions.", facts,
                               company="Brookfell plc")
    assert answer is not None and not answer.refused, answer and answer.answer
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(255.4)


@pytest.mark.parametrize("label", ["Trade and other payables", "Total current liabilities", "Short-term borrowings",
                                   "Total liabilities"])
def test_liability_rows_of_a_balance_sheet_are_sizes(label: str) -> None:
    assert liability_label(label) and is_magnitude("", label, "", "balance_sheet")


@pytest.mark.parametrize("label", ["Net current liabilities", "Net current assets/(liabilities)",
                                   "Total liabilities and equity"])
def test_net_lines_and_totals_with_equity_keep_their_sign(label: str) -> None:
    assert not liability_label(label)


def test_a_liability_row_of_the_cash_flow_statement_keeps_its_sign() -> None:
    # the change in payables is a signed working-capital movement, not the balance
    assert not is_magnitude("", "Trade and other payables", "", "cash_flow")


def test_two_lines_the_question_adds_are_never_one_line_counted_twice() -> None:
    question = ("Taking total debt as notes payable plus current maturities of long-term debt plus long-term debt, "
                "what was Brookfell's debt-to-equity ratio at December 31, 2024? Two decimals.")
    plan = plan_question(question)
    assert plan is None or "short_term_debt + short_term_debt" not in (plan.formula or "")
    printed = printed_plan(question)
    assert printed is not None and printed.formula is not None
    assert printed.formula.count("short_term_debt") == 1 and printed.formula.count("+") == 2


def test_a_sum_over_one_concept_is_not_read_without_printed_rows() -> None:
    assert defined_formula("Define funded debt as notes payable plus current maturities of long-term debt. "
                           "What was it at December 31, 2024?") is None


def test_the_same_line_named_twice_in_a_ratio_still_reads() -> None:
    found = defined_formula("Define cover as operating income plus interest expense divided by interest expense. "
                            "What was it in fiscal 2024?")
    assert found is not None and found[0].count("interest_expense") == 2


def test_a_metric_the_question_defines_is_not_answered_by_the_catalogue_formula() -> None:
    # the question's own terms name another denominator: the catalogue's payout ratio (over net income) is not it
    question = ("Define the payout ratio as dividends declared per share divided by operating earnings per diluted "
                "share. What was it for fiscal 2024? One decimal.")
    assert plan_question(question) is None


def test_a_definition_that_restates_the_catalogue_formula_keeps_it() -> None:
    # every line it names is one of the catalogue formula's, even where the words do not parse as a formula
    question = ("Define free cash flow as net cash provided by (used in) operating activities minus purchases of "
                "property and equipment. What was Brookfell's free cash flow for fiscal 2024?")
    plan = plan_question(question)
    assert plan is not None and plan.formula == "cash_from_operations - abs(capex)"


def test_a_part_defined_but_unreadable_leaves_no_catalogue_plan() -> None:
    question = ("Taking free cash flow as operating cash flow minus purchases of property and of software, what was "
                "Brookfell's free cash flow for fiscal 2024?")
    assert plan_question(question) is None


def test_a_catalogue_metric_without_a_definition_is_still_planned() -> None:
    plan = plan_question("What was Brookfell's free cash flow for fiscal 2024?")
    assert plan is not None and plan.formula == "cash_from_operations - abs(capex)"


def _rec(doc_id: str, company: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=9,
                          company=company, ticker=None, period="FY2025", doc_type="other")


@pytest.mark.parametrize("question", [
    "What were total assets at September 30, 2025?",
    "What did September's statements show for inventories?",
    "What was cash at Sept 30, 2025?",
])
def test_a_month_is_never_a_company(question: str) -> None:
    # a document whose company was read as its period's month must not claim questions dated in that month
    library = [_rec("misread", "September"), _rec("kelda", "Kelda Instruments Ltd")]
    assert find_companies(question, library) == []


def test_a_company_is_still_found_beside_a_month() -> None:
    library = [_rec("misread", "September"), _rec("kelda", "Kelda Instruments Ltd")]
    assert find_companies("What were Kelda's total assets at September 30, 2025?", library) == ["Kelda Instruments Ltd"]
