"""Arithmetic an answer writes out ("$431 million / 41 million shares = $10.51 per share",
"(A - B) / B = 4.6%"), redone exactly from the figures it names.

The verifier's search for an unexplained number (`assistant.core.arithmetic`) skips inputs known
to only two digits ("41 million", "$3.2 billion"), since some pair of such figures fits almost
anything. A written-out formula names its inputs, so nothing is guessed: the result is checked
against the stated inputs within the rounding of the result as shown, and the inputs themselves
must still be found in the cited sources like any other number.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable

from assistant.core.arithmetic import ArithmeticCheck
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["check_formulas"]

_EQUALS = re.compile(r"\s=\s")
# Between two inputs: operators and brackets, and words that only name a unit ("shares").
_GAP = re.compile(r"(?i)^(?:[\s()+\-*/x×−–]|\bshares?\b|\bunits?\b|\bper\s+share\b)*$")
_OPS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
}
_PERCENT = ("percent", "pp", "bp")


def _evaluate(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_evaluate(node.operand)
    raise ValueError("not arithmetic")


def _operators(gap: str) -> str:
    words = re.sub(r"(?i)\bper\s+share\b|\bshares?\b|\bunits?\b", " ", gap)
    return words.replace("×", "*").replace("x", "*").replace("X", "*").replace("−", "-").replace("–", "-")


def _magnitude(q: Quantity) -> float:
    return abs(q.value) if q.unit in _PERCENT or q.scale is None else abs(q.base_value)


def _one(text: str, qs: list[Quantity], at: re.Match[str]) -> ArithmeticCheck | None:
    result = next((q for q in qs if q.start >= at.end()), None)
    if result is None or text[at.end() : result.start].strip():
        return None
    start = max(text.rfind(c, 0, at.start()) for c in ":;\n") + 1
    left = [q for q in qs if start <= q.start and q.end <= at.start()]
    if len(left) < 2:
        return None
    lead = text[start : left[0].start]
    expr, pos = "(" * lead[len(lead.rstrip("( ")) :].count("("), left[0].start  # "(A - B) / B"
    for q in left:
        gap = text[pos : q.start]
        if not _GAP.match(gap):
            return None
        sign = q.raw.strip()[:1]  # "A - B" parses as A and "- B"
        size = _magnitude(q)
        if q.unit == "percent" and result.unit not in _PERCENT:
            size /= 100.0  # "75% x $700 million = $525 million": a percent of an amount is a fraction
        expr += _operators(gap) + (_operators(sign) if sign in "+-−–" else "") + repr(size)
        pos = q.end
    tail = text[pos : at.start()]
    if not _GAP.match(tail):
        return None
    expr += _operators(tail)
    try:
        value = _evaluate(ast.parse(expr.strip(), mode="eval"))
    except (SyntaxError, ValueError, ZeroDivisionError):
        return None
    if result.unit == "percent" and not any(q.unit in _PERCENT for q in left):
        value *= 100.0  # "A / B = 10.7%": a share written as a percentage
    target = _magnitude(result)
    shown = 0.5 * 10.0 ** (-result.shown_decimals) * (1.0 if result.unit in _PERCENT or result.scale is None
                                                       else result.multiplier)
    ok = abs(abs(value) - target) <= shown + 1e-6 * max(target, 1.0)
    inputs = " ".join(text[start + len(lead.rstrip("( ")) : at.start()].split())
    verdict = "verified" if ok else f"MISMATCH: the inputs give {value:,.4g}"
    return ArithmeticCheck(result, ok, f"{result.raw} = {inputs} {verdict}")


def check_formulas(text: str) -> list[ArithmeticCheck]:
    """Every "inputs = result" the text writes out, redone; a verified result also verifies the
    same figure stated elsewhere in the text ("About $10.51 [1], computed ... = $10.51")."""
    qs = [q for q in parse_quantities(text) if not q.is_year and q.high is None]
    checks = [c for m in _EQUALS.finditer(text) if (c := _one(text, qs, m)) is not None]
    for c in [c for c in checks if c.ok]:
        checks += [ArithmeticCheck(q, True, c.description) for q in qs
                   if q.start != c.stated.start and q.raw.strip() == c.stated.raw.strip()]
    return checks
