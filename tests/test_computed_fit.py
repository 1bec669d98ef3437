"""The computed-answer gate (answer.computed_fit): a figure from statement facts that leaves the
question's subject unsaid gives way to the passages; method words, basis words and words the
statements' row labels carry do not count."""

from __future__ import annotations

from dataclasses import replace

from assistant.core.answer.computed_fit import loosely_matched, unsaid
from assistant.core.query import parse_question
from assistant.core.types import Answer, Citation, SearchHit


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="c1", doc_id="zephyr-10k", title="zephyr-10k annual report", source="/d/zephyr-10k.txt",
                     page=3, text=text, score=1.0, company="Zephyr Tools")


def _computed(quote: str = "Revenues $ 51,217 $ 46,710") -> Answer:
    return Answer(question="q", answer="Zephyr Tools' revenue for FY2024 was $51,217 million [1].", mode="extractive",
                  citations=[Citation(n=1, doc_id="zephyr-10k", title="zephyr-10k annual report",
                                      source="/d/zephyr-10k.txt", page=3, quote=quote)])


HITS = [_hit("Fluctuations in currency exchange rates reduced Zephyr Tools revenues by $2,859 million in fiscal 2024, "
             "net of hedges."), _hit("Revenues $ 51,217 $ 46,710")]


def _query(text: str):  # type: ignore[no-untyped-def]
    q = parse_question(text, [])
    q.companies = ["Zephyr Tools"]
    return q


def test_a_part_of_the_metric_the_passages_name_is_left_unsaid() -> None:
    left = unsaid(_query("How much did currency movements take off Zephyr Tools' revenues in fiscal 2024?"),
                  HITS, _computed())
    # "take" is in no passage; "currency" and "movements" ("fluctuations" aside) are what the rows lack.
    assert "currency" in left and "take" not in left and "revenu" not in left


def test_method_and_location_words_are_not_a_part_of_the_metric() -> None:
    q = _query("From the income statement, what were Zephyr Tools' fiscal 2024 revenues? Round to two decimal "
               "places; use the consolidated balance sheet column.")
    assert unsaid(q, HITS, _computed()) == []


def test_a_word_of_the_statements_row_labels_is_the_computed_paths_to_say() -> None:
    q = _query("What were Zephyr Tools' fiscal 2024 revenues net of hedges?")
    assert "hedg" in unsaid(q, HITS, _computed())
    assert "hedg" not in unsaid(q, HITS, _computed(), ["Gains on cash flow hedges", "Revenues"])


def test_a_word_no_passage_names_cannot_be_answered_there_either() -> None:
    q = _query("What were Zephyr Tools' fiscal 2024 jetliner revenues?")
    assert unsaid(q, HITS, _computed()) == []


def test_the_threshold_decides_when_the_passages_are_read_instead() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed_setaside import says_too_little
    from assistant.core.settings import Settings

    q = _query("By how much did currency movements, net of hedges, cut Zephyr Tools' fiscal 2024 revenues?")
    for limit, aside in ((1, True), (3, False)):
        lib = SimpleNamespace(settings=Settings(computed_unsaid_max=limit), facts=lambda docs: [])
        assert says_too_little(lib, q, HITS, _computed()) is aside  # type: ignore[arg-type]
    refused = _computed().model_copy(update={"refused": True})
    lib = SimpleNamespace(settings=Settings(computed_unsaid_max=0), facts=lambda docs: [])
    assert not says_too_little(lib, q, HITS, refused)  # type: ignore[arg-type]


def test_the_supplemental_disclosure_named_as_the_source_is_no_part_of_the_metric() -> None:
    hits = [*HITS, _hit("Supplemental cash flow disclosures: Income taxes paid $ 412 $ 380")]
    q = _query("Zephyr Tools income taxes paid in fiscal 2024 (supplemental cash flow disclosures), USD millions.")
    left = unsaid(q, hits, _computed("Income taxes paid $ 412 $ 380"))
    assert "supplement" not in left and "disclosur" not in left


def test_a_loosely_matched_row_gets_no_excuse_from_the_statements_row_labels() -> None:
    # The input row was found by the question's printed words (or under a table heading, or off
    # the primary statements): a question word another row prints says another row was asked for.
    assert loosely_matched({"computed": 1.0, "printed": 1.0})
    assert loosely_matched({"computed": 1.0, "heading": 0.5})
    assert loosely_matched({"computed": 1.0, "off_primary": 1.0})
    assert not loosely_matched({"computed": 1.0, "label_exact": 1.0, "printed": 0.0})
    assert not loosely_matched(None)


def test_a_loosely_matched_computed_answer_gives_way_when_the_question_names_another_row() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed_setaside import says_too_little
    from assistant.core.settings import Settings

    # "hedges" and "gains" are printed by another statement row: excused when the revenue row is a
    # known line item, not when it was found by the question's own words.
    q = _query("What were Zephyr Tools' gains on hedges of revenues in fiscal 2024?")
    row = SimpleNamespace(label="Gains on cash flow hedges", extra={})
    lib = SimpleNamespace(settings=Settings(computed_unsaid_max=0), facts=lambda docs: [row])
    known = _computed().model_copy(update={"trace": {"computed": 1.0, "label_exact": 1.0}})
    loose = _computed().model_copy(update={"trace": {"computed": 1.0, "printed": 1.0}})
    assert not says_too_little(lib, q, HITS, known)  # type: ignore[arg-type]
    assert says_too_little(lib, q, HITS, loose)  # type: ignore[arg-type]


