"""Another figure of the same sentence is the one asked: the question's words are said of it, or
its own words state the asked year, read through a date's comma (made-up passages and companies)."""

from __future__ import annotations

from assistant.core.answer.figure_period import figure_years
from assistant.core.answer.sibling_figure import bound_sibling, period_sibling
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

EXTRA = ("Harbor segment revenue of $7.1 billion in fiscal 2031 increased 4.2% compared to fiscal 2030 "
         "and includes approximately $61 million of revenue from the leap day.")
DATED = ("Amounts owed to Corvid for the profit share totaled $2.7 billion as of June 29, 2032 and "
         "$4.4 billion as of December 31, 2031.")
MOVED = ("The gain was $0.8 billion in 2031, and a rise of $1.9 billion in lease exit costs "
         "came from closing depots in 2031.")


def _fig(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if x.raw == raw)


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Wrenfield Corp", doc="w", derived=False)  # the quote path alone


def test_a_dated_figure_s_year() -> None:
    assert figure_years(DATED, _fig(DATED, "$2.7 billion")) == {2032}
    assert figure_years(DATED, _fig(DATED, "$4.4 billion")) == {2031}
    # a year after the date's comma, not the figure's date: not its own
    s = "Sales were $5 million as of May 3, and 2031 was a hard year."
    assert figure_years(s, _fig(s, "$5 million")) == set()


def test_the_asked_year_s_sibling_is_chosen() -> None:
    fig = _fig(DATED, "$2.7 billion")
    alt = period_sibling(DATED, fig, frozenset({2031}), figure_years)
    assert alt is not None and alt.raw == "$4.4 billion"
    assert period_sibling(DATED, fig, frozenset({2032}), figure_years) is None  # already the asked year's
    assert period_sibling(DATED, fig, frozenset({2029}), figure_years) is None  # no figure of that year


def test_the_figure_the_question_s_words_are_said_of() -> None:
    a = _ask("How much of Wrenfield's fiscal 2031 leap-day revenue came from the Harbor segment?", EXTRA)
    assert not a.refused and a.key_figure is not None
    assert "61" in a.key_figure.text and "7.1" not in a.key_figure.text
    # asked of the segment's revenue, the segment's figure stays
    b = _ask("What was Wrenfield's Harbor segment revenue in fiscal 2031?", EXTRA)
    assert b.key_figure is not None and "7.1" in b.key_figure.text


def test_the_asked_period_s_figure_of_a_dated_pair() -> None:
    a = _ask("How much did Wrenfield owe Corvid for the profit share at the end of 2031?", DATED)
    assert a.key_figure is not None and "4.4" in a.key_figure.text
    b = _ask("How much did Wrenfield owe Corvid for the profit share at June 29, 2032?", DATED)
    assert b.key_figure is not None and "2.7" in b.key_figure.text


def test_a_level_asked_is_not_answered_by_the_sibling_s_change() -> None:
    q = parse_question("What lease exit costs did Wrenfield record in 2031?", [])
    from assistant.core.answer.question import analyse

    asked = analyse(q, [])
    fig = _fig(MOVED, "$0.8 billion")
    assert bound_sibling(asked, MOVED, fig, figure_years) is None  # the costs' own figure is how much they rose
    a = _ask("What lease exit costs did Wrenfield record in 2031?", MOVED)
    assert a.key_figure is None or "0.8" not in a.key_figure.text


def test_a_respectively_list_by_date_is_left_to_the_first_pick() -> None:
    s = "Stored parts were $90 million and $70 million as of June 30, 2032 and June 30, 2031, respectively."
    assert period_sibling(s, _fig(s, "$90 million"), frozenset({2031}), figure_years) is None
    assert period_sibling(DATED, _fig(DATED, "$2.7 billion"), frozenset({2031}), figure_years) is not None
