"""The quoting fallback for a statement figure the facts did not give (synthetic passages)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

import pytest

from assistant.core.answer.computed import has_statements
from assistant.core.answer.extractive import REFUSAL, ExtractiveAnswerer
from assistant.core.answer.statement_ask import quote_doubt, statement_ask, table_scale
from assistant.core.finance.facts import Fact
from assistant.core.library import Library
from assistant.core.numbers import parse_quantities
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.settings import Settings
from assistant.core.types import DocumentRecord, SearchHit

Q_SALES = "What were Acme Robotics' net sales for fiscal 2023?"


def hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"acme:{n}", doc_id="acme", title="Acme 10-K", source="/docs/acme.pdf", page=n,
                     text=text, score=1.0 / n, company="Acme Robotics", period="FY2023")


def answer(question: str, *texts: str, page_scale=None):  # type: ignore[no-untyped-def]
    hits = [hit(t, i) for i, t in enumerate(texts, 1)]
    answerer = ExtractiveAnswerer(Settings(min_support=0.3), page_scale=page_scale)
    return answerer.answer(question, hits, parse_question(question, []), statement_ask(question))


def first_figure(text: str):  # type: ignore[no-untyped-def]
    return parse_quantities(text)[0]


def test_a_line_item_or_catalogue_metric_for_a_period_is_a_statement_ask() -> None:
    ask = statement_ask(Q_SALES)
    assert ask is not None and ask.concept == "revenue" and ask.period.fiscal_year == 2023
    margin = statement_ask("What was Acme's gross margin in fiscal 2023? One decimal.")
    assert margin is not None and margin.kind == "formula" and margin.names is not None
    assert margin.names.search("Gross margin was 41.2%")
    # A metric the question defines, an average or a CAGR is never quoted.
    defined = statement_ask("Define Acme's asset intensity as fiscal 2023 total assets divided by fiscal 2023 revenue. What is it?")
    assert defined is not None and defined.names is None
    # A segment or adjusted figure, or prose, is not a statement figure.
    assert statement_ask("What was Acme's adjusted EBITDA in fiscal 2023?") is None
    assert statement_ask("Why did Acme's net sales grow in fiscal 2023?") is None


@pytest.mark.parametrize(("text", "row", "header", "refused"), [
    ("Net sales 5,120 4,870", True, "Fiscal year 2023 2022", False),
    ("Cost of sales 3,120 2,870", True, "Fiscal year 2023 2022", True),  # another line item
    ("Casino net sales 1,120 870", True, "Fiscal year 2023 2022", True),  # a part of it
    ("Net sales 5,120 4,870", True, "Fiscal year 2021 2020", True),  # another period
    ("Net sales were $5.1 billion in fiscal 2023.", False, "", False),
    ("Net sales were $1.4 billion in the fourth quarter of fiscal 2023.", False, "", True),  # a quarter for a year
    ("Operating income was $640 million in fiscal 2023.", False, "", True),  # names another item
    ("Adjusted net sales 5,020 4,770", True, "Fiscal year 2023 2022", True),  # another basis
    ("Organic net sales grew to $5.0 billion in fiscal 2023.", False, "", True),
])
def test_a_quote_must_name_the_asked_item_and_period(text: str, row: bool, header: str, refused: bool) -> None:
    ask = statement_ask(Q_SALES)
    assert ask is not None
    doubt = quote_doubt(ask, text, first_figure(text), row=row, header=header)
    assert (doubt is not None) is refused, doubt


def test_a_sentence_naming_no_year_is_read_as_about_its_filings_period() -> None:
    ask = statement_ask(Q_SALES)
    assert ask is not None
    text = "Net sales rose 5% to $5.1 billion, driven by new customers."
    fig = first_figure(text)
    assert quote_doubt(ask, text, fig, row=False, header="", doc_period="FY2023") is None
    assert quote_doubt(ask, text, fig, row=False, header="", doc_period="Q4 2023") is not None  # a quarter's release
    assert quote_doubt(ask, text, fig, row=False, header="", doc_period=None) is not None


def test_a_growth_ask_takes_a_rate_not_an_amount() -> None:
    ask = statement_ask("By what percent did Acme's net sales grow in fiscal 2023 year over year?")
    assert ask is not None and ask.kind == "growth"
    rate = "Net sales grew 5.1% in fiscal 2023."
    level = "Net sales were $5,120 million in fiscal 2023."
    assert quote_doubt(ask, rate, first_figure(rate), row=False, header="") is None
    assert quote_doubt(ask, level, first_figure(level), row=False, header="") is not None


def test_the_fallback_refuses_arithmetic_and_other_rows_naming_what_is_missing() -> None:
    # Two prose figures a margin could be "derived" from: a statement metric is not worked out from them.
    prose = ("Acme Robotics recorded a gain of $120 million in fiscal 2023 on the sale of its drives unit, "
             "which had sales of $400 million.")
    got = answer("What was Acme Robotics' gross margin in fiscal 2023? One decimal.", prose)
    assert got.refused and got.answer.startswith(REFUSAL) and "gross margin" in got.answer
    # The row the scorer likes best is another line item: refused, naming net sales and the year.
    table = "Consolidated Statements of Income\n(in millions)\nFiscal year 2023 2022\nCost of net sales 3,120 2,870"
    got = answer(Q_SALES, table)
    assert got.refused and "revenue" in got.answer and "FY2023" in got.answer


def test_the_asked_row_is_quoted_with_its_page_scale() -> None:
    table = "Fiscal year 2023 2022\nNet sales 5,120 4,870\nOperating income 640 590"
    got = answer(Q_SALES, table, page_scale=lambda doc, page, label: "million")
    assert not got.refused and got.key_figure is not None
    assert got.key_figure.value == 5120 and got.key_figure.scale == "million"


def test_table_scale_reads_the_pages_facts_and_leaves_per_share_rows_alone() -> None:
    def fact(page: int, scale: str | None, **extra: object) -> Fact:
        return Fact(concept="revenue", label="Net sales", period_end=date(2023, 12, 31), period="FY2023",
                    duration_months=12, value=1.0, scale=scale, statement="income_statement", doc_id="acme", page=page,
                    row="Net sales 1", extra=dict(extra))

    facts = [fact(3, "million"), fact(4, "thousand"), fact(5, "million", scale_assumed=True)]
    assert table_scale(facts, "acme", 3, "Net sales") == "million"
    assert table_scale(facts, "acme", 4, "Net sales") == "thousand"
    assert table_scale(facts, "acme", 5, "Net sales") is None  # a scale the facts only assumed
    assert table_scale(facts, "acme", 3, "Diluted earnings per share") is None


class _Library:
    """The two reads `has_statements` makes of a library."""

    def __init__(self, facts: dict[str, list[Fact]], companies: dict[str, str]) -> None:
        self._facts, self._companies = facts, companies

    def documents(self) -> list[DocumentRecord]:
        return [DocumentRecord(doc_id=d, title=d, source=f"/docs/{d}", sha256="0", pages=1, company=c)
                for d, c in self._companies.items()]

    def facts(self, doc_ids: list[str]) -> list[Fact]:
        return [f for d in doc_ids for f in self._facts.get(d, [])]


def test_only_a_company_whose_statements_the_library_holds_defers_to_them() -> None:
    sheet = Fact(concept="revenue", label="Net sales", period_end=date(2023, 12, 31), period="FY2023",
                 duration_months=12, value=5120, statement="income_statement", doc_id="acme-10k", page=3)
    segment = replace(sheet, statement="supplementary", doc_id="beta-notes")
    lib = cast(Library, _Library({"acme-10k": [sheet], "beta-notes": [segment]},
                                 {"acme-10k": "Acme Robotics", "beta-notes": "Beta Optics", "gamma": "Gamma"}))

    def asked(*companies: str) -> ParsedQuery:
        return ParsedQuery(question="q", text="q", companies=list(companies))

    assert has_statements(asked("Acme Robotics"), lib)
    assert not has_statements(asked("Beta Optics"), lib)  # a segment table in notes is no statement
    assert not has_statements(asked("Gamma"), lib)
    assert has_statements(asked(), lib)  # no company named: any statements in the library count


def test_a_row_named_by_its_label_must_carry_the_whole_label() -> None:
    question = "What were Acme Bank's total deposits at June 30, 2023? USD millions."
    ask = statement_ask(question)
    assert ask is not None and ask.kind == "label"
    part = "Total deposits in non-U.S. offices 3.01 0.16"
    whole = "Total deposits $ 2,398 $ 2,341"
    assert quote_doubt(ask, part, first_figure(part), row=True, header="June 30, 2023") is not None
    assert quote_doubt(ask, whole, first_figure(whole), row=True, header="June 30, 2023") is None
    # A sentence is left to the answerer's own checks.
    said = "Deposits grew to $2.4 trillion."
    assert quote_doubt(ask, said, first_figure(said), row=False, header="") is None
    # ...unless it names a year: then its period must be the asked one.
    year = "The quarterly cash dividend declared was $0.55 and $0.50 per share in 2022 and 2021, respectively."
    per_share = statement_ask("What dividends per share did Acme Bank declare in 2021?")
    assert per_share is not None and per_share.kind == "label"
    assert quote_doubt(per_share, year, parse_quantities(year)[1], row=False, header="") is not None
    stores = statement_ask("How many stores did Acme Bank operate at the end of fiscal 2022?")
    held = "Acme Bank ended the fourth quarter of fiscal 2022 with 1,355 stores."
    assert stores is not None and quote_doubt(stores, held, first_figure(held), row=False, header="") is None
    annual = "Dividends declared per share were $2.00 for the year ended December 31, 2021."
    assert quote_doubt(per_share, annual, first_figure(annual), row=False, header="") is None


def test_a_sentence_for_a_row_asked_by_its_label_names_the_asked_year() -> None:
    ask = statement_ask("Acme Bank commercial paper outstanding at December 31, 2020? USD millions.")
    assert ask is not None and ask.kind == "label"
    later = "As of December 31, 2021, we had access to a $7 billion revolving credit facility."
    assert quote_doubt(ask, later, first_figure(later), row=False, header="", doc_period="FY2021") is not None
    held = "At December 31, 2020, commercial paper of $556 million was outstanding."
    assert quote_doubt(ask, held, first_figure(held), row=False, header="", doc_period="FY2021") is None
    plain = "Commercial paper of $556 million was outstanding."  # no year: its filing's
    assert quote_doubt(ask, plain, first_figure(plain), row=False, header="", doc_period="FY2020") is None
    assert quote_doubt(ask, plain, first_figure(plain), row=False, header="", doc_period="FY2021") is not None
    # A year that names an instrument, not the period, asks nothing of the sentence.
    named = statement_ask("Under Acme Bank's 2023 Credit Agreement, how large is the swing line subfacility? USD millions.")
    swing = "The agreement, maturing in 2028, includes a $750,000,000 swing line subfacility."
    assert named is not None and named.kind == "label"
    assert quote_doubt(named, swing, first_figure(swing), row=False, header="") is None


def test_a_notes_table_takes_the_one_scale_of_the_filings_statements() -> None:
    sheet = Fact(concept="revenue", label="Net sales", period_end=date(2023, 12, 31), period="FY2023",
                 duration_months=12, value=5120, statement="income_statement", doc_id="acme", page=3)
    assert table_scale([sheet], "acme", 40, "Total debt") == "million"
    assert table_scale([sheet, replace(sheet, page=4, scale="thousand")], "acme", 40, "Total debt") is None


def test_a_row_for_the_part_the_question_names_answers_a_line_item_lookup() -> None:
    ask = statement_ask("What were Acme's net sales to customers in Latin America in fiscal 2023? USD millions.")
    assert ask is not None and ask.concept == "revenue"
    row = "Latin America 1,120 870"
    assert quote_doubt(ask, row, first_figure(row), row=True, header="Fiscal year 2023 2022") is None
    # its cells must count out against the header, the quoted one in the asked year's column
    assert quote_doubt(ask, row, first_figure(row), row=True, header="Fiscal year 2022 2023") is not None
    assert quote_doubt(ask, row, first_figure(row), row=True, header="Net sales by region") is not None
    # a word the question puts right after the row's name that neither the row nor its header prints
    tools = statement_ask("What were Acme's Latin America tools net sales in fiscal 2023? USD millions.")
    assert tools is not None
    assert quote_doubt(tools, row, first_figure(row), row=True, header="Fiscal year 2023 2022") is not None
    assert quote_doubt(tools, row, first_figure(row), row=True, header="Tools\nFiscal year 2023 2022") is None
    other = "Asia Pacific 2,050 1,990"  # a region the question does not name
    assert quote_doubt(ask, other, first_figure(other), row=True, header="Fiscal year 2023 2022") is not None
    total = "Total 5,120 4,870"  # a word every table has names nothing
    assert quote_doubt(statement_ask("What were Acme's total net sales in fiscal 2023?") or ask, total,
                       first_figure(total), row=True, header="Fiscal year 2023 2022") is not None


def test_a_question_may_set_the_tables_subject_inside_a_rows_label() -> None:
    ask = statement_ask("Acme Bank: additions to warranty reserves related to products sold in fiscal 2022? USD millions.")
    assert ask is not None and ask.kind == "label"
    row = "Additions related to products sold  81  64  59"
    titled = "The following table shows the changes in warranty reserves:\n(In millions)  2023  2022  2021"
    assert quote_doubt(ask, row, first_figure(row), row=True, header=titled) is None
    # Without that title above the row, the words between are not the table's: the row is not named.
    untitled = "Product support costs:\n(In millions)  2023  2022  2021"
    assert quote_doubt(ask, row, first_figure(row), row=True, header=untitled) is not None
    # Another row of the same table is still not named by the question.
    other = "Additions related to prior year claims  12  9  7"
    assert quote_doubt(ask, other, first_figure(other), row=True, header=titled) is not None
