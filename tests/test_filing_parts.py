"""Where-in-the-filing words ("per the cash flow statement", "in the MD&A", "(Schedule II)") say where to
read, not what to find: the answerer reads the question without them, the search keeps them, and a
question that names a note, the MD&A, a schedule or a table is answered from the figure printed there."""

from __future__ import annotations

import pytest

from assistant.core.finance.filing_parts import names_printed_part, without_filing_parts
from assistant.core.query import parse_question
from tests.fakes.one_passage import passage_answer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What freight cost did Orrin Tools report for 2021 in the MD&A of its 2022 10-K?",
         "What freight cost did Orrin Tools report for 2021?"),
        ("Orrin Tools lease cost for 2021 (lease note)? USD millions.", "Orrin Tools lease cost for 2021? USD millions."),
        ("How much did Orrin Tools write off in 2021, per Schedule II of its 2021 annual report?",
         "How much did Orrin Tools write off in 2021?"),
        ("Orrin Tools royalty income for 2020, per the licensing revenue disaggregation note? USD millions.",
         "Orrin Tools royalty income for 2020? USD millions."),
        ("In Orrin Tools' 2021 cash flow statement, what was the pension adjustment?", "what was the pension adjustment?"),
        ("Orrin Tools goodwill at the end of 2020, per the goodwill roll-forward in the 2021 10-K?",
         "Orrin Tools goodwill at the end of 2020?"),
    ],
)
def test_where_to_read_is_taken_out_of_what_is_asked(question: str, asked: str) -> None:
    assert without_filing_parts(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        # Debt instruments named "notes" are what is asked, not a part of the filing.
        "What coupon do the senior notes Orrin Tools issued in 2021 carry?",
        "How much cash did Orrin Tools pay in its 2021 tender offers for notes?",
        # A reconciliation followed by what it reconciles names the figure asked.
        "What severance charge is in Orrin Tools' reconciliation of segment profit to operating income?",
        # A basis word picks the figure: that phrase stays.
        "Per Orrin Tools' Adjusted EPS reconciliation, how much did the plant sale add per share?",
        "What did Orrin Tools carry on its balance sheet at the end of 2022 for tooling?",
    ],
)
def test_phrases_that_name_what_is_asked_stay(question: str) -> None:
    assert without_filing_parts(question) == question


def test_a_named_note_mdna_or_table_is_a_printed_part_a_statement_is_not() -> None:
    assert names_printed_part("Orrin Tools lease cost for 2021 (lease note)?")
    assert names_printed_part("Orrin Tools tax rate for 2021, as stated in the 2022 10-K MD&A?")
    assert names_printed_part("Orrin Tools backlog at year end, per the order backlog table?")
    assert not names_printed_part("Orrin Tools capex for 2021, per the cash flow statement of its 2021 10-K?")
    assert not names_printed_part("Orrin Tools revenue for 2021 (income statement)?")
    assert not names_printed_part("Orrin Tools revenue for 2021, per its 2021 10-K?")


def test_the_statement_facts_read_the_question_without_the_part_the_search_with_it() -> None:
    p = parse_question("What freight cost did Orrin Tools report for 2021 in the MD&A of its 2022 10-K?", [])
    assert "MD&A" not in p.asked_plain and "freight cost" in p.asked_plain
    assert "MD&A" in p.text
    assert p.printed_part


@pytest.mark.parametrize(
    ("question", "passage", "figure"),
    [
        ("Orrin Tools write-offs charged against the allowance in 2022, per Schedule II of its 2022 10-K?",
         "Write-offs charged against the allowance were $14 million in 2022 and $11 million in 2021.", "$14 million"),
        ("Orrin Tools warranty accrual at the end of 2022 (Exhibit 13)?",
         "The warranty accrual was $27 million at the end of 2022, up from $22 million a year earlier.", "$27 million"),
    ],
)
def test_a_part_named_is_no_word_the_passage_must_say(question: str, passage: str, figure: str) -> None:
    # Read as names, "Schedule II" and "Exhibit" are in no passage: a refusal.
    answer = passage_answer(question, passage, company="Orrin Tools Inc.", period="FY2022")
    assert not answer.refused, answer.answer
    assert figure in answer.answer
