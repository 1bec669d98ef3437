"""Extractive follow-ups carry the previous question's company, line item and period."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Library
from assistant.core.answering import ask
from assistant.core.followup import carry_over
from assistant.core.settings import Settings
from assistant.core.types import DocumentRecord
from tests.conftest import FINANCEBENCH, SAMPLE

DOCS = [
    DocumentRecord(doc_id=c.lower(), title=c, source="/x", sha256="0", pages=1, company=c)
    for c in ("Best Buy", "Nokia", "Smartoptics")
]


def test_follow_up_inherits_what_it_leaves_out() -> None:
    best_buy = [("Best Buy net earnings for the quarter ended July 29, 2023?", "$274 million")]
    assert carry_over("And for the six months?", best_buy, DOCS) == (
        "And for the six months? (Best Buy, net earnings, July 29, 2023)"
    )
    smop = [("What was Smartoptics revenue in Q1 2026?", "$22.91 million")]
    assert carry_over("What about Nokia?", smop, DOCS) == "What about Nokia? (revenue, Q1 2026)"
    # A follow-up that names its own span keeps it: only the year comes along.
    assert carry_over("And for the year?", smop, DOCS) == "And for the year? (Smartoptics, revenue, 2026)"
    # A complete question, or no history: unchanged.
    full = "What was Nokia's revenue in Q1 2026?"
    assert carry_over(full, smop, DOCS) == full
    assert carry_over("And for the year?", [], DOCS) == "And for the year?"


def test_extractive_follow_up_is_searched_with_the_context(tmp_path: Path) -> None:
    library = Library(Settings(home=tmp_path, embedding_backend="hash"))
    library.ingest([SAMPLE])
    first = "What was Nokia's comparable operating profit in Q1 2026?"
    answer = ask("And gross margin?", library=library, history=[(first, "€281 million")])
    assert answer.mode == "extractive"
    assert answer.standalone_question is not None and "Nokia" in answer.standalone_question
    assert "45.5" in answer.answer, "the follow-up is answered from Nokia's notes"


BEST_BUY_10Q = FINANCEBENCH / "pdfs" / "BESTBUY_2024Q2_10Q.pdf"


@pytest.mark.skipif(not BEST_BUY_10Q.is_file(), reason=f"{BEST_BUY_10Q} not found")
def test_six_months_follow_up_takes_the_six_months_column(tmp_path: Path) -> None:
    """The case the issue reported: the follow-up got a cash-flow header row, marked verified.
    Now it is searched with the company, item and date, answered from the six-month column,
    and verified with that column named."""
    from assistant.ui.verdict import verification

    library = Library(Settings(home=tmp_path, embedding_backend="hash"))
    library.ingest([BEST_BUY_10Q])
    first = "Best Buy net earnings for the quarter ended July 29, 2023?"
    quarter = ask(first, library=library)
    assert quarter.key_figure is not None and quarter.key_figure.text == "$274 million"
    six = ask("And for the six months?", library=library, history=[(first, quarter.answer)])
    assert six.key_figure is not None and six.key_figure.text == "$518 million"
    assert six.citations and six.citations[0].page == 4
    verdict = verification(six)
    assert verdict is not None and verdict.state == "verified" and "Six Months Ended July 29, 2023" in verdict.reason
    prior = ask("What were Best Buy's net earnings for the six months ended July 30, 2022?", library=library)
    assert prior.key_figure is not None and prior.key_figure.text == "$647 million"
