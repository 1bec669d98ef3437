"""Words saying how the asked figure is read against others (compared: "how much lower", "the gap";
combined; a bound or the middle of a range: "the minimum", "the mid-point") frame what is asked, as
"the amount of" does: a passage need not write them. What the question asks about is still required,
and a comparison asked is still not answered by one level. Made-up company and passages."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.moved_asked import moved_doubt
from assistant.core.answer.question import analyse
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit


def _hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"brill:{n}", doc_id="brill-10k", title="Brillwater annual report", source="/d/brill.pdf",
                     page=n, text=text, score=1.0 / n, company="Brillwater Mills Inc.", period="FY2024")


AWARD = _hit("The chief executive's yearly equity award under the Incentive Plan will have a grant date value "
             "of at least $3,500,000. Brillwater operated 212 mills at year end.")
FLEET = _hit("Brillwater's barge fleet numbered 48 vessels at December 31, 2024.", 2)


def _focus(question: str) -> set[str]:
    return set(analyse(parse_question(question, []), [AWARD, FLEET]).focus.values())


def test_comparison_and_bound_words_are_not_what_is_asked_about() -> None:
    assert "grant" in _focus("What minimum grant date value does the chief executive's equity award carry?")
    assert "minimum" not in _focus("What minimum grant date value does the chief executive's equity award carry?")
    assert "lower" not in _focus("How much lower were Brillwater's barge costs in 2024 than in 2023?")
    assert "mid" not in _focus("What mid-point did Brillwater give for its barge fleet?")
    assert "combined" not in _focus("What combined tonnage do Brillwater's barges carry?")


def test_a_bound_word_no_passage_writes_does_not_refuse() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "Under the Incentive Plan, what is the minimum grant date value of the chief executive's yearly equity award?",
        [AWARD, FLEET])
    assert not ans.refused and ans.key_figure is not None and "3,500,000" in ans.answer, ans.answer


def test_what_is_asked_about_is_still_required() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What is the minimum pension value of the chief executive's award?", [AWARD, FLEET])
    assert ans.refused and ans.key_figure is None


def _quoted(quote: str, value: float) -> Answer:
    cite = Citation(n=1, doc_id="brill-10k", title="Brillwater 10-K", source="brill.pdf", page=70, quote=quote, score=1.0)
    key = KeyFigure(value=value, unit="USD", scale="million", text=f"${value:,.0f} million")
    return Answer(question="q", answer=f"{key.text} [1]", mode="extractive", key_figure=key, citations=[cite])


def test_how_much_larger_asks_a_difference_one_level_does_not_give() -> None:
    level = "Valuation allowances were $418 million at December 31, 2024."
    for word in ("larger", "greater", "bigger", "smaller"):
        asked = f"How much {word} were Brillwater's valuation allowances at the end of 2024 than a year earlier?"
        assert moved_doubt(asked, _quoted(level, 418.0)) is not None, word
    moved = "Valuation allowances increased $93 million during 2024."
    assert moved_doubt("How much larger were Brillwater's valuation allowances than a year earlier?",
                       _quoted(moved, 93.0)) is None
