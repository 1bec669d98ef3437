"""Why the chosen sentence's figure does not answer the question, checked before it is quoted:
its text came out of the PDF unreadable (`answer.figure_reading`), it is about another metric (`answer.metric_check`), it is of another kind than asked (an interest
or growth rate for a share, a percent for an amount or count: `answer.asked_kind`), its sentence's
own label names another part than the one asked (`answer.part_label`), it is one input of a
relation asked for (`answer.relations`), it is no change where a change is asked, or it counts
something else."""

from __future__ import annotations

import re

from assistant.core.answer.asked_kind import amount_for_percent, kind_mismatch
from assistant.core.answer.figure_reading import unreadable
from assistant.core.answer.metric_check import counts_asked, is_change, unit_other_metric
from assistant.core.answer.part_label import label_other_part
from assistant.core.answer.place_unsaid import place_unsaid
from assistant.core.answer.qualifiers import forecast_context
from assistant.core.answer.question import BY_HOW, CHANGE_STEMS, Question
from assistant.core.answer.relations import unstated_relation
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.supposed import opposite_move
from assistant.core.types import SearchHit

__all__ = ["ONE_FIGURE", "figure_refusal", "move_refusal"]

_CHANGED_BY = re.compile(r"(?i)\b(?:increas|decreas|reduc|rais|lower|improv|cut|boost|add|widen|narrow)\w*"
                         r"\s+(?:[\w'’-]+\s+){0,6}?by\s+(?:approximately\s+|about\s+|roughly\s+)?$")

# A forecast asked in so many words ("what does it expect", "what did it guide"); a plan ("did it
# plan to issue") may be stated as a plan's contents, which name no outlook.
_FORECAST_ASKED = re.compile(r"(?i)\b(?:expect\w*|guid(?:e|es|ed|ing|ance)|forecast\w*|outlook|project(?:s|ed|ions?)"
                             r"|anticipat\w*)\b")

ONE_FIGURE = "The closest figure is one figure, not the"  # a relation asked: `answer.derived_relations`


def move_refusal(q: Question, hits: list[SearchHit], u: Unit) -> str | None:
    """A sensitivity stated for a move the other way than the one the question supposes answers
    nothing, whatever kind of answer is asked ("what would a 1% fall do to ...")."""
    if not u.row and opposite_move(q.text, hits[u.hit].text[u.start : u.end]):
        return "The closest passage is for a move the other way than the question supposes."
    return None


def figure_refusal(q: Question, hits: list[SearchHit], u: Unit) -> str | None:
    """The reason to refuse `u`'s figure as the answer to `q`, or None when it answers it."""
    if u.figure is None:
        return None
    if not u.row and (why := unreadable(hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        return f"The closest figure is {why} and cannot be read reliably."
    if (moved := move_refusal(q, hits, u)) is not None:
        return moved
    if not u.row and place_unsaid(q.text, hits[u.hit].text[u.start : u.end], u.header):
        return "The closest figure is the total's: its sentence does not say which part of the world."
    other = unit_other_metric(q, hits, u)
    if other is not None:  # the nearest figure is about something else
        return f"The closest figure is about {other}, not what was asked."
    if (kind := amount_for_percent(q, u.figure)) is not None:
        return f"The closest figure is {kind}."
    if not u.row and (kind := kind_mismatch(q, hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        return f"The closest figure is {kind}."
    if not u.row and (part := label_other_part(q, hits[u.hit].text[u.start : u.end])) is not None:
        return f"The closest figure is about a part other than {part}, not what was asked."
    if _FORECAST_ASKED.search(q.text) and not forecast_context(hits[u.hit].text, u.start, u.end, u.header):
        # Every candidate fell behind for stating no forecast: the best of them is still a result.
        return "The closest figure is a result, not the forecast asked for."
    if (relation := unstated_relation(q.text, hits, u, u.figure)) is not None:
        return f"{ONE_FIGURE} {relation} asked for."
    # "By what percentage did revenues decline": a percent asked for that is a change too.
    by_how = q.want == "percent" and BY_HOW.search(q.text) and set(q.terms) & CHANGE_STEMS
    if (q.want == "change" or by_how) and not is_change(hits, u):
        return "The closest figure is not a change in what was asked."
    if q.want == "percent" and not by_how and not set(q.terms) & CHANGE_STEMS and _CHANGED_BY.search(
            hits[u.hit].text[max(u.start, u.start + u.figure.start - 80) : u.start + u.figure.start]):
        # "What tax rate did it report": "reduced the tax rate by 1.2%" is a change in it, not the rate
        return "The closest figure is a change in what was asked, not its level."
    if q.want == "count" and not counts_asked(q, hits, u):
        return f"The closest figure counts something other than {' '.join(q.focus.values())}."
    return None
