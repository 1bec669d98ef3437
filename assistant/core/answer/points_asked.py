"""A difference of two rates asked in points, held against the answer's figure.

"By how many percentage points did the margin rise", "how many basis points wider": the answer is
the difference of two rates, in points. A percent (a rate's level, or a relative change such as
"income fell 0.5%") is another kind of figure, however near its number: the offline answer refuses
instead. The points a part contributed to a whole ("how many percentage points of the growth came
from Europe") are points too, and a figure in points passes either way."""

from __future__ import annotations

import re

from assistant.core.types import Answer

__all__ = ["level_for_points", "points_asked", "points_doubt"]

# Points asked as the answer's unit: "how many percentage points", "by how many basis points",
# "in percentage points", or an instruction "Percentage points." / "(bps)".
_POINTS_ASKED = re.compile(
    r"(?i)\bhow\s+many\s+(?:percentage\s+|basis\s+)?points\b"
    r"|\b(?:in|as)\s+(?:percentage|basis)\s+points\b"
    r"|(?:^|[.?;(,]\s*)(?:percentage\s+points|basis\s+points|bps|pp)\s*[,).]?\s*(?:one\s+decimal\.?|\d\s*dp\.?)?\s*$")


def points_asked(question: str) -> bool:
    """Whether the question asks its figure in percentage points or basis points."""
    return bool(_POINTS_ASKED.search(question))


def points_doubt(question: str, answer: Answer) -> str | None:
    """Why `answer`'s figure, a percent, cannot answer a question asked in points, else None."""
    key = answer.key_figure
    if answer.refused or key is None or key.value is None or key.unit != "percent" or not points_asked(question):
        return None
    return f"the closest figure ({key.text}) is a percent, not the difference in points the question asks for"


def level_for_points(question: str, answer: Answer) -> bool:
    """Whether `answer`, a computed rate's level ("gross margin was 37.0%"), stands where a move in
    points is asked: it gives way to the passages, which state the move ("expanded 99 basis points")."""
    return points_doubt(question, answer) is not None
