"""A whole's figure is no answer to a part asked (made-up companies and sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.part_whole import part_whole_refusal
from assistant.core.numbers import Quantity, parse_quantities


def _fig(sentence: str, raw: str) -> Quantity:
    return next(q for q in parse_quantities(sentence) if q.raw.strip() == raw)


JOINED = ("Sponsorship and other promotional activities, reported within operating expenses, totaled $2.4 billion "
          "in 2023 and $2.1 billion in 2022, including sponsorship expenses of $1.3 billion in 2023.")


def test_a_subject_joining_the_part_asked_with_others_is_the_whole() -> None:
    question = "How much did Zentro spend on sponsorship alone in 2022?"
    assert part_whole_refusal(question, JOINED, _fig(JOINED, "$2.1 billion")) is not None


def test_the_parts_own_label_after_the_joined_subject_answers() -> None:
    question = "How much did Zentro spend on sponsorship alone in 2023?"
    assert part_whole_refusal(question, JOINED, _fig(JOINED, "$1.3 billion")) is None


def test_a_question_naming_the_joined_subject_is_answered_by_it() -> None:
    question = "What did Zentro spend on sponsorship and other promotional activities in 2022?"
    assert part_whole_refusal(question, JOINED, _fig(JOINED, "$2.1 billion")) is None


def test_what_the_question_says_it_does_not_mean_does_not_name_the_whole() -> None:
    question = "What did Zentro spend on sponsorship itself (not all sponsorship and other promotion) in 2022?"
    assert part_whole_refusal(question, JOINED, _fig(JOINED, "$2.1 billion")) is not None


COMBINED = ("We estimate the combination of the translation of foreign profits, and the change in hedging gains and "
            "losses, had an unfavorable impact on our operating income of $640 million for 2023.")


def test_a_combination_is_not_one_of_its_parts() -> None:
    question = "How much did currency translation reduce Zentro's operating income in 2023?"
    assert part_whole_refusal(question, COMBINED, _fig(COMBINED, "$640 million")) is not None
    both = "How much did translation and hedging gains and losses together reduce Zentro's operating income?"
    assert part_whole_refusal(both, COMBINED, _fig(COMBINED, "$640 million")) is None


WHOLE = ("The line shutdown is expected to cause idle-capacity costs of approximately $900 million that are "
         "expensed as incurred, of which $200 million was expensed in 2023.")


def test_the_whole_named_before_a_part_asked_of_it_is_refused() -> None:
    question = "Of the idle-capacity costs expected from Zentro's line shutdown, how much was expensed in 2023?"
    assert part_whole_refusal(question, WHOLE, _fig(WHOLE, "$900 million")) is not None
    assert part_whole_refusal(question, WHOLE, _fig(WHOLE, "$200 million")) is None
    said = "The shutdown raised idle-capacity costs, inclusive of approximately $200 million of overtime."
    assert part_whole_refusal(question, said, _fig(said, "$200 million")) is None
    plain = "What idle-capacity costs does Zentro expect from the line shutdown?"
    assert part_whole_refusal(plain, WHOLE, _fig(WHOLE, "$900 million")) is None


REST = ("Sponsorship and other promotional activities totaled $2.4 billion in 2023, including sponsorship "
        "expenses of $1.3 billion.")


def test_the_part_a_question_sets_aside_is_not_the_rest_asked() -> None:
    question = "How much of Zentro's 2023 promotional spending was something other than sponsorship?"
    assert part_whole_refusal(question, REST, _fig(REST, "$1.3 billion")) is not None
    kept = "What were Zentro's 2023 sponsorship expenses?"
    assert part_whole_refusal(kept, REST, _fig(REST, "$1.3 billion")) is None


BOOK = ("The carrying value of Zentro's long-term notes was $48 billion as of June 30, 2031, and their estimated "
        "fair value was $45 billion.")


def test_the_figure_the_question_says_it_does_not_mean_is_refused() -> None:
    question = "What was the estimated fair value (not the carrying value) of Zentro's long-term notes at June 30, 2031?"
    assert part_whole_refusal(question, BOOK, _fig(BOOK, "$48 billion")) is not None
    assert part_whole_refusal(question, BOOK, _fig(BOOK, "$45 billion")) is None
    net = "Zentro's notes, excluding the carrying value adjustments, were $47 billion."
    assert part_whole_refusal(question, net, _fig(net, "$47 billion")) is None


CARRY = ("At December 31, 2025, Ormond had tax loss, credit, and other carry forwards for income tax purposes of "
         "approximately $2.7 billion that relate to federal, state and foreign taxes.")
LINES = "Dealer credit lines totaled $4.2 billion and $3.8 billion at March 31, 2026 and 2025."


def test_the_whole_is_no_answer_to_a_part_the_question_sets_apart() -> None:
    # the question names a whole (with commas and a date in it) and what sets the part apart; the
    # figure's own words name the whole and nothing of that
    carry = ("How much of Ormond's tax loss, credit and other carry forwards at the end of 2025 can be used "
             "without any time limit?")
    assert part_whole_refusal(carry, CARRY, _fig(CARRY, "$2.7 billion"), frozenset({"ormond"})) is not None
    lines = "Of Ormond's dealer credit lines open at March 31, 2026, how much has a first possible drawdown in 2028?"
    assert part_whole_refusal(lines, LINES, _fig(LINES, "$4.2 billion"), frozenset({"ormond"})) is not None


def test_a_figure_whose_words_say_what_sets_the_part_apart_answers() -> None:
    split = ("At December 31, 2025, Ormond had tax loss, credit, and other carry forwards of approximately $2.7 "
             "billion, of which $0.9 billion can be used without any time limit.")
    carry = ("How much of Ormond's tax loss, credit and other carry forwards at the end of 2025 can be used "
             "without any time limit?")
    assert part_whole_refusal(carry, split, _fig(split, "$0.9 billion"), frozenset({"ormond"})) is None
    owed = "At December 31, 2025, $1.1 billion of supplier payables were owed under the supply chain finance program."
    asked = "How much of Ormond's supplier payables was owed under its supply chain finance program at year-end 2025?"
    assert part_whole_refusal(asked, owed, _fig(owed, "$1.1 billion"), frozenset({"ormond"})) is None
    # a figure whose own words name another subject than the whole is not read as the whole here
    other = "Ormond's banks committed $4.2 billion at March 31, 2026, of dealer credit lines and term loans."
    lines = "Of Ormond's dealer credit lines open at March 31, 2026, how much has a first possible drawdown in 2028?"
    assert part_whole_refusal(lines, other, _fig(other, "$4.2 billion"), frozenset({"ormond"})) is None


SPLIT = ("In 2025 Brantel Mills invested $14.6 billion in plant and equipment, inclusive of approximately $1.9 billion "
         "in turbine retrofit related plant and equipment, and $0.7 billion of general relocation costs.")


@pytest.mark.parametrize("question", [
    "Leaving out turbine retrofit related spending, how much did Brantel Mills invest in plant and equipment in 2025?",
    "How much did Brantel Mills invest in plant and equipment in 2025 once turbine retrofit spending is removed?",
])
def test_the_part_a_question_sets_aside_is_no_answer_when_named_after_its_figure(question: str) -> None:
    assert part_whole_refusal(question, SPLIT, _fig(SPLIT, "$1.9 billion")) is not None
    assert part_whole_refusal(question, SPLIT, _fig(SPLIT, "$14.6 billion")) is None


def test_a_part_not_asked_as_such_is_not_set_aside() -> None:
    question = "Of Brantel Mills' 2025 plant spending, how much was not general relocation cost?"
    assert part_whole_refusal(question, SPLIT, _fig(SPLIT, "$0.7 billion")) is not None
    assert part_whole_refusal(question, SPLIT, _fig(SPLIT, "$1.9 billion")) is None


def test_a_figure_stated_without_the_part_set_aside_answers() -> None:
    sentence = "Plant investment was $12.7 billion excluding approximately $1.9 billion of turbine retrofit spending."
    question = "Leaving out turbine retrofit spending, how much did Brantel Mills invest in plants in 2025?"
    assert part_whole_refusal(question, sentence, _fig(sentence, "$12.7 billion")) is None
