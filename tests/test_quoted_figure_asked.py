"""A quoted figure is the item and period asked, not a neighbour's (issue 17), on made-up sentences
in our own words: a line stated "including" the part asked is the whole; a list's lead-in words
are each of its figures' own words; years listed as "fiscal 2031 and fiscal 2030" and spans ended
by one date ("the three and six months ended ..., respectively") date the figures in order."""

from __future__ import annotations

import pytest

from assistant.core.answer.part_whole import part_whole_refusal
from assistant.core.answer.period_lists import span_list_year
from assistant.core.answer.qualifiers import respective_year
from assistant.core.numbers import Quantity, parse_quantities
from tests.fakes.one_passage import passage_answer

COMPANY = "Quillon Freight"
INCURRED = ("Borrowing costs incurred, including amounts capitalized, were $410, $385 and $362 for the "
            "years ended December 31, 2031, 2030 and 2029, respectively.")


def _amounts(text: str) -> list[Quantity]:
    return [x for x in parse_quantities(text) if not x.is_year]


def test_a_line_including_the_part_asked_is_the_whole() -> None:
    fig = _amounts(INCURRED)[1]
    why = part_whole_refusal("How much borrowing cost did Quillon Freight capitalize in 2030?", INCURRED, fig)
    assert why is not None and "including" in why


def test_the_including_line_itself_asked_is_kept() -> None:
    fig = _amounts(INCURRED)[1]
    assert part_whole_refusal("What borrowing costs did Quillon Freight incur in 2030, including capitalized "
                              "amounts?", INCURRED, fig) is None
    # an "including" clause naming something the question does not ask about leaves the figure alone
    text = "Freight revenue, including fuel surcharges, was $900 million in 2031."
    assert part_whole_refusal("What was Quillon Freight's freight revenue in 2031?", text, _amounts(text)[0]) is None


def test_a_lists_lead_in_names_what_the_question_does_not_mean() -> None:
    fig = _amounts(INCURRED)[1]  # its own words are only ", ": the list's lead-in is its own
    why = part_whole_refusal("What did Quillon Freight pay in cash for borrowing costs in 2030 (not borrowing "
                             "costs incurred)?", INCURRED, fig)
    assert why is not None and "does not mean" in why


def test_years_listed_as_fiscal_years_date_the_figures_in_order() -> None:
    text = ("During the first six months of fiscal 2031 and fiscal 2030, $640 million and $702 million of "
            "deferred revenue was recognized, respectively.")
    first, second = _amounts(text)
    assert respective_year(text, first) == 2031 and respective_year(text, second) == 2030


def test_spans_ended_by_one_date_date_both_figures() -> None:
    text = ("Severance charges were $12 million and $19 million for the three and six months ended June 29, "
            "2031, respectively, and $30 million and $41 million for the three and six months ended June 30, "
            "2030, respectively.")
    figs = _amounts(text)
    assert [respective_year(text, f) for f in figs[2:]] == [2030, 2030]
    assert span_list_year(" for the three and six months ended June 30, 2030, ", 2) == 2030
    assert span_list_year(" for the years ended 2031 and 2030, ", 2) is None  # years, not one date of spans
    assert span_list_year(" for the three months ended June 30, 2030, ", 2) is None  # one span for two figures


def test_the_second_lists_six_month_figure_is_quoted() -> None:
    text = ("Severance charges were $12 million and $19 million for the three and six months ended June 29, "
            "2031, respectively, and $30 million and $41 million for the three and six months ended June 30, "
            "2030, respectively.\n")
    answer = passage_answer("What severance charges did Quillon Freight record for the six months ended June 30, "
                            "2030? USD millions.", text, company=COMPANY, doc="q")
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(41.0), answer.answer


# --- a place cut at its abbreviation's dot; an after-tax figure asked ---------------------------


def test_the_united_states_cut_at_its_last_dot_is_still_the_united_states() -> None:
    from assistant.core.answer.places import other_place

    asked = "What share of Quillon Freight's drivers outside the United States completed the safety course?"
    assert other_place(asked, "more than 91% of our U.S") is not None  # a clause read up to "U.S. drivers"
    assert other_place(asked, "more than 91% of our drivers outside the U.S") is None
    assert other_place("What share of Quillon Freight's U.S. drivers completed it?", "more than 91% of our U.S") is None


def test_a_whole_sentence_naming_the_us_side_answers_no_question_about_the_rest() -> None:
    text = "As of December 31, 2031, more than 91% of our U.S. crew population had been fully certified.\n"
    answer = passage_answer("What share of Quillon Freight's crew members outside the United States were fully certified "
                            "at the end of 2031?", text, company=COMPANY, doc="q")
    assert answer.refused, answer.answer
    answer = passage_answer("What share of Quillon Freight's U.S. crew members were fully certified at the end of 2031?",
                            text, company=COMPANY, doc="q")
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(91.0), answer.answer


def test_an_after_tax_figure_asked_needs_a_sentence_saying_after_tax() -> None:
    from assistant.core.answer.tax_basis import after_tax_unsaid

    plain = "We recognized a $310 million loss during 2031 on the sale of our barge fleet."
    said = "We recognized a pre-tax loss of $310 million ($236 million after-tax) on the sale of our barge fleet."
    net = "The termination was recorded as a loss, net of tax, of $9 million in other comprehensive income."
    asked = "What after-tax loss did Quillon Freight recognize on the sale of its barge fleet?"
    assert after_tax_unsaid(asked, plain)
    assert not after_tax_unsaid(asked, said) and not after_tax_unsaid(asked, net)
    assert not after_tax_unsaid("What loss did Quillon Freight recognize on the sale of its barge fleet?", plain)
    answer = passage_answer(asked + " USD millions.", plain + "\n", company=COMPANY, doc="q")
    assert answer.refused, answer.answer
    answer = passage_answer(asked + " USD millions.", said + "\n", company=COMPANY, doc="q")
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(236.0), answer.answer


def test_one_body_asked_on_its_own_is_not_answered_by_the_pairs_figure() -> None:
    pair = ("As of December 31, 2031, approximately 31% of our crews are represented by the Harbour Pilots Guild "
            "or the United Dockworkers Federation.")
    fig = next(x for x in parse_quantities(pair) if x.unit == "percent")
    why = part_whole_refusal("What percentage of Quillon Freight's crews does the Harbour Pilots Guild represent on "
                             "its own?", pair, fig)
    assert why is not None and "together with" in why
    # asked without "on its own", or asked of both, the pair's figure is left to the other checks
    assert part_whole_refusal("What percentage of Quillon Freight's crews does the Harbour Pilots Guild "
                              "represent?", pair, fig) is None
    assert part_whole_refusal("What percentage of crews do the Harbour Pilots Guild and the United Dockworkers "
                              "Federation represent on their own?", pair, fig) is None


def test_a_factor_asked_is_no_percent_and_no_figureless_quote() -> None:
    from assistant.core.answer.stated_unit import stated_kind

    assert stated_kind("If the fleet grows at 20% a year for three years, by what factor would it be larger?") == "ratio"
    assert stated_kind("How many times larger was the 2031 fleet than the 2029 fleet?") == "ratio"
    assert stated_kind("How many times did the board meet in 2031?") is None  # a count of meetings
    text = "Quillon Freight expects its fleet to grow 20% a year from 2031 to 2034.\n"
    answer = passage_answer("If Quillon Freight's fleet grows at that rate from 2031 to 2034, by what factor would it "
                            "be larger in 2034 than in 2031?", text, company=COMPANY, doc="q")
    assert answer.refused or answer.key_figure is None or answer.key_figure.unit != "percent", answer.answer
