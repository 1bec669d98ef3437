"""More of the phrasings answers use to say they cannot answer, and what is not a refusal.

Hand-made answers; none is copied from graded data.
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.refusals import refuses
from eval.scoring import gold_quantity

CAPEX = EvalQuestion(id="n", question="What was FY2019 capex? Answer in USD millions.", answer="$612",
                     type="currency", value=612.0, unit="USD", scale="million")  # fmt: skip
DRIVERS = EvalQuestion(id="t", question="What drove the decline in gross margin?",
                       answer="Higher freight costs.", type="text")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "I don't know.",
        "Unknown.",
        "I would need the cash flow statement to answer this.",
        "To work this out, the cash flow statement is required. Please provide it.",
        "There isn't enough data in the document to determine this.",
        "There is not sufficient information to work this out.",
        "This information is not disclosed in the 10-K.",
        "The 10-K does not break out this figure for FY2019.",
        "The figure for FY2019 is not provided.",
        "That data for FY2019 isn't available.",
        "It's not possible for me to calculate this from the excerpt.",
        "Regrettably, the relevant figures are absent from the provided pages.",
        "The provided text lacks the data needed to work this out.",
        "Data not available.",
        "I need more information to answer this question.",
        "Sorry, I can't help with that.",
        "Unfortunately I am unable to work this out from the excerpt.",
    ],
)
def test_more_refusal_phrasings(text: str) -> None:
    assert refuses(CAPEX.question, text, gold_quantity(CAPEX))
    assert refuses(DRIVERS.question, text, None)


@pytest.mark.parametrize(
    "text",
    [
        # The cue, then the answer.
        "Capex for FY2019 is not provided. However, capex was $612 million per the cash flow statement.",
        # An answer, then a caveat about a detail.
        "Gross margin declined on higher freight costs; segment detail is not provided.",
        "Gross margin declined on higher freight costs. Segment detail is not provided.",
        # Facts, not refusals.
        "The dividend was not declared in FY2019.",
        "N/A",  # may mean "not applicable", which some questions ask for
    ],
)
def test_not_refusals(text: str) -> None:
    assert not refuses(DRIVERS.question, text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately, the excerpts stop before the cash flow statement, so FY2019 capex is not shown.",
        "Capex would be on the cash flow statement, which wasn't provided.",
        "The context does not appear to include the FY2019 cash flow statement.",
        "I'm not able to find that number in the provided filing.",
    ],
)
def test_a_figure_question_refused_by_saying_the_figure_is_missing(text: str) -> None:
    assert refuses(CAPEX.question, text, gold_quantity(CAPEX))


def test_a_sentence_ending_not_disclosed_answers_a_yes_no_question() -> None:
    # "Did it disclose ...?" is answered by "... is not disclosed": that sentence-final cue
    # is read as a refusal only for figure questions.
    question = "Did the company disclose its FY2019 maintenance capex?"
    assert not refuses(question, "Maintenance capex is not disclosed.", None)
    assert refuses(CAPEX.question, "Maintenance capex is not disclosed.", gold_quantity(CAPEX))


def test_an_answer_that_opens_with_its_stance_is_no_refusal() -> None:
    question = "Does the company pay a dividend?"
    text = "Yes. The filing does not give the amount, but the board declared quarterly dividends."
    assert not refuses(question, text, None)
    assert refuses(question, "The filing does not give the amount or say whether one is paid.", None)


# An opening that says the documents do not give what is asked, then what they do give: a refusal.
# The asked measure after the cue, or stated before a caveat about another measure: an answer.
GUIDANCE = "What revenue does Hollins Group forecast for fiscal 2027?"


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("The documents do not give a revenue forecast; however, adjusted PBT guidance is £73m–£77m.", True),
        ("The filings do not provide a revenue forecast. However, they show capex guidance of £40m.", True),
        ("The documents do not give a revenue forecast. However, revenue was £380m in fiscal 2026.", True),
        ("Revenue was £380m; the documents do not give a forecast for fiscal 2027.", True),
        ("For fiscal 2027 the documents do not give a revenue forecast; they guide adjusted PBT of £73m.", True),
        ("The documents do not give a revenue forecast; however, revenue is expected to be £410m.", False),
        ("Hollins forecasts revenue of £410m; the documents do not give a PBT forecast.", False),
        ("The documents do not say, however revenue guidance is £410m.", False),
    ],
)
def test_what_the_documents_do_give_instead(text: str, refusal: bool) -> None:
    assert refuses(GUIDANCE, text, None) is refusal


def test_a_worked_answer_after_the_cue_still_answers() -> None:
    text = ("The report does not give a quick ratio. However, it can be computed: (cash $810M + "
            "receivables $610M) / current liabilities $1,000M = 1.42.")  # fmt: skip
    assert not refuses("What is Harrowgate's quick ratio?", text, None)
