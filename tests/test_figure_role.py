"""What a sentence's figure is to the line asked: a level a change reached, a part recorded in the
line, a repayment for what was raised, a number the question itself gives (made-up sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.figure_role import level_reached, opposite_flow
from assistant.core.answer.stated_unit import unit_doubt
from assistant.core.numbers import Quantity
from assistant.core.types import Answer, Citation, KeyFigure
from tests.fakes.one_passage import passage_figure


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Harbin Mills", title="Harbin Mills annual report 2024", page=7)


def test_a_percent_after_to_is_the_level_reached_not_the_change() -> None:
    text = "The share of orders shipped on time is expected to fall to 64% next year."
    at = text.index("64%")
    assert level_reached(text, Quantity(64, None, "percent", raw="64%", start=at, end=at + 3))
    text = "Orders shipped on time fell 6% in 2024."
    at = text.index("6%")
    assert not level_reached(text, Quantity(6, None, "percent", raw="6%", start=at, end=at + 2))
    asked = "By how much did Harbin Mills' on-time orders grow in 2024? Percent, one decimal."
    assert _answer(asked, "Harbin Mills' on-time orders are expected to fall to 64% in 2025.") is None
    assert _answer(asked, "Harbin Mills' on-time orders grew 6% in 2024.") == pytest.approx(6)


def test_an_amount_recorded_in_the_line_asked_is_a_part_of_it() -> None:
    asked = "Harbin Mills' other operating income for 2024, USD millions."
    part = ("In connection with the sale of the mill, we recorded a gain of $52 million in other operating "
            "income in our consolidated statement of income for 2024.")
    assert _answer(asked, part) is None
    assert _answer(asked, "Other operating income was $214 million in 2024, up from $180 million.") == (
        pytest.approx(214))


def test_a_repayment_never_answers_what_was_raised() -> None:
    asked = "What did Harbin Mills raise from its revolving credit borrowings in 2024? $ millions."
    repaid = "During 2024 we used $900 million of cash, including $350 million to prepay revolving credit borrowings."
    assert _answer(asked, repaid) is None
    assert _answer(asked, "During 2024 we received $350 million of proceeds from revolving credit borrowings.") == (
        pytest.approx(350))
    assert opposite_flow(asked, "including to repay") == "repayments"
    assert opposite_flow(asked, "proceeds from revolving credit borrowings were") is None
    assert opposite_flow("How much debt did it repay in 2024?", "we issued notes for") == "proceeds"


def _said(value: float, text: str) -> Answer:
    return Answer(question="q", answer=f"{text} [1]", mode="extractive",
                  key_figure=KeyFigure(value=value, unit="USD", scale="million", text=text))


def test_a_number_the_question_gives_is_no_answer() -> None:
    asked = "Harbin Mills 2024 cash flow add-back for shares issued to the 401(k) plan, $M."
    assert unit_doubt(asked, _said(401, "$401 million")) is not None
    assert unit_doubt(asked, _said(96, "$96 million")) is None
    assert unit_doubt("Harbin Mills revenue in 2024, USD millions?", _said(2024, "$2,024 million")) is None  # a year
    assert unit_doubt("Harbin Mills 10-K: revenue in 2024, USD millions?", _said(10, "$10 million")) is None
    assert unit_doubt("The buyback Harbin Mills announced on March 10, 2024?", _said(10, "$10 billion")) is None  # a day


def _quoted(value: float, text: str, quote: str) -> Answer:
    cite = Citation(n=1, doc_id="d", title="t", source="/d", page=4, quote=quote)
    return Answer(question="q", answer=f"{text} [1]: \"{quote}\" [1]", mode="extractive", citations=[cite],
                  key_figure=KeyFigure(value=value, unit="USD", scale="million", text=text))


def test_one_end_of_a_range_in_a_row_is_no_amount() -> None:
    asked = "Net carrying amount of Harbin Mills' patents at the end of 2024? USD millions."
    row = "Patents 8 – 15 412 (130) 282 390 (101) 289"
    assert unit_doubt(asked, _quoted(15, "$15 million", row)) is not None  # a useful life of 8 to 15 years
    assert unit_doubt(asked, _quoted(282, "$282 million", row)) is None
    assert unit_doubt(asked, _quoted(15, "$15 million", "Patents 15 12 9")) is None  # a cell, no range


def test_a_tax_part_asked_is_not_answered_by_the_whole_provision() -> None:
    asked = "Harbin Mills current state income tax expense, fiscal 2024, USD millions."
    assert unit_doubt(asked, _quoted(640, "$640 million", "Income tax expense 640 598 571")) is not None
    assert unit_doubt(asked, _quoted(52, "$52 million", "State 52 47 44")) is None  # the part's own row
    signed = "Harbin Mills 2024 deferred foreign income tax provision (benefit), $M, signed."
    assert unit_doubt(signed, _quoted(301, "$301 million", "Provision 301 (14) 522")) is not None
    assert unit_doubt(signed, _quoted(-88, "-$88 million", "Foreign (88) 12 40")) is None
    whole = "Harbin Mills income tax expense, fiscal 2024, USD millions."
    assert unit_doubt(whole, _quoted(640, "$640 million", "Income tax expense 640 598 571")) is None


def test_what_the_gates_leave_alone() -> None:
    # a growth rate reached is still a change
    text = "Organic sales growth accelerated to 8% in 2024."
    at = text.index("8%")
    assert not level_reached(text, Quantity(8, None, "percent", raw="8%", start=at, end=at + 2))
    # an amount the question gives may be the answer itself
    asked = "How large was the $5 billion repurchase program Harbin Mills announced in 2024? USD billions."
    assert unit_doubt(asked, _said(5, "$5 billion")) is None
    # a sentence's range is an amount stated as a range, not a row's useful life
    guide = "Harbin Mills expects capital spending of $10 – 12 billion in 2025."
    assert unit_doubt("What capital spending did Harbin Mills expect for 2025?", _quoted(12, "$12 billion", guide)) is None
    # an amount named the line itself before the line it sits in
    named = "In 2024 we recorded $150 million of restructuring charges in restructuring and other charges."
    assert _answer("Harbin Mills' restructuring charges in 2024, USD millions?", named) == pytest.approx(150)
    # a tax law or a credit is no part of the provision
    law = "The tax law change resulted in a one-time charge of $240 million."
    assert unit_doubt("What charge did the U.S. tax law change cause for Harbin Mills?", _quoted(240, "$240 million", law)) is None
