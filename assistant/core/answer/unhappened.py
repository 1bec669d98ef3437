"""A figure its sentence places in the future or in a supposition answers no question about what
happened: "$419 million of deferred gains are expected to be reclassified during the next 12
months" is not what was reclassified in the year, and "the most shares that could be delivered is
43.4 million" is not how many were delivered. A question that itself looks ahead or supposes
("what does it expect", "how much would", "if rates rose", "the most it could") is answered by them."""

from __future__ import annotations

import re

from assistant.core.answer.text import BRACKETED
from assistant.core.numbers import Quantity, between_figures
from assistant.core.words import stem

__all__ = ["ASKS_AHEAD", "supposition_unsaid", "unhappened"]

# The verb a figure's words hang on says it has not happened (yet): a modal, an expectation, a plan;
# group "verb" is the action said to lie ahead.
_BE = r"(?:(?:not\s+)?(?:\w+ly\s+)?(?:be|have\s+been)\s+)?"
_NOT_YET = re.compile(
    rf"(?i)\b(?:will|would|could|might|shall)\s+(?:not\s+)?(?:\w+ly\s+)?{_BE}(?P<verb>[a-z]+)"
    rf"|\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:expected|anticipated|projected|forecast|planned|intended"
    rf"|scheduled)\s+to\s+{_BE}(?P<verb2>[a-z]+)"
    rf"|\bwe\s+(?:currently\s+)?(?:expect|anticipate|project|forecast|plan|intend)\s+to\s+{_BE}(?P<verb3>[a-z]+)"
)
# A question that looks ahead or supposes: what is expected, planned, possible or at most.
ASKS_AHEAD = re.compile(
    r"(?i)\b(?:will|would|could|can|may|might|should|shall|if|suppose\w*|hypothetic\w*|expect\w*|anticipat\w*"
    r"|forecast\w*|outlook|guid\w*|project(?:s|ed|ions?)?|plan(?:s|ned)?|intend\w*|target\w*|estimat\w*|assum\w*"
    r"|potential\w*|possibl\w*|maximum|most|up\s+to|future|next|upcoming|coming|remaining|due|scheduled|commit\w*"
    r"|sensitiv\w*|impact\s+of\s+an?|effect\s+of\s+an?|what\s+happens|agree(?:s|d)?\s+to|offer(?:s|ed)?)\b"
)
# Where another statement begins within the sentence: its verbs are not the figure's.
_OTHER_STATEMENT = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|compared|versus|although|though)\b|\.\s")
_ASIDE = BRACKETED


def _own_words(sentence: str, fig: Quantity) -> str:
    """The words of `fig`'s statement: from the figure (or statement) before it to the figure (or
    statement) after it, asides in brackets left out."""
    a, b = between_figures(sentence, fig)
    before, after = sentence[a : fig.start], sentence[fig.end : b]
    cuts = list(_OTHER_STATEMENT.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    cut = _OTHER_STATEMENT.search(after)
    if cut is not None:
        after = after[: cut.start()]
    return _ASIDE.sub(" ", f"{before} {after}")


def _same_word(a: str, b: str) -> bool:
    """One verb's forms: "reclassified" and "reclassify", "delivered" and "deliver"."""
    a, b = a.lower(), b.lower()
    return stem(a) == stem(b) or (min(len(a), len(b)) >= 6 and a[:6] == b[:6])


def unhappened(question: str, sentence: str, fig: Quantity) -> bool:
    """`fig`'s own words in `sentence` say the action `question` asks about is expected, planned or
    supposed ("are expected to be reclassified" for how much was reclassified), and `question` asks
    about what happened (it neither looks ahead nor supposes). The expectation must be the asked
    action's: "proceeds of $1.0 billion are expected to be used to fund ..." still states what was
    raised."""
    if ASKS_AHEAD.search(question):
        return False
    asked = [m.group() for m in re.finditer(r"[A-Za-z]{3,}", question)]
    for m in _NOT_YET.finditer(_own_words(sentence, fig)):
        verb = m["verb"] or m["verb2"] or m["verb3"]
        if verb and any(_same_word(verb, w) for w in asked):
            return True
    return False


# A question that opens by supposing ("If recurring revenue reaches ...", "Had the market grown ...",
# "Assuming rates rose ..."): it asks for a figure under that supposition.
_SUPPOSES = re.compile(r"(?i)^\W*(?:if|had|assuming|supposing|suppose)\b")


def supposition_unsaid(question: str, sentence: str) -> bool:
    """`question` supposes something and `sentence` states its figure plainly: nothing in it looks
    ahead or supposes (no "if", "would", "could", "expected", "up to", "effect of"). The figure is
    then the one as things are ("has doubled since 2023 to $640mn"), not the one supposed ("how much
    would that be if ... reaches its 2029 ambition"); a sensitivity ("Effect if actual results
    differ", "If the agreement is terminated ... would pay") states the supposed one."""
    return bool(_SUPPOSES.match(question)) and not ASKS_AHEAD.search(sentence)
