"""Short analyst questions over made-up filings: list numbers, a percent's aside and the flows that move a
balance are no figures of the balance asked (session 28's plain-question probe)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.number_parsing import parse_quantities
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def _ask(text: str, question: str):  # type: ignore[no-untyped-def]
    hit = SearchHit(chunk_id="zeta:7", doc_id="zeta-10k", title="Zeta 10-K", source="", page=7, text=text, score=1.0,
                    company="Zeta Mills", period="FY2024")
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit])


def test_list_item_numbers_in_running_text_are_no_figures() -> None:
    text = ("(3) Represents severance costs, including: (1) costs in fiscal 2024 tied to a plant closure; "
            "and (2) costs in fiscal 2022 tied to a sales reorganisation.")
    assert [q.raw for q in parse_quantities(text) if not q.is_year] == []
    assert [q.raw for q in parse_quantities("Our aims: (1) grow margins, (2) cut waste")] == []


def test_bracketed_cells_of_a_row_stay_figures() -> None:
    assert [q.raw for q in parse_quantities("Other, net (1) (2) 3")] == ["(1)", "(2)", "3"]
    assert [q.raw for q in parse_quantities("Net change (1) 4 (3)")] == ["(1)", "4", "(3)"]


def test_an_enumerator_is_never_the_answer() -> None:
    text = ("(2) Represents severance charges, including: (1) charges in fiscal 2024 for the Ohio plant closure; "
            "and (2) charges in fiscal 2023 for the Texas warehouse.")
    answer = _ask(text, "What was Zeta Mills' severance charge in fiscal 2024?")
    assert answer.key_figure is None or abs(answer.key_figure.value) not in (1.0, 2.0), answer.answer


def test_a_balance_is_not_summed_from_the_flows_that_moved_it() -> None:
    text = ("Net cash used for financing activities was $4.1 billion, reflecting repayments of long-term debt of "
            "$1.2 billion, debt redemptions of $0.8 billion and proceeds from issuances of long-term debt of $2.0 billion.")
    answer = _ask(text, "What was Zeta Mills' total debt at the end of 2024?")
    assert answer.key_figure is None or round(answer.key_figure.value, 1) not in (4.0, 4_000_000_000.0), answer.answer


def test_balances_stated_side_by_side_are_still_a_total() -> None:
    text = "At December 31, 2024, Zeta's secured debt was $300 million, while its unsecured debt totaled $500 million."
    answer = _ask(text, "What was Zeta Mills' total debt at the end of 2024?")
    assert answer.key_figure is not None and answer.key_figure.value == 800, answer.answer


def test_a_percent_in_brackets_describes_the_amount_before_it() -> None:
    text = ("Strong total cash returns to shareholders of $0.9 billion: annual dividend raised to 40.0 cents per share; "
            "$400 million of shares repurchased (approximately 2% of outstanding shares); and")
    answer = _ask(text, "How much cash did Zeta Mills hold at the end of fiscal 2024?")
    assert answer.key_figure is None or round(answer.key_figure.value, 1) not in (0.02, 18.0, 18_000_000.0), answer.answer
