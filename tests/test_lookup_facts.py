"""Statement line items a library prints but a lookup missed: the company a question naming none
means, a month never read as a company, year columns dated by their own headings, results summaries
in the Japanese style (numbered titles, "(Million yen)", "△" minus signs). Made-up companies,
rows and headings in our own wording."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.sole_company import companies_giving, giving_in_facts
from assistant.core.finance.columns import read_columns
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import Plan, plan_question
from assistant.core.finance.statements import statement_kind
from assistant.core.finance.tables import split_row
from assistant.core.number_parsing import parse_quantities
from assistant.core.scale_statements import detect_currency_statement, detect_scale_statement
from ingest.article_company import article_company

JUN = date(2031, 6, 30)


def _fact(company: str, concept: str, value: float, end: date = JUN, statement: str = "balance_sheet") -> Fact:
    return Fact(concept=concept, label=concept.replace("_", " ").capitalize(), period_end=end, period="Q2 FY2031",
                duration_months=0, value=value, statement=statement, doc_id=company.lower()[:5], page=4,
                row=f"{concept} {value}", company=company)


def _gives(question: str):  # type: ignore[no-untyped-def]
    def gives(plan: Plan, facts: list[Fact], company: str) -> bool:
        answer = answer_from_facts(question, facts, plan=plan, company=company)
        return answer is not None and not answer.refused
    return gives


QUESTION = "What were total assets at June 30, 2031? USD millions."


def test_the_only_company_whose_statements_print_the_line_for_the_date_is_meant() -> None:
    facts = [_fact("Brindle Marine Inc.", "total_assets", 912.4),
             _fact("Corvane Textiles plc", "total_assets", 55.0, end=date(2030, 12, 31))]
    plan = plan_question(QUESTION)
    assert plan is not None
    assert giving_in_facts(plan, facts, _gives(QUESTION)) == ["Brindle Marine Inc."]


def test_two_companies_printing_the_line_for_the_date_leave_it_unanswered() -> None:
    facts = [_fact("Brindle Marine Inc.", "total_assets", 912.4), _fact("Corvane Textiles plc", "total_assets", 55.0)]
    plan = plan_question(QUESTION)
    assert plan is not None
    assert giving_in_facts(plan, facts, _gives(QUESTION)) == ["Brindle Marine Inc.", "Corvane Textiles plc"]


def test_a_note_table_row_does_not_make_a_company_the_one_meant() -> None:
    facts = [_fact("Brindle Marine Inc.", "total_assets", 912.4),
             _fact("Corvane Textiles plc", "total_assets", 55.0, statement="supplementary")]
    plan = plan_question(QUESTION)
    assert plan is not None
    assert giving_in_facts(copy.deepcopy(plan), facts, _gives(QUESTION)) == ["Brindle Marine Inc."]


def test_a_month_in_a_results_headline_is_no_company() -> None:
    title = "Hakuno Precision Co., Ltd. | Interim Results for the Six Months Ended June 30, 2031"
    body = (f"{title}\n\nInterim results for the six months ended June 30, 2031, published in August.\n\n"
            "Sales for the six months ended June 30, 2031 rose as June 30 orders held; June 30 backlog grew "
            "and the June 30 balance of cash rose again at Hakuno Precision Co., Ltd. this period.\n")
    assert article_company(title, body) != "June"


def test_one_heading_month_dates_every_year_column_under_it_before_a_running_head_date() -> None:
    # the heading sits over the first year only: the second is too far right to pair with its "June 30"
    header = ["                                   Six Months Ended June 30",
              "                                                    2031                              2030"]
    titles = "Brindle Marine Inc. | Second Quarter 2031 Release      August 6, 2031\nStatements of Cash Flows"
    ends = [c.end for c in read_columns(header, titles, "cash_flow", 2)]
    assert ends == [date(2031, 6, 30), date(2030, 6, 30)]


@pytest.mark.parametrize("line", ["(2) Quarterly consolidated statement of income (cumulative)",
                                  "1. Interim condensed consolidated balance sheet"])
def test_a_numbered_quarterly_title_names_its_statement(line: str) -> None:
    rows = "\n".join(f"  Line item {n}        {100 + n:,}        {200 + n:,}" for n in range(12))
    assert statement_kind(f"{line}\n                  (Million yen)\n{rows}") is not None


def test_a_scale_written_before_its_currency_is_read() -> None:
    assert detect_scale_statement("                                   (Millions of yen)") == "million"
    assert detect_scale_statement("   (Million yen)\n   Net sales  10  12") == "million"
    assert detect_currency_statement("   (Million yen)") == "JPY"
    assert detect_scale_statement("orders rose to 5,120 million yen in the half") is None


def test_a_triangle_is_a_minus_sign() -> None:
    label, cells = split_row("  Purchase of intangible assets            △1,204          △988") or ("", [])
    assert label == "Purchase of intangible assets"
    assert [c[1] for c in cells] == [-1204.0, -988.0]
    assert parse_quantities("shown as △2,310 in the half")[0].value == -2310.0


def test_a_bare_year_names_no_statement_column_to_tell_the_company_by() -> None:
    from types import SimpleNamespace

    from assistant.core.query import ParsedQuery

    facts = [_fact("Brindle Marine Inc.", "total_assets", 912.4)]
    lib = SimpleNamespace(facts=lambda ids=None: facts)
    dated = ParsedQuery(question=QUESTION, text=QUESTION)
    plan = plan_question(QUESTION)
    assert plan is not None
    assert companies_giving(QUESTION, plan, dated, lib, _gives(QUESTION)) == ["Brindle Marine Inc."]  # type: ignore[arg-type]
    yearly = "What return on equity was allowed in the 2031 rate order?"
    undated = ParsedQuery(question=yearly, text=yearly)
    assert companies_giving(yearly, plan, undated, lib, _gives(yearly)) == []  # type: ignore[arg-type]


def test_two_companies_giving_the_figure_for_a_question_naming_none_is_refused_as_ambiguous() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed import computed_answer
    from assistant.core.query import ParsedQuery

    facts = [_fact("Brindle Marine Inc.", "total_assets", 912.4), _fact("Corvane Textiles plc", "total_assets", 55.0)]
    lib = SimpleNamespace(facts=lambda ids=None: facts)
    query = ParsedQuery(question=QUESTION, text=QUESTION)
    plan = plan_question(QUESTION)
    assert plan is not None
    assert companies_giving(QUESTION, plan, query, lib, _gives(QUESTION)) == [  # type: ignore[arg-type]
        "Brindle Marine Inc.", "Corvane Textiles plc"]
    answer = computed_answer(QUESTION, query, lib, [])  # type: ignore[arg-type]
    assert answer is not None and answer.refused and answer.key_figure is None
    assert "Brindle Marine Inc." in answer.answer and "Corvane Textiles plc" in answer.answer
    # A name the company reader leaves to the passages ("Brindle: ..." opening the question) is no
    # question naming none: the passages answer it, as before.
    from assistant.core.answer.computed import _first_word_named

    assert _first_word_named("Brindle Marine Inc.", "Brindle: total assets at June 30, 2031? USD millions.")
    assert not _first_word_named("Brindle Marine Inc.", QUESTION)
