"""Three ways the ruler graded unlike an analyst, each labelled as an analyst labels it.

1. Money in hundredths: "48 cents" for a $0.48 gold, "£0.205" for a gold of 20.5 pence
   ("GBp"), "$0.1245" for a unit cost of 12.45 cents are right; "$12.45" for 12.45 cents and
   "£20.5" for 20.5 pence are wrong. "p" counts only written straight after the figure.
2. A fiscal-year name against a dated year: "fiscal 2025" for the year ended March 31, 2026
   (or January/February 2026) may be that year's name; "fiscal 2023" is another period.
3. An answer that opens saying the documents do not give what is asked and goes on with what
   they do give is a refusal; a figure for the asked measure with a caveat about another is an
   answer, and a missed refusal stays a missed refusal.

Hand-made questions and answers; none is copied from graded data.
"""

from __future__ import annotations

import pytest

from assistant.core.types import KeyFigure
from eval.datasets import from_own
from eval.figure_years import fiscal_names
from eval.models import EvalQuestion
from eval.scoring import gold_quantity, score_answer
from eval.subunits import gold_subunit, in_gold_units


def _row(qid: str, question: str, value: float, unit: str, answer: str) -> EvalQuestion:
    """A row as a question-set writer types it (`type: currency`, `unit`), through the loader."""
    return from_own({"id": qid, "question": question, "answer": answer, "type": "currency",
                     "value": value, "unit": unit})  # fmt: skip


EPS_USD = _row("eps-usd", "What was Brantwell's diluted EPS for fiscal 2025?", 0.48, "USD", "$0.48")
EPS_GBP_PENCE = _row("eps-gbp", "What was Skelwick's basic EPS for the half year?", 20.5, "GBp", "20.5p")
EPS_GBX = _row("eps-gbx", "What was Skelwick's basic EPS for the half year?", 20.5, "GBX", "20.5p")
EPS_POUNDS = _row("eps-gbp-main", "What was Skelwick's basic EPS for the half year?", 0.205, "GBP", "£0.205")
UNIT_COST = _row("cost-cents", "What was Tarnmoor Power's fuel cost per kilowatt-hour in fiscal 2025?",
                 12.45, "cents", "12.45 cents")  # fmt: skip
DIVIDEND_EUR = _row("div-eur", "What final dividend per share did Tarbeagh declare for fiscal 2025?",
                    0.12, "EUR", "€0.12")  # fmt: skip


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        # A gold in dollars answered in cents.
        (EPS_USD, "Diluted EPS was 48 cents a share.", "right"),
        (EPS_USD, "Diluted EPS was 48¢.", "right"),
        (EPS_USD, "Diluted EPS came to 48 US cents per share.", "right"),
        (EPS_USD, "Diluted EPS was $0.48.", "right"),
        (EPS_USD, "Diluted EPS was $48.", "wrong"),
        (EPS_USD, "Diluted EPS was 52 cents a share.", "wrong"),
        (EPS_USD, "Diluted EPS was 48 euro cents.", "wrong"),  # another currency's cents
        (EPS_USD, "Diluted EPS was 48 pence.", "wrong"),  # pence are no dollar's hundredths
        (EPS_USD, "Diluted EPS was 47.9–48.1 cents.", "right"),  # a range in cents
        (EPS_USD, "Diluted EPS rose to 48 cents from 45 cents.", "right"),
        (EPS_USD, "Diluted EPS was 46–50 cents.", "wrong"),  # a hedge, as wide in dollars
        # A gold in pence, typed "GBp" (or "GBX"): pence and pounds alike.
        (EPS_GBP_PENCE, "Basic EPS was 20.5p.", "right"),
        (EPS_GBP_PENCE, "Basic EPS was 20.5 pence.", "right"),
        (EPS_GBP_PENCE, "Basic EPS was 20.5p per share.", "right"),
        (EPS_GBP_PENCE, "Basic EPS was £0.205.", "right"),
        (EPS_GBX, "Basic EPS was £0.205.", "right"),
        (EPS_GBP_PENCE, "Basic EPS was £20.5.", "wrong"),  # pounds, a hundred times the gold
        (EPS_GBP_PENCE, "Basic EPS was £0.25.", "wrong"),
        (EPS_GBP_PENCE, "Basic EPS was $0.205.", "wrong"),  # dollars are not pounds
        # A gold in pounds answered in pence.
        (EPS_POUNDS, "Basic EPS was 20.5p.", "right"),
        (EPS_POUNDS, "Basic EPS was 20.5 pence a share.", "right"),
        (EPS_POUNDS, "Basic EPS was 25p.", "wrong"),
        # A unit cost in cents: cents, the cent sign and dollars alike; dollars as cents are not.
        (UNIT_COST, "Fuel cost 12.45 cents per kilowatt-hour.", "right"),
        (UNIT_COST, "Fuel cost 12.45¢ per kilowatt-hour.", "right"),
        (UNIT_COST, "Fuel cost $0.1245 per kilowatt-hour.", "right"),
        (UNIT_COST, "Fuel cost $12.45 per kilowatt-hour.", "wrong"),
        (UNIT_COST, "Fuel cost 13.5 cents per kilowatt-hour.", "wrong"),
        # Euro cents.
        (DIVIDEND_EUR, "A final dividend of 12 cents a share.", "right"),
        (DIVIDEND_EUR, "A final dividend of 12 euro cents per share.", "right"),
        (DIVIDEND_EUR, "A final dividend of 15 cents a share.", "wrong"),
    ],
)
def test_money_in_hundredths_is_compared_in_one_unit(q: EvalQuestion, text: str, expected: str) -> None:
    s = score_answer(q, text)
    assert s.verdict == expected, f"{s.reason} ({s.got_figure})"


