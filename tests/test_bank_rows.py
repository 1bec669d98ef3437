"""A bank's rows told apart (a made-up bank, Harrowgate Bancorp): "net" before interest or charge-offs names
another line than the one without it, and an average balance asked is not a balance at the period's end."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed_asked import _average_other, asks_average
from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import keyed_rows, label_key
from assistant.core.finance.metrics import Evaluation


def _fact(label: str, value: float, months: int = 3, **extra: str) -> Fact:
    return Fact(concept=None, label=label, period_end=date(2026, 9, 30), period="Q3 FY2026", duration_months=months,
                value=value, unit="USD", scale="million", statement="income_statement", doc_id="harrowgate", page=4,
                row=f"{label} {value}", column="Three Months Ended 2026", extra=dict(extra))


def test_net_before_interest_or_charge_offs_names_another_line() -> None:
    assert label_key("Net interest income") != label_key("Interest income")
    assert label_key("Net charge-offs") != label_key("Charge-offs")
    assert label_key("Net write-offs") != label_key("Write-offs")
    # elsewhere "net" still names the same line
    assert label_key("Net sales") == label_key("Sales")
    assert label_key("Premises and equipment, net") == label_key("Premises and equipment")


def test_a_row_named_interest_income_is_not_read_for_net_interest_income() -> None:
    facts = [_fact("Total interest income", 410.2), _fact("Net interest income", 250.4)]
    out, clash = keyed_rows(facts, {"row_interest_income"})
    assert clash == ""
    assert [f.value for f in out if f.concept == "row_interest_income"] == [410.2]
    gross = [_fact("Charge-offs", -31.4), _fact("Net charge-offs", -26.8)]
    out, _ = keyed_rows(gross, {"row_charge_off"})
    assert [f.value for f in out if f.concept == "row_charge_off"] == [-31.4]


def test_an_average_balance_is_asked_in_a_bankers_words() -> None:
    assert asks_average("What were Harrowgate's average loans held for investment in the quarter?")
    assert asks_average("What was the average balance of its money market deposits in Q2 2026?")
    assert asks_average("Net charge-offs as a share of average total loans, annualized?")
    assert not asks_average("How many weighted average diluted shares did Harrowgate use?")
    assert not asks_average("What average price per share did Harrowgate pay for repurchases?")


def test_a_period_end_balance_is_not_read_for_an_average_asked() -> None:
    question = "What were Harrowgate Bancorp's average deposits in the third quarter of 2026?"
    end = _fact("Total deposits", 24_100.0, months=0)
    assert _average_other(question, Evaluation(value=24_100.0, inputs=[("total deposits", end)])) is not None
    averaged = _fact("Total deposits", 23_880.5, months=0, table="Average Balances, Interest and Yields")
    assert _average_other(question, Evaluation(value=23_880.5, inputs=[("total deposits", averaged)])) is None
    # the formula's own average of the opening and closing balances is an average
    opening = _fact("Total deposits", 23_600.0, months=0)
    ev = Evaluation(value=23_850.0, inputs=[("total deposits (opening)", opening), ("total deposits", end)])
    assert _average_other(question, ev) is None
    # a question asking no average is left alone
    assert _average_other("Harrowgate Bancorp total deposits at September 30, 2026?",
                          Evaluation(value=24_100.0, inputs=[("total deposits", end)])) is None
