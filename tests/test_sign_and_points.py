"""Figures that only look like the one asked: a growth rate across a change of sign (a loss turned
into a profit has none: filings print "NM"), a percent given where a difference in points is
asked, and quotes left to the reader that hold several figures (or none) where one is asked."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.points_asked import points_asked, points_doubt
from assistant.core.answer.quote_only import quote_doubt
from assistant.core.finance.facts import Fact
from assistant.core.types import Answer, Citation, KeyFigure


def _fact(concept: str, period: str, year: int, value: float, row: str) -> Fact:
    return Fact(concept=concept, label=row.split("  ")[0], period_end=date(year, 12, 31), period=period,
                duration_months=12, value=value, statement="income_statement", doc_id="brix-10k", page=7,
                row=row, company="Brixton")


def _growth(before: float, after: float) -> Answer | None:
    row = f"Net income (loss) {after:,.0f} {before:,.0f}"
    facts = [_fact("net_income", "FY2022", 2022, after, row), _fact("net_income", "FY2021", 2021, before, row)]
    return answer_from_facts("By what percentage did Brixton's net income grow in 2022? One decimal.", facts,
                             company="Brixton")


def test_no_growth_rate_is_stated_across_a_change_of_sign() -> None:
    # a loss of 50 turned into a profit of 30: no rate of growth (no computed answer: the passages may say "NM")
    assert _growth(-50, 30) is None
    assert _growth(40, -10) is None


def test_a_growth_of_same_signed_figures_is_still_stated() -> None:
    grew = _growth(40, 50)
    assert grew is not None and not grew.refused and grew.key_figure is not None and grew.key_figure.value == 25.0
    narrowed = _growth(-80, -40)  # a loss that halved: measured against the loss's size, as before
    assert narrowed is not None and not narrowed.refused and narrowed.key_figure is not None


def said(value: float, unit: str, text: str) -> Answer:
    return Answer(question="q", answer=f"{text} [1]", mode="extractive",
                  key_figure=KeyFigure(value=value, unit=unit, text=text))


@pytest.mark.parametrize("question, asked", [
    ("By how many percentage points did Brixton's operating margin widen from 2021 to 2022?", True),
    ("How many basis points did the spread tighten over the year?", True),
    ("How far did the gross margin move between the two years, in percentage points?", True),
    ("What was the change in Brixton's payout ratio? Percentage points, one decimal.", True),
    ("What was Brixton's operating margin in 2022?", False),
    ("By what percentage did Brixton's revenue grow in 2022?", False),
    ("How much would interest expense change if rates moved by 100 basis points? USD millions.", False),
])
def test_points_are_read_as_the_unit_asked_only_when_asked(question: str, asked: bool) -> None:
    assert points_asked(question) is asked


def test_a_percent_does_not_answer_a_difference_asked_in_points() -> None:
    q = "By how many percentage points did Brixton's segment margin rise from 2021 to 2022?"
    assert points_doubt(q, said(-0.5, "percent", "-0.5%")) is not None  # a relative change of an amount
    assert points_doubt(q, said(19.6, "percent", "19.6%")) is not None  # one year's margin
    assert points_doubt(q, said(9.1, "pp", "9.1 percentage points")) is None
    assert points_doubt("What was Brixton's segment margin in 2022?", said(19.6, "percent", "19.6%")) is None


def quoted(question: str, *quotes: str) -> Answer:
    cites = [Citation(n=i, doc_id="brix-10k", title="Brixton 10-K", source="brix.pdf", page=9, quote=q, score=1.0,
                      chunk_id=f"c{i}") for i, q in enumerate(quotes, 1)]
    return Answer(question=question, answer=" ".join(f'"{q}" [{i}]' for i, q in enumerate(quotes, 1)),
                  mode="extractive", citations=cites)


def test_quotes_for_a_figure_must_hold_one_figure_or_date_the_first_to_the_year_asked() -> None:
    q = "What share of Brixton's wholesale accounts was 60+ days overdue at the end of 2022?"
    pair = "Accounts 60+ days overdue were 1.4% and 0.9% of the total as of December 31, 2023 and 2022, respectively."
    assert quote_doubt("text", q, frozenset({2022}), quoted(q, pair)) is not None  # 1.4% is 2023's
    dated = "Reserves of $410 million as of December 31, 2022 and $385 million as of December 31, 2021 remain."
    assert quote_doubt("text", q, frozenset({2022}), quoted(q, dated)) is None  # the first is the year asked
    one = "The overdue share stood at 0.9% at December 31, 2022."
    assert quote_doubt("text", q, frozenset({2022}), quoted(q, one)) is None
    # words asked of a year: a quote with no figure may be the answer
    who = "In March 2022 the board named Ada Brix chief executive."
    assert quote_doubt("text", "Who led Brixton in 2022?", frozenset({2022}), quoted("Who led Brixton in 2022?", who)) is None
    # a figure asked: a quote with none answers another question
    none = "On May 3, 2022, Brixton acquired Corvel Foods, a maker of frozen desserts."
    ask = "How much inventory did Brixton record in the Corvel acquisition? USD millions."
    assert quote_doubt("amount", ask, frozenset(), quoted(ask, none)) is not None
