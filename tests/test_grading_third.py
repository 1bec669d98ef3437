"""A third adversarial set for the ruler, written before the rules it tests (session 8).

The first two sets (`test_grading_adversarial.py`, `test_grading_styles.py`) are mostly about
figure questions. This one is about the answers that are hardest to read without an LLM:
yes/no questions whose answer refuses in the words of a "no" ("there is no information
about ..."), a negation that governs a whole clause ("it does not appear that growth will
accelerate"), a yes or no backed by another figure or another year's figures, which-questions
answered with the gold's figure but another pick, the company's full name where the question
abbreviates it, and a change asked for but answered as two levels ("7% (previously 6%)").

Every answer is hand-written for a made-up company (Maplecrest Logistics, "MCL"); none is
copied from graded answers. Each case carries the label an expert grader would give and the
verdicts the ruler may give: an expert-correct answer accepted (or, where a grader could
hesitate, left not scored); an expert-incorrect one never accepted; a refusal never accepted.
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.scoring import score_answer


def figure_q(value: float, question: str, unit: str | None = "USD", scale: str | None = "million",
             type: str = "currency") -> EvalQuestion:  # fmt: skip
    return EvalQuestion(id="thr", question=question, answer="gold", type=type,  # type: ignore[arg-type]
                        value=value, unit=unit, scale=scale)  # fmt: skip


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="thr", question=question, answer=gold, type="text")


DEBT_UP = text_q("Did Maplecrest Logistics increase its total debt between FY2021 and FY2022?",
                 "No. Total debt decreased by $310 million.")  # fmt: skip
ACCEL = text_q("Is Maplecrest Logistics' revenue growth expected to accelerate in FY2024?",
               "No, revenue growth is expected to slow from 6.1% in FY2023 to 4.0% in FY2024.")  # fmt: skip
HEALTHY = text_q("Does Maplecrest Logistics have a healthy liquidity profile based on its FY2022 "
                 "current ratio?",
                 "Yes. The current ratio was 1.85, which indicates a healthy liquidity profile.")  # fmt: skip
CASH_DROP = text_q("Was there any drop in Maplecrest Logistics' cash and cash equivalents between "
                   "FY2022 and FY2023?",
                   "Yes, cash fell by about 30%, from $1,020 million to $714 million.")  # fmt: skip
WHICH_CF = text_q("Among operating, investing and financing activities, which provided the most "
                  "cash for Maplecrest Logistics in FY2023?",
                  "Operating activities provided the most cash in FY2023 ($640 million).")  # fmt: skip
CASH_FELL = text_q("Did Maplecrest Logistics' cash and cash equivalents fall between FY2022 and FY2023?",
                   "Yes, cash and cash equivalents fell by about 30% between FY2022 and FY2023.")  # fmt: skip
SEGMENT = text_q("Which business segment of MCL will be reported as discontinued operations from "
                 "March 1, 2024?",
                 "The Cold Chain segment will be reported as discontinued operations from March 1, 2024.")  # fmt: skip
RAISE = figure_q(1.0, "By how many percentage points did Maplecrest Logistics raise its FY2024 "
                      "revenue growth guidance in Q1?", "percent", None, "percent")  # fmt: skip
LITIGATION = text_q("Has Maplecrest Logistics reported any material pending litigation in FY2023?",
                    "No, Maplecrest Logistics is not party to any material pending litigation.")  # fmt: skip
DIVIDEND = text_q("Does Maplecrest Logistics pay a dividend?",
                  "Yes, it paid a quarterly dividend of $0.25 per share in FY2023.")  # fmt: skip
RETIREES = text_q("As of FY2021, how much did Maplecrest Logistics expect to pay its retirees in "
                  "2024?", "Expected pension benefit payments were $412 million and other "
                  "postretirement payments $58 million.")  # fmt: skip
REGIONS = text_q("How did Maplecrest Logistics' US and international revenue change in FY2023?",
                 "US revenue rose 4.1% while international revenue fell 2.3%.")  # fmt: skip
MARGIN = figure_q(12.5, "What was Maplecrest Logistics' FY2023 operating margin? Round to one "
                         "decimal place.", "percent", None, "percent")  # fmt: skip
CHANGE = figure_q(-4.2, "What was the year-over-year change in Maplecrest Logistics' FY2023 revenue, "
                        "in percent?", "percent", None, "percent")  # fmt: skip
VOTE = text_q("What was the outcome of the shareholder vote on Maplecrest Logistics' proposal to "
              "declassify its board at the 2023 annual meeting?", "The proposal was approved.")  # fmt: skip
CONCENTRATED = text_q("Is Maplecrest Logistics' revenue concentrated in North America?",
                      "Yes, North America generated 78% of FY2023 revenue.")  # fmt: skip
CAPEX = figure_q(455.0, "What was Maplecrest Logistics' FY2022 capital expenditure? Answer in USD "
                        "millions.")  # fmt: skip

CASES: list[tuple[str, str, EvalQuestion, str]] = [
    # --- a refusal worded as a "no" is no "no" ---------------------------------------------------
    ("refusal", "refused|not_scored", DEBT_UP,
     "Based on the provided filing, Maplecrest has not explicitly stated whether it increased its "
     "debt between FY2021 and FY2022. The excerpts describe its business and its segments, and "
     "say nothing about borrowings."),
    ("refusal", "refused|not_scored", DEBT_UP,
     "The 10-K excerpt doesn't say whether Maplecrest's debt went up or down between the two years."),
    ("refusal", "refused|not_scored", HEALTHY,
     "There is no specific information about Maplecrest's current ratio in the provided context. "
     "Without current assets and current liabilities, it is not possible to assess its liquidity."),
    ("refusal", "refused|not_scored", HEALTHY,
     "There is no specific information about Maplecrest Logistics' current ratio for FY2022 in "
     "the context. However, the company says its cash and credit lines are sufficient for the "
     "next twelve months."),
    ("refusal", "refused|not_scored", HEALTHY,
     "The excerpt has no data on current assets or current liabilities, so the FY2022 current "
     "ratio and the liquidity profile cannot be determined."),
    ("refusal", "refused|not_scored", ACCEL,
     "No guidance for FY2024 is included in the documents, so I cannot tell whether revenue "
     "growth is expected to accelerate."),
    ("correct", "right|not_scored", HEALTHY,
     "The filing does not state the current ratio directly. However, current assets were $3.7 "
     "billion and current liabilities $2.0 billion, a ratio of 1.85, which indicates a healthy "
     "liquidity profile."),
    # ... but where the question asks whether something was reported, no mention of it is a "no"
    ("correct", "right", LITIGATION,
     "The FY2023 filing does not mention any material pending litigation. However, it notes "
     "that routine claims arise in the ordinary course of business and are not expected to be "
     "material."),
    ("incorrect", "wrong|not_scored", LITIGATION,
     "Yes. The FY2023 filing reports a material pending lawsuit over a warehouse fire."),
    # ... and a "No." that opens a refusal is a "no" to the asker, not to the question
    ("refusal", "refused|not_scored", DEBT_UP,
     "No. The provided documents do not include the balance sheet, so I cannot determine whether "
     "total debt increased."),
    ("refusal", "refused|not_scored", DEBT_UP, "No, it is not possible to tell from the excerpt."),
    # --- a negation that governs the clause after it ---------------------------------------------
    ("correct", "right", ACCEL,
     "It does not appear that Maplecrest Logistics' revenue growth is expected to accelerate in "
     "FY2024: guidance implies about 4.0% growth after 6.1% in FY2023."),
    ("correct", "right", ACCEL,
     "There is no indication that revenue growth will accelerate in FY2024. Management guides to "
     "4.0% growth, down from 6.1%."),
    ("correct", "right|not_scored", ACCEL,
     "I don't think revenue growth is expected to accelerate in FY2024; guidance of 4.0% is "
     "below FY2023's 6.1%."),
    ("correct", "right", ACCEL,
     "Guidance calls for revenue growth of 4.0% in FY2024, after 6.1% in FY2023. Therefore, "
     "growth is not expected to accelerate; it is expected to slow."),
    ("incorrect", "wrong|not_scored", ACCEL,
     "Yes. Revenue growth is expected to pick up in FY2024 as new warehouses open."),
    ("incorrect", "wrong|not_scored", ACCEL,
     "It appears that revenue growth is expected to accelerate in FY2024, driven by new contracts."),
    ("incorrect", "wrong|not_scored", ACCEL,
     "There is no doubt that revenue growth will accelerate in FY2024, to about 8%."),
    # --- a stance backed by other figures than the gold's ----------------------------------------
    ("correct", "right", DEBT_UP,
     "No. Maplecrest's total debt fell from $2.41 billion at the end of FY2021 to $2.10 billion "
     "at the end of FY2022."),
    ("correct", "right", DEBT_UP, "No, total debt went down by $310 million."),
    ("incorrect", "wrong|not_scored", DEBT_UP, "No. Total debt decreased by $85 million in FY2022."),
    ("correct", "right", HEALTHY,
     "Yes. The FY2022 current ratio was about 1.85 (current assets of $3.7 billion over current "
     "liabilities of $2.0 billion), so liquidity looks healthy."),
    ("incorrect", "wrong|not_scored", HEALTHY,
     "Yes. The current ratio was 0.62 in FY2022, which is healthy for a logistics company."),
    ("incorrect", "wrong|not_scored", HEALTHY,
     "No. With a current ratio of 0.62, Maplecrest's liquidity is weak."),
    # --- a stance backed only by another period's figures ----------------------------------------
    ("correct", "right", CASH_DROP,
     "Yes. Cash and cash equivalents fell from $1,020 million at the end of FY2022 to $714 "
     "million at the end of FY2023, a decline of about 30%."),
    ("correct", "right", CASH_DROP, "Yes - cash declined roughly 30% over the year."),
    ("incorrect", "wrong|not_scored", CASH_DROP,
     "Yes, there was a drop in cash and cash equivalents between FY2022 and FY2023. The statement "
     "shows cash of $2.1 billion at the end of fiscal 2020 and $1.6 billion at the end of fiscal "
     "2019."),
    ("incorrect", "wrong|not_scored", CASH_FELL,
     "Yes, cash and cash equivalents fell between FY2022 and FY2023. The filing shows $17.1 "
     "billion in marketable securities at the end of fiscal 2021 and $11.2 billion at the end of "
     "fiscal 2020."),
    ("correct", "right", CASH_FELL,
     "Yes. Cash and cash equivalents fell from $1.02 billion at the end of FY2022 to $0.71 "
     "billion at the end of FY2023."),
    ("correct", "right", CASH_FELL, "Yes, by roughly 30%."),
    ("incorrect", "wrong|not_scored", CASH_DROP,
     "Yes, there was a drop. Cash and cash equivalents rose by $0.3 billion over the period, "
     "driven by strong operating cash flow."),
    # (a question that names no year asks about the gold's)
    ("incorrect", "wrong|not_scored", CONCENTRATED, "Yes, North America generated 78% of FY2020 revenue."),
    ("correct", "right", CONCENTRATED, "Yes. About 80% of revenue comes from North America."),
    # --- a which-question: the pick, not the figure beside it ------------------------------------
    ("correct", "right|not_scored", WHICH_CF,
     "Operating activities brought in the most cash: $640 million in FY2023, while investing and "
     "financing activities used cash."),
    ("correct", "right|not_scored", WHICH_CF, "Operating activities ($640 million)."),
    ("incorrect", "wrong|not_scored", WHICH_CF,
     "Maplecrest's operating cash flow was $640 million in FY2023, but investing activities "
     "provided the most cash, $710 million, from the sale of its trucking unit."),
    ("incorrect", "wrong|not_scored", WHICH_CF,
     "Cash from operating activities was $640 million. Because of the large asset sale, the "
     "Investing segment brought in the most cash in FY2023."),
    ("incorrect", "wrong|not_scored", WHICH_CF,
     "- Operating activities: $640 million\n- Investing activities: $710 million\n"
     "- Financing activities: ($220) million\nInvesting activities provided the most cash."),
    # --- the company's full name is not another candidate ----------------------------------------
    ("correct", "right", SEGMENT,
     "The business segment of Maplecrest Cold Logistics that will be reported as discontinued "
     "operations from March 1, 2024 is the Cold Chain segment."),
    ("correct", "right", SEGMENT,
     "Maplecrest Cold Logistics (MCL) will report its Cold Chain segment as discontinued "
     "operations from March 1, 2024."),
    ("incorrect", "wrong|not_scored", SEGMENT,
     "Maplecrest Cold Logistics will report its Freight Brokerage segment as discontinued "
     "operations from March 1, 2024; the Cold Chain segment continues."),
    ("incorrect", "wrong|not_scored", SEGMENT,
     "The business segment of Maplecrest Cold Logistics that will be reported as discontinued "
     "operations is the Freight Brokerage segment."),
    # --- a change asked for, answered as two levels ----------------------------------------------
    ("correct", "right", RAISE, "Guidance was raised from 6% to 7%, i.e. by 1 percentage point."),
    ("correct", "right|not_scored", RAISE,
     "\"We now expect FY2024 revenue to grow 7 percent (previously 6 percent),\" the CEO said."),
    ("incorrect", "wrong|not_scored", RAISE, "FY2024 revenue growth guidance is now 7%."),
    ("correct", "right", RAISE,
     "Guidance was raised by 1 percentage point, from 6% to 7% revenue growth for FY2024."),
    ("incorrect", "wrong|not_scored", RAISE,
     "\"We now expect FY2024 revenue to grow 8 percent (previously 6 percent),\" the CEO said."),
    ("incorrect", "wrong|not_scored", RAISE, "Guidance was raised from 6% to 8%."),
    # --- audit: answer styles the rules above must not mis-score --------------------------------
    ("correct", "right", HEALTHY, "Yes. The current ratio was 1.9, which indicates healthy liquidity."),
    ("correct", "right", HEALTHY, "Yes. The current ratio was about 1.8x, comfortably above 1."),
    ("correct", "right", HEALTHY, "Yes. Its quick ratio was 0.9, which is healthy."),  # another measure
    ("incorrect", "wrong", ACCEL,
     "Not only is revenue growth expected to accelerate in FY2024, margins should also widen."),
    ("incorrect", "wrong", ACCEL,
     "I do not think revenue growth will slow in FY2024; it is expected to accelerate."),
    ("correct", "right", CASH_FELL,
     "Yes. Cash fell from $1.02 billion at January 28, 2023 to $0.71 billion at the end of FY2023."),
    ("correct", "right", DEBT_UP, "No. Total debt decreased, by about $300 million."),
    ("incorrect", "wrong", DEBT_UP, "No. Total debt decreased by roughly $250 million."),
    ("correct", "right|not_scored", WHICH_CF,
     "Operating activities generated the most cash, while financing activities used the most."),
    ("correct", "right", WHICH_CF,
     "Operating, investing and financing activities all matter, but operating activities "
     "provided the most cash."),
    ("correct", "right", DEBT_UP, "No it did not; total debt went down by $310 million."),
    ("incorrect", "wrong", DEBT_UP, "Yes it did, by $310 million."),
    ("incorrect", "wrong|not_scored", HEALTHY,
     "Yes, but only on paper: it could not meet its short-term obligations in FY2022."),
    ("correct", "right|not_scored", HEALTHY,
     "Yes, although the current ratio of 1.85 was lower than the year before."),
    ("incorrect", "wrong|not_scored", DIVIDEND, "Yes, it pays a quarterly dividend of $0.40 per share."),
    ("correct", "right", DIVIDEND, "Yes. It paid $0.25 per share each quarter in FY2023."),
    ("incorrect", "wrong|not_scored", DIVIDEND,
     "Yes, but it suspended the dividend in FY2023 and paid nothing."),
    # --- a text gold's figures stated for another year, or rounded with a hedge -----------------
    ("incorrect", "wrong|not_scored", RETIREES,
     "Pension benefits: $412 million in 2023; other postretirement benefits: $58 million in "
     "2023. For 2024, $431 million and $61 million."),
    ("correct", "right", RETIREES,
     "Maplecrest expected to pay $412 million of pension benefits and $58 million of other "
     "postretirement benefits in 2024."),
    ("correct", "right", REGIONS,
     "US revenue grew about 4% while international revenue declined about 2%."),
    ("incorrect", "wrong|not_scored", REGIONS, "US revenue grew 4% while international revenue declined 3%."),
    ("incorrect", "wrong|not_scored", SEGMENT,
     "the freight brokerage segment will be reported as discontinued operations from March 1, "
     "2024, while Cold Chain continues."),
    ("correct", "right|not_scored", DIVIDEND,
     "Yes. The filing does not give the amount, but the board declared quarterly dividends "
     "throughout FY2023."),
    ("correct", "right", SEGMENT, "Cold Chain."),
    ("correct", "right", SEGMENT,
     "MCL will report the Cold Chain segment as discontinued from March 1, 2024, while Freight "
     "Brokerage stays."),
    # --- a figure offered with another possible one; a change without its direction ----------
    ("incorrect", "wrong|not_scored", MARGIN,
     "The answer is 12.5%. However, I'm not fully certain; it could be 11.8%."),
    ("correct", "right", MARGIN,
     "Operating margin was 12.5%, up from 11.0% a year ago. Margins could be 13% next year."),
    ("correct", "right|not_scored", CHANGE, "Revenue changed by 4.2% year over year."),
    ("incorrect", "wrong", CHANGE, "Revenue grew 4.2% year over year."),
    ("correct", "right", CHANGE, "Revenue declined 4.2% year over year."),
    # --- an outcome named, and its opposite too ------------------------------------------------
    ("incorrect", "wrong|not_scored", VOTE, "It was approved by the board but rejected by shareholders."),
    ("correct", "right", VOTE, "Shareholders approved the proposal to declassify the board."),
    ("incorrect", "wrong", VOTE, "Shareholders rejected the proposal."),
    # --- refusals in a figure question -----------------------------------------------------------
    ("refusal", "refused", CAPEX,
     "Regrettably, the FY2022 capex number is nowhere to be found in the material supplied."),
    ("refusal", "refused|not_scored", CAPEX,
     "The filing has not explicitly stated Maplecrest's FY2022 capital expenditure, so I can't "
     "give a figure."),
    ("correct", "right", CAPEX,
     "Maplecrest does not break out maintenance capex, but total FY2022 capital expenditure was "
     "$455 million."),
]  # fmt: skip


@pytest.mark.parametrize(("expert", "allowed", "q", "text"), CASES)
def test_the_ruler_reads_hard_answers_as_an_expert(
    expert: str, allowed: str, q: EvalQuestion, text: str
) -> None:
    s = score_answer(q, text)
    got = "refused" if s.refused else s.verdict
    assert got in allowed.split("|"), f"expert {expert}; ours {got}: {s.reason} ({s.got_figure})"


def test_the_set_covers_every_label_and_mostly_firm_cases() -> None:
    labels = [c[0] for c in CASES]
    assert {"correct", "incorrect", "refusal"} <= set(labels)
    # Expert-correct answers must mostly be accepted outright, so the set also checks that the
    # ruler does not retreat into "not scored".
    firm = [c for c in CASES if c[0] == "correct" and c[1] == "right"]
    assert len(firm) >= 8


def test_a_reason_asked_after_a_leading_phrase_is_left_to_the_judge() -> None:
    q = text_q("As of FY2023 Q1, why did Maplecrest Logistics raise its FY2024 revenue guidance?",
               "Maplecrest had a strong start to the year.")  # fmt: skip
    s = score_answer(q, "Because demand from grocery customers rose and it had a strong start.")
    assert (s.verdict, s.reason) == ("not_scored", "asks for a reason: needs an LLM judge")
