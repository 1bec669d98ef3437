"""A stated lookup read from a table row answers only the row that names what is asked (made-up
tables and companies, our own words)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

TABLE = (
    "Harbor Lane Hotels\n"
    "Reconciliation of coastal resorts net revenues\n"
    "(in thousands) Twelve Months Ended December 31, 2025 2024\n"
    "Coastal resorts net revenues 9,100 8,400\n"
    "Coastal resorts like-for-like net revenues 7,300 6,900"
)


NOTE = ("Harbor Lane Hotels bought two resorts in March, and the newly-bought resorts are left out of "
        "like-for-like figures.")


def _hit(text: str, n: int = 1, kind: str = "table") -> SearchHit:
    return SearchHit(chunk_id=f"hl:{n}", doc_id="hl", title="Harbor Lane Hotels 2025 results", source="/d/hl.txt",
                     page=12, text=text, score=1.0 / n, kind=kind, company="Harbor Lane Hotels", period="FY 2025")


def _ask(question: str) -> tuple[bool, str]:
    a = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [_hit(TABLE), _hit(NOTE, 2, "text")], parse_question(question, []))
    return a.refused, a.answer


def test_a_row_that_leaves_out_the_asked_item_is_refused() -> None:
    # Neither row names the newly bought resorts the question asks about: either cell would be another line.
    refused, text = _ask("How much newly-bought resort net revenue did Harbor Lane Hotels report for 2025? "
                         "USD thousands.")
    assert refused, text
    assert "table row does not name" in text


def test_the_row_that_names_the_asked_item_is_read() -> None:
    refused, text = _ask("How much like-for-like net revenue did Harbor Lane Hotels' coastal resorts "
                         "report for 2025? USD thousands.")
    assert not refused, text
    assert "7,300" in text
