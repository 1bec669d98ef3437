"""Rules that keep the ruler from accepting an answer an expert would call wrong.

Each case is hand-made (no graded answer copied). The point of each rule: a lenient reader
finds the gold's figure or stance somewhere and says "right"; an expert reads what the answer
commits to. Where the answer commits to something else, or to two things, it is not scored
(the LLM judge or a person decides) rather than accepted.
"""

from __future__ import annotations

import pytest

from assistant.core.numbers import parse_quantities
from eval.models import EvalQuestion
from eval.reading import other_period
from eval.scoring import score_answer
from eval.stated_figures import score_stated_figures
from eval.wanted import worded_as_decline


def figure_q(value: float, question: str, unit: str | None = "USD", scale: str | None = "million",
             type: str = "currency") -> EvalQuestion:  # fmt: skip
    return EvalQuestion(id="g", question=question, answer="gold", type=type, value=value,  # type: ignore[arg-type]
                        unit=unit, scale=scale)  # fmt: skip


def text_q(question: str, gold: str) -> EvalQuestion:
    return EvalQuestion(id="g", question=question, answer=gold, type="text")


def verdict(q: EvalQuestion, text: str) -> str:
    s = score_answer(q, text)
    return "refused" if s.refused else s.verdict


CAPEX = figure_q(388.0, "What were Orbis's FY2023 capital expenditures? Answer in USD millions.")
LEVERAGE = figure_q(2.4, "What is Orbis's FY2023 net debt to EBITDA? Round to one decimal place.",
                    None, None, "ratio")  # fmt: skip
GROWTH = figure_q(6.5, "By how much did Orbis's FY2023 net sales grow year over year?",
                  "percent", None, "percent")  # fmt: skip


# --- an answer that offers a second answer ---------------------------------------------------


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        # A marked conclusion plus "alternatively ...": two answers for one figure.
        (CAPEX, "Therefore, Orbis's capital expenditures were $388 million. Alternatively, "
                "counting capitalised software, they were $431 million.", "not_scored"),
        (LEVERAGE, "So net debt to EBITDA is 2.4x. If operating leases are included, the ratio "
                   "is 3.1x.", "not_scored"),
        (LEVERAGE, "Net debt to EBITDA = 2.4. Including pension deficits, it would be 2.9.",
         "not_scored"),
        # Both offered answers miss the gold: wrong, not merely unsure.
        (CAPEX, "Therefore, capital expenditures were $402 million. Alternatively, they were "
                "$431 million.", "wrong"),
        # Another period's figure is context, not a second answer.
        (CAPEX, "Therefore, Orbis's FY2023 capital expenditures were $388 million. If FY2022 is "
                "used instead, they were $351 million.", "right"),
        # A lenient reader's case: the later step of a worked answer is not an alternative.
        (CAPEX, "So gross additions were $420 million. Therefore, net of disposals, capital "
                "expenditures were $388 million.", "right"),
    ],
)  # fmt: skip
def test_a_second_answer_offered(q: EvalQuestion, text: str, expected: str) -> None:
    assert verdict(q, text) == expected, score_answer(q, text)


# --- a figure labelled with another period ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In fiscal 2022, Orbis's capital expenditures were $388 million.", "not_scored"),
        ("Orbis spent $388 million on capital expenditures in 2021.", "not_scored"),
        ("Orbis's FY2023 capital expenditures were $388 million.", "right"),
        # Both years named in the figure's sentence: the asked one is among them.
        ("Capital expenditures were $388 million in FY2023, up from $351 million in FY2022.", "right"),
        ("Orbis's capital expenditures were $388 million.", "right"),  # no period named at all
        ("In fiscal 2022, Orbis's capital expenditures were $351 million.", "wrong"),
    ],
)  # fmt: skip
def test_a_figure_for_another_period(text: str, expected: str) -> None:
    assert verdict(CAPEX, text) == expected, score_answer(CAPEX, text)


