"""Periods listed in order beside a list of figures (no "respectively", or spans written as one
list) pair each figure with its own period (made-up passages and companies)."""

from __future__ import annotations

import pytest

from assistant.core.answer.figure_period import asked_years, figure_years
from assistant.core.answer.period_lists import span_list, years_after, years_before
from assistant.core.answer.qualifiers import respective_span, respective_year
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer


def _fig(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if x.raw == raw)


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Wrenfield Tools", doc="w", derived=False)  # the quote path alone


BEFORE = "In 2031 and 2030 Wrenfield collected customs rebates of $4.2 billion and $3.7 billion."
ENDED = ("Royalties earned for the years ended December 31, 2031 and 2030 from licences signed before each "
         "year were $8,114 and $7,020.")
AFTER = "Wrenfield wrote off idle plant costs of $915 and $377 during the years ended December 31, 2031 and 2030."
SPANS = ("Wrenfield's levy rates were 9.1% and 13.4% in the three and six months ended June 30, 2031, "
         "respectively.")


@pytest.mark.parametrize(("sentence", "raw", "year"), [
    (BEFORE, "$4.2 billion", 2031), (BEFORE, "$3.7 billion", 2030),
    (ENDED, "$8,114", 2031), (ENDED, "$7,020", 2030),
    (AFTER, "$915", 2031), (AFTER, "$377", 2030),
])
def test_years_listed_beside_the_figures_pair_in_order(sentence: str, raw: str, year: int) -> None:
    assert figure_years(sentence, _fig(sentence, raw), order=True) == {year}


@pytest.mark.parametrize("sentence", [
    # the years are maturities, not periods the figures are for
    "Notes due 2031 and 2033 of $400 million and $600 million were issued.",
    # another figure stands between the years and the list
    "In 2031 and 2030, of its $9.0 billion of orders, $4.2 billion and $3.7 billion shipped.",
    # three years, two figures: no order to read
    "In 2031, 2030 and 2029 rebates were $4.2 billion and $3.7 billion.",
    # a whole and a part per year: which list is asked is for the question's words to say
    "In 2031 and 2030 Wrenfield's loans totaled $9.1 billion and $8.4 billion, of which $2.2 billion and "
    "$1.6 billion were due within a year.",
])
def test_years_that_do_not_date_the_list_pair_nothing(sentence: str) -> None:
    figs = [x for x in parse_quantities(sentence) if not x.is_year]
    listed = figs[-2:]
    assert years_before(sentence, 1, listed) is None and years_after(sentence, 1, listed) is None


def test_spans_written_as_one_list_pair_in_order() -> None:
    assert span_list("in the three and nine months ended") == [3, 9]
    assert span_list("in the six months ended") is None
    assert respective_span(SPANS, _fig(SPANS, "9.1%")) == 3
    assert respective_span(SPANS, _fig(SPANS, "13.4%")) == 6


def test_the_other_year_s_figure_is_not_quoted() -> None:
    # the order only checks: the 2031 figure is refused for 2030 (it never picks the 2030 one)
    answer = _ask("How much did Wrenfield Tools collect in customs rebates in 2030?", BEFORE)
    assert answer.refused or answer.key_figure is None or answer.key_figure.value != pytest.approx(4.2)


def test_the_order_checks_the_quoted_figure_but_does_not_pick_it() -> None:
    # As a pick's boost the order let a listed figure of another metric win over the asked one (a
    # dev answer turned wrong): the pick's own reading (a "respectively" list) stays as it was.
    assert respective_year(BEFORE, _fig(BEFORE, "$3.7 billion")) is None
    assert figure_years(BEFORE, _fig(BEFORE, "$3.7 billion"), order=True) == {2030}
    assert figure_years(BEFORE, _fig(BEFORE, "$3.7 billion"), order=False) == set()


def test_the_asked_span_s_figure_is_quoted() -> None:
    answer = _ask("What was Wrenfield Tools' levy rate for the first six months of 2031?", SPANS)
    assert not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == pytest.approx(13.4)


@pytest.mark.parametrize(("question", "asked"), [
    ("What deferred rent did Wrenfield Tools carry a year before its fiscal 2032 year-end, i.e. at March 31, 2031?",
     {2031}),
    ("What did Wrenfield Tools owe its suppliers one year prior to the end of Q3 fiscal 2032, at May 2, 2031?", {2031}),
    # the only year named stays the asked one: no other period is said
    ("What deferred rent did Wrenfield Tools carry a year before March 31, 2032?", {2032}),
])
def test_a_year_counted_back_from_is_not_the_asked_one(question: str, asked: set[int]) -> None:
    assert asked_years(question, parse_question(question, []).years) == frozenset(asked)


def test_the_year_counted_back_from_is_not_quoted() -> None:
    text = "As of March 31, 2032, Wrenfield's deferred rent was $12 million."
    answer = _ask("How much deferred rent did Wrenfield Tools carry a year before its fiscal 2032 year-end, "
                  "i.e. at March 31, 2031?", text)
    assert answer.refused or answer.key_figure is None or answer.key_figure.value != pytest.approx(12.0)
