"""A table row under an outlook (issue 17): a results presentation's "Outlook for FY27" slide,
or a release's guidance table with its "Current guidance" and "Previous guidance" columns,
states what the company expects, not what it made. A question about what happened (it neither
looks ahead nor supposes, `unhappened.ASKS_AHEAD`) is not answered by such a row's cell, whatever
its label shares with the question; the row answers a question asking the guidance."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.unhappened import ASKS_AHEAD

__all__ = ["outlook_row"]

logger = logging.getLogger(__name__)

# What a table's title or column heading calls a forecast.
_OUTLOOK = re.compile(r"(?i)\b(?:outlook|guidance|forecasts?|targets?|ambitions?|projections?|expectations?)\b")
_TITLE_LINES = 3  # the table's title and heading lines, read from the chunk's lines above the row
_HEADING_CHARS = 80


def outlook_row(question: str, above: str, header: str) -> bool:
    """Whether the row, under `header` with `above` its chunk's lines before it, is a forecast's
    and `question` asks what happened."""
    if ASKS_AHEAD.search(question):
        return False
    if above.strip() and not above.endswith("\n") and not above.rstrip(" ").endswith("\n"):
        return False  # a sentence within a paragraph: no line of a table or slide
    # a title or heading is a short line of its own; a paragraph's words say nothing of a table
    lines = [ln for ln in above.splitlines() if ln.strip()][:_TITLE_LINES]
    lines = [ln for ln in lines if len(ln) <= _HEADING_CHARS]
    told = next((m.group() for m in (_OUTLOOK.search(t) for t in (header, *lines)) if m), None)
    if told:
        logger.debug("row under an outlook (%s) for a question about what happened", told)
    return told is not None
