"""The mean of a table row over the years a question averages it: "the Garden segment's average
gross profit over fiscal 2021-2023" over the row "Gross profit $ 410 $ 395 $ 380" of a segment
table whose header names each of those years. The years are the plan's (`finance.plan`: a range
"2021-2023" or "2015 through 2019" is every year in it); the row is found as a growth's row is
(`row_growth.named_rows`) and each year's cell is the one its column heading names.

Nobody states such a mean, so it is computed or refused, never quoted. Refused rather than
guessed: a year whose column the header does not tell, two rows that name the line as well with
other figures, cells of mixed kinds, or a bracketed cell (a cost's sign or a loss is a guess)."""

from __future__ import annotations

import re

from assistant.core.answer.derived_inputs import Derived, Fig
from assistant.core.answer.question import Question
from assistant.core.answer.row_growth import TIE, cells_of, named_rows, rival
from assistant.core.answer.row_sum import TableSum
from assistant.core.answer.units import figure_kind, word_stems
from assistant.core.answer.written_arithmetic import writes_quotient
from assistant.core.finance.plan import label_plan, plan_question
from assistant.core.finance.question_periods import period_year
from assistant.core.numbers import Quantity, format_quantity

__all__ = ["row_average"]

_AVERAGE = re.compile(r"(?i)\baverag\w*|\bmean\b")
# A mean that is one step of the figure asked: "sales ÷ the average of segment assets", "the average of
# the year-end balances over cost of sales, times 365", an asset turnover or payables days defined so.
_FURTHER = re.compile(r"(?i)\btimes\s+\d|\b(?:days?|turnover|ratio|multiple|yield|return\s+on)\b|"
                      r"\baverag\w*\s+of\s+[^?]*?\s(?:over|to|against)\s+(?:\w+\s+){0,3}(?:revenues?|sales|costs?|income|"
                      r"earnings|expenses?)\b")
# "the simple mean of the three years, whole number": how to work the mean out, not the line's name
_HOW = frozenset(word_stems("average averaged averaging mean simple arithmetic whole number rounded"))


def averaged_years(question: str) -> list[int] | None:
    """The fiscal years the question averages a line over, as its plan reads them, or None."""
    plan = plan_question(question) or label_plan(question)
    if plan is None or plan.kind != "average" or plan.formula or len(plan.periods) < 2:
        return None
    if any(p.months != 12 or p.quarter is not None for p in plan.periods):
        return None
    years = sorted({period_year(p)[0] for p in plan.periods})
    return years if len(years) == len(plan.periods) else None


def row_average(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The simple mean of the best-named row's cells over the averaged years."""
    if not _AVERAGE.search(text) or q.want in ("percent", "change") or (years := averaged_years(text)) is None:
        return None
    if writes_quotient(text) or _FURTHER.search(text):
        return None  # the mean is an input of the figure asked, not the figure
    named = named_rows(q, text, figs, vocab, rate=False, how=_HOW)
    if named is None or not named[0]:
        return None
    ranked, metrics, words = named
    found = [(s, f, c) for s, f in ranked if s >= ranked[0][0] - TIE and (c := cells_of(q, f, years, words)) is not None]
    if not found:
        return None
    score, f, cells = found[0]
    if any(rival(metrics, text, (score, f), (s, g)) and [x.value for x in c] != [x.value for x in cells] for s, g, c in found[1:]):
        return None  # two rows as good with other figures: which line is asked is not clear
    if any(c.value < 0 or c.raw.strip().startswith("(") for c in cells):
        return None
    if len({(figure_kind(c), c.scale) for c in cells}) != 1:
        return None  # cells of other kinds or scales: not one row's amounts
    value = sum(c.value for c in cells) / len(cells)
    first = cells[0]
    shown = format_quantity(Quantity(round(value, 2), first.scale, first.unit, decimals=2))
    formula = f"({' + '.join(c.raw.strip() for c in cells)}) / {len(cells)} = {shown}"
    return TableSum(value, first.unit, first.scale, formula, [(f.hit, f.start, f.end, c) for c in cells],
                    header=f.header)
