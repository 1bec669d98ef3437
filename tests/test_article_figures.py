"""How an article's figure is read before it is quoted (issue 17): whose figure a sentence states
(answer.figure_company), a row under an outlook heading (answer.outlook_row), a "why" question
answered only by a stated cause (answer.explain_cause), figures the question hands over
(answer.given_inputs), a basis named only after "not" (answer.qualifiers), and a difference asked
against a year earlier (answer.derived). Made-up companies and sentences."""

from __future__ import annotations

from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.explain_cause import states_cause
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.figure_company import rival_subject
from assistant.core.answer.given_inputs import ignores_given
from assistant.core.answer.outlook_row import outlook_row
from assistant.core.answer.qualifiers import asked_families
from assistant.core.answer.source_words import names_only
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

LIBRARY = ["Brackenfold Rail plc", "Ostrava Ferries SE"]
ABOVE = ("Ostrava Ferries cut its forecast in March. Brackenfold, by contrast, is not without worries "
         "of its own.")


def test_a_sentence_naming_only_the_rival_states_the_rivals_figure() -> None:
    quote = "Brackenfold carried 12.4 million passengers in the year."
    assert rival_subject("", quote, ["Ostrava Ferries SE"], LIBRARY, own=False)
    assert not rival_subject("", quote, ["Brackenfold Rail plc"], LIBRARY, own=False)


def test_a_sentence_naming_no_company_carries_on_the_last_one_named() -> None:
    quote = "Net debt including leases is EUR 410 million."
    assert rival_subject(ABOVE, quote, ["Ostrava Ferries SE"], LIBRARY, own=False)
    assert not rival_subject(ABOVE, quote, ["Brackenfold Rail plc"], LIBRARY, own=False)


def test_a_sentence_naming_both_or_none_at_all_is_left_to_the_figure_pick() -> None:
    both = "Ostrava earned EUR 61 per seat, against EUR 74 at Brackenfold."
    assert not rival_subject("", both, ["Ostrava Ferries SE"], LIBRARY, own=False)
    assert not rival_subject("The market grew.", "Fares rose 4%.", ["Ostrava Ferries SE"], LIBRARY, own=False)


def test_the_asked_companys_own_first_person_names_it() -> None:
    above = "Q: Brackenfold sells more extras than you do. Why? A: Our routes are shorter."
    quote = "We carried 3.1 million passengers last year."
    assert not rival_subject(above, quote, ["Ostrava Ferries SE"], LIBRARY, own=True)
    assert rival_subject(above, quote, ["Ostrava Ferries SE"], LIBRARY, own=False)


def test_a_company_written_with_its_listing_is_another_company() -> None:
    quote = "Pellmoor Systems (NYSE: PLM) booked revenue of $2.2 billion."
    assert rival_subject("", quote, ["Ostrava Ferries SE"], LIBRARY, own=False)


def test_a_row_under_an_outlook_heading_answers_no_question_about_what_happened() -> None:
    above = "Outlook for FY28 (year ending 31 March 2028)\nCurrent guidance  Previous guidance\n"
    assert outlook_row("What operating profit did Brackenfold make in the third quarter?", above, "")
    assert not outlook_row("What operating profit does Brackenfold expect for FY28?", above, "")
    assert not outlook_row("What operating profit did Brackenfold make?", "Income statement\nGBP m  H1 FY28\n", "")


def test_a_line_inside_a_paragraph_is_no_row_of_an_outlook_table() -> None:
    above = "The company raised its guidance for the year and said trading was strong. "
    assert not outlook_row("What operating profit did Brackenfold make in the half?", above, "")


def test_a_why_question_is_answered_by_a_sentence_stating_a_cause() -> None:
    assert not states_cause(["Net sales increased 6.5% to $412 million.", "Our load factor was 81%."])
    assert states_cause(["It blamed softer fares on its island routes."])
    assert states_cause(["The rise reflected lower freight costs."])


def test_a_why_question_answered_with_a_figure_sentence_is_refused() -> None:
    question = "Why did Ostrava Ferries lower its forecast?"
    text = ("Ostrava Ferries lowered its forecast in March. Ostrava Ferries had 41 vessels at the end of "
            "the year, the fleet said to be its largest.")
    hits = [SearchHit(chunk_id="ostrava:1", doc_id="ostrava", title="ostrava news", source="/d/ostrava.txt",
                      page=1, text=text, score=1.0, company="Ostrava Ferries SE", period="2026")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert answer.refused and "cause" in answer.answer


def _derived(*raws: str) -> Derived:
    text = " ".join(raws)
    figs = [x for x in parse_quantities(text) if not x.is_year]
    return Derived(1.0, None, None, "f", [(0, 0, 0, x) for x in figs])


def test_a_computation_must_work_from_the_figures_the_question_gives() -> None:
    q = "Using its EUR 2.4bn revenue and 9% growth, what revenue did Ostrava have a year earlier?"
    assert ignores_given(q, _derived("EUR 61.20", "EUR 4"))
    assert not ignores_given(q, _derived("EUR 2,400 million", "9%"))
    assert not ignores_given("What revenue did Ostrava have a year earlier?", _derived("EUR 61.20"))
    # a bare number ("next 12 months") is a word of the question, not a figure handed over
    assert not ignores_given("How much is due after the next 12 months?", _derived("$3.3 billion", "$1.7 billion"))


def test_a_basis_named_only_after_not_asks_the_other_basis() -> None:
    assert asked_families("What was its reported (IFRS, not comparable) operating profit?") >= {"reported"}
    assert "adjusted" not in asked_families("What was its reported (not like-for-like) revenue growth?")
    assert "adjusted" in asked_families("What was its comparable operating profit?")


def test_how_much_lower_than_a_year_earlier_asks_the_difference() -> None:
    question = "How much lower, in euros, was Ostrava's profit before tax in 2026 than a year earlier? EUR millions."
    text = "Ostrava Ferries' profit before tax fell to EUR 52.0 million from EUR 80.5 million."
    hits = [SearchHit(chunk_id="ostrava:1", doc_id="ostrava", title="ostrava news", source="/d/ostrava.txt",
                      page=1, text=text, score=1.0, company="Ostrava Ferries SE", period="2026")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert answer.key_figure is not None and abs(answer.key_figure.value - 28.5) < 0.01  # not the EUR 80.5m


def test_a_byline_naming_only_the_source_and_speaker_says_nothing_asked() -> None:
    q = "In The Harbour Column, what does Ailsa Brond say Ostrava needs instead of new routes?"
    assert names_only(q, "Ailsa Brond writes The Harbour Column on shipping and ports.")
    assert not names_only(q, "Ostrava needs fuller sailings, not new routes.")
    assert not names_only("What does Ostrava plan for its fleet?", "Ailsa Brond writes The Harbour Column.")


def _count_hit(text: str) -> list[SearchHit]:
    return [SearchHit(chunk_id="ostrava:1", doc_id="ostrava", title="ostrava news", source="/d/ostrava.txt",
                      page=1, text=text, score=1.0, company="Ostrava Ferries SE", period="2026")]


def test_a_count_of_the_named_model_is_not_the_fleets_total() -> None:
    question = "How many Kvarn 40-220 vessels does Ostrava Ferries have on order?"
    text = ("Ostrava Ferries, with 38 vessels, has stuck with diesel and has 6 Kvarn 40-220s on order, "
            "arguing that they burn less fuel.")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, _count_hit(text), parse_question(question, []))
    assert answer.key_figure is not None and answer.key_figure.value == 6  # not the 38 of the fleet
