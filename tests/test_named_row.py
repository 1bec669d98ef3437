"""The asked line item's own table row goes before a sentence whose figure's clause does not name
it (answer.named_row, applied to the ranked candidates by answer.scoring); made-up companies,
sentences and tables."""

from __future__ import annotations

from assistant.core.answer.named_row import MARGIN, named_row_first
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit

PROSE = "We recorded product sales of more than $2 billion for each of six brands in 2024."
ROW = "Rebates  2,410  1,980"
HEADER = "Deductions from gross product sales: (MILLIONS) 2024 2023"


def _hits(sentence: str, row: str) -> list[SearchHit]:
    def hit(i: int, text: str) -> SearchHit:
        return SearchHit(chunk_id=f"quillon:{i}", doc_id="quillon-24", title="Quillon Labs 10-K", source="/d/q.pdf",
                         page=40 + i, text=text, score=1.0, company="Quillon Labs", period="FY2024")
    return [hit(0, sentence), hit(1, row)]


def _units(hits: list[SearchHit], row_score: float, sentence_figure: str = "2") -> list[Unit]:
    sentence, row = hits[0].text, hits[1].text
    s = Unit(0, 0, 0, len(sentence), False, "", set(), support=0.5, score=0.80,
             figure=next(x for x in parse_quantities(sentence) if sentence_figure in x.raw))
    r = Unit(1, 0, 0, len(row), True, HEADER, set(), support=0.45, score=row_score,
             figure=next(x for x in parse_quantities(row) if not x.is_year))
    return [s, r]


def _question(text: str, hits: list[SearchHit]) -> Question:
    return analyse(parse_question(text, []), hits)


def test_the_row_the_question_names_goes_before_a_sentence_about_something_else() -> None:
    hits = _hits(PROSE, ROW)
    q = _question("How much did rebates reduce Quillon Labs' gross product sales in 2024? USD millions.", hits)
    ranked = _units(hits, 0.76)
    assert named_row_first(q, hits, ranked)[0] is ranked[1]


def test_a_sentence_naming_the_item_in_its_own_clause_keeps_its_place() -> None:
    sentence = "Rebates reduced gross product sales by $2.4 billion in 2024."
    hits = _hits(sentence, ROW)
    q = _question("How much did rebates reduce Quillon Labs' gross product sales in 2024?", hits)
    ranked = _units(hits, 0.76, "2.4")
    assert named_row_first(q, hits, ranked)[0] is ranked[0]


def test_a_row_far_behind_the_sentence_does_not_move() -> None:
    hits = _hits(PROSE, ROW)
    q = _question("How much did rebates reduce Quillon Labs' gross product sales in 2024?", hits)
    ranked = _units(hits, 0.80 - MARGIN - 0.05)
    assert named_row_first(q, hits, ranked)[0] is ranked[0]


def test_a_row_whose_label_the_question_does_not_use_does_not_move() -> None:
    hits = _hits(PROSE, ROW)
    q = _question("How much did discounts reduce Quillon Labs' gross product sales in 2024?", hits)
    ranked = _units(hits, 0.76)
    assert named_row_first(q, hits, ranked)[0] is ranked[0]


def test_a_generic_label_names_no_item() -> None:
    hits = _hits(PROSE, "Total  5,120  4,870")
    q = _question("What total did Quillon Labs deduct from gross product sales in 2024?", hits)
    ranked = _units(hits, 0.76)
    assert named_row_first(q, hits, ranked)[0] is ranked[0]


def test_a_rate_asked_is_left_to_the_sentence() -> None:
    sentence = "Our effective tax rate was about 17% in 2024, for each of our markets."
    hits = _hits(sentence, "Effective tax rate  16.8 %  15.9 %")
    q = _question("What was Quillon Labs' effective tax rate in 2024?", hits)
    ranked = _units(hits, 0.76, "17")
    assert named_row_first(q, hits, ranked)[0] is ranked[0]


def test_a_row_that_leaves_out_what_is_asked_about_does_not_move() -> None:
    # "how much cash ... acquiring licenses": the "Licenses" balance is not the cash spent on them
    hits = _hits("We paid cash of $2 billion across six spectrum auctions in 2024.", "Licenses  9,410  9,380")
    q = _question("How much cash did Quillon Labs spend acquiring licenses in 2024?", hits)
    ranked = _units(hits, 0.76)
    assert q.focus and named_row_first(q, hits, ranked)[0] is ranked[0]
