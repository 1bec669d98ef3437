"""Statement facts: column periods, scale and sign, concepts, formulas, computed answers, checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.concepts import match_concept
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import Period, run_expression
from assistant.core.finance.plan import plan_question, question_periods
from assistant.core.finance.tables import read_statement_page
from assistant.core.verify_computed import check_computation


def _page(*lines: str) -> str:
    return "\n".join(lines)


# Best Buy's 10-Q layout: quarter and year-to-date columns side by side, a year ending in January.
TEN_Q = _page(
    "Condensed Consolidated Statements of Earnings",
    "$ and shares in millions, except per share amounts (unaudited)",
    "",
    "                              Three Months Ended                    Six Months Ended",
    "                         July 29, 2023      July 30, 2022      July 29, 2023      July 30, 2022",
    "Revenue                $        9,583    $       10,329    $       19,050    $       20,976",
    "Cost of sales                   7,363             8,042            14,680            16,336",
    "Restructuring charges              (7)               34               (16)               35",
    "Operating income                  348               371               659               833",
    "Diluted earnings per share $     1.25    $         1.35    $         2.36    $         2.85",
)


def _by(facts: list[Fact], concept: str) -> dict[str, float]:
    return {f.period: f.value for f in facts if f.concept == concept}


def test_quarter_and_year_to_date_columns_with_a_january_year_end() -> None:
    facts = read_statement_page(TEN_Q, "income_statement", doc_period="Q2 2024")
    assert _by(facts, "revenue") == {"Q2 FY2024": 9583, "Q2 FY2023": 10329, "6M FY2024": 19050, "6M FY2023": 20976}
    rev = next(f for f in facts if f.concept == "revenue" and f.period == "6M FY2024")
    assert rev.period_end == date(2023, 7, 29) and rev.duration_months == 6 and rev.scale == "million"
    assert "Six Months Ended" in rev.column
    eps = next(f for f in facts if f.concept == "eps_diluted" and f.period == "Q2 FY2024")
    assert eps.value == 1.25 and eps.unit == "USD/share" and eps.scale is None


def test_parentheses_are_negative_and_scale_comes_from_the_heading() -> None:
    facts = read_statement_page(TEN_Q.replace("$ and shares in millions", "(in thousands"), "income_statement")
    restructuring = [f for f in facts if f.label == "Restructuring charges"]
    assert [f.value for f in restructuring] == [-7, 34, -16, 35]
    assert {f.scale for f in restructuring} == {"thousand"}


def test_year_only_columns_take_their_end_dates_from_the_title() -> None:
    page = _page(
        "Consolidated Statement of Income",
        "Fiscal years ended December 31, 2022, December 25, 2021 and December 26, 2020",
        "(in millions except per share amounts)",
        "                                   2022          2021          2020",
        "Net Revenue                  $   86,392    $   79,474    $   70,372",
        "Operating Profit                 11,512        11,162        10,080",
    )
    facts = read_statement_page(page, "income_statement")
    ends = {f.period: f.period_end for f in facts if f.concept == "revenue"}
    assert ends == {"FY2022": date(2022, 12, 31), "FY2021": date(2021, 12, 25), "FY2020": date(2020, 12, 26)}


def test_fifty_two_week_year_ending_in_january_is_the_prior_fiscal_year() -> None:
    page = _page(
        "CONSOLIDATED BALANCE SHEETS",
        "At January 1, 2023 and January 2, 2022",
        "(Dollars in Millions)",
        "                                   2022          2021",
        "Inventories                      12,483        10,387",
        "Total assets                $   187,378       182,018",
    )
    facts = read_statement_page(page, "balance_sheet")
    assets = {f.period: (f.period_end, f.duration_months) for f in facts if f.concept == "total_assets"}
    assert assets == {"FY2022": (date(2023, 1, 1), 0), "FY2021": (date(2022, 1, 2), 0)}


def test_percent_of_sales_columns_are_not_periods() -> None:
    page = _page(
        "Condensed Consolidated Statement of Earnings",
        "(Unaudited; in Millions Except Per Share Figures)          FOURTH QUARTER",
        "                                  2022                        2021               Percent",
        "                                          Percent                   Percent      Increase",
        "                           Amount         to Sales     Amount       to Sales     (Decrease)",
        "Sales to customers      $  23,706           100.0   $  24,804          100.0       (4.4)",
        "Cost of products sold       7,765            32.8      7,955            32.1       (2.4)",
        "Net earnings            $   3,520            14.8   $  4,736            19.1      (25.7)",
    )
    facts = read_statement_page(page, "income_statement", doc_period="Q4 2022")
    assert _by(facts, "revenue") == {"Q4 FY2022": 23706, "Q4 FY2021": 24804}
    assert _by(facts, "net_income") == {"Q4 FY2022": 3520, "Q4 FY2021": 4736}


@pytest.mark.parametrize(
    ("label", "heading", "statement", "concept"),
    [
        ("Total net revenues", "", "income_statement", "revenue"),
        ("Cost of revenues", "", "income_statement", "cost_of_sales"),
        ("Purchases of property, plant and equipment", "", "cash_flow", "capex"),
        ("Net cash provided by (used in) operating activities", "", "cash_flow", "cash_from_operations"),
        ("Accounts receivable, net of allowance of $12", "", "balance_sheet", "receivables"),
        ("Diluted", "Net earnings per share", "income_statement", "eps_diluted"),
        ("Diluted", "Weighted-average shares outstanding", "income_statement", "shares_outstanding"),
        ("Total stockholders' equity", "", "balance_sheet", "total_equity"),
        ("Net income attributable to noncontrolling interests", "", "income_statement", None),
        ("Inventories", "", "cash_flow", None),  # a change in inventories is not the balance
        ("Current assets total", "", "balance_sheet", "total_current_assets"),  # unseen: word overlap
        ("Cash provided (used) by operations", "", "cash_flow", "cash_from_operations"),
        ("Purchase of property, plant, and equipment, and other intangible assets", "", "cash_flow", "capex"),
        ("Net loss attributable to Acme Shareholders", "", "income_statement", "net_income_attributable"),
        ("Diluted loss per share", "", "income_statement", "eps_diluted"),
        ("Income from continuing operations", "", "income_statement", None),  # after tax: not operating income
    ],
)
def test_concepts_of_labels(label: str, heading: str, statement: str, concept: str | None) -> None:
    assert match_concept(label, heading, statement) == concept


def test_question_periods_merge_a_year_with_its_end_date() -> None:
    assert question_periods("What was the gross margin in fiscal 2019 (the year ended February 2, 2019)?") == [
        Period(12, 2019, None, date(2019, 2, 2))
    ]
    assert question_periods("revenue for the second quarter of fiscal 2024, i.e. the three months ended July 29, 2023") == [
        Period(3, 2024, 2, date(2023, 7, 29))
    ]
    assert [p.fiscal_year for p in question_periods("average capital spending over 2019-2021")] == [2019, 2020, 2021]


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("Define fixed-asset turnover as fiscal 2019 revenue divided by the average of net property and equipment "
         "at the end of fiscal 2018 and fiscal 2019. What is it? Two decimals.", "revenue / avg(ppe_net)"),
        ("Take the payout to be (dividends paid + repurchase of common stock, both from the cash flow statement) / "
         "net earnings. What was it in fiscal 2023?", "( abs(dividends_paid) + abs(share_repurchases) ) / net_income"),
        ("Define net debt as debt maturing within one year + long-term debt - cash and cash equivalents. What was it?",
         "short_term_debt + long_term_debt - cash"),
        ("What is the FY2022 EBITDA less capex for PepsiCo? USD millions.",
         "(operating_income + depreciation_amortization) - abs(capex)"),
    ],
)
def test_formulas_a_question_defines(question: str, formula: str) -> None:
    found = defined_formula(question)
    assert found is not None and found[0] == formula


def test_qualified_figures_get_no_plan() -> None:
    assert plan_question("What were FY2022 sales excluding the COVID-19 vaccine? USD millions.") is None
    assert plan_question("What was adjusted EPS in 2022?") is None


def _fact(concept: str, period: str, end: date, months: int, value: float, row: str, page: int = 5) -> Fact:
    return Fact(concept=concept, label=row.split("  ")[0], period_end=end, period=period, duration_months=months,
                value=value, statement="income_statement" if months else "balance_sheet", doc_id="acme-10k",
                page=page, row=row, company="Acme")


FACTS = [
    _fact("revenue", "FY2022", date(2022, 12, 31), 12, 1000, "Revenue $ 1,000 $ 800"),
    _fact("revenue", "FY2021", date(2021, 12, 31), 12, 800, "Revenue $ 1,000 $ 800"),
    _fact("gross_profit", "FY2022", date(2022, 12, 31), 12, 420, "Gross profit 420 300"),
    _fact("total_current_assets", "FY2022", date(2022, 12, 31), 0, 500, "Total current assets 500 450", 4),
]


def test_computed_answer_names_metric_period_company_and_cites_every_input() -> None:
    answer = answer_from_facts("What was Acme's gross margin in fiscal 2022? One decimal.", FACTS, company="Acme")
    assert answer is not None and not answer.refused
    assert answer.answer.startswith("Acme's FY2022 gross margin was 42.0% [1][2].")
    assert answer.key_figure is not None and answer.key_figure.value == 42.0
    assert {c.quote for c in answer.citations} == {"Gross profit 420 300", "Revenue $ 1,000 $ 800"}
    assert "Working:" in answer.answer and "= 42.0%" in answer.answer
    growth = answer_from_facts("By what percentage did Acme's revenue grow in 2022? One decimal.", FACTS, company="Acme")
    assert growth is not None and growth.key_figure is not None and growth.key_figure.value == 25.0


def test_a_missing_input_is_a_plain_refusal_naming_it() -> None:
    answer = answer_from_facts("What was Acme's current ratio at the end of fiscal 2022?", FACTS, company="Acme")
    assert answer is not None and answer.refused
    assert "total current liabilities" in answer.answer and "FY2022" in answer.answer
    assert answer.key_figure is None


def test_the_verifier_recomputes_and_catches_a_wrong_input_or_wrong_arithmetic() -> None:
    answer = answer_from_facts("What was Acme's gross margin in fiscal 2022? One decimal.", FACTS, company="Acme")
    assert answer is not None and answer.computation is not None
    sources = {c.n: c.quote for c in answer.citations}
    assert check_computation(answer.model_copy(deep=True), sources) == []
    assert run_expression(answer.computation.expression, [420, 1000]) == pytest.approx(0.42)

    wrong_input = answer.model_copy(deep=True)
    assert wrong_input.computation is not None
    wrong_input.computation.inputs[0].value = 430  # not in the quoted row
    assert any("not in the row" in p for p in check_computation(wrong_input, sources))

    wrong_sum = answer.model_copy(deep=True)
    assert wrong_sum.computation is not None
    wrong_sum.computation.shown = 44.0
    problems = check_computation(wrong_sum, sources)
    assert any("does not round" in p for p in problems) and not wrong_sum.checks.citations_valid


STATEMENT_TXT = """Consolidated Statements of Earnings
$ in millions, except per share amounts

