"""Whether a quoted figure is another part's than the question asks, for `answering._quoted`:
the part of the company named above it, a part's figure for the whole company, a notes-table
block the row sits under, a heading or paragraph opener that sets another period (split out of
`answering.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.types import Answer, SearchHit

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery


def other_part(library: Library, question: str, query: ParsedQuery, hits: list[SearchHit],
                answer: Answer, *, whole: bool = False) -> str | None:
    """Why the quoted figure is another part's than asked, as the refusal's words, or None: the
    part of the company named above it when it is not the one asked (`answer.part_above`), and
    with `whole` also a part's figure when the question asks the whole company
    (`answer.part_for_whole`); and a figure whose heading or paragraph opener above sets another
    period than asked (`answer.period_above`). The chunks before the quoted one are read from the store once."""
    from assistant.core.answer.figure_period import asked_years
    from assistant.core.answer.part_above import preceding_ids, quote_context, refuse_other_part
    from assistant.core.answer.part_for_whole import refuse_part_for_whole
    from assistant.core.answer.period_above import period_above
    from assistant.core.answer.text import word_stems

    read: dict[str, str] = {}

    def preceding(hit: SearchHit) -> str:
        if hit.chunk_id not in read:
            chunks = library.store.get_chunks(preceding_ids(hit.chunk_id))
            read[hit.chunk_id] = "\n".join(c.text for c in sorted(chunks, key=lambda c: c.chunk_id))
        return read[hit.chunk_id]

    if (block := _row_block(library, question, answer)) is not None:
        return f"The closest row sits under \"{block}\", not the measure asked about."
    company = word_stems(" ".join([*query.companies, *(h.company or "" for h in hits[:1])]))
    if (other := refuse_other_part(answer, question, company, hits, preceding)) is not None:
        return f"The closest figure sits under {other}, not the part asked about."
    if whole and (part := refuse_part_for_whole(answer, question, company, hits, preceding)) is not None:
        return f"The closest figure is {part}'s, not the whole company's asked about."
    # a sentence's figure whose heading or paragraph opener sets another period than asked
    # (`answer.period_above`); a table row's period is its column heading's (`answer.columns`)
    row = answer.trace.get("row", 0.0) > 0
    context = None if query.prior or row else quote_context(answer, hits, preceding)
    if context is not None and (period := period_above(asked_years(question, query.years), *context)) is not None:
        return f"The closest figure is under a heading or paragraph about {', '.join(map(str, sorted(period)))}."
    return None


def _row_block(library: Library, question: str, answer: Answer) -> str | None:
    """The heading of the notes-table block the one quoted row sits under, when that row is labelled
    only by the part asked and the question names nothing of the heading (`answer.row_block`)."""
    from assistant.core.answer.row_block import other_block

    if answer.refused or answer.trace.get("row", 0.0) <= 0 or len(answer.citations) != 1:
        return None
    cite = answer.citations[0]
    headings = {h for f in library.facts([cite.doc_id])
                if f.page == cite.page and f.row == cite.quote and isinstance(h := f.extra.get("heading"), str) and h}
    return other_block(question, cite.quote, sorted(headings)) if headings else None
