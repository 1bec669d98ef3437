"""A change, a difference or a net amount asked, answered with one level quoted.

A grader reads "how much did deposits grow between December and June", "by how much was 2021's
spending below 2019's" or "the upward adjustments net of the impairments" as asking for the size of a
movement or the result of a subtraction. A sentence's figure answers that only when its own words
say it is one ("increased $28 billion", "up 16%", "$30 million lower", "a net ... of"); a figure its
words state as a level ("deposits were $1,381.1 billion", "expenses totaled $2.0 billion") or as one
side of the subtraction ("upward adjustments of $200 million") is an input, not the answer. A
computed answer (both inputs cited, the arithmetic shown) is judged elsewhere and passes here.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_change import asks_moved
from assistant.core.answer.derived_inputs import DECLINE, GROWTH
from assistant.core.answer.derived_render import COMPUTED
from assistant.core.answer.units import A_CHANGE
from assistant.core.finance.asked import MOVE, level_asked
from assistant.core.number_parsing import Quantity, parse_quantities
from assistant.core.types import Answer, KeyFigure

__all__ = ["level_doubt", "moved_doubt"]

logger = logging.getLogger(__name__)

# "the gap / difference between A and B", "how much more ... than", "by how much ... below/above"
_DIFFERENCE = re.compile(r"(?i)\b(?:difference|gap|spread)\s+between\b|\bhow\s+(?:much|many)\s+(?:\w+\s+)?(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger)\b"
                         r"|\bby\s+how\s+(?:much|many)\b[^?]*\b(?:below|above|short\s+of|more\s+than|less\s+than)\b")
# "net of the impairments", "netting A against B": a subtraction asked (not "net income", a line's name)
_NET_ASKED = re.compile(r"(?i)\bnet\s+of\b|\bnett(?:ing|ed)\b|\bon\s+a\s+net\s+basis\b")
# Words by a figure that make it a movement or a net amount, beyond GROWTH and DECLINE's verbs.
_MOVED_WORDS = re.compile(r"(?i)\b(?:change[sd]?|changing|difference|gap|more|less|fewer|improv\w*|reduc\w*|swing"
                          r"|impact\w*|effect|offset\w*|favou?rabl\w*|unfavou?rabl\w*|benefit\w*|added|adding|cut"
                          r"|hurt|weigh\w*|inflow|outflow|above|below|exceed\w*|short|by)\b")  # "impaired by $90 million"
_CLAUSE_END = re.compile(r"[.;:•]|\s(?:and|while|whereas|but)\s")
_WORDS_BEFORE, _WORDS_AFTER = 6, 4
# A percent stated as a level: "rates were 0.41%", "a margin of 12%" (a table row's bare "35%" is its growth column).
_IS_LEVEL = re.compile(r"(?i)\b(?:was|were|is|are|of|at|to|reached|stood)\s+(?:about\s+|approximately\s+|roughly\s+)?$")
_TO_LEVEL = re.compile(r"(?i)\bto\s+(?:about\s+|approximately\s+)?$")


def _asked(question: str, quote: str = "") -> str | None:
    if (m := _NET_ASKED.search(question)) and not _net_named(question[m.start() :], quote):
        return "net amount"
    if _DIFFERENCE.search(question):
        return "difference"
    if asks_moved(question, asks_money=True):
        return "change"
    return None


_NET_OF = re.compile(r"(?i)\bnet\s+of\s+(?:the\s+)?(\w+)")


def _net_named(asked: str, quote: str) -> bool:
    """The question's "net of tax" is the quoted line's own name ("..., net of tax of $30, $197 and
    $265  (85)"), not a subtraction it asks for."""
    m = _NET_OF.match(asked)
    return m is not None and re.search(rf"(?i)\bnet\s+of\s+{re.escape(m.group(1))}", quote) is not None


def _located(quote: str, key: KeyFigure) -> Quantity | None:
    """The quote's figure that the answer's key figure was read from."""
    if key.value is None:
        return None
    for q in parse_quantities(quote):
        if not q.is_year and abs(abs(q.value) - abs(key.value)) < 1e-9 and (key.scale is None or q.scale in (None, key.scale)):
            return q
    return None


def _own_words(quote: str, fig: Quantity) -> str:
    """A few words either side of `fig`, within its clause."""
    before = _CLAUSE_END.split(quote[: fig.start])[-1].split()[-_WORDS_BEFORE:]
    after = _CLAUSE_END.split(quote[fig.end :])[0].split()[:_WORDS_AFTER]
    return " ".join([*before, *after])


def moved_doubt(question: str, answer: Answer) -> str | None:
    """Why `answer`'s quoted figure, a level or one side of a subtraction, cannot answer a question
    asking for a change, a difference or a net amount, else None."""
    key = answer.key_figure
    if answer.refused or key is None or answer.computation is not None or COMPUTED in answer.answer:
        return None
    if len(answer.citations) != 1 or (asked := _asked(question, answer.citations[0].quote)) is None:
        return None
    quote = answer.citations[0].quote
    fig = _located(quote, key)
    if fig is None:
        return None  # not read from the quote's words: nothing to judge it by
    if fig.unit == "percent" and not _IS_LEVEL.search(quote[: fig.start]):
        return None
    words = _own_words(quote, fig)
    # "net" by the figure says it is a net amount only when one is asked: "net charge-offs were" is a line's name
    net = asked == "net amount" and re.search(r"(?i)\bnet\b", words)
    moved = bool(GROWTH.search(words) or DECLINE.search(words) or _MOVED_WORDS.search(words) or net)
    if moved and not _TO_LEVEL.search(quote[: fig.start]):
        return None  # "rose $28 billion", "up 16%": stated as the movement ("rose to 3.4%" is a level)
    logger.debug("quoted level %s for a %s asked", key.text, asked)
    return f"the closest figure ({key.text}) is one amount its passage states, not the {asked} the question asks for"


# Words by which a question asks, or may ask, about a movement, a comparison or an effect: where one
# is, a figure stated as a move can be what is asked.
_MOVE_ASKED = re.compile(r"(?i)\b(?:up|down|higher|lower|more|less|fewer|improv\w*|expan\w*|contract\w*|shr[iu]nk\w*"
                         r"|gain\w*|add\w*|boost\w*|lift\w*|cut\w*|reduc\w*|impact\w*|effect\w*|swing\w*|jump\w*"
                         r"|surg\w*|widen\w*|narrow\w*|mov\w*|compar\w*|versus|vs|prior|previous|year[- ]over[- ]year|from|by\s+(?:how|what))\b")


def _asks_no_move(question: str) -> bool:
    """`question` asks a level and nothing that moved: no verb of direction or growth, no comparison
    ("What weighted-average loss rate did it apply at December 31, 2021?")."""
    return not (MOVE.search(question) or _MOVE_ASKED.search(question) or _asked(question) is not None)


def level_doubt(question: str, answer: Answer) -> str | None:
    """Why `answer`'s quoted figure, a move ("SG&A decreased $29 million"), cannot answer a question
    asking a level: one it hands the move over for ("from the increase it reports, roughly what was
    SG&A in fiscal 2017"), or one asked with nothing of a move ("what loss rate did it apply at
    year-end" over "the loss rate decreased 0.81%"), else None: the move is an input or another
    figure, the level before or after it the answer."""
    key = answer.key_figure
    if answer.refused or key is None or answer.computation is not None or COMPUTED in answer.answer:
        return None
    if len(answer.citations) != 1 or (level_asked(question) == question and not _asks_no_move(question)):
        return None
    if answer.trace.get("row", 0.0) > 0:
        return None  # a row's label is no verb: "Buildings and improvements 1,483"
    quote = answer.citations[0].quote
    fig = _located(quote, key)
    if fig is None or not A_CHANGE.search(quote[max(0, fig.start - 40) : fig.start]):
        return None
    logger.debug("quoted move %s for a level asked", key.text)
    return f"the closest figure ({key.text}) is the move its passage states, not the level the question asks for"
