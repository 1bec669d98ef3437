"""A figure for the United States or the rest of the world is said to be one: "MedTech sales
outside the U.S. grew 6.9% operationally" asked, "MedTech segment sales ... included operational
growth of 6.2%" is the whole segment's growth, not the part abroad. A sentence that names neither
side (nor does its table header) states the total's figure; `answer.places` reads the sentences
that name the other side."""

from __future__ import annotations

from assistant.core.answer.places import names_a_side

__all__ = ["place_unsaid"]


def place_unsaid(question: str, sentence: str, header: str = "") -> bool:
    """The question asks for the United States' or the rest of the world's figure and the
    figure's sentence (and header) names neither."""
    return names_a_side(question) and not names_a_side(f"{header}\n{sentence}", names=True)
