"""The candidate units of a passage: its sentences and table rows as spans (so quotes stay
verbatim), and the verbatim window quoted around a figure."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.answer.cell_columns import LONE_YEAR, SPAN
from assistant.core.answer.text import LINK, figures_text, unlinked
from assistant.core.finance.heading_periods import DAY_FIRST_DATE, MONTH_RANGE, SHORT_SPAN
from assistant.core.finance.periods import MONTH, PERIOD_TOKEN
from assistant.core.finance.statements import is_table_row
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.sentences import sentence_end

# --- quotes ---------------------------------------------------------------------------------

MAX_QUOTE_CHARS = 420


def window(text: str, start: int, end: int, focus: int | None) -> tuple[int, int]:
    """A verbatim span of at most MAX_QUOTE_CHARS around `focus`, cut at spaces."""
    if end - start <= MAX_QUOTE_CHARS:
        return start, end
    centre = focus if focus is not None else start
    a = max(start, min(centre - MAX_QUOTE_CHARS // 3, end - MAX_QUOTE_CHARS))
    b = min(end, a + MAX_QUOTE_CHARS)
    if a > start:
        a = text.find(" ", a, b) + 1 or a
    if b < end and text.rfind(" ", a, b) > a:
        b = text.rfind(" ", a, b)
    return a, b



# --- candidate units: sentences and table rows --------------------------------------------

# A bullet or dash may start a unit, and one run into a line ends the unit before it.
_SPLIT = sentence_end("A-Z0-9$€£•▪-", openers=r"\"'“‘(\[", closers=True, month_days=True,
                      also=r"(?<=\S)\s+[-•▪]\s+(?=[A-Z0-9$€£])")
_ABBREV = re.compile(r"(?i)(?:\b(?:inc|co|corp|ltd|no|nos|vs|approx|mr|ms|dr|st|jan|feb|mar|apr|jun"
                     r"|jul|aug|sep|sept|oct|nov|dec|fig|e\.g|i\.e|u\.s)|\b[A-Z])\.$")
_CELL_LINE = re.compile(r"^[\s$€£()%.,\-–—\d]*[\d$€£][\s$€£()%.,\-–—\d]*$")
_YEARS_LINE = re.compile(r"^\s*(?:(?:FY\s?|Q[1-4]\s)?(?:19|20)\d\d\s*){2,}$")
# A column heading line of dates and column words only: "July 2,  July 3,  %  July 2,  July 3,  %",
# "(MILLIONS)  2023  2022  Change  2023  2022  Change" (its numbers are days and years, not figures).
_HEADING_WORDS = re.compile(rf"(?i){PERIOD_TOKEN}|"  # "2Q23  1Q23  4Q22"
                            # "4-6/2026  1-12/2025", "6M 2026", "30.6.2026", "30 June 2026" (`heading_periods`),
                            # under a "Note" column of note numbers and beside a "Share %" one, as IFRS reports head them
                            rf"{MONTH_RANGE.pattern}|{SHORT_SPAN.pattern}|{DAY_FIRST_DATE.pattern}|\bnotes?\b|\bshare\b|"
                            rf"\b{MONTH}\s+\d{{1,2}}\b,?"
                            r"|\b(?:19|20)\d\d\b|%|\bchange\b|\bvariance\b|\(\s*(?:in\s+)?(?:millions|thousands|billions)"
                            r"[^)]*\)|\b(?:amount|percent|fy|q[1-4])\b|[\s,.$]+")
# The days of a heading's dates printed on their own line, under the months: "28,  29,  30,". A
# row's cells never end in commas.
_DAYS_LINE = re.compile(r"^\s*(?:(?:[1-9]|[12]\d|3[01]),\s*){2,}$")
# A footnote mark on a column heading: "(1)", "(a)" after a year or a heading word.
_NOTE_MARK = re.compile(r"(?<=[\w)])\s*\((?:\d|[a-z])\)")
# "Carrying Value  (Level 2)", "Level 1  Level 2  Level 3  Total": a fair value table's columns named by
# the hierarchy level; a line whose only numbers are levels is a heading, not a row.
_LEVEL = re.compile(r"(?i)\blevel\s+[1-3]\b")
_CELL_GAP = re.compile(r"[\s$€£—–*-]*")  # "1,570  *  $  644": "*" is an empty (not meaningful) cell
_LINK_WORD = re.compile(r"\s*(?:to|from|vs\.?|versus|of|at)\s+[$€£]?\s*")
Span = tuple[int, int, bool, str]  # start, end, is a table row, the table's header lines
# A running footer ending in the page's numbering, "Acme Ltd. Not audited.  Page 6 of 6", "Investor
# Relations  Page 7": its numbers are the page's place, no row's cells nor a sentence's figures.
_PAGE_FOOTER = re.compile(r"(?i)\bpage[ \t\u00a0]+\d{1,3}(?:[ \t\u00a0]+of[ \t\u00a0]+\d{1,3})?[ \t\u00a0]*$")


def without_note_marks(text: str) -> str:
    """A heading line as its header keeps it: "2021(a)" as "2021", "2024 (1)" as "2024"."""
    return _NOTE_MARK.sub("", text)


def _heading(header: list[str]) -> str:
    """A row's header: the last three heading lines, and the line naming the columns' spans ("13
    Weeks Ended  52 Weeks Ended") above them when they name none (months, days and years printed
    on three lines push it out)."""
    kept = header[-3:]
    if not any(SPAN.search(line) for line in kept):
        spans = [line for line in header[:-3] if SPAN.search(line)]
        kept = spans[-1:] + kept
    return "\n".join(kept)


# The longest line read as a heading of a table's rows; a longer one is prose.
HEADING_CHARS = 120


@lru_cache(maxsize=1024)
def split_units(text: str) -> tuple[Span, ...]:
    """Sentences and table rows of a passage, as spans of `text` (quotes stay verbatim)."""
    out: list[Span] = []
    header: list[str] = []
    prose: list[tuple[int, int]] = []
    offset = 0
    lines = text.split("\n")
    rows_read = False  # rows were read under the current header lines
    for i, line in enumerate(lines):
        s, e = offset, offset + len(line)
        offset = e + 1
        if not line.strip():
            continue
        if not unlinked(line).strip():  # a line that is only a link or path: not a sentence
            _flush(text, prose, out)
            prose = []
            continue
        bare = _NOTE_MARK.sub(" ", line)  # "2019  2018  2017 (1)", "2021(a)": a heading's note marks are no cells
        levels = _LEVEL.search(bare) is not None and not re.search(r"\d", _LEVEL.sub(" ", bare))
        if (_YEARS_LINE.match(bare) or _DAYS_LINE.match(bare) or levels
                or (not _HEADING_WORDS.sub("", bare) and re.search(r"\d", bare))):
            # "2023  2022  2023  2022", "July 2,  July 3,  %": the columns' heading
            title = ""
            if prose and len(text[prose[-1][0] : prose[-1][1]].strip()) < 60:
                title = text[slice(*prose.pop())].strip()  # "December 31,  December 31,": part of the heading too
            _flush(text, prose, out)
            prose = []
            if rows_read and not title and LONE_YEAR.match(bare) and header and LONE_YEAR.match(header[-1]):
                # A year alone over each block of rows ("2022" ... "2021") under one line of column
                # names (segments, regions): the next block's year; the names still head its cells.
                header = header[:-1]
                rows_read = False
            elif rows_read:
                # Column headings after rows head the next table of the passage: its rows are read by
                # them (and the title just above), not by the first table's years and scale note.
                header = [title] if title else []
                rows_read = False
            # Kept without its note marks: "2021(a)" dates the columns below it as "2021" does.
            header.append(without_note_marks(line).strip())
            continue
        if prose and (line.lstrip().startswith(("and ", ",")) or _OPEN_LIST.search(text[prose[-1][0] : prose[-1][1]])) \
                and _LIST_END.search(text[prose[-1][0] : prose[-1][1]]) and (_CELL_LINE.match(line) or is_table_row(line)):
            # "..., net of tax of ($11), ($8)" / "and ($52)  791  1,155  917": a label's own list of
            # amounts wrapped onto the line of the row's cells; the two lines are one row.
            _label_row(text, prose, header, out, e, heading_kept=True)
            rows_read = True
            continue
        if _CELL_LINE.match(line):
            # PDF text often puts each cell on its own line: join it to its row or its label.
            if prose and len(text[prose[-1][0] : prose[-1][1]].strip()) < 60:
                _label_row(text, prose, header, out, e)
                rows_read = True
            elif out and out[-1][2] and not prose:
                out[-1] = (out[-1][0], e, True, out[-1][3])
            continue
        if prose and _open_bracket(text[prose[-1][0] : prose[-1][1]]) and _closes_with_cells(line):
            # "Total long-term debt with fixed interest rates (excluding" over "commercial paper and
            # finance leases)  $ 4,123  $ 3,844": a row label wrapped inside its bracket; one row.
            _label_row(text, prose, header, out, e)
            rows_read = True
            continue
        wrapped = i + 1 < len(lines) and bool(re.match(r"\s*(?:[a-z]|(?:million|billion)\b)", lines[i + 1]))
        # "... shares of its\ncommon stock at a cost of $328.1 million": a sentence's next line.
        wrapped = wrapped or (bool(prose) and bool(re.match(r"\s*[a-z]", line))
                              and not re.search(r"[.!?:;]\s*$", text[prose[-1][0] : prose[-1][1]]))
        if is_table_row(unlinked(line)) and not wrapped:  # "... of $6.7\nbillion and ...": prose
            _flush(text, prose, out)
            prose = []
            out.append((s, e, True, _heading(header)))
            rows_read = True
            continue
        if not any(u[2] for u in out) and len(line.strip()) < HEADING_CHARS:
            header.append(line.strip())
        prose.append((s, e))
    _flush(text, prose, out)
    units: list[Span] = []
    for a, b, row, hdr in sorted(out):
        if row and _PAGE_FOOTER.search(text[a:b]):
            continue  # a page's footer read as a row: its numbers are no cells (kept above: it still ends the page's header)
        segs = _segments(text, a, b)
        if segs is None:
            units.append((a, b, row, hdr))
        else:  # rows run together on one line: what precedes the first cells is their header
            first = f"{hdr}\n{text[a : segs[0][2]]}".strip()
            units += [(s0, e0, True, first) for s0, e0, _ in segs]
    return tuple(units)


def _label_row(text: str, prose: list[tuple[int, int]], header: list[str], out: list[Span], end: int, *,
               heading_kept: bool = False) -> None:
    """The last prose line is a row's label whose cells run on to `end`: the prose before it goes out
    as sentences, the label and its cells as one row, and `prose` is emptied. The label was also taken
    for a heading line; unless `heading_kept`, it is no heading."""
    label = prose.pop()
    if not heading_kept and header and header[-1] == text[label[0] : label[1]].strip():
        header.pop()
    _flush(text, prose, out)
    prose.clear()
    out.append((label[0], end, True, _heading(header)))


def _open_bracket(line: str) -> bool:
    """A short line that leaves a bracket open: a row label going on on the next line."""
    return len(line.strip()) < HEADING_CHARS and line.count("(") > line.count(")")


def _closes_with_cells(line: str) -> bool:
    """A table row going on from the line above in lower case and closing its bracket before its
    cells, figures and not a heading's periods ("share data and where otherwise noted)  3Q24  2Q24
    2024" goes on with a caption, not a label)."""
    close = line.find(")")
    # it goes on mid-phrase ("commercial paper and ..."): a line opening in capitals is a row of its own
    return (close >= 0 and re.match(r"\s*[a-z]", line) is not None and is_table_row(unlinked(line))
            and re.search(r"\d", _HEADING_WORDS.sub("", line[close + 1 :])) is not None)


