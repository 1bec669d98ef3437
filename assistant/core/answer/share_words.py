"""Which words of a share question name its part, and where a quoted share names them.

"What share of its shares did the parent still hold after the spin-off": after "did/does/do" and
its subject, the verb relating the subject to the whole (hold, own, earn, sell ...) and an adverb
of time (still, now, currently) say how the part is held, not which part it is; a passage states
the same share with another verb ("continues to own 32%"). Where the part's words are looked
for, a metric word counts as its finance synonym ("online sales" are "online revenue"), and a
sentence that points back ("these products represented 54% of revenues") names what the sentence
before it says of them.

Two readings keep a share from being computed out of figures that are not its part and whole:
`stated_share`, the part's sentence itself states a percent of the whole asked ("our 20 largest
suppliers accounted for 77% of the merchandise we purchased", "operating income ... 4.7% of
revenue"): the share is stated there, for its own period, and other figures of that sentence
(a count of suppliers, a change in income) are not its inputs; `names_whole`, a figure whose own
words before it call it the total of the whole asked ("the total net adjustment of $171 million
includes charges of $139 million ...") is that whole, never the part.
"""

from __future__ import annotations

import re

from assistant.core.answer.metric_words import POINTER
from assistant.core.answer.question import METRIC_STEMS, Matcher
from assistant.core.answer.units import word_stems
from assistant.core.numbers import Quantity, between_figures, parse_quantities

__all__ = ["names_part", "names_whole", "stated_share", "without_frame"]

_AUXILIARY = re.compile(r"(?i)\b(?:did|does|do)\s*$")
# Verbs by which a subject has, makes or gives a part of a whole (base form: after "did/does/do")
_RELATING = re.compile(r"(?i)\b(?:hold|own|have|keep|retain|earn|make|generate|sell|get|derive|receive|spend"
                       r"|pay|invest|represent|account\s+for|contribute|employ|use|take|cover|buy)\b")
_TIME_ADVERB = re.compile(r"(?i)\b(?:still|now|currently|yet|already|ever|also|today)\b")


def without_frame(question: str, part_start: int, part: str) -> str:
    """The part's phrase without the frame of a do-support question: "did Acme still hold in
    equities" -> "did Acme in equities"; a part after another verb ("came from", "were") as it is."""
    if not _AUXILIARY.search(question[:part_start]):
        return part
    return _TIME_ADVERB.sub(" ", _RELATING.sub(" ", part, count=1))


def _pointed(text: str, end: int, before: str) -> str:
    """The sentence before `text` when `text` points back before `end` ("these products", "such
    sales"; not "this", which mostly dates: "this year"), else ""."""
    if not any(m.group().split()[0].lower() != "this" for m in POINTER.finditer(text[:end])):
        return ""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", before.strip()) if s.strip()]
    return sentences[-1] if sentences else ""


def names_part(part: set[str], text: str, *, figure_end: int | None = None, before: str = "") -> bool:
    """`text` names every word (stem) of the part asked, or a close form of it; a metric word also
    by its finance synonym. `before`: the passage before `text`, read where `text` points back
    before its figure (`figure_end`) to what an earlier sentence names."""
    stems = word_stems(text)
    if figure_end is not None and before:
        stems |= word_stems(_pointed(text, figure_end, before))
    match = Matcher(part, stems)
    return all(match(w, stems) >= (0.6 if w in METRIC_STEMS else 0.9) for w in part)


# "77% of the merchandise", "4.7% of revenue", "12% of total net sales": a percent said to be of a whole
_OF_WHOLE = re.compile(r"(?i)^\s*(?:of|to)\s+(?P<w>[^.;:()]{1,60})")
_TOTAL = re.compile(r"(?i)\btotal\b")


def stated_share(sentence: str, whole: set[str]) -> bool:
    """Whether `sentence` states a percent of the whole named by the stems `whole`: every one of
    them in the words right after the percent's "of"."""
    if not whole:
        return False
    for x in parse_quantities(sentence):
        m = _OF_WHOLE.match(sentence[x.end :]) if x.unit == "percent" else None
        if m is not None and whole <= word_stems(m.group("w")):
            return True
    return False


def names_whole(sentence: str, fig: Quantity, whole: set[str]) -> bool:
    """Whether `fig`'s own words before it (back to the previous figure) call it the total of the
    whole named by the stems `whole`: "the total net adjustment of $171 million"."""
    if not whole:
        return False
    before = sentence[between_figures(sentence, fig)[0] : fig.start]
    return bool(_TOTAL.search(before)) and whole <= word_stems(before)
