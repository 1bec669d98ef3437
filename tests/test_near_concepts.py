"""Near concepts: a qualifier the question states next to a line item's name ("dividends
payable", "accumulated depreciation", "debt due in 2024") makes it another line, which the bare
name's concept must not answer (made-up questions and labels)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.row_names import label_row
from assistant.core.finance.facts import Fact
from assistant.core.finance.near_concepts import asks_bucket, contradiction
from assistant.core.finance.plan import plan_question, question_concept

Y23 = date(2023, 12, 31)


def fact(concept: str | None, label: str, value: float, statement: str, page: int = 50) -> Fact:
    return Fact(concept=concept, label=label, period_end=Y23, period="FY2023", duration_months=0 if
                statement == "balance_sheet" else 12, value=value, unit="USD", scale="million", statement=statement,
                doc_id="acme", page=page, row=f"{label} {value:,.0f}", company="Acme Tools", column="2023")


@pytest.mark.parametrize("question, concept", [
    ("What dividends payable did Acme Tools carry at the end of 2023? USD millions.", None),
    ("What were Acme Tools' dividends paid in 2023? USD millions.", "dividends_paid"),
    ("Acme Tools' accumulated depreciation at December 31, 2023?", None),
    ("Acme Tools' depreciation and amortization in 2023?", "depreciation_amortization"),
    ("Acme Tools' D&A in 2023?", "depreciation_amortization"),
    ("How much depreciation expense did Acme Tools record in 2023?", None),  # a part of D&A
    ("Acme Tools' deferred revenue at the end of 2023?", "deferred_revenue"),  # its own balance, never revenue
    ("Acme Tools' revenue in 2023?", "revenue"),
    ("Acme Tools' gross property, plant and equipment at December 31, 2023?", None),
    ("Acme Tools' net property, plant and equipment at December 31, 2023?", "ppe_net"),
    ("How much of Acme Tools' long-term debt comes due in 2025, per the schedule at December 31, 2023?", None),
    ("What were the maturities of long-term debt in 2025 for Acme Tools?", None),
    ("Acme Tools' long-term debt at December 31, 2023?", "long_term_debt"),
    ("The weighted average effective rate on long-term debt of Acme Tools at the end of 2023?", None),
    ("How much did Acme Tools' interest expense on customer deposits grow in 2023?", None),  # one part
    ("Acme Tools' interest expense on a reported basis in 2023?", "interest_expense"),
    ("Acme Tools: gross machinery at December 31, 2023 (PP&E note of the 2023 10-K)?", None),  # a source
    ("Acme Tools' net PP&E at December 31, 2023 (balance sheet)?", "ppe_net"),
    # An amount said to sit in a line is a part of it, not the line's total.
    ("Acme Tools: customer deposits included in inventories at December 31, 2023? USD millions.", None),
    ("Acme Tools' relocation charges recorded in SG&A in 2023? $M.", None),
    ("What was recorded in Acme Tools' SG&A in 2023?", "sga"),  # no amount of its own before the verb
    ("Acme Tools' SG&A in 2023, as reported in its 10-K?", "sga"),
    # One reconciling item of a total is that item, not the total.
    ("Warranty provisions added back in Acme Tools' 2023 operating cash flow, USD millions?", None),
    ("Acme Tools 2023 operating cash flow add-back for stock-based compensation, $M.", None),
    ("Acme Tools' operating cash flow in 2023, USD millions?", "cash_from_operations"),
    # A contra-line named after the line it is set against is not that line.
    ("By what percentage did Acme Tools' revenue deductions rise in 2023 versus 2022?", None),
    ("Acme Tools' sales returns reserve at December 31, 2023? USD millions.", None),
    ("Acme Tools' sales allowances in 2023?", None),
    ("Acme Tools' revenue growth in 2023 versus 2022?", "revenue"),
    # One line of a cash-flow section named by what the cash paid for.
    ("How much did Acme Tools pay in operating cash flows for finance leases in 2023? USD millions.", None),
    ("Acme Tools' operating cash flows paid for interest in 2023?", None),
    ("Acme Tools' operating cash flow for fiscal 2023?", "cash_from_operations"),
    ("Acme Tools' operating cash flow for the year ended December 31, 2023?", "cash_from_operations"),
    # "<amount> was included in <line>" asks the amount, with the auxiliary as without it.
    ("How much warranty cost was included in Acme Tools' 2023 cost of sales? USD millions.", None),
    # A company written out in full (a ticker read as its name): "in Hollis & Vane's 2023 GAAP cost of sales".
    ("How much warranty cost was included in Hollis & Vane's 2023 GAAP cost of sales? USD millions.", None),
    ("What was included in Acme Tools' 2023 cost of sales?", "cost_of_sales"),
])
def test_a_stated_qualifier_turns_the_name_into_another_line(question: str, concept: str | None) -> None:
    found = question_concept(question)
    assert (found[0] if found else None) == concept


def test_contradiction_names_the_qualifier() -> None:
    assert contradiction("dividends_paid", "What ", " payable at the end of 2023?", "dividends") == "payable"
    assert contradiction("depreciation_amortization", "the ", " as a share", "depreciation") == "depreciation alone"
    assert contradiction("inventories", "accrued ", " at year end", "inventories") is None  # a balance already
    assert contradiction("total_assets", "", " at the end of 2023", "total assets") is None
    assert contradiction("sga", "Acme's moving costs recorded within ", " in 2023", "SG&A") == "costs recorded within"
    assert contradiction("sga", "the amount recorded in ", " in 2023", "SG&A") is None


def test_a_maturity_bucket_is_not_the_balance() -> None:
    assert asks_bucket("how much long-term debt comes due in 2024? USD millions.")
    assert asks_bucket("Acme's 2026 maturities of senior notes?")
    assert not asks_bucket("Acme's long-term debt at December 31, 2023, due to the refinancing?")
    sheet = [fact("long_term_debt", "Long-term debt", 9_000, "balance_sheet")]
    q = "Per Acme Tools' maturity schedule at December 31, 2023, how much long-term debt comes due in 2025?"
    assert label_row(q, sheet, None, "Acme Tools") is None
    assert label_row("What long-term debt did Acme Tools report at December 31, 2023?", sheet, None,
                     "Acme Tools") is not None or question_concept("long-term debt") is not None


def test_the_payable_is_answered_by_its_own_row_never_by_the_cash_paid() -> None:
    paid = fact("dividends_paid", "Cash dividends paid", -5_000, "cash_flow", page=60)
    q = "What dividends payable did Acme Tools carry on its balance sheet at December 31, 2023? USD millions."
    plan = plan_question(q)
    assert plan is not None and plan.concept is None
    got = answer_from_facts(q, [paid], company="Acme Tools")
    assert got is None or got.refused or "5,000" not in got.answer
    payable = fact(None, "Dividends payable", 1_400, "balance_sheet", page=108)
    got = answer_from_facts(q, [paid, payable], company="Acme Tools")
    assert got is not None and not got.refused and "1,400" in got.answer, got


def test_an_accumulated_balance_over_gross_ppe_never_reads_d_and_a_over_net_ppe() -> None:
    facts = [fact("depreciation_amortization", "Depreciation and amortization", 2_700, "cash_flow"),
             fact("ppe_net", "Property, plant and equipment, net", 22_400, "balance_sheet")]
    q = "Acme Tools: accumulated depreciation as a percentage of gross property, plant and equipment at December 31, 2023? 1 dp."
    got = answer_from_facts(q, facts, company="Acme Tools")
    assert got is None or got.refused, got.answer


def test_a_line_named_to_be_left_out_is_not_asked() -> None:
    assert question_concept("Acme Tools' cost of services (exclusive of depreciation and amortization) in 2023?") is None
    assert question_concept("Acme Tools' operating expenses other than interest expense in 2023?") is None
