"""Which figure of a sentence a question asks, read from each figure's own words: a maturity year
the question names, a span (quarter or half) its words name, a per-share price asked beside a total,
and the kind a question's words ask for ("what coupon", a leading "When ..., how much"); and a
percent that names part of a listed item never multiplies another item's amount (made-up passages
and companies)."""

from __future__ import annotations

from assistant.core.finance.periods import named_years
from assistant.core.types import Answer
from assistant.core.wanted import wanted
from tests.fakes.one_passage import passage_answer

NOTES = ("As of August 2, 2031, we had $300 million of principal amount of notes due March 15, 2034, and "
         "$450 million of principal amount of notes due March 15, 2037.")
SPANS = ("Harbor's results include royalty income from its stake in Vexa of $41 million in the second quarter "
         "of 2032 and $37 million in the second quarter of 2031, and $88 million in the first six months of "
         "2032 and $70 million in the first six months of 2031.")
PRICE = ("The consideration paid consisted of an upfront payment of $212.00 per share in cash, amounting to "
         "$9.3 billion, net of cash acquired, and a right to receive up to $15.00 per share in cash.")
UNITS = ("On closing we received cash of $2.6 billion, $410 million in preferred partnership units of the "
         "buyer and 12% of the buyer's common partnership units.")


def _ask(question: str, text: str, company: str = "Harbor Tools") -> Answer:
    return passage_answer(question, text, company=company, doc="h", derived=True)


def _figure(answer: Answer) -> str:
    return answer.key_figure.text if answer.key_figure is not None and not answer.refused else ""


def test_a_maturity_is_a_named_year_not_a_period() -> None:
    assert named_years("notes due March 15, 2037") == {2037}
    assert named_years("the 2029 Credit Agreement") == {2029}
    assert named_years("as of August 2, 2031, in fiscal 2030") == frozenset()


def test_the_notes_of_the_maturity_asked() -> None:
    late = _ask("How much principal did Harbor owe on its notes due March 15, 2037, as of August 2, 2031?", NOTES)
    assert "450" in _figure(late)
    early = _ask("How much principal did Harbor owe on its notes due March 15, 2034, as of August 2, 2031?", NOTES)
    assert "300" in _figure(early)


def test_the_span_a_figure_s_own_words_name() -> None:
    half = _ask("How much royalty income did Harbor get from its Vexa stake in the first six months of 2032? "
                "USD millions.", SPANS)
    assert "88" in _figure(half)
    quarter = _ask("How much royalty income did Harbor get from its Vexa stake in the second quarter of 2032? "
                   "USD millions.", SPANS)
    assert "41" in _figure(quarter)


def test_a_per_share_price_asked_beside_a_total() -> None:
    got = _ask("What upfront cash payment per share did Harbor make in its acquisition of Vexa?", PRICE)
    assert _figure(got).startswith("$212")


def test_a_percent_of_units_multiplies_no_other_item() -> None:
    got = _ask("On closing, at what value did Harbor carry the preferred partnership units it received? "
               "USD millions.", UNITS)
    assert "49" not in _figure(got)  # never 12% x $410 million
    assert got.refused or "410" in _figure(got)


def test_a_percent_of_what_the_question_asks_still_multiplies() -> None:
    text = ("Ms. Reyes will receive a base salary of $900,000 per year and a target bonus of 150% of her "
            "base salary.")
    got = _ask("What is Ms. Reyes's target bonus in dollars?", text)
    assert got.key_figure is not None and "1.35" in got.key_figure.text  # 150% x $900,000


def test_the_kind_a_question_asks() -> None:
    assert wanted("When the sale closed, at what fair value did Harbor carry the units it received?", False) == "amount"
    assert wanted("When Harbor bought the maker of Vexa, how much stock did it book?", False) == "amount"
    assert wanted("When did Harbor close the sale of its rail unit?", False) == "date"
    assert wanted("What coupon do Harbor's notes due 2037 carry?", False) == "percent"
    assert wanted("What weighted-average coupon did Harbor pay on its 2031 notes?", False) == "percent"
    assert wanted("What coupon payments did Harbor make in 2031?", False) != "percent"
