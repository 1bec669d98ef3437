"""Column headings as PDF text prints them: a year carrying its footnote mark ("2031(a)") still dates
the columns below it; a heading wrapped over two lines whose words PDF text runs together ("Other
CostsFreight and") still names its block of columns; and a statement-facts refusal for an input the
facts lack leaves the passages to answer when one prints the figure. Made-up company, tables and figures."""

from __future__ import annotations

import pytest

from assistant.api import Library
from assistant.core.answer.spans import split_units
from assistant.core.answer.text import unglued
from assistant.core.answering import answer_offline
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.types import Answer, SearchHit
from tests.fakes.one_passage import passage_answer

_QUARTERS = ("Selected Quarterly Financial Data (Unaudited)\n"
             "Quarter\n"
             "(MILLIONS, EXCEPT PER SHARE DATA)  First  Second  Third  Fourth\n"
             "2031(a)\n"
             "Net sales  $  2,114  $  2,380  $  2,962  $  3,045\n"
             "Cost of sales  1,201  1,344  1,610  1,702\n")
_BLOCKS = ("Warranty provisions and freight and other costs of each region are as follows:\n"
           "Warranty ReservesProvision for  Other CostsFreight and\n"
           "2031  2030  2029  2031  2030  2029\n"
           "North  $  14  $  12  $  11  $  233  $  219  $  204\n"
           "South  9  8  8  141  137  129\n")


def _figure(question: str, text: str, period: str = "FY2031") -> float | None:
    answer = passage_answer(question, text, company="Velmora Tools", title="Velmora Tools 10-K", period=period)
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


def test_a_year_with_its_note_mark_dates_the_quarter_columns() -> None:
    assert _figure("What net sales did Velmora Tools report in the third quarter of 2031? USD millions.",
                   _QUARTERS) == pytest.approx(2962)
    row = next(u for u in split_units(_QUARTERS) if u[2])
    assert "2031(a)" not in row[3] and row[3].endswith("2031")  # the heading kept without its mark


def test_a_heading_without_a_year_still_leaves_the_quarter_untold() -> None:
    # No year over the quarters: the question's year is not the columns' (refused, as before).
    text = _QUARTERS.replace("2031(a)\n", "")
    assert _figure("What net sales did Velmora Tools report in the third quarter of 2031? USD millions.", text) is None


def test_words_run_together_at_a_seam_are_read_apart() -> None:
    assert unglued("Other CostsFreight and") == "Other Costs Freight and"
    assert unglued("PepsiCo and McDonald") == "PepsiCo and McDonald"  # a brand's inner capital stays


def test_a_wrapped_block_heading_names_its_columns() -> None:
    assert _figure("What freight and other costs did Velmora Tools' North region bear in 2031? USD millions.",
                   _BLOCKS) == pytest.approx(233)
    assert _figure("What provision for warranty reserves did Velmora Tools' South region make in 2030? "
                   "USD millions.", _BLOCKS) == pytest.approx(8)


_TABLE_HIT = SearchHit(chunk_id="velmora-31-00112", doc_id="velmora-31", title="Velmora Tools 10-K 2031",
                       source="/lib/velmora-31.pdf", page=112, text=_QUARTERS, score=0.9, company="Velmora Tools",
                       period="FY2031", doc_type="10-K")


@pytest.fixture
def facts_lack_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The statement facts hold the year's columns only: the quarter's input is missing (the mark
    `computed` sets on a missing quarter's or half's input, never on a whole year's)."""
    import assistant.core.answer.computed as computed

    def fake(question: str, query: ParsedQuery, *args: object, **kwargs: object) -> Answer:
        return Answer(question=question, mode="extractive", refused=True, trace={computed.MISSING_INPUT: 1.0},
                      answer="I could not find revenue for Q3 FY2031 in Velmora Tools' statements in the library.")

    monkeypatch.setattr(computed, "computed_answer", fake)


def test_a_missing_statement_input_leaves_the_passages_to_answer(fake_library: Library, facts_lack_it: None) -> None:
    fake_library.settings.widen_passages = 0
    question = "What net sales did Velmora Tools report in the third quarter of 2031? USD millions."
    answer = answer_offline(fake_library, question, [_TABLE_HIT], parse_question(question, []))
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 2962


def test_the_refusal_stands_when_no_passage_prints_the_figure(fake_library: Library, facts_lack_it: None) -> None:
    fake_library.settings.widen_passages = 0
    question = "What net sales did Velmora Tools report in the third quarter of 2031? USD millions."
    silent = _TABLE_HIT.model_copy(update={"text": "Velmora Tools sells hand tools through distributors."})
    answer = answer_offline(fake_library, question, [silent], parse_question(question, []))
    assert answer.refused and answer.answer.startswith("I could not find revenue")


def test_only_a_part_of_a_year_missing_is_left_to_the_passages() -> None:
    from datetime import date

    from assistant.core.finance.metrics import Period

    assert Period(3, 2031, 3).part_of_year and Period(6, 2031).part_of_year
    assert not Period(12, 2031).part_of_year  # a year the statements lack: not in the library
    assert not Period(0, None, None, date(2031, 12, 31)).part_of_year  # nor a balance


def test_a_quarter_after_the_last_filing_is_not_left_to_the_passages() -> None:
    from datetime import date

    from assistant.core.finance.facts import Fact
    from assistant.core.finance.metrics import Period

    def fact(period: str, end: date, months: int) -> Fact:
        return Fact(concept="revenue", label="Net sales", period_end=end, period=period, duration_months=months,
                    value=1.0)

    half = [fact("Q2 FY2031", date(2031, 6, 30), 3), fact("6M FY2031", date(2031, 6, 30), 6)]
    year = [fact("FY2031", date(2031, 12, 31), 12)]
    assert Period(3, 2031, 2).reported_through(half) and Period(6, 2031).reported_through(half)
    assert not Period(3, 2031, 3).reported_through(half)  # the third quarter: after the 10-Q held
    assert Period(3, 2031, 4).reported_through(year)  # any quarter of a year the 10-K reports
    assert not Period(3, 2032, 1).reported_through(year)
