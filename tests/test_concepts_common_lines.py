"""The common lines of the primary statements (goodwill, intangible assets, retained earnings, total
liabilities and equity, deferred revenue, operating lease assets, investing and financing cash, stock-based
compensation, long-term debt raised and repaid, interest income) are concepts named after their US-GAAP
elements: each is read from its own label's full wording only, and its near misses stay other lines
(made-up labels and questions)."""

from __future__ import annotations

import pytest

from assistant.core.finance.concepts import concept, match_concept
from assistant.core.finance.plan import plan_question
from assistant.core.finance.question_terms import question_concept

BS, IS, CF = "balance_sheet", "income_statement", "cash_flow"


@pytest.mark.parametrize("label, statement, name", [
    ("Goodwill", BS, "goodwill"),
    ("Goodwill, net", BS, "goodwill"),
    ("Other intangible assets, net", BS, "intangible_assets"),
    ("Identifiable intangible assets, net", BS, "intangible_assets"),
    ("Intangible assets, net of accumulated amortization of $412", BS, "intangible_assets"),
    ("Retained earnings", BS, "retained_earnings"),
    ("Retained earnings (accumulated deficit)", BS, "retained_earnings"),
    ("Accumulated deficit", BS, "retained_earnings"),
    ("Earnings reinvested in the business", BS, "retained_earnings"),
    ("Total liabilities and shareholders' equity", BS, "total_liabilities_and_equity"),
    ("Total liabilities and equity", BS, "total_liabilities_and_equity"),
    ("Total liabilities, redeemable preferred stock and equity", BS, "total_liabilities_and_equity"),
    ("Deferred revenue", BS, "deferred_revenue"),
    ("Operating lease right-of-use assets", BS, "operating_lease_assets"),
    ("Operating lease assets", BS, "operating_lease_assets"),
    ("Net cash provided by (used in) investing activities", CF, "cash_from_investing"),
    ("Cash used for investing activities", CF, "cash_from_investing"),
    ("Net cash (used in)/provided by financing activities", CF, "cash_from_financing"),
    ("Net cash used in financing activities", CF, "cash_from_financing"),
    ("Stock-based compensation", CF, "stock_compensation"),
    ("Share-based compensation expense", CF, "stock_compensation"),
    ("Proceeds from issuance of long-term debt", CF, "debt_proceeds"),
    ("Repayments of long-term debt", CF, "debt_repayments"),
    ("Interest income", IS, "interest_income"),
])
def test_a_common_line_is_read_as_its_concept(label: str, statement: str, name: str) -> None:
    assert match_concept(label, "", statement) == name


@pytest.mark.parametrize("label, statement, name", [
    ("Goodwill impairment", IS, None),  # a charge, not the balance
    ("Impairment of goodwill", CF, None),
    ("Amortization of intangible assets", IS, None),
    ("Accumulated other comprehensive loss", BS, None),  # not the accumulated deficit
    ("Deferred revenue, non-current", BS, None),  # the long-term balance is another line
    ("Long-term deferred revenue", BS, None),
    ("Operating lease liabilities", BS, None),  # current or not: the section says, the label does not
    ("Net interest income", IS, None),  # a bank's net line, not interest income
    ("Interest income (expense), net", IS, "interest_expense"),  # a net line stays where it was
    ("Excess tax benefits from stock-based compensation", CF, None),
    ("Current portion of long-term debt", BS, "short_term_debt"),  # DebtCurrent, not long-term debt
    ("Long-term debt", BS, "long_term_debt"),
    ("Total liabilities", BS, "total_liabilities"),
    ("Total shareholders' equity", BS, "total_equity"),
    ("Goodwill and other intangible assets", BS, None),  # one line for two concepts: neither
])
def test_near_misses_stay_other_lines(label: str, statement: str, name: str | None) -> None:
    assert match_concept(label, "", statement) == name


