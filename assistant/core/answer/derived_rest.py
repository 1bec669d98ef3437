"""The rest of a whole that one sentence splits: "lenders provided $300 million in lines of credit,
of which $250 million expire within one year" answers "Of those lines of credit, how much does not
expire within one year?" with $300 million - $250 million, not with either stated figure.

A reader does this when the question takes a part of a named whole ("Of X, how much ...", "How much
of X ...") and the sentence the answerer chose states that whole, then one part of it linked to it
("of which", "with", "including"), and the part the question describes is the other one: its words
carry a complement marker ("not", "other than", "after", "outside", "remaining") that the stated
part's own words lack, while sharing the rest of their description ("expire within one year").
Both figures are quoted and the arithmetic is shown. When the stated part's own words already
carry a marker the question lacks (it is the rest itself), or share nothing with the question's
description, nothing is computed here."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_inputs import Derived, absolute, rescale, show
from assistant.core.answer.question import STOP, Question
from assistant.core.answer.text import word_stems
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["asked_part", "rest_before", "stated_rest"]

logger = logging.getLogger(__name__)

# "Of the lines of credit it holds, how much ...": the whole, then what the asked part does.
_OF_WHOLE = re.compile(r"(?i)\bof\s+(?P<whole>[^?]{3,160}?),\s*(?:(?:roughly|about|approximately)\s+)?"
                       r"how\s+(?:much|many)\b(?P<pred>[^?]*)")
# "How much of its purchase obligations falls due ...": the whole ends at the verb of the part.
_HOW_MUCH_OF = re.compile(r"(?i)\bhow\s+(?:much|many)\s+of\s+(?P<whole>[^?]{3,160}?)\s+(?P<pred>(?:is|was|were|are|did"
                          r"|does|do|has|had|have|will|would|can|could|may|remain\w*|falls?|fell|came|comes?|sat|sits?)\b[^?]*)")
# The part stated right after its whole: ", of which $250 million", ", with $1.2 billion".
_LINK = re.compile(r"(?i)^[^.;$€£\d]{0,80}?\b(?P<link>of\s+which|with|including|includ(?:es|ed))\b[^.;$€£\d]{0,30}$")
# where the part's own words end: the next figure or the sentence's end
_NEXT = re.compile(r"[$€£]\s?\d|\d[\d,.]*\s?%|[.;](?:\s|$)")
# Words that make a described part the complement of one stated with the same description.
_OTHER = {"not", "n't", "other", "except", "outside", "beyond", "after", "thereafter", "later", "remain",
          "still", "yet", "left", "rest", "balanc"}
_NOT = re.compile(r"(?i)n['’]t\b")


def asked_part(question: str) -> tuple[str, str] | None:
    """(the whole, what the asked part of it does) when the question takes a part of a named whole:
    "Of X, how much is due in 2025?", "How much of X can be carried forward?"; else None."""
    m = _OF_WHOLE.search(question) or _HOW_MUCH_OF.search(question)
    return (m.group("whole"), m.group("pred")) if m is not None else None


def _markers(text: str) -> set[str]:
    stems = word_stems(_NOT.sub(" not", text))
    return {m for m in _OTHER if any(s == m or s.startswith(m) for s in stems)}


def _described(text: str) -> set[str]:
    """The words that describe a part, without the complement markers and function words."""
    return {s for s in word_stems(_NOT.sub(" not", text))
            if s not in STOP and not any(s == m or s.startswith(m) for m in _OTHER)}


def stated_rest(q: Question, question: str, text: str, fig: Quantity) -> tuple[Derived, Quantity] | None:
    """`fig` (a whole stated in `text`, one sentence) less the part stated after it, with that
    part, when the question asks for the whole's other part; None when it does not."""
    if q.want not in ("amount", "count", "number") or fig.unit == "percent" or fig.high is not None:
        return None
    taken = asked_part(question)
    if taken is None:
        return None
    whole, pred = taken
    asked = _markers(pred)
    if not asked:
        return None  # the part asked is described, not its complement: a lookup quotes it
    after = [x for x in parse_quantities(text) if not x.is_year and x.start >= fig.end]
    if not after:
        return None
    part = after[0]
    gap = text[fig.end : part.start]
    link = _LINK.match(gap)
    if (link is None or part.unit != fig.unit or part.high is not None
            or not 0 < absolute(part) < absolute(fig)):
        return None
    if not _described(whole) & word_stems(text[: part.start]):
        return None  # the sentence's amount is not the whole the question names
    # the part's own words: from the link ("of which", "with") to the next figure or the sentence end
    own = gap[link.start("link") :] + " " + _NEXT.split(text[part.end : part.end + 120], maxsplit=1)[0]
    if _markers(own) - asked or not asked - _markers(own):
        return None  # the stated part is the rest itself, or as much the asked part as the other
    if not _described(pred) & _described(own):
        return None  # the stated part is described otherwise: no telling it is the other one
    value, scale = rescale(absolute(fig) - absolute(part), fig)
    formula = f"{fig.raw.strip()} - {part.raw.strip()} = {show(value, fig, scale)}"
    logger.debug("the rest of %s less %s: %s", fig.raw, part.raw, formula)
    return Derived(value, fig.unit, scale, formula, []), part


def rest_before(q: Question, question: str, text: str, fig: Quantity) -> tuple[Derived, Quantity] | None:
    """`stated_rest` when the answerer chose the stated part itself ("$29.8 billion, of which $10.2
    billion is due within twelve months" asked what falls due after them): the whole is the figure
    right before it; (the rest, that whole), or None."""
    before = [x for x in parse_quantities(text) if not x.is_year and x.end <= fig.start]
    if not before:
        return None
    found = stated_rest(q, question, text, before[-1])
    if found is None or found[1].start != fig.start:
        return None
    return found[0], before[-1]

