"""The spans a question asks for, read apart from the filing it names as its source: "the twelve
months ended June 30, 2023, per its Q4 release" asks the twelve months; the "Q4" names which
document to read, not a quarter's column (`finance.question_periods.DOC_REF`, as the question's
periods are read)."""

from __future__ import annotations

import re

from assistant.core.answer.cell_columns import SPAN
from assistant.core.finance.question_periods import DOC_REF

__all__ = ["question_spans"]

# What may stand between a span word and the filing it names: "Q4 FY2023 release", "Q2 fiscal 2024
# 10-Q", "Q1 2023 earnings release", "annual report".
_YEAR_OF = re.compile(r"(?i)^[\s-]*(?:(?:fiscal\s+(?:year\s+)?|fy\s*)?['’]?(?:(?:19|20)\d\d|\d\d)(?![-\w]))?")


def names_filing(text: str, end: int) -> bool:
    """Whether the span word ending at `end` names a filing ("its Q4 release"), not a period."""
    rest = text[end:]
    m = _YEAR_OF.match(rest)
    return DOC_REF.match(rest[m.end() if m else 0 :]) is not None


def question_spans(text: str) -> list[str]:
    """The spans `text` names, in order ("three", "six", "nine", "twelve"), leaving out those that
    only name its source filing."""
    return [m.lastgroup or "" for m in SPAN.finditer(text) if not names_filing(text, m.end())]
