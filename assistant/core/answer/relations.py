"""A question that asks how figures relate ("by how much did X exceed Y", "adding A and B
together", "how much was left", "still to be incurred", "left to deliver", "the swing from a loss to a
profit", "how much had been used up", "on average, what did it pay per
share") is not answered by one figure quoted alone: the quoted figure's own words must state that
relation ("exceeded ... by", "a total of", "remained available", "at an average price of").
Otherwise the figure is one input of the arithmetic asked for, and the answer refuses. The
derivations `answer.derived` knows run before this and answer the ones whose inputs they find."""

from __future__ import annotations

import re

from assistant.core.answer.key_figure import FigureUnit as LocatedUnit
from assistant.core.answer.qualifiers import local_text
from assistant.core.answer.text import bare_label
from assistant.core.numbers import Quantity
from assistant.core.types import SearchHit

__all__ = ["TOTAL_STATED", "asked_relation", "states_relation", "unstated_relation"]

# How a figure's own words call it a whole: "a total of", "aggregate principal", "in all".
_TOTAL_STATED = (r"\btotal\w*|\bcombined\b|\baggregate\w*|\btogether\b|\bin\s+all\b|\baltogether\b|\bsum\b"
                 r"|\bcumulative\w*")
TOTAL_STATED = re.compile(_TOTAL_STATED, re.I)

# (the relation, how a question asks for it, how a figure's own words state it)
_RELATIONS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(asked, re.I), re.compile(stated, re.I)) for name, asked, stated in (
        ("difference",
         r"\bexceed\w*|\bbeat\b|\bhow\s+(?:much|many)\s+(?:more|less|fewer|higher|lower)\b|\bdifference\s+between\b"
         r"|\bgap\s+between\b|\bfall\s+short\b|\bswing\s+(?:in|from|between)\b",
         r"\bexceed\w*|\bsurpass\w*|\b(?:more|less|fewer|higher|lower|greater)\s+than\b|\babove\b|\bbelow\b"
         r"|\bdifference\b|\bgap\b|\bshort\b|\bremain\w*|\bstill\b|\bincrease\w*|\bdecrease\w*"),
        ("total",
         # not "in total": "how much does it expect to incur in total" asks for one stated whole
         # (unless its sentence lists parts: `answer.sum_part`)
         # "combined ratio" is an insurer's metric (losses and expenses over premiums), no sum
         r"\btogether\b|\bcombined\b(?!\s+ratios?\b)|\baltogether\b|\badding\b|\bsum\s+of\b",
         _TOTAL_STATED),
        ("remainder",
         r"\b(?:was|is|were|are|be)\s+left\b|\bleft\s+(?:over|unused|unspent)\b|\bstill\s+available\b"
         r"|\bunused\b|\bunspent\b|\b(?:still|yet)\s+(?:to\s+be|left|outstanding)\b|\bleft\s+to\s+\w+",
         r"\bremain\w*|\bleft\b|\bavailable\b|\bunused\b|\bunspent\b|\bstill\b|\byet\b"),
        ("amount used",
         r"\bused\s+up\b|\butili[sz]ed\b|\bdrawn\s+down\b",
         r"\bused\b|\butili[sz]\w*|\bdrawn\b|\bspent\b|\b(?:re)?purchas\w*|\bcomplet\w*"),
        ("average",
         r"\bon\s+average\b",
         r"\baverage\b|\bmean\b"),
    ))
# "more than 22 million kits": a floor the figure is given as, not a comparison it states.
_HEDGE = re.compile(r"\b(?:more|less|fewer|greater)\s+than\s+(?:about\s+|approximately\s+)?$", re.I)


def asked_relation(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The relation between figures a question asks for and how a figure's words state it."""
    for name, asked, stated in _RELATIONS:
        if asked.search(question):
            return name, stated
    return None


def states_relation(stated: re.Pattern[str], sentence: str, fig: Quantity) -> bool:
    """Whether the figure's own words (up to its neighbouring figures) state the relation."""
    hedge = _HEDGE.search(sentence[: fig.start])
    if hedge is not None:  # blanked, offsets kept
        sentence = sentence[: hedge.start()] + " " * (fig.start - hedge.start()) + sentence[fig.start :]
    return bool(stated.search(local_text(sentence, fig)))


def unstated_relation(question: str, hits: list[SearchHit], u: LocatedUnit, fig: Quantity) -> str | None:
    """The relation the question asks for when the unit's figure does not state it, else None. A
    table row states it by its label or its header ("Total", "Remaining authorization")."""
    relation = asked_relation(question)
    if relation is None:
        return None
    name, stated = relation
    text = hits[u.hit].text[u.start : u.end]
    if u.row:
        label = bare_label(text)
        return None if stated.search(f"{u.header}\n{label}") else name
    return None if states_relation(stated, text, fig) else name
