# Long on purpose: generated test data.
"""Writer A, blind pair 36: the questions over fellwarden-interim-results-h1-fy27.pdf, and their checks.

Golds are computed from the figures `make_w36a` prints (each input read back as the document shows it,
rounded half-up to the precision the question asks). Run from the worktree root with PYTHONPATH=.:
writes eval/data/filings_metrics_synth36a.jsonl and eval/data/prose_questions_synth36a.jsonl, then checks
every evidence quote against pypdf text of its page (plain and layout extraction), loads both files with
eval.datasets.load_dataset and scores every gold answer with eval.scoring.score_answer.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_w36a as mk  # noqa: E402

ROOT = HERE.parents[2]
DOC = mk.PDF_NAME
METRICS = ROOT / "eval/data/filings_metrics_synth36a.jsonl"
PROSE = ROOT / "eval/data/prose_questions_synth36a.jsonl"
CO = ["fellwarden", "interim"]


def r(x, places: int = 1) -> float:
    return float(mk.rnd(x, places))


def v(t: int) -> float:
    """A £m figure as printed (tenths -> one decimal)."""
    return t / 10


def half(places: int, value: float) -> float:
    return round(0.5 * 10 ** (-places) / abs(value), 6)


def ev(page: int, quote: str) -> dict:
    return {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def q(id_, question, answer, type_, value, unit, scale, tol, evidence, tags, **extra) -> dict:
    row = {"id": id_, "question": question, "answer": answer, "type": type_, "value": value, "unit": unit,
           "scale": scale, "tolerance": tol}
    row.update(extra)
    row.update({"evidence": evidence, "tags": tags + CO, "documents": [DOC]})
    return row


def refusal(id_, question, answer, tags, evidence=None) -> dict:
    return {"id": id_, "question": question, "answer": answer, "type": "refusal", "value": None, "unit": None,
            "scale": None, "tolerance": None, "evidence": evidence or [], "tags": tags + CO, "documents": [DOC]}


F = mk
M: list[dict] = []
Q: list[dict] = []

# ------------------------------------------------------------------------------------------------
# Metric questions
# ------------------------------------------------------------------------------------------------
rev, gross, op, pbt = F.rev, F.gross, F.op, F.pbt
M.append(q("s36m-a-revenue-h1fy27",
           "What revenue did Fellwarden Group report for the 26 weeks to 30 August 2026? Answer in GBP millions.",
           f"£{v(rev['h1'])} million (Revenue, 26 weeks to 30 August 2026, condensed consolidated income statement p. 8)",
           "currency", v(rev["h1"]), "GBP", "million", half(1, v(rev["h1"])),
           [ev(8, "Revenue 3 414.6")], ["lookup"]))
M.append(q("s36m-a-cost-of-sales-fy26",
           "According to Fellwarden's interim results, what was cost of sales for the 52 weeks to 28 February 2026?",
           f"£{-v(F.cos['fy'])}m (Cost of sales, 52 weeks to 28 February 2026 column, income statement p. 8)",
           "currency", -v(F.cos["fy"]), "GBP", "million", half(1, v(F.cos["fy"])),
           [ev(8, "Cost of sales (229.5) (214.6) (462.5)")], ["lookup"]))
M.append(q("s36m-a-pbt-h1fy26",
           "What statutory profit before tax did Fellwarden make in the first half of the prior year, the 26 weeks "
           "to 31 August 2025?",
           f"£{v(pbt['p1'])}m (Profit before tax, 26 weeks to 31 August 2025, income statement p. 8)",
           "currency", v(pbt["p1"]), "GBP", "million", half(1, v(pbt["p1"])),
           [ev(8, "Profit before tax 25.7 23.2")], ["lookup"]))
M.append(q("s36m-a-diluted-eps-fy26",
           "What diluted earnings per share did Fellwarden report for its financial year ended 28 February 2026, in "
           "pence?",
           f"{F.eps_dil['fy']}p (Diluted EPS, 52 weeks to 28 February 2026, income statement p. 8)",
           "currency", float(F.eps_dil["fy"]), "GBp", None, half(1, float(F.eps_dil["fy"])),
           [ev(8, "Diluted 6 8.8 8.2 20.5")], ["lookup", "per_share"]))
M.append(q("s36m-a-adj-diluted-eps-h1fy27",
           "What was Fellwarden's adjusted diluted EPS for the 26 weeks to 30 August 2026?",
           f"{F.adj_eps_dil['h1']}p per share (Adjusted diluted earnings per share, note 6, p. 11)",
           "currency", float(F.adj_eps_dil["h1"]), "GBp", None, half(1, float(F.adj_eps_dil["h1"])),
           [ev(11, "Adjusted diluted earnings per share (pence) 11.2")], ["lookup", "per_share"]))
M.append(q("s36m-a-inventories-feb26",
           "How much inventory did Fellwarden carry on its balance sheet at 28 February 2026? GBP millions.",
           f"£{v(F.inv['feb26'])}m (Inventories, balance sheet at 28 February 2026, p. 9)",
           "currency", v(F.inv["feb26"]), "GBP", "million", half(1, v(F.inv["feb26"])),
           [ev(9, "Inventories 198.1 187.4 170.2")], ["lookup"]))
M.append(q("s36m-a-payables-aug25",
           "What were trade and other payables at 31 August 2025?",
           f"£{v(F.pay['aug25'])}m (Trade and other payables, 31 August 2025 column, balance sheet p. 9)",
           "currency", v(F.pay["aug25"]), "GBP", "million", half(1, v(F.pay["aug25"])),
           [ev(9, "Trade and other payables (218.7) (204.1)")], ["lookup"]))
M.append(q("s36m-a-equity-aug26",
           "What was Fellwarden's total equity at the end of the first half of FY27?",
           f"£{v(F.equity['aug26'])}m (Total equity at the half-year balance sheet date, balance sheet p. 9)",
           "currency", v(F.equity["aug26"]), "GBP", "million", half(1, v(F.equity["aug26"])),
           [ev(9, "Total equity 231.3")], ["lookup"]))
M.append(q("s36m-a-ncfo-fy26",
           "How much net cash did Fellwarden generate from operating activities in the 52 weeks to 28 February "
           "2026? GBP millions, one decimal.",
           f"£{v(F.ncfo['fy'])}m (Net cash generated from operating activities, 52 weeks to 28 February 2026, cash "
           f"flow statement p. 10)",
           "currency", v(F.ncfo["fy"]), "GBP", "million", half(1, v(F.ncfo["fy"])),
           [ev(10, "Net cash generated from operating activities 58.2 46.9 134.8")], ["lookup"]))
M.append(q("s36m-a-ppe-spend-h1fy27",
           "How much cash did Fellwarden spend buying property, plant and equipment in the 26 weeks to 30 August "
           "2026?",
           f"£{v(F.capex_ppe['h1'])}m (Purchase of property, plant and equipment, cash flow statement p. 10; the "
           f"£17.9m capital expenditure in the review also includes intangible assets)",
           "currency", v(F.capex_ppe["h1"]), "GBP", "million", half(1, v(F.capex_ppe["h1"])),
           [ev(10, "Purchase of property, plant and equipment (14.2)")], ["lookup", "capex"]))
M.append(q("s36m-a-intl-revenue-h1fy26",
           "What revenue did the International segment record in the 26 weeks to 31 August 2025? GBP millions.",
           f"£{v(F.rev_int['p1'])}m (International, 26 weeks to 31 August 2025, revenue table p. 4)",
           "currency", v(F.rev_int["p1"]), "GBP", "million", half(1, v(F.rev_int["p1"])),
           [ev(4, "International 96.2 82.5")], ["lookup", "segment"]))
M.append(q("s36m-a-online-revenue-fy26",
           "How much of Fellwarden's revenue for the 52 weeks to 28 February 2026 came through the online channel?",
           f"£{v(F.rev_online['fy'])}m (Online, 52 weeks to 28 February 2026, revenue by channel p. 4)",
           "currency", v(F.rev_online["fy"]), "GBP", "million", half(1, v(F.rev_online["fy"])),
           [ev(4, "Online 146.5 125.8 283.2")], ["lookup", "segment"]))
M.append(q("s36m-a-adj-pbt-fy26",
           "What adjusted profit before tax did Fellwarden report for FY26, the 52 weeks to 28 February 2026?",
           f"£{v(F.adj_pbt['fy'])}m (Adjusted profit before tax, 52 weeks to 28 February 2026, p. 5)",
           "currency", v(F.adj_pbt["fy"]), "GBP", "million", half(1, v(F.adj_pbt["fy"])),
           [ev(5, "Adjusted profit before tax 32.4 25.3 68.1")], ["lookup", "adjusted"]))
M.append(q("s36m-a-uk-adj-op-h1fy27",
           "What adjusted operating profit did the UK segment earn in the 26 weeks to 30 August 2026?",
           f"£{v(F.seg_uk_aop['h1'])}m (UK adjusted operating profit, segment note 3, p. 11)",
           "currency", v(F.seg_uk_aop["h1"]), "GBP", "million", half(1, v(F.seg_uk_aop["h1"])),
           [ev(11, "UK 37.8 32.5 79.9")], ["lookup", "segment", "adjusted"]))
lease_aug25 = F.lease_cur["aug25"] + F.lease_nc["aug25"]
M.append(q("s36m-a-lease-liabilities-aug25",
           "What were Fellwarden's total lease liabilities, current and non-current together, at 31 August 2025? "
           "GBP millions.",
           f"£{v(lease_aug25)}m: current £{v(F.lease_cur['aug25'])}m + non-current £{v(F.lease_nc['aug25'])}m "
           f"(balance sheet at 31 August 2025, p. 9)",
           "currency", v(lease_aug25), "GBP", "million", half(1, v(lease_aug25)),
           [ev(9, "Lease liabilities (35.2) (33.8)"), ev(9, "Lease liabilities (187.1) (180.6)")], ["sum"]))
M.append(q("s36m-a-net-debt-incl-leases-feb26",
           "What was Fellwarden's net debt including lease liabilities at 28 February 2026?",
           f"£{v(F.nd_in['feb26'])}m (Net debt including lease liabilities at 28 February 2026, net debt table p. 6)",
           "currency", v(F.nd_in["feb26"]), "GBP", "million", half(1, v(F.nd_in["feb26"])),
           [ev(6, "Net debt including lease liabilities (224.1) (254.1) (215.5)")], ["lookup", "net_debt"]))

# ratios and growth
gm_fy = r(Decimal(gross["fy"]) / Decimal(rev["fy"]) * 100)
M.append(q("s36m-a-gross-margin-fy26",
           "What was Fellwarden's gross margin (gross profit divided by revenue) for the 52 weeks to 28 February "
           "2026? Percent, one decimal.",
           f"{gm_fy}% (gross profit £{v(gross['fy'])}m / revenue £{v(rev['fy'])}m; income statement p. 8)",
           "percent", gm_fy, "percent", None, half(1, gm_fy),
           [ev(8, "Gross profit 185.1 169.6 368.7"), ev(8, "Revenue 3 414.6 384.2 831.2")], ["margin"]))
opm = r(Decimal(op["h1"]) / Decimal(rev["h1"]) * 100)
M.append(q("s36m-a-op-margin-h1fy27",
           "What was Fellwarden's statutory operating margin in the 26 weeks to 30 August 2026, i.e. operating "
           "profit as a share of revenue? Give a percentage to one decimal.",
           f"{opm}% (operating profit £{v(op['h1'])}m / revenue £{v(rev['h1'])}m; income statement p. 8)",
           "percent", opm, "percent", None, half(1, opm),
           [ev(8, "Operating profit 34.2"), ev(8, "Revenue 3 414.6")], ["margin"]))
aopm = r(Decimal(F.adj_op["p1"]) / Decimal(rev["p1"]) * 100, 2)
M.append(q("s36m-a-adj-op-margin-h1fy26",
           "Using adjusted operating profit, what was Fellwarden's operating margin for the 26 weeks to 31 August "
           "2025? Round to two decimal places of a percent.",
           f"{aopm}% (adjusted operating profit £{v(F.adj_op['p1'])}m / revenue £{v(rev['p1'])}m; note 3 p. 11 and "
           f"income statement p. 8)",
           "percent", aopm, "percent", None, half(2, aopm),
           [ev(11, "Adjusted operating profit 40.9 33.6"), ev(8, "Revenue 3 414.6 384.2")], ["margin", "adjusted"]))
aop_g = r((Decimal(F.adj_op["h1"]) / Decimal(F.adj_op["p1"]) - 1) * 100)
M.append(q("s36m-a-adj-op-growth-h1",
           "By what percentage did Group adjusted operating profit grow in the first half of FY27 compared with "
           "the first half of FY26? One decimal.",
           f"{aop_g}% (£{v(F.adj_op['h1'])}m against £{v(F.adj_op['p1'])}m; segment note 3, p. 11)",
           "percent", aop_g, "percent", None, half(1, aop_g),
           [ev(11, "Adjusted operating profit 40.9 33.6")], ["growth", "adjusted"]))
osh = r(Decimal(F.rev_online["fy"]) / Decimal(rev["fy"]) * 100)
M.append(q("s36m-a-online-share-fy26",
           "What percentage of full-year FY26 revenue (52 weeks to 28 February 2026) was online?",
           f"{osh}% (online £{v(F.rev_online['fy'])}m / Group revenue £{v(rev['fy'])}m; revenue table p. 4)",
           "percent", osh, "percent", None, half(1, osh),
           [ev(4, "Online 146.5 125.8 283.2"), ev(4, "Group revenue 414.6 384.2 831.2")], ["ratio", "segment"]))
etr_fy = r(Decimal(F.tax["fy"]) / Decimal(pbt["fy"]) * 100)
M.append(q("s36m-a-etr-fy26",
           "What was Fellwarden's effective tax rate for the 52 weeks to 28 February 2026, taken as the tax "
           "charge divided by statutory profit before tax? Percent, one decimal.",
           f"{etr_fy}% (taxation £{v(F.tax['fy'])}m / profit before tax £{v(pbt['fy'])}m; income statement p. 8)",
           "percent", etr_fy, "percent", None, half(1, etr_fy),
           [ev(8, "Taxation 5 (6.8) (5.5) (14.8)"), ev(8, "Profit before tax 25.7 23.2 58.9")], ["ratio"]))
cr = r(Decimal(F.ca["aug26"]) / Decimal(F.cl["aug26"]), 2)
M.append(q("s36m-a-current-ratio-aug26",
           "What was Fellwarden's current ratio (total current assets over total current liabilities) at 30 "
           "August 2026? Two decimals.",
           f"{cr} (current assets £{v(F.ca['aug26'])}m / current liabilities £{v(F.cl['aug26'])}m; balance sheet p. 9)",
           "ratio", cr, "ratio", None, half(2, cr),
           [ev(9, "Total current assets 272.2"), ev(9, "Total current liabilities (258.7)")], ["ratio"]))
gear = r(Decimal(F.nd_in["aug26"]) / Decimal(F.equity["aug26"]), 2)
M.append(q("s36m-a-gearing-aug26",
           "Define gearing as net debt including lease liabilities divided by total equity. What was Fellwarden's "
           "gearing at 30 August 2026, to two decimal places?",
           f"{gear} (net debt including leases £{v(F.nd_in['aug26'])}m, p. 6 / total equity £{v(F.equity['aug26'])}m, "
           f"p. 9)",
           "ratio", gear, "ratio", None, half(2, gear),
           [ev(6, "Net debt including lease liabilities (224.1)"), ev(9, "Total equity 231.3")], ["ratio", "defined"]))
icov = r(Decimal(op["h1"]) / Decimal(F.fin_cost["h1"]))
M.append(q("s36m-a-interest-cover-h1fy27",
           "How many times did operating profit cover finance costs in the 26 weeks to 30 August 2026 (operating "
           "profit divided by finance costs)? One decimal.",
           f"{icov}x (operating profit £{v(op['h1'])}m / finance costs £{v(F.fin_cost['h1'])}m; income statement p. 8)",
           "ratio", icov, "ratio", None, half(1, icov),
           [ev(8, "Operating profit 34.2"), ev(8, "Finance costs (9.1)")], ["ratio", "defined"]))
capex_fy = F.capex_ppe["fy"] + F.capex_int["fy"]
capi = r(Decimal(capex_fy) / Decimal(rev["fy"]) * 100)
M.append(q("s36m-a-capex-intensity-fy26",
           "Taking capital expenditure as purchases of property, plant and equipment plus purchases of intangible "
           "assets, what was Fellwarden's capex as a percentage of revenue in the 52 weeks to 28 February 2026? "
           "Percent to one decimal.",
           f"{capi}% ((£{v(F.capex_ppe['fy'])}m + £{v(F.capex_int['fy'])}m) = £{v(capex_fy)}m / revenue "
           f"£{v(rev['fy'])}m; cash flow statement p. 10, income statement p. 8)",
           "percent", capi, "percent", None, half(1, capi),
           [ev(10, "Purchase of property, plant and equipment (14.2) (11.8) (25.1)"),
            ev(10, "Purchase of intangible assets (3.7) (3.1) (6.6)"),
            ev(8, "Revenue 3 414.6 384.2 831.2")], ["capex_intensity"]))
invg = r((Decimal(F.inv["aug26"]) / Decimal(F.inv["aug25"]) - 1) * 100)
M.append(q("s36m-a-inventory-growth-yoy",
           "By how much had Fellwarden's inventories grown at 30 August 2026 compared with 31 August 2025, in "
           "percent?",
           f"{invg}% (£{v(F.inv['aug26'])}m against £{v(F.inv['aug25'])}m; balance sheet p. 9)",
           "percent", invg, "percent", None, half(1, invg),
           [ev(9, "Inventories 198.1 187.4")], ["growth"]))
apm_fy = r(Decimal(F.adj_pbt["fy"]) / Decimal(rev["fy"]) * 100, 2)
M.append(q("s36m-a-adj-pbt-margin-fy26",
           "What was adjusted profit before tax as a percentage of revenue for the 52 weeks to 28 February 2026? "
           "Round to two decimals.",
           f"{apm_fy}% (adjusted profit before tax £{v(F.adj_pbt['fy'])}m / revenue £{v(rev['fy'])}m; pp. 5 and 8)",
           "percent", apm_fy, "percent", None, half(2, apm_fy),
           [ev(5, "Adjusted profit before tax 32.4 25.3 68.1"), ev(8, "Revenue 3 414.6 384.2 831.2")],
           ["margin", "adjusted"]))
# multi-step
h2_rev = rev["fy"] - rev["p1"]
M.append(q("s36m-a-h2-fy26-revenue",
           "What revenue did Fellwarden make in the second half of FY26, i.e. the 52 weeks to 28 February 2026 "
           "less the 26 weeks to 31 August 2025? GBP millions.",
           f"£{v(h2_rev)}m (£{v(rev['fy'])}m for the 52 weeks less £{v(rev['p1'])}m for the first 26 weeks; "
           f"income statement p. 8)",
           "currency", v(h2_rev), "GBP", "million", half(1, v(h2_rev)),
           [ev(8, "Revenue 3 414.6 384.2 831.2")], ["multi_step", "derived_period"]))
h2_share = r(Decimal(F.adj_pbt["fy"] - F.adj_pbt["p1"]) / Decimal(F.adj_pbt["fy"]) * 100)
M.append(q("s36m-a-h2-share-adj-pbt-fy26",
           "What share of FY26 adjusted profit before tax was earned in the second half of that year (full year "
           "less the first 26 weeks, over the full year)? Percent, one decimal.",
           f"{h2_share}% ((£{v(F.adj_pbt['fy'])}m - £{v(F.adj_pbt['p1'])}m) = "
           f"£{v(F.adj_pbt['fy'] - F.adj_pbt['p1'])}m / £{v(F.adj_pbt['fy'])}m; p. 5)",
           "percent", h2_share, "percent", None, half(1, h2_share),
           [ev(5, "Adjusted profit before tax 32.4 25.3 68.1")], ["multi_step", "derived_period"]))
ebitda = op["h1"] + F.dep_ppe["h1"] + F.dep_rou["h1"] + F.amort["h1"]
M.append(q("s36m-a-ebitda-h1fy27",
           "Compute Fellwarden's EBITDA for the 26 weeks to 30 August 2026 as operating profit plus depreciation "
           "of property, plant and equipment, depreciation of right-of-use assets and amortisation (impairment "
           "not added back). GBP millions.",
           f"£{v(ebitda)}m (£{v(op['h1'])}m + £{v(F.dep_ppe['h1'])}m + £{v(F.dep_rou['h1'])}m + "
           f"£{v(F.amort['h1'])}m; cash flow statement p. 10)",
           "currency", v(ebitda), "GBP", "million", half(1, v(ebitda)),
           [ev(10, "Operating profit 34.2"), ev(10, "Depreciation of property, plant and equipment 11.8"),
            ev(10, "Depreciation of right-of-use assets 19.6"), ev(10, "Amortisation of intangible assets 3.1")],
           ["ebitda", "multi_step"]))
simple_fcf = F.ncfo["h1"] - F.capex_ppe["h1"] - F.capex_int["h1"]
M.append(q("s36m-a-simple-fcf-h1fy27",
           "Ignoring the company's own definition, take free cash flow as net cash generated from operating "
           "activities minus purchases of property, plant and equipment and of intangible assets. What was it for "
           "the 26 weeks to 30 August 2026?",
           f"£{v(simple_fcf)}m (£{v(F.ncfo['h1'])}m - £{v(F.capex_ppe['h1'])}m - £{v(F.capex_int['h1'])}m; cash "
           f"flow statement p. 10; this is before lease and interest payments, which the company's own measure deducts)",
           "currency", v(simple_fcf), "GBP", "million", half(1, v(simple_fcf)),
           [ev(10, "Net cash generated from operating activities 58.2"),
            ev(10, "Purchase of property, plant and equipment (14.2)"), ev(10, "Purchase of intangible assets (3.7)")],
           ["fcf", "multi_step", "defined"]))
nd_move = F.nd_in["aug26"] - F.nd_in["feb26"]
M.append(q("s36m-a-net-debt-increase-h1fy27",
           "By how much did net debt including lease liabilities increase between 28 February 2026 and 30 August "
           "2026? GBP millions.",
           f"£{v(nd_move)}m (£{v(F.nd_in['aug26'])}m at 30 August 2026 less £{v(F.nd_in['feb26'])}m at 28 February "
           f"2026; net debt table p. 6)",
           "currency", v(nd_move), "GBP", "million", half(1, v(nd_move)),
           [ev(6, "Net debt including lease liabilities (224.1) (254.1) (215.5)")], ["multi_step", "net_debt"]))
twc = F.inv["aug26"] + F.recv["aug26"] - F.pay["aug26"]
M.append(q("s36m-a-trade-working-capital-aug26",
           "Define trade working capital as inventories plus trade and other receivables minus trade and other "
           "payables. What was it at 30 August 2026, in £m?",
           f"£{v(twc)}m (£{v(F.inv['aug26'])}m + £{v(F.recv['aug26'])}m - £{v(F.pay['aug26'])}m; balance sheet p. 9)",
           "currency", v(twc), "GBP", "million", half(1, v(twc)),
           [ev(9, "Inventories 198.1"), ev(9, "Trade and other receivables 25.9"),
            ev(9, "Trade and other payables (218.7)")], ["working_capital", "multi_step", "defined"]))
payout = r(Decimal(F.div_interim_fy27) / 10 / F.adj_eps["h1"] * 100)
M.append(q("s36m-a-interim-payout-h1fy27",
           "What is the FY27 interim dividend per share as a percentage of adjusted basic earnings per share for "
           "the same half? Percent, one decimal.",
           f"{payout}% (interim dividend 3.1p / adjusted basic EPS {F.adj_eps['h1']}p; highlights p. 1)",
           "percent", payout, "percent", None, half(1, payout),
           [ev(1, "Interim dividend per share 3.1p"), ev(1, "Adjusted basic earnings per share 11.3p")],
           ["payout", "defined", "per_share"]))

# refusals
M.append(refusal("s36m-a-refuse-q2-revenue",
                 "What revenue did Fellwarden report for the 13 weeks to 30 August 2026 (its second quarter)?",
                 "The documents don't say: the interim results report revenue only for the 26 weeks to 30 August "
                 "2026 (£414.6m) and give like-for-like growth for the second quarter (6.9%), not second-quarter "
                 "revenue.", ["refusal", "nearest_trap"]))
M.append(refusal("s36m-a-refuse-fy27-revenue",
                 "What revenue does Fellwarden forecast for the full year FY27?",
                 "The documents don't say: the outlook gives an adjusted profit before tax range (£73m-£77m), "
                 "like-for-like sales growth of 4% to 5% and capital expenditure guidance, but no revenue figure "
                 "for FY27.", ["refusal", "nearest_trap"]))
M.append(refusal("s36m-a-refuse-intl-gross-margin",
                 "What gross margin did the International segment earn in the 26 weeks to 30 August 2026?",
                 "The documents don't say: the segment note gives International revenue and adjusted operating "
                 "profit only; gross margin (44.6%) is reported for the Group as a whole.",
                 ["refusal", "nearest_trap"]))
M.append(refusal("s36m-a-refuse-h1fy25-revenue",
                 "What was Fellwarden's revenue for the 26 weeks to 1 September 2024?",
                 "The documents don't say: the interim results cover the 26 weeks to 30 August 2026, with the 26 "
                 "weeks to 31 August 2025 and the 52 weeks to 28 February 2026 as comparatives; no figures for "
                 "2024 are given.", ["refusal", "out_of_period"]))
M.append(refusal("s36m-a-refuse-marketing-spend",
                 "How much did Fellwarden spend on marketing in the 26 weeks to 30 August 2026?",
                 "The documents don't say: marketing costs are not reported separately; the income statement shows "
                 "only selling and distribution costs and administrative expenses.", ["refusal", "not_reported"]))

# ------------------------------------------------------------------------------------------------
# Prose questions
# ------------------------------------------------------------------------------------------------
P = "s36p-a-"
Q.append(q(P + "01", "How much did Fellwarden's websites bring in during the first half of FY27?",
           f"£{v(F.rev_online['h1'])}m of online sales, up {F.growth_online}%.",
           "currency", v(F.rev_online["h1"]), "GBP", "million", half(1, v(F.rev_online["h1"])),
           [ev(2, "Online sales grew 16.5% to £146.5m")], ["paraphrase", "lookup"]))
Q.append(q(P + "02", "Roughly how many people worked for Fellwarden at the half year?",
           f"Around {F.colleagues:,} colleagues.",
           "count", F.colleagues, "count", None, 0.0,
           [ev(2, "The Group employed around 5,940 colleagues at the half year.")], ["paraphrase", "lookup"]))
Q.append(q(P + "03", "How big is Fellwarden's loyalty programme now, in members?",
           f"{F.club_members} million Basecamp Club members (up {F.club_growth}% year on year).",
           "count", float(F.club_members) * 1e6, "count", None, half(2, float(F.club_members)),
           [ev(2, "grew 12% year on year to 2.41 million members")], ["paraphrase", "kind", "lookup"]))
Q.append(q(P + "04", "At constant currency, how fast did International revenue grow in the first half?",
           f"{F.int_cc}% at constant currency (reported growth in sterling was lower, as the pound strengthened).",
           "percent", float(F.int_cc), "percent", None, half(1, float(F.int_cc)),
           [ev(2, "At constant currency International grew 18.1%")], ["qualifier", "lookup"]))
Q.append(q(P + "05", "What was International's reported revenue growth in sterling for the half?",
           f"{F.growth_int}%, to £{v(F.rev_int['h1'])}m.",
           "percent", float(F.growth_int), "percent", None, half(1, float(F.growth_int)),
           [ev(2, "rose 16.6% to £96.2m")], ["qualifier", "lookup"]))
Q.append(q(P + "06", "What like-for-like sales growth did Fellwarden achieve in its second quarter alone?",
           f"{F.lfl['q2']}% in the second quarter.",
           "percent", float(F.lfl["q2"]), "percent", None, half(1, float(F.lfl["q2"])),
           [ev(1, "the second quarter (+6.9%) was stronger than the first (+4.7%)")], ["qualifier", "lookup"]))
Q.append(q(P + "07", "How have like-for-like sales moved since the half-year end, in the opening weeks of the "
           "second half?",
           f"Like-for-like sales growth was {F.lfl['h2_4wk']}% in the first four weeks of the second half.",
           "percent", float(F.lfl["h2_4wk"]), "percent", None, half(1, float(F.lfl["h2_4wk"])),
           [ev(3, "Trading in the first four weeks of the second half has been encouraging, with like-for-like "
                  "sales up 4.2%")], ["qualifier", "paraphrase", "lookup"]))
Q.append(q(P + "08", "Before these interim results, what range had Fellwarden guided for FY27 adjusted profit "
           "before tax?",
           f"£{F.guide_old[0]}m to £{F.guide_old[1]}m, the range given at the preliminary results in May.",
           "range", list(map(float, F.guide_old)), "GBP", "million", 0.005,
           [ev(3, "up from the range of £70m to £74m given at the preliminary results in May")],
           ["qualifier", "lookup"]))
Q.append(q(P + "09", "What does Fellwarden now expect adjusted profit before tax to be for the year ending "
           "February 2027?",
           f"Between £{F.guide_new[0]}m and £{F.guide_new[1]}m.",
           "range", list(map(float, F.guide_new)), "GBP", "million", 0.005,
           [ev(3, "the Board now expects adjusted profit before tax for the 52 weeks ending 27 February 2027 of "
                  "between £73m and £77m")], ["qualifier", "lookup"]))
Q.append(q(P + "10", "What was like-for-like sales growth in the UK business in H1 FY27?",
           f"{F.lfl['uk']}% in the UK.",
           "percent", float(F.lfl["uk"]), "percent", None, half(1, float(F.lfl["uk"])),
           [ev(2, "with like-for-like sales up 4.9%")], ["qualifier", "lookup"]))
Q.append(q(P + "11", "How many new stores did Fellwarden open in the first half?",
           f"{sum(F.opened.values())} stores.",
           "count", sum(F.opened.values()), "count", None, 0.0,
           [ev(2, "We opened 6 stores in the half, 2 in the UK and 4 in International")], ["kind", "lookup"]))
Q.append(q(P + "12", "How much selling space, in square feet, did the half's store openings add?",
           f"Around {F.new_space_sqft:,} square feet.",
           "count", F.new_space_sqft, "count", None, 0.0,
           [ev(2, "adding around 38,000 square feet of selling space")], ["kind", "lookup"]))
Q.append(q(P + "13", "What will the FY27 interim dividend cost Fellwarden in total?",
           f"About £{F.interim_cost}m.",
           "currency", float(F.interim_cost), "GBP", "million", half(1, float(F.interim_cost)),
           [ev(3, "at a total cost of about £6.6m")], ["kind", "lookup"]))
Q.append(q(P + "14", "By what percentage was the interim dividend per share raised?",
           f"By {F.growth_div}%, to 3.1p.",
           "percent", float(F.growth_div), "percent", None, half(1, float(F.growth_div)),
           [ev(3, "the interim dividend is increased by 14.8% to 3.1p per share")], ["kind", "lookup"]))
Q.append(q(P + "15", "How much does the April 2026 pay award add to Fellwarden's store payroll each year?",
           f"About £{F.nlw_cost}m a year.",
           "currency", float(F.nlw_cost), "GBP", "million", half(1, float(F.nlw_cost)),
           [ev(5, "The April 2026 pay award adds about £4.1m to annual store payroll costs.")],
           ["paraphrase", "lookup"]))
Q.append(q(P + "16", "What proportion of the second half's expected dollar purchases had Fellwarden hedged by "
           "the half-year end?",
           f"About {F.hedged}%.",
           "percent", float(F.hedged), "percent", None, 0.005,
           [ev(7, "about 85% of expected second-half US dollar purchases were hedged at 30 August 2026")],
           ["paraphrase", "kind", "lookup"]))
Q.append(q(P + "17", "How much headroom was left undrawn on Fellwarden's bank facility at 30 August 2026?",
           f"£{v(F.rcf_size - F.borrow['aug26'])}m undrawn.",
           "currency", v(F.rcf_size - F.borrow["aug26"]), "GBP", "million", 0.0005,
           [ev(6, "leaving £100.0m undrawn")], ["paraphrase", "kind", "lookup"]))
Q.append(q(P + "18", "What yearly saving does Fellwarden expect from moving International distribution to one "
           "hub?",
           "Around £1.5m a year, from FY28.",
           "currency", 1.5, "GBP", "million", half(1, 1.5),
           [ev(3, "We expect the change to save around £1.5m a year from FY28.")], ["paraphrase", "lookup"]))
uk_share = r(Decimal(F.rev_uk["h1"]) / Decimal(rev["h1"]) * 100)
Q.append(q(P + "19", "What share of Group revenue did the UK account for in the first half of FY27? Percent, one "
           "decimal.",
           f"{uk_share}%: UK revenue £{v(F.rev_uk['h1'])}m of total sales of £{v(rev['h1'])}m.",
           "percent", uk_share, "percent", None, half(1, uk_share),
           [ev(2, "grew revenue 5.5% to £318.4m"), ev(2, "Total sales rose 7.9% to £414.6m")],
           ["derived", "computation"]))
prior_online = float(F.rev_online["h1"]) / 10 / (1 + float(F.growth_online) / 100)
Q.append(q(P + "20", "Working back from the stated growth rate, roughly what were online sales in the first half "
           "a year earlier? GBP millions, one decimal.",
           f"About £{r(prior_online)}m: £146.5m / 1.165 = £{prior_online:.2f}m.",
           "currency", r(prior_online), "GBP", "million", 0.002,
           [ev(2, "Online sales grew 16.5% to £146.5m")], ["derived", "computation"]))
mid_gap = (Decimal(F.guide_new[0] + F.guide_new[1]) / 2 - F.consensus)
Q.append(q(P + "21", "How far is the midpoint of Fellwarden's new FY27 profit guidance above the analyst consensus "
           "before the announcement? GBP millions.",
           f"£{mid_gap}m: midpoint £{(F.guide_new[0] + F.guide_new[1]) / 2}m less consensus £{F.consensus}m.",
           "currency", float(mid_gap), "GBP", "million", half(1, float(mid_gap)),
           [ev(3, "of between £73m and £77m"),
            ev(3, "the company-compiled analyst consensus for FY27 adjusted profit before tax was £72.4m")],
           ["derived", "computation"]))
Q.append(q(P + "22", "How many stores did Fellwarden add, net of closures, between 28 February and 30 August 2026?",
           f"A net {F.stores_total - F.stores_total_open} stores: six openings less three closures, taking the estate "
           f"from {F.stores_total_open} to {F.stores_total}.",
           "count", F.stores_total - F.stores_total_open, "count", None, 0.0,
           [ev(2, "We traded from 186 stores at 30 August 2026 (161 UK, 25 International), up from 183 at 28 "
                  "February 2026")], ["derived", "computation"]))
non_lease = F.fin_cost["h1"] - F.fin_inc["h1"] - F.lease_int["h1"]
Q.append(q(P + "23", "Leaving out interest on leases, what were Fellwarden's net finance costs in the first half "
           "of FY27? GBP millions.",
           f"£{v(non_lease)}m: net finance costs £8.5m less lease interest £6.3m.",
           "currency", v(non_lease), "GBP", "million", half(1, v(non_lease)),
           [ev(5, "Net finance costs were £8.5m (H1 FY26: £8.3m), of which interest on lease liabilities was "
                  "£6.3m.")], ["derived", "qualifier", "computation"]))
Q.append(q(P + "24", "What effective tax rate applied to Fellwarden's adjusted profit in H1 FY27?",
           f"{F.adj_etr}% on adjusted profit (the rate on statutory profit was higher).",
           "percent", float(F.adj_etr), "percent", None, half(1, float(F.adj_etr)),
           [ev(6, "On adjusted profit the effective rate was 25.6%.")], ["qualifier", "lookup"]))
Q.append(q(P + "25", "On a statutory basis, what basic earnings per share did Fellwarden report for the first half "
           "of FY27?",
           f"{F.eps_basic['h1']}p per share (adjusted basic EPS was higher).",
           "currency", float(F.eps_basic["h1"]), "GBp", None, half(1, float(F.eps_basic["h1"])),
           [ev(6, "Basic earnings per share were 8.9p (H1 FY26: 8.3p)")], ["qualifier", "lookup"]))
Q.append(q(P + "26", "How much did Fellwarden's inventory rise over the first half?",
           f"By £{v(-F.d_inv['h1'])}m over the half.",
           "currency", v(-F.d_inv["h1"]), "GBP", "million", half(1, v(-F.d_inv["h1"])),
           [ev(6, "Inventory rose by £27.9m over the half")], ["kind", "qualifier", "lookup"]))
Q.append(q(P + "27", "Which International warehouse is Fellwarden closing, and where will International stores "
           "be served from instead?",
           "The third-party-operated warehouse near Venlo closes; International stores will be served from a single "
           "hub in Dublin from early 2027.",
           "text", None, None, None, None,
           [ev(3, "In June we decided to close our third-party-operated warehouse near Venlo and serve International "
                  "stores from a single hub in Dublin from early 2027.")], ["paraphrase", "lookup"],
           must_mention=[["Venlo"], ["Dublin"]]))
Q.append(refusal(P + "28", "What statutory profit before tax does Fellwarden expect for FY27?",
                 "The documents don't say: the Board gives guidance only for adjusted profit before tax (£73m to "
                 "£77m) and states that it does not guide on statutory profit before tax.",
                 ["refusal", "nearest_trap", "unanswerable"],
                 [ev(3, "The Board does not give guidance on statutory profit before tax")]))
Q.append(refusal(P + "29", "How much did online sales grow in the second quarter?",
                 "The documents don't say: quarterly figures are given only for like-for-like sales (6.9% in the "
                 "second quarter); online growth (16.5%) is given for the half as a whole.",
                 ["refusal", "nearest_trap", "unanswerable"],
                 [ev(1, "the second quarter (+6.9%) was stronger than the first (+4.7%)")]))
Q.append(refusal(P + "30", "How many stores does Fellwarden plan to close in the second half?",
                 "The documents don't say: they give only planned openings (five to seven stores in the second half) "
                 "and the three closures already made in the first half.",
                 ["refusal", "nearest_trap", "unanswerable"],
                 [ev(3, "We plan to open a further five to seven stores in the second half.")]))
Q.append(refusal(P + "31", "What is the total budgeted cost of the new Daventry distribution centre?",
                 "The documents don't say: they only say the centre remains on track to open in spring 2027; the "
                 "£38m to £42m capital expenditure guidance is for the whole Group's FY27 spending, not the centre's "
                 "cost.", ["refusal", "nearest_trap", "unanswerable"],
                 [ev(3, "capital expenditure of £38m to £42m")]))


# ------------------------------------------------------------------------------------------------
def write() -> None:
    for path, rows in ((METRICS, M), (PROSE, Q)):
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows")


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    from pypdf import PdfReader

    from eval.datasets import load_dataset
    from eval.scoring import score_answer

    reader = PdfReader(str(HERE / DOC))
    plain = [collapse(p.extract_text()) for p in reader.pages]
    layout = [collapse(p.extract_text(extraction_mode="layout")) for p in reader.pages]
    bad = 0
    for rows in (M, Q):
        for row in rows:
            for e in row["evidence"]:
                pg = e["page"] - 1
                quote = collapse(e["quote"])
                if quote not in plain[pg] or quote not in layout[pg]:
                    bad += 1
                    print("QUOTE MISSING", row["id"], e["page"], quote,
                          quote in plain[pg], quote in layout[pg])
    ids = [row["id"] for row in M + Q]
    assert len(ids) == len(set(ids))
    for path, n in ((METRICS, len(M)), (PROSE, len(Q))):
        d = load_dataset(path)
        assert len(d.questions) == n, (path, len(d.questions))
        print(path.name, "loaded", len(d.questions), "questions; missing documents:", d.missing_documents)
        for qq in d.questions:
            s = score_answer(qq, qq.answer)
            if s.verdict != "right":
                bad += 1
                print("SCORE", qq.id, s)
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    write()
    sys.exit(1 if check() else 0)
