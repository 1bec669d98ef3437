"""A computed answer that quotes one table row's level ("Other income for FY2022 was $181 million
(Column: 2022; row: ...)") does not answer a question about how much a figure moved between two
periods ("by how many dollars did it improve from 2022 to 2023"): the level of one year is not the
change. Such an answer gives way to the passages, whose own checks then ask for a stated change."""

from __future__ import annotations

import re

from assistant.core.finance.cash_flow_lines import cash_flow_line
from assistant.core.finance.plan import plan_question
from assistant.core.types import Answer

__all__ = ["level_for_change"]

# "By how much did X move", "by how many dollars did X improve": a size of a movement asked.
_BY_HOW = re.compile(r"(?i)\bby\s+how\s+(?:much|many)\b")
# The computed path's quote of one row's cell, with no arithmetic shown.
_ONE_CELL = re.compile(r"\(Column: [^;]*; row: ")


def level_for_change(want: str, question: str, years: frozenset[int], answer: Answer) -> bool:
    """Whether `answer`, a computed figure, is one row's level where a change is asked."""
    if answer.refused or not _ONE_CELL.search(answer.answer) or "Working:" in answer.answer:
        return False
    if (line := cash_flow_line(question)) is not None and (plan := plan_question(question)) is not None and plan.concept == line:
        return False  # the cash flow statement's working-capital row is the movement asked
    return want == "change" or (bool(_BY_HOW.search(question)) and len(years) >= 2)
