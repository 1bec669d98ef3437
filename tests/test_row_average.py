"""A mean of a row over several years is never one year's cell (finance.plan `_averaged_over`), and a
quotient the question calls a margin is a percent (finance.definitions); made-up filing of Wrenfield."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.statement_ask import statement_ask
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import label_plan, plan_question


def _fact(label: str, value: float, year: int, concept: str | None = None, **kw: Any) -> Fact:
    fact = Fact(concept=concept, label=label, period_end=date(year, 12, 31), period=f"FY{year}", duration_months=12,
                value=value, statement="cash_flow", doc_id="wrenfield-10k-2025", page=63,
                row=f"{label} 310 250 190", column=f"Years ended December 31, {year}", company="Wrenfield")
    return replace(fact, **kw)


GRANTS = [_fact("Proceeds from employee share grants", v, y) for v, y in ((310, 2025), (250, 2024), (190, 2023))]


def test_a_mean_over_years_of_a_row_named_by_its_label_is_worked_out() -> None:
    q = "Mean yearly proceeds from employee share grants at Wrenfield over 2023 to 2025? $ millions, one decimal."
    plan = plan_question(q)
    assert plan is not None and plan.kind == "average" and len(plan.periods) == 3
    got = answer_from_facts(q, GRANTS, company="Wrenfield")
    assert got is not None and not got.refused and "250.0" in got.answer, got
    assert "/ 3" in got.answer  # every year's cell in the working, never one year's


def test_one_year_of_the_same_row_is_still_a_lookup() -> None:
    q = "Proceeds from employee share grants at Wrenfield in 2024? $ millions."
    plan = plan_question(q)
    assert plan is not None and plan.kind == "lookup"
    got = answer_from_facts(q, GRANTS, company="Wrenfield")
    assert got is not None and not got.refused and "250" in got.answer and "/ 3" not in got.answer, got


def test_a_weighted_average_or_an_average_price_is_a_line_of_its_own() -> None:
    for q in ("Weighted-average diluted shares of Wrenfield in 2024 and 2025? Millions.",
              "Average price paid per share for Wrenfield's employee share grants in 2024 and 2025? USD."):
        plan = plan_question(q)
        assert plan is None or plan.kind != "average", (q, plan)


def test_a_segment_rows_mean_is_never_quoted_from_one_column() -> None:
    q = "Three-year average of Wrenfield's Coastal segment operating profit over 2023, 2024 and 2025? $ millions."
    plan = label_plan(q)
    assert plan is not None and plan.kind == "average"
    ask = statement_ask(q)
    assert ask is not None and ask.names is None  # a passage's one figure must not answer it


def test_a_quotient_the_question_calls_a_margin_is_a_percent() -> None:
    defined = defined_formula("Wrenfield's pretax margin in 2024: income before taxes over revenue, one decimal?")
    assert defined is not None and defined[1] == "percent", defined
    plain = defined_formula("Wrenfield's income before taxes over revenue in 2024, two decimals?", True)
    assert plain is not None and plain[1] == "ratio", plain


def test_a_library_company_named_only_to_compare_with_is_not_the_one_asked() -> None:
    from assistant.core.finance.company_mentions import named_only_to_compare

    library = ["Wrenfield Holdings Inc.", "Tallowby plc"]
    assert named_only_to_compare("Orvane's 2024 net sales, to set beside Wrenfield Holdings'? $M.", library)
    assert named_only_to_compare("Orvane operating margin for 2024, for comparison with Tallowby? %", library)
    # the library company asked about, compared with a year or with another company: answered as usual
    assert not named_only_to_compare("Wrenfield Holdings' 2024 net sales compared with 2023? $M.", library)
    assert not named_only_to_compare("How did Tallowby's 2024 margin compare with Orvane's?", library)
    assert not named_only_to_compare("Against Tallowby's own outlook, how did 2024 sales do?", library)


def test_a_move_of_an_average_the_filing_states_is_not_a_mean_over_years() -> None:
    q = "By how much did Wrenfield's average monthly hedge balance rise from 2024 to 2025? USD millions."
    plan = plan_question(q)
    assert plan is None or plan.kind != "average", plan
    ask = statement_ask(q)
    assert ask is None or ask.kind != "average", ask
