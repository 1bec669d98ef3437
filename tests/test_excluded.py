"""A quoted row that is the line the question leaves out ("excluding finance lease obligations")
is no answer; a row that itself says it leaves the line out, or a question leaving nothing out,
keeps its answer."""

from __future__ import annotations

import pytest

from assistant.core.answer.excluded import excluded_quote
from assistant.core.types import Answer, Citation

QUESTION = "How much of Lakeview Rail's scheduled debt repayments fall in 2027 (excluding finance lease obligations)?"


def _answer(quote: str) -> Answer:
    return Answer(question=QUESTION, answer="$31 million [1]", mode="extractive", citations=[
        Citation(n=1, doc_id="lakeview-2024-10k", title="Lakeview 10-K", source="", page=80, quote=quote)])


def test_the_left_out_line_is_no_answer() -> None:
    assert excluded_quote(QUESTION, _answer("Finance lease obligations, minimum  $40  $35  $31")) is not None


@pytest.mark.parametrize("quote", [
    "Debt  $2,100  $1,900  $1,750",
    "Debt excluding finance lease obligations  $2,100  $1,900",
])
def test_other_rows_keep_their_answer(quote: str) -> None:
    assert excluded_quote(QUESTION, _answer(quote)) is None


def test_a_question_leaving_nothing_out_keeps_its_answer() -> None:
    answer = _answer("Finance lease obligations, minimum  $40  $35  $31")
    assert excluded_quote("Lakeview Rail finance lease obligations due in 2027?", answer) is None


def test_other_than_reads_the_same_way() -> None:
    answer = _answer("Finance lease obligations, minimum  $40  $35  $31")
    assert excluded_quote("Lakeview Rail debt due in 2027, other than finance lease obligations?", answer) is not None
