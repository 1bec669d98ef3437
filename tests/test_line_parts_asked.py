"""A line asked at another measure or as a part of itself is not answered by the line's printed total,
a per-share figure is not a total's, and a mean of two balances is not one of them (made-up questions
and labels, both ways)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.row_names import label_row
from assistant.core.finance.facts import Fact
from assistant.core.finance.near_concepts import contradiction
from assistant.core.finance.plan import plan_question, question_concept

Y22, Y23 = date(2022, 12, 31), date(2023, 12, 31)


def fact(concept: str | None, label: str, value: float, statement: str, end: date = Y23) -> Fact:
    instant = statement == "balance_sheet"
    return Fact(concept=concept, label=label, period_end=end, period=f"FY{end.year}", duration_months=0 if instant
                else 12, value=value, unit="USD", scale="million", statement=statement, doc_id="acme", page=40,
                row=f"{label} {value:,.0f}", company="Acme Tools", column=str(end.year))


@pytest.mark.parametrize("question, other", [
    ("What was the fair value of Acme Tools' long-term debt at December 31, 2023?", True),
    ("By how much did Acme Tools' long-term debt principal grow during 2023? Percent.", True),
    ("Acme Tools' long-term debt, principal amount, at December 31, 2023?", True),
    ("Buildings within Acme Tools' property, plant and equipment at December 31, 2023?", True),
    ("Acme Tools' long-term debt at December 31, 2023? USD millions.", False),
    ("What net property, plant and equipment did Acme Tools hold within 2023's balance sheet?", False),
])
def test_a_debt_measure_or_a_part_within_a_line_is_another_line(question: str, other: bool) -> None:
    assert (question_concept(question) is None) == other
    assert (question_concept(question, contradicted=True) is not None) == other


def test_the_contradicting_words_are_named() -> None:
    assert contradiction("long_term_debt", "the fair value of its ", " at year end") == "fair value of its"
    assert contradiction("ppe_net", "Buildings within Acme's ", "") == "buildings within acme's"
    assert contradiction("ppe_net", "What ", " did Acme hold within the year") is None
    assert contradiction("revenue", "the fair value of ", "") is None  # a measure of debt only


def test_the_printed_total_never_answers_a_measure_or_part_of_it() -> None:
    sheet = [fact("long_term_debt", "Long-term debt", 4_200, "balance_sheet"),
             fact("ppe_net", "Property, plant and equipment, net", 7_700, "balance_sheet")]
    for q in ("What was the fair value of Acme Tools' long-term debt at December 31, 2023? USD millions.",
              "Buildings within Acme Tools' property, plant and equipment at December 31, 2023? USD millions."):
        got = answer_from_facts(q, sheet, company="Acme Tools")
        assert got is None or got.refused, got.answer
    got = answer_from_facts("Acme Tools' long-term debt at December 31, 2023? USD millions.", sheet, company="Acme Tools")
    assert got is not None and not got.refused and "4,200" in got.answer


def test_a_row_named_by_its_label_is_not_its_part() -> None:
    rows = [fact(None, "Allowance build for receivables", 310, "income_statement")]
    assert label_row("Acme Tools' allowance build for receivables in 2023?", rows, None, "Acme Tools") is not None
    assert label_row("What was Acme Tools' allowance build for receivables in fiscal 2023?", rows, None,
                     "Acme Tools") is not None
    # a modifier in front of the printed name, or what the build is made on after it, names a part
    assert label_row("Acme Tools' commercial allowance build for receivables in 2023?", rows, None, "Acme Tools") is None
    assert label_row("Acme Tools' allowance build for receivables on export contracts in 2023?", rows, None,
                     "Acme Tools") is None
    # where it is printed, "on Acme Tools' income statement", is no part of it
    assert label_row("Allowance build for receivables on Acme Tools' income statement in 2023?", rows, None,
                     "Acme Tools") is not None
    assert label_row("Allowance build for receivables on its consolidated statement, 2023?", rows, None,
                     "Acme Tools") is not None


def test_a_row_saying_more_than_the_bare_name_still_answers() -> None:
    # "depreciation" alone is read as another line than D&A, but a row naming more than the bare name
    # ("Depreciation, amortization and write-downs") is not the bare line's row
    rows = [fact("depreciation_amortization", "Depreciation, amortization and write-downs", 640, "cash_flow")]
    q = "What was Acme Tools' depreciation, amortization and write-downs in 2023? USD millions."
    assert label_row(q, rows, None, "Acme Tools") is not None


def test_a_per_share_figure_is_not_the_total_line_grown() -> None:
    q = "How fast did Acme Tools' dividends paid and declared per share grow from 2022 to 2023? Percent."
    assert question_concept(q) is not None and plan_question(q) is None
    plan = plan_question("Growth in Acme Tools' dividends paid from 2022 to 2023? Percent.")
    assert plan is not None and plan.kind == "growth" and plan.concept == "dividends_paid"
    eps = plan_question("Growth in Acme Tools' diluted earnings per share from 2022 to 2023? Percent.")
    assert eps is not None and eps.kind == "growth"


def test_the_mean_of_two_balances_is_neither_balance() -> None:
    q = "Average of Acme Tools' retained earnings at December 31, 2022 and December 31, 2023? USD millions."
    plan = plan_question(q)
    assert plan is not None and plan.kind == "average" and len(plan.periods) == 2
    rows = [fact("retained_earnings", "Retained earnings", 1_000, "balance_sheet", Y22),
            fact("retained_earnings", "Retained earnings", 1_500, "balance_sheet", Y23)]
    got = answer_from_facts(q, rows, company="Acme Tools")
    assert got is not None and not got.refused and "1,250" in got.answer
    one = plan_question("Acme Tools' retained earnings at December 31, 2023? USD millions.")
    assert one is not None and one.kind == "lookup"


def test_a_company_named_express_is_no_instruction() -> None:
    from assistant.core.query import parse_question

    named = parse_question("Cash used in investing activities at Pacific Express in 2020, per the 2022 10-K? USD millions.", [])
    assert named.years == frozenset({2020})
    told = parse_question("What was Acme Tools' revenue in 2021? Express in USD millions.", [])
    assert told.years == frozenset({2021}) and "Express" not in told.asked
    verb = parse_question("Acme Tools' revenue in 2021; please express it in millions.", [])
    assert "express" not in verb.asked
