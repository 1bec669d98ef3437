"""Another figure of the same sentence that the question means, read from each figure's own words.

A sentence often states several figures of one kind ("segment revenue of $3.5 billion ... includes
about $45 million of revenue from the extra week"; "$1.3 billion as of July 2, 2033 and $5.2
billion as of December 31, 2032"). The figure first chosen is the one nearest the question's words
across the sentence; these two readings look at what each figure's own words (up to its
neighbouring figures, `qualifiers.local_text`) say:

- `bound_sibling`: an amount or count asked whose own words ("extra week", "early redemption")
  are said of another figure of the same kind and not of the chosen one: that figure is the one
  asked. When it states a change ("an increase of $3.4 billion in ...") the sentence gives no
  amount for it: None. Left alone: an earlier figure asked, a "respectively" list, figures of
  one line compared across periods, another year's figure, the question's own figure.
- `period_sibling`: the chosen figure's own words state another period; a figure of the same
  kind whose own words state the asked year is the asked period's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.answer.figure_series import series_lead
from assistant.core.answer.qualifiers import local_text
from assistant.core.answer.question import METRIC_STEMS, Matcher
from assistant.core.answer.respectively import RESPECTIVELY_WORD
from assistant.core.answer.sentence_attribution import sizes_a_whole
from assistant.core.answer.text import figures_text, word_stems
from assistant.core.answer.units import A_CHANGE, figure_kind
from assistant.core.numbers import Quantity, numbers_match, parse_quantities

if TYPE_CHECKING:
    from collections.abc import Callable

    from assistant.core.answer.question import Question

__all__ = ["bound_sibling", "period_sibling"]

_RESPECTIVELY = RESPECTIVELY_WORD
# Between two figures of one line stated for two periods: "to $1.81 million from $591,000",
# "$1.53 in the current quarter compared to ... $0.12 in the prior year quarter".
_LINK = re.compile(r"\s(?:and|while|but)\s|[;,]\s")  # what follows the last one ties the two
_COMPARED = re.compile(r"(?i)\b(?:compar\w*|versus|vs\.?|from|previous\w*|prior|against|a\s+year\s+(?:ago|earlier))\b")


_CLAUSE_END = re.compile(r"[,;:()]|\.\s|\s(?:and|while|but|which)\s")


def _siblings(sentence: str, fig: Quantity) -> list[Quantity]:
    """The sentence's other figures of `fig`'s kind (a percent is no sibling of an amount)."""
    return [x for x in parse_quantities(sentence)
            if not x.is_year and x.start != fig.start and figure_kind(x) == figure_kind(fig)]


def bound_sibling(q: Question, sentence: str, fig: Quantity,
                  figure_years_of: Callable[[str, Quantity], set[int]]) -> Quantity | None:
    """The figure of `sentence` the question's words bind to: `fig`, or a sibling whose own words
    hold every question word `fig`'s own words hold and more, one of them naming what is measured
    beyond a bare metric ("extra week", not only "revenue"); None when that sibling is a change and
    a level was asked."""
    words = set(q.focus) - set(q.company) - set(q.named)
    if not words or q.want not in ("amount", "count") or q.prior or q.qualifiers & {"prior", "current"} \
            or _RESPECTIVELY.search(sentence):
        return fig  # a level asked; an earlier figure asked, or a list paired in order, is read elsewhere
    given = [g for g in parse_quantities(figures_text(q.text)) if not g.is_year]

    def held(x: Quantity) -> set[str]:
        # a series' lead-in ("royalty income from its stake of $41 million in Q2 and $88 million in
        # the half") is all its figures' words, never the first's alone (`answer.figure_series`)
        local, lead = local_text(sentence, x), series_lead(sentence, x, figure_kind).strip()
        own = word_stems(local.replace(lead, " ") if lead else local)
        match = Matcher(words, own)
        return {t for t in words if match(t, own) >= 0.9}

    have = held(fig)
    # a name the question writes, printed right after a figure as what it counts ("12 ATR 72-600s on
    # order" for "how many ATR aircraft"), binds closer than the question's generic noun ("71 aircraft");
    # a name before the figure is the sentence's subject, all its figures' ("Harbor segment revenue of")
    names = set(q.named) - set(q.company)
    after = sorted(x.start for x in parse_quantities(sentence) if not x.is_year)

    def named(x: Quantity) -> set[str]:
        end = next((p for p in after if p >= x.end), len(sentence))
        own = word_stems(_CLAUSE_END.split(sentence[x.end : end], maxsplit=1)[0])
        return {t for t in names if Matcher(names, own)(t, own) >= 0.9}

    have_names = named(fig) if names and q.want == "count" else set()
    best, best_held = None, have
    for x in _siblings(sentence, fig):
        if have_names - named(x):
            continue  # "with 71 aircraft" beside "12 ATR 72-600s on order": the named thing is the chosen one's
        lo, hi = sorted((fig.end, x.start))
        if _COMPARED.search(_LINK.split(sentence[lo:hi])[-1]) or any(numbers_match(g, x, rel_tol=1e-6) for g in given):
            continue  # the same line compared with another period; a figure the question gives itself
        if sizes_a_whole(q.text, sentence, x):
            continue  # "remains under the $150 million authorization": the whole, not what is left of it
        own_years = figure_years_of(sentence, x)
        if q.years and own_years and not own_years & q.years:
            continue  # another year's figure of a list by year
        got = held(x)
        if got > best_held and (got - have) - METRIC_STEMS:
            best, best_held = x, got
    if best is None:
        return fig
    if q.want in ("amount", "count") and A_CHANGE.search(sentence[max(0, best.start - 40) : best.start]):
        return None  # "an increase of $3.4 billion in early redemption costs": how much it moved
    return best


def period_sibling(sentence: str, fig: Quantity, years: frozenset[int],
                   own_years: Callable[[str, Quantity], set[int]]) -> Quantity | None:
    """A figure of `fig`'s kind whose own words (`own_years`) state one of the asked `years`,
    when `fig`'s own words state another; None when no sibling does or the years pair in a
    "respectively" list (read by the first pick)."""
    if not years or _RESPECTIVELY.search(sentence):
        return None  # a list paired with its years in order: the first pick already read the pairs
    own = own_years(sentence, fig)
    if not own or own & years:
        return None
    return next((x for x in _siblings(sentence, fig) if own_years(sentence, x) & years), None)
