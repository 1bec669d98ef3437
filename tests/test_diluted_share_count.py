"""The diluted share count named in a question's words ("diluted weighted-average shares",
"shares outstanding, assuming dilution") is the statements' diluted weighted-average shares line;
"average" inside that name asks no average over periods. Made-up rows and wording only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact


def _shares(label: str, value: float, year: int) -> Fact:
    return Fact(concept="shares_outstanding", label=label, period_end=date(year, 12, 31), period=f"FY{year}",
                duration_months=12, value=value, unit="shares", scale="million", statement="income_statement",
                doc_id="acme-10k", page=4, row=f"{label}  {value:,.1f}", company="Acme")


def test_the_diluted_share_count_is_a_line_item_in_the_questions_words() -> None:
    from assistant.core.finance.plan import plan_question, question_concept

    for q in ("Acme's diluted weighted-average common shares outstanding for 2023? Millions.",
              "Acme weighted average shares outstanding, assuming dilution, in 2023?",
              "What was Acme's average diluted share count in 2023?"):
        found = question_concept(q)
        assert found is not None and found[0] == "shares_outstanding", q
        plan = plan_question(q)
        assert plan is not None and plan.kind == "lookup" and plan.concept == "shares_outstanding", q
    # the basic count and a per-share figure are other lines
    found = question_concept("Acme's weighted-average basic shares in 2023?")
    assert found is not None and found[0] == "shares_basic"
    found = question_concept("Acme's diluted earnings per share in 2023?")
    assert found is not None and found[0] == "eps_diluted"


def test_average_in_the_lines_name_asks_no_average_but_one_over_years_does() -> None:
    from assistant.core.finance.plan import plan_question

    growth = plan_question("By what percentage did Acme's diluted weighted-average shares change from 2022 to 2023?")
    assert growth is not None and growth.kind == "growth"
    mean = plan_question("Average of Acme's weighted-average diluted share counts for 2021, 2022 and 2023? Millions.")
    assert mean is not None and mean.kind == "average" and len(mean.periods) == 3
    rows = [_shares("Diluted", 101.0, 2021), _shares("Diluted", 99.0, 2022), _shares("Diluted", 97.0, 2023)]
    answer = answer_from_facts("Average of Acme's weighted-average diluted share counts for 2021, 2022 and 2023? "
                               "Millions, one decimal.", rows, company="Acme")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 99.0
