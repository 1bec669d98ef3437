"""A retrieved table read whole for row arithmetic. Ingest chunks a notes, segment or MD&A table a
few rows at a time, each chunk under the table's own header lines ("Three months ended June 30," /
"(in millions) 2023 2022"), and the search often returns the chunk holding one of the rows asked
("Equity Markets") while the other ("Total Markets") or the whole row asked sits in the next chunk
of the same page. `whole_tables` joins each retrieved table chunk with the chunks of the same
table around it (same document and page, a table chunk under the same header lines), the repeated
header dropped, so one table's rows are one passage again.

Only the row readers run over the joined tables (`row_share`: a part's share of the table's
total; `row_growth`: a row's growth or compound rate between two columns; `row_average`: a row's
mean over the years asked), never a quote: their
row match is strict (the row's own label and headings name the line asked, a second row as good
with other figures refuses), and they run only after the passages alone gave a refusal
(`answering.answer_offline`). Session 12's `table_rest` also quoted from the rest of the table
and added wrong answers; this reader does not quote."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from assistant.core.answer.derived import derive
from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.question import analyse
from assistant.core.answer.row_average import row_average
from assistant.core.answer.row_growth import row_growth
from assistant.core.answer.row_quotient import row_quotient
from assistant.core.answer.row_share import row_share
from assistant.core.answer.row_sum import row_sum
from assistant.core.answer.spans import HEADING_CHARS
from assistant.core.finance.periods import MONTH
from assistant.core.query import ParsedQuery
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

__all__ = ["GetChunks", "chunk_page", "sibling_ids", "table_derived", "whole_tables"]

logger = logging.getLogger(__name__)

_CHUNK_ID = re.compile(r"^(?P<base>.*:)(?P<index>\d{5})$")
# Chunks read on either side of a retrieved table chunk: one table of a page rarely runs past this.
_REACH = 6
# The words of a line of column spans, "Year Ended December 31, 2022 vs. 2021  2021 vs. 2020": the
# line a lead-in title stands in for names no line item or part of the company.
_SPAN_WORDS = re.compile(rf"(?i)\b(?:years?|quarters?|months?|weeks?|ended|ending|three|six|nine|twelve|fiscal|vs|"
                         rf"versus|change|as|of|at|and|to|compared|in|dollars|millions|thousands|billions|except|percentages|per|share|"
                         rf"amounts|{MONTH})\b|\d+|[\s,.$%()/-]+")
# The header lines a chunk of the table repeats: at least the column headings' line.
_MIN_HEADER = 1

GetChunks = Callable[[list[str]], Sequence[StoredChunk]]


def sibling_ids(chunk_id: str, reach: int = _REACH) -> list[str]:
    """The ids of the `reach` chunks on either side of `chunk_id` in its document, in order."""
    m = _CHUNK_ID.match(chunk_id)
    if m is None:
        return []
    i = int(m.group("index"))
    return [f"{m.group('base')}{j:05d}" for j in range(max(0, i - reach), i + reach + 1) if j != i]


def _lines(text: str) -> list[str]:
    # the gaps inside a line kept: they part a header's column groups ("Income Before Tax  Segment
    # Sales") and a row's cells as in the chunks themselves
    return [line.strip() for line in text.strip().splitlines()]


def _same(a: str, b: str) -> bool:
    return a.split() == b.split()


def _header(a: list[str], b: list[str]) -> int:
    """How many leading lines two chunks share: the table header each chunk repeats."""
    n = 0
    while n < min(len(a), len(b)) and _same(a[n], b[n]):
        n += 1
    return n


def chunk_page(c: StoredChunk) -> int:
    """The (first) page a stored chunk was cut from."""
    return int(str(c.meta.get("page") or 0))


def _page(c: StoredChunk) -> tuple[int, int]:
    page = chunk_page(c)
    return page, int(str(c.meta.get("page_end") or page))


def _lead_in(prev: StoredChunk | None, page: int, top: list[str]) -> str | None:
    """The table's title whole when the text chunk before it on its page breaks it: that chunk's
    "Deferred tax assets and liabilities were comprised of the following:" over a table chunk
    opening "liabilities were comprised of the following:" (the sentence from its start to the
    table's first line); None when the chunk before is no such lead-in."""
    if prev is None or not top or str(prev.meta.get("kind") or "") != "text" or _page(prev) != (page, page):
        return None
    text, first = " ".join(prev.text.split()), " ".join(top[0].split())
    at = text.rfind(first)
    if at <= 0 or re.search(r"\d", first) or len(first) < 12:
        return None  # the chunk before does not hold the table's (figure-free) first line
    start = max(text.rfind(". ", 0, at), text.rfind(": ", 0, at))
    title = text[start + 2 if start >= 0 else 0: at + len(first)].strip()
    return title if title != first else None


def _introduced(hit: SearchHit, stored: dict[str, StoredChunk]) -> tuple[SearchHit, str] | None:
    """The table a retrieved text chunk leads into, as a passage of the next chunk's id, with the
    chunk's sentences before the table's header as its title: "Retail/LTC Segment The following
    table summarizes the Retail/LTC segment's performance ...:" ending in the header's first line
    ("Year Ended December 31, 2022 vs. 2021 ...") that the table chunk after it, on its page, opens
    with. None when the text chunk does not end in the next chunk's header."""
    m = _CHUNK_ID.match(hit.chunk_id)
    assert m is not None
    c = stored.get(f"{m.group('base')}{int(m.group('index')) + 1:05d}")
    if c is None or str(c.meta.get("kind") or "") != "table" or _page(c) != (hit.page, hit.page):
        return None
    title = _header_title(_lines(hit.text), _lines(c.text))
    if title is None:
        return None
    return hit.model_copy(update={"chunk_id": c.chunk_id, "text": c.text, "kind": "table"}), title


def _header_title(own: list[str], top: list[str]) -> str | None:
    """The sentences of a text chunk (`own`, its lines) that end in the header line a table chunk
    (`top`) opens with, "Change Year Ended December 31, 2022 vs. 2021 ..." under "The following
    table summarizes ...:": the table's title; None when the chunk does not end so."""
    if len(own) < 2 or not top or len(first := " ".join(top[0].split())) < 12 or not re.search(r"[A-Za-z]", first):
        return None
    if _SPAN_WORDS.sub("", first):
        return None  # "Domestic Segment Performance Summary 2019 2018 2017": the line names more than spans; kept as it is
    # the header as the text chunk repeats it: its last line or two, run together
    if first not in " ".join(" ".join(own[-2:]).split()):
        return None
    title = " ".join(" ".join(own[:-1]).split())
    if first in title or re.search(r"\d", title):
        return None  # the header sits in the chunk's sentences, not after them; or they state figures
    # a longer line is read as prose, not as a heading of the rows (`spans.split_units`): its end
    # names the table ("... summarizes the Pharmacy Services segment's performance ...:")
    while len(title) >= HEADING_CHARS and " " in title:
        title = title.split(" ", 1)[1]
    return title


def whole_tables(hits: Sequence[SearchHit], get_chunks: GetChunks, *, first: int = 5) -> list[SearchHit]:
    """Each of the first `first` retrieved table chunks joined with the contiguous chunks of its
    table (same page, same header lines, one of them holding the column headings' figures), as one
    passage with the retrieved chunk's id; tables with nothing to add are left out."""
    leading = [h for h in hits[:first] if h.kind in ("table", "text") and _CHUNK_ID.match(h.chunk_id)]
    wanted = sorted({i for h in leading for i in sibling_ids(h.chunk_id)})
    if not wanted:
        return []
    stored = {c.chunk_id: c for c in get_chunks(wanted)}
    tables: list[SearchHit] = []
    titles: dict[str, str] = {}
    for h in leading:
        if h.kind == "table":
            tables.append(h)
        elif (introduced := _introduced(h, stored)) is not None:
            table, titles[table.chunk_id] = introduced
            tables.append(table)
    out: list[SearchHit] = []
    used: set[str] = set()
    for hit in tables:
        if hit.chunk_id in used:
            continue  # already joined into an earlier retrieved chunk's table
        m = _CHUNK_ID.match(hit.chunk_id)
        assert m is not None
        base, index, own = m.group("base"), int(m.group("index")), _lines(hit.text)
        head = 0
        parts: dict[int, list[str]] = {index: own}
        for step in (-1, 1):  # walk away from the hit while the same table goes on
            for j in range(index + step, index + step * (_REACH + 1), step):
                c = stored.get(f"{base}{j:05d}")
                if c is None or str(c.meta.get("kind") or "") != "table" or _page(c) != (hit.page, hit.page):
                    break
                lines = _lines(c.text)
                shared = _header(own, lines)
                # the shared lines must include a line with the columns' figures ("2023  2022"), and
                # the chunk must add rows below them
                if shared < _MIN_HEADER or not any(re.search(r"\d", x) for x in own[:shared]) or shared >= len(lines):
                    break
                head = shared if head == 0 else min(head, shared)
                parts[j] = lines
                used.add(c.chunk_id)
        prev = stored.get(f"{base}{min(parts) - 1:05d}")
        title = titles.get(hit.chunk_id) or _lead_in(prev, hit.page, parts[min(parts)]) or (
            _header_title(_lines(prev.text), parts[min(parts)])
            if prev is not None and str(prev.meta.get("kind") or "") == "text" and _page(prev) == (hit.page, hit.page)
            else None)
        if len(parts) == 1 and title is None:
            continue
        top = parts[min(parts)]
        head = head or len(top)  # one chunk: its lines stand as they are
        lines = [*([title] if title is not None else []), *top[1 if title is not None else 0:head]]
        rows = [x for j in sorted(parts) for x in parts[j][head:]]
        out.append(hit.model_copy(update={"text": "\n".join([*lines, *rows])}))
    if out:
        logger.debug("joined %d retrieved tables with their other chunks", len(out))
    return out


def table_derived(question: str, query: ParsedQuery, hits: Sequence[SearchHit],
                  get_chunks: GetChunks) -> tuple[list[SearchHit], Derived] | None:
    """A share or growth read from the rows of a retrieved table joined whole, with the joined
    passages it cites; None when no table adds rows or the row readers find nothing."""
    joined = whole_tables(hits, get_chunks)
    if not joined:
        return None
    q = analyse(query, joined)
    # a row's mean over years is read from its own cells as its growth is (`row_average`)
    found = derive(q, joined, question, rules=(row_sum, row_share, row_quotient, row_growth, row_average))
    if found is None:
        return None
    logger.debug("table rows read whole: %s", found.formula)
    return joined, found
