"""A refusal names its true check: when the table row closest to the question is found but its
column headings do not say which cell is asked, the answerer says so, rather than that nothing is
close enough. Made-up company and table."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.scoring import UNREAD_CELL
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"quill:{n}", doc_id="quill", title="Quillon Lamps annual report", source="/d/q.txt",
                     page=n, text=text, score=1.0 / n, company="Quillon Lamps", period="FY2023")


# A schedule whose columns are named by words the question does not use ("closing" for "at the end").
_SCHEDULE = ("Valuation and qualifying accounts (in millions)\nOPENING  CHARGED TO EXPENSE  WRITE-OFFS  CLOSING\n"
             "Lamp returns reserve\nFiscal 2023  $ 68  $ 261  $ (274)  $ 55\nFiscal 2022  $ 70  $ 240  $ (242)  $ 68")
_SENTENCE = "Quillon Lamps spent $12 million on lamp marketing in fiscal 2023."


def _ask(question: str) -> tuple[bool, str]:
    hits = [hit(_SCHEDULE), hit(_SENTENCE, 2)]
    a = ExtractiveAnswerer(Settings()).answer(question, hits, parse_question(question, []))
    return a.refused, a.answer


def test_a_found_row_whose_cell_is_unread_is_refused_as_such() -> None:
    refused, text = _ask("How much was the lamp returns reserve of Quillon in fiscal 2023, in USD millions?")
    assert refused
    assert UNREAD_CELL in text
    assert "close enough" not in text


def test_a_sentence_that_states_the_figure_still_answers() -> None:
    refused, text = _ask("How much did Quillon spend on lamp marketing in fiscal 2023, in USD millions?")
    assert not refused
    assert "$12 million" in text


def test_nothing_close_is_still_not_close_enough() -> None:
    refused, text = _ask("How much did Quillon pay in cash dividends to shareholders in fiscal 2023, in USD millions?")
    assert refused
    assert UNREAD_CELL not in text


def test_the_close_enough_census_counts_the_unread_cell_refusal() -> None:
    from bench.close_enough import _refused_here

    assert _refused_here(f"The documents in the library don't say. {UNREAD_CELL}")
    assert _refused_here("The documents in the library don't say. No passage found is close enough to the question to quote.")
    assert not _refused_here("The documents in the library don't say. No passage found mentions Lanterns.")
