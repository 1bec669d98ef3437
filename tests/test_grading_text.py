"""Refusals and text golds read as an expert grader does (issue 11, causes 3 and 6).

Hand-made answers in the styles real models write; none is copied from graded data.
"""

from __future__ import annotations

import pytest

from eval.datasets import financebench_gold
from eval.models import EvalQuestion
from eval.refusals import looks_like_refusal
from eval.scoring import score_answer
from eval.stance import answer_stance
from eval.text_golds import named_terms, score_stated_figures


def numeric(
    value: float = 612.0, question: str = "What was capex? Answer in USD millions."
) -> EvalQuestion:
    return EvalQuestion(id="n", question=question, answer="$612", type="currency", value=value,
                        unit="USD", scale="million")  # fmt: skip


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="t", question=question, answer=gold, type="text")


def outcome(q: EvalQuestion, text: str) -> str:
    s = score_answer(q, text)
    return "refused" if s.refused else s.verdict


# --- cause 3: refusals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, but the information provided does not include capital expenditures for FY2021.",
        "As an AI developed to assist, I don't have access to real-time financial filings.",
        "I cannot provide the capex figure because the excerpts do not contain the cash flow statement.",
        "As an AI language model, I do not have the specific financial results for that year. "
        "You would need to consult the company's 10-K, where capex is listed under investing activities.",
        "Unfortunately, I am unable to determine the amount from the context given.",
        "The provided context does not contain any information about capital spending.",
        "It is not possible to calculate capex from the data shown. To find it, you could look at "
        "the statement of cash flows.",
        "Based on the excerpts, there is no specific data on capital expenditures. If you provide "
        "the cash flow statement, I can compute it.",
        "I apologize, but I don't have enough information to answer that.",
        "The capex figure is not mentioned in the provided 10-K excerpt.",
        "Sorry, I couldn't locate capex in the statements.",
    ],
)
def test_llm_refusals_are_refusals(text: str) -> None:
    assert outcome(numeric(), text) == "refused"
    assert looks_like_refusal(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an answer follows the cue
        ("Capex is not listed as one line. However, capital spending was $612 million.", "right"),
        ("The filing does not state capex directly, but purchases of property were $612 million, "
         "which is the capex.", "right"),
        ("I'm sorry for the confusion earlier: capex was $612 million.", "right"),
        # the answer came first; the cue is about something else
        ("Therefore, capex was $612 million. The documents do not break it down by segment.", "right"),
        ("Capex was $612 million, although segment detail is not disclosed in the filing.", "right"),
        # a figure after the cue that is only a how-to or a condition is no answer
        ("The documents do not include capex. If none is reported, you would state 0.", "refused"),
        # an intermediate figure and then the cue: no answer
        ("Operating cash flow was $2,010 million. However, the capex figure is not provided in "
         "the excerpts, so it cannot be calculated.", "refused"),
    ],
)  # fmt: skip
def test_an_answer_after_a_cue_is_an_answer(text: str, expected: str) -> None:
    assert outcome(numeric(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company does not have any debt securities registered.",
        "There are no debt securities outstanding; the company has no registered notes.",
        "No. The company did not report any impairment in FY2022.",
    ],
)
def test_negative_facts_are_not_refusals(text: str) -> None:
    assert not looks_like_refusal(text)


def test_text_answers_that_refuse_count_as_refusals() -> None:
    q = text_q("What are the main risks the company lists?", "Supply chain and currency risks.")
    assert (
        outcome(q, "I'm sorry, but the provided context does not include the risk factors.")
        == "refused"
    )
    assert outcome(q, "As an AI, I don't have access to the company's filings.") == "refused"


# --- cause 6: yes/no golds by stance (and the figures the gold states) ----------------------


CONSISTENT = text_q(
    "Are the company's gross margins historically consistent (not fluctuating more than 2% a year)?",
    "Yes, margins were consistent; they moved by 0.8% between FY2021 and FY2022.",
)
HIGH_GROWTH = text_q("Is the company a high growth business based on FY2022?",
                     "No, sales grew by only 2.1% in FY2022.")  # fmt: skip
DEBT_UP = text_q("Has the company increased its long-term debt between FY2021 and FY2022?",
                 "No. Long-term debt decreased by $310 million.")  # fmt: skip
STORES = text_q("Was there any change in the number of stores between FY2022 and FY2023?",
                "Yes, the store count fell from 1,150 to 1,122.")  # fmt: skip


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        (CONSISTENT, "Yes. Gross margin was 31.2% in FY2021 and 30.4% in FY2022.", "right"),
        (CONSISTENT, "Based on the figures, yes, the margins have been stable.", "right"),
        (
            CONSISTENT,
            "The gross margins have been consistent, staying within a narrow band.",
            "right",
        ),
        (CONSISTENT, "No, the margins have not been consistent; they swung widely.", "wrong"),
        (CONSISTENT, "The company's gross margins have not been historically consistent.", "wrong"),
        (HIGH_GROWTH, "No. Revenue rose 2.1%, which is modest.", "right"),
        (
            HIGH_GROWTH,
            "The FY2022 results do not indicate a high growth business: sales rose 2.1%.",
            "right",
        ),
        (
            HIGH_GROWTH,
            "Sales rose 2.1%, pointing to a mature business rather than a high growth one.",
            "right",
        ),
        (HIGH_GROWTH, "Yes, the company is a high growth business.", "wrong"),
        (DEBT_UP, "Long-term debt decreased from $9.8 billion to $9.5 billion.", "right"),
        (DEBT_UP, "Yes, long-term debt increased in FY2022.", "wrong"),
        (DEBT_UP, "The company's long-term debt went up by $310 million.", "wrong"),
        (STORES, "Yes, the number of stores declined from 1,150 to 1,122.", "right"),
        (
            STORES,
            "Yes, the number of stores changed from 1,140 to 1,101.",
            "wrong",
        ),  # other figures
        (STORES, "The number of stores remained the same.", "wrong"),
    ],
)
def test_yes_no_golds_by_stance(q: EvalQuestion, text: str, expected: str) -> None:
    assert outcome(q, text) == expected, (answer_stance(q.question, text), score_answer(q, text))


