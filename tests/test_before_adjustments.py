"""A figure asked "before adjustments" (or "unadjusted") is the reported one: an "Adjusted EBIT" row
is the other basis, and "before" here names no earlier value (answer.qualifiers); made-up text."""

from __future__ import annotations

from assistant.core.answer.qualifiers import asked_families, families, other_basis


def test_before_adjustments_asks_the_reported_figure() -> None:
    asked = asked_families("Brindle Foods' Snacks segment EBIT (before adjustments) for fiscal 2024? USD millions.")
    assert "reported" in asked and "prior" not in asked
    assert other_basis(asked, families("Adjusted EBIT 812 790"))
    assert "reported" in asked_families("What was Brindle Foods' unadjusted operating income in 2024?")


def test_before_an_event_still_asks_the_earlier_value() -> None:
    asked = asked_families("What revenue did Brindle Foods expect before the recall?")
    assert "prior" in asked and "reported" not in asked
