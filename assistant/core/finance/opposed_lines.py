"""Lines of one item that a finance reader never takes for each other: the same noun with the other
word of an opposed set before or after it.

A statement prints several rows for one item that differ by one word: dividends declared and
dividends paid (the equity statement and the cash flow statement), the carrying amount and the fair
value of debt, deferred tax assets before and after the valuation allowance, options granted,
exercised, forfeited and outstanding, interest incurred, capitalised and expensed. The question's
word picks the row; a row or clause that names another word of the same set, and not the asked one,
is another line, however many of the question's other words it shares ("dividends paid" is no
answer to a payout ratio "over dividends declared").
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

__all__ = ["opposed_line"]

# Each set: the words that name one line of an item, each against the others of its set.
_SETS: tuple[dict[str, re.Pattern[str]], ...] = tuple(
    {name: re.compile(p, re.I) for name, p in group.items()} for group in (
        # what a board declares and what the company pays out in cash in the period
        {"declared": r"\bdeclar(?:e|es|ed|ing|ations?)\b",
         "paid": r"\bpaid\b(?!-in\b|\s+in\s+capital\b)|\bpay(?:s|ing)?\b|\b(?:cash\s+)?payments?\s+of\s+dividends\b"
                 r"|\bdividends?\s+payments?\b"},
        # a debt's or an asset's book amount and its market value
        {"carrying": r"\bcarrying\b|\bbook\s+value\b",
         "fair": r"\bfair\s+value\b|\bfair\s+market\s+value\b"},
        # before or after a deduction from the same item ("before valuation allowance")
        {"before": r"\bbefore\s+(?:the\s+)?(?:valuation\s+allowances?|allowances?|reserves?|accumulated\b)"
                   r"|\bgross\s+of\b",
         "after": r"\bafter\s+(?:the\s+)?(?:valuation\s+allowances?|allowances?|reserves?|accumulated\b)"
                  r"|\bnet\s+of\s+(?:the\s+)?(?:valuation\s+allowances?|allowances?|reserves?|accumulated\b)"},
        # the events and states of an award or option roll-forward
        {"granted": r"\bgrant(?:s|ed)?\b", "exercised": r"\bexercised\b", "forfeited": r"\bforfeit(?:s|ed|ures?)?\b",
         "expired": r"\bexpired\b|\bcancel+ed\b", "vested": r"\bvested\b", "outstanding": r"\boutstanding\b",
         "exercisable": r"\bexercisable\b"},
        # interest the company bore, the part it added to an asset's cost and the part it expensed
        {"incurred": r"\bincurred\b", "capitalised": r"\bcapitali[sz]ed\b", "expensed": r"\bexpensed\b"},
    )
)


# "(not those paid)", "rather than the fair value": a word the question rules out is not asked
_RULED_OUT = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\b[^,;.()?]*", re.I)


def _named(text: str, group: dict[str, re.Pattern[str]]) -> set[str]:
    return {name for name, rx in group.items() if rx.search(text)}


def opposed_line(question: str, own: str) -> str | None:
    """The line `own` (a row's label or a figure's own clause) names when it is another of an opposed
    set than the one `question` names ("paid" read, "declared" asked), as "X, not Y"; None when the
    question names no such word, `own` names none, or `own` names the asked one too."""
    for group in _SETS:
        asked = _named(_RULED_OUT.sub(" ", question), group)
        said = _named(own, group)
        if asked and said and not asked & said:
            logger.debug("line %s read, %s asked", sorted(said), sorted(asked))
            return f"{'/'.join(sorted(said))}, not {'/'.join(sorted(asked))}"
    return None
