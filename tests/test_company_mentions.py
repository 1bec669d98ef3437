"""Company names as questions write them: library names, abbreviations, and names the library lacks."""

from __future__ import annotations

import pytest

from assistant.api import Library
from assistant.core.finance.company_mentions import (
    abbreviates,
    name_candidates,
    person_names,
    unknown_companies,
)
from assistant.core.query import parse_question
from assistant.core.types import DocumentRecord


def _rec(doc_id: str, company: str, ticker: str | None = None, period: str = "FY2022") -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=10,
        company=company, ticker=ticker, period=period, doc_type="10-K",
    )


LIBRARY = [
    _rec("q7", "7Q Industries Inc.", "SVQ"),
    _rec("hb", "Harlow & Bixby Corporation", "HBX"),
    _rec("ne", "Northwind Expedition Company"),
    _rec("zm", "Zephyr Mills, Inc."),
    _rec("gw", "GRAYWATER HOLDINGS CORP"),
]
NAMES = [r.company or "" for r in LIBRARY]


@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("Does 7Q have a healthy quick ratio for FY2022?", "7Q Industries Inc."),  # a digit and a letter
        ("What was 7Q Industries' revenue?", "7Q Industries Inc."),  # possessive on an s
        ("What did Harlow & Bixby report as capex?", "Harlow & Bixby Corporation"),  # ampersand
        ("What did Harlow and Bixby Corp. spend?", "Harlow & Bixby Corporation"),  # "and", "Corp."
        ("Is Zephyr Mills's margin improving?", "Zephyr Mills, Inc."),
        ("What drove HBX revenue?", "Harlow & Bixby Corporation"),  # ticker
        ("Does NorEx have an improving margin?", "Northwind Expedition Company"),  # word starts
        ("What did Graywater say about debt?", "GRAYWATER HOLDINGS CORP"),  # capitals in the library
    ],
)
def test_library_companies_recognised_however_written(question: str, company: str) -> None:
    assert parse_question(question, LIBRARY).companies == [company]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Does Quillfeather have positive working capital based on FY2022 data?", "Quillfeather"),
        ("What is Brambleton Foods' FY2021 COGS % margin?", "Brambleton Foods"),
        ("What is the quantity of restructuring costs in Orvex Corporation's income statement?", "Orvex Corporation"),
        ("Did KQZ report customer concentration in FY22?", "KQZ"),
        ("Does 9T maintain a stable dividend?", "9T"),
        ("What were total inventories for Marlowe in FY2019?", "Marlowe"),
    ],
)
def test_a_company_the_library_lacks_is_named_not_replaced(question: str, name: str) -> None:
    parsed = parse_question(question, LIBRARY)
    assert parsed.companies == []
    assert parsed.unknown_companies == [name]


@pytest.mark.parametrize(
    "question",
    [
        "What is the FY2022 Adjusted EBITDA margin? Answer in USD millions.",
        "Was there any drop in Cash & Cash equivalents between FY 2023 and Q2 of FY2024?",
        "What drove the reduction in SG&A expense as a percent of net sales in FY2023?",
        "Looking at VaR, did the risk decrease compared to Q2 2022?",
        "How did the AGM vote go, and what was the FX impact on AR?",
        "What is the total debt on the Balance Sheet?",
    ],
)
def test_finance_words_and_periods_are_not_company_names(question: str) -> None:
    assert unknown_companies(question, NAMES) == []


@pytest.mark.parametrize(
    ("question", "people", "unknown"),
    [
        ("What did Mr. Quillby say about the outlook?", {"quillby"}, []),
        ("How much was CEO Jane Roe paid in 2022?", {"jane", "roe"}, []),
        ("What stock award did Jane Roe, the chief financial officer, receive?", {"jane", "roe"}, []),
        ("When did Dr. Anna Whitcombe-Lee join the board?", {"anna", "whitcombe", "lee"}, []),
        ("How many shares did senior manager Tilda Marsh buy?", {"tilda", "marsh"}, []),
        ("What did Ms. Roe's letter say?", {"roe"}, []),
        # The company beside the officer is still a company the library lacks.
        ("What did Quillfeather CEO John Smith say?", {"john", "smith"}, ["Quillfeather"]),
    ],
)
def test_a_person_named_by_honorific_or_title_is_not_an_unknown_company(
    question: str, people: set[str], unknown: list[str]
) -> None:
    assert person_names(question) == people
    parsed = parse_question(question, LIBRARY)
    assert parsed.unknown_companies == unknown


