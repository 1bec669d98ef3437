"""The part a paragraph is about, named only above it (made-up passages): a figure under a lead-in
naming another segment of the kind asked is that segment's, not the asked one's."""

from __future__ import annotations

from assistant.core.answer.part_above import other_part_above, preceding_ids, refuse_other_part
from assistant.core.answer.text import word_stems
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit

_LEAD = ("Home segment sales by product category were as follows:\n"
         "Notable comparable sales changes by product category were as follows:\n")
_BULLET = "Kettles: The 4.2% comparable sales decline was driven primarily by lower traffic."
_ASKED = "In Wrenfield's Overseas segment, by how much did comparable sales of the Kettles category decline?"
_COMPANY = word_stems("Wrenfield Group plc")


def test_a_figure_under_another_segments_lead_in_is_that_segments() -> None:
    assert other_part_above(_ASKED, _COMPANY, _LEAD, _BULLET) == "Home"


def test_the_asked_segment_named_above_or_in_the_sentence_leaves_the_figure() -> None:
    overseas = _LEAD.replace("Home segment", "Overseas segment")
    assert other_part_above(_ASKED, _COMPANY, overseas, _BULLET) is None
    both = "Home segment and Overseas segment sales were as follows:\n"
    assert other_part_above(_ASKED, _COMPANY, both, _BULLET) is None
    assert other_part_above(_ASKED, _COMPANY, _LEAD, "In the Overseas segment, " + _BULLET) is None


def test_no_part_named_by_kind_above_or_asked_leaves_the_figure() -> None:
    plain = "By how much did Wrenfield's comparable sales of kettles decline?"
    assert other_part_above(plain, _COMPANY, _LEAD, _BULLET) is None
    # Another kind of part above ("the Kettles category") is no other segment.
    overseas = "Overseas segment results:\n"
    assert other_part_above(_ASKED, _COMPANY, overseas + "Kettles category sales were as follows:\n", _BULLET) is None


def test_an_asked_part_named_nowhere_near_the_figure_refuses_it() -> None:
    # Nothing above names a segment, nor the asked one: the figure is the company's, not Overseas'.
    assert other_part_above(_ASKED, _COMPANY, "Sales by category were as follows:\n", _BULLET) == (
        "a part other than Overseas")
    # One word of a two-word name is not the name: "Service fees" does not name "Trade Services".
    asked = "How much did net fees grow in Wrenfield's Trade Services segment?"
    assert other_part_above(asked, _COMPANY, "Service fees rose.\n", "Net fees increased 9 percent.") == (
        "a part other than Trade Services")
    # Named only far above (an earlier discussion), not just above the figure.
    far = "In the Overseas segment, results improved.\n" + "Filler text about the company. " * 40
    assert other_part_above(_ASKED, _COMPANY, far, _BULLET) == "a part other than Overseas"
    assert other_part_above(_ASKED, _COMPANY, far + "Overseas segment detail:\n", _BULLET) is None


def test_the_chunk_before_is_found_by_its_index() -> None:
    assert preceding_ids("wren-10k:abc123def456:00042") == ["wren-10k:abc123def456:00040",
                                                            "wren-10k:abc123def456:00041"]
    assert preceding_ids("wren-10k:abc123def456:00000") == []
    assert preceding_ids("loose-id") == []


def test_a_quote_answer_is_refused_through_the_chunk_before() -> None:
    hit = SearchHit(chunk_id="wren:abc123def456:00007", doc_id="wren", title="Wrenfield 10-K", source="/w.pdf",
                    page=9, text="Services: The 1.1% comparable sales decline was driven by repairs.\n" + _BULLET,
                    score=1.0, company="Wrenfield Group plc")
    quote = _BULLET
    answer = Answer(question=_ASKED, answer=f'4.2% [1]: "{quote}" [1]', mode="extractive",
                    key_figure=KeyFigure(value=4.2, unit="percent", text="4.2%"),
                    citations=[Citation(n=1, doc_id="wren", title="Wrenfield 10-K", source="/w.pdf", page=9,
                                        quote=quote, chunk_id=hit.chunk_id)])
    seen: list[str] = []

    def before(h: SearchHit) -> str:
        seen.append(h.chunk_id)
        return _LEAD

    assert refuse_other_part(answer, _ASKED, _COMPANY, [hit], before) == "Home"
    assert seen == [hit.chunk_id]
    assert refuse_other_part(answer, _ASKED, _COMPANY, [hit], lambda h: "Overseas segment:\n") is None
    derived = answer.model_copy(update={"answer": "About 4.2% [1][2], computed from the stated figures: ..."})
    assert refuse_other_part(derived, _ASKED, _COMPANY, [hit], before) is None
