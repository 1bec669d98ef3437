"""A computed figure read from a row when another row of the same filing names more of the
question's item is left to the passages (answer.computed_rival): made-up statement rows of a
made-up company, questions in our own words."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.computed_rival import item_words
from assistant.core.finance.facts import Fact

WHO = "Quillon Tools"


def row(concept: str | None, label: str, value: float, year: int, *, months: int = 12,
        statement: str = "cash_flow", doc: str = "quillon-10k") -> Fact:
    return Fact(concept=concept, label=label, period_end=date(year, 9, 30), period=f"FY{year}",
                duration_months=months, value=value, unit="USD", scale="million", statement=statement,
                doc_id=doc, page=61, row=f"{label} {value:,.0f}", company=WHO, column=f"September 30, {year}")


def ask(question: str, facts: list[Fact]) -> str | None:
    got = answer_from_facts(question, facts, company=WHO)
    return None if got is None or got.refused else got.answer


PAID = [row("dividends_paid", "Cash dividends paid", -610, 2024), row("dividends_paid", "Cash dividends paid", -580, 2023)]
DECLARED = [row(None, "Dividends declared ($1.10 per share)", -640, 2024, statement="equity")]
DECLARE = "How much did Quillon Tools declare in dividends to shareholders during fiscal 2024?"


def test_the_question_s_item_words_leave_out_method_period_and_company() -> None:
    words = item_words("What share of Quillon Tools' fiscal 2024 net sales, in percent to one decimal, "
                       "came from the twelve months ended September 30?", WHO)
    assert words == {"sale", "came"}


def test_a_row_naming_more_of_the_item_sets_the_broader_row_aside() -> None:
    # no rival row: still no answer, "paid" is another line than "declared" (finance.opposed_lines)
    assert ask(DECLARE, PAID) is None
    assert ask(DECLARE, PAID + DECLARED) is None
    # the row that names the question's item still answers its own question
    assert "610" in (ask("What dividends did Quillon Tools pay in fiscal 2024?", PAID + DECLARED) or "")


def test_a_rival_with_the_same_value_or_in_another_filing_changes_nothing() -> None:
    # "paid" asked, the rival names "shareholders" too (a declared row is another line: finance.opposed_lines)
    pay = "How much did Quillon Tools pay in dividends to shareholders during fiscal 2024?"
    rival = [row(None, "Dividends to shareholders", -640, 2024, statement="equity")]
    same = [row(None, "Dividends to shareholders", -610.4, 2024, statement="equity")]
    elsewhere = [row(None, "Dividends to shareholders", -640, 2024, statement="equity", doc="quillon-10q")]
    assert ask(pay, PAID + rival) is None
    assert "610" in (ask(pay, PAID + same) or "")
    assert "610" in (ask(pay, PAID + elsewhere) or "")


def test_a_part_of_the_input_s_table_the_question_names_sets_the_total_aside() -> None:
    total = [row(None, "Provision for credit losses", 880, 2024, statement="income_statement"),
             row(None, "Provision for credit losses", 610, 2023, statement="income_statement")]
    parts = [row(None, "Commercial lending", 300, 2024, statement="income_statement"),
             row(None, "Consumer lending", 580, 2024, statement="income_statement")]
    narrow = "What was Quillon Tools' commercial lending provision for credit losses in fiscal 2024? USD millions."
    assert "880" in (ask(narrow, total) or "")  # no part printed: nothing to tell it by
    assert ask(narrow, total + parts) is None
    assert "880" in (ask("What was Quillon Tools' provision for credit losses in fiscal 2024? USD millions.",
                         total + parts) or "")


def test_places_to_look_bases_and_clarifications_name_no_line() -> None:
    words = item_words("Quillon Tools' dividends declared on a continuing-operations basis (not those paid), per the "
                       "statement of changes in shareholders' equity in its fourth-quarter earnings release?", WHO)
    assert words == {"dividend", "declar"}


def test_a_word_the_input_s_concept_names_or_a_catch_all_row_is_no_rival() -> None:
    profit = [row("operating_income", "Operating profit", 410, 2024, statement="income_statement"),
              row("operating_income", "Operating profit", 380, 2023, statement="income_statement")]
    rivals = [row("net_income", "Net income", 300, 2024, statement="income_statement"),
              row(None, "Other investing, net", 12, 2024)]
    question = "By what percentage did Quillon Tools' operating income grow in fiscal 2024, as an investing analyst reads it?"
    assert "7.9%" in (ask(question, profit + rivals) or "")


def test_a_formula_the_question_defines_is_held_to_its_own_words() -> None:
    income = [row("net_income", "Net income", 2000, 2024, statement="income_statement"),
              row("net_income", "Net income", 1800, 2023, statement="income_statement")]
    question = ("What was Quillon Tools' fiscal 2024 payout on a declared basis, defined as dividends declared divided "
                "by net income? Percent, one decimal.")
    assert ask(question, PAID + income) is None  # no declared row: dividends paid are another line (opposed_lines)
    declared = [row(None, "Declared dividends ($1.10 per share)", -640, 2024, statement="equity")]
    assert ask(question, PAID + income + declared) is None



def test_a_note_row_named_in_full_is_a_rival_unless_the_line_says_its_words_with_its_section() -> None:
    pay = "How much did Quillon Tools pay in dividends to shareholders during fiscal 2024?"
    named = [Fact(**{**row(None, "Dividends to shareholders", -640, 2024, statement="supplementary").__dict__,
                     "extra": {"note": True, "table": "Equity activity"}})]
    part = [Fact(**{**row(None, "Dividends to preferred holders", -30, 2024, statement="supplementary").__dict__,
                    "extra": {"note": True, "table": "Equity activity"}})]
    assert ask(pay, PAID + named) is None
    assert "610" in (ask(pay, PAID + part) or "")
    sectioned = [Fact(**{**f.__dict__, "label": "Dividends", "extra": {"section": "Paid to shareholders"}})
                 for f in PAID]
    assert "610" in (ask(pay, sectioned + named) or "")


def test_a_note_row_whose_words_the_inputs_say_with_their_sections_is_no_rival() -> None:
    def line(label: str, value: float, section: str) -> Fact:
        return Fact(**{**row(None, label, value, 2024, statement="income_statement").__dict__,
                       "extra": {"section": section}})

    facts = [line("Cabins", 900, "Revenues"), line("Cabins", 250, "Expenses")]
    stats = [Fact(**{**row(None, "Cabins revenue (In millions)", 800, 2024, statement="supplementary").__dict__,
                     "extra": {"note": True, "table": "Key lodge statistics"}})]
    q = ("Define Quillon Tools' cabin margin as (cabins revenue − cabins expenses) ÷ cabins revenue. What was it "
         "for fiscal 2024? Percent, one decimal.")
    assert "72.2%" in (ask(q, facts) or "")
    assert "72.2%" in (ask(q, facts + stats) or "")


def test_a_rival_row_is_of_the_inputs_own_period_not_a_year_to_date_ending_the_same_day() -> None:
    # A release prints its quarter's "Diluted" line under "Earnings per share:", and a reconciliation
    # names the line in full for the quarter and the nine months ended the same day.
    quarter = [row("eps_diluted", "Diluted", 1.40, 2024, months=3, statement="income_statement")]
    ytd = [row(None, "Diluted earnings per share (GAAP)", 4.10, 2024, months=9, statement="supplementary")]
    same = [row(None, "Diluted earnings per share (GAAP)", 1.40, 2024, months=3, statement="supplementary")]
    asked = "What diluted earnings per share did Quillon Tools report for the three months ended September 30, 2024?"
    for facts in (quarter + ytd, quarter + ytd + same):
        for f in quarter + ytd + same:
            f.unit = "USD/share"
            f.scale = None
        assert "1.40" in (ask(asked, facts) or "")


def test_a_flow_row_stays_the_rival_of_a_balance_ending_the_same_day() -> None:
    balance = [row("ppe_net", "Property, plant and equipment, net", 9_800, 2024, months=0, statement="balance_sheet")]
    proceeds = [row(None, "Proceeds from disposals of property, plant and equipment", 310, 2024)]
    asked = "What proceeds did Quillon Tools get from disposals of property, plant and equipment in fiscal 2024?"
    assert "9,800" not in (ask(asked, balance + proceeds) or "")
