"""A half or nine months asked of a table whose header groups its columns by span ("Three Months
Ended ... Six Months Ended" over "2023 2022 2023 2022"). Such a table is no quarter's table: its
header names the asked span among others, and `columns.locate_column` reads the asked group's
cell. `derived_fit.span_clash` took the header's quarter words for the whole table and set
every row aside when a question asked "the first six months of 2023"."""

from __future__ import annotations

import logging

from assistant.core.answer.cell_columns import SPAN

__all__ = ["asked_part_spans", "header_offers_span"]

logger = logging.getLogger(__name__)

_PART = frozenset({"six", "nine"})


def _spans(text: str) -> set[str]:
    return {m.lastgroup or "" for m in SPAN.finditer(text)}


def asked_part_spans(question: str) -> set[str]:
    """The part-year spans longer than a quarter a question names: "six" for "the first six months
    of 2023", "first half", "H1"; "nine" for "nine months ended"."""
    return _spans(question) & _PART


def header_offers_span(question: str, header: str) -> bool:
    """Whether a table header that names a quarter also names the half or nine months the
    question asks, as one of its column groups: the asked group's cells are there to read."""
    asked = asked_part_spans(question)
    spans = _spans(header)
    return bool(asked) and "three" in spans and bool(asked & spans)
