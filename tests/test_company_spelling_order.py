"""One company filed under two spellings: the name a question resolves to must not depend on
the interpreter's hash seed (a set's order once decided it, so reruns of the same code gave
answers opening with different names)."""

from __future__ import annotations

import os
import subprocess
import sys

from assistant.core.finance.companies import find_companies
from assistant.core.types import DocumentRecord


def _record(doc_id: str, company: str, ticker: str | None) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/x/{doc_id}.pdf", sha256="0", pages=1,
                          company=company, ticker=ticker)


def test_the_spelling_most_documents_use_names_the_company() -> None:
    records = [_record("a", "Quillon plc", "QLN"), _record("b", "Quillon Group", None),
               _record("c", "Quillon plc", "QLN")]
    assert find_companies("What did Quillon earn in FY2022?", records) == ["Quillon plc"]
    assert find_companies("What did Quillon earn in FY2022?", list(reversed(records))) == ["Quillon plc"]


_PROBE = """
from assistant.core.finance.companies import find_companies
from assistant.core.types import DocumentRecord
docs = [DocumentRecord(doc_id=i, title=i, source="/x/" + i, sha256="0", pages=1, company=c, ticker=t)
        for i, c, t in (("a", "Tarnwick Ltd", None), ("b", "Tarnwick Group", None))]
print(find_companies("How large was Tarnwick's backlog in 2021?", docs))
"""


def test_the_name_found_is_the_same_under_every_hash_seed() -> None:
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen
