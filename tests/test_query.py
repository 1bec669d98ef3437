"""Query understanding on a synthetic library (no model, no store)."""

from __future__ import annotations

import pytest

from assistant.core.finance.periods import period_affinity
from assistant.core.query import parse_question
from assistant.core.types import DocumentRecord


def _rec(doc_id: str, company: str, ticker: str | None, period: str, doc_type: str) -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=10,
        company=company, ticker=ticker, period=period, doc_type=doc_type,
    )


LIBRARY = [
    _rec("bby-19", "Best Buy Co., Inc.", "BBY", "FY2019", "10-K"),
    _rec("bby-23", "Best Buy Co., Inc.", "BBY", "FY2023", "10-K"),
    _rec("bby-q2", "Best Buy Co., Inc.", "BBY", "Q2 2024", "10-Q"),
    _rec("jnj-22", "Johnson & Johnson", "JNJ", "FY2022", "10-K"),
    _rec("pep-21", "PepsiCo, Inc.", "PEP", "FY2021", "10-K"),
    _rec("pep-22", "PepsiCo, Inc.", "PEP", "FY2022", "10-K"),
    _rec("vz-22", "Verizon Communications Inc.", "VZ", "FY2022", "10-K"),
    _rec("acme", "Acme Optics Group ASA", None, "Q1 2026", "article"),
]


def test_instructions_are_stripped_and_statement_hint_kept() -> None:
    q = (
        "What is the year end FY2019 total amount of inventories for Best Buy? Answer in USD millions. "
        "Base your judgments on the information provided primarily in the balance sheet."
    )
    p = parse_question(q, LIBRARY)
    low = p.text.lower()
    assert "inventories" in low and "best buy" in low
    for word in ("answer", "usd", "millions", "judgments", "primarily"):
        assert word not in low
    assert p.explicit_statements == ["balance_sheet"]
    assert p.statements == ["balance_sheet"]
    assert not p.multi_statement


def test_rounding_units_and_perspective_instructions_removed() -> None:
    q = (
        "In agreement with the information outlined in the income statement, what is the FY2021 net profit "
        "margin (as a %) for PepsiCo? Answer in units of percents and round to two decimal places. Respond "
        "by assuming the perspective of an investment analyst."
    )
    p = parse_question(q, LIBRARY)
    low = p.text.lower()
    assert "net profit margin" in low
    for word in ("round", "decimal", "percents", "analyst", "agreement", "(as a %)"):
        assert word not in low
    assert "income_statement" in p.statements
    assert p.numeric


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Verizon's debt-to-equity at December 31, 2022. Two decimals.", "debt-to-equity"),
        ("By how much did PepsiCo's R&D grow in 2022? Percent, 1 dp.", "r&d grow"),
        ("Best Buy operating income over interest expense in FY2023, to two decimals?", "interest expense"),
        ("PepsiCo net revenue change in 2022? Signed, one decimal.", "net revenue change"),
    ],
)
def test_a_sentence_of_format_words_is_no_part_of_the_ask(question: str, kept: str) -> None:
    low = parse_question(question, LIBRARY).text.lower()
    assert kept in low
    for word in ("two", "decimal", "dp", "signed", "one"):
        assert word not in low.split()


def test_a_content_word_like_report_is_not_an_instruction() -> None:
    q = "What was the vote on the proposal for a report by PepsiCo on net-zero emissions policies?"
    p = parse_question(q, LIBRARY)
    assert "net-zero emissions policies" in p.text


@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("What was PepsiCo's FY2022 revenue?", "PepsiCo, Inc."),
        ("How many stores did Best Buy close?", "Best Buy Co., Inc."),
        ("Are JnJ's FY2022 financials those of a growth company?", "Johnson & Johnson"),
        ("What did J&J say about talc?", "Johnson & Johnson"),
        ("Johnson and Johnson pharmaceutical sales?", "Johnson & Johnson"),
        ("Did JNJ raise its dividend?", "Johnson & Johnson"),
        ("Does Verizon have a healthy quick ratio?", "Verizon Communications Inc."),
        ("What did BBY report for Q2?", "Best Buy Co., Inc."),
        ("What margin does Acme Optics target?", "Acme Optics Group ASA"),
    ],
)
def test_companies_recognised_against_library(question: str, company: str) -> None:
    assert parse_question(question, LIBRARY).companies == [company]


