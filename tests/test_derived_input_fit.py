"""Inputs of arithmetic chosen by what their own words say, else no figure (made-up passages):
a sum of fewer figures than the parts the question lists, one named part's share for two parts
asked together, an input of another year or a result where guidance is asked, a per-share amount
divided as a total, a page range read as a figure; and a level asked from a move it hands over is
the level (planned as such), never the move quoted."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.figure_period import stated_before_base
from assistant.core.answer.moved_asked import level_doubt
from assistant.core.answer.row_sum import other_sum
from assistant.core.answer.sum_part import listed_parts, part_for_total
from assistant.core.answering import _in_stated_unit
from assistant.core.finance.asked import level_asked
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer, Citation, KeyFigure
from tests.fakes.one_passage import passage_answer

CO = "Harwick Mills"


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company=CO, doc="h", derived=True)


# --- a sum of the parts the question lists ------------------------------------------------------

CHARGES = ("Charges in 2024 included $410 million of tooling write-downs, $95 million of lease impairments, "
           "$60 million of supplier settlements and $25 million of relocation costs.")


@pytest.mark.parametrize(("question", "parts"), [
    ("Adding up the charges (tooling write-downs, lease impairments, supplier settlements, relocation), what total?", 4),
    ("Adding the amounts due in 2026, those due between 2027 and 2030 and those with no maturity, what total?", 3),
    ("Adding tooling write-downs and lease impairments, what is the total?", 0),
    ("Adding $1,250 of grants and the loans, what total?", 0),
])
def test_the_parts_a_question_lists_are_counted(question: str, parts: int) -> None:
    assert listed_parts(question) == parts


def test_two_figures_are_no_sum_of_four_listed_parts() -> None:
    quants = parse_quantities(CHARGES)
    pair = Derived(505.0, "USD", "million", "$410 million + $95 million = $505 million",
                   [(0, 0, len(CHARGES), x) for x in quants[:2]])
    listed = "Adding up the charges it lists (tooling write-downs, lease impairments, supplier settlements, relocation), what total?"
    assert other_sum(pair, listed)
    assert not other_sum(pair, "Adding tooling write-downs and lease impairments together, what total?")
    four = Derived(590.0, "USD", "million", "$410 million + $95 million + $60 million + $25 million = $590 million",
                   [(0, 0, len(CHARGES), x) for x in quants])
    assert not other_sum(four, listed)


def test_two_parts_asked_are_still_added() -> None:
    got = _ask("Adding tooling write-downs and lease impairments together, what did Harwick Mills record "
               "in 2024? USD millions.", CHARGES)
    assert not got.refused and got.key_figure is not None, got.answer
    assert got.key_figure.value == pytest.approx(505.0)


# --- a share of two named parts together -----------------------------------------------------------

REGIONS = ("Harwick Mills revenue for 2024 came to $50.0 million.\n"
           "Nordic revenue grew 12% to $20.0 million.\n")


def test_one_part_is_no_share_of_two_parts_together() -> None:
    got = _ask("Together, what portion of Harwick Mills' 2024 revenue did Nordic and Iberia account for? Percent.",
               REGIONS)
    assert got.refused or got.key_figure is None or got.key_figure.value != pytest.approx(40.0), got.answer


def test_one_part_named_alone_still_gives_its_share() -> None:
    got = _ask("What portion of Harwick Mills' 2024 revenue did Nordic account for? Percent.", REGIONS)
    assert not got.refused and got.key_figure is not None, got.answer
    assert got.key_figure.value == pytest.approx(40.0)


# --- an input of another year, a result for guidance, a per-share amount ------------------------------

GROWN = "Felt segment sales in 2023 were $8.0 billion, an increase of 4.0% from 2022."


def test_an_input_dated_to_another_year_does_not_enter_a_change() -> None:
    got = _ask("By how much did Harwick Mills' felt segment sales increase in 2025? USD billions.", GROWN)
    assert got.refused, got.answer
    ok = _ask("By how much did Harwick Mills' felt segment sales increase in 2023? USD billions.", GROWN)
    assert not ok.refused and ok.key_figure is not None, ok.answer
    assert ok.key_figure.value == pytest.approx(8.0 - 8.0 / 1.04, rel=0.02)


def test_a_result_is_no_input_of_guidance() -> None:
    result = "Felt segment sales were $8.0 billion, an increase of 4.0%."
    got = _ask("By how much did the mid-point of Harwick Mills' felt sales guidance rise? USD billions.", result)
    assert got.refused, got.answer
    ok = _ask("By how much did Harwick Mills' felt segment sales rise? USD billions.", result)
    assert not ok.refused and ok.key_figure is not None, ok.answer


PAR = "Common shares, $0.25 par value, authorized 40 million shares; issued 9 million shares."
BOUGHT = "In 2024 Harwick Mills repurchased 4 million common shares for $300 million."


def test_a_par_value_is_no_amount_paid_for_shares() -> None:
    got = _ask("What average price per share did Harwick Mills pay for the shares it repurchased in 2024? USD.", PAR)
    assert got.refused, got.answer
    ok = _ask("What average price per share did Harwick Mills pay for the shares it repurchased in 2024? USD.", BOUGHT)
    assert not ok.refused and ok.key_figure is not None, ok.answer
    assert ok.key_figure.value == pytest.approx(75.0)


def test_a_page_range_is_no_figure() -> None:
    got = parse_quantities("Refer to the Credit Portfolio on pages 41-47 and the $310 million reserve build.")
    assert [x.raw for x in got] == ["$310 million"]
    assert [x.value for x in parse_quantities("sales rose 41-47% in the year")] == [41.0]


# --- a level asked from a move handed over ------------------------------------------------------------

def quoted(quote: str, value: float, text: str) -> Answer:
    cite = Citation(n=1, doc_id="h-10k", title="Harwick 10-K", source="h.pdf", page=9, quote=quote, score=1.0)
    key = KeyFigure(value=value, unit="USD", scale="million", text=text)
    return Answer(question="q", answer=f"{text} [1]", mode="extractive", key_figure=key, citations=[cite])


def test_a_level_asked_drops_the_move_it_hands_over() -> None:
    q = "Roughly what cash did Harwick Mills hold at June 30, 2023, given its 2024 balance and the change during 2024?"
    assert level_asked(q) != q and "change" not in level_asked(q) and "June 30, 2023" in level_asked(q)
    moved = "By how much did cash change during 2024, given the two balances?"
    assert level_asked(moved) == moved  # the move itself asked
    assert level_asked("What cash did Harwick Mills hold at June 30, 2023?") == "What cash did Harwick Mills hold at June 30, 2023?"


def test_the_move_quoted_is_no_level_asked() -> None:
    q = "From the decrease Harwick Mills reports for its fiscal 2024 freight costs, roughly what were they in fiscal 2023?"
    move = quoted("Freight costs decreased $18 million, or 6.0%, in fiscal 2024.", 18, "$18 million")
    assert level_doubt(q, move) is not None and _in_stated_unit(q, move).refused
    level = quoted("Freight costs were $300 million in fiscal 2023.", 300, "$300 million")
    assert level_doubt(q, level) is None
    asked_move = "By how much did Harwick Mills' freight costs decrease in fiscal 2024?"
    assert level_doubt(asked_move, move) is None


# --- a figure stated before its comparison's base year, one named part for a total -------------------

EPS = ("Diluted earnings per share increased 10.0% to $5.50, including a $0.04 benefit due to the tax credit, "
       "compared to $5.00 including a $0.06 benefit due to the tax credit, in fiscal 2023.")


def test_a_figure_before_the_comparison_is_the_year_after_its_base() -> None:
    now, base = (x for x in parse_quantities(EPS) if x.raw.startswith(("$5.50", "$5.00")))
    assert stated_before_base(EPS, now.start) == frozenset({2024})
    assert stated_before_base(EPS, base.start) == frozenset()
    got = _ask("Leaving out the benefit from the tax credit, what diluted EPS did Harwick Mills earn in fiscal 2023?", EPS)
    assert not got.refused and got.key_figure is not None, got.answer
    assert got.key_figure.value == pytest.approx(4.94)


DELIVERY = "Harwick Mills paid $900 million and received an initial delivery of 12 million shares under the program."
BOTH = "The initial delivery and the shares owed at completion came to 15 million shares under the program."


def test_one_named_part_is_no_total_of_two() -> None:
    q = ("Counting the initial delivery and the shares owed at completion, how many shares did Harwick Mills "
         "receive under the program in total?")
    twelve = next(x for x in parse_quantities(DELIVERY) if x.value == 12)
    assert part_for_total(q, frozenset(), DELIVERY, twelve) is not None
    fifteen = next(x for x in parse_quantities(BOTH) if x.value == 15)
    assert part_for_total(q, frozenset(), BOTH, fifteen) is None  # both named: the total
    alone = "How many shares did Harwick Mills receive in the initial delivery under the program?"
    assert part_for_total(alone, frozenset(), DELIVERY, twelve) is None
