"""Precision over coverage: answers an expert would not score at a glance stay "not scored".

Each rule is one a grader would state; the answers are hand-made, none is copied from
graded data. An answer left "not scored" goes to the LLM judge (or a person) instead of
being accepted on a weak reading.
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.scoring import score_answer
from eval.stance import stance_reading
from eval.text_golds import asks_for_a_reason


def figure_q(value: float, question: str, unit: str | None = "USD", scale: str | None = "million",
             type: str = "currency") -> EvalQuestion:  # fmt: skip
    return EvalQuestion(id="p", question=question, answer="gold", type=type, value=value,  # type: ignore[arg-type]
                        unit=unit, scale=scale)  # fmt: skip


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="p", question=question, answer=gold, type="text")


def outcome(q: EvalQuestion, text: str) -> str:
    s = score_answer(q, text)
    return "refused" if s.refused else s.verdict


# --- several candidate figures and no conclusion --------------------------------------------

CAPEX = figure_q(612.0, "What was Acme's FY2021 capital expenditure? Answer in USD millions.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two figures for the asked thing, neither marked as the answer: a grader cannot tell.
        ("Acme's capital expenditure was $612 million. Looking at the cash flow statement, "
         "Acme's capital expenditure was $655 million.", "not_scored"),
        ("Acme capital expenditure stood at $612 million per the MD&A. The investing section "
         "shows capital expenditure of $590 million.", "not_scored"),
        # A figure for another period is context, not a rival.
        ("Acme's capital expenditure was $612 million in FY2021. In FY2020, capital expenditure "
         "was $540 million.", "right"),
        # A conclusion settles it.
        ("Acme's capital expenditure was $655 million before disposals. Therefore, Acme's net "
         "capital expenditure was $612 million.", "right"),
        # Figures that agree are not rivals.
        ("Acme's capital expenditure was $612 million. The cash flow statement confirms capital "
         "expenditure of $612.0 million.", "right"),
        # Neither candidate is the gold: wrong, not ambiguous.
        ("Acme's capital expenditure was $580 million. Elsewhere capital expenditure is given "
         "as $612 million.", "wrong"),
        # Other figures about other things are not rivals.
        ("Acme's capital expenditure was $612 million. Revenue was $9,400 million.", "right"),
    ],
)  # fmt: skip
def test_rival_figures_without_a_conclusion(text: str, expected: str) -> None:
    assert outcome(CAPEX, text) == expected, score_answer(CAPEX, text)


# --- a ratio written with a percent sign ----------------------------------------------------

QUICK = figure_q(0.66, "What is the FY2022 quick ratio? Round to two decimal places.", None, None,
                 "ratio")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quick ratio is 0.66.", "right"),
        ("The quick ratio is 66%.", "right"),  # the same value written as a percent
        ("The quick ratio is 0.66%.", "not_scored"),  # 100x off as written: a slip or not?
        ("The quick ratio is 0.81.", "wrong"),
    ],
)
def test_a_ratio_with_a_percent_sign(text: str, expected: str) -> None:
    assert outcome(QUICK, text) == expected, score_answer(QUICK, text)


def test_an_answer_states_the_scale_of_its_own_figures() -> None:
    q = figure_q(612.0, "What was Acme's FY2021 capital expenditure?")
    assert outcome(q, "All amounts are in millions. Acme's capital expenditure was $612.") == "right"
    assert outcome(q, "Acme's capital expenditure was $612.") == "wrong"  # no scale at all


# --- yes/no answers that take both stances --------------------------------------------------

STEADY = text_q("Are Zeta's operating margins stable (not moving more than 1% a year)?",
                "Yes, operating margins stayed within 0.4% of each other.")  # fmt: skip
GROWTH = text_q("Is Zeta a high growth company based on FY2022 results?",
                "No, revenue grew only 2% in FY2022.")  # fmt: skip
STORES = text_q("Was there any change in the number of Zeta stores during FY2023?",
                "Yes, stores fell from 420 to 401.")  # fmt: skip


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        # The first answering sentence restates, a later one denies: a grader reads the denial.
        (STEADY, "Zeta's operating margins have moved around over the period. This suggests that "
                 "the margins are not stable.", "wrong"),
        # Both stances stated: not scored.
        (STORES, "There does not appear to be any change in the number of Zeta stores in FY2023. "
                 "So the number of stores decreased by 19.", "not_scored"),
        # Echoing the question's own negated clause affirms it.
        (STEADY, "Zeta's operating margins are stable. They have not moved more than 1% a year.",
         "right"),
        # The last sentence of an answer that addressed the question up front concludes it.
        (GROWTH, "Zeta's revenue increased 2% in FY2022 after 11% in FY2021. Margins narrowed. "
                 "These results are not those of a high growth company.", "right"),
        (GROWTH, "Zeta's revenue increased 2% in FY2022. Zeta looks like a high growth company "
                 "to me.", "wrong"),
    ],
)  # fmt: skip
def test_stances_read_across_the_answer(q: EvalQuestion, text: str, expected: str) -> None:
    assert outcome(q, text) == expected, stance_reading(q.question, text)


def test_a_restated_question_with_other_figures_is_not_scored() -> None:
    q = text_q("Does Zeta have a healthy liquidity profile based on its quick ratio?",
               "Yes, the quick ratio is 1.52.")  # fmt: skip
    # Only restates the question, with its own figure: which way does 0.9 point?
    said = "Zeta has a healthy liquidity profile, with a quick ratio of 0.9 based on its filing."
    assert stance_reading(q.question, said)[1] == "restated"
    assert outcome(q, said) == "not_scored"
    assert outcome(q, "Zeta has a healthy liquidity profile with a quick ratio of 1.52.") == "right"
    assert outcome(q, "No, Zeta's liquidity profile is not healthy: the quick ratio is 0.9.") == "wrong"


# --- text golds' facts only partly matched --------------------------------------------------

SALES = text_q("How did Zeta's domestic sales growth compare to foreign sales growth in FY2022?",
               "Domestic sales grew 4.2% while foreign sales fell 1.5%.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domestic sales grew 4.2% and foreign sales fell 1.5%.", "right"),
        # States the gold's figures, then concludes with another one for the comparison.
        ("Domestic sales grew 4.2%; foreign sales fell 1.5% as reported but grew 7.3% in "
         "constant currency. Therefore, foreign growth of 7.3% beat domestic growth of 4.2%.",
         "not_scored"),
        ("Domestic sales grew 4.2% while foreign sales grew 3.0%.", "wrong"),
    ],
)  # fmt: skip
def test_a_conclusion_with_other_figures(text: str, expected: str) -> None:
    assert outcome(SALES, text) == expected, score_answer(SALES, text)


def test_a_gold_that_says_more_than_its_figures() -> None:
    q = text_q("How did Zeta's gross margin change in FY2023 and what was behind it?",
               "Gross margin fell from 31.2% to 29.8% as freight and warehousing costs rose, "
               "promotional discounts deepened across apparel, and the mix shifted toward "
               "lower-margin wholesale accounts.")  # fmt: skip
    text = "Gross margin fell from 31.2% to 29.8% because of a one-off inventory write-down."
    assert outcome(q, text) == "not_scored"
    assert outcome(q, "Gross margin fell from 31.2% to 27.5%.") == "wrong"


@pytest.mark.parametrize(
    "question",
    [
        "What drove the decline in Zeta's operating margin in FY2023?",
        "Why did Zeta's inventory rise in FY2022?",
        "What were the main factors behind the increase in SG&A?",
        "Explain the change in free cash flow between FY2021 and FY2022.",
        "What is the nature and purpose of Zeta's restructuring reserve?",
    ],
)
def test_questions_that_ask_for_a_reason(question: str) -> None:
    assert asks_for_a_reason(question)
    q = text_q(question, "Margin fell 1.2% due to higher freight costs.")
    assert outcome(q, "It fell 1.2% because of lower volumes.") == "not_scored"


@pytest.mark.parametrize(
    "question",
    ["How did Zeta's US sales growth compare to international growth?",
     "What was the outcome of the shareholder vote?", "Which segment grew fastest?"],
)  # fmt: skip
def test_questions_that_do_not_ask_for_a_reason(question: str) -> None:
    assert not asks_for_a_reason(question)


def test_naming_alternatives_is_not_naming_the_answer() -> None:
    q = text_q("Which Zeta segment grew the fastest in FY2023?",
               "The Outdoor segment grew fastest, at 14%.")  # fmt: skip
    assert outcome(q, "The Outdoor segment grew the fastest in FY2023.") == "right"
    assert outcome(q, "Either Outdoor or Footwear grew the fastest segment in FY2023.") == "not_scored"
    assert outcome(q, "The Footwear segment grew the fastest in FY2023.") == "wrong"


def test_a_short_question_needs_one_shared_word_for_a_rival() -> None:
    q = figure_q(612.0, "What was capex?")
    assert outcome(q, "Capex was $612 million. After adjustments, capex is $700 million.") == "not_scored"
    assert outcome(q, "Capex was $612 million. Revenue was $9,400 million.") == "right"


# --- a figure question that asks for more than the figure ------------------------------------


def test_a_figure_question_that_also_asks_for_a_judgement() -> None:
    q = EvalQuestion(id="p", question="What is Zeta's FY2022 quick ratio and is it healthy?",
                     answer="0.54, which signals weak liquidity.", type="ratio", value=0.54)  # fmt: skip
    assert outcome(q, "The quick ratio is 0.54, which is healthy.") == "not_scored"
    assert outcome(q, "The quick ratio is 0.91.") == "wrong"
    both = EvalQuestion(id="p", question="What growth does Zeta now expect, and what was its earlier estimate?",
                        answer="12%, up from an earlier estimate of 9%", type="percent", value=12.0,
                        unit="percent")  # fmt: skip
    assert outcome(both, "Zeta now expects 12% growth, up from its earlier 9%.") == "right"
    assert outcome(both, "Zeta now expects 12% growth.") == "not_scored"


# --- the gold rounded coarsely ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Capex was $1.58 billion.", "right"),  # within 1%
        ("Capex was $1.6 billion.", "not_scored"),  # 1,577 rounds to 1.6 billion, 1.5% off
        ("Capex was $1.7 billion.", "wrong"),
        ("Capex was $2 billion.", "wrong"),  # a whole number of billions is no reading of 1,577
        ("Capex was $1,600 million.", "wrong"),
    ],
)
def test_the_gold_rounded_coarsely(text: str, expected: str) -> None:
    q = figure_q(1577.0, "What was FY2018 capex? Answer in USD millions.")
    assert outcome(q, text) == expected, score_answer(q, text)


def test_coarse_rounding_against_an_asked_rounding_is_wrong() -> None:
    q = figure_q(24.26, "What is the FY2018 gross margin? Round to two decimal places.", "percent",
                 None, "percent")  # fmt: skip
    assert outcome(q, "Gross margin was 24.3%.") == "wrong"
    loose = figure_q(24.26, "What is the FY2018 gross margin?", "percent", None, "percent")
    assert outcome(loose, "Gross margin was 24%.") == "wrong"  # a whole number
    assert outcome(loose, "Gross margin was 24.3%.") == "right"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zeta may borrow a total of $8.4 billion. This total includes $4.2 billion under each "
         "of the two agreements.", "right"),  # the figure the label names, not one it includes
        ("Zeta may borrow $4.2 billion under each of its two agreements, for a total of "
         "$8.4 billion.", "right"),
        ("Agreement A: $4.2 billion. Agreement B: $4.2 billion. Total: $8.4 billion.", "right"),
        ("The total is $9.9 billion. This total includes $4.2 billion under each agreement.",
         "wrong"),
    ],
)  # fmt: skip
def test_the_figure_an_aggregate_word_names(text: str, expected: str) -> None:
    q = EvalQuestion(id="p", question="What is the total amount Zeta may borrow under its credit "
                     "agreements?", answer="$8,400,000,000", type="currency", value=8.4e9, unit="USD")  # fmt: skip
    assert outcome(q, text) == expected, score_answer(q, text)


def test_a_closing_caveat_is_not_a_conclusion() -> None:
    said = ("Zeta's revenue grew 31% in FY2022, which is that of a high growth company. "
            "However, it is important to note that past growth is not a guarantee of future growth.")  # fmt: skip
    q = text_q(GROWTH.question, "Yes, revenue grew 31% in FY2022.")
    assert stance_reading(q.question, said) == ("yes", "restated")
    assert outcome(q, said) == "right"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domestic sales rose 4.2% and foreign sales dropped 1.5%.", "right"),
        ("Domestic: +4.2%. Foreign: (1.5)%.", "right"),
        ("Domestic sales were 4.2% higher; foreign sales were 1.5% lower.", "right"),
        # The gold's figures, each worded as a change the other way.
        ("Domestic sales fell 4.2% while foreign sales grew 1.5%.", "not_scored"),
    ],
)
def test_a_stated_figure_keeps_its_direction(text: str, expected: str) -> None:
    assert outcome(SALES, text) == expected, score_answer(SALES, text)


CAPITAL = text_q("Is Zeta a capital-intensive business based on FY2022 data?",
                 "Yes, capital expenditure was 11% of revenue in FY2022.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "how", "expected"),
    [
        ("Zeta is a capital-intensive business: it spends heavily on plants.", "restated", "right"),
        # Speaks of the subject, never says what the question asks of it.
        ("Zeta is a relatively asset-light business based on FY2022 data.", "none", "not_scored"),
        ("Zeta's FY2022 data shows a business with strong cash flows.", "none", "not_scored"),
        ("Zeta is not a capital-intensive business.", "stated", "wrong"),
        # A conclusion drawn mid-sentence counts.
        ("Capex was 11% of revenue in FY2022, so Zeta is a capital-intensive business.", "restated",
         "right"),
    ],
)  # fmt: skip
def test_a_restatement_must_say_what_the_question_asks(text: str, how: str, expected: str) -> None:
    assert stance_reading(CAPITAL.question, text)[1] == how
    assert outcome(CAPITAL, text) == expected


REGION = text_q("Which region had the worst topline performance for Zeta during FY2022?",
                "Europe had the worst topline performance, with sales down 5%.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe had the worst topline performance in FY2022.", "right"),
        ("Based on the 10-K, Europe had the worst topline performance, while Asia grew 4%.", "right"),
        # Another candidate named first, or the gold's named only as a contrast.
        ("Asia had the worst topline performance, while Europe was flat.", "not_scored"),
        ("Unlike Europe, Asia had the worst topline performance.", "not_scored"),
        ("Europe and Asia both had weak topline performance.", "not_scored"),
        ("Asia, not Europe, had the worst topline performance.", "wrong"),
    ],
)
def test_the_named_thing_must_be_the_answer_not_a_contrast(text: str, expected: str) -> None:
    assert outcome(REGION, text) == expected, score_answer(REGION, text)


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Yes, the margins are stable. They moved 0.4% at most. Therefore, the margins are stable.",
         "explicit"),
        ("Yes. No other issues stand out.", "explicit"),
        # An explicit answer its own conclusion contradicts, or one that takes both.
        ("Yes, margins moved around. Therefore, the margins are not stable.", "mixed"),
        ("Yes and no: it depends on the period.", "none"),
    ],
)  # fmt: skip
def test_an_explicit_stance_its_conclusion_contradicts(text: str, how: str) -> None:
    assert stance_reading(STEADY.question, text)[1] == how
    assert (outcome(STEADY, text) == "not_scored") is (how != "explicit")


AVERAGE = figure_q(4.1, "What is the FY2019 - FY2021 3 year average of capex as a % of revenue? Round "
                   "to one decimal place.", "percent", None, "percent")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 3-year average is 4.1%.", "right"),
        ("Capex was 3.9%, 4.1% and 4.3% of revenue, averaging 4.1%.", "right"),
        ("Capex was 3.9%, 4.1% and 4.3% of revenue. So it is 4.1%.", "right"),
        # One year's figure, never named as the average: the gold by coincidence?
        ("Capex as a % of revenue was 4.1% in FY2020.", "not_scored"),
        ("Capex was 3.9%, 4.1% and 4.3% of revenue, averaging 4.3%.", "wrong"),
    ],
)
def test_an_aggregate_must_be_named_or_concluded(text: str, expected: str) -> None:
    assert outcome(AVERAGE, text) == expected, score_answer(AVERAGE, text)


def test_a_line_item_called_total_is_no_aggregate() -> None:
    q = figure_q(5409.0, "What is the year end FY2019 total amount of inventories? Answer in USD millions.")
    assert outcome(q, "FY2019 inventories were $5,409 million.") == "right"


def test_a_figure_for_the_prior_period_is_no_rival() -> None:
    q = figure_q(5409.0, "What is the year end FY2019 amount of inventories? Answer in USD millions.")
    assert outcome(q, "Inventory totaled $5,409 million. At the end of the prior fiscal year, "
                      "inventory was $5,209 million.") == "right"  # fmt: skip
    assert outcome(q, "Inventory was $5,409 million. The balance sheet shows inventories of "
                      "$5,209 million.") == "not_scored"  # fmt: skip


def test_an_unmarked_build_up_to_the_figure_is_not_read_as_answer_first() -> None:
    q = figure_q(9068.0, "What is the FY2022 EBITDA less capex for Zeta? Answer in USD millions.")
    built_up = ("Zeta's operating income was $11,512 million. D&A was $2,763 million and capex "
                "$5,207 million. Zeta's EBITDA less capex is $9,068 million.")  # fmt: skip
    # The opening figure is labelled as another measure (operating income); the last one names
    # what is asked: a grader reads that one.
    assert outcome(q, built_up) == "right"
    assert outcome(q, built_up.replace("$9,068", "$9,500")) == "wrong"  # neither is the gold
    # Two figures both named as what is asked, no conclusion marked: which one? Not scored.
    twice = ("Zeta's EBITDA less capex was $11,512 million before leases. D&A was $2,763 million. "
             "Zeta's EBITDA less capex is $9,068 million.")  # fmt: skip
    assert outcome(q, twice) == "not_scored"
    assert outcome(q, "Zeta's EBITDA less capex is $9,068 million. Capex was $5,207 million.") == "right"


def test_a_structured_key_figure_is_marked_as_the_answer() -> None:
    from assistant.core.types import KeyFigure

    kf = KeyFigure(value=4.1, unit="%", text="4.1%")
    s = score_answer(AVERAGE, "Capex as a share of revenue was 4.1%.", key_figure=kf)
    assert s.verdict == "right" and s.figure_source == "key_figure"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domestic sales grew 4.2% and foreign sales fell 1.5%.", "right"),
        ("Domestic: +4.2%. Foreign: (1.5)%.", "right"),
        # The gold's figures, each given to the other subject.
        ("Foreign sales grew 4.2% while domestic sales fell 1.5%.", "not_scored"),
    ],
)
def test_stated_figures_keep_their_subjects(text: str, expected: str) -> None:
    assert outcome(SALES, text) == expected, score_answer(SALES, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Outdoor segment grew the fastest in FY2023, at 14%.", "right"),
        ("The Outdoor segment grew the fastest in FY2023, adding $40 million of sales.", "right"),
        # The right name with its own figure for what the gold gives a figure.
        ("The Outdoor segment grew the fastest in FY2023, at 22%.", "not_scored"),
    ],
)
def test_a_named_answer_with_other_figures(text: str, expected: str) -> None:
    q = text_q("Which Zeta segment grew the fastest in FY2023?", "The Outdoor segment grew fastest, at 14%.")
    assert outcome(q, text) == expected, score_answer(q, text)


def test_a_bare_gold_of_basis_points_is_answered_in_basis_points() -> None:
    from assistant.core.numbers import parse_quantities
    from eval.figures import compare_figure
    from eval.models import TolerancePolicy

    gold = parse_quantities("85 (basis points of margin expansion)")[0]
    got = parse_quantities("85 basis points")[0]
    assert compare_figure(got, gold, 0.01, TolerancePolicy())[0]
    assert not compare_figure(parse_quantities("40 basis points")[0], gold, 0.01, TolerancePolicy())[0]
