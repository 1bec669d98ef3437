"""Verification of answers against their sources (assistant.core.verify)."""

from __future__ import annotations

import json

import pytest

from assistant.core import numbers
from assistant.core.types import Citation
from assistant.core.verify import (
    check_arithmetic,
    cited_numbers,
    normalise_for_match,
    quote_in_text,
    quote_span,
    verify_answer,
)
from tests.conftest import ARTICLES, FINANCEBENCH, needs_shared

ARTICLE = (
    "The catalyst for Smartoptics' reevaluation in the market was its Q1 2026 financial results. "
    "The company's revenue reached $22.91 million, a 59.6% increase year-over-year. EBITDA was "
    "$2.676 million, a 121.6% increase year-over-year. Operating profit also grew significantly to "
    "$1.81 million from $591,000 in the same period last year.\n\n"
    "Notably, the gross profit margin rose to 48.2% from 47.3% in the same period last year.\n\n"
    "By region, the Americas saw a significant increase of 77.8% year-over-year to $13.9 million. "
    "EMEA also grew by 46.5% to $7.8 million, while APAC remained relatively flat at $1.2 million."
)
TABLE = (
    "Consolidated Statements of Earnings\n($ in millions, except per share amounts)\n"
    "Fiscal Years Ended January 28, 2017 January 30, 2016\n"
    "Revenue $ 39,403 $ 39,528\n"
    "Operating income 4,625 4,100\n"
    "Net earnings $ 1,228 $ 897\n"
    "Diluted earnings per share $ 3.81 $ 2.56\n"
)


def cite(n: int, quote: str) -> Citation:
    return Citation(n=n, doc_id=f"doc{n}", title="t", source="s.pdf", page=1, quote=quote)


# --- citation markers ---------------------------------------------------------------------


def test_cited_numbers_reads_every_marker_form() -> None:
    assert cited_numbers("a [1] b [1, 3] c [2][4] d [5-6] e [3]") == [1, 3, 2, 4, 5, 6]
    assert cited_numbers("no markers, [a] or [1.5]") == []


def test_good_answer_is_clean() -> None:
    answer = "Revenue reached $22.91 million in Q1 2026 [1], a 59.6% increase year-over-year [1]."
    checks = verify_answer(answer, [cite(1, "revenue reached $22.91 million, a 59.6% increase")], {1: ARTICLE})
    assert checks.citations_valid
    assert checks.invalid_citations == []
    assert checks.ungrounded_numbers == []


def test_invented_source_number() -> None:
    answer = "Revenue reached $22.91 million [1][7]."
    checks = verify_answer(answer, [cite(1, "revenue reached $22.91 million")], {1: ARTICLE})
    assert not checks.citations_valid
    assert checks.invalid_citations == ["[7] refers to no source"]


def test_citation_without_source_text() -> None:
    checks = verify_answer("Revenue was $22.91 million [2].", [cite(2, "revenue")], {1: ARTICLE})
    assert not checks.citations_valid
    assert checks.invalid_citations == ["[2] refers to no source"]  # reported once
    assert checks.ungrounded_numbers == ["$22.91 million"]  # nothing cited to ground it


def test_quote_not_in_source() -> None:
    checks = verify_answer(
        "Revenue was $22.91 million [1].", [cite(1, "revenue reached $23.91 million")], {1: ARTICLE}
    )
    assert not checks.citations_valid
    assert checks.invalid_citations[0].startswith("[1] quote not found")


def test_empty_quote_is_invalid() -> None:
    checks = verify_answer("Revenue was $22.91 million [1].", [cite(1, "  ...  ")], {1: ARTICLE})
    assert not checks.citations_valid


# --- quote matching -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "revenue reached $22.91 million",
        "REVENUE   REACHED\n$22.91 million",
        "“revenue reached $22.91 million.”",
        "revenue reached $22.91 million ... a 121.6% increase",
        "revenue reached … EBITDA was $2.676 million",
        "a 59.6% increase year-over-year",
    ],
)
def test_quote_found_despite_formatting(quote: str) -> None:
    assert quote_in_text(quote, ARTICLE)


@pytest.mark.parametrize(
    "quote",
    [
        "revenue reached $22.19 million",  # one digit swapped
        "EBITDA was $2.676 million ... revenue reached",  # pieces out of order
        "revenue fell",
        "",
    ],
)
def test_quote_not_found(quote: str) -> None:
    assert not quote_in_text(quote, ARTICLE)


