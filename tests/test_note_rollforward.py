"""A roll-forward note table whose columns are categories, read as each column's balances and movements
(finance.note_rollforward), and the quarterly-report readings beside it: made-up companies and tables."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.note_rollforward import rollforward_facts
from assistant.core.finance.note_tables import note_facts
from assistant.core.finance.plan import label_plan
from assistant.core.finance.question_periods import month_quarters

PAD = " " * 30
PARTS = "\n".join([
    "Note 3. Parts on hand",
    "The parts on hand were as follows:",
    f"                                   {PAD}          March 31,        September 30,",
    f"                                   {PAD}            2031                2030",
    "(in millions)",
    f"Spare rotors                       {PAD}    $       120.5       $        110.0",
    f"Spare blades                       {PAD}             80.0                75.5",
    f"Total parts                        {PAD}    $       200.5       $        185.5",
    "",
    "Note 4. Goodwill",
    "The changes in goodwill by reportable segment for the six months ended March 31, 2031 were:",
    "",
    f"                                   {PAD}    Wind Power      Grid Services  Total",
    "(in millions)",
    f"Balance at September 30, 2030      {PAD}    $  410.0     $  220.0      $  630.0",
    f"Acquisition of Brisa Controls      {PAD}          —          35.0           35.0",
    f"Currency translation               {PAD}       (2.0)        (1.0)          (3.0)",
    f"Balance at March 31, 2031          {PAD}    $  408.0     $  254.0      $  662.0",
])

RESERVE = "\n".join([
    "The activity in the restructuring reserve was as follows:",
    "",
    f"                                   {PAD}    Employee        Site           ",
    f"                                   {PAD}    Severance       Closure        Total",
    f"Reserve at June 30, 2030           {PAD}    $   12.0     $    3.0      $   15.0",
    f"Charges                            {PAD}         6.0          2.0            8.0",
    f"Cash payments                      {PAD}        (9.0)        (1.5)         (10.5)",
    f"Reserve at December 31, 2030       {PAD}    $    9.0     $    3.5      $   12.5",
])


def test_a_category_column_roll_forward_gives_each_column_s_balances_and_movements() -> None:
    facts, taken = rollforward_facts(RESERVE, page=7, doc_period="Q2 2031")
    at_end = {f.label: f.value for f in facts if f.period_end == date(2030, 12, 31) and f.duration_months == 0}
    assert at_end == {"Employee Severance": 9.0, "Site Closure": 3.5, "Total": 12.5}
    paid = {f.extra["heading"]: f.value for f in facts if f.label == "Cash payments"}
    assert paid == {"Employee Severance": -9.0, "Site Closure": -1.5, "Total": -10.5}
    # a movement runs from the balance above it to the balance below it
    assert {(f.period_end, f.duration_months) for f in facts if f.label == "Charges"} == {(date(2030, 12, 31), 6)}
    assert taken and max(taken) == len(RESERVE.splitlines()) - 1


def test_a_table_headed_by_periods_is_not_a_category_roll_forward() -> None:
    facts, taken = rollforward_facts("\n".join(PARTS.splitlines()[:8]), page=6)
    assert facts == [] and taken == set()


def test_a_roll_forward_below_a_dated_table_is_not_read_under_its_dates() -> None:
    facts = note_facts([(6, PARTS)], {6}, doc_id="zephyr-10q", doc_period="Q2 2031")
    # before: "Balance at March 31, 2031" was read as the parts table's September 30, 2030 column
    assert not [f for f in facts if f.label.startswith("Balance at")]
    grid = [f for f in facts if f.label == "Grid Services" and f.duration_months == 0]
    assert {(f.period_end, f.value) for f in grid} == {(date(2030, 9, 30), 220.0), (date(2031, 3, 31), 254.0)}
    assert all("goodwill" in f.extra["table"] for f in grid)
    assert {f.label: f.value for f in facts if f.period_end == date(2031, 3, 31) and "Spare" in f.label} == {
        "Spare rotors": 120.5, "Spare blades": 80.0}


def test_a_segment_s_balance_is_answered_from_the_roll_forward_by_its_column() -> None:
    facts = note_facts([(6, PARTS)], {6}, doc_id="zephyr-10q", doc_period="Q2 2031")
    for f in facts:
        f.company = "Zephyr Turbines"
    question = "How much goodwill did Zephyr Turbines carry in its Grid Services segment at March 31, 2031? USD millions."
    got = answer_from_facts(question, facts, plan=label_plan(question), company="Zephyr Turbines")
    assert got is not None and not got.refused and "254.0" in got.answer
    assert "goodwill" in got.answer  # the table it was read from says what the figure is


def test_a_quarter_named_by_its_three_months_is_the_three_months_ended_its_last_month() -> None:
    assert month_quarters("sales in the April-June 2031 quarter") == "sales in the three months ended June 30, 2031"
    assert month_quarters("the October–December quarter of 2030") == "the three months ended December 31, 2030"
    # a range of another length is no quarter
    assert month_quarters("the January-June 2031 period") == "the January-June 2031 period"


def test_a_part_named_as_a_business_or_division_is_looked_up_by_its_printed_row() -> None:
    assert label_plan("What operating profit did Zephyr Turbines' Grid Services business earn in fiscal 2030?") is not None
    assert label_plan("How much did currency take off Zephyr Turbines' revenue in fiscal 2030?") is None
    # the business's growth is asked, not a row's level
    assert label_plan("How much did Zephyr Turbines' Grid Services business grow in fiscal 2030?") is None


def test_rows_naming_spans_and_headers_of_figures_are_no_roll_forward() -> None:
    buybacks = "\n".join([
        f"                                   {PAD}    Shares          Average Price",
        f"                                   {PAD}    Purchased       Paid per Share",
        f"May 1, 2031 to May 28, 2031        {PAD}       120,000          $  41.10",
        f"May 29, 2031 to June 30, 2031      {PAD}        95,000          $  42.35",
    ])
    assert rollforward_facts(buybacks) == ([], set())
    figures = "\n".join([
        f"                                   {PAD}      (57)            (75)",
        f"Balance at March 31, 2031          {PAD}        1.0             2.0",
        f"Charges                            {PAD}        3.0             4.0",
        f"Balance at June 30, 2031           {PAD}        4.0             6.0",
    ])
    assert rollforward_facts(figures) == ([], set())


def test_a_price_per_share_column_is_no_amount_in_millions() -> None:
    awards = "\n".join([
        f"                                   {PAD}    Units           Grant Price per Share",
        f"Outstanding at March 31, 2031      {PAD}       410              $  52.10",
        f"Granted                            {PAD}        90              $  61.00",
        f"Outstanding at June 30, 2031       {PAD}       500              $  53.70",
    ])
    facts, _ = rollforward_facts(awards)
    price = [f for f in facts if f.label == "Grant Price per Share"]
    assert price and all(f.unit == "USD/share" and f.scale is None for f in price)
