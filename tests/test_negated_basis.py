"""A basis the question sets aside ("reported (not adjusted) profit") narrows nothing: the statements'
own line is asked, and no row labelled with that basis answers it (made-up wording)."""

from __future__ import annotations

from assistant.core.finance.plan import plan_question, qualifiers, without_negated


def test_a_set_aside_basis_is_no_qualifier() -> None:
    q = "What was Tarnwick's reported (not adjusted) net income in the third quarter of 2026?"
    assert qualifiers(q) == set()
    assert "adjusted" not in without_negated(q)
    plan = plan_question(q)
    assert plan is not None and plan.concept == "net_income"


def test_a_basis_asked_stays_a_qualifier() -> None:
    assert qualifiers("What was Tarnwick's adjusted net income in the third quarter of 2026?") == {"adjusted"}
    assert without_negated("adjusted EBITDA rather than GAAP") == "adjusted EBITDA rather than GAAP"
