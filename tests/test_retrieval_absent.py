"""A capitalised name one company's filings use again and again (a product, a brand, a segment)
is that company's, not a company the library lacks; a rival named once stays absent."""

from __future__ import annotations

from assistant.api import Library
from assistant.core.query import parse_question
from assistant.core.retrieval.absent import (
    absent_companies,
    known_name_check,
    owner_check,
    term_counts,
)
from tests.test_retrieval import _add, _filler

_PRODUCT = "Sales of Quillmere, our leading ointment, were {n} million dollars in the period under review."
_RIVAL = "We compete with Brackenholt Labs and other makers of ointments in every market we serve."
_CUSTOMER = "Sales to Marrowby Stores, Inc. were {n}% of our revenue; Marrowby is our largest customer."


def _library(fake_library: Library) -> Library:
    pages = [*_filler(4, "ointments and creams"), *(_PRODUCT.format(n=10 + i) for i in range(7)), _RIVAL,
             *(_CUSTOMER.format(n=10 + i) for i in range(6))]
    _add(fake_library, "hw-22", "Hollowell Pharma, Inc.", "FY2022", pages)
    _add(fake_library, "tm-22", "Tarnby Foods Corp.", "FY2022", _filler(3, "snacks"))
    return fake_library


def test_a_name_one_companys_filings_repeat_is_searched(fake_library: Library) -> None:
    lib = _library(fake_library)
    records = {d.doc_id: d for d in lib.documents()}
    parsed = parse_question("What were Quillmere sales in FY2022?", lib.documents())
    assert parsed.unknown_companies == ["Quillmere"]
    counts = term_counts(lib, records)
    # With a share this high every name is "rare": only the ownership check keeps it searchable.
    assert absent_companies(parsed, *counts, 0.9) == ["Quillmere"]
    assert absent_companies(parsed, *counts, 0.9, known_name_check(lib, records)) == []
    is_owned = owner_check(lib, records)
    assert is_owned is not None and is_owned("Quillmere")


def test_a_rival_named_once_is_still_a_company_the_library_lacks(fake_library: Library) -> None:
    lib = _library(fake_library)
    records = {d.doc_id: d for d in lib.documents()}
    parsed = parse_question("What was Brackenholt Labs' revenue in FY2022?", lib.documents())
    assert parsed.unknown_companies == ["Brackenholt Labs"]
    counts = term_counts(lib, records)
    assert absent_companies(parsed, *counts, 0.9, known_name_check(lib, records)) == ["Brackenholt Labs"]


def test_a_customer_the_filings_also_write_as_a_company_stays_absent(fake_library: Library) -> None:
    lib = _library(fake_library)
    records = {d.doc_id: d for d in lib.documents()}
    is_owned = owner_check(lib, records)
    assert is_owned is not None and not is_owned("Marrowby Stores")  # "Marrowby Stores, Inc.": a company
    parsed = parse_question("What was Marrowby Stores' revenue in FY2022?", lib.documents())
    assert parsed.unknown_companies == ["Marrowby Stores"]
    counts = term_counts(lib, records)
    assert absent_companies(parsed, *counts, 0.9, known_name_check(lib, records)) == ["Marrowby Stores"]


_SEGMENTS = ("We are organized into two reportable segments: Caskfield Snacks Europe (WSE) and Wrenlow "
             "Beverages. Caskfield Snacks Europe net revenue grew {n}% in the year.")
_SUBSIDIARIES = "Subsidiaries of the registrant: Caskfield Snacks Europe, Inc. Delaware; Wrenlow Beverages LLC"


def test_a_segment_that_is_also_a_subsidiary_is_searched(fake_library: Library) -> None:
    # Its legal name ("..., Inc.") in the list of subsidiaries does not make it a company the
    # library lacks: the filings report it as one of their segments.
    pages = [*_filler(3, "snacks"), *(_SEGMENTS.format(n=3 + i) for i in range(6)), _SUBSIDIARIES]
    _add(fake_library, "wr-22", "Wrenlow Group plc", "FY2022", pages)
    _add(fake_library, "tm-22", "Tarnby Foods Corp.", "FY2022", _filler(3, "snacks"))
    lib = fake_library
    records = {d.doc_id: d for d in lib.documents()}
    is_owned = owner_check(lib, records)
    assert is_owned is not None and is_owned("Caskfield Snacks Europe")
    parsed = parse_question("What did Caskfield Snacks Europe's net revenue grow by in FY2022?", lib.documents())
    counts = term_counts(lib, records)
    assert absent_companies(parsed, *counts, 0.9, known_name_check(lib, records)) == []
