"""Whose figure a sentence's figure is, when the sentence names several things.

A sentence that states a total and then says where it came from ("Storm losses of $80 million came
mainly from the coastal flood ($50 million) and from hail in the plains") gives the total to its
subject, the bracketed figure to the name right before its bracket (`figure_series.bracket_name`),
and nothing to a source it names without a figure of its own ("hail in the plains"). A question
about that unquantified source ("how much did the hail cost?") is not answered by the total: the
source is one part of it and the document does not say how large.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.figure_series import bracket_name
from assistant.core.answer.question import STOP, Matcher
from assistant.core.answer.question_words import MEASURE_STEMS, unweighed
from assistant.core.answer.text import word_stems
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.sentences import FULL_STOP

__all__ = ["sizes_a_whole", "whole_of_sources"]

logger = logging.getLogger(__name__)

# After a figure: the verb that says what its amount came from ("came mainly from", "was driven by",
# "stemmed largely from", "were attributable to", "resulted from").
_SOURCED = re.compile(
    r"(?i)\b(?:c[oa]me|comes|stemm?(?:ed|s)?|arose|ar(?:ising|ises)|result(?:ed|s)?|(?:was|were)\s+(?:driven|caused)"
    r"|(?:was|were)\s+(?:due|attributable))\s+(?:(?:mainly|mostly|largely|primarily|chiefly|principally|partly|in\s+part)\s+)?"
    r"(?:from|by|to)\b")
# A figure's subject reaches back to the clause start, never past a previous sentence.
_SUBJECT_STOP = re.compile(rf"[;:]|{FULL_STOP}")


# A figure sizing the noun after it, the object of "under/of": "remained under the $400 million authorization",
# "$87 million remains of the $150 million program". What is left of it is the sentence's other figure.
_WHOLE_OF_REST = re.compile(r"(?i)\b(?:under|of)\s+(?:the|its|their|a|an)\s+$")
_REST_ASKED = re.compile(r"(?i)\b(?:capacity|remain(?:s|ed|ing)?|left|headroom|unused|undrawn)\b")


def sizes_a_whole(question: str, sentence: str, fig: Quantity) -> bool:
    """The question asks what is left of something and `fig` is the size of that whole, stated as the
    object of "under/of the": "$265 million remained under the $400 million authorization" gives $400
    million the whole, $265 million what remains."""
    return bool(_WHOLE_OF_REST.search(sentence[max(0, fig.start - 20) : fig.start]) and _REST_ASKED.search(question))


def _distinct(question: str, company: frozenset[str]) -> set[str]:
    """The question's words that tell what it asks about: not stopwords, period words, the company's
    name or what the amount measures ("cost", "losses")."""
    words = {w for w in re.findall(r"[A-Za-z][\w'’-]*", question) if not unweighed(w.lower().rstrip("'’s"))}
    return {s for s in word_stems(" ".join(words)) if s not in STOP and len(s) > 2} - set(company) - MEASURE_STEMS


def whole_of_sources(question: str, sentence: str, fig: Quantity, company: frozenset[str] = frozenset()) -> str | None:
    """The source the question asks about, when `fig` is the whole it came from: the sentence names
    that source after the figure's "came from" / "driven by" verb without a figure of its own, and the
    figure's subject before it does not name it. None elsewhere, and for a figure bracketed after a name
    (it is that name's)."""
    if bracket_name(sentence, fig) is not None:
        return None
    after = sentence[fig.end :]
    sourced = _SOURCED.search(after)
    if sourced is None or any(not x.is_year for x in parse_quantities(after[: sourced.start()])):
        return None  # the verb is another figure's
    asked = _distinct(question, company)
    if not asked:
        return None
    sources = after[sourced.end() :]
    # A source stated with its own figure is that figure's to answer; its name is not left unquantified.
    for x in parse_quantities(sources):
        name = bracket_name(sources, x)
        if name:
            sources = sources.replace(name, " ")
    said = word_stems(sources)
    match = Matcher(asked, said)
    named = {w for w in asked if match(w, said) >= 0.9}
    if 3 * len(named) < 2 * len(asked):
        return None  # the question's thing is not (only) among the sources named
    head = sentence[: fig.start]
    stops = list(_SUBJECT_STOP.finditer(head))
    subject = word_stems(head[stops[-1].end() :] if stops else head)
    own = Matcher(asked, subject)
    if any(own(w, subject) >= 0.9 for w in asked):
        return None  # the figure's own subject names what is asked: its figure
    logger.debug("figure is the whole its named source came from: %s", sorted(named))
    return " ".join(sorted(named))
