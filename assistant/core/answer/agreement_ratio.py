"""A ratio as an agreement defines it is the one the filing reports, never one worked out from
the statements. "What interest coverage ratio, as defined in its credit agreement, did Acme
report", "Acme's net debt to EBITDA ratio under its credit facility": the agreement's EBITDA and
debt are its own (adjusted, pro forma, trailing), so the statements' operating income and interest
expense give another figure. The passages answer it ("a ratio of 9.8 to 1 for the twelve months
ended June 30"), or it is refused."""

from __future__ import annotations

import re

__all__ = ["agreement_defined"]

# The ratio named as an agreement's or a covenant's: "as defined in its credit agreement", "under its
# credit facility", "its debt covenants allow", "the covenant ratio".
_AGREEMENT = re.compile(
    r"(?i)\bas\s+defined\s+(?:in|by|under)\b|\bcovenants?\b"
    r"|\bunder\s+(?:its|the|their)\s+(?:\w+\s+){0,2}(?:credit|loan|revolving|term\s+loan)\s+(?:facility|facilities|agreements?)\b"
)
_RATIO = re.compile(r"(?i)\bratios?\b|\bcoverage\b|\bleverage\b|\btimes\b|\bto\s+1(?:\.00)?\b")


def agreement_defined(question: str) -> bool:
    """Whether the question asks a ratio as an agreement or covenant defines it."""
    return bool(_AGREEMENT.search(question) and _RATIO.search(question))
