"""A "why" question asks a cause (issue 17): "why did the margin widen", "what reasons did it give",
"what drove the rise". A reader answers it only with a sentence that states one, in the words
that say so ("driven by", "due to", "reflected", "blamed", "because", "amid"); a sentence that
states only what moved ("Net sales increased 6.5% to ..."), a table's line, or someone's view
of the company ("They have been the price leader") answers what happened, not why. An explained
answer whose quotes state no cause is refused (`extractive`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from assistant.core.answer.scoring import CAUSAL

__all__ = ["states_cause"]

logger = logging.getLogger(__name__)

# Saying who or what is to blame names a cause too; "load factor" is a measure, not a factor.
_BLAMED = re.compile(r"(?i)\bblam(?:e|es|ed|ing)\b")
_MEASURE = re.compile(r"(?i)^factor$")


def states_cause(quotes: Iterable[str]) -> bool:
    """Whether one of the quoted sentences states a cause."""
    for quote in quotes:
        if _BLAMED.search(quote) or any(not _MEASURE.match(m.group()) for m in CAUSAL.finditer(quote)):
            return True
    logger.debug("explained answer states no cause")
    return False
