"""A share asked ("what share of its managers were held by women") is quoted only from a
passage naming the part; the part is what follows the verb relating it to the whole, a bracketed
other name is an alternative, and a negated part ("were not members") is the rest of the whole."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived import share_part
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from assistant.core.words import stem


def _hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"orb:{n}", doc_id="orb-10k", title="Orbisco annual report", source="/d/orb.pdf",
                     page=n, text=text, score=1.0 / n, company="Orbisco Ltd", period="FY2024")


def _part(question: str) -> set[str]:
    return share_part(analyse(parse_question(question, []), []), question)


def test_the_part_is_named_after_the_verb_relating_it() -> None:
    assert _part("What share of Orbisco's board seats were held by women at the end of 2024?") == {stem("women")}
    assert _part("What share of Orbisco's board seats came from the Pacific region?") == {stem("Pacific")}


def test_a_bracketed_other_name_is_not_required_with_the_word_it_explains() -> None:
    part = _part("What proportion of Orbisco's staff is covered by guild (works council) contracts?")
    assert part == {stem("contracts")}


def test_a_negated_part_keeps_its_negation() -> None:
    assert stem("not") in _part("What share of Orbisco's accounts were not prepaid in 2024?")


@pytest.mark.parametrize(("question", "answered"), [
    ("What share of Orbisco's board seats were held by women in 2024?", True),  # "female" names women
    ("What share of Orbisco's board seats were not held by women in 2024?", False),  # the rest: not stated
    ("What share of Orbisco's board seats were held by engineers in 2024?", False),  # never named
])
def test_a_share_is_quoted_only_for_the_part_named(question: str, answered: bool) -> None:
    hits = [_hit("As of December 31, 2024, Orbisco's board seats were approximately 38% female. "
                 "Revenue was $410 million.")]
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits)
    assert ans.refused is not answered, ans.answer
    assert ("38%" in ans.answer) is answered


def test_the_part_is_named_by_the_question_not_its_instructions_or_source() -> None:
    plain = _part("What share of Orbisco's turnover came from ferry tickets?")
    assert _part("What share of Orbisco's turnover came from ferry tickets? Percent, one decimal.") == plain
    assert _part("What share of Orbisco's turnover came from ferry tickets, per the auditor's key audit "
                 "matter? Percent, two decimals.") == plain


def test_a_share_is_quoted_though_the_question_names_its_source() -> None:
    hits = [_hit("Ferry tickets represented 4.1%, 3.8% and 3.5% of Orbisco's turnover in fiscal 2024, "
                 "fiscal 2023 and fiscal 2022, respectively. Revenue was $410 million.")]
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What share of Orbisco's fiscal 2023 turnover came from ferry tickets, per the auditor's key audit matter?",
        hits)
    assert not ans.refused and "3.8%" in ans.answer, ans.answer
