"""Figures of long MD&A sentences bound to the words of their own clause: several figures for
several bases, periods and segments in one sentence (made-up company and texts)."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.qualifiers import families, figure_families
from assistant.core.answer.text import heading_before
from assistant.core.answering import verify
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

COMPANY = "Zephyr Tools"


def hit(text: str, n: int = 1, period: str | None = "FY 2024") -> SearchHit:
    return SearchHit(chunk_id=f"zephyr-10k:{n}", doc_id="zephyr-10k", title="zephyr-10k annual report",
                     source="/d/zephyr-10k.txt", page=n, text=text, score=1.0 / n, company=COMPANY, period=period)


def ask(question: str, *texts: str) -> Answer:
    hits = [hit(t, i) for i, t in enumerate(texts, 1)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    answer.retrieved = hits
    return verify(answer)


def value(answer: Answer) -> float | None:
    return answer.key_figure.value if answer.key_figure else None


FELL = ("Zephyr Tools revenues decreased $15.0 billion, or 54%, in the second quarter of 2024 to $12.7 "
        "billion from $27.7 billion in the second quarter of 2023, reflecting an operational decrease of "
        "$14.7 billion, or 53%, and an unfavorable impact of foreign exchange of $279 million, or 1%.")


def test_two_figures_stated_as_one_share_their_words() -> None:
    figs = {FELL[x.start : x.end]: x for x in parse_quantities(FELL) if not x.is_year}
    assert "adjusted" in figure_families(FELL, figs["53%"])  # "an operational decrease of $14.7 billion, or 53%"
    assert "adjusted" not in figure_families(FELL, figs["54%"])  # the basis named later is the later figure's


@pytest.mark.parametrize(("question", "expected"), [
    ("On an operational basis, by what percentage did Zephyr Tools' second-quarter 2024 revenues fall?", 53),
    ("As reported, by what percentage did Zephyr Tools' second-quarter 2024 revenues fall?", 54),
])
def test_the_basis_picks_the_figure_of_its_own_clause(question: str, expected: float) -> None:
    assert value(ask(question, FELL)) == pytest.approx(expected)


def test_a_trailing_adverb_qualifies_the_pair_before_it() -> None:
    text = "Excluding one product line, revenues increased $1.1 billion, or 5%, operationally, reflecting new launches."
    x = next(x for x in parse_quantities(text) if text[x.start : x.end] == "5%")
    assert "adjusted" in figure_families(text, x)


def test_currency_neutral_wordings_are_one_basis() -> None:
    for words in ("Stripping out currency movements, how much", "on a currency-neutral basis",
                  "operationally", "excluding the impact of foreign currency"):
        assert "adjusted" in families(words), words
    assert "adjusted" not in families("leaving out its trading unit")


KITS = ("During the year ended December 31, 2024, Zephyr Tools administered more than 15 million tool "
        "inspections and sold nearly 28 million repair kits, compared with 2023 when demand was lower.")


def test_a_sentence_opening_with_its_period_answers_for_that_period_only() -> None:
    assert value(ask("How many repair kits did Zephyr Tools sell in 2024?", KITS)) == pytest.approx(28)  # "28 million": the key figure keeps its scale word
    other = ask("How many repair kits did Zephyr Tools sell in 2023?", KITS)
    assert other.refused and value(other) is None


def test_a_cost_of_sales_figure_does_not_answer_for_sales() -> None:
    text = "Cost of sales increased by $3,837 million in 2024 compared with 2023, primarily due to higher volumes."
    answer = ask("By how much did Zephyr Tools' revenue grow in 2024?", text)
    assert answer.refused and value(answer) is None


def test_net_income_does_not_answer_for_net_interest_income() -> None:
    text = "For the second quarter of 2024, Zephyr Tools reported net income of $14.5 billion, up 67%."
    answer = ask("How much did Zephyr Tools' net interest income grow in the second quarter of 2024?", text)
    assert answer.refused and value(answer) is None


def test_a_price_per_share_is_not_the_deal_total() -> None:
    text = ("Zephyr Tools will acquire all outstanding shares of Arbor Labs for $100 per share in an all-cash "
            "transaction for a total equity value of approximately $6.7 billion.")
    assert value(ask("What was Zephyr Tools' acquisition of Arbor Labs worth in total?", text)) == pytest.approx(6.7)
    assert value(ask("How much per share will Zephyr Tools pay for Arbor Labs?", text)) == pytest.approx(100)


def test_the_questions_own_figure_is_not_its_answer() -> None:
    text = ("Upon closing, Zephyr Tools paid Arbor Labs $500 million, including an upfront payment of $150 "
            "million and an equity investment of $350 million.")
    got = ask("Of the $500 million Zephyr Tools paid Arbor Labs at closing, how much was an equity investment?", text)
    assert value(got) == pytest.approx(350)


@pytest.mark.parametrize("question", [
    "What slice of all US retail prescriptions did Zephyr Tools fill in 2024?",
    "What fraction of his base salary will the adviser be paid?",
    "What return on equity did Zephyr Tools earn in 2024?",
])
def test_share_wordings_ask_for_a_percentage(question: str) -> None:
    assert parse_question(question, []).want == "percent"


def test_a_percentage_of_revenues_row_is_no_change() -> None:
    table = "Six Months Ended\n2024 2023\nPercentage of Revenues 25.4 % 31.2 %"
    answer = ask("By what percentage did Zephyr Tools' revenues decline over the first half of 2024?", table)
    assert answer.refused


UPJOHN = ("We expect to incur costs of approximately $700 million in connection with separating the tools "
          "unit, of which approximately 75% has been incurred since inception and through December 31, 2024.")
SYNERGY = ("We have exceeded the targeted pre-tax synergies of $180 million by approximately 10% driven by "
           "procurement and supply chain savings as of June 30, 2024.")


def test_the_part_of_a_stated_whole_is_computed_with_both_inputs_cited() -> None:
    spent = ask("Roughly how much had Zephyr Tools spent on separating the tools unit by the end of 2024?", UPJOHN)
    assert value(spent) == pytest.approx(525)
    assert "75%" in spent.answer and "$700 million" in spent.answer and spent.checks.citations_valid
    assert not spent.checks.ungrounded_numbers  # the verifier redoes "75% x $700 million"
    whole = ask("How much does Zephyr Tools expect to incur in total to separate the tools unit?", UPJOHN)
    assert value(whole) == pytest.approx(700)


def test_a_target_exceeded_by_a_percentage_gives_the_result() -> None:
    got = ask("Roughly how much in pre-tax synergies did Zephyr Tools deliver?", SYNERGY)
    assert value(got) == pytest.approx(198) and not got.checks.ungrounded_numbers
    assert value(ask("What pre-tax synergies target did Zephyr Tools set?", SYNERGY)) == pytest.approx(180)


def test_a_level_asked_is_not_answered_with_how_much_it_moved() -> None:
    text = ("Adjusted EBIT decreased by $24 million, or 8%, in fiscal year 2024, compared to fiscal year 2023. "
            "Adjusted EBIT was $1,608 million in fiscal year 2024.")
    assert value(ask("What was Zephyr Tools' adjusted EBIT for fiscal 2024?", text)) == pytest.approx(1608)
    assert value(ask("By how much did Zephyr Tools' adjusted EBIT decrease in fiscal 2024?", text)) == pytest.approx(24)


def test_respectively_pairs_each_figure_with_its_own_words() -> None:
    text = ("In fiscal 2024, Zephyr Tools achieved record revenues of $51.2 billion, which increased 10% and "
            "16% on a reported and currency-neutral basis, respectively.")
    figs = {text[x.start : x.end]: x for x in parse_quantities(text) if not x.is_year}
    assert "adjusted" in figure_families(text, figs["16%"])
    assert "adjusted" not in figure_families(text, figs["10%"])
    got = ask("On a currency-neutral basis, how much did Zephyr Tools' revenues grow in fiscal 2024?", text)
    assert value(got) == pytest.approx(16)


def test_a_segment_named_only_by_its_heading_answers_for_it() -> None:
    text = ("Northern Division •  Net revenues of $991 million in the current quarter compared to $900 million "
            "in the prior year quarter; •  Adjusted EBITDAR margin of 33.9% in the current year compared to "
            "35.9% in the prior year; •  Adjusted EBITDAR margin of 32.2% in the current quarter compared to "
            "34.4% in the prior year quarter.")
    got = ask("What Adjusted EBITDAR margin did Zephyr Tools' Northern Division earn in the fourth quarter of 2024?", text)
    assert value(got) == pytest.approx(32.2)
    assert heading_before(text, text.index("Adjusted EBITDAR margin of 32.2%")) == "Northern Division"
    assert heading_before("Revenues rose. They rose again.", 15) == ""


def test_a_name_the_question_abbreviates_is_named_by_its_abbreviation() -> None:
    text = ("ZTA revenues increased by $3,331 million in 2024 compared with 2023 primarily due to higher "
            "deliveries. ZTS revenues decreased by $785 million in 2024 compared with 2023.")
    about = "Aerial Tooling designs and builds lifting gear; it is the largest of the segments by revenues."
    got = ask("By how much did revenues of Zephyr Tools' Aerial Tooling (ZTA) business rise in 2024 compared with 2023?",
              text, about)
    assert value(got) == pytest.approx(3331)


def test_a_computed_total_does_not_answer_for_a_segment_its_rows_leave_out() -> None:
    from assistant.core.answer.computed_setaside import leaves_out
    from assistant.core.types import Citation

    hits = [hit("Aerial Tooling revenues increased by $3,331 million in 2024 compared with 2023.")]

    def computed(quote: str) -> Answer:
        return Answer(question="q", answer="Zephyr Tools' FY2024 revenue growth was 7.1% [1].", mode="extractive",
                      citations=[Citation(n=1, doc_id="zephyr-10k", title="zephyr-10k annual report",
                                          source="/d/zephyr-10k.txt", page=3, quote=quote)])

    segment = parse_question("By how much did Zephyr Tools' Aerial Tooling revenues rise in 2024?", [])
    assert leaves_out(segment, hits, computed("Total revenues 62,286 58,158"))
    assert not leaves_out(segment, hits, computed("Aerial Tooling revenues 30,100 26,769"))
    total = parse_question("By how much did Zephyr Tools' GAAP revenues rise in 2024?", [])
    assert not leaves_out(total, hits, computed("Total revenues 62,286 58,158"))
    # A line item named by its abbreviation is an input, not a segment the rows leave out.
    ebitda = parse_question("What is Zephyr Tools' FY2024 EBITDA margin, using operating income and D&A from "
                            "the cash flow statement?", [])
    assert not leaves_out(ebitda, hits, computed("Depreciation and amortization 2,763 2,710"))
    # Nor do a metric's acronym, a document word or the company's own name narrow the figure.
    for question in ("What was Zephyr Tools' revenue CAGR from fiscal 2021 to fiscal 2024?",
                     "In Zephyr Tools' 2024 Form 10-K, what revenue is shown for fiscal 2022?"):
        parsed = parse_question(question, [])
        parsed.companies = ["Zephyr Tools Holdings"]
        assert not leaves_out(parsed, hits, computed("Total revenues 62,286 58,158")), question


def test_a_stated_change_is_quoted_not_taken_for_the_level_it_grew_from() -> None:
    text = "Excluding two products, Zephyr Tools revenues increased $1.1 billion, or 5%, operationally in 2024."
    got = ask("Excluding two products, by how many dollars did Zephyr Tools' revenues grow in 2024?", text)
    assert value(got) == pytest.approx(1.1) and "computed" not in got.answer


def test_a_share_of_another_total_does_not_answer_for_a_named_part() -> None:
    text = ("Zephyr Direct revenues grew 14% to $21.3 billion in fiscal 2024, and represented approximately 44% "
            "of total Zephyr Brand revenues for fiscal 2024.")
    got = ask("Roughly what share of Zephyr Direct's fiscal 2024 revenues came from Zephyr Brand Digital?", text)
    assert got.refused and value(got) is None


def test_the_verb_earn_is_not_a_second_metric_beside_the_one_named() -> None:
    text = "Zephyr Tools grew revenue 20%, and operating profit was $1.81 million in Q1 2024."
    got = ask("How much EBITDA, in dollars, did Zephyr Tools earn in Q1 2024?", text)
    assert got.refused and value(got) is None


def test_a_count_whose_own_noun_is_another_thing_is_not_the_count_asked() -> None:
    text = "Zephyr Tools offered tool inspections at more than 9,000 Zephyr store locations as of December 31, 2024."
    got = ask("How many tool inspections did Zephyr Tools carry out in 2024?", text)
    assert got.refused and value(got) is None


def test_by_how_much_the_number_of_something_rose_asks_for_a_change() -> None:
    assert parse_question("By how much did the number of Acme footwear units sold rise in 2023?", []).want == "change"


def test_people_counted_as_individuals_are_the_people_asked() -> None:
    text = "The Durban plant of Zephyr Tools employed 350 individuals; none were injured in the fire."
    assert value(ask("How many people worked at Zephyr Tools' Durban plant?", text)) == pytest.approx(350)



def test_a_note_marker_after_a_closing_quote_is_not_a_figure() -> None:
    from assistant.core.answer.text import figures_text

    text = "Adjusted diluted earnings per share (“Adjusted EPS”)(1) was a loss of $1.53 in the current quarter."
    assert "(1)" not in figures_text(text) and "$1.53" in figures_text(text)


def test_figures_listed_with_years_respectively_take_their_own_year() -> None:
    text = ("Highly inflationary accounting resulted in a negative impact of $24 million and $16 million in "
            "foreign currency transaction losses for the fiscal years ended June 30, 2024, and 2023, respectively.")
    got = ask("What foreign currency transaction loss did highly inflationary accounting cost Zephyr Tools in fiscal 2023?", text)
    assert value(got) == pytest.approx(16)



def test_a_name_its_document_gives_elsewhere_does_not_sink_the_sentence_that_answers() -> None:
    appointed = ("Anna Lindqvist, former Chief Operating Officer of Brightline, has been appointed CEO of "
                 "Zephyr Tools, effective September 1, 2024.")
    pay = ("Ms. Lindqvist will receive a base salary of not less than $1,100,000 annually and will be entitled "
           "to participate in all bonus plans maintained for senior executives.")
    question = "What annual base salary will Anna Lindqvist receive as Zephyr Tools' CEO?"
    got = ask(question, appointed, pay)
    assert value(got) == pytest.approx(1_100_000)
    # The same sentence with the name nowhere in its document: the named person may be someone else.
    other = ask(question, "Zephyr Tools appointed a new chair in 2024.", pay.replace("Ms. Lindqvist", "Ms. Moreau"))
    assert other.refused and value(other) is None
