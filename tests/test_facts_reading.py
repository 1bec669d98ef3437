"""Reading statement pages of layouts the development filings did not show: press-release titles,
stacked tables, stated and unstated scales, fiscal-year names, share counts under an EPS heading."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.concepts import match_ranked
from assistant.core.finance.facts import Fact
from assistant.core.finance.fiscal_naming import fiscal_naming_offset
from assistant.core.finance.statements import statement_kind
from assistant.core.finance.tables import _scale, facts_from_pages, read_statement_page

FIGURES = "\n".join(f"Line item {i}        {i},{i}00        {i},{i}50" for i in range(1, 12))


def _by(facts: list[Fact], concept: str) -> dict[str, float]:
    return {f.period: f.value for f in facts if f.concept == concept}


def test_press_release_titles_with_a_name_before_them_are_statements() -> None:
    assert statement_kind("U.S. GAAP Condensed Consolidated Statements of Income (Unaudited)\n" + FIGURES) == "income_statement"
    assert statement_kind("Acme Holdings, Inc. Consolidated Balance Sheets\n" + FIGURES) == "balance_sheet"
    # An MD&A section about a statement is not the statement.
    assert statement_kind("ANALYSIS OF THE CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" + FIGURES) is None


def test_scales_as_statements_print_them() -> None:
    assert _scale("($ million, except per share amounts)") == "million"
    assert _scale("(Millions, except per share amounts)") == "million"
    assert _scale("(dollars in thousands)") == "thousand"
    assert _scale("Consolidated Statements of Income") is None


STACKED = "\n".join([
    "Consolidated Statements of Income",
    "(In thousands, except per share data)",
    "                                 13 Weeks Ended",
    "                          January 28,        January 29,",
    "                               2023               2022",
    "Net sales                $  3,226,773     $  2,729,388",
    "Cost of sales               2,014,270        1,702,059",
    "   Net income            $    340,751     $    289,366",
    "Net income per common share:",
    "   Diluted               $       6.68     $       5.41",
    "Weighted average common shares outstanding:",
    "   Diluted                     50,976           53,519",
    "                                                              Exhibit 2",
    "Consolidated Statements of Income",
    "(In thousands, except per share data)",
    "                                 52 Weeks Ended",
    "                          January 28,        January 29,",
    "                               2023               2022",
    "Net sales                $ 10,208,580     $  8,630,889",
    "Cost of sales               6,164,070        5,262,335",
    "   Net income            $  1,242,408     $    985,837",
])


def test_a_second_table_under_its_own_period_heading_gets_its_own_columns() -> None:
    facts = read_statement_page(STACKED, "income_statement", doc_period="Q4 2022")
    assert _by(facts, "revenue") == {"Q4 FY2022": 3226773, "Q4 FY2021": 2729388, "FY2022": 10208580, "FY2021": 8630889}
    assert _by(facts, "net_income")["FY2022"] == 1242408
    assert all(not f.extra.get("rivals") for f in facts)


def test_a_continued_statement_takes_the_scale_of_the_page_before_and_an_unstated_one_is_flagged() -> None:
    first = "Consolidated Statements of Cash Flows\n(In thousands)\n          2022      2021\n" + FIGURES
    continued = "Consolidated Statements of Cash Flows\n          2022      2021\n" + FIGURES
    facts = facts_from_pages([(10, first), (11, continued)])
    assert {f.scale for f in facts} == {"thousand"} and not any(f.extra.get("scale_assumed") for f in facts)
    alone = facts_from_pages([(11, continued)])
    assert alone and all(f.extra.get("scale_assumed") for f in alone)


def test_two_equally_typical_rows_for_one_concept_are_recorded_as_rivals() -> None:
    page = "\n".join([
        "Consolidated Statements of Income", "(In millions)", "               2022       2021",
        "Total revenues       100        90", "Cost of sales         40        30", "Operating income      20        15",
        "Total revenues       120       110",
    ])
    facts = read_statement_page(page, "income_statement")
    stands = [f for f in facts if f.concept == "revenue" and f.period == "FY2022"]
    assert len(stands) == 1 and stands[0].extra["rivals"][0]["value"] == 120


def test_share_counts_under_an_eps_heading_are_not_eps() -> None:
    assert match_ranked("Weighted-average shares outstanding (in millions)", "Earnings per share", "income_statement") != (
        "eps_basic", 0)
    assert match_ranked("Diluted", "Earnings per share", "income_statement") == ("eps_diluted", 0)


def test_a_filing_says_how_it_names_its_fiscal_years() -> None:
    end = date(2023, 1, 28)
    assert fiscal_naming_offset("Results for fiscal 2022, the fiscal year ended January 28, 2023.", end) == -1
    assert fiscal_naming_offset("Results for fiscal 2023, the fifty-two weeks ended January 28, 2023.", end) == 0
    by_start = " ".join(["In fiscal 2022 sales rose, against fiscal 2021."] * 6) + " For fiscal 2023 we plan more."
    assert fiscal_naming_offset(by_start, end) == -1
    assert fiscal_naming_offset("Net sales rose.", end) is None


def test_an_annual_filing_relabels_its_years_by_its_own_words_or_flags_them() -> None:
    page = "\n".join([
        "Consolidated Statements of Income", "(In millions)",
        "                      January 28,   January 29,", "                          2023          2022",
        "Net sales                $ 10,208    $  8,630", "Cost of sales               6,164       5,262", FIGURES,
    ])
    said = facts_from_pages([(1, "Our fiscal 2022, which ended January 28, 2023, was a record."), (2, page)])
    assert _by(said, "revenue") == {"FY2022": 10208, "FY2021": 8630}
    silent = facts_from_pages([(2, page)])
    assert _by(silent, "revenue") == {"FY2023": 10208, "FY2022": 8630}
    assert all(f.extra.get("fy_naming") == "assumed" for f in silent)


def test_a_quarterly_balance_sheet_shows_the_same_quarter_a_year_before_as_a_quarter() -> None:
    page = "\n".join([
        "Condensed Consolidated Balance Sheets", "($ in millions)",
        "                 July 29, 2023    January 28, 2023    July 30, 2022",
        "Total assets          15,000           15,800            16,000",
        "Total liabilities     12,000           12,800            13,000",
    ])
    facts = read_statement_page(page, "balance_sheet", doc_period="Q2 2024")
    assert _by(facts, "total_assets") == {"Q2 FY2024": 15000, "FY2023": 15800, "Q2 FY2023": 16000}


def test_a_section_total_printed_without_a_label_is_the_sections_total() -> None:
    page = "\n".join([
        "Consolidated Statements of Operations", "(In thousands)",
        "                                2022          2021",
        " Revenues",
        "   Casino                  1,548,762     1,527,818",
        "   Rooms                     897,943       636,130",
        "                           2,446,705     2,163,948",
        " Other assets",
        "   Goodwill                    5,029         5,000",
        "Total other assets             5,029         5,000",
        "                              45,692        40,000",
    ])
    facts = read_statement_page(page, "income_statement")
    assert _by(facts, "revenue") == {"FY2022": 2446705, "FY2021": 2163948}
    # A figure line after the section's own total is a grand total nobody named: not read as one.
    assert not [f for f in facts if f.value == 45692]


def test_dividend_and_debt_labels_with_dashes_and_inclusions() -> None:
    assert match_ranked("Dividends — common and preferred", "", "cash_flow") is not None
    assert (match_ranked("Dividends — common and preferred", "", "cash_flow") or ("",))[0] == "dividends_paid"
    assert match_ranked("Dividends declared and not paid", "", "cash_flow") is None
    debt = match_ranked("Long-term debt (includes debt issued by consolidated VIEs of $5.0 billion)", "", "balance_sheet")
    assert debt is not None and debt[0] == "long_term_debt"


def test_supplementary_sales_tables_are_read_into_label_only_facts() -> None:
    page = "\n".join([
        "Supplementary Sales Data", "(Unaudited; Dollars in Millions)",
        "                                          TWELVE MONTHS",
        "                                      2022          2021",
        "Worldwide excluding COVID-19 Vaccine   $ 92,764  $ 91,390",
        "Total revenues                          94,943      93,775",
        FIGURES,
    ])
    facts = facts_from_pages([(8, page)])
    row = [f for f in facts if f.label == "Worldwide excluding COVID-19 Vaccine"]
    assert {f.period: f.value for f in row} == {"FY2022": 92764, "FY2021": 91390}
    assert all(f.statement == "supplementary" and f.concept is None for f in facts)  # never the company's total
    split = page.replace("                                      2022          2021",
                         "                                      2022          2022")
    assert facts_from_pages([(8, split)]) == []  # one period twice: another dimension, not read


def test_an_unlabelled_balance_sheet_total_is_total_assets_only_when_it_balances() -> None:
    def row(label: str, a: str, b: str) -> str:
        return f"{label:<40}{a:>12}{b:>14}"

    lines = [
        "Consolidated Balance Sheets", "(In thousands)", row("", "2022", "2021"),
        row("Cash", "5,000", "4,000"), row("Total other assets", "3,000", "2,000"), row("", "$ 8,000", "$ 6,000"),
        row("Total liabilities", "6,000", "5,000"), row("Total stockholders' equity", "2,000", "1,000"),
    ]
    balanced = read_statement_page("\n".join([*lines, row("", "$ 8,000", "$ 6,000")]), "balance_sheet")
    assert _by(balanced, "total_assets") == {"FY2022": 8000, "FY2021": 6000}
    unbalanced = read_statement_page("\n".join([*lines, row("", "$ 8,100", "$ 6,000")]), "balance_sheet")
    assert _by(unbalanced, "total_assets") == {} and not [f for f in unbalanced if f.value == 8100]


def test_header_dates_set_without_a_space_after_the_comma() -> None:
    page = "\n".join([
        "Condensed Consolidated Statements of Cash Flows", "(MILLIONS)",
        "                                                   Six Months Ended",
        "                                              July 2,2023      July 3,2022",
        "   Depreciation and amortization                   3,060            2,362",
        "   Net cash provided by operating activities           4           14,717",
    ])
    facts = read_statement_page(page, "cash_flow", doc_period="Q2 2023")
    assert _by(facts, "depreciation_amortization") == {"6M FY2023": 3060, "6M FY2022": 2362}


def test_an_untitled_page_of_rows_after_a_statement_continues_it_but_a_titled_reconciliation_does_not() -> None:
    from assistant.core.finance.statements import page_kinds

    flow = "Consolidated Statements of Cash Flows\n(In millions)\n          2022      2021\n" + FIGURES
    more = "For the Years Ended December 31\nIn millions      2022      2021\n" + FIGURES
    other = "Reconciliation of Non-GAAP Financial Measures\n(Dollars in Millions)\n     2022    2021\n" + FIGURES
    prose = "Notes to Consolidated Financial Statements\n" + " ".join(["The Company recognises revenue when."] * 30)
    assert page_kinds([(1, flow), (2, more)]) == {1: "cash_flow", 2: "cash_flow"}
    assert page_kinds([(1, flow), (2, other)]) == {1: "cash_flow"}
    assert page_kinds([(1, flow), (2, prose)]) == {1: "cash_flow"}
    assert page_kinds([(1, prose), (2, more)]) == {}


def test_a_table_below_a_statement_repeating_its_concepts_for_its_periods_is_not_the_statements_line() -> None:
    page = "\n".join([
        "Consolidated Balance Sheets", "(in millions)",
        "                                 June 30, 2023     December 31, 2022",
        "Cash and due from banks                 27,000                27,697",
        "Total assets                         3,868,240             3,665,743",
        "Total liabilities                    3,555,724             3,373,411",
        "The following table presents assets of consolidated VIEs",
        "                                 June 30, 2023     December 31, 2022",
        "Total assets                            42,025                37,112",
    ])
    facts = read_statement_page(page, "balance_sheet", doc_period="Q2 2023")
    assert _by(facts, "total_assets") == {"Q2 FY2023": 3868240, "FY2022": 3665743}
    assert [f.value for f in facts if f.value == 42025 and f.concept is None]
