"""The company a statement question means when it names none.

An analyst handed one library and asked "what were total assets at September 30, 2026?" reads
the one set of statements that prints that line for that date: when exactly one company's
primary statements give the figure, the question is about that company. When several do, the
question is ambiguous: `answer.computed` refuses it and names them (a passage would quote whichever
company's row ranked first); a question naming a company the library lacks is never given another's.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.core.finance.companies import canonical_company
from assistant.core.finance.facts import Fact
from assistant.core.finance.question_periods import question_periods
from assistant.core.finance.statements import PRIMARY_STATEMENTS

if TYPE_CHECKING:
    from assistant.core.finance.plan import Plan
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

logger = logging.getLogger(__name__)

__all__ = ["companies_giving", "giving_in_facts"]


def giving_in_facts(plan: Plan, facts: list[Fact], gives: Callable[[Plan, list[Fact], str], bool]) -> list[str]:
    """The companies whose primary-statement facts give the plan's figure (`gives` says whether a
    company's facts answer it), as stored; it stops at the second, which already makes it ambiguous."""
    by_company: dict[str, list[Fact]] = {}
    shown: dict[str, str] = {}
    for fact in facts:
        if fact.company and fact.statement in PRIMARY_STATEMENTS:
            key = canonical_company(fact.company)
            by_company.setdefault(key, []).append(fact)
            shown.setdefault(key, fact.company)
    found: list[str] = []
    for key, mine in by_company.items():
        if not gives(copy.deepcopy(plan), mine, shown[key]):  # a copy: answering names the plan's row
            continue
        found.append(shown[key])
        if len(found) > 1:
            logger.debug("no company named, and the statements of %s both give the figure", found)
            break
    return found


def companies_giving(question: str, plan: Plan, query: ParsedQuery, library: Library,
                     gives: Callable[[Plan, list[Fact], str], bool]) -> list[str]:
    """The companies a question naming none may be about: those whose statements give its figure for
    the dated period it names (up to two: one answers it, two make it ambiguous). Empty where it
    names a company, one the library lacks, or no date."""
    periods = question_periods(question)
    # A day names a statement's column ("at September 30, 2026", "nine months ended September 30,
    # 2026"); a bare year ("in 2025") is too loose to tell one company's statements from a figure a
    # passage states (a rate case's authorized return), so it names none.
    if query.companies or query.unknown_companies or not periods or any(p.end is None for p in periods):
        return []
    return giving_in_facts(plan, library.facts(), gives)

