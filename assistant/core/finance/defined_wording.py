"""How a question words the formula it defines, beside `definitions`: whether a "Taking X as ..." goes on to ask X
(`asks_named`), whether a bracket after a metric's name restates it by whole lines (`restates_lines`), and one
object list shared by a repeated preposition, "purchases of A and of B", read as two lines (`distributed`)."""

from __future__ import annotations

import logging
import re

__all__ = ["asks_named", "distributed", "restates_lines"]

logger = logging.getLogger(__name__)

# "purchases of property, plant and equipment and of intangible assets", "investments in intangible assets and in
# PP&E": the preposition said again after "and" starts the second object of the same head; the "and" inside
# "property, plant and equipment" is no such join (no preposition follows it)
_HEAD = re.compile(r"\b(?P<head>(?:purchases?|investments?|additions?|payments?|acquisitions?|expenditures?)\s+"
                   r"(?P<prep>of|in|on|to|for))\s+(?P<first>[^()]+?)\s+and\s+(?P=prep)\s+", re.I)
# where the second object ends: the next operator, a bracket or the end
_NEXT = re.compile(r"\s+(?:plus|minus|less|divided\s+by|over|times)\b|\s[-–−+/x×*÷]\s|[()]|$", re.I)


def distributed(body: str) -> str:
    """The body with "H of A and of B" written as "( H of A + H of B )": a flow paid for two things is two lines,
    and a formula that subtracted the phrase read as one line would miss the second (or match a row of neither)."""
    m = _HEAD.search(body)
    if m is None:
        return body
    rest = body[m.end():]
    stop = _NEXT.search(rest)
    second = rest[: stop.start()] if stop else rest
    head = m.group("head")
    logger.debug("%r split into two lines", m.group())
    return f"{body[: m.start()]}( {head} {m.group('first')} + {head} {second.strip()} ){rest[len(second):]}"


def asks_named(name: str, asked: str) -> bool:
    """Whether the question goes on to ask the metric its "Taking X as ..." defined: "what was it", the same catalogue
    metric ("Taking EBITDA as ..., what was EBITDA"), or every word of its name ("... what was Acme's payout")."""
    from assistant.core.finance.catalogue_names import catalogue_metric

    if re.match(r"(?:what|how\s+much)\s+(?:is|was|were)\s+it\b", asked, re.I):
        return True
    metric = catalogue_metric(name)
    if metric is not None:
        return catalogue_metric(asked) == metric
    words = re.findall(r"[a-z]{3,}", name.lower())
    return bool(words) and all(re.search(rf"\b{w}", asked, re.I) for w in words)


def restates_lines(question: str, body: str) -> bool:
    """Whether a bracket after a metric's name ("Acme cash ratio (cash and cash equivalents / total current
    liabilities)") defines the metric by whole statement lines: operators written apart, no catalogue metric named
    (the catalogue's own formula stands), and no operand naming a part of a line ("international sales",
    "division net revenue"): a part's bracket ("current plus non-current") restates a line, it defines nothing."""
    from assistant.core.finance.catalogue_names import catalogue_metric
    from assistant.core.finance.definitions import _SPACED

    if not _SPACED.search(body) or catalogue_metric(question) is not None:
        return False
    from assistant.core.finance.narrowed_operands import narrowed_part

    return narrowed_part(body) is None
