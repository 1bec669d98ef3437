"""The library end to end with a real embedded Chroma and the hash embedder."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from assistant.api import Library
from assistant.core.embeddings.hash import HashEmbedder
from assistant.core.retrieval import Filters
from assistant.core.settings import Settings
from ingest import pipeline, reader_version
from tests.conftest import SAMPLE


def _copy_sample(tmp_path: Path) -> Path:
    dest = tmp_path / "docs"
    shutil.copytree(SAMPLE, dest)
    return dest


def _store_ids(lib: Library, doc_id: str) -> set[str]:
    return lib.store.chunk_ids(doc_id)


def test_ingest_sample_folder_and_list(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    report = fake_library.ingest([folder])
    assert report.failed == []
    assert len(report.added) == 3
    docs = {d.doc_id: d for d in fake_library.documents()}
    assert len(docs) == 3
    pdf = next(d for d in docs.values() if d.source.endswith(".pdf"))
    assert pdf.pages == 2
    assert pdf.chunks == len(_store_ids(fake_library, pdf.doc_id))
    assert report.chunks_added == sum(d.chunks for d in docs.values())
    assert fake_library.store.count() == report.chunks_added
    smart = next(d for d in docs.values() if d.source.endswith("smartoptics-q1-2026-notes.md"))
    assert smart.company and "smartoptics" in smart.company.lower()
    assert smart.period == "Q1 2026"


def test_same_files_again_embed_nothing(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    first = fake_library.ingest([folder])
    count = fake_library.store.count()
    second = fake_library.ingest([folder])
    assert second.added == [] and second.updated == []
    assert sorted(second.unchanged) == sorted(first.added)
    assert second.chunks_added == 0
    assert fake_library.store.count() == count


def test_same_content_at_another_path_is_not_duplicated(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    twin = tmp_path / "copy-of-nokia.txt"
    shutil.copy(folder / "nokia-q1-2026-notes.txt", twin)
    report = fake_library.ingest([twin])
    assert report.added == [] and len(report.unchanged) == 1
    assert len(fake_library.documents()) == 1


def test_changed_file_replaces_its_chunks(fake_library: Library, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Acme Corp revenue was $10.0 million in Q1 2026. " * 30)
    fake_library.ingest([note])
    (doc,) = fake_library.documents()
    old_ids = _store_ids(fake_library, doc.doc_id)
    note.write_text("Acme Corp revenue was $12.5 million in Q2 2026, a record. " * 5)
    report = fake_library.ingest([note])
    assert report.updated == [doc.doc_id]
    (new,) = fake_library.documents()
    new_ids = _store_ids(fake_library, doc.doc_id)
    assert new.sha256 != doc.sha256
    assert not (old_ids & new_ids)
    assert len(new_ids) == new.chunks
    hits = fake_library_search(fake_library, "Acme revenue")
    assert hits and all("12.5" in h.text for h in hits)


def fake_library_search(lib: Library, query: str, filters: Filters | None = None):  # type: ignore[no-untyped-def]
    from assistant.core.answering import search_library

    return search_library(lib, query, k=5, filters=filters)


def test_remove_deletes_record_and_chunks(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder])
    target = fake_library.documents()[0].doc_id
    removed, unknown = fake_library.remove([target, "no-such-doc"])
    assert removed == [target] and unknown == ["no-such-doc"]
    assert target not in {d.doc_id for d in fake_library.documents()}
    assert _store_ids(fake_library, target) == set()
    assert all(h.doc_id != target for h in fake_library_search(fake_library, "revenue growth"))


class _FlakyEmbedder(HashEmbedder):
    """Dies after a number of batches, like an ingest killed half-way."""

    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.fail_after = fail_after
        self.embedded = 0

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if self.fail_after <= 0:
            raise KeyboardInterrupt("killed")
        self.fail_after -= 1
        self.embedded += len(texts)
        return super().embed_documents(texts)


def test_killed_ingest_leaves_no_half_document_and_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "EMBED_GROUP", 8)  # several embed-and-store steps per document
    settings = Settings(home=tmp_path / "home", embedding_backend="hash", embedding_batch_size=2)
    long_doc = tmp_path / "long.txt"
    long_doc.write_text(
        "\n\n".join(f"Paragraph {i}: Acme Corp shipped {i * 10} units of widget model {i}." * 6 for i in range(40))
    )
    flaky = _FlakyEmbedder(fail_after=2)
    lib = Library(settings, embedder=flaky)
    with pytest.raises(KeyboardInterrupt):
        lib.ingest([long_doc])
    partial = lib.store.count()
    assert partial > 0  # some chunks were written...
    assert lib.documents() == []  # ...but the document is not visible
    assert fake_library_search(lib, "Acme widget units") == []

    resumed = _FlakyEmbedder(fail_after=10_000)
    lib2 = Library(settings, embedder=resumed)
    report = lib2.ingest([long_doc])
    (doc,) = lib2.documents()
    assert report.added == [doc.doc_id]
    assert report.chunks_added == doc.chunks - partial  # only the missing chunks were embedded
    assert resumed.embedded == doc.chunks - partial
    assert lib2.store.count() == doc.chunks


def test_bad_files_fail_alone_and_library_is_untouched(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder])
    before = {d.doc_id: d.sha256 for d in fake_library.documents()}
    count = fake_library.store.count()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF garbage")
    (bad / "good.md").write_text("# Beta Corp\n\nBeta Corp revenue rose 12% to $3.2 million in Q1 2026.\n")
    (bad / "slides.pptx").write_bytes(b"PK\x03\x04 not really")
    report = fake_library.ingest([bad / "empty.txt", bad / "junk.txt", bad / "broken.pdf", bad / "good.md", bad / "slides.pptx", tmp_path / "missing.txt"])
    failed = {Path(f.path).name: f.error for f in report.failed}
    assert set(failed) == {"empty.txt", "junk.txt", "broken.pdf", "slides.pptx", "missing.txt"}
    assert "empty" in failed["empty.txt"]
    assert "pptx" in failed["slides.pptx"]
    assert len(report.added) == 1
    after = {d.doc_id: d.sha256 for d in fake_library.documents()}
    assert {k: v for k, v in after.items() if k in before} == before
    assert fake_library.store.count() > count


def test_filters_apply_inside_search(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"], company="Nokia", period="Q1 2026")
    fake_library.ingest([folder / "smartoptics-q1-2026-notes.md"], company="Smartoptics", period="Q1 2026")
    hits = fake_library_search(fake_library, "gross margin", Filters(company=["Nokia"]))
    assert hits and all(h.company == "Nokia" for h in hits)
    hits = fake_library_search(fake_library, "gross margin", Filters(company=["smartoptics"]))
    assert hits and all(h.company == "Smartoptics" for h in hits)
    assert fake_library_search(fake_library, "gross margin", Filters(period=["FY1999"])) == []


def test_metadata_correction_reaches_filters(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    (doc,) = fake_library.documents()
    fake_library.update_metadata(doc.doc_id, company="Nokia Oyj", period="Q1 2026", doc_type="article")
    (fixed,) = fake_library.documents()
    assert fixed.company == "Nokia Oyj" and fixed.sha256 == doc.sha256
    hits = fake_library_search(fake_library, "orders", Filters(company=["Nokia Oyj"]))
    assert hits


def test_two_ingests_at_once_do_not_corrupt(tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    settings = Settings(home=tmp_path / "home", embedding_backend="hash")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            Library(settings).ingest([folder])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    lib = Library(settings)
    docs = lib.documents()
    assert len(docs) == 3
    assert lib.store.count() == sum(d.chunks for d in docs)


def test_collection_name_changes_with_embedder_and_chunking(tmp_path: Path) -> None:
    a = Settings(home=tmp_path, embedding_backend="hash")
    b = Settings(home=tmp_path, embedding_backend="hash", chunk_tokens=300)
    c = Settings(home=tmp_path, embedding_backend="onnx")
    assert len({a.collection_name, b.collection_name, c.collection_name}) == 3


class _RecordingEmbedder(HashEmbedder):
    """Remembers each batch's texts."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.batches.append(list(texts))
        return super().embed_documents(texts)


