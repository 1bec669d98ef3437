"""A computed fall asked for as a fall is stated as its size ("declined 41.9%"); asked as a change,
or when it rose, it keeps the sign the arithmetic gives."""

from __future__ import annotations

import pytest

from assistant.core.answer.decline import as_decline
from assistant.core.types import Answer, Computation, ComputedInput, KeyFigure


def _growth(value: float) -> Answer:
    text = f"{value:.1f}%"
    return Answer(
        question="q", mode="extractive",
        answer=f"Zephyr Tools' revenue growth for the first six months of FY2024 was {text} [1].\n\nWorking: (a - b) / b = {text}",
        key_figure=KeyFigure(value=value, unit="percent", text=text, about="Zephyr Tools 6M FY2024 revenue growth"),
        computation=Computation(metric="revenue growth", formula="growth", expression="(x1 - x2) / x2",
                                inputs=[ComputedInput(name="revenue", value=31.0, n=1)], result=value / 100,
                                shown=value, factor=100.0, decimals=1),
    )


def test_a_fall_asked_as_a_fall_is_stated_as_its_size() -> None:
    got = as_decline("By what percentage did Zephyr Tools' revenues decline over the first half of 2024?", _growth(-41.9))
    assert got.key_figure is not None and got.key_figure.value == pytest.approx(41.9)
    assert got.answer.startswith("Zephyr Tools' revenue for the first six months of FY2024 declined 41.9% [1].")
    assert got.answer.endswith("= -41.9%")  # the working keeps the signed arithmetic
    assert got.computation is not None and got.computation.shown == pytest.approx(-41.9)


@pytest.mark.parametrize(("question", "value"), [
    ("By what percentage did Zephyr Tools' revenues change in the first half of 2024? Negative for a decline.", -41.9),
    ("By what percentage did Zephyr Tools' revenues decline over the first half of 2024?", 3.2),  # it rose
    ("How much did Zephyr Tools' revenues grow in the first half of 2024?", -41.9),
])
def test_a_change_or_a_rise_keeps_its_sign(question: str, value: float) -> None:
    got = as_decline(question, _growth(value))
    assert got.key_figure is not None and got.key_figure.value == pytest.approx(value)
    assert "declined" not in got.answer
