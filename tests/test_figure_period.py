"""A sentence's figure is the asked period's and the asked name's: its own words' year, a later
year its sentence is about, a whole year's opening against a quarter asked, and a "respectively"
list of names paired with its figures (made-up passages and companies)."""

from __future__ import annotations

import pytest

from assistant.core.answer.figure_period import (
    asked_years,
    figure_years,
    other_own_year,
    other_period,
)
from assistant.core.answer.respective_names import negated_name, respective_figure, unasked_name
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer


def _fig(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if x.raw == raw)


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Kestrel Mills", doc="k", derived=False)  # the quote path alone


LEVY = "Kestrel's levy rate for fiscal 2031 was 19.5%, compared to a rate of 41.0% in fiscal 2030."


@pytest.mark.parametrize(("raw", "asked", "other"), [
    ("19.5%", 2031, False), ("41.0%", 2030, False), ("19.5%", 2029, True), ("41.0%", 2029, True),
    ("19.5%", 2030, True),
])
def test_a_figure_s_own_year(raw: str, asked: int, other: bool) -> None:
    found = other_period(LEVY, _fig(LEVY, raw), frozenset({asked}), frozenset())
    assert (found is not None) is other


def test_a_comparison_base_is_not_the_figure_s_year() -> None:
    s = "Pellet sales rose 12% over 2030, to $4.4 million."
    assert figure_years(s, _fig(s, "12%")) == set()
    assert other_period(s, _fig(s, "12%"), frozenset({2031}), frozenset()) is None


def test_a_later_year_of_the_sentence_is_another_period() -> None:
    s = ("We plan to hand back about $2.1 billion to owners in 2032, made up of dividends of about "
         "$1.6 billion and buybacks of about $0.5 billion.")
    assert other_period(s, _fig(s, "$0.5 billion"), frozenset({2031}), frozenset()) is not None
    assert other_period(s, _fig(s, "$0.5 billion"), frozenset({2032}), frozenset()) is None
    # an earlier year there is often the base of a comparison: left alone
    assert other_period(s, _fig(s, "$0.5 billion"), frozenset({2033}), frozenset()) is None


def test_a_sentence_comparing_with_an_earlier_figure_is_left_alone() -> None:
    s = "In 2032 pellet revenue grew to $9 million from $7 million."
    assert other_period(s, _fig(s, "$7 million"), frozenset({2031}), frozenset()) is None


def test_a_deadline_or_a_name_is_no_period() -> None:
    s = "The facility includes a $300 million swing line and expires on June 2, 2036."
    assert other_period(s, _fig(s, "$300 million"), frozenset({2031}), frozenset()) is None
    s = "Commitments under the 2034 Credit Agreement may rise to $900 million."
    assert other_period(s, _fig(s, "$900 million"), frozenset({2031}), frozenset()) is None


def test_a_whole_year_opening_is_not_a_quarter() -> None:
    s = "During fiscal 2031, Kestrel opened 31 mills, closed 4 mills and refitted 17 mills."
    assert other_period(s, _fig(s, "17"), frozenset({2031}), frozenset({4})) is not None
    assert other_period(s, _fig(s, "17"), frozenset({2031}), frozenset()) is None
    s = "During the fourth quarter of fiscal 2031, Kestrel refitted 6 mills."
    assert other_period(s, _fig(s, "6"), frozenset({2031}), frozenset({4})) is None


def test_the_document_s_year_is_not_the_asked_one() -> None:
    q = "What was Kestrel's levy rate for fiscal 2029, as discussed in the fiscal 2031 10-K?"
    assert asked_years(q, frozenset({2029, 2031})) == {2029}
    assert asked_years("What did its 2031 annual report say?", frozenset({2031})) == {2031}


PLANTS = ("For fiscal 2031, mills in Ardena, Belloria and Corvast milled approximately 46%, 31% and 23% "
          "of all Kestrel flour, respectively.")


