"""A part of a catalogue metric the question defines before asking the metric: "Taking total debt as
the current portion of long-term debt plus long-term debt, what was Acme's debt-to-equity ratio?"
The stated formula of the part (total debt, net debt, EBITDA, free cash flow, working capital)
replaces the catalogue's own formula for that part inside the asked metric's formula; a part the
asked metric does not use, or an operand no line names, defines nothing (the question is refused
or read otherwise, never half-defined)."""

from __future__ import annotations

import logging
import re

from assistant.core.finance.metrics import METRICS

__all__ = ["defines_own_terms", "part_defined"]

logger = logging.getLogger(__name__)

# "Taking total debt as A plus B, what was ...", "Defining net debt as A minus B, what was ...", "With EBITDA
# defined as A plus B, what was ..."
_PART = re.compile(r"^\s*(?:taking|defining|treating|with)\s+(?:the\s+)?(?P<part>[\w\s-]{2,40}?)\s+(?:defined\s+)?as\s+"
                   r"(?P<body>[^?]+?),\s+(?:what|how)\s+(?:is|was|were|much|many)\b", re.I)


def part_defined(question: str, labels: bool = False) -> tuple[str, str, str] | None:
    """(formula, unit, title) of the catalogue metric the question asks, with the part it defines first
    replaced by the question's own formula for it; None when the question defines no such part."""
    from assistant.core.finance.catalogue_names import catalogue_metric
    from assistant.core.finance.definitions import _METRIC_WORDS, _expression

    m = _PART.search(question)
    if m is None:
        return None
    part = next((name for rx, name in _METRIC_WORDS if rx.match(m.group("part"))), None)
    asked = catalogue_metric(question[m.end("body"):])
    if part is None or asked is None or asked == part:
        return None  # the metric itself defined: `definitions.defined_formula` reads it
    own = METRICS[part].formula
    metric = METRICS[asked]
    if f"({own})" not in metric.formula and own not in metric.formula:
        logger.debug("%s defined, but %s does not use it", part, asked)
        return None
    stated = _expression(m.group("body"), labels)
    if stated is None:
        return None
    return metric.formula.replace(own, stated), metric.unit, metric.title


def defines_own_terms(question: str) -> bool:
    """Whether the question states how its metric, or a part of it, is made up ("Define the payout ratio as
    A divided by B", "Taking total debt as A plus B plus C, what was ..."): then only that formula answers it.
    The catalogue's formula for the name would add a line the question leaves out or miss one it adds."""
    from assistant.core.finance.definitions import _METRIC_WORDS

    m = _PART.search(question)
    if m is not None and any(rx.match(m.group("part")) for rx, _ in _METRIC_WORDS):
        return True
    d = _DEFINES.search(question)
    return d is not None and not _catalogue_lines(question, question[d.end():])


def _catalogue_lines(question: str, body: str) -> bool:
    """Whether a definition only restates the catalogue formula of the metric the question names: every line it
    divides, adds or subtracts is one of that formula's ("Define free cash flow as cash provided by operating
    activities minus additions to property and equipment"); one it names otherwise makes its own terms."""
    import ast

    from assistant.core.finance.catalogue_names import catalogue_metric
    from assistant.core.finance.definitions import _OPERATORS
    from assistant.core.finance.question_terms import question_concept

    asked = catalogue_metric(question)
    if asked is None:
        return False
    lines = {n.id for n in ast.walk(ast.parse(METRICS[asked].formula, mode="eval")) if isinstance(n, ast.Name)}
    body = re.sub(r"\([^()]*\)", " ", re.split(r"[?;]|\.\s", body)[0])  # "(used in)" restates its line
    pieces = [p for p in _OPERATORS.split(body) if p and p.strip() and not _OPERATORS.fullmatch(p)]
    found = [question_concept(p) for p in pieces]
    return bool(found) and all(f is not None and f[0] in lines for f in found)


# A definition the question opens with, or states of its metric: "Define the payout ratio as ...", "Net debt is
# defined here as ...". Not ", defined as" after the metric's name, which restates the usual formula in passing
# ("the effective tax rate, defined as income tax expense divided by income before taxes").
# Also a gloss, "X here means ...", a formula measured or taken ("Measured as A divided by B, what was ...", "...,
# measured as A divided by B?", "..., taking A over B?" (with its arithmetic: "..., taking the opening and closing
# balances?" names no formula), "Taking X as A minus B, what was it?").
_DEFINES = re.compile(r"^\s*(?:defin(?:e|ing)|taking)\s+(?!as\b)[^.?]{2,80}?\s+(?:as|to\s+be)\s|"
                      r"\b(?:is|be)\s+defined\s+(?:here\s+)?as\s|\bhere\s+means\s|(?:^\s*|,\s+)measured\s+as\s|"
                      r",\s+taking\s+(?=(?:(?!\bas\b)[^?])*?(?:\s(?:over|divided\s+by|plus|minus|less)\s|\s[/÷+×*−–-]\s))", re.I)
