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
