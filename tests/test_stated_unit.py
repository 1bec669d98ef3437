"""The unit a question states its answer in, held against the offline answer's figure."""

from __future__ import annotations

import pytest

from assistant.core.answer.stated_unit import stated_kind, unit_doubt
from assistant.core.types import Answer, KeyFigure


@pytest.mark.parametrize("question, kind", [
    ("Acme's commercial paper at December 31, 2023? USD millions.", "money"),
    ("How much principal was outstanding? $M.", "money"),
    ("What was it, in $ millions?", "money"),
    ("Give it in millions of dollars.", "money"),
    ("By how much did Acme's derivative liabilities grow, in percent?", "percent"),
    ("Express it as a percentage of total accrued liabilities, one decimal.", "percent"),
    ("What share of revenue? %, one decimal.", "percent"),
    ("How much of the 1.95% notes was repurchased, in $ millions?", "money"),  # a percent the question gives
    ("What was Acme's revenue in 2023?", None),
    ("What was Acme's diluted EPS in 2023?", None),
    ("Revenue in $ billions and its growth in percent?", None),  # both: no one unit
    ("Acme's year-end debt to equity, x, two decimals?", "ratio"),
    ("Interest coverage of Acme in 2023? Times, one decimal.", "ratio"),
    ("How many times did Acme's board meet in 2023?", None),  # a count, no unit stated
    ("Acme's next-generation products, in USD millions?", "money"),  # an x inside a word
])
def test_the_stated_unit_is_read_from_the_question(question: str, kind: str | None) -> None:
    assert stated_kind(question) == kind


def said(value: float | None, unit: str | None, text: str = "12") -> Answer:
    key = None if value is None else KeyFigure(value=value, unit=unit, text=text)
    return Answer(question="q", answer=f"{text} [1]", mode="extractive", key_figure=key)


def test_a_figure_of_another_kind_than_the_stated_unit_is_doubted() -> None:
    money, pct = "Asset-backed debt at the end of 2023? $ millions.", "Its growth from 2022 to 2023, in percent?"
    assert unit_doubt(money, said(0.79, "percent", "+ 0.790%")) is not None
    assert unit_doubt(money, said(14_230, "USD", "$14,230 million")) is None
    assert unit_doubt(money, said(14_230, None, "14,230")) is None  # a table's bare cell
    assert unit_doubt(pct, said(178, "USD", "$178 million")) is not None
    assert unit_doubt(pct, said(134, "percent", "134%")) is None
    assert unit_doubt(money, said(None, None)) is not None  # a sentence quoted with no figure
    assert unit_doubt("What did Acme say about demand?", said(None, None)) is None  # no unit stated
    refused = Answer(question="q", answer="The documents don't say.", mode="extractive", refused=True)
    assert unit_doubt(money, refused) is None



def test_a_years_heading_over_a_column_of_rates_is_no_rate() -> None:
    from assistant.core.answer.units import _year_header
    from assistant.core.numbers import parse_quantities

    heading, rates = parse_quantities("Effective Rate (Dollars in Millions) 2023 % 2022 %"), parse_quantities("2.89 % 12 %")
    assert heading and all(_year_header(x) for x in heading)
    assert rates and not any(_year_header(x) for x in rates)


def test_a_per_share_figure_is_not_the_total_in_millions() -> None:
    from assistant.core.types import Citation

    quote = "Adjusted net earnings per share (Diluted) $2.35 $2.13"
    ans = Answer(question="q", answer=f'$2.35 [1]: "{quote}" [1]', mode="extractive",
                 key_figure=KeyFigure(value=2.35, unit="USD", text="$2.35"),
                 citations=[Citation(n=1, doc_id="acme", title="Acme", source="", page=1, quote=quote)])
    assert unit_doubt("Acme's earnings before taxes in 2023? $m.", ans) is not None
    assert unit_doubt("Acme's earnings per share in 2023? $ millions.", ans) is None


def test_figures_listed_before_years_pair_with_them_in_order() -> None:
    from assistant.core.answer.qualifiers import respective_year
    from assistant.core.numbers import parse_quantities

    def paired(sentence: str) -> list[int | None]:
        return [respective_year(sentence, x) for x in parse_quantities(sentence) if not x.is_year]

    assert paired("Refunds to customers totaled $1.0 billion and $2.5 billion during 2022 and 2021.") == [2022, 2021]
    assert paired("Sales were $5 million and $4 million in 2022 and 2021, respectively.") == [2022, 2021]
    assert paired("Sales were $5 million and $4 million in 2022.") == [None, None]


