"""Which question words the support floor weighs (made-up passages): how to write the answer
("one decimal", "negative if a deduction", "in yen millions"), where it is printed ("the segment
table", "the ... line") and the verb of a "what X did Y carry" frame say nothing a passage states,
so a plain lookup is not refused for lacking them; a question that asks for a computation keeps
them weighed, so one printed figure sharing its line's words is not quoted for it."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.finance.asked import COMPUTATION_ASKED
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def _hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"brn:{n}", doc_id="brn-2030", title="Brannock Mills annual results 2030",
                     source="/d/brn.pdf", page=n, text=text, score=1.0 / n, company="Brannock Mills plc",
                     period="FY2030")


ROWS = _hit("Group balance sheet (£ millions)\n31 Jan 2030  31 Jan 2029\n"
            "Deferred income  (212.4)  (198.0)\nProvisions  (41.7)  (39.2)\nInventories  388.1  402.6")
PROSE = _hit("Brannock Mills employed 6,240 colleagues across its mills and shops at the year end.", 2)


def _terms(question: str) -> dict[str, float]:
    return analyse(parse_question(question, []), [ROWS, PROSE]).terms


@pytest.mark.parametrize("question", [
    "What deferred income did Brannock Mills show at 31 January 2030? GBP millions, one decimal.",
    "What deferred income did Brannock Mills show at 31 January 2030? Two decimals.",
])
def test_rounding_words_are_not_weighed_for_a_lookup(question: str) -> None:
    terms = _terms(question)
    assert not {"decim", "two", "one"} & set(terms), terms
    assert "defer" in terms


def test_sign_and_currency_instructions_are_not_weighed() -> None:
    terms = _terms("What provisions line did Brannock Mills print at 31 January 2030, in yen millions "
                   "(negative if a liability)?")
    assert not {"negat", "liabil", "yen"} & set(terms), terms
    assert terms["line"] < 1.0 and terms["provis"] == 1.0


def test_a_frame_verb_after_its_auxiliary_weighs_little_and_a_noun_in_full() -> None:
    assert _terms("What inventories did Brannock Mills carry at 31 January 2030?")["carry"] < 1.0
    assert _terms("What was the book value of Brannock Mills' inventories?")["book"] == 1.0


def test_a_computation_keeps_its_format_words() -> None:
    terms = _terms("What share of Brannock Mills' current liabilities was deferred income at 31 January 2030? "
                   "Percent, one decimal.")
    assert "decim" in terms and terms["percent"] == 1.0


@pytest.mark.parametrize(("question", "computes"), [
    ("What proportion of sales came from shops?", True),
    ("By how much did inventories fall in 2030?", True),
    ("What gross margin did it earn?", True),
    ("What book value per share did it report?", True),
    ("What diluted earnings per share did it report?", False),
    ("What deferred income did it carry at the year end?", False),
])
def test_what_counts_as_a_computation(question: str, computes: bool) -> None:
    assert bool(COMPUTATION_ASKED.search(question)) is computes


def test_a_plain_lookup_with_format_words_is_answered() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What deferred income did Brannock Mills carry at 31 January 2030, per the group balance sheet? "
        "Answer in GBP millions, one decimal.", [ROWS, PROSE])
    assert not ans.refused and "212.4" in ans.answer, ans.answer


def test_a_word_asked_as_well_as_in_the_sign_instruction_stays() -> None:
    terms = _terms("What loss on disposals did Brannock Mills make in the 52 weeks to 31 January 2030? "
                   "GBP millions (negative for a loss).")
    assert terms.get("loss") == 1.0 and "negat" not in terms, terms


def test_colleagues_are_employees() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "How many employees did Brannock Mills have at the year end?", [ROWS, PROSE])
    assert not ans.refused and "6,240" in ans.answer, ans.answer


def test_a_computation_in_a_leading_clause_keeps_its_format_words() -> None:
    terms = _terms("Using the share of its deferred income Brannock Mills expects to release in 2031, what amount "
                   "is that? GBP millions, one decimal.")
    assert "decim" in terms, terms


@pytest.mark.parametrize("question", [
    "What revenue did Brannock Mills report for fiscal 2030? Give it in A$ millions.",
    "What revenue did Brannock Mills report for fiscal 2030? Give the figure in EUR thousand.",
    "What share of revenue came from wool? Express as a percent, one decimal.",
])
def test_an_answer_format_sentence_with_it_or_figure_is_no_question_text(question: str) -> None:
    text = parse_question(question, []).text
    assert not {"give", "it", "figure", "express"} & set(text.lower().replace("?", " ").split()), text


def test_a_question_defining_its_own_term_asks_a_computation() -> None:
    assert COMPUTATION_ASKED.search("Define 2031 notes retired as the total bought back of the notes due in 2031. "
                                    "What was it? $ millions.")
