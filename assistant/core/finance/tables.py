"""Reading a statement page (layout text: one row a line, figures in columns) into facts.

The page is read in three steps:

1. rows: a line whose right end is figures ("$ 42,879   $ 42,151") after a label; cells are
   found by the gaps layout text leaves between columns (two spaces or more), so numbers inside
   a label ("allowances of $203 (2021, $230)") stay in the label;
2. columns: the right edges of the figures, clustered down the page; percent columns ("Percent
   to Sales", "% change") are dropped by their headings;
3. periods: the last header line above the first row that holds dates or years gives each
   column its period end ("February 2, 2019", "3/25/2023", "2022", "Fiscal 2018"); a heading
   over a group of columns ("Three Months Ended", "Six Months Ended", "12 Weeks Ended") gives
   its length. A year alone takes its end date from the page's titles ("Fiscal years ended
   December 31, 2022, December 25, 2021 and ...", "At December 31,") (assistant.core.finance.columns).
   A second table lower on the page under its own period heading is read with its own columns.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import cast

from assistant.core.finance import note_columns as nc
from assistant.core.finance.change_headings import change_cell, without_change_headings
from assistant.core.finance.columns import FULL_DATE, SEGMENT, read_columns, year_heading
from assistant.core.finance.concepts import concept as concept_of
from assistant.core.finance.concepts import match_ranked, row_unit
from assistant.core.finance.facts import Fact, PeriodColumn, duration_of, period_label
from assistant.core.finance.filing_quarters import column_quarter, quarter_and_offset
from assistant.core.finance.grand_total import GRAND as _GRAND
from assistant.core.finance.grand_total import grand_total as _grand_total
from assistant.core.finance.heading_periods import names_period
from assistant.core.finance.percent_columns import (
    amount_columns,
    marked_percents,
    percent_heading,
    percentish,
)
from assistant.core.finance.period_sub_columns import sub_column_unit, sub_columns
from assistant.core.finance.report_conventions import mark_currency, without_note_refs
from assistant.core.finance.slide_tables import fiscal_labels, slide_pages
from assistant.core.finance.spaced_thousands import plain_spaces, spaced_figures, spaced_page
from assistant.core.finance.statements import SUPPLEMENTARY
from assistant.core.finance.table_blocks import block_name, name_blocks
from assistant.core.numbers import detect_scale_statement

logger = logging.getLogger(__name__)

__all__ = ["column_quarter", "read_columns", "read_statement_page", "split_row"]

# "△2,140" is minus 2,140 in Japanese reports. A percent sign may stand inside a negative's brackets, "(0.1%)", as some releases print a share of sales.
_NUMBER = re.compile(r"^\$?\s*(\(?)\s*\$?\s*([-−△▲]?)(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(%(?=\s*\)))?\s*(\)?)\s*\$?\s*(%?)$")
_DASH = re.compile(r"^\$?\s*[—–-]+\s*$")
# "n/m" (not meaningful) stands in a change column for a percent no one computes: no figure.
_SKIP_CELL = re.compile(r"^(?:\$|%|\([a-z]\)|\*+|[nN]/?[mM])$")
_FOOTER = re.compile(r"^(?:the\s+)?(?:see\s+)?(?:the\s+)?(?:accompanying\s+)?notes\s+(?:are\s+an\s+integral\s+part\s+of\s+these|to)"
                     r"\s+(?:the\s+)?(?:condensed\s+)?(?:consolidated\s+)?financial\s+statements\.?\s+(?=\S)", re.I)
_STOP_SECTION = re.compile(r"\badjusted\b|non-?gaap|pro\s+forma|supplemental|reconciliation", re.I)


def _parse_number(cell: str) -> tuple[float, bool] | None:
    m = _NUMBER.match(cell.strip())
    if not m:
        return None
    value = float(m.group(3).replace(",", ""))
    negative = bool(m.group(1) and m.group(5)) or bool(m.group(2))
    return (-value if negative else value), bool(m.group(4) or m.group(6))


Cell = tuple[int, "float | None", bool, str]  # right edge, value (None: a dash), percent, as printed


def split_row(line: str, *, spaced: bool = False) -> tuple[str, list[Cell]] | None:
    """(label, [(right edge, value or None for a dash, is_percent, text)]) of a table row, else None.
    `spaced`: the page sets thousands off by spaces ("9 412   8 655", `spaced_thousands`)."""
    segments = [(m.start(), m.end(), m.group()) for m in SEGMENT.finditer(line)]
    cells: list[Cell] = []
    i = len(segments)
    percent_sign = False  # a "%" standing apart belongs to the figure on its left
    while i > 0:
        start, end, text = segments[i - 1]
        if _SKIP_CELL.match(text):
            percent_sign = percent_sign or text == "%"
            i -= 1
            continue
        parsed = _parse_number(text)
        figures = spaced_figures(text) if spaced and parsed is None else None
        if figures:  # "9 412", "-1 565", or two cells a single space apart ("2 341 2 198")
            for offset, figure in reversed(figures):
                value = _parse_number(figure)
                if value is None:
                    break
                cells.insert(0, (start + offset - figure.endswith(")"), value[0], value[1], figure))
            else:
                i -= 1
                continue
            break
        change = change_cell(text) if parsed is None else None
        if change is not None:  # "+12.5%", "+0.4 pp": a change column's cell, no period's amount
            parsed = (change, True)
        if parsed is not None:
            digits_end = start + max(k for k, ch in enumerate(text) if ch.isdigit()) + 1
            cells.insert(0, (digits_end, parsed[0], parsed[1] or percent_sign, text))
            percent_sign = False
        elif _DASH.match(text):
            cells.insert(0, (end, None, False, text))
        else:
            break
        i -= 1
    # A page footer printed on the row's line ("See Notes to Consolidated Financial Statements
    # Total equity") is no part of its label.
    label = _FOOTER.sub("", " ".join(t for _, _, t in segments[:i])).strip(" $")
    if not cells or not re.search(r"[A-Za-z]{2,}", label):
        return None
    if year_heading([c for c in segments[i:] if not _SKIP_CELL.match(c[2])]):
        return None  # "At December 31,   2022   2021", "2025  (1)": a header line
    return label, cells


def _cluster(edges: list[int], tol: int = 3) -> list[int]:
    groups: list[list[int]] = []
    for e in sorted(edges):
        if groups and e - groups[-1][-1] <= tol:
            groups[-1].append(e)
        else:
            groups.append([e])
    return [sorted(g)[len(g) // 2] for g in groups if len(g) >= 2 or len(edges) < 4]


def _scale(text: str) -> str | None:
    """The scale a statement's title block states; None when it states none (the one reader of
    scale headings, shared with answers and the verifier)."""
    return detect_scale_statement(text)


def read_statement_page(
    text: str,
    statement: str,
    *,
    doc_id: str = "",
    page: int = 0,
    doc_period: str | None = None,
    company: str | None = None,
    scale_hint: str | None = None,
    note: bool = False,
) -> list[Fact]:
    """Every figure of every row of a statement page, as facts (concept None where no concept fits).
    `scale_hint`: the scale of the same statement on the page before (a continued statement);
    `note`: a note, MD&A or schedule table, whose header is read as `note_columns` says."""
    lines = plain_spaces(text).splitlines()
    spaced = spaced_page(text)
    rows: list[tuple[int, str, list[Cell]]] = []
    section, since = "", -1  # the label-only line above, and the rows counted under it (-1: totalled)
    for i, line in enumerate(lines):
        split = split_row(line, spaced=spaced)
        stripped = line.strip()
        if split is None and 0 < len(section.split()) <= 5 and since >= 2 and not re.search(r"[A-Za-z]", stripped):
            # Figures with no label after a run of rows under a heading: the heading's total, as
            # some releases print it ("Revenues / Casino / Rooms / ... /        3,592,216").
            label = f"Total {section.rstrip(':').lower()}"
            if stripped and not line[: len(label) + 2].strip():
                split = split_row(label + line[len(label):], spaced=spaced)
                since = -1
        elif (split is None and statement == "balance_sheet" and rows and stripped
              and not re.search(r"[A-Za-z]", stripped) and not line[: len(_GRAND) + 2].strip()):
            # A balance sheet's grand total printed with no label: total assets, kept only if it
            # equals total liabilities and equity (checked below).
            split = split_row(_GRAND + line[len(_GRAND):], spaced=spaced)
        if split:
            rows.append((i, *split))
            if since >= 0:
                since = -1 if split[0].lower().startswith("total") else since + 1
        elif re.search(r"[A-Za-z]{3,}", stripped):
            section, since = stripped, 0
    if not rows:
        return []
    # The header: lines above the first row that has two or more figures (a lone figure may be a
    # page number or a note reference in the title block).
    first = next((i for i, _, cells in rows if len(cells) >= 2), rows[0][0])
    header = lines[:first]
    rows = without_note_refs(rows, header)
    titles = "\n".join(line.strip() for line in header)
    cut = _next_table(lines, rows, first, statement, note)
    if cut is not None:  # a second table under its own period heading ("52 Weeks Ended" below "13 Weeks Ended")
        upper = read_statement_page("\n".join(lines[:cut]), statement, doc_id=doc_id, page=page,
                                    doc_period=doc_period, company=company, scale_hint=scale_hint, note=note)
        lower = read_statement_page("\n".join(lines[cut:]), statement, doc_id=doc_id, page=page,
                                    doc_period=doc_period, company=company, scale_hint=_scale(titles) or scale_hint, note=note)
        # A table below the statement that repeats its concepts for the same periods (the assets of
        # consolidated VIEs under a bank's balance sheet) is a part of it, not the statement's line.
        have = {(f.concept, f.period, f.duration_months) for f in upper if f.concept}
        for f in lower:
            if (f.concept, f.period, f.duration_months) in have:
                f.concept = None
        if statement == SUPPLEMENTARY:  # one table a segment, each under its name (`finance.table_blocks`)
            below = next((i for i, _, cells in rows if i >= cut and len(cells) >= 2), len(lines))
            rest = [(i - cut, label, cells) for i, label, cells in rows if i >= cut]
            after = _next_table(lines[cut:], rest, below - cut, statement, note) if rest else None
            in_first = {re.sub(r"\s+", " ", line).strip() for line in lines[cut: cut + after if after else len(lines)]}
            name_blocks(upper, block_name(lines, first), [f for f in lower if f.row in in_first], block_name(lines, below))
        return [*upper, *lower]
    # A note table's period printed without a span is a value at its date (note_columns).
    heads = header[nc.heading_start(header):] if note else header  # a note's headings: below its lead-in
    heads = without_change_headings(heads, read_columns(heads, titles, statement, marked=not note))  # "Linked Quarter" dates no column
    as_read = "balance_sheet" if note and not nc.span_named(heads) else statement
    # A footnote mark on a year heading ("2025(1)": a recast year) is read on a primary statement only.
    columns = read_columns(heads, titles, as_read, quarter_and_offset(doc_period, date.today())[0], marked=not note)
    edges = _cluster([c[0] for i, _, cells in rows if i >= first for c in cells if not c[2]])
    # No period columns, or a note table's periods split into parts ("2022" over "Current  Long-term") that
    # are not each period's own run of named sub-columns ("Average Balance  Interest" under each year).
    if not columns or (note and nc.names_parts(heads, nc.period_line(heads), _label_end(rows))
                       and not sub_columns(heads, edges, columns)):
        logger.debug("%s p%d: no period columns read", doc_id, page)
        return []
    repeated = len({(c.end, c.duration_months) for c in columns}) < len(columns)
    groups = nc.column_groups(heads, nc.period_line(heads), columns, _label_end(rows)) if note and repeated else None
    if statement == SUPPLEMENTARY and repeated and not groups:
        return []  # columns of one period split another way ("Worldwide  U.S.  International"), unnamed
    # a key-figure table under periods in a release's spellings ("FY26", "H1 2026"): its percents are read
    # from its own headings, a lead-in's "up 20.0%" heading no column
    spelled = note and any(names_period(line) for line in heads)
    lead = heads if spelled else header
    marked = marked_percents(rows, first, lead)
    percent_page = percent_heading(lead) and not marked
    # Percent and change columns: a heading above them says so.
    keep = edges if marked else amount_columns(edges, rows, first, lead)
    mapping = nc.assign_nearest(keep, columns) if note else _assign(keep, columns)
    subs = None if groups else sub_columns(heads, keep, columns)  # "Average Balance  Interest" under each period
    mapping = {e: i for e, (i, _) in subs.items()} if subs else mapping
    title = nc.note_title(lines, nc.period_line(header)) if note else ""
    stated = _scale(titles) or scale_hint
    scale = stated or "million"  # the usual scale, flagged: an absolute amount read with it is refused
    latest = max(c.end for c in columns)
    quarter, offset = quarter_and_offset(doc_period, latest)
    for c in columns:
        months = c.duration_months
        own = column_quarter(c.end, latest, quarter)
        if months == 0 and own not in (None, 4):
            # A quarterly filing's own balance sheet date (and the same quarter a year before, as
            # retailers show it, or the linked quarter, as banks do) is a quarter's end, not a fiscal year-end.
            months = 3
        c.period = period_label(c.end, months, quarter=own if months == 3 else quarter, fy_offset=offset)
    facts: list[Fact] = []
    heading = ""
    # The section a row sits in ("Revenues", "Expenses"); the first may head the table itself.
    above = lines[first - 1].strip() if first > 0 else ""
    section = above if re.fullmatch(r"[A-Za-z][A-Za-z ,&'’-]{2,40}:?", above) and len(above.split()) <= 4 else ""
    stopped = False
    best: dict[tuple[str, int], tuple[int, int]] = {}  # (concept, column) → (rank, index in facts)
    by_line = {i: (label, cells) for i, label, cells in rows}
    for i in range(first, len(lines)):
        if i not in by_line:
            stripped = lines[i].strip()
            if re.search(r"[A-Za-z]{3,}", stripped) and not (note and nc.no_heading(stripped)):
                if stripped[:1].islower() and heading and i - 1 not in by_line and lines[i - 1].strip():
                    # A heading wrapped onto a second line ("... used in computing earnings per" / "share:")
                    # is one heading: what the rows below it count.
                    heading = section = f"{heading} {stripped}"
                else:
                    heading = section = stripped  # a label-only line: what the rows below it count
                stopped = stopped or bool(_STOP_SECTION.search(stripped))
            continue
        label, cells = by_line[i]
        above = lines[i - 1].strip() if i > 0 else ""
        if label[:1].islower() and above and heading.endswith(above) and i - 1 not in by_line:
            label = f"{heading} {label}"  # a label wrapped onto a second line
            heading = ""
        stopped = stopped or bool(_STOP_SECTION.search(label))
        ranked = None if stopped or statement == SUPPLEMENTARY else match_ranked(label, heading, statement)
        name = ranked[0] if ranked else None
        unit = concept_of(name).unit if name else row_unit(label, heading)
        scale_of = None if unit in ("USD/share", "percent") else cast("str | None", scale)
        row_text = re.sub(r"\s+", " ", lines[i]).strip()
        # in a key-figure table headed by periods in a release's spellings ("H1 2026  Change %  FY 2025"), a
        # one-decimal cell is a percent in a change column, an amount in a period's column
        amounts = [c for c in cells if not c[2] and not (
            percent_page and percentish(c[3]) and not (spelled and _nearest(c[0], keep) is not None))]
        in_order = len(amounts) == len(columns)  # one cell a period: read them in order
        for n, (x, value, _pct, _raw) in enumerate(amounts):
            col = _nearest(x, keep)
            if value is None or (not in_order and (col is None or col not in mapping)):
                continue
            index = n if in_order else mapping[col or 0]
            pc = columns[index]
            fact = Fact(
                concept=name, label=label, period_end=pc.end, period=pc.period,
                duration_months=pc.duration_months, value=value, unit=unit, scale=scale_of,
                statement=statement, doc_id=doc_id, page=page, row=row_text, column=pc.header,
                company=company, extra={} if stated or unit == "USD/share" else {"scale_assumed": True},
            )
            if title:
                fact.extra["table"] = title  # what the rows are of: "Deferred tax assets"
            if subs and not in_order and col in subs:  # the cell's sub-column names it, as a title would
                fact.concept, fact.extra["table"] = None, f"{title} / {subs[col][1]}".lstrip(" /")
                fact.unit = sub_column_unit(subs[col][1]) or fact.unit  # "Rate", "Shares": no currency amounts
                fact.scale = None if fact.unit == "percent" else fact.scale
            if groups:
                fact.extra["heading"] = groups[index]  # "U.S." over the column: what the cell belongs to
            elif statement == SUPPLEMENTARY and heading:
                fact.extra["heading"] = heading  # "Domestic" over "Revenue": what the row belongs to
            elif section and name is None:
                fact.extra["section"] = section  # "Rooms" under "Revenues", not the one under "Expenses"
            if name and ranked:
                key = (name, index)
                if key not in best:
                    best[key] = (ranked[1], len(facts))
                elif ranked[1] < best[key][0]:
                    facts[best[key][1]].concept = None  # a more typical label for the concept
                    best[key] = (ranked[1], len(facts))
                else:
                    fact.concept = None  # a second row for the concept: the first one stands
                    stands = facts[best[key][1]]
                    if ranked[1] == best[key][0] and value != stands.value:
                        # ...unless it is as typical a label: an answer must not pick one silently.
                        stands.extra.setdefault("rivals", []).append({"row": row_text, "value": value})
            facts.append(fact)
    return _grand_total(facts) if statement == "balance_sheet" else facts


def _next_table(lines: list[str], rows: list[tuple[int, str, list[Cell]]], first: int, statement: str,
                note: bool = False) -> int | None:
    """Where a second table starts on the page: the line after the last row above a short
    heading line that names periods ("52 Weeks Ended", "January 28, 2023") over rows of figures;
    in a note, also a line of years alone ("2022  2021" over the next table's rows)."""
    row_at = {i: len(cells) for i, _, cells in rows}
    for i in range(first + 1, len(lines)):
        line = lines[i].strip()
        if i in row_at or not line or len(line.split()) > 10:
            continue
        if (duration_of(line) is None and not FULL_DATE.search(line) and not names_period(line)
                and not (note and nc.years_only(line))):
            continue
        below = next((j for j in sorted(row_at) if j > i and row_at[j] >= 2), None)
        if below is None:
            return None
        if read_columns(lines[i:below], "", statement, marked=not note):
            return max(j for j in row_at if j < i) + 1
    return None


def _label_end(rows: list[tuple[int, str, list[Cell]]]) -> int:
    return min(c[0] for _, _, cells in rows for c in cells) - 15  # headings right of it are over figures


def _nearest(x: int, edges: list[int], tol: int = 6) -> int | None:
    best = min(edges, key=lambda e: abs(e - x), default=None)
    return best if best is not None and abs(best - x) <= tol else None


def _assign(edges: list[int], columns: list[PeriodColumn]) -> dict[int, int]:
    """Figure column (right edge) → period column index: in order when the counts agree,
    else each period to the nearest figure column, and only a close one when figure columns
    outnumber periods (a year over "Q1  Q2  Six months" must not date the first of them)."""
    if len(edges) == len(columns):
        return {e: i for i, e in enumerate(edges)}
    out: dict[int, int] = {}
    for i, c in enumerate(columns):
        e = min(edges, key=lambda e: abs(e - c.x_end), default=None)
        if e is None or e in out or (len(edges) > len(columns) and abs(e - c.x_end) > 4):
            continue
        out[e] = i
    return out


def facts_from_pages(pages: list[tuple[int, str]], *, doc_id: str = "", doc_period: str | None = None,
                     notes: set[int] | None = None) -> list[Fact]:
    """Facts of every primary statement page of a document ((1-based page, text) pairs), and label-only
    facts of the tables on the `notes` pages (`note_tables`). A statement of a part of the group (parent
    company only, a guarantor group), and the pages continuing it, gives none."""
    from assistant.core.finance.statements import group_part, page_kinds, table_kind

    out: list[Fact] = []
    stated: dict[tuple[str, int], str | None] = {}  # (statement, page) → the scale its titles state
    year_end = None
    if doc_period is None:  # a filing's own quarter names its columns (`filing_quarters.quarter_and_offset`)
        pages, year_end = slide_pages(pages)
    kinds = page_kinds(pages)
    parts: set[int] = set()
    for page, text in pages:
        kind = kinds.get(page)
        if kind is None:
            continue
        if group_part(text) or (page - 1 in parts and kinds.get(page - 1) == kind and table_kind(text) is None):
            parts.add(page)
            continue
        stated[(kind, page)] = _scale("\n".join(text.splitlines()[:40]))
        try:
            out.extend(read_statement_page(text, kind, doc_id=doc_id, page=page, doc_period=doc_period,
                                           scale_hint=stated.get((kind, page - 1))))
        except Exception:  # one odd page must not lose a document's ingest
            logger.warning("%s p%d: statement page not read", doc_id, page, exc_info=True)
    latest = max((f.period_end for f in out if f.duration_months in (0, 12)), default=None)
    if notes:
        from assistant.core.finance.note_tables import note_facts
        done = {f.page for f in out} | {p for p, k in kinds.items() if k != SUPPLEMENTARY}  # a sales table read
        out.extend(note_facts(pages, notes - done, doc_id=doc_id, doc_period=doc_period, latest=latest, statements=out))
        if all(f.extra.get("note") for f in out):
            from assistant.core.finance.note_tables import summary_line_items
            summary_line_items(out)  # no statement printed: a summary table's line items are the company's
    mark_currency(out, pages, kinds)
    if year_end is not None:
        fiscal_labels(out, year_end)  # halves named "H1 FY27": by the fiscal year they fall in
    if latest is not None:
        from assistant.core.finance.fiscal_naming import name_fiscal_years
        name_fiscal_years(out, "\n".join(text for _, text in pages), latest, *quarter_and_offset(doc_period, latest))
    return out

