"""Why the chosen sentence's figure does not answer the question, checked before it is quoted:
its text came out of the PDF unreadable (`answer.figure_reading`), it is about another metric (`answer.metric_check`), it is of another kind than asked (an interest
or growth rate for a share, a percent for an amount or count: `answer.asked_kind`), its own words carry the qualifier contrary to the question's (`answer.contrary`), it is paid in another form
than asked or its sentence names the asked year only after "since" (`answer.figure_form`), its sentence's
own label names another part than the one asked (`answer.part_label`), it is the after-tax member
of a pair stated on both bases where the pre-tax amount is asked (`answer.tax_basis`), its sentence says it is
expected or supposed where what happened is asked, or plainly where a supposition is asked
(`answer.unhappened`), it is a whole where a
part is asked (`answer.part_whole`), it is one input of a relation asked for
(`answer.relations`) or one part of a total asked (`answer.sum_part`), it is comparable-store sales where the question does not ask for them, it is
no change where a change is asked, or it counts something else; its passage says it leaves the asked
item out, or it is a rate per unit where a count is asked (`answer.said_apart`)."""

from __future__ import annotations

import re

from assistant.core.answer.asked_kind import (
    amount_for_percent,
    amount_row_for_per_share,
    amount_row_for_ratio,
    kind_mismatch,
)
from assistant.core.answer.contrary import contrary_refusal
from assistant.core.answer.derived_rest import stated_rest
from assistant.core.answer.figure_form import PAID_OTHER, other_payment_form, since_start_year
from assistant.core.answer.figure_reading import fused_row, unreadable
from assistant.core.answer.metric_check import counts_asked, is_change, unit_other_metric
from assistant.core.answer.outlook_row import outlook_row
from assistant.core.answer.part_label import label_other_part
from assistant.core.answer.part_whole import part_whole_refusal
from assistant.core.answer.place_unsaid import place_unsaid
from assistant.core.answer.qualifiers import clause, forecast_context
from assistant.core.answer.question import BY_HOW, CHANGE_STEMS, Question
from assistant.core.answer.relations import unstated_relation
from assistant.core.answer.said_apart import excluded_item, per_unit_for_count
from assistant.core.answer.share_whole import other_whole
from assistant.core.answer.sum_part import part_for_total
from assistant.core.answer.tax_basis import OTHER_BASIS, after_tax_unsaid, pretax_partner
from assistant.core.answer.text import bare_label
from assistant.core.answer.unhappened import supposition_unsaid, unhappened
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.opposed_lines import opposed_line
from assistant.core.finance.plan import asked_decimals
from assistant.core.finance.supposed import opposite_move
from assistant.core.numbers import Quantity
from assistant.core.types import SearchHit

__all__ = ["ABOUT_OTHER", "FORECAST_ASKED", "ONE_FIGURE", "figure_refusal", "move_refusal"]

# How a refusal of a figure about another metric or part begins (`scoring` then reads the sentence beside it).
ABOUT_OTHER = "The closest figure is about "

_CHANGED_BY = re.compile(r"(?i)\b(?:increas|decreas|reduc|rais|lower|improv|cut|boost|add|widen|narrow)\w*"
                         r"\s+(?:[\w'’-]+\s+){0,6}?by\s+(?:approximately\s+|about\s+|roughly\s+)?$")

# A forecast asked in so many words ("what does it expect", "what did it guide"); a plan ("did it
# plan to issue") may be stated as a plan's contents, which name no outlook.
FORECAST_ASKED = re.compile(r"(?i)\b(?:expect\w*|guid(?:e|es|ed|ing|ance)|forecast\w*|outlook|project(?:s|ed|ions?)"
                             r"|anticipat\w*)\b")
# A plan asked ("did it plan to invest", "intends to spend", "budgeted"): a statement or notes table row
# that states no outlook is what was done or held, never what was planned.
_PLAN_ASKED = re.compile(r"(?i)\b(?:plan(?:s|ned|ning)?|intend(?:s|ed)?)\s+to\b|\bbudget(?:s|ed)?\b")

# Comparable (same-store, like-for-like) sales: a measure of its own, answering only a question that names it.
_SAME_STORE = re.compile(r"(?i)\b(?:comparable|same[- ]store|like[- ]for[- ]like|comp)(?:[- ]stores?)?\s+sales\b")
_SAME_STORE_ASKED = re.compile(r"(?i)\bcomparable\b|\bsame[- ]stores?\b|\blike[- ]for[- ]like\b|\bcomps?\b")

_DP = re.compile(r"(?i)\b(?:[1-4]|one|two|three)\s*(?:dp|d\.p\.)(?!\w)")


def _rounded_below_asked(question: str, fig: Quantity) -> bool:
    """A table's percent cell printed whole ("5 %") for a question asking one decimal or more: the
    rounding the table applied is not the question's (4.6% asked, 5% printed)."""
    wanted = asked_decimals(question) or bool(_DP.search(question))
    return fig.unit == "percent" and bool(wanted) and (fig.decimals or 0) == 0 and "." not in fig.raw


