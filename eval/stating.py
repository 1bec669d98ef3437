"""How an answer's sentences state a figure, as a grader reads them: where sentences end, the
words that state a value ("is", "=", "an increase of"), a concluding sentence ("Therefore, ...",
"..., so the average is"), bold, a conditional or how-to sentence (split out of `eval.reading`,
which re-exports `concludes_with`, `states_figure` and `is_conditional`)."""

from __future__ import annotations

import re

from assistant.core.numbers import Quantity

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])|\n+")
CONCLUDES = re.compile(
    r"^\W*(?:therefore|thus|hence|so\b|in\s+summary|in\s+conclusion|to\s+summari[sz]e|overall|"
    r"as\s+a\s+result|consequently|in\s+total|the\s+(?:final\s+)?answer\s+is|final\s+answer|"
    r"(?:answer|result|conclusion|bottom\s+line)\s*:|"
    r"(?:this|that|which)\s+(?:is|was|gives|represents|equals|means|amounts\s+to|comes\s+to|"
    r"results\s+in|translates\s+to|works\s+out\s+to)\s+(?:an?\s+|the\s+)?(?:(?:net\s+|total\s+)?"
    r"(?:increase|decrease|decline|rise|drop|gain|loss|difference|change|total|sum|result|amount|"
    r"average|margin|ratio)\s+(?:of\s+)?)?(?:approximately\s+|about\s+|roughly\s+)?[$€£(\d]|"
    r"based\s+on\s+(?:this|these|the\s+above)\s+(?:calculation|figure|number)s?)"
    r"|\b(?:therefore|thus|hence)\b",
    re.IGNORECASE,
)
# Words after which a figure is the value stated ("is $5M", "= 2.8%", "an increase of $400M"),
# strong ones first; "of", "by", "at", "to" only state a value when nothing stronger does.
_LEAD = (
    r"\s*(?:\*\*)?\s*(?:(?:approximately|about|roughly|around|nearly|almost|just\s+(?:over|under)|"
    r"an\s+estimated|a\s+total\s+of|probably|likely|possibly|perhaps|somewhere|between|"
    r"in\s+the\s+range\s+of|~)\s*)*(?:\*\*)?\s*$"
)
STATED_STRONG = re.compile(
    r"(?:\bis|\bwas|\bwere|\bare|\bbe|\btotals?|\btotal(?:l)?ed|\bamount(?:ed|s)\s+to|\bequals?|"
    r"\bequal\s+to|\breached|\bcame\s+to|\bcomes\s+to|\bstood\s+at|\bgives|=|:|≈|"
    r"\ban?\s+(?:net\s+|total\s+)?(?:increase|decrease|decline|rise|drop|gain|loss|change|"
    r"difference|total|sum|average)\s+of)" + _LEAD,
    re.IGNORECASE,
)
STATED = re.compile(r"(?:\bof|\bby|\bat|\bto|" + STATED_STRONG.pattern[3:], re.IGNORECASE)
# A conclusion drawn mid-sentence: "..., so the average is 4.1%".
CONCLUDES_MID = re.compile(
    r"(?:[,;]\s*|\band\s+)(?:so|therefore|thus|hence|which\s+means)\b", re.I
)


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def in_bold(text: str, q: Quantity) -> bool:
    before = text[: q.start]
    return before.count("**") % 2 == 1


def concluding_from(text: str, span: tuple[int, int]) -> int | None:
    """Where the conclusion starts in a sentence that draws one, else None."""
    sentence = text[span[0] : span[1]]
    m = CONCLUDES.search(sentence) or CONCLUDES_MID.search(sentence)
    return None if m is None else span[0] + m.start()


def states_figure(text: str, q: Quantity) -> bool:
    """The text states `q` as a value ("is $5M", "= 2.8%", in bold, in a concluding sentence),
    rather than only mentioning it."""
    before = text[max(0, q.start - 40) : q.start]
    return bool(STATED.search(before) or in_bold(text, q) or concludes_with(text, q))


def concludes_with(text: str, q: Quantity) -> bool:
    """`q` sits in a sentence that draws the conclusion ("Therefore, ...", "In summary, ...")."""
    for start, end in sentences(text):
        if start <= q.start < end:
            return concluding_from(text, (start, end)) is not None
    return False


_CONDITIONAL = re.compile(
    r"\b(?:if|would|could|should|might|you\s+(?:can|will|need)|to\s+(?:find|calculate|get|obtain))\b",
    re.I,
)


def is_conditional(text: str, q: Quantity) -> bool:
    """`q` sits in a conditional or how-to sentence ("if none are outlined, state 0")."""
    for start, end in sentences(text):
        if start <= q.start < end:
            return bool(_CONDITIONAL.search(text[start:end]))
    return False
