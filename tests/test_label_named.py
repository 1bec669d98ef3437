"""A table row asked by its printed label, named in the question's own order and inflection
(`answer.label_named`), as the statement fallback reads it (`statement_ask.quote_doubt`).
Invented rows and questions."""

from __future__ import annotations

import pytest

from assistant.core.answer.label_named import names_label
from assistant.core.answer.statement_ask import quote_doubt, statement_ask
from assistant.core.finance.concepts import clean_label
from assistant.core.numbers import parse_quantities

HEADER = "Year Ended December 31,\n(in millions)  2022  2021  2020"


def _doubt(question: str, row: str, cell: int = 0) -> str | None:
    ask = statement_ask(question)
    assert ask is not None and ask.kind == "label"
    figures = [x for x in parse_quantities(row) if not x.is_year]
    return quote_doubt(ask, row, figures[cell], row=True, header=HEADER)


@pytest.mark.parametrize(("question", "row"), [
    # a verb for the label's noun, another preposition
    ("How much cash did Acme Robotics pay for severance obligations in fiscal 2022? USD millions.",
     "Cash payments for severance obligations  (85)  (90)  (71)"),
    # an inverted label read in order (the basic share count, once read so, is a line item of its own)
    ("What were Acme Robotics' wholesale units shipped in 2022?",
     "Units shipped––wholesale  412  418  425"),
    # the sign word a statement prints before a deduction
    ("How much accumulated amortization did Acme Robotics carry at December 31, 2022? USD millions.",
     "Less accumulated amortization  1,204  1,090"),
    # singular for plural, a verb splitting the label
    ("How large was Acme Robotics' unearned maintenance liability at the end of fiscal 2022? USD millions.",
     "Unearned maintenance liabilities  312  290"),
    ("How much property was obtained under finance leases by Acme Robotics in 2022? USD millions.",
     "Property obtained under finance leases  $  48  $  36  $  12"),
    # a bracketed cell asked for by what the label's brackets mean: "(income)/loss" brackets income
    ("How much equity-method income did Acme Robotics record from the Beta Tools JV in 2022? USD millions.",
     "Beta Tools JV equity method (income)/loss  (56)  (49)  (22)"),
])
def test_a_label_in_the_questions_own_words_names_the_row(question: str, row: str) -> None:
    assert _doubt(question, row) is None


@pytest.mark.parametrize(("question", "row"), [
    # a word of the label the question does not say
    ("How much cash did Acme Robotics pay for severance obligations in fiscal 2022? USD millions.",
     "Cash payments for severance and relocation obligations  (85)  (90)  (71)"),
    # a row named only by its date or period
    ("What was Acme Robotics' amortization over fiscal years 2023 through 2027? USD millions.",
     "Fiscal year 2023  $  173"),
    # a count asked in millions: the quote would state it without the table's scale
    ("What were Acme Robotics' wholesale units shipped in 2022? Millions of units.",
     "Units shipped––wholesale  412  418  425"),
    # a bracketed cell of a two-way line asked the other way than its brackets mean ("(income)/loss"
    # brackets income): which way it went is not what was asked
    ("How much equity-method loss did Acme Robotics record from the Beta Tools JV in 2022? USD millions.",
     "Beta Tools JV equity method (income)/loss  (56)  (49)  (22)"),
])
def test_a_label_not_named_or_a_sign_not_said_is_refused(question: str, row: str) -> None:
    assert _doubt(question, row) is not None


def test_the_words_must_stand_together() -> None:
    label = clean_label("Operating cash flows from operating leases")
    assert names_label(label, "How much cash went to operating cash flows for operating leases in 2022?")
    far = "Operating cash flows rose in 2022 while the company signed new operating agreements and leases"
    assert not names_label(label, far)
    assert not names_label(clean_label("Interest income"), "What was net interest income in 2022?")
    # the question names another item around the label's words
    assert not names_label(clean_label("Total interest expense"), "What were total revenues net of interest expense?")
    # the question's item goes on where the label ends
    hedged = clean_label("Currency translation adjustments, net of hedges")
    assert names_label(hedged, "What were Zeta's currency translation adjustment, net of hedges, in 2022?")
    assert not names_label(hedged, "What were Zeta's currency translation adjustment (net of hedges and tax) in 2022?")
