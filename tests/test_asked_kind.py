"""The kind of figure asked, held against a sentence's figure: a share is not answered by an
interest rate or a growth rate, an amount or count not by a percent (made-up passages)."""

from __future__ import annotations

from assistant.core.answer.asked_kind import amount_for_percent, kind_mismatch
from assistant.core.answer.question import Question
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Kestrel Mills", doc="k", derived=False, chunk_id="k:0")  # the quote path alone


def _q(text: str, want: str, terms: tuple[str, ...] = ()) -> Question:
    return Question(text, want, dict.fromkeys(terms, 1.0), {}, [], frozenset(), frozenset(), prior=False, entity=False)


def _kind(q: Question, sentence: str) -> str | None:
    fig = next(x for x in parse_quantities(sentence) if not x.is_year)
    return kind_mismatch(q, sentence, fig)


def test_a_share_asked_is_not_answered_by_the_interest_rate_of_a_debt() -> None:
    a = _ask("At year end 2031, how much of Kestrel Mills' borrowings carried floating interest rates?",
             "Kestrel Mills' borrowings under the term loan carried an interest rate of 5.25% at year end 2031.")
    assert a.refused and "interest rate" in a.answer


def test_a_share_stated_of_its_whole_is_quoted() -> None:
    a = _ask("At year end 2031, how much of Kestrel Mills' borrowings carried floating interest rates?",
             "At year end 2031, 38% of Kestrel Mills' borrowings carried floating interest rates.")
    assert not a.refused and "38%" in a.answer


def test_a_growth_rate_is_no_share() -> None:
    q = _q("What share of revenue came from pet food?", "percent", ("share", "revenu", "pet", "food"))
    assert _kind(q, "Pet food revenue increased 12% on higher volumes.") == "a growth rate, not a share"
    assert _kind(q, "Pet food was 12% of revenue in 2031.") is None
    notes = "The company issued 4.5% Senior Notes to fund the pet food plant."
    assert _kind(q, notes) == "an interest rate, not a share"
    growth_asked = _q("How much of the revenue growth came from price?", "percent", ("revenu", "growth", "price"))
    assert _kind(growth_asked, "Higher prices added 3% growth to revenue.") is None


def test_an_amount_or_count_asked_is_not_answered_by_a_percent() -> None:
    sentence = "Gross profit rose 4.1% to $310 million."
    assert _kind(_q("In dollars, how much did gross profit rise?", "change"), sentence) == "a percent, not an amount"
    assert _kind(_q("How many stores did it add?", "change"), "Its store count rose 6%.") == "a percent, not a count"
    assert _kind(_q("How many percentage points did margin rise?", "change"), "Margin rose 1.2 pp.") is None
    assert _kind(_q("How much did gross profit rise?", "change"), sentence) is None


def test_the_growth_itself_is_not_the_points_of_it_asked() -> None:
    q = _q("How many percentage points of the pet food sales growth came from pricing?", "percent",
           ("pet", "food", "sale", "growth", "price"))
    sentence = "Pet food sales increased 18%, reflecting a 4-percentage-point impact of pricing."
    whole = next(x for x in parse_quantities(sentence) if x.unit == "percent")
    assert kind_mismatch(q, sentence, whole) == "the growth itself, not the points of it asked"
    assert _kind(q, "Pricing contributed 4% to pet food sales.") is None  # no change in its own words
    level = _q("How much did pet food sales grow?", "percent", ("pet", "food", "sale"))
    assert kind_mismatch(level, sentence, whole) is None  # the growth asked: the growth answers


def test_a_count_asked_is_not_answered_by_a_measure() -> None:
    q = _q("How many mills did Kestrel Mills run at year end?", "count", ("mill", "run"))
    sentence = "At year end, Kestrel Mills ran 212 mills covering 3.4 million square feet."
    area = next(x for x in parse_quantities(sentence) if x.value == 3.4)
    assert kind_mismatch(q, sentence, area) == "a measure in square feet, not a count"
    mills = next(x for x in parse_quantities(sentence) if x.value == 212)
    assert kind_mismatch(q, sentence, mills) is None
    measure_asked = _q("How many square feet did its mills cover?", "count", ("squar", "feet", "mill"))
    assert kind_mismatch(measure_asked, sentence, area) is None


def test_a_count_question_refuses_a_size_through_the_answerer() -> None:
    a = _ask("How many shops did Kestrel Mills refit during the fourth quarter of 2031?",
             "At the end of the fourth quarter of 2031, the company operated 212 shops totaling 3.4 million square feet.")
    assert a.refused and "square feet" in a.answer, a.answer


def test_a_percent_or_ratio_named_is_not_answered_by_an_amount() -> None:
    row = "Total allowance for doubtful accounts $ 4,310"
    amount = next(x for x in parse_quantities(row) if not x.is_year)
    ratio = _q("What allowance to receivables coverage ratio did Kestrel Mills report?", "number", ("allow", "ratio"))
    assert amount_for_percent(ratio, amount) == "an amount, not the percent or ratio asked"
    share = _q("What percentage of receivables was reserved?", "percent", ("receiv", "reserv"))
    assert amount_for_percent(share, amount) is not None
    stated = next(x for x in parse_quantities("The allowance covered 1.9% of receivables.") if not x.is_year)
    assert amount_for_percent(ratio, stated) is None
    # A margin or a rate may be asked in dollars ("gross margin of $2.1 billion"): not named as a percent.
    assert amount_for_percent(_q("What gross margin did it earn?", "percent", ("gross", "margin")), amount) is None


def test_a_per_share_figure_asked_is_not_a_total_in_billions() -> None:
    sentence = "In fiscal 2031, Kestrel sold all of its shares in Ardena Foods for proceeds of $0.8 billion."
    q = _q("At what price per share did Kestrel sell its Ardena Foods shares?", "number")
    assert _kind(q, sentence) is not None
    dividend = "The board declared a dividend of $1.25 per share."
    assert _kind(q, dividend) is None


def test_a_hyphenated_per_share_figure_asked_is_not_a_total_in_millions() -> None:
    # "the after-tax per-share cost": the hyphen still asks a figure per share, not the charge's total
    a = _ask("What was the after-tax per-share cost of Kestrel Mills' 2031 bond buyback?",
             "Kestrel Mills recorded a pre-tax charge of $310 million ($244 million after-tax) on its 2031 bond buyback.")
    assert a.refused or a.key_figure is None or a.key_figure.value not in (310.0, 244.0)
    q = _q("What was the after-tax per-share cost of the buyback?", "number")
    assert _kind(q, "The buyback cost $244 million after tax.") is not None