# A parenthetical of a row's label ("Treasury stock, at cost (1,198,848,622 and 1,170,676,094 shares)"):
# words in brackets; its numbers are the label's, not the row's cells.
_LABEL_PARENS = re.compile(r"\((?=[^()]*[A-Za-z]{3,})[^()]*\)")


# Amounts a label states in its own words after "of" or "less": a list written out with "and"
# ("net of tax of $30, $197 and $265  (85)  (571)  (736)", wrapped over two lines or not), or
# amounts its words go on after on the same line ("net of allowance of $12 million  480  470").
# They are the label's; the row's cells are the figures after them.
_AMOUNT = r"\(?-?[$€£]?\s?\(?-?\d[\d,]*(?:\.\d+)?\)?"
_LABEL_AMOUNTS = re.compile(
    rf"(?i)\b(?:of|less)\s+(?:{_AMOUNT}(?:\s*,\s*{_AMOUNT})*\s*,?\s+and\s+{_AMOUNT}"
    rf"|{_AMOUNT}(?:\s*,\s*{_AMOUNT})*(?=[ \t]*,?[ \t]*[A-Za-z]{{2,}}))")

# A line ending inside such a list, "net of tax of ($3), $2 and": its row goes on on the next line.
_LIST_END = re.compile(rf"(?i)\b(?:of|less)\s+{_AMOUNT}(?:\s*,\s*{_AMOUNT})*\s*,?(?:\s+and)?\s*$")
_OPEN_LIST = re.compile(r"(?i)(?:,|\band)\s*$")


