"""How much of a question a computed answer (statement facts) leaves unsaid: the question's content
words that neither the computed answer's text (metric, working, row labels) nor its cited rows and
titles carry, even through a stem, a root or the finance synonym map.

"How much did currency movements take off NIKE's reported revenues?" computed as NIKE's revenue
leaves "currency" unsaid: the question asks for a part of the metric the statements do not break
out, and the passages are read instead. Words do not count when they say how to compute or where
to look ("two decimal places", "divided by", "cash flow statement") or when the statements could
state them (a word of any row label of the cited documents: "lease liabilities", "continuing
operations"), nor when no retrieved passage names them (nothing there could answer them either).
How many unsaid words send a question to the passages (`Settings.computed_unsaid_max`) is measured
by `bench.computed_gate` on the prose and metric sets. Row-label words are no excuse when an input
row was matched loosely (`loosely_matched`): on the first fresh set read for it (unseen10, released
in session 14) such answers were wrong 7 times in 20 ("credit loss reserve for Card Member loans"
answered with the "Card Member loans" row).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.answer.qualifiers import families
from assistant.core.answer.question import Matcher, analyse
from assistant.core.answer.text import word_stems
from assistant.core.finance.periods import WEEK_SPANS
from assistant.core.words import stem

if TYPE_CHECKING:
    from collections.abc import Iterable

    from assistant.core.query import ParsedQuery
    from assistant.core.types import Answer, SearchHit

__all__ = ["METHOD_WORDS", "loosely_matched", "unsaid"]

# A span written in words, "the thirty-nine weeks", "year-to-date": the plan's period, which the
# answer states as its own label ("9M FY2025"), not a word of the line asked.
_SPAN_WORDS = re.compile("|".join([*WEEK_SPANS.values(), r"\b(?:year|fiscal[\s-]+year)[\s-]+to[\s-]+date\b"]), re.I)

# Words of the question's form or method, not of what it measures: "what percentage", "round to two
# decimal places", "defined as X divided by the average of", "from the cash flow statement", "(supplemental
# cash flow disclosure)".
METHOD_WORDS = frozenset(stem(w) for w in re.findall(r"[a-z]+", (
    "percentage percent share proportion fraction ratio rate portion dollars dollar usd basis points "
    "decimal decimals place places round rounded two three four twelve week weeks divide divided minus "
    "plus add added adding less subtract sum average mean defined definition estimate compute computed "
    "calculate calculated use using compare compared comparative change negative positive statement "
    "full statements sheet balance cash flow reconciliation column columns annual consolidated "
    "supplemental supplementary disclosure disclosures")))


def loosely_matched(trace: dict[str, float] | None) -> bool:
    """An input row was found by the question's own printed words, under a table heading or
    outside the primary statements, not as a known line item (the computed path's gate signals,
    `answer.gate_computed`). Then a question word that some statement row prints is no excuse:
    "trade payables" asked and "Cash from operations" used means another row was asked for."""
    t = trace or {}
    return any(t.get(k, 0.0) > 0 for k in ("printed", "heading", "off_primary"))


def unsaid(query: ParsedQuery, hits: list[SearchHit], computed: Answer, statement_labels: Iterable[str] = ()) -> list[str]:
    """The question's content words (stems) the computed answer and its citations leave unsaid and
    some retrieved passage names; the company's own name, method words and words of the
    statements' row labels (`statement_labels`) do not count."""
    q = analyse(query, hits)
    own = {stem(t.lower()) for name in query.companies for t in re.findall(r"[A-Za-z]+", name)}
    said = word_stems(" ".join([computed.answer, *(f"{c.title} {c.quote}" for c in computed.citations),
                                *statement_labels]))
    match = Matcher(q.terms, said)
    # A basis the question names ("GAAP", "adjusted") is the computed path's to honour, not a part of the metric.
    basis = {s for s, w in q.named.items() if families(w)} | {t for t in q.terms if families(t)}
    spans = word_stems(" ".join(m.group() for m in _SPAN_WORDS.finditer(query.asked)))
    left = [t for t in q.terms if t not in q.company and t not in own and t not in METHOD_WORDS and t not in basis
            and t not in spans and match(t, said) < 0.6]
    passages = [word_stems(h.text) for h in hits]
    if not left or not passages:
        return []
    found = Matcher(left, set().union(*passages))
    return [t for t in left if any(found(t, st) >= 0.9 for st in passages)]
