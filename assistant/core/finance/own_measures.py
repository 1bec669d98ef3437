"""A company's own measure inside a formula the question defines.

Releases print measures of their own beside the statements: adjusted EBIT, underlying EBITDA,
core operating profit. A question naming one asks that printed line, never the catalogue's
statement formula of the plain name (operating income plus D&A is no company's *underlying*
EBITDA), so such questions get no statement plan (`plan._QUALIFIED`). A formula the question
defines over the measure's printed row ("interest cover, defined as adjusted EBIT divided by net
finance costs") is still worked out: there the measure is an operand named as printed
(`labels.LABEL_PREFIX`), read from the company's own row, and the qualifier names that row, not a
basis the statements lack."""

from __future__ import annotations

import logging
import re
from itertools import pairwise

from assistant.core.finance.labels import LABEL_PREFIX

__all__ = ["MEASURE_WORD", "rows_carry_qualifiers"]

logger = logging.getLogger(__name__)

# The words that make a line the company's own measure rather than a statement line.
MEASURE_WORD = re.compile(r"^(?:adjusted|underlying|non-?gaap|core|comparable|normali[sz]ed)$", re.I)


def _key(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def rows_carry_qualifiers(qualifiers: list[str], formula: str | None) -> bool:
    """Whether every qualifier a question says (`qualifiers`, as `plan._QUALIFIED` found them) is a
    measure word naming a printed row of its defined `formula`: "adjusted" in "row_adjusted_ebit"."""
    if not qualifiers or formula is None or LABEL_PREFIX not in formula:
        return False
    rows = re.findall(rf"{re.escape(LABEL_PREFIX)}\w+", formula)
    row_words: set[str] = set()
    for row in rows:
        words = [_key(w) for w in row[len(LABEL_PREFIX):].split("_")]
        row_words.update(words)
        row_words.update(a + b for a, b in pairwise(words))  # "non_gaap" is "non-GAAP"
    carried = all(MEASURE_WORD.match(q.strip()) and _key(q) in row_words for q in qualifiers)
    if carried:
        logger.debug("own measures %s named as printed rows of %s", qualifiers, formula)
    return carried
