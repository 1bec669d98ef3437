"""Which measure a row's figure is about: its label's head, with the qualifier a bracketed aside
interrupts; a ratio to revenue is a margin; what a question takes out of its measure ("net of
..., tax", "before ... taxes") is not the measure asked (made-up rows and questions)."""

from __future__ import annotations

from assistant.core.answer.measure_phrase import (
    deducted_only,
    label_measure,
    ratio_to_revenue,
    share_asked,
)
from assistant.core.answer.metric_check import unit_other_metric
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="k:0", doc_id="k", title="Kestrel Mills annual report", source="/k.pdf", page=41,
                     text=text, score=1.0, company="Kestrel Mills", period=None)


def _question(text: str, passage: str) -> Question:
    return analyse(parse_question(text, []), [_hit(passage)])


def _other(question: str, header: str, row: str) -> str | None:
    """`unit_other_metric` for the last cell of `row` under `header`."""
    text = f"{header}\n{row}"
    start = text.index(row)
    fig = parse_quantities(row)[-1]
    unit = Unit(hit=0, pos=0, start=start, end=len(text), row=True, header=header, stems=set(), figure=fig)
    return unit_other_metric(_question(question, text), [_hit(text)], unit)


def test_a_labels_qualifier_after_a_bracketed_aside_belongs_to_the_label() -> None:
    assert label_measure("Profit (Loss) Before Interest and Taxes $ (118) $ 64") == "Profit Before Interest and Taxes"
    assert label_measure("Segment profit (loss) as a percentage of sales 4.1 % (2.0)%") == (
        "Segment profit as a percentage of sales")
    # an aside that ends the label leaves it bare: "on ..." names what the tax is on, not the line
    assert label_measure("Tax charge/(credit) on hedging reserves 14 (9)") == "Tax charge/"


def test_a_ratio_to_revenue_row_answers_a_margin_and_not_the_amount_or_its_growth() -> None:
    header = "Outdoor Division Summary (millions) 2024 2023"
    row = "Segment profit (loss) as a percentage of sales 4.1 % (2.0)%"
    assert ratio_to_revenue("Segment profit as a percentage of sales")
    assert _other("What was Kestrel Mills' Outdoor Division segment margin in 2024?", header, row) is None
    assert _other("What share of sales was Outdoor Division segment profit in 2024?", header, row) is None
    assert _other("By what percent did Kestrel Mills' Outdoor Division segment profit grow in 2024?",
                  header, row) is not None
    assert share_asked("What proportion of net sales was freight cost?")
    assert not share_asked("By what percent did freight cost rise?")


def test_what_the_question_takes_out_of_its_measure_is_not_the_measure_asked() -> None:
    assert deducted_only("What was the deficit before interest and taxes of the Rail unit in 2024?",
                         ["interest", "taxe"]) == {"interest", "taxe"}
    assert deducted_only("What was income before income taxes in 2024?", ["incom", "taxe"]) == {"taxe"}
    assert deducted_only("Pension adjustments (net of tax) in other comprehensive income for 2024?",
                         ["tax", "incom"]) == {"tax"}
    assert deducted_only("What was operating income in 2024?", ["incom"]) == set()


def test_a_row_net_of_the_tax_the_question_also_nets_out_answers_it() -> None:
    header = "Statements of Comprehensive Income (millions) 2024 2023"
    row = "Cumulative translation adjustments, net of hedges and tax (212) 95"
    asked = "Kestrel Mills cumulative translation adjustments (net of hedges and tax) in other comprehensive income, 2024?"
    assert _other(asked, header, row) is None
    # a tax-effects table's row is still the tax on the line, not the line
    assert _other(asked, "Tax expense (benefit) (millions) 2024 2023",
                  "Cumulative translation adjustments, net of hedges 41 (18)") is not None

