from pathlib import Path

from assistant.core.lexical import BM25Index, tokenize


def _index() -> BM25Index:
    texts = [
        "Consolidated balance sheets. Merchandise inventories 5,174 4,962",
        "Store closures and restructuring charges in Canada",
        "Capital expenditures were $4,625 million in fiscal 2021",
        "Revenue grew 59.6% year-over-year to $22.91 million",
    ]
    metas = [
        {"doc_id": "bby", "company_key": "best buy", "period": "FY2019", "doc_type": "10-K"},
        {"doc_id": "bby", "company_key": "best buy", "period": "FY2019", "doc_type": "10-K"},
        {"doc_id": "pep", "company_key": "pepsico", "period": "FY2021", "doc_type": "10-K"},
        {"doc_id": "smop", "company_key": "smartoptics", "period": "Q1 2026", "doc_type": "article"},
    ]
    return BM25Index.build(["a", "b", "c", "d"], texts, metas, stamp="s1")


def test_tokenize_folds_plurals_and_thousands_separators() -> None:
    assert tokenize("Inventories of $39,403") == ["inventory", "39403"]
    assert "59.6" in tokenize("grew 59.6% in Q1")
    assert "the" not in tokenize("the revenue")


def test_search_ranks_matching_chunk_first() -> None:
    hits = _index().search("merchandise inventories", k=3)
    assert hits[0].chunk_id == "a"
    assert all(h.chunk_id != "d" for h in hits)


def test_filters_are_applied_inside_the_search() -> None:
    index = _index()
    assert index.search("capital expenditures", k=5, filters={"company_key": ["best buy"]}) == []
    hits = index.search("capital expenditures", k=5, filters={"period": ["FY2021", "FY2019"]})
    assert [h.chunk_id for h in hits] == ["c"]


def test_figure_lookup_ignores_separators() -> None:
    hits = _index().search("4625", k=2)
    assert hits and hits[0].chunk_id == "c"


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    index = _index()
    index.save(tmp_path / "idx")
    loaded = BM25Index.load(tmp_path / "idx")
    assert loaded is not None
    assert loaded.stamp == "s1"
    assert [h.chunk_id for h in loaded.search("restructuring", k=2)] == ["b"]
    assert loaded.search("revenue", filters={"doc_id": ["smop"]})[0].chunk_id == "d"


def test_corrupt_index_file_is_treated_as_missing(tmp_path: Path) -> None:
    (tmp_path / "idx.npz").write_bytes(b"junk")
    (tmp_path / "idx.json").write_text("{}")
    assert BM25Index.load(tmp_path / "idx") is None


def test_empty_index() -> None:
    index = BM25Index.build([], [], [])
    assert index.search("anything") == []


def test_numpy_term_matrix_scores_exactly_as_scipy_did() -> None:
    """The BM25 matrix left scipy for start-up time: same float32 scores, so same order and ties."""
    import random

    import numpy as np
    import pytest

    sparse = pytest.importorskip("scipy.sparse")
    rng = random.Random(7)
    words = ["revenue", "margin", "inventory", "store", "capital", "dividend", "cash", "quarter", "growth", "tax", "lease", "debt"]
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 60))) for _ in range(400)]
    index = BM25Index.build([f"c{i}" for i in range(400)], texts, [{} for _ in texts])
    m = index._matrix
    reference = sparse.csr_matrix((m.data, m.indices, m.indptr), shape=m.shape)
    for _ in range(50):
        terms = rng.sample(range(len(index.vocab)), rng.randint(1, 6))
        rows = np.asarray(terms, dtype=np.int64)
        weights = np.asarray([rng.uniform(0.2, 3.0) for _ in terms], dtype=np.float32)
        expected = np.asarray(reference[rows].T @ weights).ravel()
        np.testing.assert_array_equal(m.weighted_row_sum(rows, weights), expected)
