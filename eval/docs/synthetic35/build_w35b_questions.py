"""Writer B, blind pair 35: writes filings_metrics_synth35b.jsonl and prose_questions_synth35b.jsonl
from the figures of quillfield-q3-2026-earnings-release.pdf, recomputing every computed gold from the
figures in its evidence quotes (half-up rounding). Run make_w35b.py first.
Run from the repository root:  PYTHONPATH=. .venv/bin/python eval/docs/synthetic35/build_w35b_questions.py
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

DOC = "quillfield-q3-2026-earnings-release.pdf"
ROOT = Path(__file__).resolve().parents[3]
METRICS = ROOT / "eval/data/filings_metrics_synth35b.jsonl"
PROSE = ROOT / "eval/data/prose_questions_synth35b.jsonl"


def rh(x: float, d: int) -> float:
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def num(s: str) -> float:
    s = s.replace(",", "").replace("$", "").replace("%", "")
    return -float(s[1:-1]) if s.startswith("(") else float(s)


def ev(page: int, quote: str) -> dict:
    return {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def tol_half(value: float, d: int) -> float:
    return round((0.5 * 10 ** (-d)) / abs(value) + 5e-7, 6)


ROWS_M: list[dict] = []
ROWS_P: list[dict] = []


def add(rows: list, qid: str, question: str, answer: str, qtype: str, value, unit, scale, tolerance,
        evidence: list[dict], tags: list[str], calc=None, figs: list[tuple[int, str]] | None = None,
        d: int | None = None) -> None:
    """calc(*inputs) recomputes the gold from the figures `figs` [(evidence index, figure as printed)]."""
    if calc is not None:
        inputs = []
        for i, f in figs:
            assert f in evidence[i]["quote"], (qid, f)
            inputs.append(num(f))
        got = calc(*inputs)
        assert rh(got, d) == value, (qid, got, value)
    rows.append({"id": qid, "question": question, "answer": answer, "type": qtype, "value": value,
                 "unit": unit, "scale": scale, "tolerance": tolerance, "evidence": evidence,
                 "tags": tags, "documents": [DOC]})


M = "s35m-b-"
P = "s35p-b-"
CO = ["quillfield"]

# ------------------------------------------------------------------ metric questions: lookups
add(ROWS_M, M + "01", "How much net premiums earned did Quillfield Insurance Group report for the third quarter of 2026 (three months ended September 30, 2026)? USD millions, one decimal.",
    "$2,705.7 million (Net premiums earned, three months ended September 30, 2026; income statement p. 5).",
    "currency", 2705.7, "USD", "million", 0.001, [ev(5, "Net premiums earned 2,705.7")], ["lookup"] + CO)
add(ROWS_M, M + "02", "What was Quillfield's net income for the first nine months of 2025, as shown in the comparative column of its Q3 2026 release?",
    "$714.2 million (Net income, nine months ended September 30, 2025; income statement p. 5).",
    "currency", 714.2, "USD", "million", 0.001, [ev(5, "Net income 305.3 208.4 1,031.6 714.2")], ["lookup"] + CO)
add(ROWS_M, M + "03", "What diluted earnings per share did Quillfield report for the third quarter of 2025?",
    "$2.31 per diluted share (three months ended September 30, 2025; income statement p. 5).",
    "currency", 2.31, "USD", None, tol_half(2.31, 2), [ev(5, "Diluted 3.51 2.31")], ["lookup"] + CO)
add(ROWS_M, M + "04", "How much did Quillfield record in losses and loss adjustment expenses for the nine months ended September 30, 2026, in millions of dollars?",
    "$5,183.0 million (Losses and loss adjustment expenses, nine months 2026; income statement p. 5).",
    "currency", 5183.0, "USD", "million", 0.001, [ev(5, "Losses and loss adjustment expenses 1,798.2 1,747.0 5,183.0")], ["lookup"] + CO)
add(ROWS_M, M + "05", "What was the balance of unpaid losses and loss adjustment expenses (loss reserves) on Quillfield's balance sheet at December 31, 2025? Answer in USD millions.",
    "$17,096.3 million (Unpaid losses and loss adjustment expenses at December 31, 2025; balance sheet p. 6).",
    "currency", 17096.3, "USD", "million", 0.001, [ev(6, "Unpaid losses and loss adjustment expenses 17,842.6 17,096.3")], ["lookup"] + CO)
add(ROWS_M, M + "06", "What were Quillfield's total investments at September 30, 2026?",
    "$26,782.6 million (Total investments at September 30, 2026; balance sheet p. 6).",
    "currency", 26782.6, "USD", "million", 0.001, [ev(6, "Total investments 26,782.6")], ["lookup"] + CO)
add(ROWS_M, M + "07", "How much did the Commercial segment write in net premiums over the first nine months of 2026? USD millions.",
    "$2,941.8 million (Commercial net premiums written, nine months 2026; premiums by segment p. 7).",
    "currency", 2941.8, "USD", "million", 0.001, [ev(7, "Commercial 986.4 921.7 7.0% 2,941.8")], ["lookup"] + CO)
add(ROWS_M, M + "08", "What was the Specialty segment's combined ratio for the nine months ended September 30, 2025? Percent, one decimal.",
    "91.6% (Specialty combined ratio, nine months 2025; underwriting ratios p. 8).",
    "percent", 91.6, "percent", None, tol_half(91.6, 1), [ev(8, "Combined ratio 88.7 93.8 88.0 91.6")], ["lookup"] + CO)
add(ROWS_M, M + "09", "How much in catastrophe losses, net of reinsurance, did Quillfield's Personal segment incur in the third quarter of 2025?",
    "$171.4 million (Personal catastrophe losses, three months ended September 30, 2025; p. 9).",
    "currency", 171.4, "USD", "million", 0.001, [ev(9, "Personal 131.4 171.4")], ["lookup"] + CO)
add(ROWS_M, M + "10", "How much favorable prior-year reserve development did the Commercial segment record in the first nine months of 2026, in USD millions?",
    "$56.9 million favorable (Commercial prior-year reserve development of (56.9), nine months 2026; p. 9).",
    "currency", 56.9, "USD", "million", 0.001, [ev(9, "Commercial (21.7) (10.8) (56.9)")], ["lookup"] + CO)
add(ROWS_M, M + "11", "What operating income per diluted share (non-GAAP) did Quillfield report for the nine months ended September 30, 2025?",
    "$7.44 per diluted share (Operating income per diluted share, nine months 2025; reconciliation p. 9).",
    "currency", 7.44, "USD", None, tol_half(7.44, 2), [ev(9, "Operating income 3.64 2.11 11.45 7.44")], ["lookup"] + CO)
add(ROWS_M, M + "12", "What was Quillfield's adjusted book value per share at June 30, 2026?",
    "$101.15 (Adjusted book value per share, June 30, 2026 column; p. 10).",
    "currency", 101.15, "USD", None, tol_half(101.15, 2), [ev(10, "Adjusted book value per share 103.51 101.15")], ["lookup"] + CO)
add(ROWS_M, M + "13", "What operating return on equity did Quillfield report for the first nine months of 2025?",
    "10.9% (Operating return on equity, nine months ended September 30, 2025; p. 10).",
    "percent", 10.9, "percent", None, tol_half(10.9, 1), [ev(10, "Operating return on equity 14.3% 9.1% 15.5% 10.9%")], ["lookup"] + CO)
add(ROWS_M, M + "14", "What were Quillfield's average invested assets, at amortized cost, for the nine months ended September 30, 2026? USD millions.",
    "$25,870.0 million (Average invested assets, nine months 2026; investment results p. 11).",
    "currency", 25870.0, "USD", "million", 0.001, [ev(11, "Average invested assets, at amortized cost 26,180.0 24,540.0 25,870.0")], ["lookup"] + CO)
add(ROWS_M, M + "15", "What average price per share did Quillfield pay for the shares it bought back over the first nine months of 2026?",
    "$126.49 per share (Average price per share repurchased, nine months ended September 30, 2026; p. 11).",
    "currency", 126.49, "USD", None, tol_half(126.49, 2), [ev(11, "Average price per share repurchased 131.20 126.49")], ["lookup"] + CO)
add(ROWS_M, M + "16", "What was Quillfield's consolidated underlying combined ratio (non-GAAP) for the nine months ended September 30, 2025?",
    "89.4% (consolidated underlying combined ratio, nine months 2025; reconciliation p. 9).",
    "percent", 89.4, "percent", None, tol_half(89.4, 1), [ev(9, "Underlying combined ratio 88.9 89.9 87.9 89.4")], ["lookup"] + CO)
add(ROWS_M, M + "17", "How much income tax expense did Quillfield record for the three months ended September 30, 2025?",
    "$55.4 million (Income tax expense, third quarter 2025; income statement p. 5).",
    "currency", 55.4, "USD", "million", 0.001, [ev(5, "Income tax expense 81.1 55.4")], ["lookup"] + CO)
add(ROWS_M, M + "18", "By what percentage did the Specialty segment's net premiums earned grow in the first nine months of 2026 compared with the same period of 2025?",
    "15.5% (Specialty net premiums earned, nine months: $1,110.4 million vs $961.8 million; p. 7).",
    "percent", 15.5, "percent", None, tol_half(15.5, 1), [ev(7, "Specialty 381.7 331.9 15.0% 1,110.4 961.8 15.5%")], ["lookup", "growth"] + CO)

# ------------------------------------------------------------------ metric questions: computed
e_ni, e_rev = ev(5, "Net income 305.3"), ev(5, "Total revenues 2,970.7")
add(ROWS_M, M + "19", "What was Quillfield's net margin in the third quarter of 2026, defined as net income divided by total revenues? Percent, one decimal.",
    "10.3% (net income $305.3 million / total revenues $2,970.7 million = 10.28%; p. 5).",
    "percent", 10.3, "percent", None, tol_half(10.3, 1), [e_ni, e_rev], ["margin", "defined"] + CO,
    lambda a, b: 100 * a / b, [(0, "305.3"), (1, "2,970.7")], 1)
e = [ev(5, "Total revenues 2,970.7 2,745.9 8,802.5 8,042.0")]
add(ROWS_M, M + "20", "How fast did Quillfield's total revenues grow in the first nine months of 2026 versus the first nine months of 2025? Give the percentage to one decimal.",
    "9.5% ((8,802.5 − 8,042.0) / 8,042.0 = 9.46%; total revenues, nine-month columns, p. 5).",
    "percent", 9.5, "percent", None, tol_half(9.5, 1), e, ["growth"] + CO,
    lambda a, b: 100 * (a - b) / b, [(0, "8,802.5"), (0, "8,042.0")], 1)
e = [ev(9, "Operating income 316.8 190.4")]
add(ROWS_M, M + "21", "By what percentage did Quillfield's operating income in dollars (not per share) rise in the third quarter of 2026 from the third quarter of 2025? One decimal.",
    "66.4% ((316.8 − 190.4) / 190.4 = 66.39%; operating income in USD millions, reconciliation p. 9).",
    "percent", 66.4, "percent", None, tol_half(66.4, 1), e, ["growth"] + CO,
    lambda a, b: 100 * (a - b) / b, [(0, "316.8"), (0, "190.4")], 1)
e = [ev(7, "Specialty 403.2 352.6 14.4% 1,175.6"), ev(7, "Total net premiums written 2,802.1 2,572.3 8.9% 8,204.7")]
add(ROWS_M, M + "22", "What share of Quillfield's total net premiums written in the first nine months of 2026 came from the Specialty segment? Percent to one decimal.",
    "14.3% (Specialty $1,175.6 million / total $8,204.7 million = 14.33%; p. 7).",
    "percent", 14.3, "percent", None, tol_half(14.3, 1), e, ["ratio", "defined"] + CO,
    lambda a, b: 100 * a / b, [(0, "1,175.6"), (1, "8,204.7")], 1)
e = [ev(6, "Unpaid losses and loss adjustment expenses 17,842.6"), ev(6, "Total shareholders' equity 8,008.7")]
add(ROWS_M, M + "23", "At September 30, 2026, what was the ratio of Quillfield's unpaid losses and loss adjustment expenses to total shareholders' equity? Two decimals.",
    "2.23 (unpaid losses and LAE $17,842.6 million / shareholders' equity $8,008.7 million = 2.228; p. 6).",
    "ratio", 2.23, "ratio", None, tol_half(2.23, 2), e, ["ratio", "defined"] + CO,
    lambda a, b: a / b, [(0, "17,842.6"), (1, "8,008.7")], 2)
e = [ev(10, "Book value per share 93.54 89.52 83.15 79.33")]
add(ROWS_M, M + "24", "How much did Quillfield's book value per share grow from September 30, 2025 to September 30, 2026? Percent, one decimal.",
    "17.9% (($93.54 − $79.33) / $79.33 = 17.91%; book value per share, p. 10).",
    "percent", 17.9, "percent", None, tol_half(17.9, 1), e, ["growth"] + CO,
    lambda a, b: 100 * (a - b) / b, [(0, "93.54"), (0, "79.33")], 1)
e = [ev(5, "Policy acquisition costs 502.3 465.5 1,469.2 1,362.5"), ev(5, "Other underwriting expenses 249.9 236.8 742.6 699.5"),
     ev(5, "Net premiums earned 2,705.7 2,480.8 7,955.8 7,300.1")]
add(ROWS_M, M + "25", "Using the income statement, compute Quillfield's expense ratio for the nine months ended September 30, 2025 as (policy acquisition costs + other underwriting expenses) ÷ net premiums earned. Round to two decimals of a percent.",
    "28.25% ((1,362.5 + 699.5) / 7,300.1 = 28.246%; income statement p. 5).",
    "percent", 28.25, "percent", None, tol_half(28.25, 2), e, ["ratio", "defined"] + CO,
    lambda a, b, c: 100 * (a + b) / c, [(0, "1,362.5"), (1, "699.5"), (2, "7,300.1")], 2)
e = [ev(5, "Losses and loss adjustment expenses 1,798.2"), ev(9, "Total catastrophe losses 188.6"), ev(5, "Net premiums earned 2,705.7")]
add(ROWS_M, M + "26", "What was Quillfield's third-quarter 2026 loss and LAE ratio excluding catastrophe losses only (losses and LAE minus catastrophe losses, divided by net premiums earned)? One decimal.",
    "59.5% ((1,798.2 − 188.6) / 2,705.7 = 59.49%; pp. 5 and 9).",
    "percent", 59.5, "percent", None, tol_half(59.5, 1), e, ["ratio", "defined"] + CO,
    lambda a, b, c: 100 * (a - b) / c, [(0, "1,798.2"), (1, "188.6"), (2, "2,705.7")], 1)
e = [ev(11, "Dividends declared 81.3 247.9"), ev(5, "Net income 305.3 208.4 1,031.6")]
add(ROWS_M, M + "27", "What was Quillfield's dividend payout for the first nine months of 2026, measured as dividends declared divided by net income? Percent, one decimal.",
    "24.0% (dividends declared $247.9 million / net income $1,031.6 million = 24.03%; pp. 11 and 5).",
    "percent", 24.0, "percent", None, tol_half(24.0, 1), e, ["payout", "defined"] + CO,
    lambda a, b: 100 * a / b, [(0, "247.9"), (1, "1,031.6")], 1)
e = [ev(11, "Total capital returned 267.6 737.4"), ev(9, "Operating income 316.8 190.4 1,006.9")]
add(ROWS_M, M + "28", "Year to date through September 30, 2026, what percentage of Quillfield's operating income was returned to shareholders (total capital returned ÷ operating income)? One decimal.",
    "73.2% ($737.4 million / $1,006.9 million = 73.23%; pp. 11 and 9).",
    "percent", 73.2, "percent", None, tol_half(73.2, 1), e, ["ratio", "defined"] + CO,
    lambda a, b: 100 * a / b, [(0, "737.4"), (1, "1,006.9")], 1)
e = [ev(6, "Long-term debt 1,743.9 1,742.1"), ev(6, "Total shareholders' equity 8,008.7 7,395.1")]
add(ROWS_M, M + "29", "What was Quillfield's debt-to-equity ratio at December 31, 2025, taking long-term debt over total shareholders' equity? Two decimals.",
    "0.24 ($1,742.1 million / $7,395.1 million = 0.2356; balance sheet p. 6, December 31, 2025 column).",
    "ratio", 0.24, "ratio", None, tol_half(0.24, 2), e, ["ratio", "defined"] + CO,
    lambda a, b: a / b, [(0, "1,742.1"), (1, "7,395.1")], 2)
e = [ev(9, "Combined ratio 94.3 98.7")]
add(ROWS_M, M + "30", "By how many percentage points did Quillfield's consolidated combined ratio improve in the third quarter of 2026 compared with the third quarter of 2025?",
    "4.4 percentage points of improvement (combined ratio 94.3% in Q3 2026 versus 98.7% in Q3 2025; p. 9).",
    "percent", 4.4, "pp", None, tol_half(4.4, 1), e, ["difference"] + CO,
    lambda a, b: b - a, [(0, "94.3"), (0, "98.7")], 1)
e = [ev(6, "Total shareholders' equity 8,008.7"), ev(6, "Goodwill and intangible assets 612.3"), ev(6, "Common shares outstanding (millions) 85.62")]
add(ROWS_M, M + "31", "Compute Quillfield's tangible book value per share at September 30, 2026: total shareholders' equity less goodwill and intangible assets, divided by common shares outstanding. Dollars to two decimals.",
    "$86.39 (($8,008.7 − $612.3) million / 85.62 million shares = $86.386; balance sheet p. 6).",
    "currency", 86.39, "USD", None, tol_half(86.39, 2), e, ["defined"] + CO,
    lambda a, b, c: (a - b) / c, [(0, "8,008.7"), (1, "612.3"), (2, "85.62")], 2)
e = [ev(9, "Personal 131.4 171.4 352.8"), ev(9, "Total catastrophe losses 188.6 236.7 505.1")]
add(ROWS_M, M + "32", "What share of Quillfield's catastrophe losses in the nine months ended September 30, 2026 fell on the Personal segment? Percent, one decimal.",
    "69.8% (Personal $352.8 million / total $505.1 million = 69.85%; p. 9).",
    "percent", 69.8, "percent", None, tol_half(69.8, 1), e, ["ratio", "defined"] + CO,
    lambda a, b: 100 * a / b, [(0, "352.8"), (1, "505.1")], 1)
e = [ev(9, "Underlying combined ratio 88.9"), ev(8, "Expense ratio 27.8")]
add(ROWS_M, M + "33", "Quillfield's underlying loss and LAE ratio can be taken as the consolidated underlying combined ratio minus the expense ratio. What was it for the third quarter of 2026?",
    "61.1% (underlying combined ratio 88.9% − expense ratio 27.8%; pp. 9 and 8).",
    "percent", 61.1, "percent", None, tol_half(61.1, 1), e, ["defined"] + CO,
    lambda a, b: a - b, [(0, "88.9"), (1, "27.8")], 1)
e = [ev(7, "Personal 1,412.5 1,298.0 8.8% 4,087.3 3,752.9"), ev(7, "Personal 1,365.8 1,251.4 9.1% 3,998.5 3,671.0")]
add(ROWS_M, M + "34", "For the Personal segment in the first nine months of 2026, how much did net premiums written exceed net premiums earned, in USD millions?",
    "$88.8 million ($4,087.3 million written − $3,998.5 million earned; p. 7).",
    "currency", 88.8, "USD", "million", tol_half(88.8, 1), e, ["difference"] + CO,
    lambda a, b: a - b, [(0, "4,087.3"), (1, "3,998.5")], 1)

# ------------------------------------------------------------------ metric refusals
add(ROWS_M, M + "35", "What net income did Quillfield report for the full year 2025?",
    "The documents don't say: the Q3 2026 release gives only three-month and nine-month figures; net income for the nine months ended September 30, 2025 was $714.2 million, but no full-year 2025 figure is reported.",
    "refusal", None, None, None, None, [], ["refusal", "period"] + CO)
add(ROWS_M, M + "36", "How much cash did Quillfield generate from operating activities in the first nine months of 2026?",
    "The documents don't say: the release has an income statement, balance sheet and supplementary tables but no cash flow statement, so operating cash flow is not reported.",
    "refusal", None, None, None, None, [], ["refusal", "not_reported"] + CO)
add(ROWS_M, M + "37", "What was the combined ratio of Quillfield's personal auto line on its own in the third quarter of 2026?",
    "The documents don't say: combined ratios are given for the Personal segment as a whole (auto and homeowners together), not for auto alone.",
    "refusal", None, None, None, None, [], ["refusal", "nearest_trap"] + CO)
add(ROWS_M, M + "38", "What net premiums written did Quillfield report for the fourth quarter of 2026?",
    "The documents don't say: the release covers the quarter and nine months ended September 30, 2026; fourth-quarter premiums are not reported (only a full-year growth outlook is given).",
    "refusal", None, None, None, None, [], ["refusal", "period"] + CO)
add(ROWS_M, M + "39", "How much in catastrophe losses did the late-August hurricane cause in Quillfield's Commercial segment?",
    "The documents don't say: the release gives the hurricane's losses only in total ($96.4 million net of reinsurance) and catastrophe losses by segment for all events, not the hurricane's Commercial share.",
    "refusal", None, None, None, None, [], ["refusal", "nearest_trap"] + CO)

# ------------------------------------------------------------------ prose questions
add(ROWS_P, P + "01", "How much did Quillfield bring in from its investment portfolio, as net investment income, in the third quarter of 2026?",
    "$268.4 million of net investment income in the quarter.",
    "currency", 268.4, "USD", "million", 0.001, [ev(3, "Net investment income was $268.4 million for the quarter")], ["paraphrase", "lookup"] + CO)
add(ROWS_P, P + "02", "What was Quillfield's operating income per diluted share for the third quarter of 2026, the non-GAAP measure?",
    "$3.64 per diluted share of operating income (non-GAAP).",
    "currency", 3.64, "USD", None, tol_half(3.64, 2), [ev(1, "Operating income, a non-GAAP measure, was $316.8 million, or $3.64 per diluted share")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "03", "On a GAAP basis, what did Quillfield earn per diluted share in the third quarter of 2026?",
    "$3.51 per diluted share on a GAAP basis.",
    "currency", 3.51, "USD", None, tol_half(3.51, 2), [ev(1, "net income of $305.3 million, or $3.51 per diluted share, for the third quarter of 2026")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "04", "How much operating income has Quillfield earned so far in 2026, through the end of September?",
    "$1,006.9 million of operating income year to date.",
    "currency", 1006.9, "USD", "million", 0.001, [ev(2, "Year to date, operating income reached $1,006.9 million")], ["qualifier", "paraphrase", "lookup"] + CO)
add(ROWS_P, P + "05", "Before this update, what catastrophe load had Quillfield assumed for full-year 2026?",
    "5.5% of net premiums earned, the assumption made in July (now raised).",
    "percent", 5.5, "percent", None, tol_half(5.5, 1), [ev(3, "raised from the 5.5% assumed in July")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "06", "What expense ratio does Quillfield now expect for 2026 after updating its outlook?",
    "27.2% to 27.6%.",
    "range", [27.2, 27.6], "percent", None, tol_half(27.2, 1), [ev(3, "an expense ratio of 27.2% to 27.6%")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "07", "What full-year 2026 net investment income had Quillfield guided to before it raised the outlook?",
    "Approximately $1,040 million (the earlier outlook).",
    "currency", 1040.0, "USD", "million", 0.01, [ev(3, "up from approximately $1,040 million")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "08", "How many of its own shares did Quillfield buy back during the third quarter of 2026?",
    "1.42 million shares.",
    "count", 1420000, "count", None, tol_half(1.42, 2), [ev(3, "Quillfield repurchased 1.42 million common shares at a total cost of $186.3 million")], ["kind", "lookup"] + CO)
add(ROWS_P, P + "09", "How much money did Quillfield spend on share repurchases in the third quarter of 2026?",
    "$186.3 million.",
    "currency", 186.3, "USD", "million", 0.001, [ev(3, "Quillfield repurchased 1.42 million common shares at a total cost of $186.3 million")], ["kind", "paraphrase", "lookup"] + CO)
add(ROWS_P, P + "10", "What was the late-August hurricane's cost to Quillfield, net of reinsurance?",
    "$96.4 million, net of reinsurance.",
    "currency", 96.4, "USD", "million", 0.001, [ev(2, "came mainly from the late-August hurricane ($96.4 million, net of reinsurance)")], ["kind", "lookup"] + CO)
e = [ev(2, "Third quarter catastrophe losses of $188.6 million came mainly from the late-August hurricane ($96.4 million, net of reinsurance)")]
add(ROWS_P, P + "11", "Roughly what share of Quillfield's third-quarter 2026 catastrophe losses did the hurricane account for? Percent, one decimal.",
    "51.1%: $96.4 million / $188.6 million = 51.11%.",
    "percent", 51.1, "percent", None, tol_half(51.1, 1), e, ["derived", "computation"] + CO,
    lambda a, b: 100 * a / b, [(0, "96.4"), (0, "188.6")], 1)
e = [ev(3, "For the nine months, net investment income was $781.5 million, up 18.1%")]
add(ROWS_P, P + "12", "Working back from the stated growth rate, about how much net investment income did Quillfield earn in the first nine months of 2025? USD millions, one decimal.",
    "About $661.7 million: $781.5 million / 1.181 = $661.7 million (the income statement on p. 5 prints $662.0 million; the gap is the rounding of 18.1%).",
    "currency", 661.7, "USD", "million", 0.001, e, ["derived", "computation"] + CO,
    lambda a, b: a / (1 + b / 100), [(0, "781.5"), (0, "18.1")], 1)
e = [ev(3, "a catastrophe load of about 6.2% of net premiums earned for the full year, raised from the 5.5% assumed in July")]
add(ROWS_P, P + "13", "By how many percentage points did Quillfield raise its 2026 catastrophe load assumption?",
    "0.7 percentage points, to 6.2% from 5.5%.",
    "percent", 0.7, "pp", None, tol_half(0.7, 1), e, ["derived", "computation"] + CO,
    lambda a, b: a - b, [(0, "6.2"), (0, "5.5")], 1)
e = [ev(3, "net investment income of $1,060 million to $1,080 million, up from approximately $1,040 million")]
add(ROWS_P, P + "14", "How much higher is the midpoint of Quillfield's new 2026 net investment income outlook than its earlier figure, in USD millions?",
    "$30 million (new midpoint $1,070 million less the earlier $1,040 million).",
    "currency", 30.0, "USD", "million", 0.01, e, ["derived", "computation"] + CO,
    lambda a, b, c: (a + b) / 2 - c, [(0, "1,060"), (0, "1,080"), (0, "1,040")], 0)
add(ROWS_P, P + "15", "Through how many independent agencies does Quillfield sell its insurance?",
    "About 7,400 independent agencies.",
    "count", 7400, "count", None, tol_half(7400, 0), [ev(4, "through approximately 7,400 independent agencies in 44 states")], ["paraphrase", "kind", "lookup"] + CO)
add(ROWS_P, P + "16", "What is Quillfield's headcount?",
    "About 9,100 employees.",
    "count", 9100, "count", None, tol_half(9100, 0), [ev(4, "employs about 9,100 people")], ["paraphrase", "lookup"] + CO)
add(ROWS_P, P + "17", "How much buyback capacity did Quillfield still have left at the end of September 2026?",
    "$1,210.7 million remaining under the repurchase authorization.",
    "currency", 1210.7, "USD", "million", 0.001, [ev(3, "$1,210.7 million remained under the share repurchase authorization")], ["paraphrase", "lookup"] + CO)
add(ROWS_P, P + "18", "At roughly what yield was Quillfield investing new money in fixed maturities?",
    "About 5.3%.",
    "percent", 5.3, "percent", None, tol_half(5.3, 1), [ev(3, "new money yields on fixed maturities of about 5.3%")], ["paraphrase", "kind", "lookup"] + CO)
add(ROWS_P, P + "19", "Excluding catastrophes and reserve development, what was the Personal lines combined ratio in the third quarter of 2026?",
    "88.3% (the Personal underlying combined ratio).",
    "percent", 88.3, "percent", None, tol_half(88.3, 1), [ev(2, "Its underlying combined ratio improved to 88.3% from 88.4%")], ["qualifier", "paraphrase", "lookup"] + CO)
add(ROWS_P, P + "20", "What renewal premium change did Quillfield achieve in Commercial lines in the third quarter?",
    "7.4% renewal premium change.",
    "percent", 7.4, "percent", None, tol_half(7.4, 1), [ev(2, "Renewal premium change was 7.4%, with retention of 86%")], ["kind", "lookup"] + CO)
add(ROWS_P, P + "21", "How much were average renewal rates raised in Quillfield's homeowners business?",
    "9.8% on average.",
    "percent", 9.8, "percent", None, tol_half(9.8, 1), [ev(2, "average renewal rate increases of 9.8% in homeowners and 6.1% in auto")], ["kind", "paraphrase", "lookup"] + CO)
e = [ev(2, "we have returned $737.4 million to shareholders through buybacks and dividends"),
     ev(3, "the company bought back 3.87 million shares for $489.5 million")]
add(ROWS_P, P + "22", "What portion of the capital Quillfield returned to shareholders year to date came through buybacks? Percent, one decimal.",
    "66.4%: $489.5 million of buybacks / $737.4 million returned = 66.38%.",
    "percent", 66.4, "percent", None, tol_half(66.4, 1), e, ["derived", "computation"] + CO,
    lambda a, b: 100 * b / a, [(0, "737.4"), (1, "489.5")], 1)
add(ROWS_P, P + "23", "What was Quillfield's combined ratio for the first nine months of 2026?",
    "The nine-month combined ratio was 92.9%.",
    "percent", 92.9, "percent", None, tol_half(92.9, 1), [ev(2, "For the first nine months, the combined ratio was 92.9% versus 96.4% in 2025")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "24", "What range of net premiums written growth had Quillfield expected for 2026 before this release?",
    "6% to 8% (the earlier range).",
    "range", [6.0, 8.0], "percent", None, 0.01, [ev(3, "the top half of the earlier 6% to 8% range")], ["qualifier", "lookup"] + CO)
add(ROWS_P, P + "25", "By how much did the number of Personal lines policies in force grow over the year?",
    "2.3% from a year earlier.",
    "percent", 2.3, "percent", None, tol_half(2.3, 1), [ev(2, "Policies in force rose 2.3% from a year earlier")], ["kind", "lookup"] + CO)
add(ROWS_P, P + "26", "What proportion of Commercial customers renewed with Quillfield?",
    "86% retention.",
    "percent", 86.0, "percent", None, tol_half(86, 0), [ev(2, "Renewal premium change was 7.4%, with retention of 86%")], ["kind", "paraphrase", "lookup"] + CO)
add(ROWS_P, P + "27", "What was Quillfield's ratio of debt to total capital at the end of the third quarter of 2026?",
    "17.9% at quarter-end.",
    "percent", 17.9, "percent", None, tol_half(17.9, 1), [ev(3, "Debt to total capital was 17.9% at quarter-end")], ["lookup"] + CO)
e = [ev(3, "The 2026 quarterly dividend is 9.2% higher than the $0.87 paid in each quarter of 2025")]
add(ROWS_P, P + "28", "How much more per share is Quillfield's 2026 quarterly dividend than its 2025 quarterly dividend, in dollars?",
    "$0.08 per share higher: 9.2% of $0.87 is $0.08.",
    "currency", 0.08, "USD", None, tol_half(0.08, 2), e, ["derived", "computation"] + CO,
    lambda a, b: b * a / 100, [(0, "9.2"), (0, "0.87")], 2)
add(ROWS_P, P + "29", "By what percentage did adjusted book value per share rise over the twelve months to September 30, 2026?",
    "10.3% from a year earlier (to $103.51).",
    "percent", 10.3, "percent", None, tol_half(10.3, 1), [ev(3, "adjusted book value per share rose 10.3% from a year earlier to $103.51")], ["kind", "qualifier", "lookup"] + CO)
# prose refusals
add(ROWS_P, P + "30", "What earnings per share does Quillfield expect for full-year 2026?",
    "The documents don't say: the updated outlook gives a catastrophe load, expense ratio, underlying combined ratio, net investment income and premium growth, but no EPS guidance.",
    "refusal", None, None, None, None, [], ["refusal", "unanswerable", "nearest_trap"] + CO)
add(ROWS_P, P + "31", "What was the retention rate in Quillfield's Personal lines?",
    "The documents don't say: a retention rate (86%) is given only for Commercial lines; for Personal lines the release gives policies in force growth of 2.3% instead.",
    "refusal", None, None, None, None, [], ["refusal", "unanswerable", "nearest_trap"] + CO)
add(ROWS_P, P + "32", "How much did the Texas hail storms cost Quillfield in the third quarter?",
    "The documents don't say: the release gives total catastrophe losses and the hurricane's share, but not the losses from the Texas storms on their own.",
    "refusal", None, None, None, None, [], ["refusal", "unanswerable", "nearest_trap"] + CO)
add(ROWS_P, P + "33", "What expense ratio is Quillfield targeting for 2027?",
    "The documents don't say: the release gives a 2026 range of 27.2% to 27.6% and a target of below 27% by 2028, but no 2027 target.",
    "refusal", None, None, None, None, [], ["refusal", "unanswerable", "nearest_trap"] + CO)


def write(path: Path, rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        if r["type"] == "refusal":
            assert r["evidence"] == [] and r["value"] is None, r["id"]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    write(METRICS, ROWS_M)
    write(PROSE, ROWS_P)
    print(len(ROWS_M), "metric,", len(ROWS_P), "prose")
