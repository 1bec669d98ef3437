"""A qualifier the question puts on a line ("on auto loans", "land within", "the fair value of") asks
a part or another measure of it: the line's own row does not answer it; and a passage figure that
says it leaves the asked item out, or that is a rate per unit where a count is asked, is refused
(made-up questions, labels and passages)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.row_names import label_row
from assistant.core.answer.said_apart import excluded_item, per_unit_for_count
from assistant.core.finance.facts import Fact
from assistant.core.finance.near_concepts import narrows_label
from assistant.core.finance.plan import question_concept

Y23 = date(2023, 12, 31)


def fact(concept: str | None, label: str, value: float, statement: str) -> Fact:
    return Fact(concept=concept, label=label, period_end=Y23, period="FY2023", duration_months=0 if
                statement == "balance_sheet" else 12, value=value, unit="USD", scale="million", statement=statement,
                doc_id="acme", page=40, row=f"{label} {value:,.0f}", company="Acme Tools", column="2023")


@pytest.mark.parametrize("question, concept", [
    ("Buildings within Acme Tools' property, plant and equipment at December 31, 2023? USD millions.", None),
    ("Acme Tools' property, plant and equipment, net at December 31, 2023? USD millions.", "ppe_net"),
    ("The notes give the fair value of Acme Tools' long-term debt. What was it at December 31, 2023?", None),
    ("What was the carrying amount of Acme Tools' long-term debt at December 31, 2023?", "long_term_debt"),
])
def test_a_part_within_a_line_or_its_fair_value_is_not_the_line(question: str, concept: str | None) -> None:
    found = question_concept(question)
    assert (found[0] if found else None) == concept


def test_a_printed_line_narrowed_by_what_it_is_on_or_within_is_another_line() -> None:
    assert narrows_label("Acme Tools ", " on auto loans in 2023?") == "on auto"
    assert narrows_label("Vehicles within Acme Tools' ", " at December 31, 2023?") is not None
    assert narrows_label("Acme Tools ", " for 2023? USD millions.") is None
    assert narrows_label("What was Acme Tools' ", " on a reported basis in 2023?") is None
    assert narrows_label("Carrying amount of ", " on Acme's balance sheet at December 31, 2023?") is None
    assert narrows_label("Other liabilities ", " on Acme Tools' balance sheet at December 31, 2023?") is None


def test_the_bare_row_does_not_answer_a_part_of_it() -> None:
    rows = [fact(None, "Provision for loan losses", 800, "income_statement")]
    part = "Acme Bank provision for loan losses on auto loans in 2023? USD millions."
    assert label_row(part, rows, None, "Acme Bank") is None
    got = answer_from_facts(part, rows, company="Acme Bank")
    assert got is None or got.refused or "800" not in got.answer
    whole = "Acme Bank provision for loan losses in 2023? USD millions."
    assert label_row(whole, rows, None, "Acme Bank") is not None


def test_a_figure_that_leaves_the_asked_item_out_is_not_it() -> None:
    intro = ("Scheduled repayments of borrowings, including current maturities (excluding payments for "
             "equipment leases), for the next five years: 2024 $ ")
    asked = "How much in equipment lease payments does Acme owe in 2024? USD millions."
    assert excluded_item(asked, intro) == "payments for equipment leases"
    assert excluded_item("What borrowings does Acme repay in 2024? USD millions.", intro) is None
    # the question leaves the item out too: the figure is the one asked
    same = "Acme borrowings repaid in 2024, excluding payments for equipment leases? USD millions."
    assert excluded_item(same, intro) is None
    # the question asks what was left out: the passage's exclusion states its subject
    spent = "Capital spending of $700 million (excluding non-cash lease additions of $ "
    left = "How much in non-cash lease additions did Acme leave out of its capital spending? USD millions."
    assert excluded_item(left, spent) is None
    assert excluded_item("How much in non-cash lease additions did Acme make? USD millions.", spent) == "non-cash lease additions of"


def test_a_rate_per_unit_is_no_count() -> None:
    assert per_unit_for_count("How many subscribers did Acme have at the end of 2023? Thousands.",
                              "Subscribers per household") == "household"
    assert per_unit_for_count("Acme's subscribers per household at the end of 2023?", "Subscribers per household") is None
    assert per_unit_for_count("How many subscribers did Acme have at the end of 2023?", "Subscribers") is None
