"""Which documents a search about named companies reads.

A company is written in full on one document and short on another: the filing's "Zephyr
Networks Inc." and the article's "Zephyr". A question naming either reads both, so the scope
holds every library company one name is a word-prefix of the other's (`company_filter_keys`).
A document ingest gave no company (a note, an article naming its company only in passing) is
no other company's either: it is read where its own text writes the asked company's name
(`unlabelled_naming`), by any of the names the library writes the company by, found through
the lexical index and checked in the chunk's text as written, capitals included ("Zephyr", not
the word "zephyr").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from assistant.core.finance.companies import canonical_company, company_matches, short_name
from assistant.core.retrieval.filters import company_filter_keys
from assistant.core.retrieval.vectors import FilterMasks

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.types import DocumentRecord

__all__ = ["company_scope", "unlabelled_naming"]

logger = logging.getLogger(__name__)

_READS = 40  # chunks read per name: enough to find each unlabelled document that writes it


def unlabelled_naming(library: Library, records: Mapping[str, DocumentRecord], companies: Sequence[str]) -> list[str]:
    """The documents with no company whose text writes one of `companies` by its name (none for a
    shared library: its search never holds a whole index to look in)."""
    bare = sorted(d for d, r in records.items() if not r.company)
    if not bare or not companies or library.sharded:
        return []
    index = library.lexical()
    allowed = FilterMasks(index).get({"doc_id": bare})
    if allowed is None or not allowed.any():
        return []
    # Each company as the library writes it anywhere, short or in full ("Zephyr", "Zephyr Networks").
    spellings = {r.company for r in records.values() if r.company}
    names = {short_name(c) for c in spellings if any(company_matches(c, asked) for asked in companies)}
    names |= {short_name(c) for c in companies}
    found: set[str] = set()
    for name in sorted(names):
        words = name.split()
        if not words:
            continue
        written = re.compile(r"(?<![\w])" + r"\s+".join(map(re.escape, words)) + r"(?![\w])")
        ids = [h.chunk_id for h in index.search(name, _READS, allowed=allowed)]
        for chunk in library.store.get_chunks(ids) if ids else []:
            if written.search(chunk.text):
                found.add(str(chunk.meta.get("doc_id")))
    if found:
        logger.info("documents with no company that name %s: %s", list(companies), sorted(found))
    return sorted(found)


def company_scope(
    library: Library, records: Mapping[str, DocumentRecord], companies: Sequence[str]
) -> dict[str, list[str]]:
    """The filter fields for a search about `companies`: their keys, or, where documents with
    no company name them too, those documents and the companies' own by id."""
    keys = company_filter_keys(companies, records.values())
    named = unlabelled_naming(library, records, companies)
    if not named:
        return {"company_key": keys}
    wanted = set(keys)
    own = [d for d, r in records.items() if r.company and canonical_company(r.company) in wanted]
    return {"doc_id": sorted({*own, *named})}
