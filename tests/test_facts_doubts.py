"""A computed figure is refused, naming what is uncertain, rather than stated on a guess."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import run_expression
from assistant.core.finance.plan import plan_question
from assistant.core.verify_computed import check_computation


def _fact(concept: str, period: str, end: date, months: int, value: float, row: str, **kw: object) -> Fact:
    fact = Fact(concept=concept, label=row.split("  ")[0], period_end=end, period=period, duration_months=months,
                value=value, statement="income_statement" if months else "balance_sheet", doc_id="acme-10k",
                page=5, row=row, company="Acme")
    return replace(fact, **kw)  # type: ignore[arg-type]


Y22, Y21 = date(2022, 12, 31), date(2021, 12, 31)
REVENUE = _fact("revenue", "FY2022", Y22, 12, 1000, "Revenue  1,000  800")
NET = _fact("net_income", "FY2022", Y22, 12, 130, "Net income  130  90")
OURS = _fact("net_income_attributable", "FY2022", Y22, 12, 120, "Net income attributable to Acme  120  85")


def _ask(question: str, facts: list[Fact]):  # type: ignore[no-untyped-def]
    answer = answer_from_facts(question, facts, company="Acme")
    assert answer is not None
    return answer


def test_net_income_when_the_statement_also_shows_the_attributable_one_is_refused_unless_the_question_says() -> None:
    bare = _ask("What was Acme's net income in fiscal 2022? USD millions.", [REVENUE, NET, OURS])
    assert bare.refused and bare.key_figure is None and "attributable" in bare.answer.lower()
    said = _ask("What was Acme's net income attributable to Acme in fiscal 2022? USD millions.", [REVENUE, NET, OURS])
    assert not said.refused and said.key_figure is not None and said.key_figure.value == 120
    # No non-controlling interests: one net income, answered.
    alone = _ask("What was Acme's net income in fiscal 2022? USD millions.", [REVENUE, NET])
    assert not alone.refused and alone.key_figure is not None and alone.key_figure.value == 130


def test_the_other_reading_is_harmless_when_it_rounds_to_the_same_figure() -> None:
    close = replace(OURS, value=129.9)
    margin = _ask("What was Acme's net profit margin in fiscal 2022? Round to the nearest percent.", [REVENUE, NET, close])
    assert not margin.refused and margin.key_figure is not None and margin.key_figure.value == 13


def test_a_rival_row_as_typical_as_the_one_read_makes_the_figure_uncertain() -> None:
    rival = replace(REVENUE, extra={"rivals": [{"row": "Revenue  1,200  900", "value": 1200}]})
    answer = _ask("What was Acme's revenue in fiscal 2022? USD millions.", [rival])
    assert answer.refused and "Revenue  1,200  900" in answer.answer


def test_a_rival_row_the_question_names_by_its_printed_label_is_the_one_read() -> None:
    ops = _fact("cash_from_operations", "FY2022", Y22, 12, 510,
                "Net cash provided by/(used in) operating activities from continuing operations  510  480",
                statement="cash_flow", extra={"rivals": [
                    {"row": "Net cash provided by/(used in) operating activities  505  470", "value": 505}]})
    ops = replace(ops, label="Net cash provided by/(used in) operating activities from continuing operations")
    whole = _ask("What was Acme's net cash provided by operating activities in fiscal 2022? USD millions.", [ops])
    assert not whole.refused and whole.key_figure is not None and whole.key_figure.value == 505, whole.answer
    part = _ask("What was Acme's net cash provided by operating activities from continuing operations in fiscal 2022? "
                "USD millions.", [ops])
    assert not part.refused and part.key_figure is not None and part.key_figure.value == 510, part.answer
    # Named by neither label: which row is meant stays a doubt.
    bare = _ask("What was Acme's operating cash flow in fiscal 2022? USD millions.", [ops])
    assert bare.refused and bare.key_figure is None


def test_an_amount_from_a_page_with_no_stated_scale_is_refused_but_a_ratio_on_that_page_is_not() -> None:
    unstated = [replace(REVENUE, extra={"scale_assumed": True}),
                _fact("gross_profit", "FY2022", Y22, 12, 400, "Gross profit  400  300", extra={"scale_assumed": True})]
    amount = _ask("What was Acme's revenue in fiscal 2022?", unstated)
    assert amount.refused and "thousands or millions" in amount.answer
    margin = _ask("What was Acme's gross margin in fiscal 2022? One decimal.", unstated)
    assert not margin.refused and margin.key_figure is not None and margin.key_figure.value == 40.0


def test_a_fiscal_year_named_by_its_label_alone_is_refused_when_the_filing_does_not_say_how_it_names_years() -> None:
    jan = date(2023, 1, 28)
    facts = [_fact("revenue", "FY2023", jan, 12, 1000, "Net sales  1,000  800", extra={"fy_naming": "assumed"})]
    by_label = _ask("What were Acme's net sales in fiscal 2023?", facts)
    assert by_label.refused and "January 28, 2023" in by_label.answer and "fiscal 2022" in by_label.answer
    by_date = _ask("What were Acme's net sales for the fiscal year ended January 28, 2023?", facts)
    assert not by_date.refused and by_date.key_figure is not None and by_date.key_figure.value == 1000


def test_an_input_from_another_companys_filing_is_refused() -> None:
    theirs = replace(REVENUE, company="Other Corp")
    answer = _ask("What was Acme's revenue in fiscal 2022?", [theirs])
    assert answer.refused and "Other Corp" in answer.answer


def test_amounts_of_different_scales_are_brought_to_one_and_the_verifier_recomputes_it() -> None:
    thousands = _fact("gross_profit", "FY2022", Y22, 12, 400_000, "Gross profit  400,000", scale="thousand", page=7)
    answer = _ask("What was Acme's gross margin in fiscal 2022? One decimal.", [REVENUE, thousands])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 40.0
    assert answer.computation is not None and "* 1000.0" in answer.computation.expression  # millions to thousands
    assert run_expression(answer.computation.expression, [400_000, 1000]) == 0.4
    sources = {c.n: c.quote for c in answer.citations}
    assert check_computation(answer.model_copy(deep=True), sources) == []


def test_a_change_that_is_neither_dollars_nor_percent_is_not_answered_with_the_level() -> None:
    assert plan_question("What was the change in Acme's revenue in FY2022?") is None
    growth = plan_question("What was the year-over-year change in Acme's revenue in FY2022?")
    assert growth is not None and growth.kind == "growth"


def test_a_line_item_narrowed_after_its_name_is_not_answered_with_the_total() -> None:
    facts = [REVENUE]
    for question in ("How much revenue did Acme get from appliances in fiscal 2022?",
                     "What was Acme's revenue in the Americas in fiscal 2022?"):
        assert answer_from_facts(question, facts, company="Acme") is None
    plain = _ask("What was Acme's revenue in fiscal 2022, in USD millions? Answer by using the income statement.", facts)
    assert not plain.refused and plain.key_figure is not None and plain.key_figure.value == 1000


def test_a_row_named_only_by_the_company_name_is_no_label_match() -> None:
    named = _fact("", "FY2022", Y22, 12, 300, "Acme Stores  300  250", statement="supplementary")
    named.concept = None
    answer = _ask("What was Acme Stores' revenue in fiscal 2022?", [REVENUE, named])
    assert answer.key_figure is not None and answer.key_figure.value == 1000


def _table_row(label: str, value: float, heading: str | None = None, page: int = 9) -> Fact:
    fact = _fact("", "FY2022", Y22, 12, value, f"{label}  {value:,.0f}", statement="supplementary", page=page)
    fact.concept = None
    if heading:
        fact.extra = {"heading": heading}
    return fact


def test_a_narrowed_question_is_answered_only_by_a_table_row_that_carries_its_qualifier() -> None:
    rows = [REVENUE, _table_row("Worldwide excluding Product X", 900), _table_row("United States", 600),
            _table_row("United States", 50, heading="Long-lived assets")]
    ex = _ask("What were Acme's worldwide sales excluding Product X in fiscal 2022?", rows)
    assert not ex.refused and ex.key_figure is not None and ex.key_figure.value == 900
    assert answer_from_facts("What was Acme's adjusted revenue in fiscal 2022?", rows, company="Acme") is None
    us = _ask("What was Acme's revenue in the United States in fiscal 2022?", rows)
    assert us.key_figure is not None and us.key_figure.value == 600
    assets = _ask("What were Acme's long-lived assets in the United States in fiscal 2022?", rows)
    assert assets.key_figure is not None and assets.key_figure.value == 50


def test_two_table_rows_of_the_same_name_with_different_values_are_refused() -> None:
    rows = [REVENUE, _table_row("Worldwide excluding Product X", 900), _table_row("Worldwide excluding Product X", 700,
                                                                                  page=11)]
    answer = _ask("What were Acme's worldwide sales excluding Product X in fiscal 2022?", rows)
    assert answer.refused and answer.key_figure is None and "p. 11" in answer.answer


def test_total_equity_beside_the_shareholders_part_is_refused_unless_the_question_says_total_equity() -> None:
    equity = _fact("total_equity", "FY2022", Y22, 0, 500, "Total equity  500  450", page=6)
    part = _fact("", "FY2022", Y22, 0, 400, "Total Acme shareholders' equity  400  380", page=6)
    part.concept = None
    debt = _fact("long_term_debt", "FY2022", Y22, 0, 1000, "Long-term debt  1,000  900", page=6)
    short = _fact("short_term_debt", "FY2022", Y22, 0, 100, "Short-term borrowings  100  90", page=6)
    facts = [REVENUE, equity, part, debt, short]
    bare = _ask("What was Acme's debt-to-equity ratio at the end of fiscal 2022?", facts)
    assert bare.refused and "shareholders' equity" in bare.answer
    said = _ask("What was Acme's debt-to-equity ratio, using total equity, at the end of fiscal 2022?", facts)
    assert not said.refused and said.key_figure is not None and said.key_figure.value == 2.2


def test_long_term_debt_to_equity_is_not_total_debt_to_equity() -> None:
    plan = plan_question("What was Acme's long-term debt to equity ratio at the end of fiscal 2022?")
    assert plan is not None and plan.formula == "long_term_debt / total_equity"
    both = plan_question("What was Acme's debt-to-equity ratio at the end of fiscal 2022?")
    assert both is not None and both.formula is not None and "short_term_debt" in both.formula


def test_a_metric_outside_what_it_can_be_is_refused_not_stated() -> None:
    cogs = _fact("cost_of_sales", "FY2022", Y22, 12, 600, "Cost of sales  600  500")
    gross = _fact("gross_profit", "FY2022", Y22, 12, 400, "Gross profit  400  300")
    ok = _ask("What was Acme's gross margin in fiscal 2022? One decimal.", [REVENUE, gross])
    assert not ok.refused and ok.key_figure is not None and ok.key_figure.value == 40.0
    # A gross profit read from a table in another scale than the revenue: a 140% margin is no margin.
    misread = replace(gross, value=1400, row="Gross profit  1,400  300")
    bad = _ask("What was Acme's gross margin in fiscal 2022? One decimal.", [REVENUE, misread])
    assert bad.refused and bad.key_figure is None and "cannot be" in bad.answer
    # Days of inventory far past a thousand: the cost of sales read was a part of the year's.
    inv = [_fact("inventories", p, e, 0, 900, "Inventories  900  900") for p, e in (("FY2022", Y22), ("FY2021", Y21))]
    small = replace(cogs, value=0.3, row="Cost of sales  0.3  0.2")
    days = _ask("What was Acme's days inventory outstanding in fiscal 2022? One decimal.", [*inv, small])
    assert days.refused and "days inventory outstanding" in days.answer
    fine = _ask("What was Acme's days inventory outstanding in fiscal 2022? One decimal.", [*inv, cogs])
    assert not fine.refused and fine.key_figure is not None and fine.key_figure.value == 547.5


def test_a_balance_sheet_input_from_a_table_far_from_the_balance_sheet_is_refused() -> None:
    assets = _fact("total_assets", "FY2022", Y22, 0, 5000, "Total assets  5,000", page=6)
    cl = _fact("total_current_liabilities", "FY2022", Y22, 0, 800, "Total current liabilities  800", page=7)
    near = _fact("total_current_assets", "FY2022", Y22, 0, 1200, "Total current assets  1,200", page=6)
    ok = _ask("What was Acme's current ratio at December 31, 2022? Two decimals.", [assets, near, cl])
    assert not ok.refused and ok.key_figure is not None and ok.key_figure.value == 1.5
    # A note's table (a business held for sale) far from the balance sheet that lacks the line.
    note = replace(near, page=40, value=60, row="Total current assets  60")
    far = _ask("What was Acme's current ratio at December 31, 2022? Two decimals.", [assets, note, cl])
    assert far.refused and far.key_figure is None and "p. 40" in far.answer


def test_a_statement_row_is_named_by_its_whole_label_not_by_its_words() -> None:
    def line(label: str, value: float) -> Fact:
        fact = _fact("", "FY2022", Y22, 12, value, f"{label}  {value:,.0f}", label=label)
        fact.concept = None
        return fact

    rows = [REVENUE, line("Interest income", 900), line("Net interest income", 600), line("Total interest expense", 300)]
    nii = _ask("What was Acme's net interest income in fiscal 2022? USD millions.", rows)
    assert nii.key_figure is not None and nii.key_figure.value == 600
    # "interest expense" inside "revenue net of interest expense" names the revenue, not the expense row.
    net = _ask("What were Acme's total revenues net of interest expense in fiscal 2022? USD millions.", rows)
    assert net.key_figure is not None and net.key_figure.value == 1000


def test_a_missing_balance_is_named_at_its_date() -> None:
    cl = _fact("total_current_liabilities", "FY2022", Y22, 0, 800, "Total current liabilities  800", page=7)
    missing = _ask("What was Acme's current ratio at December 31, 2022? Two decimals.", [REVENUE, cl])
    assert missing.refused and "total current assets at December 31, 2022" in missing.answer
    assert "for at" not in missing.answer


def test_a_per_share_figure_keeps_the_decimals_the_statement_prints() -> None:
    eps = _fact("eps_diluted", "FY2022", Y22, 12, 0.529, "Diluted earnings per share  0.529  0.612", unit="USD/share",
                scale=None)
    got = _ask("What diluted EPS did Acme report for fiscal 2022?", [REVENUE, eps])
    assert got.key_figure is not None and got.key_figure.value == 0.529 and "$0.529" in got.answer
    two = replace(eps, value=1.2, row="Diluted earnings per share  1.20  1.10")
    got = _ask("What diluted EPS did Acme report for fiscal 2022?", [REVENUE, two])
    assert got.key_figure is not None and "$1.20" in got.answer


def test_a_metric_at_a_date_reads_as_a_sentence() -> None:
    ca = _fact("total_current_assets", "FY2022", Y22, 0, 1200, "Total current assets  1,200", page=6)
    cl = _fact("total_current_liabilities", "FY2022", Y22, 0, 800, "Total current liabilities  800", page=6)
    got = _ask("What was Acme's current ratio at December 31, 2022? Two decimals.", [ca, cl])
    assert got.answer.startswith("Acme's current ratio at December 31, 2022 was 1.50")


def test_a_label_row_on_another_balance_sheet_yields_to_the_consolidated_one() -> None:
    # A parent-only balance sheet on p. 90 prints the same label as the consolidated one on p. 40.
    def row(value: float, page: int, concept: str | None = None, label: str = "Customer deposits, less current portion",
            ) -> Fact:
        return _fact(concept, "FY2022", Y22, 0, value, f"{label}  {value:,.0f}", page=page)  # type: ignore[arg-type]

    consolidated = [row(640, 40), row(9_800, 40, "total_assets", "Total assets")]
    parent = [row(31, 90), row(2_100, 90, "total_assets", "Total assets")]
    question = "What customer deposits, less current portion, did Acme carry at December 31, 2022? USD millions."
    answer = _ask(question, consolidated + parent)
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 640
    # Two such rows with no consolidated balance sheet to tell them apart: still refused as a clash.
    answer = _ask(question, [row(640, 40), row(31, 90)])
    assert answer.refused and "more than one table row" in answer.answer


def test_a_source_named_in_its_own_clause_does_not_narrow_the_line_item_but_a_part_does() -> None:
    from assistant.core.answer.row_names import narrowed

    assert not narrowed("Per Acme's Q2 2024 10-Q, depreciation and amortization for the six months ended June 30, 2023?",
                        "Acme")
    assert not narrowed("Per Acme's Q2 2024 earnings release, selling and administrative expenses for 2023?", "Acme")
    assert narrowed("Acme Outdoor segment: revenue for 2023?", "Acme")  # a part named before the colon
