"""A page sibling (another chunk of a page the search chose) is read right after the hit of its
page, not after every hit: the search ranked that page there, so the gate's `rank` signal reads the
page's place. A sibling of the first page is no longer "a passage the search ranked low" because
other pages were also found; a sibling of a later page still ranks below that page's hit."""

from __future__ import annotations

from assistant.api import Library
from assistant.core.answer.sibling_order import beside_their_pages
from assistant.core.answering import answer_offline
from assistant.core.types import SearchHit

QUESTION = "How much did Marrow Ferries contribute to multi-employer pension plans in 2031?"


def _hit(index: int, page: int, text: str, score: float) -> SearchHit:
    return SearchHit(chunk_id=f"marrow-31-{index:05d}", doc_id="marrow-31", title="Marrow Ferries 10-K 2031",
                     source="/lib/marrow-31.pdf", page=page, text=text, score=score, company="Marrow Ferries",
                     period="FY2031", doc_type="10-K")


LEAD = _hit(70, 48, "Pension plans. Marrow Ferries takes part in multi-employer pension plans for its deck crews "
                    "under collective bargaining agreements with the harbour unions.", 0.9)
MATE = _hit(71, 48, "Marrow Ferries' contributions to multi-employer pension plans were $14 million in 2031.", 0.7)
OTHERS = [_hit(10 + i, 60 + i, f"Marrow Ferries operates {i + 3} routes across the northern harbours, "
                               "with terminals owned or leased.", 0.5) for i in range(4)]


def test_a_sibling_is_read_after_its_own_pages_hit() -> None:
    later = _hit(72, 61, "Routes and terminals are listed in the table below.", 0.4)
    order = beside_their_pages([LEAD, *OTHERS], [MATE, later])
    assert [h.chunk_id for h in order][:2] == [LEAD.chunk_id, MATE.chunk_id]
    # the sibling of the second hit's page comes right after that hit, not before it
    ids = [h.chunk_id for h in order]
    assert ids.index(later.chunk_id) == ids.index(OTHERS[1].chunk_id) + 1
    assert len(order) == 7


def test_a_sibling_of_no_hits_page_keeps_its_place_after_the_hits() -> None:
    stray = _hit(90, 99, "Contributions to the plans are set by the agreements.", 0.3)
    assert [h.chunk_id for h in beside_their_pages([LEAD], [stray])] == [LEAD.chunk_id, stray.chunk_id]


def test_the_gate_reads_the_siblings_page_rank(fake_library: Library) -> None:
    fake_library.settings.widen_passages = 0
    alone = answer_offline(fake_library, QUESTION, [LEAD, *OTHERS])
    assert alone.refused
    answer = answer_offline(fake_library, QUESTION, [LEAD, *OTHERS], siblings=[MATE])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 14
    assert answer.citations and answer.citations[0].chunk_id == MATE.chunk_id
    assert answer.trace.get("rank") == 1.0  # just below its page's hit, not after the four other pages


def test_a_sibling_of_a_later_page_still_ranks_below_that_page(fake_library: Library) -> None:
    fake_library.settings.widen_passages = 0
    mate = MATE.model_copy(update={"page": OTHERS[3].page})
    answer = answer_offline(fake_library, QUESTION, [LEAD, *OTHERS], siblings=[mate])
    assert answer.trace.get("rank") == 5.0  # after the fifth hit, whose page it shares


def test_a_table_run_into_text_keeps_its_place_after_the_hits() -> None:
    """A sibling that states a scale for bare figures is a table whose layout was lost: its cells
    would be read as a sentence's figures, so it gets no page rank."""
    table = _hit(73, 48, "CONTRIBUTIONS BY PLAN (Dollars in millions)  2031  2030  Multi-employer plans  $  14  "
                         "$  12  Company plans  $  31  $  29", 0.7)
    order = beside_their_pages([LEAD, *OTHERS], [table, MATE])
    ids = [h.chunk_id for h in order]
    assert ids[:2] == [LEAD.chunk_id, MATE.chunk_id] and ids[-1] == table.chunk_id
