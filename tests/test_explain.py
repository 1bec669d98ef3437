"""Explanations carry the figure they explain, and say a thing once."""

from __future__ import annotations

from assistant.core.answer.explain import carry_figure
from assistant.core.types import Citation, SearchHit


def _hit(n: int, text: str) -> SearchHit:
    return SearchHit(chunk_id=f"c{n}", doc_id=f"d{n}", title=f"T{n}", source="", page=1, text=text, score=1.0)


def _cite(n: int, hit: SearchHit, quote: str) -> Citation:
    return Citation(n=n, doc_id=hit.doc_id, title=hit.title, source="", page=1, quote=quote, chunk_id=hit.chunk_id)


def test_the_change_comes_first_and_a_repeat_is_quoted_once() -> None:
    notes = _hit(1, "Sales in the Americas jumped 77.8% to $13.9 million. Management attributes the growth to AI "
                    "capacity and more data center interconnect projects.")
    summary = _hit(2, "Growth drivers: AI capacity and more data center interconnect projects, management says.")
    citations = [
        _cite(1, notes, "Management attributes the growth to AI capacity and more data center interconnect projects."),
        _cite(2, summary, "Growth drivers: AI capacity and more data center interconnect projects, management says."),
    ]
    carried = carry_figure("What drove Acme's Americas growth?", [notes, summary], citations, {"acme"})
    assert carried is not None
    text, cited = carried
    assert text.startswith('"Sales in the Americas jumped 77.8% to $13.9 million." [1]')
    assert [c.n for c in cited] == [1, 2] and len(cited) == 2  # the summary says the same as the notes
    assert cited[0].chunk_id == "c1" and cited[0].quote in notes.text


def test_a_sentence_beats_a_table_and_a_heading_is_not_quoted() -> None:
    # The table ranks first and names the region with its figures; the sentence says the change.
    table = _hit(1, "Revenue by region (USD millions)\nAmericas 13.9 77.8%\nEMEA 7.8 46.5%\nAPAC 1.2 flat\nTotal 22.91 59.6%")
    notes = _hit(2, "Where the growth came from\nSales in the Americas jumped 77.8% to $13.9 million. Management "
                    "attributes the growth to AI capacity.")
    cause = _cite(1, notes, "Management attributes the growth to AI capacity.")
    carried = carry_figure("What drove Acme's Americas growth?", [table, notes], [cause], {"acme"})
    assert carried is not None
    text, cited = carried
    assert text.startswith("\"Sales in the Americas")
    assert cited[0].chunk_id == "c2"
    assert cited[0].quote == "Sales in the Americas jumped 77.8% to $13.9 million."
