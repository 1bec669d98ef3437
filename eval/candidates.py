"""The candidates a which-question weighs: those it lists ("Among operating, investing and
financing activities, which ...?"), the one its gold picks, and the company's own name spelled
out where the question abbreviates it (no candidate at all)."""

from __future__ import annotations

import re

from eval.words import content_words as _words
from eval.words import stem as _stem

# The candidates a which-question lists: "Among operating, investing, and financing
# activities, which ...", "Which of North America, Europe or Asia ...".
_LIST = r"((?:[\w&'-]+\s+){0,3}?[\w&'-]+(?:\s*,\s*(?:[\w&'-]+\s+){0,3}?[\w&'-]+)*,?\s+(?:and|or)\s+(?:[\w&'-]+\s+){0,3}?[\w&'-]+)"
_OPTIONS = re.compile(
    rf"^\W*(?:among|between|of)\s+(?:the\s+)?{_LIST}\s*,?\s+(?:which|who)\b|"
    rf"\b(?:which|who)\s+(?:\w+\s+)?(?:of|among|between)\s+(?:the\s+)?{_LIST}\s*(?:[,?]|$|\s+(?:is|are|was|were|had|has|did|does|will))",
    re.I,
)


def question_options(question: str) -> list[str]:
    """The stems that tell apart the candidates a which-question lists (each option's first
    word not shared with another option): ["operat", "invest", "financ"]; [] when it lists none."""
    m = _OPTIONS.search(question.split("?")[0])
    if m is None:
        return []
    listed = m.group(1) or m.group(2)
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed) if p.strip()]
    firsts = [_stem(w[0]) for p in parts if (w := _words(p))]
    return firsts if len(firsts) >= 2 and len(set(firsts)) == len(firsts) else []


def picked_option(question: str, gold: str) -> str | None:
    """The one listed candidate the gold's first sentence names, else None."""
    first = {_stem(w) for w in _words(re.split(r"(?<=[.!?])\s|;", gold.strip())[0])}
    named = [o for o in question_options(question) if o in first]
    return named[0] if len(named) == 1 else None


SUPERLATIVE = re.compile(
    r"\b(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|fastest|slowest|"
    r"strongest|weakest|greatest|top)\b",
    re.I,
)


def other_options(sentence: str, question: str, terms: list[str]) -> list[int]:
    """Where the sentence names another candidate the question lists."""
    own = {_stem(t) for t in terms}
    return [
        m.start()
        for o in question_options(question) if o not in own
        for m in re.finditer(rf"\b{re.escape(o)}", sentence, re.I)
    ]  # fmt: skip


def spelled_out(sentence: str, question: str) -> list[tuple[int, int]]:
    """Spans of capitalised names the question abbreviates: "Johnson & Johnson" for "JnJ",
    "Maplecrest Cold Logistics" for "MCL" (the name's initials are the short form's capitals)."""
    shorts = {
        "".join(c for c in w if c.isupper())
        for w in re.findall(r"\b[\w&]+\b", question)
        if sum(c.isupper() for c in w) >= 2 and not w.isdigit()
    }
    spans = []
    for m in re.finditer(r"[A-Z][\w'-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'-]*)+", sentence):
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", m.group(0)))
        if initials in shorts:
            spans.append(m.span())
    return spans