def test_quote_across_pdf_hyphenation_curly_quotes_and_glued_words() -> None:
    page = "The company’s year-over-\nyear growth was driven by “AI” demand.\nCostofgoodssold 29,963"
    assert quote_in_text("company's year-over-year growth", page)
    assert quote_in_text('driven by "AI" demand', page)
    assert quote_in_text("Cost of goods sold 29,963", page)
    assert normalise_for_match("  A\u00a0B\n\nC’s  ") == "a b c's"


def test_quote_span_points_at_the_original_text() -> None:
    span = quote_span("REVENUE reached $22.91   million", ARTICLE)
    assert span is not None
    assert ARTICLE[span[0] : span[1]] == "revenue reached $22.91 million"
    assert quote_span("not there", ARTICLE) is None


# --- grounding numbers --------------------------------------------------------------------


def test_ungrounded_number_is_reported_as_written() -> None:
    answer = "Revenue was $24.5 million [1] and EBITDA $2.676 million [1]."
    checks = verify_answer(answer, [cite(1, "revenue reached")], {1: ARTICLE})
    assert checks.citations_valid
    assert checks.ungrounded_numbers == ["$24.5 million"]


@pytest.mark.parametrize(
    "answer",
    [
        "Revenue was about $23 million [1].",  # a rounding of 22.91
        "Revenue was $22.9 million [1].",
        "Revenue was $22,910,000 [1].",
        "Revenue was $0.02291 billion [1].",
        "Operating profit in the prior year was $0.591 million [1].",
        "Operating profit in the prior year was $591 thousand [1].",
        "The margin range is 13 to 16% [1].",
    ],
)
def test_grounded_in_other_notations(answer: str) -> None:
    source = ARTICLE + " The target is an operating profit margin of 13 to 16%."
    checks = verify_answer(answer, [cite(1, "revenue reached")], {1: source})
    assert checks.ungrounded_numbers == []


@pytest.mark.parametrize(
    ("answer", "bad"),
    [
        ("Revenue was $22.7 million [1].", "$22.7 million"),  # within 1%, but not a rounding
        ("Revenue was $22.91 billion [1].", "$22.91 billion"),  # wrong scale
        ("Revenue was €22.91 million [1].", "€22.91 million"),  # wrong currency
        ("The margin range is 13 to 17% [1].", "13 to 17%"),
    ],
)
def test_near_misses_are_ungrounded(answer: str, bad: str) -> None:
    source = ARTICLE + " The target is an operating profit margin of 13 to 16%."
    assert verify_answer(answer, [cite(1, "revenue reached")], {1: source}).ungrounded_numbers == [bad]


def test_explicit_units_in_the_answer_are_not_rescaled() -> None:
    source = "Operating profit was $591 million, and 4,625 staff."
    checks = verify_answer("Profit was $591,000 [1].", [cite(1, "Operating profit")], {1: source})
    assert checks.ungrounded_numbers == ["$591,000"]
    checks = verify_answer("Profit was 591 [1].", [cite(1, "Operating profit")], {1: source})
    assert checks.ungrounded_numbers == []  # a bare number may be "in millions"


def test_sign_is_ignored_for_grounding() -> None:
    source = "Interest expense (72) (80)\nOther income 31"
    checks = verify_answer("Interest expense was $72 million [1].", [cite(1, "Interest expense")], {1: source})
    assert checks.ungrounded_numbers == []


def test_years_markers_lists_and_durations_are_not_checked() -> None:
    answer = (
        "1. In FY2026 (Q1 2026), on January 28, 2017, revenue was $22.91 million [1].\n"
        "2. Over a 3 year period and the 2nd quarter, see Note 7 and page 54 [1, 1]."
    )
    checks = verify_answer(answer, [cite(1, "revenue reached")], {1: ARTICLE})
    assert checks.ungrounded_numbers == []
    assert checks.citations_valid


def test_scale_agnostic_grounding_against_a_table_in_millions() -> None:
    checks = verify_answer("Operating income was $4.6 billion [1].", [cite(1, "Operating income")], {1: TABLE})
    assert checks.ungrounded_numbers == []
    assert verify_answer("Revenue was $39.4B [1].", [cite(1, "Revenue")], {1: TABLE}).ungrounded_numbers == []
    # per-share figures are the stated exception to "in millions"
    assert verify_answer("EPS was $3.81 [1].", [cite(1, "Revenue")], {1: TABLE}).ungrounded_numbers == []
    for wrong in ("$4.7 billion", "$4.6 million"):
        checks = verify_answer(f"Operating income was {wrong} [1].", [cite(1, "Operating income")], {1: TABLE})
        assert checks.ungrounded_numbers == [wrong]


