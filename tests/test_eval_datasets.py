"""Eval datasets: both formats read, FinanceBench gold answers sorted into figures and text,
documents found. Reads the shared development set by path (never copied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.datasets import DatasetError, detect_format, financebench_gold, load_dataset
from tests.conftest import FINANCEBENCH, SHARED, needs_shared

SEED = SHARED / "eval" / "seed_articles.jsonl"
FB_QUESTIONS = FINANCEBENCH / "questions_dev.jsonl"


@needs_shared()
def test_seed_dataset_own_format() -> None:
    ds = load_dataset(SEED)
    assert ds.format == "footnote"
    assert len(ds.questions) == 24
    by_id = {q.id: q for q in ds.questions}
    rev = by_id["smop-revenue"]
    assert (rev.type, rev.value, rev.unit, rev.scale, rev.tolerance) == (
        "currency",
        22.91,
        "USD",
        "million",
        0.01,
    )
    assert by_id["smop-margin-target"].value == [13.0, 16.0]
    assert by_id["nok-insider-shares"].unit == "count"
    assert by_id["smop-americas-drivers"].must_mention[1] == [
        "data center interconnect",
        "data center interconnection",
        "DCI",
    ]
    assert (
        by_id["unanswerable-nokia-q2"].type == "refusal"
        and not by_id["unanswerable-nokia-q2"].evidence
    )
    assert rev.evidence[0].quote == "revenue reached $22.91 million"
    counts: dict[str, int] = {}
    for q in ds.questions:
        counts[q.type] = counts.get(q.type, 0) + 1
    assert counts == {"currency": 8, "percent": 9, "range": 1, "text": 3, "count": 1, "refusal": 2}
    # evidence[].doc names the documents, found below the dataset's parent folder
    assert sorted(p.name for p in ds.documents) == [
        "nokia-ai-infrastructure-2026.txt",
        "smartoptics-q1-2026-ai-optical.txt",
    ]
    assert ds.missing_documents == []


@needs_shared()
def test_financebench_format_read_as_is() -> None:
    ds = load_dataset(FB_QUESTIONS)
    assert ds.format == "financebench"
    assert len(ds.questions) == 33
    by_id = {q.id: q for q in ds.questions}
    inv = by_id["financebench_id_04417"]
    assert (inv.type, inv.value, inv.unit, inv.scale) == ("currency", 5409.0, "USD", "million")
    assert inv.evidence[0].doc == "BESTBUY_2019_10K"
    assert inv.evidence[0].pages == [52]  # evidence_page_num 51 is 0-based
    assert "metrics-generated" in inv.tags and "Information extraction" in inv.tags
    two_pages = by_id["financebench_id_03620"]
    assert two_pages.evidence[0].pages == [62, 64]
    assert len(ds.documents) == 15 and all(p.suffix == ".pdf" and p.is_file() for p in ds.documents)


@needs_shared()
def test_financebench_numeric_and_text_golds() -> None:
    ds = load_dataset(FB_QUESTIONS)
    got = {q.id: (q.type, q.value, q.unit, q.scale) for q in ds.questions if q.type != "text"}
    assert got == {
        "financebench_id_02608": ("percent", 2.8, "percent", None),
        "financebench_id_04417": ("currency", 5409.0, "USD", "million"),
        "financebench_id_00711": ("ratio", 2.7, "x", None),
        "financebench_id_01490": ("currency", 20.0, "USD", "billion"),
        "financebench_id_01491": ("currency", 13.2, "USD", "billion"),
        "financebench_id_04980": (
            "currency",
            4.6,
            "USD",
            "billion",
        ),  # "$4.60", asked in USD billions
        "financebench_id_01328": ("currency", 411.0, "USD", "million"),
        "financebench_id_03620": ("currency", 9068.0, "USD", "million"),
        "financebench_id_04481": ("percent", 16.5, "percent", None),
        "financebench_id_00705": ("currency", 400000000.0, "USD", None),
        "financebench_id_00882": ("currency", 8400000000.0, "USD", None),
        "financebench_id_01476": ("percent", 1.0, "pp", None),
    }
    assert sum(q.type == "text" for q in ds.questions) == 21
    assert {q.decimals for q in ds.questions if q.id == "financebench_id_04980"} == {2}


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "What is FY2018 revenue? Answer in USD millions.",
            "$1577.00",
            ("currency", 1577.0, "USD", "million"),
        ),
        ("What is the margin?", "The margin is 24.26%.", ("percent", 24.26, "percent", None)),
        (
            "What was the net change in cash (in USD millions)?",
            "(1,577)",
            ("currency", -1577.0, "USD", "million"),
        ),
        ("What is the gross margin in FY2022?", "30.8%", ("percent", 30.8, "percent", None)),
        ("How many stores did it close?", "It closed 13 stores.", ("count", 13.0, None, None)),
        ("What is the quick ratio?", "0.54", ("ratio", 0.54, None, None)),
        ("What is the expected tax rate range?", "13 to 16%", ("range", 13.0, "percent", None)),
    ],
)
def test_financebench_gold_figures(
    question: str, answer: str, expected: tuple[object, ...]
) -> None:
    got = financebench_gold(question, answer)
    assert got is not None
    qtype, figure = got
    assert (qtype, figure.value, figure.unit, figure.scale) == expected


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is Verizon a capital intensive business?", "Yes. Its capital intensity ratio was 2.77."),
        ("Has Verizon increased its debt?", "No. Verizon's debt decreased by $229 million."),
        ("Which segment grew most?", "Entertainment, up 9%."),
        (
            "Among all derivatives, which one had the highest notional value?",
            "Cross currency swaps: $32,502 million.",
        ),
        ("How much did it expect to pay?", "Pensions $1097 million and health care $862 million."),
        ("What drove gross margin?", "Lower costs and a better mix."),
        # a frequency is asked, not a figure: the vote count in the gold is its support
        ("How often will holders vote on executive pay?", "Every year; the one-year option received 41,220,118 votes."),
    ],
)
def test_financebench_text_golds(question: str, answer: str) -> None:
    assert financebench_gold(question, answer) is None


def test_detect_format() -> None:
    assert (
        detect_format([{"financebench_id": "x", "question": "q", "doc_name": "d"}])
        == "financebench"
    )
    assert detect_format([{"id": "x", "question": "q", "type": "text"}]) == "footnote"


def test_own_format_documents_header_and_docs_dir(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "sub" / "a.txt").write_text("Revenue was $5 million.")
    (docs / "b.md").write_text("# B")
    data = tmp_path / "elsewhere" / "set" / "qs.jsonl"  # the docs are not below its folders
    data.parent.mkdir(parents=True)
    lines = [
        {"documents": ["b.md"]},
        {"id": "1", "question": "Revenue?", "answer": "$5 million", "type": "currency", "value": 5, "unit": "usd",
         "scale": "m", "evidence": [{"doc": "a.txt", "quote": "Revenue was $5 million"}], "tags": ["lookup"]},
        {"id": "2", "question": "Missing?", "answer": "x", "type": "text", "documents": ["nowhere.pdf"]},
    ]  # fmt: skip
    data.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    ds = load_dataset(data, docs)
    assert [q.id for q in ds.questions] == ["1", "2"]
    assert (ds.questions[0].unit, ds.questions[0].scale) == ("USD", "million")
    assert sorted(p.name for p in ds.documents) == ["a.txt", "b.md"]
    assert ds.missing_documents == ["nowhere.pdf"]
    without_docs = load_dataset(data)
    assert without_docs.documents == [] and len(without_docs.missing_documents) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "1", "question": "q", "type": "text"}\nnot json\n', ":2: not JSON"),
        ('{"id": "1", "question": "q", "type": "banana"}\n', "record 1"),
        ('{"id": "1", "question": "q", "type": "range", "value": [1, 2, 3]}\n', "[low, high]"),
        (
            '{"id": "1", "question": "q", "type": "text"}\n{"id": "1", "question": "r", "type": "text"}\n',
            "duplicate",
        ),
        ("\n", "no questions"),
    ],
)
def test_malformed_datasets_say_where(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(DatasetError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_dataset(path)
