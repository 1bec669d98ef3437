"""The sign and the unit a question asks of a figure: a row's brackets read with its label as
printed, a direction the question gives as negative, what "how much" names, and an amount per
share or per unit asked (made-up rows and sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.key_figure import key_figure
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.stated_unit import unit_doubt
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.presentation import asked_as_size, negative_asked, states_direction
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import Answer, KeyFigure, SearchHit


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="k:0", doc_id="k", title="Kestrel Mills 10-K", source="/k.pdf", page=41, text=text,
                     score=1.0, company="Kestrel Mills", period=None)


def _question(text: str) -> Question:
    return analyse(parse_question(text, []), [])


def _figure(question: str, text: str, index: int, *, row: bool = True) -> KeyFigure:
    fig = parse_quantities(text)[index]
    unit = Unit(hit=0, pos=0, start=0, end=len(text), row=row, header="", stems=set())
    return key_figure(_question(question), fig, [_hit(text)], unit, question=question)


def test_a_bracketed_credit_keeps_its_sign_where_the_label_says_it_is_a_credit() -> None:
    # "cost/(credit)": the brackets mean a credit; the bare label ("cost/") would read a cost's size.
    text = "Net periodic retiree plan cost/(credit) $ (41) $ (37)"
    asked = "Kestrel Mills net periodic retiree plan cost/(credit) in 2023, $ millions, negative for a credit?"
    assert _figure(asked, text, 0).value == -41


def test_a_cost_printed_in_brackets_is_still_its_size() -> None:
    assert _figure("Kestrel Mills restructuring charges in 2023? $ millions.", "Restructuring charges (52) (18)",
                   0).value == 52


def test_a_footnote_marker_in_a_label_is_no_alternative() -> None:
    # "Interest income (a)" printed in brackets among costs is a credit: its size is the income.
    text = "Interest income (a) (316) (30)"
    assert _figure("Kestrel Mills interest income in 2023? $ millions.", text, 0).value == 316


def test_what_how_much_names_is_asked_as_its_size() -> None:
    label = "Other (gains) losses, net"
    assert asked_as_size("Kestrel Mills other (gains) losses, net: how much net gains in 2023? $ millions", label)
    assert not asked_as_size("Kestrel Mills other (gains) losses, net in 2023? $ millions", label)
    assert not asked_as_size("How much were Kestrel Mills' net losses in other (gains) losses, net?", label)


def test_a_direction_given_as_negative_is_read_from_the_question() -> None:
    assert negative_asked("Segment operating result for 2023? USD millions (negative for a loss).") == "loss"
    assert negative_asked("Tax benefit recorded, negative if a credit?") == "credit"
    assert negative_asked("Segment operating result for 2023? USD millions.") is None


@pytest.mark.parametrize("before, word, says", [
    ("The Harbor segment recorded an operating loss of ", "loss", True),
    ("Its pension deficit was ", "deficit", True),
    ("The loss narrowed; revenue in the Harbor segment was ", "loss", False),  # another clause
    ("Harbor revenue was $90 million compared to a loss of $12 million, and its margin was ", "loss", False),
    ("The Harbor segment recorded operating income of ", "loss", False),
])
def test_a_sentence_names_the_direction_of_its_figure(before: str, word: str, says: bool) -> None:
    assert states_direction(before, word) is says


def test_a_loss_stated_in_words_is_negative_when_the_question_asks_so() -> None:
    text = "The Harbor segment recorded an operating loss of $64 million in 2023."
    asked = "Kestrel Mills Harbor segment operating result in 2023? USD millions, negative for a loss."
    assert _figure(asked, text, 0, row=False).value == -64
    assert _figure("Kestrel Mills Harbor segment operating loss in 2023? USD millions.", text, 0,
                   row=False).value == 64


def test_an_amount_per_option_takes_no_scale_from_its_table() -> None:
    text = "(in millions, except per share amounts)\nWeighted-average grant-date fair value of awards granted $ 14.36"
    fig = parse_quantities(text)[-1]
    start = text.index("Weighted")
    unit = Unit(hit=0, pos=0, start=start, end=len(text), row=True, header="", stems=set())
    asked = "Kestrel Mills 2023 weighted-average grant-date fair value of awards granted, per award? USD."
    key = key_figure(_question(asked), fig, [_hit(text)], unit, question=asked)
    assert key.scale is None and key.value == 14.36


def _said(value: float, scale: str | None, text: str) -> Answer:
    return Answer(question="q", answer=f"{text} [1]", mode="extractive",
                  key_figure=KeyFigure(value=value, unit="USD", scale=scale, text=text))


def test_a_total_is_no_answer_to_an_amount_per_share() -> None:
    asked = "How much did the plant closures take off Kestrel Mills' diluted earnings per share in 2023? USD."
    assert unit_doubt(asked, _said(212, "million", "$212 million")) is not None
    assert unit_doubt(asked, _said(0.31, None, "$0.31")) is None
    # a total asked in millions beside a per-share figure the question gives
    assert unit_doubt("Dividends paid at $0.50 per share in 2023, in USD millions?",
                      _said(212, "million", "$212 million")) is None


def test_two_columns_of_one_year_are_told_apart_by_the_date_asked() -> None:
    from assistant.core.answer.columns import locate_column

    header = "Hedges outstanding were as follows ($ in millions):\nContract  October 28, 2023  April 29, 2023  October 29, 2022"
    row = "Total  $  310  $  344  $  298"
    cells = parse_quantities(row)
    asked = _question("Kestrel Mills hedges outstanding in total at April 29, 2023? USD millions.")
    assert locate_column(asked, header, cells, None, row) == (1, True)
    later = _question("Kestrel Mills hedges outstanding in total at October 28, 2023? USD millions.")
    assert locate_column(later, header, cells, None, row) == (0, True)


def test_a_row_of_cents_in_a_table_except_per_share_is_in_dollars() -> None:
    text = ("(DOLLARS IN MILLIONS, EXCEPT PER SHARE DATA)  2023  2022\n"
            "Earnings attributable to Kestrel Mills shareholders  $  2.64  $  2.18\n"
            "Net revenues  $  6,214  $  5,870")
    for label, cell, scale in (("Earnings", -1, None), ("Net revenues", -1, "million")):
        start = text.index(label)
        end = text.index("\n", start) if "\n" in text[start:] else len(text)
        fig = parse_quantities(text[start:end])[cell]
        unit = Unit(hit=0, pos=0, start=start, end=end, row=True, header="", stems=set())
        asked = "Kestrel Mills earnings attributable to shareholders in 2022? USD millions."
        assert key_figure(_question(asked), fig, [_hit(text)], unit, question=asked).scale == scale


def test_dollars_and_cents_are_no_answer_to_an_amount_in_millions() -> None:
    asked = "Kestrel Mills earnings attributable to shareholders in 2022? USD millions."
    assert unit_doubt(asked, _said(2.18, None, "$2.18")) is not None
    assert unit_doubt(asked, _said(2.18, "billion", "$2.18 billion")) is None
    assert unit_doubt("Kestrel Mills diluted EPS in 2022? USD.", _said(2.18, None, "$2.18")) is None


def test_a_debt_issue_is_named_by_its_coupon() -> None:
    from assistant.core.answer.stated_unit import instrument_doubt
    from assistant.core.types import Citation

    def quoted(quote: str) -> Answer:
        return Answer(question="q", answer=f'$415 million [1]: "{quote}" [1]', mode="extractive",
                      key_figure=KeyFigure(value=415, unit="USD", text="$415 million"),
                      citations=[Citation(n=1, doc_id="k", title="Kestrel Mills", source="", page=88, quote=quote)])

    asked = "Kestrel Mills' 2.875% notes due March 2039: principal repurchased in 2022? $M"
    assert instrument_doubt(asked, quoted("5.875 % September 2039 $ 415")) is not None
    assert instrument_doubt(asked, quoted("2.875 % March 2039 $ 415")) is None
    assert instrument_doubt(asked, quoted("Notes due 2039 $ 415")) is None  # no coupon printed: not told apart


def test_a_share_of_a_figure_over_itself_is_no_share() -> None:
    from assistant.core.answer.stated_unit import self_quotient_doubt
    from assistant.core.types import Computation, ComputedInput

    def share(expression: str, *inputs: ComputedInput) -> Answer:
        comp = Computation(metric="share", formula="a / b", expression=expression, inputs=list(inputs),
                           result=1.0, shown=100.0, factor=100.0, decimals=1)
        return Answer(question="q", answer="100.0% [1]", mode="extractive", computation=comp,
                      key_figure=KeyFigure(value=100.0, unit="percent", text="100.0%"))

    whole = ComputedInput(name="inventories FY2023", value=5_140, n=1)
    part = ComputedInput(name="finished goods FY2023", value=2_020, n=1)
    assert self_quotient_doubt(share("(x1 / x1)", whole)) is not None
    assert self_quotient_doubt(share("x1 / x2", whole, whole)) is not None
    assert self_quotient_doubt(share("(x1 / x2)", part, whole)) is None