def test_table_without_a_scale_statement_allows_any_scale() -> None:
    table = TABLE.replace("($ in millions, except per share amounts)\n", "")
    for answer in ("$4.6 billion", "$4.625 million", "$4,625"):
        checks = verify_answer(f"Operating income was {answer} [1].", [cite(1, "Operating")], {1: table})
        assert checks.ungrounded_numbers == [], answer
    checks = verify_answer("Operating income was $1 [1].", [cite(1, "Operating")], {1: table})
    assert checks.ungrounded_numbers == ["$1"]  # rounding across scales is capped


def test_only_cited_sources_ground_numbers() -> None:
    sources = {1: ARTICLE, 2: TABLE}
    checks = verify_answer("Operating income was $4.6 billion [1].", [cite(1, "revenue reached")], sources)
    assert checks.ungrounded_numbers == ["$4.6 billion"]
    checks = verify_answer("Operating income was $4.6 billion [2].", [cite(1, "revenue reached")], sources)
    assert checks.ungrounded_numbers == []


# --- computations -------------------------------------------------------------------------


def test_correct_growth_is_a_verified_computation() -> None:
    answer = "Revenue grew from $14.35 million to $22.91 million, a 59.6% increase [1]."
    checks = verify_answer(answer, [cite(1, "revenue reached $22.91 million")], {1: ARTICLE.replace("59.6", "X")})
    assert "59.6% = (22.91 - 14.35) / 14.35 verified" in checks.computations
    assert "59.6%" not in checks.ungrounded_numbers


def test_wrong_growth_is_a_mismatch() -> None:
    answer = "Revenue grew from $14.35 million to $22.91 million, a 62% increase [1]."
    checks = verify_answer(answer, [cite(1, "revenue reached $22.91 million")], {1: ARTICLE})
    assert any(c.startswith("MISMATCH") and "62%" in c for c in checks.computations)
    assert "62%" in checks.ungrounded_numbers


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Revenue grew 59.6% to $22.91 million from $14.35 million.", True),
        ("Revenue rose to $22.91 million, up 59.6% from $14.35 million.", True),
        ("Revenue was $22.91 million, compared with $14.35 million, a 59.6% increase.", True),
        ("Revenue fell 59.6% to $22.91 million from $14.35 million.", False),  # wrong direction
        ("Revenue grew 61.6% to $22.91 million from $14.35 million.", False),
        ("Operating profit rose from $591,000 to $1.81 million, an increase of 206%.", True),
        ("Operating profit rose from $591,000 to $1.81 million, an increase of 306%.", False),
        ("Gross margin rose to 48.2% from 47.3%, up 0.9 percentage points.", True),
        ("Gross margin rose to 48.2% from 47.3%, up 1.9 percentage points.", False),
        ("Costs declined 20% from $10 million to $8 million.", True),
        ("Net income fell 20% from $10 million in 2022 to $8 million in 2023.", True),
        ("Gross margin expanded 90 basis points from 47.3% to 48.2%.", True),
        ("Gross margin expanded 80 bps from 47.3% to 48.2%.", True),  # 48.15 - 47.35
        ("Gross margin expanded 70 bps from 47.3% to 48.2%.", False),
    ],
)
def test_check_arithmetic(text: str, ok: bool) -> None:
    checks = check_arithmetic(text)
    assert len(checks) == 1, checks
    assert checks[0].ok is ok, checks[0].description
    assert checks[0].description.startswith("MISMATCH") is (not ok)


def test_check_arithmetic_skips_what_it_cannot_read() -> None:
    # no "from": which figure is the old one is unknown, so nothing is claimed either way
    assert check_arithmetic("Solutions grew by 73% to $14.2 million and Devices by 47% to $5.3 million.") == []
    assert check_arithmetic("Revenue reached $22.91 million, a 59.6% increase year-over-year.") == []
    assert check_arithmetic("Profit grew from $0 to $5 million, a 100% increase.") == []
    assert check_arithmetic("The loss went from $(5) million to $2 million, up 140%.") == []


def test_sum_from_quoted_figures_is_verified_and_a_wrong_sum_is_not() -> None:
    quote = "the Americas saw a significant increase of 77.8% year-over-year to $13.9 million. EMEA also grew by 46.5% to $7.8 million"
    good = verify_answer("Together they made $21.7 million [1].", [cite(1, quote)], {1: ARTICLE})
    assert good.ungrounded_numbers == []
    assert any("13.9 + 7.8" in c and c.endswith("verified") for c in good.computations)
    bad = verify_answer("Together they made $21.9 million [1].", [cite(1, quote)], {1: ARTICLE})
    assert bad.ungrounded_numbers == ["$21.9 million"]


