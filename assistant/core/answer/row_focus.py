"""A table row answers only the line item the question asks about (issue 12).

A stated lookup read from a table takes the cell of one row; when that row's label, the table's
column header and the heading just above it leave out a word of what the question asks about (its
focus: "acquired-resort net revenue", "deferred tax valuation allowance"), the row is another line
item of the same table ("same-store net revenues" for the acquired resorts' revenue), and its cell
is a confident wrong figure. A sentence may name its subject a clause away and is left to the other
checks; a row has nowhere else to say it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from assistant.core.answer.question import Question
from assistant.core.answer.text import heading_before
from assistant.core.answer.unit_choice import Unit
from assistant.core.answer.units import word_stems
from assistant.core.types import SearchHit

__all__ = ["row_leaves_out"]

logger = logging.getLogger(__name__)


def row_leaves_out(q: Question, hits: list[SearchHit], unit: Unit,
                   match: Callable[[str, set[str]], float], weights: dict[str, float]) -> list[str]:
    """The focus words (surface forms) the table row `unit` does not name, through its label,
    its column header or the heading above it; empty for a sentence or when the question's focus
    is unclear. Only words the scorer weighs count (the company and the period do not)."""
    if not unit.row or not q.focus:
        return []
    hit = hits[unit.hit]
    said = unit.stems | word_stems(unit.header) | word_stems(heading_before(hit.text, unit.start))
    left = [w for s, w in q.focus.items() if s in weights and match(s, said) < 0.9]
    if left:
        logger.debug("table row leaves out the asked %s", " ".join(left))
    return left