def test_other_period_needs_a_year_in_the_question() -> None:
    text = "In 2021 capex was $388 million."
    fig = next(q for q in parse_quantities(text) if not q.is_year)
    assert other_period(text, fig, "What was capex in FY2023?") == "2021"
    assert other_period(text, fig, "What was capex last year?") is None
    assert other_period(text, fig, "What was capex in FY2021?") is None
    # A fiscal year ending early in the next calendar year is that fiscal year.
    text = "For the year ended January 28, 2023, capex was $388 million."
    fig = next(q for q in parse_quantities(text) if q.unit == "USD")
    assert other_period(text, fig, "What was capex in FY2022?") is None
    assert other_period(text, fig, "What was capex in FY2023?") is None
    assert other_period(text, fig, "What was capex in FY2020?") == "2023"


# --- a figure worded the other way ----------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        (GROWTH, "Orbis's net sales declined 6.5% in FY2023.", "not_scored"),
        (GROWTH, "Net sales were down 6.5% year over year.", "not_scored"),
        (GROWTH, "Orbis's net sales grew 6.5% in FY2023.", "right"),
        # A level reached is no direction.
        (figure_q(6.5, "What was Orbis's FY2023 operating margin?", "percent", None, "percent"),
         "Operating margin fell to 6.5% in FY2023.", "right"),
        # The question asks about a decline itself: "fell 6.5%" is its answer.
        (figure_q(6.5, "By how much did Orbis's FY2023 unit volume decline?", "percent", None,
                  "percent"), "Unit volume fell 6.5% in FY2023.", "right"),
        # A loss given for an income the gold states as positive.
        (figure_q(120.0, "What was Orbis's FY2023 operating income? Answer in USD millions."),
         "Orbis reported an operating loss of $120 million in FY2023.", "not_scored"),
        # Capex is an outflow by nature; saying so is no contradiction.
        (CAPEX, "Cash outflows for capital expenditures were $388 million in FY2023.", "right"),
    ],
)  # fmt: skip
def test_a_figure_worded_as_a_decline(q: EvalQuestion, text: str, expected: str) -> None:
    assert verdict(q, text) == expected, score_answer(q, text)


def test_worded_as_decline_reads_the_words_before_the_figure() -> None:
    text = "Sales fell 4% while margins reached 12%."
    four, twelve = (q for q in parse_quantities(text))
    assert worded_as_decline(text, four, "What was sales growth?")
    assert not worded_as_decline(text, twelve, "What was sales growth?")
    assert not worded_as_decline(text, four, "What was the sales decline?")


# --- a yes/no answer argued from other figures ----------------------------------------------

CAPITAL = text_q("Is Orbis a capital-intensive business based on FY2023 data?",
                 "Yes, capital expenditures were 14% of revenue in FY2023.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stated yes with its own figure for the very measure the gold states ("capital
        # expenditures were 31% of revenue" against the gold's 14%) argues from a wrong fact:
        # not scored (graders accepted a yes argued from *another* measure; see below). A bare
        # restatement with other figures is not scored either.
        ("Yes, Orbis is capital intensive: capital expenditures were 31% of revenue.", "not_scored"),
        ("Yes, Orbis is capital intensive: it spent $2.1 billion on plants in FY2023.", "right"),
        ("Orbis is a capital intensive business, with capital expenditures at 31% of revenue.",
         "not_scored"),
        ("Yes, Orbis is capital intensive: capital expenditures were 14% of revenue.", "right"),
        ("Yes. Orbis invests heavily in plants and equipment every year.", "right"),  # no figures
        ("No, Orbis is not capital intensive; capex was 14% of revenue.", "wrong"),
    ],
)  # fmt: skip
def test_a_stance_argued_from_other_figures(text: str, expected: str) -> None:
    assert verdict(CAPITAL, text) == expected, score_answer(CAPITAL, text)


# --- the sum of the gold's amounts -----------------------------------------------------------


