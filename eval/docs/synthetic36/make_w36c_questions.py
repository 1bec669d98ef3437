# Long on purpose: generated test data.
"""Writer C, blind pair 36: writes eval/data/filings_metrics_synth36c.jsonl and
eval/data/prose_questions_synth36c.jsonl from the figures of make_w36c.py, then self-checks them:
every quote on its page (pypdf, both extraction modes) or in its .txt, every computed gold recomputed
from the figures in its own quotes, load_dataset and score_answer on every question.

Run from the worktree root, after make_w36c.py:
    PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic36/make_w36c_questions.py
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_w36c as G  # noqa: E402

from eval.datasets import load_dataset  # noqa: E402
from eval.scoring import score_answer  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "data"
PDF = G.PDF_NAME
WIRE, DAILY, TRADE, NOTE = G.TXT_NAMES
F = G.build()
S = F["stats"]


def r(x, places="0.1"):
    return D(x).quantize(D(places), rounding=ROUND_HALF_UP)


def half_tol(value: D, decimals: int) -> float:
    """Half a unit of the last digit, relative to the value."""
    return round(0.5 * 10 ** -decimals / abs(float(value)), 6)


def ev(doc: str, quote: str, page: int | None = None) -> dict:
    e = {"doc": doc}
    if page is not None:
        e.update(page=page, pages=[page])
    e["quote"] = quote
    return e


METRICS: list[dict] = []
PROSE: list[dict] = []
CALCS: dict[str, tuple] = {}  # id -> (function of the last figure of each quote, places)


def add(rows, id_, question, answer, type_, value, unit, scale, tol, evidence, tags, docs=None, calc=None):
    row = {"id": id_, "question": question, "answer": answer, "type": type_,
           "value": None if value is None else ([float(value[0]), float(value[1])] if isinstance(value, tuple)
                                                 else float(value)),
           "unit": unit, "scale": scale, "tolerance": tol, "evidence": evidence, "tags": tags,
           "documents": docs or list(dict.fromkeys(e["doc"] for e in evidence))}
    rows.append(row)
    if calc is not None:
        CALCS[id_] = calc


def m(id_, *a, **k):
    add(METRICS, "s36m-c-" + id_, *a, **k)


def p(id_, *a, **k):
    add(PROSE, "s36p-c-" + id_, *a, **k)


REV, OPEX, A, L, E = G.REV, G.OPEX, F["bs_a"], F["bs_l"], F["bs_e"]
tr, to, oi = F["total_rev"], F["total_opex"], F["op_inc"]
TV = ["tervassa"]

# ============================================================================ metric questions
# --- lookups: statement lines in different columns
v = REV["Passenger"]["q26"]
m("passenger-rev-q3-2026", "How much passenger revenue did Tervassa Air Group record in the third quarter of 2026 "
  "(three months ended September 30, 2026)? Answer in USD millions, one decimal.",
  f"${v:,} million (Passenger, three months ended September 30, 2026, statement of operations p. 2).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "Passenger $ 1,071.4", 2)], ["lookup"] + TV)
v = REV["Loyalty program"]["n25"]
m("loyalty-rev-9m-2025", "What did Tervassa's loyalty program revenue amount to for the nine months ended September 30, "
  "2025, the prior-year year-to-date column? USD millions.",
  f"${v} million (Loyalty program, nine months ended September 30, 2025, p. 2).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "Loyalty program 86.3 74.1 248.9 214.6", 2)],
  ["lookup"] + TV)
v = OPEX["Salaries, wages and benefits"]["q25"]
m("salaries-q3-2025", "In the third quarter of 2025, how much did Tervassa spend on salaries, wages and benefits, "
  "according to its Q3 2026 results release? Give USD millions to one decimal.",
  f"${v} million (Salaries, wages and benefits, three months ended September 30, 2025, p. 2).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "Salaries, wages and benefits 362.4 318.9", 2)],
  ["lookup"] + TV)
v = to["n26"]
m("total-opex-9m-2026", "What were Tervassa's total operating expenses for the first nine months of 2026?",
  f"${v:,} million (Total operating expenses, nine months ended September 30, 2026, p. 2).",
  "currency", v, "USD", "million", half_tol(v, 1),
  [ev(PDF, "Total operating expenses 1,121.6 1,022.4 3,213.1", 2)], ["lookup"] + TV)
v = F["eps_d"]["q26"]
m("diluted-eps-q3-2026", "What GAAP diluted earnings per share did Tervassa report for the third quarter of 2026, in US dollars?",
  f"${v} per diluted share (GAAP, three months ended September 30, 2026, p. 2).",
  "currency", v, "USD", None, half_tol(v, 2), [ev(PDF, "Diluted $ 0.37", 2)], ["lookup"] + TV)
v = F["adj_eps"]["q25"]
m("adj-eps-q3-2025", "What was Tervassa's adjusted (non-GAAP) diluted EPS in the prior-year quarter, the three months "
  "ended September 30, 2025? Two decimals.",
  f"${v} per diluted share (Adjusted diluted EPS, three months ended September 30, 2025, reconciliation p. 4).",
  "currency", v, "USD", None, half_tol(v, 2),
  [ev(PDF, "Adjusted diluted EPS (non-GAAP) $ 0.48 $ 0.50", 4)], ["lookup"] + TV)
v = F["adj_pretax"]["n26"]
m("adj-pretax-9m-2026", "How much adjusted pre-tax income (non-GAAP) did Tervassa earn year to date through September "
  "30, 2026? USD millions, one decimal.",
  f"${v} million (Adjusted pre-tax income, nine months ended September 30, 2026, p. 4).",
  "currency", v, "USD", "million", half_tol(v, 1),
  [ev(PDF, "Adjusted pre-tax income (non-GAAP) $ 69.3 $ 72.4 $ 127.2", 4)], ["lookup"] + TV)
v = S["lf"]["q26"]
m("load-factor-q3-2026", "What load factor did Tervassa fly in the third quarter of 2026? Percent, one decimal.",
  f"{v}% (Load factor, three months ended September 30, 2026, operating statistics p. 3).",
  "percent", v, "percent", None, half_tol(v, 1), [ev(PDF, "Load factor (%) 84.9", 3)], ["lookup"] + TV)
v = S["casmx"]["n25"]
m("casmx-9m-2025", "What was Tervassa's CASM excluding fuel and special items for the nine months ended September 30, "
  "2025, in cents?",
  f"{v} cents (CASM-ex, nine months ended September 30, 2025, p. 3).",
  "ratio", v, "cents", None, half_tol(v, 2),
  [ev(PDF, "CASM excluding fuel and special items (CASM-ex) 7.83 7.75 1.0% 8.08 8.02", 3)], ["lookup", "unit_cost"] + TV)
v = S["trasm"]["q26"]
m("trasm-q3-2026", "What total revenue per available seat mile (TRASM) did Tervassa report for Q3 2026, in cents?",
  f"{v} cents (TRASM, three months ended September 30, 2026, p. 3).",
  "ratio", v, "cents", None, half_tol(v, 2), [ev(PDF, "Total revenue per ASM (TRASM) 12.12", 3)],
  ["lookup", "unit_revenue"] + TV)
v = S["gallons"]["n26"]
m("fuel-gallons-9m-2026", "How many gallons of jet fuel did Tervassa consume in the nine months ended September 30, "
  "2026? Millions of gallons, one decimal.",
  f"{v} million gallons (Fuel gallons consumed, nine months ended September 30, 2026, p. 3).",
  "count", v, None, "million", half_tol(v, 1),
  [ev(PDF, "Fuel gallons consumed (millions) 131.8 121.4 8.6% 378.5", 3)], ["lookup", "operating_stat"] + TV)
v = S["fuelpx"]["q25"]
m("fuel-price-q3-2025", "What average price per gallon did Tervassa pay for fuel in the third quarter of 2025?",
  f"${v} per gallon (Average fuel cost per gallon, three months ended September 30, 2025, p. 3).",
  "currency", v, "USD", None, half_tol(v, 2), [ev(PDF, "Average fuel cost per gallon ($) 2.57 2.73", 3)],
  ["lookup", "operating_stat"] + TV)
v = S["fleet"]["q26"]
m("fleet-sep-2026", "How many aircraft did Tervassa have in service at the end of September 2026?",
  f"{v} aircraft in service at September 30, 2026 (p. 3).",
  "count", v, "count", None, 0, [ev(PDF, "Aircraft in service at period end 142", 3)], ["lookup", "operating_stat"] + TV)
v = S["departures"]["q26"]
m("departures-q3-2026", "How many departures did Tervassa operate in the July-September 2026 quarter?",
  f"{int(v):,} departures (three months ended September 30, 2026, p. 3).",
  "count", v, "count", None, 0, [ev(PDF, "Departures 41,206", 3)], ["lookup", "operating_stat"] + TV)
v = A["Cash and cash equivalents"][1]
m("cash-dec-2025", "What cash and cash equivalents did Tervassa hold at December 31, 2025? USD millions, one decimal.",
  f"${v} million (Cash and cash equivalents, December 31, 2025 column, balance sheet p. 5).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "Cash and cash equivalents $ 794.0 $ 744.9", 5)],
  ["lookup", "balance_sheet"] + TV)
v = L["Air traffic liability"][0]
m("atl-sep-2026", "What was the air traffic liability on Tervassa's balance sheet at September 30, 2026?",
  f"${v} million (Air traffic liability, September 30, 2026, p. 5).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "Air traffic liability 602.3", 5)],
  ["lookup", "balance_sheet"] + TV)
v = L["Long-term debt and finance leases, net"][0]
m("ltd-noncurrent-sep-2026", "What was the noncurrent line 'Long-term debt and finance leases, net' at September 30, "
  "2026 (excluding current maturities)? USD millions, one decimal.",
  f"${v:,} million (Long-term debt and finance leases, net, September 30, 2026, p. 5).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "Long-term debt and finance leases, net 2,418.9", 5)],
  ["lookup", "balance_sheet"] + TV)
v = F["liquidity"]
m("liquidity-sep-2026", "What total liquidity did Tervassa report at September 30, 2026, including its undrawn "
  "revolver? USD millions, one decimal.",
  f"${v:,} million of total liquidity at September 30, 2026 (p. 6).",
  "currency", v, "USD", "million", half_tol(v, 1), [ev(PDF, "total liquidity was $1,499.6 million", 6)],
  ["lookup", "liquidity"] + TV)
v = G.G_CASMX
m("guide-casmx-q4-2026", "What CASM-ex range, in cents, does Tervassa guide for the fourth quarter of 2026?",
  f"{v[0]} to {v[1]} cents (fourth quarter 2026 guidance, p. 6).",
  "range", v, "cents", None, half_tol(v[0], 2), [ev(PDF, "CASM-ex (cents) 7.95 to 8.15", 6)], ["lookup", "guidance"] + TV)
v = G.G_CAP
m("guide-capacity-q4-2026", "By how much does Tervassa expect fourth-quarter 2026 capacity (ASMs) to grow year over "
  "year? Give the range in percent, one decimal.",
  f"Up {v[0]}% to {v[1]}% year over year (fourth quarter 2026 guidance, p. 6).",
  "range", v, "percent", None, half_tol(v[0], 1),
  [ev(PDF, "Capacity (ASMs), change year over year up 8.0% to 10.0%", 6)], ["lookup", "guidance"] + TV)
v = G.G_FUEL
m("guide-fuel-q4-2026", "What fuel price per gallon does Tervassa assume in its fourth-quarter 2026 guidance?",
  f"${v} per gallon (economic fuel cost assumption, Q4 2026 guidance, p. 6).",
  "currency", v, "USD", None, half_tol(v, 2), [ev(PDF, "Economic fuel cost per gallon $2.48", 6)],
  ["lookup", "guidance"] + TV)

# --- computed
v = r(oi["n26"] / tr["n26"] * 100)
m("op-margin-9m-2026", "What was Tervassa's operating margin (operating income divided by total operating revenue) for "
  "the nine months ended September 30, 2026? Percent, one decimal.",
  f"{v}%: operating income of $149.7 million divided by total operating revenue of $3,362.8 million "
  f"(nine months 2026, p. 2).",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(PDF, "Operating income 71.0 86.1 149.7", 2), ev(PDF, "Total operating revenue $ 1,192.6 $ 1,108.5 $ 3,362.8", 2)],
  ["margin"] + TV, calc=(lambda a, b: a / b * 100, "0.1"))
v = r(F["pretax"]["q25"] / tr["q25"] * 100)
m("pretax-margin-q3-2025", "What was Tervassa's pre-tax margin, income before income taxes as a share of total "
  "operating revenue, in the third quarter of 2025? Percent to one decimal.",
  f"{v}%: income before income taxes of $72.4 million over total operating revenue of $1,108.5 million "
  f"(three months ended September 30, 2025, p. 2).",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(PDF, "Income before income taxes 53.7 72.4", 2), ev(PDF, "Total operating revenue $ 1,192.6 $ 1,108.5", 2)],
  ["margin"] + TV, calc=(lambda a, b: a / b * 100, "0.1"))
v = r((REV["Passenger"]["q26"] / REV["Passenger"]["q25"] - 1) * 100)
m("passenger-rev-growth-q3", "By what percentage did Tervassa's passenger revenue grow in Q3 2026 versus Q3 2025? "
  "One decimal.",
  f"{v}%: passenger revenue rose to $1,071.4 million from $1,002.8 million (p. 2).",
  "percent", v, "percent", None, half_tol(v, 1), [ev(PDF, "Passenger $ 1,071.4 $ 1,002.8", 2)],
  ["growth"] + TV, calc=(None, "0.1"))
v = r((REV["Loyalty program"]["n26"] / REV["Loyalty program"]["n25"] - 1) * 100)
m("loyalty-growth-9m", "How fast did loyalty program revenue grow in the first nine months of 2026 compared with the "
  "first nine months of 2025? Percent, one decimal.",
  f"{v}%: $248.9 million against $214.6 million (nine-month columns, p. 2).",
  "percent", v, "percent", None, half_tol(v, 1), [ev(PDF, "Loyalty program 86.3 74.1 248.9 214.6", 2)],
  ["growth"] + TV, calc=(None, "0.1"))
v = r(REV["Loyalty program"]["q26"] / tr["q26"] * 100)
m("loyalty-share-q3-2026", "What share of Tervassa's total operating revenue came from the loyalty program in the "
  "third quarter of 2026? Percent, one decimal.",
  f"{v}% of total operating revenue: loyalty program revenue of $86.3 million out of $1,192.6 million (p. 2).",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(PDF, "Loyalty program 86.3", 2), ev(PDF, "Total operating revenue $ 1,192.6", 2)],
  ["defined", "share"] + TV, calc=(lambda a, b: a / b * 100, "0.1"))
v = r(OPEX["Aircraft fuel"]["q26"] / to["q26"] * 100)
m("fuel-share-opex-q3-2026", "Aircraft fuel made up what percentage of Tervassa's total operating expenses in the "
  "third quarter of 2026? Round to one decimal.",
  f"{v}%: aircraft fuel of $338.6 million divided by total operating expenses of $1,121.6 million (p. 2).",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(PDF, "Aircraft fuel 338.6", 2), ev(PDF, "Total operating expenses 1,121.6", 2)],
  ["defined", "share"] + TV, calc=(lambda a, b: a / b * 100, "0.1"))
v = r(F["tca"][0] / F["tcl"][0], "0.01")
m("current-ratio-sep-2026", "What was Tervassa's current ratio (total current assets divided by total current "
  "liabilities) at September 30, 2026? Two decimals.",
  f"{v}: total current assets of $1,326.0 million divided by total current liabilities of $1,836.7 million (p. 5).",
  "ratio", v, "ratio", None, half_tol(v, 2),
  [ev(PDF, "Total current assets 1,326.0", 5), ev(PDF, "Total current liabilities 1,836.7", 5)],
  ["ratio", "balance_sheet"] + TV, calc=(lambda a, b: a / b, "0.01"))
v = r(F["debt"][1] / F["te"][1], "0.01")
m("debt-to-equity-dec-2025", "Define debt-to-equity as current maturities of long-term debt and finance leases plus "
  "long-term debt and finance leases, net, divided by total stockholders' equity. What was it for Tervassa at December "
  "31, 2025? Two decimals.",
  f"{v}: debt of $2,510.8 million ($254.1 million current plus $2,256.7 million long-term) divided by "
  f"stockholders' equity of $1,193.7 million at December 31, 2025 (p. 5).",
  "ratio", v, "ratio", None, half_tol(v, 2),
  [ev(PDF, "Current maturities of long-term debt and finance leases 286.4 254.1", 5),
   ev(PDF, "Long-term debt and finance leases, net 2,418.9 2,256.7", 5),
   ev(PDF, "Total stockholders' equity 1,267.4 1,193.7", 5)],
  ["ratio", "defined", "balance_sheet"] + TV, calc=(lambda a, b, c: (a + b) / c, "0.01"))
v = F["debt"][0] - A["Cash and cash equivalents"][0] - A["Short-term investments"][0]
m("net-debt-sep-2026", "Taking net debt as current maturities of long-term debt and finance leases plus long-term debt "
  "and finance leases, net, less cash and cash equivalents and short-term investments, what was Tervassa's net debt at "
  "September 30, 2026? USD millions, one decimal.",
  f"${v:,} million: $286.4 million plus $2,418.9 million of debt, less $794.0 million of cash and $305.6 million of "
  f"short-term investments (p. 5).",
  "currency", v, "USD", "million", half_tol(v, 1),
  [ev(PDF, "Current maturities of long-term debt and finance leases 286.4", 5),
   ev(PDF, "Long-term debt and finance leases, net 2,418.9", 5),
   ev(PDF, "Cash and cash equivalents $ 794.0", 5), ev(PDF, "Short-term investments 305.6", 5)],
  ["defined", "balance_sheet", "multi_step"] + TV, calc=(lambda a, b, c, d: a + b - c - d, "0.1"))
v = r(F["tax"]["n26"] / F["pretax"]["n26"] * 100)
m("etr-9m-2026", "What was Tervassa's effective tax rate (provision for income taxes divided by income before income "
  "taxes) for the nine months ended September 30, 2026? Percent, one decimal.",
  f"{v}%: a $24.5 million provision on $104.3 million of pre-tax income (nine months 2026, p. 2).",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(PDF, "Provision for income taxes 12.6 17.0 24.5", 2), ev(PDF, "Income before income taxes 53.7 72.4 104.3", 2)],
  ["defined", "ratio"] + TV, calc=(lambda a, b: a / b * 100, "0.1"))
v = r(OPEX["Salaries, wages and benefits"]["q26"] * 1_000_000 / S["block"]["q26"], "1")
m("labor-per-block-hour-q3-2026", "Dividing salaries, wages and benefits by block hours, what did Tervassa spend on "
  "labor per block hour in the third quarter of 2026? US dollars, to the nearest dollar.",
  f"About ${v:,} per block hour (salaries, wages and benefits divided by block hours, pp. 2-3).",
  "currency", v, "USD", None, half_tol(v, 0),
  [ev(PDF, "Salaries, wages and benefits 362.4", 2), ev(PDF, "Block hours 128,430", 3)],
  ["defined", "multi_step"] + TV, calc=(lambda a, b: a * 1_000_000 / b, "1"))
v = F["adj_eps"]["q26"] - F["eps_d"]["q26"]
m("adj-minus-gaap-eps-q3-2026", "How much higher was Tervassa's adjusted diluted EPS than its GAAP diluted EPS in the "
  "third quarter of 2026, in dollars per share?",
  f"Adjusted diluted EPS was ${v} per share higher than GAAP diluted EPS (0.48 less 0.37, p. 4).",
  "currency", v, "USD", None, half_tol(v, 2),
  [ev(PDF, "Adjusted diluted EPS (non-GAAP) $ 0.48", 4), ev(PDF, "Diluted EPS (GAAP) $ 0.37", 4)],
  ["difference", "multi_step"] + TV, calc=(lambda a, b: a - b, "0.01"))
v = F["tca"][0] - F["tcl"][0]
m("working-capital-sep-2026", "What was Tervassa's working capital (total current assets minus total current "
  "liabilities) at September 30, 2026? USD millions, one decimal.",
  f"Negative ${abs(v)} million (total current assets less total current liabilities, p. 5).",
  "currency", v, "USD", "million", half_tol(v, 1),
  [ev(PDF, "Total current assets 1,326.0", 5), ev(PDF, "Total current liabilities 1,836.7", 5)],
  ["working_capital", "balance_sheet"] + TV, calc=(lambda a, b: a - b, "0.1"))

# --- refusals
REF = "The documents don't say: "
m("refusal-q4-2025-revenue", "What total operating revenue did Tervassa report for the fourth quarter of 2025 (three "
  "months ended December 31, 2025)?",
  REF + "the Q3 2026 release gives revenue only for the three and nine months ended September 30 of 2026 and 2025; "
  "no fourth-quarter 2025 or full-year 2025 figure is given.",
  "refusal", None, None, None, None, [], ["refusal", "period_not_covered"] + TV, docs=[PDF])
m("refusal-cargo-revenue", "How much cargo revenue did Tervassa earn in the third quarter of 2026?",
  REF + "Tervassa does not report cargo revenue separately; its revenue lines are passenger, loyalty program and "
  "other.",
  "refusal", None, None, None, None, [], ["refusal", "item_not_reported", "nearest_trap"] + TV, docs=[PDF])
m("refusal-q4-eps-guidance", "What adjusted EPS does Tervassa guide for the fourth quarter of 2026?",
  REF + "Tervassa's fourth-quarter 2026 guidance covers capacity, TRASM, CASM-ex, the fuel price and the tax rate, "
  "but gives no earnings-per-share guidance.",
  "refusal", None, None, None, None, [], ["refusal", "nearest_trap", "guidance"] + TV, docs=[PDF])
m("refusal-stage-length", "What was Tervassa's average stage length in the third quarter of 2026?",
  REF + "the operating statistics list ASMs, RPMs, load factor, departures, block hours, unit revenue and cost, fuel "
  "and fleet, but no average stage length.",
  "refusal", None, None, None, None, [], ["refusal", "item_not_reported"] + TV, docs=[PDF])
m("refusal-cash-sep-2025", "How much cash and cash equivalents did Tervassa hold at September 30, 2025?",
  REF + "the balance sheet compares September 30, 2026 with December 31, 2025 only; there is no September 30, 2025 "
  "balance.",
  "refusal", None, None, None, None, [], ["refusal", "period_not_covered", "nearest_trap"] + TV, docs=[PDF])

# ============================================================================ prose questions
DMT = ["dunmarrow"]
TVA = ["tervassa", "article"]
p("01", "How much did Tervassa bring in during the July-to-September 2026 quarter, according to the wire report?",
  "$1.19 billion of revenue in the third quarter of 2026.",
  "currency", D("1.19"), "USD", "billion", half_tol(D("1.19"), 2),
  [ev(WIRE, "Revenue rose 7.6% to $1.19 billion")], ["paraphrase", "lookup"] + TVA)
p("02", "Excluding special items, what did Tervassa earn per share in the third quarter of 2026, in US dollars?",
  "$0.48 per share on an adjusted basis, excluding special items and the debt-redemption charge.",
  "currency", D("0.48"), "USD", None, half_tol(D("0.48"), 2),
  [ev(WIRE, "Excluding special items and a debt-redemption charge, Tervassa earned 48 cents a share")],
  ["qualifier", "lookup"] + TVA)
p("03", "What was Tervassa's reported (GAAP) net income for the third quarter of 2026, in USD millions?",
  "$41.1 million.",
  "currency", D("41.1"), "USD", "million", half_tol(D("41.1"), 1),
  [ev(WIRE, "its third-quarter net income fell to $41.1 million")], ["qualifier", "lookup"] + TVA)
p("04", "Before it raised its outlook in October 2026, what full-year adjusted EPS range had Dunmarrow forecast?",
  "$6.10 to $6.50 a share, the range it had given previously.",
  "range", (D("6.10"), D("6.50")), "USD", None, half_tol(D("6.10"), 2),
  [ev(WIRE, "from $6.10 to $6.50 previously")], ["qualifier", "lookup"] + DMT + ["article"])
p("05", "After the October 2026 revision, what full-year adjusted earnings per share does Dunmarrow now expect?",
  "$6.40 to $6.70 a share.",
  "range", (D("6.40"), D("6.70")), "USD", None, half_tol(D("6.40"), 2),
  [ev(WIRE, "Dunmarrow raised its full-year adjusted profit forecast to $6.40 to $6.70 a share")],
  ["qualifier", "lookup"] + DMT + ["article"])
p("06", "What was Dunmarrow's load factor in the third quarter of 2026?",
  "85.2%.",
  "percent", D("85.2"), "percent", None, half_tol(D("85.2"), 1),
  [ev(TRADE, "Its load factor was 85.2% and TRASM was 17.36 cents, down 0.8%")], ["kind", "lookup"] + DMT + ["article"])
p("07", "How much capacity growth did Dunmarrow have in the third quarter of 2026, in percent?",
  "3.5% capacity growth in the quarter.",
  "percent", D("3.5"), "percent", None, half_tol(D("3.5"), 1),
  [ev(TRADE, "CASM-ex rose 2.4% to 13.21 cents in the quarter on capacity growth of 3.5%")],
  ["kind", "lookup"] + DMT + ["article"])
p("08", "What did Dunmarrow take in per available seat mile, all revenue counted, in the third quarter? In cents.",
  "17.36 cents (TRASM).",
  "ratio", D("17.36"), "cents", None, half_tol(D("17.36"), 2),
  [ev(TRADE, "TRASM was 17.36 cents")], ["paraphrase", "kind", "lookup"] + DMT + ["article"])
p("09", "What was Tervassa's year-to-date net income through September 2026?",
  "$79.8 million for the first nine months of 2026.",
  "currency", D("79.8"), "USD", "million", half_tol(D("79.8"), 1),
  [ev(DAILY, "Its year-to-date net income rose to $79.8 million")], ["qualifier", "lookup"] + TVA)
p("10", "How much revenue has Dunmarrow generated so far in 2026, through the first nine months? USD billions, two "
  "decimals.",
  "$19.37 billion year to date.",
  "currency", D("19.37"), "USD", "billion", half_tol(D("19.37"), 2),
  [ev(DAILY, "Dunmarrow, by contrast, has taken in $19.37 billion of revenue year to date")],
  ["paraphrase", "qualifier", "lookup"] + DMT + ["article"])
v = r(G.DM["rev_b"] / (1 + G.DM["rev_g"] / 100), "0.01")
p("11", "From the growth rate given, roughly what was Dunmarrow's revenue in the third quarter of 2025? USD billions, "
  "two decimals.",
  f"About ${v} billion: $6.84 billion divided by 1.041.",
  "currency", v, "USD", "billion", 0.002,
  [ev(WIRE, "Quarterly revenue climbed 4.1% to a record $6.84 billion")],
  ["derived", "computation"] + DMT + ["article"], calc=(lambda f: f[-1] / (1 + f[0] / 100), "0.01", "all"))
v = r(G.PILOT_BONUS * 1_000_000 / G.PILOTS, "1")
p("12", "On average, how much of the ratification bonus did each Tervassa pilot receive? Nearest dollar.",
  f"On average about ${v:,} per pilot (the $11.3 million bonus divided among 1,410 pilots).",
  "currency", v, "USD", None, 0.005,
  [ev(DAILY, "a one-time ratification bonus of $11.3 million"), ev(DAILY, "paid to Tervassa's 1,410 pilots")],
  ["derived", "computation"] + TVA, calc=(lambda a, b: a * 1_000_000 / b, "1"))
p("13", "Roughly how many people work for Tervassa?",
  "About 7,900 people.",
  "count", D(7900), "count", None, 0.0001,
  [ev(DAILY, "Tervassa, which employs about 7,900 people")], ["paraphrase", "lookup"] + TVA)
v = G.DM["casmx"] - S["casmx"]["q26"]
p("14", "In the third quarter of 2026, how many cents per available seat mile higher were Dunmarrow's unit costs "
  "excluding fuel and special items than Tervassa's?",
  f"{v} cents: 13.21 less 7.83 cents.",
  "ratio", v, "cents", None, half_tol(v, 2),
  [ev(TRADE, "CASM-ex rose 2.4% to 13.21"), ev(TRADE, "excluding fuel and special items came in at 7.83")],
  ["derived", "computation", "paraphrase"] + TVA + DMT, calc=(lambda a, b: a - b, "0.01"))
p("15", "What fourth-quarter 2026 CASM-ex range had Tervassa given in July, before it trimmed the top of the range? In "
  "cents.",
  "7.95 to 8.25 cents, the July range.",
  "range", G.OLD_CASMX, "cents", None, half_tol(G.OLD_CASMX[0], 2),
  [ev(TRADE, "trimming the top of the 7.95-to-8.25-cent range it gave in July")], ["qualifier", "lookup"] + TVA)
p("16", "What did Tervassa pay on average per gallon of jet fuel in the third quarter of 2026?",
  "$2.57 a gallon on average.",
  "currency", D("2.57"), "USD", None, half_tol(D("2.57"), 2),
  [ev(TRADE, "The carrier burned 131.8 million gallons of jet fuel in the quarter at an average $2.57 a gallon")],
  ["kind", "qualifier", "lookup"] + TVA)
p("17", "How many planes does Tervassa expect to have at the end of 2026?",
  "143 aircraft at year-end 2026.",
  "count", D(143), "count", None, 0,
  [ev(TRADE, "for a year-end fleet of 143")], ["paraphrase", "lookup"] + TVA)
p("18", "Where did Hollowbrook Securities set its new price target for Tervassa shares?",
  "$17 a share, cut from $19.",
  "currency", D("17"), "USD", None, half_tol(D("17"), 0),
  [ev(NOTE, "cut her price target on Tervassa Air Group to $17 from $19")], ["qualifier", "lookup"] + TVA)
v = r((G.HB["tv_pt_new"] / G.TV_CLOSE - 1) * 100)
p("19", "How much upside does Hollowbrook's new Tervassa price target imply over the October 21, 2026 closing price? "
  "Percent, one decimal.",
  f"{v}%: a $17 target against a $14.62 close.",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(NOTE, "cut her price target on Tervassa Air Group to $17"), ev(WIRE, "Tervassa shares fell 3.8% to close at $14.62")],
  ["derived", "computation"] + TVA, calc=(lambda a, b: (a / b - 1) * 100, "0.1"))
p("20", "What is Hollowbrook's current estimate of Tervassa's adjusted EPS for 2026?",
  "$1.12 a share, lowered from $1.21.",
  "currency", D("1.12"), "USD", None, half_tol(D("1.12"), 2),
  [ev(NOTE, "lowered her 2026 adjusted earnings estimate for Tervassa to $1.12")], ["qualifier", "lookup"] + TVA)
v = r((F["ni"]["q25"] - F["ni"]["q26"]) / F["ni"]["q25"] * 100)
p("21", "By what percentage did Tervassa's third-quarter net income fall from a year earlier? One decimal.",
  f"{v}%: net income fell to $41.1 million from $55.4 million.",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(WIRE, "its third-quarter net income fell to $41.1 million, or 37 cents a share, from $55.4")],
  ["derived", "computation"] + TVA, calc=(lambda f: (f[2] - f[0]) / f[2] * 100, "0.1", "all"))
p("22", "What was Dunmarrow's GAAP net income, in dollars, for the third quarter of 2026?",
  REF + "the articles give Dunmarrow's GAAP earnings per share ($1.66), its adjusted EPS and its revenue, but not "
  "its net income in dollars.",
  "refusal", None, None, None, None, [ev(WIRE, "On a GAAP basis it earned $1.66 a share")],
  ["refusal", "unanswerable", "nearest_trap"] + DMT + ["article"])
p("23", "What CASM-ex range does Dunmarrow guide for the fourth quarter of 2026?",
  REF + "for the fourth quarter the articles give only Dunmarrow's capacity growth of 2% to 4% and its fuel "
  "assumption; no CASM-ex guidance.",
  "refusal", None, None, None, None,
  [ev(DAILY, "the carrier would keep capacity growth in the fourth quarter at 2.0% to 4.0%")],
  ["refusal", "unanswerable", "nearest_trap"] + DMT + ["article"])
p("24", "How much revenue, in dollars, does Tervassa expect for the fourth quarter of 2026?",
  REF + "Tervassa gives no fourth-quarter revenue figure in dollars, only unit revenue guidance (TRASM down 1% to "
  "3%) and capacity guidance.",
  "refusal", None, None, None, None,
  [ev(NOTE, "fourth-quarter guidance for TRASM to fall 1.0% to 3.0% year over year")],
  ["refusal", "unanswerable", "nearest_trap"] + TVA, docs=[NOTE, PDF])
p("25", "What 2027 adjusted EPS does Hollowbrook estimate for Dunmarrow?",
  REF + "Hollowbrook's 2027 estimate is given only for Tervassa; for Dunmarrow the note gives a 2026 estimate and a "
  "price target.",
  "refusal", None, None, None, None, [ev(NOTE, "and set a 2027 estimate of $1.55")],
  ["refusal", "unanswerable", "nearest_trap"] + DMT + ["article"])
p("26", "What share of its scheduled flights did Tervassa actually operate over the summer quarter?",
  "99.1% of scheduled flights were completed.",
  "percent", D("99.1"), "percent", None, half_tol(D("99.1"), 1),
  [ev(PDF, "completing 99.1% of scheduled flights", 1)], ["paraphrase", "lookup", "tervassa"])
p("27", "At what price did Tervassa stock close on the day it reported third-quarter 2026 results?",
  "$14.62 a share.",
  "currency", D("14.62"), "USD", None, half_tol(D("14.62"), 2),
  [ev(WIRE, "Tervassa shares fell 3.8% to close at $14.62 on Wednesday")], ["kind", "lookup"] + TVA)
p("28", "By what percentage did Tervassa's share price drop on results day?",
  "3.8%.",
  "percent", D("3.8"), "percent", None, half_tol(D("3.8"), 1),
  [ev(WIRE, "Tervassa shares fell 3.8%")], ["kind", "lookup"] + TVA)
v = r(G.DM["adj_eps"] / G.DM["adj_eps_py"] * 100 - 100)
p("29", "By how much did Dunmarrow's adjusted EPS grow year over year in the third quarter of 2026? Percent, one "
  "decimal.",
  f"{v}%: $1.92 a share against $1.71 a year earlier.",
  "percent", v, "percent", None, half_tol(v, 1),
  [ev(WIRE, "posted adjusted earnings of $1.92 a share for the July-September quarter, up from $1.71")],
  ["derived", "computation", "qualifier"] + DMT + ["article"], calc=(None, "0.1"))
v = r(D("1.19") / (D("1.19") + G.DM["rev_b"]) * 100)
p("30", "Of the two carriers' combined third-quarter 2026 revenue, what share was Tervassa's? Percent, one decimal.",
  f"{v}%: Tervassa's $1.19 billion out of a combined $8.03 billion ($1.19 billion plus Dunmarrow's $6.84 billion).",
  "percent", v, "percent", None, 0.004,
  [ev(WIRE, "Revenue rose 7.6% to $1.19"), ev(WIRE, "Quarterly revenue climbed 4.1% to a record $6.84")],
  ["derived", "computation", "share"] + TVA + DMT, calc=(lambda a, b: a / (a + b) * 100, "0.1"))


# ============================================================================ checks
def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def figures(quote: str) -> list[D]:
    out = []
    for tok in re.findall(r"\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?", quote):
        neg = tok.startswith("(") and tok.endswith(")")
        val = D(re.sub(r"[^\d.]", "", tok))
        out.append(-val if neg else val)
    return out


def check() -> None:
    reader = PdfReader(str(HERE / PDF))
    plain = [norm(pg.extract_text()) for pg in reader.pages]
    layout = [norm(pg.extract_text(extraction_mode="layout")) for pg in reader.pages]
    txt = {n: norm((HERE / n).read_text(encoding="utf-8")) for n in G.TXT_NAMES}
    n_quotes = 0
    for row in METRICS + PROSE:
        for e in row["evidence"]:
            qn = norm(e["quote"])
            if "page" in e:
                i = e["page"] - 1
                assert qn in plain[i], (row["id"], "plain", qn)
                assert qn in layout[i], (row["id"], "layout", qn)
            else:
                assert qn in txt[e["doc"]], (row["id"], qn)
            n_quotes += 1
    # computed golds from the figures of their own quotes (the last figure of each quote, or the last two of one)
    n_calc = 0
    for row in METRICS + PROSE:
        if row["id"] not in CALCS:
            continue
        fn, places, *how = CALCS[row["id"]]
        quotes = [e["quote"] for e in row["evidence"]]
        if fn is None:  # growth from the last two figures of one quote: (new, old)
            figs = figures(quotes[0])
            val = (figs[-2] / figs[-1] - 1) * 100
        elif how == ["all"]:  # every figure of the (one) quote, in order
            val = fn(figures(quotes[0]))
        else:
            val = fn(*[figures(q)[-1] for q in quotes])
        got = r(val, places)
        assert float(got) == row["value"], (row["id"], got, row["value"])
        n_calc += 1
    print(f"quotes ok: {n_quotes}; computed golds recomputed: {n_calc}")


def write() -> None:
    for rows, name in ((METRICS, "filings_metrics_synth36c.jsonl"), (PROSE, "prose_questions_synth36c.jsonl")):
        ids = [x["id"] for x in rows]
        assert len(ids) == len(set(ids))
        (DATA / name).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
        d = load_dataset(DATA / name)
        assert len(d.questions) == len(rows) and not d.missing_documents, d.missing_documents
        bad = []
        for q in d.questions:
            sc = score_answer(q, q.answer)
            if sc.verdict != "right":
                bad.append((q.id, sc.verdict, sc.reason))
        print(name, len(d.questions), "questions; score_answer not right:", bad or "none")


if __name__ == "__main__":
    check()
    write()
