"""A sentence that opens with its own label ("Toasters: The 3.4% decline ...") is about that label's
line, category or segment. When the question calls a part by name ("the Kettles category") and
neither the label nor the rest of the sentence says anything the question says, the figure is
another part's, not the one asked."""

from __future__ import annotations

import re

from assistant.core.answer.question import Matcher, Question
from assistant.core.answer.text import word_stems

__all__ = ["label_other_part"]

# "Appliances: ...", "- Home Theater: ...": a short capitalised label, then a colon and a space.
_LABEL = re.compile(r"^[\W\d]*(?P<label>[A-Z][\w&,/'’ -]{1,60}?):\s")

# "the Kettles category", "its EMEA segment": a name the question calls a part.
_PART_NOUN = re.compile(r"((?:[A-Z][\w&-]*\s+){1,3})(?:segments?|divisions?|geograph(?:y|ies)|regions?|units?"
                        r"|business(?:es)?|category|categories|brands?|product\s+lines?)\b")


def label_other_part(q: Question, sentence: str) -> str | None:
    """The part the question calls by name when `sentence` opens with a label of another part, or None."""
    if (label := _LABEL.match(sentence)) is None:
        return None
    called = {st: m.group(1).strip() for m in _PART_NOUN.finditer(q.text) for st in word_stems(m.group(1))}
    called = {s: w for s, w in called.items() if s not in q.company}
    if not called:
        return None
    # The label or the sentence after it naming anything the question names or asks about ("Kettles"
    # in "Overseas segment ... Kettles sales") leaves the sentence a candidate for the other checks.
    asked = (set(q.terms) | set(q.named) | set(called)) - set(q.company)
    label_stems = word_stems(label.group("label"))
    match = Matcher(asked, label_stems)
    if any(match(s, label_stems) >= 0.9 for s in asked):
        return None
    rest = word_stems(sentence[label.end():])
    named = Matcher(set(called), rest)
    if any(named(s, rest) >= 0.9 for s in called):
        return None
    return next(iter(called.values()))
