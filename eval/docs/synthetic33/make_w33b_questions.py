# Long on purpose: generated test data.
"""Writes eval/data/filings_metrics_synth33b.jsonl and eval/data/prose_questions_synth33b.jsonl
(synthetic blind pair 33, writer B) and checks them: every quote on its page in both pypdf
extraction modes, every computed gold recomputed from the quoted figures, every file loads and
every answer scores right against its own question.

Run from the worktree root:  PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic33/make_w33b_questions.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pypdf

ROOT = Path(__file__).resolve().parents[3]
DOC = "TALLOWMERE_2026Q3_EARNINGS.pdf"
PDF = Path(__file__).resolve().parent / DOC
MET = ROOT / "eval/data/filings_metrics_synth33b.jsonl"
PRO = ROOT / "eval/data/prose_questions_synth33b.jsonl"


def rh(x, places):
    q = Decimal(1).scaleb(-places)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def ev(page, quote):
    return {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def half(value, decimals):
    return round(0.5 * 10 ** (-decimals) / abs(value), 6)


def Q(id_, question, answer, type_, value, unit, scale, tol, evidence, tags, computed=None):
    return {
        "id": id_, "question": question, "answer": answer, "type": type_, "value": value, "unit": unit,
        "scale": scale, "tolerance": tol, "evidence": evidence, "tags": tags, "documents": [DOC],
        **({"_computed": computed} if computed is not None else {}),
    }


def REF(id_, question, answer, tags):
    return {
        "id": id_, "question": question, "answer": answer, "type": "refusal", "value": None, "unit": None,
        "scale": None, "tolerance": None, "evidence": [], "tags": tags, "documents": [DOC],
    }


T = "tallowmere"
M = []  # metric questions
P_IS, P_SUM, P_REC, P_SEG, P_OPS, P_BS, P_CF, P_PLAN = 7, 5, 6, 8, 9, 10, 11, 12

# ---- lookups
M.append(Q("s33m-b-01-revenue-q3", "What were Tallowmere Energy's total operating revenues for the three months ended September 30, 2026? Give USD millions to one decimal.",
           "$1,683.1 million (Total operating revenues, three months ended September 30, 2026; statements of income p. 7)",
           "currency", 1683.1, "USD", "million", half(1683.1, 1), [ev(P_IS, "Total operating revenues 1,683.1")], ["lookup", T]))
M.append(Q("s33m-b-02-gasrev-9m25", "How much natural gas revenue did Tallowmere report for the first nine months of 2025?",
           "$941.3 million (Natural gas operating revenues, nine months ended September 30, 2025; p. 7)",
           "currency", 941.3, "USD", "million", half(941.3, 1), [ev(P_IS, "Natural gas 152.4 158.2 999.2 941.3")], ["lookup", T]))
M.append(Q("s33m-b-03-om-9m26", "What was other operation and maintenance expense in the nine months ended September 30, 2026, in millions of dollars?",
           "$1,418.4 million (Other operation and maintenance, nine months 2026; p. 7)",
           "currency", 1418.4, "USD", "million", half(1418.4, 1), [ev(P_IS, "Other operation and maintenance 461.2 444.6 1,418.4")], ["lookup", T]))
M.append(Q("s33m-b-04-interest-q325", "How much net interest expense did Tallowmere record in the third quarter of 2025?",
           "$112.6 million of net interest expense in Q3 2025 (shown as (112.6) on the statements of income, p. 7)",
           "currency", 112.6, "USD", "million", half(112.6, 1), [ev(P_IS, "Interest expense, net (128.4) (112.6)")], ["lookup", T]))
M.append(Q("s33m-b-05-dileps-9m25", "What diluted GAAP earnings per share did Tallowmere report for the nine months ended September 30, 2025?",
           "$3.98 per diluted share (Diluted, nine months 2025; statements of income p. 7)",
           "currency", 3.98, "USD", None, half(3.98, 2), [ev(P_IS, "Diluted 1.72 1.55 4.27 3.98")], ["lookup", T]))
M.append(Q("s33m-b-06-basiceps-9m26", "What was basic earnings per common share for the first nine months of 2026?",
           "$4.29 basic EPS for the nine months ended September 30, 2026 (Basic row under earnings per common share; p. 7)",
           "currency", 4.29, "USD", None, half(4.29, 2), [ev(P_IS, "Basic 1.72 1.55 4.29")], ["lookup", T]))
M.append(Q("s33m-b-07-gas-opearn-9m25", "What were the Gas Utility segment's operating (non-GAAP) earnings for the nine months ended September 30, 2025? USD millions.",
           "$73.3 million (Gas Utility, operating earnings (non-GAAP), nine months 2025; segment information p. 8)",
           "currency", 73.3, "USD", "million", half(73.3, 1), [ev(P_SEG, "Gas Utility 4.1 6.3 71.4 73.3")], ["lookup", T]))
M.append(Q("s33m-b-08-corp-gaap-q326", "What were Corporate and Other's GAAP earnings (loss) for the third quarter of 2026, in USD millions?",
           "$(21.4) million, i.e. -$21.4 million (Corporate and Other, GAAP earnings (loss), three months 2026; p. 8)",
           "currency", -21.4, "USD", "million", half(21.4, 1), [ev(P_SEG, "Corporate and Other (21.4)")], ["lookup", T]))
M.append(Q("s33m-b-09-elec-opeps-q326", "How much did the Electric Utility contribute to operating earnings per diluted share in Q3 2026?",
           "$1.97 per diluted share (Electric Utility, operating earnings per diluted share, three months 2026; summary p. 5)",
           "currency", 1.97, "USD", None, half(1.97, 2), [ev(P_SUM, "Electric Utility 1.97")], ["lookup", T]))
M.append(Q("s33m-b-10-opeps-9m26", "What was Tallowmere's total operating EPS for the nine months ended September 30, 2026?",
           "$4.41 per diluted share (Total operating EPS, nine months 2026; summary of results p. 5)",
           "currency", 4.41, "USD", None, half(4.41, 2), [ev(P_SUM, "Total operating EPS 1.82 1.59 4.41")], ["lookup", T]))
M.append(Q("s33m-b-11-linden-ps", "By how much per diluted share did the Linden Bay regulatory disallowance adjustment lift third-quarter 2026 operating EPS above GAAP EPS?",
           "$0.13 per diluted share (Linden Bay regulatory disallowance, per diluted share, three months 2026; reconciliation p. 6)",
           "currency", 0.13, "USD", None, half(0.13, 2), [ev(P_REC, "Linden Bay regulatory disallowance 0.13")], ["lookup", T]))
M.append(Q("s33m-b-12-adj-pretax-9m26", "In the reconciliation, what were the adjustments before income taxes for the nine months ended September 30, 2026 (USD millions)?",
           "$27.8 million (Adjustments before income taxes, nine months 2026; reconciliation p. 6)",
           "currency", 27.8, "USD", "million", half(27.8, 1), [ev(P_REC, "Adjustments before income taxes 20.3 7.7 27.8")], ["lookup", T]))
M.append(Q("s33m-b-13-ind-gwh-9m25", "How many GWh of retail electricity did industrial customers buy in the nine months ended September 30, 2025?",
           "10,014 GWh (Industrial retail electric sales, nine months 2025; p. 9)",
           "count", 10014, "count", None, 0, [ev(P_OPS, "Industrial 3,775 3,528 +7.0% +6.8% 10,652 10,014")], ["lookup", T]))
M.append(Q("s33m-b-14-comm-wn-q3", "What was the weather-normalized change in commercial retail electric sales in the third quarter of 2026?",
           "+1.6% weather-normalized (actual change +2.3%; retail electric sales table p. 9)",
           "percent", 1.6, "percent", None, half(1.6, 1), [ev(P_OPS, "Commercial 4,918 4,806 +2.3% +1.6%")], ["lookup", "qualifier", T]))
M.append(Q("s33m-b-15-cdd-normal-q3", "How many cooling degree days are normal for the three months ended September 30 in Tallowmere's service territory?",
           "918 cooling degree days is normal for the quarter (Normal column, degree days table p. 9)",
           "count", 918, "count", None, 0, [ev(P_OPS, "Cooling degree days 1,042 918")], ["lookup", T]))
M.append(Q("s33m-b-16-elec-cust-2025", "How many electric customers did Tallowmere have at September 30, 2025?",
           "1,271,900 electric customers at September 30, 2025 (customers table p. 9)",
           "count", 1271900, "count", None, 0, [ev(P_OPS, "Electric 1,284,600 1,271,900")], ["lookup", T]))
M.append(Q("s33m-b-17-assets-sep26", "What were total assets at September 30, 2026? USD millions, one decimal.",
           "$36,508.4 million (Total assets, September 30, 2026; balance sheets p. 10)",
           "currency", 36508.4, "USD", "million", half(36508.4, 1), [ev(P_BS, "Total assets 36,508.4")], ["lookup", T]))
M.append(Q("s33m-b-18-ltd-dec25", "What was long-term debt, net on the balance sheet at December 31, 2025?",
           "$13,512.7 million (Long-term debt, net, December 31, 2025; p. 10)",
           "currency", 13512.7, "USD", "million", half(13512.7, 1), [ev(P_BS, "Long-term debt, net 14,386.2 13,512.7")], ["lookup", T]))
M.append(Q("s33m-b-19-re-dec25", "How much retained earnings did Tallowmere have at the end of 2025?",
           "$4,218.7 million (Retained earnings, December 31, 2025; balance sheets p. 10)",
           "currency", 4218.7, "USD", "million", half(4218.7, 1), [ev(P_BS, "Retained earnings 4,510.0 4,218.7")], ["lookup", T]))
M.append(Q("s33m-b-20-cfo-9m25", "What was net cash provided by operating activities for the nine months ended September 30, 2025?",
           "$1,694.0 million (nine months 2025; statements of cash flows p. 11)",
           "currency", 1694.0, "USD", "million", half(1694.0, 1), [ev(P_CF, "Net cash provided by operating activities 1,703.8 1,694.0")], ["lookup", T]))
M.append(Q("s33m-b-21-capex-9m26", "How much did Tallowmere spend on capital expenditures in the first nine months of 2026, in USD millions?",
           "$2,612.4 million (Capital expenditures, nine months 2026, shown as (2,612.4); p. 11)",
           "currency", 2612.4, "USD", "million", half(2612.4, 1), [ev(P_CF, "Capital expenditures (2,612.4)")], ["lookup", T]))
M.append(Q("s33m-b-22-gas-capex-2028", "How much capital spending does the 2026-2030 plan allot to the Gas Utility in 2028?",
           "$655 million (Gas Utility, 2028 column, capital expenditure plan p. 12)",
           "currency", 655, "USD", "million", half(655, 0), [ev(P_PLAN, "Gas Utility 585 610 655")], ["lookup", T]))
M.append(Q("s33m-b-23-ratebase-2030", "What total year-end rate base does Tallowmere project for 2030?",
           "$35.7 billion (Total rate base, 2030E; projected year-end rate base p. 12)",
           "currency", 35.7, "USD", "billion", half(35.7, 1), [ev(P_PLAN, "Total rate base 24.6 26.6 28.8 31.1 33.4 35.7")], ["lookup", T]))

# ---- ratios, growth, computed
v = rh(405.1 / 1683.1 * 100, 1)
M.append(Q("s33m-b-24-opmargin-q3", "What was Tallowmere's operating margin (operating income divided by total operating revenues) in the third quarter of 2026? Percent, rounded to one decimal.",
           f"{v}% (operating income $405.1M / total operating revenues $1,683.1M, three months 2026; p. 7)",
           "percent", v, "percent", None, half(v, 1), [ev(P_IS, "Operating income 405.1"), ev(P_IS, "Total operating revenues 1,683.1")], ["margin", T], "405.1/1683.1*100"))
v = rh(132.8 / 740.5 * 100, 1)
M.append(Q("s33m-b-25-etr-9m26", "What effective income tax rate (income tax expense over income before income taxes) did Tallowmere have for the nine months ended September 30, 2026? Round to one decimal place.",
           f"{v}% (income tax expense $132.8M / income before income taxes $740.5M, nine months 2026; p. 7)",
           "percent", v, "percent", None, half(v, 1), [ev(P_IS, "Income tax expense 55.4 46.9 132.8"), ev(P_IS, "Income before income taxes 301.1 262.0 740.5")], ["ratio", "defined", T], "132.8/740.5*100"))
v = rh((4963.8 / 4655.6 - 1) * 100, 1)
M.append(Q("s33m-b-26-revgrowth-9m", "By what percentage did total operating revenues grow in the first nine months of 2026 compared with the same period of 2025? One decimal.",
           f"{v}% ($4,963.8M vs $4,655.6M, nine months ended September 30; p. 7)",
           "percent", v, "percent", None, half(v, 1), [ev(P_IS, "Total operating revenues 1,683.1 1,569.7 4,963.8 4,655.6")], ["growth", T], "(4963.8/4655.6-1)*100"))
v = rh(1455.7 / 2318.6, 2)
M.append(Q("s33m-b-27-current-ratio", "What was Tallowmere's current ratio at September 30, 2026, to two decimals?",
           f"{v} (total current assets $1,455.7M / total current liabilities $2,318.6M; balance sheets p. 10)",
           "ratio", v, "ratio", None, half(v, 2), [ev(P_BS, "Total current assets 1,455.7"), ev(P_BS, "Total current liabilities 2,318.6")], ["ratio", T], "1455.7/2318.6"))
v = rh((684.0 + 450.0 + 14386.2) / 12284.1, 2)
M.append(Q("s33m-b-28-debt-equity", "Taking total debt as short-term debt plus current maturities of long-term debt plus long-term debt, net, what was the debt-to-equity ratio against total common shareholders' equity at September 30, 2026? Two decimals.",
           f"{v} (($684.0M + $450.0M + $14,386.2M) = $15,520.2M / $12,284.1M; balance sheets p. 10)",
           "ratio", v, "ratio", None, half(v, 2),
           [ev(P_BS, "Short-term debt 684.0"), ev(P_BS, "Current maturities of long-term debt 450.0"), ev(P_BS, "Long-term debt, net 14,386.2"), ev(P_BS, "Total common shareholders' equity 12,284.1")],
           ["ratio", "defined", T], "(684.0+450.0+14386.2)/12284.1"))
v = rh(1703.8 - 2612.4, 1)
M.append(Q("s33m-b-29-fcf-9m26", "What was free cash flow (operating cash flow less capital expenditures) for the nine months ended September 30, 2026, in USD millions?",
           f"Negative: -${abs(v):,.1f} million ($1,703.8M operating cash flow minus $2,612.4M capital expenditures; p. 11)",
           "currency", v, "USD", "million", 0.001, [ev(P_CF, "Net cash provided by operating activities 1,703.8"), ev(P_CF, "Capital expenditures (2,612.4)")], ["fcf", T], "1703.8-2612.4"))
v = rh(((35.7 / 24.6) ** 0.2 - 1) * 100, 1)
M.append(Q("s33m-b-30-ratebase-cagr", "What compound annual growth rate does the projected total rate base imply from year-end 2025 to year-end 2030? Percent with one decimal.",
           f"{v}% ((35.7 / 24.6)^(1/5) - 1, total rate base $24.6B 2025A to $35.7B 2030E; p. 12)",
           "percent", v, "percent", None, half(v, 1), [ev(P_PLAN, "Total rate base 24.6 26.6 28.8 31.1 33.4 35.7")], ["cagr", T], "((35.7/24.6)**0.2-1)*100"))
v = rh(17360 / 20785 * 100, 1)
M.append(Q("s33m-b-31-elec-share-plan", "What share of the total 2026-2030 capital plan is for the Electric Utility? Percent, one decimal.",
           f"{v}% ($17,360M of $20,785M; capital expenditure plan p. 12)",
           "percent", v, "percent", None, half(v, 1), [ev(P_PLAN, "Electric Utility 3,120 3,385 3,540 3,610 3,705 17,360"), ev(P_PLAN, "Total capital expenditures 3,750 4,035 4,235 4,325 4,440 20,785")], ["ratio", T], "17360/20785*100"))
v = rh((4.41 / 4.02 - 1) * 100, 1)
M.append(Q("s33m-b-32-opeps-growth-9m", "How much did operating EPS grow year over year for the nine months ended September 30, 2026, in percent to one decimal?",
           f"{v}% ($4.41 vs $4.02 operating EPS, nine months; summary of results p. 5)",
           "percent", v, "percent", None, half(v, 1), [ev(P_SUM, "Total operating EPS 1.82 1.59 4.41 4.02")], ["growth", T], "(4.41/4.02-1)*100"))
v = rh(2.22 / 4.41 * 100, 1)
M.append(Q("s33m-b-33-payout-9m26", "Define the payout ratio as dividends declared per common share divided by operating earnings per diluted share. What was it for the first nine months of 2026? One decimal.",
           f"{v}% ($2.22 dividends declared / $4.41 operating EPS, nine months 2026; pp. 7 and 5)",
           "percent", v, "percent", None, half(v, 1), [ev(P_IS, "Dividends declared per common share 0.74 0.705 2.22"), ev(P_SUM, "Total operating EPS 1.82 1.59 4.41")], ["defined", T], "2.22/4.41*100"))
v = rh(684.0 + 450.0 + 14386.2 - 84.3, 1)
M.append(Q("s33m-b-34-netdebt-sep26", "What was net debt (short-term debt, current maturities of long-term debt and long-term debt, net, less cash and cash equivalents) at September 30, 2026? USD millions to one decimal.",
           f"${v:,.1f} million ($684.0M + $450.0M + $14,386.2M - $84.3M cash; balance sheets p. 10)",
           "currency", v, "USD", "million", 0.001,
           [ev(P_BS, "Short-term debt 684.0"), ev(P_BS, "Current maturities of long-term debt 450.0"), ev(P_BS, "Long-term debt, net 14,386.2"), ev(P_BS, "Cash and cash equivalents 84.3")],
           ["defined", T], "684.0+450.0+14386.2-84.3"))
v = rh(3775 / 14677 * 100, 1)
M.append(Q("s33m-b-35-ind-share-q3", "What percentage of third-quarter 2026 total retail electric sales (GWh) went to industrial customers? One decimal.",
           f"{v}% (3,775 GWh of 14,677 GWh; retail electric sales p. 9)",
           "percent", v, "percent", None, half(v, 1), [ev(P_OPS, "Industrial 3,775"), ev(P_OPS, "Total retail 14,677")], ["ratio", T], "3775/14677*100"))
v = rh((5.43 / 5.08 - 1) * 100, 1)
M.append(Q("s33m-b-36-guid-mid-growth", "How much growth over 2025 operating EPS does the midpoint of the current 2026 operating EPS guidance imply? Percent, one decimal.",
           f"{v}% (current midpoint $5.43 / 2025 operating EPS $5.08 - 1; guidance table p. 12)",
           "percent", v, "percent", None, half(v, 1), [ev(P_PLAN, "Operating EPS guidance - current (October 2026) $5.38 $5.48 $5.43"), ev(P_PLAN, "2025 operating EPS (actual) $5.08")], ["growth", T], "(5.43/5.08-1)*100"))

# ---- refusals
M.append(REF("s33m-b-37-rev-q2-2026", "What were Tallowmere's total operating revenues for the second quarter of 2026 (the three months ended June 30, 2026)?",
             "The documents don't say: the release reports only the three and nine months ended September 30 (Q3 revenues $1,683.1 million, nine months $4,963.8 million); a second-quarter figure is not given.",
             ["refusal", "period", T]))
M.append(REF("s33m-b-38-assets-sep25", "What were Tallowmere's total assets at September 30, 2025?",
             "The documents don't say: the balance sheet compares September 30, 2026 with December 31, 2025 only; no September 30, 2025 balance sheet is given.",
             ["refusal", "period", "nearest_trap", T]))
M.append(REF("s33m-b-39-gas-bcf", "How many Bcf of natural gas did Tallowmere's gas utility deliver in the third quarter of 2026?",
             "The documents don't say: the release gives no gas throughput volumes, only natural gas revenues and the number of gas customers.",
             ["refusal", "item", T]))
M.append(REF("s33m-b-40-capex-2031", "How much capital spending does Tallowmere plan for 2031?",
             "The documents don't say: the capital expenditure plan covers only 2026 through 2030 (2030: $4,440 million); nothing is given for 2031.",
             ["refusal", "period", "nearest_trap", T]))

# ---------------------------------------------------------------- prose
PR = []
N1, N2, N3 = 1, 2, 3


def PQ(n, question, answer, type_, value, unit, scale, tol, quotes, tags, computed=None):
    ev_ = [ev(pg, q) for pg, q in quotes]
    return Q(f"s33p-b-{n:02d}", question, answer, type_, value, unit, scale, tol, ev_, tags + [T], computed)


PR.append(PQ(1, "How much did Tallowmere bring in during the July-to-September 2026 quarter, in total?",
             "$1,683.1 million of total operating revenues in Q3 2026.", "currency", 1683.1, "USD", "million", 0.001,
             [(N2, "Total operating revenues were $1,683.1 million")], ["paraphrase", "lookup"]))
PR.append(PQ(2, "Excluding the Linden Bay charge and hedge effects, what did Tallowmere earn per diluted share in Q3 2026?",
             "$1.82 per diluted share of operating (non-GAAP) earnings.", "currency", 1.82, "USD", None, half(1.82, 2),
             [(N1, "Operating (non-GAAP) earnings of $260.1 million, or $1.82 per diluted share")], ["qualifier", "lookup"]))
PR.append(PQ(3, "What was GAAP diluted EPS for the first nine months of 2025?",
             "$3.98 per diluted share on a GAAP basis for the nine months of 2025.", "currency", 3.98, "USD", None, half(3.98, 2),
             [(N1, "compared with $3.98 and $4.02 in the same period of 2025")], ["qualifier", "lookup"]))
PR.append(PQ(4, "What 2026 operating EPS range did Tallowmere give before this update?",
             "$5.30 to $5.45 per diluted share, the range given in February.", "range", [5.30, 5.45], "USD", None, half(5.30, 2),
             [(N3, "from the $5.30 to $5.45 range it gave in February")], ["qualifier", "lookup"]))
PR.append(PQ(5, "What is the company's current 2026 operating EPS guidance range?",
             "$5.38 to $5.48 per diluted share (raised).", "range", [5.38, 5.48], "USD", None, half(5.38, 2),
             [(N3, "raised its 2026 operating earnings guidance to $5.38 to $5.48 per diluted share")], ["qualifier", "lookup"]))
PR.append(PQ(6, "How large was the Linden Bay charge before taxes?",
             "$25.2 million before income taxes.", "currency", 25.2, "USD", "million", 0.002,
             [(N1, "an after-tax charge of $18.6 million ($25.2 million before income taxes)")], ["kind", "qualifier", "lookup"]))
PR.append(PQ(7, "What did the Linden Bay disallowance cost shareholders per diluted share in the third quarter?",
             "$0.13 per diluted share.", "currency", 0.13, "USD", None, half(0.13, 2),
             [(N1, "or $0.13 per diluted share")], ["kind", "lookup"]))
PR.append(PQ(8, "Measured against normal weather rather than last year, how much did weather add to third-quarter EPS, in dollars per share?",
             "$0.09 per share (9 cents) against normal weather.", "currency", 0.09, "USD", None, half(0.09, 2),
             [(N2, "the quarter's weather benefit was 9 cents per share")], ["qualifier", "lookup"]))
PR.append(PQ(9, "Stripping out the weather, how much did third-quarter retail electric sales grow?",
             "2.9% on a weather-normalized basis.", "percent", 2.9, "percent", None, half(2.9, 1),
             [(N2, "adjusted for weather, retail sales grew 2.9%")], ["qualifier", "paraphrase", "lookup"]))
PR.append(PQ(10, "As reported, by how much did electricity use by factories and other industrial customers rise in Q3?",
             "7.0%.", "percent", 7.0, "percent", None, half(7.0, 1),
             [(N2, "Industrial sales climbed 7.0% (6.8% weather-normalized)")], ["paraphrase", "qualifier", "lookup"]))
PR.append(PQ(11, "What is Tallowmere's headcount?",
             "About 6,850 employees.", "count", 6850, "count", None, 0.001,
             [(N2, "employs about 6,850 people")], ["paraphrase", "lookup"]))
v = rh(14677 / (1 + 4.2 / 100), 0)
PR.append(PQ(12, "Using the stated third-quarter retail electric sales and their growth rate, roughly how many GWh did Tallowmere sell at retail in the third quarter of 2025?",
             f"About {int(v):,} GWh, taking the 4.2% growth back out of this year's total.", "count", v, "count", None, 0.001,
             [(N2, "Retail electric sales were 14,677 gigawatt-hours (GWh) in the third quarter, 4.2% more than a year earlier")], ["derived", "computation"], "14677/(1+4.2/100)"))
v = rh(214.0 - 156.5, 1)
PR.append(PQ(13, "By how much did the approved settlement in the 2025 electric rate case fall short of the increase Tallowmere Power & Light asked for?",
             f"${v} million: $214.0 million requested minus $156.5 million granted.", "currency", v, "USD", "million", 0.002,
             [(N3, "granting a $156.5 million increase, against the $214.0 million Tallowmere Power & Light had requested")], ["derived", "computation"], "214.0-156.5"))
v = rh(156.5 / 214.0 * 100, 1)
PR.append(PQ(14, "What percentage of its requested electric rate increase did Tallowmere Power & Light get? One decimal.",
             f"{v}%: $156.5 million granted / $214.0 million requested.", "percent", v, "percent", None, half(v, 1),
             [(N3, "granting a $156.5 million increase, against the $214.0 million Tallowmere Power & Light had requested")], ["derived", "computation"], "156.5/214.0*100"))
v = rh(300 - 276.4, 1)
PR.append(PQ(15, "How much more common equity does Tallowmere need to issue to reach the bottom of its 2026 equity plan?",
             f"${v} million: $300 million low end minus $276.4 million issued through September 30.", "currency", v, "USD", "million", 0.003,
             [(N3, "had issued $276.4 million of common equity under its at-the-market program, against a 2026 equity plan of $300 million to $350 million")], ["derived", "computation"], "300-276.4"))
PR.append(PQ(16, "What return on equity is Tallowmere Gas Company seeking in its new rate case?",
             "10.40% return on equity.", "percent", 10.40, "percent", None, half(10.40, 2),
             [(N3, "based on a 10.40% return on equity and a 52.0% common equity ratio")], ["kind", "lookup"]))
PR.append(PQ(17, "How big an annual revenue increase did the gas utility request when it filed in August 2026?",
             "$48.3 million a year.", "currency", 48.3, "USD", "million", 0.002,
             [(N3, "requesting a $48.3 million annual revenue increase")], ["kind", "lookup"]))
PR.append(PQ(18, "What return on equity was authorized in the settled 2025 electric rate case?",
             "9.85%.", "percent", 9.85, "percent", None, half(9.85, 2),
             [(N3, "with an authorized return on equity of 9.85%")], ["qualifier", "lookup"]))
PR.append(PQ(19, "How much does Tallowmere now plan to invest over 2026 through 2030?",
             "$20,785 million (about $20.8 billion) under the updated 2026-2030 capital plan.", "currency", 20785, "USD", "million", 0.003,
             [(N3, "The updated 2026-2030 capital plan totals $20,785 million")], ["paraphrase", "qualifier", "lookup"]))
PR.append(PQ(20, "What will the quarterly dividend declared in October 2026 amount to over a full year?",
             "$2.96 per share annualized.", "currency", 2.96, "USD", None, half(2.96, 2),
             [(N3, "equals $2.96 on an annualized basis")], ["paraphrase", "lookup"]))
v = rh(0.74 - 0.705, 3)
PR.append(PQ(21, "By how many dollars per share did the quarterly dividend rise from the same quarter of 2025?",
             f"${v:.3f} per share (3.5 cents): $0.74 minus $0.705.", "currency", v, "USD", None, 0.01,
             [(N3, "The dividend is 5.0% higher than the $0.705 paid in the same quarter of 2025"), (N3, "declared a quarterly dividend of $0.74 per share")], ["derived", "computation"], "0.74-0.705"))
PR.append(PQ(22, "On a GAAP basis, what did the Electric Utility segment earn in the third quarter of 2026?",
             "$262.4 million on a GAAP basis, after the Linden Bay charge.", "currency", 262.4, "USD", "million", 0.002,
             [(N2, "On a GAAP basis the segment earned $262.4 million after the Linden Bay charge")], ["qualifier", "lookup"]))
v = rh(3750 / 20785 * 100, 1)
PR.append(PQ(23, "What share of the five-year capital plan is slated for 2026? Percent, one decimal.",
             f"{v}%: $3,750 million planned for 2026 of the $20,785 million 2026-2030 plan.", "percent", v, "percent", None, half(v, 1),
             [(N3, "Capital spending in 2026 is planned at $3,750 million"), (N3, "The updated 2026-2030 capital plan totals $20,785 million")], ["derived", "computation"], "3750/20785*100"))
v = rh(985 / (20785 - 985) * 100, 1)
PR.append(PQ(24, "By what percentage is the updated capital plan larger than the one announced in February? One decimal.",
             f"{v}%: $985 million more on a February plan of $19,800 million ($20,785 million - $985 million).", "percent", v, "percent", None, half(v, 1),
             [(N3, "The updated 2026-2030 capital plan totals $20,785 million, $985 million more than the plan announced in February")], ["derived", "computation"], "985/(20785-985)*100"))
v = rh(1042 / (1 + 13.5 / 100), 0)
PR.append(PQ(25, "From the third-quarter cooling degree days and their percentage above normal, about how many cooling degree days are normal for the quarter?",
             f"About {int(v)} cooling degree days (actual divided by 1 plus 13.5%).", "count", v, "count", None, 0.002,
             [(N2, "Cooling degree days in the service territory totaled 1,042 for the quarter, 13.5% above normal")], ["derived", "computation"], "1042/(1+13.5/100)"))
PR.append(PQ(26, "How much did Tallowmere's operating earnings come to in dollars for the first nine months of 2026?",
             "$626.4 million of operating earnings (or $4.41 per diluted share).", "currency", 626.4, "USD", "million", 0.001,
             [(N3, "Operating earnings were $626.4 million, or $4.41 per diluted share")], ["kind", "qualifier", "lookup"]))
PR.append(PQ(27, "What was the size of the operating loss in Corporate and Other a year earlier, in the third quarter of 2025?",
             "$17.8 million, on an operating basis, in the third quarter of 2025.", "currency", 17.8, "USD", "million", 0.003,
             [(N2, "wider than the $17.8 million loss a year ago")], ["qualifier", "lookup"]))
PR.append(PQ(28, "What GAAP earnings per share does Tallowmere expect for full-year 2026?",
             "The documents don't say: Tallowmere gives no GAAP guidance; its 2026 guidance is for operating EPS only ($5.38 to $5.48 per diluted share).",
             "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable"]))
PR.append(PQ(29, "What return on equity did the IURC authorize for Tallowmere Gas Company?",
             "The documents don't say: the gas rate case is pending (order expected in the second half of 2027) and only the requested 10.40% is given; the 9.85% authorized return is for the electric case.",
             "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable"]))
PR.append(PQ(30, "How many GWh did the data center campuses consume in the third quarter?",
             "The documents don't say: they give no data center volume, only that industrial sales rose 7.0% (6.8% weather-normalized) as two campuses ramped up.",
             "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable"]))
PR.append(PQ(31, "What GAAP earnings per share did Tallowmere report for full-year 2025?",
             "The documents don't say: only the 2025 operating EPS of $5.08 is given for the full year; GAAP EPS is reported for the third quarter and nine months only.",
             "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "unanswerable"]))
for q in PR:
    if q["type"] == "refusal":
        q["value"] = q["unit"] = q["scale"] = q["tolerance"] = None

# ---------------------------------------------------------------- checks


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    reader = pypdf.PdfReader(str(PDF))
    pages = {i: (norm(p.extract_text()), norm(p.extract_text(extraction_mode="layout"))) for i, p in enumerate(reader.pages, 1)}
    bad = 0
    for q in M + PR:
        for e in q["evidence"]:
            for mode, txt in zip(("plain", "layout"), pages[e["page"]]):
                if norm(e["quote"]) not in txt:
                    print("QUOTE MISSING", mode, q["id"], e["page"], e["quote"])
                    bad += 1
        if "_computed" in q:
            got = eval(q["_computed"])  # noqa: S307 - our own literal arithmetic
            dec = len(str(q["value"]).split(".")[1]) if "." in str(q["value"]) and q["type"] != "count" else 0
            if rh(got, dec) != q["value"]:
                print("GOLD MISMATCH", q["id"], got, q["value"])
                bad += 1
            # every input figure of the formula is in a quote
            quotes = " ".join(e["quote"] for e in q["evidence"]).replace(",", "")
            for num in re.findall(r"\d+\.?\d*", q["_computed"]):
                if num not in ("100", "1", "0.2") and num not in quotes and num.rstrip("0").rstrip(".") not in quotes:
                    print("INPUT NOT QUOTED", q["id"], num)
                    bad += 1
    ids = [q["id"] for q in M + PR]
    assert len(ids) == len(set(ids))
    for path, rows in ((MET, M), (PRO, PR)):
        with path.open("w", encoding="utf-8") as f:
            for q in rows:
                row = {k: v for k, v in q.items() if k != "_computed"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    from eval.datasets import load_dataset
    from eval.scoring import score_answer

    for path, n in ((MET, len(M)), (PRO, len(PR))):
        d = load_dataset(path)
        assert len(d.questions) == n, (path, len(d.questions))
        assert not d.missing_documents, d.missing_documents
        for q in d.questions:
            s = score_answer(q, q.answer)
            want = "right"
            if s.verdict != want:
                print("SCORE", q.id, s.verdict, s.why if hasattr(s, "why") else s)
                bad += 1
    print(f"metric {len(M)} ({sum(q['type'] == 'refusal' for q in M)} refusals), prose {len(PR)}")
    print("types", Counter(q["type"] for q in M + PR))
    print("prose tags", Counter(t for q in PR for t in q["tags"]))
    print("metric tags", Counter(t for q in M for t in q["tags"]))
    print("problems", bad)


if __name__ == "__main__":
    main()
