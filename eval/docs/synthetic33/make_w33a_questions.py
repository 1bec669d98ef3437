# Long on purpose: generated test data.
"""Writes eval/data/filings_metrics_synth33a.jsonl and eval/data/prose_questions_synth33a.jsonl
(held-out blind set, pair 33 writer A) over WEXCOMBE_FY2026_PRELIMINARY_RESULTS.pdf, then checks
them: quotes verbatim on their page in both pypdf modes, computed golds recomputed, load_dataset,
score_answer(q, q.answer) right for every question, ids unique.

Run from the repository root:  PYTHONPATH=. python eval/docs/synthetic33/make_w33a_questions.py
"""
from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOC = "WEXCOMBE_FY2026_PRELIMINARY_RESULTS.pdf"
PDF = Path(__file__).resolve().parent / DOC
MET = ROOT / "eval/data/filings_metrics_synth33a.jsonl"
PROSE = ROOT / "eval/data/prose_questions_synth33a.jsonl"


def rh(x: float, nd: int) -> float:
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def half(v: float, nd: int) -> float:
    """half a unit of the last digit, relative, rounded up to 6 significant places"""
    return float(f"{0.5 * 10 ** -nd / abs(v) * 1.0001:.6g}")


def amt_tol(v: float) -> float:
    """a stated £m figure with one decimal: half a unit, not tighter than 0.001"""
    return max(half(v, 1), 0.001)


def Q(id, question, answer, typ, value, unit, scale, tol, ev, tags, computed=None):
    """ev: list of (page, quote); computed: (expression value, decimals) checked against value"""
    if computed is not None:
        raw, nd = computed
        if isinstance(value, list):
            assert [rh(x, nd) for x in raw] == value, (id, raw, value)
        else:
            assert rh(raw, nd) == value, (id, raw, value)
    return {"id": id, "question": question, "answer": answer, "type": typ, "value": value, "unit": unit,
            "scale": scale, "tolerance": tol,
            "evidence": [{"doc": DOC, "page": p, "pages": [p], "quote": q} for p, q in ev],
            "tags": tags + ["wexcombe"], "documents": [DOC]}


def R(id, question, answer, tags, trap=None):
    r = {"id": id, "question": question, "answer": answer, "type": "refusal", "value": None, "unit": None,
         "scale": None, "tolerance": None, "evidence": [], "tags": tags + ["wexcombe"], "documents": [DOC]}
    if trap:
        r["_trap"] = trap  # checked, then dropped
    return r


