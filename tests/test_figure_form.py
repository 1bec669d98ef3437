"""A figure paid in another form than asked, or dated only by the year a move started "since", is not
the answer (answer.figure_form, checked on the chosen figure by answer.figure_checks); and a "which
<things>" question is answered in words only by a passage naming that kind (answer.asked_names).
Made-up companies and sentences."""

from __future__ import annotations

from assistant.core.answer.asked_names import asked_kind_noun, kind_unnamed
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.figure_form import (
    asked_form_figure,
    other_payment_form,
    since_start_year,
)
from assistant.core.answering import verify
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

SPLIT = ("Harbrook will pay $90 million in cash from existing funds, with the remaining $40 million paid "
         "through the issuance of about 1.2 million new Harbrook shares to the sellers.")
SINCE = "Subscribers to Harbrook's streaming service have tripled since 2021 to 4.5 million."
GROWN = "Subscribers reached 1.5 million in 2021 and have tripled since then to 4.5 million."


def _figure(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if raw in x.raw)


def test_the_stock_part_does_not_answer_the_cash_part() -> None:
    q = "How much of the purchase price does Harbrook pay in cash?"
    assert other_payment_form(q, SPLIT, _figure(SPLIT, "40")) == "cash"
    assert other_payment_form(q, SPLIT, _figure(SPLIT, "90")) is None


def test_the_sentence_figure_paid_in_the_asked_form_is_read_instead() -> None:
    q = "How much of the purchase price does Harbrook pay in cash?"
    alt = asked_form_figure(q, SPLIT, _figure(SPLIT, "40"))
    assert alt is not None and alt.value == 90
    assert asked_form_figure(q, SPLIT, _figure(SPLIT, "90")) is None  # already the asked form


def test_the_cash_part_does_not_answer_the_stock_part() -> None:
    q = "What is the stock portion of Harbrook's purchase price?"
    assert other_payment_form(q, SPLIT, _figure(SPLIT, "90")) == "stock"


def test_no_form_asked_or_both_asked_refuses_nothing() -> None:
    for q in ("What will Harbrook pay for the business?", "How much in cash and how much in stock?"):
        assert other_payment_form(q, SPLIT, _figure(SPLIT, "40")) is None


def test_a_year_named_only_after_since_is_not_the_figures_year() -> None:
    fig = _figure(SINCE, "4.5")
    assert since_start_year("How many subscribers did Harbrook have in 2021?", frozenset({2021}), SINCE, fig) == 2021
    # the move asked in the question's own words is the figure's subject
    assert since_start_year("How much have subscribers grown since 2021?", frozenset({2021}), SINCE, fig) is None


def test_a_sentence_naming_the_year_otherwise_too_is_left_alone() -> None:
    fig = _figure(GROWN, "1.5")
    assert since_start_year("How many subscribers did it have in 2021?", frozenset({2021}), GROWN, fig) is None


def _ask(question: str, text: str) -> Answer:
    hits = [SearchHit(chunk_id="harbrook:1", doc_id="harbrook", title="harbrook news", source="/d/harbrook.txt",
                      page=1, text=text, score=1.0, company="Harbrook Media", period="Q2 2025")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    answer.retrieved = hits
    return verify(answer)


def test_the_answerer_refuses_the_stock_part_for_the_cash_part() -> None:
    answer = _ask("How much of the price will Harbrook Media pay in cash? USD millions.", f"Harbrook Media deal. {SPLIT}")
    if not answer.refused:  # the cash figure itself is the only other answer
        assert answer.key_figure is not None and answer.key_figure.value == 90
    else:
        assert answer.key_figure is None


def test_which_asks_for_names_of_its_noun() -> None:
    assert asked_kind_noun("Which regulators must approve the merger?") == "regulators"
    assert asked_kind_noun("Which accounting method does Harbrook use for leases?") == "method"
    assert asked_kind_noun("What price did Harbrook pay?") is None
    assert asked_kind_noun("How much did Harbrook pay?") is None


def test_a_passage_naming_none_of_the_kind_does_not_answer() -> None:
    q = "Which regulators must approve Harbrook's merger before it closes?"
    assert kind_unnamed(q, "The merger remains on track to close in the second half.") == "regulators"
    assert kind_unnamed(q, "The merger needs clearance from regulators in Canada and Mexico.") is None
    # a word of the same synonym group names the kind too
    assert kind_unnamed("Which competitors did Harbrook name?", "Its main rivals are Ostel and Brinemark.") is None
