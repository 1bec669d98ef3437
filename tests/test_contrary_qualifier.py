"""A figure whose own words carry the qualifier contrary to the question's is not the answer
(answer.contrary, checked on the chosen figure by answer.figure_checks); made-up companies and sentences."""

from __future__ import annotations

import pytest

from assistant.api import Library
from assistant.core.answer.contrary import CONTRARY, contrary_qualifier
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answering import answer_offline, verify
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

QUARTER_EPS = ("Adjusted EPS was $0.41 in the current quarter compared to adjusted EPS of $0.18 in the "
               "prior year quarter; and")
NEW_FACILITY = "On June 2, 2025, Quillon Labs entered into a new $900 million revolving credit facility."


def _figure(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if raw in x.raw)


def test_full_year_asked_is_not_a_quarter_figure() -> None:
    fig = _figure(QUARTER_EPS, "0.18")
    assert contrary_qualifier("What was Marrow Hotels' adjusted EPS for full-year 2024?", QUARTER_EPS, fig) == "long"


def test_a_question_naming_both_spans_refuses_neither() -> None:
    fig = _figure(QUARTER_EPS, "0.18")
    question = "What adjusted EPS did Marrow Hotels earn in the prior year quarter and for the full year?"
    assert contrary_qualifier(question, QUARTER_EPS, fig) is None


def test_a_comparison_base_is_not_the_figures_own_span() -> None:
    sentence = "Quarterly operating profit was $40 million, a 21% increase from the prior year."
    fig = _figure(sentence, "21")
    assert contrary_qualifier("By what percent did Marrow Hotels' Q3 operating profit rise?", sentence, fig) is None


def test_the_terminated_agreement_is_not_the_new_one() -> None:
    fig = _figure(NEW_FACILITY, "900")
    question = "How large was the revolving credit facility Quillon Labs terminated in June 2025?"
    assert contrary_qualifier(question, NEW_FACILITY, fig) == "prior"


def test_gross_asked_is_not_a_net_figure() -> None:
    sentence = "Its net margin was 9.5%, while revenue grew 4%."
    assert contrary_qualifier("What gross margin did Quillon Labs earn?", sentence, _figure(sentence, "9.5")) == "gross"


@pytest.mark.parametrize("question", [
    "What were Quillon Labs' total current liabilities at the end of 2024?",
    "What was the current portion of Quillon Labs' long-term debt at the end of 2024?",
])
def test_a_current_line_item_names_no_point_of_view(question: str) -> None:
    sentence = "Current liabilities were $3.1 billion, against $2.7 billion a year earlier."
    assert contrary_qualifier(question, sentence, _figure(sentence, "2.7")) is None


def _ask(question: str, text: str) -> Answer:
    hits = [SearchHit(chunk_id="marrow:1", doc_id="marrow", title="marrow release", source="/d/marrow.txt",
                      page=1, text=text, score=1.0, company="Marrow Hotels", period="Q4 2024")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    answer.retrieved = hits
    return verify(answer)


def test_the_answerer_refuses_the_quarter_figure_for_the_full_year() -> None:
    answer = _ask("What was Marrow Hotels' adjusted EPS for full-year 2023?", f"Marrow Hotels. {QUARTER_EPS}")
    assert answer.key_figure is None
    assert answer.refused and "not the full year's" in answer.answer


def test_the_answerer_still_quotes_the_quarter_figure_for_the_quarter() -> None:
    answer = _ask("What was Marrow Hotels' adjusted EPS in the prior year quarter?", f"Marrow Hotels. {QUARTER_EPS}")
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(0.18)



def _doc_hit(index: int, text: str, score: float) -> SearchHit:
    return SearchHit(chunk_id=f"marrow-24-{index:05d}", doc_id="marrow-24", title="Marrow Hotels release",
                     source="/lib/marrow-24.pdf", page=3, text=text, score=score, company="Marrow Hotels",
                     period="FY2023", doc_type="8-K")


def test_the_contrary_refusal_is_final_for_the_offline_answer(fake_library: Library) -> None:
    # A page sibling's figure would otherwise be read after the refusal (`answering._quoted`).
    fake_library.settings.widen_passages = 0
    lead = _doc_hit(7, f"Marrow Hotels. {QUARTER_EPS}", 0.9)
    mate = _doc_hit(8, "For 2023, Marrow Hotels' adjusted EPS was $1.95.", 0.7)
    answer = answer_offline(fake_library, "What was Marrow Hotels' adjusted EPS for full-year 2023?", [lead],
                            siblings=[mate])
    assert answer.refused and answer.key_figure is None and CONTRARY in answer.answer


# A bound or a request is not the actual figure (answer.contrary.bound_for_actual).
COVENANT = ("The facility requires a ratio of net debt to EBITDA of not more than 3.25 to 1.00, and the maximum "
            "ratio may be increased to 3.75 to 1.00 after an acquisition.")
REQUEST = "In February 2026, Quillon Labs submitted a request to borrow approximately $240 million under the facility."


@pytest.mark.parametrize(("sentence", "raw"), [(COVENANT, "3.75"), (COVENANT, "3.25"), (REQUEST, "240")])
def test_a_bound_or_request_is_not_the_actual_figure_asked(sentence: str, raw: str) -> None:
    from assistant.core.answer.contrary import contrary_refusal

    question = "What net debt to EBITDA ratio was Quillon Labs actually at, and how much did it actually draw?"
    why = contrary_refusal(question, sentence, _figure(sentence, raw))
    assert why is not None and why.startswith(CONTRARY)


def test_a_bound_asked_without_actual_is_answered_by_the_bound() -> None:
    from assistant.core.answer.contrary import contrary_refusal

    question = "What is the maximum net debt to EBITDA ratio Quillon Labs may reach after an acquisition?"
    assert contrary_refusal(question, COVENANT, _figure(COVENANT, "3.75")) is None


def test_an_actual_figure_called_actual_is_not_refused() -> None:
    from assistant.core.answer.contrary import contrary_refusal

    sentence = "The actual tax benefit realized, up to the limits of the plan, was $41 million."
    assert contrary_refusal("What actual tax benefit did Quillon Labs realize?", sentence, _figure(sentence, "41")) is None


def test_a_question_naming_a_bound_itself_is_not_refused_its_bound() -> None:
    from assistant.core.answer.contrary import contrary_refusal

    question = "What is the maximum ratio Quillon Labs could actually reach after an acquisition?"
    assert contrary_refusal(question, COVENANT, _figure(COVENANT, "3.75")) is None