def test_batches_run_longest_first(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", embedding_backend="hash", embedding_batch_size=2)
    docs = []
    for n in range(3):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f"Report {n}.\n\n" + "\n\n".join(f"Item {i}. " + "Acme sold widgets. " * (1 + (i * 7) % 13) for i in range(30)))
        docs.append(path)
    embedder = _RecordingEmbedder()
    report = Library(settings, embedder=embedder).ingest(docs)
    assert report.failed == [] and len(report.added) == 3
    # Longest first in the model's own word pieces: each batch holds one length, little padding.
    lengths = embedder.count_tokens([t for batch in embedder.batches for t in batch])
    first_doc = lengths[: len(lengths) // 3]
    assert len(set(first_doc)) > 5
    assert first_doc == sorted(first_doc, reverse=True)
    assert set(report.timings) == {"wait_parse_s", "embed_s", "store_s"}


def test_ingest_leaves_the_first_search_nothing_to_build(fake_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.library import Library as CoreLibrary
    from assistant.core.retrieval import vectors
    from assistant.core.store.chroma import ChromaStore

    Library(fake_settings).ingest([_copy_sample(tmp_path)])
    vectors.clear_cache()  # a new process: only what ingest saved on disk

    def rebuilt(*_: object, **__: object) -> None:
        raise AssertionError("the first search rebuilt an index ingest should have left ready")

    monkeypatch.setattr(CoreLibrary, "_build_lexical", rebuilt)
    monkeypatch.setattr(ChromaStore, "get_vectors", rebuilt)
    from assistant.core.answering import search_library

    hits = search_library(Library(fake_settings), "Smartoptics Americas growth", k=3)
    assert hits


def test_warm_on_an_empty_library_does_nothing_harmful(fake_library: Library) -> None:
    fake_library.warm()
    assert fake_library.documents() == []


def test_a_document_stored_by_an_older_reader_is_read_again_not_duplicated(
    fake_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy_sample(tmp_path)
    first = fake_library.ingest([folder])
    count = fake_library.store.count()
    ids = {d.doc_id: _store_ids(fake_library, d.doc_id) for d in fake_library.documents()}
    assert {d.reader for d in fake_library.documents()} == {reader_version.READER_VERSION}
    # A later Footnote reads files differently: every stored document is now stale.
    monkeypatch.setattr("ingest.reader_version.READER_VERSION", "9999.01.01")
    second = fake_library.ingest([folder])
    assert sorted(second.updated) == sorted(first.added)
    assert second.unchanged == [] and second.added == [] and second.failed == []
    assert {d.reader for d in fake_library.documents()} == {"9999.01.01"}
    # Replaced in place: the same chunk count and ids, nothing left over or doubled.
    assert fake_library.store.count() == count
    assert {d.doc_id: _store_ids(fake_library, d.doc_id) for d in fake_library.documents()} == ids
    third = fake_library.ingest([folder])
    assert sorted(third.unchanged) == sorted(first.added) and third.updated == []


def test_a_document_stored_before_readers_were_stamped_is_read_again(fake_library: Library, tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    (record,) = fake_library.documents()
    fake_library.store.put_document(record.model_copy(update={"reader": None}))
    again = fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    assert again.updated == [record.doc_id] and again.unchanged == []
    (refreshed,) = fake_library.documents()
    assert refreshed.reader == reader_version.READER_VERSION and refreshed.chunks == record.chunks


def test_reading_a_stale_document_again_keeps_the_users_corrections(
    fake_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    (record,) = fake_library.documents()
    fake_library.update_metadata(record.doc_id, company="Nokia Oyj", title="Nokia, our notes", period="FY2026")
    monkeypatch.setattr("ingest.reader_version.READER_VERSION", "9999.01.01")
    again = fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    assert again.updated == [record.doc_id]
    (refreshed,) = fake_library.documents()
    assert (refreshed.company, refreshed.title, refreshed.period) == ("Nokia Oyj", "Nokia, our notes", "FY2026")
    assert refreshed.reader == "9999.01.01"
    # The chunks carry the kept labels too (the chat filters read them).
    chunks = fake_library.store.get_chunks(sorted(_store_ids(fake_library, record.doc_id)))
    assert len(chunks) == record.chunks
    assert {(c.meta["company"], c.meta["period"]) for c in chunks} == {("Nokia Oyj", "FY2026")}


def test_a_company_a_newer_reader_detects_reaches_the_chunks_it_keeps(fake_library: Library, tmp_path: Path) -> None:
    # An older reader found no company; the same file read again by this one names it, and the
    # stored chunks (same text, same ids, not embedded again) carry it: the filters read chunks.
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    (record,) = fake_library.documents()
    assert record.company
    fake_library.store.update_chunk_meta(record.doc_id, {"company": None, "company_key": None})
    fake_library.store.put_document(record.model_copy(update={"company": None, "reader": "2000.01.01"}))
    again = fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    assert again.updated == [record.doc_id]
    chunks = fake_library.store.get_chunks(sorted(_store_ids(fake_library, record.doc_id)))
    assert len(chunks) == record.chunks
    assert {c.meta.get("company") for c in chunks} == {record.company}
    assert {c.meta.get("company_key") for c in chunks} == {"nokia"}


def test_a_month_an_older_reader_took_for_the_company_is_not_kept_on_reading_again(
    fake_library: Library, tmp_path: Path
) -> None:
    # "September" (from "Six Months Ended September 30") was an older reader's company: a re-read
    # names the company afresh, where a user's correction (the test above) would stay.
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    (record,) = fake_library.documents()
    assert record.company and record.company != "September"
    fake_library.store.put_document(record.model_copy(update={"company": "September", "reader": "2000.01.01"}))
    again = fake_library.ingest([folder / "nokia-q1-2026-notes.txt"])
    assert again.updated == [record.doc_id]
    (refreshed,) = fake_library.documents()
    assert refreshed.company == record.company


def test_reread_stale_reads_the_old_documents_from_their_files_and_names_the_lost_ones(
    fake_library: Library, tmp_path: Path
) -> None:
    folder = _copy_sample(tmp_path)
    fake_library.ingest([folder])
    docs = {d.doc_id: d for d in fake_library.documents()}
    count = fake_library.store.count()
    kept, moved = sorted(docs.values(), key=lambda d: d.doc_id)[:2]
    for d in (kept, moved):  # as a library built before readers were stamped
        fake_library.store.put_document(d.model_copy(update={"reader": None}))
    Path(moved.source).rename(tmp_path / "elsewhere.txt")
    report = fake_library.reread_stale()
    assert report.updated == [kept.doc_id] and report.added == [] and report.unchanged == []
    assert [f.path for f in report.failed] == [moved.source]
    assert "no longer here" in report.failed[0].error and "footnote ingest" in report.failed[0].error
    after = {d.doc_id: d for d in fake_library.documents()}
    assert after.keys() == docs.keys() and fake_library.store.count() == count  # nothing lost or doubled
    assert after[kept.doc_id].reader == reader_version.READER_VERSION
    assert after[moved.doc_id].reader is None and after[moved.doc_id].chunks == moved.chunks
    # Nothing stale left that can be read: a second run does nothing but name the lost file again.
    again = fake_library.reread_stale()
    assert again.updated == [] and [f.path for f in again.failed] == [moved.source]
