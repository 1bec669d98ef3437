"""An adversarial set for the ruler: answer styles the graded dev file may not hold.

Every answer is hand-written for a made-up company (Halvorsen Marine); none is copied from
graded answers. Each case carries the label an expert grader would give (correct, incorrect,
refusal) and the verdicts the ruler may give for it: an expert-correct answer must be
accepted; an expert-incorrect one must be called wrong or left not scored (never accepted);
a refusal must be read as one. Most cases are traps a lenient reader falls into: the gold's
figure found somewhere in the answer, but not as what the answer commits to.
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.scoring import score_answer


def figure_q(value: float, question: str, unit: str | None = "USD", scale: str | None = "million",
             type: str = "currency") -> EvalQuestion:  # fmt: skip
    return EvalQuestion(id="adv", question=question, answer="gold", type=type,  # type: ignore[arg-type]
                        value=value, unit=unit, scale=scale)  # fmt: skip


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="adv", question=question, answer=gold, type="text")


REVENUE = figure_q(4120.0, "What was Halvorsen Marine's FY2022 total revenue? Answer in USD millions.")
CAPEX = figure_q(388.0, "What was Halvorsen Marine's FY2022 capital expenditure? Answer in USD millions.")
MAINT = figure_q(612.0, "What was Halvorsen Marine's FY2022 maintenance capital expenditure? "
                        "Answer in USD millions.")  # fmt: skip
OCF = figure_q(1200.0, "What was Halvorsen Marine's FY2022 cash from operating activities? "
                       "Answer in USD millions.")  # fmt: skip
FCF = figure_q(900.0, "What was Halvorsen Marine's FY2022 free cash flow? Answer in USD millions.")
MARGIN = figure_q(24.3, "What was Halvorsen Marine's FY2022 operating margin? Round to one decimal "
                        "place.", "percent", None, "percent")  # fmt: skip
MARGIN_CHANGE = figure_q(-4.5, "What was the percentage change in Halvorsen Marine's operating "
                               "margin from FY2021 to FY2022?", "percent", None, "percent")  # fmt: skip
QUICK = figure_q(0.84, "What is Halvorsen Marine's FY2022 quick ratio? Round to two decimal places.",
                 None, None, "ratio")  # fmt: skip
SEGMENT = text_q("Which segment of Halvorsen Marine had the highest revenue growth in FY2022?",
                 "The Offshore segment grew fastest, by 9%.")  # fmt: skip
IMPROVED = text_q("Did Halvorsen Marine's gross margin improve in FY2022 compared with FY2021?",
                  "Yes, gross margin rose from 38.2% in FY2021 to 40.1% in FY2022.")  # fmt: skip


# (expert label, allowed ruler verdicts, question, answer)
CASES: list[tuple[str, str, EvalQuestion, str]] = [
    # --- the right figure for the wrong period ----------------------------------------------
    ("incorrect", "wrong|not_scored", REVENUE,
     "Halvorsen Marine's FY2021 total revenue was $4,120 million."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "Total revenue was $3,870 million in FY2022, compared with $4,120 million in FY2021."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "FY2021: $4,120 million. FY2022: $4,410 million."),
    ("correct", "right", REVENUE,
     "FY2020: $3,700 million; FY2021: $3,870 million; FY2022: $4,120 million."),
    ("correct", "right", REVENUE,
     "Total revenue for fiscal 2022 was $4,120 million, up from $3,870 million in fiscal 2021."),
    # --- the right figure with the wrong scale ----------------------------------------------
    ("incorrect", "wrong|not_scored", REVENUE, "Total revenue in FY2022 was $4,120 thousand."),
    ("incorrect", "wrong|not_scored", REVENUE, "Total revenue in FY2022 was $4,120 billion."),
    ("incorrect", "wrong|not_scored", REVENUE, "FY2022 total revenue: $4,120,000."),
    ("correct", "right", REVENUE, "Total revenue in FY2022 was $4.12 billion."),
    ("correct", "right", REVENUE, "Total revenue in FY2022 was $4,120,000,000."),
    ("correct", "right", REVENUE, "Total revenue (in millions) for FY2022: 4,120."),
    # --- the gold's figure as context; the answer concludes with another ---------------------
    ("incorrect", "wrong|not_scored", REVENUE,
     "Revenue as first reported was $4,120 million, but after the restatement FY2022 total "
     "revenue is $3,950 million."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "Analysts had expected $4,120 million. Actual FY2022 total revenue came in at $3,950 million."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "Depreciation was $388 million in FY2022, while capital expenditure was $402 million."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "Capital expenditure was not $388 million as sometimes quoted; it was $402 million in FY2022."),
    ("correct", "right", CAPEX,
     "Gross additions were $431 million, less $43 million of disposals, so FY2022 capital "
     "expenditure was $388 million."),
    # --- a percent change answered in percentage points --------------------------------------
    ("incorrect", "wrong|not_scored", MARGIN_CHANGE,
     "Operating margin fell 1.1 percentage points, from 24.4% in FY2021 to 23.3% in FY2022."),
    ("incorrect", "wrong|not_scored", MARGIN_CHANGE,
     "Operating margin decreased by 1.1% between FY2021 and FY2022."),
    ("correct", "right", MARGIN_CHANGE,
     "Operating margin fell from 24.4% to 23.3%, a decline of 1.1 percentage points or -4.5% in "
     "relative terms."),
    # --- a list of candidate figures ---------------------------------------------------------
    ("incorrect", "wrong|not_scored", CAPEX,
     "Depending on the definition, FY2022 capital expenditure was $388 million, $402 million or "
     "$431 million."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "FY2022 capital expenditure was either $388 million or $431 million."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "FY2022 capital expenditure was between $380 million and $420 million."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "Possible figures for FY2022 capital expenditure:\n- $388 million (property and equipment)\n"
     "- $431 million (including software)"),
    # --- "approximately" outside the question's rounding -------------------------------------
    ("incorrect", "wrong|not_scored", MARGIN, "FY2022 operating margin was approximately 24%."),
    ("incorrect", "wrong|not_scored", MARGIN, "FY2022 operating margin was roughly 24.6%."),
    ("correct", "right", MARGIN, "FY2022 operating margin was 24.3%."),
    ("correct", "right", MARGIN, "Operating margin = 1,001 / 4,120 = 24.30% in FY2022."),
    ("incorrect", "wrong|not_scored", REVENUE, "FY2022 total revenue was approximately $4 billion."),
    ("incorrect", "wrong|not_scored", QUICK, "The FY2022 quick ratio was about 0.8."),
    ("correct", "right", QUICK, "The FY2022 quick ratio was 0.84."),
    # --- a right yes/no with a wrong supporting figure ---------------------------------------
    ("incorrect", "wrong|not_scored", IMPROVED,
     "Yes, it improved, rising from 35.0% to 36.4%."),
    ("correct", "right", IMPROVED, "Yes. Gross margin went from 38.2% to 40.1%."),
    ("incorrect", "wrong", IMPROVED, "No, gross margin declined in FY2022."),
    # --- refusals, with partial data ----------------------------------------------------------
    ("refusal", "refused", CAPEX,
     "The documents show FY2021 capital expenditure of $351 million, but FY2022 capital "
     "expenditure is not provided."),
    ("refusal", "refused", CAPEX,
     "I could not find FY2022 capital expenditure. The closest figure is first-half capital "
     "expenditure of $190 million."),
    ("refusal", "refused", CAPEX,
     "FY2022 capital expenditure is not disclosed in the provided excerpts; only depreciation of "
     "$210 million is given."),
    ("refusal", "refused", CAPEX,
     "I'm sorry, but I don't have enough information to determine Halvorsen Marine's FY2022 "
     "capital expenditure."),
    # --- a figure that answers the ask, with a caveat (not a refusal) ------------------------
    ("correct", "right", MAINT,
     "$612 million (the documents do not break out maintenance capital expenditure, so this is "
     "total capital expenditure)."),
    ("incorrect", "wrong", MAINT,
     "FY2022 maintenance capital expenditure was $540 million, although the documents do not "
     "break out maintenance capital expenditure precisely."),
    ("refusal", "refused", CAPEX,
     "Capital expenditure was $351 million (FY2021); the FY2022 figure is not disclosed in the "
     "documents."),
    ("correct", "right", CAPEX,
     "Capital expenditure was $388 million in FY2022. Segment detail for FY2022 is not disclosed "
     "in the filing."),
    # --- the concluding figure is for another measure -----------------------------------------
    ("correct", "right", OCF,
     "Cash from operating activities was $1,200 million in FY2022. Capital expenditure was $300 "
     "million. Therefore, free cash flow was $900 million."),
    ("correct", "right", FCF,
     "Cash from operating activities was $1,200 million in FY2022. Capital expenditure was $300 "
     "million. Therefore, free cash flow was $900 million."),
    ("incorrect", "wrong|not_scored", OCF,
     "Cash from operating activities was $1,150 million in FY2022. Capital expenditure was $300 "
     "million. Therefore, free cash flow was $850 million."),
    # --- a negative figure for a positive gold; signs ------------------------------------------
    ("incorrect", "wrong|not_scored", OCF,
     "Operating activities used $1,200 million of cash in FY2022."),
    ("correct", "right", CAPEX,
     "Capital expenditure (purchases of property and equipment) was $(388) million in FY2022."),
    # --- more periods and labels: the answer's own labelling decides ---------------------------
    ("incorrect", "wrong|not_scored", CAPEX,
     "Capital expenditure was $388 million in FY2021 and $402 million in FY2022."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "Total revenue: $4,120 million (FY2021), $4,410 million (FY2022)."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "Total revenue grew 6% to $4,370 million in FY2022 from $4,120 million."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "- FY2021 total revenue: $4,120 million\n- FY2022 total revenue: $4,410 million"),
    ("correct", "right", REVENUE,
     "- FY2021 total revenue: $3,870 million\n- FY2022 total revenue: $4,120 million"),
    ("correct", "right", REVENUE,
     "- Total revenue: $4,120 million\n- Operating income: $1,001 million\n- Net income: $702 million"),
    ("correct", "right", CAPEX, "Purchases of property and equipment were $388 million in FY2022."),
    ("correct", "right", CAPEX, "Capital expenditure: $388 million; depreciation: $210 million."),
    ("correct", "right", CAPEX,
     "FY2022 capital expenditure was $388 million; the documents do not break it down by segment."),
    ("correct", "right", QUICK,
     "Quick ratio = (cash + receivables) / current liabilities = (1,100 + 580) / 2,000 = 0.84."),
    ("refusal", "refused", FCF,
     "There is not enough information to calculate FY2022 free cash flow: cash from operating "
     "activities was $1,200 million, but capital expenditure is not given."),
    # --- a figure for part of the year, a segment, or a plan ---------------------------------
    ("incorrect", "wrong|not_scored", REVENUE,
     "Total revenue was $4,120 million for the nine months ended September 30, 2022."),
    ("incorrect", "wrong|not_scored", REVENUE, "Q4 FY2022 total revenue: $4,120 million."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "Total revenue in FY2022 was $4,120 million in the Marine segment."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "Capital expenditure guidance for FY2022 was $388 million; actual spending was $402 million."),
    ("incorrect", "wrong|not_scored", CAPEX, "The FY2022 budget for capital expenditure was $388 million."),
    ("correct", "right", REVENUE,
     "Total revenue for FY2022 was $4,120 million, with the fourth quarter contributing $1,100 "
     "million."),
    # --- a second answer offered after the first ------------------------------------------------
    ("incorrect", "wrong|not_scored", CAPEX,
     "FY2022 capital expenditure was $388 million. Including acquired businesses, it was $520 "
     "million."),
    ("incorrect", "wrong|not_scored", CAPEX,
     "Capital expenditure was $388 million in FY2022 (vs. $351 million in FY2021), or $402 million "
     "including acquisitions."),
    ("correct", "right", figure_q(702.0, "What was Halvorsen Marine's FY2022 net income? Answer in "
                                         "USD millions."),
     "FY2022 net income was $702 million, or $2.15 per diluted share."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "Halvorsen's competitor Nordsjo reported total revenue of $4,120 million; Halvorsen Marine's "
     "FY2022 total revenue was $3,950 million."),
    # A conclusion in other words for the asked measure is still the conclusion.
    ("incorrect", "wrong|not_scored", CAPEX,
     "Capital expenditure on vessels was $388 million. Adding $12 million of software, total "
     "FY2022 capital spending was $400 million."),
    ("correct", "right", REVENUE, "Total revenue across all three segments was $4,120 million in FY2022."),
    # --- tables, labelled steps, scale in words after the figure, measures not as reported -----
    ("correct", "right", CAPEX,
     "| Year | Capital expenditure |\n|---|---|\n| FY2021 | $351 million |\n| FY2022 | $388 million |"),
    ("incorrect", "wrong|not_scored", CAPEX,
     "| Year | Capital expenditure |\n|---|---|\n| FY2021 | $388 million |\n| FY2022 | $402 million |"),
    ("incorrect", "wrong|not_scored", CAPEX,
     "Step 1: purchases of equipment = $388 million.\nStep 2: add software of $14 million.\n"
     "Answer: $402 million."),
    ("incorrect", "wrong|not_scored", REVENUE, "FY2022 total revenue: 4,120 (USD thousands)."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "FY2022 total revenue was $4,120 million on a pro forma basis."),
    ("incorrect", "wrong|not_scored", REVENUE,
     "FY2022 total revenue was $4,120 million in constant currency."),
    # --- text golds: a stance denied in its frame, a name given apart from what it names -------
    ("incorrect", "wrong|not_scored", IMPROVED,
     "It would be incorrect to say that gross margin improved; it fell from 40.1% to 38.2%."),
    ("incorrect", "wrong|not_scored", IMPROVED, "Yes and no: gross margin rose, but operating margin fell."),
    ("refusal", "refused", IMPROVED, "The documents do not say whether gross margin improved."),
    ("correct", "right", SEGMENT, "The Offshore segment grew fastest in FY2022, by 9%."),
    ("incorrect", "wrong|not_scored", SEGMENT,
     "The Offshore segment grew 4%, but the Cargo segment grew fastest at 9%."),
    ("incorrect", "wrong|not_scored", SEGMENT, "Offshore had the lowest growth, while Cargo had the highest."),
]  # fmt: skip


@pytest.mark.parametrize(("expert", "allowed", "q", "text"), CASES)
def test_the_ruler_reads_as_an_expert(expert: str, allowed: str, q: EvalQuestion, text: str) -> None:
    s = score_answer(q, text)
    got = "refused" if s.refused else s.verdict
    assert got in allowed.split("|"), f"expert {expert}; ours {got}: {s.reason} ({s.got_figure})"


def test_the_set_is_large_and_mostly_traps() -> None:
    labels = [c[0] for c in CASES]
    assert len(CASES) >= 40
    # Most cases are answers a lenient reader would accept and an expert would not.
    assert labels.count("incorrect") > len(CASES) / 2
