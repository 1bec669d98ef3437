"""Operands the derived arithmetic must not take (answer.derived, answer.derived_ratios): a bare number in a
sentence as an amount, a line's move as the base of its rate, an "Other" row as a total, and a row whose
label runs two rows together; each beside the near case that is still worked out. Made-up filing of Pellham."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit


def _ask(question: str, text: str, kind: str = "text") -> Answer:
    hit = SearchHit(chunk_id="p:1", doc_id="p", title="Pellham Freight 10-K 2025", source="/p/p.pdf", page=51,
                    text=text, score=1.0, company="Pellham Freight", period="FY2025", kind=kind)
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))


def _derived(a: Answer) -> bool:
    return not a.refused and "computed from the stated figures" in a.answer


def test_model_numbers_in_a_sentence_are_no_amounts_of_a_share() -> None:
    q = "What share of Pellham Freight's total inventories at December 31, 2025 was trailer programs? Percent."
    bare = _ask(q, "Trailer Programs The decrease in trailer programs inventory during 2025 reflects a decrease in "
                   "540 and 620 inventory, offset by growth in 710X inventory.")
    assert not _derived(bare), bare.answer
    amounts = _ask(q, "At the end of 2025 trailer programs inventory was $540 million of total inventories of "
                      "$620 million.")
    assert _derived(amounts) and "87.1%" in amounts.answer, amounts.answer


def test_an_other_row_is_never_the_total_of_a_share() -> None:
    q = "Freight claims payable as a percent of Pellham Freight's total current liabilities at the end of 2025?"
    table = ("Current liabilities (in millions)  2025  2024\n"
             "Freight claims payable  310  290\n"
             "Other current liabilities  900  850\n")
    other = _ask(q, table, "table")
    assert not _derived(other) or "900" not in other.answer, other.answer
    whole = _ask(q, table + "Total current liabilities  1,240  1,150\n", "table")
    assert _derived(whole) and "25.0%" in whole.answer, whole.answer


def test_a_row_run_together_with_another_is_no_operand() -> None:
    q = "Pellham Freight total fleet segments operating income, 2025 vs 2024: % change, one decimal?"
    glued = ("Reportable\n2023  Freight  Logistics  Segments\nExternal Operating Revenues\n"
             "Years Ended December 31,  2025  2024  2023\n"
             "Operating Revenues Cost of services  5,610  1,659  6,269\n"
             "(dollars in millions) (dollars in millions) Total fleet segmentsCost of fuel  $  34,578 5,736 $  26,342 "
             "4,064 $  19,495 9,800\n")
    assert not _derived(_ask(q, glued, "table"))
    clean = ("Segment operating income\n(dollars in millions)\nYears Ended December 31,  2025  2024\n"
             "Total fleet segments $ 1,410 $ 1,204\n")
    got = _ask(q, clean, "table")
    assert _derived(got) and "17.1%" in got.answer, got.answer


def test_the_amount_a_line_moved_by_is_no_base_of_its_rate() -> None:
    q = "What was Pellham Freight's Fleet segment SG&A in 2024? $ millions."
    moved = _ask(q, "Our Fleet segment SG&A decreased $6 million and the rate decreased to 12.1% of revenue in "
                    "2025 compared to 12.4% of revenue in 2024.")
    assert not _derived(moved), moved.answer
    based = _ask(q, "In 2024 our Fleet segment SG&A was 12.4% of revenue. Fleet segment revenue was $800 million "
                    "in 2024.")
    assert _derived(based) and "99.2" in based.answer, based.answer


def test_a_row_of_every_store_is_no_operand_of_same_store_growth() -> None:
    q = "Pellham Freight hold adjusted Coastal Depots same-store net revenues: growth in full-year 2025 over 2024? %, 1 decimal"
    head = ("Three months ended  Twelve months ended\n"
            "December 31,  December 31,  December 31,  December 31,\n"
            "2025  2024  2025  2024\n"
            "Coastal Depots net revenues  $  2,297,282  $  1,806,686  $  8,398,372  $  4,737,185\n"
            "Hold adjustment(1)  (2,984)  (9,854)  (6,122)  (27,482)\n"
            "Hold Adjusted Coastal Depots Net Revenues  $  2,294,298  $  1,796,832  $  8,392,250  $  4,709,703\n")
    every = _ask(q, head, "table")
    assert not _derived(every), every.answer
    plain = _ask(q.replace(" same-store", ""), head, "table")  # the line itself asked: its row's growth
    assert _derived(plain) and "78.2%" in plain.answer, plain.answer
