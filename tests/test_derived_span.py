"""Arithmetic for a year or a half is not worked from one quarter's figure: "the fourth quarter of
fiscal 2025" names a quarter, not the year, and a quarter's net income is no input to a share of
the first half's. Made-up passages."""

from __future__ import annotations

from assistant.core.answer.qualifiers import families
from tests.fakes.one_passage import passage_answer

SHARE = "For the first half of 2025, what percentage of Marlow Retail's net income went to preferred dividends declared?"


def test_a_quarter_of_a_fiscal_year_names_the_quarter_not_the_year() -> None:
    assert families("in the fourth quarter of fiscal 2025") == {"short"}
    assert "long" in families("in fiscal 2025")


def test_a_quarters_figure_is_no_input_to_a_halfs_share() -> None:
    quarter = ("Preferred stock dividends declared were $373 million. For the second quarter of 2025, Marlow Retail "
               "reported net income of $14.5 billion, up 67%.")
    answer = passage_answer(SHARE, quarter, company="Marlow Retail", period="FY2025", derived=True)
    assert answer.refused or answer.key_figure is None or answer.key_figure.value != 2.6, answer.answer


def test_the_halfs_own_figure_is_its_input() -> None:
    half = ("Preferred stock dividends declared were $373 million. For the first half of 2025, Marlow Retail "
            "reported net income of $14.5 billion, up 67%.")
    answer = passage_answer(SHARE, half, company="Marlow Retail", period="FY2025", derived=True)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert round(answer.key_figure.value, 1) == 2.6
