"""A figure of one span never answers a question about another: a quarter's column is no full year's
figure, and a figure listed "for the three months ended ..., respectively" is no six months' figure
(made-up filings)."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.qualifiers import respective_span
from assistant.core.number_parsing import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit


def _ask(question: str, text: str, company: str, period: str | None = None) -> Answer:
    hits = [SearchHit(chunk_id="d:1", doc_id="d", title=f"{company} release", source="/d/d.pdf", page=3,
                      text=text, score=1.0, company=company, period=period)]
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))


def _value(answer: Answer) -> float | None:
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


# A release whose table covers the fourth quarter only: its columns are two quarters, not two years.
QUARTER_TABLE = ("Reconciliation of Adjusted Earnings per Share\n"
                 "Three Months Ended December 31,\n2024  2023\n"
                 "Adjusted diluted earnings per share $ 0.64 $ 0.97")


@pytest.mark.parametrize("question", [
    "What was Gannet Hotels' adjusted diluted EPS for full-year 2023?",
    "What adjusted diluted earnings per share did Gannet Hotels earn in fiscal year 2024?",
    "What was Gannet Hotels' adjusted diluted earnings per share in 2023?",
])
def test_a_quarter_column_does_not_answer_a_whole_year(question: str) -> None:
    assert _value(_ask(question, QUARTER_TABLE, "Gannet Hotels")) is None


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Gannet Hotels' adjusted diluted EPS in the fourth quarter of 2023?", 0.97),
    ("What adjusted diluted earnings per share did Gannet Hotels earn in Q4 2024?", 0.64),
])
def test_a_quarter_column_still_answers_its_quarter(question: str, expected: float) -> None:
    assert _value(_ask(question, QUARTER_TABLE, "Gannet Hotels")) == pytest.approx(expected)


SIX_MONTHS_TABLE = ("Six Months Ended June 30,\n2024  2023\n"
                    "Net revenues $ 4,120 $ 3,870")


def test_a_half_year_question_reads_the_half_year_columns() -> None:
    question = "What were Gannet Hotels' net revenues in the first six months of 2024?"
    assert _value(_ask(question, SIX_MONTHS_TABLE, "Gannet Hotels", period="Q2 2024")) == pytest.approx(4120)


LEGAL = ("Other expense included litigation expense of $310 million and $55 million for the three months ended "
         "June 30, 2024 and 2023, respectively, and $472 million and $140 million for the six months ended "
         "June 30, 2024 and 2023, respectively.")


def test_the_span_after_a_respectively_list_dates_its_figures() -> None:
    figs = [f for f in parse_quantities(LEGAL) if not f.is_year]
    assert [respective_span(LEGAL, f) for f in figs[:4]] == [3, 3, 6, 6]


def test_a_half_year_asked_passes_over_the_quarter_pair() -> None:
    question = "How much litigation expense did Pellam Bank record in the first half of 2024?"
    assert _value(_ask(question, LEGAL, "Pellam Bank", period="Q2 2024")) == pytest.approx(472)
