"""A part of the company the question names that heads one of a table's columns (issues 12 and 17).

"Goodwill of the Flexibles segment" read from a row whose columns are the segments ("Flexibles
Rigid Packaging  Total") is the cell under "Flexibles". When the header's column line cannot be
counted out against the row's cells (a heading wrapped onto the line above, a dash cell dropped),
no cell is known to be that part's: the first cell, or the asked year's place in a lead-in, is
another segment's figure, stated with confidence. A reader would not guess; neither do we.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.question import Question
from assistant.core.finance.years import YEAR_WORD
from assistant.core.numbers import Quantity
from assistant.core.words import stem

logger = logging.getLogger(__name__)

__all__ = ["SCALE_PART", "unplaced_part"]

# A heading line's first part that gives the table's scale, not a column: "($ in millions)".
SCALE_PART = re.compile(r"(?i)^\(?\s*(?:\$\s*)?(?:in\s+)?(?:\$\s*)?(?:millions|thousands|billions|dollars)\b")
_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9&]*")


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORDS.findall(text)}


def unplaced_part(q: Question, header: str, cells: list[Quantity], row: str | None) -> bool:
    """True when a name the question is about (`q.named`: "Flexibles", "Corporate/Other") is one
    of several headings on a column line of `header` (no years on that line), the row's own label
    does not name it, and the row holds several figures: the caller could not place its column, so
    no cell of this row is the named part's."""
    if not q.named or row is None or len(cells) < 2 or len({c.value for c in cells}) < 2:
        return False
    label = _stems(row[: cells[0].start])
    named = {s for s in q.named if s not in q.company}
    if not named or named & label:
        return False
    for line in [ln for ln in header.split("\n") if ln.strip()][-3:]:
        parts = [p.strip() for p in re.split(r"\s{2,}", line) if p.strip()]
        if parts and SCALE_PART.match(parts[0]):
            parts = parts[1:]
        if len(parts) < 2 or YEAR_WORD.search(line):
            continue
        if any(named & _stems(p) for p in parts):
            logger.debug("column of %s not placed in %r", sorted(named), line)
            return True
    return False
