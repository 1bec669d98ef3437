"""A metric the question defines over a named segment's rows (made-up tables): each input one row of
the asked segment, read in the asked year's column, under the segment's heading (which may sit in
the chunk before the row's) or as the segment's row under the line item's sub-heading."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.core.answer.derived_inputs import own_figures
from assistant.core.answer.question import analyse
from assistant.core.answer.row_ratio import row_ratio, segment_formula
from assistant.core.answer.segment_ratio import segment_ratio as _segment_ratio
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

_COMPANY = {"wrenfield"}

# The Garden segment's table, its heading in the chunk before its rows.
_HEAD = ("Garden Segment The following table summarizes the Garden segment's results:\n"
         "In millions  2024  2023  2022\n")
_ROWS = ("In millions  2024  2023  2022\nRevenues:\nTotal revenues  5,000  4,000  3,000\n"
         "Cost of goods sold  4,000  3,400  2,700\nOperating expenses  300  250  200\n")
# The segment note: rows labelled by segment under each line item's sub-heading.
_NOTE = ("Segment information ($ in millions)\n2024  2023  2022\nRevenue\nGarden  $  5,000  $  4,000  $  3,000\n"
         "Kitchen  2,000  1,800  1,500\nTotal revenue  $  7,000  $  5,800  $  4,500\nCapital expenditures\n"
         "Garden  $  150  $  100  $  90\nKitchen  40  30  20\nTotal capital expenditures  $  190  $  130  $  110\n"
         "Depreciation\nGarden  120  110  100\nKitchen  30  25  20\n")


def _hit(text: str, index: int = 7, page: int = 40) -> SearchHit:
    return SearchHit(chunk_id=f"wren-10k:abc123def456:{index:05d}", doc_id="wren-10k", title="Wrenfield 2024 10-K",
                     source="/d/wren.pdf", page=page, text=text, score=1.0, company="Wrenfield", period="FY2024")


def _ratio(question: str, hits: list[SearchHit], above: dict[int, str] | None = None) -> float | None:
    q = analyse(parse_question(question, []), hits)
    found = row_ratio(q, question, own_figures(q, hits), hits, above or {}, _COMPANY)
    return None if found is None else found.value


_MARGIN = ("Define the Garden segment gross margin as (total revenues − cost of goods sold) / total revenues. "
           "For Wrenfield in 2023, what was it? Percent, one decimal.")


def test_the_formula_the_question_defines_is_read_with_its_segment() -> None:
    form = segment_formula(_MARGIN, _COMPANY)
    assert form is not None and form.name == "Garden" and form.op == "margin"
    capex = segment_formula("Wrenfield's Garden segment in 2024: capital expenditures as a percentage of Garden "
                            "revenue? Percent, two decimals.", _COMPANY)
    assert capex is not None and capex.op == "ratio" and all("garden" not in w for w in capex.inputs)
    ebitda = segment_formula("For Wrenfield's Garden segment, segment EBITDA is defined as segment operating income "
                             "plus segment depreciation. What was it in 2024?", _COMPANY)
    assert ebitda is not None and ebitda.op == "sum"


@pytest.mark.parametrize("question", [
    "What was Wrenfield's gross margin in 2023, defined as (revenue − cost of sales) / revenue?",  # no segment
    "Garden segment revenue divided by Kitchen segment revenue in 2024?",  # two segments
    "What was the Garden segment's revenue in 2024?",  # no formula
])
def test_no_segment_or_no_formula_is_no_segment_metric(question: str) -> None:
    assert segment_formula(question, _COMPANY) is None


def test_rows_under_the_segments_heading_in_the_chunk_before() -> None:
    hits = [_hit(_ROWS)]
    assert _ratio(_MARGIN, hits, {0: _HEAD}) == pytest.approx(15.0)  # (4,000 - 3,400) / 4,000, the 2023 column
    assert _ratio(_MARGIN, hits) is None  # without the chunk above, nothing says the rows are Garden's


def test_another_segments_or_the_companys_heading_after_the_asked_one_refuses() -> None:
    kitchen = _HEAD + "Kitchen Segment The following table summarizes the Kitchen segment's results:\n"
    assert _ratio(_MARGIN, [_hit(_ROWS)], {0: kitchen}) is None
    whole = _HEAD + "Consolidated Results of Operations\n"  # the company's table after the segment's
    assert _ratio(_MARGIN, [_hit(_ROWS)], {0: whole}) is None


def test_segment_rows_under_the_line_items_sub_headings() -> None:
    question = ("Wrenfield's Garden segment in fiscal 2024: capital expenditures as a percentage of Garden revenue? "
                "Percent, two decimals.")
    assert _ratio(question, [_hit(_NOTE)]) == pytest.approx(3.0)  # 150 / 5,000, not the totals 190 / 7,000
    ebitda = ("For Wrenfield's Garden segment, segment EBITDA is defined as segment capital expenditures plus "
              "segment depreciation. What was it in 2023? USD millions.")
    assert _ratio(ebitda, [_hit(_NOTE)]) == pytest.approx(210.0)  # 100 + 110 in the 2023 column, in the table's scale


def test_segments_as_columns_or_rows_that_disagree_refuse() -> None:
    columns = ("Garden Segment\nIn millions  Garden  Kitchen  Total\nTotal revenues  5,000  2,000  7,000\n"
               "Cost of goods sold  4,000  1,500  5,500\n")
    assert _ratio(_MARGIN, [_hit(columns)]) is None
    other = _ROWS.replace("3,400", "3,300")
    assert _ratio(_MARGIN, [_hit(_ROWS), _hit(other, index=9)], {0: _HEAD, 1: _HEAD}) is None


class _Store:
    def __init__(self, chunks: dict[str, tuple[str, int]]) -> None:
        self.chunks = chunks

    def get_chunks(self, ids: list[str]) -> list[StoredChunk]:
        return [StoredChunk(i, self.chunks[i][0], {"page": self.chunks[i][1], "page_end": self.chunks[i][1]})
                for i in ids if i in self.chunks]


class _Library:
    def __init__(self, store: _Store) -> None:
        self.settings: Any = Settings()
        self.store = store


def test_the_chunk_before_on_the_same_page_is_read_and_cited() -> None:
    hit = _hit(_ROWS, index=7, page=40)
    query = parse_question(_MARGIN, [])
    same = _Library(_Store({"wren-10k:abc123def456:00006": (_HEAD, 40)}))
    answer = _segment_ratio(same, _MARGIN, [hit], query)  # type: ignore[arg-type]
    assert answer is not None and answer.key_figure is not None
    assert answer.key_figure.value == pytest.approx(15.0)
    assert {h.chunk_id for h in answer.retrieved} >= {"wren-10k:abc123def456:00006", hit.chunk_id}
    other_page = _Library(_Store({"wren-10k:abc123def456:00006": (_HEAD, 39)}))
    assert _segment_ratio(other_page, _MARGIN, [hit], query) is None  # type: ignore[arg-type]
