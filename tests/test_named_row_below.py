"""The row a question names by its label, ranked below a row it does not name, answers only when
its label carries more of the question than every row above it (answer.named_row.named_row_below);
made-up company and tables."""

from __future__ import annotations

from assistant.core.answer.named_row import named_row_below
from assistant.core.answer.statement_ask import StatementAsk, statement_ask
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.types import SearchHit

HEADER = "Quillon Labs balance sheet (MILLIONS) 2024 2023"


def _hit(i: int, text: str) -> SearchHit:
    return SearchHit(chunk_id=f"quillon:{i}", doc_id="quillon-24", title="Quillon Labs 10-K", source="/d/q.pdf",
                     page=50 + i, text=text, score=1.0, company="Quillon Labs", period="FY2024")


def _ranked(*rows: str, sentence: bool = False) -> tuple[list[SearchHit], list[Unit]]:
    hits = [_hit(i, t) for i, t in enumerate(rows)]
    units = [Unit(i, 0, 0, len(t), not (sentence and i == 0), HEADER, set(), support=0.6, score=1.0 - i / 10,
                  figure=next(x for x in parse_quantities(t) if not x.is_year)) for i, t in enumerate(rows)]
    return hits, units


def _ask(question: str) -> StatementAsk:
    ask = statement_ask(question)
    assert ask is not None and ask.kind == "label"
    return ask


ASKED = "What were Quillon Labs' held-to-maturity bonds at the end of fiscal 2024? USD millions."


def test_the_row_carrying_the_asked_qualifier_answers_below_the_unqualified_row() -> None:
    hits, ranked = _ranked("Bonds available for sale  4,410  3,380", "Bonds held to maturity  2,215  2,190")
    assert named_row_below(_ask(ASKED), hits, ranked) is ranked[1]


def test_a_row_carrying_other_words_of_the_question_than_the_row_above_does_not_answer() -> None:
    # the lower row names "maturity" but not "bonds": it is not more of the question than the top row
    hits, ranked = _ranked("Bonds available for sale  4,410  3,380", "Loans held to maturity  1,062  955")
    assert named_row_below(_ask(ASKED), hits, ranked) is None


def test_nothing_is_taken_below_a_sentence() -> None:
    hits, ranked = _ranked("Bonds we held rose to $4,410 million in 2024 from $3,380 million.",
                           "Bonds held to maturity  2,215  2,190", sentence=True)
    assert named_row_below(_ask(ASKED), hits, ranked) is None


def test_a_row_the_question_does_not_name_does_not_answer_from_below() -> None:
    hits, ranked = _ranked("Bonds available for sale  4,410  3,380", "Equity securities held  715  690")
    assert named_row_below(_ask(ASKED), hits, ranked) is None


def test_a_row_named_only_by_the_questions_period_does_not_answer() -> None:
    ask = _ask("What were Quillon Labs' held-to-maturity bonds at the end of June 2024? USD millions.")
    hits, ranked = _ranked("Bonds available for sale  4,410  3,380", "June  2,215  2,190")
    assert named_row_below(ask, hits, ranked) is None


def test_nothing_is_taken_below_a_top_row_that_names_nothing_of_the_question() -> None:
    hits, ranked = _ranked("Corporate  4,410  3,380", "Bonds held to maturity  2,215  2,190")
    assert named_row_below(_ask(ASKED), hits, ranked) is None
