"""A row asked by its label in the question's own words, whose cell is bracketed or whose label
prints a bracketed word alternative (synthetic rows, our own wording)."""

from __future__ import annotations

from assistant.core.answer.statement_ask import StatementAsk, quote_doubt, statement_ask
from assistant.core.answer.text import naming_label
from assistant.core.finance.presentation import (
    asked_as_size,
    label_names_direction,
    names_only_loss,
)
from assistant.core.numbers import parse_quantities

HEADER = "(In millions)  2023  2022  2021"


def ask(question: str) -> StatementAsk:
    got = statement_ask(question)
    assert got is not None and got.kind == "label", question
    return got


def doubt(question: str, row: str) -> str | None:
    figure = next(q for q in parse_quantities(row) if not q.is_year)
    return quote_doubt(ask(question), row, figure, row=True, header=HEADER)


def test_a_line_named_only_as_a_loss_answers_that_loss_by_its_brackets() -> None:
    question = "How much net loss was attributable to minority owners at Acme Robotics in fiscal 2023? USD millions."
    assert doubt(question, "Plus: Net loss attributable to minority owners  (312)  (95)  (40)") is None
    # a line that names a result both ways keeps its sign's meaning: which way is the table's convention
    assert doubt(question, "Net income (loss) attributable to minority owners  (312)  (95)  40") is not None
    assert names_only_loss("Less: net loss attributable to minority owners")
    assert not names_only_loss("Net income (loss) attributable to minority owners")
    assert not names_only_loss("Net (gains)/losses on equity securities")
    # asked as income, a loss line's brackets are no size
    assert not asked_as_size("What net income was attributable to minority owners?", "Net loss attributable to minority owners")


def test_a_bracketed_cell_asked_for_by_what_its_brackets_mean_answers() -> None:
    row = "Widget JV equity method (income)/loss  (88)  (61)  (40)"
    assert doubt("Acme Robotics' equity-method income from the Widget JV in fiscal 2023? USD millions.", row) is None
    # the other direction asked: the brackets do not say it
    assert doubt("Acme Robotics' equity-method loss from the Widget JV in fiscal 2023? USD millions.", row) is not None


def test_a_bracketed_word_alternative_does_not_end_a_labels_name() -> None:
    assert naming_label("(Loss)/income from equity investees, net  (16)  210  9").strip() == "income from equity investees, net"
    assert naming_label("Provision/(benefit) for taxes on income  (71)").split() == ["Provision", "for", "taxes", "on", "income"]
    assert naming_label("Stock awards(1)  311").strip() == "Stock awards"  # a footnote mark still ends it
    question = "What income from equity investees, net did Acme Robotics record in 2022? USD millions."
    assert doubt(question, "(Loss)/income from equity investees, net  (16)  210  9") is None
    # the alternative left out is no name of the row either: "loss before interest" is not "Earnings ... Before Interest"
    loss = "What was the loss before interest and taxes of Acme Robotics' Corporate unit in fiscal 2022? USD millions."
    assert doubt(loss, "Earnings (Loss) Before Interest and Taxes  $  (2,840)  $  (2,261)") is not None


def test_distributions_to_owners_are_outflows_and_how_much_asks_money() -> None:
    assert label_names_direction("Distributions to noncontrolling interests")
    assert not label_names_direction("Contributions from noncontrolling interests")
    row = "Distributions to minority owners  (49)  (44)  (42)"
    assert doubt("How much did Acme Robotics distribute to minority owners in fiscal 2023? In millions.", row) is None
    # things counted in millions: a count read without its table's scale is still refused (the basic
    # share count is now a line item of its own, asked as such, not a row asked by its label)
    shares = "Weighted-average shares––basic  5,601  5,555"
    figure = next(q for q in parse_quantities(shares) if not q.is_year)
    for question in ("How many basic weighted-average shares did Acme Robotics have in 2023? Millions.",
                     "How much basic weighted-average shares did Acme Robotics have in 2023? Millions."):
        asked = statement_ask(question)
        assert asked is not None and asked.concept == "shares_basic"
        why = quote_doubt(asked, shares, figure, row=True, header=HEADER)
        assert why is not None and "count" in why
