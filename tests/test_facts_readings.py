"""The statement facts answer more questions without guessing: a row the question names by its
label, a metric's other standard form, the equity total the question names, a company name that
looks like an instruction word."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.computed_setaside import leaves_out
from assistant.core.finance.facts import Fact
from assistant.core.query import parse_question
from assistant.core.types import Answer, SearchHit

Y22 = date(2022, 12, 31)


def _fact(concept: str | None, value: float, row: str, *, months: int = 12, **kw: object) -> Fact:
    fact = Fact(concept=concept or "", label=row.split("  ")[0], period_end=Y22, period="FY2022",
                duration_months=months, value=value, statement="income_statement" if months else "balance_sheet",
                doc_id="acme-10k", page=5, row=row, company="Acme")
    fact = replace(fact, **kw)  # type: ignore[arg-type]
    if concept is None:
        fact.concept = None
    return fact


def _ask(question: str, facts: list[Fact]) -> Answer:
    answer = answer_from_facts(question, facts, company="Acme")
    assert answer is not None
    return answer


REVENUE = _fact("revenue", 1000, "Total revenues  1,000  800")
COST = _fact("cost_of_sales", 600, "Cost of sales  600  500")


def test_gross_margin_is_revenue_less_cost_of_sales_where_no_gross_profit_is_printed() -> None:
    answer = _ask("What was Acme's gross margin in fiscal 2022? One decimal.", [REVENUE, COST])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 40.0
    missing = _ask("What was Acme's gross margin in fiscal 2022? One decimal.", [REVENUE])
    assert missing.refused and "gross profit" in missing.answer


def test_a_form_that_only_leaves_the_missing_input_out_is_not_used() -> None:
    balance = [_fact("cash", 100, "Cash and cash equivalents  100", months=0),
               _fact("receivables", 50, "Accounts receivable, net  50", months=0),
               _fact("total_current_liabilities", 300, "Total current liabilities  300", months=0)]
    answer = _ask("What was Acme's quick ratio at December 31, 2022? Two decimals.", balance)
    assert answer.refused and answer.key_figure is None and "short-term investments" in answer.answer


def test_the_equity_total_the_question_names_by_its_label_is_the_one_read() -> None:
    equity = _fact("total_equity", 500, "Total equity  500  450", months=0)
    part = _fact(None, 400, "Total Acme Inc. shareholders' equity  400  380", months=0)
    debt = _fact("long_term_debt", 1000, "Long-term debt  1,000  900", months=0)
    short = _fact("short_term_debt", 100, "Short-term borrowings  100  90", months=0)
    facts = [REVENUE, equity, part, debt, short]
    named = _ask("What was Acme's debt-to-equity ratio at December 31, 2022, with equity = total Acme Inc. "
                 "shareholders' equity? Two decimals.", facts)
    assert not named.refused and named.key_figure is not None and named.key_figure.value == 2.75
    bare = _ask("What was Acme's debt-to-equity ratio at December 31, 2022? Two decimals.", facts)
    assert bare.refused and "shareholders' equity" in bare.answer


def test_a_row_the_question_names_whole_beats_the_concept_its_words_map_to() -> None:
    billed = _fact("receivables", 260, "Accounts receivable, net  260  250", months=0)
    unbilled = _fact(None, 860, "Unbilled receivables, net  860  800", months=0)
    answer = _ask("What unbilled receivables, net did Acme have at December 31, 2022? USD millions.", [billed, unbilled])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 860
    plain = _ask("What receivables, net did Acme have at December 31, 2022? USD millions.", [billed, unbilled])
    assert plain.key_figure is not None and plain.key_figure.value == 260


def test_a_one_word_row_right_before_the_line_item_names_that_row() -> None:
    premiums = _fact(None, 700, "Premiums  700  650")
    rows = [REVENUE, premiums, _fact(None, 300, "Services  300  150")]
    answer = _ask("What was Acme's premiums revenue in fiscal 2022? USD millions.", rows)
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 700
    total = _ask("What was Acme's total revenue in fiscal 2022? USD millions.", rows)
    assert total.key_figure is not None and total.key_figure.value == 1000


def test_a_company_named_express_keeps_its_name_in_the_question() -> None:
    asked = parse_question("What was American Express's debt-to-equity ratio at December 31, 2022? Two decimals.", []).asked
    assert "Express's debt-to-equity" in asked
    told = parse_question("What was Acme's revenue in 2022? Express it in millions.", []).asked
    assert "Express it" not in told and "revenue" in told


def test_the_metric_acronym_is_not_a_name_that_narrows_the_computed_figure() -> None:
    hits = [SearchHit(chunk_id="c1", doc_id="acme-10k", title="Acme 10-K", source="acme.pdf", page=5,
                      text="Net income 130. Total equity 500. Sales in Japan grew.", score=1.0, company="Acme")]
    query = parse_question("What was Acme's ROE in 2022? One decimal.", [])
    computed = Answer(question=query.question, answer="Acme's FY2022 return on average equity was 12.0% [1].",
                      mode="extractive")
    assert not leaves_out(query, hits, computed)
    narrowed = parse_question("What was Acme's operating margin in Japan in 2022? One decimal.", [])
    assert leaves_out(narrowed, hits, Answer(question=narrowed.question, answer="x", mode="extractive"))


def test_purchases_of_property_are_capital_expenditure_and_dividends_per_share_are_not_cash_paid() -> None:
    from assistant.core.finance.plan import plan_question

    intensity = plan_question("What were Acme's purchases of property and equipment as a percentage of total revenues "
                              "in 2021? Two decimals.")
    assert intensity is not None and intensity.metric is not None and intensity.metric.name == "capex_intensity"
    per_share = plan_question("What dividends per share did Acme declare in 2021?")
    assert per_share is None or per_share.concept != "dividends_paid"
    paid = plan_question("How much did Acme pay in cash dividends in 2021? USD millions.")
    assert paid is not None and paid.concept == "dividends_paid"


def test_a_company_opening_a_terse_question_is_found_when_a_period_follows_it() -> None:
    from assistant.core.finance.companies import find_companies
    from assistant.core.types import DocumentRecord

    records = [DocumentRecord(doc_id="acme-10k", title="Acme 10-K", source="acme.pdf", sha256="0", pages=1,
                              company="Acmecorp Beauty, Inc.")]
    assert find_companies("Acmecorp FY2022 net sales growth vs FY2021?", records) == ["Acmecorp Beauty, Inc."]
    assert find_companies("Acmecorp said what about growth?", records) == []  # a sentence's opening capital


def test_a_one_word_row_is_a_revenue_line_never_a_qualifier_of_another_item() -> None:
    eps = _fact("eps_diluted", 5.2, "Diluted  5.20  5.12")
    diluted_shares = _fact(None, 1390, "Diluted  1,390  1,385")
    answer = _ask("What was Acme's diluted EPS in fiscal 2022?", [REVENUE, eps, diluted_shares])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 5.2


def test_current_portion_of_debt_does_not_make_a_ratio_question_a_percent() -> None:
    ratio = parse_question("What was Acme's ratio of total borrowings (short-term borrowings including current portion "
                           "of long-term debt, plus long-term debt) to total equity? Two decimals.", [])
    assert ratio.want != "percent"
    share = parse_question("What portion of Acme's revenue came from services in 2022?", [])
    assert share.want == "percent"


def test_a_segment_row_under_another_measures_table_does_not_answer_depreciation() -> None:
    from assistant.core.answer.extractive import ExtractiveAnswerer
    from assistant.core.answer.statement_ask import statement_ask
    from assistant.core.settings import Settings

    question = ("What depreciation and amortization did Acme allocate to its Widgets segment for the year ended "
                "June 30, 2021? USD millions.")
    page = ("Capital expenditures for long-lived assets by reportable segment were:\nYears ended June 30,\n"
            "($ in millions)  2023  2022  2021\nGears  $  384  $  376  $  336\nWidgets  133  136  127\n"
            "Total capital expenditures for long-lived assets  $  517  $  512  $  463\n"
            "Depreciation and amortization by reportable segment were:\nYears ended June 30,\n"
            "($ in millions)  2023  2022  2021\nGears  $  436  $  450  $  447\nWidgets  125  120  115")
    hit = SearchHit(chunk_id="acme:1", doc_id="acme", title="Acme 10-K", source="/docs/acme.pdf", page=9, text=page,
                    score=1.0, company="Acme", period="FY2023")
    got = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []),
                                                                statement_ask(question))
    assert "127" not in got.answer  # the capital expenditure row; refused or the D&A row's 115


def test_the_question_naming_the_equity_row_read_has_said_which() -> None:
    equity = _fact("total_equity", 500, "Total shareholders' equity  500  450", months=0)
    part = _fact(None, 400, "Total Acme Inc. shareholders' equity  400  380", months=0)
    debt = _fact("long_term_debt", 1000, "Long-term debt  1,000  900", months=0)
    short = _fact("short_term_debt", 100, "Short-term borrowings  100  90", months=0)
    facts = [REVENUE, equity, part, debt, short]
    said = _ask("What was Acme's debt-to-equity ratio at December 31, 2022, with debt = short-term borrowings + "
                "long-term debt and equity = shareholders' equity? Two decimals.", facts)
    assert not said.refused and said.key_figure is not None and said.key_figure.value == 2.2
    bare = _ask("What was Acme's debt-to-equity ratio at December 31, 2022? Two decimals.", facts)
    assert bare.refused and "Acme Inc. shareholders' equity" in bare.answer


def test_a_label_split_by_the_questions_verb_is_still_named_whole() -> None:
    # "worldwide sales did Acme report excluding the legacy line" names the row "Worldwide excluding Legacy Line".
    row = _fact(None, 9_276, "Worldwide excluding Legacy Line  2,301  9,276", statement="supplementary")
    other = _fact(None, 1_105, "Legacy Line  301  1,105", statement="supplementary")
    answer = _ask("What full-year 2022 worldwide sales did Acme report excluding the Legacy Line? USD millions.",
                  [row, other])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 9_276
    # A word that is no verb frame still breaks the label: "worldwide gadget sales excluding ..." names another row.
    gadget = answer_from_facts("What full-year 2022 worldwide gadget sales did Acme report excluding the Legacy "
                               "Line? USD millions.", [row, other], company="Acme")
    assert gadget is None or gadget.key_figure is None


RESORT = "\n".join([
    "Zephyr Resorts Consolidated Statements of Operations",
    "(In thousands)",
    "                                   Year Ended December 31,",
    "                                   2022            2021",
    "Revenues",
    "Casino                        5,734,173       5,362,912",
    "Rooms                         3,057,145       1,690,037",
    "Total revenues                8,791,318       7,052,949",
    "Expenses",
    "Casino                        2,746,576       2,551,169",
    "Rooms                           937,272         600,942",
    "Total expenses                3,683,848       3,152,111",
])


def test_rows_of_one_label_in_two_sections_are_told_apart_by_the_line_item_asked() -> None:
    from assistant.core.finance.tables import read_statement_page

    facts = read_statement_page(RESORT, "income_statement", doc_id="zephyr-10k", page=3, company="Acme")
    rooms = {f.extra.get("section") for f in facts if f.label == "Rooms"}
    assert rooms == {"Revenues", "Expenses"}
    answer = _ask("What rooms revenue did Acme report for 2022? USD thousands.", facts)
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 3_057_145
    # A question that names neither section cannot say which "Rooms" it means.
    neither = answer_from_facts("What did Acme report for rooms in 2022? USD thousands.", facts, company="Acme")
    assert neither is None or neither.key_figure is None