def test_a_note_tables_row_labels_excuse_no_word_of_the_question() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed_setaside import says_too_little
    from assistant.core.settings import Settings

    # The same words printed by a note table's row (read at ingest, `extra["note"]`) excuse nothing:
    # a filing's notes print nearly every word a question can use.
    q = _query("What were Zephyr Tools' gains on hedges of revenues in fiscal 2024?")
    statement_row = SimpleNamespace(label="Gains on cash flow hedges", extra={})
    note_row = SimpleNamespace(label="Gains on cash flow hedges", extra={"note": True})
    known = _computed().model_copy(update={"trace": {"computed": 1.0, "label_exact": 1.0}})
    by_statement = SimpleNamespace(settings=Settings(computed_unsaid_max=0), facts=lambda docs: [statement_row])
    by_note = SimpleNamespace(settings=Settings(computed_unsaid_max=0), facts=lambda docs: [note_row])
    assert not says_too_little(by_statement, q, HITS, known)  # type: ignore[arg-type]
    assert says_too_little(by_note, q, HITS, known)  # type: ignore[arg-type]


def _note_hits() -> list[SearchHit]:
    return [_hit("Deferred revenue balances: short-term deferred revenue $ 212 $ 190; long-term deferred revenue "
                 "$ 84 $ 77, included in other liabilities."), _hit("Other liabilities 1,402 1,388")]


def _other_liabilities() -> Answer:
    return Answer(question="q", answer="Zephyr Tools' other liabilities at June 30, 2024 was $1,402 million [1].",
                  mode="extractive", trace={"computed": 1.0, "printed": 1.0},
                  citations=[Citation(n=1, doc_id="zephyr-10k", title="zephyr-10k annual report",
                                      source="/d/zephyr-10k.txt", page=3, quote="Other liabilities 1,402 1,388")])


def test_a_note_item_named_by_a_word_the_statement_line_leaves_out_is_not_that_line() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed_setaside import says_too_little
    from assistant.core.settings import Settings

    # Asked of the deferred revenue note: "deferred revenue" narrows the balance sheet's other liabilities.
    # However many unsaid words the threshold lets a plain question leave (here five), a note's does not.
    lib = SimpleNamespace(settings=Settings(computed_unsaid_max=5), facts=lambda docs: [])
    noted = _query("Zephyr Tools long-term deferred revenue (in other liabilities) at June 30, 2024, per the "
                   "deferred revenue note?")
    assert noted.printed_part
    assert says_too_little(lib, noted, _note_hits(), _other_liabilities())  # type: ignore[arg-type]
    # The same words unsaid without a note named stay within the threshold.
    plain = _query("Zephyr Tools long-term deferred revenue (in other liabilities) at June 30, 2024?")
    assert not plain.printed_part
    assert not says_too_little(lib, plain, _note_hits(), _other_liabilities())  # type: ignore[arg-type]


def test_a_note_item_named_as_questions_name_the_line_is_that_line() -> None:
    from types import SimpleNamespace

    from assistant.core.answer.computed_setaside import line_name_stems, says_too_little
    from assistant.core.settings import Settings

    # Overlapping ways of naming the diluted count are all the line's name, "outstanding" too.
    assert {"outstand", "dilut", "common"} <= line_name_stems("Zephyr's weighted-average diluted common shares "
                                                              "outstanding in 2023?")
    assert "assum" in line_name_stems("average common shares, assuming dilution, for 2023")
    hits = [_hit("Weighted-average common shares outstanding, assuming dilution 402.5 398.1"),
            _hit("Zephyr Tools had weighted-average common shares outstanding of 402.5 million, assuming dilution.")]
    counted = Answer(question="q", answer="Zephyr Tools' diluted weighted-average shares for FY2024 was 402.5 million "
                     "shares [1].", mode="extractive", trace={"computed": 1.0, "label_synonym": 1.0},
                     citations=[Citation(n=1, doc_id="zephyr-10k", title="zephyr-10k annual report",
                                         source="/d/zephyr-10k.txt", page=3, quote="Diluted 402.5 398.1")])
    q = _query("Zephyr Tools weighted-average common shares outstanding, assuming dilution, for fiscal 2024, per "
               "the earnings per share note?")
    assert q.printed_part
    q = replace(q, asked=q.asked_plain)  # as `answering.answer_offline` hands it over
    # Three words unsaid ("common", "outstanding", "assuming"), all the line's name as questions write it.
    lib = SimpleNamespace(settings=Settings(computed_unsaid_max=3), facts=lambda docs: [])
    assert not says_too_little(lib, q, hits, counted)  # type: ignore[arg-type]


def test_a_span_in_weeks_or_year_to_date_is_the_periods_not_a_word_left_unsaid() -> None:
    hits = [_hit("Revenues for the thirty-nine weeks ended were $ 51,217, and year-to-date revenues rose."),
            _hit("Revenues $ 51,217 $ 46,710")]
    left = unsaid(_query("What were Zephyr Tools' year-to-date revenues for the thirty-nine weeks ended "
                         "October 28, 2024?"), hits, _computed())
    assert not {"thirti", "thirty", "date", "week"} & set(left)