Fiscal Years Ended                         December 31, 2022      December 31, 2021
Revenue                                  $            42,879    $            42,151
Cost of goods sold                                    32,918                 32,275
Gross profit                                           9,961                  9,876
Selling, general and administrative expenses           8,015                  8,023
Operating income                                       1,900                  1,843
Income tax expense                                       424                    818
Net earnings                             $             1,464    $             1,000
"""


def test_facts_at_ingest_answer_from_the_library_and_go_with_their_document(fake_library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.core.answering import ask

    doc = tmp_path / "acme-fy2022-10k.txt"
    doc.write_text(STATEMENT_TXT)
    report = fake_library.ingest([doc], company="Acme Corp", period="FY2022", doc_type="10-K")
    assert not report.failed
    doc_id = fake_library.documents()[0].doc_id
    facts = fake_library.facts([doc_id])
    assert {(f.concept, f.period, f.value) for f in facts if f.concept == "revenue"} == {
        ("revenue", "FY2022", 42879), ("revenue", "FY2021", 42151)}
    assert all(f.chunk_id for f in facts)

    answer = ask("What was Acme Corp's gross margin in fiscal 2022? One decimal.", library=fake_library)
    assert answer.answer.startswith("Acme Corp's FY2022 gross margin was 23.2%")
    assert answer.checks.citations_valid, answer.checks.invalid_citations
    assert any("recomputed" in c and c.endswith("ok") for c in answer.checks.computations)

    missing = ask("What was Acme Corp's current ratio at the end of fiscal 2022?", library=fake_library)
    assert missing.refused

    fake_library.remove([doc_id])
    assert fake_library.store.get_facts([doc_id]) == {}


def test_llm_mode_gets_the_computed_figure_as_a_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from assistant.api import Library
    from assistant.core.answering import ask
    from assistant.core.settings import Settings
    from tests.fakes import scrub_provider_env
    from tests.fakes.openai_server import Reply, ScriptedOpenAIServer

    scrub_provider_env(monkeypatch)
    doc = tmp_path / "acme-fy2022-10k.txt"
    doc.write_text(STATEMENT_TXT)
    reply = "Acme Corp's FY2022 gross margin was 23.2% [1].\n<<<JSON>>>\n" + json.dumps(
        {"refused": False, "key_figure": {"value": 23.2, "unit": "percent", "text": "23.2%"},
         "citations": [{"n": 1, "quote": "Acme Corp's FY2022 gross margin was 23.2%"}]}
    )
    with ScriptedOpenAIServer() as server:
        server.push(Reply.text(reply))
        settings = Settings(home=tmp_path / "home", embedding_backend="hash", llm="openai:test-model",
                            llm_base_url=server.base_url, llm_timeout_s=5.0, llm_max_retries=0)
        lib = Library(settings)
        lib.ingest([doc], company="Acme Corp", period="FY2022", doc_type="10-K")
        answer = ask("What was Acme Corp's gross margin in fiscal 2022? One decimal.", library=lib)
        prompt = str(server.requests[0]["messages"][-1]["content"])
    assert "Computed from statement facts" in prompt and "23.2%" in prompt and "Gross profit" in prompt
    assert answer.mode == "llm" and answer.citations[0].doc_id == "computed"
    assert answer.checks.citations_valid and not answer.checks.ungrounded_numbers


def test_flattened_spacing_still_maps_grouped_columns_in_order() -> None:
    flat = "\n".join("  ".join(part for part in line.split("  ") if part.strip()).strip() for line in TEN_Q.splitlines())
    facts = read_statement_page(flat, "income_statement", doc_period="Q2 2024")
    assert _by(facts, "revenue") == {"Q2 FY2024": 9583, "Q2 FY2023": 10329, "6M FY2024": 19050, "6M FY2023": 20976}


def test_cli_lists_a_documents_facts(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    doc = tmp_path / "acme-fy2022-10k.txt"
    doc.write_text(STATEMENT_TXT)
    home = tmp_path / "home"
    env = {**os.environ, "FOOTNOTE_EMBEDDING_BACKEND": "hash"}

    def footnote(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "assistant.cli", "--home", str(home), *args],
                              capture_output=True, text=True, env=env, timeout=120, check=False)

    assert footnote("ingest", str(doc), "--company", "Acme Corp", "--period", "FY2022").returncode == 0
    doc_id = json.loads(footnote("docs", "--json").stdout)["documents"][0]["doc_id"]
    listed = json.loads(footnote("facts", doc_id, "--concept", "revenue", "--period", "FY2021", "--json").stdout)
    assert [(f["concept"], f["period"], f["value"], f["page"]) for f in listed["facts"]] == [("revenue", "FY2021", 42151.0, 1)]
    text = footnote("facts", doc_id).stdout
    assert "gross_profit" in text and "9,961.00" in text
    assert footnote("facts", "no-such-doc").returncode == 1


@pytest.mark.parametrize(
    "question",
    [
        "Why did Acme's revenue fall in fiscal 2022?",
        "What drove Acme's gross margin change in FY2022?",
        "Was there any drop in cash and cash equivalents between FY2023 and Q2 of FY2024?",
        "Which of operating, investing and financing activities brought in the most cash in FY2023?",
    ],
)
def test_prose_and_yes_no_questions_are_not_computed(question: str) -> None:
    assert plan_question(question) is None


@pytest.mark.parametrize(
    ("question", "formula", "unit"),
    [
        ("What was Acme's gross profit as a percentage of revenue in 2022?", "gross_profit / revenue", "percent"),
        ("What was Acme's ratio of total liabilities to total assets at the end of 2022?",
         "total_liabilities / total_assets", "ratio"),
        ("What percentage of its operating cash flow did Acme pay out as dividends in 2022?",
         "abs(dividends_paid) / cash_from_operations", "percent"),
    ],
)
def test_ratios_of_two_named_items(question: str, formula: str, unit: str) -> None:
    plan = plan_question(question)
    assert plan is not None and (plan.formula, plan.unit) == (formula, unit)


def test_a_relative_question_never_gets_an_amount() -> None:
    assert plan_question("What share of Acme's 2022 spending on widgets was revenue-related?") is None


def test_restated_figures_come_from_the_latest_filing() -> None:
    from assistant.core.answer.computed import order_documents

    docs = [("acme-10k-2022", "FY2022"), ("acme-8k-recast", "Q3 2023"), ("acme-q2-2023", "Q2 2023")]
    plain = plan_question("What were Acme's full-year 2022 sales? USD millions.")
    recast = plan_question("Acme recast its 2022 results to continuing operations (excluding Widgets). "
                           "What were full-year 2022 sales on that basis? USD millions.")
    assert plain is not None and recast is not None and recast.restated
    assert order_documents(plain, docs)[0] == "acme-10k-2022"
    assert order_documents(recast, docs)[0] == "acme-8k-recast"
    quarters = plan_question("What were Acme's average quarterly sales across the four quarters of 2022 "
                             "in the August 30, 2023 8-K?")
    assert quarters is not None and [(p.months, p.quarter) for p in quarters.periods] == [(3, 1), (3, 2), (3, 3), (3, 4)]


def test_margins_of_a_named_item_and_growth_direction() -> None:
    cogs = plan_question("What is Acme's FY2021 COGS % margin? Round to one decimal place.")
    assert cogs is not None and cogs.formula == "cost_of_sales / revenue" and cogs.decimals == 1
    growth = plan_question("What is the year-over-year change in revenue from FY2021 to FY2022, in percent?")
    assert growth is not None and [p.fiscal_year for p in growth.periods] == [2022, 2021]
    answer = answer_from_facts("What is the change in Acme's revenue from FY2021 to FY2022, in percent?", FACTS, company="Acme")
    assert answer is not None and answer.key_figure is not None and answer.key_figure.value == 25.0


def test_a_narrowed_line_item_is_not_answered_with_the_total() -> None:
    assert answer_from_facts("What was Acme's domestic revenue in fiscal 2022?", FACTS, company="Acme") is None
    total = answer_from_facts("What was the total revenue of Acme in FY2022?", FACTS, company="Acme")
    assert total is not None and total.key_figure is not None and total.key_figure.value == 1000


def test_only_a_question_about_one_named_company_is_computed() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed import computed_answer
    from assistant.core.query import ParsedQuery
    from assistant.core.types import DocumentRecord

    record = DocumentRecord(doc_id="acme-10k", title="Acme 10-K", source="/x.pdf", sha256="s", pages=9,
                            company="Acme", period="FY2022", doc_type="10-K")
    lib = SimpleNamespace(documents=lambda: [record],
                          facts=lambda ids=None: list(FACTS) if ids is None or "acme-10k" in ids else [],
                          store=SimpleNamespace(get_chunks=lambda ids: []))
    question = "What was the gross margin in fiscal 2022?"
    # None named and no date named: no company is told by its statements' columns (answer.sole_company.companies_giving).
    none_named = ParsedQuery(question=question, text=question)
    assert computed_answer(question, none_named, lib, []) is None  # type: ignore[arg-type]
    two = ParsedQuery(question=question, text=question, companies=["Acme", "Globex"])
    assert computed_answer(question, two, lib, []) is None  # type: ignore[arg-type]
    one = ParsedQuery(question=question, text=question, companies=["Acme"])
    answer = computed_answer(question, one, lib, [])  # type: ignore[arg-type]
    assert answer is not None and answer.key_figure is not None and answer.key_figure.value == 42.0
    # One company whose filings store two spellings of its name is one company, not a comparison.
    spellings = ParsedQuery(question=question, text=question, companies=["Acme Inc.", "Acme Group"])
    answer = computed_answer(question, spellings, lib, [])  # type: ignore[arg-type]
    assert answer is not None and answer.key_figure is not None and answer.key_figure.value == 42.0


def test_fiscal_years_named_by_their_start_year() -> None:
    # A retailer's "fourth quarter of fiscal 2022" ended January 28, 2023 (its filing says Q4 2022).
    page = _page(
        "Consolidated Statements of Income",
        "(In thousands, except per share data)",
        "                        Three Months Ended                      Twelve Months Ended",
        "                  January 28,      January 29,          January 28,      January 29,",
        "                        2023             2022                 2023             2022",
        "Net sales       $  3,226,275   $  2,730,141        $  10,208,580   $  8,630,889",
        "Gross profit       1,214,000      1,026,000            4,041,000      3,363,000",
    )
    facts = read_statement_page(page, "income_statement", doc_period="Q4 2022")
    assert _by(facts, "revenue") == {"Q4 FY2022": 3226275, "Q4 FY2021": 2730141, "FY2022": 10208580, "FY2021": 8630889}
    # The same page in a filing whose years are named by their end (its own period Q4 2023).
    later = read_statement_page(page, "income_statement", doc_period="Q4 2023")
    assert set(_by(later, "revenue")) == {"Q4 FY2023", "Q4 FY2022", "FY2023", "FY2022"}


def test_a_year_column_the_title_dates_only_for_the_latest_year_ends_on_the_same_day() -> None:
    page = _page(
        "Consolidated Balance Sheet",
        "(in millions)",
        "As of June 30, 2024",
        "                                   2024          2023",
        "Total current assets         $    5,308    $    6,218",
        "Total assets                     17,003        17,426",
    )
    facts = read_statement_page(page, "balance_sheet")
    ends = {f.period: f.period_end for f in facts if f.concept == "total_assets"}
    assert ends == {"FY2024": date(2024, 6, 30), "FY2023": date(2023, 6, 30)}


def test_a_decline_asked_is_answered_with_its_size_and_a_signed_change_keeps_its_sign() -> None:
    falling = [
        _fact("revenue", "FY2022", date(2022, 12, 31), 12, 800, "Revenue $ 800 $ 1,000"),
        _fact("revenue", "FY2021", date(2021, 12, 31), 12, 1000, "Revenue $ 800 $ 1,000"),
    ]
    answer = answer_from_facts("By what percentage did Acme's revenue decline in 2022? One decimal.", falling,
                               company="Acme")
    assert answer is not None and answer.key_figure is not None and answer.key_figure.value == 20.0
    assert "revenue decline was 20.0%" in answer.answer and "= -20.0%" in answer.answer
    assert check_computation(answer.model_copy(deep=True), {c.n: c.quote for c in answer.citations}) == []
    signed = answer_from_facts("By what percentage did Acme's revenue change in 2022? Negative for a decline.",
                               falling, company="Acme")
    assert signed is not None and signed.key_figure is not None and signed.key_figure.value == -20.0


def test_a_change_asked_in_dollars_is_the_difference_not_a_rate_nor_the_level() -> None:
    answer = answer_from_facts("By how much did Acme's revenue increase in 2022? USD millions.", FACTS, company="Acme")
    assert answer is not None and answer.key_figure is not None
    assert (answer.key_figure.value, answer.key_figure.unit) == (200.0, "USD")
    assert check_computation(answer.model_copy(deep=True), {c.n: c.quote for c in answer.citations}) == []
    rate = answer_from_facts("By what percentage did Acme's revenue grow in 2022?", FACTS, company="Acme")
    assert rate is not None and rate.key_figure is not None and rate.key_figure.unit == "percent"
    falling = [
        _fact("revenue", "FY2022", date(2022, 12, 31), 12, 800, "Revenue $ 800 $ 1,000"),
        _fact("revenue", "FY2021", date(2021, 12, 31), 12, 1000, "Revenue $ 800 $ 1,000"),
    ]
    fall = answer_from_facts("How much did Acme's revenue decline in 2022? USD millions.", falling, company="Acme")
    assert fall is not None and fall.key_figure is not None and fall.key_figure.value == 200.0
    assert check_computation(fall.model_copy(deep=True), {c.n: c.quote for c in fall.citations}) == []
