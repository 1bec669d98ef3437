"""An amount the question says sits in a line ("tooling deposits included in other current
assets", "move charges recorded in SG&A") is a part of that line: the line's whole row never
answers it, a row that names the amount may (made-up questions and rows)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact
from assistant.core.finance.near_concepts import amount_sitting_in

Y23 = date(2023, 12, 31)


def fact(concept: str | None, label: str, value: float, statement: str, page: int = 40) -> Fact:
    return Fact(concept=concept, label=label, period_end=Y23, period="FY2023", duration_months=0 if
                statement == "balance_sheet" else 12, value=value, unit="USD", scale="million", statement=statement,
                doc_id="acme", page=page, row=f"{label} {value:,.0f}", company="Acme Tools", column="2023")


@pytest.mark.parametrize("question, words", [
    ("Acme Tools 10-K: tooling deposits included in other current assets at December 31, 2023?", ["tooling", "deposits"]),
    ("Acme Tools, move note: 2021 Relocation Plan charges recorded in SG&A in 2023? $M.", ["relocation", "plan", "charges"]),
    ("What was recorded in Acme Tools' SG&A in 2023?", []),  # the verb has no amount of its own
    ("Acme Tools' revenue reported in the income statement for 2023?", []),  # a statement, not a line
    ("Acme Tools' revenue as reported in its 10-K for 2023?", []),
])
def test_the_amount_before_the_line_it_sits_in(question: str, words: list[str]) -> None:
    assert amount_sitting_in(question) == words


def test_the_whole_line_never_answers_a_part_sitting_in_it() -> None:
    rows = [fact(None, "Other current assets", 900, "balance_sheet"),
            fact(None, "Total current assets", 5_000, "balance_sheet")]
    q = "Acme Tools 10-K: tooling deposits included in other current assets at December 31, 2023? USD millions."
    got = answer_from_facts(q, rows, company="Acme Tools")
    assert got is None or got.refused, got.answer
    plain = answer_from_facts("Acme Tools' other current assets at December 31, 2023? USD millions.", rows,
                              company="Acme Tools")
    assert plain is not None and not plain.refused and "900" in plain.answer, plain


def test_a_row_that_names_the_part_still_answers() -> None:
    rows = [fact(None, "Other current assets", 900, "balance_sheet"),
            fact(None, "Tooling deposits included in other current assets", 120, "supplementary", page=52)]
    q = "Acme Tools 10-K: tooling deposits included in other current assets at December 31, 2023? USD millions."
    got = answer_from_facts(q, rows, company="Acme Tools")
    assert got is None or got.refused or "120" in got.answer, got.answer
