"""Figures listed together share the noun written once after the last ("3.0 million, 2.0 million
and 2.5 million shares"): `answer.units.listed_noun`, read by the count check; made-up sentences."""

from __future__ import annotations

from assistant.core.answer.units import listed_noun
from assistant.core.numbers import Quantity, parse_quantities


def _figures(text: str) -> list[Quantity]:
    return sorted((q for q in parse_quantities(text) if not q.is_year), key=lambda q: q.start)


def test_each_figure_of_a_list_counts_the_noun_after_the_last() -> None:
    text = "Members bought 1.4 million, 1.1 million and 0.9 million units in fiscal 2031, 2030 and 2029, respectively."
    first, second, _ = _figures(text)
    assert listed_noun(text, first) == "units"
    assert listed_noun(text, second) == "units"


def test_a_figure_outside_a_list_shares_no_noun() -> None:
    text = "Brackwater opened 12 kiosks in 2031, and 40 franchise partners joined later."
    assert listed_noun(text, _figures(text)[0]) is None
    money = "Brackwater paid $4 million and 12 vendors were replaced."  # another unit ends the list
    assert listed_noun(money, _figures(money)[0]) is None


def test_the_count_check_reads_the_listed_noun() -> None:
    from assistant.core.answer.extractive import ExtractiveAnswerer
    from assistant.core.settings import Settings
    from assistant.core.types import SearchHit

    text = ("Under the plan, shares are bought at 85% of the market price. Members bought 1.4 million, "
            "1.1 million and 0.9 million shares during fiscal 2031, 2030 and 2029, respectively.")
    hits = [SearchHit(chunk_id="b:1", doc_id="b", title="Brackwater 10-K", source="/docs/b.txt", page=1, text=text,
                      score=1.0, company="Brackwater Inc.", period="FY2031")]
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "How many shares did Brackwater's members buy through the plan in fiscal 2031?", hits)
    assert not ans.refused and ans.key_figure is not None and "1.4 million" in ans.answer
