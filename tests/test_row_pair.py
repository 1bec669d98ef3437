"""A share worked out over two rows of one table: one segment's table does not answer a share of
another segment's total (made-up tables)."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_figure

SEGMENT = ("Orchard Division revenues from contracts with customers consisted of the following:\n"
           "Years ended December 31,  2024  2023\nRevenue from contracts with customers:\n"
           "Domestic customers  $3,000  $2,800\nForeign customers  $1,000  $900\n"
           "Total segment revenue from contracts with customers  $4,000  $3,700\n")


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Wrenfield Tools", title="Wrenfield Tools 2024 10-K", page=3)


def test_a_segments_own_table_answers_its_share() -> None:
    got = _answer("What share of Wrenfield Tools' 2024 total revenue from contracts with customers came from "
                  "foreign customers?", SEGMENT.replace("Orchard Division revenues", "Revenues"))
    assert got == pytest.approx(25.0, abs=0.05)


def test_another_segments_table_does_not_answer_the_segment_asked() -> None:
    asked = ("In 2024, what share of Wrenfield Tools' Meadow Division total revenues from contracts with customers "
             "came from foreign customers? Percent, one decimal.")
    assert _answer(asked, SEGMENT) is None
    # the same table, led in by the segment asked, answers it
    assert _answer(asked, SEGMENT.replace("Orchard", "Meadow")) == pytest.approx(25.0, abs=0.05)


def test_a_sentence_naming_another_segment_is_no_input_for_the_segment_asked() -> None:
    asked = "In 2024, what percentage of Wrenfield Tools' Garden segment revenues came from services? One decimal."
    other = ("Service revenues included in our Workshop segment amounted to approximately $1.2 billion in 2024. "
             "The Garden segment's revenues for 2024 totaled $4.0 billion.")
    assert _answer(asked, other) is None
    own = ("Service revenues included in our Garden segment amounted to approximately $1.2 billion in 2024. "
           "The Garden segment's revenues for 2024 totaled $4.0 billion.")
    assert _answer(asked, own) == pytest.approx(30.0, abs=0.05)


def test_a_segment_named_by_the_tables_title_far_above_the_rows_is_named() -> None:
    filler = "".join(f"Line item {i} $ {100 + i} $ {90 + i}\n" for i in range(30))  # rows pushing the title far up
    table = ("Garden Segment The following table summarizes the Garden segment's performance:\n"
             f"(in millions) 2024 2023\n{filler}Operating income $ 121 $ 110\n")
    asked = "By what percentage did Wrenfield Tools' Garden segment operating income grow in 2024 over 2023? Percent, one decimal."
    assert _answer(asked, table) == pytest.approx(10.0, abs=0.05)
    assert _answer(asked.replace("Garden", "Meadow"), table) is None