@pytest.mark.parametrize(("question", "expected"), [
    ("What share of Kestrel flour was milled in Belloria?", "31%"),
    ("What share of Kestrel flour was milled in Corvast?", "23%"),
    ("What share of Kestrel flour was milled in Ardena?", None),  # already the figure given
    ("What share of Kestrel flour was milled abroad?", None),  # names none of them
])
def test_the_asked_name_s_figure_of_a_list(question: str, expected: str | None) -> None:
    got = respective_figure(question, PLANTS, _fig(PLANTS, "46%"), set())
    assert (got.raw if got is not None else None) == expected


def test_names_after_the_figures_are_left_to_the_qualifiers() -> None:
    s = "Pellet sales rose 10% and 14% on a reported and constant-currency basis, respectively."
    assert respective_figure("How much did pellet sales rise on a constant-currency basis?", s,
                             _fig(s, "10%"), set()) is None


def test_the_answer_quotes_the_asked_name_s_figure() -> None:
    text = ("The five-year average growth rates for group, domestic and export sales were 6.1%, 7.4% and "
            "2.8%, respectively.\n")
    answer = _ask("Over five years, at what average rate have Kestrel Mills' export sales grown?", text)
    assert not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == pytest.approx(2.8)


def test_the_answer_refuses_another_year_s_figure() -> None:
    text = LEVY + "\nKestrel employed 5,100 people.\n"
    answer = _ask("What was Kestrel Mills' levy rate for fiscal 2029?", text)
    assert answer.refused or answer.key_figure is None or answer.key_figure.value not in (19.5, 41.0)
    answer = _ask("What was Kestrel Mills' levy rate for fiscal 2030?", text)
    assert not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == pytest.approx(41.0)


def test_a_change_in_the_rate_is_not_the_rate_asked() -> None:
    text = ("In fiscal 2030, a loss on sold mills reduced the 2030 levy rate by approximately 1.4%, "
            "as the levy reconciliation shows.\n")
    answer = _ask("What levy rate did Kestrel Mills report for fiscal 2030?", text)
    assert answer.refused, answer.answer
    answer = _ask("By how much did the loss on sold mills reduce Kestrel Mills' 2030 levy rate?", text)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(1.4)


@pytest.mark.parametrize(("question", "words", "negated"), [
    ("What share of U.S. sales did Kestrel's three largest U.S. buyers take?",
     "three largest buyers outside of the United States took about 14% of total non-U.S. sales", True),
    ("What share of Ruritania sales did its largest buyers take?", "buyers other than Ruritania took 9%", True),
    ("What share of sales outside the U.S. did its largest buyers take?",
     "largest buyers outside the United States took 14%", False),  # asked about the outside too
    ("What share of U.S. sales did its largest buyers take?", "largest U.S. buyers took 22%", False),
])
def test_a_name_the_figure_negates(question: str, words: str, negated: bool) -> None:
    assert (negated_name(question, words) is not None) is negated


# Years listed before their figures, a "thereafter" among them.
BACKLOG = ("At June 30, 2040, Kestrel's order backlog expected to ship in 2041, 2042 and thereafter was "
           "$7.5 billion, $3.2 billion and $1.4 billion, respectively.")
LOOMS = "At March 31, 2039 and March 31, 2038, idle looms numbered 412 and 377, respectively."


@pytest.mark.parametrize(("sentence", "raw", "years"), [
    (BACKLOG, "$7.5 billion", {2041}), (BACKLOG, "$3.2 billion", {2042}), (LOOMS, "412", {2039}),
    (LOOMS, "377", {2038}),
])
def test_years_listed_before_respective_figures_pair_in_order(sentence: str, raw: str, years: set[int]) -> None:
    assert figure_years(sentence, _fig(sentence, raw)) == years


def test_the_thereafter_figure_of_a_list_is_no_year_s() -> None:
    assert figure_years(BACKLOG, _fig(BACKLOG, "$1.4 billion")) == set()


