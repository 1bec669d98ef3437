"""Statement rows printed in wordings the concept vocabulary used to miss: each must come out of the
page reader as a fact with its concept (a row without one is refused at answer time), and the
lines that only look alike must not."""

from __future__ import annotations

import pytest

from assistant.core.finance.concepts import match_concept
from assistant.core.finance.facts import Fact
from assistant.core.finance.tables import read_statement_page, split_row


def _page(title: str, rows: list[tuple[str, str, str]]) -> str:
    head = [title, "(In millions, except per share amounts)", f"{'':60s}Year Ended December 31,", f"{'':60s}  2024        2023"]
    return "\n".join(head + [f"{label:60s}{a:>8s}    {b:>8s}" for label, a, b in rows])


def _concepts(facts: list[Fact]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for f in facts:
        if f.concept:
            out.setdefault(f.concept, {})[f.period] = f.value
    return out


INCOME = _page("Consolidated Statements of Operations", [
    ("Net revenues", "5,100", "4,800"),
    ("Cost of goods sold", "3,000", "2,900"),
    ("Selling, promotional and administrative expenses", "700", "650"),
    ("Earnings/(loss) before provision/(benefit) for taxes on income", "1,210", "(40)"),
    ("Provision for/(benefit from) taxes on income", "250", "(12)"),
    ("Net earnings/(loss)", "960", "(28)"),
    ("Net income attributable to noncontrolling interests", "10", "8"),
    ("Net income applicable to common stockholders", "940", "(46)"),
    ("Diluted earnings per share attributable to Ridgeway Holdings", "$ 2.10", "$ (0.08)"),
])


def test_income_statement_labels_in_other_wordings_read_into_their_concepts() -> None:
    got = _concepts(read_statement_page(INCOME, "income_statement"))
    assert got["sga"] == {"FY2024": 700, "FY2023": 650}
    assert got["pretax_income"] == {"FY2024": 1210, "FY2023": -40}
    assert got["income_tax"] == {"FY2024": 250, "FY2023": -12}
    assert got["net_income"] == {"FY2024": 960, "FY2023": -28}
    # Net income less preferred dividends is another line (US-GAAP's NetIncomeLossAvailableToCommon...).
    assert "net_income_attributable" not in got
    assert got["eps_diluted"] == {"FY2024": 2.10, "FY2023": -0.08}


@pytest.mark.parametrize(("label", "concept"), [
    ("Income before income tax provision", "pretax_income"),
    ("Income from continuing operations before provision/(benefit) for taxes on income", "pretax_income"),
    ("Earnings before provision for taxes on income from continuing operations", "pretax_income"),
    ("Provision/(benefit) for taxes on income", "income_tax"),
    ("Income tax provision (benefit)", "income_tax"),
    ("Total selling and administrative expense", "sga"),
    ("Basic earnings per share attributable to Ridgeway Holdings", "eps_basic"),
])
def test_more_income_statement_wordings(label: str, concept: str) -> None:
    assert match_concept(label, "", "income_statement") == concept


@pytest.mark.parametrize("label", [
    "Net income attributable to noncontrolling interests",
    "Diluted earnings per share attributable to noncontrolling interests",
    "Selling and marketing expenses",  # a part of SG&A, not the line
])
def test_lines_that_only_look_alike_take_no_income_statement_concept(label: str) -> None:
    assert match_concept(label, "", "income_statement") is None


BALANCE = "\n".join([
    "Consolidated Balance Sheets", "(In millions)", f"{'':70s}December 31,", f"{'':70s}  2024        2023",
    f"{'Customer receivables, net of allowance for credit losses of $9 and $7':70s}   410         380",
    f"{'Premises and equipment, less accumulated depreciation of $90 and $80':70s}   620         600",
    f"{'Short-term debt and current portion of long-term debt':70s}   150         120",
    f"{'Trade receivables, net of allowance for doubtful accounts of $4 and $3':70s}   210         190",
    f"{'Long-term borrowings (included $55 and $61 at fair value)':70s}   900         950",
    f"{'Total liabilities':70s} 1,900       1,850",
    f"{'Total shareholders’ deficit':70s}   (75)        (20)",
    f"{'Total liabilities and shareholders’ deficit':70s} 1,825       1,830",
])


def test_balance_sheet_labels_in_other_wordings_read_into_their_concepts() -> None:
    got = _concepts(read_statement_page(BALANCE, "balance_sheet"))
    assert got["receivables"] == {"FY2024": 210, "FY2023": 190}
    assert got["ppe_net"] == {"FY2024": 620, "FY2023": 600}
    assert got["short_term_debt"] == {"FY2024": 150, "FY2023": 120}
    assert got["long_term_debt"] == {"FY2024": 900, "FY2023": 950}
    # A deficit is the equity line; the grand total below it is not.
    assert got["total_equity"] == {"FY2024": -75, "FY2023": -20}


def test_a_page_footer_printed_on_a_rows_line_is_no_part_of_its_label() -> None:
    line = f"{'See Notes to Consolidated Financial Statements':50s}{'Total liabilities and equity':40s}$ 1,825    $ 1,830"
    split = split_row(line)
    assert split is not None and split[0] == "Total liabilities and equity"
    plain = split_row(f"{'Notes payable to banks':50s}   45      40")
    assert plain is not None and plain[0] == "Notes payable to banks"
