"""Whether a stated figure fits what the question asks before it enters arithmetic: its basis
(adjusted vs reported), its span (a quarter, a half, year to date), its year and its segment. Split
from `derived_inputs`, which reads the figures; every derived and row reader asks these."""

from __future__ import annotations

import re

from assistant.core.answer.derived_inputs import Fig, content
from assistant.core.answer.figure_period import stated_before_base
from assistant.core.answer.half_span import asked_part_spans, header_offers_span, other_span_stated
from assistant.core.answer.places import other_place
from assistant.core.answer.qualifiers import (
    clause,
    families,
    figure_families,
    forecast_context,
    other_basis,
    respective_year,
    row_families,
)
from assistant.core.answer.question import Matcher, Question
from assistant.core.answer.text import bare_label
from assistant.core.answer.units import word_stems
from assistant.core.finance.opposed_lines import opposed_line
from assistant.core.finance.periods import MONTH_NAMES, quarters_and_years
from assistant.core.words import LETTER_WORD

__all__ = ["MONTHS", "clash", "head_noun", "line_head_unsaid", "other_year", "segment", "span_clash"]


# A forecast the question asks by name ("the mid-point of its 2023 guidance"), not a plan's wording ("target bonus")
_GUIDANCE = re.compile(r"(?i)\b(?:guidance|guided?|outlook|forecast\w*)\b")
MONTHS = frozenset(MONTH_NAMES)


def segment(f: Fig, asked: set[str]) -> bool:
    """The figure's clause names a segment the question does not ("EMEA revenue grew to $7.8
    million"): a part, not the total."""
    ctx = f.text[max(0, f.q.start - 60) : f.q.start]
    ctx = re.split(r"[.;:]\s|,\s", ctx)[-1]
    words = re.findall(r"\b[A-Z][A-Za-z]+\b", ctx)[1:] + re.findall(r"^[A-Z]{2,}\b", ctx.strip())
    return any(w.lower() not in asked and w.lower() not in MONTHS and not re.fullmatch(r"Q[1-4]|FY", w)
               for w in words)


def clash(q: Question, f: Fig) -> bool:
    """The figure is on another basis or for another span than the question asks (adjusted vs
    reported, a quarter vs the full year, year-to-date vs a named period)."""
    fam = families(f.text[: f.q.start]) if f.row else figure_families(f.text, f.q)
    asked = q.qualifiers
    if other_basis(asked, fam):
        return True
    own = bare_label(f.text) if f.row else clause(f.text, f.q.start, f.q.end)
    if other_place(q.text, own) is not None:
        return True  # "non-U.S. customers" asked, the "U.S. customers" row: the rest of the total
    if opposed_line(q.text, own) is not None:
        return True  # "after valuation allowance" read, "before" asked: another line of the item
    if "outlook" in fam and "outlook" not in asked:
        return True  # "We expect capital expenditures to approximate $850 million": a plan, not a result
    if "outlook" in asked and _GUIDANCE.search(q.text) and not forecast_context(f"{f.above}\n{f.text}", len(f.above) + 1, len(f.above) + 1 + len(f.text), f.header):
        return True  # guidance asked: "segment sales were $6.6 billion" is a result, no forecast's input
    if f.row and "same_store" in asked and "same_store" not in row_families(f"{f.header}\n{f.above}", bare_label(f.text)):
        return True  # same-store revenue asked: the row of every store's (or resort's) revenue is not it
    if "ytd" in fam and "ytd" not in asked and (q.years or q.quarters or {"short", "long"} & asked):
        return True
    if not f.row and other_span_stated(q.text, f.text, f.q):
        return True  # "For the first nine months, revenue was ..." when the quarter's revenue is asked
    if "short" in fam and "short" not in asked and not q.quarters and asked_part_spans(q.text):
        return True  # a half asked ("the first six months"): one quarter's figure is not its input
    return any(a in asked and b in fam and a not in fam for a, b in (("short", "long"), ("long", "short")))



def span_clash(q: Question, f: Fig) -> bool:
    """A row whose table heads a quarter or a year to date ("Q4  % Change") for a question that
    asks for neither, or that is on another basis (adjusted for reported): another figure."""
    own = row_families(f"{f.header}\n{f.above}", bare_label(f.text))
    asked = q.qualifiers
    if other_basis(asked, own) or ("ytd" in own and "ytd" not in asked):
        return True
    # "Three Months Ended ... Six Months Ended" with the six months asked: the asked group is read
    return "short" in own and "short" not in asked and not q.quarters and not header_offers_span(q.text, f.header)


def other_year(q: Question, f: Fig) -> bool:
    """A sentence's figure whose own clause names years, none of them one the question asks
    ("$850 million in fiscal 2024" for fiscal 2023); a row's year is its column's, not read here."""
    if f.row or not q.years:
        return False
    paired = respective_year(f.text, f.q)
    # "from $18.7 billion in fiscal 2022 to $21.3 billion in fiscal 2023": the words right after a
    # figure, up to the next one, name its own year; else its clause does.
    after = re.split(r"[$€£]\s?\d|\d[\d,.]*\s?%|[;:(]|\s(?:and|compared|versus|from|to)\s", f.text[f.q.end:f.q.end + 60],
                     maxsplit=1)[0]
    own = quarters_and_years(after)[1] or quarters_and_years(clause(f.text, f.q.start, f.q.end))[1]
    years = {paired} if paired is not None else set(stated_before_base(f.text, f.q.start) or own)
    return bool(years) and not years & q.years


# Where a line's name ends: a bracket, a comma, or a preposition that dates, places or sources it
# ("adjusted net income (both from ...)", "liabilities at May 31", "EBITDA for the quarter").
_NAME_END = re.compile(r"(?i)[(,;:?]|\s(?:at|for|in|on|during|from|per|as|by|over|to|with|when|which|that|than|was|were|is)\s")
_WORD = LETTER_WORD


def head_noun(q: Question, phrase: str) -> str | None:
    """The stem of the word a line's name ends in, its head: "income" of "adjusted net income", "assets"
    of "fair value of derivative assets at May 31". None where the name has no content word."""
    name = _NAME_END.split(f" {phrase} ", maxsplit=1)[0]
    for w in reversed(_WORD.findall(name)):
        kept = content(q, w)
        if kept:
            return next(iter(kept))
    return None


def line_head_unsaid(head: str | None, f: Fig, vocab: set[str]) -> bool:
    """An input of arithmetic whose sentence or row never names the head of the line the question
    names for it (by its stem, a close form or a synonym; a row also by its sub-heading or header): "Net debt was $6,057 million" is no net
    income, "we returned $1.2 billion of cash" no EBITDA, whatever other words of the name it shares."""
    if head is None:
        return False
    said = f.unit | (word_stems(f"{f.above} {f.header}") if f.row else set())  # a row's sub-heading names it too
    return Matcher([head], vocab)(head, said) == 0.0
