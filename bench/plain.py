"""The plain LangChain pipeline both benchmarks compare against: pypdf pages, 1000/200 splits."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

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
