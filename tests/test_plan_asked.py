"""A plan asked ("did it plan to invest") is not answered by a table row that states no outlook: the row
is what was done or held (answer.figure_checks); a sentence stating the plan still answers (made-up filing)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

TABLE = ("Property and equipment (in millions)  2025  2024\n"
         "Machinery and tooling  1,240  1,105\n"
         "Property and equipment, less accumulated depreciation  2,310  2,190\n")
PROSE = ("Capital plans\n"
         "In 2026 Quillon Tools plans to invest approximately $280 million in property and equipment, "
         "mainly in new tooling lines.\n")


def _ask(question: str, text: str, kind: str) -> Answer:
    hit = SearchHit(chunk_id="q:1", doc_id="q", title="Quillon Tools 10-K", source="/q/q.pdf", page=40,
                    text=text, score=1.0, company="Quillon Tools", period=None, kind=kind)
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))


def test_a_table_row_of_results_never_answers_a_plan() -> None:
    got = _ask("How much did Quillon Tools plan to invest in property and equipment in 2025?", TABLE, "table")
    assert got.refused and "2,310" not in got.answer, got.answer


def test_a_sentence_stating_the_plan_answers_it() -> None:
    got = _ask("How much did Quillon Tools plan to invest in property and equipment in 2026?", PROSE, "text")
    assert not got.refused and "280" in got.answer, got.answer


def test_a_result_asked_still_takes_the_row() -> None:
    got = _ask("What was Quillon Tools' machinery and tooling in 2025?", TABLE, "table")
    assert not got.refused and "1,240" in got.answer, got.answer
