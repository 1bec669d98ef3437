# Long on purpose: generated test data.
"""Builds eval/data/filings_metrics_synth33c.jsonl and eval/data/prose_questions_synth33c.jsonl
from the figures of make_w33c.py (golds are computed, never typed), then checks them:
every evidence quote occurs in its document (whitespace collapsed), every computed gold is
recomputed from the quoted figures, the files load, and each answer scores right.

    PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic33/questions_w33c.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_w33c as G  # noqa: E402

DOC_TEXTS = G.build()  # also fills G.V with the figures only the news items compute

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "eval" / "data"
DOCDIR = Path(__file__).resolve().parent

RS = "okusawa_1h_fy2026_results_summary.txt"
WI = "meridian_wire_okusawa_2026-11-05.txt"
MD = "marunouchi_daily_robot_makers_2026-11-07.txt"
AL = "automation_ledger_okusawa_orders_2026-11-12.txt"
KR = "kabutocho_review_sakuradori_note_2026-11-16.txt"
SE = "setouchi_news_senmaida_2026-11-06.txt"

r = G.r
n = G.n


def half(value: float, decimals: int) -> float:
    """Relative tolerance of half a unit in the last printed/asked decimal."""
    return round(0.5 * 10 ** (-decimals) / abs(value), 8)


def ev(doc: str, quote: str) -> dict:
    return {"doc": doc, "quote": quote}


M: list[dict] = []
P: list[dict] = []


def q(bucket, qid, question, answer, qtype, value, unit, scale, tol, evidence, tags, documents=None):
    docs = documents or list(dict.fromkeys(e["doc"] for e in evidence))
    bucket.append({"id": qid, "question": question, "answer": answer, "type": qtype, "value": value,
                   "unit": unit, "scale": scale, "tolerance": tol, "evidence": evidence, "tags": tags,
                   "documents": docs})


def refusal(bucket, qid, question, answer, tags, documents):
    q(bucket, qid, question, answer, "refusal", None, None, None, None, [], tags, documents)


# =============================================================================================
# Metric questions
# =============================================================================================
s, op, ordp, own = G.sales, G.op, G.ordp, G.owners
mi = iter(range(1, 100))


def mid():
    return f"s33m-c-{next(mi):02d}"


def lookup_m(question, answer, value, quote, tags, unit="JPY", scale="million", decimals=0, doc=RS):
    q(M, mid(), question, answer, "currency" if unit == "JPY" else unit, value, unit, scale,
      half(value, decimals), [ev(doc, quote)], tags)


lookup_m("What were Okusawa Robotics' consolidated net sales for the six months ended September 30, 2026? "
         "Give the figure in yen millions.",
         f"¥{n(s[0])} million (net sales, six months ended September 30, 2026; quarterly consolidated "
         "statement of income).", s[0], f"Net sales {n(s[1])} {n(s[0])}", ["lookup", "okusawa"])
lookup_m("How much operating profit did Okusawa Robotics report for the first half of the previous fiscal "
         "year, i.e. the six months ended September 30, 2025?",
         f"¥{n(op[1])} million (operating profit, six months ended September 30, 2025 column).", op[1],
         f"Operating profit {n(op[1])}", ["lookup", "prior_period", "okusawa"])
lookup_m("What was Okusawa's ordinary profit for April-September 2026, in millions of yen?",
         f"¥{n(ordp[0])} million (ordinary profit, six months ended September 30, 2026).", ordp[0],
         f"Ordinary profit {n(ordp[1])} {n(ordp[0])}", ["lookup", "okusawa"])
lookup_m("What profit attributable to owners of parent did Okusawa Robotics record in the six months ended "
         "September 30, 2025?",
         f"¥{n(own[1])} million (profit attributable to owners of parent, prior-year six months).", own[1],
         f"Profit attributable to owners of parent {n(own[1])}", ["lookup", "prior_period", "okusawa"])
q(M, mid(), "What were Okusawa Robotics' basic earnings per share for the six months ended September 30, 2026, in yen?",
  f"¥{G.eps[0]:.2f} per share (basic earnings per share, six months ended September 30, 2026).", "currency", G.eps[0],
  "JPY", None, half(G.eps[0], 2), [ev(RS, f"Six months ended September 30, 2026 {G.eps[0]:.2f}")],
  ["lookup", "per_share", "okusawa"])
lookup_m("How much operating profit did Okusawa make in the second quarter alone, the three months from July to "
         "September 2026? Answer in yen millions.",
         f"¥{n(G.Q2['op'])} million (operating profit, July-September 2026 column of the quarterly results table; "
         "the first half is larger).", G.Q2["op"],
         f"Operating profit {n(G.Q1['op'])} {n(G.Q2['op'])}", ["lookup", "quarter", "okusawa"])
lookup_m("What were Okusawa Robotics' total assets at March 31, 2026, according to the balance sheet in its "
         "first-half results?",
         f"¥{n(G.total_assets[1])} million (total assets as of March 31, 2026).", G.total_assets[1],
         f"Total assets {n(G.total_assets[1])}", ["lookup", "balance_sheet", "okusawa"])
lookup_m("How much work in process did Okusawa carry on its balance sheet at September 30, 2026? Yen millions.",
         f"¥{n(G.WIP[0])} million (work in process, as of September 30, 2026).", G.WIP[0],
         f"Work in process {n(G.WIP[1])} {n(G.WIP[0])}", ["lookup", "balance_sheet", "okusawa"])
lookup_m("What was Okusawa's net cash provided by operating activities in the six months ended September 30, 2025?",
         f"¥{n(G.OPCF[1])} million (net cash provided by operating activities, prior-year six months).", G.OPCF[1],
         f"Net cash provided by (used in) operating activities {n(G.OPCF[1])}", ["lookup", "cash_flow", "prior_period", "okusawa"])
lookup_m("How much cash did Okusawa pay for purchases of property, plant and equipment in the first half of the "
         "fiscal year ending March 2027 (April-September 2026)? Answer in yen millions.",
         f"¥{n(G.CAPEX_PPE[0])} million (purchase of property, plant and equipment, shown as △{n(G.CAPEX_PPE[0])} "
         "in the cash flow statement for the six months ended September 30, 2026).", G.CAPEX_PPE[0],
         f"Purchase of property, plant and equipment △{n(G.CAPEX_PPE[1])} △{n(G.CAPEX_PPE[0])}",
         ["lookup", "cash_flow", "okusawa"])
lookup_m("What was Okusawa Robotics' total order backlog as of September 30, 2026, in yen millions?",
         f"¥{n(G.backlog[0])} million (total order backlog as of September 30, 2026"
         ").", G.backlog[0],
         f"Total {n(G.orders[1])} {n(G.orders[0])} {n(G.backlog[1])} {n(G.backlog[0])}", ["lookup", "orders", "okusawa"])
lookup_m("Under the revised forecast for the fiscal year ending March 31, 2027, what ordinary profit does Okusawa expect?",
         f"¥{n(G.REV_FC['ord'])} million (revised forecast (B), ordinary profit).", G.REV_FC["ord"],
         f"Revised forecast (B) {n(G.REV_FC['sales'])} {n(G.REV_FC['op'])} {n(G.REV_FC['ord'])}",
         ["lookup", "forecast", "okusawa"])
lookup_m("Before the November revision, what profit attributable to owners of parent had Okusawa forecast for the "
         "year ending March 31, 2027?",
         f"¥{n(G.PREV_FC['owners'])} million (the previous forecast, labelled (A) in the revision "
         "table).", G.PREV_FC["owners"],
         f"Previous forecast (A) {n(G.PREV_FC['sales'])} {n(G.PREV_FC['op'])} {n(G.PREV_FC['ord'])} {n(G.PREV_FC['owners'])}",
         ["lookup", "forecast", "okusawa"])
lookup_m("What segment profit did Okusawa's Industrial Robots segment earn in the six months ended September 30, 2025?",
         f"¥{n(G.SEGPROFIT['Industrial Robots'][1])} million (segment information, six months ended September 30, 2025).",
         G.SEGPROFIT["Industrial Robots"][1], f"Segment profit {n(G.SEGPROFIT['Industrial Robots'][1])}",
         ["lookup", "segment", "prior_period", "okusawa"])
q(M, mid(), "What year-end dividend per share does Okusawa now forecast for the fiscal year ending March 31, 2027?",
  f"¥{G.DIV['year_end']} per share (year-end dividend forecast; raised from ¥{G.DIV['year_end_prev']}).",
  "currency", G.DIV["year_end"], "JPY", None, half(G.DIV["year_end"], 2),
  [ev(RS, f"Fiscal year ending March 31, 2027 (Forecast) — {G.DIV['year_end']:.2f}")],
  ["lookup", "dividend", "forecast", "okusawa"])
lookup_m("What net sales did Okusawa Robotics report for the full fiscal year ended March 31, 2026? Yen millions, please.",
         f"¥{n(G.FY25['sales'])} million (reference results for the fiscal year ended March 31, 2026, in the forecast "
         "revision table).", G.FY25["sales"],
         f"(Reference) Results for the fiscal year ended March 31, 2026 {n(G.FY25['sales'])}",
         ["lookup", "full_year", "okusawa"])
lookup_m("How much did Okusawa sell to customers in China in the six months ended September 30, 2026?",
         f"¥{n(G.REGION['China'][0])} million (net sales by region, China, six months ended September 30, 2026).",
         G.REGION["China"][0], f"China {n(G.REGION['China'][1])} {n(G.REGION['China'][0])}", ["lookup", "region", "okusawa"])
lookup_m("What were Okusawa's cash and cash equivalents at the end of the period on September 30, 2026, per the "
         "cash flow statement?",
         f"¥{n(G.cash_end[0])} million (cash and cash equivalents at end of period in the cash flow statement, "
         "not the balance sheet's larger cash and deposits line).", G.cash_end[0],
         f"Cash and cash equivalents at end of period {n(G.cash_end[1])} {n(G.cash_end[0])}",
         ["lookup", "cash_flow", "okusawa"])
q(M, mid(), "What equity ratio did Okusawa Robotics report as of March 31, 2026?",
  f"{G.equity_ratio[1]:.1f}% (equity ratio as of March 31, 2026, consolidated financial position).",
  "percent", G.equity_ratio[1], "percent", None, half(G.equity_ratio[1], 1),
  [ev(RS, f"As of March 31, 2026 {n(G.total_assets[1])} {n(G.net_assets[1])} {G.equity_ratio[1]:.1f}")],
  ["lookup", "ratio", "okusawa"])


def pct_m(question, value, answer, quotes, tags, decimals=1, unit="percent", qtype="percent"):
    q(M, mid(), question, answer, qtype, value, unit, None, half(value, decimals), [ev(d, t) for d, t in quotes], tags)


v = r(op[0] / s[0] * 100)
assert v == r(17233 / 162130 * 100)
pct_m("What was Okusawa Robotics' operating margin (operating profit divided by net sales) for the six months ended "
      "September 30, 2026? Round to one decimal place.", v,
      f"{v:.1f}% (operating profit ¥{n(op[0])} million ÷ net sales ¥{n(s[0])} million).",
      [(RS, f"Operating profit {n(op[1])} {n(op[0])}"), (RS, f"Net sales {n(s[1])} {n(s[0])}")], ["margin", "okusawa"])
v = r(G.gp[1] / s[1] * 100)
assert v == r(45368 / 149580 * 100)
pct_m("What was Okusawa's gross margin (gross profit as a share of net sales) in the six months ended September 30, "
      "2025, in percent to one decimal place?", v,
      f"{v:.1f}% (gross profit ¥{n(G.gp[1])} million ÷ net sales ¥{n(s[1])} million, prior-year six months).",
      [(RS, f"Gross profit {n(G.gp[1])}"), (RS, f"Net sales {n(s[1])}")], ["margin", "prior_period", "okusawa"])
v = r(G.cur_assets[0] / G.cur_liab[0], 2)
assert v == r(318290 / 136297, 2)
pct_m("What was Okusawa's current ratio (total current assets ÷ total current liabilities) at September 30, 2026? "
      "Round to two decimal places.", v,
      f"{v:.2f} (total current assets ¥{n(G.cur_assets[0])} million ÷ total current liabilities ¥{n(G.cur_liab[0])} million).",
      [(RS, f"Total current assets {n(G.cur_assets[1])} {n(G.cur_assets[0])}"),
       (RS, f"Total current liabilities {n(G.cur_liab[1])} {n(G.cur_liab[0])}")],
      ["ratio", "balance_sheet", "okusawa"], decimals=2, unit="ratio", qtype="ratio")
v = r(G.debt[0] / G.owners_equity[0], 3)
assert v == r((18500 + 6200 + 39500) / 376214, 3)
pct_m("Define debt-to-equity as short-term borrowings plus the current portion of long-term borrowings plus long-term "
      "borrowings, divided by equity (the 'Equity' figure given for reference under the financial position, which "
      "excludes non-controlling interests). What was it for Okusawa at September 30, 2026? Round to three decimal places.",
      v, f"{v:.3f} (borrowings ¥{n(G.ST_BORROW[0])} + ¥{n(G.CUR_LTD[0])} + ¥{n(G.LT_BORROW[0])} = ¥{n(G.debt[0])} million ÷ "
      f"equity ¥{n(G.owners_equity[0])} million).",
      [(RS, f"Short-term borrowings {n(G.ST_BORROW[1])} {n(G.ST_BORROW[0])}"),
       (RS, f"Current portion of long-term borrowings {n(G.CUR_LTD[1])} {n(G.CUR_LTD[0])}"),
       (RS, f"Long-term borrowings {n(G.LT_BORROW[1])} {n(G.LT_BORROW[0])}"),
       (RS, f"(Reference) Equity: As of September 30, 2026: {n(G.owners_equity[0])} million yen")],
      ["defined", "ratio", "balance_sheet", "okusawa"], decimals=3, unit="ratio", qtype="ratio")
fa = G.ORDERS["FA Systems"][0], G.SALES["FA Systems"][0]
v = r(fa[0] / fa[1], 2)
assert v == r(25630 / 22118, 2)
pct_m("What book-to-bill ratio (orders received divided by net sales) did Okusawa's FA Systems segment post in the "
      "six months ended September 30, 2026? Two decimals.", v,
      f"{v:.2f} (FA Systems orders received ¥{n(fa[0])} million ÷ segment net sales ¥{n(fa[1])} million).",
      [(RS, f"FA Systems {n(G.ORDERS['FA Systems'][1])} {n(fa[0])}"),
       (RS, f"Net sales to external customers {n(G.SALES['Industrial Robots'][0])} {n(G.SALES['Motion Components'][0])} {n(fa[1])}")],
      ["defined", "ratio", "orders", "segment", "okusawa"], decimals=2, unit="ratio", qtype="ratio")
v = r(G.INCOME_TAXES[0] / G.pbt[0] * 100)
assert v == r(5606 / 19329 * 100)
pct_m("What effective tax rate (income taxes ÷ profit before income taxes) did Okusawa incur in the first half to "
      "September 30, 2026? Percent, one decimal.", v,
      f"{v:.1f}% (income taxes ¥{n(G.INCOME_TAXES[0])} million ÷ profit before income taxes ¥{n(G.pbt[0])} million).",
      [(RS, f"Income taxes {n(G.INCOME_TAXES[1])} {n(G.INCOME_TAXES[0])}"),
       (RS, f"Profit before income taxes {n(G.pbt[1])} {n(G.pbt[0])}")], ["defined", "tax", "okusawa"])
mc = G.ORDERS["Motion Components"]
v = r((mc[0] / mc[1] - 1) * 100)
assert v == r((43210 / 40155 - 1) * 100)
pct_m("By what percentage did orders received in Okusawa's Motion Components segment grow year on year in the six "
      "months ended September 30, 2026? Round to one decimal place.", v,
      f"{v:.1f}% (¥{n(mc[0])} million vs ¥{n(mc[1])} million in the prior-year six months).",
      [(RS, f"Motion Components {n(mc[1])} {n(mc[0])}")], ["growth", "orders", "segment", "okusawa"])
fcf = G.OPCF[0] - G.CAPEX_PPE[0] - G.CAPEX_INTANG[0]
assert fcf == 15820 - 8930 - 1296 == G.fcf
q(M, mid(), "Taking free cash flow as net cash provided by operating activities minus purchases of property, plant "
  "and equipment and of intangible assets, what was Okusawa's free cash flow for the six months ended September 30, "
  "2026, in yen millions?",
  f"¥{n(fcf)} million (operating cash flow ¥{n(G.OPCF[0])} million − ¥{n(G.CAPEX_PPE[0])} million − ¥{n(G.CAPEX_INTANG[0])} million).",
  "currency", fcf, "JPY", "million", 0.001,
  [ev(RS, f"Net cash provided by (used in) operating activities {n(G.OPCF[1])} {n(G.OPCF[0])}"),
   ev(RS, f"Purchase of property, plant and equipment △{n(G.CAPEX_PPE[1])} △{n(G.CAPEX_PPE[0])}"),
   ev(RS, f"Purchase of intangible assets △{n(G.CAPEX_INTANG[1])} △{n(G.CAPEX_INTANG[0])}")], ["fcf", "defined", "okusawa"])
h2 = G.REV_FC["op"] - op[0]
assert h2 == 37500 - 17233 == G.h2_op
q(M, mid(), "What operating profit does Okusawa's revised full-year forecast imply for the second half (October 2026 "
  "to March 2027), i.e. the revised full-year figure less the first-half result? Yen millions.",
  f"¥{n(h2)} million (revised full-year operating profit ¥{n(G.REV_FC['op'])} million − first-half ¥{n(op[0])} million).",
  "currency", h2, "JPY", "million", 0.001,
  [ev(RS, f"Revised forecast (B) {n(G.REV_FC['sales'])} {n(G.REV_FC['op'])}"),
   ev(RS, f"Operating profit {n(op[1])} {n(op[0])}")], ["forecast", "defined", "okusawa"])
h2s = G.REV_FC["sales"] - s[0]
v = r(h2 / h2s * 100)
assert v == r((37500 - 17233) / (340000 - 162130) * 100)
pct_m("What second-half operating margin is implied by Okusawa's revised forecast? Take revised full-year operating "
      "profit and net sales, subtract the first-half actuals from each, and divide. Percent, rounded to one decimal place.",
      v, f"{v:.1f}% (implied second half: operating profit ¥{n(h2)} million ÷ net sales ¥{n(h2s)} million).",
      [(RS, f"Revised forecast (B) {n(G.REV_FC['sales'])} {n(G.REV_FC['op'])}"),
       (RS, f"Operating profit {n(op[1])} {n(op[0])}"), (RS, f"Net sales {n(s[1])} {n(s[0])}")],
      ["margin", "forecast", "defined", "okusawa"])
jp = G.REGION["Japan"][0]
v = r((s[0] - jp) / s[0] * 100)
assert v == r((162130 - 38912) / 162130 * 100)
pct_m("What share of Okusawa's net sales in the six months ended September 30, 2026 came from outside Japan? Percent "
      "to one decimal.", v,
      f"{v:.1f}% (total ¥{n(s[0])} million less Japan ¥{n(jp)} million = ¥{n(s[0] - jp)} million, ÷ ¥{n(s[0])} million).",
      [(RS, f"Japan {n(G.REGION['Japan'][1])} {n(jp)}"), (RS, f"Total {n(s[1])} {n(s[0])}")],
      ["defined", "region", "okusawa"])
ir = G.SEGPROFIT["Industrial Robots"][0], G.SALES["Industrial Robots"][0]
v = r(ir[0] / ir[1] * 100)
assert v == r(13452 / 98640 * 100)
pct_m("What was the Industrial Robots segment's profit margin (segment profit ÷ segment net sales to external customers) "
      "for April-September 2026? Round to one decimal place.", v,
      f"{v:.1f}% (segment profit ¥{n(ir[0])} million ÷ net sales ¥{n(ir[1])} million).",
      [(RS, f"Segment profit {n(ir[0])}"), (RS, f"Net sales to external customers {n(ir[1])}")],
      ["margin", "segment", "okusawa"])
v = r((G.backlog[0] / G.backlog[1] - 1) * 100)
assert v == r((149145 / 129955 - 1) * 100)
pct_m("By what percentage did Okusawa's total order backlog grow between March 31, 2026 and September 30, 2026? "
      "One decimal place.", v,
      f"{v:.1f}% (¥{n(G.backlog[0])} million at September 30, 2026 vs ¥{n(G.backlog[1])} million at March 31, 2026).",
      [(RS, f"Total {n(G.orders[1])} {n(G.orders[0])} {n(G.backlog[1])} {n(G.backlog[0])}")], ["growth", "orders", "okusawa"])
v = r(G.annual_div / G.fc_eps * 100)
assert v == r(76 / 228.04 * 100)
pct_m("Using Okusawa's forecasts for the fiscal year ending March 31, 2027, what payout ratio do they imply (forecast "
      "annual dividend per share ÷ forecast basic earnings per share)? Percent, rounded to one decimal place.", v,
      f"{v:.1f}% (annual dividend ¥{G.annual_div:.2f} ÷ forecast basic EPS ¥{G.fc_eps:.2f}).",
      [(RS, f"Fiscal year ending March 31, 2027 (Forecast) — {G.DIV['year_end']:.2f} {G.annual_div:.2f}"),
       (RS, f"Revised forecast (B) {n(G.REV_FC['sales'])} {n(G.REV_FC['op'])} {n(G.REV_FC['ord'])} {n(G.REV_FC['owners'])} {G.fc_eps:.2f}")],
      ["defined", "dividend", "forecast", "okusawa"])
v = r((G.Q2["sales"] / G.Q1["sales"] - 1) * 100)
assert v == r((84670 / 77460 - 1) * 100)
pct_m("How much did Okusawa's net sales grow from the first quarter (April-June 2026) to the second quarter "
      "(July-September 2026), quarter on quarter? Percent, one decimal.", v,
      f"{v:.1f}% (¥{n(G.Q2['sales'])} million in July-September vs ¥{n(G.Q1['sales'])} million in April-June).",
      [(RS, f"Net sales {n(G.Q1['sales'])} {n(G.Q2['sales'])}")], ["growth", "quarter", "okusawa"])
cut = G.SEN["fc_op_prev"] // 1000 - G.SEN["fc_op"] // 1000
assert cut == 24 - 19
q(M, mid(), "By how many billion yen did Senmaida Dynamics lower its full-year operating profit forecast for the year "
  "to March 2027?",
  f"¥{cut} billion (forecast cut from 24 to 19, in ¥ billion).", "currency", cut, "JPY", "billion", 0.01,
  [ev(SE, "full-year operating profit of ¥19 billion, 20.8% less than the ¥24 billion it forecast in May")],
  ["forecast", "defined", "senmaida"])

refusal(M, mid(), "What net sales did Okusawa Robotics report for the three months ended September 30, 2025 (the second "
        "quarter of the previous fiscal year)?",
        "The documents don't say: the results summary gives quarterly (three-month) figures only for April-June and "
        f"July-September 2026 (net sales ¥{n(G.Q2['sales'])} million in July-September 2026); for 2025 it gives only "
        f"the six-month total of ¥{n(s[1])} million.", ["refusal", "period", "okusawa"], [RS])
refusal(M, mid(), "How much goodwill did Okusawa Robotics carry on its balance sheet at September 30, 2026?",
        "The documents don't say: the condensed balance sheet shows only a single intangible assets line "
        f"(¥{n(G.INTANGIBLE[0])} million) and no separate goodwill figure.", ["refusal", "item", "okusawa"], [RS])
refusal(M, mid(), "What ordinary profit did Okusawa's Industrial Robots segment earn in the six months ended September 30, 2026?",
        "The documents don't say: segment results are reported as net sales and segment profit (reconciled to operating "
        f"profit; Industrial Robots segment profit was ¥{n(ir[0])} million); ordinary profit is not broken down by segment.",
        ["refusal", "nearest_trap", "segment", "okusawa"], [RS])
refusal(M, mid(), "What diluted earnings per share does Okusawa forecast for the fiscal year ending March 31, 2027?",
        f"The documents don't say: the forecast gives only basic earnings per share (¥{G.fc_eps:.2f}); diluted EPS is "
        "reported only for the six-month periods, not forecast.", ["refusal", "nearest_trap", "forecast", "okusawa"], [RS, KR])
refusal(M, mid(), "What net sales are expected for Okusawa Robotics in the fiscal year ending March 31, 2028?",
        "The documents don't say: the company forecasts only the year ending March 2027 (net sales ¥340,000 million), "
        "and the Sakuradori analyst's estimate for the year to March 2028 is for operating profit, not sales.",
        ["refusal", "nearest_trap", "period", "okusawa"], [RS, KR])

# =============================================================================================
# Prose questions
# =============================================================================================
pi = iter(range(1, 100))


def pid():
    return f"s33p-c-{next(pi):02d}"


def pq(question, answer, qtype, value, unit, scale, tol, evidence, tags):
    q(P, pid(), question, answer, qtype, value, unit, scale, tol, evidence, tags)


b = G.b
# --- wire
v = b(s[0])
pq("How much did Okusawa Robotics bring in from sales in April-September 2026, in billions of yen?",
   f"¥{v} billion of net sales, up {G.yoy['sales']}% year on year.", "currency", v, "JPY", "billion", half(v, 1),
   [ev(WI, f"Net sales climbed {G.yoy['sales']}% to ¥{v} billion")], ["paraphrase", "lookup", "okusawa", "article"])
v = G.usd(op[0], G.WIRE_RATE)
v0 = int(r(v, 0))
pq("According to Meridian Asia Wire, what was Okusawa's first-half operating profit worth in US dollars?",
   f"About ${v0} million (¥{b(op[0])} billion, converted by the wire).", "currency", v0, "USD", "million", half(v0, 0),
   [ev(WI, f"rose {G.yoy['op']}% from a year earlier to ¥{b(op[0])} billion (${v0} million)")],
   ["kind", "lookup", "okusawa", "article"])
pq("What full-year operating profit had Okusawa forecast before it raised its outlook on November 5?",
   "¥33 billion, its May forecast (before the revision).", "currency", 33, "JPY", "billion", half(33, 0),
   [ev(WI, "up from its May forecast of ¥33 billion")], ["qualifier", "lookup", "okusawa", "article"])
d = r(b(op[0]) - b(G.CONSENSUS_1H_OP))
assert d == r(17.2 - 16.1)
pq("By how much did Okusawa's April-September operating profit beat the estimate of the six analysts polled by the wire, "
   "in billions of yen?",
   f"By about ¥{d} billion ({b(op[0])} actual − {b(G.CONSENSUS_1H_OP)} average estimate, in ¥ billion).",
   "currency", d, "JPY", "billion", 0.05 / d,
   [ev(WI, f"to ¥{b(op[0])} billion"), ev(WI, f"ahead of the ¥{b(G.CONSENSUS_1H_OP)} billion average estimate of six analysts")],
   ["derived", "computation", "okusawa", "article"])
pq("By what percentage did the net profit that belongs to Okusawa's shareholders rise in the first half?",
   f"It rose {G.yoy['owners']}% (to ¥{b(own[0])} billion).", "percent", G.yoy["owners"], "percent", None,
   half(G.yoy["owners"], 1), [ev(WI, f"net profit attributable to shareholders jumped {G.yoy['owners']}% to ¥{b(own[0])} billion")],
   ["kind", "paraphrase", "lookup", "okusawa", "article"])
# --- business daily
pq("What operating profit did Okusawa Robotics make in fiscal 2025, the year that ended in March 2026, according to "
   "The Marunouchi Daily?",
   f"¥{b(G.FY25['op'])} billion in fiscal 2025 (the fiscal 2026 forecast is ¥37.5 billion).", "currency", b(G.FY25["op"]),
   "JPY", "billion", half(b(G.FY25["op"]), 1), [ev(MD, f"That would compare with ¥{b(G.FY25['op'])} billion in fiscal 2025")],
   ["qualifier", "lookup", "okusawa", "article"])
pq("How much revenue does Senmaida Dynamics now expect to bring in over the year to March 2027?",
   "¥245 billion, lowered from ¥258 billion.", "currency", 245, "JPY", "billion", half(245, 0),
   [ev(MD, "lowered its sales forecast to ¥245 billion from ¥258 billion")], ["paraphrase", "qualifier", "lookup", "senmaida", "article"])
d = r(G.op_margin - G.sen_margin)
assert d == r(10.6 - 6.9)
pq("How many percentage points wider was Okusawa's first-half operating margin than Senmaida's?",
   f"{d} percentage points ({G.op_margin}% at Okusawa against {G.sen_margin}% at Senmaida).", "percent", d, "percent",
   None, 0.05 / d, [ev(MD, f"Okusawa earned an operating margin of {G.op_margin}% in the first half, against {G.sen_margin}% at Senmaida")],
   ["derived", "computation", "okusawa", "senmaida", "article"])
pq("What was the year-on-year change in Senmaida Dynamics' April-September sales, in percent?",
   f"{G.sen['sales_g']}%: sales fell {abs(G.sen['sales_g'])}% to ¥{b(G.SEN['sales'][0])} billion.", "percent", G.sen["sales_g"],
   "percent", None, half(G.sen["sales_g"], 1),
   [ev(MD, f"Senmaida's April-September sales fell {abs(G.sen['sales_g'])}% to ¥{b(G.SEN['sales'][0])} billion")],
   ["kind", "lookup", "senmaida", "article"])
pq("What did the US dollar actually average against the yen for Okusawa in the first half, as opposed to the rate it "
   "assumes for the rest of the year?",
   f"¥{G.FX['usd_1h']} per dollar on average in the first half (it assumes ¥{G.FX['usd_2h']} for the second half).",
   "currency", G.FX["usd_1h"], "JPY", None, half(G.FX["usd_1h"], 1),
   [ev(MD, f"Okusawa's first-half dollar rate averaged ¥{G.FX['usd_1h']}")], ["qualifier", "lookup", "okusawa", "article"])
v = int(r(G.usd(G.REV_FC["op"], G.DAILY_RATE), 0))
pq("At The Marunouchi Daily's exchange rate, how much is Okusawa's new full-year operating profit forecast worth in dollars?",
   f"About ${v} million at ¥151 to the dollar (the wire's conversion at a different rate gave $250 million).", "currency",
   v, "USD", "million", half(v, 0), [ev(MD, f"At ¥151 to the dollar, the new target is worth about ${v} million")],
   ["qualifier", "lookup", "okusawa", "article"])
# --- trade press
v = b(G.backlog[0])
pq("What was Okusawa's order book worth at the end of September 2026?",
   f"About ¥{v} billion of backlog, up from ¥{b(G.backlog[1])} billion at the end of March.", "currency", v, "JPY",
   "billion", half(v, 1), [ev(AL, f"The backlog stood at ¥{v} billion at the end of September")],
   ["paraphrase", "lookup", "okusawa", "article"])
pq("What was Okusawa's book-to-bill ratio in the July-September quarter on its own?",
   f"{G.btb_q2:.2f} in July-September alone (higher than the six-month ratio).", "ratio", G.btb_q2, "ratio", None,
   half(G.btb_q2, 2), [ev(AL, f"In the July-September quarter alone the ratio was {G.btb_q2:.2f}")],
   ["qualifier", "lookup", "okusawa", "article"])
pq("How many robot units did Okusawa deliver to customers in the first half?",
   f"{G.UNITS[0]:,} robots, up from {G.UNITS[1]:,} a year earlier.", "count", G.UNITS[0], "count", None, 0,
   [ev(AL, f"Okusawa shipped {G.UNITS[0]:,} robots in the first half")], ["paraphrase", "lookup", "okusawa", "article"])
v = r(G.COBOT_UNITS / G.UNITS[0] * 100)
assert v == r(2960 / 14820 * 100)
pq("What share of the robots Okusawa shipped in the first half were collaborative robots? Percent, one decimal.",
   f"{v}% ({G.COBOT_UNITS:,} collaborative robots out of {G.UNITS[0]:,} shipped).", "percent", v, "percent", None,
   half(v, 1), [ev(AL, f"Okusawa shipped {G.UNITS[0]:,} robots in the first half"),
                ev(AL, f"accounted for {G.COBOT_UNITS:,} of the total")], ["derived", "computation", "okusawa", "article"])
v = b(G.CHINA_ROBOT_ORDERS[0])
pq("How much did Chinese customers order in robots from Okusawa in the first half, in yen?",
   f"¥{v} billion of robot orders from Chinese customers (up {G.china_g}% year on year).", "currency", v, "JPY",
   "billion", half(v, 1), [ev(AL, f"Robot orders from Chinese customers rose {G.china_g}% year on year to ¥{v} billion")],
   ["kind", "lookup", "okusawa", "article"])
v = r(b(G.CHINA_ROBOT_ORDERS[0]) / (1 + G.china_g / 100))
assert v == r(31.6 / 1.58)
pq("Working back from the growth rate, roughly how large were Okusawa's robot orders from Chinese customers in the "
   "same half a year earlier? Billions of yen, one decimal.",
   f"About ¥{v} billion: ¥31.6 billion ÷ 1.58 (orders rose 58.0%).", "currency", v, "JPY", "billion", 0.01,
   [ev(AL, f"Robot orders from Chinese customers rose {G.china_g}% year on year to ¥31.6 billion")],
   ["derived", "computation", "okusawa", "article"])
refusal(P, pid(), "How many robots did Okusawa ship in the July-September quarter?",
        f"The documents don't say: Automation Ledger gives only first-half shipments ({G.UNITS[0]:,} robots, of which "
        f"{G.COBOT_UNITS:,} collaborative); no quarterly unit figure is given.",
        ["refusal", "nearest_trap", "unanswerable", "okusawa", "article"], [AL])
# --- analyst column
pq("To what level did Sakuradori Securities raise its price target on Okusawa?",
   f"¥{G.ANALYST['tp_new']:,} per share, from ¥{G.ANALYST['tp_old']:,}.", "currency", G.ANALYST["tp_new"], "JPY", None,
   half(G.ANALYST["tp_new"], 0), [ev(KR, f"raised its target price for Okusawa Robotics to ¥{G.ANALYST['tp_new']:,}")],
   ["kind", "lookup", "okusawa", "article"])
v = b(G.ANALYST["fy_op"])
pq("What operating profit does Sakuradori's analyst herself expect Okusawa to earn in the year ending March 2027?",
   f"¥{v} billion, her own estimate (above both company guidance and the pre-results consensus).", "currency",
   v, "JPY", "billion", half(v, 1), [ev(KR, f"analyst Mei Tachibana estimated operating profit of ¥{v} billion")],
   ["qualifier", "lookup", "okusawa", "article"])
v = r((G.ANALYST["tp_new"] / G.ANALYST["close"] - 1) * 100)
assert v == r((5600 / 4935 - 1) * 100) == G.V["upside"]
pq("How much upside does Sakuradori's new target imply from Okusawa's Friday closing price? Percent, rounded to one "
   "decimal place.", f"{v}% (target ¥5,600 ÷ close ¥4,935 − 1).", "percent", v, "percent", None, half(v, 1),
   [ev(KR, "raised its target price for Okusawa Robotics to ¥5,600"), ev(KR, "Okusawa shares closed at ¥4,935 on Friday")],
   ["derived", "computation", "okusawa", "article"])
v = 3 * G.ANALYST["usd_sens"]
pq("Using the analyst's sensitivity, how much would Okusawa's annual operating profit change if the yen were ¥3 weaker "
   "against the dollar than assumed? Answer in yen millions.",
   f"About ¥{v:,} million: 3 × ¥{G.ANALYST['usd_sens']} million per ¥1 move against the dollar.", "currency", v,
   "JPY", "million", 0.01,
   [ev(KR, f"every ¥1 move in the yen against the dollar changes Okusawa's annual operating profit by about ¥{G.ANALYST['usd_sens']} million")],
   ["derived", "computation", "okusawa", "article"])
pq("How sensitive is Okusawa's annual operating profit to the yen-euro rate, per yen of movement?",
   f"About ¥{G.ANALYST['eur_sens']} million for every ¥1 move against the euro.", "currency", G.ANALYST["eur_sens"],
   "JPY", "million", half(G.ANALYST["eur_sens"], 0),
   [ev(KR, f"every ¥1 move against the euro by about ¥{G.ANALYST['eur_sens']} million")],
   ["paraphrase", "kind", "lookup", "okusawa", "article"])
refusal(P, pid(), "What net sales does the Sakuradori analyst forecast for Okusawa for the year to March 2028?",
        "The documents don't say: for the year to March 2028 the note gives only an operating profit forecast "
        "(¥44.0 billion), not a sales estimate.", ["refusal", "nearest_trap", "unanswerable", "okusawa", "article"], [KR])
# --- Senmaida story
v = b(G.SEN["q2_op"])
pq("What operating profit did Senmaida Dynamics earn in the July-September quarter alone?",
   f"¥{v} billion in July-September.", "currency", v, "JPY",
   "billion", half(v, 1), [ev(SE, f"July-September operating profit was ¥{v} billion")],
   ["qualifier", "lookup", "senmaida", "article"])
pq("How many shares does Senmaida plan to repurchase at most?",
   "Up to 3.0 million shares (2.6% of shares outstanding, for no more than ¥9 billion).", "count", 3_000_000, "count",
   None, half(3.0, 1), [ev(SE, "buy back up to 3.0 million shares")], ["kind", "lookup", "senmaida", "article"])
v = r(b(G.SEN["op"][0]) / (1 + G.sen["op_g"] / 100))
assert v == r(8.2 / 0.78)
pq("From the reported decline, roughly what operating profit had Senmaida made in the first half of the previous "
   "year? Yen billions, one decimal.",
   f"About ¥{v} billion: ¥8.2 billion ÷ (1 − 0.220).", "currency", v, "JPY", "billion", 0.01,
   [ev(SE, f"operating profit fell {abs(G.sen['op_g'])}% to ¥{b(G.SEN['op'][0])} billion")],
   ["derived", "computation", "senmaida", "article"])
v = r(b(G.SEN["op"][0]) - b(G.SEN["q2_op"]))
assert v == r(8.2 - 3.7) and v == b(G.V["sen_q1_op"])
pq("What operating profit did Senmaida make in April-June, the first quarter, judging from the half-year and "
   "July-September figures?",
   f"About ¥{v} billion (8.2 for the half − 3.7 in July-September, in ¥ billion).", "currency", v, "JPY",
   "billion", 0.05 / v,
   [ev(SE, f"operating profit fell {abs(G.sen['op_g'])}% to ¥{b(G.SEN['op'][0])} billion"),
    ev(SE, f"July-September operating profit was ¥{b(G.SEN['q2_op'])} billion")],
   ["derived", "computation", "qualifier", "senmaida", "article"])
refusal(P, pid(), "What exchange rate against the euro does Senmaida assume for the second half?",
        "The documents don't say: Senmaida's only stated assumption is ¥143 to the dollar for the second half; no euro "
        "rate is given.", ["refusal", "nearest_trap", "unanswerable", "senmaida", "article"], [SE, MD])
refusal(P, pid(), "How large was Senmaida's order backlog at the end of September 2025, a year before the latest figure?",
        "The documents don't say: Senmaida's backlog is given only at the end of September 2026 (¥96.5 billion), "
        "with no year-earlier comparison.",
        ["refusal", "nearest_trap", "unanswerable", "senmaida", "article"], [SE])
# --- results summary narrative
pq("Excluding currency effects, how much did Okusawa's sales in Europe grow in the first half?",
   f"{G.EUROPE_CC_GROWTH}% excluding exchange rate movements (reported growth was higher).", "percent",
   G.EUROPE_CC_GROWTH, "percent", None, half(G.EUROPE_CC_GROWTH, 1),
   [ev(RS, f"excluding the effect of exchange rate movements, sales in Europe increased {G.EUROPE_CC_GROWTH}%")],
   ["qualifier", "lookup", "okusawa", "results"])
pq("How much did Okusawa spend on research and development in the six months to September 2026?",
   f"¥{n(G.RND[0])} million of R&D expenses in the period.", "currency", G.RND[0], "JPY", "million", half(G.RND[0], 0),
   [ev(RS, f"Research and development expenses for the period were {n(G.RND[0])} million yen")],
   ["kind", "lookup", "okusawa", "results"])
pq("How much capital expenditure does Okusawa plan for the whole fiscal year?",
   f"¥{n(G.FY_PLAN['capex'])} million for the full year.",
   "currency", G.FY_PLAN["capex"], "JPY", "million",
   half(G.FY_PLAN["capex"], 0), [ev(RS, f"For the full year the Company plans capital expenditures of {n(G.FY_PLAN['capex'])} million yen")],
   ["qualifier", "lookup", "okusawa", "results"])
v = r(G.SALES["Industrial Robots"][0] / s[0] * 100)
assert v == r(98640 / 162130 * 100)
pq("What share of Okusawa's first-half net sales came from the Industrial Robots segment? Percent, one decimal.",
   f"{v}% (segment net sales ¥{n(G.SALES['Industrial Robots'][0])} million ÷ net sales ¥{n(s[0])} million).", "percent",
   v, "percent", None, half(v, 1),
   [ev(RS, f"Net sales of the segment were {n(G.SALES['Industrial Robots'][0])} million yen"),
    ev(RS, f"Net sales were {n(s[0])} million yen")], ["derived", "computation", "okusawa", "results"])
pq("What did it cost Okusawa to merge two of its component factories in Nagano?",
   f"¥{n(G.EXTRA_LOSS['Business restructuring expenses'][0])} million of business restructuring expenses.", "currency",
   G.EXTRA_LOSS["Business restructuring expenses"][0], "JPY", "million",
   half(G.EXTRA_LOSS["Business restructuring expenses"][0], 0),
   [ev(RS, f"business restructuring expenses of {n(G.EXTRA_LOSS['Business restructuring expenses'][0])} million yen "
           "for the consolidation of two component plants in Nagano Prefecture")],
   ["paraphrase", "lookup", "okusawa", "results"])


# =============================================================================================
# Audit (pair 33 auditor c): lookups whose question does not fix the unit also accept the figure
# correctly rounded in ¥ billion to three significant figures or better (¥14.3 billion for 14,331
# million; ¥9.23 billion for 9,226 million), the news items' own convention. No other document
# figure a careful reader could confuse with the gold falls inside the widened band.
# =============================================================================================
def billion_3sf(value_m: float) -> float:
    step_m = 100 if value_m >= 10_000 else 10  # 0.1 or 0.01 billion, in yen millions
    return round(0.5 * step_m / abs(value_m), 8)


for x in M:
    if x["id"] in ("s33m-c-02", "s33m-c-04", "s33m-c-07", "s33m-c-09", "s33m-c-14", "s33m-c-17", "s33m-c-18"):
        assert x["scale"] == "million" and "million" not in x["question"].lower()
        x["tolerance"] = max(x["tolerance"], billion_3sf(x["value"]))


# =============================================================================================
# Write and check
# =============================================================================================
def collapse(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def main() -> None:
    mpath, ppath = DATA / "filings_metrics_synth33c.jsonl", DATA / "prose_questions_synth33c.jsonl"
    for path, rows in ((mpath, M), (ppath, P)):
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    texts = {d: collapse((DOCDIR / d).read_text(encoding="utf-8")) for d in (RS, WI, MD, AL, KR, SE)}
    bad = 0
    for x in M + P:
        for e in x["evidence"]:
            if collapse(e["quote"]) not in texts[e["doc"]]:
                bad += 1
                print("QUOTE MISSING", x["id"], e["doc"], e["quote"])
        for d in x["documents"]:
            assert d in texts, d
    from eval.datasets import load_dataset
    from eval.scoring import score_answer
    ids = set()
    for path, expected in ((mpath, len(M)), (ppath, len(P))):
        ds = load_dataset(path)
        assert len(ds.questions) == expected, (path, len(ds.questions))
        assert not ds.missing_documents, ds.missing_documents
        for qq in ds.questions:
            assert qq.id not in ids
            ids.add(qq.id)
            sc = score_answer(qq, qq.answer)
            if sc.verdict != "right":
                bad += 1
                print("SCORE", qq.id, sc.verdict, sc.reason if hasattr(sc, "reason") else sc)
    print(f"metrics {len(M)} prose {len(P)} problems {bad}")


if __name__ == "__main__":
    main()
