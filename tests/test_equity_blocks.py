"""The statement of shareholders' equity read by its blocks (answer/equity_blocks.py), on an
invented statement: each movement dated by the balance lines around it, the total column found by
the sum of the components, brackets read as the direction of a deduction."""

from __future__ import annotations

from assistant.core.answer.equity_blocks import equity_answer, equity_rows
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

_HEAD = ("Veltrano Kitchens, Inc. Consolidated Statements of Shareholders' Equity\n"
         "(in millions, except per share amounts)\n"
         "Common  Additional  Retained  Accumulated Other  Total\n"
         "Stock  Paid-in Capital  Earnings  Comprehensive Loss  Equity")
_ROWS = [
    "Balance, March 31, 2040  $  12  $  410  $  2,305  $  (88)  $  2,639\n"
    "Net earnings  —  —  515  —  515\n"
    "Dividends declared, $1.10 per share  —  —  (143)  —  (143)\n"
    "Purchase of treasury stock  —  (20)  (260)  —  (280)",
    "Balance, March 31, 2041  12  390  2,417  (88)  2,731\n"
    "Net earnings  —  —  602  —  602\n"
    "Dividends declared, $1.25 per share  —  —  (161)  —  (161)\n"
    "Stock issued under employee plans  1  47  —  —  48\n"
    "Purchase of treasury stock  —  (15)  (305)  —  (320)",
    "Balance, March 31, 2042  $  13  $  422  $  2,553  $  (91)  $  2,897",
]


def _chunks() -> list[StoredChunk]:
    return [StoredChunk(f"veltrano-41:{i:05d}", f"{_HEAD}\n{text}", {"page": 57, "index": i, "kind": "equity"})
            for i, text in enumerate(_ROWS)]


def _hits() -> list[SearchHit]:
    return [SearchHit(chunk_id="veltrano-41:00001", doc_id="veltrano-41", title="Veltrano Kitchens 10-K 2042",
                      source="veltrano.pdf", page=57, text=_ROWS[1], score=1.0, company="Veltrano Kitchens, Inc.")]


def _ask(question: str) -> str | None:
    answer = equity_answer(question, _hits(), lambda doc_id: _chunks())
    return answer.key_figure.text if answer is not None and answer.key_figure is not None else None


def test_rows_are_dated_by_the_balance_lines_around_them() -> None:
    rows = {(r.label, r.end.year): r for r in equity_rows(_chunks())}
    treasury = rows[("Purchase of treasury stock", 2042)]
    assert treasury.start is not None and treasury.start.year == 2041 and treasury.total == -320
    assert rows[("Purchase of treasury stock", 2041)].total == -280
    assert rows[("Balance, March 31, 2042", 2042)].start is None


def test_a_movement_is_read_from_its_years_block_in_the_total_column() -> None:
    assert _ask("How much did Veltrano spend on purchase of treasury stock in fiscal 2042? USD millions.") == "$320 million"
    assert _ask("Dividends declared by Veltrano in fiscal 2041, per its equity statement? USD millions.") == "$143 million"
    assert _ask("Veltrano: stock issued under employee plans in fiscal 2042? USD millions.") == "$48 million"


def test_a_balance_is_read_at_its_own_date() -> None:
    assert _ask("Veltrano's total shareholders' equity at March 31, 2041? USD millions.") == "$2,731 million"


def test_no_row_answers_another_period_a_component_or_a_ratio() -> None:
    assert _ask("Dividends declared by Veltrano in fiscal 2043? USD millions.") is None
    assert _ask("Veltrano's retained earnings at March 31, 2041? USD millions.") is None
    assert _ask("Veltrano's dividends declared as a percentage of net earnings in fiscal 2042?") is None
    assert _ask("Veltrano's dividends declared per share in fiscal 2042? USD.") is None


def test_a_part_asked_in_a_row_is_not_the_row() -> None:
    # the row is "Purchase of treasury stock"; the question asks a part of what it holds
    assert _ask("Veltrano's fees paid to brokers in purchase of treasury stock in fiscal 2042? USD millions.") is None


def test_a_rate_printed_in_the_label_does_not_make_the_total_a_per_share_figure() -> None:
    from assistant.core.answer.stated_unit import unit_doubt

    question = "Dividends declared by Veltrano in fiscal 2042, per its equity statement? USD millions."
    answer = equity_answer(question, _hits(), lambda doc_id: _chunks())
    assert answer is not None and unit_doubt(question, answer) is None
    # the rate itself quoted as the figure is still per share
    rate = answer.model_copy(update={"key_figure": answer.key_figure.model_copy(update={"value": 1.25, "text": "$1.25"})
                                     if answer.key_figure else None})
    assert unit_doubt(question, rate) is not None
