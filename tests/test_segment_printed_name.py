"""A segment named in common capitalised words ("Global Parts and Tools") is a name when the filing
prints it as a segment: a table of another segment's results does not answer it (made-up text)."""

from __future__ import annotations

import pytest

from assistant.core.finance.company_parts import written_as_part
from tests.fakes.one_passage import passage_figure

TABLE = ("Home Goods segment results were as follows:\n"
         "Years ended December 31,  2024  2023\n"
         "Total revenues net of interest expense  $8,000  $7,500\n"
         "Pretax segment income  $2,000  $1,800\n")
ABOUT = ("\nWe sell global brands of parts and tools through wholesale partners and online stores. "
         "We have two reportable operating segments: U.S. Home Goods (HG) and Global Parts and Tools (GPT). "
         "Corporate functions are not allocated.\n")
ASKED = ("Wrenfield Brands Global Parts and Tools: 2024 pretax margin (pretax segment income ÷ total revenues net "
         "of interest expense)? Percent, one decimal.")


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Wrenfield Brands", title="Wrenfield Brands 2024 10-K", page=40)


def test_another_segments_table_does_not_answer_a_segment_printed_in_common_words() -> None:
    assert _answer(ASKED, TABLE + ABOUT) is None


def test_the_segments_own_table_answers_it() -> None:
    own = TABLE.replace("Home Goods segment", "Global Parts and Tools segment")
    assert _answer(ASKED, own + ABOUT) == pytest.approx(25.0, abs=0.05)


def test_words_the_filing_never_prints_as_a_segment_are_no_name() -> None:
    # without the sentence naming the segments, the capitalised words are no segment name: the table answers
    plain = ("Wrenfield Brands Global Parts and Tools: 2024 pretax margin (pretax segment income ÷ total revenues net "
             "of interest expense)? Percent, one decimal.")
    about = "\nWe sell global brands of parts and tools through wholesale partners and online stores.\n"
    assert _answer(plain, TABLE + about) == pytest.approx(25.0, abs=0.05)


def test_an_initial_does_not_end_the_sentence_naming_segments() -> None:
    text = "Our two reportable segments are U.S. Home Goods and Global Parts and Tools."
    assert written_as_part("Global Parts and Tools", text)
    assert not written_as_part("Global Parts and Tools", "Sales rose. Global Parts and Tools grew. U.S. sales fell.")
