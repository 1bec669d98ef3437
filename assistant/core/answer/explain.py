"""Explanations that carry their figure: "What drove Smartoptics' Americas growth?" is answered
with the sentence that states the change ("Sales in the Americas jumped 77.8% to $13.9
million.") before the causes, and two passages saying the same thing are quoted once."""

from __future__ import annotations

import re

from assistant.core.sentences import sentence_end
from assistant.core.types import Citation, SearchHit

__all__ = ["carry_figure"]

# A quote mark or bracket opening the next sentence stays on it; a blank line ends a paragraph.
_SENTENCE_END = sentence_end(r"A-Z\"“(", also=r"\n\s*\n")
_FIGURE = re.compile(r"\d[\d,.]*\s*%|[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?")
_CHANGE = re.compile(r"\b(?:rose|grew|gr[eo]w(?:th|n)?|jump\w*|increase\w*|decline\w*|fell|drop\w*|up|down|surg\w*)\b", re.I)
_GENERIC = frozenset(
    ["what", "why", "how", "which", "drove", "driven", "drive", "drivers", "caused", "cause", "explains", "explain", "behind", "reasons", "reason", "factors", "the", "a", "an", "of", "in", "for", "to", "and", "did", "does", "was", "were", "is", "are", "its", "it's", "growth", "grow", "increase", "decline", "change", "rise", "fall", "performance", "quarter", "year", "q1", "q2", "q3", "q4", "fy", "first", "second", "third", "fourth"]
)
_WORD = re.compile(r"[a-z][a-z&'’-]+")


def _content(text: str) -> set[str]:
    return {w.strip("'’").removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text.lower())}


def _same(a: str, b: str) -> bool:
    """Two quotes that say the same thing (most of their content words shared)."""
    wa, wb = _content(a) - _GENERIC, _content(b) - _GENERIC
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _drop_heading(part: str) -> str:
    """A heading line run into the sentence under it ("Where the growth came from\nSales in the
    Americas jumped ...") is not part of what the sentence says."""
    lines = part.strip().split("\n")
    head = lines[0].strip()
    if (len(lines) > 1 and len(head.split()) <= 8 and not head.endswith((".", ":", ",", ";", "!", "?"))
            and lines[1].strip()[:1].isupper()):
        return "\n".join(lines[1:])
    return part


def carry_figure(question: str, hits: list[SearchHit], citations: list[Citation],
                 company_words: set[str]) -> tuple[str, list[Citation]] | None:
    """The answer text and citations with the figure sentence first and repeats dropped, or None
    when nothing changes. `company_words` are the words naming the company (not a qualifier)."""
    named = _content(question) - _GENERIC - company_words
    kept: list[Citation] = []
    for c in citations:
        if not any(_same(c.quote, k.quote) for k in kept):
            kept.append(c)
    best: tuple[int, SearchHit, str] | None = None
    if named:
        for hit in hits:
            for part in _SENTENCE_END.split(hit.text):
                sentence = re.sub(r"\s+", " ", _drop_heading(part)).strip()
                words = _content(sentence)
                if not (named & words) or not _FIGURE.search(sentence) or any(sentence in c.quote for c in kept):
                    continue
                figures = _FIGURE.findall(sentence)
                score = 3 * len(named & words) + bool(_CHANGE.search(sentence)) + len(figures[:2])
                if len(figures) > 3 or not sentence.endswith((".", "!", "?")):
                    score -= 2  # a table's run of cells: a sentence that states the change reads better
                if best is None or score > best[0]:
                    best = (score, hit, sentence)
    if best is None and len(kept) == len(citations):
        return None
    if best is not None:
        _, hit, sentence = best
        first = Citation(n=0, doc_id=hit.doc_id, title=hit.title, source=hit.source, page=hit.page, quote=sentence,
                         score=hit.score, chunk_id=hit.chunk_id)
        kept = [first, *(c for c in kept if not _same(c.quote, sentence))]
    renumbered = [c.model_copy(update={"n": i}) for i, c in enumerate(kept, 1)]
    text = " ".join(f'"{c.quote}" [{c.n}]' for c in renumbered)
    return text, renumbered
