"""Figures whose thousands are set off by spaces, as Nordic and many European reports print them.

"Goodwill   9 412   8 655" is 9,412 and 8,655; "Cost of goods sold   -1 633" is minus 1,633. PDFs set the
space as a plain, a no-break (U+00A0), a thin (U+2009) or a narrow no-break (U+202F) space. In layout
text the gap between two cells is wider than the space inside a figure, so a cell (`columns.SEGMENT`,
words parted by single spaces) that is all digit groups is one figure when every group after the
first has exactly three digits. Where two cells stand a single space apart ("2 341 2 198" in a tight
column), the groups are read greedily: a figure takes three-digit groups after its first for as long
as they come ("2 341" | "2 198"); "12 14" stays two figures, and a four-digit group ("2026 2025") is
never a thousands group, so a line of year headings is never joined.

A page is read so only where its own figures say it writes thousands that way (`spaced_page`): it
prints spaced figures and no comma-grouped ones ("1,234"), so a US filing's tightly set cells ("5 100"
under two narrow columns) keep the reading they had.
"""

from __future__ import annotations

import re

__all__ = ["THIN_SPACES", "plain_spaces", "spaced_cells", "spaced_figures", "spaced_page"]

# The spaces a PDF may set inside a figure, each read as one plain space (positions kept).
THIN_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
# One figure: an optional sign or opening bracket, a first group of one to three digits, three-digit
# groups after it, an optional decimal part and closing bracket.
_GROUPED_CELL = re.compile(r"(?:^|(?<=\s{2}))[(]?[-−]?\d{1,3}(?: \d{3})+(?:\.\d+)?[)]?(?=\s{2}|\s*$)")
_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
# A cell made only of figures parted by single spaces ("2 341 2 198", "-96 -12", "12 14"): groups of up
# to three digits, so a year ("2026 2025") is never a cell's group; a bracketed mark ("(1)") is no figure.
_TOKEN = re.compile(r"[(]?[-−]?\d{1,3}(?:\.\d+)?[)]?")
_MARK = re.compile(r"\(\d{1,2}\)")


def plain_spaces(text: str) -> str:
    """`text` with a PDF's no-break and thin spaces read as plain ones (same length)."""
    return text.translate(THIN_SPACES)


def spaced_page(text: str) -> bool:
    """Whether a page writes its thousands with spaces: two or more cells are figures so grouped
    and no figure is grouped by commas."""
    text = plain_spaces(text)
    if _COMMA_THOUSANDS.search(text):
        return False
    return sum(len(_GROUPED_CELL.findall(line)) for line in text.splitlines()) >= 2


def spaced_figures(cell: str) -> list[tuple[int, str]] | None:
    """The figures of a cell of digit groups parted by single spaces, each as (offset of its end in
    the cell, the figure with its spaces removed): "9 412" → [(5, "9412")], "2 341 2 198" →
    [(5, "2341"), (11, "2198")], "12 14" → [(2, "12"), (5, "14")]; None where the cell is not
    figures parted by spaces (a plain "412" is read as it always was)."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", cell)]
    if len(tokens) < 2 or not all(_TOKEN.fullmatch(t) and not _MARK.fullmatch(t) for _, _, t in tokens):
        return None
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        text = tokens[i][2]
        j = i + 1
        if re.fullmatch(r"[(]?[-−]?\d{1,3}", text):  # a first group: take the three-digit groups after it
            while j < len(tokens) and re.fullmatch(r"\d{3}(?:\.\d+)?[)]?", tokens[j][2]) and not tokens[j - 1][2].endswith(")") \
                    and "." not in tokens[j - 1][2]:
                j += 1
        figure = "".join(t for _, _, t in tokens[i:j])
        out.append((tokens[j - 1][1], figure))
        i = j
    return out


# A table cell of a passage (cells parted by two spaces or more, as chunks keep a table's rows) that is one
# spaced figure: "Goodwill  9 412  8 655".
_PASSAGE_CELL = re.compile(r"(?:(?<=  )|^)([-−]?)(\d{1,3}(?: \d{3})+)(?= {2,}\S| *$)", re.M)
# A cell that is one plain figure ("17", "-96", "4.5"): beside a spaced one, it makes the line a table's row.
_PLAIN_CELL = re.compile(r"(?:(?<=  )|^)[-−]?\d{1,3}(?:\.\d+)?(?= {2,}\S| *$)", re.M)


def spaced_cells(text: str) -> str:
    """`text` with each table cell that is one spaced figure written with commas instead ("9 412" →
    "9,412", same length, so offsets hold), where a row of cells holds one so written beside another
    cell ("Loans raised  17  24  1 515  218"): a passage of a table printing its thousands with spaces. Prose and comma-grouped tables are returned as given."""
    if "  " not in text:
        return text
    cells = list(_PASSAGE_CELL.finditer(text))
    if not cells or (len(cells) < 2 and not _PLAIN_CELL.search(text)):
        return text  # one spaced figure and no other cell: no table's row to read it by
    out = list(text)
    for m in cells:
        for k in range(m.start(2), m.end(2)):
            if out[k] == " ":
                out[k] = ","
    return "".join(out)
