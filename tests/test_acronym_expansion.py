"""An acronym written out in the passages (`answer.question.expansion`): the ampersand forms
("R&D", "SG&A") spell words joined by "and"; made-up passages."""

from __future__ import annotations

from assistant.core.answer.question import expansion
from assistant.core.types import SearchHit


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="c1", doc_id="d1", text=text, score=1.0, page=3, source="zentro.pdf",
                     title="Zentro 10-Q", company="Zentro Corp.")


def test_an_ampersand_acronym_is_written_out_with_and() -> None:
    hits = [_hit("Research and development expenses rose $12 million in the half, driven by trials.")]
    assert expansion("R&D", hits) == ["research", "develop"]


def test_a_listed_expansion_may_hold_commas() -> None:
    hits = [_hit("Selling, general and administrative expenses fell 3% on lower freight.")]
    assert expansion("SG&A", hits) == ["sell", "gener", "administrat"]


def test_a_plain_acronym_never_spans_a_comma() -> None:
    hits = [_hit("Its cash, financing obligations and leases were reviewed.")]
    assert expansion("CFO", hits) == []