def test_one_quoted_figure_is_not_a_sum_the_question_asks_for() -> None:
    from assistant.core.answer.derived_render import COMPUTED
    from assistant.core.answer.stated_unit import sum_doubt
    from assistant.core.types import Citation

    def quoted(text: str, quotes: list[str], answer: str = "") -> Answer:
        cites = [Citation(n=i, doc_id="acme", title="Acme", source="", page=1, quote=q) for i, q in enumerate(quotes, 1)]
        return Answer(question="q", answer=answer or f'{text} [1]: "{quotes[0]}" [1]', mode="extractive",
                      key_figure=KeyFigure(value=11.7, unit="USD", text=text), citations=cites)

    summed = "Acme 2021: cash dividends plus repurchases of common stock, $m?"
    one = quoted("$(11.7)", ["$ (11.7) cash dividends (6.0) repurchases of common stock"])
    assert sum_doubt(summed, one) is not None
    assert sum_doubt("Acme 2021: cash dividends paid, $m?", one) is None  # no sum asked
    worked = quoted("$17.7", ["Cash dividends $ 11.7", "Repurchases $ 6.0"],
                    answer=f"About $17.7 [1][2], {COMPUTED}: $11.7 + $6.0 = $17.7.")
    assert sum_doubt(summed, worked) is None
    refused = Answer(question="q", answer="The documents don't say.", mode="extractive", refused=True)
    assert sum_doubt(summed, refused) is None


def test_an_instrument_named_by_its_maturity_must_be_the_quoted_ones() -> None:
    from assistant.core.answer.stated_unit import instrument_doubt
    from assistant.core.types import Citation

    def quoted(quote: str) -> Answer:
        return Answer(question="q", answer=f'$342 million [1]: "{quote}" [1]', mode="extractive",
                      key_figure=KeyFigure(value=342, unit="USD", text="$342 million"),
                      citations=[Citation(n=1, doc_id="acme", title="Acme", source="", page=1, quote=quote)])

    question = "How much principal of Acme's senior notes due 2031-2035 was outstanding at the end of 2022? $M."
    other = quoted("In 2021 we repurchased all $342 million of the 4.10% notes due June 2022 and the notes due 2024.")
    assert instrument_doubt(question, other) is not None
    own = quoted("Notes due 2031-2035 $ 342 $ 350")
    assert instrument_doubt(question, own) is None
    bucket = "How much of Acme's long-term debt is due in 2024? $M."  # a year's bucket, not an instrument
    assert instrument_doubt(bucket, other) is None


def test_an_amount_never_answers_a_question_stating_a_ratio() -> None:
    q = "Acme's 2023 year-end borrowings to shareholders' equity, x, two decimals?"
    assert unit_doubt(q, said(4_120, "USD", "$4,120 million")) is not None  # one input of the ratio
    assert unit_doubt(q, said(0.57, "ratio", "0.57x")) is None
    assert unit_doubt(q, said(0.57, None, "0.57")) is None


def test_a_count_of_shares_is_no_amount_of_money() -> None:
    from assistant.core.types import Citation

    quote = "During the year Tarn Logistics bought back 12.6 million shares for a total of $1.9 billion."
    ans = Answer(question="q", answer=f'12.6 million [1]: "{quote}" [1]', mode="extractive",
                 key_figure=KeyFigure(value=12.6, unit=None, scale="million", text="12.6 million"),
                 citations=[Citation(n=1, doc_id="tarn", title="Tarn", source="", page=1, quote=quote)])
    assert unit_doubt("What average price did Tarn Logistics pay per repurchased share in 2023? USD.", ans) is not None
    assert unit_doubt("How many shares did Tarn Logistics buy back in 2023?", ans) is None


def test_dollars_per_share_are_money() -> None:
    question = "By how much per share did Acme raise its quarterly dividend in 2031? USD per share."
    assert stated_kind(question) == "money"
    assert stated_kind("What did Acme pay per share, in dollars per share?") == "money"
    assert unit_doubt(question, said(3.5, "percent", "3.5%")) is not None
    assert unit_doubt(question, said(0.02, "USD", "$0.02")) is None


def test_things_counted_are_no_amount_of_money() -> None:
    question = "How many options did Acme leave out of its diluted share count in 2031?"
    assert unit_doubt(question, said(0.61, "USD", "$0.61")) is not None
    assert unit_doubt(question, said(4.0, None, "4 million")) is None
    assert unit_doubt("How many dollars did Acme return per share in 2031?", said(0.61, "USD", "$0.61")) is None