def test_no_readable_stance_is_not_scored() -> None:
    assert outcome(CONSISTENT, "Margins matter for retailers.") == "not_scored"


# --- cause 6: golds that name a thing or state figures --------------------------------------


SEGMENT = text_q("Which business segment will be reported as a discontinued operation?",
                 "The Animal Health segment will be reported as a discontinued operation.")  # fmt: skip
VOTE = text_q("What was the outcome of the shareholder vote on the proposal for a water report?",
              "The proposal for a water report was defeated.")  # fmt: skip


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        (
            SEGMENT,
            "The Animal Health segment will be treated as a discontinued operation.",
            "right",
        ),
        (SEGMENT, "Based on the filing, it is the animal health business.", "right"),
        (SEGMENT, "The Crop Science segment becomes a discontinued operation.", "wrong"),
        (VOTE, "The proposal was defeated, with 90% of votes against.", "right"),
        (VOTE, "Shareholders rejected the proposal.", "right"),
        (VOTE, "The proposal was approved by shareholders.", "wrong"),
    ],
)
def test_named_facts(q: EvalQuestion, text: str, expected: str) -> None:
    assert outcome(q, text) == expected, named_terms(q.question, q.answer)


def test_named_terms_leave_out_the_question_and_generic_words() -> None:
    assert named_terms(SEGMENT.question, SEGMENT.answer) == ["Animal", "Health"]
    assert named_terms(VOTE.question, VOTE.answer) == ["defeated"]
    assert named_terms("What drove the change in margin?", "Higher input costs.") == []


COMPARE = text_q("How did domestic sales growth compare with international sales growth in FY2022?",
                 "Domestic sales rose 4.2% while international sales declined 1.7%.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domestic sales grew 4.2%, while international sales fell 1.7%.", "right"),
        ("Domestic +4.2%; international (1.7)%.", "right"),  # sign as worded
        ("Domestic sales grew 4.2% and international sales grew 6.0% operationally.", "wrong"),
        ("Domestic growth outpaced international growth.", "not_scored"),  # no figures given
    ],
)
def test_golds_that_state_figures(text: str, expected: str) -> None:
    assert outcome(COMPARE, text) == expected, score_stated_figures(COMPARE.answer, text)


@pytest.mark.parametrize(
    "question",
    [
        "What drove operating margin change as of FY2022?",
        "What is the nature and purpose of the company's $2 billion revolving credit facility?",
        "How did FY2022 US sales growth compare with international growth?",
    ],
)
def test_explanation_questions_are_text(question: str) -> None:
    assert financebench_gold(question, "Margins fell 1.2% on higher costs of $300 million.") is None


PACE = text_q("Is growth in adjusted EPS expected to accelerate in FY2024?",
              "No, growth is expected to slow from 6.1% to 5.8%.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adjusted EPS growth is expected to slow slightly, from 6.1% to 5.8%.", "right"),
        ("Adjusted EPS is expected to grow 5.8% in FY2024, a deceleration from 6.1%.", "right"),
        ("Yes, growth is expected to accelerate.", "wrong"),
        ("Growth in adjusted EPS is expected to accelerate to 7%.", "wrong"),
    ],
)
def test_a_question_about_pace_is_answered_by_the_pace(text: str, expected: str) -> None:
    assert outcome(PACE, text) == expected, answer_stance(PACE.question, text)


def test_the_total_of_the_amounts_a_gold_states() -> None:
    q = text_q("How much does the company expect to pay retirees in 2025?",
               "Pension benefits of $820 million and health care benefits of $410 million.")  # fmt: skip
    assert (
        outcome(q, "It expects $820 million of pension and $410 million of health care payments.")
        == "right"
    )
    assert outcome(q, "In total, $1,230 million.") == "right"
    assert outcome(q, "It expects to pay $900 million.") == "wrong"


def test_a_stance_buried_deep_in_pasted_text_is_not_read() -> None:
    pasted = ("FORM 10-K. Annual report. Item 1. Business. Item 1A. Risk factors. Item 7. Results. "
              "The company's gross margins were consistent with the prior year.")  # fmt: skip
    assert outcome(CONSISTENT, pasted) == "not_scored"
    assert (
        outcome(CONSISTENT, pasted + " Therefore, the margins have not been consistent.") == "wrong"
    )


LIQUIDITY = text_q("Does the company have a healthy liquidity profile based on its quick ratio?",
                   "No. The quick ratio was about 0.54.")  # fmt: skip
DROP = text_q(
    "Was there any drop in cash between FY2023 and Q2 FY2024?", "Yes, cash declined by about 42%."
)


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        (LIQUIDITY, "The quick ratio is 0.54, which suggests the company may not have a healthy "
                    "liquidity profile.", "right"),
        (LIQUIDITY, "The company has a reasonably healthy liquidity profile, with a quick ratio of 1.3.", "wrong"),
        (DROP, "Cash and cash equivalents decreased from $1,874 million to $1,093 million.", "right"),
        (DROP, "Yes, cash fell by about 42%.", "right"),
        (DROP, "Yes, cash fell by about 15%.", "wrong"),  # another figure for the change
        (DROP, "There was no drop; cash rose slightly.", "wrong"),
    ],
)  # fmt: skip
def test_more_stances(q: EvalQuestion, text: str, expected: str) -> None:
    assert outcome(q, text) == expected, answer_stance(q.question, text)