def test_the_total_of_the_golds_amounts_answers_only_a_question_for_the_total() -> None:
    gold = "Orbis has a $1.5 billion revolving facility and a $0.5 billion term loan."
    text = "Orbis can draw $2.0 billion of committed credit."
    total_q = "What is the total committed credit Orbis can draw on?"
    parts_q = "What credit facilities does Orbis have?"
    assert score_stated_figures(gold, text, total_q) == (
        "right", "states the total of the amounts the gold states"
    )
    judged = score_stated_figures(gold, text, parts_q)
    assert judged is not None and judged[0] == "not_scored"
    # The parts themselves are right whatever the question says.
    both = "A $1.5 billion revolver and a $0.5 billion term loan."
    assert score_stated_figures(gold, both, parts_q) == ("right", "states every figure the gold states")


# --- stances a lenient reader takes for the gold's ------------------------------------------

WORKING = text_q("Does Orbis have positive working capital based on FY2022 data?",
                 "No, current liabilities exceed current assets.")  # fmt: skip
DEBT = text_q("Did Orbis increase its long-term debt in FY2022?", "No, long-term debt decreased.")


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        # Denying the opposite of what is asked says nothing of what is asked.
        (WORKING, "Orbis does not appear to have negative working capital in FY2022.", "not_scored"),
        (DEBT, "Orbis did not reduce its long-term debt in FY2022.", "not_scored"),
        # Denying what is asked is a "no".
        (WORKING, "Orbis's working capital is not positive in FY2022.", "right"),
        (DEBT, "No, Orbis did not increase its long-term debt.", "right"),
        # An explicit "No" the same or the next sentence contradicts.
        (DEBT, "No, Orbis increased its long-term debt in FY2022.", "not_scored"),
        (DEBT, "No. Orbis increased its long-term debt to $5 billion in FY2022.", "not_scored"),
        (DEBT, "Orbis increased its long-term debt in FY2022.", "wrong"),
    ],
)  # fmt: skip
def test_stances_a_lenient_reader_accepts(q: EvalQuestion, text: str, expected: str) -> None:
    assert verdict(q, text) == expected, score_answer(q, text)


# --- a named answer a lenient reader finds in the wrong place -------------------------------

SEGMENT = text_q("Which segment had the highest operating income growth in FY2022?",
                 "The Aerospace segment, with operating income up 18%.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named first, but as the other end of what is asked.
        ("Aerospace had the lowest growth, while Industrial had the highest.", "not_scored"),
        # Named with a hedge that another candidate may be the answer.
        ("I believe it was Aerospace, though Industrial may have grown faster.", "not_scored"),
        ("Aerospace had the highest operating income growth in FY2022.", "right"),
        ("Aerospace, with the highest growth of any segment.", "right"),
        ("Industrial had the highest operating income growth; Consumer was second.", "wrong"),
    ],
)  # fmt: skip
def test_a_named_answer_read_in_its_clause(text: str, expected: str) -> None:
    assert verdict(SEGMENT, text) == expected, score_answer(SEGMENT, text)


# --- a figure labelled as another measure ---------------------------------------------------

EBITDA = figure_q(905.0, "What is Orbis's FY2023 unadjusted EBITDA? Answer in USD millions.")
DILUTED = figure_q(3.12, "What was Orbis's FY2023 diluted EPS?", "USD", None)


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        (EBITDA, "Orbis's adjusted EBITDA was $905 million in FY2023.", "not_scored"),
        (EBITDA, "Orbis's unadjusted EBITDA was $905 million in FY2023.", "right"),
        (EBITDA, "EBITDA came to $905 million.", "right"),  # no qualifier: read as asked
        (DILUTED, "Basic EPS was $3.12 in FY2023.", "not_scored"),
        (DILUTED, "Diluted EPS was $3.12, against basic EPS of $3.19.", "right"),
        (figure_q(38.5, "What was Orbis's FY2023 gross margin?", "percent", None, "percent"),
         "Orbis's net margin was 38.5% in FY2023.", "not_scored"),
        (figure_q(38.5, "What was Orbis's FY2023 gross margin?", "percent", None, "percent"),
         "The gross margin, net of rebates, was 38.5%.", "right"),
    ],
)  # fmt: skip
def test_a_figure_labelled_as_another_measure(q: EvalQuestion, text: str, expected: str) -> None:
    assert verdict(q, text) == expected, score_answer(q, text)


# --- a stance read from a sentence that asserts nothing -------------------------------------

