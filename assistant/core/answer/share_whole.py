"""A share asked of a narrower whole than the one a sentence's percent is of (issue 17: no
answer whose figure is about another metric than asked).

"What share of the Retail unit's product revenues came from online orders?" asks a percent of the
unit's product revenues; "Retail revenues from online orders were 12%, 11% and 9%, respectively, of
the company's consolidated total revenues" states a percent of the company's whole, another metric.
The rule, in words: when the sentence says its percent is of the company's total or consolidated
figure ("of total revenues", "of the Company's consolidated net sales") and the whole the question
asks the share of holds a word that whole lacks (a segment, a kind of revenue), the percent is not
the share asked. A question asking the share of the company's own total ("share of Orvel's
revenues", "of total net sales") is answered as before.
"""

from __future__ import annotations

import re

from assistant.core.answer.question import STOP
from assistant.core.answer.text import word_stems
from assistant.core.numbers import Quantity

# "share of X came from ...", "percentage of X was ...": the whole the question asks a share of.
_ASKED_WHOLE = re.compile(r"(?i)\b(?:share|percentage|percent|proportion|portion|fraction)\s+of\s+(?:the\s+)?"
                          r"(?P<w>[^?,;]{3,120}?)\s+(?:came|comes|come|was|were|is|are|went|represented|accounted"
                          r"|did|does|do)\b")
# "..., 14% and 13%, respectively, of the Company's consolidated total revenues": the whole the
# sentence's percents are of, when it is the company's total.
_TOTAL_WHOLE = re.compile(r"(?i)^[^.;:]{0,60}?\b(?:of|to)\s+(?:the\s+)?(?:company['’]s\s+|our\s+|its\s+)?"
                          r"(?P<w>(?:consolidated|total)\b[^,.;:()]{0,80})")
_TOTAL_WORDS = frozenset(word_stems("total consolidated company"))


def _content(text: str) -> set[str]:
    return {s for s in word_stems(text) if s not in STOP and len(s) > 2}


def other_whole(question: str, sentence: str, fig: Quantity, company: frozenset[str]) -> str | None:
    """Why `fig`, a percent of `sentence`, is a share of the company's total rather than of the
    narrower whole `question` asks a share of; None when it may be the share asked."""
    if fig.unit != "percent":
        return None
    asked = _ASKED_WHOLE.search(question)
    stated = _TOTAL_WHOLE.match(sentence[fig.end :])
    if asked is None or stated is None:
        return None
    asked_w = _content(asked.group("w")) - set(company)
    if asked_w & _TOTAL_WORDS:
        return None  # the question asks the share of the total itself
    missing = asked_w - _content(stated.group("w"))
    if not missing:
        return None
    return f"a share of the company's {' '.join(stated.group('w').split()[:5])}, not of the whole asked"
