"""Changes in points, and the levels written beside them, graded as an expert analyst would.

A question in percentage points ("By how many percentage points did the combined ratio
change?") is answered in the shorthand analysts use: "fell 4.4 points". Answers also state the
change with its levels ("to 94.3% from 98.7%"), and for a ratio where lower is better they word
a fall as an improvement. The rules:

- "points" after a figure, in answer to a question in percentage points (or about a rate's
  change), are percentage points; "basis points" stay basis points; for a question asking a
  percent level, a figure in points is no level and is not read;
- a change stated outright is the figure scored; the levels beside it are context, unless they
  disagree with it (then a grader hesitates: not scored);
- a change whose words give no direction ("improved", "changed by") takes its direction from
  the levels written beside it; with no levels, "improved 4.4 points" leaves the sign unstated;
- "combined ratio" is an insurer's measure, not an aggregate the question asks to add up.

Every answer is hand-written for a made-up insurer and retailer. Each case carries the label
an expert would give and the verdicts the ruler may give.
"""

from __future__ import annotations

import pytest

from eval.models import EvalQuestion
from eval.scoring import score_answer


def q(question: str, value: float, unit: str) -> EvalQuestion:
    return EvalQuestion(id="pts", question=question, answer="gold", type="percent", value=value,
                        unit=unit)  # fmt: skip


COMBINED = q("By how many percentage points did the combined ratio change from Q3 2025 to Q3 2026?", -4.4,
             "pp")  # fmt: skip
MARGIN_CHANGE = q("What was the change in gross margin from FY2022 to FY2023?", -1.2, "percent")
MARGIN_HOW = q("How did Corvana's gross margin change from FY2022 to FY2023?", -1.2, "percent")
BPS = q("By how many basis points did the gross margin change from FY2022 to FY2023?", -30.0, "bp")
LEVEL = q("What was Corvana's operating margin in FY2023?", 4.4, "percent")
COMBINED_LEVEL = q("What was the combined ratio in Q3 2026?", 94.3, "percent")
GROWTH = q("By what percentage did Corvana's net sales change from FY2022 to FY2023?", -5.0, "percent")

RIGHT = {"right"}
RIGHT_OR_HESITANT = {"right", "not_scored"}
WRONG = {"wrong"}
NOT_WRONG_NOT_RIGHT = {"not_scored"}


@pytest.mark.parametrize(
    "question, answer, expert, allowed",
    [
        # "points" for percentage points
        (COMBINED, "The combined ratio fell 4.4 points.", "correct", RIGHT),
        (COMBINED, "The combined ratio fell 4.4 percentage points.", "correct", RIGHT),
        (COMBINED, "The combined ratio fell 4.4 pp.", "correct", RIGHT),
        (COMBINED, "The combined ratio was down 4.4 pts year over year.", "correct", RIGHT),
        (COMBINED, "It rose 4.4 points.", "incorrect", WRONG),
        (COMBINED, "The combined ratio fell 3.4 points.", "incorrect", WRONG),
        # basis points stay basis points
        (COMBINED, "The combined ratio fell 440 basis points.", "correct", RIGHT),
        (COMBINED, "The combined ratio fell 4.4 basis points.", "incorrect", WRONG),
        (BPS, "Gross margin fell 30 basis points.", "correct", RIGHT),
        # the change stated outright beside its levels
        (COMBINED, "It fell 4.4 percentage points, to 94.3% from 98.7%.", "correct", RIGHT),
        (COMBINED, "It fell 4.4 points, to 94.3% from 98.7%.", "correct", RIGHT),
        (COMBINED, "From 98.7% to 94.3%, the combined ratio fell 4.4 points.", "correct", RIGHT),
        (COMBINED, "It dropped from 98.7% to 94.3%, down 4.4 points.", "correct", RIGHT),
        (COMBINED, "It fell 4.4%, to 94.3% from 98.7%.", "correct", RIGHT),
        (COMBINED, "It rose 4.4 points, to 94.3% from 98.7%.", "incorrect", WRONG),
        # levels that disagree with the change: a grader hesitates
        (COMBINED, "It fell 4.4 points, to 94.3% from 97.7%.", "correct", RIGHT_OR_HESITANT),
        # direction read from the levels when the verb does not say it
        (COMBINED, "It improved by 4.4 points, to 94.3% from 98.7%.", "correct", RIGHT),
        (COMBINED, "It changed by 4.4 points, to 94.3% from 98.7%.", "correct", RIGHT),
        (COMBINED, "It improved by 4.4 points, to 98.7% from 94.3%.", "incorrect", WRONG),
        (COMBINED, "The combined ratio improved 4.4 points.", "correct", RIGHT_OR_HESITANT),
        # a rate's change asked in other words
        (MARGIN_CHANGE, "Gross margin fell 1.2 points, to 41.3% from 42.5%.", "correct", RIGHT),
        (MARGIN_CHANGE, "Gross margin contracted by 1.2 points (42.5% to 41.3%).", "correct", RIGHT),
        (MARGIN_CHANGE, "Gross margin went from 42.5% to 41.3%, a decline of 1.2 points.", "correct", RIGHT),
        (MARGIN_CHANGE, "Gross margin improved 1.2 points, to 43.7% from 42.5%.", "incorrect", WRONG),
        (MARGIN_HOW, "Gross margin fell 1.2 percentage points, to 41.3% from 42.5%.", "correct", RIGHT),
        (MARGIN_HOW, "Gross margin fell 1.2 points, to 41.3% from 42.5%.", "correct", RIGHT),
        # points are no percent level
        (LEVEL, "Operating margin improved 4.4 points.", "incorrect", WRONG),
        (LEVEL, "Operating margin rose 4.4 points to 12.1%.", "incorrect", WRONG),
        (LEVEL, "Operating margin was 4.4%, up 0.3 points.", "correct", RIGHT),
        # "combined ratio" names a measure, not an aggregate
        (COMBINED_LEVEL, "The combined ratio was 94.3%.", "correct", RIGHT),
        (COMBINED_LEVEL, "The combined ratio was 94.3%, down 4.4 points.", "correct", RIGHT),
        (COMBINED_LEVEL, "The combined ratio fell 4.4 points.", "incorrect", WRONG),
        # a percent change question keeps reading a sloppy "points" as before
        (GROWTH, "Net sales fell 5%.", "correct", RIGHT),
    ],
)
def test_points_and_levels(question: EvalQuestion, answer: str, expert: str, allowed: set[str]) -> None:
    score = score_answer(question, answer)
    assert score.verdict in allowed, (expert, score)
    if expert == "incorrect":
        assert score.verdict != "right"


def test_a_change_and_its_levels_that_disagree_is_not_scored() -> None:
    score = score_answer(COMBINED, "It fell 4.4 points, to 94.3% from 97.7%.")
    assert score.verdict == "not_scored" and "levels" in score.reason


def test_improved_without_levels_leaves_the_sign_unstated() -> None:
    score = score_answer(COMBINED, "The combined ratio improved 4.4 points.")
    assert score.verdict == "not_scored" and "without its direction" in score.reason