INTENSIVE = text_q("Is Orbis a capital-intensive business based on FY2022 data?",
                   "Yes, Orbis is capital-intensive.")  # fmt: skip
REVENUE = text_q("Did Orbis's revenue increase in FY2022?", "Yes, revenue rose 4%.")


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        # Restating the question to frame the working, or with a hedge, affirms nothing.
        (INTENSIVE, "To determine whether Orbis is a capital-intensive business, we look at its "
                    "capex relative to revenue.", "not_scored"),
        (INTENSIVE, "Orbis may be a capital-intensive business.", "not_scored"),
        (INTENSIVE, "It is difficult to say if Orbis is a capital-intensive business.", "not_scored"),
        (INTENSIVE, "Orbis is a capital-intensive business, with heavy spending on plants.", "right"),
        (REVENUE, "To determine whether Orbis's revenue increased in FY2022, we compare the two "
                  "years.", "not_scored"),
        (REVENUE, "If Orbis's revenue increased in FY2022, it would be due to pricing.", "not_scored"),
        (REVENUE, "Orbis's revenue increased in FY2022.", "right"),
        # The working frames the question; the last sentence answers it ("vs." ends no sentence).
        (REVENUE, "We compare both years to determine if revenue increased.\nThere was a slight "
                  "increase in Orbis's revenue in FY2022 (4% vs. 3.9% in FY2021).", "right"),
    ],
)  # fmt: skip
def test_a_stance_needs_an_assertion(q: EvalQuestion, text: str, expected: str) -> None:
    assert verdict(q, text) == expected, score_answer(q, text)


# --- a change given for a level -------------------------------------------------------------

MARGIN = figure_q(22.4, "What is Orbis's FY2022 gross margin?", "percent", None, "percent")
SALES = figure_q(640.0, "What were Orbis's FY2022 net sales? Answer in USD millions.")


@pytest.mark.parametrize(
    ("q", "text", "expected"),
    [
        (MARGIN, "Orbis's gross margin improved by 22.4% in FY2022.", "not_scored"),
        (MARGIN, "Gross margin was up 22.4%.", "not_scored"),
        (SALES, "Net sales increased by $640 million in FY2022.", "not_scored"),
        (SALES, "Net sales saw an increase of $640 million.", "not_scored"),
        # A level reached, or a share "made up", is a level.
        (MARGIN, "Gross margin rose to 22.4% in FY2022.", "right"),
        (figure_q(22.4, "What share of Orbis's FY2022 revenue came from services?", "percent",
                  None, "percent"), "Services made up 22.4% of FY2022 revenue.", "right"),
        (SALES, "Net sales were $640 million in FY2022.", "right"),
        # The question asks for the change: a change answers it.
        (figure_q(22.4, "By how much did Orbis's gross margin change in FY2022?", "percent", None,
                  "percent"), "Gross margin improved by 22.4%.", "right"),
    ],
)  # fmt: skip
def test_a_change_given_for_a_level(q: EvalQuestion, text: str, expected: str) -> None:
    assert verdict(q, text) == expected, score_answer(q, text)


# --- a figure offered in place of the asked one; operators written as words -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After "could not find it", a substitute figure is not an answer.
        ("I could not find Orbis's FY2023 capital expenditures. The closest figure I found is "
         "$388 million of property additions.", "refused"),
        ("The documents do not state capital expenditures. A related measure, purchases of "
         "equipment, was $388 million.", "refused"),
        # "Not stated directly. However, ..." followed by the figure itself is an answer.
        ("Capital expenditures are not stated directly. However, the cash flow statement shows "
         "capital expenditures of $388 million.", "right"),
        # Worked with word operators: the result is the answer, not the first operand.
        ("FY2023 capital expenditures are not explicitly provided. However, they can be computed: "
         "$431 million less $43 million of disposals gives $388 million.", "right"),
        ("Capital expenditures: $350 million plus $38 million of capitalised software, for a total "
         "of $388 million.", "right"),
    ],
)  # fmt: skip
def test_substitutes_and_word_operators(text: str, expected: str) -> None:
    assert verdict(CAPEX, text) == expected, score_answer(CAPEX, text)
