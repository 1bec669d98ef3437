"""A note column headed by a fiscal year alone ends where the filing's statements end that year:
a company whose year ends in June keeps its newest year's note figures (made-up company and tables)."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.tables import facts_from_pages

STATEMENT = "\n".join([
    "Marrow Pumps Ltd.",
    "Consolidated Statements of Income",
    "(In millions)",
    "                                            Years Ended June 30,",
    "                                            2031          2030",
    *[f"Line item {i}                            {i},{i}00        {i},{i}50" for i in range(1, 12)],
    "Net sales                                  9,000         8,000",
])

REGIONS = "\n".join([
    "Note 3. Net Sales by Region",
    "The following table disaggregates net sales by the customer's region:",
    "                                     Fiscal        Fiscal",
    "                                      2031          2030",
    "Northland                         $  5,000     $   4,400",
    "Southmark                            3,000         2,600",
    "Eastway                              1,000         1,000",
    "Total net sales                   $  9,000     $   8,000",
])


def test_a_bare_fiscal_year_column_ends_with_the_statements_year() -> None:
    facts = facts_from_pages([(1, STATEMENT), (6, REGIONS)], doc_id="marrow-10k", notes={6})
    north = {f.period_end: f.value for f in facts if f.label == "Northland"}
    assert north == {date(2031, 6, 30): 5000, date(2030, 6, 30): 4400}  # the newest year kept, not dropped


def test_a_calendar_filers_bare_year_columns_stay_at_december() -> None:
    statement = STATEMENT.replace("Years Ended June 30,", "Years Ended December 31,")
    facts = facts_from_pages([(1, statement), (6, REGIONS)], doc_id="marrow-10k", notes={6})
    assert {f.period_end for f in facts if f.label == "Northland"} == {date(2031, 12, 31), date(2030, 12, 31)}
