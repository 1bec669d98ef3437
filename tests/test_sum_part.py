"""A total asked is not answered by one of the amounts a sentence lists as its parts (made-up
companies and sentences)."""

from __future__ import annotations

from assistant.core.answer.sum_part import part_for_total, total_asked
from assistant.core.numbers import Quantity, parse_quantities
from tests.fakes.one_passage import passage_answer


def _fig(sentence: str, raw: str) -> Quantity:
    return next(q for q in parse_quantities(sentence) if q.raw.strip() == raw)


SURETY = ("At March 31, 2041, Zentro had posted surety bonds of $21 million, escrow deposits of $6 million "
          "and standby guarantees of $11 million to appeal the levy rulings.")
YEARLY = ("Zentro made discretionary contributions of $80 million in 2041, $35 million in 2040 and "
          "$140 million in 2039 to its hourly pension plan.")
TWO_LISTS = ("Net income available to holders was reduced by (i) earnings of participating units of $12 million, "
             "$9 million and $4 million and (ii) preferred dividends of $30 million, $31 million and $33 million, "
             "for the years ended December 31, 2041, 2040 and 2039, respectively.")


def test_how_a_total_is_asked() -> None:
    assert total_asked("Adding up its appeal security, how much had Zentro posted?")
    assert total_asked("How much did Zentro retire in total?")
    assert total_asked("Zentro's surety bonds and escrow deposits combined?")
    assert not total_asked("How much depreciation did Zentro add back in 2041?")
    assert not total_asked("What total debt did Zentro carry?")  # a line named total, no sum asked


def test_one_listed_part_is_not_the_total_asked() -> None:
    q = "How much security in total had Zentro posted at March 31, 2041 to appeal the levy rulings?"
    assert part_for_total(q, frozenset({2041}), SURETY, _fig(SURETY, "$6 million")) is not None
    assert part_for_total("How much had Zentro posted in escrow deposits at March 31, 2041?", frozenset({2041}),
                          SURETY, _fig(SURETY, "$6 million")) is None  # a part asked


def test_amounts_of_other_years_are_no_parts() -> None:
    q = "In total, how much did Zentro contribute to its hourly pension plan in 2041?"
    assert part_for_total(q, frozenset({2041}), YEARLY, _fig(YEARLY, "$80 million")) is None


def test_two_lists_give_two_parts_of_one_year() -> None:
    q = "In 2041, how much in total was net income reduced by participating units' earnings and preferred dividends?"
    assert part_for_total(q, frozenset({2041}), TWO_LISTS, _fig(TWO_LISTS, "$12 million")) is not None


def test_a_figure_called_the_total_answers() -> None:
    s = "Zentro retired a total of $1.6 billion of notes, $1.1 billion of the 2.5% notes and $0.5 billion of the 4.0% notes."
    q = "What principal did Zentro retire in total?"
    assert part_for_total(q, frozenset(), s, _fig(s, "$1.6 billion")) is None
    assert part_for_total(q, frozenset(), s, _fig(s, "$0.5 billion")) is not None


def test_the_answer_refuses_a_part_for_the_total() -> None:
    got = passage_answer("In total, how much did Zentro post in bonds, deposits and guarantees to appeal the levy rulings?",
                         SURETY + "\nZentro employed 4,300 people.\n", company="Zentro", derived=False)
    assert got.refused or got.key_figure is None or got.key_figure.value == 38
