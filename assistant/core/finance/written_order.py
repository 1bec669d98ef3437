"""The order a definition written in words is worked in: a reader divides everything named before
"divided by" ("cash plus investments plus receivables, divided by current liabilities"), where
operator precedence would divide the last operand alone. Formula tokens in, formula tokens out."""

from __future__ import annotations

__all__ = ["dividend_whole"]


def _top_level(run: list[str]) -> list[str]:
    """The tokens of `run` outside its parentheses."""
    depth, top = 0, []
    for token in run:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth == 0 and token not in ("(", ")"):
            top.append(token)
    return top


def dividend_whole(tokens: list[str]) -> list[str]:
    """A written definition divides what it names before the division: "cash plus investments plus
    receivables, divided by current liabilities" is (cash + investments + receivables) / current liabilities,
    as a reader takes it, not receivables alone over the liabilities. A run that already divides is left as written."""
    out: list[str] = []
    for token in tokens:
        if token == "/":
            start, depth = len(out), 0
            while start > 0 and not (out[start - 1] == "(" and depth == 0):
                depth += {")": 1, "(": -1}.get(out[start - 1], 0)
                start -= 1
            top = _top_level(out[start:])
            if any(t in ("+", "-") for t in top) and not any(t in ("/", "*") for t in top):
                out[start:] = ["(", *out[start:], ")"]
        out.append(token)
    return out
