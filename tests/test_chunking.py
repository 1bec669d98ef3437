from assistant.embeddings.hash import HashEmbedder
from assistant.tokens import count_tokens
from assistant.types import LoadedDocument, PageText
from ingest.chunking import ChunkContext, chunk_document
from ingest.structure import is_table_row, split_blocks, statement_kind

CTX = ChunkContext(doc_id="d1", sha256="ab" * 32, title="Acme 10-K", company="Acme Corp", period="FY2022", doc_type="10-K")

BALANCE = """CONSOLIDATED BALANCE SHEETS
($ in millions)
January 28, 2023 January 29, 2022
Cash and cash equivalents $ 1,874 $ 2,936
Receivables, net 1,141 1,042
Merchandise inventories 5,140 5,965
Other current assets 596 480
Total current assets 8,751 10,423
Property and equipment, net 2,352 2,250
Total assets $ 15,803 $ 17,504
"""


def _doc(pages: list[str]) -> LoadedDocument:
    return LoadedDocument(
        source="/x/acme.pdf",
        sha256=CTX.sha256,
        title="Acme 10-K",
        pages=[PageText(page=i + 1, text=t) for i, t in enumerate(pages)],
    )


def test_table_rows_and_statement_detection() -> None:
    assert is_table_row("Merchandise inventories 5,140 5,965")
    assert is_table_row("Total assets $ 15,803")
    assert not is_table_row("The company operates stores in 2022 across the country.")
    assert statement_kind(BALANCE) == "balance_sheet"
    blocks = split_blocks(BALANCE)
    table = [b for b in blocks if b.kind == "table"]
    assert table and any("January 28, 2023" in h for h in table[0].header)


def test_chunks_never_cross_pages_and_carry_pages() -> None:
    prose = "Revenue grew strongly in the year. " * 60
    chunks = chunk_document(_doc([prose, BALANCE, prose]), CTX, chunk_tokens=120)
    assert {c.page_start for c in chunks} == {1, 2, 3}
    assert all(c.page_start == c.page_end for c in chunks)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_table_rows_are_never_split_and_cuts_repeat_the_header() -> None:
    rows = "\n".join(f"Line item number {i} {1000 + i:,} {2000 + i:,}" for i in range(60))
    page = "STATEMENTS OF EARNINGS\n($ in millions)\nFiscal 2023 Fiscal 2022\n" + rows
    chunks = chunk_document(_doc([page]), CTX, chunk_tokens=100)
    table_chunks = [c for c in chunks if c.kind in ("income_statement", "table")]
    assert len(table_chunks) > 2
    all_lines = [ln for c in table_chunks for ln in c.text.splitlines()]
    for i in range(60):
        row = f"Line item number {i} {1000 + i:,} {2000 + i:,}"
        assert row in all_lines  # each row intact on one line of some chunk
    for c in table_chunks[1:]:
        assert "Fiscal 2023 Fiscal 2022" in c.text
    assert all(c.kind == "income_statement" for c in table_chunks)
    assert all(c.section == "Income statement" for c in table_chunks)


def test_header_names_document_company_period_and_page() -> None:
    chunks = chunk_document(_doc(["Some text about results.", BALANCE]), CTX)
    header = chunks[-1].header
    assert "Acme 10-K" in header and "Acme Corp" in header and "FY2022" in header and "page 2" in header


def test_prose_chunks_respect_budget_with_overlap() -> None:
    sentences = [f"Sentence {i} says something about the company and its markets." for i in range(80)]
    chunks = chunk_document(_doc([" ".join(sentences)]), CTX, chunk_tokens=80, overlap_tokens=20)
    assert len(chunks) > 5
    assert all(count_tokens(c.text) <= 80 + 5 for c in chunks)
    # Overlap: the last sentence of a chunk opens the next one.
    first_last = chunks[0].text.split(". ")[-1].rstrip(".")
    assert first_last in chunks[1].text


def test_model_limit_is_enforced_with_the_model_counter() -> None:
    embedder = HashEmbedder(max_tokens=40)
    text = " ".join(f"word{i}" for i in range(300))
    chunks = chunk_document(
        _doc([text]), CTX, chunk_tokens=500, max_model_tokens=40, model_token_counter=embedder.count_tokens
    )
    counts = embedder.count_tokens([c.embed_text for c in chunks])
    assert max(counts) <= 40
    joined = " ".join(c.text for c in chunks)
    assert all(f"word{i}" in joined for i in range(300))  # nothing lost


def test_empty_pages_give_no_chunks() -> None:
    assert chunk_document(_doc(["", "   \n  "]), CTX) == []
