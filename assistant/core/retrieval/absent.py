"""A question about a company the library lacks: say so, never answer from another company.

`parse_question` lists names written like a company's that match no library company
(`ParsedQuery.unknown_companies`). A name is taken as a company the library lacks only when the
question names no library company and the name is rare in the library's own text: a word most
filings use ("Goodwill", "Adjusted") is vocabulary, not a name, whatever its capital letter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.query import ParsedQuery

__all__ = ["absent_companies"]

logger = logging.getLogger(__name__)


def absent_companies(
    parsed: ParsedQuery, chunks: int, chunks_with: Callable[[str, int], int], rare_share: float
) -> list[str]:
    """The unknown names of `parsed` rare enough in the library to be names (empty: search as usual).

    `chunks`: the library's chunks; `chunks_with(term, limit)`: how many hold `term`, counted up
    to `limit` (from the whole index, or a shared library's term statistics).
    """
    if parsed.companies or not parsed.unknown_companies:
        return []
    from assistant.core.lexical import tokenize

    limit = max(3, int(rare_share * chunks))
    out: list[str] = []
    for name in parsed.unknown_companies:
        terms = tokenize(name)
        # A name is rare when its rarest word is: "Acme Holdings" is as rare as "acme".
        if terms and min(chunks_with(t, limit) for t in terms) < limit:
            out.append(name)
    if out:
        logger.info("question names companies the library lacks: %s", out)
    return out
