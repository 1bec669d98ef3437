"""Note, MD&A and schedule tables read into label-only facts (made-up companies and tables)."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import keyed_rows
from assistant.core.finance.note_tables import is_note_table_page, note_facts
from assistant.core.finance.note_titles import told_by_title
from assistant.core.finance.tables import facts_from_pages

STATEMENT = "\n".join([
    "Zephyr Tools Inc.",
    "Consolidated Statements of Operations",
    "(In millions)",
    "                                                  2024          2023",
    *[f"Line item {i}                                  {i},{i}00        {i},{i}50" for i in range(1, 12)],
    "Total revenues                                  9,000         8,000",
])

SEGMENT = "\n".join([
    "Outdoor Segment",
    "The following table summarizes the Outdoor segment's performance:",
    "                                                                              Change",
    "                                      Year Ended December 31,            2024 vs. 2023",
    "In millions                          2024           2023              $            %",
    "Revenues:",
    "  Tents                          $    1,250    $     1,000      $      250       25.0 %",
    "  Boots                                 400            500           (100)     (20.0)%",
    "   Total revenues                     1,650          1,500             150       10.0 %",
    "Operating income                 $      330    $       300      $       30       10.0 %",
])

DEFERRED = "\n".join([
    "12. Income Taxes",
    "Significant components of deferred tax assets were:",
    "                                                  December 31,",
    "In millions                                   2024            2023",
    "Pension benefits                          $    840       $     700",
    "Net operating loss carryovers                  510             600",
    "Inventory                                      120             110",
    "  Gross deferred tax assets                  1,470           1,410",
])

PARTS = "\n".join([
    "4. Investments",
    "Total investments at December 31 were as follows:",
    "                                       2024                                   2023",
    "In millions                Current    Long-term      Total      Current    Long-term      Total",
    "Debt securities               300        1,700       2,000         250        1,500       1,750",
    "Mortgage loans                 10           90         100          12           80          92",
    "Other investments               5           45          50           4           40          44",
    "  Total investments           315        1,835       2,150         266        1,620       1,886",
])

MATURITIES = "\n".join([
    "Debt maturities",
    "In millions                   2025      2026      2027      2028      2029",
    "Senior notes                   500       750       250       400       300",
    "Term loan                      100       100       100         —         —",
    "Finance leases                  20        20        20        20        20",
    "  Total                        620       870       370       420       320",
])


def _notes(*pages: str) -> list:
    numbered = [(1, STATEMENT), *[(n + 5, p) for n, p in enumerate(pages)]]  # not right after the statement
    facts = facts_from_pages(numbered, doc_id="zephyr-10k", notes={n for n, _ in numbered[1:]})
    return [f for f in facts if f.extra.get("note")]


def test_a_note_table_under_period_headings_is_a_note_table_page() -> None:
    assert is_note_table_page(DEFERRED) and is_note_table_page(SEGMENT)
    assert not is_note_table_page("We grew. In 2024 and 2023 revenue rose.\nNo table here.")


def test_a_segment_table_row_is_read_at_the_year_columns_not_the_change_columns() -> None:
    facts = _notes(SEGMENT)
    tents = {f.period: f.value for f in facts if f.label == "Tents"}
    assert tents == {"FY2024": 1250, "FY2023": 1000}  # not the $250 change nor the 25.0 %
    boots = {f.period: f.value for f in facts if f.label == "Boots"}
    assert boots == {"FY2024": 400, "FY2023": 500}
    # Label-only: the segment's "Total revenues" never answers for the company's.
    assert all(f.concept is None for f in facts)
    assert all("Outdoor Segment" in f.extra["table"] for f in facts)


def test_a_statement_fact_keeps_its_concept_beside_a_note_row_of_the_same_label() -> None:
    numbered = [(1, STATEMENT), (2, SEGMENT)]
    facts = facts_from_pages(numbered, doc_id="zephyr-10k", notes={2})
    revenue = [f for f in facts if f.concept == "revenue" and f.period == "FY2024"]
    assert [f.value for f in revenue] == [9000]


def test_a_period_printed_without_a_span_is_a_value_at_its_date() -> None:
    facts = _notes(DEFERRED)
    pension = [f for f in facts if f.label == "Pension benefits"]
    assert {(f.period, f.duration_months, f.value) for f in pension} == {("FY2024", 0, 840), ("FY2023", 0, 700)}
    assert "deferred tax assets" in pension[0].extra["table"]


def test_a_period_split_into_named_parts_is_not_read() -> None:
    assert _notes(PARTS) == []


def test_years_after_the_filings_last_period_are_a_schedule_not_periods() -> None:
    assert _notes(MATURITIES) == []


def test_note_pages_are_read_only_where_named() -> None:
    assert not [f for f in facts_from_pages([(1, STATEMENT), (2, SEGMENT)]) if f.page == 2]
    assert note_facts([(2, SEGMENT)], set()) == []


def _row(label: str, value: float, table: str, *, note: bool = True, statement: str = "supplementary") -> Fact:
    extra: dict[str, object] = {"table": table, "note": True} if note else {}
    return Fact(concept=None, label=label, period_end=date(2024, 12, 31), period="FY2024", duration_months=0,
                value=value, statement=statement, doc_id="zephyr-10k", page=40, row=f"{label} {value}", extra=extra)


def test_rows_of_one_label_in_two_note_tables_are_told_apart_by_the_title_the_question_names() -> None:
    rows = [_row("Other", 75, "Deferred tax assets"), _row("Other", 30, "Components of lease cost")]
    facts, clash = keyed_rows(rows, {"row_other_item"}, "")
    assert clash == ""  # "other" is no row name here: nothing keyed
    facts, clash = keyed_rows([_row("Other liabilities", 75, "Deferred tax assets"),
                               _row("Other liabilities", 30, "Components of lease cost")],
                              {"row_other_liability"}, "What other liabilities were among its deferred tax assets?")
    assert clash == "" and [f.value for f in facts if f.concept == "row_other_liability"] == [75]


def test_rows_that_disagree_with_no_title_named_are_refused() -> None:
    rows = [_row("Other liabilities", 75, "Deferred tax assets"), _row("Other liabilities", 30, "Components of lease cost")]
    _, clash = keyed_rows(rows, {"row_other_liability"}, "What were other liabilities at the end of 2024?")
    assert clash


def test_a_statement_row_of_the_name_is_meant_not_a_note_tables() -> None:
    rows = [_row("Other liabilities", 900, "", note=False, statement="balance_sheet"),
            _row("Other liabilities", 30, "Components of lease cost")]
    facts, clash = keyed_rows(rows, {"row_other_liability"}, "What were other liabilities at the end of 2024?")
    assert clash == "" and [f.value for f in facts if f.concept == "row_other_liability"] == [900]
    assert told_by_title(rows[1:], "lease cost") == rows[1:]


BENEFITS = "\n".join([
    "The components of benefit cost are as follows:",
    "",
    "                                                    Pension                             Retiree Medical",
    "                                            U.S.              Abroad",
    "                                       2024      2023      2024      2023              2024      2023",
    "Service cost                      $     480   $   510   $    60   $   100          $    35   $    30",
    "Interest cost                           430       320        90        70               19        15",
    "Expected return on plan assets         (900)     (950)     (150)     (160)              (8)      (10)",
    "  Total benefit cost              $      10   $  (120)  $     0   $    10          $    46   $    35",
])

GEOGRAPHY = "\n".join([
    "Revenues by Geography",
    "                                            Three Months Ended",
    "                              Worldwide               Domestic               Overseas",
    "                           June 30,   June 30,    June 30,   June 30,    June 30,   June 30,",
    "(MILLIONS)                    2024       2023        2024       2023        2024       2023       % Change",
    "Widgets                  $   1,200  $   1,000   $    700  $    600   $    500  $    400        20",
    "Gadgets                        300        350        100       150         200       200       (14)",
    "Total revenues           $   1,500  $   1,350   $    800  $    750   $    700  $    600        11",
])


def test_groups_over_repeated_years_name_each_column_nested_under_their_upper_heading() -> None:
    facts = _notes(BENEFITS)
    service = {(f.extra["heading"], f.period): f.value for f in facts if f.label == "Service cost"}
    assert service == {("Pension U.S.", "FY2024"): 480, ("Pension U.S.", "FY2023"): 510,
                       ("Pension Abroad", "FY2024"): 60, ("Pension Abroad", "FY2023"): 100,
                       ("Retiree Medical", "FY2024"): 35, ("Retiree Medical", "FY2023"): 30}


def test_a_line_of_names_over_pairs_of_dates_names_the_columns_and_a_span_heading_dates_them() -> None:
    facts = _notes(GEOGRAPHY)
    widgets = {(f.extra["heading"], f.duration_months, f.period_end.year): f.value for f in facts if f.label == "Widgets"}
    assert widgets == {("Worldwide", 3, 2024): 1200, ("Worldwide", 3, 2023): 1000, ("Domestic", 3, 2024): 700,
                       ("Domestic", 3, 2023): 600, ("Overseas", 3, 2024): 500, ("Overseas", 3, 2023): 400}


def test_a_note_table_without_a_scale_takes_the_one_scale_the_statements_state() -> None:
    facts = _notes(DEFERRED)
    assert {f.scale for f in facts} == {"million"} and not any(f.extra.get("scale_assumed") for f in facts)
    unstated = STATEMENT.replace("(In millions)\n", "")
    numbered = [(1, unstated), (5, DEFERRED.replace("In millions", "           "))]
    notes = [f for f in facts_from_pages(numbered, notes={5}) if f.extra.get("note")]
    assert notes and all(f.extra.get("scale_assumed") for f in notes)  # nothing states it: still flagged


TWO_TABLES = "\n".join([
    "The reconciliation of the statutory rate was as follows:",
    "                                          2024                  2023",
    "Federal statutory tax                  $  210     21.0 %    $   190     21.0 %",
    "State taxes                                40      4.0 %         35      3.7 %",
    "Research credits                          (30)    (3.0)%        (25)    (2.6)%",
    "Income tax expense                     $  220     22.0 %    $   200     22.1 %",
    "(1) In the fourth quarter of 2022 we used a five year carryback.",
    "",
    "Components of our deferred tax assets at December 31 were as follows:",
    "In millions                                                              2024          2023",
    "Warranty reserves                                                         140           120",
    "Lease liabilities                                                         300           280",
    "Other employee benefits                                                   210           190",
])


def test_a_second_table_under_years_alone_is_read_with_its_own_columns_and_no_prose_dates_it() -> None:
    facts = _notes(TWO_TABLES)
    benefits = {(f.period, f.duration_months): f.value for f in facts if f.label == "Other employee benefits"}
    assert benefits == {("FY2024", 0): 210, ("FY2023", 0): 190}  # no "fourth quarter", no "five year" span
    assert not any(f.extra.get("heading") == "In millions" for f in facts)  # a scale note heads no row
    assert "deferred tax assets" in next(f.extra["table"] for f in facts if f.label == "Lease liabilities")


def test_a_note_row_says_its_tables_title_so_a_row_naming_the_table_is_no_better_named_rival() -> None:
    from assistant.core.answer.computed import answer_from_facts

    def fact(label: str, value: float, year: int, **kw: object) -> Fact:
        return Fact(concept=None, label=label, period_end=date(year, 12, 31), period=f"FY{year}", duration_months=0,
                    value=value, doc_id="zephyr-10k", page=int(str(kw.get("page", 70))), row=f"{label} {value}",
                    statement=str(kw.get("statement", "supplementary")), company="Zephyr Tools Inc.",
                    extra=dict(kw.get("extra", {})))  # type: ignore[call-overload]

    table = {"table": "Components of our deferred tax assets were as follows", "note": True}
    facts = [fact("Deferred tax assets", 900, y, page=50, statement="balance_sheet") for y in (2024, 2023)]
    facts += [fact("Warranty reserves", v, y, extra=table) for y, v in ((2024, 140), (2023, 120))]
    q = "What deferred tax asset for warranty reserves did Zephyr Tools carry at December 31, 2024? $ millions."
    answer = answer_from_facts(q, facts, company="Zephyr Tools Inc.")
    assert answer is not None and not answer.refused and "$140 million" in answer.answer
    untitled = [f if f.label != "Warranty reserves" else Fact(**{**f.__dict__, "extra": {"note": True}}) for f in facts]
    other = answer_from_facts(q, untitled, company="Zephyr Tools Inc.")
    assert other is None or other.refused or "$140" not in other.answer


def _fact(label: str, value: float, year: int, *, page: int = 70, statement: str = "supplementary",
          extra: dict[str, object] | None = None) -> Fact:
    return Fact(concept=None, label=label, period_end=date(year, 12, 31), period=f"FY{year}", duration_months=0,
                value=value, doc_id="zephyr-10k", page=page, row=f"{label} {value}", statement=statement,
                company="Zephyr Tools Inc.", extra=dict(extra or {}))


def test_note_rows_of_a_name_that_disagree_leave_the_question_to_the_passages() -> None:
    from assistant.core.answer.computed import answer_from_facts

    facts = [_fact("Tooling credits", v, y, page=p, extra={"note": True, "table": t})
             for p, t, vals in ((70, "Lease cost", (30, 20)), (80, "Tax credits", (75, 60)))
             for y, v in zip((2024, 2023), vals, strict=True)]
    q = "What tooling credits did Zephyr Tools report at December 31, 2024? $ millions."
    assert answer_from_facts(q, facts, company="Zephyr Tools Inc.") is None  # not a refusal: passages answer
    named = answer_from_facts("What tooling credits did Zephyr Tools report at December 31, 2024 among its tax "
                              "credits? $ millions.", facts, company="Zephyr Tools Inc.")
    assert named is not None and "$75 million" in named.answer


def test_a_statements_row_of_the_name_is_read_before_a_note_tables() -> None:
    from assistant.core.answer.computed import answer_from_facts

    facts = [_fact("Tooling reserve", v, y, page=50, statement="comprehensive_income") for y, v in ((2024, 400), (2023, 300))]
    facts += [_fact("Tooling reserve", v, y, extra={"note": True, "table": "Reserves"}) for y, v in ((2024, 44), (2023, 33))]
    answer = answer_from_facts("What tooling reserve did Zephyr Tools carry at December 31, 2024? $ millions.", facts,
                               company="Zephyr Tools Inc.")
    assert answer is not None and "$400 million" in answer.answer


def test_a_note_row_naming_more_of_the_question_is_no_rival_of_the_statement_line() -> None:
    from assistant.core.answer.computed import answer_from_facts

    facts = [_fact("Total liabilities", v, y, page=50, statement="balance_sheet") for y, v in ((2024, 800), (2023, 700))]
    facts = [Fact(**{**f.__dict__, "concept": "total_liabilities"}) for f in facts]
    facts += [_fact("Total assets", v, y, page=50, statement="balance_sheet") for y, v in ((2024, 1000), (2023, 900))]
    facts = [Fact(**{**f.__dict__, "concept": "total_assets"}) if f.label == "Total assets" else f for f in facts]
    facts += [_fact("Total liabilities of the finance subsidiary", v, y, extra={"note": True, "table": "Finance subsidiary"})
              for y, v in ((2024, 40), (2023, 30))]
    answer = answer_from_facts("What were Zephyr Tools' total liabilities at December 31, 2024? $ millions.", facts,
                               company="Zephyr Tools Inc.")
    assert answer is not None and "$800 million" in answer.answer
