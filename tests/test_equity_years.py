"""Equity statements read in their two other layouts (answer/equity_blocks.py), on invented
statements: years printed as columns over blocks of rows per part of equity (a "Shares  Amount"
pair under each year), and blocks whose rows print only their non-empty cells."""

from __future__ import annotations

from assistant.core.answer.equity_blocks import equity_answer, year_rows
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

_YEARS_HEAD = ("Years Ended December 31,  2043  2042  2041\n"
               "Shares  Amount  Shares  Amount  Shares  Amount")
_YEARS = [
    "Orsolo Foods Consolidated Statements of Changes in Equity (dollars in millions, shares in thousands)",
    "Common Stock\n"
    "Balance at beginning of year  900  $  9  900  $  9  900  $  9\n"
    "Balance at end of year  900  9  900  9  900  9\n"
    "Retained Earnings\n"
    "Balance at beginning of year  5,210  4,980  4,700\n"
    "Net income attributable to Orsolo  700  650  630\n"
    "Dividends declared ($1.40, $1.30, $1.20 per share)  (440)  (420)  (350)\n"
    "Stock awards settled  (12)  (9)  (7)",
    "Treasury Stock\n"
    "Balance at beginning of year  (40)  (1,300)  (36)  (1,180)  (33)  (1,100)\n"
    "Purchase of treasury stock  (3)  (150)  (4)  (120)  (3)  (80)\n"
    "Stock awards settled  1  30  —  10  —  8\n"
    "Balance at end of year  (42)  (1,420)  (40)  (1,300)  (36)  (1,180)",
]

_SPARSE_HEAD = ("Corvane Tools Consolidated Statements of Equity (Dollars in Millions)\n"
                "Total  Retained Earnings  Accumulated Other Comprehensive Income  Treasury Stock Amount")
_SPARSE = [
    "Balance, December 31, 2040  $  8,100  9,000  (500)  (400)\n"
    "Net earnings  900  900\n"
    "Cash dividends paid ($2.00 per share)  (300)  (300)\n"
    "Repurchase of common stock  (250)  (250)\n"
    "Other comprehensive loss  (60)  (40)",
    "Balance, December 31, 2041  $  8,390  9,600  (560)  (650)",
]


def _ask(question: str, doc: str, head: str, texts: list[str]) -> str | None:
    chunks = [StoredChunk(f"{doc}:{i:05d}", f"{head}\n{t}", {"page": 60, "index": i, "kind": "equity"})
              for i, t in enumerate(texts)]
    hits = [SearchHit(chunk_id=chunks[1].chunk_id, doc_id=doc, title=f"{doc} 10-K", source=f"{doc}.pdf", page=60,
                      text=texts[1], score=1.0, company=doc)]
    answer = equity_answer(question, hits, lambda doc_id: chunks)
    return answer.key_figure.text if answer is not None and answer.key_figure is not None else None


def _years(question: str) -> str | None:
    return _ask(question, "orsolo", _YEARS_HEAD, _YEARS)


def test_each_row_is_read_under_its_year_and_the_amount_of_a_pair() -> None:
    chunks = [StoredChunk(f"o:{i}", f"{_YEARS_HEAD}\n{t}", {"index": i}) for i, t in enumerate(_YEARS)]
    rows = {(r.label, r.year): r.total for r in year_rows(chunks)}
    assert rows[("Net income attributable to Orsolo", 2042)] == 650
    assert rows[("Purchase of treasury stock", 2042)] == -120  # the amount, not the 4 thousand shares
    assert not any(label.startswith("Balance") for label, _ in rows)


def test_a_row_is_answered_from_the_asked_years_column() -> None:
    assert _years("Dividends Orsolo declared in 2042, per its statement of changes in equity? USD millions.") \
        == "$420 million"
    assert _years("How much did Orsolo spend on purchase of treasury stock in 2041? USD millions.") == "$80 million"


def test_another_year_a_repeated_row_or_a_change_gives_nothing() -> None:
    assert _years("Dividends Orsolo declared in 2040, per its statement of changes in equity? USD millions.") is None
    # printed in two parts' blocks: which one is asked is not said
    assert _years("Orsolo's stock awards settled in 2043? USD millions.") is None
    # the statement's name asks no change; a change asked in words still does
    assert _years("What was the change in dividends declared by Orsolo from 2041 to 2042? USD millions.") is None


def test_a_row_printing_only_some_cells_is_not_read() -> None:
    # blank cells dropped: which cell is the total is not told by position
    assert _ask("Corvane's repurchase of common stock in 2041, per its statement of equity? USD millions.",
                "corvane", _SPARSE_HEAD, _SPARSE) is None


def test_a_row_named_only_as_a_notes_name_is_not_asked() -> None:
    rows = [*_YEARS[:2], _YEARS[2].replace("Stock awards settled  1  30  —  10  —  8", "Share-based compensation  95  80  70")]
    assert _ask("Orsolo's share-based compensation in 2042, per its statement of equity? USD millions.",
                "orsolo", _YEARS_HEAD, rows) == "$80 million"
    # the row's words name the note to read; the question asks one award type's expense in it
    assert _ask("Orsolo's performance unit expense in 2042 (share-based compensation note)? USD millions.",
                "orsolo", _YEARS_HEAD, rows) is None
