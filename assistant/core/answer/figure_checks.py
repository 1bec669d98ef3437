"""Why the chosen sentence's figure does not answer the question, checked before it is quoted:
it is about another metric (`answer.metric_check`), it is one input of a relation asked for
(`answer.relations`), it is no change where a change is asked, or it counts something else."""

from __future__ import annotations

from assistant.core.answer.metric_check import counts_asked, is_change, unit_other_metric
from assistant.core.answer.question import BY_HOW, CHANGE_STEMS, Question
from assistant.core.answer.relations import unstated_relation
from assistant.core.answer.unit_choice import Unit
from assistant.core.types import SearchHit

__all__ = ["figure_refusal"]


def figure_refusal(q: Question, hits: list[SearchHit], u: Unit) -> str | None:
    """The reason to refuse `u`'s figure as the answer to `q`, or None when it answers it."""
    if u.figure is None:
        return None
    other = unit_other_metric(q, hits, u)
    if other is not None:  # the nearest figure is about something else
        return f"The closest figure is about {other}, not what was asked."
    if (relation := unstated_relation(q.text, hits, u, u.figure)) is not None:
        return f"The closest figure is one figure, not the {relation} asked for."
    # "By what percentage did revenues decline": a percent asked for that is a change too.
    by_how = q.want == "percent" and BY_HOW.search(q.text) and set(q.terms) & CHANGE_STEMS
    if (q.want == "change" or by_how) and not is_change(hits, u):
        return "The closest figure is not a change in what was asked."
    if q.want == "count" and not counts_asked(q, hits, u):
        return f"The closest figure counts something other than {' '.join(q.focus.values())}."
    return None