def test_a_name_without_honorific_or_title_is_still_an_unknown_company() -> None:
    # The rule is the title, not the look of the name: "Jane Roe" alone could be a company.
    assert person_names("What did Jane Roe report?") == set()
    assert unknown_companies("Does Jane Roe have debt?", NAMES) == ["Jane Roe"]


def test_a_library_company_named_beside_an_unknown_one_wins() -> None:
    parsed = parse_question("How does Zephyr Mills compare with Quillfeather on margins?", LIBRARY)
    assert parsed.companies == ["Zephyr Mills, Inc."]
    assert parsed.unknown_companies == []


def test_abbreviations_use_the_starts_of_words_in_order() -> None:
    assert abbreviates("NorEx", "Northwind Expedition Company")
    assert abbreviates("jpm", "JPMorganish Chase & Co.")  # a prefix of a long first word
    assert not abbreviates("exno", "Northwind Expedition Company")  # out of order
    assert not abbreviates("zz", "Zephyr Mills")  # too short
    assert not abbreviates("zephyrmills", "Zephyr Mills")  # the whole name is a match, not an abbreviation


def test_candidates_keep_the_name_without_the_question_word() -> None:
    assert name_candidates("Are Quillfeather's gross margins consistent?") == ["Quillfeather"]


def test_one_company_under_two_spellings_is_found_under_both() -> None:
    library = [*LIBRARY, _rec("zm-er", "Zephyr Mills Group", period="Q4 2022")]
    for _ in range(3):  # whatever order the library lists them in
        parsed = parse_question("What did Zephyr Mills report for FY2022?", library[::-1])
        assert set(parsed.companies) == {"Zephyr Mills, Inc.", "Zephyr Mills Group"}
        assert parsed.doc_periods  # and the period affinity covers both spellings' filings


def test_what_a_company_expects_comes_from_its_newest_filing_of_any_kind() -> None:
    from assistant.core.retrieval.priors import doc_priors

    library = [_rec("k21", "Zephyr Mills, Inc.", period="FY2021"),
               DocumentRecord(doc_id="q23", title="q23", source="/lib/q23.pdf", sha256="0" * 64, pages=9,
                              company="Zephyr Mills, Inc.", period="Q2 2023", doc_type="10-Q")]
    parsed = parse_question("How much does Zephyr Mills expect to pay for the separation?", library)
    assert "guidance" in parsed.topics
    assert doc_priors(parsed, library, 0.5, 0.15) == {}  # each the newest of its kind
    assert doc_priors(parsed, library, 0.5, 0.15, forward=True) == {"k21": pytest.approx(0.85)}


@pytest.mark.parametrize(
    "question",
    [
        "What is Zephyr Mills' FY2020 net AR? Address the question by adopting the perspective of a financial "
        "analyst who can only use the details shown within the balance sheet.",
        "What is Zephyr Mills' FY2021 COGS % margin? Calculate what was asked by utilizing the line items "
        "clearly shown in the income statement.",
        "What is Zephyr Mills' FY2020 net AR? Taking the role of a credit analyst who reads only the notes, be brief.",
    ],
)
def test_persona_and_meta_instructions_are_not_what_is_asked(question: str) -> None:
    parsed = parse_question(question, LIBRARY)
    assert parsed.text.endswith("?") and "analyst" not in parsed.text and "asked" not in parsed.text
    assert parsed.companies == ["Zephyr Mills, Inc."]


