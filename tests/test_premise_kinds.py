"""The kind of answer a question asks, read past the figures its premise gives, and a currency
named after a country that is no place (made-up companies, sentences and figures)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.places import other_place
from assistant.core.answer.stated_unit import stated_kind
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def test_comparable_sales_are_asked_as_a_percent() -> None:
    for q in ("What comparable sales did Orrin Goods' Outlet segment post in the second quarter of 2031?",
              "What were Orrin Goods' same-store sales in fiscal 2031?",
              "What comparable store sales did Orrin Goods report for 2031?"):
        assert parse_question(q, []).want == "percent", q
    # Sales alone, or comparable sales stated as dollars, stay amounts.
    assert parse_question("What were Orrin Goods' net sales in 2031?", []).want == "amount"
    assert parse_question("What comparable sales of $ did Orrin Goods post in 2031?", []).want != "percent"


def test_a_conditions_percent_does_not_make_the_answer_a_percent() -> None:
    q = "If the euro fell 5% against every currency Orrin Goods uses, how much would its operating income change?"
    assert parse_question(q, []).want == "change"
    q = "If the yen firmed 10 percent, what hit to pretax income did Orrin Goods estimate?"
    assert parse_question(q, []).want == "amount"
    assert stated_kind(q) is None  # "10 percent" is the premise's figure, not the unit asked
    assert stated_kind("What percent of its sales did Orrin Goods make abroad?") == "percent"
    # Without a condition the percent still asks for one.
    assert parse_question("What percent of sales did Orrin Goods make in Peru?", []).want == "percent"


def test_the_us_dollar_is_a_currency_not_the_united_states() -> None:
    q = "If the U.S. dollar strengthened 10%, by how much would Orrin Goods' net income change?"
    own = "would have decreased foreign sales by $0.4 billion and net income by $0.2 billion"
    assert other_place(q, own) is None
    # The United States as a place is still held against a figure for the rest of the world.
    assert other_place("What were Orrin Goods' U.S. sales?", "foreign sales were $0.4 billion") is not None


def test_a_conditional_question_is_answered_with_the_amount_its_sentence_states() -> None:
    text = ("A hypothetical 10 percent strengthening of the U.S. dollar against other currencies would "
            "reduce Orrin Goods' pretax income over the next twelve months by approximately $84 million.")
    hit = SearchHit(chunk_id="o:1", doc_id="o", title="Orrin Goods annual report 2031", source="/o.txt", page=9,
                    text=text, score=1.0, company="Orrin Goods", period="FY2031")
    q = "If the dollar firmed 10 percent, what impact on pretax income did Orrin Goods estimate over the next twelve months?"
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(q, [hit], parse_question(q, []))
    assert not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 84
