"""A total from its parts is never a sum of one measure stated at two times (made-up sentences)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def _ask(text: str, question: str):  # type: ignore[no-untyped-def]
    hit = SearchHit(chunk_id="acme:3", doc_id="acme-8k", title="Acme 8-K", source="", page=3, text=text, score=1.0,
                    company="Acme Robotics", period="Q2 2022")
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit])


def test_one_measure_at_two_times_is_not_summed_as_parts() -> None:
    text = ("During his tenure he oversaw sales growth to approximately $9 billion in 2021 from approximately "
            "$7 billion in 2014 and led the company's digital strategy.")
    answer = _ask(text, "What were Acme's total sales in the first quarter of 2022?")
    assert answer.key_figure is None or answer.key_figure.value not in (16.0, 16_000_000_000.0)


def test_a_revised_estimate_and_the_earlier_one_are_not_summed() -> None:
    text = ("Acme now expects restructuring charges of approximately $4.2 billion, as compared to its "
            "previous estimate of restructuring charges of approximately $3.1 billion.")
    answer = _ask(text, "What total restructuring charges did Acme expect before it raised the estimate?")
    assert answer.key_figure is None or answer.key_figure.value not in (7.3, 7_300_000_000.0)


def test_parts_side_by_side_are_still_summed() -> None:
    text = "In 2022, Acme's advertising revenue was $180 million, while its subscription revenue totaled $280 million."
    answer = _ask(text, "What was Acme's total revenue in 2022?")
    assert answer.key_figure is not None and answer.key_figure.value == 460


def test_a_share_is_not_worked_out_from_rows_whose_column_is_unknown() -> None:
    rows = ("Compensation expense 3,628 3,237 12 7,173 6,408 12\n"
            "Total noninterest expense 8,313 7,658 9 16,378 15,313 7")
    answer = _ask(rows, "For the six months ended June 30, 2022, what share of Acme's total noninterest expense was "
                        "compensation expense? Percent, one decimal.")
    assert answer.key_figure is None or round(answer.key_figure.value, 1) != 43.6, answer.answer
    single = "Compensation expense 7,173\nTotal noninterest expense 16,378"
    answer = _ask(single, "What share of Acme's total noninterest expense was compensation expense in the first "
                          "half of 2022? Percent, one decimal.")
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 43.8, answer.answer


def test_a_share_takes_no_figure_of_another_year_or_a_plan() -> None:
    text = ("Restructuring charges within our Domestic segment were $140 million in fiscal 2023. "
            "We currently expect capital expenditures to approximate $850 million in fiscal 2024.")
    answer = _ask(text, "What share of Acme's total capital expenditures in fiscal 2023 was spent in the Domestic "
                        "segment? %, 1 dp.")
    assert answer.key_figure is None or round(answer.key_figure.value, 1) != 16.5, answer.answer
    stated = ("Domestic capital expenditures were $891 million in fiscal 2023. Total capital expenditures were "
              "$930 million in fiscal 2023.")
    answer = _ask(stated, "What share of Acme's total capital expenditures in fiscal 2023 was spent in the Domestic "
                          "segment? %, 1 dp.")
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 95.8, answer.answer


def test_cells_told_by_their_headings_are_divided_only_within_one_table() -> None:
    question = "What was Acme's International operating margin in fiscal 2023? Percent, one decimal."
    segment = "International segment\nFiscal year 2023 2022\nOperating income $ 161 $ 244"
    company = "Consolidated results\nFiscal year 2023 2022\nRevenue $ 46,298 $ 51,761"
    hits = [SearchHit(chunk_id=f"acme:{i}", doc_id="acme-10k", title="Acme 10-K", source="", page=i, text=t,
                      score=1.0 / i, company="Acme Robotics", period="FY2023") for i, t in enumerate((segment, company), 1)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits)
    assert answer.key_figure is None or round(answer.key_figure.value, 1) != 0.3, answer.answer
    table = "Fiscal year 2023 2022\nInternational operating income $ 161 $ 244\nInternational revenue $ 3,504 $ 3,900"
    answer = _ask(table, question)
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 4.6, answer.answer


def test_a_share_takes_the_total_of_the_asked_year_from_a_from_to_sentence() -> None:
    text = ("Acme Digital sales were $12.6 billion for fiscal 2023 compared to $10.7 billion for fiscal 2022. "
            "Acme Direct revenues increased 14% from $18.7 billion in fiscal 2022 to $21.3 billion in fiscal 2023.")
    answer = _ask(text, "Roughly what share of Acme Direct's fiscal 2023 revenues came from Acme Digital?")
    assert answer.key_figure is None or round(answer.key_figure.value, 1) != 67.4, answer.answer


def test_a_region_row_is_no_input_when_its_table_heading_names_another_line_item() -> None:
    question = ("What was Acme's Northern region operating margin in 2023, i.e. Northern region operating income "
                "divided by Northern region revenues? Percent, 1 dp.")
    balances = ("AS OF DECEMBER 31, / (Dollars in millions) 2023 2022\nINVENTORIES\nNorthern region $ 1,653 $ 1,850\n"
                "Southern region 1,197 1,351\nACCOUNTS RECEIVABLE, NET\nNorthern region $ 3,806 $ 4,098\n"
                "Southern region 700 664").replace(" / ", "\n")
    answer = _ask(balances, question)
    assert answer.key_figure is None or round(answer.key_figure.value, 1) not in (43.4, 45.1, 230.1), answer.answer
    results = ("(Dollars in millions) 2023\nREVENUES\nNorthern region $ 4,000\nSouthern region 2,000\n"
               "OPERATING INCOME\nNorthern region $ 1,000\nSouthern region 300")
    answer = _ask(results, question)
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 25.0, answer.answer


def test_bare_cells_after_a_rows_amounts_are_its_change_columns_not_inputs() -> None:
    question = "What share of Acme's total assets did card loans represent? Percent, one decimal."
    rows = "Average card loans spending (dollars) $ 19,514 18\nTotal region assets (billions) $ 94.4 23"
    answer = _ask(rows, question)
    assert answer.key_figure is None or round(answer.key_figure.value, 1) != 78.3, answer.answer
    answer = _ask("Card loans $ 30.0 12\nTotal assets $ 120.0 9", question)
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 25.0, answer.answer


def test_earned_in_a_share_question_is_a_verb_not_the_earnings_line() -> None:
    rows = "Net earnings $ 20\nRevenue $ 500"
    answer = _ask(rows, "What share of Acme's revenue was earned in the fourth quarter? %, one decimal.")
    assert answer.key_figure is None or round(answer.key_figure.value, 1) != 4.0, answer.answer
    rows = "Europe revenue $ 200\nTotal revenue $ 500"
    answer = _ask(rows, "What share of Acme's total revenue was earned in Europe? %, one decimal.")
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 40.0, answer.answer


def test_a_share_question_is_not_answered_with_a_rows_change_percent() -> None:
    question = "What percentage of Acme's total expenses in 2022 were card rewards?"
    head = "Expenses\nYears Ended December 31, (Millions) 2022 2021 Change\n"
    answer = _ask(head + "Card rewards $ 14,002 $ 11,007 $ 2,995 27 %", question)
    assert answer.key_figure is None or answer.key_figure.value != 27, answer.answer
    answer = _ask(head + "Card rewards $ 14,002 $ 11,007 $ 2,995 27 %\nTotal expenses $ 41,095 $ 33,000 $ 8,095 25 %",
                  question)
    assert answer.key_figure is not None and round(answer.key_figure.value, 1) == 34.1, answer.answer
    answer = _ask("Card rewards as a percentage of total expenses 34.1 %", question)
    assert answer.key_figure is not None and answer.key_figure.value == 34.1, answer.answer
