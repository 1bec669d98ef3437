"""A question about a company the library lacks: say so, never answer from another company.

`parse_question` lists names written like a company's that match no library company
(`ParsedQuery.unknown_companies`). A name is taken as a company the library lacks only when the
question names no library company and the name is rare in the library's own text: a word most
filings use ("Goodwill", "Adjusted") is vocabulary, not a name, whatever its capital letter.
Nor is a name the library's own text gives a person ("Ms. Roe", "Dr. Roe"): a question about an
executive the filings name is searched, not refused. Nor is a name one company's filings write
again and again (a product, a brand, a segment: "Zephyr Gold sales"): the question is about that
company, and a search finds it by the name; unless the filings also write it as a company's name
("Brindle Foods, Inc.", "The Brindle Company": a customer or a rival they discuss at length),
unless they also write it as one of their segments or divisions (a subsidiary that is a segment).
Both checks read the few chunks holding the name (a
whole index; a shared library skips them).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from assistant.core.finance.companies import canonical_company
from assistant.core.finance.company_mentions import person_names
from assistant.core.finance.company_parts import written_as_part
from assistant.core.lexical import tokenize
from assistant.core.retrieval.shards import library_stats

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery
    from assistant.core.types import DocumentRecord

__all__ = ["absent_companies", "known_name_check", "owner_check", "person_check", "term_counts"]

logger = logging.getLogger(__name__)


_PERSON_READS = 20  # chunks read to see how the library writes a name
# A name held by at least this many chunks, this share of them one company's documents, is that
# company's own (a competitor or customer is named in a sentence or two of a filing).
_OWNED_MIN = 5
_OWNED_SHARE = 0.8
_OWNED_READS = 40
# What follows a company's name where a filing writes it as one: a customer or a rival.
_CORPORATE = (r"\s*,?\s*(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|plc|PLC|LLC|L\.P|N\.V|"
              r"S\.A|AG|SE|Group|Holdings)\b")


def absent_companies(
    parsed: ParsedQuery, chunks: int, chunks_with: Callable[[str, int], int], rare_share: float,
    is_person: Callable[[str], bool] | None = None,
) -> list[str]:
    """The unknown names of `parsed` rare enough in the library to be names (empty: search as usual).

    `chunks`: the library's chunks; `chunks_with(term, limit)`: how many hold `term`, counted up
    to `limit` (from the whole index, or a shared library's term statistics); `is_person(name)`:
    does the library's text write `name` as a person's.
    """
    if parsed.companies or not parsed.unknown_companies:
        return []
    from assistant.core.lexical import tokenize

    limit = max(3, int(rare_share * chunks))
    out: list[str] = []
    for name in parsed.unknown_companies:
        terms = tokenize(name)
        # A name is rare when its rarest word is: "Acme Holdings" is as rare as "acme".
        if terms and min(chunks_with(t, limit) for t in terms) < limit and not (is_person and is_person(name)):
            out.append(name)
    if out:
        logger.info("question names companies the library lacks: %s", out)
    return out


def term_counts(library: Library, records: Mapping[str, DocumentRecord]) -> tuple[int, Callable[[str, int], int]]:
    """The library's chunks, and how many of them hold a term (up to a limit); a shared
    library answers from its term statistics, never by reading every chunk."""
    if library.sharded:
        stats = library_stats(library, records)
        return stats.chunks, lambda term, limit: min(limit, max((stats.df.get(t, 0) for t in tokenize(term)), default=0))
    index = library.lexical()
    return len(index), lambda term, limit: len(index.search(term, limit))


def person_check(library: Library) -> Callable[[str], bool] | None:
    """`is_person` for `absent_companies`: do the chunks holding a name's last word write it as a
    person's (after an honorific)? None for a shared library."""
    if library.sharded:
        return None
    index = library.lexical()

    def is_person(name: str) -> bool:
        words = name.split()
        if not words:
            return False
        last = re.escape(words[-1])
        ids = [h.chunk_id for h in index.search(name, _PERSON_READS)]
        for chunk in library.store.get_chunks(ids) if ids else []:
            text = " ".join(chunk.text.split())
            for m in re.finditer(rf"\b{last}\b", text):
                window = text[max(0, m.start() - 80) : m.end() + 80]
                if words[-1].lower() in person_names(window, titles=False):
                    return True
        return False

    return is_person


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def owner_check(library: Library, records: Mapping[str, DocumentRecord]) -> Callable[[str], bool] | None:
    """`is_owned(name)`: does one company's filings write `name` in several chunks (a product, a
    brand, a segment of a company the library holds, not a company it lacks)? None for a shared
    library."""
    if library.sharded:
        return None
    index = library.lexical()

    def is_owned(name: str) -> bool:
        want = _letters(name)
        ids = [h.chunk_id for h in index.search(name, _OWNED_READS)]
        if not want or len(ids) < _OWNED_MIN:
            return False
        chunks = [c for c in library.store.get_chunks(ids) if want in _letters(c.text)]
        as_company = re.compile(r"[\s\-]*".join(re.escape(w) for w in re.findall(r"[^\W_]+", name)) + _CORPORATE, re.I)
        # a name written as a company's is a customer's or a rival's, unless the filings also
        # write it as one of their segments (a subsidiary that is a reportable segment)
        if any(as_company.search(c.text) for c in chunks) and not any(written_as_part(name, c.text) for c in chunks):
            return False
        holders = [str(c.meta.get("doc_id")) for c in chunks]
        owners = Counter(canonical_company(records[d].company or "") for d in holders if d in records)
        owners.pop("", None)
        if not owners:
            return False
        top = owners.most_common(1)[0][1]
        return top >= _OWNED_MIN and top >= _OWNED_SHARE * len(holders)

    return is_owned


def known_name_check(library: Library, records: Mapping[str, DocumentRecord]) -> Callable[[str], bool] | None:
    """`is_person` for `absent_companies`: a person the filings name, or a name one company's
    filings use as their own (`owner_check`). None for a shared library."""
    checks = [c for c in (person_check(library), owner_check(library, records)) if c is not None]
    return (lambda name: any(check(name) for check in checks)) if checks else None
