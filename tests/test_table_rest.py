"""The rest of a retrieved table: the chunks after a retrieved table chunk (or after the text chunk
of its title and headings), on the same page under the same header, are read; another table,
another page, or a chunk already retrieved is not."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from assistant.core.retrieval.table_rest import sibling_ids, table_rest
from assistant.core.settings import Settings
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

BASE = "orchard-2024-10k:abc123:"
HEAD = "Net sales by country were as follows:\n(in millions)  2024  2023"
CHUNKS = {
    10: ("text", 30, "Note 3 - Segments Net sales by country were as follows: (in millions)  2024  2023"),
    11: ("table", 30, f"{HEAD}\nUnited States  $ 4,100  $ 3,900\nCanada  700  650"),
    12: ("table", 30, f"{HEAD}\nBrazil  410  380\nJapan  300  310"),
    13: ("table", 30, f"{HEAD}\nTotal  $ 5,510  $ 5,240"),
    14: ("table", 30, "Long-lived assets by country were as follows:\n(in millions)  2024  2023\nUnited States  900  880"),
    15: ("table", 31, f"{HEAD}\nOther  1  1"),
}


def _stored(ids: Sequence[str]) -> list[StoredChunk]:
    out = []
    for i in ids:
        n = int(i.rsplit(":", 1)[1])
        if i.startswith(BASE) and n in CHUNKS:
            kind, page, text = CHUNKS[n]
            out.append(StoredChunk(i, text, {"kind": kind, "page": page, "page_end": page}))
    return out


def _hit(n: int) -> SearchHit:
    kind, page, text = CHUNKS[n]
    return SearchHit(chunk_id=f"{BASE}{n:05d}", doc_id="orchard-2024-10k", title="Orchard 10-K", source="",
                     page=page, text=text, score=1.0, kind=kind)


def test_the_chunks_after_a_retrieved_table_chunk_are_read() -> None:
    rest = table_rest([_hit(11)], _stored)
    assert [h.chunk_id[-2:] for h in rest] == ["12", "13"]
    assert all(h.score == 0.0 and h.page == 30 for h in rest)
    assert "Brazil" in rest[0].text


def test_a_text_chunk_leading_into_a_table_reads_the_table() -> None:
    rest = table_rest([_hit(10)], _stored)
    assert [h.chunk_id[-2:] for h in rest] == ["11", "12", "13"]


def test_another_table_another_page_and_retrieved_chunks_are_left_out() -> None:
    rest = table_rest([_hit(12), _hit(11)], _stored)
    assert [h.chunk_id[-2:] for h in rest] == ["13"]  # not 14 (another table), not 15 (next page)


def test_only_the_first_hits_are_read() -> None:
    other = SearchHit(chunk_id="x:00001", doc_id="x", title="", source="", page=1, text="Revenue  5  4", score=1.0)
    assert table_rest([other] * 5 + [_hit(11)], _stored) == []


def test_sibling_ids_nearest_first() -> None:
    assert sibling_ids(f"{BASE}00001", reach=2) == [f"{BASE}00000", f"{BASE}00002", f"{BASE}00003"]
    assert sibling_ids("no-index") == []


def test_the_offline_answer_reads_the_rest_only_after_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.core.answer.computed as computed
    import assistant.core.answering as answering
    from assistant.core.types import Answer

    class Store:
        def get_chunks(self, ids: Sequence[str]) -> list[StoredChunk]:
            return _stored(ids)

    class Lib:
        settings = Settings(home="unused", widen_passages=0)
        store = Store()

    def from_passages(_lib: object, question: str, hits: list[SearchHit], _query: object) -> Answer:
        brazil = any("Brazil" in h.text for h in hits)
        return Answer(question=question, answer="$410 million" if brazil else "I won't say.", mode="extractive",
                      refused=not brazil)

    monkeypatch.setattr(computed, "computed_answer", lambda *_a: None)
    monkeypatch.setattr(answering, "_from_passages", from_passages)
    got = answering.answer_offline(Lib(), "Orchard's 2024 net sales in Brazil?", [_hit(11)])  # type: ignore[arg-type]
    assert not got.refused and got.answer == "$410 million"
    assert answering.answer_offline(Lib(), "Orchard's long-lived assets in Brazil?", [_hit(14)]).refused  # type: ignore[arg-type]
