"""What a question sets aside to ask for the rest: "leaving out X, how much ...", "apart from X",
"once X is removed", "how much was not X". Read by `part_whole` (a figure whose own words name
the part set aside is that part, not the rest asked) and `derived_relations` (the rest computed
from a figure and the part its sentence says it includes)."""

from __future__ import annotations

import re

__all__ = ["ONCE_REMOVED", "SET_ASIDE_ASKED", "set_aside_parts"]

# "once the tax benefit is removed", "once COVID-19 vaccinations are excluded": the part set aside
# written before its verb; group "what" as in `derived_relations._WITHOUT`.
ONCE_REMOVED = re.compile(r"(?i)\b(?:once|after)\s+(?:the\s+|its\s+)?(?P<what>[^,;?()]{3,80}?)\s+"
                          r"(?:is|are|has\s+been|have\s+been)\s+(?:removed|excluded|stripped\s+out|taken\s+out"
                          r"|backed\s+out|left\s+out|set\s+aside)\b")
# The forms that set a part aside before it. "Excluding X" is not one here: a figure a sentence
# states "excluding X" is often the very one asked, and the part's own words then say so anyway.
SET_ASIDE_ASKED = (
    re.compile(r"(?i)\b(?:other\s+than|apart\s+from|aside\s+from|leaving\s+(?:out|aside)|setting\s+aside"
               r"|stripping\s+out|except(?:\s+for)?)\s+(?:the\s+|its\s+)?(?P<what>[^,;?()]{3,80})"),
    ONCE_REMOVED,
    re.compile(r"(?i)\bhow\s+(?:much|many)\b[^?]{0,40}?\b(?:was|were|is|are)\s+not\s+(?P<what>[^,;?()]{3,80})"),
)


def set_aside_parts(question: str) -> list[str]:
    """The parts `question` sets aside, in its own words ("C-Band related spending")."""
    return [m.group("what") for rx in SET_ASIDE_ASKED for m in rx.finditer(question)]
