"""Lines named as printed: a metric the question defines over rows no concept covers is worked
out from the rows whose whole label the operand names. Made-up rows only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import keyed_rows, label_key, label_operand
from assistant.core.finance.metrics import run_expression
from assistant.core.finance.plan import plan_question

Y22 = date(2022, 12, 31)


def _row(label: str, value: float, concept: str | None = None, page: int = 5) -> Fact:
    return Fact(concept=concept, label=label, period_end=Y22, period="FY2022", duration_months=12, value=value,
                statement="income_statement", doc_id="acme-10k", page=page, row=f"{label}  {value:,.0f}",
                company="Acme")


def test_labels_and_phrases_normalise_alike() -> None:
    assert label_key("Less: Treasury stock, at cost (Note 9)") == label_key("treasury stocks at cost")
    assert label_key("Total stockholders' equity") == label_key("shareholders equity")
    assert label_key("Cost of services (exclusive of items shown below)") == label_key("cost of services")
    assert label_key("Provision/(benefit) for taxes on income") == label_key("provision for taxes on income")
    assert label_operand("Wireless equipment revenues") == "row_wireless_equipment_revenue"
    assert label_operand("margin") is None  # one word names no row


def test_a_defined_metric_over_rows_no_concept_covers_is_parsed_with_printed_operands() -> None:
    q = ("Define the widget margin as (widget revenues minus cost of widgets) divided by widget revenues. "
         "What was it in 2022? Percent, one decimal.")
    assert defined_formula(q) is None  # without printed labels, an unknown operand defines nothing
    found = defined_formula(q, labels=True)
    assert found is not None
    assert found[0] == "( row_widget_revenue - row_cost_of_widget ) / row_widget_revenue"
    assert found[1] == "percent"


def test_a_defined_metric_over_printed_rows_is_computed_footnoted_and_recomputes() -> None:
    rows = [_row("Revenue", 9000, "revenue"), _row("Widget revenues", 1800), _row("Cost of widgets", -1935)]
    q = ("Define the widget margin as (widget revenues minus cost of widgets) divided by widget revenues. "
         "What was Acme's widget margin in 2022? Percent, one decimal.")
    answer = answer_from_facts(q, rows, company="Acme")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == -7.5  # the cost counts as its size: (1,800 - 1,935) / 1,800
    comp = answer.computation
    assert comp is not None and {c.quote for c in answer.citations} == {"Widget revenues  1,800",
                                                                         "Cost of widgets  -1,935"}
    assert round(run_expression(comp.expression, [i.value for i in comp.inputs]), 4) == -0.075


def test_rows_of_one_name_that_disagree_are_refused_naming_them() -> None:
    rows = [_row("Widget revenues", 1800), _row("Widget revenues", 1700, page=9), _row("Cost of widgets", -1935)]
    _, clash = keyed_rows(rows, {"row_widget_revenue"})
    assert "p. 5" in clash and "p. 9" in clash
    q = ("Define the widget margin as (widget revenues minus cost of widgets) divided by widget revenues. "
         "What was Acme's widget margin in 2022? Percent, one decimal.")
    answer = answer_from_facts(q, rows, company="Acme")
    assert answer is not None and answer.refused and "p. 9" in answer.answer


def test_an_operand_no_row_is_printed_as_leaves_the_question_to_other_answerers() -> None:
    rows = [_row("Revenue", 9000, "revenue"), _row("Cost of widgets", -1935)]
    q = ("Define the gadget ratio as gadget revenues divided by cost of widgets. "
         "What was Acme's gadget ratio in 2022? Two decimals.")
    assert answer_from_facts(q, rows, company="Acme") is None


def test_a_revenue_line_printed_by_its_kind_alone_answers_the_revenue_operand() -> None:
    rows = [_row("Premiums", 850), _row("Benefit costs", 700)]
    q = "Define the benefit ratio as benefit costs divided by premiums revenue. What was Acme's benefit ratio in 2022? Percent."
    answer = answer_from_facts(q, rows, company="Acme")
    assert answer is not None and answer.key_figure is not None
    assert round(answer.key_figure.value, 1) == 82.4


def test_a_metric_the_catalogue_knows_keeps_its_unit_when_the_question_spells_its_formula() -> None:
    found = defined_formula("Acme return on equity, defined as net income / total equity, fiscal 2022?")
    assert found is not None and found[1] == "percent"
    days = defined_formula("Acme DIO, defined as 365 * inventories / cost of sales, fiscal 2022?")
    assert days is not None and days[1] == "days"


def _line(label: str, value: float, statement: str, page: int, period: str = "FY2022", end: date = Y22) -> Fact:
    return Fact(concept=None, label=label, period_end=end, period=period, duration_months=12, value=value,
                statement=statement, doc_id="acme-10k", page=page, row=f"{label}  {value:,.0f}", company="Acme")


def test_a_line_named_with_its_pronoun_between_label_words_is_found() -> None:
    rows = [_row("Revenue", 9000, "revenue"), _line("Purchases of treasury shares", -812, "cash_flow", 7)]
    answer = answer_from_facts("How much did Acme spend on purchases of its treasury shares in 2022? $ millions.", rows,
                               company="Acme")
    assert answer is not None and answer.key_figure is not None and answer.key_figure.value == 812


def test_the_statement_line_answers_not_a_note_row_or_a_cash_flow_add_back_of_that_name() -> None:
    y21 = date(2021, 12, 31)
    rows = [_row("Revenue", 9000, "revenue"),
            _line("Integration charges", 254, "income_statement", 5),
            _line("Integration charges", 254, "cash_flow", 7),
            _line("Integration charges", 198, "income_statement", 5, "FY2021", y21),
            _line("Integration charges", 201, "cash_flow", 7, "FY2021", y21),  # the add-back differs: not the charge
            _line("Integration charges", 31, "supplementary", 40)]
    answer = answer_from_facts("What integration charges did Acme record in fiscal 2022? $ millions.", rows,
                               company="Acme")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 254 and answer.citations[0].page == 5


def test_a_defined_days_metric_is_in_days() -> None:
    q = ("Define Acme's days of widget inventory as 365 x average inventories / cost of widgets. "
         "What was it for 2022? One decimal.")
    found = defined_formula(q, labels=True)
    assert found is not None and found[0] == "365 * avg(inventories) / row_cost_of_widget" and found[1] == "days"


def test_where_a_definition_says_to_look_is_no_part_of_its_operand() -> None:
    q = ("For Acme in 2022, after-tax interest cost is defined as interest expense minus the tax on interest "
         "expense shown in the return on capital table of the 10-K. What was it? $ millions.")
    found = defined_formula(q, labels=True)
    assert found is not None and found[0] == "interest_expense - row_tax_on_interest_expense", found
    q = "Define Acme's core debt as long-term debt less the current portion as reported in the debt note."
    found = defined_formula(q, labels=True)
    assert found is not None and "note" not in found[0] and "report" not in found[0], found


def test_an_analysts_shorthand_after_a_colon_is_read_as_the_arithmetic_asked() -> None:
    from assistant.core.finance.definitions import asked_formula

    found = asked_formula("Acme 2023: operating income divided by interest expense, two decimals?")
    assert found is not None and found[0] == "operating_income / interest_expense", found
    found = asked_formula("Acme FY22: dividends paid plus repurchases of common stock (cash flow statement), $m?")
    assert found is not None and found[0] == "abs(dividends_paid) + abs(share_repurchases)", found
    assert asked_formula("Acme 2023: operating income, $m?") is None  # no arithmetic asked


def test_a_metric_named_before_a_colon_takes_the_formula_written_after_it() -> None:
    # The catalogue quick ratio adds short-term investments; the question spells a narrower one.
    q = "Acme quick ratio at March 3, 2024: (cash and cash equivalents + receivables, net) / total current liabilities."
    found = defined_formula(q)
    assert found is not None and found[0] == "( cash + receivables ) / total_current_liabilities", found
    assert found[2] == "quick ratio"
    plan = plan_question(q)
    assert plan is not None and plan.defined and "short_term_investments" not in (plan.formula or "")
    # Words before a colon and no written formula after it define nothing.
    assert defined_formula("Acme 2023: what was its quick ratio?") is None


def test_a_label_ending_after_its_parenthetical_stays_with_its_operand() -> None:
    q = ("Acme fiscal 2022: define interest coverage as (income before income taxes + interest expense "
         "(income), net) / interest expense (income), net. One decimal.")
    found = defined_formula(q)
    assert found is not None and found[0] == "( pretax_income + interest_expense ) / interest_expense", found
