"""A sentence whose only year is its comparison's base states its figure for the year after:
"freight costs decreased to 6.1% of sales compared to 6.8% in fiscal 2022" is fiscal 2023's ratio.
Made-up company and passages."""

from __future__ import annotations

from assistant.core.answer.asked_kind import kind_mismatch
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.figure_period import year_after_base
from assistant.core.answer.question import analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"quillon:{n}", doc_id="quillon", title="Quillon Marine annual report",
                     source="/docs/quillon.txt", page=n, text=text, score=1.0 / n,
                     company="Quillon Marine", period="FY2024")


def test_the_base_year_dates_the_year_after() -> None:
    assert year_after_base("Freight costs decreased to 6.1% of sales compared to 6.8% in fiscal 2022.") == {2023}
    assert year_after_base("Charter revenue rose to $412 million from $380 million in 2021.") == {2022}


def test_a_year_of_its_own_or_no_stated_figure_is_no_base() -> None:
    assert year_after_base("In 2023, freight costs were 6.1% of sales compared to 6.8% in 2022.") == frozenset()
    assert year_after_base("We spent more than $5 million in 2022.") == frozenset()
    assert year_after_base("Revenue from 2021 acquisitions was $40 million.") == frozenset()


def test_the_sentence_answers_for_the_year_after_its_base() -> None:
    # "decreased to 6.1%" of sales: the share reached, not a decrease of 6.1%
    hits = [hit("As a percentage of sales, freight costs decreased to 6.1% compared to 6.8% in fiscal 2022, "
                "primarily due to lower container rates."),
            hit("Charter revenue rose 7% in fiscal 2024 on longer contracts.", 2),
            hit("The fleet numbered 38 vessels at the end of fiscal 2024.", 3)]
    ans = ExtractiveAnswerer(Settings(gate_threshold=0.0)).answer(
        "What were Quillon's freight costs as a percentage of sales in fiscal 2023?", hits)
    assert not ans.refused, ans.answer
    assert ans.key_figure is not None and ans.key_figure.value == 6.1


def test_a_share_reached_is_no_growth_rate() -> None:
    q = analyse(parse_question("What were Quillon's freight costs as a percentage of sales in fiscal 2023?", []), [])
    reached = "As a percentage of sales, freight costs decreased to 6.1% compared to 6.8% in fiscal 2022."
    moved = "Freight costs decreased 6.1% in fiscal 2023."
    for sentence, why in ((reached, None), (moved, "a growth rate, not a share")):
        fig = next(x for x in parse_quantities(sentence) if x.value == 6.1)
        assert kind_mismatch(q, sentence, fig) == why


def test_a_sentence_dated_by_its_base_answers_no_other_year() -> None:
    # a fiscal 2024 report's sentence comparing with fiscal 2022 states fiscal 2023's share, not 2024's
    hits = [hit("As a percentage of sales, freight costs increased to 6.1% versus 5.2% in fiscal 2022."),
            hit("Charter revenue rose 7% in fiscal 2024 on longer contracts.", 2)]
    ans = ExtractiveAnswerer(Settings(gate_threshold=0.0)).answer(
        "What were Quillon's freight costs as a percentage of sales in fiscal 2024?", hits)
    assert ans.refused, ans.answer
