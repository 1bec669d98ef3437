"""The other passages of a retrieved page (retrieval/pages.page_siblings) reach the quoting answerer
as passages of their own, after the search's hits, and only when the hits give no answer: a figure
found there is cited by its own chunk, carries its own lower rank into the gate (answer/gate.py's
`rank` signal), and is never an input of arithmetic."""

from __future__ import annotations

from assistant.api import Library
from assistant.core.answering import answer_offline
from assistant.core.types import SearchHit

QUESTION = "What net sales did Quillon Tools report for its garden segment in fiscal 2031?"


def _hit(index: int, text: str, score: float) -> SearchHit:
    return SearchHit(chunk_id=f"quillon-31-{index:05d}", doc_id="quillon-31", title="Quillon Tools 10-K 2031",
                     source="/lib/quillon-31.pdf", page=12, text=text, score=score, company="Quillon Tools",
                     period="FY2031", doc_type="10-K")


LEAD = _hit(40, "Garden segment. Quillon Tools sells hand tools, hoses and planters to garden centres and "
                "home stores in fiscal 2031, through its own fleet and partner distributors.", 0.9)
MATE = _hit(41, "In fiscal 2031, garden segment net sales were $318 million, up from the prior year on "
                "stronger hose volumes.", 0.7)
STATED = _hit(40, "In fiscal 2031, garden segment net sales were $296 million, on hose volumes.", 0.9)
FORECAST = _hit(41, "For fiscal 2031, Quillon Tools forecast garden segment net sales of $330 million.", 0.7)
TOTAL = _hit(40, "Quillon Tools reported total net sales of $1,060 million in fiscal 2031 across its segments.", 0.9)


def test_a_figure_in_a_sibling_passage_is_quoted_from_it_at_its_own_rank(fake_library: Library) -> None:
    fake_library.settings.widen_passages = 0  # the sibling alone holds the figure
    alone = answer_offline(fake_library, QUESTION, [LEAD])
    assert alone.refused
    answer = answer_offline(fake_library, QUESTION, [LEAD], siblings=[MATE])
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 318
    assert [h.chunk_id for h in answer.retrieved] == [LEAD.chunk_id, MATE.chunk_id]  # read after the hits
    assert answer.citations and answer.citations[0].chunk_id == MATE.chunk_id
    assert answer.trace.get("rank") == 1.0  # the gate sees it ranked below the hit, not as its top passage


def test_siblings_are_not_read_when_the_hits_answer(fake_library: Library) -> None:
    fake_library.settings.widen_passages = 0
    answer = answer_offline(fake_library, QUESTION, [STATED], siblings=[MATE])
    assert answer.key_figure is not None and answer.key_figure.value == 296
    assert [h.chunk_id for h in answer.retrieved] == [STATED.chunk_id]


def test_a_sibling_is_never_an_input_of_arithmetic(fake_library: Library) -> None:
    fake_library.settings.widen_passages = 0
    share = "What share of Quillon Tools' fiscal 2031 net sales came from its garden segment?"
    together = answer_offline(fake_library, share, [TOTAL, MATE])  # both passages found by the search
    assert together.trace.get("derived") == 1.0 and not together.refused  # computed from the two
    answer = answer_offline(fake_library, share, [TOTAL], siblings=[MATE])
    assert answer.refused and answer.key_figure is None


def test_a_sibling_figure_of_another_qualifier_is_not_taken(fake_library: Library) -> None:
    """A forecast read from a sibling, for a result asked, stays refused (the gate's qual_fit)."""
    import assistant.core.answering as answering

    fake_library.settings.widen_passages = 0
    read = answering._quoted(fake_library, QUESTION, [LEAD, FORECAST], None)
    assert read.key_figure is not None and read.key_figure.value == 330 and read.trace["qual_fit"] < 0
    assert answer_offline(fake_library, QUESTION, [LEAD], siblings=[FORECAST]).refused


def test_a_sibling_read_counts_only_when_the_quote_comes_from_a_sibling() -> None:
    """A hit refused on its own that answers once siblings join the ranking was refused for a reason
    (the search's passage about a gain, read for cash proceeds): only a sibling's own quote is taken."""
    from assistant.core.answering import _sibling_quote
    from assistant.core.types import Answer, Citation, KeyFigure

    def answer(chunk_id: str) -> Answer:
        cite = Citation(n=1, doc_id="quillon-31", title="t", source="s", page=12, quote="q", chunk_id=chunk_id)
        return Answer(question=QUESTION, answer="$318 million [1]", mode="extractive", citations=[cite],
                      key_figure=KeyFigure(text="$318 million", value=318.0), trace={"qual_fit": 0.0})

    assert _sibling_quote(answer(MATE.chunk_id), {MATE.chunk_id})
    assert not _sibling_quote(answer(LEAD.chunk_id), {MATE.chunk_id})
