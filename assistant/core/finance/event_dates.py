"""Dates in a question that name an event or an instrument rather than the asked figure's period.

"Before the 2026 recast, what had X reported for the second quarter of 2025?" asks for the second
quarter of 2025; "the 2026 recast" is the event's name, as "its February 2025 authorization", "its
2019 Stock Plan" or "the 2023 Restructuring Plan" are the names of things. A filing reader takes the
asked period from the words that date the figure and keeps the event's year as part of its name
(it may still help find the passage, so only period parsing sees it masked).
"""

from __future__ import annotations

import re

from assistant.core.finance.periods import MONTH_CAPITALISED

__all__ = ["mask_event_years"]

# A year set before a noun after a preposition that places the figure relative to a thing
# ("before the 2026 recast", "under its February 2025 authorization", "after Acme's 2024 deal").
# A year followed by a period word ("after its 2023 fiscal year", "before the 2024 first quarter")
# still dates a period and is left alone.
_RELATIVE = r"(?i:before|after|under|since|following|prior\s+to|ahead\s+of|until|through)"
_OWNER = r"(?:the|its|their|[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}['’]s?)"
_EVENT_YEAR = re.compile(
    rf"\b{_RELATIVE}\s+{_OWNER}\s+(?:[a-z]+\s+)?(?:{MONTH_CAPITALISED}\s+)?((?:19|20)\d\d)(?=\s+[A-Za-z])"
    r"(?!\s+(?:fiscal|financial|calendar|first|second|third|fourth|full|half|quarter|year|annual\s+report|"
    r"10-?[KQ]|form|results|report|filing))",
)


# A period left to date the figure. A year a debt instrument is due in names the instrument ("its
# 4.45% notes due April 2046"); a question dated only by names keeps them.
_PERIOD_LEFT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:FY|[1-4]Q|Q[1-4]|H[12])\s*'?\d\d\b")
_DUE = re.compile(rf"\bdue\s+(?:in\s+)?(?:{MONTH_CAPITALISED}\s+)?$")


def _dated(text: str) -> bool:
    return any(not _DUE.search(text[max(0, m.start() - 20):m.start()]) for m in _PERIOD_LEFT.finditer(text))


def mask_event_years(text: str) -> str:
    """`text` with each year (and the month before it) that names an event blanked out, keeping
    every position; unchanged where that would leave the question no year at all (then the event's
    year is the only date the writer gave, and the best one there is)."""
    masked = text
    for m in _EVENT_YEAR.finditer(text):
        start = m.start(1)
        month = re.search(rf"{MONTH_CAPITALISED}\s+$", text[m.start():start])
        if month:
            start = m.start() + month.start()
        masked = masked[:start] + " " * (m.end(1) - start) + masked[m.end(1):]
    return masked if masked != text and _dated(masked) else text
