"""A half or nine months asked of a header that groups quarter and half columns (made-up headers)."""

from __future__ import annotations

import pytest

from assistant.core.answer.half_span import asked_part_spans, header_offers_span

GROUPED = "Three Months Ended  Six Months Ended\nJuly 1, 2024  July 2, 2023  July 1, 2024  July 2, 2023"


@pytest.mark.parametrize(("question", "spans"), [
    ("What share of revenue in the first six months of 2024 came from Bolts?", {"six"}),
    ("Growth in first half 2024 sales over the first half of 2023?", {"six"}),
    ("Revenue for the nine months ended September 30, 2024?", {"nine"}),
    ("Revenue in the second quarter of 2024?", set()),
    ("Revenue in fiscal 2024?", set()),
])
def test_the_part_year_spans_a_question_names(question: str, spans: set[str]) -> None:
    assert asked_part_spans(question) == spans


def test_a_header_offers_the_half_asked_only_when_it_names_it() -> None:
    half = "What did Kestrel Mills spend in the six months ended July 1, 2024?"
    assert header_offers_span(half, GROUPED)
    assert not header_offers_span(half, "Three Months Ended\nJuly 1, 2024  July 2, 2023")  # a quarter's table
    assert not header_offers_span("What did Kestrel Mills spend in the second quarter of 2024?", GROUPED)
    assert not header_offers_span("What did it spend in the nine months ended September 29, 2024?", GROUPED)
