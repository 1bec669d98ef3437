"""A figure for the United States or the rest of the world is said to be one: a sentence naming
neither side gives the total's figure, not the part of the world asked (made-up passages)."""

from __future__ import annotations

from assistant.core.answer.place_unsaid import place_unsaid
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

TOTAL = ("Lantern segment sales in 2031 were $12.4 billion, an increase of 2.0% from 2030, which "
         "included operational growth of 5.1% and a negative currency impact of 3.1%.")
ABROAD = ("Lantern sales outside the U.S. were $6.0 billion in 2031, a decrease of 1.5%, which "
          "included operational growth of 7.4% and a negative currency impact of 8.9%.")


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Pellham Inc", doc="p", derived=False)  # the quote path alone


def test_which_side_of_the_world_is_said() -> None:
    asked = "What was the operational growth of Lantern sales outside the U.S. in 2031?"
    assert place_unsaid(asked, TOTAL)
    assert not place_unsaid(asked, ABROAD)
    assert not place_unsaid("What was the operational growth of Lantern sales in 2031?", TOTAL)
    assert not place_unsaid("What were Lantern's international sales in 2031?", "Sales were $2 million",
                            header="International")


def test_the_total_s_growth_is_no_answer_for_the_part_abroad() -> None:
    a = _ask("What was the operational growth of Pellham's Lantern sales outside the U.S. in 2031?", TOTAL)
    assert a.refused, a.answer
    b = _ask("What was the operational growth of Pellham's Lantern sales outside the U.S. in 2031?",
             f"{TOTAL}\n{ABROAD}")
    assert b.key_figure is not None and b.key_figure.value == 7.4, b.answer
    c = _ask("What was the operational growth of Pellham's Lantern segment sales in 2031?", TOTAL)
    assert c.key_figure is not None and c.key_figure.value == 5.1, c.answer


# A name that begins with the place names one thing, asked whole: not the place's part of a figure.
NAMED = [
    ("What is the price of Pellham's fixed-price radar contract with the U.S. Navy? USD millions.",
     "Pellham signed a fixed-price contract for the radar at a price of $640 million."),
    ("How much of Pellham's $5 billion U.S. revolving credit facility expires in 2033?",
     "Of the commitments under the revolving credit facility, $4.2 billion expire in 2033."),
    ("How much did Pellham contribute to its U.S. 401(k) savings plan in 2031?",
     "Company contributions to the savings plan were $58 million in 2031."),
]


def test_a_name_that_begins_with_the_place_asks_no_part_of_the_world() -> None:
    for asked, said in NAMED:
        assert not place_unsaid(asked, said), asked
    # the place modifying the company's own figure still asks its part
    assert place_unsaid("What were Pellham's U.S. pension plan contributions in 2031?",
                        "Company contributions to the pension plans were $58 million in 2031.")
    assert place_unsaid("What share of Pellham's backlog was with the U.S. government's rivals abroad, "
                        "i.e. non-U.S. customers?", "Backlog was $12 billion.")


def test_the_named_thing_s_figure_is_quoted() -> None:
    asked, said = NAMED[0]
    a = _ask(asked, said)
    assert a.key_figure is not None and a.key_figure.value == 640, a.answer


def test_a_sentence_that_prints_the_place_in_a_name_says_where_it_belongs() -> None:
    asked = "Beyond its U.S. revolver, how much in other credit lines did Pellham have at year end?"
    said = "In addition to the U.S. revolving credit facility, lenders provided $300 million in lines of credit."
    assert not place_unsaid(asked, said)
    assert place_unsaid("What were Pellham's U.S. sales in 2031?", "Sales were $2 million in 2031.")