GBP, M = "GBP", "million"
metrics = [
    # ---- lookups
    Q("s33m-a-01", "What revenue did Wexcombe Group report for the 52 weeks ended 28 February 2026? Answer in GBP millions.",
      "£2,233.8 million (consolidated income statement, 52 weeks to 28 February 2026, p. 9).",
      "currency", 2233.8, GBP, M, amt_tol(2233.8), [(9, "Revenue 2 2,233.8 2,165.7")], ["lookup"]),
    Q("s33m-a-02", "In Wexcombe's FY2025/26 preliminary results, what is cost of sales for the comparative 53-week year to 1 March 2025, as restated? (£m)",
      "£1,305.9 million, restated (income statement comparative column, p. 9; £1,287.2 million as previously reported).",
      "currency", 1305.9, GBP, M, amt_tol(1305.9), [(9, "Cost of sales 1 (1,340.3) (1,305.9)")], ["lookup", "restated"]),
    Q("s33m-a-03", "Before the restatement, what cost of sales had Wexcombe originally reported for 2024/25? Give £ millions.",
      "£1,287.2 million as previously reported (note 1 restatement table, p. 12); restated to £1,305.9 million after moving £18.7 million of online delivery costs.",
      "currency", 1287.2, GBP, M, amt_tol(1287.2), [(12, "Cost of sales (1,287.2) (18.7) (1,305.9)")], ["lookup", "restated"]),
    Q("s33m-a-04", "How much inventory was on Wexcombe's balance sheet at 1 March 2025?",
      "£385.1 million (Inventories, consolidated balance sheet at 1 March 2025, p. 10).",
      "currency", 385.1, GBP, M, amt_tol(385.1), [(10, "Inventories 402.6 385.1")], ["lookup"]),
    Q("s33m-a-05", "What were Wexcombe's non-current lease liabilities at 28 February 2026, in £ millions?",
      "£620.5 million (Lease liabilities under non-current liabilities, balance sheet at 28 February 2026, p. 10); the current portion is a further £118.6 million.",
      "currency", 620.5, GBP, M, amt_tol(620.5), [(10, "Lease liabilities (620.5) (634.7)")], ["lookup"]),
    Q("s33m-a-06", "What did Wexcombe show for trade and other payables at 1 March 2025 after restating the comparative balance sheet? Answer in GBP millions, one decimal.",
      "£379.2 million as restated (balance sheet, p. 10); £401.7 million before £22.5 million was moved to supplier finance arrangements.",
      "currency", 379.2, GBP, M, amt_tol(379.2), [(10, "Trade and other payables (405.3) (379.2)")], ["lookup", "restated"]),
    Q("s33m-a-07", "What was Wexcombe's net cash generated from operating activities in the 53 weeks to 1 March 2025?",
      "£345.9 million for the 53 weeks to 1 March 2025 (cash flow statement p. 11).",
      "currency", 345.9, GBP, M, amt_tol(345.9), [(11, "Net cash generated from operating activities 372.1 345.9")], ["lookup"]),
    Q("s33m-a-08", "How much cash did Wexcombe pay for purchases of property, plant and equipment in 2025/26?",
      "£82.4 million (Purchase of property, plant and equipment, cash flow statement 2025/26, p. 11).",
      "currency", 82.4, GBP, M, amt_tol(82.4), [(11, "Purchase of property, plant and equipment (82.4) (74.1)")], ["lookup"]),
    Q("s33m-a-09", "What statutory diluted earnings per share did Wexcombe report for the 52 weeks to 28 February 2026, in pence?",
      "27.38p (Diluted, earnings per share, income statement p. 9); adjusted diluted EPS was 31.92p.",
      "currency", 27.38, "pence", None, half(27.38, 2), [(9, "Diluted 3 27.38 26.89")], ["lookup"]),
    Q("s33m-a-10", "What adjusted diluted earnings per share did Wexcombe report for the prior year, 2024/25?",
      "29.25p (adjusted diluted earnings per share, APM reconciliation A, 2024/25 column, p. 7).",
      "currency", 29.25, "pence", None, half(29.25, 2), [(7, "Adjusted diluted earnings per share (pence) 31.92 29.25")], ["lookup"]),
    Q("s33m-a-11", "What revenue did Wexcombe's Ireland segment record in the 53 weeks to 1 March 2025? (£m)",
      "£221.9 million (Ireland segment revenue, prior-year column, segmental analysis p. 6).",
      "currency", 221.9, GBP, M, amt_tol(221.9), [(6, "Revenue 236.4 221.9 +6.5%")], ["lookup", "segment"]),
    Q("s33m-a-12", "What adjusted operating profit did the International segment make in 2025/26? Answer in GBP millions.",
      "£10.6 million (International adjusted operating profit, segmental analysis p. 6; £11.2 million in 2024/25).",
      "currency", 10.6, GBP, M, half(10.6, 1), [(6, "Adjusted operating profit 10.6 11.2 -5.4%")], ["lookup", "segment"]),
    Q("s33m-a-13", "How many UK stores did Wexcombe have at the end of the 2025/26 financial year?",
      "312 UK stores at the end of 2025/26 (segmental analysis p. 6; 318 a year earlier).",
      "count", 312, "count", None, 0, [(6, "Stores at year end (number) 312 318")], ["lookup", "segment"]),
    Q("s33m-a-14", "What dividends did Wexcombe pay to shareholders in cash during 2025/26, in £ millions?",
      "£44.3 million (Dividends paid to shareholders, cash flow statement 2025/26, p. 11).",
      "currency", 44.3, GBP, M, amt_tol(44.3), [(11, "Dividends paid to shareholders (44.3) (42.3)")], ["lookup"]),
    Q("s33m-a-15", "What was Wexcombe's net debt excluding lease liabilities at 1 March 2025, on the restated basis? GBP millions.",
      "£101.3 million (net debt excluding lease liabilities, APM table E, 1 March 2025 restated, p. 8).",
      "currency", 101.3, GBP, M, amt_tol(101.3), [(8, "Net debt excluding lease liabilities (55.7) (101.3)")], ["lookup", "restated"]),
    Q("s33m-a-16", "What was Wexcombe's total equity at 28 February 2026?",
      "£592.7 million (Total equity, consolidated balance sheet at 28 February 2026, p. 10).",
      "currency", 592.7, GBP, M, amt_tol(592.7), [(10, "Total equity 592.7 552.5")], ["lookup"]),
    Q("s33m-a-17", "What adjusted EBITDA did Wexcombe report for 2024/25, in £m?",
      "£380.9 million (Adjusted EBITDA, APM table C, 2024/25 column, p. 8).",
      "currency", 380.9, GBP, M, amt_tol(380.9), [(8, "Adjusted EBITDA 405.8 380.9")], ["lookup"]),
    Q("s33m-a-18", "What leverage ratio (net debt including leases to adjusted EBITDA) did Wexcombe report at 28 February 2026?",
      "1.96 times (Leverage, APM table C, p. 8): net debt including lease liabilities of £794.8 million over adjusted EBITDA of £405.8 million.",
      "ratio", 1.96, "ratio", None, half(1.96, 2), [(8, "Leverage (times) 1.96 2.25")], ["lookup", "ratio"]),
    # ---- margins, growth, ratios
    Q("s33m-a-19", "What was Wexcombe's gross margin (gross profit divided by revenue) for 2025/26? Round to one decimal place.",
      "40.0%: gross profit £893.5 million / revenue £2,233.8 million = 39.999% (income statement p. 9).",
      "percent", 40.0, "percent", None, half(40.0, 1), [(9, "Gross profit 893.5 859.8"), (9, "Revenue 2 2,233.8 2,165.7")],
      ["margin"], computed=(893.5 / 2233.8 * 100, 1)),
    Q("s33m-a-20", "Using the figures as originally reported before the restatement, what was Wexcombe's 2024/25 gross margin? Round to one decimal place.",
      "40.6%: gross profit as previously reported £878.5 million / revenue £2,165.7 million = 40.564% (note 1 p. 12, income statement p. 9).",
      "percent", 40.6, "percent", None, half(40.6, 1), [(12, "Gross profit 878.5 (18.7) 859.8"), (9, "Revenue 2 2,233.8 2,165.7")],
      ["margin", "restated"], computed=(878.5 / 2165.7 * 100, 1)),
    Q("s33m-a-21", "What was Wexcombe's statutory operating margin in the 52 weeks to 28 February 2026? Give the percentage to two decimal places.",
      "8.82%: operating profit £197.0 million / revenue £2,233.8 million = 8.819% (income statement p. 9).",
      "percent", 8.82, "percent", None, half(8.82, 2), [(9, "Operating profit 197.0 189.7"), (9, "Revenue 2 2,233.8 2,165.7")],
      ["margin"], computed=(197.0 / 2233.8 * 100, 2)),
    Q("s33m-a-22", "Taking out the estimated profit contribution of the 53rd week from 2024/25, by what percentage did Wexcombe's adjusted operating profit grow in 2025/26? One decimal.",
      "12.6%: £220.5 million / (£202.1 million - £6.3 million 53rd-week contribution = £195.8 million) - 1 = 12.615% (APM table A p. 7; financial review p. 4).",
      "percent", 12.6, "percent", None, half(12.6, 1),
      [(7, "Adjusted operating profit 220.5 202.1"), (4, "an estimated £6.3 million of adjusted operating profit")],
      ["growth", "computation"], computed=((220.5 / (202.1 - 6.3) - 1) * 100, 1)),
    Q("s33m-a-23", "What was Wexcombe's current ratio (total current assets over total current liabilities) at 28 February 2026? Two decimals.",
      "1.03: total current assets £592.8 million / total current liabilities £574.6 million = 1.032 (balance sheet p. 10).",
      "ratio", 1.03, "ratio", None, half(1.03, 2),
      [(10, "Total current assets 592.8 549.7"), (10, "Total current liabilities (574.6) (541.5)")],
      ["ratio"], computed=(592.8 / 574.6, 2)),
    Q("s33m-a-24", "What effective tax rate (tax charge divided by profit before tax) did Wexcombe's income statement imply for 2024/25? Percent to one decimal.",
      "23.9%: taxation £35.1 million / profit before tax £146.9 million = 23.894% (income statement p. 9).",
      "percent", 23.9, "percent", None, half(23.9, 1), [(9, "Taxation (39.4) (35.1)"), (9, "Profit before tax 151.5 146.9")],
      ["ratio", "defined"], computed=(35.1 / 146.9 * 100, 1)),
    Q("s33m-a-25", "If the 53rd week's revenue is removed from the Ireland segment's prior-year revenue, what was Ireland's revenue growth in 2025/26? Percent, one decimal.",
      "8.5%: £236.4 million / (£221.9 million - £4.1 million = £217.8 million) - 1 = 8.540% (segmental analysis p. 6).",
      "percent", 8.5, "percent", None, half(8.5, 1),
      [(6, "Revenue 236.4 221.9 +6.5%"), (6, "£4.1 million in Ireland")],
      ["growth", "segment", "computation"], computed=((236.4 / (221.9 - 4.1) - 1) * 100, 1)),
    Q("s33m-a-26", "How many times was Wexcombe's 2024/25 total dividend per share covered by its adjusted basic earnings per share that year? Two decimals.",
      "2.73 times: adjusted basic EPS 29.49p / total dividend 10.8p = 2.731 (highlights p. 1).",
      "ratio", 2.73, "ratio", None, half(2.73, 2),
      [(1, "Adjusted basic earnings per share (pence) 32.18 29.49 +9.1%"), (1, "Total dividend per share (pence) 11.7 10.8 +8.3%")],
      ["ratio", "defined"], computed=(29.49 / 10.8, 2)),
    Q("s33m-a-27", "Define free cash flow conversion as free cash flow divided by adjusted profit after tax. What was it for Wexcombe in 2025/26, to one decimal place?",
      "92.0%: free cash flow £120.3 million / adjusted profit after tax £130.7 million = 92.04% (APM tables D p. 8 and A p. 7).",
      "percent", 92.0, "percent", None, half(92.0, 1),
      [(8, "Free cash flow 120.3 102.3"), (7, "Adjusted profit after tax 130.7 121.6")],
      ["fcf", "defined"], computed=(120.3 / 130.7 * 100, 1)),
    Q("s33m-a-28", "What share of 2025/26 revenue did Wexcombe spend on capital expenditure, counting purchases of both property, plant and equipment and intangible assets? Percent, one decimal.",
      "4.4%: (£82.4 million + £16.6 million = £99.0 million) / revenue £2,233.8 million = 4.432% (cash flow statement p. 11, income statement p. 9).",
      "percent", 4.4, "percent", None, half(4.4, 1),
      [(11, "Purchase of property, plant and equipment (82.4) (74.1)"), (11, "Purchase of intangible assets (16.6) (14.2)"), (9, "Revenue 2 2,233.8 2,165.7")],
      ["capex_intensity"], computed=((82.4 + 16.6) / 2233.8 * 100, 1)),
    Q("s33m-a-29", "What were Wexcombe's inventory days for 2025/26? Use 365 x (opening inventories + closing inventories) / 2 / cost of sales, rounded to one decimal place.",
      "107.3 days: 365 x ((£402.6m + £385.1m) / 2 = £393.85m) / cost of sales £1,340.3m = 107.26 (balance sheet p. 10, income statement p. 9).",
      "count", 107.3, "count", None, half(107.3, 1),
      [(10, "Inventories 402.6 385.1"), (9, "Cost of sales 1 (1,340.3) (1,305.9)")],
      ["days", "defined"], computed=(365 * (402.6 + 385.1) / 2 / 1340.3, 1)),
    Q("s33m-a-30", "What did Wexcombe pay in total on its leases in 2025/26, principal and interest together? GBP millions.",
      "£150.3 million: lease principal repaid £118.9 million + lease interest paid £31.4 million (cash flow statement p. 11).",
      "currency", 150.3, GBP, M, half(150.3, 1),
      [(11, "Repayment of lease liabilities (principal) (118.9) (115.6)"), (11, "Interest paid on lease liabilities (31.4) (29.8)")],
      ["computation"], computed=(118.9 + 31.4, 1)),
    Q("s33m-a-31", "What proportion of its 2025/26 profit for the year did Wexcombe pay out as dividends, using cash dividends paid in the year? Percent, one decimal.",
      "39.5%: dividends paid £44.3 million / profit for the year £112.1 million = 39.52% (cash flow statement p. 11, income statement p. 9).",
      "percent", 39.5, "percent", None, half(39.5, 1),
      [(11, "Dividends paid to shareholders (44.3) (42.3)"), (9, "Profit for the year attributable to owners of the parent 112.1 111.8")],
      ["ratio", "defined"], computed=(44.3 / 112.1 * 100, 1)),
    Q("s33m-a-32", "By how much did Wexcombe's net debt excluding lease liabilities fall between 1 March 2025 (restated) and 28 February 2026? £ millions.",
      "£45.6 million: from £101.3 million to £55.7 million (APM table E, p. 8).",
      "currency", 45.6, GBP, M, half(45.6, 1), [(8, "Net debt excluding lease liabilities (55.7) (101.3)")],
      ["computation"], computed=(101.3 - 55.7, 1)),
    Q("s33m-a-33", "What were Wexcombe's net finance costs in 2025/26 excluding interest on lease liabilities (finance costs less lease interest, less finance income)? In GBP millions.",
      "£14.1 million: finance costs £48.6 million - lease interest £31.4 million - finance income £3.1 million (income statement and its footnote, p. 9).",
      "currency", 14.1, GBP, M, half(14.1, 1),
      [(9, "Finance costs (48.6) (45.2)"), (9, "Finance income 3.1 2.4"), (9, "interest on lease liabilities of £31.4 million")],
      ["computation", "defined"], computed=(48.6 - 31.4 - 3.1, 1)),
    Q("s33m-a-34", "What percentage of Wexcombe's 2025/26 adjusted operating profit came from the UK segment? One decimal.",
      "82.2%: UK adjusted operating profit £181.3 million / Group £220.5 million = 82.22% (segmental analysis p. 6).",
      "percent", 82.2, "percent", None, half(82.2, 1),
      [(6, "Adjusted operating profit 181.3 166.0 +9.2%"), (6, "Adjusted operating profit 220.5 202.1 +9.1%")],
      ["segment", "computation"], computed=(181.3 / 220.5 * 100, 1)),
    # ---- refusals
    R("s33m-a-35", "What revenue did Wexcombe report for the 52 weeks to 24 February 2024 (FY2023/24)?",
      "The documents don't say: the preliminary results cover only 2025/26 and the restated 2024/25 comparative (revenue £2,233.8 million and £2,165.7 million); 2023/24 appears only in the dividend note.",
      ["refusal", "unanswerable", "period"]),
    R("s33m-a-36", "What gross margin did Wexcombe's Ireland segment earn in 2025/26?",
      "The documents don't say: segment gross profit is not reported; the segmental analysis gives only revenue, like-for-like growth, adjusted operating profit and margin (Ireland 12.1%) and stores.",
      ["refusal", "unanswerable", "nearest_trap"], trap=(6, "Adjusted operating margin 12.1% 11.2%")),
    R("s33m-a-37", "How much revenue did Wexcombe make in the fourth quarter of 2025/26, in £ millions?",
      "The documents don't say: no quarterly revenue is given; only like-for-like growth for the final quarter (5.3%) and the full-year revenue of £2,233.8 million.",
      ["refusal", "unanswerable", "nearest_trap"], trap=(2, "5.3% in the final quarter")),
    R("s33m-a-38", "What adjusted profit before tax did Wexcombe make in the first half of 2025/26?",
      "The documents don't say: the half-year profit is not given; only the guidance set at the interims (£160 million to £170 million for the full year) and the full-year £175.0 million.",
      ["refusal", "unanswerable", "nearest_trap", "period"], trap=(3, "between £160 million and £170 million for the year")),
    R("s33m-a-39", "What interest rate do Wexcombe's private placement notes carry?",
      "The documents don't say: the coupon is not given; they state only the £150.0 million of notes, due in 2029 and 2031, and the interest paid on borrowings (£14.9 million).",
      ["refusal", "unanswerable", "nearest_trap"], trap=(5, "notes, due in 2029 and 2031")),
    R("s33m-a-40", "How much revenue did Wexcombe's Polish stores generate in 2025/26?",
      "The documents don't say: Poland is not reported separately; it sits within the International segment (revenue £154.8 million).",
      ["refusal", "unanswerable", "nearest_trap"], trap=(6, "Revenue 154.8 162.5 -4.7%")),
]

