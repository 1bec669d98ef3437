"""Questions that allow "this metric does not apply here" as the answer.

"What drove gross margin change for the bank? If gross margin is not a useful metric for a
company like this, then state that and explain why." A grader first reads which way the
answer goes: the metric does not apply (the bank has no cost of sales) or it does (and then
what drove it). An answer that says the metric does not apply is an answer, not a refusal; it
is right when the gold says so too, and an answer that computes the metric or gives its
direction where the gold says it does not apply is wrong. The reason given is not weighed.
"""

from __future__ import annotations

import re

from eval.words import Judged

# "If gross margin is not a useful metric ...", "If the quick ratio is not relevant to ..."
_INVITES = re.compile(
    r"\bif\s+(?:the\s+)?[\w%&' -]{2,40}?\s+(?:is|are)\s+not\s+(?:a\s+|an\s+)?(?:useful|relevant|meaningful|"
    r"appropriate|applicable)\b",
    re.I,
)
_QUALITY = r"(?:useful|relevant|meaningful|applicable|appropriate|suitable|informative)"
_MEASURE = r"(?:metric|measure|indicator|gauge|yardstick|ratio|margin)s?"
# "X is not a useful metric", "the ratio isn't meaningful", "does not apply (well)",
# "performance is not measured through X", "Is X useful for the company? No." ("not good" or
# "not healthy" judges the company, not the metric.)
_NOT = r"(?:is\s+not|isn[’']t|are\s+not|aren[’']t|not)"
_NOT_USEFUL = re.compile(
    rf"\b{_NOT}\s+(?:a\s+|an\s+)?(?:very\s+|particularly\s+|really\s+|especially\s+)?{_QUALITY}\s+"
    rf"(?:\w+\s+){{0,2}}?{_MEASURE}\b|\b{_MEASURE}\s+{_NOT}\s+(?:very\s+|particularly\s+|really\s+)?"
    rf"{_QUALITY}\b|\b(?:does\s+not|doesn[’']t|do\s+not|don[’']t)\s+(?:really\s+)?apply\b|"
    rf"\bnot\s+measured\s+(?:through|by|with|using|on)\b|\b{_QUALITY}\b[^.?]{{0,60}}\?\W*no\b",
    re.I,
)
# "It is a useful metric", "Operating margin is meaningful for AMD"
_USEFUL = re.compile(
    rf"\b(?:is|are|remains?)\s+(?:a\s+|an\s+)?(?:very\s+|quite\s+)?{_QUALITY}\s+(?:metric|measure|indicator|for)\b",
    re.I,
)
# A figure or a direction given for the metric: the answer uses it.
_USES_IT = re.compile(
    r"\d\s*%|\b(?:increas|decreas|declin|improv|expand|contract|rose|fell|grew|dropp|widen|narrow)\w*",
    re.I,
)


def invites_not_useful(question: str) -> bool:
    """The question allows the answer that its metric does not apply."""
    return _INVITES.search(question) is not None


def says_not_useful(text: str) -> bool:
    """The text says the metric does not apply (and nowhere that it does)."""
    return _NOT_USEFUL.search(text) is not None and _USEFUL.search(text) is None


def score_metric_use(question: str, gold: str, text: str) -> Judged | None:
    """Right / wrong by which way the answer goes on whether the metric applies; None where
    that does not settle it (both say it applies: the reason needs an LLM judge)."""
    if not invites_not_useful(question):
        return None
    gold_not, said_not = says_not_useful(gold), says_not_useful(text)
    if gold_not and said_not:
        return "right", "says the metric does not apply, as the gold does"
    # An answer calling the metric not useful where the gold uses it is left to the judge:
    # graders accepted such answers that went on to give the gold's reading as well.
    if gold_not and _USEFUL.search(text) is None and _USES_IT.search(text):
        return "wrong", "uses the metric; the gold says it does not apply"
    return None
