# Long on purpose: generated test data.
"""Writes writer B's two question files (synthetic blind pair 36) from the figures of
make_w36b.py, then checks them: every quote on its page in both pypdf modes, every gold
recomputed, every row loaded and its answer scored right.

Run from the worktree root:  PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic36/build_w36b_questions.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
spec = importlib.util.spec_from_file_location("make_w36b", HERE / "make_w36b.py")
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)  # type: ignore[union-attr]

DOC = G.PDF.name
METRICS = ROOT / "eval/data/filings_metrics_synth36b.jsonl"
PROSE = ROOT / "eval/data/prose_questions_synth36b.jsonl"
rnd = G.rnd


def ev(page: int, quote: str) -> dict:
    return {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def half(value: float, decimals: int) -> float:
    """Relative tolerance: half a unit of the last asked/printed digit."""
    return round(0.5 * 10 ** -decimals / abs(value), 6)


ROWS: list[dict] = []
PROSE_ROWS: list[dict] = []


def q(rows: list[dict], id_: str, question: str, answer: str, type_: str, value, unit, scale, tol,
      evidence: list[dict], tags: list[str], must_mention=None) -> None:
    row = {"id": id_, "question": question, "answer": answer, "type": type_, "value": value,
           "unit": unit, "scale": scale, "tolerance": tol}
    if must_mention is not None:
        row["must_mention"] = must_mention
    row.update({"evidence": evidence, "tags": tags, "documents": [DOC]})
    rows.append(row)


def metric(*a, **k) -> None:
    q(ROWS, *a, **k)


def prose(*a, **k) -> None:
    q(PROSE_ROWS, *a, **k)


REV, OP, OWN, EPS, DEPS = G.REV, G.OP, G.OWNERS, G.EPS, G.DEPS
TA, TCA, TCL, EQ = G.TA, G.TCA, G.TCL, G.EQ
CF, CASH = G.CF, G.BS_CA["Cash and cash equivalents"]
CO = "Ashinomaru Denki"

# ====================================================================================
# Metric questions
# ====================================================================================
metric("s36m-b-rev-fy25",
       f"What revenue did {CO} report in its consolidated statement of profit or loss for fiscal 2025 "
       "(the year ended March 31, 2026)? Give it in millions of yen.",
       f"¥{REV[1]:,} million (Revenue, fiscal 2025 column, consolidated statement of profit or loss, p. 9).",
       "currency", REV[1], "JPY", "million", 0.01,
       [ev(9, f"Revenue {REV[0]:,} {REV[1]:,}")], ["lookup", "ashinomaru"])
metric("s36m-b-op-fy24",
       f"How much operating profit did {CO} earn in the prior year, fiscal 2024 (year ended March 31, 2025)?",
       f"¥{OP[0]:,} million (Operating profit, fiscal 2024 column, p. 9).",
       "currency", OP[0], "JPY", "million", 0.004,  # audit: 1% took the initial FY2025 forecast 66,000
       [ev(9, f"Operating profit {OP[0]:,}")], ["lookup", "ashinomaru"])
metric("s36m-b-owners-fy25",
       "What was profit attributable to owners of the parent for the year ended March 31, 2026, in yen millions?",
       f"¥{OWN[1]:,} million (Owners of the parent, year ended March 31, 2026 column, p. 9).",
       "currency", OWN[1], "JPY", "million", 0.01,
       [ev(9, f"Owners of the parent {OWN[0]:,} {OWN[1]:,}")], ["lookup", "ashinomaru"])
metric("s36m-b-eps-basic-fy25",
       f"What were {CO}'s basic earnings per share for fiscal 2025?",
       f"¥{EPS[1]:.2f} per share (Basic, fiscal 2025, statement of profit or loss p. 9).",
       "currency", EPS[1], "JPY", None, half(EPS[1], 2),
       [ev(9, f"Basic {EPS[0]:.2f} {EPS[1]:.2f}")], ["lookup", "ashinomaru"])
metric("s36m-b-eps-diluted-fy24",
       "What diluted earnings per share did the company report for the year ended March 31, 2025, in yen?",
       f"¥{DEPS[0]:.2f} per share (Diluted, year ended March 31, 2025 column, p. 9).",
       "currency", DEPS[0], "JPY", None, half(DEPS[0], 2),
       [ev(9, f"Diluted {DEPS[0]:.2f}")], ["lookup", "ashinomaru"])
metric("s36m-b-total-assets-2026",
       f"What were {CO}'s total assets at March 31, 2026? Millions of yen.",
       f"¥{TA[1]:,} million (Total assets, March 31, 2026, statement of financial position p. 10).",
       "currency", TA[1], "JPY", "million", 0.01,
       [ev(10, f"Total assets {TA[0]:,} {TA[1]:,}")], ["lookup", "ashinomaru"])
ncb = G.BS_NCL["Borrowings "]
metric("s36m-b-ppe-purchase-fy24",
       "How much cash did the company spend on purchases of property, plant and equipment in the year ended "
       "March 31, 2025?",
       f"¥{-G.CF_PPE[0]:,} million (Purchase of property, plant and equipment, year ended March 31, 2025 "
       "column of the cash flow statement, p. 12).",
       "currency", -G.CF_PPE[0], "JPY", "million", 0.005,  # audit: 1% took investing total 56,350
       [ev(12, f"Purchase of property, plant and equipment ({-G.CF_PPE[0]:,})")], ["lookup", "ashinomaru"])
cap = G.SEG_REV["Capacitors"]
metric("s36m-b-capacitors-rev-fy25",
       "What revenue did the Capacitors segment generate in fiscal 2025? Answer in millions of yen.",
       f"¥{cap[1]:,} million (Capacitors, segment revenue, fiscal 2025, p. 3).",
       "currency", cap[1], "JPY", "million", 0.01,
       [ev(3, f"Capacitors {cap[0]:,} {cap[1]:,}")], ["lookup", "segment", "ashinomaru"])
sm_op = G.SEG_OP["Sensors & Modules"]
metric("s36m-b-sensors-op-fy24",
       "What segment operating profit did Sensors & Modules report for fiscal 2024?",
       f"¥{sm_op[0]:,} million (Sensors & Modules, segment operating profit, fiscal 2024 column, p. 3).",
       "currency", sm_op[0], "JPY", "million", 0.01,
       [ev(3, f"Sensors & Modules {sm_op[0]:,}")], ["lookup", "segment", "ashinomaru"])
china = G.REG_REV["China"]
metric("s36m-b-china-rev-fy24",
       "How much revenue came from customers in China (including Hong Kong) in the year ended March 31, 2025?",
       f"¥{china[0]:,} million (China, revenue by region, year ended March 31, 2025 column, p. 4).",
       "currency", china[0], "JPY", "million", 0.01,
       [ev(4, f"China {china[0]:,}")], ["lookup", "region", "ashinomaru"])
metric("s36m-b-q4-op-fy25",
       "What was operating profit for the fourth quarter of fiscal 2025, i.e. January to March 2026? "
       "Millions of yen.",
       f"¥{G.Q4_OP[1]:,} million (Operating profit, Q4 fiscal 2025 column of the fourth-quarter table, p. 5).",
       "currency", G.Q4_OP[1], "JPY", "million", 0.01,
       [ev(5, f"Operating profit {G.Q4_OP[0]:,} {G.Q4_OP[1]:,}")], ["lookup", "quarter", "ashinomaru"])
metric("s36m-b-q3-rev-fy25",
       "What revenue did the company record in the October-December 2025 quarter?",
       f"¥{G.Q_REV[2]:,} million (Q3 column of the fiscal 2025 quarterly trend table, p. 5).",
       "currency", G.Q_REV[2], "JPY", "million", 0.002,  # audit: 1% took Q4 revenue 156,380
       [ev(5, f"Revenue {G.Q_REV[0]:,} {G.Q_REV[1]:,} {G.Q_REV[2]:,}")], ["lookup", "quarter", "ashinomaru"])
metric("s36m-b-rnd-fy25",
       "How much did the company spend on research and development in fiscal 2025, in millions of yen?",
       f"¥{G.RND[1]:,} million (Research and development expenses, fiscal 2025 actual, p. 6).",
       "currency", G.RND[1], "JPY", "million", 0.01,
       [ev(6, f"Research and development expenses {G.RND[0]:,} {G.RND[1]:,}")], ["lookup", "ashinomaru"])
metric("s36m-b-eur-rate-fy25",
       "What average yen-per-euro exchange rate applied to fiscal 2025 (actual)?",
       f"¥{G.EUR[1]:.1f} per euro (Average exchange rate: yen per euro, fiscal 2025 actual, p. 6).",
       "currency", G.EUR[1], "JPY", None, half(G.EUR[1], 1),
       [ev(6, f"Average exchange rate: yen per euro {G.EUR[0]:.1f} {G.EUR[1]:.1f}")], ["lookup", "fx", "ashinomaru"])
metric("s36m-b-revised-fc-op",
       "In the November 6, 2025 revision, what operating profit did the company forecast for fiscal 2025? "
       "Millions of yen.",
       f"¥{G.FC_REVISED['op']:,} million (Revised forecast (Nov. 6, 2025) column, p. 7); actual was "
       f"¥{OP[1]:,} million.",
       "currency", G.FC_REVISED["op"], "JPY", "million", 0.01,
       [ev(7, f"Operating profit {G.FC_INITIAL['op']:,} {G.FC_REVISED['op']:,}")], ["lookup", "forecast", "ashinomaru"])
metric("s36m-b-fc26-owners",
       "What profit attributable to owners of the parent does the company forecast for the full fiscal 2026 "
       "(year ending March 31, 2027)?",
       f"¥{G.FC26['own']:,} million (Full year column of the fiscal 2026 forecast, p. 7).",
       "currency", G.FC26["own"], "JPY", "million", 0.01,
       [ev(7, f"Profit attributable to owners of the parent {G.FC26_H1['own']:,} - {G.FC26['own']:,}")],
       ["lookup", "forecast", "ashinomaru"])
metric("s36m-b-ye-dps-fy25",
       "What year-end dividend per share did the company set for fiscal 2025?",
       f"¥{G.DPS['fy25'][1]:.2f} per share (Year-end, fiscal 2025 row of the dividend table, p. 8).",
       "currency", G.DPS["fy25"][1], "JPY", None, half(G.DPS["fy25"][1], 0),
       [ev(8, f"Fiscal 2025 {G.DPS['fy25'][0]:.2f} {G.DPS['fy25'][1]:.2f}")], ["lookup", "dividend", "ashinomaru"])
metric("s36m-b-div-total-fy24",
       "What were total annual dividends declared in respect of fiscal 2024 (interim plus year-end), in millions "
       "of yen?",
       f"¥{sum(G.DIV_TOTAL_FY24):,} million (Total dividends (annual), fiscal 2024 row, p. 8).",
       "currency", sum(G.DIV_TOTAL_FY24), "JPY", "million", 0.01,
       [ev(8, f"Fiscal 2024 {G.DPS['fy24'][0]:.2f} {G.DPS['fy24'][1]:.2f} {sum(G.DPS['fy24']):.2f} "
              f"{sum(G.DIV_TOTAL_FY24):,}")], ["lookup", "dividend", "ashinomaru"])

# --- ratios, margins, growth ----------------------------------------------------------
gm = rnd(G.GROSS[1] / REV[1] * 100, 1)
metric("s36m-b-gross-margin-fy25",
       "What was the gross margin (gross profit divided by revenue) for fiscal 2025? Percent, one decimal.",
       f"{gm:.1f}% (gross profit ¥{G.GROSS[1]:,}M / revenue ¥{REV[1]:,}M = "
       f"{G.GROSS[1] / REV[1] * 100:.3f}%; p. 9).",
       "percent", gm, "percent", None, half(gm, 1),
       [ev(9, f"Gross profit {G.GROSS[0]:,} {G.GROSS[1]:,}"), ev(9, f"Revenue {REV[0]:,} {REV[1]:,}")],
       ["margin", "ashinomaru"])
q4m = rnd(G.Q4_OP[0] / G.Q4_REV[0] * 100, 1)
metric("s36m-b-q4-op-margin-fy24",
       "What operating margin did the company earn in the January-March 2025 quarter (Q4 of fiscal 2024)? "
       "Round to one decimal place.",
       f"{q4m:.1f}% (operating profit ¥{G.Q4_OP[0]:,}M / revenue ¥{G.Q4_REV[0]:,}M = "
       f"{G.Q4_OP[0] / G.Q4_REV[0] * 100:.3f}%; fourth-quarter table p. 5).",
       "percent", q4m, "percent", None, half(q4m, 1),
       [ev(5, f"Operating profit {G.Q4_OP[0]:,}"), ev(5, f"Revenue {G.Q4_REV[0]:,}")],
       ["margin", "quarter", "ashinomaru"])
etr = rnd(G.TAX[1] / G.PBT[1] * 100, 1)
metric("s36m-b-tax-rate-fy25",
       "What was the effective tax rate for fiscal 2025, i.e. income tax expense as a share of profit before "
       "tax? Percent to one decimal.",
       f"{etr:.1f}% (income tax expense ¥{G.TAX[1]:,}M / profit before tax ¥{G.PBT[1]:,}M = "
       f"{G.TAX[1] / G.PBT[1] * 100:.3f}%; p. 9).",
       "percent", etr, "percent", None, half(etr, 1),
       [ev(9, f"Income tax expense ({G.TAX[0]:,}) ({G.TAX[1]:,})"),
        ev(9, f"Profit before tax {G.PBT[0]:,} {G.PBT[1]:,}")], ["ratio", "defined", "ashinomaru"])
cr = rnd(TCA[1] / TCL[1], 2)
metric("s36m-b-current-ratio-2026",
       "What was the current ratio at March 31, 2026? Two decimals.",
       f"{cr:.2f} (total current assets ¥{TCA[1]:,}M / total current liabilities ¥{TCL[1]:,}M = "
       f"{TCA[1] / TCL[1]:.4f}; pp. 10-11).",
       "ratio", cr, "ratio", None, half(cr, 2),
       [ev(10, f"Total current assets {TCA[0]:,} {TCA[1]:,}"),
        ev(11, f"Total current liabilities {TCL[0]:,} {TCL[1]:,}")], ["ratio", "ashinomaru"])
ci = rnd(G.CAPEX[1] / REV[1] * 100, 1)
metric("s36m-b-capex-intensity-fy25",
       "Using the accrual-basis capital expenditures the company reports, what was capex as a percentage of "
       "revenue in fiscal 2025? One decimal.",
       f"{ci:.1f}% (capital expenditures ¥{G.CAPEX[1]:,}M, p. 6 / revenue ¥{REV[1]:,}M, p. 9 = "
       f"{G.CAPEX[1] / REV[1] * 100:.3f}%).",
       "percent", ci, "percent", None, half(ci, 1),
       [ev(6, f"Capital expenditures {G.CAPEX[0]:,} {G.CAPEX[1]:,}"), ev(9, f"Revenue {REV[0]:,} {REV[1]:,}")],
       ["capex_intensity", "ashinomaru"])
borr26 = G.BS_CL["Borrowings"][1] + ncb[1]
net_cash = CASH[1] - borr26
metric("s36m-b-net-cash-2026",
       "What was the net cash position at March 31, 2026, defined as cash and cash equivalents minus current "
       "and non-current borrowings (lease liabilities excluded)? In millions of yen.",
       f"¥{net_cash:,} million of net cash (cash and cash equivalents ¥{CASH[1]:,}M, p. 10, minus borrowings "
       f"¥{G.BS_CL['Borrowings'][1]:,}M current and ¥{ncb[1]:,}M non-current, p. 11).",
       "currency", net_cash, "JPY", "million", 0.001,
       [ev(10, f"Cash and cash equivalents {CASH[0]:,} {CASH[1]:,}"),
        ev(11, f"Borrowings {G.BS_CL['Borrowings'][0]:,} {G.BS_CL['Borrowings'][1]:,}"),
        ev(11, f"Borrowings {ncb[0]:,} {ncb[1]:,}")], ["defined", "ashinomaru"])
ebitda = OP[1] + G.DA[1]
metric("s36m-b-ebitda-fy25",
       "Taking EBITDA as operating profit plus depreciation and amortization from the cash flow statement, "
       "what was fiscal 2025 EBITDA? Millions of yen.",
       f"¥{ebitda:,} million (operating profit ¥{OP[1]:,}M, p. 9 + depreciation and amortization "
       f"¥{G.DA[1]:,}M, p. 12).",
       "currency", ebitda, "JPY", "million", 0.001,
       [ev(9, f"Operating profit {OP[0]:,} {OP[1]:,}"),
        ev(12, f"Depreciation and amortization {G.DA[0]:,} {G.DA[1]:,}")], ["ebitda", "ashinomaru"])
fcf = CF[1]["op"] + G.CF_PPE[1]
metric("s36m-b-fcf-fy25",
       "Define free cash flow as net cash provided by operating activities minus purchases of property, plant "
       "and equipment. What was it for fiscal 2025, in millions of yen?",
       f"¥{fcf:,} million (operating cash flow ¥{CF[1]['op']:,}M - purchase of property, plant and equipment "
       f"¥{-G.CF_PPE[1]:,}M, p. 12). The company's own free cash flow measure (operating plus investing) is "
       "a different figure.",
       "currency", fcf, "JPY", "million", 0.001,
       [ev(12, f"Net cash provided by operating activities {CF[0]['op']:,} {CF[1]['op']:,}"),
        ev(12, f"Purchase of property, plant and equipment ({-G.CF_PPE[0]:,}) ({-G.CF_PPE[1]:,})")],
       ["fcf", "ashinomaru"])
avg_ta = (TA[0] + TA[1]) / 2
PFY = G.PROFIT
roa = rnd(PFY[1] / avg_ta * 100, 1)
metric("s36m-b-roa-fy25",
       "What was return on assets for fiscal 2025, measured as profit for the year (before the split between "
       "owners and non-controlling interests) over the average of total assets at March 31, 2025 and "
       "March 31, 2026? Percent, one decimal.",
       f"{roa:.1f}% (profit for the year ¥{PFY[1]:,}M / average total assets ¥{avg_ta:,.1f}M = "
       f"{PFY[1] / avg_ta * 100:.3f}%; pp. 9-10).",
       "percent", roa, "percent", None, half(roa, 1),
       [ev(9, f"Profit for the year {PFY[0]:,} {PFY[1]:,}"), ev(10, f"Total assets {TA[0]:,} {TA[1]:,}")],
       ["ratio", "defined", "ashinomaru"])
rec = G.BS_CA["Trade and other receivables"]
dso = rnd(365 * (rec[0] + rec[1]) / 2 / REV[1], 1)
metric("s36m-b-dso-fy25",
       "What were days sales outstanding for fiscal 2025, computed as 365 times average trade and other "
       "receivables (opening and closing) divided by revenue? One decimal.",
       f"{dso:.1f} days (365 x average receivables ¥{(rec[0] + rec[1]) / 2:,.0f}M / revenue ¥{REV[1]:,}M = "
       f"{365 * (rec[0] + rec[1]) / 2 / REV[1]:.3f}; pp. 9-10).",
       "count", dso, "count", None, half(dso, 1),
       [ev(10, f"Trade and other receivables {rec[0]:,} {rec[1]:,}"), ev(9, f"Revenue {REV[0]:,} {REV[1]:,}")],
       ["days", "ashinomaru"])
qoq = rnd((G.Q_REV[3] - G.Q_REV[2]) / G.Q_REV[2] * 100, 1)
metric("s36m-b-q4-vs-q3-rev",
       "What was the percentage change in revenue from the third quarter (October-December 2025) to the fourth "
       "quarter (January-March 2026)? Negative if it fell; percent to one decimal.",
       f"{qoq:.1f}% (Q4 ¥{G.Q_REV[3]:,}M vs Q3 ¥{G.Q_REV[2]:,}M = "
       f"{(G.Q_REV[3] - G.Q_REV[2]) / G.Q_REV[2] * 100:.3f}%; quarterly trend table p. 5).",
       "percent", qoq, "percent", None, half(qoq, 1),
       [ev(5, f"Revenue {G.Q_REV[0]:,} {G.Q_REV[1]:,} {G.Q_REV[2]:,} {G.Q_REV[3]:,}")],
       ["growth", "quarter", "ashinomaru"])
beat = rnd((OP[1] - G.FC_INITIAL["op"]) / G.FC_INITIAL["op"] * 100, 1)
metric("s36m-b-op-vs-initial-fc",
       "By what percentage did actual fiscal 2025 operating profit exceed the initial forecast published on "
       "May 13, 2025? One decimal.",
       f"{beat:.1f}% (actual ¥{OP[1]:,}M vs initial forecast ¥{G.FC_INITIAL['op']:,}M = "
       f"{(OP[1] - G.FC_INITIAL['op']) / G.FC_INITIAL['op'] * 100:.3f}%; p. 7. The 7.8% in the table is the "
       "excess over the revised forecast).",
       "percent", beat, "percent", None, half(beat, 1),
       [ev(7, f"Operating profit {G.FC_INITIAL['op']:,} {G.FC_REVISED['op']:,} {OP[1]:,}")],
       ["growth", "forecast", "ashinomaru"])
payout_cash = rnd(G.DIV_PAID_OWN / OWN[1] * 100, 1)
metric("s36m-b-cash-payout-fy25",
       "What share of fiscal 2025 profit attributable to owners of the parent was paid out as dividends, using "
       "dividends paid to owners of the parent from the cash flow statement? Percent, one decimal.",
       f"{payout_cash:.1f}% (dividends paid ¥{G.DIV_PAID_OWN:,}M, p. 12 / profit attributable ¥{OWN[1]:,}M, p. 9 = "
       f"{G.DIV_PAID_OWN / OWN[1] * 100:.3f}%). The 38.1% on p. 8 is the per-share payout ratio.",
       "percent", payout_cash, "percent", None, half(payout_cash, 1),
       [ev(12, f"Dividends paid to owners of the parent ({-G.CF_DIV_OWN[0]:,}) ({G.DIV_PAID_OWN:,})"),
        ev(9, f"Owners of the parent {OWN[0]:,} {OWN[1]:,}")], ["ratio", "defined", "ashinomaru"])
h2 = G.FC26["rev"] - G.FC26_H1["rev"]
metric("s36m-b-fc26-h2-rev",
       "What revenue does the fiscal 2026 forecast imply for the second half (October 2026 to March 2027)? "
       "Millions of yen.",
       f"¥{h2:,} million (full-year forecast ¥{G.FC26['rev']:,}M - first-half forecast "
       f"¥{G.FC26_H1['rev']:,}M; p. 7).",
       "currency", h2, "JPY", "million", 0.001,
       [ev(7, f"Revenue {G.FC26_H1['rev']:,} {G.p1(G.pct(G.FC26_H1['rev'], G.Q_REV[0] + G.Q_REV[1]))} {G.FC26['rev']:,}")],
       ["forecast", "defined", "ashinomaru"])
de = rnd(borr26 / EQ[1], 3)
metric("s36m-b-debt-equity-2026",
       "What was the debt-to-equity ratio at March 31, 2026, taking debt as current plus non-current borrowings "
       "(no lease liabilities) and equity as total equity? Three decimal places.",
       f"{de:.3f} (borrowings ¥{G.BS_CL['Borrowings'][1]:,}M + ¥{ncb[1]:,}M = ¥{borr26:,}M / total equity "
       f"¥{EQ[1]:,}M = {borr26 / EQ[1]:.5f}; p. 11).",
       "ratio", de, "ratio", None, half(de, 3),
       [ev(11, f"Borrowings {G.BS_CL['Borrowings'][0]:,} {G.BS_CL['Borrowings'][1]:,}"),
        ev(11, f"Borrowings {ncb[0]:,} {ncb[1]:,}"), ev(11, f"Total equity {EQ[0]:,} {EQ[1]:,}")],
       ["ratio", "defined", "ashinomaru"])
ind = G.SEG_REV["Inductors & EMC Components"]
ind_m = rnd(G.SEG_OP["Inductors & EMC Components"][1] / ind[1] * 100, 1)
metric("s36m-b-inductors-margin-fy25",
       "What segment operating margin did Inductors & EMC Components achieve in fiscal 2025 "
       "(segment operating profit over segment revenue), to one decimal?",
       f"{ind_m:.1f}% (¥{G.SEG_OP['Inductors & EMC Components'][1]:,}M / ¥{ind[1]:,}M = "
       f"{G.SEG_OP['Inductors & EMC Components'][1] / ind[1] * 100:.3f}%; p. 3).",
       "percent", ind_m, "percent", None, half(ind_m, 1),
       [ev(3, f"Inductors & EMC Components {ind[0]:,} {ind[1]:,}"),
        ev(3, f"Inductors & EMC Components {G.SEG_OP['Inductors & EMC Components'][0]:,} "
              f"{G.SEG_OP['Inductors & EMC Components'][1]:,}")], ["margin", "segment", "ashinomaru"])
asia = G.REG_REV["Asia (excluding Japan and China)"]
asia_sh = rnd(asia[1] / REV[1] * 100, 1)
metric("s36m-b-asia-share-fy25",
       "What proportion of fiscal 2025 revenue came from Asia outside Japan and China? Percent, one decimal.",
       f"{asia_sh:.1f}% (¥{asia[1]:,}M / total ¥{REV[1]:,}M = {asia[1] / REV[1] * 100:.3f}%; p. 4).",
       "percent", asia_sh, "percent", None, half(asia_sh, 1),
       [ev(4, f"Asia (excluding Japan and China) {asia[0]:,} {asia[1]:,}"),
        ev(4, f"Total {REV[0]:,} {REV[1]:,}")], ["ratio", "region", "ashinomaru"])

# --- refusals -------------------------------------------------------------------------
metric("s36m-b-ref-rev-fy23",
       f"What revenue did {CO} report for fiscal 2023, the year ended March 31, 2024?",
       "The documents don't say: the release covers fiscal 2024 and fiscal 2025 (years ended March 31, 2025 and "
       "2026) and a fiscal 2026 forecast; no fiscal 2023 revenue is reported.",
       "refusal", None, None, None, None, [], ["lookup", "refusal", "period", "ashinomaru"])
metric("s36m-b-ref-q4-capex",
       "How much capital expenditure did the company make in the fourth quarter (January-March 2026)?",
       "The documents don't say: capital expenditures are given only for full years (¥71,260 million for "
       "fiscal 2025, p. 6); the fourth-quarter table shows revenue and profit lines only.",
       "refusal", None, None, None, None, [], ["lookup", "refusal", "nearest_trap", "ashinomaru"])
metric("s36m-b-ref-q4-seg-op",
       "What operating profit did the Inductors & EMC Components segment earn in the fourth quarter of fiscal "
       "2025?",
       "The documents don't say: the fourth-quarter table (p. 5) gives segment revenue only; segment operating "
       "profit is reported for the full year (¥12,940 million, p. 3).",
       "refusal", None, None, None, None, [], ["lookup", "refusal", "nearest_trap", "ashinomaru"])
metric("s36m-b-ref-fc26-diluted-eps",
       "What diluted earnings per share does the company forecast for fiscal 2026?",
       "The documents don't say: the fiscal 2026 forecast (p. 7) gives basic earnings per share only "
       f"(¥{G.FC26['eps']:.2f}); no diluted figure is forecast.",
       "refusal", None, None, None, None, [], ["lookup", "refusal", "nearest_trap", "ashinomaru"])
metric("s36m-b-ref-us-rev",
       "How much revenue did the company generate in the United States in fiscal 2025?",
       "The documents don't say: revenue by region (p. 4) reports the Americas as one region "
       f"(¥{G.REG_REV['Americas'][1]:,} million), with no United States figure.",
       "refusal", None, None, None, None, [], ["lookup", "refusal", "nearest_trap", "ashinomaru"])

# ====================================================================================
# Prose questions
# ====================================================================================
N = G.N
P2, P3, P4, P6, P7, P8 = 2, 3, 4, 6, 7, 8


def bnv(x: str) -> float:
    return float(x)


prose("s36p-b-rev-bn",
      f"How much did {CO} bring in from sales in fiscal 2025, in billions of yen?",
      f"¥{N['rev_bn']} billion, up {N['rev_pct']:.1f}% year on year and a record high.",
      "currency", bnv(N["rev_bn"]), "JPY", "billion", half(bnv(N["rev_bn"]), 1),
      [ev(P2, f"consolidated revenue for fiscal 2025 rose {N['rev_pct']:.1f}% year on year to {N['rev_bn']} billion yen")],
      ["paraphrase", "lookup", "ashinomaru"])
prose("s36p-b-cc-growth",
      "Stripping out currency effects, how fast did revenue grow in fiscal 2025?",
      f"{N['cc_rev_pct']:.1f}% with currency effects stripped out.",
      "percent", N["cc_rev_pct"], "percent", None, half(N["cc_rev_pct"], 1),
      [ev(P2, f"on a constant currency basis revenue grew {N['cc_rev_pct']:.1f}%")],
      ["qualifier", "paraphrase", "ashinomaru"])
prose("s36p-b-fx-rev-hit",
      "How much revenue, in yen, did exchange-rate movements cost the company in fiscal 2025?",
      f"About ¥{G.bn(G.FX_REV_HIT)} billion of revenue.",
      "currency", bnv(G.bn(G.FX_REV_HIT)), "JPY", "billion", half(bnv(G.bn(G.FX_REV_HIT)), 1),
      [ev(P2, f"Foreign exchange movements reduced revenue by approximately {G.bn(G.FX_REV_HIT)} billion yen")],
      ["kind", "lookup", "ashinomaru"])
prose("s36p-b-op-ex-impairment",
      "What would fiscal 2025 operating profit have been without the impairment charge?",
      f"¥{N['op_ex_imp_bn']} billion, excluding the impairment loss on Sensors & Modules equipment.",
      "currency", bnv(N["op_ex_imp_bn"]), "JPY", "billion", half(bnv(N["op_ex_imp_bn"]), 1),
      [ev(P2, f"Excluding this impairment loss, operating profit would have been {N['op_ex_imp_bn']} billion yen")],
      ["qualifier", "lookup", "ashinomaru"])
prose("s36p-b-margin-pts",
      "By how many percentage points did the operating margin widen in fiscal 2025?",
      f"{N['opm_pts']:.1f} percentage points, to {N['opm'][1]:.1f}%.",
      "percent", N["opm_pts"], "pp", None, half(N["opm_pts"], 1),
      [ev(P2, f"the operating margin improved by {N['opm_pts']:.1f} percentage points to {N['opm'][1]:.1f}%")],
      ["kind", "lookup", "ashinomaru"])
prose("s36p-b-q4-op-growth",
      "By what percentage did operating profit grow year on year in the January-March 2026 quarter alone?",
      f"{N['q4_op_pct']:.1f}% year on year in the fourth quarter (January-March 2026).",
      "percent", N["q4_op_pct"], "percent", None, half(N["q4_op_pct"], 1),
      [ev(P2, f"operating profit was {N['q4_op_bn']} billion yen, up {N['q4_op_pct']:.1f}%")],
      ["qualifier", "lookup", "ashinomaru"])
prose("s36p-b-headcount",
      "How large was the group's workforce at the end of March 2026?",
      f"{G.EMPLOYEES[1]:,} employees at March 31, 2026.",
      "count", G.EMPLOYEES[1], "count", None, 0,
      [ev(P2, f"The number of employees of the Group was {G.EMPLOYEES[1]:,} at March 31, 2026")],
      ["paraphrase", "lookup", "ashinomaru"])
prose("s36p-b-auto-share",
      "What share of fiscal 2025 sales came from car-related applications?",
      f"{G.AUTO_SHARE[1]}% of consolidated revenue (up from {G.AUTO_SHARE[0]}%).",
      "percent", G.AUTO_SHARE[1], "percent", None, half(G.AUTO_SHARE[1], 0),
      [ev(P2, f"Automotive applications accounted for {G.AUTO_SHARE[1]}% of consolidated revenue in fiscal 2025")],
      ["paraphrase", "lookup", "ashinomaru"])
prose("s36p-b-auto-share-prior",
      "What percentage of revenue did automotive applications account for in fiscal 2024?",
      f"{G.AUTO_SHARE[0]}% in fiscal 2024.",
      "percent", G.AUTO_SHARE[0], "percent", None, half(G.AUTO_SHARE[0], 0),
      [ev(P2, f"up from {G.AUTO_SHARE[0]}% a year earlier")],
      ["qualifier", "lookup", "ashinomaru"])
auto_bn = rnd(G.AUTO_SHARE[1] / 100 * bnv(N["rev_bn"]), 1)
prose("s36p-b-auto-rev-derived",
      "Roughly how much revenue, in billions of yen, did automotive applications generate in fiscal 2025? "
      "One decimal.",
      f"About ¥{auto_bn:.1f} billion, computed as the {G.AUTO_SHARE[1]}% automotive share times total revenue "
      f"(0.{G.AUTO_SHARE[1]} x {N['rev_bn']} = {G.AUTO_SHARE[1] / 100 * bnv(N['rev_bn']):.3f}).",
      "currency", auto_bn, "JPY", "billion", 0.005,
      [ev(P2, f"Automotive applications accounted for {G.AUTO_SHARE[1]}% of consolidated revenue in fiscal 2025"),
       ev(P2, f"rose {N['rev_pct']:.1f}% year on year to {N['rev_bn']} billion yen")],
      ["derived", "computation", "ashinomaru"])
prose("s36p-b-book-to-bill",
      "What book-to-bill ratio did the Capacitors segment report at the end of March 2026?",
      "1.08 (orders received in the segment rose 14% year on year).",
      "ratio", 1.08, "ratio", None, half(1.08, 2),
      [ev(P2, "its book-to-bill ratio stood at 1.08 at the end of March 2026")],
      ["kind", "lookup", "ashinomaru"])
prose("s36p-b-ref-backlog",
      "What was the value of the Capacitors segment's order backlog at March 31, 2026?",
      "The documents don't say: they give only the 14% rise in Capacitors orders and the 1.08 book-to-bill "
      "ratio, not a backlog amount.",
      "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable", "ashinomaru"])
prose("s36p-b-sensors-ex-imp",
      "Before the impairment loss, what was the Sensors & Modules segment's operating profit in fiscal 2025?",
      f"¥{G.bn(sm_op[1] + G.IMPAIRMENT)} billion, excluding the impairment loss.",
      "currency", bnv(G.bn(sm_op[1] + G.IMPAIRMENT)), "JPY", "billion", half(bnv(G.bn(sm_op[1] + G.IMPAIRMENT)), 1),
      [ev(P3, f"impairment loss it would have been {G.bn(sm_op[1] + G.IMPAIRMENT)} billion yen")],
      ["qualifier", "lookup", "ashinomaru"])
sm_diff = rnd(bnv(G.bn(sm_op[0])) - bnv(G.bn(sm_op[1])), 1)
prose("s36p-b-sensors-op-gap",
      "By how much did the Sensors & Modules segment's reported operating profit decline from fiscal 2024 "
      "to fiscal 2025, in billions of yen?",
      f"A decline of ¥{sm_diff:.1f} billion (¥{G.bn(sm_op[0])} billion in fiscal 2024 versus "
      f"¥{G.bn(sm_op[1])} billion in fiscal 2025).",
      "currency", sm_diff, "JPY", "billion", 0.01,
      [ev(P3, f"Segment operating profit declined to {G.bn(sm_op[1])} billion yen from {G.bn(sm_op[0])} billion yen")],
      ["derived", "computation", "ashinomaru"])
cap_prior = rnd(bnv(G.bn(cap[1])) / (1 + G.gr(cap) / 100), 1)
prose("s36p-b-cap-prior-derived",
      "Based on the growth rate the release gives for Capacitors, what was the segment's revenue in the "
      "previous year, in billions of yen to one decimal?",
      f"About ¥{cap_prior:.1f} billion (¥{G.bn(cap[1])} billion / {1 + G.gr(cap) / 100:.3f} = "
      f"{bnv(G.bn(cap[1])) / (1 + G.gr(cap) / 100):.3f} billion).",
      "currency", cap_prior, "JPY", "billion", 0.002,
      [ev(P3, f"Capacitors: Revenue increased {G.gr(cap):.1f}% to {G.bn(cap[1])} billion yen")],
      ["derived", "computation", "ashinomaru"])
prose("s36p-b-cap-margin",
      "What segment margin did Capacitors reach in fiscal 2025?",
      f"{rnd(G.SEG_OP['Capacitors'][1] / cap[1] * 100, 1):.1f}% in fiscal 2025, up from the prior year.",
      "percent", rnd(G.SEG_OP["Capacitors"][1] / cap[1] * 100, 1), "percent", None,
      half(rnd(G.SEG_OP["Capacitors"][1] / cap[1] * 100, 1), 1),
      [ev(P3, f"the segment margin reached {rnd(G.SEG_OP['Capacitors'][1] / cap[1] * 100, 1):.1f}%")],
      ["kind", "lookup", "ashinomaru"])
over_pct = rnd((REV[1] - G.REG_REV["Japan"][1]) / REV[1] * 100, 1)
over_bn = G.bn(REV[1] - G.REG_REV["Japan"][1])
prose("s36p-b-overseas-share",
      "What percentage of consolidated revenue came from customers outside Japan?",
      f"{over_pct:.1f}% (¥{over_bn} billion).",
      "percent", over_pct, "percent", None, half(over_pct, 1),
      [ev(P4, f"Revenue from customers outside Japan was {over_bn} billion yen, or {over_pct:.1f}% of consolidated revenue")],
      ["kind", "paraphrase", "ashinomaru"])
prose("s36p-b-china-growth",
      "By what percentage did sales to Chinese customers, Hong Kong included, rise in fiscal 2025?",
      f"{G.gr(china):.1f}%.",
      "percent", G.gr(china), "percent", None, half(G.gr(china), 1),
      [ev(P4, f"China, the Group's largest market, grew {G.gr(china):.1f}%")],
      ["paraphrase", "lookup", "ashinomaru"])
fcf_co = (CF[0]["op"] + CF[0]["inv"], CF[1]["op"] + CF[1]["inv"])
prose("s36p-b-fcf-company",
      "What free cash flow did the group generate in fiscal 2025 on its own definition?",
      f"¥{G.bn(fcf_co[1])} billion in fiscal 2025 (free cash flow as the Group defines it: operating plus "
      "investing cash flows).",
      "currency", bnv(G.bn(fcf_co[1])), "JPY", "billion", half(bnv(G.bn(fcf_co[1])), 1),
      [ev(P4, f"was {G.bn(fcf_co[1])} billion yen, compared with {G.bn(fcf_co[0])} billion yen in fiscal 2024")],
      ["qualifier", "lookup", "ashinomaru"])
borr25 = G.BS_CL["Borrowings"][0] + ncb[0]
prose("s36p-b-debt-prior",
      "How much interest-bearing debt did the company carry a year before the latest balance sheet date?",
      f"¥{G.bn(borr25)} billion at March 31, 2025 (¥{G.bn(borr26)} billion at March 31, 2026).",
      "currency", bnv(G.bn(borr25)), "JPY", "billion", half(bnv(G.bn(borr25)), 1),
      [ev(P4, f"(March 31, 2025: {G.bn(borr25)} billion yen)")],
      ["qualifier", "paraphrase", "ashinomaru"])
prose("s36p-b-penang-cost",
      "How much is the company investing in the new capacitor plant in Penang?",
      "Approximately ¥42 billion over three years.",
      "currency", 42, "JPY", "billion", half(42, 0),
      [ev(P6, "with a total investment of approximately 42 billion yen over three years")],
      ["kind", "lookup", "ashinomaru"])
prose("s36p-b-penang-capacity",
      "By how much will the Penang plant lift the group's capacitor output capacity?",
      "By about 20%.",
      "percent", 20, "percent", None, half(20, 0),
      [ev(P6, "will raise the Group's capacitor output capacity by about 20%")],
      ["kind", "lookup", "ashinomaru"])
prose("s36p-b-penang-start",
      "When is the Penang plant scheduled to start production?",
      "In October 2027.",
      "text", None, None, None, None,
      [ev(P6, "The plant is scheduled to begin production in October 2027")],
      ["kind", "lookup", "ashinomaru"], must_mention=[["October 2027"]])
prose("s36p-b-ref-penang-fy25",
      "How much of the Penang plant investment was spent in fiscal 2025?",
      "The documents don't say: they give the total of about ¥42 billion over three years and the fiscal 2025 "
      "group capital expenditures (¥71.3 billion), but not the Penang amount spent in the year.",
      "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable", "ashinomaru"])
prose("s36p-b-usd-sensitivity",
      "If the yen weakens by one yen against the greenback, how much does annual operating profit rise?",
      "By approximately ¥1.9 billion.",
      "currency", 1.9, "JPY", "billion", half(1.9, 1),
      [ev(P6, "would increase annual operating profit by approximately 1.9 billion yen")],
      ["paraphrase", "lookup", "ashinomaru"])
prose("s36p-b-eur-sensitivity",
      "How much would a one-yen depreciation of the yen against the euro add to annual operating profit?",
      "Approximately ¥0.3 billion.",
      "currency", 0.3, "JPY", "billion", half(0.3, 1),
      [ev(P6, "a one-yen depreciation against the euro by approximately 0.3 billion yen")],
      ["qualifier", "lookup", "ashinomaru"])
prose("s36p-b-fc26-opm",
      "What operating margin is implied by the company's fiscal 2026 forecast?",
      f"{rnd(G.FC26['op'] / G.FC26['rev'] * 100, 1):.1f}%.",
      "percent", rnd(G.FC26["op"] / G.FC26["rev"] * 100, 1), "percent", None,
      half(rnd(G.FC26["op"] / G.FC26["rev"] * 100, 1), 1),
      [ev(P7, f"which would give an operating margin of {rnd(G.FC26['op'] / G.FC26['rev'] * 100, 1):.1f}%")],
      ["qualifier", "lookup", "ashinomaru"])
prose("s36p-b-ref-fc26-fcf",
      "What free cash flow does the company expect for fiscal 2026?",
      "The documents don't say: the fiscal 2026 outlook gives revenue, operating profit, capital expenditure "
      "and R&D plans, but no free cash flow forecast (the ¥32.8 billion is fiscal 2025's actual).",
      "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable", "ashinomaru"])
prose("s36p-b-ref-americas-op",
      "What operating profit did the company earn from its business in the Americas in fiscal 2025?",
      "The documents don't say: the regional breakdown gives revenue only (the Americas were nearly flat in yen "
      "terms); operating profit is reported by segment, not by region.",
      "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable", "ashinomaru"])
prose("s36p-b-ye-div-before",
      "Before the final decision, what year-end dividend per share had the company been forecasting for "
      "fiscal 2025?",
      f"¥{G.DPS_YE_FC_NOV} per share (forecast of November 6, 2025); the Board then set ¥{G.DPS['fy25'][1]}.",
      "currency", G.DPS_YE_FC_NOV, "JPY", None, half(G.DPS_YE_FC_NOV, 0),
      [ev(P8, f"the most recent forecast of {G.DPS_YE_FC_NOV} yen announced on November 6, 2025")],
      ["qualifier", "lookup", "ashinomaru"])
prose("s36p-b-div-fy26",
      "What annual dividend per share does the company plan for the coming year?",
      f"¥{sum(G.DPS['fy26'])} per share for fiscal 2026 ({G.DPS['fy26'][0]} yen interim and {G.DPS['fy26'][1]} "
      "yen year-end).",
      "currency", sum(G.DPS["fy26"]), "JPY", None, half(sum(G.DPS["fy26"]), 0),
      [ev(P8, f"plans an annual dividend of {sum(G.DPS['fy26'])} yen per share")],
      ["qualifier", "paraphrase", "ashinomaru"])
tsr_bn = G.bn(G.DIV_PAID_OWN + G.BUYBACK)
prose("s36p-b-total-returns",
      "In total, how much did the company hand back to shareholders in fiscal 2025, buybacks included?",
      f"¥{tsr_bn} billion of total shareholder returns (dividends paid plus the ¥{G.bn(G.BUYBACK)} billion buyback).",
      "currency", bnv(tsr_bn), "JPY", "billion", half(bnv(tsr_bn), 1),
      [ev(P8, f"total shareholder returns for the year amounted to {tsr_bn} billion yen")],
      ["paraphrase", "lookup", "ashinomaru"])
divs_bn = rnd(bnv(tsr_bn) - bnv(G.bn(G.BUYBACK)), 1)
prose("s36p-b-dividends-derived",
      "Going by the shareholder-return paragraph, how much of that total went out as dividends rather than "
      "share repurchases, in billions of yen?",
      f"About ¥{divs_bn:.1f} billion (total returns ¥{tsr_bn} billion minus the ¥{G.bn(G.BUYBACK)} billion buyback).",
      "currency", divs_bn, "JPY", "billion", 0.005,
      [ev(P8, f"for a total of {G.bn(G.BUYBACK)} billion yen"),
       ev(P8, f"total shareholder returns for the year amounted to {tsr_bn} billion yen")],
      ["derived", "computation", "ashinomaru"])
avg_px = round(G.BUYBACK * 1e6 / (G.BUYBACK_SHARES_K * 1e3))
prose("s36p-b-buyback-price",
      "What average price per share did the company pay in its fiscal 2025 buyback, in yen (whole yen)?",
      f"An average price of about ¥{avg_px:,} per share (¥{G.bn(G.BUYBACK)} billion / "
      f"{G.BUYBACK_SHARES_K:,} thousand shares = {G.BUYBACK * 1e6 / (G.BUYBACK_SHARES_K * 1e3):,.1f} yen).",
      "currency", avg_px, "JPY", None, 0.005,
      [ev(P8, f"repurchased {G.BUYBACK_SHARES_K:,} thousand of its own shares for a total of {G.bn(G.BUYBACK)} billion yen")],
      ["derived", "computation", "ashinomaru"])
prose("s36p-b-eps-prior",
      "What basic earnings per share did the company earn in the previous fiscal year, according to the "
      "overview?",
      f"¥{EPS[0]:.2f} per share in fiscal 2024.",
      "currency", EPS[0], "JPY", None, half(EPS[0], 2),
      [ev(P2, f"compared with {EPS[0]:.2f} yen in fiscal 2024")],
      ["qualifier", "lookup", "ashinomaru"])


# ====================================================================================
# Write and check
# ====================================================================================
def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    for path, rows in ((METRICS, ROWS), (PROSE, PROSE_ROWS)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    reader = PdfReader(str(G.PDF))
    texts = {i + 1: (norm(p.extract_text()), norm(p.extract_text(extraction_mode="layout")))
             for i, p in enumerate(reader.pages)}
    bad = 0
    for r in ROWS + PROSE_ROWS:
        for e in r["evidence"]:
            plain, layout = texts[e["page"]]
            quote = norm(e["quote"])
            if quote not in plain or quote not in layout:
                bad += 1
                print("QUOTE MISSING", r["id"], e["page"], repr(quote), quote in plain, quote in layout)
    from eval.datasets import load_dataset
    from eval.scoring import score_answer
    for path, n in ((METRICS, len(ROWS)), (PROSE, len(PROSE_ROWS))):
        d = load_dataset(path)
        assert len(d.questions) == n, (path, len(d.questions))
        assert not d.missing_documents, d.missing_documents
        for qq in d.questions:
            s = score_answer(qq, qq.answer)
            if s.verdict != "right":
                bad += 1
                print("SCORE", qq.id, s.verdict, s.reason)
    ids = [r["id"] for r in ROWS + PROSE_ROWS]
    assert len(ids) == len(set(ids))
    print(f"metrics {len(ROWS)}, prose {len(PROSE_ROWS)}, problems {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
