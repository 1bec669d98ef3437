"""Eval datasets: Footnote's own JSONL format and FinanceBench's, detected per file.

Own format, one JSON object a line: id, question, answer, type (currency, percent,
count, ratio, range, text, refusal), value (number or [low, high]), unit, scale,
tolerance, must_mention, evidence [{doc, quote}], tags, and optionally documents
(file names the question needs). A line without "question" but with "documents"
names files for the whole dataset.

FinanceBench is read as is: evidence pages there are 0-based (page p is page p+1
here), doc_name is the PDF's file stem, and the gold answer is free text. A gold
answer that states one figure for a what/how-much question is scored by that
figure; anything else (yes/no, lists, explanations) is text that only an LLM judge
can score.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.core.numbers import (
    Quantity,
    detect_scale_statement,
    normalise_scale,
    normalise_unit,
    parse_quantities,
)
from eval.models import EvalQuestion, Evidence
from eval.subunits import gold_subunit, hundredths_after, subunit_name

logger = logging.getLogger(__name__)

FORMATS = ("footnote", "financebench")
_MAX_SEARCH_FILES = 20000
_CURRENCY_UNITS = frozenset(
    {"USD", "EUR", "GBP", "NOK", "SEK", "DKK", "CHF", "JPY", "CNY", "CAD", "AUD", "INR"}
)
_YES_NO_QUESTION = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b", re.IGNORECASE
)
_YES_NO_ANSWER = re.compile(r"^\s*(?:yes|no)\b", re.IGNORECASE)
# Questions whose answer is an explanation or a name even when the gold quotes a figure:
# "What drove the margin change?", "the nature and purpose of ...", "How did X compare to Y?"
_NOT_A_FIGURE_QUESTION = re.compile(
    r"\b(?:which|who|whom|why|what are|list|name|describe|explain|what\s+drove|drivers?|"
    r"driven|nature|purpose|reasons?|caused?|how\s+did\b.{0,80}\bcompare|how\s+(?:often|frequently))\b",
    re.I,
)


class DatasetError(ValueError):
    """The dataset file cannot be read or a record is malformed (the message says which line)."""


@dataclass
class Dataset:
    path: Path
    format: str
    questions: list[EvalQuestion]
    document_names: list[str] = field(default_factory=list)
    documents: list[Path] = field(default_factory=list, repr=False)
    missing_documents: list[str] = field(default_factory=list)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"cannot read dataset {path}: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise DatasetError(f"{path}:{lineno}: expected a JSON object")
        records.append(record)
    if not records:
        raise DatasetError(f"{path} holds no questions")
    return records


def detect_format(records: list[dict[str, Any]]) -> str:
    """'financebench' when records carry FinanceBench's keys, else 'footnote'."""
    for r in records:
        if "financebench_id" in r or ("doc_name" in r and "question" in r):
            return "financebench"
    return "footnote"


def load_dataset(path: Path, docs: Path | None = None, *, find_documents: bool = True) -> Dataset:
    """Read a dataset in either format and resolve the documents it needs. Scoring answers
    given in a file needs no documents: `find_documents=False` looks for none (every named
    document is then listed as missing)."""
    path = Path(path).expanduser().resolve()
    records = read_jsonl(path)
    fmt = detect_format(records)
    names: list[str] = []
    questions: list[EvalQuestion] = []
    for lineno, record in enumerate(records, 1):
        if "question" not in record:
            names += [str(d) for d in record.get("documents", [])]  # a dataset-level header line
            continue
        try:
            q = from_financebench(record) if fmt == "financebench" else from_own(record)
        except (KeyError, TypeError, ValueError) as exc:
            raise DatasetError(f"{path}: record {lineno}: {exc}") from exc
        questions.append(q)
        names += q.documents
    seen_ids: set[str] = set()
    for q in questions:
        if q.id in seen_ids:
            raise DatasetError(f"{path}: duplicate question id {q.id!r}")
        seen_ids.add(q.id)
    unique = list(dict.fromkeys(names))
    if not find_documents:
        return Dataset(path, fmt, questions, unique, [], unique)
    found, missing = resolve_documents(unique, path, docs, fmt)
    return Dataset(path, fmt, questions, unique, found, missing)


# --- own format ----------------------------------------------------------------------------


def from_own(r: dict[str, Any]) -> EvalQuestion:
    qtype = str(r.get("type") or "text")
    value = r.get("value")
    if isinstance(value, list):
        if len(value) != 2:
            raise ValueError(f"question {r.get('id')!r}: a range value is [low, high]")
        value = [float(value[0]), float(value[1])]
    elif value is not None:
        value = float(value)
    evidence = [
        Evidence(doc=e.get("doc"), quote=e.get("quote"), pages=[int(p) for p in e.get("pages", [])])
        for e in r.get("evidence") or []
    ]
    docs = [str(d) for d in r.get("documents") or []]
    docs += [e.doc for e in evidence if e.doc]
    return EvalQuestion(
        id=str(r["id"]),
        question=str(r["question"]),
        answer=str(r.get("answer", "")),
        type=qtype,  # type: ignore[arg-type]
        value=value,
        unit=_gold_unit(r.get("unit")),
        scale=normalise_scale(r.get("scale")),
        tolerance=None if r.get("tolerance") is None else float(r["tolerance"]),
        must_mention=[[str(s) for s in group] for group in r.get("must_mention") or []],
        evidence=evidence,
        tags=[str(t) for t in r.get("tags") or []],
        documents=list(dict.fromkeys(docs)),
    )


