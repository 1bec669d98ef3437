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
