"""Quarterly data tables whose rows carry their year, as Nordic and many European reports close with them:

    SEK m                 Q1      Q2      Q3      Q4    Full year
    Net sales 2026     3 301   3 512   3 535   3 754       14 102
    Net sales 2025     3 107   3 244   3 216   3 463       13 030

The columns name quarters with no year; each row's label ends with the year its cells are of. The page is
read as one table a year, each under the quarters named with that year ("Q1 2026  ...  Full year
2026"), so the statement reader dates every cell; the rows keep their labels as printed (the facts' rows
are found again in the passages by them). Pages holding no such table are returned as given.
"""

from __future__ import annotations

import re

__all__ = ["tables_by_row_year"]

# A header of quarter columns with no year: "Q1  Q2  Q3  Q4" and, after them, the year's own column.
_QUARTERS = re.compile(r"^\s*(?:\S.*?\s{2,})?Q1\s{2,}Q2\s{2,}Q3(?:\s{2,}Q4)?(?:\s{2,}(?:Full\s+year|FY|Year|Total))?\s*$", re.I)
_COLUMN = re.compile(r"\bQ[1-4]\b|\bFull\s+year\b|\bFY\b|\bYear\b|\bTotal\b", re.I)
# A row whose label ends with its year (a unit may follow: "Adjusted EBITA margin 2026, %"), then cells.
_YEAR_ROW = re.compile(r"^(\s*\S.*?\s)((?:19|20)\d\d)(,?\s*%?)(\s{2,}[-−(\d].*)$")


def tables_by_row_year(text: str) -> list[str]:
    """The page `text` as pages of one table each: a quarterly table whose rows name their years split
    into one a year (the lines above it, its title and scale, heading each; the lines below it with the
    last); `[text]` where the page holds no such table."""
    lines = text.split("\n")
    head = next((i for i, line in enumerate(lines) if _QUARTERS.match(line)), None)
    if head is None:
        return [text]
    rows: list[tuple[int, str]] = []
    end = head + 1
    while end < len(lines) and (m := _YEAR_ROW.match(lines[end])) is not None:
        rows.append((end, m.group(2)))
        end += 1
    years = list(dict.fromkeys(year for _, year in rows))
    if len(rows) < 2 or len(years) < 2:
        return [text]
    tables = [[*lines[:head], _dated_heading(lines[head], year), *(lines[i] for i, y in rows if y == year)] for year in years]
    tables[-1].extend(lines[end:])
    return ["\n".join(t) for t in tables]


def _dated_heading(line: str, year: str) -> str:
    """The heading line with each column's name followed by `year`, each ending where its name ended (the
    gap on its left taken), so the columns stay over their cells."""
    chars = list(line)
    for m in _COLUMN.finditer(line):
        named = f"{m.group()} {year}"
        start = m.end() - len(named)
        if start < 1 or line[start - 1:m.start()].strip():
            return line  # no room on the left: left as printed (the table is then read as before)
        chars[start:m.end()] = list(named)
    return "".join(chars)
