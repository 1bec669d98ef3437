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

__all__ = ["part_defined"]

logger = logging.getLogger(__name__)

# "Taking total debt as A plus B, what was ...", "Defining net debt as A minus B, what was ...", "With EBITDA
# defined as A plus B, what was ..."
_PART = re.compile(r"^\s*(?:taking|defining|treating|with)\s+(?:the\s+)?(?P<part>[\w\s-]{2,40}?)\s+(?:defined\s+)?as\s+"
                   r"(?P<body>[^?]+?),\s+(?:what|how)\s+(?:is|was|were|much|many)\b", re.I)


def part_defined(question: str) -> tuple[str, str, str] | None:
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
    stated = _expression(m.group("body"))
    if stated is None:
        return None
    return metric.formula.replace(own, stated), metric.unit, metric.title
