"""How far an answer is verified, in three honest states (pure; no Streamlit here).

- verified: the question asks for a figure, the answer's key figure is in a cited quote,
  that passage is about what the question names (its line item), and every quote and
  number checked out;
- quoted: every quote was found in its source, but nothing tied a figure to the question
  (a prose answer, no key figure, a follow-up that names no line item, ...);
- unverified: a quote was not found, a number is in no source, arithmetic failed, or no
  source is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.core.types import Answer, Citation
from assistant.ui.columns import column_of, describe, mismatch
from assistant.ui.markup import passage_for

State = Literal["verified", "quoted", "unverified"]
_FIGURE_ASKS = {"amount", "percent", "number", "change", "count"}
_GENERIC = {"total", "other", "costs", "expenses", "share", "period"}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Verdict:
    state: State
    reason: str
    problems: list[str] = field(default_factory=list)


def _figure_in(figure: str, quote: str) -> bool:
    numbers = [n.replace(",", "") for n in _DIGITS.findall(figure)]
    if not numbers:
        return False
    flat = quote.replace(",", "")
    return all(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", flat) for n in numbers)


def _mentions(text: str, phrases: list[str]) -> bool:
    low = " ".join(text.lower().split())
    return any(p.lower() in low for p in phrases if p.strip())


def verification(answer: Answer) -> Verdict | None:
    """The answer's verification state and why; None for a refusal (nothing to verify)."""
    if answer.refused:
        return None
    checks = answer.checks
    problems = [f"Number not found in the cited sources: {n}" for n in checks.ungrounded_numbers]
    problems += [f"Citation problem: {p}" for p in checks.invalid_citations]
    problems += [f"Arithmetic does not check out: {c}" for c in checks.computations if c.upper().startswith("MISMATCH")]
    if problems:
        return Verdict("unverified", "verification found problems; check them before relying on the answer", problems)
    if not answer.citations:
        return Verdict("unverified", "no source is cited for this answer")
    from assistant.core.query import parse_question

    asked = answer.standalone_question or answer.question
    parsed = parse_question(asked, [])
    figure = answer.key_figure.text if answer.key_figure is not None else ""
    quoted = "every quote was found in its source"
    if not figure:
        if parsed.want in _FIGURE_ASKS:
            return Verdict("quoted", f"{quoted}, but the answer gives no single figure for what was asked")
        return Verdict("quoted", f"{quoted}; there is no figure to check against the question")
    holding: list[Citation] = [c for c in answer.citations if _figure_in(figure, c.quote)]
    if not holding:
        return Verdict("quoted", f"{quoted}, but the key figure {figure} is in none of the quotes")
    items = parsed.line_items
    if not items:
        return Verdict(
            "quoted",
            f"{quoted}; the question (as searched: “{asked}”) names no line item, so nothing shows "
            f"that {figure} is what was asked; ask it in full to verify",
        )
    words = list(items)
    for expansion in parsed.expansions:  # "operating income operating profit": its pairs and main words
        parts = expansion.split()
        words += [" ".join(parts[i:i + 2]) for i in range(len(parts) - 1)]
        words += [w for w in parts if len(w) >= 5 and w not in _GENERIC]
    if not any(_mentions(c.quote, words) for c in holding):
        return Verdict(
            "quoted", f"{quoted}, but the quote holding {figure} does not name {', '.join(items)}"
        )
    ns = ", ".join(f"[{c.n}]" for c in holding)
    where = ""
    for citation in holding:  # a table row: is it the column the question asks about?
        hit = passage_for(citation, answer)
        column = column_of(figure, citation.quote, hit.text if hit is not None else citation.quote)
        if column is None:
            continue
        wrong = mismatch(column, asked)
        if wrong:
            return Verdict("unverified", f"{figure} is in the cited row, but {wrong}", [f"Wrong column? {wrong}"])
        where = f" (column: {describe(column)})"
    return Verdict("verified", f"the key figure {figure} is in the cited {items[0]} passage {ns}{where}; {quoted}")
