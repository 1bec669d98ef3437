"""A forecast revised and stated beside its earlier value: which of the two a question asks ("before
it was narrowed", "now expects", "after raising it"), in a sentence and in an outlook table's two
columns; how far the revision moved the range's mid-point; an end of a range asked ("the low end",
"the top of its guidance"). Also the figures such sentences are written with: "EUR 400m-450m" is
one range, "earnings per diluted share" is EPS, and a "combined ratio" is a metric, no sum. Made-up
passages."""

from __future__ import annotations

import pytest

from assistant.core.answer.qualifiers import (
    asked_families,
    event_words,
    figure_families,
    revision_of,
)
from assistant.core.answer.question_words import range_position
from assistant.core.answer.relations import asked_relation
from assistant.core.answer.text import metric_stems
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Brannock Tools", doc="b", derived=True)


def _figure(text: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(text) if x.raw == raw)


# --- the earlier figure of a revision is named by the new one's words ---------------------------

_NOW_AND_BEFORE = [
    ("Brannock now expects an adjusted operating margin of 14% to 15%, better than its previous outlook "
     "of 13% to 15%.", "14% to 15%", "13% to 15%"),
    ("Sales are now expected to rise 6% to 8% from the $900 million of 2025, compared with the 2% to 4% "
     "growth expected in March.", "6% to 8%", "2% to 4%"),
    ("We are narrowing our cash flow guidance to $300 million to $320 million, from $280 million to "
     "$340 million previously.", "$300 million to $320 million", "$280 million"),
]


@pytest.mark.parametrize(("sentence", "new", "old"), _NOW_AND_BEFORE)
def test_the_earlier_figure_of_a_revision_is_paired_with_the_new_one(sentence: str, new: str, old: str) -> None:
    earlier = _figure(sentence, old)
    partner = revision_of(sentence, earlier)
    assert partner is not None and partner.raw == new
    assert "prior" in figure_families(sentence, earlier, sentence_wide=False)
    assert revision_of(sentence, _figure(sentence, new)) is None


def test_a_result_set_against_a_forecast_is_no_earlier_forecast() -> None:
    sentence = "Brannock now expects sales growth of 6% to 8%, compared with 3% in 2025."
    assert revision_of(sentence, _figure(sentence, "3%")) is None


def test_a_second_metric_of_the_new_forecast_is_no_earlier_figure() -> None:
    sentence = "Brannock now expects sales of $4 billion and operating profit of $1 billion."
    assert revision_of(sentence, _figure(sentence, "$1 billion")) is None


@pytest.mark.parametrize(("question", "side"), [
    ("What margin did Brannock guide to before the outlook was narrowed?", "prior"),
    ("After narrowing it in May, what cash flow does Brannock guide to?", "current"),
    ("Following its upgrade, what sales growth does Brannock expect?", "current"),
    ("What profit after tax did Brannock make?", None),
])
def test_the_revision_a_question_names_says_which_side_it_asks(question: str, side: str | None) -> None:
    asked = asked_families(question) & {"prior", "current"}
    assert asked == ({side} if side else set())


def test_the_revision_verb_is_an_event_word_not_a_word_to_match() -> None:
    assert event_words("What margin did Brannock guide to before the outlook was narrowed?") == {"narrowed"}
    assert event_words("What margin does Brannock expect?") == set()


@pytest.mark.parametrize(("question", "value"), [
    ("Before the outlook was narrowed, what adjusted operating margin range had Brannock Tools expected?", 13.0),
    ("What adjusted operating margin does Brannock Tools now expect?", 14.0),
])
def test_the_side_asked_is_quoted_from_a_sentence_stating_both(question: str, value: float) -> None:
    answer = _ask(question, "Outlook. " + _NOW_AND_BEFORE[0][0])
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(value)


# --- an outlook table's earlier and revised columns ---------------------------------------------

_TABLE = ("Outlook for 2026\n"
          "2025 actual  Earlier outlook 2026  Raised outlook 2026\n"
          "Order growth  4.1%  2% to 4%  5% to 6%\n"
          "Capital expenditure (USD million)  212.0  190 to 210  215 to 235\n")


@pytest.mark.parametrize(("question", "value"), [
    ("Before the outlook was raised, what capital expenditure range had Brannock Tools forecast for 2026?", 190.0),
    ("What capital expenditure does Brannock Tools now forecast for 2026?", 215.0),
])
def test_the_side_asked_is_read_from_its_column(question: str, value: float) -> None:
    answer = _ask(question, _TABLE)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(value)


# --- how far a revision moved the mid-point -----------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Brannock now expects adjusted operating profit of $410 million to $430 million, against $380 million "
     "to $400 million when it reported in February.", 30.0),
    ("Brannock now expects adjusted operating profit of $380 million to $390 million, down from the $400 million "
     "to $420 million range it gave in February.", 25.0),
])
def test_the_move_of_a_revised_mid_point_is_the_difference_of_the_two(text: str, value: float) -> None:
    answer = _ask("By how much did Brannock Tools' revision move the midpoint of its adjusted operating profit "
                  "guidance? USD millions.", text)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(value)


# --- an end of a stated range ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("what is the low end of the range", "low"),
    ("at the top of its updated expense guidance", "high"),
    ("the upper end of the outlook", "high"),
    ("what is the mid-point", "mid"),
    ("what was the top line", None),
])
def test_the_position_asked_in_a_range(text: str, side: str | None) -> None:
    assert range_position(text) == side


def test_the_low_end_of_a_stated_range_is_its_first_figure() -> None:
    answer = _ask("What is the low end of the net sales Brannock Tools expects for 2026? USD millions.",
                  "Outlook. For 2026, Brannock expects net sales of $1,210 million to $1,260 million.")
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(1210.0)


# --- how such sentences are written -------------------------------------------------------------

def test_a_range_whose_ends_both_carry_a_scale_letter_is_one_figure() -> None:
    found = [x for x in parse_quantities("narrowed to EUR 400m-450m from EUR 380m-470m") if not x.is_year]
    assert [(x.value, x.high, x.scale) for x in found] == [(400.0, 450.0, "million"), (380.0, 470.0, "million")]
    assert parse_quantities("COVID-19 costs") == []


def test_earnings_per_diluted_share_is_eps() -> None:
    assert "eps" in metric_stems("adjusted earnings per diluted share of $3.10")
    assert "eps" not in metric_stems("adjusted earnings of $310 million")


def test_a_combined_ratio_is_a_metric_not_a_sum() -> None:
    assert asked_relation("What combined ratio does the insurer expect for 2026?") is None
    relation = asked_relation("What combined revenue did the two companies report?")
    assert relation is not None and relation[0] == "total"
