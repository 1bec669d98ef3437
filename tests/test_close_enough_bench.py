"""bench.close_enough: which unit holds the expected figure, and the min_support sweep's counts
(made-up figures and rows)."""

from __future__ import annotations

import pytest

from bench.close_enough import Case, _holds, census, sweep, where_found


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


def test_census_counts_refusals_and_writers_by_kind_and_where() -> None:
    found = [Case("w1-a", "q", "1", want="percent"), Case("w2-b", "q", "1", want="percent"),
             Case("w2-c", "q", "1", want="amount", ev_support=0.4, top_right=True),
             Case("w3-d", "q", "1", want="amount", ev_support=0.4, ev_scored=True)]
    rows = census(found)
    assert rows[0] == ("percent", where_found(found[0]), 2, 2)
    assert where_found(found[0]).startswith("in no unit read")
    assert where_found(found[2]).startswith("the top unit's")
    assert where_found(found[3]).startswith("a candidate ranked below")
    assert where_found(Case("w4-e", "q", "1", ev_support=0.4)).startswith("stated but no candidate")
    assert {r[1] for r in rows[1:]} == {where_found(found[2]), where_found(found[3])}
