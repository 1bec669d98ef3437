"""A nominee's support from its row of a vote table: For over the votes the question counts, each
cell the one its heading names; nothing when the question does not say what the whole is. Made-up
company, nominees and counts."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_answer

_VOTES = ("Item 5.07 Submission of Matters to a Vote of Security Holders. The directors were elected as follows:\n"
          "Name  Votes For  Votes Against  Abstentions  Broker Non-Votes\n"
          "Mara Quill  51,200,300  4,100,200  9,900,100  6,100,000\n"
          "Otto Brand  50,100,000  5,200,000  9,800,000  6,100,000\n")


def _figure(question: str) -> float | None:
    answer = passage_answer(question, _VOTES, company="Quillon Lamps", title="Quillon Lamps 8-K", period="FY2024",
                            derived=True)
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


@pytest.mark.parametrize(("question", "expected"), [
    ("Counting only votes for and against, what share supported Otto Brand's election at Quillon's annual "
     "meeting? Percent, one decimal.", 90.6),
    ("Mara Quill, Quillon annual meeting: votes for as a % of votes for plus votes against (ignore abstentions "
     "and broker non-votes)? 1 dp.", 92.6),
    ("What share of votes for, against and abstaining supported Mara Quill at Quillon's annual meeting? "
     "Percent.", 78.5),
])
def test_support_is_for_over_the_votes_the_question_counts(question: str, expected: float) -> None:
    assert _figure(question) == pytest.approx(expected, abs=0.05)


def test_a_whole_the_question_does_not_say_gives_nothing() -> None:
    assert _figure("What share of the votes supported Mara Quill at Quillon's annual meeting? Percent.") is None


def test_a_table_without_against_column_is_no_vote_table() -> None:
    from assistant.core.answer.vote_share import vote_columns

    assert vote_columns("Name  Votes For  Votes Against  Abstentions  Broker Non-Votes", 4) == {
        "for": 0, "against": 1, "abstain": 2, "broker": 3}
    assert vote_columns("Name  Votes For  Withheld  Broker Non-Votes", 3) is None


_LISTED = ("(6) The shareholder proposal regarding a report on lamp recycling was defeated:\n"
           "For  120,500,000\nAgainst  610,300,000\nAbstain  20,100,000\nBroker Non-Votes  90,000,000\n"
           "(7) The shareholder proposal regarding an independent board chair was defeated:\n"
           "For  250,000,000\nAgainst  480,000,000\nAbstain  21,000,000\nBroker Non-Votes  90,000,000\n")


def test_a_proposal_s_listed_votes_are_read_under_its_own_line() -> None:
    answer = passage_answer("What share of the for-and-against votes did Quillon's shareholder proposal on an "
                            "independent board chair win? Percent, one decimal.", _LISTED, company="Quillon Lamps",
                            title="Quillon Lamps 8-K", period="FY2024", derived=True)
    assert not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == pytest.approx(34.2, abs=0.05)  # 250 / (250 + 480)
