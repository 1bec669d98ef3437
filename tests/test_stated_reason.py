"""A reason asked is answered in the filing's words of cause, never by a table row or a computed
level; a move asked in points is read where it is stated in points (made-up companies)."""

from __future__ import annotations

from assistant.core.answer.points_asked import level_for_points
from assistant.core.answer.scoring import CAUSAL
from assistant.core.answer.stated_reason import states_reason
from assistant.core.query import parse_question
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit
from assistant.core.wanted import CAUSE_ASKED
from tests.fakes.one_passage import passage_answer


def _hit(chunk: str, text: str, kind: str = "text") -> SearchHit:
    return SearchHit(chunk_id=chunk, doc_id="d", title="Brindle Foods 10-K", source="", page=3, text=text,
                     score=1.0, kind=kind)


def _quoting(hit: SearchHit, quote: str) -> Answer:
    return Answer(question="q", answer=f'"{quote}" [1]', mode="extractive", citations=[
        Citation(n=1, doc_id=hit.doc_id, title=hit.title, source="", page=3, quote=quote, chunk_id=hit.chunk_id)])


def test_the_company_s_own_reason_is_asked_after_say() -> None:
    assert CAUSE_ASKED.search("What does Brindle Foods say drove the improvement in its operating margin in 2031?")
    assert CAUSE_ASKED.search("What did Brindle cite as behind the drop in volumes?")
    assert not CAUSE_ASKED.search("What does Brindle say its 2032 capital expenditures will be?")
    assert parse_question("What does Brindle Foods say lifted its gross margin in 2031?", []).explanatory


def test_a_move_then_as_its_cause_is_a_word_of_cause() -> None:
    assert CAUSAL.search("Operating margin widened to 12.4% as lower freight rates offset wage increases.")
    assert not CAUSAL.search("Selling expenses increased as a percentage of net sales.")
    assert not CAUSAL.search("Net sales rose 4%, as expected.")
    assert not CAUSAL.search("Net sales rose 4% as compared with the prior year.")


def test_a_table_row_states_no_reason() -> None:
    table = _hit("d:1", "Interest expense, net  (41.0)  (36.2)  13.3", kind="table")
    assert not states_reason(_quoting(table, "Interest expense, net (41.0) (36.2) 13.3"), [table])


def test_a_sentence_of_cause_states_one() -> None:
    prose = _hit("d:2", "Interest expense rose to $41.0 million, reflecting higher average borrowings.")
    assert states_reason(_quoting(prose, prose.text), [prose])
    plain = _hit("d:3", "Interest expense was $41.0 million in 2031.")
    assert not states_reason(_quoting(plain, plain.text), [plain])


def _level(text: str) -> Answer:
    return Answer(question="q", answer=text, mode="extractive",
                  key_figure=KeyFigure(value=31.2, unit="percent", text="31.2%"))


def test_a_computed_rate_level_gives_way_where_points_are_asked() -> None:
    level = _level("Brindle Foods' 2031 gross margin was 31.2%")
    assert level_for_points("By how many basis points did Brindle Foods' gross margin widen in 2031?", level)
    assert not level_for_points("What was Brindle Foods' gross margin in 2031?", level)


def test_the_figure_stated_in_points_answers_a_move_in_points() -> None:
    a = passage_answer("By how many basis points did Brindle Foods' gross margin widen in 2031?",
                       "Gross margin widened 85 basis points to 31.2% of net sales in 2031.", company="Brindle Foods")
    assert not a.refused and a.key_figure is not None and a.key_figure.unit == "bp" and a.key_figure.value == 85


def test_a_place_ending_its_sentence_is_named() -> None:
    from assistant.core.answer.place_unsaid import place_unsaid

    question = "How much of Brindle Foods' cash at June 30, 2031 was held outside the United States?"
    said = "Cash was $120.0 million at June 30, 2031, of which approximately $45.5 million was held outside the United States."
    assert not place_unsaid(question, said)
    assert place_unsaid(question, "Cash and cash equivalents were $120.0 million at June 30, 2031.")


def test_a_multiple_is_a_ratio_not_an_amount() -> None:
    from assistant.core.answer.asked_kind import amount_for_percent
    from assistant.core.answer.question import Question
    from assistant.core.numbers import parse_quantities

    q = Question("What is the highest leverage ratio Brindle's covenants allow?", "number", {}, {}, [], frozenset(),
                 frozenset(), prior=False, entity=False)
    assert amount_for_percent(q, parse_quantities("not higher than 3.5 times")[0]) is None
    assert amount_for_percent(q, parse_quantities("debt of $3.5 billion")[0]) is not None


def test_a_row_labelled_in_times_holds_multiples() -> None:
    table = "EUR million  FY2031  FY2030\nNet debt  467.7  526.7\nAdjusted EBITDA  474.3  423.3\nLeverage (times)  2.3  2.7"
    a = passage_answer("How much leverage did Brindle Foods have in FY2030? Times.", table,
                       company="Brindle Foods", title="Brindle Foods Annual Report 2031")
    assert not a.refused and a.key_figure is not None
    assert a.key_figure.unit == "x" and a.key_figure.scale is None and a.key_figure.value == 2.7


def test_a_ratio_an_agreement_defines_is_not_computed() -> None:
    from assistant.core.answer.agreement_ratio import agreement_defined

    assert agreement_defined("What fixed charge coverage ratio, as defined in its credit agreement, did Brindle report?")
    assert agreement_defined("What leverage ratio do Brindle Foods' debt covenants allow?")
    assert agreement_defined("What was Brindle's net debt to EBITDA ratio under its revolving credit facility at year end?")
    assert not agreement_defined("What was Brindle Foods' current ratio at December 31, 2031?")
    assert not agreement_defined("How much did Brindle borrow under its credit agreement in 2031?")