def test_a_name_the_filings_write_as_a_persons_is_searched_not_refused(fake_library: Library) -> None:
    from assistant.core.retrieval import HybridRetriever, RankingConfig
    from assistant.core.retrieval.absent import absent_companies, person_check, term_counts
    from tests.test_retrieval import _add, _filler

    letter = ("Ms. Quenby will receive an annual base salary of $1,150,000 and a target bonus of 150% of "
              "base salary under the employment agreement with Harlow Boots.")
    _add(fake_library, "hb-8k", "Harlow Boots, Inc.", "FY2022", [*_filler(3, "stores and footwear"), letter], "8-K")
    question = "What annual base salary will Tamsin Quenby receive?"
    parsed = parse_question(question, fake_library.documents())
    assert parsed.unknown_companies == ["Tamsin Quenby"]  # nothing in the question says "person"
    records = {d.doc_id: d for d in fake_library.documents()}
    counts = term_counts(fake_library, records)
    assert absent_companies(parsed, *counts, 0.002) == ["Tamsin Quenby"]  # without reading the library
    assert absent_companies(parsed, *counts, 0.002, person_check(fake_library)) == []
    hits = HybridRetriever(fake_library, RankingConfig()).search(question, k=3).hits
    assert [h.page for h in hits if h.doc_id == "hb-8k"][:1] == [4]
    # A rare name the library never writes as a person's is still a company it lacks.
    assert HybridRetriever(fake_library).search("What did Brindlecote report as revenue?", k=3).absent == ["Brindlecote"]


@pytest.mark.parametrize(
    "question",
    [
        # A surname after a given name or an initial is a person's, not the short form of a company.
        "How many votes were cast against Ellen R. Northwind at Zephyr Mills' annual meeting?",
        "While Ellen Northwind advises Zephyr Mills, what share of her salary does she keep?",
        # An adjective in a capitalised place name: "South Northwind" is a region, not the company.
        "By how much did Zephyr Mills' South Northwind volumes fall in FY2022?",
    ],
)
def test_a_word_inside_another_capitalised_name_is_not_a_company_short_form(question: str) -> None:
    assert parse_question(question, LIBRARY).companies == ["Zephyr Mills, Inc."]


@pytest.mark.parametrize(
    "question",
    [
        "Did Northwind report growth in FY2022?",  # a question word's capital opens the question
        "What was Northwind's FY2022 revenue?",
        "In FY2022 Northwind grew how fast?",  # a period before it is no name
    ],
)
def test_a_short_form_alone_still_names_the_company(question: str) -> None:
    assert parse_question(question, LIBRARY).companies == ["Northwind Expedition Company"]


@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("Zephyr debt-to-equity at December 31, 2022: (short-term debt + long-term debt) / total equity.", "Zephyr Mills, Inc."),
        ("Northwind 2022 effective tax rate, defined as income tax expense / pretax income?", "Northwind Expedition Company"),
        ("NorEx treasury stock at cost at December 31, 2022? $m.", "Northwind Expedition Company"),  # word starts
    ],
)
def test_a_question_opening_with_the_companys_short_name_names_it(question: str, company: str) -> None:
    assert parse_question(question, LIBRARY).companies == [company]


@pytest.mark.parametrize(
    "question",
    [
        "Compute the quick ratio at December 31, 2022.",  # a verb opens it
        "Gross margin for fiscal 2022?",  # a line item's word opens it
        "Harbour revenue in 2022?",  # a name that starts no library company's
    ],
)
def test_an_opening_word_that_starts_no_library_name_names_none(question: str) -> None:
    parsed = parse_question(question, LIBRARY)
    assert parsed.companies == []
    assert not any(w in " ".join(parsed.unknown_companies) for w in ("Compute", "Gross")), parsed.unknown_companies


def test_accounting_standards_are_no_company_names() -> None:
    # "ASC 606" and "ASU 2016-13" name standards the filings follow, not a company the library lacks
    assert unknown_companies("By how much did net ASC 606 adjustments cut the order book in 2030?", NAMES) == []
    for question in ("How much did adopting ASU 2016-13 reduce retained earnings?",
                     "What did the IAS 36 impairment test find?", "What CECL allowance was booked in 2030?"):
        assert unknown_companies(question, NAMES) == []
