"""A bracketed figure asked as a size: a loss the question names, a portion ("how much of"), cash a
company used, what "give the" names, "as a positive <noun>"; and the near questions that ask the
signed figure and keep its sign (made-up rows)."""

from __future__ import annotations

from assistant.core.answer.key_figure import AS_POSITIVE, key_figure
from assistant.core.answer.question import analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.presentation import asked_as_size
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit


def _value(question: str, text: str, index: int = 0) -> float | None:
    hit = SearchHit(chunk_id="w:0", doc_id="w", title="Wrenfield Tools 10-K", source="/w.pdf", page=12, text=text,
                    score=1.0, company="Wrenfield Tools", period=None)
    fig = parse_quantities(text)[index]
    unit = Unit(hit=0, pos=0, start=0, end=len(text), row=True, header="", stems=set())
    return key_figure(analyse(parse_question(question, []), []), fig, [hit], unit, question=question).value


_SEGMENTS = "Power Tools ($1,210) ($905) $312"


def test_a_loss_the_question_names_is_its_size() -> None:
    assert _value("What loss from operations did Wrenfield's Power Tools segment record in 2022?", _SEGMENTS) == 1210
    assert _value("How large a loss did the Power Tools segment post in 2022?", _SEGMENTS) == 1210


def test_a_result_line_asked_or_a_sign_asked_keeps_the_minus() -> None:
    assert _value("What was the loss before interest and taxes of the Power Tools segment in 2022?", _SEGMENTS) == -1210
    assert _value("What operating income (loss) did the Power Tools segment record in 2022?", _SEGMENTS) == -1210
    assert _value("What loss did the Power Tools segment record in 2022, negative for a loss?", _SEGMENTS) == -1210


def test_a_portion_asked_is_its_size() -> None:
    row = "Earnings assigned to unvested restricted units (b) (31) (28) (12)"
    assert _value("How much of Wrenfield's 2021 earnings went to unvested restricted units?", row, 2) == 12
    assert asked_as_size("How much of the earnings were assigned to unvested units?", "Earnings assigned to unvested units")
    assert not asked_as_size("How much did the earnings assigned to unvested units change?", "Earnings assigned to unvested units")
    assert not asked_as_size("What earnings were assigned to unvested units in 2021?", "Earnings assigned to unvested units")


def test_cash_a_company_used_is_its_size_whatever_the_verb_form() -> None:
    row = "Net cash (used)/provided by financing activities (2,410) (730) 18,200"
    assert _value("How much cash did Wrenfield use in financing activities in 2021?", row, 1) == 730
    label = "Net cash (used)/provided by financing activities"
    assert asked_as_size("How much cash did it use in financing activities?", label)
    assert not asked_as_size("What net cash was provided by or used in financing activities?", label)
    assert not asked_as_size("What rate did it use for its forecast?", "Interest (income) expense, net")


def test_what_give_the_names_is_asked() -> None:
    label = "Interest (income) expense, net"
    asked = "What did Wrenfield report on its interest (income) expense, net line? Give the net interest income in $ millions."
    assert asked_as_size(asked, label)
    assert not asked_as_size("What did Wrenfield report on its interest (income) expense, net line?", label)
    assert not asked_as_size("Give the interest expense, net, in $ millions.", label)


def test_as_a_positive_noun_asks_a_size_positive_for_does_not() -> None:
    assert AS_POSITIVE.search("$ millions, as a positive gain.")
    assert AS_POSITIVE.search("USD millions, as a positive amount")
    assert not AS_POSITIVE.search("$ millions, positive for a gain and negative for a loss.")
