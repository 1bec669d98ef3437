"""bench.close_enough: which unit holds the expected figure, and the min_support sweep's counts
(made-up figures and rows)."""

from __future__ import annotations

import pytest

from bench.close_enough import Case, _holds, sweep


def test_the_expected_figure_is_found_whatever_its_scale() -> None:
    assert _holds("Freight reserve 1,204 1,150", "$1,204 million")
    assert _holds("Margin was 22.5% in the quarter.", "22.5%")
    assert not _holds("Freight reserve 1,240 1,150", "$1,204 million")


def test_sweep_counts_kept_lost_and_turned(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [("a", "right", 0.5), ("b", "wrong", 0.31), ("c", "right", 0.26)]
    refused = [Case("d", "q", "1", top_support=0.28, top_right=True),
               Case("e", "q", "1", top_support=0.21, top_right=False)]
    sweep(rows, refused)
    lines = {ln.split()[0]: ln.split()[1:] for ln in capsys.readouterr().out.splitlines()[1:]}
    assert lines["0.30"] == ["1", "1", "1", "0", "0", "0"]
    assert lines["0.25"] == ["2", "1", "0", "0", "1", "0"]
    assert lines["0.20"] == ["2", "1", "0", "0", "1", "1"]
