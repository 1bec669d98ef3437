"""What kind of figure is wanted and which row or cell carries it, on made-up filings of "Orrin
Mills": a stated money unit asks an amount, a rate qualifying another noun leaves an amount row,
a half asked is read from the sentence stating the half, a part is no larger than the whole a
question gives, and a year's sub-columns are told apart by the heading the question names."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from assistant.core.answer.columns import locate_column
from assistant.core.answer.half_span import asked_part_spans
from assistant.core.answer.key_figure import key_figure
from assistant.core.answer.part_whole import part_whole_refusal
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.spans import split_units
from assistant.core.answer.sub_columns import year_sub_column
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.plan import plan_question
from assistant.core.finance.rate_nouns import names_a_rate
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from assistant.core.words import stem


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="o:0", doc_id="o", title="Orrin Mills 10-K", source="/o.pdf", page=41, text=text,
                     score=1.0, company="Orrin Mills", period=None)


def _question(text: str) -> Question:
    return analyse(parse_question(text, []), [])


@pytest.mark.parametrize(
    "question",
    [
        "In Orrin Mills' 2031 tax rate reconciliation, what did the change in valuation allowance add? USD millions.",
        "What was Orrin Mills' share of the pulp joint venture's earnings in 2031? $ millions.",
        "What notional amount of floating rate notes did Orrin Mills have outstanding at the end of 2031? (EUR m)",
        "How much of Orrin Mills' uncertain tax positions would lower its effective tax rate if recognized? USD bn.",
    ],
)
def test_a_stated_money_unit_asks_an_amount(question: str) -> None:
    assert parse_question(question, []).want == "amount"


def test_without_a_money_unit_the_rate_is_asked() -> None:
    assert parse_question("What was Orrin Mills' effective tax rate in 2031?", []).want == "percent"
    # "in dollars" alone names the basis of a growth, not its unit
    q = "By how much did Orrin Mills' tissue sales grow in 2031, as reported in dollars? Percent, one decimal."
    assert parse_question(q, []).want == "percent"
    # a percent the answer is asked in keeps the percent, whatever money the question also names
    q = "What share of Orrin Mills' USD millions of sales came from Brazil in 2031, in percent?"
    assert parse_question(q, []).want == "percent"


@pytest.mark.parametrize(
    "label",
    ["Effect of exchange rate changes on cash", "Interest rate swaps", "Fixed rate senior notes",
     "Rate-regulated assets", "Interest rate swap valuation adjustments"],
)
def test_a_rate_qualifying_a_noun_names_an_amount_line(label: str) -> None:
    assert not names_a_rate(label)


@pytest.mark.parametrize("label", ["Effective tax rate", "Discount rate", "Gross profit rate",
                                   "Healthcare cost trend rate assumed for next year"])
def test_a_rate_itself_is_named(label: str) -> None:
    assert names_a_rate(label)


def test_an_exchange_rate_row_takes_its_tables_scale() -> None:
    text = "(in millions)\nEffect of exchange rate changes on cash and equivalents  (58)  112"
    start = text.index("Effect")
    fig = parse_quantities(text[start:])[0]
    row = Unit(hit=0, pos=0, start=start, end=len(text), row=True, header="(in millions)", stems=set())
    q = _question("What effect did exchange rate changes have on Orrin Mills' cash in 2031? $ millions.")
    key = key_figure(q, fig, [_hit(text)], row)
    assert key.scale == "million" and key.value == -58


def test_a_part_larger_than_the_whole_given_is_no_part() -> None:
    q = "Of Orrin Paper's $90 million of uncertain tax positions, how much would not lower its tax rate?"
    sentence = "Uncertain tax positions of $1.4 billion at year end include $70 million that would lower the rate."
    figs = parse_quantities(sentence)
    assert part_whole_refusal(q, sentence, figs[0]) is not None  # $1.4 billion
    assert part_whole_refusal(q, sentence, figs[1]) is None  # $70 million may be a part


def test_a_hyphenated_half_is_a_half() -> None:
    assert asked_part_spans("What did Orrin Mills earn in its first-half 2031 results?") == {"six"}


def test_a_label_wrapped_inside_its_bracket_is_one_row() -> None:
    text = ("June 30, 2031  June 30, 2030\n"
            "($ in millions)  Carrying Value  (Level 2)  Carrying Value  (Level 2)\n"
            "Total term loans with fixed interest rates (excluding\n"
            "revolving credit and leases)  $  2,210  $  2,050  $  2,380  $  2,160")
    units = split_units(text)
    rows = [u for u in units if u[2]]
    assert len(rows) == 1 and text[rows[0][0] : rows[0][1]].startswith("Total term loans")
    assert "Carrying Value  (Level 2)" in rows[0][3]  # the levels line heads the row, it is no row itself


def test_a_years_sub_column_is_the_heading_the_question_names() -> None:
    header = "June 30, 2031  June 30, 2030\n($ in millions)  Carrying Value  (Level 2)  Carrying Value  (Level 2)"
    asked = {stem(w) for w in re.findall(r"[A-Za-z]+", "fair value (Level 2) of the term loans at June 30, 2031")}
    assert year_sub_column(asked, header, 4, [2031, 2030], 2031) == 1
    assert year_sub_column(asked, header, 4, [2031, 2030], 2030) == 3
    # the carrying value's words are not all said: only "value" is
    assert year_sub_column({stem("carrying"), stem("value")}, header, 4, [2031, 2030], 2031) == 0
    assert year_sub_column({stem("loans")}, header, 4, [2031, 2030], 2031) is None


def test_a_row_in_capitals_below_an_open_bracket_is_its_own_row() -> None:
    text = ("Selected highlights, (in millions, except per  Six months ended June 30,\n"
            "Book value per share  (a)  41.20  40.05  41.20  38.70\n")
    rows = [u for u in split_units(text) if u[2]]
    assert len(rows) == 1 and text[rows[0][0] : rows[0][1]].startswith("Book value per share")


def test_an_amount_asked_in_money_plans_no_rate() -> None:
    asked = "How much of Orrin Paper's unrecognized tax benefits would lower its effective tax rate if recognized?"
    assert plan_question(f"{asked} USD millions.") is None
    assert plan_question("What was Orrin Paper's effective tax rate in 2031?") is not None


RECONCILIATION = ("Years ended December 31,  2031  2030\n"
                  "($ in millions)  Amount  Rate  Amount  Rate")


def test_an_amount_asked_reads_the_amount_beside_its_rate() -> None:
    # "rate reconciliation" names the table, not the column: a question in dollars asks the Amount
    asked = {stem(w) for w in re.findall(r"[A-Za-z]+", "Orrin Mills' tax rate reconciliation, valuation allowance")}
    assert year_sub_column(asked, RECONCILIATION, 4, [2031, 2030], 2031, "amount") == 0
    assert year_sub_column(asked, RECONCILIATION, 4, [2031, 2030], 2030, "amount") == 2
    assert year_sub_column(asked, RECONCILIATION, 4, [2031, 2030], 2030, "percent") == 3
    # without a kind asked, the words named decide: here "rate"
    assert year_sub_column(asked, RECONCILIATION, 4, [2031, 2030], 2030) == 3


def test_the_cell_of_a_prior_years_amount_in_a_rate_reconciliation() -> None:
    row = "Research credits  (204)  4.1  (189)  3.8"
    cells = parse_quantities(row)
    q = _question("In Orrin Mills' 2031 income tax rate reconciliation, what benefit came from research credits "
                  "in 2030? $ millions.")
    assert q.want == "amount"
    at, told = locate_column(q, RECONCILIATION, cells)
    assert cells[at].value == -189 and told
    q = _question("In Orrin Mills' 2031 income tax rate reconciliation, what rate effect did research credits "
                  "have in 2030? Percent.")
    at, _ = locate_column(q, RECONCILIATION, cells)
    assert cells[at].value == 3.8


def test_a_benefit_asked_of_a_reconciliation_to_tax_benefit_or_expense_is_its_size() -> None:
    text = ("The following is a reconciliation of the statutory tax to actual income tax (benefit)/expense:\n"
            "Years ended December 31,  2031  2030\n($ in millions)  Amount  Rate  Amount  Rate\n"
            "Research credits  (204)  4.1  (189)  3.8\n")
    start = text.index("Research")
    row = Unit(hit=0, pos=0, start=start, end=len(text), row=True, header="($ in millions)  Amount  Rate  Amount  Rate",
               stems=set())
    fig = parse_quantities(text[start:])[2]
    asked = "In Orrin Mills' tax rate reconciliation, what tax benefit came from research credits in 2030? $ millions."
    assert key_figure(_question(asked), fig, [_hit(text)], row, question=asked).value == 189
    # the question naming the other direction too keeps the printed sign
    both = "In Orrin Mills' tax rate reconciliation, what did research credits add to tax expense or benefit in 2030? $ millions."
    assert key_figure(_question(both), fig, [_hit(text)], row, question=both).value == -189
    # a title that brackets nothing leaves the sign as printed
    plain = text.replace("(benefit)/expense", "expense")
    at = plain.index("Research")
    assert key_figure(_question(asked), parse_quantities(plain[at:])[2], [_hit(plain)],
                      replace(row, start=at, end=len(plain)), question=asked).value == -189
