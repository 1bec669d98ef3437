"""Two figures of one sentence dated to the two years a growth question names: "At the end of
2023 and 2022 the balance was $9 million and $6 million, respectively" states the later and the
earlier value a percent change is worked out from, though neither is written as "from"; asked
"how much did the balance grow in 2023", the same sentence gives the move over 2023."""

from __future__ import annotations

from assistant.core.answer.derived_inputs import Fig, money
from assistant.core.answer.figure_period import figure_years
from assistant.core.answer.question import Question
from assistant.core.answer.units import A_CHANGE

__all__ = ["dated_pair"]


def dated_pair(q: Question, cur: Fig, figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """(the later year's figure, the earlier year's) of `cur`'s sentence, when the question names
    exactly two years and the sentence's own words date one figure to each; else None. A move asked
    "in 2022" alone is the move over that year: from the year before's figure to its own. A sentence
    stating moves ("decreased by ... in 2022 and increased by ... in 2021") has no levels to pair."""
    if len(q.years) == 2:
        late, early = max(q.years), min(q.years)
    elif len(q.years) == 1:
        late = next(iter(q.years))
        early = late - 1
    else:
        return None
    by_year: dict[int, list[Fig]] = {}
    for f in figs:
        if f.hit != cur.hit or f.start != cur.start or f.row or money(f) != money(cur) or f.q.unit != cur.q.unit:
            continue
        if A_CHANGE.search(f.text[max(0, f.q.start - 40) : f.q.start]):
            # "decreased by $149 million in 2022 ... increased by $526 million in 2021": each is a move, no level
            return None
        years = figure_years(f.text, f.q)
        if len(years) == 1:
            by_year.setdefault(next(iter(years)), []).append(f)
    now, before = by_year.get(late, []), by_year.get(early, [])
    if len(now) != 1 or len(before) != 1:
        return None  # none, or several figures each year: which pair is meant is unclear
    return now[0], before[0]
