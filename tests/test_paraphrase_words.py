"""Question words a passage says another way, or never writes: the verb of a clause after what is
asked ("how much sat in ...", "what share said ...") is not what is asked about, and the capacity left
under an authorization is what "remained under" it. Neither may keep a passage that answers from being
quoted; a supposition asked is not answered by a figure stated as things are."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.answer.unhappened import supposition_unsaid
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def _hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"brin:{n}", doc_id="brin-q3", title="Brindlemoor Q3 release", source="/d/brin.pdf",
                     page=n, text=text, score=1.0 / n, company="Brindlemoor Holdings Inc.", period="Q3 FY2026")


ENGAGED = _hit("In 2026, 84% of our colleagues took the engagement survey, of which 71% responded that they were "
               "actively engaged.")
NOTES = _hit("In August 2026 the bank issued $250.0 million of 5.375% subordinated notes due 2036. Proceeds "
             "were used for general corporate purposes.", 2)
BUYBACK = _hit("The company bought back 1.1 million shares in the quarter. At September 30, 2026, $312.4 million "
               "remained under the $500.0 million repurchase authorization.", 3)
RESERVE = _hit("Of the restructuring reserve at September 30, 2026, $41 million was in accrued liabilities and "
               "$17 million in other noncurrent liabilities.", 4)
PLAN = _hit("Recurring revenue has doubled since 2023 to $640 million. The company wants it to reach a fifth of "
            "sales by 2029.", 5)
HITS = [ENGAGED, NOTES, BUYBACK, RESERVE, PLAN]


def _answer(question: str) -> str:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, HITS)
    assert not ans.refused and ans.key_figure is not None, ans.answer
    return ans.answer


def test_capacity_left_under_an_authorization_is_what_remained() -> None:
    got = _answer("How much capacity was left under Brindlemoor's share repurchase authorization at the end of "
                  "September 2026? USD millions, one decimal.")
    assert "312.4" in got, got


@pytest.mark.parametrize("question", [
    "Of Brindlemoor's restructuring reserve at September 30, 2026, how much sat in other noncurrent liabilities?",
    "Of the restructuring reserve, what share went to accrued liabilities?",
])
def test_a_verb_after_what_is_asked_is_not_its_focus(question: str) -> None:
    focus = analyse(parse_question(question, []), HITS).focus
    assert not {"sat", "went"} & set(focus.values()), focus


def test_a_share_that_said_so_is_quoted() -> None:
    got = _answer("Of the colleagues who took Brindlemoor's 2026 engagement survey, what share said they were "
                  "actively engaged? Percent.")
    assert "71%" in got, got


def test_what_is_asked_about_is_still_required() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What yield-to-maturity do the subordinated notes carry? Percent.", HITS)
    assert ans.refused and ans.key_figure is None, ans.answer


def test_a_supposition_is_not_answered_by_the_figure_as_it_is() -> None:
    assert supposition_unsaid("If recurring revenue reaches a fifth of sales by 2029, how much would it be?",
                              "Recurring revenue has doubled since 2023 to $640 million.")
    assert not supposition_unsaid("If the agreement were terminated, what fee would it pay?",
                                  "If the merger agreement is terminated, the company would pay a fee of $380 million.")
    assert not supposition_unsaid("How much recurring revenue did it have?", "Recurring revenue rose to $640 million.")
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "If recurring revenue reaches a fifth of sales by 2029, how much recurring revenue would that be? "
        "USD millions.", HITS)
    assert ans.refused, ans.answer