def _gold_unit(unit: Any) -> str | None:
    """A row's unit in normal form; hundredths ("GBp", "GBX", "pence", "cents") stay hundredths
    ("GBp" is pence, which `normalise_unit` would read as pounds, "GBP")."""
    return subunit_name(unit) if gold_subunit(unit) is not None else normalise_unit(unit)


# --- FinanceBench --------------------------------------------------------------------------


def from_financebench(r: dict[str, Any]) -> EvalQuestion:
    question = str(r["question"])
    answer = str(r.get("answer") or "")
    doc = str(r["doc_name"])
    pages: list[int] = []
    for e in r.get("evidence") or []:
        p = e.get("evidence_page_num")
        if p is not None:
            pages.append(int(p) + 1)  # FinanceBench pages are 0-based
    tags = [str(r["question_type"])] if r.get("question_type") else []
    reasoning = r.get("question_reasoning")
    if reasoning and str(reasoning) != "None":
        tags += [t.strip() for t in str(reasoning).split(" OR ") if t.strip()]
    gold = financebench_gold(question, answer)
    common: dict[str, Any] = {
        "id": str(r.get("financebench_id") or r.get("id")),
        "question": question,
        "answer": answer,
        "evidence": [Evidence(doc=doc, pages=sorted(set(pages)))],
        "tags": list(dict.fromkeys(tags)),
        "documents": [doc],
    }
    if gold is None:
        return EvalQuestion(type="text", **common)
    qtype, q = gold
    return EvalQuestion(
        type=qtype,  # type: ignore[arg-type]
        value=q.value if q.high is None else [q.value, q.high],
        unit=q.unit,
        scale=q.scale,
        decimals=q.decimals,
        **common,
    )


def financebench_gold(question: str, answer: str) -> tuple[str, Quantity] | None:
    """(type, figure) when a FinanceBench gold answer is one figure, else None (a text answer).

    The question's own "in USD millions" sets the scale of a gold figure that has none
    ("$1577.00" → 1,577 million).
    """
    if _YES_NO_ANSWER.match(answer) or _YES_NO_QUESTION.match(question):
        return None
    first_sentence = question.split("?")[0]
    if _NOT_A_FIGURE_QUESTION.search(first_sentence):
        return None
    figures = [q for q in parse_quantities(answer) if not q.is_year]
    if len({(q.value, q.high, q.unit, q.scale) for q in figures}) != 1:
        return None
    q = figures[0]
    unit = q.unit
    if (sub := hundredths_after(answer, q)) is not None:
        return ("range" if q.high is not None else "currency"), replace(q, unit=sub)  # "48 cents"
    if unit in ("percent", "pp", "bp"):
        qtype = "range" if q.high is not None else "percent"
    elif unit == "x":
        qtype = "ratio"
    else:
        asked_scale = detect_scale_statement(question)
        if unit is None and re.search(r"\b(?:USD|US\$|dollars?)\b|\$", question):
            unit = "USD"
        if unit in _CURRENCY_UNITS:
            qtype = "range" if q.high is not None else "currency"
            scale = q.scale or asked_scale
            q = Quantity(
                q.value, scale=scale, unit=unit, raw=q.raw, high=q.high, decimals=q.decimals
            )
        elif re.search(r"\bhow many\b", question, re.IGNORECASE) and float(q.value).is_integer():
            qtype = "count"
        else:
            qtype = "ratio"
    return qtype, q


# --- documents -----------------------------------------------------------------------------


def resolve_documents(
    names: list[str], dataset: Path, docs: Path | None, fmt: str
) -> tuple[list[Path], list[str]]:
    """Find each named document: under `docs` (if given), next to the dataset, or below
    the dataset's folder and its parent (FinanceBench: doc_name + '.pdf', also in pdfs/)."""
    found: list[Path] = []
    missing: list[str] = []
    roots = [docs.expanduser().resolve()] if docs is not None else []
    roots += [dataset.parent, dataset.parent / "pdfs", dataset.parent.parent]
    index: dict[str, Path] | None = None
    for name in names:
        filename = (
            f"{name}.pdf" if fmt == "financebench" and not name.lower().endswith(".pdf") else name
        )
        candidate = Path(filename).expanduser()
        hit: Path | None = candidate if candidate.is_absolute() and candidate.is_file() else None
        for root in roots:
            if hit is None and (root / filename).is_file():
                hit = root / filename
        if hit is None:
            if index is None:
                index = _index_files(roots)
            hit = index.get(Path(filename).name)
        if hit is None:
            missing.append(name)
        else:
            found.append(hit.resolve())
    return list(dict.fromkeys(found)), missing


def _index_files(roots: list[Path]) -> dict[str, Path]:
    """file name -> first path found below the roots (bounded, so a huge tree cannot stall)."""
    index: dict[str, Path] = {}
    seen = 0
    for root in roots:
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            seen += 1
            if seen > _MAX_SEARCH_FILES:
                logger.warning("stopped looking for documents after %d files", _MAX_SEARCH_FILES)
                return index
            if p.is_file() and not any(part.startswith(".") for part in p.parts):
                index.setdefault(p.name, p)
    return index