ONE_FIGURE = "The closest figure is one figure, not the"  # a relation asked: `answer.derived_relations`
PART_OF_TOTAL = "The closest figure is one of the amounts"  # a total asked of a list: `derived_relations` too


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
    if u.row and (why := fused_row(hits[u.hit].text[u.start : u.end])) is not None:
        return f"The closest figure is {why} and cannot be read reliably."
    if (moved := move_refusal(q, hits, u)) is not None:
        return moved
    if not u.row and place_unsaid(q.text, hits[u.hit].text[u.start : u.end], u.header):
        return "The closest figure is the total's: its sentence does not say which part of the world."
    if u.row and _rounded_below_asked(q.text, u.figure):
        return "The closest figure is a whole percent, rounded past the decimals asked for."
    other = unit_other_metric(q, hits, u)
    if other is not None:  # the nearest figure is about something else
        return f"{ABOUT_OTHER}{other}, not what was asked."
    own = bare_label(hits[u.hit].text[u.start : u.end]) if u.row else clause(
        hits[u.hit].text[u.start : u.end], u.figure.start, u.figure.end)
    if _SAME_STORE.search(own) and not _SAME_STORE_ASKED.search(q.text):
        # comparable-store sales move with the stores open a year or more: not revenue, nor its growth
        return "The closest figure is comparable-store sales, not what was asked."
    if (line := opposed_line(q.text, own)) is not None:  # "dividends paid" for "declared"
        return f"The closest figure is another line of the item asked ({line})."
    unit_text = hits[u.hit].text[u.start : u.end]
    if (item := excluded_item(q.text, bare_label(unit_text) if u.row else unit_text[: u.figure.start])) is not None:
        return f"The closest figure leaves out {item}, the item asked."  # "(excluding payments for finance leases)"
    if u.row and q.want in ("count", "number") and (per := per_unit_for_count(q.text, bare_label(unit_text))) is not None:
        return f"The closest figure is per {per}, not a count."  # "connections per account 2.77"
    if (kind := amount_for_percent(q, u.figure)) is not None:
        return f"The closest figure is {kind}."
    if u.row and amount_row_for_per_share(q.text, f"{u.header} {bare_label(unit_text)}", hits[u.hit].text[: u.start]):
        return "The closest figure is of an amount line, not the per-share figure asked."
    if u.row and amount_row_for_ratio(q, bare_label(unit_text), u.figure):
        return "The closest figure is of an amount line, not the ratio asked."
    if not u.row and (kind := kind_mismatch(q, hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        return f"The closest figure is {kind}."
    if not u.row and (whole := other_whole(q.text, hits[u.hit].text[u.start : u.end], u.figure,
                                           frozenset(q.company))) is not None:
        return f"The closest figure is {whole}."  # "14% ... of consolidated total revenues" for a segment's share
    if not u.row and after_tax_unsaid(q.text, hits[u.hit].text[u.start : u.end]):
        return "The closest figure is not stated after tax, the basis asked."  # a loss said plainly is pre-tax
    if not u.row and pretax_partner(q.text, hits[u.hit].text[u.start : u.end], u.figure) is not None:
        return OTHER_BASIS  # "$18.6 million ($25.2 million before income taxes)" for the pre-tax amount
    if supposition_unsaid(q.text, f"{u.header} {unit_text}"):
        return "The closest figure is stated as things are, not under what the question supposes."
    if not u.row and unhappened(q.text, hits[u.hit].text[u.start : u.end], u.figure):
        # "are expected to be reclassified", "could be delivered": not what happened
        return "The closest figure is what was expected or supposed, not what happened."
    if outlook_row(q.text, hits[u.hit].text[: u.start], u.header):
        return "The closest figure is a row of an outlook, not what happened."  # "Outlook for FY27" slide
    if not u.row and (contrary := contrary_refusal(q.text, hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        # "in the prior year quarter" for the full year asked: a reader would not quote it
        return f"{contrary}."
    if not u.row and (form := other_payment_form(q.text, hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        return f"{PAID_OTHER}{form} part asked."  # the stock part for cash
    if not u.row and (start := since_start_year(q.text, q.years, hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        return f"The closest figure is where a move since {start} stands now, not {start}'s figure."
    if (not u.row and (whole := part_whole_refusal(q.text, hits[u.hit].text[u.start : u.end], u.figure,
                                                      frozenset(q.company))) is not None
            and stated_rest(q, q.text, hits[u.hit].text[u.start : u.end], u.figure) is None):
        return f"The closest figure is {whole}."  # unless the sentence states the rest's other part
    if not u.row and (part := label_other_part(q, hits[u.hit].text[u.start : u.end])) is not None:
        return f"{ABOUT_OTHER}a part other than {part}, not what was asked."
    if (FORECAST_ASKED.search(q.text) or (u.row and _PLAN_ASKED.search(q.text))) and not forecast_context(
            hits[u.hit].text, u.start, u.end, u.header):
        # Every candidate fell behind for stating no forecast: the best of them is still a result.
        return "The closest figure is a result, not the forecast asked for."
    if (relation := unstated_relation(q.text, hits, u, u.figure)) is not None:
        return f"{ONE_FIGURE} {relation} asked for."
    if not u.row and (part := part_for_total(q.text, q.years, hits[u.hit].text[u.start : u.end], u.figure)) is not None:
        return f"The closest figure is {part}."  # "in total" asked: a sentence listing parts states no total
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
