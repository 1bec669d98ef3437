"""A figure the question defines by its own arithmetic is worked out over the lines it names, or refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.stated_unit import sum_doubt
from assistant.core.finance.facts import Fact
from assistant.core.finance.narrowed_operands import narrowed_operand
from assistant.core.types import Answer, Citation, KeyFigure

Y = date(2024, 12, 31)


def _fact(concept: str, value: float, label: str, **kw: object) -> Fact:
    fact = Fact(concept=concept, label=label, period_end=Y, period="FY2024", duration_months=12, value=value,
                statement="income_statement", doc_id="orrin-10k", page=7, row=f"{label}  {value:,.0f}",
                company="Orrin Corp")
    return replace(fact, **kw)  # type: ignore[arg-type]


TOTAL_SALES = _fact("revenue", 5_000, "Total net sales")
COST = _fact("cost_of_sales", 3_000, "Cost of goods sold")


def test_an_operand_the_written_formula_narrows_is_named() -> None:
    found = narrowed_operand("Orrin 2024: margin on hardware, i.e. (hardware revenue - cost of goods sold) / hardware "
                             "revenue. Percent, one decimal.")
    assert found is not None and found[0] == "hardware revenue" and found[1] == "revenue" and found[2] == ["hardware"]
    # whole lines, however written: nothing narrowed
    assert narrowed_operand("Orrin's 2024 gross margin, defined as (net sales - cost of goods sold) / net sales?") is None
    assert narrowed_operand("Orrin's 2024 gross margin, defined as (total revenues minus cost of sales) over "
                            "total revenues? Percent.") is None
    assert narrowed_operand("What was Orrin's hardware revenue in 2024?") is None  # no arithmetic written


def test_the_catalogue_formula_over_the_whole_line_does_not_answer_a_margin_defined_on_a_part() -> None:
    asked = ("Orrin Corp 2024: gross margin on hardware, i.e. (hardware revenue - cost of goods sold) / hardware "
             "revenue. Percent, one decimal.")
    answer = answer_from_facts(asked, [TOTAL_SALES, COST], company="Orrin Corp")
    assert answer is not None and answer.refused and answer.key_figure is None
    assert "hardware revenue" in answer.answer
    # the same definition over whole lines is the catalogue's gross margin: answered
    whole = answer_from_facts("Orrin Corp 2024: gross margin, i.e. (net sales - cost of goods sold) / net sales. "
                              "Percent, one decimal.", [TOTAL_SALES, COST], company="Orrin Corp")
    assert whole is not None and not whole.refused and whole.key_figure is not None
    assert round(whole.key_figure.value, 1) == 40.0


def test_a_row_labelled_with_the_narrowing_words_is_the_operand() -> None:
    asked = ("Orrin Corp 2024: gross margin on merchandise, i.e. (merchandise net sales - cost of goods sold) / "
             "merchandise net sales. Percent, one decimal.")
    labelled = replace(TOTAL_SALES, label="Merchandise net sales")
    answer = answer_from_facts(asked, [labelled, COST], company="Orrin Corp")
    assert answer is not None and not answer.refused


def _quoted(text: str, n: int = 1) -> Answer:
    cites = [Citation(n=i + 1, doc_id="orrin-10k", title="t", source="s", page=3, quote="q") for i in range(n)]
    return Answer(question="q", answer=text, mode="extractive", citations=cites,
                  key_figure=KeyFigure(value=40.0, unit="USD", text="$40 million"))


def test_one_quoted_figure_is_not_a_difference_the_question_writes() -> None:
    asked = "Orrin 2024: impairment charges minus cash paid for restructuring? USD millions."
    assert sum_doubt(asked, _quoted('$40 million [1]: "Cash paid for restructuring (40)" [1]')) is not None
    # a comparison written with "less than" is no arithmetic: the quoted figure may answer
    compared = "Orrin 2024 cash paid for restructuring, which was less than its charges? USD millions."
    assert sum_doubt(compared, _quoted('$40 million [1]: "Cash paid for restructuring (40)" [1]')) is None


def test_a_quotient_worked_out_from_one_part_is_not_the_share_of_a_sum() -> None:
    asked = "What share of Orrin's 2024 revenue came from Retail plus Wholesale together? Percent, one decimal."
    one_part = _quoted('About 20.0% [1][2], computed from the stated figures: $1.0 billion / $5.0 billion = 20.0%. '
                       '"Retail revenue was $1.0 billion" [1] "Revenue was $5.0 billion" [2]', n=2)
    assert sum_doubt(asked, one_part) is not None
    both = _quoted('About 40.0% [1][2], computed from the stated figures: ($1.0 billion + $1.0 billion) / $5.0 '
                   'billion = 40.0%. "Retail $1.0 billion, Wholesale $1.0 billion" [1] "Revenue $5.0 billion" [2]', n=2)
    assert sum_doubt(asked, both) is None


def test_a_definition_written_with_a_division_sign_is_arithmetic() -> None:
    asked = "Orrin's 2024 asset turnover, defined as net sales ÷ average total assets? Two decimals."
    assert sum_doubt(asked, _quoted('0.1% [1]: "sales grew 0.1%" [1]')) is not None
    assert sum_doubt("Orrin's 2024 asset turnover? Two decimals.", _quoted('0.1% [1]: "sales grew 0.1%" [1]')) is None


def test_a_source_a_mean_or_the_question_frame_before_a_line_name_narrows_nothing() -> None:
    # the filing named after "using", "the mean of", "compute X:" and "estimate X as" are frame, not modifiers
    assert narrowed_operand("Using Orrin's 2024 10-K, compute 2024 return on average assets: net income over "
                            "the average of total assets at December 31, 2023 and December 31, 2024.") is None
    assert narrowed_operand("Orrin's 2024 return on assets, i.e. net income divided by the mean of total assets "
                            "at December 31, 2023 and 2024?") is None
    assert narrowed_operand("Using the 2023 columns of Orrin's 2024 Form 10-K, estimate 2023 EBITDA as operating "
                            "income plus depreciation and amortization.") is None
    # a modifier written straight before the name still narrows it
    assert narrowed_operand("Orrin 2024 hardware margin, using (hardware revenue - cost of goods sold) / hardware "
                            "revenue.") is not None
