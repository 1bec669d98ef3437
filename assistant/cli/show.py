"""`footnote show DOC_ID --page N [--highlight "..."] --out page.png`: the cited page itself.

PDF pages are written as PNG with the highlight drawn on the page; other documents as an
HTML text view (with --out NAME.html) or as plain text on stdout with the quote between »«.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.main import JsonOpt, app, fail, library
from assistant.cli.output import emit_json, say, warn


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (see `footnote docs`).")],
    page: Annotated[int, typer.Option("--page", "-p", help="1-based page number.", min=1)] = 1,
    highlight: Annotated[
        str | None, typer.Option("--highlight", help="Text to highlight on the page (a quote or table row).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Output file: PNG for PDF pages, .html for a text view. "
                     "Default: DOC_ID-pN.png for PDFs; text on stdout otherwise."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Render one page of a document with a quote highlighted (what a footnote points at)."""
    from assistant.pageview import cited_page

    lib = library()
    record = lib.document(doc_id)
    if record is None:
        raise fail(f"no document {doc_id!r} in {lib.settings.home}; `footnote docs` lists the ids", 2)
    shown = cited_page(record.source, page, highlight, lib.settings, title=record.title)
    if shown.error:
        raise fail(shown.error)
    payload: dict[str, object] = {
        "doc_id": doc_id, "page": page, "source": record.source,
        "highlight_found": shown.found, "seconds": round(shown.seconds, 3),
    }
    if shown.image is not None:
        target = out or Path(f"{doc_id}-p{page}.png")
        if target.suffix.lower() != ".png":
            raise fail(f"{record.title} is a PDF: its page is an image, give --out NAME.png", 2)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shown.image.path, target)
        payload.update(out=str(target), width=shown.image.width, height=shown.image.height,
                       boxes=len(shown.image.boxes), partial=shown.image.partial)
    elif shown.text is not None:
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(f"<!doctype html><meta charset=utf-8><style>mark{{background:#ffd600}}</style>"
                           f"{shown.text.html}", encoding="utf-8")
            payload["out"] = str(out)
        else:
            payload["text"] = _marked(shown.text.html)
    if as_json:
        emit_json(payload)
        return
    if "text" in payload:
        say(payload["text"])
    if highlight and not shown.found:
        warn("note: the highlight was not found on this page; the page is shown without it", typer.colors.YELLOW)
    if "out" in payload:
        say(f"wrote {payload['out']} ({record.title}, page {page}, {shown.seconds:.2f} s)", err=True)


def _marked(view_html: str) -> str:
    """The text view as plain text, the quote between » and «."""
    import html
    import re

    text = view_html.replace('<mark class="footnote-quote">', "»").replace("</mark>", "«").replace("</div>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
