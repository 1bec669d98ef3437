"""A question that says where to look ("per the long-term debt note", "from the key financials
table") names the note or table, not what is asked: a note's name heads its page and is rarely
repeated beside its figures, so its words are evidence where a row carries them, no shortfall
where not, and name no part or metric the figure must carry. Made-up companies and sentences."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.answer.scoring import Scorer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from assistant.core.words import stem


def hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"brantley:{n}", doc_id="brantley", title="Brantley Mills annual report",
                     source="/docs/brantley.txt", page=n, text=text, score=1.0 / n,
                     company="Brantley Mills", period="FY2024")


def test_pointer_words_are_where_to_look() -> None:
    q = analyse(parse_question("What were Brantley's diluted shares in 2024, per the share count note of "
                               "its 2024 10-K?", []), [])
    assert stem("diluted") not in q.where
    assert {stem("note"), stem("count")} <= q.where


def test_a_word_asked_outside_the_pointer_is_asked() -> None:
    q = analyse(parse_question("What was the book value of Brantley's 2040 notes, per the borrowings note?", []), [])
    assert stem("notes") not in q.where  # the notes asked about, not the note read
    assert stem("borrowings") in q.where


def test_pointer_is_no_shortfall_but_evidence() -> None:
    hits = [hit("Brantley Mills reported diluted weighted-average shares of 412 million in fiscal 2024."),
            hit("Inventories were $310 million at the end of fiscal 2024.", 2)]
    plain = analyse(parse_question("Brantley Mills diluted weighted-average shares for fiscal 2024?", []), hits)
    pointed = analyse(parse_question("Brantley Mills diluted weighted-average shares for fiscal 2024, per the "
                                     "capital structure note?", []), hits)
    support = {}
    for name, q in (("plain", plain), ("pointed", pointed)):
        units = Scorer(q, hits).run(0.0).units
        support[name] = units[0].support
    assert abs(support["pointed"] - support["plain"]) < 1e-9
    # Where the row carries the note's words, they count for it.
    noted = [hit("Capital structure: diluted weighted-average shares were 412 million in fiscal 2024."), hits[1]]
    q = analyse(parse_question("Brantley Mills diluted weighted-average shares for fiscal 2024, per the "
                               "capital structure note?", []), noted)
    assert Scorer(q, noted).run(0.0).units[0].support > 0.95


def test_pointer_is_not_a_part_asked() -> None:
    hits = [hit("Brantley Mills reported diluted weighted-average shares of 412 million in fiscal 2024.")]
    q = analyse(parse_question("Brantley Mills diluted weighted-average shares for fiscal 2024, per the Capital "
                               "Stock note?", []), hits)
    assert stem("capital") not in q.named and stem("stock") not in q.named


def test_row_under_a_note_answers() -> None:
    hits = [hit("Brantley Mills reported diluted weighted-average shares of 412 million in fiscal 2024."),
            hit("Inventories were $310 million at the end of fiscal 2024.", 2),
            hit("We opened nine mills in fiscal 2024.", 3)]
    ans = ExtractiveAnswerer(Settings(min_support=0.6)).answer(
        "Brantley Mills diluted weighted-average shares for fiscal 2024, per the Capital Stock and Equity "
        "Awards note of its annual report?", hits)
    assert not ans.refused, ans.answer
    assert ans.key_figure is not None and ans.key_figure.value == 412
