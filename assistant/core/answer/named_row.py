"""The asked line item's own table row before a sentence whose figure is about something else.

A filing states a line item exactly once in its statement or notes table ("Chargebacks 6,122
4,531 3,411") and talks around it in prose ("we recorded revenues of more than $1 billion for
each of nine products"). Asked for the line for a period, a finance reader reads the row the
question names, not a sentence that scores a little higher on shared words but whose figure's
own clause never names that line. So when the best candidate is a sentence and a table row
nearly as well supported is labelled with words the question uses together (its label is the
asked item, and holds every word of what the question asks about) while the sentence's figure's
clause does not name that label, the row goes first.
A sentence that names the line in its own clause ("Chargebacks were $6.1 billion in 2021")
keeps its place: it states the same item, and prose questions are answered from such sentences.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.qualifiers import clause
from assistant.core.answer.question import Question
from assistant.core.answer.row_names import phrase_in
from assistant.core.answer.statement_ask import StatementAsk, quote_doubt
from assistant.core.answer.text import printed_label, word_stems
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.concepts import clean_label
from assistant.core.finance.periods import CALENDAR_WORDS
from assistant.core.types import SearchHit
from assistant.core.words import STOPWORDS

logger = logging.getLogger(__name__)

__all__ = ["MARGIN", "named_row_below", "named_row_first"]

# How far behind the sentence (in score: support plus figure and period evidence) the row may be.
# The rows this is for trail by 0.02-0.08; 0.15 leaves room without reaching rows that share
# only a word or two with the question.
MARGIN = 0.15
# Line items only: a rate, a change or a date is asked of sentences as often as of rows.
_WANTS = frozenset({"amount", "number", "count"})
# Label words that name no line item by themselves ("Total", "Other", "Net").
_GENERIC = frozenset({"total", "other", "less", "plus", "items", "amounts", "subtotal", "net", "and", "the"})


def _telling(label: str) -> bool:
    """The label names something: at least one word of four letters or more that is not a generic one."""
    return any(w not in _GENERIC for w in re.findall(r"[a-z]{4,}", label))


def named_row_first(q: Question, hits: list[SearchHit], ranked: list[Unit]) -> list[Unit]:
    """`ranked` with the asked item's own row first when the best candidate is a sentence whose
    figure's clause does not name that item (see the module's docstring); else unchanged."""
    best = ranked[0] if ranked else None
    if best is None or best.row or best.figure is None or q.want not in _WANTS:
        return ranked
    text = hits[best.hit].text[best.start : best.end]
    own = clause(text, best.figure.start, best.figure.end).lower()
    for u in ranked[1:]:
        if not u.row or u.figure is None or u.score < best.score - MARGIN:
            continue
        label = clean_label(printed_label(hits[u.hit].text[u.start : u.end]))
        if not _telling(label) or not phrase_in(label, q.text, set()) or phrase_in(label, own, set()):
            continue
        if q.focus and not set(q.focus) <= word_stems(label):
            continue  # "how much cash did it spend acquiring licenses": the "Licenses" row is not the cash asked
        logger.debug("row %r named by the question before sentence figure %s", label, best.figure.raw)
        return [u, *(x for x in ranked if x is not u)]
    return ranked


# How deep below the top candidate the asked row may be looked for.
BELOW_DEPTH = 8
# Words of the question's period: a row labelled "June" is a month's line of a table, not the item asked.
_WHEN = word_stems(" ".join([*sorted(CALENDAR_WORDS), "weeks"]))


def _asked_words(hits: list[SearchHit], u: Unit, asked: set[str]) -> set[str]:
    """The question's words (not its stopwords) that `u`'s row label carries."""
    return word_stems(clean_label(printed_label(hits[u.hit].text[u.start : u.end]))) & asked - STOPWORDS


def named_row_below(ask: StatementAsk, hits: list[SearchHit], ranked: list[Unit]) -> Unit | None:
    """The row asked by its label when the top candidate is a row the question does not name:
    a row below it that passes every check a quoted row must pass and whose label carries every
    word of the question that the labels of all rows ranked above it carry, and more that is not a
    word of the question's period ("basic" of weighted-average basic shares, below the diluted row;
    "treasury" of treasury share purchases; not a month's row "June" of a table of monthly buybacks).
    Only a sibling of the top row may answer: when the top row names nothing of the question (a
    "Card Member loans" row is then no better placed than the reserve's rows it sits among), with a
    sentence ranked above, or a row above that names as much of the question, nothing is taken (a sentence or a loosely named row passes the checks too easily)."""
    if ask.kind != "label" or not ranked or not ranked[0].row:
        return None
    asked = word_stems(ask.question)
    above: list[set[str]] = []
    for u in ranked[:BELOW_DEPTH]:
        if not u.row:
            return None
        words = _asked_words(hits, u, asked)
        if not above and not words - _WHEN:
            return None  # the top row is no sibling of the asked one: nothing ranks the rows below it
        if above and u.figure is not None and all(a < words for a in above) and words - set().union(*above) - _WHEN:
            hit = hits[u.hit]
            if quote_doubt(ask, hit.text[u.start : u.end], u.figure, row=True, header=u.header,
                           doc_period=hit.period) is None:
                logger.debug("row %r named by the question below the top row", hit.text[u.start : u.end][:60])
                return u
        above.append(words)
    return None
