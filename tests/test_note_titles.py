"""A note table's row answers for its own table, not for another table of the filing the question
names more (made-up company, tables and questions)."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import keyed_rows
from assistant.core.finance.note_titles import names_other_table, title_words

DEFERRED = "Components of our deferred tax assets and liabilities were as follows"
RECONCILIATION = "A reconciliation of the statutory federal rate to our effective tax rate follows"


def _fact(label: str, value: float, year: int, table: str, *, page: int = 70) -> Fact:
    return Fact(concept=None, label=label, period_end=date(year, 12, 31), period=f"FY{year}", duration_months=0,
                value=value, doc_id="quillon-10k", page=page, row=f"{label} {value}", statement="supplementary",
                company="Quillon Pumps Inc.", extra={"note": True, "table": table})


FACTS = [_fact("Valuation allowance", v, y, DEFERRED) for y, v in ((2024, -310), (2023, -280))]
FACTS += [_fact("Foreign rate differential", v, y, RECONCILIATION, page=71) for y, v in ((2024, 12), (2023, 9))]


def test_title_words_leave_out_periods_scales_and_frames() -> None:
    assert title_words("The following table summarizes, in millions, for the year ended June 30") == set()
    assert title_words(DEFERRED) >= {"component", "deferred", "tax", "asset", "liability"}


def test_a_note_row_is_not_the_answer_when_the_question_names_another_table_of_the_filing() -> None:
    row = FACTS[0]
    asked = "What valuation allowance line did Quillon Pumps show in its effective rate reconciliation for 2024?"
    assert names_other_table(row, asked, FACTS)


def test_a_note_row_answers_where_the_question_names_its_own_table_or_none() -> None:
    row = FACTS[0]
    assert not names_other_table(row, "Quillon Pumps' valuation allowance against deferred tax assets at the end "
                                      "of 2024?", FACTS)
    assert not names_other_table(row, "What valuation allowance did Quillon Pumps carry at the end of 2024?", FACTS)


def test_a_statement_row_is_never_set_aside_by_a_note_tables_title() -> None:
    statement = Fact(**{**FACTS[0].__dict__, "statement": "balance_sheet", "extra": {}})
    assert not names_other_table(statement, "Quillon Pumps' valuation allowance in its rate reconciliation?", FACTS)


def test_an_operand_named_as_printed_keys_no_row_of_a_table_the_question_does_not_mean() -> None:
    asked = ("Define Quillon Pumps' allowance drag as the valuation allowance in its effective rate reconciliation "
             "divided by 1,000, for 2024.")
    keyed, clash = keyed_rows(FACTS, {"row_valuation_allowance"}, asked)
    assert clash == "" and not any(f.concept == "row_valuation_allowance" for f in keyed)
    plain, _ = keyed_rows(FACTS, {"row_valuation_allowance"}, "Quillon Pumps' valuation allowance in 2024, halved?")
    assert sum(f.concept == "row_valuation_allowance" for f in plain) == 2


def test_a_row_whose_label_repeats_its_heading_names_no_more_of_the_question_than_a_row_under_it() -> None:
    from assistant.core.answer.row_names import label_row

    def row(label: str, value: float, year: int) -> Fact:
        return Fact(**{**_fact(label, value, year, DEFERRED).__dict__,
                       "extra": {"note": True, "table": DEFERRED, "heading": "Deferred tax assets"}})

    facts = [row(label, v, y) for label, vals in (("Net operating losses", (50, 40)), ("Deferred tax assets, net", (900, 800)))
             for y, v in zip((2024, 2023), vals, strict=True)]
    found = label_row("Quillon Pumps' deferred tax assets for net operating losses at the end of 2024?", facts, None,
                      "Quillon Pumps Inc.")
    assert found is not None and found[0] == "Net operating losses"

