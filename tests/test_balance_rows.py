"""A roll-forward's balance row ("Balance, March 31, 2024  1,310") answers the balance of its table's
subject at its date (synthetic companies and tables)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.row_dates import balance_row_named
from assistant.core.answer.statement_ask import statement_ask
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

WARRANTY = ("The following table presents the changes in the carrying amount of Goodwill:\n"
            "(IN MILLIONS)  Total\n"
            "Balance, March 31, 2023  $  1,250\n"
            "Acquisitions  85\n"
            "Translation  (25)\n"
            "Balance, March 31, 2024  $  1,310")
ACCRUALS = ("The following table presents the changes in severance accruals:\n"
            "(IN MILLIONS)  Severance  Lease Exit  Accrual\n"
            "Balance, March 31, 2023  $  410  $  12  $  422\n"
            "Provision  55  3  58\n"
            "Balance, March 31, 2024  $  300  $  15  $  315")
Q_GOODWILL = "What was Kestrel Foods' goodwill balance at March 31, 2024? USD millions."


def hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"kestrel:{n}", doc_id="kestrel", title="Kestrel Foods 10-K", source="/docs/k.pdf",
                     page=n, text=text, score=1.0 / n, company="Kestrel Foods", period="FY2024")


def answer(question: str, *texts: str):  # type: ignore[no-untyped-def]
    hits = [hit(t, i) for i, t in enumerate(texts, 1)]
    answerer = ExtractiveAnswerer(Settings(min_support=0.3))
    return answerer.answer(question, hits, parse_question(question, []), statement_ask(question))


def test_a_balance_row_of_one_column_is_named_by_its_date_and_its_tables_title() -> None:
    header = WARRANTY.splitlines()[0] + "\n" + WARRANTY.splitlines()[1]
    assert balance_row_named(Q_GOODWILL, "Balance, March 31, 2024  $  1,310", header)
    # another date, a movement row, or a title naming nothing the question names
    assert not balance_row_named(Q_GOODWILL, "Balance, March 31, 2023  $  1,250", header)
    assert not balance_row_named(Q_GOODWILL, "Acquisitions  85", header)
    assert not balance_row_named(Q_GOODWILL, "Balance, March 31, 2024  $  1,310", "Changes in deferred revenue:\nTotal")


def test_several_columns_pin_only_a_total_column_no_part_of_which_is_asked() -> None:
    header = "\n".join(ACCRUALS.splitlines()[:2])
    question = "Kestrel Foods' severance accrual balance at March 31, 2024? USD millions."
    row = "Balance, March 31, 2024  $  300  $  15  $  315"
    assert balance_row_named("Kestrel Foods' restructuring accrual balance at March 31, 2024? USD millions.",
                             row, "The following table presents the changes in restructuring accruals:\n"
                             "(IN MILLIONS)  Employee Costs  Lease Exit  Accrual", figure_last=True)
    # the first cell read, or a last cell that is not the others' sum: which column is asked is unclear
    assert not balance_row_named(question, row, header, figure_last=False)
    assert not balance_row_named(question, "Balance, March 31, 2024  $  300  $  15  $  330", header, figure_last=True)
    # the question names a column of the parts ("lease exit"): the total is not its figure
    assert not balance_row_named("Kestrel Foods' lease exit accrual balance at March 31, 2024?", row,
                                 "Changes in accruals:\n(IN MILLIONS)  Severance  Lease Exit  Accrual", figure_last=True)


def test_the_goodwill_roll_forwards_closing_balance_answers_the_balance_asked() -> None:
    got = answer(Q_GOODWILL, WARRANTY)
    assert not got.refused and got.key_figure is not None and got.key_figure.value == 1310

