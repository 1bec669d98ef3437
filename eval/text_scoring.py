"""Scoring an answer to a question whose gold is text, not one figure: required mentions,
a yes or no, a named thing, a reason, figures the gold states (split out of `eval.scoring`,
which calls `score_text` when the gold has no figure)."""

from __future__ import annotations

import re

from eval.labels import stated_for_other_years
from eval.metric_use import score_metric_use
from eval.models import EvalQuestion, Score
from eval.name_lists import score_listed_names
from eval.named_yes import names_another_thing
from eval.reasons import score_reason
from eval.stance import (
    figures_contradict,
    gold_stance,
    is_yes_no,
    stance_reading,
)
from eval.stated_figures import (
    figures_for_earlier_years,
    other_figure_for_the_gold_measure,
    score_stated_figures,
)
from eval.text_golds import (
    asks_for_a_reason,
    clauses_naming,
    missing_mentions,
    named_terms,
    score_named_fact,
    score_none_gold,
)


def score_text(q: EvalQuestion, text: str) -> Score:
    score = _read_text(q, text)
    elsewhen = stated_for_other_years(text, q.question) if score.verdict == "right" else None
    if elsewhen and not _gold_years(q, elsewhen):
        # The whole answer speaks of another year than the one asked ("Yes: in FY2021 ...").
        return Score("not_scored", f"answers for {elsewhen} only, not the period asked")
    return score


def _gold_years(q: EvalQuestion, years: str) -> bool:
    """The years ("2018, 2019") are all ones the gold names: the events its answer rests on
    ("suits over the 2018 and 2019 crashes"), not another period."""
    return set(years.split(", ")) <= set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", q.answer))


def _period_asked(q: EvalQuestion) -> str:
    """The question, with the gold's years when the question names none ("Is revenue
    concentrated in North America?" with gold "Yes, 78% of FY2022 revenue"): the period a
    yes or no is argued for."""
    if re.search(r"(?:19|20)\d{2}", q.question):
        return q.question
    return " ".join([q.question, *re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", q.answer)])


def _read_text(q: EvalQuestion, text: str) -> Score:
    if not q.must_mention and (use := score_metric_use(q.question, q.answer, text)) is not None:
        return Score(use[0], use[1])  # type: ignore[arg-type]
    missing = missing_mentions(text, q.must_mention)
    if q.must_mention:
        if missing:
            why = "missing " + "; ".join(" / ".join(g) for g in missing)
            return Score("wrong", why, must_mention_missing=missing)
        return Score("right", "mentions every required fact")
    if is_yes_no(q.question, q.answer):
        said, how = stance_reading(q.question, text)
        wanted = gold_stance(q.answer)
        if said is None:
            why = "takes both stances" if how == "mixed" else "without a readable stance"
            return Score("not_scored", f"yes/no answer {why}: needs an LLM judge")
        if said != wanted:
            return Score("wrong", f"answers {said}; the gold says {wanted}", got_figure=said)
        if figures_contradict(q.question, q.answer, text):
            return Score(
                "wrong", f"answers {said}, but with other figures than the gold's", got_figure=said
            )
        if measure := other_figure_for_the_gold_measure(q.answer, text, q.question):
            # "Yes, the current ratio was 0.62" where the gold's yes rests on a ratio of 1.85.
            return Score("not_scored", f"answers {said}, but with its own figure for the gold's {measure}")
        elsewhen = figures_for_earlier_years(text, _period_asked(q))
        if elsewhen and not _gold_years(q, elsewhen):
            # "Yes, cash fell: $17.1 billion at the end of fiscal 2021 ..." for FY2023. (Years
            # the gold names are the events its yes rests on: "suits over the 2018 crash".)
            return Score("not_scored", f"answers {said}, but with figures for {elsewhen} only")
        if said == "yes" and names_another_thing(q.question, q.answer, text):
            # "Any unusual gains?" "Yes, the JV gain" answered "Yes, the spin-off gain".
            return Score("not_scored", "answers yes, but names little of what the gold names")
        if how == "restated" and figures_contradict(q.question, q.answer, text, any_question=True):
            # Only restating the question while giving other figures than the gold's: which
            # way do the figures point? A grader reads them; we cannot. (A stated yes or no
            # with other figures is left to its stance: graders accepted those, on both halves.)
            return Score("not_scored", "restates the question with other figures than the gold's")
        return Score("right", f"answers {said}, as the gold does", got_figure=said)
    if (none := score_none_gold(q.answer, text)) is not None:
        return Score(none[0], none[1])  # type: ignore[arg-type]
    if (names := score_listed_names(q.answer, text)) is not None:
        return Score(names[0], names[1])  # type: ignore[arg-type]
    # A which/who gold is judged by the thing it names; its figures are only supporting detail.
    if asks_for_a_reason(q.question):
        if (reason := score_reason(q.question, q.answer, text)) is not None:
            return Score(reason[0], reason[1])  # type: ignore[arg-type]
        return Score("not_scored", "asks for a reason: needs an LLM judge")
    if named_terms(q.question, q.answer):
        judged = score_named_fact(q.question, q.answer, text)
        named = clauses_naming(text, named_terms(q.question, q.answer))
        if judged is not None and judged[0] == "right" and figures_contradict(
            q.question, q.answer, named, any_question=True
        ):
            # Names the gold's thing, with its own figure for what the gold gives a figure.
            return Score("not_scored", "names the gold's answer, but with other figures than the gold's")
        if judged is not None and judged[0] == "right" and (
            elsewhen := stated_for_other_years(named, q.question)
        ):
            # "In FY2022, Apparel grew fastest; in FY2023, Home did" for a FY2023 question.
            return Score("not_scored", f"names the gold's answer for {elsewhen}, not the period asked")
    else:
        judged = score_stated_figures(q.answer, text, q.question)
    if judged is not None:
        return Score(judged[0], judged[1])  # type: ignore[arg-type]
    return Score("not_scored", "text answer: needs an LLM judge")
