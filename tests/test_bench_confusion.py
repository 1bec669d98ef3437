"""bench.retrieval_sets: company confusion over all FinanceBench questions and over those whose
text names a company (the issue's definition)."""

from __future__ import annotations

from pathlib import Path

from bench.retrieval_sets import Item, load_items, print_sets, run_items

STEMS = {"ACME_2022_10K": "Acme", "ZED_2022_10K": "Zed Corp"}


def _item(qid: str, question: str, named: bool) -> Item:
    return Item(qid, question, "financebench", "ACME_2022_10K", {3}, company="Acme", named=named,
                stem_company=STEMS)


def test_confusion_is_counted_over_all_questions_and_over_those_naming_a_company() -> None:
    items = [
        _item("a", "What was Acme's FY2022 revenue?", named=True),
        _item("b", "What drove the margin change in FY2022?", named=False),  # no company named
    ]
    hits = {
        "What was Acme's FY2022 revenue?": [("ACME_2022_10K", 3, "")],
        "What drove the margin change in FY2022?": [("ZED_2022_10K", 9, ""), ("ACME_2022_10K", 3, "")],
    }
    run = run_items("footnote", items, lambda q: hits[q])
    table = print_sets([run], items, None)["footnote"]
    assert table["confused"] == 0.5  # the unnamed question saw another company's page
    assert table["conf named"] == 0.0  # the named one did not
    assert table["dev r@5"] == 1.0


def test_loaded_questions_default_to_named(tmp_path: Path) -> None:
    (tmp_path / "val").mkdir()
    (tmp_path / "questions_dev.jsonl").write_text(
        '{"financebench_id": "x", "question": "q?", "doc_name": "ACME_2022_10K", "company": "Acme", '
        '"evidence": [{"evidence_page_num": 2}]}\n'
    )
    items = load_items(tmp_path, tmp_path / "none.jsonl")
    assert [i.named for i in items] == [True] and items[0].pages == {3}