@pytest.mark.parametrize(
    "question",
    ["What are best practices for inventory?", "How big is the pep in the team?", "What is the total debt?"],
)
def test_no_company_from_common_words(question: str) -> None:
    assert parse_question(question, LIBRARY).companies == []


def test_two_companies_both_recognised() -> None:
    p = parse_question("Compare PepsiCo and Verizon capital expenditures in FY2022", LIBRARY)
    assert set(p.companies) == {"PepsiCo, Inc.", "Verizon Communications Inc."}


@pytest.mark.parametrize(
    ("question", "periods"),
    [
        ("What was revenue in FY22?", ["FY2022"]),
        ("Revenue in fiscal 2022?", ["FY2022"]),
        ("Revenue in fiscal year 2021?", ["FY2021"]),
        ("Revenue in the first quarter of 2026?", ["Q1 2026"]),
        ("Stores in Q2 of FY2024?", ["Q2 2024"]),
        ("As of FY2023Q1, why was guidance raised?", ["Q1 2023"]),
        ("What were sales in 2019?", ["2019"]),
        ("Net margin FY2015 - FY2017 average", ["FY2015", "FY2017"]),
        ("What did the company announce on May 26, 2023?", ["Q2 2023"]),
    ],
)
def test_periods_in_question_forms(question: str, periods: list[str]) -> None:
    assert parse_question(question, LIBRARY).periods == periods


def test_periods_mapped_to_library_documents_as_boosts() -> None:
    p = parse_question("What is the FY2021 capital expenditure for PepsiCo?", LIBRARY)
    # The FY2022 10-K holds FY2021 as a comparative: a weaker match, not excluded.
    assert p.doc_periods == {"FY2021": 1.0, "FY2022": 0.5}
    q = parse_question("Was there any change in Best Buy stores between Q2 of FY2024 and FY2023?", LIBRARY)
    assert q.doc_periods["Q2 2024"] == 1.0 and 0 < q.doc_periods["FY2023"] < 1.0
    assert "FY2019" not in q.doc_periods


def test_period_affinity_rules() -> None:
    assert period_affinity("FY2022", "FY2022") == 1.0
    assert period_affinity("FY2021", "FY2022") == 0.5
    assert period_affinity("FY2023", "FY2022") == 0.0  # an older filing cannot know a later year
    assert period_affinity("Q1 2026", "Q1 2026") == 1.0
    assert period_affinity("Q1 2025", "Q1 2026") > 0  # same quarter a year later: comparative
    assert period_affinity("FY2022", "Q4 2022") > period_affinity("FY2022", "Q2 2022")
    # A fourth-quarter release reports the full year as well: as much of the year's period as the 10-K.
    assert period_affinity("FY2022", "Q4 2022", "earnings") == period_affinity("FY2022", "FY2022")
    assert period_affinity("FY2022", "Q4 2022") < 1.0  # a period alone: the 10-K still fits best


def test_a_full_year_question_searches_the_fourth_quarter_release_with_the_annual_report() -> None:
    from assistant.core.retrieval.priors import focus_docs

    library = [
        _rec("acme-10k", "Acme Corp", None, "FY2022", "10-K"),
        _rec("acme-q4", "Acme Corp", None, "Q4 2022", "earnings"),
        _rec("acme-q2", "Acme Corp", None, "Q2 2022", "earnings"),
        _rec("acme-10k-21", "Acme Corp", None, "FY2021", "10-K"),
    ]
    q = parse_question("What were Acme's reported sales for the full year 2022?", library)
    assert q.doc_periods["Q4 2022"] == q.doc_periods["FY2022"] == 1.0
    assert set(focus_docs(q, library, ["acme"])) == {"acme-10k", "acme-q4"}


def test_line_items_imply_statements_and_ratios_need_two() -> None:
    p = parse_question(
        "Calculate inventory turnover ratio for FY2022 for JnJ; if conventional inventory management is not "
        "meaningful for the company then state that and explain why.",
        LIBRARY,
    )
    assert set(p.statements) == {"balance_sheet", "income_statement"}
    assert p.multi_statement and set(p.needs_statements) == {"balance_sheet", "income_statement"}
    assert "explain" not in p.text.lower() and "meaningful" not in p.text.lower()

    q = parse_question(
        "What is the FY2022 EBITDA less capex for PepsiCo? Use only the statement of cash flows and the income "
        "statement.",
        LIBRARY,
    )
    assert q.multi_statement and set(q.statements) == {"cash_flow", "income_statement"}
    assert any("capex" in item.lower() for item in q.line_items)

    single = parse_question("What was Best Buy's FY2019 total inventory?", LIBRARY)
    assert single.statements == ["balance_sheet"] and not single.multi_statement
    assert single.needs_statements == []