def test_the_answer_quotes_the_listed_year_s_figure_and_refuses_one_of_a_span() -> None:
    got = _ask("How much of Kestrel's order backlog at June 30, 2040 was expected to ship in 2042?", BACKLOG)
    assert not got.refused and got.key_figure is not None and got.key_figure.value == 3.2
    whole = _ask("How much of Kestrel's order backlog at June 30, 2040 was expected to ship from 2041 onward?", BACKLOG)
    assert whole.refused or whole.key_figure is None or whole.key_figure.value not in (7.5, 3.2, 1.4)


def test_names_after_a_respectively_list_pair_with_their_figures() -> None:
    text = ("In the first half of 2024, we contributed $40 million, $25 million, and $9 million to our Domestic "
            "Pension Plans, Foreign Pension Plans, and Retiree Medical Plans, respectively.")
    figs = [f for f in parse_quantities(text) if not f.is_year]
    picked = respective_figure("What did Zentro contribute to its Foreign Pension Plans in the first half of 2024?",
                               text, figs[0], set())
    assert picked is not None and picked.value == 25
    both = "In total, what did Zentro contribute to its domestic and foreign pension plans (excluding retiree medical plans)?"
    assert unasked_name(both, text, figs[2], set())
    assert not unasked_name(both, text, figs[0], set())
    bases = "Sales rose 4% and 7% on a reported and organic basis, respectively."
    rates = [f for f in parse_quantities(bases) if not f.is_year]
    assert respective_figure("How fast did organic sales grow?", bases, rates[0], set()) is None


def test_a_sentence_naming_another_year_is_no_answer_when_the_shared_year_names_the_document() -> None:
    text = ("Kestrel expects its 2032 milling program to require between $40 million and $45 million, "
            "including new silos.")

    def ask(question: str) -> Answer:  # period: the document's year
        return passage_answer(question, text, company="Kestrel Mills", doc="k", period="FY2031", derived=False)

    assert ask("What milling program did Kestrel plan for 2033, per its 2031 annual report?").refused
    assert not ask("What milling program did Kestrel plan for 2032, per its 2031 annual report?").refused


def test_a_year_the_question_rules_out_is_not_asked() -> None:
    assert asked_years("What did Kestrel levy in fiscal 2030 (not fiscal 2031)?", frozenset({2030, 2031})) == {2030}
    assert asked_years("Kestrel's 2029 levy, rather than 2030's?", frozenset({2029, 2030})) == {2029}
    assert asked_years("At June 30, 2030 — the prior year, not 2031?", frozenset({2030, 2031})) == {2030}
    assert asked_years("What did its 2031 10-K say about 2030?", frozenset({2030, 2031})) == {2030}


def test_the_answer_quotes_the_year_asked_when_another_is_ruled_out() -> None:
    text = ("Kestrel's milling rebates were approximately $0.4 billion and $0.9 billion in fiscal years 2031 "
            "and 2030, respectively.\nKestrel employed 5,100 people.\n")
    for question in ("How large were Kestrel Mills' milling rebates in fiscal 2030 (not 2031)?",
                     "How large were Kestrel Mills' previous milling rebates in fiscal 2030 (not 2031)?",
                     "In its fiscal 2032 10-K, how large were Kestrel Mills' milling rebates in fiscal 2030 (not fiscal 2031)?"):
        got = _ask(question, text)
        assert not got.refused and got.key_figure is not None and got.key_figure.value == pytest.approx(0.9), question


def test_fy_year_before_the_filing_kind_names_the_filing() -> None:
    # "per the FY2024 10-K" names where to read, as "per the 2024 10-K" does: 2022 is the year asked.
    question = "Lumberco's timber sales in fiscal 2022, per the FY2024 10-K?"
    assert asked_years(question, frozenset({2022, 2024})) == {2022}
    assert other_own_year(question, frozenset({2022, 2024}), frozenset({2024, 2023}))
