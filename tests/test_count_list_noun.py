"""A list of counts names what it counts once, after its last figure ("1.2 million, 0.9 million
and 0.7 million shares"): each figure of the list counts that noun, not only the last."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_figure

LISTED = ("Members of staff bought 1.2 million, 0.9 million and 0.7 million shares through the savings scheme "
          "during fiscal years 2024, 2023 and 2022, respectively.")
UNITS = ("Quillon Marine awarded its officers 412,300, 388,150 and 290,020 performance share units under the "
         "long-term incentive plan in March 2024, 2023 and 2022, respectively.")
OTHER = "Quillon Marine opened 14, 9 and 6 warehouses in fiscal years 2024, 2023 and 2022, respectively."


def _figure(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Quillon Marine", title="Quillon Marine 10-K", page=1)


def test_a_listed_figure_counts_the_noun_after_the_list() -> None:
    assert _figure("How many shares did Quillon Marine staff buy through the savings scheme in fiscal 2024?",
                   LISTED) == pytest.approx(1.2)


def test_a_listed_figure_counts_a_noun_of_several_words() -> None:
    assert _figure("How many performance share units did Quillon Marine award its officers in March 2024?",
                   UNITS) == pytest.approx(412300)


def test_a_list_of_another_noun_still_counts_something_else() -> None:
    assert _figure("How many stores did Quillon Marine open in fiscal 2024?", OTHER) is None


def test_a_list_noun_naming_part_of_the_thing_asked_does_not_count_it() -> None:
    text = ("Diluted earnings per share excluded restricted units and options, including shares under the purchase "
            "plan, to purchase an estimated 6.1 million, 4.2 million and 3.3 million shares of common stock for "
            "fiscal years 2024, 2023 and 2022, respectively.")
    assert _figure("How many stock options did Quillon Marine have outstanding at the end of fiscal 2024?", text) is None
