"""bench.recall_census.cause on made-up searches: which cause a retrieval miss is put under."""

from __future__ import annotations

from types import SimpleNamespace

from bench.recall_census import cause


def _hits(*kinds: str, doc: str = "halv-23") -> list[SimpleNamespace]:
    return [SimpleNamespace(doc_id=doc, kind=k) for k in kinds]


def test_a_page_whose_best_passage_gave_way_to_a_neighbour_is_told_apart() -> None:
    hits = _hits("text", "text")
    found = cause(None, 2, None, hits, "halv-23", ["Halvorsen"], False, "text")
    swapped = cause(None, 2, None, hits, "halv-23", ["Halvorsen"], False, "text", swapped=True)
    assert found == "page found, another chunk of it chosen"
    assert swapped == "page found, its best passage swapped for a neighbour (best_on_page)"
    assert cause(None, 2, None, hits, "halv-23", [], True, "", swapped=True) == "quote split across chunks, its page found"
    assert cause(3, 2, 3, hits, "halv-23", [], False, "text", swapped=True) is None  # in the top 5
