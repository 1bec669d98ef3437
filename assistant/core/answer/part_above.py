"""The part of the company a paragraph is about is often named only above it: in a lead-in ("Domestic
segment revenue by category was as follows:") or a heading over a list of bullets, often in the chunk
before the one quoted. When the question calls a part by a name and a kind ("the Overseas segment",
"its Snacks division"), and neither the quoted sentence nor the text above it names that part but
the text above names another part of the same kind ("the Home segment"), the figure is the other
part's: the quote is refused rather than given as the asked part's figure. Where nothing above names
a part of that kind and the asked part is named neither in the quote nor in the text just above it
(`NEAR_CHARS`), the figure is the company's or an unnamed part's, not the asked part's, and is
refused too."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from assistant.core.answer.text import word_stems
from assistant.core.types import Answer, SearchHit

__all__ = ["ABOVE_CHARS", "NEAR_CHARS", "other_part_above", "parts_named", "preceding_ids", "quote_context",
           "refuse_other_part"]

logger = logging.getLogger(__name__)

ABOVE_CHARS = 1500  # characters above the quote read for the part it is about
# A part asked must be named this close above its figure: a segment's discussion names it in its
# heading or first lines; a name further up belongs to an earlier discussion.
NEAR_CHARS = 1000

# "the Kettles segment", "its EMEA division": up to three capitalised words before the kind of part.
_PART = re.compile(r"((?:[A-Z][\w&'’-]*\s+){1,3})(segments?|divisions?|geograph(?:y|ies)|regions?"
                   r"|category|categories)\b")
# Words any part's name may carry: "the Total segment", "Our Reportable Segments", "In Kestrel's".
_GENERIC = frozenset(word_stems("the our its their a an each total reportable operating other both all these "
                                "those this that in for of and by at as business company consolidated "
                                "segment segments division region category during fiscal year quarter"))
_KIND = {"segments": "segment", "divisions": "division", "geographies": "geography", "geography": "geography",
         "regions": "region", "categories": "category"}
# Chunk ids are "{doc_id}:{sha}:{index:05d}" (ingest.chunking): the chunk before is index - 1.
_CHUNK_ID = re.compile(r"^(?P<base>.+:)(?P<index>\d{5})$")

Preceding = Callable[[SearchHit], str]  # the text of the chunks just before a hit's, in order


def _parts(text: str, company: set[str]) -> list[tuple[str, set[str], str]]:
    """(kind, name stems, name) of every part `text` calls by a name and a kind."""
    return [(kind, name, words) for kind, name, words, _ in parts_named(text, company, spans=True)]


def parts_named(text: str, company: set[str], *, spans: bool = False) -> list[tuple[str, set[str], str, int]]:
    """(kind, name stems, name, where) of every part `text` calls by a name and a kind ("the Garden
    segment"); `where` is the name's offset in `text` (0 unless `spans`)."""
    out = []
    for m in _PART.finditer(text):
        name = word_stems(m.group(1)) - _GENERIC - company
        if name and not re.search(r"\d", m.group(1)):
            kind = m.group(2).lower()
            words = [w for w in m.group(1).split() if word_stems(w) & name]
            out.append((_KIND.get(kind, kind), name, " ".join(words), m.start() if spans else 0))
    return out


def other_part_above(question: str, company: set[str], above: str, quote: str) -> str | None:
    """The other part `above` names when the part `question` calls by name and kind is named
    neither there nor in `quote`; else None. `company`: stems of the asked company's name."""
    said = word_stems(f"{above} {quote}")
    # Each part asked on its own: "the Games category of the Overseas segment" under a lead-in
    # naming the Home segment is the Home segment's, whatever category it names.
    asked = _parts(question, company)
    unsaid = {kind for kind, name, _ in asked if not name & said}
    others = [name for kind, _, name in _parts(above, company) if kind in unsaid]
    if others:
        return others[-1]
    near = word_stems(f"{above[-NEAR_CHARS:]} {quote}")
    missing = [words for _, name, words in asked if not name <= near]  # every word of its name
    return f"a part other than {missing[0]}" if missing else None


def preceding_ids(chunk_id: str, n: int = 2) -> list[str]:
    """The ids of the `n` chunks before `chunk_id` in its document, nearest last."""
    m = _CHUNK_ID.match(chunk_id)
    if m is None:
        return []
    i = int(m.group("index"))
    return [f"{m.group('base')}{j:05d}" for j in range(max(0, i - n), i)]


def refuse_other_part(answer: Answer, question: str, company: set[str], hits: list[SearchHit],
                      preceding: Preceding) -> str | None:
    """Why the quoted figure of `answer` is another part's than `question` asks about, or None.
    Only a quote answer is read ("$4.1 billion [1]: ..."), not a figure computed from several."""
    if (context := quote_context(answer, hits, preceding)) is None:
        return None
    above, quote = context
    other = other_part_above(question, company, above, quote)
    if other is not None:
        logger.debug("quote under %r, not the part asked: %s", other, quote[:80])
    return other


def quote_context(answer: Answer, hits: list[SearchHit], preceding: Preceding) -> tuple[str, str] | None:
    """(the text above, the quote) of a quote answer ("$4.1 billion [1]: ..."), or None for a
    refusal or a figure computed from several."""
    key = answer.key_figure
    if answer.refused or key is None or not answer.citations:
        return None
    lead = re.match(rf"{re.escape(key.text)} \[(\d+)\]:", answer.answer)
    cited = next((c for c in answer.citations if lead is not None and c.n == int(lead.group(1))), None)
    hit = next((h for h in hits if cited is not None and h.chunk_id == cited.chunk_id), None)
    # The quote is the passage's text with its spaces folded: found again by its first words.
    start = re.compile(r"\s+".join(map(re.escape, cited.quote.split()[:8]))) if cited is not None else None
    found = start.search(hit.text) if start is not None and hit is not None else None
    if hit is None or cited is None or found is None:
        return None
    return f"{preceding(hit)}\n{hit.text[: found.start()]}"[-ABOVE_CHARS:], cited.quote
