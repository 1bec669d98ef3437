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


_AVERAGE_TABLE = """Average balances and interest (unaudited)
(dollars in millions)
                                          Three Months Ended              Three Months Ended
                                             Sep. 30, 2026                   Sep. 30, 2025
                                       Average     Interest   Yield/    Average     Interest   Yield/
                                       Balance                Rate      Balance                Rate
Commercial loans                        $9,120       $141     6.20%      $8,840       $139     6.30%
Consumer loans                           3,410         52     6.10%       3,205         50     6.24%
Savings deposits                         6,080         31     2.04%       5,930         33     2.23%
Time deposits                            2,215         22     3.97%       2,460         27     4.39%
"""


def test_period_groups_read_under_their_sub_columns() -> None:
    from assistant.core.finance.statements import SUPPLEMENTARY
    from assistant.core.finance.tables import read_statement_page

    facts = read_statement_page(_AVERAGE_TABLE, SUPPLEMENTARY, doc_id="d", page=3, note=True)
    savings = {(f.period_end.year, str(f.extra.get("table", "")).rsplit("/ ", 1)[-1]): f.value
               for f in facts if f.label == "Savings deposits"}
    assert savings == {(2026, "Average Balance"): 6080.0, (2026, "Interest"): 31.0,
                       (2025, "Average Balance"): 5930.0, (2025, "Interest"): 33.0}


def test_sub_columns_need_the_same_names_under_each_period() -> None:
    from datetime import date

    from assistant.core.finance.facts import PeriodColumn
    from assistant.core.finance.period_sub_columns import sub_columns

    columns = [PeriodColumn(date(2026, 9, 30), 3, "2026", 30, ""), PeriodColumn(date(2025, 9, 30), 3, "2025", 60, "")]
    header = ["                    2026                          2025",
              "              Balance     Interest      Balance     Interest"]
    edges = [21, 33, 46, 58]
    assert sub_columns(header, edges, columns) == {21: (0, "Balance"), 33: (0, "Interest"),
                                                   46: (1, "Balance"), 58: (1, "Interest")}
    other = ["                    2026                          2025",
             "              Balance     Interest      Current     Long-term"]
    assert sub_columns(other, edges, columns) is None
    parts = ["                    2026                          2025",
             "              Current     Total         Current     Total"]
    assert sub_columns(parts, edges, columns) is None  # parts of a whole, not measures of the period


def test_sub_column_names_give_units() -> None:
    from assistant.core.finance.period_sub_columns import sub_column_unit

    assert sub_column_unit("Yield/Rate") == "percent"
    assert sub_column_unit("Average Yield") == "percent"
    assert sub_column_unit("Shares") == "shares"
    assert sub_column_unit("Average Balance") is None
    assert sub_column_unit("Amount") is None


def test_a_day_first_date_names_its_column() -> None:
    from assistant.core.answer.columns import locate_column
    from assistant.core.answer.extractive import analyse
    from assistant.core.numbers import parse_quantities
    from assistant.core.query import parse_question

    header = "(A$ millions)\n31 Mar 2026  30 Sep 2025  31 Mar 2025"
    cells = [q for q in parse_quantities("Active sites 412 398 377") if not q.is_year]
    q = analyse(parse_question("How many active sites did Norrveld run at 31 March 2025?", []), [])
    assert locate_column(q, header, cells) == (2, True)