def test_new_lines_are_never_named_by_a_guess() -> None:
    # Name words alone ("goodwill" in "Acquired goodwill balance") name none of the new lines.
    assert match_concept("Acquired goodwill balance", "", BS) is None
    assert match_concept("Interest income from deposits", "", IS) is None
    assert not concept("goodwill").fuzzy and concept("revenue").fuzzy


@pytest.mark.parametrize("question, name", [
    ("Zephyr Mills' other intangible assets, net at the end of 2023?", "intangible_assets"),
    ("Zephyr Mills' retained earnings at December 31, 2023?", "retained_earnings"),
    ("Zephyr Mills' total liabilities and shareholders' equity at December 31, 2023?", "total_liabilities_and_equity"),
    ("Zephyr Mills' total liabilities at December 31, 2023?", "total_liabilities"),
    ("Net cash used in investing activities at Zephyr Mills in 2023?", "cash_from_investing"),
    ("Zephyr Mills' net cash provided by (used in) financing activities in 2023?", "cash_from_financing"),
    ("Zephyr Mills' stock-based compensation in 2023?", "stock_compensation"),
    ("Zephyr Mills' proceeds from issuance of long-term debt in 2023?", "debt_proceeds"),
    ("Zephyr Mills' interest income in 2023?", "interest_income"),
    ("Zephyr Mills' deferred revenue at December 31, 2023?", "deferred_revenue"),
])
def test_questions_name_the_common_lines(question: str, name: str) -> None:
    found = question_concept(question)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("question", [
    "Zephyr Mills' goodwill impairment charge in 2023?",  # a charge against the balance
    "Impairment of goodwill at Zephyr Mills in 2023?",
    "Zephyr Mills' amortization of acquired intangible assets in 2023?",
    "Zephyr Mills' inventory write-downs in 2023?",  # an older concept's charge too
    "Zephyr Mills' income tax benefit on stock-based compensation in 2023?",  # the tax, not the line
    "Zephyr Mills' net interest income in 2023?",
    "Zephyr Mills' long-term deferred revenue at December 31, 2023?",
])
def test_a_charge_a_tax_or_a_net_line_is_not_the_line_named(question: str) -> None:
    found = question_concept(question)
    assert found is None or found[0] not in {"goodwill", "intangible_assets", "inventories", "stock_compensation",
                                             "interest_income", "deferred_revenue"}


def test_goodwill_has_no_question_term_yet() -> None:
    # the row keeps its concept, but a plain goodwill lookup cost a wrong on a set nobody tuned to (main)
    assert question_concept("What was Zephyr Mills' goodwill at December 31, 2023?") is None


def test_the_current_portion_of_a_long_term_line_is_not_the_long_term_balance() -> None:
    # the current line (the statements' debt due within a year), never the long-term balance
    for q in ("Zephyr Mills' current portion of long-term debt at December 31, 2023?",
              "Zephyr Mills' current maturities of long-term debt at December 31, 2023?"):
        found = question_concept(q)
        assert found is None or found[0] == "short_term_debt"
    found = question_concept("Zephyr Mills' long-term debt at December 31, 2023?")
    assert found is not None and found[0] == "long_term_debt"
    # an operand of a defined formula: never the long-term balance counted twice
    plan = plan_question("Zephyr Mills' net debt at December 31, 2023, defined as current portion of long-term debt"
                         " + long-term debt, net - cash and cash equivalents. USD millions.")
    assert plan is None or plan.formula is None or plan.formula.count("long_term_debt") <= 1


def test_a_cash_flow_section_named_with_what_it_paid_for_is_one_line_of_it() -> None:
    assert question_concept("Zephyr Mills' financing cash flows for debt issuance costs in 2023?") is None
    assert question_concept("Zephyr Mills' investing cash flows for acquisitions in 2023?") is None
    found = question_concept("Zephyr Mills' cash from investing activities for fiscal 2023?")
    assert found is not None and found[0] == "cash_from_investing"


