"""A question that names a note, the MD&A, a schedule or a table as where its figure is printed asks for
the figure printed there: the passages are read before a figure worked out from the statement facts,
which answers only when they give none. A question naming a primary statement or none keeps the
statement facts first."""

from __future__ import annotations

import pytest

from assistant.api import Library
from assistant.core.answering import answer_offline
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.types import Answer, KeyFigure, SearchHit

PRINTED = SearchHit(chunk_id="orrin-31-00040", doc_id="orrin-31", title="Orrin Tools 10-K 2031", source="/lib/orrin-31.pdf",
                    page=41, text="Our effective tax rate was 21.3% in fiscal 2031, compared with 23.0% in fiscal 2030, "
                    "mainly on research credits.", score=0.9, company="Orrin Tools", period="FY2031", doc_type="10-K")


READ: list[str] = []  # the question as the statement facts read it


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The statement facts' figure: tax expense over pretax income, another definition than the printed rate."""
    import assistant.core.answer.computed as computed

    def fake(question: str, query: ParsedQuery, *args: object, **kwargs: object) -> Answer:
        READ.append(query.asked)
        return Answer(question=question, mode="extractive", answer="Orrin Tools' FY2031 effective tax rate was 20.6%.",
                      key_figure=KeyFigure(value=20.6, unit="percent", text="20.6%"))

    monkeypatch.setattr(computed, "computed_answer", fake)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What effective tax rate did Orrin Tools report for fiscal 2031, as stated in the MD&A of its 10-K?", 21.3),
        ("Orrin Tools effective tax rate for fiscal 2031 (income taxes note)?", 21.3),
        ("What effective tax rate did Orrin Tools report for fiscal 2031?", 20.6),
        ("Orrin Tools effective tax rate for fiscal 2031, per the income statement?", 20.6),
    ],
)
def test_a_named_part_is_read_before_the_statement_facts(fake_library: Library, worked_out: None,
                                                         question: str, value: float) -> None:
    fake_library.settings.widen_passages = 0
    answer = answer_offline(fake_library, question, [PRINTED], parse_question(question, []))
    assert answer.key_figure is not None and answer.key_figure.value == value, answer.answer


def test_the_statement_facts_answer_when_the_part_gives_no_figure(fake_library: Library, worked_out: None) -> None:
    fake_library.settings.widen_passages = 0
    question = "Orrin Tools effective tax rate for fiscal 2031 (income taxes note)?"
    silent = PRINTED.model_copy(update={"text": "Income taxes. We file returns in many jurisdictions and are audited."})
    answer = answer_offline(fake_library, question, [silent], parse_question(question, []))
    assert answer.key_figure is not None and answer.key_figure.value == 20.6


def test_the_statement_facts_read_the_question_without_the_part(fake_library: Library, worked_out: None) -> None:
    # "the licensing revenue disaggregation note" says where, not that revenue is asked.
    fake_library.settings.widen_passages = 0
    question = "Orrin Tools royalty income for fiscal 2031, per the licensing revenue disaggregation note?"
    silent = PRINTED.model_copy(update={"text": "Revenue by type. We license patents to tool makers."})
    READ.clear()
    answer_offline(fake_library, question, [silent], parse_question(question, []))
    assert READ and "revenue" not in READ[-1] and "royalty income" in READ[-1]
