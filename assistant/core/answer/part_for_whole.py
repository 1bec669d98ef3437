"""A part's figure is no answer for the whole company. An MD&A discusses each reportable segment in
the words of the consolidated discussion ("Operating expenses as a percentage of total revenues
decreased to 16.0%"); only the part named in the quote or just above it ("Operating expenses in the
Garden segment include ...") says whose figure it is. When the question names no part of the
company and the quote or the text just above it (`part_above.NEAR_CHARS`) names one by a name and a
kind, and another retrieved passage states the same measure (the consolidated discussion, another
segment's), the figure is that part's: a reader asking for the company's ratio would not quote it. A
measure only one part's discussion states is still quoted: there is no whole's figure to mistake. A
question that names the part (with or without its kind), or a name the quote also prints (a product,
a brand), asks about what the quote is about and is left to the other checks."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.part_above import NEAR_CHARS, Preceding, parts_named, quote_context
from assistant.core.answer.places import names_a_side
from assistant.core.answer.text import word_stems, word_tokens
from assistant.core.types import Answer, SearchHit

__all__ = ["part_for_whole", "refuse_part_for_whole"]

logger = logging.getLogger(__name__)

# Capitalised words a question prints that name no part: its opening word, months, periods, bases.
_NOT_NAMES = frozenset(word_stems("what which how by in for at from of the its did does was were is are "
                                  "according per using under after before during leaving roughly "
                                  "january february march april may june july august september october "
                                  "november december fiscal fy q quarter gaap non usd eur percent one "
                                  "form k q mda md a item note"))
_NAME = re.compile(r"\b[A-Z][\w&/'’.-]*")


def _names(question: str, company: set[str]) -> set[str]:
    """Stems of the names a question prints (capitalised words), the company's own left out."""
    return word_stems(" ".join(_NAME.findall(question))) - _NOT_NAMES - company


def part_for_whole(question: str, company: set[str], above: str, quote: str) -> str | None:
    """The part ("the Garden segment") whose figure `quote` is, when `question` names no part of
    the company; else None. `company`: stems of the asked company's name."""
    if parts_named(question, company) or names_a_side(question):
        return None  # a part or a side of the world asked: `part_above` and `places` read those
    near = f"{above[-NEAR_CHARS:]}\n{quote}"
    found = parts_named(near, company, spans=True)
    if not found:
        return None
    kind, name, words, at = found[-1]  # the part named nearest the figure
    # printed whole, the company's own words in it too ("Acme Health Care Benefits" less "Acme")
    words = next((w for _, _, w, a in parts_named(near, set(), spans=True) if a == at), words)
    asked = word_stems(question)
    if name & asked:
        return None  # "Garden's operating margin": the part asked without its kind
    if _names(question, company) & word_stems(quote):
        return None  # a product or brand the quote prints: the quote is about what is asked
    return f"the {words} {kind}"


_LEAD_WORDS = 5  # the words a quote's sentence opens with: what it measures ("Operating expenses as a percentage")


def _lead(quote: str, part: str, company: set[str]) -> list[str]:
    """The stems a quote's sentence opens with, its part's name and the company's left out."""
    skip = word_stems(part) | company | {"the", "our", "its", "segment", "segments", "s"}
    words = [st for st, _ in word_tokens(re.split(r"\d", quote, maxsplit=1)[0]) if st not in skip]
    return words[:_LEAD_WORDS]


def _stated_elsewhere(lead: list[str], hits: list[SearchHit], cited: str) -> bool:
    """Whether another retrieved passage opens a statement with the same words, in order: the
    measure is reported for the whole or for several parts, so the part's own figure misleads."""
    if len(lead) < 3:
        return False
    for h in hits:
        if h.chunk_id == cited:
            continue
        stems = [st for st, _ in word_tokens(h.text)]
        for i, st in enumerate(stems):
            if st == lead[0] and _in_order(lead[1:], stems[i + 1 : i + 1 + 2 * len(lead)]):
                return True
    return False


def _in_order(wanted: list[str], window: list[str]) -> bool:
    it = iter(window)
    return all(w in it for w in wanted)


def refuse_part_for_whole(answer: Answer, question: str, company: set[str], hits: list[SearchHit],
                          preceding: Preceding) -> str | None:
    """The part whose figure `answer` quotes when `question` asks the whole company's and another
    passage states the same measure (for the whole or another part), or None. A measure only the
    part's discussion states ("adjustments to previous sales reserve estimates" in one segment's
    review) is the figure a reader asking the company's would be given."""
    if (context := quote_context(answer, hits, preceding)) is None:
        return None
    above, quote = context
    part = part_for_whole(question, company, above, quote)
    cited = next((c.chunk_id or "" for c in answer.citations), "")
    if part is None or not _stated_elsewhere(_lead(quote, part, company), hits, cited):
        return None
    logger.debug("quote under %r, the whole asked: %s", part, quote[:80])
    return part