def test_a_line_the_statements_never_print_is_left_to_the_passages() -> None:
    from datetime import date

    from assistant.core.answer.computed import answer_from_facts
    from assistant.core.finance.facts import Fact

    end = date(2023, 12, 31)
    rows = [Fact(concept="revenue", label="Revenues", period_end=end, period="FY2023", duration_months=12,
                 value=900.0, unit="USD", scale="million", statement="income_statement", doc_id="zeph", page=40,
                 row="Revenues 900", company="Zephyr Mills", column="2023")]
    # interest income sits only in a note of this filer: no statement refusal, the passages answer
    assert answer_from_facts("Zephyr Mills' interest income in 2023? USD millions.", rows, company="Zephyr Mills") is None


@pytest.mark.parametrize("label, name", [
    ("Net cash provided/(used) by investing activities", "cash_from_investing"),
    ("Net cash (used)/provided by financing activities", "cash_from_financing"),
    ("Net cash provided/(used) by financing activities", "cash_from_financing"),
])
def test_a_section_total_printed_provided_slash_used_by_is_the_total(label: str, name: str) -> None:
    assert match_concept(label, "", CF) == name


@pytest.mark.parametrize("question", [
    "Zephyr Mills' amortization expense on intangible assets for 2025, as projected? USD millions.",
    "Total estimated amortization expense for Zephyr Mills' intangible assets over 2024 through 2028?",
    "Zephyr Mills: impairment charged on IPR&D intangible assets in the first half of 2023?",
    "Accumulated amortization on Zephyr's customer list intangibles at December 31, 2023?",
])
def test_a_charge_named_with_its_kind_between_is_not_the_balance(question: str) -> None:
    found = question_concept(question)
    assert found is None or found[0] != "intangible_assets"


@pytest.mark.parametrize("question", [
    "How much long-term debt did Zephyr Mills issue in 2023 (cash proceeds)? USD millions.",
    "How much did Zephyr Mills raise from issuing long-term debt in 2023?",
    "Zephyr Mills' cash from issuing long-term debt in 2023?",
])
def test_a_balance_named_as_what_was_issued_asks_the_cash_raised_not_the_balance(question: str) -> None:
    found = question_concept(question)
    assert found is not None and found[0] == "debt_proceeds"


def test_debt_named_as_what_was_repaid_asks_the_repayments_and_another_balance_so_named_is_no_balance() -> None:
    found = question_concept("How much long-term debt did Zephyr Mills repay in 2023?")
    assert found is not None and found[0] == "debt_repayments"
    # no line of the vocabulary for short-term debt raised: not the balance either
    found = question_concept("How much short-term debt did Zephyr Mills borrow in 2023?")
    assert found is None or found[0] != "short_term_debt"


def test_the_balance_itself_is_still_the_balance() -> None:
    for q in ("What long-term debt did Zephyr Mills report at December 31, 2023?",
              "How much long-term debt was outstanding at Zephyr Mills at the end of 2023?",
              "Zephyr Mills' intangible assets, net at December 31, 2023?"):
        found = question_concept(q)
        assert found is not None and found[0] in {"long_term_debt", "intangible_assets"}


def test_what_a_flow_was_earned_on_said_after_its_verb_is_a_part_of_it() -> None:
    assert question_concept("How much interest income did Zephyr Mills earn on deposits with banks in 2023?") is None
    found = question_concept("How much interest income did Zephyr Mills earn in 2023?")
    assert found is not None and found[0] == "interest_income"


def test_the_company_as_whose_or_a_question_word_after_a_line_narrows_nothing() -> None:
    from assistant.core.answer.row_names import narrowed

    assert not narrowed("Stock-based compensation added back in Zephyr's cash flows for 2023?", "Zephyr Mills")
    assert not narrowed("Zephyr's retained earnings grew by what percentage between 2022 and 2023?", "Zephyr Mills")
    assert narrowed("Zephyr revenue from appliances in 2023?", "Zephyr Mills")  # a part still narrows


def test_shrink_is_a_verb_of_direction_like_fall() -> None:
    plan = plan_question("By how much did Zephyr Mills' cash provided by investing activities shrink from 2022 to 2023? "
                         "USD millions.")
    assert plan is not None and plan.kind == "formula" and plan.unit == "USD"