def test_doc_type_hints_and_plain_questions() -> None:
    p = parse_question("What does Verizon's 10-K say about unions?", LIBRARY)
    assert p.doc_types == ["10-K"]
    plain = parse_question("Who is the chief executive?", [])
    assert plain.companies == [] and plain.periods == [] and plain.text == "Who is the chief executive?"


def test_doc_priors_for_periods_recency_and_doc_types() -> None:
    from assistant.core.retrieval.priors import doc_priors, focus_docs

    p = parse_question("What was PepsiCo's FY2021 capital spending?", LIBRARY)
    priors = doc_priors(p, LIBRARY, period_weight=0.5, recency_weight=0.15)
    assert priors["pep-21"] == 1.0 and priors["pep-22"] == 0.75 and priors["vz-22"] == 0.5
    assert focus_docs(p, LIBRARY, ["pepsico"]) == ["pep-21"]
    now = parse_question("How many stores does Best Buy have?", LIBRARY)
    recent = doc_priors(now, LIBRARY, period_weight=0.5, recency_weight=0.15)
    assert "bby-23" not in recent and "bby-q2" not in recent and recent["bby-19"] == 0.85
    typed = parse_question("What does Verizon's 10-K say about unions?", LIBRARY)
    assert doc_priors(typed, LIBRARY, 0.5, 0.0)["acme"] == 0.7


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("What did the board decide about the dividend?", "text"),
        ("What did Acme announce regarding its share buyback?", "text"),
        ("What dividend did the board declare for the quarter?", "amount"),
        ("How much did the board decide to pay as a dividend?", "amount"),
        ("What did Acme pay in dividends in 2023?", "amount"),
        ("What did Acme's tools segment earn from operations in 2023?", "amount"),
        ("What did Acme spend on research in 2023?", "amount"),
        ("Up to what total can Acme's credit line be raised with the banks' consent?", "amount"),
        ("Up to what amount will Acme reimburse the director's relocation?", "amount"),
        ("In total, what did Acme contribute to its two pension plans in 2023?", "amount"),
        ("What yearly allowance does the chief executive get for a car?", "amount"),
    ],
)
def test_the_verb_decides_whether_an_amount_is_asked(question: str, want: str) -> None:
    assert parse_question(question, []).want == want


def test_how_many_dollars_asks_for_money_not_a_count() -> None:
    assert parse_question("By how many dollars did Acme's revenues grow in 2023?", []).want == "change"
    assert parse_question("How many dollars did Acme pay for Beta?", []).want == "amount"
    assert parse_question("How many stores did Acme open in 2023?", []).want == "count"


@pytest.mark.parametrize(
    ("question", "years", "kept"),
    [
        ("What were Acme Optics' 2024 freight costs, per the logistics note of its 2025 annual report?",
         {2024}, "freight costs"),
        ("Acme Optics' order backlog at the end of 2023, as shown in the Q2 2025 10-Q?", {2023}, "order backlog"),
        ("What lease expense did Acme Optics record for fiscal 2022 in its fiscal 2024 10-K?", {2022}, "lease expense"),
        ("What did Acme Optics' Lens Works unit earn in 2021, according to Acme Optics' 2023 results release?",
         {2021}, "lens works"),
    ],
)
def test_the_year_of_the_filing_named_as_source_is_no_period_asked(question: str, years: set[int], kept: str) -> None:
    p = parse_question(question, LIBRARY)
    assert p.years == frozenset(years)
    assert kept in p.asked.lower()


def test_a_year_that_is_the_period_asked_stays() -> None:
    p = parse_question("What were Acme Optics' revenues in the 2023 fiscal year, and in 2024?", LIBRARY)
    assert p.years == frozenset({2023, 2024})


@pytest.mark.parametrize(
    "question",
    [
        "Acme Optics' deferred state tax for fiscal 2022, per the fiscal 2023 10-K tax note? USD millions.",
        "Acme Optics treasury shares at cost at December 31, 2023 (from the Q1 2024 10-Q balance sheet)? $m.",
    ],
)
def test_a_filing_that_qualifies_a_note_or_statement_keeps_its_year(question: str) -> None:
    # "the 2023 10-K tax note": the filing is an adjective to the part read; its passages are dated by it
    p = parse_question(question, LIBRARY)
    assert len(p.years) == 2
