"""A figure that completes "<measure> of" is that measure's ("a remeasurement gain of $2.4 billion"):
it answers no question that names neither it nor a synonym, even where the sentence names the asked
measure in another clause. Made-up passages."""

from __future__ import annotations

from assistant.core.answer.metric_words import measured_by
from assistant.core.numbers import Quantity, parse_quantities
from tests.fakes.one_passage import passage_answer

MOVES = ("Other income changed during 2025 compared to 2024 and was primarily due to: a net pension remeasurement "
         "gain of $2.4 billion recorded during 2025, compared with a net pension remeasurement loss of $1.6 billion "
         "recorded during 2024; and an increase of $3.4 billion in early debt redemption costs driven by tender offers.")
TENDER = ("Net interest expense and other increased $735 million, reflecting a charge of $842 million in connection "
          "with our cash tender offers.")


def _fig(sentence: str, raw: str) -> Quantity:
    return next(q for q in parse_quantities(sentence) if q.raw.strip() == raw)


def test_the_noun_a_figure_completes_is_what_it_measures() -> None:
    assert measured_by(MOVES, _fig(MOVES, "$2.4 billion")) == ("gain", {"gain"})
    listed = "Segment earnings include equity income of $13 million, $53 million and $141 million in 2025, 2024 and 2023."
    assert measured_by(listed, _fig(listed, "$141 million")) == ("income", {"earn", "equity", "incom"})  # each of the list
    fees = "The notes carry fees of $4 million, $6 million and $9 million, respectively."
    assert measured_by(fees, _fig(fees, "$9 million")) == ("fees", {"fee"})
    assert measured_by(TENDER, _fig(TENDER, "$735 million")) is None


def test_a_figure_of_another_measure_is_refused() -> None:
    fee = passage_answer("At what interest rate could Corvane borrow under its revolving credit facilities?",
                         "The credit facilities allow borrowings at interest rates that depend on the Company's debt "
                         "ratings and require the Company to pay a quarterly facility fee of approximately 0.03%, "
                         "regardless of usage.",
                         company="Corvane Inc", period="FY2025")
    assert fee.refused, fee.answer  # a facility fee, not the rate of borrowing under the facility
    asked = passage_answer("How much did Corvane book in early debt redemption costs in 2025?", MOVES,
                           company="Corvane Inc", period="FY2025")
    assert asked.refused, asked.answer
    paid = passage_answer("How much cash did Corvane pay in 2025 in connection with its note tender offers?", TENDER,
                          company="Corvane Inc", period="FY2025")
    assert paid.refused, paid.answer


def test_a_figure_of_the_measure_asked_answers() -> None:
    answer = passage_answer("What remeasurement gain did Corvane record in 2025?",
                            "Corvane recorded a net pension remeasurement gain of $2.4 billion during 2025.",
                            company="Corvane Inc", period="FY2025")
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 2.4, answer.answer


def test_a_question_naming_the_measure_by_its_verb_or_a_synonym_is_answered() -> None:
    paid = passage_answer("What did Corvane pay in 2025 for spectrum clearing obligations?",
                          "During 2025, we made additional payments of $1.6 billion for obligations related to spectrum "
                          "clearing.", company="Corvane Inc", period="FY2025")
    assert not paid.refused and paid.key_figure is not None and paid.key_figure.value == 1.6, paid.answer
    gave = passage_answer("How much did Corvane give to the Corvane Foundation in 2025?",
                          "During 2025, the Company made charitable contributions of $25 million to the Corvane "
                          "Foundation.", company="Corvane Inc", period="FY2025")
    assert not gave.refused and gave.key_figure is not None and gave.key_figure.value == 25, gave.answer
    valued = passage_answer("What was the total value of the shares Corvane issued from treasury stock in 2025?",
                            "During 2025, we issued 2.1 million shares of common stock from treasury stock, which had "
                            "aggregate values of $91 million.", company="Corvane Inc", period="FY2025")
    assert not valued.refused and valued.key_figure is not None and valued.key_figure.value == 91, valued.answer


def test_a_charge_said_to_be_paid_is_the_payment() -> None:
    answer = passage_answer("What did Corvane pay to settle with the regulator over the plant accidents?",
                            "In September 2025, Corvane settled an investigation by the regulator related to the plant "
                            "accidents, which resulted in an earnings charge of $200 million that was paid in October "
                            "2025.", company="Corvane Inc", period="FY2025")
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 200, answer.answer


def test_a_value_asked_as_worth_or_an_amount_asked_by_its_act_answers() -> None:
    worth = passage_answer("What was Corvane's acquisition of Belmar worth in total?",
                           "Corvane will acquire all outstanding shares of Belmar for $100 per share in an all-cash "
                           "transaction for a total equity value of approximately $6.7 billion.",
                           company="Corvane Inc", period="FY2025")
    assert not worth.refused and worth.key_figure is not None and worth.key_figure.value == 6.7, worth.answer
    incur = passage_answer("How much does Corvane expect to incur in total to separate its tools unit?",
                           "We expect to incur costs of approximately $700 million in connection with separating the "
                           "tools unit.", company="Corvane Inc", period="FY2025")
    assert not incur.refused and incur.key_figure is not None and incur.key_figure.value == 700, incur.answer
