"""Share-count and per-share rows of a statement page: the basic weighted-average share count is a line
item of its own (as the diluted one is), read under its heading or from its label; a row no concept
names still takes its unit from its label (a figure per share is no amount in the table's scale, a share
count is no dollar amount), while a bracket's "per share" or a par value leaves a row an amount.
Made-up rows and wording only."""

from __future__ import annotations

import pytest

from assistant.core.finance.concepts import match_concept, row_unit
from assistant.core.finance.facts import Fact
from assistant.core.finance.tables import read_statement_page

PAGE = "\n".join([
    "Statements of Consolidated Earnings",
    "(Dollars and shares in millions, except per share figures)",
    f"{'':58s}Years Ended",
    f"{'':58s}  2024        2023",
    f"{'Net sales':58s}{'8,400':>8s}    {'8,100':>8s}",
    f"{'Net earnings':58s}{'610':>8s}    {'575':>8s}",
    f"{'Basic earnings per share':58s}{'$ 3.05':>8s}    {'$ 2.80':>8s}",
    f"{'Diluted earnings per share':58s}{'$ 3.01':>8s}    {'$ 2.77':>8s}",
    f"{'Cash dividends declared per common share':58s}{'$ 1.10':>8s}    {'$ 1.00':>8s}",
    "Weighted-average number of shares:",
    f"{'  Basic':58s}{'200.0':>8s}    {'205.4':>8s}",
    f"{'  Diluted':58s}{'202.6':>8s}    {'207.9':>8s}",
])


def _read() -> list[Fact]:
    return read_statement_page(PAGE, "income_statement", doc_id="lumen-10k", page=3)


def test_basic_and_diluted_counts_under_their_heading_are_two_line_items() -> None:
    facts = _read()
    basic = {f.period: f for f in facts if f.concept == "shares_basic"}
    diluted = {f.period: f for f in facts if f.concept == "shares_outstanding"}
    assert {p: f.value for p, f in basic.items()} == {"FY2024": 200.0, "FY2023": 205.4}
    assert {p: f.value for p, f in diluted.items()} == {"FY2024": 202.6, "FY2023": 207.9}
    assert all(f.unit == "shares" and f.scale == "million" for f in [*basic.values(), *diluted.values()])
    # the per-share rows above keep their own concepts
    assert {f.concept for f in facts if f.label == "Basic earnings per share"} == {"eps_basic"}


def test_a_row_no_concept_names_takes_its_unit_from_its_label() -> None:
    dividends = [f for f in _read() if f.label.startswith("Cash dividends declared")]
    assert dividends and all(f.concept is None for f in dividends)
    assert {(f.unit, f.scale) for f in dividends} == {("USD/share", None)}
    net = [f for f in _read() if f.label == "Net earnings"]
    assert {(f.unit, f.scale) for f in net} == {("USD", "million")}


@pytest.mark.parametrize(("label", "concept"), [
    ("Weighted-average shares--basic", "shares_basic"),
    ("Weighted average number of ordinary shares outstanding - Basic", "shares_basic"),
    ("Average basic common shares outstanding", "shares_basic"),
    ("Weighted-average shares--diluted", "shares_outstanding"),
    ("Weighted average common shares outstanding, assuming dilution", "shares_outstanding"),
    ("Basic earnings per common share", "eps_basic"),
])
def test_share_count_labels(label: str, concept: str) -> None:
    assert match_concept(label, "", "income_statement") == concept


def test_a_count_heading_names_only_the_rows_that_say_which_count() -> None:
    assert match_concept("Basic", "Average shares outstanding:", "income_statement") == "shares_basic"
    assert match_concept("Effect of dilutive stock awards", "Average shares outstanding:", "income_statement") is None
    # "Basic and diluted": one count for both, read as the diluted one (as before)
    assert match_concept("Basic and diluted", "Weighted-average shares", "income_statement") == "shares_outstanding"


@pytest.mark.parametrize(("label", "heading", "unit"), [
    ("Dividends paid per ordinary share", "", "USD/share"),
    ("Diluted", "Adjusted earnings per share", "USD/share"),
    ("Weighted-average shares outstanding (in millions)", "", "shares"),
    ("Effect of dilutive stock awards", "Average shares outstanding:", "shares"),
    # a bracket's per-share rate and a par value: the row is still the table's amount
    ("Dividends declared ($1.10 and $1.00 per share)", "", "USD"),
    ("Common stock, par value $0.01 per share; 900 shares authorized", "", "USD"),
    ("Issued (310 and 312 million shares, respectively)", "", "USD"),
    ("Purchase of treasury shares", "", "USD"),
    ("Net income", "Average shares outstanding:", "USD"),
])
def test_row_units(label: str, heading: str, unit: str) -> None:
    assert row_unit(label, heading) == unit