def test_the_figure_scored_is_shown_as_the_answer_wrote_it() -> None:
    assert score_answer(EPS_USD, "Diluted EPS was 48 cents a share.").got_figure == "48 cents (= 0.48 USD)"
    assert score_answer(EPS_GBP_PENCE, "Basic EPS was £0.205.").got_figure == "£0.205 (= 20.5 pence)"


def test_a_key_figure_in_cents() -> None:
    kf = KeyFigure(value=48.0, unit=None, scale=None, text="48 cents")
    assert score_answer(EPS_USD, "Diluted EPS was 48 cents a share.", key_figure=kf).verdict == "right"
    kf = KeyFigure(value=0.205, unit="GBP", scale=None, text="£0.205")
    assert score_answer(EPS_GBP_PENCE, "Basic EPS was £0.205.", key_figure=kf).verdict == "right"


def test_gold_units_that_name_hundredths() -> None:
    assert gold_subunit("GBp") == ("pence", "GBP")
    assert gold_subunit("GBX") == ("pence", "GBP")
    assert gold_subunit("pence") == ("pence", "GBP")
    assert gold_subunit("cents") == ("cents", None)
    assert gold_subunit("GBP") is None  # pounds
    assert gold_subunit("USD") is None
    assert EPS_GBP_PENCE.unit == "pence"  # the loader keeps "GBp" apart from "GBP"
    assert EPS_POUNDS.unit == "GBP"


@pytest.mark.parametrize(
    "text",
    [
        "See p. 20 of the report; EPS was 20.5p.",  # "p." before a figure is a page
        "Rates of 4.5% p.a. apply.",
        "Margin rose 1.5pp.",
        "The charge was 20 per cent of profit.",
    ],
)
def test_p_only_straight_after_a_figure(text: str) -> None:
    rewritten, _ = in_gold_units(text, gold_quantity(EPS_POUNDS))
    for kept in ("p. 20", "p.a.", "1.5pp", "20 per cent"):
        if kept in text:
            assert kept in rewritten
    if "20.5p" in text:
        assert "0.205 GBP" in rewritten


def test_no_rewriting_outside_money() -> None:
    pct = EvalQuestion(id="m", question="What was the operating margin?", answer="20.5%",
                       type="percent", value=20.5, unit="percent")  # fmt: skip
    assert score_answer(pct, "The operating margin was 20.5%.").verdict == "right"
    scaled = _row("rev", "What was Skelwick's revenue for the half year?", 148.7, "GBP", "£148.7 million")
    scaled = scaled.model_copy(update={"scale": "million"})
    assert score_answer(scaled, "Revenue was £148.7 million.").verdict == "right"


# --- 2. fiscal-year names against dated years ---------------------------------------------------

OKUSAWA = EvalQuestion(id="jp", question="What was Okusawa Robotics' revenue for the year ended March 31, 2026?",
                       answer="¥412.3 billion", type="currency", value=412.3, unit="JPY", scale="billion")  # fmt: skip
RETAILER = EvalQuestion(id="us", question="What were Larchfield Stores' net sales for the fiscal year ended "
                        "February 1, 2025?", answer="$11,296.0 million", type="currency", value=11296.0,
                        unit="USD", scale="million")  # fmt: skip