def label_figures(text: str) -> list[tuple[int, int]]:
    """Spans of `text` whose figures belong to a label's parenthetical or its own words, not to a cell."""
    return [m.span() for m in _LABEL_PARENS.finditer(text)] + [m.span() for m in _LABEL_AMOUNTS.finditer(text)]


def _segments(text: str, a: int, b: int) -> list[tuple[int, int, int]] | None:
    """(start, end, first cell) of each label-and-cells piece of a table-like span, else None."""
    inside = label_figures(text[a:b])
    qs = [x for x in parse_quantities(figures_text(text[a:b])) if not x.is_year
          and not any(s <= x.start < e for s, e in inside)]
    if len(qs) < 4 or len(re.findall(r"[A-Za-z]{2,}", text[a:b])) > 3 * len(qs):
        return None  # prose with figures in it stays one sentence
    groups: list[list[Quantity]] = []
    for x in qs:
        gap = text[a + groups[-1][-1].end : a + x.start] if groups else ""
        if groups and (_CELL_GAP.fullmatch(gap) or _LINK_WORD.fullmatch(gap)):  # "+47% to $5.3 million"
            groups[-1].append(x)
        else:
            groups.append([x])
    if len(groups) < 2:
        return None
    out, prev = [], 0
    for g in groups:
        gap = text[a + prev : a + g[0].start]
        out.append((a + prev + len(gap) - len(gap.lstrip()), a + g[-1].end, a + g[0].start))
        prev = g[-1].end
    return out


def _flush(text: str, prose: list[tuple[int, int]], out: list[Span]) -> None:
    if not prose:
        return
    s0, block = prose[0][0], text[prose[0][0] : prose[-1][1]]
    cuts = {0} | {m.end() for m in _SPLIT.finditer(block)
                  if not _ABBREV.search(block[max(0, m.start() - 12) : m.start()].rstrip())}
    for m in LINK.finditer(block):
        before = block[: m.start()].rstrip()
        if not before or before[-1] in ".!?:;":  # a link between sentences is neither of them
            cuts |= {m.start(), m.end()}
    ordered = sorted(cuts)
    for a, b in zip(ordered, [*ordered[1:], len(block)], strict=True):
        piece = block[a:b]
        lead = len(piece) - len(piece.lstrip(" \t\n-•▪"))
        piece = piece.strip(" \t\n-•▪")
        if len(re.findall(r"[A-Za-z]{2,}", unlinked(piece))) >= 2:
            out.append((s0 + a + lead, s0 + a + lead + len(piece), False, ""))
