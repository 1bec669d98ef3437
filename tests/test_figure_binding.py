"""Which of a sentence's figures a question asks for: a bracketed earlier value, gross vs net, and
a phrase of the question in the figure's own words (made-up sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.qualifiers import figure_families, revises
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def _value(question: str, text: str) -> float | None:
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Kestrel Mills release", source="/d/d.txt", page=1,
                    text=text, score=1.0, company="Kestrel Mills", period=None)
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))
    return answer.key_figure.value if answer.key_figure else None


GUIDE = ("The outlook implies 2026 adjusted EPS of $4.18 (previously $4.05), an 6 percent increase compared "
         "to 2025 adjusted EPS of $3.94.")
SAVINGS = ("Kestrel Mills expects gross synergies of $420 million, or net synergies, after reinvestment in "
           "marketing, of $260 million, by the end of 2027.")
SETTLEMENT = ("Kestrel Mills would pay at most about $1.2 billion in environmental remediation and $90 million "
              "in legal fees and other costs to the county under the settlement.")


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Before the latest update, what 2026 adjusted EPS did Kestrel Mills' outlook imply?", GUIDE, 4.05),
    ("What 2026 adjusted EPS does Kestrel Mills' outlook imply?", GUIDE, 4.18),
    ("What net synergies does Kestrel Mills expect?", SAVINGS, 260),
    ("What gross synergies does Kestrel Mills expect?", SAVINGS, 420),
    ("Under the settlement with the county, what is the most Kestrel Mills would pay in environmental "
     "remediation?", SETTLEMENT, 1.2),
    ("Under the settlement with the county, how much would Kestrel Mills pay in legal fees?", SETTLEMENT, 90),
])
def test_the_question_picks_its_figure_in_the_sentence(question: str, text: str, expected: float) -> None:
    assert _value(question, text) == pytest.approx(expected)


def test_a_bracketed_earlier_value_revises_the_figure_before_it() -> None:
    text = "It now expects 8 percent organic sales growth (previously 6 percent) and capex of $2 billion."
    figs = [x for x in parse_quantities(text) if not x.is_year]
    eight, six, capex = figs
    assert revises(text, six) == eight
    assert revises(text, capex) is None  # not bracketed: its own figure
    # The earlier value shares its neighbour's basis ("organic") as well as being the earlier one.
    assert {"prior", "adjusted"} <= figure_families(text, six, sentence_wide=False)


def test_gross_or_net_names_only_the_figure_beside_it() -> None:
    gross, net = (x for x in parse_quantities(SAVINGS) if not x.is_year)
    assert "gross" in figure_families(SAVINGS, gross)
    assert "gross" not in figure_families(SAVINGS, net)


@pytest.mark.parametrize(("question", "aside"), [
    ("What was Kestrel Mills' revenue in fiscal 2025?", False),
    ("By what percentage did Kestrel Mills' revenue decline in fiscal 2025?", False),
    # A share the statements define (capex intensity, a tax rate) is the computed metric itself.
    ("What share of Kestrel Mills' fiscal 2025 revenue did it spend on additions to property and equipment?", False),
])
def test_a_statement_figure_does_not_answer_for_a_part_of_it(question: str, aside: bool) -> None:
    from assistant.core.answer.computed_setaside import leaves_out
    from assistant.core.types import Answer, Citation

    hits = [SearchHit(chunk_id="k:1", doc_id="k", title="Kestrel Mills 10-K", source="/d/k.txt", page=3,
                      text="Revenue decreased 4% as unfavourable currency movements took $50 million off sales.",
                      score=1.0, company="Kestrel Mills", period="FY2025")]
    computed = Answer(question=question, answer="Kestrel Mills' revenue for FY2025 was $1,200 million [1].",
                      mode="extractive", citations=[Citation(n=1, doc_id="k", title="Kestrel Mills 10-K",
                                                             source="/d/k.txt", page=3,
                                                             quote="Revenue 1,200 1,250")])
    assert leaves_out(parse_question(question, []), hits, computed) is aside


def _quarter_answer(*texts: str) -> float | None:
    hits = [SearchHit(chunk_id=f"d{n}:1", doc_id=f"d{n}", title="Kestrel Mills Q1 2026 release", source=f"/d/{n}.txt",
                      page=1, text=t, score=1.0, company="Kestrel Mills", period="Q1 2026")
            for n, t in enumerate(texts)]
    question = "What operating profit did Kestrel Mills make in the first quarter of 2025?"
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    return answer.key_figure.value if answer.key_figure else None


def test_a_sentence_naming_no_quarter_is_about_its_reports_quarter() -> None:
    current = ("Kestrel Mills' first-quarter 2026 sales rose 30% from the first quarter of 2025. Operating profit "
               "was $1.81 million.")
    # This quarter's figure is no answer for the quarter a year earlier that its passage mentions...
    assert _quarter_answer(current) is None
    # ...the year-ago figure stated beside it is.
    assert _quarter_answer(current, "Operating profit grew to $1.81 million from $591,000 in the same period "
                                    "last year.") == pytest.approx(591_000)


def test_a_figure_for_the_region_left_out_does_not_answer_for_the_rest() -> None:
    text = "Kestrel Mills' sales rose 12% to $40 million. Sales in Europe rose 20% to $15 million."
    assert _value("How much of Kestrel Mills' sales came from Europe?", text) == pytest.approx(15)
    assert _value("How much of Kestrel Mills' sales came from outside Europe?", text) is None
