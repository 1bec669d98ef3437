"""Check and time the fast layout-mode text pass against pypdf's own.

    python -m bench.pdf_fastlayout [--every N] [PDF ...]

For every page (or every Nth) of the shared filings, extract
`page.extract_text(extraction_mode="layout")` twice, each in its own subprocess with
fresh `PdfReader`s (the patches are process-wide): once with pypdf as it is (only
`pdf_fastparse` installed) and once with `ingest.loaders.pdf_fastlayout` installed too.
Prints CPU ms/page (time.process_time) for both, the speedup, and the number of pages
whose text (or exception type) differs; there should be none. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("FOOTNOTE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REPO = Path(__file__).resolve().parents[1]
ERROR = "\x00raised "  # a page that raises is recorded by its exception type


def extract(pdfs: list[Path], every: int, fast: bool) -> dict[str, Any]:
    """Layout text of the chosen pages: {"pages": {"name#n": text or ERROR + type}, "cpu": s}."""
    from pypdf import PdfReader

    from ingest.loaders import pdf_fastlayout, pdf_fastparse

    pdf_fastparse.install()
    if fast and not pdf_fastlayout.install():
        raise SystemExit("pdf_fastlayout.install() refused: pypdf is not the version it mirrors")
    pages: dict[str, str] = {}
    cpu = 0.0
    for path in pdfs:
        reader = PdfReader(path)
        for number, page in enumerate(reader.pages, start=1):
            if (number - 1) % every:
                continue
            start = time.process_time()
            try:
                text = str(page.extract_text(extraction_mode="layout"))
            except Exception as exc:  # a page that fails must fail the same way
                text = f"{ERROR}{type(exc).__name__}"
            cpu += time.process_time() - start
            pages[f"{path.name}#{number}"] = text
    return {"pages": pages, "cpu": cpu}


def run_variant(pdfs: list[Path], every: int, fast: bool) -> dict[str, Any]:
    """`extract` in a fresh interpreter, so neither variant sees the other's patches or caches."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [
            sys.executable,
            "-m",
            "bench.pdf_fastlayout",
            "--worker",
            str(out),
            "--every",
            str(every),
        ]
        cmd += ["--fast"] if fast else []
        subprocess.run([*cmd, *map(str, pdfs)], cwd=REPO, check=True)
        result: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--every", type=int, default=1, help="Check every Nth page only.")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)  # internal: write JSON here
    parser.add_argument("--fast", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((SHARED / "financebench" / "pdfs").glob("*.pdf"))
    if args.worker is not None:
        args.worker.write_text(json.dumps(extract(pdfs, args.every, args.fast)), "utf-8")
        return
    slow = run_variant(pdfs, args.every, fast=False)
    fast = run_variant(pdfs, args.every, fast=True)
    names = list(slow["pages"])
    differing = [name for name in names if slow["pages"][name] != fast["pages"].get(name)]
    failing = sum(text.startswith(ERROR) for text in slow["pages"].values())
    n = max(len(names), 1)
    slow_ms, fast_ms = 1000 * slow["cpu"] / n, 1000 * fast["cpu"] / n
    print(f"{len(pdfs)} PDFs, {len(names)} pages ({failing} raise in pypdf)")
    print(f"layout extraction CPU, pdf_fastparse only:     {slow_ms:.1f} ms/page")
    print(f"layout extraction CPU, + pdf_fastlayout:       {fast_ms:.1f} ms/page")
    print(f"speedup {slow_ms / max(fast_ms, 1e-9):.2f}x; differing pages: {len(differing)}")
    for name in differing[:20]:
        print("  differs:", name)


if __name__ == "__main__":
    main()
