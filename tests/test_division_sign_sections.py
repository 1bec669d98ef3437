"""A formula a question writes with the division sign ("A ÷ B") or restates after "i.e." is
parsed as one written with "/" or "divided by"; a row printed under a section heading ("Lodging"
under "Revenues" and again under "Expenses") is that section's line when a formula names it.
Made-up rows and wording only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import keyed_rows

Y23 = date(2023, 12, 31)


def _row(label: str, value: float, section: str = "", concept: str | None = None, page: int = 7) -> Fact:
    return Fact(concept=concept, label=label, period_end=Y23, period="FY2023", duration_months=12, value=value,
                statement="income_statement", doc_id="acme-10k", page=page, row=f"{label}  {value:,.0f}",
                company="Acme", extra={"section": section} if section else {})


def test_the_division_sign_divides_as_a_slash_does() -> None:
    sign = "Define Acme's service share as service revenues ÷ total revenues. What was it in 2023? Percent."
    slash = "Define Acme's service share as service revenues / total revenues. What was it in 2023? Percent."
    assert defined_formula(sign, labels=True) == defined_formula(slash, labels=True)
    found = defined_formula(sign, labels=True)
    assert found is not None and "/" in found[0] and found[1] == "percent"


def test_a_revenue_row_is_never_read_as_the_expense_of_its_name() -> None:
    rows = [_row("Lodging", 900, "Revenues")]
    keyed, _ = keyed_rows(rows, {"row_lodging_expense"})
    assert not any(f.concept == "row_lodging_expense" for f in keyed)
    keyed, _ = keyed_rows([_row("Lodging", 250)], {"row_lodging_expense"})  # no section: as before
    assert any(f.concept == "row_lodging_expense" for f in keyed)


def test_a_formula_restated_after_ie_is_a_definition_up_to_the_next_comma() -> None:
    q = ("Acme lodging margin in 2023, i.e. (lodging revenue − lodging expenses) ÷ lodging revenue, "
         "annual column? Percent, one decimal.")
    found = defined_formula(q, labels=True)
    assert found is not None
    assert found[0] == "( row_lodging_revenue - row_lodging_expense ) / row_lodging_revenue"


def test_ie_without_arithmetic_defines_nothing() -> None:
    assert defined_formula("Acme receivables at the end of 2023, i.e. December 31, 2023?", labels=True) is None
    assert defined_formula("Acme's 2023 revenue, i.e. its top line?", labels=True) is None


def test_a_row_under_a_section_heading_is_that_sections_line() -> None:
    rows = [_row("Lodging", 900, "Revenues"), _row("Lodging", 250, "Expenses")]
    keyed, clash = keyed_rows(rows, {"row_lodging_revenue", "row_lodging_expense"})
    assert clash == ""
    assert {(f.concept, f.value) for f in keyed if f.concept} == {("row_lodging_revenue", 900.0),
                                                                 ("row_lodging_expense", 250.0)}


def test_rows_under_no_section_still_clash_when_they_disagree() -> None:
    rows = [_row("Lodging", 900), _row("Lodging", 250, page=8)]
    _, clash = keyed_rows(rows, {"row_lodging_revenue"})
    assert "p. 7" in clash and "p. 8" in clash


def test_a_department_margin_over_sectioned_rows_is_computed() -> None:
    rows = [_row("Lodging", 900, "Revenues"), _row("Lodging", 250, "Expenses"),
            _row("Total revenues", 5000, concept="revenue")]
    q = ("Define Acme's lodging department margin as (lodging revenue − lodging expenses) ÷ lodging revenue. "
         "What was it for 2023? Percent, one decimal.")
    answer = answer_from_facts(q, rows, company="Acme")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 72.2  # (900 - 250) / 900


def test_the_mean_of_a_line_is_its_average() -> None:
    """"the mean of total assets at two year-ends" averages the balances, as "the average of" does."""
    mean = defined_formula("What was Orrin's return on assets in fiscal 2024, i.e. net income divided by the mean of "
                           "total assets at June 30, 2023 and June 30, 2024? Percent.")
    assert mean is not None and mean[0] == "net_income / avg(total_assets)"
    one = defined_formula("What was Orrin's return on assets in fiscal 2024, i.e. net income divided by total assets "
                          "at June 30, 2024? Percent.")
    assert one is not None and one[0] == "net_income / total_assets"