prose = [
    Q("s33p-a-01", "How much did Wexcombe bring in through its online channel, click and collect included, in 2025/26?",
      "£612.4 million of online sales, including click and collect (up 7.1% on the year).",
      "currency", 612.4, GBP, M, amt_tol(612.4), [(2, "Online sales, including click and collect, reached £612.4 million, up 7.1% on the year")],
      ["paraphrase", "kind", "lookup"]),
    Q("s33p-a-02", "By what percentage did Wexcombe's online sales grow in 2025/26?",
      "7.1% (online sales reached £612.4 million).",
      "percent", 7.1, "percent", None, half(7.1, 1), [(2, "Online sales, including click and collect, reached £612.4 million, up 7.1% on the year")],
      ["kind", "lookup"]),
    Q("s33p-a-03", "What share of Wexcombe's 2025/26 revenue came from online sales? Percent, one decimal.",
      "27.4%: online sales £612.4 million / revenue £2,233.8 million = 27.415%.",
      "percent", 27.4, "percent", None, half(27.4, 1),
      [(2, "Online sales, including click and collect, reached £612.4 million"), (4, "Revenue of £2,233.8 million was 3.1% higher than last year")],
      ["derived", "computation"], computed=(612.4 / 2233.8 * 100, 1)),
    Q("s33p-a-04", "From the online growth rate Wexcombe gives, roughly what were its online sales in 2024/25? £ millions, one decimal.",
      "About £571.8 million: £612.4 million / 1.071 = £571.80 million.",
      "currency", 571.8, GBP, M, 0.002,
      [(2, "Online sales, including click and collect, reached £612.4 million, up 7.1% on the year")],
      ["derived", "computation"], computed=(612.4 / 1.071, 1)),
    Q("s33p-a-05", "What like-for-like sales growth did Wexcombe achieve in the last quarter of 2025/26?",
      "5.3% in the final quarter (against 3.9% for the full year and 4.9% for the second half).",
      "percent", 5.3, "percent", None, half(5.3, 1), [(2, "and 5.3% in the final quarter")], ["qualifier", "lookup"]),
    Q("s33p-a-06", "How much did like-for-like sales rise in the first half of Wexcombe's 2025/26 year?",
      "2.8% in the first half (4.9% in the second half; 3.9% for the year).",
      "percent", 2.8, "percent", None, half(2.8, 1), [(2, "like-for-like sales rose 2.8% in the first half and 4.9% in the second half")],
      ["qualifier", "lookup"]),
    Q("s33p-a-07", "Leaving out the extra week in the comparative year, how fast did Wexcombe's revenue grow in 2025/26? Round to one decimal place.",
      "5.0% on a 52-week basis (3.1% as reported against the 53-week year).",
      "percent", 5.0, "percent", None, half(5.0, 1), [(4, "or 5.0% higher on a 52-week basis")], ["qualifier", "lookup"]),
    Q("s33p-a-08", "What adjusted profit before tax range did Wexcombe guide to at its October 2025 interim results, before it raised guidance?",
      "£160 million to £170 million, set at the October 2025 interims (raised in January to around £175 million).",
      "range", [160, 170], GBP, M, 0.01, [(3, "we guided to adjusted profit before tax of between £160 million and £170 million for the year")],
      ["qualifier", "lookup"]),
    Q("s33p-a-09", "Before it was cut back, what capital expenditure had Wexcombe planned for 2025/26?",
      "The original plan was £110 million, before it was reduced.",
      "currency", 110, GBP, M, 0.01, [(3, "We also reduced our capital expenditure plan for the year from £110 million to around £100 million")],
      ["qualifier", "lookup"]),
    Q("s33p-a-10", "What is Wexcombe's headcount?",
      "Around 14,200 colleagues.",
      "count", 14200, "count", None, 0, [(3, "Wexcombe employs around 14,200 colleagues")], ["paraphrase", "lookup"]),
    Q("s33p-a-11", "By how much will hourly pay for Wexcombe's store and distribution colleagues rise from April 2026, in percent?",
      "4.8% from 1 April 2026 (adding, with higher National Insurance, about £21 million to 2026/27 costs).",
      "percent", 4.8, "percent", None, half(4.8, 1), [(3, "From 1 April 2026 hourly pay for store and distribution colleagues rises by 4.8%")],
      ["kind", "lookup"]),
    Q("s33p-a-12", "How much will higher pay and employer National Insurance add to Wexcombe's costs in 2026/27?",
      "About £21 million in 2026/27.",
      "currency", 21, GBP, M, 0.01, [(3, "pay will add about £21 million to our costs in 2026/27")], ["kind", "lookup"]),
    Q("s33p-a-13", "Of its new cost-saving programme, how much does Wexcombe expect to deliver in 2026/27 alone?",
      "Around £10 million in 2026/27, the first year of the two-year programme.",
      "currency", 10, GBP, M, 0.01, [(3, "of which we expect around £10 million in 2026/27")], ["qualifier", "lookup"]),
    Q("s33p-a-14", "What profit before interest and tax, excluding one-off items, did Wexcombe's UK business earn in 2025/26?",
      "£181.3 million of adjusted operating profit in the UK (up from £166.0 million).",
      "currency", 181.3, GBP, M, amt_tol(181.3), [(2, "Adjusted operating profit rose to £181.3 million from £166.0 million")],
      ["paraphrase", "lookup"]),
    Q("s33p-a-15", "What was Wexcombe's like-for-like sales growth in the Republic of Ireland in constant currency?",
      "5.6% like-for-like in constant currency (total Irish revenue grew 6.5%).",
      "percent", 5.6, "percent", None, half(5.6, 1), [(2, "like-for-like sales rose 5.6% in constant currency")], ["qualifier", "lookup"]),
    Q("s33p-a-16", "What capital expenditure does Wexcombe expect for 2026/27?",
      "£115 million to £125 million, including the two deferred refits.",
      "range", [115, 125], GBP, M, 0.01, [(3, "capital expenditure of £115 million to £125 million, including the two deferred refits")],
      ["qualifier", "lookup"]),
    Q("s33p-a-17", "What was Wexcombe's effective tax rate on adjusted profit before tax in 2025/26?",
      "25.3% on adjusted profit before tax (26.0% on statutory profit before tax).",
      "percent", 25.3, "percent", None, half(25.3, 1), [(4, "The effective tax rate on adjusted profit before tax was 25.3%")],
      ["qualifier", "lookup"]),
    Q("s33p-a-18", "Dividing what Wexcombe spent on its 2025/26 buyback by the number of shares it bought back, what did it pay per share? Answer in pence, rounded to one decimal place.",
      "The average price paid was about 416.7p per share (£30.0 million / 7.2 million shares = £4.1667).",
      "currency", 416.7, "pence", None, half(416.7, 1),
      [(5, "we bought back and cancelled 7.2 million shares for £30.0 million")], ["derived", "computation"],
      computed=(30.0 / 7.2 * 100, 1)),
    Q("s33p-a-19", "How much cash will the proposed 2025/26 final dividend cost Wexcombe?",
      "About £32.6 million (a final dividend of 8.1p per share).",
      "currency", 32.6, GBP, M, half(32.6, 1), [(5, "which will cost about £32.6 million")], ["kind", "lookup"]),
    Q("s33p-a-20", "From the profit figures in the financial review, how far apart were Wexcombe's adjusted and statutory profit before tax in 2024/25? £ millions.",
      "£12.4 million: adjusted £159.3 million - statutory £146.9 million.",
      "currency", 12.4, GBP, M, half(12.4, 1),
      [(4, "Profit before tax was £151.5 million (2024/25: £146.9 million) and adjusted profit before tax was £175.0 million (2024/25: £159.3 million)")],
      ["derived", "computation"], computed=(159.3 - 146.9, 1)),
    Q("s33p-a-21", "By how many stores did Wexcombe's estate shrink over 2025/26?",
      "By 11 stores: from 391 to 380 (9 opened, 20 closed).",
      "count", 11, "count", None, 0, [(2, "ending it with 380 stores across the Group against 391 a year earlier")],
      ["derived", "computation"], computed=(391 - 380, 0)),
    Q("s33p-a-22", "On the basis used before the supplier-finance restatement, what was Wexcombe's net debt including lease liabilities at 1 March 2025?",
      "£834.8 million on the old basis (£857.3 million restated).",
      "currency", 834.8, GBP, M, amt_tol(834.8), [(5, "On the old basis, net debt including lease liabilities at 1 March 2025 was £834.8 million")],
      ["qualifier", "lookup"]),
    Q("s33p-a-23", "What cash outlay does Wexcombe expect from pulling out of Poland?",
      "Between £12 million and £15 million in cash, mostly in the first half of 2026/27.",
      "range", [12, 15], GBP, M, 0.01, [(2, "we expect the exit to cost between £12 million and £15 million in cash")],
      ["paraphrase", "lookup"]),
    Q("s33p-a-24", "For how much did Wexcombe sell its Leeds freehold store?",
      "It was sold for £9.3 million.",
      "currency", 9.3, GBP, M, half(9.3, 1), [(4, "less a £4.1 million profit on the sale of a freehold store in Leeds, sold for £9.3 million")],
      ["kind", "lookup"]),
    Q("s33p-a-25", "How much adjusted operating profit is the 53rd week estimated to have contributed to Wexcombe's 2024/25 results?",
      "An estimated £6.3 million of adjusted operating profit (the week added £38.2 million of revenue).",
      "currency", 6.3, GBP, M, half(6.3, 1), [(4, "The 53rd week last year added £38.2 million of revenue and an estimated £6.3 million of adjusted operating profit")],
      ["kind", "lookup"]),
    R("s33p-a-26", "What statutory profit before tax does Wexcombe expect for 2026/27?",
      "The documents don't say: Wexcombe gives no statutory profit guidance; it guides only to adjusted profit before tax of £185 million to £195 million.",
      ["refusal", "unanswerable", "nearest_trap"], trap=(3, "adjusted profit before tax of between £185 million and £195 million")),
    R("s33p-a-27", "How many employees will be affected by Wexcombe's exit from Poland?",
      "The documents don't say: they give the seven Polish stores to close and the £12 million to £15 million cash cost, but no number of colleagues affected.",
      ["refusal", "unanswerable", "nearest_trap"], trap=(2, "The seven Polish stores will close by the end of August 2026")),
    R("s33p-a-28", "What like-for-like sales growth does Wexcombe expect for 2027/28?",
      "The documents don't say: the outlook covers only 2026/27 (like-for-like growth of 2% to 3%).",
      ["refusal", "unanswerable", "nearest_trap"], trap=(3, "like-for-like sales growth of 2% to 3%")),
    R("s33p-a-29", "How fast did Wexcombe's online sales grow in Ireland?",
      "The documents don't say: online sales are given only for the Group (£612.4 million, up 7.1%).",
      ["refusal", "unanswerable", "nearest_trap"], trap=(2, "up 7.1% on the year")),
]


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(rows: list[dict]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(PDF))
    pages = {i: (collapse(p.extract_text()), collapse(p.extract_text(extraction_mode="layout")))
             for i, p in enumerate(reader.pages, 1)}
    for r in rows:
        quotes = [(e["page"], e["quote"]) for e in r["evidence"]]
        if "_trap" in r:
            quotes.append(r.pop("_trap"))
        for p, qt in quotes:
            for mode, text in zip(("plain", "layout"), pages[p]):
                assert collapse(qt) in text, (r["id"], p, mode, qt)


def main() -> None:
    ids = [r["id"] for r in metrics + prose]
    assert len(ids) == len(set(ids))
    check(metrics + prose)
    MET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in metrics), encoding="utf-8")
    PROSE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in prose), encoding="utf-8")

    from eval.datasets import load_dataset
    from eval.scoring import score_answer

    bad = 0
    for path, n in ((MET, len(metrics)), (PROSE, len(prose))):
        d = load_dataset(path)
        assert len(d.questions) == n, (path, len(d.questions))
        print(path.name, len(d.questions), "missing docs:", d.missing_documents)
        for q in d.questions:
            s = score_answer(q, q.answer)
            if s.verdict != "right":
                bad += 1
                print("  NOT RIGHT", q.id, s)
    print("self-score problems:", bad)


if __name__ == "__main__":
    main()
