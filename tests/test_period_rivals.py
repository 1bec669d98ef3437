"""A sentence's figures dated to another year or span than asked are no rivals for the gate
(answer.period_rivals), on made-up sentences in our own words."""

from __future__ import annotations

from assistant.core.answer.period_rivals import period_rivals
from assistant.core.answer.question import analyse
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question

SPANS = ("Warranty reserves of $210 million and $95 million were released in the three months ended "
         "March 31, 2031 and 2030, respectively, and $388 million and $140 million in the six months "
         "ended March 31, 2031 and 2030, respectively.")
YEARS = "Orvel's freight cost was $41 million and $37 million in 2031 and 2030, respectively."
UNDATED = "Orvel booked freight cost of $41 million, storage of $37 million and fuel of $12 million."


def _figs(text: str) -> list[Quantity]:
    return [x for x in parse_quantities(text) if not x.is_year]


def _at(text: str, figure: str) -> Quantity:
    return next(x for x in _figs(text) if text[x.start:x.end] == figure)


def _rivals(question: str, text: str, figure: str) -> int:
    q = analyse(parse_question(question, []), [])
    return period_rivals(q, text, _at(text, figure), _figs(text))


def test_figures_of_other_years_and_spans_drop_out() -> None:
    # six months of 2031 asked: the 2030 figures and the three months' figures are dated elsewhere
    asked = "What warranty reserves did the company release in the six months ended March 31, 2031?"
    assert _rivals(asked, SPANS, "$388 million") == 1
    # a year asked, no span: the other year's figures drop, both spans of the asked year stay
    assert _rivals("How much freight cost did Orvel have in 2031?", YEARS, "$41 million") == 1


def test_every_figure_counts_when_the_choice_is_not_dated_to_the_asked_period() -> None:
    asked = "What warranty reserves did the company release in the six months ended March 31, 2031?"
    # the chosen figure is the three months' one: nothing is ruled out for it
    assert _rivals(asked, SPANS, "$210 million") == 4
    # the sentence dates nothing: every figure is a rival
    assert _rivals("How much freight cost did Orvel have in 2031?", UNDATED, "$41 million") == 3
    # no year asked: nothing is ruled out by one
    assert _rivals("How much freight cost did Orvel have?", YEARS, "$41 million") == 2


def test_a_table_carried_as_text_keeps_its_cells_as_rivals() -> None:
    # its column heading dates the cells, not which line is asked: every cell still counts
    table = "(Dollars in millions) 2031 2030 2029 Freight hedges $ 28 $ 38 $ (167) Other expense, net"
    assert _rivals("What freight hedge gain did Orvel book in 2030?", table, "$ 38") == 3
