"""bench.refusal_causes: a refusal counted once per check, whatever it names (made-up refusals)."""

from __future__ import annotations

from bench.refusal_causes import cause, false_refusals


def test_a_check_counts_once_whatever_it_names() -> None:
    a = "The documents in the library don't say. The closest figure is about freight, not what was asked."
    b = "The documents in the library don't say. The closest figure is about tolls, not what was asked."
    assert cause(a) == cause(b) == "The closest figure is about X, not what was asked"
    fallback = ("The documents in the library don't say. The statements in the library give no revenue for FY2031, "
                "and no passage states it\nfor that period (the closest row is \"Fees\",\nnot revenue)")
    assert cause(fallback) == "The statements in the library give no X (statement fallback)"
    assert cause("The documents in the library don't say. No passage found mentions Ruritania.") == \
        "No passage found mentions X"


def test_false_refusals_are_split_by_retrieval() -> None:
    rows = [
        {"reason": "false refusal", "got": "No passage found is close enough to the question to quote.",
         "evidence_rank": 2, "answer_in_context": True},
        {"reason": "false refusal", "got": "No passage found is close enough to the question to quote.",
         "evidence_rank": None, "answer_in_context": False},
        {"reason": "false refusal", "got": "No passage found is close enough to the question to quote.",
         "evidence_rank": None, "answer_in_context": True},
        {"reason": None, "got": "$5 million [1]", "evidence_rank": 1, "answer_in_context": True},
    ]
    counts = false_refusals(rows)
    check = "No passage found is close enough to the question to quote"
    assert counts == {(check, "retrieved"): 1, (check, "missing"): 1, (check, "widened"): 1}
