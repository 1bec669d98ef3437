"""A metric over rows of one table that the question names in words: a part's share of its whole, and a
plain-text release's own summary table read into facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import printed_plan
from assistant.core.finance.ratio_wording import ratio_formula, share_of_whole
from assistant.core.finance.tables import facts_from_pages
from ingest.facts import text_table_pages

Y = date(2024, 12, 31)


def _row(label: str, value: float, **kw: object) -> Fact:
    fact = Fact(concept=None, label=label, period_end=Y, period="FY2024", duration_months=12, value=value,
                statement="income_statement", doc_id="brannock-10k", page=4, row=f"{label}  ({abs(value):,.1f})",
                company="Brannock Ferries")
    return replace(fact, **kw)  # type: ignore[arg-type]


def test_a_part_named_as_where_the_whole_came_from_is_read_over_printed_rows() -> None:
    found = ratio_formula("What share of Brannock's total operating costs came from bunker fuel in 2024? Percent.",
                          labels=True)
    assert found is not None and found[0] == "abs(row_bunker_fuel) / abs(row_operating_cost)" and found[1] == "percent"
    assert share_of_whole("What proportion of Brannock Ferries' 2024 revenues came from freight?")
    # the part after "was": the company's name and the period are no words of either row
    found = ratio_formula("What share of Brannock Ferries' 2024 total operating costs was crew wages?", labels=True)
    assert found is not None and found[0] == "abs(row_crew_wage) / abs(row_operating_cost)"
    # without labels the same words name no line item the statements know: no formula
    assert ratio_formula("What share of Brannock's total operating costs came from bunker fuel in 2024?") is None


def test_a_share_that_reads_one_line_for_both_sides_or_a_place_spent_on_is_no_share() -> None:
    # "ticket revenue" read as revenue over total revenues would be 100%: not planned
    assert ratio_formula("What share of Brannock's total revenues came from ticket revenue in 2024?") is None
    # "was on long-term debt": interest spent on a balance's name, no row of the whole
    assert ratio_formula("What share of Brannock's interest expense was on long-term debt in 2024?", labels=True) is None
    assert not share_of_whole("What was Brannock's fuel cost as a percentage of revenue in 2024?")


def test_a_share_of_cost_rows_printed_as_outflows_is_their_sizes() -> None:
    question = "What share of Brannock Ferries' total operating costs in 2024 was bunker fuel? Percent, one decimal."
    facts = [_row("Bunker fuel", -211.8), _row("Total operating costs", -694.8)]
    plan = printed_plan(question)
    assert plan is not None and plan.family == "share"
    answer = answer_from_facts(question, facts, plan=plan, company="Brannock Ferries")
    assert answer is not None and not answer.refused
    assert answer.key_figure is not None and answer.key_figure.value is not None
    assert round(answer.key_figure.value, 1) == 30.5
    assert "211.8" in answer.answer and "-$211.8" not in answer.answer


def test_a_part_larger_than_its_whole_is_not_stated() -> None:
    question = "What share of Brannock Ferries' total operating costs in 2024 was bunker fuel? Percent, one decimal."
    facts = [_row("Bunker fuel", -911.8), _row("Total operating costs", -694.8)]
    answer = answer_from_facts(question, facts, plan=printed_plan(question), company="Brannock Ferries")
    assert answer is not None and answer.refused and "share of its whole" in answer.answer


_RELEASE = """BRANNOCK FERRIES REPORTS THIRD QUARTER 2025 RESULTS

HALIFAX, Nov. 4, 2025 -- Brannock Ferries Ltd. today reported its results for the third quarter ended
Sept. 30, 2025, with revenue up on a busier summer season and lower fuel prices than a year earlier.

BRANNOCK FERRIES LTD.
SUMMARY OF RESULTS (unaudited)
(in millions, except per share amounts)

                                   Three Months Ended Sept. 30
                                    2025        2024     Change
Ticket revenue                     210.4       198.2       6.2%
Freight revenue                     40.1        37.5       6.9%
Total operating revenues           250.5       235.7       6.3%
Bunker fuel                         61.0        66.3     (8.0)%
Total operating expenses           212.9       207.0       2.9%
Operating income                    37.6        28.7      31.0%
Net income                          24.8        17.9      38.5%

Media contact: press@brannock.example
"""


def test_a_text_release_table_is_read_into_facts_dated_by_its_own_heading(tmp_path: Path) -> None:
    path = tmp_path / "brannock-q3-2025-release.txt"
    path.write_text(_RELEASE, encoding="utf-8")
    from ingest.loaders import load_file

    doc = load_file(path, pdf_mode="layout", max_file_mb=10)
    pages, notes = text_table_pages(path, [(p.page, p.text) for p in doc.pages])
    assert notes == {1}
    facts = facts_from_pages(pages, doc_id="brannock", notes=notes)
    fuel = [f for f in facts if f.label == "Bunker fuel"]
    # the dateline's "Nov. 4, 2025" dates no column: the heading's September 30 does
    assert {(f.period_end, f.value) for f in fuel} == {(date(2025, 9, 30), 61.0), (date(2024, 9, 30), 66.3)}
    # the release prints no statement: its summary table's line items are the company's
    revenue = [f for f in facts if f.concept == "revenue"]
    assert {f.value for f in revenue} == {250.5, 235.7}
    assert all(f.concept is None for f in facts if f.label in ("Ticket revenue", "Bunker fuel"))
