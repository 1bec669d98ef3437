"""A move a question supposes rather than asks about: "if the dollar firmed 10 percent, what hit to
pretax income ...", "how much would a 100 basis point rise in market interest rates hurt net
interest income". The percent it gives is the premise of a sensitivity; what it asks is the amount
the move changes. An instrument named after a rate ("cross currency interest rate swaps") is no
rate either: "what notional amount of interest rate swaps" asks for an amount.

`without_supposed` is the question with those spans removed, for reading the kind of answer it
wants; `opposite_move` tells when a sentence's sensitivity is for a move the other way than the one
supposed ("a 100 basis point increase" when a decrease is asked about), which answers nothing.
"""

from __future__ import annotations

import logging
import re

__all__ = ["opposite_move", "without_supposed"]

logger = logging.getLogger(__name__)

_MOVE_UNIT = r"(?:%|\s*percent\b|\s*per\s+cent\b|[- ]?basis[- ]points?\b|\s*bps\b)"
_GIVEN = rf"\d[\d,]*(?:\.\d+)?{_MOVE_UNIT}"
# "if the dollar firmed 10 percent", "assuming rates rose 50 basis points": the clause up to its comma.
_IF_CLAUSE = re.compile(rf"(?i)\b(?:if|assuming|supposing)\b[^,?;]*?{_GIVEN}[^,?;]*")
# "a sudden 100 basis point rise in market interest rates": a given move in rates.
_RATE_MOVE = re.compile(rf"(?i){_GIVEN}[- ]?(?:[a-z]+\s+){{0,2}}?(?:rise|increase|decrease|decline|drop|fall"
                        rf"|move|movement|change|shift|shock|hike|cut)s?\s+in\s+(?:[\w-]+\s+){{0,3}}?rates?\b")
# Instruments named after a rate: a notional amount or a fair value, never a percent.
_RATE_INSTRUMENT = re.compile(r"(?i)\b(?:interest|exchange|currency)[- ]rate\s+(?:swap|cap|collar|lock|floor"
                              r"|future|forward|option|contract|derivative|hedge)s?\b")

_UP = re.compile(r"(?i)\b(?:ris(?:e|es|ing)|rose|risen|increas\w*|strengthen\w*|firm(?:s|ed|ing)?|higher"
                 r"|appreciat\w*|hikes?)\b")
_DOWN = re.compile(r"(?i)\b(?:fall(?:s|ing)?|fell|decreas\w*|declin\w*|weaken\w*|lower|depreciat\w*|drops?"
                   r"|dropped|cuts?)\b")
_NUMBER = re.compile(rf"(?i)(\d[\d,]*(?:\.\d+)?){_MOVE_UNIT}")
_NEAR = 40  # characters either side of a given figure read for the direction of its move


def without_supposed(text: str) -> str:
    """`text` without the moves it supposes and the rate-named instruments it names."""
    for rx in (_IF_CLAUSE, _RATE_MOVE, _RATE_INSTRUMENT):
        text = rx.sub(" ", text)
    return text


def _moves(text: str) -> dict[str, str]:
    """Each given percent or basis-point figure of `text` with the direction written beside it."""
    out: dict[str, str] = {}
    for m in _NUMBER.finditer(text):
        near = text[max(0, m.start() - _NEAR) : m.end() + _NEAR]
        up, down = bool(_UP.search(near)), bool(_DOWN.search(near))
        if up != down:
            out[m.group(1).replace(",", "")] = "up" if up else "down"
    return out


def opposite_move(question: str, sentence: str) -> bool:
    """Whether the question supposes a move (in a clause or a rate move it gives) that the sentence
    states for the other direction: the same figure, risen where the question has it fall."""
    spans = [m.group() for rx in (_IF_CLAUSE, _RATE_MOVE) for m in rx.finditer(question)]
    if not spans:
        return False
    asked = _moves(" ".join(spans))
    stated = _moves(sentence)
    clash = [n for n, d in asked.items() if stated.get(n, d) != d]
    if clash:
        logger.debug("supposed move %s is stated the other way", clash)
    return bool(clash)
