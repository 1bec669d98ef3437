"""A company's own measures (adjusted, underlying) printed in releases' tables: the catalogue's
statement formula never stands in for them, and a formula defined over their rows is still worked."""

from __future__ import annotations

from assistant.core.finance.own_measures import rows_carry_qualifiers
from assistant.core.finance.plan import plan_question, printed_plan


def test_underlying_measure_is_not_the_catalogue_formula() -> None:
    # operating income plus D&A is the statutory figure, not the company's underlying one
    assert plan_question("What underlying EBITDA did Norrveld report for FY2026?") is None
    assert plan_question("What normalised EBITDA margin did Norrveld earn in fiscal 2026?") is None


def test_plain_measure_still_computed() -> None:
    plan = plan_question("What EBITDA did Norrveld report for FY2026?")
    assert plan is not None and plan.formula == "operating_income + depreciation_amortization"


def test_formula_over_own_measure_rows_is_planned() -> None:
    question = "Defining debt service cover as adjusted EBIT divided by interest paid, what was Norrveld's cover in FY2026?"
    assert plan_question(question) is None
    plan = printed_plan(question, catalogue_rows=True)
    assert plan is not None and plan.formula is not None
    assert "row_adjusted_ebit" in plan.formula


def test_underlying_row_in_a_defined_margin() -> None:
    question = ("What was Norrveld's underlying operating margin in FY2026, defined as underlying operating profit "
                "divided by total revenue?")
    plan = printed_plan(question, catalogue_rows=True)
    assert plan is not None and plan.formula == "row_underlying_operating_profit / revenue"


def test_qualifiers_must_name_the_printed_rows() -> None:
    assert rows_carry_qualifiers(["adjusted"], "row_adjusted_ebit / row_finance_cost")
    assert rows_carry_qualifiers(["non-GAAP"], "row_non_gaap_earnings / revenue")
    # a qualifier that names no row of the formula ("segment") is a basis the formula lacks
    assert not rows_carry_qualifiers(["segment"], "row_segment_profit / revenue")
    assert not rows_carry_qualifiers(["adjusted"], "operating_income / revenue")
    assert not rows_carry_qualifiers(["underlying"], "row_adjusted_ebitda / revenue")


def test_page_footer_is_no_unit() -> None:
    from assistant.core.answer.spans import split_units

    text = ("Revenue grew in the second half on new customers.\n"
            "Norrveld Holdings Limited. Unaudited.  Page 4 of 9\n"
            "Total revenue    88.2    71.0\n"
            "Investor Relations                Page 5")
    units = [text[a:b] for a, b, _, _ in split_units(text)]
    assert not any("Page" in u for u in units)
    assert any(u.startswith("Total revenue") for u in units)
