"""A fourth adversarial set for the ruler (session 8, round 2), one group per cause found on a
fresh held-out set of graded answers: refusals that point elsewhere ("I recommend checking the
10-K", "my training data may not include ..."), a caveat followed by a worked answer ("the
filing does not state it; however, it can be computed: ... = 1.4"), "this metric does not
apply here" for questions that invite it, a yes to "were there any ...?" that names another
thing than the gold's, a concluding "Answer: yes" after working, yes/no questions that open
with a frame ("Looking at backlog, did ..."), golds that say there are none in a sentence of
their own, which-questions whose gold says "Among the three, ...", a margin's change given in
percentage points, and a gold's direction worded the other way.

Every answer is hand-written for a made-up company (Harrowgate Instruments, "HGI"); none is
copied from graded answers. Each case carries the label an expert grader would give and the
verdicts the ruler may give (an expert-incorrect answer is never accepted).
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.scoring import score_answer


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="fth", question=question, answer=gold, type="text")


def pct_q(value: float, question: str) -> EvalQuestion:
    return EvalQuestion(id="fth", question=question, answer=f"{value}%", type="percent",
                        value=value, unit="percent", decimals=1)  # fmt: skip


QUICK = text_q(
    "Does Harrowgate Instruments have a reasonably healthy liquidity profile based on its quick "
    "ratio for FY2023? If the quick ratio is not relevant to measure liquidity, please state that "
    "and explain why.",
    "Yes. The quick ratio is 1.42, calculated as (cash + short-term investments + receivables) / "
    "current liabilities.",
)
QUICK_NO = text_q(
    "Does Harrowgate Instruments have a reasonably healthy liquidity profile based on its quick "
    "ratio for Q1 of FY2024? If the quick ratio is not relevant to measure liquidity, please "
    "state that and explain why.",
    "No. The quick ratio for HGI was 0.91 by Mar'24 close, below the 1x mark.",
)
GROSS = text_q(
    "What drove gross margin change as of FY2023 for Harrowgate Bank? If gross margin is not a "
    "useful metric for a company like this, then please state that and explain why.",
    "Performance is not measured through gross margin",
)
GAINS = text_q(
    "Were there any events outside Harrowgate's ordinary operations that substantially increased "
    "its net income in 2022?",
    "Yes, the gain on the sale of the Marine Sensors division",
)
LAWSUITS = text_q(
    "Has Harrowgate Instruments reported any materially important ongoing legal battles in FY2023?",
    "Yes. Several suits were filed against Harrowgate over the 2021 Lakeside calibration recall "
    "and a 2022 export-control investigation.",
)
STORES = text_q(
    "Was there any change in the number of Harrowgate showrooms between FY2022 and FY2023?",
    "Yes, showrooms fell by 3% from 200 to 194.",
)
BACKLOG = text_q(
    "Looking at order backlog, did Harrowgate's demand in Q2 of FY2023 decrease compared to the "
    "same quarter of the prior year?",
    "Yes. It decreased.",
)
ACQ = text_q(
    "What are major acquisitions that Harrowgate Instruments has done in FY2023 and FY2022?",
    "Harrowgate Instruments did not make any acquisitions in FY2023 and FY2022.",
)
NOTES = text_q(
    "Which debt securities are registered to trade on a national securities exchange under "
    "Harrowgate's name as of FY2023?",
    "There are none",
)
FLOWS = text_q(
    "Among operations, investing, and financing activities, which brought in the most (or lost "
    "the least) cash flow for Harrowgate in FY2023?",
    "Among the three, cash flow from operations was the highest for Harrowgate in FY2023.",
)
OUTPUT = text_q(
    "What production rate changes is Harrowgate forecasting for FY2024?",
    "Harrowgate forecasts an increase in the production rates for its 450 and 520 lines in 2024.",
)
REGIONS = text_q(
    "What are the geographies that Harrowgate Instruments primarily operates in as of 2023?",
    "United States, EMEA, and APAC",
)
BOUGHT = text_q(
    "What are three main companies acquired by Harrowgate mentioned in this 10-K report?",
    "Lumora, Keswick, and Brantfield",
)
LARGEST = text_q(
    "What was the largest liability in Harrowgate Bank's balance sheet in 2023?",
    "Customer deposits",
)
DRIVERS = text_q(
    "What drove the increase in Harrowgate's inventories balance at the end of FY2023?",
    "The increase was driven by the opening of two new assembly plants in Ohio. The answer "
    "assumes FY2023 ends in January 2024.",
)
MARGIN_DRIVERS = text_q(
    "What drove the reduction in SG&A expense as a percent of net sales in FY2023?",
    "Lower freight surcharges and leverage of warranty reserves due to higher sales.",
)
MARGIN_CHANGE = pct_q(
    0.3,
    "What is the FY2022 - FY2023 change in unadjusted operating income % margin for Harrowgate? "
    "Answer in units of percents and round to one decimal place.",
)

CASES: list[tuple[str, str, EvalQuestion, str]] = [
    # --- refusals that point elsewhere -----------------------------------------------------------
    ("refusal", "refused", FLOWS,
     "To work this out, compare the net cash from operating, investing and financing activities in "
     "Harrowgate's cash flow statement. My training data may not cover FY2023, so I recommend "
     "checking the annual report for those totals."),
    ("refusal", "refused", LAWSUITS,
     "Apologies - I don't have Harrowgate's FY2023 annual report and cannot say which lawsuits it "
     "treated as material."),
    ("refusal", "refused", NOTES,
     "The excerpts I was given cover Harrowgate's segment results and its outlook for the year, but "
     "they leave out the cover page. I therefore can't tell which notes are registered."),
    # --- a caveat, then a worked answer ------------------------------------------------------------
    ("correct", "right", QUICK,
     "I'm sorry, the report does not give a quick ratio directly. However, it can be computed: "
     "(cash $810M + receivables $610M) / current liabilities $1,000M = 1.42, so yes - liquidity is "
     "reasonably healthy."),
    ("correct", "right", QUICK_NO,
     "The quarterly report does not show a quick ratio. However, it can be derived: quick assets "
     "of $910M over current liabilities of $1,000M ≈ 0.91, so my answer is no - liquidity is a "
     "little tight."),
    ("refusal", "refused", QUICK,
     "I'm sorry, the report does not give a quick ratio. However, it can be calculated as cash plus "
     "receivables divided by current liabilities."),
    # --- "this metric does not apply" -----------------------------------------------------------
    ("correct", "right", GROSS,
     "Gross margin does not apply well to a bank. Harrowgate Bank's income statement has no cost "
     "of goods sold line; its profitability is read from net interest margin and credit costs."),
    ("correct", "right", GROSS,
     "Gross margin is not a meaningful metric for Harrowgate Bank, which earns interest and fees "
     "rather than selling goods."),
    ("incorrect", "wrong", GROSS,
     "Gross margin rose to 61.2% in FY2023 as fee income grew faster than interest expense."),
    ("incorrect", "wrong", GROSS,
     "Harrowgate Bank's gross margin declined because credit loss provisions increased."),
    # --- a yes to "any ...?" names the gold's thing -----------------------------------------------
    ("incorrect", "not_scored|wrong", GAINS,
     "Yes, the settlement of a patent dispute with Corvale produced a one-off gain that raised "
     "2022 net income."),
    ("correct", "right", GAINS,
     "Yes - a pre-tax gain of about $240 million on the sale of the Marine Sensors division."),
    ("incorrect", "not_scored|wrong", LAWSUITS,
     "Yes. The main matter is a trademark dispute with a distributor in Brazil over the HGI logo."),
    ("correct", "right", LAWSUITS,
     "Yes - suits over the Lakeside calibration recall and an export-control investigation."),
    ("correct", "right", STORES,
     "Yes, there was a change: Harrowgate ended FY2023 with 194 showrooms against 200 a year "
     "earlier, a decline of 3%."),
    # --- a concluding yes or no after working ------------------------------------------------------
    ("correct", "right", QUICK,
     "| Item | $M | |---|---| | Cash | 810 | | Receivables | 610 | | Current liabilities | 1,000 | "
     "| **Quick ratio** | **1.42** | Verdict: **Yes**, liquidity is reasonably healthy."),
    ("correct", "right", GAINS,
     "1. The income statement shows a separate gain line in 2022 only. 2. It came from selling the "
     "Marine Sensors division. Answer: yes - the Marine Sensors sale gain."),
    ("incorrect", "wrong", QUICK_NO,
     "HGI's quick ratio is about 0.91. Given its strong cash generation I would call its liquidity "
     "adequate. Yes, the profile looks reasonably healthy."),
    # --- a yes/no question with a frame -------------------------------------------------------------
    ("correct", "right", BACKLOG,
     "Yes - the order backlog was $1.9B in Q2 FY2023 against $2.3B a year earlier."),
    ("incorrect", "wrong", BACKLOG,
     "No. Harrowgate's backlog held flat at $2.3B, so demand did not decrease."),
    # --- a gold that says there are none -------------------------------------------------------------
    ("correct", "right", ACQ, "None - Harrowgate made no acquisitions in either year."),
    ("correct", "right", ACQ,
     "Harrowgate Instruments did not complete any acquisitions in FY2023 or FY2022; it grew "
     "organically."),
    ("correct", "right", NOTES,
     "1. The cover page lists only common stock under Section 12(b). 2. No bonds are listed. "
     "Answer: there are none."),
    ("incorrect", "not_scored|wrong", ACQ,
     "In FY2023 Harrowgate acquired 12 new showrooms, its major acquisition activity."),
    # --- "Among the three, ..." ---------------------------------------------------------------------
    ("correct", "right", FLOWS, "Operating activities ($1.2 billion inflow)."),
    ("correct", "right", FLOWS,
     "| Harrowgate FY2023 | $M | |---|---| | Operations | **1,204** | | Investing | 95 | | Financing "
     "| (880) | Highest inflow: **cash flow from operations**."),
    ("incorrect", "wrong", FLOWS,
     "Investing activities brought in the most cash, a $95 million inflow after asset sales."),
    # --- a margin's change in percentage points ------------------------------------------------------
    ("correct", "right", MARGIN_CHANGE,
     "+0.3 percentage points (about 5.1% in FY2022 to about 5.4% in FY2023)."),
    ("correct", "right", MARGIN_CHANGE,
     "Margin FY2023 = 5.43%; FY2022 = 5.14%. Change = 5.43% - 5.14% = +0.29 percentage points, "
     "which rounds to 0.3%."),
    ("incorrect", "wrong", MARGIN_CHANGE,
     "Operating income grew from $514M to $543M, a change of 5.6%."),
    # --- a gold that is a short list of names, or one item of a kind -----------------------------
    ("correct", "right", REGIONS,
     "Harrowgate's main regions are the United States (about 70% of sales), EMEA (Europe, the "
     "Middle East and Africa) and APAC."),
    ("incorrect", "wrong", REGIONS,
     "Harrowgate operates through three segments: Industrial, Medical and Aerospace."),
    ("incorrect", "not_scored|wrong", REGIONS,
     "Harrowgate operates primarily in the United States; it gives no other regional breakdown."),
    ("correct", "right", BOUGHT, "Lumora Labs (2021), Keswick Optics (2022) and Brantfield AG (2022)."),
    ("incorrect", "wrong", BOUGHT, "The three main companies acquired were Corvale, Pinemoor and Ashby."),
    ("correct", "right", LARGEST, "Customer deposits ($41.3 billion at year-end 2023)."),
    ("incorrect", "wrong", LARGEST, "Harrowgate Bank's largest liability in 2023 was long-term debt of $9.8 billion."),
    ("incorrect", "not_scored|wrong", LARGEST,
     "Liabilities: customer deposits $41.3B, long-term debt $9.8B. The largest liability is "
     "long-term debt."),
    ("refusal", "refused", LARGEST,
     "I don't know. The context covers Harrowgate Bank's fee income but not its balance sheet."),
    # --- a reason gold, by the drivers named ------------------------------------------------------
    ("correct", "right", DRIVERS,
     "Mainly the opening of two new assembly plants in Ohio, plus higher component costs."),
    ("incorrect", "wrong", DRIVERS,
     "Inventories rose because weak fourth-quarter demand left unsold finished goods."),
    ("refusal", "refused|not_scored", DRIVERS,
     "The rise may reflect new capacity, but the release does not say what drove it."),
    ("correct", "right", MARGIN_DRIVERS,
     "SG&A fell to 18.2% of net sales, driven by lower freight surcharges and leverage of "
     "warranty reserves on higher sales."),
    ("incorrect", "wrong", MARGIN_DRIVERS,
     "The reduction was driven by lower head-office payroll and a smaller marketing budget."),
    ("incorrect", "not_scored|wrong", MARGIN_DRIVERS,
     "Leverage of store labour and occupancy costs on strong comparable sales."),
    # --- a yes backed by the years the gold itself names ---------------------------------------------
    ("correct", "right", LAWSUITS,
     "Yes - suits over the 2021 Lakeside calibration recall and a 2022 export-control investigation."),
    # --- the gold's direction, worded the other way --------------------------------------------------
    ("incorrect", "not_scored|wrong", OUTPUT,
     "Harrowgate expects lower output in 2024: the 450 line is held at 40 units a week and the "
     "520 is paused."),
    ("correct", "right", OUTPUT,
     "Harrowgate plans higher rates in 2024: the 450 rising to 48 a week and the 520 resuming."),
]  # fmt: skip


@pytest.mark.parametrize(("expert", "allowed", "q", "text"), CASES)
def test_the_ruler_reads_these_answers_as_an_expert(
    expert: str, allowed: str, q: EvalQuestion, text: str
) -> None:
    s = score_answer(q, text)
    got = "refused" if s.refused else s.verdict
    assert got in allowed.split("|"), f"expert {expert}; ours {got}: {s.reason} ({s.got_figure})"


def test_the_set_covers_every_label_and_is_mostly_firm() -> None:
    assert {"correct", "incorrect", "refusal"} <= {c[0] for c in CASES}
    assert sum(c[0] == "correct" and c[1] == "right" for c in CASES) >= 12


def test_not_useful_is_no_refusal_only_where_the_gold_says_so() -> None:
    # Where the gold computes the metric, "it cannot be computed and is not meaningful anyway"
    # stays a refusal (graders read it so).
    q = text_q(
        "Roughly how many times did Harrowgate sell its inventory in FY2023? Calculate inventory "
        "turnover; if inventory turnover is not a meaningful metric for the company then state "
        "that and explain why.",
        "Harrowgate sold its inventory 3.1 times in FY2023.",
    )
    text = ("The filing does not contain the data needed to calculate inventory turnover. For a "
            "maker of lab instruments, turnover is not a very meaningful metric anyway.")  # fmt: skip
    assert score_answer(q, text).refused
