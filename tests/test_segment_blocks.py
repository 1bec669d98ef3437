"""One label printed in several blocks (a made-up insurer, Brackenfield Mutual): each segment's block of a
segment-results page is read under its name, a question naming a segment reads that block, one naming
none reads the income statement's line, and a per-share row of an amount's label answers only a
question asking a figure per share."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.row_names import keyed_by_label
from assistant.core.finance.facts import Fact
from assistant.core.finance.label_blocks import one_measure
from assistant.core.finance.labels import LABEL_PREFIX, keyed_rows, label_key
from assistant.core.finance.tables import read_statement_page

_SEGMENTS = """\
                 Brackenfield Mutual Holdings
                      Results by Segment
                  (in millions, except ratios)
Marine
                                    Three Months Ended March 31,
                                        2027           2026
 Net premiums earned                  $210.4         $198.0
 Claims incurred                       140.1          151.2
 Combined ratio                         91.5           97.3

Specialty Property
                                    Three Months Ended March 31,
                                        2027           2026
 Net premiums earned                  $305.9         $281.6
 Claims incurred                       190.0          176.4
 Combined ratio                         88.2           90.1
"""

# Periods in blocks under one title: the title names no part, so no row is a part's.
_PERIOD_BLOCKS = """\
                 Brackenfield Mutual Holdings
Premiums by line
                                    Three Months Ended March 31,
                                        2027           2026
 Marine                               $210.4         $198.0
 Specialty Property                    305.9          281.6

Premiums by line
                                    Six Months Ended March 31,
                                        2027           2026
 Marine                               $400.1         $390.5
 Specialty Property                    600.2          570.0
"""


def _fact(label: str, value: float, statement: str = "income_statement", unit: str = "USD",
          **extra: str) -> Fact:
    return Fact(concept=None, label=label, period_end=date(2027, 3, 31), period="Q1 FY2027", duration_months=3,
                value=value, unit=unit, scale=None if unit == "USD/share" else "million", statement=statement,
                doc_id="brackenfield", page=5 if statement == "income_statement" else 7, row=f"{label} {value}",
                column="Three Months Ended March 31, 2027", extra=dict(extra))


def test_each_segment_block_is_read_under_its_name() -> None:
    facts = read_statement_page(_SEGMENTS, "supplementary", doc_period="Q1 2027")
    earned = {(f.extra.get("heading"), f.value) for f in facts if f.label == "Net premiums earned" and f.period == "Q1 FY2027"}
    assert earned == {("Marine", 210.4), ("Specialty Property", 305.9)}
    assert all(f.extra.get("block") for f in facts)


def test_a_title_repeated_over_period_blocks_names_no_part() -> None:
    facts = read_statement_page(_PERIOD_BLOCKS, "supplementary", doc_period="Q1 2027")
    assert facts and not any(f.extra.get("block") for f in facts)


_KEY = LABEL_PREFIX + label_key("Net premiums earned")


def _premiums() -> list[Fact]:
    return [_fact("Net premiums earned", 516.3),
            _fact("Net premiums earned", 210.4, "supplementary", heading="Marine", block="Marine"),
            _fact("Net premiums earned", 305.9, "supplementary", heading="Specialty Property", block="Specialty Property")]


def test_a_ratio_over_a_line_reads_the_block_the_question_names_else_the_company_line() -> None:
    whole = "Brackenfield's claims cost divided by net premiums earned in Q1 2027?"
    out, clash = keyed_rows(_premiums(), {_KEY}, whole)
    assert clash == ""
    assert [f.value for f in out if f.concept == _KEY] == [516.3]
    marine = "For the Marine segment, claims incurred over net premiums earned in Q1 2027?"
    out, clash = keyed_rows(_premiums(), {_KEY}, marine)
    assert clash == ""
    assert [f.value for f in out if f.concept == _KEY] == [210.4]


def test_segment_blocks_with_no_company_line_and_no_segment_named_still_disagree() -> None:
    rows = _premiums()[1:]
    _, clash = keyed_rows(rows, {_KEY}, "Net premiums earned over claims in Q1 2027?")
    assert clash != ""
    # a block of the whole company answers a question naming no segment
    total = _fact("Net premiums earned", 516.3, "supplementary", heading="Total", block="Total")
    assert [f.value for f in one_measure([*rows, total], "Net premiums earned in Q1 2027?")] == [516.3]


def test_a_per_share_row_of_an_amounts_label_answers_only_a_per_share_question() -> None:
    rows = [_fact("Loss from discontinued operations, net of tax", -84.0),
            _fact("Loss from discontinued operations, net of tax", -0.61, unit="USD/share",
                  section="Earnings per share, basic:"),
            _fact("Loss from discontinued operations, net of tax", -0.60, unit="USD/share",
                  section="Earnings per share, diluted:")]
    found = ("Loss from discontinued operations, net of tax", None)
    out, key, clash = keyed_by_label(rows, found, False, "Brackenfield's loss from discontinued operations, net of "
                                     "tax, in Q1 2027? USD millions")
    assert clash == ""
    assert [f.value for f in out if f.concept == key] == [-84.0]
    assert [f.value for f in one_measure(rows, "Discontinued operations per diluted share in Q1 2027?")] == [-0.61, -0.60]


_TITLED = """\
Free cash flow
                                      Year Ended December 31,
                                        2027           2026
 Net cash from operating activities     410.0          380.0
 Free cash flow                         250.0          220.0

Net debt
                                      Year Ended December 31,
                                        2027           2026
 Borrowings                             900.0          950.0
 Net debt                               700.0          760.0
"""


def test_tables_of_other_rows_under_their_titles_are_no_blocks_of_one_table() -> None:
    facts = read_statement_page(_TITLED, "supplementary")
    assert facts and not any(f.extra.get("block") for f in facts)



def test_a_segment_blocks_undated_year_column_answers_no_quarter() -> None:
    from assistant.core.finance.metrics import Period, find_fact

    # a 10-K's segment table prints "2027" with no span: read as a value at the year's end
    row = _fact("Adjusted EBIT", 265.0, "supplementary", heading="Marine", block="Marine")
    row.concept, row.duration_months, row.period = "row_Marine_Adjusted_EBIT", 0, "FY2027"
    assert find_fact([row], row.concept, Period(3, 2027, 4, date(2027, 3, 31))) is None
    assert find_fact([row], row.concept, Period(12, 2027, None, None)) is row
