"""False refusals of eval reports, counted by the check that refused and by whether the evidence
page was retrieved: which refusal check to widen first, and whether retrieval or answering lost it.

```bash
python -m assistant.cli --home /tmp/lib eval eval/data/prose_questions_unseen8.jsonl --out /tmp/u8
python -m bench.refusal_causes /tmp/u8/report.json [more reports ...] [-v]
```

A refusal's text names its check ("not close enough", "about X, not what was asked", "a
different period", the statement fallback, ...); the words naming what was found or asked are
blanked, so one check counts once. Retrieval: "retrieved" (the evidence page is among the hits),
"widened" (only the passages `widen` adds hold the answer), "missing" (neither).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

_PREFIX = re.compile(r"^(?:The documents in the library don't say\.|I won't state a figure:)\s*")
# What a refusal names (a metric, a part, a figure, a period) is blanked so that its check counts once.
_NAMED = [
    (re.compile(r"\(.*?\)"), "(..)"),
    (re.compile(r"\bis about .*?, not what was asked"), "is about X, not what was asked"),
    (re.compile(r"\bsits under .*?, not the part"), "sits under X, not the part"),
    (re.compile(r"\bmentions .*"), "mentions X"),
    (re.compile(r"\bgive no .*"), "give no X (statement fallback)"),
    (re.compile(r"\bcould not find .*"), "could not find X (statement facts)"),
    (re.compile(r"\bcounts something other than .*"), "counts something other than X"),
    (re.compile(r"\d[\d,.]*"), "N"),
]


def cause(answer: str) -> str:
    """The check a refusal names, with what it names blanked."""
    text = _PREFIX.sub("", " ".join(answer.split()))
    for rx, repl in _NAMED:
        text = rx.sub(repl, text)
    return text.split(". ")[0].rstrip(".")[:90]


def retrieval(row: dict[str, Any]) -> str:
    if row.get("evidence_rank"):
        return "retrieved"
    return "widened" if row.get("answer_in_context") else "missing"


def false_refusals(rows: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    return Counter((cause(str(r.get("got") or "")), retrieval(r)) for r in rows if r.get("reason") == "false refusal")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", nargs="+", type=Path, help="eval report.json files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each false refusal's id")
    args = parser.parse_args(argv)
    total: Counter[tuple[str, str]] = Counter()
    for path in args.reports:
        report = json.loads(path.read_text(encoding="utf-8"))
        rows = report["rows"]
        counts = false_refusals(rows)
        total += counts
        print(f"{path}: {sum(counts.values())} false refusals of {len(rows)} questions")
        if args.verbose:
            for r in rows:
                if r.get("reason") == "false refusal":
                    print(f"    {r['id']:<24} {retrieval(r):<9} {cause(str(r.get('got') or ''))}")
    print(f"\n{'count':>5}  {'retrieval':<9}  check that refused")
    for (check, where), n in total.most_common():
        print(f"{n:>5}  {where:<9}  {check}")


if __name__ == "__main__":
    main()
