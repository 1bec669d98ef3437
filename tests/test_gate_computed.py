"""Gate signals of figures computed from statement facts (answer.gate_computed), on made-up facts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.core.answer import gate_computed
from assistant.core.answer.computed import answer_from_facts
from assistant.core.answering import _gated
from assistant.core.finance.facts import Fact
from assistant.core.types import SearchHit
from bench.gate_fit import load

Y24, Y23 = date(2024, 12, 31), date(2023, 12, 31)


def _fact(concept: str | None, label: str, value: float, end: date = Y24, **kw: Any) -> Fact:
    fact = Fact(concept=concept, label=label, period_end=end, period=f"FY{end.year}", duration_months=12,
                value=value, statement="income_statement", doc_id="quillfeather-10k-2024", page=41,
                row=f"{label} {value:,.0f}", column=f"Year Ended December 31, {end.year}", company="Quillfeather")
    return replace(fact, **kw)


SALES = _fact("revenue", "Revenue", 2400)
GROSS = _fact("gross_profit", "Gross profit", 900)


def _computed(question: str, facts: list[Fact]) -> Any:
    answer = answer_from_facts(question, facts, company="Quillfeather")
    assert answer is not None and not answer.refused, answer
    return answer


def test_a_computed_figure_carries_its_own_signals() -> None:
    t = _computed("What was Quillfeather's gross margin in FY2024?", [GROSS, SALES]).trace
    assert t["computed"] == 1.0 and "stated" not in t  # the fit tells the two paths apart
    assert t["inputs"] == 2.0 and t["docs"] == 1.0 and t["adjacent"] == 0.0
    assert t["label_exact"] == 1.0 and t["label_fuzzy"] == 0.0 and t["printed"] == 0.0
    assert t["column_named"] == 1.0 and t["off_primary"] == 0.0 and t["ratio_unit"] == 1.0
    assert t["lookup"] == 0.0 and t["rivals"] == 0.0 and t["differs_same"] == 0.0 and t["differs_other"] == 0.0


def test_another_value_for_the_same_line_and_period_is_measured() -> None:
    later = replace(SALES, value=2350, doc_id="quillfeather-10k-2025", row="Revenue 2,350")  # recast a year on
    t = _computed("What was Quillfeather's gross margin in FY2024?", [GROSS, SALES, later]).trace
    assert t["differs_other"] == 0.5 and t["differs_same"] == 0.0  # revenue, one of the two inputs
    rounded = replace(later, value=2401)  # within rounding: no other reading
    assert _computed("What was Quillfeather's revenue in FY2024?", [SALES, rounded]).trace["differs_other"] == 0.0


def test_inputs_from_another_filing_a_loose_label_and_an_unnamed_column_are_measured() -> None:
    prior = _fact("revenue", "Revenue", 2000, end=Y23, doc_id="quillfeather-10k-2023", column="Prior year")
    t = _computed("By how much did Quillfeather's revenue grow in FY2024?", [SALES, prior]).trace
    assert t["change"] == 1.0 and t["docs"] == 2.0 and t["adjacent"] == 0.5
    assert t["column_named"] == 0.5  # "Prior year" names no year
    odd = replace(SALES, label="Receipts from the sale of feathers and quills")  # no label of revenue's
    t = _computed("What was Quillfeather's revenue in FY2024?", [odd]).trace
    assert t["lookup"] == 1.0 and t["label_fuzzy"] == 1.0 and t["label_exact"] == 0.0


def test_the_search_reaching_the_inputs_page_is_measured() -> None:
    def hit(page: int) -> SearchHit:
        return SearchHit(chunk_id=f"q:{page}", doc_id="quillfeather-10k-2024", title="10-K", source="", page=page,
                         text="...", score=1.0)

    pages = [("quillfeather-10k-2024", 41), ("quillfeather-10k-2024", 43)]
    assert gate_computed.retrieval_signals(pages, [hit(7), hit(41)]) == {"in_hits": 0.5, "hit_rank": 1.0}
    assert gate_computed.retrieval_signals(pages, [hit(7)]) == {"in_hits": 0.0, "hit_rank": 1.0}


@pytest.fixture
def toy_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model where only the search reaching the inputs' pages counts."""
    monkeypatch.setattr(gate_computed, "INTERCEPT", -3.0)
    monkeypatch.setattr(gate_computed, "COEFFICIENTS", {"in_hits": 6.0})
    monkeypatch.setattr(gate_computed, "_TYPICAL", {"in_hits": 6.0})


def test_the_gate_withholds_a_weak_computed_figure_and_passes_a_strong_one(toy_model: None) -> None:
    answer = _computed("What was Quillfeather's gross margin in FY2024?", [GROSS, SALES])
    library = SimpleNamespace(settings=SimpleNamespace(gate_threshold=0.6))
    strong = answer.model_copy(update={"trace": {**answer.trace, "in_hits": 1.0}})
    assert _gated(library, strong) is strong  # type: ignore[arg-type]
    weak = _gated(library, answer.model_copy(update={"trace": {**answer.trace, "in_hits": 0.0}}))  # type: ignore[arg-type]
    assert weak.refused and weak.key_figure is None and weak.citations == [] and weak.computation is None
    assert weak.answer.startswith("I won't state Quillfeather FY2024 gross margin: the search did not reach")
    assert "(confidence 0.05)" in weak.answer
    off = SimpleNamespace(settings=SimpleNamespace(gate_threshold=0.0))
    assert not _gated(off, weak.model_copy(update={"refused": False})).refused  # type: ignore[arg-type]


def test_no_shipped_model_gates_nothing() -> None:
    # Too few wrong computed answers on the development sets to fit one (see the module).
    assert gate_computed.COEFFICIENTS == {}
    assert gate_computed.confidence({"computed": 1.0, "in_hits": 0.0}) is None
    assert gate_computed.gate_reason({"computed": 1.0, "in_hits": 0.0}, 0.99) is None


def test_the_fit_keeps_each_paths_rows_to_its_own_model(tmp_path: Path) -> None:
    rows = [{"refused": False, "verdict": "right", "type": "currency", "trace": {"stated": 1.0, "support": 0.9}},
            {"refused": False, "verdict": "wrong", "type": "currency", "trace": {"computed": 1.0, "inputs": 2.0}},
            {"refused": False, "verdict": "right", "type": "currency", "trace": {}}]
    report = tmp_path / "made_up_set" / "report.json"
    report.parent.mkdir()
    report.write_text(json.dumps({"rows": rows}))
    stated = load([str(report)])
    assert [bool(r.x) for r in stated] == [True, False, False]  # as before computed rows had traces
    computed = load([str(report)], select="computed")
    assert [bool(r.x) for r in computed] == [False, True, False] and not computed[1].good
