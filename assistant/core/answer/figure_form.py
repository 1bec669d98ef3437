"""Two readings of a sentence's figure that a filing reader makes before quoting it (issue 17):

- the form of payment its own words name: a deal "paid EUR 215mn in cash, with the remaining
  EUR 125mn settled in stock", or concessions "$0.7 billion to be paid in cash and $0.1 billion in
  other concessions", splits one amount by how it is paid; a question asking the cash part is
  answered only by the figure its own words say is paid in cash, never by the stock part;
- a year named only after "since": "has doubled since 2023 to $640mn" states where the measure
  stands now, "has returned $5bn since 2020" what it came to over the years after; the year after
  "since" is where the move started, so the figure is not that year's (a question asking 2023's
  level is not answered by it, whatever else matches).

Both refuse the chosen figure (`answer.figure_checks`); neither picks another one.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.qualifiers import local_text
from assistant.core.finance.years import YEAR
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["PAID_OTHER", "asked_form_figure", "other_payment_form", "since_start_year"]

logger = logging.getLogger(__name__)

# How a figure says the form it is paid in: cash, or the payer's own stock (shares issued to the sellers).
_FORMS: dict[str, re.Pattern[str]] = {
    "cash": re.compile(r"(?i)\b(?:in\s+|all[- ])cash\b|\bcash\s+(?:portion|part|component|consideration|payment"
                       r"|price|element)s?\b|\bpaid\s+(?:out\s+)?(?:of|from)\s+(?:its\s+|the\s+)?cash\b"),
    "stock": re.compile(r"(?i)\b(?:in|with|through|via)\s+(?:(?:new|common|its|own|the\s+\w+'s)\s+)?"
                        r"(?:stock|shares|equity)\b|\b(?:stock|share|equity)\s+(?:portion|part|component"
                        r"|consideration|payment|element)s?\b|\bissu(?:e|es|ed|ing|ance)\s+of\s+(?:about\s+|some\s+"
                        r"|approximately\s+)?(?:[\d.]+\s*(?:mn|m|million|bn|billion)?\s+)?(?:new\s+)?(?:\w+\s+)?shares\b"
                        r"|\b(?:all[- ])?stock\s+(?:deal|transaction)\b"),
}


# "paid through the issuance of about 1.2 million new shares": the count of shares issued is the next
# figure, so the words saying what was issued lie past the figure's own words.
_ISSUING = re.compile(r"(?i)\bissu(?:e|es|ed|ing|ance)\s+of\s+(?:about\s+|some\s+|approximately\s+|roughly\s+)?$")


def _own_words(sentence: str, fig: Quantity) -> str:
    """The figure's own words (`qualifiers.local_text`), and what an issuance they end on issues."""
    own = local_text(sentence, fig)
    if _ISSUING.search(own.rstrip() + " "):
        later = [x for x in parse_quantities(sentence) if not x.is_year and x.start >= fig.end]
        if later:
            own += " " + sentence[later[0].start : later[0].end + 40]
    return own


def _forms(text: str) -> set[str]:
    return {name for name, rx in _FORMS.items() if rx.search(text)}


def other_payment_form(question: str, sentence: str, fig: Quantity) -> str | None:
    """The form of payment the question asks ("how much will it pay in cash") when the figure's own
    words name only another form ("the remaining EUR 125mn settled in stock"): the form asked, else
    None. A question naming both forms, or none, asks no one part."""
    asked = _forms(question)
    if len(asked) != 1:
        return None
    own = _forms(_own_words(sentence, fig))
    if own and not own & asked:
        logger.debug("figure %s is paid in %s, question asks %s", fig.raw, own, asked)
        return next(iter(asked))
    return None


# How `figure_checks` words the refusal; `scoring` then reads the sentence's figure of the asked form.
PAID_OTHER = "The closest figure is paid in another form than the "


def asked_form_figure(question: str, sentence: str, fig: Quantity) -> Quantity | None:
    """Where `fig` is paid in another form than asked, the one other figure of its sentence, in its
    unit, whose own words name only the asked form ("EUR 215mn in cash" beside "the remaining
    EUR 125mn settled in stock"): the sentence splits one amount, and that part is the answer."""
    asked = other_payment_form(question, sentence, fig)
    if asked is None:
        return None
    found = [x for x in parse_quantities(sentence) if not x.is_year and x.start != fig.start
             and x.unit == fig.unit and _forms(_own_words(sentence, x)) == {asked}]
    return found[0] if len(found) == 1 else None


# "since 2023", "since the end of fiscal 2021": the year a move started from.
_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$")


def since_start_year(question: str, q_years: frozenset[int], sentence: str, fig: Quantity) -> int | None:
    """The asked year that `sentence` names only as the start of a move, after "since" ("has
    doubled since 2023 to $640mn" for 2023 asked): that year, else None. A question that names
    the year after "since" itself asks about the move, and is left alone; so is a sentence that
    names the asked year otherwise too."""
    if not q_years or re.search(r"(?i)\bsince\s+(?:\w+\s+){0,3}?(?:19|20)\d\d\b", question):
        return None
    since: set[int] = set()
    other: set[int] = set()
    for m in YEAR.finditer(sentence):
        (since if _SINCE.search(sentence[max(0, m.start() - 40) : m.start()]) else other).add(int(m.group(1)))
    asked = (since & q_years) - other
    if asked:
        logger.debug("figure %s: %s named only as where a move started", fig.raw, sorted(asked))
    return min(asked) if asked else None