def test_questions_name_the_basic_count_apart_from_basic_eps_and_the_diluted_count() -> None:
    from assistant.core.finance.plan import plan_question

    for q in ("What was Lumen's weighted-average basic share count in 2024? Millions.",
              "Lumen weighted average shares outstanding, basic, for fiscal 2024?",
              "How many basic weighted average common shares did Lumen have in 2024?"):
        plan = plan_question(q)
        assert plan is not None and plan.kind == "lookup" and plan.concept == "shares_basic", q
    eps = plan_question("What were Lumen's basic earnings per share in 2024?")
    assert eps is not None and eps.concept == "eps_basic"
    diluted = plan_question("Lumen's diluted weighted-average ordinary shares in 2024?")
    assert diluted is not None and diluted.concept == "shares_outstanding"
    growth = plan_question("By what percent did Lumen's weighted-average basic shares change from 2023 to 2024?")
    assert growth is not None and growth.kind == "growth" and growth.concept == "shares_basic"


def test_a_basic_count_is_answered_as_shares() -> None:
    from assistant.core.answer.computed import answer_from_facts

    answer = answer_from_facts("Lumen's weighted-average basic shares for 2024? Millions, one decimal.", _read(),
                               company="Lumen")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 200.0 and answer.key_figure.unit == "shares"
    assert "$" not in answer.answer.split("[")[0] and "shares" in answer.answer


def test_a_statement_of_a_part_of_the_group_gives_no_facts() -> None:
    from assistant.core.finance.tables import facts_from_pages

    def income(title: list[str], sales: str) -> str:
        rows = [f"{'Net sales':58s}{sales:>8s}    {'900':>8s}", f"{'Cost of sales':58s}{'(600)':>8s}    {'(550)':>8s}",
                f"{'Gross profit':58s}{'400':>8s}    {'350':>8s}", f"{'Operating income':58s}{'120':>8s}    {'100':>8s}",
                f"{'Net income':58s}{'80':>8s}    {'70':>8s}"]
        return "\n".join([*title, "($ in millions)", f"{'':58s}  2024        2023", *rows])

    consolidated = income(["Consolidated Statements of Income"], "1,000")
    for part in (["Deed of Cross Guarantee", "Consolidated Statements of Income"],
                 ["Condensed Statements of Income (Parent Company Only)"]):
        facts = facts_from_pages([(40, consolidated), (90, income(part, "210"))], doc_id="lumen-10k")
        assert {f.page for f in facts} == {40}
        assert {f.value for f in facts if f.concept == "revenue"} == {1000.0, 900.0}
    # a consolidated statement's title block naming its subsidiaries is still the company's
    facts = facts_from_pages([(40, income(["Lumen Corp and Subsidiaries", "Consolidated Statements of Income"], "1,000"))])
    assert {f.value for f in facts if f.concept == "revenue"} == {1000.0, 900.0}


def test_a_count_row_naming_its_own_kind_is_not_read_by_the_heading_above() -> None:
    heading = "Earnings per common share--diluted:"
    assert match_concept("Weighted-average shares--basic", heading, "income_statement") == "shares_basic"
    assert match_concept("Weighted-average shares--diluted", heading, "income_statement") == "shares_outstanding"
    assert match_concept("Weighted-average shares outstanding", "Basic earnings per common share",
                         "income_statement") == "shares_basic"


def test_part_of_the_group_titles() -> None:
    from assistant.core.finance.statements import group_part

    def page(*title: str) -> str:
        return "\n".join([*title, f"{'Net sales':40s}{'210':>8s}    {'190':>8s}"])

    assert group_part(page("Schedule I", "Condensed Financial Information of Registrant", "Statements of Income"))
    assert group_part(page("Parent Company", "Statements of Income"))
    assert group_part(page("Condensed Consolidating Balance Sheet", "Issuer   Guarantors   Non-Guarantors   Total"))
    # an equity statement's column naming the parent's owners is the company's own statement
    assert not group_part(page("Consolidated Statements of Equity", "Total Equity Attributable to Parent Company"))
    assert not group_part(page("Consolidated Statements of Income"))


def test_a_share_count_asked_in_millions_is_not_quoted_from_a_row_without_its_scale() -> None:
    from assistant.core.answer.statement_ask import quote_doubt, statement_ask
    from assistant.core.numbers import parse_quantities

    header = "Year Ended December 31,\n(in millions)  2024  2023  2022"
    row = "Weighted-average common shares outstanding, assuming dilution  202.6  207.9  210.1"

    def doubt(question: str) -> str | None:
        ask = statement_ask(question)
        assert ask is not None and ask.concept == "shares_outstanding"
        figure = next(x for x in parse_quantities(row) if not x.is_year)
        return quote_doubt(ask, row, figure, row=True, header=header)

    assert doubt("Lumen's diluted weighted-average shares for 2024? Millions of shares.") is not None
    assert doubt("Lumen's diluted weighted-average shares for 2024?") is None
