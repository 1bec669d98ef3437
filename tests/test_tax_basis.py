"""A pair stated on both tax bases, one in brackets, answers a pre-tax question with its pre-tax member
(answer.tax_basis, checked by answer.figure_checks and swapped in by answer.scoring). Made-up
companies and sentences."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.tax_basis import pretax_partner
from assistant.core.answering import verify
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

AFTER_FIRST = ("Second-quarter earnings include an after-tax impairment of $31.4 million ($42.0 million before "
               "income taxes), or $0.21 per share, on the Brookfall pipeline.")
NET_FIRST = "A 10% fall in bond prices would cut the portfolio's fair value by a net $55 million ($70 million pre-tax)."
PRE_FIRST = "Brenmoor booked a pretax loss of $88 million ($66 million after tax) on the sale of its lab unit."


def _figure(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if raw in x.raw)


def test_the_bracketed_pretax_member_answers_a_pretax_question() -> None:
    q = "How big was the Brookfall impairment before taxes?"
    alt = pretax_partner(q, AFTER_FIRST, _figure(AFTER_FIRST, "31.4"))
    assert alt is not None and alt.value == 42.0
    alt = pretax_partner("Before tax, how much fair value would the portfolio lose?", NET_FIRST, _figure(NET_FIRST, "55"))
    assert alt is not None and alt.value == 70


def test_the_plain_outer_amount_is_pretax_beside_a_bracketed_after_tax_one() -> None:
    alt = pretax_partner("What pre-tax loss did Brenmoor book on the sale?", PRE_FIRST, _figure(PRE_FIRST, "66"))
    assert alt is not None and alt.value == 88


def test_the_pretax_member_itself_and_other_questions_are_left_alone() -> None:
    assert pretax_partner("How big was the impairment before taxes?", AFTER_FIRST, _figure(AFTER_FIRST, "42.0")) is None
    assert pretax_partner("What pre-tax loss did Brenmoor book?", PRE_FIRST, _figure(PRE_FIRST, "88")) is None
    assert pretax_partner("How big was the impairment?", AFTER_FIRST, _figure(AFTER_FIRST, "31.4")) is None
    # both bases named: no one of them asked
    assert pretax_partner("What was the charge before and after tax?", AFTER_FIRST, _figure(AFTER_FIRST, "31.4")) is None


def _ask(question: str, text: str) -> Answer:
    hits = [SearchHit(chunk_id="brook:1", doc_id="brook", title="brook release", source="/d/brook.txt",
                      page=1, text=text, score=1.0, company="Brookfall Energy", period="Q2 2025")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    answer.retrieved = hits
    return verify(answer)


def test_the_answerer_quotes_the_pretax_member() -> None:
    answer = _ask("How large was Brookfall Energy's pipeline impairment before taxes?",
                  f"Brookfall Energy second-quarter results. {AFTER_FIRST}")
    assert not answer.refused
    assert answer.key_figure is not None and answer.key_figure.value == 42.0
