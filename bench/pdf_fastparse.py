"""Check and time the fast content-stream tokenizer against pypdf's own parser.

    python -m bench.pdf_fastparse [--every N] [PDF ...]

For every page (or every Nth) of the shared filings: parse the page's content
streams (and the form XObjects they draw) with pypdf and with
`ingest.loaders.pdf_fastparse`, compare the operations object by object (types
included), and print CPU seconds for both, how many streams fell back to pypdf,
and any difference (there should be none). Asserts nothing; prints numbers.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("FOOTNOTE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def content_streams(page: Any) -> Iterator[tuple[bytes, Any]]:
    """(raw data, forced encoding) of a page's contents and of the form XObjects it uses."""
    contents = page.get_contents()
    if contents is not None:
        yield contents.get_data(), None
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
    if xobjects is None:
        return
    for ref in xobjects.get_object().values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Form":
            yield obj.get_data(), None


def same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


def pypdf_operations(data: bytes, encoding: Any) -> list[tuple[Any, bytes]]:
    from pypdf.generic import ContentStream

    cs = ContentStream(None, None)
    cs.forced_encoding = encoding
    original = ContentStream._parse_content_stream
    original = getattr(original, "__wrapped__", original)
    original(cs, BytesIO(data))
    return cs._operations


def main() -> None:
    from pypdf import PdfReader

    from ingest.loaders.pdf_fastparse import fast_operations

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--every", type=int, default=1, help="Check every Nth page only.")
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((SHARED / "financebench" / "pdfs").glob("*.pdf"))
    slow = fast = 0.0
    streams = fallbacks = pages = 0
    differences: list[str] = []
    for path in pdfs:
        reader = PdfReader(path)
        for number, page in enumerate(reader.pages, start=1):
            if (number - 1) % args.every:
                continue
            pages += 1
            for data, encoding in content_streams(page):
                streams += 1
                t0 = time.process_time()
                try:
                    expected: Any = pypdf_operations(data, encoding)
                except Exception as exc:  # compare failures too
                    expected = exc
                t1 = time.process_time()
                got = fast_operations(data, encoding)
                t2 = time.process_time()
                slow += t1 - t0
                fast += t2 - t1
                if got is None:
                    fallbacks += 1
                elif isinstance(expected, Exception) or not same(got, expected):
                    differences.append(f"{path.name} page {number}")
    print(f"{len(pdfs)} PDFs, {pages} pages, {streams} content streams")
    print(f"pypdf parse CPU {slow:.2f} s; fast parse CPU {fast:.2f} s ({slow / max(fast, 1e-9):.1f}x)")
    print(f"fell back to pypdf: {fallbacks} streams; differences: {len(differences)}")
    for line in differences[:20]:
        print("  differs:", line)


if __name__ == "__main__":
    main()
