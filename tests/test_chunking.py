import pytest

from assistant.core.embeddings.hash import HashEmbedder
from assistant.core.tokens import count_tokens
from assistant.core.types import LoadedDocument, PageText
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


# -- page roles and sections -------------------------------------------------------------------
from ingest.structure import boilerplate_kind  # noqa: E402

RUNNING_HEAD_STATEMENT = "Table of Contents\nConsolidated Statements of Earnings\n$ in millions\n" + "\n".join(
    f"Line {i} {100 + i:,} {200 + i:,}" for i in range(8)
)
TOC = "Table of Contents\nPART I\n" + "\n".join(
    f"Item {i}. {name} {10 + 3 * i}"
    for i, name in enumerate(["Business", "Risk Factors", "Properties", "Legal Proceedings", "Market Risk",
                              "Financial Statements", "Controls and Procedures", "Exhibits"], 1)
)
EXHIBIT_INDEX = "EXHIBIT INDEX\nExhibit No. Description\n" + "\n".join(
    f"10.{i} Agreement number {i}, incorporated by reference" for i in range(1, 10)
)
SIGNATURES = (
    "SIGNATURES\nPursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, "
    "the registrant has duly caused this report to be signed.\n/s/ Jane Doe\nChief Executive Officer"
)
CERTIFICATION = "Exhibit 31.1\nCERTIFICATION PURSUANT TO\nRULE 13a-14(a)\nI, Jane Doe, certify that:\n1. I have reviewed"


def test_statement_title_under_running_head_and_not_index_entries() -> None:
    assert statement_kind(RUNNING_HEAD_STATEMENT) == "income_statement"
    index = "Index to Financial Statements\nConsolidated Balance Sheets 52\nConsolidated Statements of Earnings 53\n"
    assert statement_kind(index) is None
    note = "Note 14 - Supplemental Financial Information\nBalance Sheet\n" + BALANCE.split("\n", 1)[1]
    assert statement_kind(note) is None
    column_head = "Components of lease cost\nStatement of Earnings Location 2023 2022\n" + "\n".join(
        f"Lease cost {i} {100 + i} {200 + i}" for i in range(6)
    )
    assert statement_kind(column_head) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [(TOC, "toc"), (EXHIBIT_INDEX, "exhibit_index"), (SIGNATURES, "signatures"), (CERTIFICATION, "certification"),
     (BALANCE, None), (RUNNING_HEAD_STATEMENT, None)],
)
def test_boilerplate_pages(text: str, kind: str | None) -> None:
    assert boilerplate_kind(text) == kind


def test_pages_after_signatures_of_a_10k_are_exhibits_but_not_in_an_8k() -> None:
    prose = "The plan provides benefits to eligible employees under the terms described here. " * 8
    pages = [BALANCE, SIGNATURES, prose]
    kinds_10k = {c.page_start: c.kind for c in chunk_document(_doc(pages), CTX)}
    assert kinds_10k[1] == "balance_sheet" and kinds_10k[2] == "boilerplate" and kinds_10k[3] == "exhibit"
    ctx_8k = ChunkContext(doc_id="d2", sha256="cd" * 32, title="Acme 8-K", company="Acme Corp", doc_type="8-K")
    kinds_8k = {c.page_start: c.kind for c in chunk_document(_doc(pages), ctx_8k)}
    assert kinds_8k[3] == "text"  # an 8-K's exhibit 99 is the press release itself


def test_sections_carry_across_pages_and_reach_the_header() -> None:
    page1 = "Note 9. Fair Value Measurements\nRecurring Fair Value Measurements\n" + "We measure things. " * 20
    page2 = "Derivative Instruments\n" + "We enter into swaps to manage currency risk. " * 10
    chunks = chunk_document(_doc([page1, page2]), CTX)
    second = [c for c in chunks if c.page_start == 2]
    assert second and all(c.section and c.section.startswith("Note 9. Fair Value Measurements") for c in second)
    assert "Derivative Instruments" in (second[0].section or "")
    assert "Note 9. Fair Value Measurements" in second[0].header


def test_forward_looking_disclaimer_is_boilerplate_and_generic_titles_dropped() -> None:
    disclaimer = (
        "This report contains forward-looking statements within the meaning of the Private Securities "
        "Litigation Reform Act of 1995. Investors should not place undue reliance on forward-looking statements."
    )
    ctx = ChunkContext(doc_id="d3", sha256="ef" * 32, title="UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
                       company="Acme Corp", period="FY2022", doc_type="10-K")
    chunks = chunk_document(_doc([disclaimer, "Revenue grew in the year. " * 5]), ctx)
    assert chunks[0].kind == "boilerplate" and chunks[-1].kind == "text"
    assert "SECURITIES AND EXCHANGE" not in chunks[0].header and chunks[0].header.startswith("Acme Corp")


def test_long_line_split_into_longest_fitting_runs() -> None:
    from ingest.chunking import _cut_long_word, _split_long_line

    line = " ".join(
        f"{i * 1234567:,}" if i % 5 == 0 else ("Supercalifragilistic" * 20 if i == 33 else f"word{i}")
        for i in range(400)
    )
    budget = 40
    pieces = _split_long_line(line, budget)
    assert "".join(pieces).replace(" ", "") == line.replace(" ", "")  # nothing lost, nothing repeated
    # The 400-character word is cut into pieces that fit (issue 14: no chunk over budget).
    rest = [w for word in line.split() for w in _cut_long_word(word, budget)]
    assert len(rest) > 400
    for piece in pieces:
        n = len(piece.split())
        assert count_tokens(piece) <= budget
        if n < len(rest):  # the next word would not have fitted
            assert count_tokens(" ".join(rest[: n + 1])) > budget
        rest = rest[n:]
    assert not rest
