"""A row the question names by its label, which the statements did not give, is never summed from
prose figures (made-up sentences)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.statement_ask import statement_ask
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

TEXT = ("In 2022 Acme's long-term debt issuances were $1.7 billion, its short-term debt repayments were $2.5 billion "
        "and its debt redemptions were $3.4 billion.")


def test_a_labelled_total_is_not_summed_from_prose_parts() -> None:
    question = "What was Acme's total debt at the end of 2022? USD millions."
    ask = statement_ask(question)
    assert ask is not None and ask.kind == "label"
    hit = SearchHit(chunk_id="acme:40", doc_id="acme-10k", title="Acme 10-K", source="", page=40, text=TEXT,
                    score=1.0, company="Acme Robotics", period="FY2022")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], None, ask)
    assert answer.key_figure is None or answer.key_figure.value not in (7.6, 7_600.0)
    assert "computed from the stated figures" not in answer.answer