CALENDAR = EvalQuestion(id="cal", question="What was Brantwell's revenue for the year ended December 31, 2025?",
                        answer="$5.0 billion", type="currency", value=5.0, unit="USD", scale="billion")  # fmt: skip


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        # Named by the year it starts in (Japanese issuers, some retailers) or ends in: the same year.
        (OKUSAWA, "In fiscal 2025, revenue was ¥412.3 billion.", "right"),
        (OKUSAWA, "Revenue was ¥412.3 billion in FY2025.", "right"),
        (OKUSAWA, "Revenue for fiscal 2026 was ¥412.3 billion.", "right"),
        (RETAILER, "Net sales were $11,296.0 million in fiscal 2024.", "right"),
        (RETAILER, "Net sales were $11,296.0 million in fiscal 2025.", "right"),
        # Names it cannot be: another period.
        (OKUSAWA, "In fiscal 2023, revenue was ¥412.3 billion.", "not_scored"),
        (OKUSAWA, "In fiscal 2024, revenue was ¥412.3 billion.", "not_scored"),
        (OKUSAWA, "In fiscal 2027, revenue was ¥412.3 billion.", "not_scored"),
        (RETAILER, "Net sales were $11,296.0 million in fiscal 2023.", "not_scored"),
        # A calendar year named plainly is that year; a December year end is named by its year only.
        (OKUSAWA, "Revenue was ¥412.3 billion in 2025.", "not_scored"),
        (OKUSAWA, "Revenue was ¥412.3 billion for the year ended March 31, 2025.", "not_scored"),
        (CALENDAR, "Revenue was $5.0 billion in fiscal 2024.", "not_scored"),
        (CALENDAR, "Revenue was $5.0 billion in fiscal 2025.", "right"),
    ],
)
def test_fiscal_year_names_against_dated_years(q: EvalQuestion, text: str, expected: str) -> None:
    s = score_answer(q, text)
    assert s.verdict == expected, s.reason


def test_fiscal_names_of_dated_years() -> None:
    assert fiscal_names("for the year ended March 31, 2026?") == {"2025": "2026"}
    assert fiscal_names("as of 1 February 2025") == {"2024": "2025"}
    assert fiscal_names("for the year ended December 31, 2025") == {}
    assert fiscal_names("for the three months ended March 31, 2026") == {}  # a quarter, not a year
    assert fiscal_names("for the 13 weeks ended February 1, 2025") == {}
    assert fiscal_names("for the 52 weeks ended February 1, 2025") == {"2024": "2025"}


# --- 3. refusals that name a nearby figure ------------------------------------------------------

FORECAST = "What revenue does Hollins Group forecast for fiscal 2027?"
NO_FORECAST = EvalQuestion(id="ref", question=FORECAST, answer="The documents give no revenue forecast.",
                           type="refusal")  # fmt: skip
HAS_FORECAST = EvalQuestion(id="fig", question=FORECAST, answer="£410m", type="currency", value=410.0,
                            unit="GBP", scale="million")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the documents do give, after saying they do not give what is asked: a refusal.
        ("The documents do not give a revenue forecast; they guide adjusted PBT of £73m–£77m.", "right"),
        ("The documents do not give a revenue forecast; however, adjusted PBT guidance is £73m–£77m.", "right"),
        ("The documents do not give a revenue forecast. However, they do give adjusted PBT guidance of £73m–£77m.",
         "right"),
        ("The documents do not give a revenue forecast. However, revenue was £380m in fiscal 2026.", "right"),
        ("The documents in the library don't say. The closest is guidance for adjusted PBT of £73m–£77m.", "right"),
        # The asked figure after the cue, or before a caveat about something else: an answer, so a
        # missed refusal.
        ("The documents do not give a revenue forecast; however, revenue is expected to be £410m.", "wrong"),
        ("Hollins forecasts revenue of £410m; the documents do not give a PBT forecast.", "wrong"),
        ("Hollins guides revenue of £410m for fiscal 2027.", "wrong"),
        ("Acme guides adjusted PBT of £73m–£77m.", "wrong"),
    ],
)
def test_a_refusal_that_names_a_nearby_figure(text: str, expected: str) -> None:
    s = score_answer(NO_FORECAST, text)
    assert s.verdict == expected, s.reason


@pytest.mark.parametrize(
    ("text", "verdict", "refused"),
    [
        ("The documents do not give a revenue forecast; however, adjusted PBT guidance is £73m–£77m.",
         "wrong", True),
        ("The documents do not give a revenue forecast, but the company guides adjusted PBT of £73m–£77m.",
         "wrong", True),
        ("The documents do not give a revenue forecast; however, revenue is expected to be £410m.",
         "right", False),
        ("Hollins forecasts revenue of £410m; the documents do not give a PBT forecast.", "right", False),
        # Another measure's figure that is the gold's is an answer, whatever the preamble says.
        ("The documents do not give a revenue forecast; however, sales guidance is £410m.", "right", False),
    ],
)
def test_a_false_refusal_that_names_a_nearby_figure(text: str, verdict: str, refused: bool) -> None:
    s = score_answer(HAS_FORECAST, text)
    assert (s.verdict, s.refused) == (verdict, refused), s.reason
