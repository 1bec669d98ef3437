"""A figure for the United States or the rest of the world is said to be one: "MedTech sales
outside the U.S. grew 6.9% operationally" asked, "MedTech segment sales ... included operational
growth of 6.2%" is the whole segment's growth, not the part abroad. A sentence that names neither
side (nor does its table header) states the total's figure; `answer.places` reads the sentences
that name the other side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.answer.places import names_a_side

if TYPE_CHECKING:
    from assistant.core.answer.unit_choice import Unit
    from assistant.core.types import SearchHit

__all__ = ["place_unsaid", "side_first"]

_FOLLOWING = 3  # sentences after the total's read for a part's own


def place_unsaid(question: str, sentence: str, header: str = "") -> bool:
    """The question asks for the United States' or the rest of the world's figure and the
    figure's sentence (and header) names neither."""
    return names_a_side(question) and not names_a_side(f"{header}\n{sentence}")


def side_first(question: str, hits: list[SearchHit], ranked: list[Unit], min_support: float) -> list[Unit]:
    """`ranked` with the best close-enough sentence that names a side of the world first, when the
    question asks about one and the leader names neither: the leader states the total ("segment sales
    ... grew 3.6%"), which `place_unsaid` refuses, while the part's own sentence ("International
    sales were ...") ranks below it for naming the segment only in the sentences before. Only a
    sentence that follows the leader in its passage is taken: one elsewhere may be another part's."""
    if not ranked or not names_a_side(question):
        return ranked
    lead = ranked[0]
    if names_a_side(f"{lead.header}\n{hits[lead.hit].text[lead.start : lead.end]}"):
        return ranked
    for u in ranked[1:]:  # the parts' sentences follow the total's in its paragraph
        near = u.hit == lead.hit and 0 < u.pos - lead.pos <= _FOLLOWING
        if near and u.support >= min_support and not u.row and names_a_side(hits[u.hit].text[u.start : u.end]):
            return [u, *(v for v in ranked if v is not u)]
    return ranked
