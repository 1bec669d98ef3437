"""An after-tax figure asked is answered only by a sentence that says its figure is after tax.

Filings state a charge, a gain or a loss before tax unless they say otherwise ("a pre-tax charge
of $842 million ($677 million after-tax)", "a loss, net of tax, of $5 million"), so a sentence that
names no tax basis at all ("the $223 million loss recognized during 2021") gives the pre-tax
figure: no answer to "what was the after-tax loss". A table row is read by its own label and
header elsewhere; this reads sentences only."""

from __future__ import annotations

import re

__all__ = ["after_tax_unsaid"]

# "after-tax", "after tax", "after taxes", "net of tax", "net of income taxes", "tax-effected"
_AFTER_TAX = re.compile(r"(?i)\bafter[\s-]+(?:income\s+)?tax(?:es)?\b|\bnet\s+of\s+(?:related\s+|income\s+)?tax(?:es)?\b"
                        r"|\btax[\s-]+effected\b|\bafter[\s-]tax\b")


def after_tax_unsaid(question: str, sentence: str) -> bool:
    """`question` asks an after-tax figure and `sentence`, the quoted one, never says after tax."""
    return bool(_AFTER_TAX.search(question)) and not _AFTER_TAX.search(sentence)
