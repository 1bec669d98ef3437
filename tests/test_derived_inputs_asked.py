"""Derived figures whose inputs are the figures asked, and not their neighbours (issue 17: no
answer whose figure is about another metric than asked), on made-up passages in our own words:
a share the sentence states itself, a total named as the part, a move read as a level, a fall in
points stated as its size, and a span of years summed whole."""

from __future__ import annotations

import pytest

from assistant.core.answer.share_words import names_whole, stated_share
from assistant.core.answer.text import word_stems
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

COMPANY = "Brindle Outfitters"


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company=COMPANY, doc="b", derived=True)


# --- a share its sentence states is not computed from that sentence's other figures ----------

VENDORS = ("In fiscal 2031, our 30 biggest vendors supplied approximately 64% of the goods we bought "
           "(61% in fiscal 2030), with 4 vendors supplying about 38% of all goods bought.\n")


def test_stated_share_reads_the_whole_after_the_percent() -> None:
    assert stated_share(VENDORS, word_stems("goods bought"))
    assert not stated_share(VENDORS, {"freight"})
    assert not stated_share("Freight costs were $12 million, up 4%.", {"freight", "cost"})


def test_a_share_stated_for_other_years_is_not_worked_out_of_the_vendor_counts() -> None:
    answer = _ask("What share of the goods Brindle Outfitters bought came from its 30 biggest vendors in "
                  "fiscal 2028?", VENDORS)
    assert answer.refused or answer.key_figure is None or answer.key_figure.value != pytest.approx(4 / 30 * 100, abs=0.1), \
        answer.answer


def test_a_share_of_two_stated_amounts_is_still_computed() -> None:
    text = ("Brindle Outfitters had net sales of $800 million in fiscal 2031.\n"
            "Footwear net sales were $200 million in fiscal 2031.\n")
    answer = _ask("What share of Brindle Outfitters' net sales in fiscal 2031 came from footwear?", text)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(25.0), answer.answer


# --- the total named in the part's own words is the whole --------------------------------------


TOTAL_FIRST = ("For the third quarter of 2031, the total restructuring adjustment of $90 million mainly "
               "includes severance charges of $63 million for the closure of two plants.\n")


def test_names_whole_reads_the_words_before_the_figure() -> None:
    total, part = [x for x in parse_quantities(TOTAL_FIRST) if not x.is_year]
    assert names_whole(TOTAL_FIRST, total, word_stems("restructuring adjustment"))
    assert not names_whole(TOTAL_FIRST, part, word_stems("restructuring adjustment"))


def test_the_part_is_the_figure_after_the_total() -> None:
    answer = _ask("What share of Brindle Outfitters' third-quarter 2031 restructuring adjustment was made up "
                  "of severance charges? Percent, one decimal.", TOTAL_FIRST)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(70.0), answer.answer


# --- a move is no level to take a share of ------------------------------------------------------


def test_a_change_in_income_is_not_the_income_a_margin_divides() -> None:
    text = ("Operating income increased $45 million in fiscal 2031 compared to fiscal 2030.\n"
            "Revenue for fiscal 2031 was $1.5 billion.\n")
    answer = _ask("What was Brindle Outfitters' operating income as a percent of revenue in fiscal 2031?", text)
    assert answer.refused or answer.key_figure is None or answer.key_figure.value != pytest.approx(3.0, abs=0.05), \
        answer.answer


# --- a fall in points is stated as its size ------------------------------------------------------


STARS = ("The share of members in top-rated plans is expected to drop to 35% next year, as compared "
         "to 72% this year.\n")


def test_a_fall_in_points_is_its_size() -> None:
    answer = _ask("By how many percentage points is the share of Brindle Outfitters' members in top-rated "
                  "plans expected to fall? Percentage points.", STARS)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(37.0), answer.answer


def test_a_rise_asked_over_rates_that_fell_gives_no_difference() -> None:
    answer = _ask("By how many percentage points is the share of Brindle Outfitters' members in top-rated "
                  "plans expected to rise? Percentage points.", STARS)
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(-37.0), answer.answer


# --- a span of years asks every year of it -------------------------------------------------------


PROCEEDS = ("Net cash proceeds from the exercise of stock options were $7 million, $11 million and $16 "
            "million in fiscal 2031, fiscal 2030 and fiscal 2029, respectively.\n")


def test_a_span_of_years_sums_the_year_between() -> None:
    answer = _ask("Over fiscal 2029 to fiscal 2031 together, how much net cash did Brindle Outfitters "
                  "receive from stock option exercises? USD millions.", PROCEEDS)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(34.0), answer.answer


def test_two_years_named_with_and_sum_those_two() -> None:
    answer = _ask("In fiscal 2029 and fiscal 2031 together, how much net cash did Brindle Outfitters "
                  "receive from stock option exercises? USD millions.", PROCEEDS)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(23.0), answer.answer
