"""An average balance over a quarter or a half year opens at the start of that span: the prior
quarter-end or fiscal year-end column the filing prints, and closes on the span's own balance sheet,
never on a fiscal year-end; a missing opening balance is a refusal."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import MissingInput, Period, evaluate


def _fact(concept: str, period: str, end: date, months: int, value: float) -> Fact:
    return Fact(concept, concept.replace("_", " ").title(), end, period, months, value, statement="balance_sheet"
                if months == 0 else "income_statement")


# A retailer's second-quarter report: year-end and quarter-end balance sheets, quarter and half-year flows.
_FACTS = [
    _fact("inventories", "Q2 FY2031", date(2030, 8, 3), 0, 900.0),
    _fact("inventories", "Q1 FY2031", date(2030, 5, 4), 0, 820.0),
    _fact("inventories", "FY2030", date(2030, 2, 2), 0, 700.0),
    _fact("inventories", "FY2031", date(2031, 2, 1), 0, 5000.0),  # a later year-end: never a half year's close
    _fact("cost_of_sales", "6M FY2031", date(2030, 8, 3), 6, 3200.0),
    _fact("cost_of_sales", "Q2 FY2031", date(2030, 8, 3), 3, 1720.0),
]


def test_half_year_by_fiscal_label_opens_at_prior_year_end_and_closes_at_second_quarter() -> None:
    ev = evaluate("cost_of_sales / avg(inventories)", _FACTS, Period(6, 2031))
    assert ev.value == pytest.approx(3200.0 / ((700.0 + 900.0) / 2))
    assert {f.period for _, f in ev.inputs} == {"6M FY2031", "FY2030", "Q2 FY2031"}


def test_half_year_ending_on_a_date_opens_six_months_earlier() -> None:
    ev = evaluate("cost_of_sales / avg(inventories)", _FACTS, Period(6, None, None, date(2030, 8, 3)))
    assert ev.value == pytest.approx(3200.0 / 800.0)


def test_quarter_opens_at_the_prior_quarter_end() -> None:
    ev = evaluate("cost_of_sales / avg(inventories)", _FACTS, Period(3, 2031, 2))
    assert ev.value == pytest.approx(1720.0 / ((820.0 + 900.0) / 2))
    dated = evaluate("cost_of_sales / avg(inventories)", _FACTS, Period(3, 2031, 2, date(2030, 8, 3)))
    assert dated.value == pytest.approx(ev.value)


def test_first_quarter_opens_at_the_prior_year_end() -> None:
    assert Period(3, 2031, 1).opening() == Period(0, 2030)


def test_a_full_year_still_averages_its_two_year_ends() -> None:
    facts = [*_FACTS, _fact("cost_of_sales", "FY2031", date(2031, 2, 1), 12, 9000.0)]
    ev = evaluate("cost_of_sales / avg(inventories)", facts, Period(12, 2031))
    assert ev.value == pytest.approx(9000.0 / ((700.0 + 5000.0) / 2))


def test_missing_opening_balance_is_refused_not_replaced() -> None:
    no_year_end = [f for f in _FACTS if f.period != "FY2030"]
    with pytest.raises(MissingInput):
        evaluate("cost_of_sales / avg(inventories)", no_year_end, Period(6, 2031))
    no_first_quarter = [f for f in _FACTS if f.period != "Q1 FY2031"]
    with pytest.raises(MissingInput):
        evaluate("cost_of_sales / avg(inventories)", no_first_quarter, Period(3, 2031, 2))
