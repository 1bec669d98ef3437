"""A source the question names ("going by the article", "per the auditor's report", "according to the
announcement", "according to its CEO") says where the figure was stated, not what it is: its words are
no name the passages must say. A source that is no filing part is not even weighed; a speaker is (the
quote names them), but is never a name the passages must say."""

from __future__ import annotations

import pytest

from assistant.core.answer.question import analyse
from assistant.core.finance.filing_parts import without_filing_parts, without_sources
from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from tests.fakes.one_passage import passage_answer

_BACKLOG = "Orrin Tools reported an order backlog of $212 million for the second quarter of 2022, up from $180 million."


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Going by the Halden Post article, what backlog did Orrin Tools report?", "what backlog did Orrin Tools report?"),
        ("What backlog did Orrin Tools report, according to the announcement?", "What backlog did Orrin Tools report?"),
        ("Per the auditor's critical audit matter, what allowance did Orrin Tools hold?",
         "what allowance did Orrin Tools hold?"),
        ("What allowance did Orrin Tools hold, per Brannock Webb's audit report?", "What allowance did Orrin Tools hold?"),
        ("By how much did Orrin Tools' buybacks grow, per the financing cash flow discussion?",
         "By how much did Orrin Tools' buybacks grow?"),
    ],
)
def test_a_source_is_taken_out_of_what_is_asked(question: str, asked: str) -> None:
    assert without_sources(question) == asked
    assert without_filing_parts(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        # a filing part: its words may name the line ("the cash flow statement"), so they stay weighed
        "What did Orrin Tools spend on tooling in 2022, per the cash flow statement?",
        "What did Orrin Tools spend on tooling in 2022, per management's discussion and analysis?",
        # a speaker: the quote names them
        "How much did Orrin Tools' earnings grow in 2022, according to its CEO?",
        # the article is what is asked about, not where it is stated
        "How many articles did Orrin Tools' newsroom publish in 2022?",
    ],
)
def test_a_filing_part_or_a_speaker_is_no_source_left_unweighed(question: str) -> None:
    assert without_sources(question) == question


def test_a_speaker_is_where_to_read_not_what_is_asked() -> None:
    assert without_filing_parts("How much did Orrin Tools' earnings grow in 2022, according to its CEO?") == (
        "How much did Orrin Tools' earnings grow in 2022?")
    assert without_filing_parts("What did Orrin Tools pay its CEO in 2022?") == "What did Orrin Tools pay its CEO in 2022?"


def test_the_source_words_are_not_weighed() -> None:
    question = "Going by the Halden Post article, what order backlog did Orrin Tools report for 2022?"
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Orrin Tools news", source="/d/d.txt", page=1, text=_BACKLOG,
                    score=1.0, company="Orrin Tools Inc.", period="FY2022")
    q = analyse(parse_question(question, []), [hit])
    assert not {"articl", "article", "halden", "post"} & set(q.terms)
    assert {"order", "backlog"} <= set(q.terms)


@pytest.mark.parametrize(
    ("question", "passage", "figure"),
    [
        ("Going by the Halden Post article, what order backlog did Orrin Tools report for the second quarter of 2022?",
         _BACKLOG, "$212 million"),
        ("Per the Brannock Webb audit report, what valuation allowance did Orrin Tools carry at the end of 2022?",
         "At the end of 2022, Orrin Tools carried a valuation allowance of $31 million against its deferred tax assets.",
         "$31 million"),
    ],
)
def test_a_source_named_is_no_word_the_passage_must_say(question: str, passage: str, figure: str) -> None:
    answer = passage_answer(question, passage, company="Orrin Tools Inc.", period="FY2022")
    assert not answer.refused, answer.answer
    assert figure in answer.answer


def test_the_same_name_as_what_is_asked_about_must_still_be_said() -> None:
    # "the Halden Post" is who reported it, named in the question's own clause: the passage does not say it.
    answer = passage_answer("What order backlog did the Halden Post report for Orrin Tools in the second quarter of 2022?",
                            _BACKLOG, company="Orrin Tools Inc.", period="FY2022")
    assert answer.refused
