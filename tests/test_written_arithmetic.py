"""A computed answer that does not follow the arithmetic the question writes out: refused offline."""

from __future__ import annotations

from assistant.core.answer.written_arithmetic import (
    arithmetic_doubt,
    writes_quotient,
    written_factors,
)
from assistant.core.answering import _in_stated_unit
from assistant.core.types import Answer, Citation, Computation, ComputedInput, KeyFigure


def computed(text: str, expression: str, formula: str, inputs: list[tuple[str, float]], shown: float) -> Answer:
    cites = [Citation(n=i, doc_id="hollin-10q", title="Hollin Stores 10-Q", source="hollin.pdf", page=3 + i,
                      quote=f"{name} {value:,.0f}", score=1.0) for i, (name, value) in enumerate(inputs, 1)]
    comp = Computation(metric="m", formula=formula, expression=expression, result=shown, shown=shown,
                       inputs=[ComputedInput(name=name, value=value, n=i) for i, (name, value) in enumerate(inputs, 1)])
    return Answer(question="q", answer=text, mode="extractive", citations=cites, computation=comp,
                  key_figure=KeyFigure(value=shown, unit="days", text=f"{shown} days"))


ENDING = ("Hollin Stores' stock days for the quarter ended April 27, 2024: merchandise stock at April 27, 2024 "
          "÷ cost of goods sold for the thirteen weeks ended April 27, 2024 × 91. One decimal.")


def test_the_factor_the_question_writes_must_be_in_the_working() -> None:
    catalogue = computed("Hollin Stores' stock days were 250.1 days [1][2]. Working: (365 × ((stock (opening) $2,100 million [1] "
                         "+ stock (closing) $2,300 million [1]) / 2)) / cost of goods sold $3,200 million [2] = 250.1 days",
                         "365 * ((x1 + x2) / 2) / x3", "365 * avg(inventories) / cost_of_sales",
                         [("stock opening", 2100), ("stock closing", 2300), ("cost of goods sold", 3200)], 250.1)
    assert arithmetic_doubt(ENDING, catalogue) is not None
    assert _in_stated_unit(ENDING, catalogue).refused
    own = computed("Hollin Stores' stock days were 65.4 days [1][2]. Working: stock $2,300 million [1] / cost of goods "
                   "sold $3,200 million [2] × 91 = 65.4 days", "x1 / x2 * 91", "inventories / cost_of_sales * 91",
                   [("stock closing", 2300), ("cost of goods sold", 3200)], 65.4)
    assert arithmetic_doubt(ENDING, own) is None


def test_one_figure_read_for_a_quotient_is_refused() -> None:
    lookup = computed("Hollin Stores' trade payables for April 27, 2024 was $1,800.0 million [1].", "x1",
                      "accounts_payable", [("trade payables", 1800)], 1800.0)
    q = "Hollin's supplier days for the quarter: trade payables at April 27, 2024 ÷ quarterly cost of goods sold × 91?"
    assert arithmetic_doubt(q, lookup) is not None
    # the line itself asked, no arithmetic written: the looked-up figure answers
    assert arithmetic_doubt("What were Hollin's trade payables at April 27, 2024? USD millions.", lookup) is None


def test_what_counts_as_written_arithmetic() -> None:
    assert writes_quotient("gross profit divided by net sales")
    assert writes_quotient("A ÷ B")
    assert not writes_quotient("interest coverage in times, two decimals")
    assert not writes_quotient("tax provision/(benefit) on other comprehensive income")
    # years, dates, percents and the factors a working shows another way are no written factors
    assert written_factors("182 × average payables (May 4 and Aug 3, 2024) ÷ half-year cost of sales") == [182.0]
    assert written_factors("(A + B) ÷ 2 × 100, for the weeks ended May 4, 2024 ÷ 4") == [4.0]
    assert written_factors("cost of sales for fiscal 2024 × 35% tax") == []
    assert written_factors("revenue ended July 29, 2023 × 91 days") == [91.0]


def test_a_year_after_a_division_sign_ends_at_the_clauses_comma() -> None:
    assert written_factors("Growth in Brindle Co's backlog: (2031 − 2030) ÷ 2030, as a percent.") == []
    assert written_factors("Brindle Co's coverage: reserves ÷ 1,250, two decimals.") == [1250.0]
