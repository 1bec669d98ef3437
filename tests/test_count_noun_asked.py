"""A count question picks the figure whose counted noun is the thing asked for ("how many
countries"), not one whose noun the question only mentions ("... run its service centers")."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_figure

TEXT = "Zephyr Tools runs approximately 1,900 service centers in 31 countries across three continents."


def _figure(question: str) -> float | None:
    return passage_figure(question, TEXT, company="Zephyr Tools", title="Zephyr Tools 8-K", page=1)


def test_the_noun_asked_for_beats_the_noun_mentioned() -> None:
    assert _figure("In how many countries does Zephyr Tools run its service centers?") == pytest.approx(31)


def test_the_noun_asked_for_is_still_taken_when_it_comes_first() -> None:
    assert _figure("How many service centers does Zephyr Tools run across its countries?") == pytest.approx(1900)
