"""How many table rows of a library's filings get a period for every cell, as the extractive
answerer reads them (a row of two or more figures with the header lines its chunk carries).

`python -m bench.column_cover --home LIB [--home LIB2 ...]`

For each library (e.g. one built by main's ingest and one by this branch's) two readers are
counted side by side over the same rows:

- "one label per cell": the header's last line of years names exactly as many columns as the row
  has cells (the only case `answer.columns.locate_column` could read without a guess before the
  multi-row header reader);
- "aligned": `answer.cell_columns.read_cells` gives every cell a column, and "every amount dated":
  every amount and percent cell of the row has its year (change columns belong to none).

Rows are counted by kind of page: primary statements and the rest (notes, MD&A, releases).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from assistant.core.answer.cell_columns import read_cells
from assistant.core.answer.spans import label_figures, split_units
from assistant.core.answer.units import figures_text
from assistant.core.library import Library, snapshot_chunks
from assistant.core.numbers import parse_quantities
from assistant.core.settings import Settings

_YEAR = re.compile(r"\b(?:19|20)\d\d\b|%\s*change|\bchange\b", re.I)
_STATEMENTS = {"balance_sheet", "income_statement", "cash_flow", "comprehensive_income", "equity"}


def _one_label_per_cell(header: str, n: int) -> bool:
    lines = [ln for ln in header.split("\n") if re.search(r"\b(?:19|20)\d\d\b", ln)]
    return bool(lines) and len(_YEAR.findall(lines[-1])) == n


def count(home: str) -> dict[str, Counter[str]]:
    lib = Library(Settings(home=Path(home)))
    records = [r for r in lib.documents() if str(r.source).lower().endswith(".pdf")]
    out: dict[str, Counter[str]] = {"statements": Counter(), "other tables": Counter()}
    for chunk in snapshot_chunks(lib.store, records):
        where = "statements" if chunk.meta.get("kind") in _STATEMENTS else "other tables"
        for a, b, row, header in split_units(chunk.text):
            if not row:
                continue
            text = figures_text(chunk.text[a:b]).replace("\n", " ")
            inside = label_figures(text)  # as the answerer reads a row: a label's parenthetical is no cell
            cells = [x for x in parse_quantities(text) if not x.is_year and not any(s <= x.start < e for s, e in inside)]
            if len(cells) < 2:
                continue
            c = out[where]
            c["rows"] += 1
            c["one label per cell"] += _one_label_per_cell(header, len(cells))
            read = read_cells(header, cells, text)
            c["aligned"] += read is not None
            c["every amount dated"] += read is not None and all(
                col.year is not None for col in read if col.kind != "change")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", action="append", required=True, help="a library home (repeatable)")
    args = parser.parse_args()
    print(f"{'library':40} {'rows of':14} {'rows':>7} {'1 label/cell':>13} {'aligned':>9} {'all dated':>10}")
    for home in args.home:
        for where, c in count(home).items():
            n = c["rows"] or 1
            print(f"{home[-40:]:40} {where:14} {c['rows']:7d} {c['one label per cell']:7d} ({c['one label per cell'] / n:4.0%})"
                  f" {c['aligned']:5d} ({c['aligned'] / n:3.0%}) {c['every amount dated']:5d} ({c['every amount dated'] / n:3.0%})")


if __name__ == "__main__":
    main()
