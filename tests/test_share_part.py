"""A share asked ("what share of its managers were held by women") is quoted only from a
passage naming the part; the part is what follows the verb relating it to the whole, a bracketed
other name is an alternative, and a negated part ("were not members") is the rest of the whole."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived import share_part
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.numbers import parse_quantity
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


HOW_MUCH_OF = [_hit("Orbisco sells about 900 own-label products, which accounted for approximately 27% of "
                    "shop revenues during 2024. Shop revenues were $3.1 billion in 2024.")]


def test_how_much_of_a_whole_is_answered_by_the_parts_share() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "How much of Orbisco's 2024 shop revenues came from its own-label products?", HOW_MUCH_OF)
    assert not ans.refused and ans.key_figure is not None and "27%" in ans.answer, ans.answer


def test_how_much_of_a_whole_asks_the_share_only_of_a_percent() -> None:
    q = "How much of Orbisco's 2024 shop revenues came from franchise stores?"
    query = analyse(parse_question(q, []), [])
    pct, amount = parse_quantity("27%"), parse_quantity("$3.1 billion")
    assert pct is not None and amount is not None
    assert share_part(query, q, pct) == {stem("franchise"), stem("stores")}  # a percent must name the part
    assert share_part(query, q, amount) == set()  # an amount is the part's own figure, checked elsewhere
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(q, HOW_MUCH_OF)
    assert ans.refused or "27%" not in ans.answer, ans.answer  # own-label products' share is not franchise stores'
