"""The version of what ingest reads from a file: its pages, chunks and statement facts.

Bump `READER_VERSION` with any change to the loaders, the chunker or the statement-fact reader
(`assistant.core.finance.tables`, `concepts`) that changes what a document stores. A document
stored under another version is read again the next time its file is ingested, instead of being
skipped as unchanged: an upgrade must not leave a library answering from facts an older reader
missed or misread, and the user should not have to rebuild the library by hand to get them."""

from __future__ import annotations

__all__ = ["READER_VERSION", "is_stale"]

# Session 30: main's session-29 concepts merged with the note, MD&A, segment and schedule tables read into label-only facts.
# Date of the last change to what ingest stores (session 29: the common primary-statement lines of session 28 read as
# concepts; note tables under period headings read into label-only facts).
# Session 31 (tenk): a note column headed by a fiscal year alone ends where the statements end that year, not on
# December 31 (the newest year of a company whose year ends before December was dropped as a future column).
# Session 31 (rel): statement columns dated by a month-day over its year, spans in words of weeks, a
# running head naming a quarter no column group's heading, "(0.1%)" read as a percent, a heading or a
# label wrapped over lines read whole.
# Session 31 (news): an article that prints no registrant, ticker or legal suffix is the company its headline and lead name.
# Session 32 (ifrs): a "Notes" column of note numbers is no figure; a day-first year-end title ("For the year
# ended 30 June") dates year columns; a bare currency-unit stub heading ("EUR million") states the scale; the
# currency a report states kept on its facts; IAS 1 line names (profit before tax, profit for the year); "FY2026"
# names a fiscal year: a note or summary table headed so is read, its years ending where the statements' years end.
# Session 32 (tenq): roll-forward note tables whose columns are categories read per column (balances at dated rows,
# movements over the span between them).
# Session 32 (slides): a text box beside a slide's table is cut from its rows; "H1" over "FY27" (or "H1 FY27")
# names the fiscal half, dated from the fiscal year end the document states, and such a document's half and
# quarter columns are named by the fiscal year they fall in; a change column printing "%" signs leaves
# one-decimal amounts as amounts; "n/m" is no figure.
# Session 34 (bank): month-days stacked over as many years paired in order; a quarterly release's linked-quarter
# columns named by their own quarter ("Jun. 30" beside "Sep. 30" is Q2); "3Q26" heads a quarter's column;
# "Linked Quarter" / "Year-over-Year" over change columns date no column.
# Session 34 (reit): a primary statement's year heading with a footnote mark ("2025(1)", "2024 (a)", "2026*")
# is that year's column (a recast year's page was lost or its columns misdated).
# Both read together from 2026.12.06.3.
# Session 35 (derive): a plain-text file's tables read into facts as a PDF's layout text is (its lines as
# written, prose lines blanked so a release's dateline does not date the columns below it).
# Session 35 (segments): tables split by their repeated column headings under different titles are
# blocks of one table (each row named by its block: a segment's, a region's).
# Session 35 (heads): column periods in international and release spellings ("4-6/2026", "1-12/2025", "Jan-Jun
# 2026", "Q2/2026", "H1 2026", "6M 2026", "LTM Q2 2026", "30.6.2026") read into their quarter, half, nine months or
# year (`finance.heading_periods`); a second table under such a heading line is cut from the first.
# The three read together from 2026.12.07.6 (2026.12.07.5 held a heading reading since withdrawn).
# Session 37 (heads): compact column periods ("FY26", "1H26", "2H26", "2025/26", "Q1–Q3 2026") dated from the
# year-end the document states; "+12.5%" / "+0.4 pp" change cells no amount; a currency written into the scale
# ("A$ millions", "CHF m", "MSEK", "C$ thousands") read as both; "statement of profit or loss" an income statement;
# a short span's year-end never a release's mid-month date or a lead-in sentence's. Session 37 (tables): a period's
# own run of worded sub-columns ("Average Balance  Interest  Yield/Rate") read cell by cell (2026.12.09.2). Both
# read together from 2026.12.09.3.
# Session 38 (units): a line restating the spans of columns that name their own ("three months  six months"
# under "Q2 2026  H1 2026") adds no columns; before, it replaced them, and the quarter's columns were lost.
# Session 38 (nordic): thousands set off by spaces ("9 412   8 655", "-1 565"; no-break and thin spaces too) read
# as one figure on a page that groups no figure by commas; a month range over its year ("Oct–Dec" over "2026")
# heads a quarter's or a year's column; "(SEK m, except per share data)" states the scale; IFRS names of
# diluted and basic EPS ("after dilution"), operating cash flow and PP&E investments read as their concepts.
# Both read together from 2026.12.10.3.
READER_VERSION = "2026.12.10.3"


def is_stale(reader: str | None) -> bool:
    """A document stored by another reader (or by one before readers were stamped: None)."""
    return reader != READER_VERSION
