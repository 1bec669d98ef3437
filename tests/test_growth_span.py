"""A growth asked "from fiscal 2021 to fiscal 2023" is planned from the first year to the last, not
over the first two years of the span (finance.plan), on made-up questions in our own words."""

from __future__ import annotations

from assistant.core.finance.plan import plan_question


def _years(question: str) -> list[int | None]:
    plan = plan_question(question)
    assert plan is not None and plan.kind == "growth"
    return [p.fiscal_year for p in plan.periods]


def test_a_growth_over_a_span_runs_from_its_first_year_to_its_last() -> None:
    assert _years("What was the percentage change in Orrin's revenues from fiscal 2021 to fiscal 2024?") == [2024, 2021]


def test_a_growth_between_two_adjacent_years_is_unchanged() -> None:
    assert _years("What was the percentage change in Orrin's revenues from fiscal 2023 to fiscal 2024?") == [2024, 2023]
    assert _years("By what percent did Orrin's revenues grow in fiscal 2024?")[0] == 2024
