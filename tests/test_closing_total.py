"""A table row is part of the total that closes its block: a passage cut from the middle of a
statement may repeat the table's first heading ("Assets") over liability rows, or carry another
table's title; the "Total ..." line below the row says what it is (made-up company Heron Mills)."""

from __future__ import annotations

from assistant.core.answer.closing_total import closing_total
from assistant.core.answer.metric_check import unit_other_metric
from assistant.core.answer.question import analyse
from assistant.core.answer.spans import split_units
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit

# the second chunk of a balance sheet: the chunker repeated the table's top lines, "Assets" among them
_LIABILITIES = """(Dollars in millions)
December 31,  2024  2023
Assets
Customer deposits  4,210  3,980
Total current liabilities  12,400  11,870
Environmental remediation reserve  1,315  1,402
Deferred compensation  640  615
Total liabilities  20,115  19,300
Shareholders' equity:"""

# two tables on one page: the second's rows under the first's title
_EXPENSES = """Below is a breakdown of Licensing and other revenue for the years ended December 31:
(Millions)  2024  2023  2022
Freight and warehousing  $  812  $  774  $  701
Outside consultants  455  430  398
Total other operating expenses  $  1,267  $  1,204  $  1,099
NOTE 14
LEASES"""

_ASSETS = """(Dollars in millions)
December 31,  2024  2023
Assets
Prepaid insurance  210  190
Restricted funds  95  88
Total current assets  9,800  9,100"""


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="h:0", doc_id="h", title="Heron Mills 10-K", source="/h.pdf", page=41, text=text,
                     score=1.0, company="Heron Mills", period=None)


def _row(text: str, label: str) -> Unit:
    a, b, row, header = next(s for s in split_units(text) if text[s[0] : s[1]].startswith(label))
    fig = next(x for x in parse_quantities(text[a:b]) if not x.is_year)
    return Unit(hit=0, pos=0, start=a, end=b, row=row, header=header, stems=set(), figure=fig)


def _other(question: str, text: str, label: str) -> str | None:
    q = analyse(parse_question(question, []), [_hit(text)])
    return unit_other_metric(q, [_hit(text)], _row(text, label))


def test_the_closing_total_is_read_below_the_row_in_its_table() -> None:
    start = _row(_LIABILITIES, "Environmental").start
    assert closing_total(_LIABILITIES, start) == "Total liabilities"
    assert closing_total(_EXPENSES, _row(_EXPENSES, "Freight").start) == "Total other operating expenses"
    # prose ends the block before any total: none
    text = "(Millions)  2024  2023\nRoyalties  40  38\nThe royalties are paid quarterly by licensees.\nTotal  90  80"
    assert closing_total(text, _row(text, "Royalties").start) is None


def test_a_liability_row_under_a_repeated_assets_heading_is_a_liability() -> None:
    question = "What liability for environmental remediation did Heron Mills report at December 31, 2024? USD millions."
    assert _other(question, _LIABILITIES, "Environmental") is None


def test_an_expense_row_under_another_tables_title_is_an_expense() -> None:
    question = "What did Heron Mills spend on freight and warehousing in 2023 (other operating expenses)? $M"
    assert _other(question, _EXPENSES, "Freight") is None


def test_a_total_of_another_measure_still_refuses() -> None:
    # the rows add up to current assets: a liability asked is not among them
    question = "What liability for restricted funds did Heron Mills report at December 31, 2024? USD millions."
    assert _other(question, _ASSETS, "Restricted") is not None


def test_a_loss_per_share_row_is_the_earnings_per_share_line() -> None:
    text = ("Consolidated Statements of Operations\n(Dollars in millions, except per share data)\n"
            "Years ended December 31,  2024  2023\nBasic loss per share  ($3.10)  ($1.25)\n"
            "Diluted loss per share  ($3.10)  ($1.25)")
    question = "Heron Mills' diluted earnings (loss) per share for 2024? USD, negative for a loss."
    assert _other(question, text, "Diluted") is None
