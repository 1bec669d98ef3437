"""A figure whose arithmetic the question writes out, answered by arithmetic that is not it.

"Days payable for the quarter: accounts payable at the quarter's end ÷ the quarter's cost of sales
× 91" names two lines and a count of days. An answer worked out from the statements must follow
that arithmetic: one looked-up balance is no quotient, and a catalogue metric computed over 365
days and average balances is another figure than the one the question defines over 91 days and
ending balances. So a computed answer (its working shown, `Answer.computation`) is refused when

- the question writes a quotient or a product ("÷", "×", " / ", "divided by", "multiplied by") and
  the working has one input only: a line read where a ratio was asked;
- a number the question multiplies or divides by ("× 91", "182 ×", "÷ 4") is not in the working:
  the answer computed something else. A 2 (the mean of two balances), a 100 or 1,000 (a percent or
  a scale) is left out: the working writes those as an average, a percent sign or a unit.

A quoted figure (no computation) is judged by `stated_unit.sum_doubt`, and passes here.
"""

from __future__ import annotations

import re

from assistant.core.finance.years import YEAR_DIGITS
from assistant.core.types import Answer

__all__ = ["arithmetic_doubt", "writes_quotient", "written_factors"]

# A quotient or product written between operands; "times" is left out ("Times, two decimals" states a unit).
_QUOTIENT = re.compile(r"÷|×|(?<=\s)[/*](?=\s)|\bdivided\s+by\b|\bmultiplied\s+by\b", re.I)
_OPERATOR = r"(?:÷|×|\*|/|\bdivided\s+by\b|\bmultiplied\s+by\b)"
# A number written right after an operator, or right before a multiplication sign.
_AFTER = re.compile(rf"{_OPERATOR}\s*(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*%)", re.I)
_BEFORE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*(?:×|\*|\bmultiplied\s+by\b)", re.I)
_SHOWN_OTHERWISE = frozenset({1.0, 2.0, 100.0, 1000.0})


def writes_quotient(question: str) -> bool:
    """Whether the question writes a division or a multiplication between two operands."""
    return bool(_QUOTIENT.search(question))


def written_factors(question: str) -> list[float]:
    """The numbers the question multiplies or divides by ("× 91", "182 ×"), in order; years, dates
    ("ended July 29, 2023 ÷"), percents and the factors a working shows otherwise (2, 100, 1,000) left out."""
    found: list[tuple[int, str]] = [(m.start(1), m.group(1)) for m in _AFTER.finditer(question)]
    found += [(m.start(1), m.group(1)) for m in _BEFORE.finditer(question)]
    out: list[float] = []
    for _, written in sorted(found):
        raw = written.rstrip(",")  # "÷ 2021, percent": the comma ends the clause, not the number
        if YEAR_DIGITS.fullmatch(raw):
            continue
        value = float(raw.replace(",", ""))
        if value not in _SHOWN_OTHERWISE and value not in out:
            out.append(value)
    return out


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text)}


def arithmetic_doubt(question: str, answer: Answer) -> str | None:
    """Why a computed answer does not follow the arithmetic the question writes, else None."""
    comp = answer.computation
    if answer.refused or comp is None or not writes_quotient(question):
        return None
    if len(comp.inputs) < 2:
        return "the question defines its figure by arithmetic over several figures, and only one figure was found"
    shown = _numbers(f"{answer.answer} {comp.expression} {comp.formula}")
    missing = [f for f in written_factors(question) if f not in shown]
    if missing:
        return f"the working does not follow the question's arithmetic (it never uses the {missing[0]:g} the question names)"
    return None
