"""A second adversarial set for the ruler: the styles LLMs write answers in.

The first set (`test_grading_adversarial.py`) is mostly traps in plain prose. This one is
about form: markdown tables and bullet lists over several periods, LaTeX (`\\boxed{}`,
`\\frac`) and bold conclusions, step-by-step working whose intermediate figures equal or
resemble the gold, other scales ("1.23 billion" for a gold in millions), negatives written as
"(123)" or "a decline of 5%", fiscal vs calendar wording, ratios as "x times" or "1.5:1",
percent vs basis points, answers that restate the question's figures, coarser rounding than
the question asks for, and hedged or partial refusals.

Every answer is hand-written for a made-up company (Corvana Textiles); none is copied from
graded answers. Each case carries the label an expert grader would give and the verdicts the
ruler may give: an expert-correct answer must be accepted (or, where a grader could hesitate,
left not scored); an expert-incorrect one must never be accepted; a refusal must be read as
one.
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.scoring import score_answer


def figure_q(value: float, question: str, unit: str | None = "USD", scale: str | None = "million",
             type: str = "currency") -> EvalQuestion:  # fmt: skip
    return EvalQuestion(id="sty", question=question, answer="gold", type=type,  # type: ignore[arg-type]
                        value=value, unit=unit, scale=scale)  # fmt: skip


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="sty", question=question, answer=gold, type="text")


SALES = figure_q(1234.0, "What were Corvana Textiles' FY2023 net sales? Answer in USD millions.")
SALES_B = figure_q(1.23, "What were Corvana Textiles' FY2023 net sales, in USD billions?",
                   scale="billion")  # fmt: skip
LOSS = figure_q(-123.0, "What was Corvana Textiles' FY2023 net income (loss)? Answer in USD millions.")
OP_INCOME = figure_q(215.0, "What was Corvana Textiles' FY2023 operating income? Answer in USD "
                            "millions.")  # fmt: skip
EBITDA = figure_q(455.0, "What was Corvana Textiles' FY2023 EBITDA (operating income plus D&A)? "
                         "Answer in USD millions.")  # fmt: skip
GROWTH = figure_q(-5.0, "By what percentage did Corvana Textiles' net sales change from FY2022 to "
                        "FY2023?", "percent", None, "percent")  # fmt: skip
MARGIN = figure_q(43.8, "What was Corvana Textiles' FY2023 gross margin? Round to one decimal "
                        "place.", "percent", None, "percent")  # fmt: skip
CURRENT = figure_q(1.52, "What was Corvana Textiles' current ratio at the end of FY2023? Round to "
                         "two decimal places.", None, None, "ratio")  # fmt: skip
# The datasets store a ratio gold with unit "ratio"; a whole one (4.0) has no decimals to round to.
MULTIPLE = figure_q(4.0, "What multiple of its FY2024 revenue was Corvana Textiles valued at?", "ratio",
                    None, "ratio")  # fmt: skip
COVERAGE = figure_q(4.5, "What was Corvana Textiles' FY2023 interest coverage ratio?", None, None,
                    "ratio")  # fmt: skip
BPS = figure_q(-30.0, "By how many basis points did Corvana Textiles' gross margin change from "
                      "FY2022 to FY2023?", "bp", None, "percent")  # fmt: skip
GIVEN = figure_q(25.1, "Corvana Textiles reported FY2023 operating income of $310 million on net "
                       "sales of $1,234 million. What was its operating margin?", "percent", None,
                 "percent")  # fmt: skip
# A points gold stored as a percent: the question's "percentage points" picks the figure.
POINTS = figure_q(6.0, "By how many percentage points did acquisitions add to Corvana Textiles' "
                       "FY2023 net sales growth?", "percent", None, "percent")  # fmt: skip
NEXT_YEAR = figure_q(1234.0, "Corvana Textiles' FY2022 net sales were $1,100 million. What were "
                             "its FY2023 net sales? Answer in USD millions.")  # fmt: skip
AVERAGE = figure_q(4.1, "What is Corvana Textiles' 3-year average net margin from FY2021 to FY2023?",
                   "percent", None, "percent")  # fmt: skip
CAGR = figure_q(7.5, "What is Corvana Textiles' 2-year net sales CAGR from FY2021 to FY2023?",
                "percent", None, "percent")  # fmt: skip
FASTEST = text_q("Which segment of Corvana Textiles had the highest revenue growth in FY2023?",
                 "The Apparel segment grew fastest, by 11%.")  # fmt: skip
REGIONS = text_q("How did Corvana Textiles' US and international sales change in FY2023?",
                 "US sales rose 3.0% while international sales fell 0.6%.")  # fmt: skip
DROVE = text_q("Corvana Textiles' US sales rose 3.0% and its international sales fell 0.6% in "
               "FY2023. How did the two regions compare?",
               "US sales rose 3.0% while international sales fell 0.6%.")  # fmt: skip
IMPROVED = text_q("Did Corvana Textiles' gross margin improve in FY2023?",
                  "No, gross margin fell from 44.1% in FY2022 to 43.8% in FY2023.")
DEBT = text_q("Which debt securities does Corvana Textiles have registered under Section 12(b) of "
              "the Exchange Act?", "There are none.")  # fmt: skip
PAPER = text_q("Does Corvana Textiles have any commercial paper outstanding at the end of FY2023?",
               "No, Corvana Textiles had no commercial paper outstanding.")  # fmt: skip


# (expert label, allowed ruler verdicts, question, answer)
CASES: list[tuple[str, str, EvalQuestion, str]] = [
    # --- markdown tables over several periods -------------------------------------------------
    ("correct", "right", SALES,
     "| Fiscal year | Net sales ($M) |\n|---|---|\n| FY2021 | 980 |\n| FY2022 | 1,100 |\n"
     "| FY2023 | 1,234 |"),
    ("incorrect", "wrong|not_scored", SALES,
     "| Fiscal year | Net sales ($M) |\n|---|---|\n| FY2021 | 1,234 |\n| FY2022 | 1,100 |\n"
     "| FY2023 | 1,301 |"),
    ("correct", "right", SALES,
     "| Metric | FY2022 | FY2023 |\n|---|---|---|\n| Net sales | $1,100M | $1,234M |\n"
     "| Gross profit | $485M | $540M |"),
    ("incorrect", "wrong|not_scored", SALES,
     "| Metric | FY2023 | FY2022 |\n|---|---|---|\n| Net sales | $1,301M | $1,234M |\n"
     "| Gross profit | $570M | $540M |"),
    ("correct", "right", MARGIN,
     "| | FY2022 | FY2023 |\n|---|---|---|\n| Gross margin | 44.1% | 43.8% |"),
    ("incorrect", "wrong|not_scored", MARGIN,
     "| | FY2022 | FY2023 |\n|---|---|---|\n| Gross margin | 43.8% | 44.6% |"),
    ("incorrect", "wrong|not_scored", SALES,
     "| Metric | FY2022 |\n|---|---|\n| Net sales | $1,234M |\n| Gross profit | $540M |"),
    # --- bullet lists over several periods ----------------------------------------------------
    ("correct", "right", SALES,
     "Net sales by year:\n* FY2021: $980 million\n* FY2022: $1,100 million\n* FY2023: $1,234 million"),
    ("incorrect", "wrong|not_scored", SALES,
     "Net sales by year:\n* FY2021: $980 million\n* FY2022: $1,234 million\n* FY2023: $1,301 million"),
    ("incorrect", "wrong|not_scored", SALES,
     "1. Net sales, fiscal 2022: $1,234 million\n2. Net sales, fiscal 2023: $1,301 million"),
    # --- LaTeX and bold conclusions ------------------------------------------------------------
    ("correct", "right", CURRENT,
     "Current ratio = Current assets / Current liabilities\n\n"
     "\\[ \\frac{912}{600} = 1.52 \\]\n\nThe answer is $\\boxed{1.52}$."),
    ("incorrect", "wrong|not_scored", CURRENT,
     "Using current assets of 912 and current liabilities of 600 from FY2022:\n\n"
     "\\[ \\frac{912}{600} \\approx 1.52 \\]\n\nFor FY2023: \\( \\frac{940}{655} \\approx 1.44 \\), so the "
     "answer is \\(\\boxed{1.44}\\)."),
    ("correct", "right", MARGIN,
     "Gross margin = \\( \\frac{540}{1{,}234} \\times 100 \\) = **43.8%**"),
    ("incorrect", "wrong|not_scored", MARGIN,
     "Gross profit was **$540 million** and net sales were $1,234 million, giving a gross margin of "
     "**45.2%**."),
    ("correct", "right", SALES,
     "Looking at the income statement, revenue lines include product sales of $1,080 million and "
     "services of $154 million.\n\n**Final answer: $1,234 million**"),
    ("incorrect", "wrong|not_scored", SALES,
     "Net sales were **$1,234 million** in FY2022. For FY2023, net sales were **$1,301 million**."),
    ("correct", "right", SALES, "### Answer\n**FY2023 net sales: $1,234 million**"),
    # --- step-by-step working with intermediate figures ---------------------------------------
    ("incorrect", "wrong|not_scored", OP_INCOME,
     "Step 1: Gross profit = $1,234M - $1,019M = $215M.\nStep 2: Operating income = $215M - "
     "$95M of SG&A = $120M.\nSo FY2023 operating income was $120 million."),
    ("correct", "right", OP_INCOME,
     "Step 1: Gross profit = $1,234M - $924M = $310M.\nStep 2: Operating income = $310M - $95M = "
     "$215M.\nFY2023 operating income was therefore $215 million."),
    ("correct", "right", EBITDA,
     "EBITDA = operating income + D&A = $310 million + $145 million = $455 million."),
    ("incorrect", "wrong|not_scored", EBITDA,
     "Operating income was $455 million and D&A was $145 million, so EBITDA = $455M + $145M = "
     "$600 million."),
    ("incorrect", "wrong|not_scored", EBITDA,
     "1. Operating income: $310 million\n2. D&A: $145 million\n3. EBITDA: $310 million + $145 "
     "million = $465 million"),
    # --- other scales -------------------------------------------------------------------------
    ("correct", "right", SALES, "Corvana's FY2023 net sales were $1.234 billion."),
    ("correct", "right", SALES, "FY2023 net sales: USD 1,234,000 thousand."),
    ("correct", "right", SALES_B, "FY2023 net sales were $1,234.5M."),
    ("correct", "right", SALES_B, "FY2023 net sales were 1,230 million dollars."),
    ("correct", "right|not_scored", SALES, "Net sales in FY2023 were about $1.2 billion."),
    ("incorrect", "wrong|not_scored", SALES, "FY2023 net sales were $1.234 million."),
    ("incorrect", "wrong|not_scored", SALES_B, "FY2023 net sales were $1,234 thousand."),
    ("incorrect", "wrong|not_scored", SALES, "Net sales in FY2023 were approximately $1 billion."),
    # --- negatives: parentheses, losses, declines ---------------------------------------------
    ("correct", "right", LOSS, "Net income (loss) for FY2023: $(123) million."),
    ("correct", "right", LOSS, "Corvana reported a net loss of $123 million in FY2023."),
    ("correct", "right", LOSS, "FY2023 net income was -$123 million."),
    ("incorrect", "wrong|not_scored", LOSS, "Corvana earned net income of $123 million in FY2023."),
    ("correct", "right", GROWTH, "Net sales declined 5.0% from FY2022 to FY2023."),
    ("correct", "right", GROWTH, "Net sales fell by 5% year over year."),
    ("correct", "right", GROWTH, "The change was (5.0)%."),
    ("correct", "right", GROWTH, "Change: –5.0%"),
    ("correct", "right", SALES, "Net sales were 1\u202f234 million USD in FY2023."),
    ("correct", "right", MARGIN, "Gross margin was in the 43.5–44.0% range, at 43.8% in FY2023."),
    ("correct", "right", GROWTH,
     "Change = (1,172 - 1,234) / 1,234 = -5.0%, a decline of 5.0%."),
    ("incorrect", "wrong|not_scored", GROWTH, "Net sales grew 5.0% from FY2022 to FY2023."),
    ("incorrect", "wrong|not_scored", GROWTH, "Net sales increased by 5% in FY2023."),
    # --- fiscal vs calendar, and the period in other words ------------------------------------
    ("correct", "right", SALES,
     "For the fiscal year ended June 30, 2023, net sales were $1,234 million."),
    ("incorrect", "wrong|not_scored", SALES, "In fiscal 2022, net sales were $1,234 million."),
    ("incorrect", "wrong|not_scored", SALES, "Net sales for calendar year 2023 were $1,234 million."),
    ("correct", "right", SALES, "Net sales for fiscal year 2023 were $1,234 million."),
    ("incorrect", "wrong|not_scored", SALES,
     "Net sales for the twelve months ended December 31, 2022 were $1,234 million."),
    # --- ratios written as "x times" or "1.5:1" ------------------------------------------------
    ("correct", "right", COVERAGE, "Interest coverage was 4.5x in FY2023."),
    ("correct", "right", COVERAGE, "EBIT covered interest expense 4.5 times in FY2023."),
    ("correct", "right", COVERAGE, "The FY2023 interest coverage ratio was 4.5:1."),
    ("incorrect", "wrong|not_scored", COVERAGE, "The FY2023 interest coverage ratio was 5.4:1."),
    ("correct", "right", CURRENT, "The current ratio at the end of FY2023 was 1.52 to 1."),
    ("correct", "right", MULTIPLE, "Corvana Textiles was valued at 4.0 times FY2024 revenue."),
    ("correct", "right", MULTIPLE, "The valuation was 4x FY2024 revenue."),
    ("incorrect", "wrong|not_scored", MULTIPLE, "The valuation was 4.4x FY2024 revenue."),
    ("incorrect", "wrong|not_scored", CURRENT, "At the end of FY2023 the current ratio was 1.5x."),
    # --- percent vs basis points ---------------------------------------------------------------
    ("correct", "right", BPS, "Gross margin contracted by 30 basis points, from 44.1% to 43.8%."),
    ("correct", "right", BPS, "Gross margin fell 0.3 percentage points (44.1% → 43.8%)."),
    ("incorrect", "wrong|not_scored", BPS, "Gross margin fell 3 basis points."),
    ("incorrect", "wrong|not_scored", BPS, "Gross margin improved by 30 bps to 43.8%."),
    # --- answers that restate the question's figures ------------------------------------------
    ("correct", "right", GIVEN,
     "With operating income of $310 million on net sales of $1,234 million, the operating margin "
     "is 310 / 1,234 = 25.1%."),
    ("incorrect", "wrong|not_scored", GIVEN,
     "With operating income of $310 million on net sales of $1,234 million, the operating margin "
     "is about 30%."),
    ("incorrect", "wrong|not_scored", NEXT_YEAR,
     "As stated, FY2022 net sales were $1,100 million. FY2023 net sales were $1,380 million."),
    ("incorrect", "wrong|not_scored|refused", NEXT_YEAR,
     "Corvana's FY2022 net sales were $1,100 million; the FY2023 figure would need the FY2023 "
     "annual report."),
    # --- rounding to fewer digits than asked --------------------------------------------------
    ("incorrect", "wrong|not_scored", MARGIN, "FY2023 gross margin was 44%."),
    ("correct", "right", MARGIN, "FY2023 gross margin was 43.76%, or 43.8% rounded."),
    ("incorrect", "wrong|not_scored", CURRENT, "The current ratio was 1.5 at the end of FY2023."),
    ("correct", "right", CURRENT, "The current ratio was 1.520 at the end of FY2023."),
    # --- hedged and partial refusals -----------------------------------------------------------
    ("refusal", "refused", SALES,
     "The excerpts only cover the first half of FY2023 (net sales of $610 million); full-year "
     "FY2023 net sales cannot be determined from them."),
    ("refusal", "refused", SALES,
     "I'm unable to confirm FY2023 net sales from the provided pages. FY2022 net sales were $1,100 "
     "million."),
    ("correct", "right|not_scored", SALES,
     "The summary table is partly cut off, but it shows FY2023 net sales of $1,234 million."),
    ("incorrect", "wrong|not_scored", SALES,
     "The filing does not state FY2023 net sales directly; from the segment figures they are "
     "probably somewhere between $1.1 billion and $1.4 billion."),
    # --- yes/no and negative facts -------------------------------------------------------------
    ("correct", "right", IMPROVED, "**No.** Gross margin slipped to 43.8% in FY2023 from 44.1%."),
    ("correct", "right", IMPROVED,
     "Gross margin did not improve: it moved from 44.1% in FY2022 to 43.8% in FY2023."),
    ("incorrect", "wrong|not_scored", IMPROVED,
     "Yes — gross margin improved slightly, to 43.8% in FY2023."),
    ("correct", "right", PAPER, "Corvana had no commercial paper outstanding at the end of FY2023."),
    ("refusal", "refused", PAPER,
     "There is no mention of commercial paper in the provided documents."),
    # --- more notations ------------------------------------------------------------------------
    ("correct", "right", SALES, "Net sales: ~$1.23bn (FY2023)."),
    ("correct", "right", SALES, "FY2023 net sales ≈ US$1,234m."),
    ("incorrect", "wrong|not_scored", SALES,
     "FY2023 gross revenue was $1,234 million, but net sales after returns were $1,180 million."),
    ("correct", "right", GROWTH,
     "Net sales went from $1,234 million in FY2022 to $1,172 million in FY2023, a 5.0% decrease."),
    ("correct", "right", GROWTH, "Net sales decreased by $62 million, or 5.0%, in FY2023."),
    ("correct", "right", GROWTH, "**Change in net sales: -5.0%**"),
    ("correct", "right", MARGIN, "$\\boxed{43.8\\%}$"),
    ("correct", "right", LOSS, "Net income (loss), in $ millions, FY2023: (123)"),
    ("correct", "right", COVERAGE, "Interest coverage = EBIT / interest = 315 / 70 = 4.5 times."),
    ("refusal", "refused", SALES,
     "As an AI model I can't browse filings, so I can't give Corvana's FY2023 net sales."),
    # --- audit of the accepting paths: the gold's value where a grader still rejects ------------
    ("incorrect", "wrong|not_scored", SALES, "Cost of sales was $1,234 million in FY2023."),
    ("correct", "right", SALES,
     "Net sales were $1,234 million in FY2023, while cost of sales was $694 million."),
    ("incorrect", "wrong|not_scored", LOSS, "Operating loss was $123 million in FY2023."),
    ("correct", "right", LOSS,
     "Net loss was $123 million in FY2023, after an operating loss of $80 million."),
    ("incorrect", "wrong|not_scored", SALES,
     "Net sales were $1,234 million in FY2023 according to analysts' estimates; the reported "
     "figure was $1,301 million."),
    ("incorrect", "wrong|not_scored", SALES, "Net sales: $1,234 million (FY2023E)."),
    ("incorrect", "wrong|not_scored", CURRENT,
     "The current ratio was 1.52 at the end of FY2022 and 1.44 at the end of FY2023."),
    ("correct", "right", CURRENT,
     "The current ratio was 1.44 at the end of FY2022 and 1.52 at the end of FY2023."),
    ("incorrect", "wrong|not_scored", SALES,
     "**$1,234 million** was FY2022's figure; FY2023 net sales were $1,301 million."),
    ("correct", "right", SALES,
     "FY2023 net sales were **$1,234 million**, up from $1,100 million in FY2022."),
    ("incorrect", "wrong|not_scored", SALES,
     "Net sales were $1,234 million in FY2023 excluding the acquired Lumen business, and $1,301 "
     "million including it."),
    ("incorrect", "wrong|not_scored", OP_INCOME,
     "Operating income: $215 million (adjusted); $180 million reported."),
    ("refusal", "refused", PAPER, "Corvana does not disclose whether it has commercial paper."),
    ("correct", "right", DEBT, "None. Corvana has no debt securities registered under Section 12(b)."),
    ("correct", "right", DEBT,
     "Only its common stock is registered under Section 12(b); no debt securities are."),
    ("incorrect", "wrong|not_scored", DEBT,
     "Corvana has 4.25% notes due 2030 registered under Section 12(b)."),
    ("incorrect", "wrong|not_scored", DEBT,
     "Corvana has no debt securities registered, except its 4.25% notes due 2030."),
    ("incorrect", "wrong|not_scored", DEBT,
     "Corvana's 4.25% notes due 2030 are registered under Section 12(b). None of its other notes "
     "are."),
    # --- LaTeX separators, two-digit fiscal years, brackets that compare, losses ---------------
    ("correct", "right", SALES, "Net sales = \\$1{,}234 million"),
    ("incorrect", "wrong|not_scored", SALES, "FY22 net sales: $1,234M; FY23 net sales: $1,301M"),
    ("correct", "right", SALES, "FY22 net sales: $1,100M; FY23 net sales: $1,234M"),
    ("incorrect", "wrong|not_scored", SALES, "Net sales in fiscal '22 were $1,234 million."),
    ("incorrect", "wrong|not_scored", MARGIN, "FY2022 gross margin: 43.8% (FY2023: 44.6%)"),
    ("correct", "right", MARGIN, "FY2023 gross margin: 43.8% (FY2022: 44.1%)"),
    ("correct", "right", LOSS, "The company lost $123 million in FY2023."),
    ("correct", "right", LOSS, "Net loss narrowed to $123 million in FY2023 from $210 million."),
    ("incorrect", "wrong|not_scored", LOSS, "In FY2023 net income swung from a loss to $123 million."),
    # --- "I cannot say for certain, but ..." hedges the answer that follows --------------------
    ("correct", "right", IMPROVED,
     "I cannot say for certain, but it appears gross margin did not improve in FY2023."),
    ("correct", "right", SALES, "I can't say exactly, but FY2023 net sales were $1,234 million."),
    ("refusal", "refused", SALES, "I cannot say what Corvana's FY2023 net sales were."),
    ("refusal", "refused", SALES,
     "I cannot determine exactly what FY2023 net sales were from the provided documents."),
    ("refusal", "refused", IMPROVED, "I cannot say for certain whether gross margin improved."),
    # --- a table of yearly figures where an aggregate is asked ---------------------------------
    ("correct", "right", AVERAGE,
     "| Year | Net margin |\n|---|---|\n| FY2021 | 4.3% |\n| FY2022 | 4.1% |\n| FY2023 | 3.9% |\n"
     "| **Average** | **4.1%** |"),
    ("incorrect", "wrong|not_scored", AVERAGE,
     "| Year | Net margin |\n|---|---|\n| FY2021 | 4.6% |\n| FY2022 | 4.1% |\n| FY2023 | 4.5% |\n"
     "| **Average** | **4.4%** |"),
    ("incorrect", "wrong|not_scored", AVERAGE,
     "| Year | Net margin |\n|---|---|\n| FY2021 | 4.6% |\n| FY2022 | 4.1% |\n| FY2023 | 4.5% |"),
    ("incorrect", "wrong|not_scored", CAGR,
     "Net sales grew 7.5% in FY2022 and 9.8% in FY2023, a CAGR of 8.6%."),
    ("correct", "right", CAGR, "CAGR = (1,234 / 1,068)^(1/2) - 1 = 7.5%"),
    # --- a named answer given for another period --------------------------------------------
    ("incorrect", "wrong|not_scored", FASTEST, "In FY2022, Apparel grew fastest; in FY2023, Home did."),
    ("correct", "right", FASTEST, "In FY2023, Apparel grew fastest, by 11%."),
    # --- a text answer that speaks only of another year ---------------------------------------
    ("incorrect", "wrong|not_scored", IMPROVED,
     "No. In FY2021 gross margin fell from 45.2% to 44.1%."),
    ("incorrect", "wrong|not_scored", REGIONS,
     "In FY2022, US sales rose 3.0% and international sales fell 0.6%."),
    ("correct", "right", REGIONS,
     "In FY2023, US sales rose 3.0% and international sales fell 0.6%."),
    # The question's own figures restated prove nothing (an LLM judge's call).
    ("incorrect", "wrong|not_scored", DROVE,
     "US sales rose 3.0% and international sales fell 0.6%, so international sales grew faster."),
    # --- A points question is answered by the points figure, not the growth beside it -----------
    ("correct", "right", POINTS,
     "6 percentage points (net sales rose 34%, of which acquisitions contributed 6 points)."),
    ("correct", "right", POINTS, "Acquisitions added 6 percentage points; net sales rose 34% in total."),
    ("incorrect", "wrong|not_scored", POINTS, "Net sales rose 34% in FY2023."),
    # --- ... while the year of a figure compared with is not the answer's ----------------------
    ("correct", "right", SALES, "In FY2023, net sales rose to $1,234 million from $900 million in 2022."),
    ("correct", "right", SALES, "In FY2023, net sales rose 37% to $1,234 million from 2022 levels."),
    ("incorrect", "wrong|not_scored", SALES,
     "Net sales were $1,234 million in 2022, up from $900 million; in FY2023 they were $1,301 million."),
]  # fmt: skip


@pytest.mark.parametrize(("expert", "allowed", "q", "text"), CASES)
def test_the_ruler_reads_styles_as_an_expert(
    expert: str, allowed: str, q: EvalQuestion, text: str
) -> None:
    s = score_answer(q, text)
    got = "refused" if s.refused else s.verdict
    assert got in allowed.split("|"), f"expert {expert}; ours {got}: {s.reason} ({s.got_figure})"


def test_the_set_is_large_and_covers_every_label() -> None:
    labels = [c[0] for c in CASES]
    assert len(CASES) >= 60
    assert {"correct", "incorrect", "refusal"} <= set(labels)
    # Expert-correct answers are accepted outright in most cases, so the set also checks that
    # the ruler does not retreat into "not scored".
    firm = [c for c in CASES if c[0] == "correct" and c[1] == "right"]
    assert len(firm) >= 25
