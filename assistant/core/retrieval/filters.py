"""Search filters: what a user (or the question) restricts a search to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.core.finance.companies import canonical_company, company_matches
from assistant.core.finance.periods import normalise_period

if TYPE_CHECKING:
    from assistant.core.types import DocumentRecord

__all__ = ["Filters", "canonical_company", "chroma_where", "company_filter_keys"]


@dataclass
class Filters:
    """Restrict a search. Values within a field are alternatives; fields combine with AND."""

    company: list[str] = field(default_factory=list)
    period: list[str] = field(default_factory=list)
    doc_type: list[str] = field(default_factory=list)
    doc_id: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.company or self.period or self.doc_type or self.doc_id)

    def as_fields(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if self.company:
            out["company_key"] = sorted({canonical_company(c) for c in self.company})
        if self.period:
            # "FY22" and "fiscal 2022" mean the stored "FY2022".
            out["period"] = sorted({*self.period, *(normalise_period(p) or p for p in self.period)})
        if self.doc_type:
            out["doc_type"] = list(self.doc_type)
        if self.doc_id:
            out["doc_id"] = list(self.doc_id)
        return out



def company_filter_keys(names: Sequence[str], records: Iterable[DocumentRecord]) -> list[str]:
    """Filter keys for companies as a person types them: "Verizon" finds "Verizon Communications Inc."."""
    companies = {r.company for r in records if r.company}
    keys = {canonical_company(n) for n in names}
    keys |= {canonical_company(c) for c in companies for n in names if company_matches(n, c)}
    return sorted(k for k in keys if k)


def chroma_where(fields: Mapping[str, Sequence[str]]) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = [
        {name: {"$in": list(values)}} for name, values in fields.items() if values
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