def test_margin_from_a_table_in_millions() -> None:
    answer = "Revenue was $39.4 billion and the net margin was 3.1% [1]."
    quote = "Revenue $ 39,403 ... Net earnings $ 1,228"
    checks = verify_answer(answer, [cite(1, quote)], {1: TABLE})
    assert checks.ungrounded_numbers == []
    assert any(c.startswith("3.1% = 1,228") for c in checks.computations)
    wrong = verify_answer(answer.replace("3.1%", "3.4%"), [cite(1, quote)], {1: TABLE})
    assert wrong.ungrounded_numbers == ["3.4%"]
    # both inputs in the answer: no quote needed
    stated = "Net earnings of $1,228 million on revenue of $39,403 million are a 3.1% net margin [1]."
    checks = verify_answer(stated, [cite(1, "Revenue")], {1: TABLE})
    assert checks.ungrounded_numbers == []
    assert "3.1% = 1,228 / 39,403 * 100 verified" in checks.computations


def test_growth_between_quoted_cells() -> None:
    quote = "Operating income 4,625 4,100"
    assert verify_answer("Operating income grew 12.8% [1].", [cite(1, quote)], {1: TABLE}).ungrounded_numbers == []
    assert verify_answer("Operating income grew 14.8% [1].", [cite(1, quote)], {1: TABLE}).ungrounded_numbers == [
        "14.8%"
    ]


def test_one_digit_results_are_never_explained_by_chance() -> None:
    quote = "Operating income 4,625 4,100"
    checks = verify_answer("Operating income grew about 13% [1].", [cite(1, quote)], {1: TABLE})
    assert checks.ungrounded_numbers == []  # 12.8 rounds to 13
    checks = verify_answer("Operating income grew about 7% [1].", [cite(1, quote)], {1: TABLE})
    assert checks.ungrounded_numbers == ["7%"]


# --- real documents and speed -------------------------------------------------------------


@needs_shared()
def test_seed_answers_are_grounded_in_the_articles() -> None:
    rows = [json.loads(line) for line in (ARTICLES.parent.parent / "eval" / "seed_articles.jsonl").open()]
    texts = {p.name: p.read_text() for p in ARTICLES.iterdir()}
    checked = 0
    for row in rows:
        if row["type"] in ("text", "refusal") or not row.get("evidence"):
            continue
        ev = row["evidence"][0]
        answer = f"{row['answer']} [1]"
        checks = verify_answer(answer, [cite(1, ev["quote"])], {1: texts[ev["doc"]]})
        assert checks.citations_valid, row["id"]
        assert checks.ungrounded_numbers == [], (row["id"], checks)
        checked += 1
    assert checked >= 15


@needs_shared()
def test_financebench_statement_page() -> None:
    row = json.loads((FINANCEBENCH / "questions_dev.jsonl").open().readline())
    page = row["evidence"][0]["evidence_text_full_page"]
    quote = "Revenue\n $\n39,403"
    good = verify_answer("FY2017 revenue was $39.4 billion and net earnings $1.23 billion [1].", [cite(1, quote)], {1: page})
    assert good.citations_valid and good.ungrounded_numbers == []
    bad = verify_answer("FY2017 revenue was $39.9 billion [1].", [cite(1, quote)], {1: page})
    assert bad.ungrounded_numbers == ["$39.9 billion"]


def test_fast_with_five_sources() -> None:
    base = ARTICLE + "\n" + TABLE
    sources = {n: (base + f"\nPage {n} figure {n * 1111:,} and {n * 3.7:.1f}%\n")[:1500] for n in range(1, 6)}
    answer = (
        "Revenue grew from $14.35 million to $22.91 million, a 59.6% increase [1]. Operating income was "
        "$4.6 billion [2], net margin 3.1% [3], and the regions made $21.7 million [4][5]."
    )
    cites = [cite(n, "revenue reached $22.91 million") for n in range(1, 6)]
    numbers._parse_cached.cache_clear()
    checks = verify_answer(answer, cites, sources)
    assert verify_answer(answer, cites, sources) == checks  # deterministic
    assert checks.citations_valid
    # Speed is measured by benchmarks (bench.eval prints verify times), not asserted here:
    # a timed test fails on a loaded machine and proves nothing on a quiet one.
