"""Figures in news wires and call transcripts: a nine months' or half's figure is not the quarter's,
"Oct. 15" does not end a sentence, "profit of $2.05 a share" is EPS, and in a raised forecast the
figure after "from" is the earlier one. Made-up companies and passages."""

from __future__ import annotations

import re

import pytest

from assistant.core.answer.figure_reading import unreadable
from assistant.core.answer.half_span import other_span_stated
from assistant.core.answer.metric_words import measured_by
from assistant.core.answer.qualifiers import clause, figure_families, forecast_side
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.sentences import FULL_STOP, sentence_end, sentences_of
from tests.fakes.one_passage import passage_answer


def _fig(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if x.raw == raw)


# --- 1. a year-to-date or half's figure is not the quarter's ---------------------------------

NINE = "For the first nine months, Brixley Foods' sales came to $912.4 million, up 3%."
QUARTER = "Sales in the third quarter were $318.0 million, down 1%."
HALF_LEAD = "Net sales for the six months ended Oct. 31 rose 9% to $640.2 million from $587.3 million."


@pytest.mark.parametrize(("question", "sentence", "raw", "other"), [
    ("What were Brixley Foods' sales in the third quarter of 2026?", NINE, "$912.4 million", True),
    ("What were Brixley Foods' sales in the third quarter of 2026?", QUARTER, "$318.0 million", False),
    ("What were Brixley Foods' sales for the first nine months of 2026 (not the quarter alone)?", NINE,
     "$912.4 million", False),
    ("What were Brixley Foods' sales for the first nine months of 2026 (not the quarter alone)?", QUARTER,
     "$318.0 million", True),
    # the lead of the sentence names the span of every figure its clause states
    ("How much did net sales grow in the October quarter?", HALF_LEAD, "$640.2 million", True),
    ("How much did net sales grow in the first half?", HALF_LEAD, "$640.2 million", False),
    ("What were Brixley Foods' sales in fiscal 2026?", NINE, "$912.4 million", False),  # no part of a year asked
])
def test_a_figure_stated_for_another_part_of_the_year(question: str, sentence: str, raw: str, other: bool) -> None:
    assert other_span_stated(question, sentence, _fig(sentence, raw)) is other


def test_the_period_compared_with_is_not_the_figures_own() -> None:
    sentence = "The margin reached 21.4%, up 150 basis points from the same quarter a year ago."
    assert not other_span_stated("By how much did the margin widen in the first half?", sentence,
                                 _fig(sentence, "150 basis points"))


def test_the_nine_months_revenue_is_no_input_to_a_quarters_margin() -> None:
    text = ("Brixley Foods reported operating income of $41.3 million for the third quarter. "
            "For the first nine months, revenue was $912.4 million, up 3%.")
    answer = passage_answer("What was Brixley Foods' operating margin in the third quarter of 2026?", text,
                            company="Brixley Foods", period="FY2026", derived=True)
    value = None if answer.refused or answer.key_figure is None else answer.key_figure.value
    assert value is None or round(value, 1) != 4.5, answer.answer  # 41.3 / 912.4


# --- 2. an abbreviated month before its day ends no sentence -----------------------------------

def test_an_abbreviated_month_and_day_stay_in_one_sentence() -> None:
    text = "Orders for the quarter ended Dec. 31 climbed 8% to $55 million. Margins held."
    assert sentences_of(text, sentence_end("A-Z0-9", month_days=True)) == [
        "Orders for the quarter ended Dec. 31 climbed 8% to $55 million.", "Margins held."]
    # the month's stop still ends a sentence where no day follows it
    assert len(sentences_of("Shipments start in Feb. Pricing is set.", sentence_end("A-Z0-9", month_days=True))) == 2
    assert re.split(FULL_STOP, "on Oct. 15 it paid. Then 4 more") == ["on Oct. 15 it paid", "Then 4 more"]


def test_the_clause_of_a_figure_keeps_the_words_before_the_date() -> None:
    sentence = "Revenue for the three months ended Sept. 30 fell 4% to $77.5 million."
    fig = _fig(sentence, "$77.5 million")
    assert clause(sentence, fig.start, fig.end).startswith("Revenue for the three months")


# --- 3. "earnings of $X a share" is EPS ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "raw", "head"), [
    ("Tamsin Tools now expects adjusted profit of $3.10 to $3.30 a share for 2027.", "$3.10 to $3.30",
     "earnings per share"),
    ("Net income of $1.04 per diluted share beat estimates.", "$1.04", "earnings per share"),
    ("It booked net income of $88 million in the period.", "$88 million", "income"),
])
def test_a_profit_of_so_much_a_share_measures_eps(sentence: str, raw: str, head: str) -> None:
    found = measured_by(sentence, _fig(sentence, raw))
    assert found is not None and found[0] == head


# --- 4. in a forecast, the figure after "from" is the earlier one ----------------------------

RAISED = ("Tamsin Tools now expects 2027 sales of $2.10 billion to $2.20 billion, up from the $1.95 billion "
          "to $2.05 billion range it set in March.")


def test_a_raised_forecast_names_its_new_and_earlier_levels() -> None:
    new, old = _fig(RAISED, "$2.10 billion to $2.20 billion"), _fig(RAISED, "$1.95 billion to $2.05 billion")
    assert forecast_side(RAISED, new) == "current" and forecast_side(RAISED, old) == "prior"
    assert "prior" in figure_families(RAISED, old) and "prior" not in figure_families(RAISED, new)


def test_profit_before_tax_is_no_earlier_figure_in_a_forecast() -> None:
    sentence = ("The carrier expects profit before tax of GBP 40 million to GBP 44 million, up from the GBP 36 million "
                "to GBP 39 million it guided in June.")
    assert "prior" not in figure_families(sentence, _fig(sentence, "GBP 40 million to GBP 44 million"))


def test_a_results_sentence_is_no_forecast() -> None:
    sentence = "Sales rose 6% to $2.10 billion from $1.98 billion."
    assert forecast_side(sentence, _fig(sentence, "$1.98 billion")) is None


def test_the_earlier_forecast_is_answered_when_asked() -> None:
    answer = passage_answer("Before it raised its outlook, what 2027 sales range had Tamsin Tools forecast?", RAISED,
                            company="Tamsin Tools", period="FY2027")
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == 1.95 and "2.05" in answer.key_figure.text


def test_a_range_whose_ends_carry_a_scale_letter_is_read_whole() -> None:
    sentence = "It narrowed the target to EUR 200m-215m from EUR 190m-225m."
    assert unreadable(sentence, _fig(sentence, "EUR 190m-225m")) is None
