"""Scoring one answer against one question: figures, text facts, refusals.

All number reading and comparing goes through `assistant.core.numbers`; this module only
decides *which* figure of an answer is scored (`eval.reading`) and how close it must be
(`eval.figures`, the `TolerancePolicy` written into every report). Where a grader could not
tell at a glance (two candidate figures and no conclusion, a stance taken both ways, a ratio
written with a % sign), the verdict is "not scored", left to the LLM judge.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from assistant.core.numbers import (
    Quantity,
    detect_scale_statement,
    format_quantity,
    normalise_scale,
    normalise_unit,
    parse_quantities,
    parse_quantity,
    scale_multiplier,
    units_compatible,
)
from assistant.core.types import KeyFigure
from eval.figures import (
    answer_scale,
    asked_decimals,
    compare_figure,
    percent_for_a_ratio,
    rounds_to_gold,
)
from eval.figures import effective_tolerance as effective_tolerance  # re-exported
from eval.labels import other_scope
from eval.metric_use import invites_not_useful, says_not_useful
from eval.models import EvalQuestion, Score, TolerancePolicy
from eval.reading import (
    Reading,
    asked_aggregate,
    names_the_aggregate,
    other_period,
)
from eval.refusals import looks_like_refusal as looks_like_refusal  # re-exported
from eval.refusals import refuses
from eval.stated_figures import score_stated_figures
from eval.subunits import in_gold_units, key_figure_in_gold_units, subunit_name
from eval.text_golds import mentions as mentions  # re-exported
from eval.text_golds import missing_mentions as missing_mentions  # re-exported
from eval.text_golds import normalise_text as normalise_text  # re-exported
from eval.text_scoring import score_text
from eval.wanted import (
    asks_a_change,
    change_from_levels,
    level_change,
    levels_beside,
    other_qualifier,
    possible_other,
    read_figure,
    stated_change,
    worded_as_change,
    worded_as_decline,
)
from eval.wanted import figure_from_text as figure_from_text  # re-exported
from eval.words import plain_notation

# Amounts a cash flow statement shows in parentheses; their sign is presentation, not meaning.
_OUTFLOW = re.compile(
    r"\b(?:capital\s+(?:expenditures?|spending)|capex|purchases?\s+of|payments?|paid|repurchas\w*|"
    r"dividends|outflows?|spending)\b",
    re.IGNORECASE,
)
# A change worded without its direction: "changed by 4.2%", "a change of 4.2%", "moved 4.2%",
# "improved 4.4 points" (lower is better for a cost ratio, higher for a margin).
_UNSIGNED_CHANGE = re.compile(
    r"\b(?:chang\w*|mov\w*|swung|shift\w*|varied|var\w+\s+of|improv\w*|worsen\w*|deteriorat\w*)\s+(?:by\s+|of\s+)?(?:about\s+|approximately\s+)?$", re.I
)
# "What is the quick ratio and is it healthy?": a figure question that also asks for a judgement.
_COMPOUND = re.compile(
    r"\band\s+(?:is|are|was|were|does|do|did|has|have|how|why|what|which|whether|explain|"
    r"comment|discuss|describe)\b",
    re.IGNORECASE,
)


# --- figures --------------------------------------------------------------------------------


def gold_quantity(q: EvalQuestion) -> Quantity | None:
    """The gold figure as a Quantity (a range has `high`), or None for non-numeric questions."""
    if q.value is None:
        return None
    unit = subunit_name(q.unit)  # "GBp" is pence, not pounds
    if isinstance(q.value, list):
        low, high = q.value
        return Quantity(low, scale=q.scale, unit=unit, raw=q.answer, high=high, decimals=q.decimals)
    return Quantity(q.value, scale=q.scale, unit=unit, raw=q.answer, decimals=q.decimals)


def key_figure_quantity(kf: KeyFigure | None) -> Quantity | None:
    """A structured key figure as a Quantity; unit and scale the fields lack come from its text."""
    if kf is None or kf.value is None:
        return None
    unit = normalise_unit(kf.unit)
    try:
        scale = normalise_scale(kf.scale)
    except ValueError:
        scale = None
    parsed = parse_quantity(kf.text) if kf.text else None
    if parsed is not None and not math.isclose(abs(parsed.value), abs(kf.value), rel_tol=1e-9):
        parsed = None  # the text says something else; trust the number
    if parsed is not None:
        unit = unit if unit not in (None, "count") else parsed.unit or unit
        scale = scale or parsed.scale
        if parsed.high is not None:
            return replace(parsed, unit=unit, scale=scale)
    decimals = parsed.decimals if parsed is not None else None
    return Quantity(float(kf.value), scale=scale, unit=unit, raw=kf.text, decimals=decimals)


# --- one answer -----------------------------------------------------------------------------


def answer_refuses(q: EvalQuestion, text: str) -> bool:
    """A refusal as a grader reads one (see `eval.refusals.refuses`)."""
    if invites_not_useful(q.question) and says_not_useful(text) and says_not_useful(q.answer):
        # "Gross margin does not apply: the statements show no cost of sales" is the gold's
        # own point. (Where the gold computes the metric, graders read "it cannot be
        # computed, and it is not meaningful anyway" as a refusal.)
        return False
    return refuses(q.question, text, gold_quantity(q))


def score_answer(
    q: EvalQuestion,
    text: str,
    *,
    key_figure: KeyFigure | None = None,
    refused: bool | None = None,
    policy: TolerancePolicy | None = None,
) -> Score:
    """Score one answer. `refused=None` means unknown: it is read from the text."""
    policy = policy or TolerancePolicy()
    text = plain_notation(text)
    q = q.model_copy(update={"question": plain_notation(q.question)})
    did_refuse = answer_refuses(q, text) if refused is None else refused
    if q.type == "refusal":
        if did_refuse:
            return Score("right", "refused as it should", refused=True)
        return Score("wrong", "missed refusal: answered a question the documents cannot answer")
    if did_refuse:
        return Score("wrong", "false refusal", refused=True)
    gold = gold_quantity(q)
    if gold is None:
        return score_text(q, text)
    missing = missing_mentions(text, q.must_mention)
    # Money in hundredths ("48 cents", "20.5p", "£0.205" for a gold in pence) in the gold's unit.
    text, written_as = in_gold_units(text, gold)
    default = q.tolerance if q.tolerance is not None else policy.default_for(q.type, q.unit)
    decimals = asked_decimals(q.question)
    tol = effective_tolerance(gold, default, policy, decimals, stated=q.tolerance is not None)
    # The scale bare figures are in: the question's ("in USD millions"), else the answer's own
    # ("all figures in millions").
    ask_scale = detect_scale_statement(q.question) or answer_scale(text, q.question)
    reading = read_figure(text, gold, q.question)
    got, source = reading.figure, "text" if reading.figure is not None else None
    kq = key_figure_quantity(key_figure)
    if kq is not None:
        kq = key_figure_in_gold_units(kq, gold)
    if kq is not None and _compatible_kind(kq, gold):
        # The structured key figure stands unless the text concludes with another figure
        # (a grader reads the text).
        if (
            got is None
            or compare_figure(kq, got, 1e-6, policy, ask_scale)[0]
            or _states(text, kq, gold)
        ):
            got, source, reading = kq, "key_figure", Reading(kq, basis="key_figure")
    elif got is None and kq is not None:
        got, source, reading = kq, "key_figure", Reading(kq, basis="key_figure")
    if got is None:
        why = "no figure of the right kind in the answer"
        return Score("wrong", why, tolerance=tol, must_mention_missing=missing)
    if source == "text" and (change := change_from_levels(text, got, q.question)) is not None:
        # "7 percent (previously 6 percent)" for "by how many points ...?": levels whose
        # difference is the gold's may or may not satisfy a grader who asked for the change
        # (graders differ); whose difference is not the gold's, they answer wrong. A change
        # stated outright beside them ("fell 4.4%, to 94.3% from 98.7%") is the figure scored,
        # unless they disagree ("fell 15%, from 20% to 17%": a relative change; the levels stand).
        stated = stated_change(text, got, gold, q.question)
        nil = replace(change, value=0.0, decimals=change.shown_decimals)
        if stated is not None and _agrees(stated, change, nil):
            got, reading = stated, replace(reading, figure=stated, hedge=None)
        elif compare_figure(change, gold, tol, policy, ask_scale, decimals)[0]:
            why = f"gives the levels, not the change; their difference ({change.raw}) is the gold's"
            return Score("not_scored", why, change.raw, source, tol, missing)
        else:
            got = change
    if gold.value > 0 > got.value and _OUTFLOW.search(q.question):
        got = replace(got, value=-got.value)  # "$(4,625)": an outflow as the cash flow shows it
    ok, why = compare_figure(got, gold, tol, policy, ask_scale, decimals)
    shown = got.raw or format_quantity(got)
    if shown in written_as:
        shown = written_as[shown]
    levels = levels_beside(text, got) if source == "text" and asks_a_change(q.question) else None
    if (
        not ok and why == "wrong sign" and source == "text" and levels is None
        and _UNSIGNED_CHANGE.search(text[max(0, got.start - 30) : got.start])
    ):  # fmt: skip
        why = f"{shown} is a change worded without its direction; the gold's sign is not stated"
        return Score("not_scored", why, shown, source, tol, missing)  # "revenue changed by 4.2%"
    if not ok and decimals is None and rounds_to_gold(got, gold, ask_scale):
        why = f"{shown} is the gold rounded more coarsely than a grader may accept"
        return Score("not_scored", why, shown, source, tol, missing)
    if ok and percent_for_a_ratio(got, gold):
        as_written = replace(got, value=got.value / 100, unit=None, high=None)
        if not compare_figure(as_written, gold, tol, policy, ask_scale, decimals)[0]:
            why = f"{shown} is the ratio only without its % sign: which was meant?"
            return Score("not_scored", why, shown, source, tol, missing)
    hedge_ok = (
        reading.hedge is None
        or compare_figure(reading.hedge, gold, tol, policy, ask_scale, decimals)[0]
    )
    if not hedge_ok and reading.hedge is not None:
        hedge = reading.hedge.raw or format_quantity(reading.hedge)
        ok, why = False, f"hedges between {shown} and {hedge}"
    if ok and levels is not None and not _agrees(got, *levels):
        # The change is the figure scored; its levels are context unless they disagree with it.
        new, old = (lv.raw or format_quantity(lv) for lv in levels)
        why = f"{shown} is the gold's change, but the levels beside it ({old} to {new}) differ by another"
        return Score("not_scored", why, shown, source, tol, missing)
    if ok and source == "text" and (maybe := possible_other(text, got)) is not None:
        why = f"{shown}, but it offers {maybe.raw} as possible too"
        return Score("not_scored", why, shown, source, tol, missing)
    if (
        ok and source == "text" and gold.value > 0 and not _OUTFLOW.search(q.question)
        and worded_as_decline(text, got, q.question)
    ):  # fmt: skip
        why = f"{shown} is worded as a decline or loss; the gold is not one"
        return Score("not_scored", why, shown, source, tol, missing)
    if ok and source == "text" and worded_as_change(text, got, q.question):
        why = f"{shown} is given as a change; the question asks for a level"
        return Score("not_scored", why, shown, source, tol, missing)
    label = (other_qualifier(text, got, q.question) or other_scope(text, got, q.question)
             if source == "text" else None)  # fmt: skip
    if ok and label is not None:
        why = f"{shown} is labelled {label}; the question asks for another measure"
        return Score("not_scored", why, shown, source, tol, missing)
    elsewhen = other_period(text, got, q.question) if source == "text" else None
    if ok and elsewhen is not None:
        why = f"{shown} is stated for {elsewhen}, not the period the question asks about"
        return Score("not_scored", why, shown, source, tol, missing)
    if ok and reading.basis in ("first", "period") and not names_the_aggregate(text, got, q.question):
        why = f"{shown} is not named as the {asked_aggregate(q.question)} the question asks for"
        return Score("not_scored", why, shown, source, tol, missing)
    if source == "text":
        # Two figures stated as plainly for what is asked, and only one of them the gold's:
        # the answer-first reading and the build-up reading disagree. (Neither the gold's: wrong.)
        other = next(
            (r for r in reading.rivals
             if compare_figure(r, gold, tol, policy, ask_scale, decimals)[0] != ok),
            None,
        )  # fmt: skip
        if other is not None:
            rival = other.raw or format_quantity(other)
            return Score(
                "not_scored",
                f"states {shown} and {rival} for what is asked, concluding with neither"
                if reading.basis == "first"
                else f"offers {shown} and {rival} as answers for what is asked",
                shown, source, tol, missing,
            )  # fmt: skip
    if ok and _COMPOUND.search(q.question.split("?")[0]) and not _states_gold_figures(q, text):
        why = f"{shown} is the gold's figure; the question asks more than the figure"
        return Score("not_scored", why, shown, source, tol, missing)
    if ok and missing:
        ok, why = False, "figure right but missing " + "; ".join(" / ".join(g) for g in missing)
    return Score("right" if ok else "wrong", why, shown, source, tol, missing)


def _agrees(change: Quantity, new: Quantity, old: Quantity) -> bool:
    """A change agrees with the levels written beside it: their difference, to the rounding
    the figures show (percents differ in percent points; basis points are hundredths of one).
    A change in another measure than its levels ("up 5%, to $105M from $100M") is not checked."""
    shown = min(change.shown_decimals, new.shown_decimals, old.shown_decimals)
    if new.unit == "percent" and change.unit in ("pp", "bp", "percent"):
        value = change.value / 100 if change.unit == "bp" else change.value
        return abs(value - level_change(new, old)) <= 0.5 * 10.0**-shown + 1e-9
    if change.unit != new.unit:
        return True
    scale = new.scale or old.scale
    unit = scale_multiplier(scale) if scale else 1.0

    def base(q: Quantity) -> float:
        # "$250,000,000" is in dollars; a bare "$250" beside "$1.2 billion" is in its scale.
        own = q.scale or (None if abs(q.value) >= 1e6 else scale)
        return q.value * (scale_multiplier(own) if own else 1.0)

    return abs(base(change) - (base(new) - base(old))) <= (0.5 * 10.0**-shown + 1e-9) * unit


def _states_gold_figures(q: EvalQuestion, text: str) -> bool:
    """The gold answers the rest of the question with figures, and the answer states them
    ("27%, up from a previous estimate of 16%")."""
    figures = [f for f in parse_quantities(q.answer) if not f.is_year]
    judged = score_stated_figures(q.answer, text, q.question) if len(figures) >= 2 else None
    return judged is not None and judged[0] == "right"


def _states(text: str, kq: Quantity, gold: Quantity) -> bool:
    """The text states the key figure somewhere (same figure, any sentence)."""
    policy = TolerancePolicy()
    return any(
        compare_figure(f, kq, 1e-6, policy)[0]
        for f in parse_quantities(text)
        if not f.is_year and _compatible_kind(f, gold)
    )


def _compatible_kind(got: Quantity, gold: Quantity) -> bool:
    if not units_compatible(gold.unit, got.unit):
        return False
    return (gold.high is None) == (got.high is None) or gold.high is None


def describe_gold(q: EvalQuestion) -> str | None:
    gold = gold_quantity(q)
    return None if gold is None else format_quantity(gold)
