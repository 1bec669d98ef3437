"""How many figures of a sentence could be mistaken for the asked one, once the period the question
asks is read (issues 12 and 17; the gate's `unit_figures`).

"Fees were $420 million and $73 million for the three months ended June 30, 2023 and 2022,
respectively, and $596 million and $192 million for the six months ..." holds eight figures, but a
reader asked the six months of 2023 weighs only those the sentence does not date elsewhere. The
rule, in words: when the sentence itself dates the chosen figure to the asked year (and, where the
question names a span, to that span), a figure the sentence dates to another year or span is no
rival; the others still count. A figure the sentence does not date, a table row (whose cells
`answer.columns` reads by their heading) or a table carried as text (dated by its column heading,
`answer.column_years`), is counted as before: a column's year says nothing of which line is asked.
"""

from __future__ import annotations

from assistant.core.answer.column_years import column_year
from assistant.core.answer.figure_period import asked_years, figure_years
from assistant.core.answer.qualifiers import asked_span, respective_span, respective_year
from assistant.core.answer.question import Question
from assistant.core.numbers import Quantity, numbers_match


def _dated(text: str, x: Quantity, years: frozenset[int], span: int | None) -> bool | None:
    """True when the sentence dates `x` to the asked period, False when to another, None when it
    does not say (no year of its own, or a span unnamed where one is asked)."""
    paired = respective_year(text, x, own=True)  # each list by its own "respectively"
    own = {paired} if paired is not None else figure_years(text, x)
    if not own:
        return None
    if not own & years:
        return False
    if span is None:
        return True
    months = respective_span(text, x)
    return None if months is None else months == span


def period_rivals(q: Question, text: str, fig: Quantity, figs: list[Quantity]) -> int:
    """The figures of `figs` (the sentence's, `fig` the chosen one among them) a reader of the
    question could take for the asked one: all of them, unless the sentence dates `fig` to the
    asked period; then those it dates to another year or span drop out."""
    years = asked_years(q.text, q.years)
    if not years or len(years) != 1:
        return len(figs)
    span = asked_span(q.text)
    if column_year(text, fig) is not None:
        return len(figs)  # a table carried as text: its cells are dated by column, read as a row's
    if _dated(text, fig, years, span) is not True:
        return len(figs)
    rivals = [x for x in figs if _dated(text, x, years, span) is not False]
    if not any(numbers_match(x, fig, rel_tol=1e-9) for x in rivals):
        rivals.append(fig)
    return min(len(rivals), len(figs))
