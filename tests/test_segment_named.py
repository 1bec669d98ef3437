"""A segment the question names with a common word ("the Business segment", "the Consumer
segment") is named all the same: a table row whose label and headings leave it out is the total's
or another segment's figure (made-up company Wren Foundry)."""

from __future__ import annotations

from assistant.core.answer.metric_check import unit_other_metric
from assistant.core.answer.question import analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit

_BUSINESS = ("The Business segment serves large customers. Our business grew, and business customers renewed. "
             "The Consumer segment serves households.")


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="w:0", doc_id="w", title="Wren Foundry 10-K", source="/w.pdf", page=30, text=text,
                     score=1.0, company="Wren Foundry", period=None)


def _other(question: str, row: str, header: str) -> str | None:
    # the passage writes "business" in lower case too: the question's "Business" is no proper name
    q = analyse(parse_question(question, []), [_hit(_BUSINESS)])
    fig = next(x for x in parse_quantities(row) if not x.is_year)
    unit = Unit(hit=0, pos=0, start=0, end=len(row), row=True, header=header, stems=set(), figure=fig)
    return unit_other_metric(q, [_hit(row)], unit)


def test_a_row_without_the_common_word_segment_is_another_segments() -> None:
    got = _other("What was the retail churn rate of Wren Foundry's Business segment in 2024?",
                 "Retail churn 0.91 % 0.88 %", "Consumer\n2024  2023")
    assert got == "something other than Business"


def test_a_row_or_header_naming_the_segment_answers() -> None:
    question = "What was the retail churn rate of Wren Foundry's Business segment in 2024?"
    assert _other(question, "Retail churn 0.91 % 0.88 %", "Business\n2024  2023") is None
    assert _other(question, "Business retail churn 0.91 % 0.88 %", "2024  2023") is None


def test_the_company_before_segment_is_not_a_part() -> None:
    # "Wren Foundry segment" words are the company's: nothing beyond the company is asked
    assert _other("What was Wren Foundry's segment retail churn in 2024?", "Retail churn 0.91 % 0.88 %",
                  "2024  2023") is None
