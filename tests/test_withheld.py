"""A refusal that found a figure keeps it for measurement only, and the eval scores it (`bench.withheld`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.answer import gate
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answering import _in_stated_unit
from assistant.core.settings import Settings
from assistant.core.types import Answer, KeyFigure, SearchHit
from bench.withheld import confidence, gate_points, leave_one_pair_out, load, per_check
from eval.models import EvalQuestion, TolerancePolicy
from eval.runner import Produced, build_row

RESULTS = ("Orvale Pumps reported its third-quarter results. Net sales rose to $48.2 million in Q3 2025 "
           "from $44.0 million, and the company hired 30 engineers.")
QUESTION = "What were Orvale Pumps' net sales in Q3 2025?"


def hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="orvale:1", doc_id="orvale", title="orvale release", source="/docs/orvale.txt",
                     page=1, text=text, score=1.0, company="Orvale Pumps", period="Q3 2025")


@pytest.fixture
def strict_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate, "INTERCEPT", -5.0)
    monkeypatch.setattr(gate, "COEFFICIENTS", {"support": 10.0})
    monkeypatch.setattr(gate, "_TYPICAL", {"support": 8.0})


def test_the_gate_keeps_the_figure_it_withheld_out_of_sight(strict_gate: None) -> None:
    ans = ExtractiveAnswerer(Settings(gate_threshold=0.99999)).answer(QUESTION, [hit(RESULTS)])
    assert ans.refused and ans.key_figure is None and ans.citations == []
    assert ans.withheld is not None and ans.withheld.check == "gate"
    assert ans.withheld.key_figure.text == "$48.2 million" and "confidence" in ans.withheld.reason
    assert "withheld" not in ans.model_dump() and "48.2" not in ans.model_dump_json()  # never shown


def test_a_stated_figure_has_nothing_withheld() -> None:
    ans = ExtractiveAnswerer(Settings(gate_threshold=0.0)).answer(QUESTION, [hit(RESULTS)])
    assert not ans.refused and ans.withheld is None


def test_a_unit_check_names_itself_beside_the_figure_it_refused() -> None:
    key = KeyFigure(value=48.2, unit="USD", scale="million", text="$48.2 million")
    stated = Answer(question="q", answer="$48.2 million [1]: ...", mode="extractive", key_figure=key)
    out = _in_stated_unit("What share of Orvale Pumps' sales came from Canada, in percent?", stated)
    assert out.refused and out.key_figure is None
    assert out.withheld is not None and out.withheld.check == "unit" and out.withheld.key_figure == key


def _question(value: float) -> EvalQuestion:
    return EvalQuestion(id="q1", question=QUESTION, answer=f"${value} million", type="currency", value=value,
                        unit="USD", scale="million")


def test_the_eval_scores_a_withheld_figure_without_changing_the_verdict(strict_gate: None) -> None:
    ans = ExtractiveAnswerer(Settings(gate_threshold=0.99999)).answer(QUESTION, [hit(RESULTS)])
    produced = Produced(answer=ans, mode="extractive", refused=True, retrieved=None)
    right = build_row(_question(48.2), produced, TolerancePolicy(), None)
    assert right.verdict == "wrong" and right.reason == "false refusal"
    assert (right.withheld_check, right.withheld_figure, right.withheld_verdict) == ("gate", "$48.2 million", "right")
    other = build_row(_question(44.0), produced, TolerancePolicy(), None)
    assert other.withheld_verdict == "wrong"


def _report(tmp: Path, name: str, rows: list[dict[str, object]]) -> Path:
    d = tmp / name
    d.mkdir()
    (d / "report.json").write_text(json.dumps({"dataset": f"{name}.jsonl", "rows": rows}))
    return d


def test_per_check_counts_by_kind_and_pair_and_leaves_a_pair_out(tmp_path: Path) -> None:
    def held(verdict: str) -> dict[str, object]:
        return {"id": "x", "refused": True, "withheld_check": "unit", "withheld_reason": "an amount, not a percent",
                "withheld_verdict": verdict, "got": "I won't state a figure: an amount, not a percent."}

    dirs = [_report(tmp_path, "filings_metrics_unseen1", [held("right"), held("right")]),
            _report(tmp_path, "filings_metrics_unseen2", [held("right"), held("wrong")]),
            _report(tmp_path, "prose_questions_unseen2", [held("wrong")])]
    table = per_check(load(dirs))
    (check,) = table
    assert {k: dict(v) for k, v in table[check].items()} == {"metrics": {"1": [2, 0], "2": [1, 1]},
                                                            "prose": {"2": [0, 1]}}
    # pair 1 held out: pair 2 alone (1 right, 1 wrong) says keep the check; pair 2 held out: pair 1 says drop it
    assert leave_one_pair_out(table[check]["metrics"]) == (1 - 2 * 1, 1)


def test_the_gate_sweep_reads_the_stated_and_the_withheld_alike() -> None:
    rows: list[dict[str, object]] = [
        {"_kind": "prose", "_pair": "3", "refused": True, "withheld_check": "gate", "withheld_verdict": "right",
         "withheld_reason": "its sentence holds many figures (confidence 0.70)"},
        {"_kind": "prose", "_pair": "3", "refused": False, "verdict": "wrong", "trace": {}},  # never gated
    ]
    assert confidence(rows[0]) == pytest.approx(0.70)
    assert gate_points(rows) == [("prose", "3", 0.70, True)]
