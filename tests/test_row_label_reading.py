"""A table row read as printed: a deduction line in parentheses is stated as its size, and a
label naming the asked line only after "net of" is another line (made-up rows)."""

from __future__ import annotations

from assistant.core.answer.key_figure import key_figure
from assistant.core.answer.metric_check import unit_other_metric
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="w:0", doc_id="w", title="Wren Foundry 10-K", source="/w.pdf", page=60, text=text,
                     score=1.0, company="Wren Foundry", period=None)


def _question(text: str, passage: str = "") -> Question:
    return analyse(parse_question(text, []), [_hit(passage)] if passage else [])


def test_a_deduction_line_in_parentheses_is_stated_as_its_size() -> None:
    text = "Treasury stock, at cost (2,410) (2,118)"
    fig = parse_quantities(text)[-1]
    row = Unit(hit=0, pos=0, start=0, end=len(text), row=True, header="", stems=set())
    q = _question("Wren Foundry treasury stock, at cost, at December 31, 2022? $ millions.")
    assert key_figure(q, fig, [_hit(text)], row).value == 2118


def test_a_two_way_line_keeps_its_sign() -> None:
    text = "Other income (expense), net (35) 12"
    fig = parse_quantities(text)[-2]
    row = Unit(hit=0, pos=0, start=0, end=len(text), row=True, header="", stems=set())
    q = _question("Wren Foundry other income (expense), net, in 2023? $ millions.")
    assert key_figure(q, fig, [_hit(text)], row).value == -35


def _other(question: str, text: str) -> str | None:
    fig = parse_quantities(text)[-1]

    unit = Unit(hit=0, pos=0, start=0, end=len(text), row=True, header="", stems=set(), figure=fig)
    return unit_other_metric(_question(question, text), [_hit(text)], unit)


def test_a_line_named_only_after_net_of_is_another_line() -> None:
    q = "Wren Foundry: interest expense in 2021? $ millions."
    assert _other(q, "Total revenues net of interest expense 8,412 7,950 7,101") is not None
    assert _other(q, "Interest expense, net of amounts capitalized 211 198 176") is None
    assert _other("Wren Foundry treasury stock, at cost, at December 31, 2022?",
                  "Less: treasury stock, at cost (2,410) (2,118)") is None


def test_a_per_share_row_asked_takes_no_scale_from_its_table() -> None:
    text = "(in millions, except per share amounts)\nDiluted $ 4.12 $ 3.87"
    fig = parse_quantities(text)[-1]
    start = text.index("Diluted")
    row = Unit(hit=0, pos=0, start=start, end=len(text), row=True, header="", stems=set())
    per_share = key_figure(_question("Wren Foundry diluted earnings per share in 2022? USD per share."), fig,
                           [_hit(text)], row)
    assert per_share.scale is None and per_share.value == 3.87
    amount = key_figure(_question("Wren Foundry diluted in 2022? USD millions."), fig, [_hit(text)], row)
    # a row of cents in a table "except per share amounts" is per-share data whatever is asked (an amount
    # asked in millions is then refused by stated_unit); a row of whole amounts keeps the table's scale
    assert amount.scale is None
    text = "(in millions, except per share amounts)\nDiluted shares 412 387"
    fig = parse_quantities(text)[-1]
    row = Unit(hit=0, pos=0, start=text.index("Diluted"), end=len(text), row=True, header="", stems=set())
    assert key_figure(_question("Wren Foundry diluted in 2022? USD millions."), fig, [_hit(text)], row).scale == "million"


def test_a_row_naming_its_unit_a_count_takes_no_money_scale() -> None:
    text = "(A$ millions, unless otherwise stated)\nStores (number) 412 388 371\nRevenue 1,204.5 1,101.2 998.0"
    start = text.index("Stores")
    end = text.index("\nRevenue")
    fig = parse_quantities(text[start:end])[-1]
    row = Unit(hit=0, pos=0, start=start, end=end, row=True, header="", stems=set())
    q = _question("How many stores did Wren Foundry have at 30 June 2024?")
    assert key_figure(q, fig, [_hit(text)], row).scale is None
    revenue = parse_quantities(text[end + 1 :])[-1]
    money = Unit(hit=0, pos=0, start=end + 1, end=len(text), row=True, header="", stems=set())
    amount = key_figure(_question("Wren Foundry revenue in 2024? A$ millions."), revenue, [_hit(text)], money)
    assert amount.scale == "million"  # the table's amounts keep its scale
