"""Written-out arithmetic in an answer is redone exactly from the inputs it names."""

from __future__ import annotations

import pytest

from assistant.core.formulas import check_formulas
from assistant.core.types import Citation
from assistant.core.verify import verify_answer


@pytest.mark.parametrize("text", [
    "computed: $431 million / 41 million shares = $10.51 per share.",
    "computed: $340.8 million / $3.2 billion = 10.7%.",
    "computed: 77,551,206 / 96,089,997 = 80.7%.",
    "computed: ($2.35 - $2.13) / $2.13 = 10.3%.",
    "computed: 2 x ($1.3 million + $2.6 million) = $7.8 million.",
    "computed: 48.2% - 47.3% = 0.9 percentage points.",
    "computed: $8.4 billion - $7.6 billion = $0.8 billion.",
])
def test_right_formulas_are_verified(text: str) -> None:
    checks = check_formulas(text)
    assert checks and all(c.ok for c in checks)


@pytest.mark.parametrize("text", [
    "computed: $431 million / 41 million shares = $12.51 per share.",
    "computed: 48.2% - 47.3% = 1.9 percentage points.",
    "computed: $340.8 million / $3.2 billion = 1.07%.",
])
def test_wrong_formulas_are_mismatches(text: str) -> None:
    checks = check_formulas(text)
    assert len(checks) == 1 and not checks[0].ok and "MISMATCH" in checks[0].description


def test_words_between_figures_are_not_a_formula() -> None:
    assert check_formulas("Sales were $5 million in Europe and $3 million = a record.") == []


def test_a_derived_result_from_two_digit_inputs_is_grounded() -> None:
    source = "Amcor repurchased approximately 41 million shares during fiscal 2023 for a total cost of $431 million."
    answer = (f"About $10.51 [1], computed from the stated figures: $431 million / 41 million shares = $10.51 "
              f'per share. "{source}" [1]')
    cite = Citation(n=1, doc_id="d", title="t", source="s", page=1, quote=source, score=1.0)
    checks = verify_answer(answer, [cite], {1: source})
    assert checks.ungrounded_numbers == []
    wrong = verify_answer(answer.replace("$10.51", "$11.51"), [cite], {1: source})
    assert "$11.51" in wrong.ungrounded_numbers


def test_a_percent_of_an_amount_is_a_fraction_of_it() -> None:
    (ok,) = check_formulas("computed: 75% x $700 million = $525 million.")
    assert ok.ok
    (bad,) = check_formulas("computed: 75% x $700 million = $600 million.")
    assert not bad.ok
    (grown,) = check_formulas("computed: $180 million + 10% x $180 million = $198 million.")
    assert grown.ok
