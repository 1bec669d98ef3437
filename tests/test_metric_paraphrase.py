"""The "about another metric" check reads what a figure measures the way a finance reader does:
a figure priced "at a cost of" is about the act priced, "this liability" is the liability named
before, "..., respectively, of X" says what listed figures are amounts of, a loss line is the
profit line asked, "leaving out" is "excluding", "U.S. dollar" is no place, "priced" is a verb,
a bonus is incentive compensation and cost reductions are savings; figures about another metric
are still refused (made-up companies and sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.figure_reading import unreadable
from assistant.core.answer.metric_words import amount_of, paid_for, pointed_back, signed_profit
from assistant.core.answer.place_unsaid import place_unsaid
from assistant.core.answer.places import other_place
from assistant.core.numbers import parse_quantities
from assistant.core.words import stem
from tests.fakes.one_passage import passage_figure


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Quillmoor Outfitters", title="Quillmoor Outfitters annual report 2024", page=5)


def test_a_count_priced_at_a_cost_is_about_the_act_not_a_cost() -> None:
    text = "During 2024, Quillmoor Outfitters repurchased and retired 6.4 million shares at a cost of $310 million."
    assert _answer("How many shares did Quillmoor Outfitters buy back and retire in 2024?", text) == (
        pytest.approx(6.4))
    assert paid_for("retired 6.4 million shares at a cost of", [stem("repurchases")]) == "retired 6.4 million shares  for "
    assert paid_for("at a cost of", [stem("cost")]) == "at a cost of"  # a cost asked: the words stand


def test_an_act_priced_at_a_cost_is_still_no_other_metric() -> None:
    text = "In 2024 Quillmoor Outfitters acquired the Fenwick Trail brand at a cost of $45 million."
    assert _answer("What was Quillmoor Outfitters' revenue in 2024?", text) is None


def test_this_liability_is_the_one_named_before() -> None:
    before = ("At December 31, 2024, our deferred repatriation tax liability was $880 million, payable through "
              "2027. ")
    text = before + "We expect to pay about $74 million of this liability in 2025."
    asked = "How much of its deferred repatriation tax did Quillmoor Outfitters expect to pay in 2025?"
    assert _answer(asked, text) == pytest.approx(74)
    assert "tax liability" in pointed_back("of this liability in 2025", before)
    lease = "At December 31, 2024, our store lease liability was $880 million. " + (
        "We expect to pay about $74 million of this liability in 2025.")
    assert _answer(asked, lease) is None  # the liability named before is a lease's, not the tax asked
    assert pointed_back("such as freight", before) == "such as freight"


def test_figures_listed_respectively_are_amounts_of_what_follows() -> None:
    text = ("Earnings in 2023 and 2024 include $21 million and $38 million, respectively, of write-offs to "
            "cost of sales of obsolete inventory.")
    assert _answer("How much obsolete inventory did Quillmoor Outfitters write off to cost of sales in 2024?",
                   text) == pytest.approx(38)
    assert amount_of(", respectively, of write-offs to cost of sales that expired", 0) == (
        "write-offs to cost of sales ")
    assert amount_of(" of write-offs", 0) is None


def test_a_loss_line_is_the_profit_line_asked() -> None:
    table = ("The following table summarizes Loss from operations:\n(Dollars in millions)\n"
             "Years ended December 31,  2024  2023\nTrail Gear  412  380\nMarine Gear  (530)  95\n")
    assert _answer("What did Quillmoor Outfitters' Trail Gear business earn from operations in 2024?", table) == (
        pytest.approx(412))
    assert signed_profit([stem("earn")], "Loss from operations")
    assert not signed_profit([stem("revenue")], "Loss from operations")
    assert not signed_profit([stem("earn")], "Impairment charges by segment")


def test_leaving_out_is_excluding() -> None:
    text = "Excluding the Ridgeback recall, adjusted operational sales grew 4.6% in 2024."
    assert _answer("Leaving out the Ridgeback recall, how much did Quillmoor Outfitters' adjusted operational "
                   "sales grow in 2024?", text) == pytest.approx(4.6)


def test_the_us_dollar_and_us_gaap_name_no_place() -> None:
    asked = "If the U.S. dollar moved 1%, by how much would Quillmoor's net income translation change?"
    assert other_place(asked, "the translation of foreign sales by approximately $0.2 billion") is None
    assert other_place("What was U.S. GAAP net income earned abroad?", "international net income") is None
    assert other_place("What revenue came from the U.S.?", "international revenue") is not None


def test_priced_is_how_notes_were_set_not_a_price() -> None:
    text = "The weighted average effective interest rate of the notes at issuance was 5.12%."
    assert _answer("At what weighted average effective interest rate were the notes Quillmoor Outfitters issued "
                   "in 2024 priced at issuance?", text) == pytest.approx(5.12)


def test_a_bonus_is_incentive_compensation() -> None:
    text = ("Our SG&A decreased in 2024, primarily due to lower short-term incentive compensation expense of "
            "approximately $52 million compared to the prior year.")
    assert _answer("By roughly how much did smaller bonus payouts reduce Quillmoor Outfitters' SG&A in 2024?",
                   text) == pytest.approx(52)


def test_cost_reductions_are_savings() -> None:
    text = ("We continued to work toward our target to reduce cost by $90 million and achieved $61 million of "
            "cumulative savings by the end of 2024.")
    assert _answer("Against its $90 million cost reduction target, how much had Quillmoor Outfitters achieved by "
                   "the end of 2024?", text) == pytest.approx(61)
    benefit = ("Management expects to realize an annualized pre-tax benefit of approximately $40 million from "
               "structural cost reduction actions by the end of 2025.")
    assert _answer("What yearly pre-tax savings does Quillmoor Outfitters expect from its restructuring by the end "
                   "of 2025?", benefit) == pytest.approx(40)


def test_a_lone_digit_before_a_figure_is_a_split_figure() -> None:
    sentence = "During 2024, we repurchased and retired 1  2.7 million shares."
    fig = next(q for q in parse_quantities(sentence) if q.raw.startswith("2.7"))
    assert unreadable(sentence, fig) is not None
    plain = "During 2024, we repurchased and retired 12.7 million shares."
    assert unreadable(plain, next(q for q in parse_quantities(plain) if not q.is_year)) is None


def test_foreign_currency_names_no_side_of_the_world() -> None:
    asked = "If the dollar firmed 5 percent, what hit to pretax income from foreign-currency earnings did Quillmoor expect?"
    said = "The adverse impact on pretax income of a hypothetical 5 percent strengthening of the U.S. dollar would be $12 million."
    assert not place_unsaid(asked, said)
    assert place_unsaid("What share of sales came from outside the U.S.?", "Total sales grew 4% to $90 million.")
