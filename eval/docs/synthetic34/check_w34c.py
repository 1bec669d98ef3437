# Long on purpose: generated test data.
"""Writer C, blind pair 34: writes filings_metrics_synth34c.jsonl and prose_questions_synth34c.jsonl
from the generator's figures, then checks them: every quote on its page (pypdf plain and layout
text, whitespace collapsed) or in its .txt, every gold recomputed from the quoted figures, the
files load with eval.datasets.load_dataset, and score_answer(q, q.answer) is "right" for each.

PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic34/check_w34c.py
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_w34c as g  # noqa: E402

from pypdf import PdfReader  # noqa: E402

ROOT = HERE.parents[2]
DATA = ROOT / "eval" / "data"
PDF = g.PDF_NAME
WIRE = "kestrelyn-cbn-wire-2026-08-26.txt"
DAILY = "quayside-tamberlo-kestrelyn-2026-09-03.txt"
TRADE = "racknotes-kestrelyn-uk-2026-08-28.txt"
NOTE = "quayside-calder-pike-note-2026-09-04.txt"


def rnd(x: float, dec: int) -> float:
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP))


def half(value, dec: int) -> float:
    """Half a unit of the last asked digit, relative, rounded up a little."""
    if isinstance(value, list):
        value = min(abs(v) for v in value)
    return float(f"{0.5 * 10 ** -dec / abs(value) * 1.0001:.3g}")


def ev(doc, quote, page=None):
    e = {"doc": doc}
    if page is not None:
        e.update(page=page, pages=[page])
    e["quote"] = quote
    return e


def row(id_, question, answer, type_, value, unit, scale, tol, evidence, tags, documents):
    return {"id": id_, "question": question, "answer": answer, "type": type_, "value": value,
            "unit": unit, "scale": scale, "tolerance": tol, "evidence": evidence, "tags": tags,
            "documents": documents}


def refusal(id_, question, answer, tags, documents):
    return row(id_, question, answer, "refusal", None, None, None, None, [], tags, documents)


F26, F25, H, B26, B25, C26, C25 = g.F26, g.F25, g.H, g.B26, g.B25, g.C26, g.C25
f = float
K = "kestrelyn"
M = []  # metric questions
CHECKS = []  # (id, gold, recomputed)


def m(id_, q, a, t, v, unit, scale, tol, evidence, tags, docs=(PDF,)):
    M.append(row(f"s34m-c-{id_}", q, a, t, v, unit, scale, tol, evidence, tags + [K], list(docs)))


def amount(id_, q, a, v, quote, page, tags, dec=1, scale="million"):
    m(id_, q, a, "currency", v, "AUD", scale, half(v, dec), [ev(PDF, quote, page)], tags)


# ---- lookups in different columns
amount("rev-fy26", "What total revenue did Kestrelyn Software report for the year ended 30 June 2026? Give it in A$ millions.",
       "A$269.5 million (Total revenue, FY26 column, consolidated statement of profit or loss, p. 3).",
       f(F26["rev"]), "Total revenue 269.5", 3, ["lookup"])
amount("subrev-fy25", "How much subscription revenue did Kestrelyn record in the prior year, FY25 (year to 30 June 2025)?",
       "A$205.8 million (Subscription revenue, FY25 comparative column, statement of profit or loss, p. 3).",
       f(F25["sub"]), "Subscription revenue 249.6 205.8", 3, ["lookup"])
amount("rev-2h26", "What was Kestrelyn's total revenue for the second half of fiscal 2026, the six months to 30 June 2026?",
       "A$141.5 million (Total revenue, 2H26 column of the half-year performance table, p. 2).",
       f(H["2H26"]["rev"]), "Total revenue 128.0 141.5", 2, ["lookup", "half"])
amount("uebitda-1h25", "How much underlying EBITDA did Kestrelyn earn in 1H25, i.e. the six months to 31 December 2024? A$ millions, one decimal.",
       "A$13.6 million (Underlying EBITDA, 1H25 column of the half-year performance table, p. 2).",
       f(H["1H25"]["uebitda"]), "Underlying EBITDA 22.4 29.1 51.5 13.6", 2, ["lookup", "half"])
amount("cash-jun25", "What cash and cash equivalents did Kestrelyn hold at 30 June 2025, per the comparative balance sheet?",
       "A$71.2 million (Cash and cash equivalents, 30 June 2025 column, statement of financial position, p. 4).",
       f(B25["cash"]), "Cash and cash equivalents 84.6 71.2", 4, ["lookup"])
amount("defrev-jun26", "How much deferred revenue (contract liabilities) sat on Kestrelyn's balance sheet at 30 June 2026?",
       "A$97.5 million (Contract liabilities (deferred revenue), 30 June 2026, p. 4).",
       f(B26["defrev"]), "Contract liabilities (deferred revenue) 97.5", 4, ["lookup"])
amount("ocf-fy25", "What was Kestrelyn's net cash from operating activities in FY25? Answer in Australian dollars, millions.",
       "A$48.1 million (Net cash from operating activities, FY25 column, statement of cash flows, p. 5).",
       f(C25["ocf"]), "Net cash from operating activities 71.7 48.1", 5, ["lookup"])
amount("capdev-fy26", "How much cash did Kestrelyn spend on capitalised development costs in the year to 30 June 2026?",
       "A$22.9 million (Capitalised development costs, FY26, shown as an outflow of (22.9) in investing activities, p. 5).",
       f(-C26["capdev"]), "Capitalised development costs (22.9)", 5, ["lookup"])
amount("goodwill-jun26", "What goodwill did Kestrelyn carry at 30 June 2026?",
       "A$96.8 million (Goodwill, 30 June 2026 column, statement of financial position, p. 4).",
       f(B26["gw"]), "Goodwill 96.8", 4, ["lookup"])
amount("arr-dec25", "What was Kestrelyn's annualised recurring revenue at the half-year balance date, 31 December 2025?",
       "A$272.1 million (ARR, 31 Dec 2025 column, recurring revenue metrics, p. 2).",
       f(g.ARR["31 Dec 2025"]), "ARR 298.4 272.1", 2, ["lookup", "saas"])
m("customers-jun25", "How many customers did Kestrelyn have at 30 June 2025?",
  "1,603 customers (Customers (number), 30 Jun 2025 column, recurring revenue metrics, p. 2).",
  "count", g.CUST["30 Jun 2025"], "count", None, 0, [ev(PDF, "Customers (number) 1,846 1,712 1,603", 2)], ["lookup", "saas"])
amount("npat-fy26", "What statutory net profit after tax did Kestrelyn report for FY26? A$ millions.",
       "A$13.8 million (Net profit after tax, FY26, statement of profit or loss, p. 3).",
       f(F26["npat"]), "Net profit after tax 13.8", 3, ["lookup"])
amount("tax-fy25", "What income tax expense did Kestrelyn book in the year ended 30 June 2025?",
       "A$2.0 million (Income tax expense, FY25 column, shown as (2.0), statement of profit or loss, p. 3).",
       f(F25["tax"]), "Income tax expense (6.1) (2.0)", 3, ["lookup"])
amount("equity-jun26", "What was Kestrelyn's total equity at 30 June 2026, in A$ millions?",
       "A$144.6 million (Total equity, 30 June 2026, statement of financial position, p. 4).",
       f(B26["te"]), "Total equity 144.6", 4, ["lookup"])
amount("svcrev-1h26", "How much services revenue (as opposed to subscription revenue) did Kestrelyn earn in the first half of FY26, the six months to 31 December 2025?",
       "A$9.6 million (Services revenue, 1H26 column of the half-year performance table, p. 2).",
       f(H["1H26"]["svc"]), "Services revenue 9.6", 2, ["lookup", "half"])

# ---- ratios, margins, growth


def pctq(id_, q, a, val, dec, evidence, tags, unit="percent", type_="percent"):
    v = rnd(val, dec)
    CHECKS.append((id_, v, val))
    m(id_, q, a, type_, v, unit, None, half(v, dec), evidence, tags)


IS3 = lambda quote: ev(PDF, quote, 3)
BS4 = lambda quote: ev(PDF, quote, 4)
CF5 = lambda quote: ev(PDF, quote, 5)
pctq("gm-fy26", "What was Kestrelyn's gross margin for FY26, i.e. gross profit divided by total revenue? Percent, one decimal.",
     "74.0%: gross profit A$199.5m ÷ total revenue A$269.5m (FY26, statement of profit or loss, p. 3).",
     199.5 / 269.5 * 100, 1, [IS3("Gross profit 199.5"), IS3("Total revenue 269.5")], ["margin"])
pctq("uebitda-margin-fy25", "Taking underlying EBITDA as a share of total revenue, what margin did Kestrelyn achieve in FY25? Round to one decimal place.",
     "13.5%: FY25 underlying EBITDA A$30.3m ÷ FY25 total revenue A$224.5m (pp. 3).",
     30.3 / 224.5 * 100, 1, [IS3("Underlying EBITDA 51.5 30.3"), IS3("Total revenue 269.5 224.5")], ["margin", "ebitda"])
pctq("rev-growth-fy26", "By what percentage did Kestrelyn's total revenue grow from FY25 to FY26? One decimal.",
     "20.0%: (A$269.5m − A$224.5m) ÷ A$224.5m (Total revenue, p. 3).",
     (269.5 - 224.5) / 224.5 * 100, 1, [IS3("Total revenue 269.5 224.5")], ["growth"])
pctq("rev-growth-2h", "Compare Kestrelyn's second-half revenue with the same half a year earlier: by what percent did 2H26 total revenue exceed 2H25?",
     "21.0%: 2H26 A$141.5m vs 2H25 A$116.9m, (141.5 − 116.9) ÷ 116.9 (half-year performance table, p. 2).",
     (141.5 - 116.9) / 116.9 * 100, 1, [ev(PDF, "Total revenue 128.0 141.5 269.5 107.6 116.9", 2)], ["growth", "half"])
pctq("rev-seq-growth", "How much did Kestrelyn's total revenue rise sequentially from the first half of FY26 to the second half, in percent (one decimal)?",
     "10.5%: 2H26 A$141.5m vs 1H26 A$128.0m, (141.5 − 128.0) ÷ 128.0 = 10.547% (p. 2).",
     (141.5 - 128.0) / 128.0 * 100, 1, [ev(PDF, "Total revenue 128.0 141.5", 2)], ["growth", "half"])
v = rnd(133.2 / 142.4, 2)
CHECKS.append(("current-ratio", v, 133.2 / 142.4))
m("current-ratio-jun26", "What was Kestrelyn's current ratio (total current assets over total current liabilities) at 30 June 2026, to two decimals?",
  "0.94: total current assets A$133.2m ÷ total current liabilities A$142.4m (30 June 2026, p. 4).",
  "ratio", v, "ratio", None, half(v, 2), [BS4("Total current assets 133.2"), BS4("Total current liabilities 142.4")], ["ratio"])
v = rnd(84.6 - 25.0, 1)
CHECKS.append(("net-cash", v, 84.6 - 25.0))
m("net-cash-jun26", "Net cash here means cash and cash equivalents less borrowings, leaving lease liabilities out. What was Kestrelyn's net cash at 30 June 2026, in A$ millions?",
  "A$59.6 million: cash A$84.6m less borrowings A$25.0m (30 June 2026, p. 4).",
  "currency", v, "AUD", "million", half(v, 1), [BS4("Cash and cash equivalents 84.6"), BS4("Borrowings 25.0")], ["defined"])
v = rnd(71.7 - 5.1 - 22.9, 1)
CHECKS.append(("fcf-defined", v, 71.7 - 5.1 - 22.9))
m("fcf-defined-fy26", "Define free cash flow as net cash from operating activities minus purchases of property, plant and equipment and minus capitalised development costs (lease payments not deducted). What was it for Kestrelyn in FY26?",
  "Free cash flow on that definition was A$43.7 million (A$71.7m - A$5.1m - A$22.9m = A$43.7m; FY26 statement of cash flows, p. 5). The company's own measure also deducts lease principal.",
  "currency", v, "AUD", "million", 0.002, [CF5("Net cash from operating activities 71.7"), CF5("Purchases of property, plant and equipment (5.1)"),
                                           CF5("Capitalised development costs (22.9)")], ["fcf", "defined"])
v = rnd(298.4 / 1846 * 1000, 1)
CHECKS.append(("arr-per-customer", v, 298.4 / 1846 * 1000))
m("arr-per-customer-jun26", "Dividing ARR by the customer count, what was Kestrelyn's average ARR per customer at 30 June 2026? Answer in A$ thousands.",
  "Average ARR per customer was A$161.6 thousand: ARR of A$298.4m over 1,846 customers at 30 June 2026 (p. 2).",
  "currency", v, "AUD", "thousand", half(v, 1),
  [ev(PDF, "ARR 298.4", 2), ev(PDF, "Customers (number) 1,846", 2), ev(PDF, "Average ARR per customer (A$ thousands) 161.6", 2)], ["average", "saas"])
pctq("defrev-share", "What share of Kestrelyn's total current liabilities at 30 June 2026 was contract liabilities (deferred revenue)? Percent to one decimal.",
     "68.5%: A$97.5m ÷ A$142.4m (30 June 2026, p. 4).",
     97.5 / 142.4 * 100, 1, [BS4("Contract liabilities (deferred revenue) 97.5"), BS4("Total current liabilities 142.4")], ["defined"])
pctq("etr-fy26", "What was Kestrelyn's effective tax rate in FY26, measured as income tax expense over profit before income tax?",
     "30.7%: income tax expense A$6.1m ÷ profit before income tax A$19.9m (FY26, p. 3).",
     6.1 / 19.9 * 100, 1, [IS3("Income tax expense (6.1)"), IS3("Profit before income tax 19.9")], ["defined"])
v = rnd(365 * (38.9 + 33.4) / 2 / 269.5, 1)
CHECKS.append(("dso", v, 365 * (38.9 + 33.4) / 2 / 269.5))
m("dso-fy26", "Using the average of opening and closing trade and other receivables, how many days sales outstanding did Kestrelyn run in FY26 (365 × average receivables ÷ total revenue)? One decimal.",
  "Days sales outstanding were 49.0 days, from average receivables of A$36.15m (opening A$33.4m, closing A$38.9m) and FY26 revenue of A$269.5m (pp. 3-4).",
  "count", v, "count", None, half(v, 1), [BS4("Trade and other receivables 38.9 33.4"), IS3("Total revenue 269.5")], ["days"])
pctq("roe-fy26", "What return on average equity did Kestrelyn earn in FY26? Use statutory net profit after tax over the average of opening and closing total equity, percent to one decimal.",
     "Return on average equity was 11.2%: net profit after tax of A$13.8m over average total equity of A$123.55m (opening A$102.5m, closing A$144.6m; pp. 3-4).",
     13.8 / ((144.6 + 102.5) / 2) * 100, 1, [IS3("Net profit after tax 13.8"), BS4("Total equity 144.6 102.5")], ["ratio"])
pctq("rule40-fy26", "A 'rule of 40' score adds the year's total revenue growth rate (percent) to the underlying EBITDA margin (percent). Computed from Kestrelyn's FY26 statements, using the unrounded growth rate and margin and rounding only the sum, what is its score, to one decimal?",
     "The rule of 40 score is 39.2, the sum of revenue growth (A$224.5m to A$269.5m) and the underlying EBITDA margin (A$51.5m on A$269.5m of revenue) for FY26, both unrounded (p. 3).",
     (269.5 - 224.5) / 224.5 * 100 + 51.5 / 269.5 * 100, 1,
     [IS3("Total revenue 269.5 224.5"), IS3("Underlying EBITDA 51.5")], ["defined", "growth", "margin"])
v = rnd(51.5 - 46.0, 1)
CHECKS.append(("adj", v, 51.5 - 46.0))
m("ebitda-adjustments-fy26", "By how many A$ millions did Kestrelyn's underlying EBITDA exceed its statutory EBITDA in FY26?",
  "A$5.5 million: underlying EBITDA A$51.5m less statutory EBITDA A$46.0m (acquisition and integration costs A$3.4m plus restructuring A$2.1m; p. 3).",
  "currency", v, "AUD", "million", half(v, 1), [IS3("Statutory EBITDA 46.0"), IS3("Underlying EBITDA 51.5")], ["ebitda"])
pctq("capex-intensity-fy26", "Counting both purchases of property, plant and equipment and capitalised development costs as capital spending, what was Kestrelyn's capital spending as a percent of FY26 total revenue?",
     "10.4%: (A$5.1m + A$22.9m = A$28.0m) ÷ A$269.5m (pp. 3, 5).",
     (5.1 + 22.9) / 269.5 * 100, 1,
     [CF5("Purchases of property, plant and equipment (5.1)"), CF5("Capitalised development costs (22.9)"), IS3("Total revenue 269.5")], ["capex_intensity"])
v = rnd((25.0 + 4.4 + 16.9) / 144.6, 2)
CHECKS.append(("d2e", v, (25.0 + 4.4 + 16.9) / 144.6))
m("debt-equity-jun26", "Treating borrowings plus current and non-current lease liabilities as debt, what was Kestrelyn's debt-to-equity ratio at 30 June 2026? Two decimal places.",
  "0.32: (A$25.0m + A$4.4m + A$16.9m = A$46.3m) ÷ total equity A$144.6m (p. 4).",
  "ratio", v, "ratio", None, half(v, 2),
  [BS4("Borrowings 25.0"), BS4("Lease liabilities - current 4.4"), BS4("Lease liabilities - non-current 16.9"), BS4("Total equity 144.6")], ["ratio"])
pctq("guidance-mid-growth", "If Kestrelyn lands at the midpoint of its FY27 revenue guidance, what growth over FY26 total revenue would that be? Percent, one decimal.",
     "19.9%: midpoint of A$318m-A$328m is A$323m; 323 ÷ 269.5 − 1 = 19.85% (pp. 3, 6).",
     ((318 + 328) / 2 / 269.5 - 1) * 100, 1, [ev(PDF, "Total revenue 318 - 328", 6), IS3("Total revenue 269.5")], ["growth", "guidance"])
m("guidance-uebitda-fy27", "What range of underlying EBITDA has Kestrelyn guided to for the year ending 30 June 2027?",
  "A$68 million to A$74 million (FY27 guidance summary, p. 6).",
  "range", [68, 74], "AUD", "million", half([68, 74], 0), [ev(PDF, "Underlying EBITDA 68 - 74", 6)], ["guidance", "lookup"])
pctq("cash-conversion-fy26", "Cash conversion is net cash from operating activities divided by underlying EBITDA. What was Kestrelyn's FY26 cash conversion in percent?",
     "139.2%: A$71.7m ÷ A$51.5m (pp. 3, 5).",
     71.7 / 51.5 * 100, 1, [CF5("Net cash from operating activities 71.7"), IS3("Underlying EBITDA 51.5")], ["defined", "ebitda"])

# ---- refusals
m("refusal-rev-fy24", "What total revenue did Kestrelyn report for FY24, the year ended 30 June 2024?",
  "The documents don't say: the FY26 results announcement gives revenue only for FY26 (A$269.5m) and FY25 (A$224.5m) and their halves; FY24 is not reported.",
  "refusal", None, None, None, None, [], ["refusal", "period"])
m("refusal-rev-q4", "What was Kestrelyn's revenue in the fourth quarter of FY26, the three months to 30 June 2026?",
  "The documents don't say: the announcement reports halves, not quarters (2H26 revenue was A$141.5m for the six months to 30 June 2026); no three-month figure is given.",
  "refusal", None, None, None, None, [], ["refusal", "period", "nearest_trap"])
m("refusal-ocf-2h26", "How much net cash from operating activities did Kestrelyn generate in the second half of FY26?",
  "The documents don't say: operating cash flow is reported only for the full years (A$71.7m in FY26); the half-year table covers revenue, gross profit and underlying EBITDA only.",
  "refusal", None, None, None, None, [], ["refusal", "period", "nearest_trap"])
m("refusal-uk-arr-dec25", "What was Kestrelyn's United Kingdom ARR at 31 December 2025?",
  "The documents don't say: regional ARR is given only at 30 June 2026 (UK A$63.9m) and 30 June 2025 (A$42.0m); the announcement says the 31 December 2025 split was not prepared (group ARR then was A$272.1m).",
  "refusal", None, None, None, None, [], ["refusal", "nearest_trap"])
m("refusal-services-gm", "What gross margin did Kestrelyn earn on its services revenue in FY26?",
  "The documents don't say: cost of revenue (A$70.0m) is not split between subscription and services, so only the group gross margin (74.0%) is reported.",
  "refusal", None, None, None, None, [], ["refusal", "item", "nearest_trap"])

# ----------------------------------------------------------------------------- prose
P = []


def p(id_, q, a, t, v, unit, scale, tol, evidence, tags, docs):
    P.append(row(f"s34p-c-{id_}", q, a, t, v, unit, scale, tol, evidence, tags, list(docs)))


def pref(id_, q, a, tags, docs):
    P.append(refusal(f"s34p-c-{id_}", q, a, ["refusal", "unanswerable"] + tags, list(docs)))


p("01", "How much did Kestrelyn take in sales over fiscal 2026, in Australian dollars?",
  "A$269.5 million of revenue for fiscal 2026 (US$177.9 million at the wire's rate).",
  "currency", 269.5, "AUD", "million", half(269.5, 1),
  [ev(WIRE, "reported full-year revenue of A$269.5 million (US$177.9 million) for fiscal 2026")], ["paraphrase", "lookup", K, "article"], [WIRE])
p("02", "Stripping out the recurring revenue that came with the Pellworth deal, how fast did Kestrelyn's ARR grow over the year to 30 June 2026?",
  "Stripping out the A$9.8 million of ARR that came with Pellworth, ARR grew 16.6%.",
  "percent", 16.6, "percent", None, half(16.6, 1),
  [ev(PDF, "Excluding the A$9.8 million of ARR that came with Pellworth Rostering, organic ARR growth was 16.6%.", 1)],
  ["qualifier", "paraphrase", "lookup", K, "release"], [PDF])
p("03", "In constant currency, by how much did Kestrelyn's annualised recurring revenue grow in FY26?",
  "19.6% in constant currency (20.5% as reported).",
  "percent", 19.6, "percent", None, half(19.6, 1),
  [ev(PDF, "up 20.5% year on year, or 19.6% in constant currency", 1)], ["qualifier", "lookup", K, "release"], [PDF])
p("04", "How many new Kestrelyn shares were issued as part of the Pellworth Rostering purchase?",
  "6.2 million new shares (valued at A$24.0 million, alongside A$21.2 million in cash).",
  "count", 6.2, "count", "million", half(6.2, 1),
  [ev(PDF, "A$21.2 million in cash and 6.2 million new Kestrelyn shares valued at A$24.0 million", 6)], ["kind", "lookup", K, "release"], [PDF])
p("05", "What were Tamberlo Group's sales for the year to 30 June 2026?",
  "A$412.6 million of revenue, up 11.3% (roughly US$268.2 million).",
  "currency", 412.6, "AUD", "million", half(412.6, 1),
  [ev(DAILY, "Tamberlo's revenue for the year to June 30 rose 11.3% to A$412.6 million")], ["paraphrase", "lookup", "tamberlo", "article"], [DAILY])
v = rnd(412.6 / 1.113, 1)
CHECKS.append(("p06", v, 412.6 / 1.113))
p("06", "Working back from the growth rate reported, roughly what revenue did Tamberlo make in the previous fiscal year (FY25)? A$ millions, one decimal.",
  f"Tamberlo's FY25 revenue was about A${v} million, working back from FY26 revenue and its 11.3% growth.",
  "currency", v, "AUD", "million", 0.002,
  [ev(DAILY, "Tamberlo's revenue for the year to June 30 rose 11.3% to A$412.6 million")], ["derived", "computation", "tamberlo", "article"], [DAILY])
p("07", "What was Tamberlo's bottom-line statutory profit after tax for fiscal 2026?",
  "Statutory net profit after tax was A$22.4 million, down from A$26.9 million.",
  "currency", 22.4, "AUD", "million", half(22.4, 1),
  [ev(DAILY, "Statutory net profit after tax fell to A$22.4 million from A$26.9 million")], ["qualifier", "paraphrase", "lookup", "tamberlo", "article"], [DAILY])
p("08", "How large was the write-down Tamberlo took on its New Zealand payroll bureau?",
  "A$11.2 million impairment.",
  "currency", 11.2, "AUD", "million", half(11.2, 1),
  [ev(DAILY, "dragged down by an A$11.2 million impairment of its New Zealand payroll bureau")], ["kind", "paraphrase", "lookup", "tamberlo", "article"], [DAILY])
p("09", "How many customers did Kestrelyn add in the second half of fiscal 2026?",
  "Kestrelyn added 134 customers in the second half, taking the count at the end of June above the December figure by that much.",
  "count", 1846 - 1712, "count", None, 0,
  [ev(TRADE, "Kestrelyn ended June with 1,846 customers, up from 1,712 at the end of December and 1,603 a year ago")],
  ["derived", "computation", "qualifier", K, "article"], [TRADE])
p("10", "How much annualised recurring revenue does Kestrelyn now get from British customers?",
  "A$63.9 million of ARR from the United Kingdom.",
  "currency", 63.9, "AUD", "million", half(63.9, 1),
  [ev(TRADE, "The United Kingdom now contributes A$63.9 million of ARR")], ["paraphrase", "lookup", K, "article"], [TRADE])
v = rnd(63.9 / 298.4 * 100, 1)
CHECKS.append(("p11", v, 63.9 / 298.4 * 100))
p("11", "What share of Kestrelyn's year-end ARR came from the United Kingdom? Percent, one decimal.",
  f"{v}%: A$63.9m of UK ARR ÷ A$298.4m group ARR at year end.",
  "percent", v, "percent", None, half(v, 1),
  [ev(TRADE, "ARR rose from A$272.1 million at the half to A$298.4 million at year end"), ev(TRADE, "The United Kingdom now contributes A$63.9 million of ARR")],
  ["derived", "computation", K, "article"], [TRADE])
pref("12", "How many people does Tamberlo employ?",
     "The documents don't say: only Kestrelyn's workforce is given (about 1,140 people; 1,138 at 30 June 2026). Tamberlo's headcount is not reported; its 2,930 figure is customers.",
     ["nearest_trap", "tamberlo"], [TRADE, DAILY])
pref("13", "What gross margin did Tamberlo report for fiscal 2026?",
     "The documents don't say: Tamberlo's underlying EBITDA margin (21.5%) is given, not its gross margin; the 74.0% gross margin in the articles is Kestrelyn's.",
     ["nearest_trap", "tamberlo"], [DAILY, TRADE])
pref("14", "What statutory net profit does Kestrelyn expect for FY27?",
     "The documents don't say: Kestrelyn guides only to FY27 revenue (A$318m-A$328m) and underlying EBITDA (A$68m-A$74m) and states it does not provide guidance on statutory profit.",
     ["nearest_trap", K], [PDF])
pref("15", "How much is Tamberlo spending to move its remaining customers onto the cloud platform?",
     "The documents don't say: Tamberlo did not disclose the migration's cost; the articles give only that about 62% of its customers are on the cloud platform and that the project should finish in fiscal 2028.",
     ["nearest_trap", "tamberlo"], [TRADE])
p("16", "What is Calder Pike's new price target on Kestrelyn shares?",
  "A$4.85, raised from A$4.40 (outperform rating kept).",
  "currency", 4.85, "AUD", None, half(4.85, 2),
  [ev(NOTE, "has raised its price target on Kestrelyn Software to A$4.85 from A$4.40")], ["qualifier", "lookup", K, "article", "analyst"], [NOTE])
p("17", "What underlying EBITDA does the broker forecast for Kestrelyn in fiscal 2027?",
  "Calder Pike forecasts Kestrelyn underlying EBITDA of A$73.5 million for fiscal 2027.",
  "currency", 73.5, "AUD", "million", half(73.5, 1),
  [ev(NOTE, "Calder Pike forecasts Kestrelyn fiscal 2027 revenue of A$326.0 million, near the top of company guidance, and underlying EBITDA of A$73.5 million")],
  ["kind", "lookup", K, "article", "analyst"], [NOTE])
p("18", "How much did Kestrelyn's share price jump, in percent, on the day it released its full-year results?",
  "It rose 8.4%, to A$4.12 by late morning.",
  "percent", 8.4, "percent", None, half(8.4, 1),
  [ev(WIRE, "Shares in Kestrelyn rose 8.4% to A$4.12 by late morning")], ["paraphrase", "qualifier", "lookup", K, "article"], [WIRE])
p("19", "Up to how much stock does Tamberlo plan to repurchase over the next year?",
  "Up to A$40 million of shares over the next 12 months.",
  "currency", 40, "AUD", "million", 0.0125,
  [ev(DAILY, "It will buy back up to A$40 million of shares over the next 12 months")], ["kind", "paraphrase", "lookup", "tamberlo", "article"], [DAILY])
v = rnd(298.4 + 436.0, 1)
CHECKS.append(("p20", v, 298.4 + 436.0))
p("20", "Adding the two companies together, what combined annualised recurring revenue did Kestrelyn and Tamberlo have at the end of fiscal 2026?",
  f"Combined ARR was A${v} million (Kestrelyn A$298.4m plus Tamberlo A$436.0m).",
  "currency", v, "AUD", "million", half(v, 1),
  [ev(DAILY, "finished the year with annualised recurring revenue of A$298.4 million"), ev(DAILY, "Tamberlo's recurring revenue base remains far larger at A$436.0 million of ARR")],
  ["derived", "computation", K, "tamberlo", "article"], [DAILY])
p("21", "What underlying EBITDA did Kestrelyn make in the second half alone?",
  "A$29.1 million in the second half (A$51.5 million for the full year).",
  "currency", 29.1, "AUD", "million", half(29.1, 1),
  [ev(WIRE, "Second-half underlying EBITDA was A$29.1 million.")], ["qualifier", "lookup", K, "article"], [WIRE])
p("22", "On Calder Pike's numbers, what multiple of fiscal 2027 revenue is Kestrelyn's enterprise value?",
  "4.1 times fiscal 2027 EV to revenue (Tamberlo: 4.6 times).",
  "ratio", 4.1, "ratio", None, half(4.1, 1),
  [ev(NOTE, "Kestrelyn trades on 4.1 times fiscal 2027 enterprise value to revenue, against 4.6 times for Tamberlo")], ["kind", "lookup", K, "article", "analyst"], [NOTE])
p("23", "On its retention measure, what did Kestrelyn's existing customers spend over the year as a percentage of what they spent a year earlier?",
  "Net revenue retention was 112% (up from 109%).",
  "percent", 112, "percent", None, half(112, 0),
  [ev(TRADE, "Net revenue retention - the measure of how much more existing customers spend each year - was 112%, up from 109%.")],
  ["paraphrase", "lookup", K, "article"], [TRADE])
p("24", "What underlying EBITDA range has Tamberlo guided to for fiscal 2027?",
  "A$95 million to A$100 million of underlying EBITDA.",
  "range", [95, 100], "AUD", "million", half([95, 100], 0),
  [ev(DAILY, "Tamberlo guided to fiscal 2027 underlying EBITDA of A$95 million to A$100 million")], ["qualifier", "lookup", "tamberlo", "article"], [DAILY])
p("25", "Expressed in US dollars, what full-year revenue did the newswire report for Kestrelyn?",
  "US$177.9 million, the wire's conversion of A$269.5 million.",
  "currency", 177.9, "USD", "million", half(177.9, 1),
  [ev(WIRE, "reported full-year revenue of A$269.5 million (US$177.9 million) for fiscal 2026")], ["qualifier", "kind", "lookup", K, "article"], [WIRE])
p("26", "How many clients does Tamberlo serve?",
  "2,930 customers (against Kestrelyn's 1,846).",
  "count", 2930, "count", None, 0,
  [ev(DAILY, "it serves 2,930 customers against Kestrelyn's 1,846")], ["paraphrase", "lookup", "tamberlo", "article"], [DAILY])
p("27", "What gross margin did Kestrelyn achieve in the second half of fiscal 2026, as opposed to the full year?",
  "74.5% in the second half (74.0% for the full year).",
  "percent", 74.5, "percent", None, half(74.5, 1),
  [ev(TRADE, "Kestrelyn's gross margin for the full year was 74.0%, and 74.5% in the second half.")], ["qualifier", "lookup", K, "article"], [TRADE])
v = rnd(436.0 / 1.089, 1)
CHECKS.append(("p28", v, 436.0 / 1.089))
p("28", "From its reported growth rate, about how much ARR did Tamberlo have a year before the end of fiscal 2026? A$ millions.",
  f"Tamberlo's ARR a year earlier was about A${v} million, working back from 8.9% growth to this year's figure.",
  "currency", v, "AUD", "million", 0.002,
  [ev(DAILY, "A$436.0 million of ARR, up 8.9%")], ["derived", "computation", "tamberlo", "article"], [DAILY])


# ----------------------------------------------------------------------------- checks
def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main():
    reader = PdfReader(str(HERE / PDF))
    plain = {i + 1: norm(pg.extract_text()) for i, pg in enumerate(reader.pages)}
    layout = {i + 1: norm(pg.extract_text(extraction_mode="layout")) for i, pg in enumerate(reader.pages)}
    txt = {n: norm((HERE / n).read_text(encoding="utf-8")) for n in (WIRE, DAILY, TRADE, NOTE)}
    bad = 0
    for r in M + P:
        for e in r["evidence"]:
            qn = norm(e["quote"])
            if e["doc"] == PDF:
                okp, okl = qn in plain[e["page"]], qn in layout[e["page"]]
                if not (okp and okl):
                    bad += 1
                    print("QUOTE MISSING", r["id"], e["page"], okp, okl, e["quote"])
            elif qn not in txt[e["doc"]]:
                bad += 1
                print("QUOTE MISSING", r["id"], e["doc"], e["quote"])
        for d in r["documents"]:
            assert (HERE / d).is_file(), d
    for id_, gold, raw in CHECKS:
        assert abs(gold - raw) <= 0.0500001, (id_, gold, raw)  # rounded half-up from the raw value
    ids = [r["id"] for r in M + P]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(("s34m-c-", "s34p-c-")) for i in ids)
    mp, pp = DATA / "filings_metrics_synth34c.jsonl", DATA / "prose_questions_synth34c.jsonl"
    for path, rows in ((mp, M), (pp, P)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from eval.datasets import load_dataset
    from eval.scoring import score_answer
    for path, rows in ((mp, M), (pp, P)):
        d = load_dataset(path)
        assert len(d.questions) == len(rows), path
        assert not d.missing_documents, d.missing_documents
        for q in d.questions:
            s = score_answer(q, q.answer)
            if getattr(s, "verdict", None) != "right":
                bad += 1
                print("SCORE", q.id, s)
        print(path.name, len(d.questions), "questions load; all documents found")
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
