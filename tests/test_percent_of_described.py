"""A percent that says what share the amount before it is ("revenues were $4.1 billion,
representing about 30% of the total") never multiplies that amount: the amount is the part
(answer.derived_ratios.percent_of); made-up passages."""

from __future__ import annotations

from tests.fakes.one_passage import passage_figure


def figure(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Ostrava Cable", title="Ostrava Cable 2024 annual report", page=31)


def test_the_amount_a_percent_describes_is_not_its_whole() -> None:
    text = ("In 2024, Enterprise Services revenues were $4.1 billion, representing approximately 30% of the "
            "Networks segment's total revenues.")
    got = figure("Ostrava Cable: Enterprise Services revenues for 2024? USD millions.", text)
    assert got is None or abs(got - 4.1) < 0.01  # the stated amount, or nothing; never 30% x $4.1 billion



def test_no_other_amount_becomes_the_whole_of_a_described_percent() -> None:
    text = ("In 2024, Enterprise Services revenues were $4.1 billion, representing approximately 30% of the "
            "Networks segment's total revenues. Networks segment total revenues include about $520 million "
            "from the Baltic acquisition.")
    got = figure("Ostrava Cable: Enterprise Services revenues for 2024? USD millions.", text)
    assert got is None or abs(got - 4.1) < 0.01
