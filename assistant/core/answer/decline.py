"""A fall asked for as a fall: "By what percentage did revenues decline?" asks for the size of the
decline. A computed growth of -41.9% is stated as "declined 41.9%", its key figure the positive
size, as an analyst would write it; the working keeps the signed result the arithmetic gives.
A question that asks for the change ("how did it change", "negative for a decline") keeps the sign."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.types import Answer

__all__ = ["as_decline"]

_FALL = re.compile(r"(?i)\b(?:declin\w*|decreas\w*|fall|fell|fallen|drop\w*|shr[iu]nk\w*|contract(?:ed|ion)?"
                   r"|slump\w*|plung\w*|slid|slide)\b")
_SIGNED = re.compile(r"(?i)\bchange[ds]?\b|\bnegative\b|\bminus\b|\bsign\b|\bgrow\w*\b|\bgrew\b|\bincreas\w*")


def as_decline(question: str, answer: Answer) -> Answer:
    """`answer` (a computed growth) restated as the size of a decline when the question asks how
    much something fell and it did; otherwise unchanged."""
    comp, key = answer.computation, answer.key_figure
    if (comp is None or key is None or key.value is None or key.unit != "percent" or key.value >= 0
            or not comp.metric.endswith(" growth") or not _FALL.search(question) or _SIGNED.search(question)):
        return answer
    size = f"{-key.value:.{comp.decimals}f}%"
    first, _, rest = answer.answer.partition("\n")
    if comp.metric not in first or f" was {key.text}" not in first:  # not the sentence this was written for
        return answer
    said = first.replace(comp.metric, comp.metric[: -len(" growth")], 1).replace(f" was {key.text}", f" declined {size}", 1)
    text = "\n".join([said, rest]) if rest else said
    kf = key.model_copy(update={"value": -key.value, "text": size,
                                "about": (key.about or "").replace(" growth", " decline")})
    return answer.model_copy(update={"answer": text, "key_figure": kf})
