# Long on purpose: generated test data.
"""Writer C, blind pair 35: writes filings_metrics_synth35c.jsonl and prose_questions_synth35c.jsonl from the
figures in make_w35c.py, then checks them (quotes on their pages in both pypdf modes, golds recomputed,
load_dataset, score_answer). Run from the worktree root with PYTHONPATH=.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
spec = importlib.util.spec_from_file_location("make_w35c", HERE / "make_w35c.py")
G = importlib.util.module_from_spec(spec)
sys.modules["make_w35c"] = G
spec.loader.exec_module(G)  # type: ignore[union-attr]
F, BS, N, ST, AN, r = G.F, G.BS, G.N, G.ST, G.AN, G.r
Q2, Q2P, H1, H1P = F["q2_26"], F["q2_25"], F["h1_26"], F["h1_25"]
b0, b1 = BS["dec25"], BS["jun26"]
PDF = G.PDF_NAME
WIRE, DAILY, TRADE, NOTE = G.TXT_WIRE, G.TXT_DAILY, G.TXT_TRADE, G.TXT_NOTE
ALL_DOCS = [PDF, WIRE, DAILY, TRADE, NOTE]


def fm(x: float, d: int = 1) -> str:
    return G.fm(x, d)


def fo(x: float) -> str:
    return G.fo(x)


def half(v: float, d: int) -> float:
    return round(0.5 * 10.0 ** (-d) / abs(v), 6)


def ev(doc: str, quote: str, page: int | None = None) -> dict:
    e = {"doc": doc, "quote": quote}
    if page is not None:
        e["page"] = page
        e["pages"] = [page]
    return e


def cols(*keys: str, d: int = 1, oz: bool = False, src=None) -> str:
    """cells of a four-column row up to the one used"""
    src = src or F
    out = []
    for k in ("q2_26", "q2_25", "h1_26", "h1_25"):
        v = src[k][keys[0]]
        out.append(fo(v) if oz else fm(v, d))
        if k == keys[1]:
            break
    return " ".join(out)


METRICS: list[dict] = []
PROSE: list[dict] = []


def add(dest: list, id_: str, question: str, answer: str, type_: str, value, unit, scale, tol, evidence, tags,
        documents=None) -> None:
    dest.append({
        "id": id_, "question": question, "answer": answer, "type": type_, "value": value, "unit": unit,
        "scale": scale, "tolerance": tol, "evidence": evidence, "tags": tags,
        "documents": documents or list(dict.fromkeys(e["doc"] for e in evidence)),
    })


def refusal(dest: list, id_: str, question: str, answer: str, tags, documents, trap=None) -> None:
    add(dest, id_, question, answer, "refusal", None, None, None, None, [], tags, documents)


M = "s35m-c-"
CO = "carrowvale"

# ------------------------------------------------------------------ metric lookups
def m_lookup(id_, question, answer, key, col, page, label, d=1, oz=False, unit="USD", scale="million", tags=(),
             src=None, value=None):
    src = src or F
    v = src[col][key] if value is None else value
    type_ = "count" if oz and unit == "count" else "currency"
    tol = 0 if type_ == "count" else half(v, d)
    quote = f"{label} {cols(key, col, d=d, oz=oz, src=src)}"
    add(METRICS, M + id_, question, answer, type_, v, unit, scale if type_ != "count" else None, tol,
        [ev(PDF, quote, page)], ["lookup", *tags, CO])


m_lookup("rev-q2-2026", "What revenue did Carrowvale Gold report for the second quarter of 2026 (three months ended "
         "June 30, 2026)? Answer in US$ millions to one decimal.",
         f"US${fm(Q2['rev'])} million (Revenue, Q2 2026 column, statement of earnings p. 3)", "rev", "q2_26", 3, "Revenue")
m_lookup("rev-h1-2025", "How much revenue did Carrowvale record in the first six months of 2025? US$ millions, one decimal.",
         f"US${fm(H1P['rev'])} million (Revenue, H1 2025 column, statement of earnings p. 3)", "rev", "h1_25", 3,
         "Revenue", tags=("prior_period",))
m_lookup("ne-h1-2026", "What were Carrowvale's net earnings for the six months ended June 30, 2026, in millions of US "
         "dollars?", f"US${fm(H1['ne'])} million (Net earnings, H1 2026 column, p. 3)", "ne", "h1_26", 3,
         "Net earnings")
m_lookup("diluted-eps-h1-2025", "What diluted net earnings per share did Carrowvale report for the first half of "
         "2025?", f"US${H1P['deps']:.2f} per diluted share (Diluted, H1 2025 column, statement of earnings p. 3)",
         "deps", "h1_25", 3, "Diluted", d=2, scale=None, tags=("per_share", "prior_period"))
m_lookup("pellatt-prod-h1-2025", "How many ounces of gold did the Pellatt Creek mine produce in the first half of "
         "2025?", f"{fo(H1P['prod_1'])} ounces (Pellatt Creek (Ontario), gold production, H1 2025 column, p. 2)",
         "prod_1", "h1_25", 2, "Pellatt Creek (Ontario)", oz=True, unit="count", tags=("ounces", "by_mine"))
m_lookup("kinsella-sold-q2-2026", "How many ounces of gold did Carrowvale sell from Kinsella in the second quarter "
         "of 2026?", f"{fo(Q2['sold_2'])} ounces sold (Kinsella (Manitoba) under Gold sales, Q2 2026, p. 2); Kinsella "
         f"produced {fo(Q2['prod_2'])} ounces, the production figure is not the one asked.",
         "sold_2", "q2_26", 2, "Kinsella (Manitoba)", oz=True, unit="count", tags=("ounces", "by_mine"))
m_lookup("realized-price-h1-2026", "What average realized gold price per ounce did Carrowvale get in the first half "
         "of 2026?", f"US${fo(H1['price'])} per ounce (Average realized gold price, H1 2026, highlights p. 1)",
         "price", "h1_26", 1, "Average realized gold price ($/oz)", oz=True, scale=None, d=0, tags=("per_ounce",))
m_lookup("aisc-q2-2025", "What were Carrowvale's all-in sustaining costs per ounce sold in Q2 2025?",
         f"US${fo(Q2P['aisc_oz'])} per ounce sold (AISC per ounce sold, Q2 2025 column, non-GAAP reconciliation p. 6)",
         "aisc_oz", "q2_25", 6, "AISC per ounce sold ($/oz)", oz=True, scale=None, d=0,
         tags=("per_ounce", "non_gaap", "prior_period"))
m_lookup("cash-cost-h1-2026", "What was Carrowvale's cash cost per ounce of gold sold for the six months to June 30, "
         "2026?", f"US${fo(H1['cash_cost_oz'])} per ounce sold (Cash costs per ounce sold, H1 2026, p. 6)",
         "cash_cost_oz", "h1_26", 6, "Cash costs per ounce sold ($/oz)", oz=True, scale=None, d=0,
         tags=("per_ounce", "non_gaap"))
m_lookup("adj-ne-h1-2025", "What adjusted net earnings did Carrowvale report for H1 2025? US$ millions, one decimal.",
         f"US${fm(H1P['adj_ne'])} million (Adjusted net earnings, H1 2025 column, p. 6)", "adj_ne", "h1_25", 6,
         "Adjusted net earnings", tags=("non_gaap", "prior_period"))
m_lookup("growth-capex-h1-2026", "How much did Carrowvale spend on growth capital expenditures in the first half of "
         "2026? Answer in US$ millions.", f"US${fm(H1['growth_capex'])} million (Growth capital expenditures, shown as "
         f"({fm(H1['growth_capex'])}), H1 2026, cash flow statement p. 5)", "growth_capex", "h1_26", 5,
         "Growth capital expenditures", tags=("cash_flow",), src={k: {"growth_capex": -F[k]["growth_capex"]} for k in F},
         value=H1["growth_capex"])
m_lookup("div-paid-h1-2025", "What amount of dividends did Carrowvale pay in the first half of 2025, in US dollars "
         "(millions)?", f"US${fm(H1P['div_paid'])} million (Dividends paid, shown as ({fm(H1P['div_paid'])}), H1 2025, "
         "cash flow statement p. 5)", "div_paid", "h1_25", 5, "Dividends paid", tags=("cash_flow", "prior_period"),
         src={k: {"div_paid": -F[k]["div_paid"]} for k in F}, value=H1P["div_paid"])


def bs_lookup(id_, question, answer, key, which, label, tags=()):
    v = BS[which][key]
    quote = f"{label} {fm(b1[key])}" + (f" {fm(b0[key])}" if which == "dec25" else "")
    add(METRICS, M + id_, question, answer, "currency", v, "USD", "million", half(v, 1), [ev(PDF, quote, 4)],
        ["lookup", "balance_sheet", *tags, CO])


bs_lookup("cash-jun-2026", "How much cash and cash equivalents did Carrowvale hold at June 30, 2026? (US$ millions)",
          f"US${fm(b1['cash'])} million (Cash and cash equivalents, June 30, 2026, statement of financial position p. 4)",
          "cash", "jun26", "Cash and cash equivalents")
bs_lookup("debt-dec-2025", "What was the balance of Carrowvale's long-term debt at the end of 2025? US$ millions, one decimal.",
          f"US${fm(b0['debt'])} million (Long-term debt (revolving credit facility), December 31, 2025 column, p. 4)",
          "debt", "dec25", "Long-term debt (revolving credit facility)", tags=("prior_period",))
bs_lookup("retained-jun-2026", "What retained earnings did Carrowvale show on its balance sheet at June 30, 2026, "
          "in US$ millions?", f"US${fm(b1['re'])} million (Retained earnings, June 30, 2026, p. 4)", "re", "jun26",
          "Retained earnings")

# guidance ranges (page 2)
add(METRICS, M + "sust-capex-guide-2026", "What range does Carrowvale give for 2026 sustaining capital spending? "
    "Answer in US$ millions.", f"US${G.SUST_CAPEX_GUIDE[0]} million to US${G.SUST_CAPEX_GUIDE[1]} million (2026 guidance, "
    "Sustaining capital ($ millions), unchanged, p. 2)", "range", list(map(float, G.SUST_CAPEX_GUIDE)), "USD", "million",
    0.001, [ev(PDF, f"Sustaining capital ($ millions) {G.SUST_CAPEX_GUIDE[0]} - {G.SUST_CAPEX_GUIDE[1]}", 2)],
    ["lookup", "guidance", CO])
add(METRICS, M + "prod-guide-previous", "Before the July 2026 revision, what gold production range was Carrowvale "
    "guiding to for 2026?", f"{fo(G.PROD_GUIDE_OLD[0])} - {fo(G.PROD_GUIDE_OLD[1])} ounces (Previous guidance of "
    f"February 18, 2026, p. 2; now {fo(G.PROD_GUIDE_NEW[0])} - {fo(G.PROD_GUIDE_NEW[1])} ounces)", "range",
    list(map(float, G.PROD_GUIDE_OLD)), "count", None, 0.0,
    [ev(PDF, f"Gold production (ounces) {fo(G.PROD_GUIDE_OLD[0])} - {fo(G.PROD_GUIDE_OLD[1])}", 2)],
    ["lookup", "guidance", "revision", CO])
add(METRICS, M + "aisc-guide-2026", "What is Carrowvale's 2026 guidance for all-in sustaining costs per ounce?",
    f"US${fo(G.AISC_GUIDE[0])} - ${fo(G.AISC_GUIDE[1])} per ounce sold (AISC guidance, unchanged, p. 2)", "range",
    list(map(float, G.AISC_GUIDE)), "USD", None, 0.0,
    [ev(PDF, f"AISC ($/oz sold) {fo(G.AISC_GUIDE[0])} - {fo(G.AISC_GUIDE[1])}", 2)], ["lookup", "guidance", CO])

# ------------------------------------------------------------------ computed
def comp(id_, question, answer, type_, value, unit, scale, d, evidence, tags, tol=None):
    add(METRICS, M + id_, question, answer, type_, value, unit, scale,
        tol if tol is not None else half(value, d), evidence, [*tags, CO])


def q(label, key, col, page, d=1, oz=False, src=None):
    return ev(PDF, f"{label} {cols(key, col, d=d, oz=oz, src=src)}", page)


v = r(Q2["mine_op"] / Q2["rev"] * 100, 1)
comp("mine-op-margin-q2-2026", "What share of revenue did Carrowvale keep as earnings from mine operations in Q2 "
     "2026 (earnings from mine operations divided by revenue)? Percent, one decimal.",
     f"{v:.1f}% (earnings from mine operations {fm(Q2['mine_op'])} / revenue {fm(Q2['rev'])} = "
     f"{Q2['mine_op'] / Q2['rev'] * 100:.3f}%; p. 3)", "percent", v, "percent", None, 1,
     [q("Earnings from mine operations", "mine_op", "q2_26", 3), q("Revenue", "rev", "q2_26", 3)], ["margin", "defined"])
v = r(H1P["ne"] / H1P["rev"] * 100, 1)
comp("net-margin-h1-2025", "What was Carrowvale's net margin for the first half of 2025? Give a percentage with one "
     "decimal.", f"{v:.1f}% (net earnings {fm(H1P['ne'])} / revenue {fm(H1P['rev'])} = "
     f"{H1P['ne'] / H1P['rev'] * 100:.3f}%; H1 2025 column, p. 3)", "percent", v, "percent", None, 1,
     [q("Net earnings", "ne", "h1_25", 3), q("Revenue", "rev", "h1_25", 3)], ["margin"])
v = r((H1["rev"] / H1P["rev"] - 1) * 100, 1)
comp("rev-growth-h1", "By what percentage did Carrowvale's first-half revenue grow in 2026 over the first half of "
     "2025? One decimal place.", f"{v:.1f}% (US${fm(H1['rev'])}M vs US${fm(H1P['rev'])}M: "
     f"{(H1['rev'] / H1P['rev'] - 1) * 100:.3f}%; p. 3)", "percent", v, "percent", None, 1,
     [q("Revenue", "rev", "h1_25", 3)], ["growth"])
v = Q2["price"] - Q2["aisc_oz"]
comp("aisc-margin-q2-2026", "Carrowvale's AISC margin is its realized gold price per ounce minus AISC per "
     "ounce sold. What was it in the second quarter of 2026, in US$ per ounce?",
     f"An AISC margin of US${fo(v)} per ounce in Q2 2026 ({fo(Q2['price'])} - {fo(Q2['aisc_oz'])} = {fo(v)}; highlights p. 1)",
     "currency", float(v), "USD", None, 0,
     [q("Average realized gold price ($/oz)", "price", "q2_26", 1, oz=True), q("AISC ($/oz sold) (1)", "aisc_oz", "q2_26", 1, oz=True)],
     ["defined", "per_ounce"])
v = r(H1["tax"] / H1["ebt"] * 100, 1)
comp("etr-h1-2026", "What effective income tax rate did Carrowvale's first half of 2026 imply (income tax expense "
     "over earnings before income taxes)? Percent to one decimal.", f"{v:.1f}% (income tax expense {fm(H1['tax'])} / "
     f"earnings before income taxes {fm(H1['ebt'])} = {H1['tax'] / H1['ebt'] * 100:.3f}%; p. 3)", "percent", v,
     "percent", None, 1, [q("Income tax expense", "tax", "h1_26", 3), q("Earnings before income taxes", "ebt", "h1_26", 3)],
     ["defined", "tax"])
v = r(b1["cur_assets"] / b1["cur_liab"], 2)
comp("current-ratio-jun-2026", "What was Carrowvale's current ratio at June 30, 2026? Two decimals.",
     f"{v:.2f} (total current assets {fm(b1['cur_assets'])} / total current liabilities {fm(b1['cur_liab'])} = "
     f"{b1['cur_assets'] / b1['cur_liab']:.4f}; p. 4)", "ratio", v, "ratio", None, 2,
     [ev(PDF, f"Total current assets {fm(b1['cur_assets'])}", 4), ev(PDF, f"Total current liabilities {fm(b1['cur_liab'])}", 4)],
     ["ratio"])
v = r(Q2["fcf"] / Q2["ne"], 2)
comp("fcf-conversion-q2-2026", "Taking free cash flow divided by net earnings, what was Carrowvale's cash conversion "
     "in Q2 2026? Give it as a ratio to two decimals.", f"{v:.2f} (free cash flow {fm(Q2['fcf'])} / net earnings "
     f"{fm(Q2['ne'])} = {Q2['fcf'] / Q2['ne']:.4f}; pp. 5 and 3)", "ratio", v, "ratio", None, 2,
     [q("Free cash flow", "fcf", "q2_26", 5), q("Net earnings", "ne", "q2_26", 3)], ["defined", "fcf"])
v = r(b0["debt"] + b0["lease_cur"] + b0["lease_lt"] - b0["cash"], 1)
comp("net-debt-incl-leases-dec-2025", "Counting lease liabilities (current and non-current) as debt, what was "
     "Carrowvale's net debt at December 31, 2025, i.e. long-term debt plus lease liabilities minus cash and cash "
     "equivalents? US$ millions, one decimal.", f"US${fm(v)} million ({fm(b0['debt'])} + {fm(b0['lease_cur'])} + "
     f"{fm(b0['lease_lt'])} - {fm(b0['cash'])}; December 31, 2025 column, p. 4. The report's own net debt of "
     f"US${fm(G.N['net_debt_dec25'])} million excludes leases.)", "currency", v, "USD", "million", 1,
     [ev(PDF, f"Long-term debt (revolving credit facility) {fm(b1['debt'])} {fm(b0['debt'])}", 4),
      ev(PDF, f"Current portion of lease liabilities {fm(b1['lease_cur'])} {fm(b0['lease_cur'])}", 4),
      ev(PDF, f"Lease liabilities {fm(b1['lease_lt'])} {fm(b0['lease_lt'])}", 4),
      ev(PDF, f"Cash and cash equivalents {fm(b1['cash'])} {fm(b0['cash'])}", 4)], ["defined", "net_debt", "prior_period"])
v = r((b1["debt"] + b1["lease_cur"] + b1["lease_lt"]) / b1["equity"], 2)
comp("debt-to-equity-jun-2026", "Defining debt as long-term debt plus current and non-current lease liabilities, "
     "what was Carrowvale's debt-to-equity ratio at June 30, 2026 (two decimals)?",
     f"{v:.2f} (({fm(b1['debt'])} + {fm(b1['lease_cur'])} + {fm(b1['lease_lt'])}) / total equity {fm(b1['equity'])} = "
     f"{(b1['debt'] + b1['lease_cur'] + b1['lease_lt']) / b1['equity']:.4f}; p. 4)", "ratio", v, "ratio", None, 2,
     [ev(PDF, f"Long-term debt (revolving credit facility) {fm(b1['debt'])}", 4),
      ev(PDF, f"Current portion of lease liabilities {fm(b1['lease_cur'])}", 4),
      ev(PDF, f"Lease liabilities {fm(b1['lease_lt'])}", 4), ev(PDF, f"Total equity {fm(b1['equity'])}", 4)],
     ["defined", "ratio"])
v = r(Q2["prod_2"] / Q2["prod"] * 100, 1)
comp("kinsella-share-q2-2026", "What percentage of Carrowvale's total gold production in the second quarter of 2026 "
     "came from Kinsella? One decimal.", f"{v:.1f}% ({fo(Q2['prod_2'])} of {fo(Q2['prod'])} ounces = "
     f"{Q2['prod_2'] / Q2['prod'] * 100:.3f}%; p. 2)", "percent", v, "percent", None, 1,
     [q("Kinsella (Manitoba)", "prod_2", "q2_26", 2, oz=True), q("Total gold production", "prod", "q2_26", 2, oz=True)],
     ["share", "by_mine"])
v = r((H1["prod_0"] / H1P["prod_0"] - 1) * 100, 1)
comp("lac-tessier-growth-h1", "How much did Lac Tessier's gold production grow in H1 2026 versus H1 2025, in percent "
     "(one decimal)?", f"{v:.1f}% ({fo(H1['prod_0'])} vs {fo(H1P['prod_0'])} ounces = "
     f"{(H1['prod_0'] / H1P['prod_0'] - 1) * 100:.3f}%; p. 2)", "percent", v, "percent", None, 1,
     [q("Lac Tessier (Quebec)", "prod_0", "h1_25", 2, oz=True)], ["growth", "by_mine"])
v = r(Q2["op_earn"] + Q2["dd"], 1)
comp("ebitda-q2-2026", "Calculate Carrowvale's EBITDA for Q2 2026 as operating earnings plus depreciation and "
     "depletion. US$ millions, one decimal.", f"US${fm(v)} million (operating earnings {fm(Q2['op_earn'])} + depreciation and "
     f"depletion {fm(Q2['dd'])}; p. 3)", "currency", v, "USD", "million", 1,
     [q("Operating earnings", "op_earn", "q2_26", 3), q("Depreciation and depletion", "dd", "q2_26", 3)], ["ebitda"])
v = r((H1P["sust_capex"] + H1P["growth_capex"]) / H1P["rev"] * 100, 1)
comp("capex-intensity-h1-2025", "What was Carrowvale's capital intensity in the first half of 2025, meaning "
     "sustaining plus growth capital expenditures as a percentage of revenue? One decimal.",
     f"{v:.1f}% (({fm(H1P['sust_capex'])} + {fm(H1P['growth_capex'])}) / {fm(H1P['rev'])} = "
     f"{(H1P['sust_capex'] + H1P['growth_capex']) / H1P['rev'] * 100:.3f}%; pp. 5 and 3)", "percent", v, "percent",
     None, 1, [q("Sustaining capital expenditures", "sust_capex", "h1_25", 5, src={k: {"sust_capex": -F[k]["sust_capex"]} for k in F}),
               q("Growth capital expenditures", "growth_capex", "h1_25", 5, src={k: {"growth_capex": -F[k]["growth_capex"]} for k in F}),
               q("Revenue", "rev", "h1_25", 3)], ["capex_intensity", "prior_period"])
v = r(H1["rev"] - Q2["rev"], 1)
assert abs(v - F["q1_26"]["rev"]) < 1e-6
comp("rev-q1-2026-derived", "The report has no first-quarter column. What revenue did Carrowvale earn in the first "
     "quarter of 2026, worked out from the six-month and three-month figures? US$ millions, one decimal.",
     f"US${fm(v)} million (H1 2026 revenue {fm(H1['rev'])} - Q2 2026 revenue {fm(Q2['rev'])}; p. 3)", "currency", v,
     "USD", "million", 1, [q("Revenue", "rev", "h1_26", 3)], ["multi_step", "derived_period"])
q1_aisc = r((H1["aisc_total"] - Q2["aisc_total"]) * 1e6 / (H1["sold"] - Q2["sold"]), 0)
comp("aisc-q1-2026-derived", "Using the all-in sustaining cost totals and ounces sold for H1 2026 and Q2 2026, what "
     "was Carrowvale's AISC per ounce sold in the first quarter of 2026? Round to the nearest dollar.",
     f"US${fo(q1_aisc)} per ounce (({fm(H1['aisc_total'])} - {fm(Q2['aisc_total'])}) million / "
     f"({fo(H1['sold'])} - {fo(Q2['sold'])}) ounces = "
     f"{(H1['aisc_total'] - Q2['aisc_total']) * 1e6 / (H1['sold'] - Q2['sold']):.2f}; p. 6)", "currency", q1_aisc,
     "USD", None, 0, [q("All-in sustaining costs", "aisc_total", "h1_26", 6), q("Gold sold (ounces)", "sold", "h1_26", 6, oz=True)],
     ["multi_step", "derived_period", "per_ounce"])
v = r((H1["price"] / H1P["price"] - 1) * 100, 1)
comp("price-growth-h1", "By how much, in percent, did Carrowvale's average realized gold price rise in the first half "
     "of 2026 compared with the first half of 2025? One decimal.", f"{v:.1f}% (US${fo(H1['price'])} vs "
     f"US${fo(H1P['price'])} per ounce = {(H1['price'] / H1P['price'] - 1) * 100:.3f}%; p. 1)", "percent", v,
     "percent", None, 1, [q("Average realized gold price ($/oz)", "price", "h1_25", 1, oz=True)], ["growth", "per_ounce"])
v = r(H1["div_paid"] / H1["fcf"] * 100, 1)
comp("div-share-fcf-h1-2026", "What proportion of its first-half 2026 free cash flow did Carrowvale pay out as "
     "dividends (dividends paid divided by free cash flow)? Percent, one decimal.",
     f"{v:.1f}% (dividends paid {fm(H1['div_paid'])} / free cash flow {fm(H1['fcf'])} = "
     f"{H1['div_paid'] / H1['fcf'] * 100:.3f}%; p. 5)", "percent", v, "percent", None, 1,
     [q("Dividends paid", "div_paid", "h1_26", 5, src={k: {"div_paid": -F[k]["div_paid"]} for k in F}),
      q("Free cash flow", "fcf", "h1_26", 5)], ["defined", "payout"])

# ------------------------------------------------------------------ refusals
refusal(METRICS, M + "refuse-rev-q3-2026", "What revenue did Carrowvale report for the third quarter of 2026?",
        f"The documents don't say: the report covers the second quarter and first half of 2026 (Q2 2026 revenue was "
        f"US${fm(Q2['rev'])} million; H1 2026 US${fm(H1['rev'])} million). No third-quarter figure is given.",
        ["refusal", "unanswerable", "period_not_covered", CO], [PDF])
refusal(METRICS, M + "refuse-kinsella-aisc", "What was the all-in sustaining cost per ounce at the Kinsella mine in "
        "Q2 2026?", f"The documents don't say: AISC is reported only for the company as a whole (US${fo(Q2['aisc_oz'])} "
        "per ounce sold in Q2 2026), not by mine; the report gives Kinsella's ounces but no mine-level costs.",
        ["refusal", "unanswerable", "nearest_trap", "item_not_reported", CO], [PDF])
refusal(METRICS, M + "refuse-assets-jun-2025", "What were Carrowvale's total assets at June 30, 2025?",
        f"The documents don't say: the statement of financial position compares June 30, 2026 with December 31, 2025 "
        f"(total assets US${fm(b1['assets'])} million and US${fm(b0['assets'])} million). Only cash at June 30, 2025 "
        f"(US${fm(G.CASH['jun25'])} million) appears, in the cash flow statement.",
        ["refusal", "unanswerable", "nearest_trap", "period_not_covered", CO], [PDF])
refusal(METRICS, M + "refuse-reserves", "How many ounces of proven and probable gold reserves did Lac Tessier have "
        "at the end of 2025?", "The documents don't say: the report gives Lac Tessier's production and sales "
        f"(e.g. {fo(Q2['prod_0'])} ounces produced in Q2 2026) but no mineral reserve estimate.",
        ["refusal", "unanswerable", "item_not_reported", CO], [PDF])
refusal(METRICS, M + "refuse-expl-guidance", "What is Carrowvale's 2026 guidance for exploration spending?",
        f"The documents don't say: the 2026 guidance covers production, cash costs, AISC, sustaining capital "
        f"(US${G.SUST_CAPEX_GUIDE[0]} - {G.SUST_CAPEX_GUIDE[1]} million) and growth capital (US${G.GROWTH_CAPEX_GUIDE[0]} - "
        f"{G.GROWTH_CAPEX_GUIDE[1]} million), but gives no exploration budget.",
        ["refusal", "unanswerable", "nearest_trap", "item_not_reported", CO], [PDF])

# ================================================================== prose
P = "s35p-c-"


def pq(n, question, answer, type_, value, unit, scale, tol, evidence, tags):
    add(PROSE, f"{P}{n:02d}", question, answer, type_, value, unit, scale, tol, evidence, tags)


ART = "article"
pq(1, "How much money did Carrowvale bring in from sales in the first six months of 2026?",
   f"US${fm(H1['rev'])} million of revenue in the six months to June 30, 2026.", "currency", H1["rev"], "USD",
   "million", half(H1["rev"], 1), [ev(DAILY, f"Carrowvale brought in revenue of US${fm(H1['rev'])} million in the six months to June 30")],
   ["paraphrase", "lookup", CO, ART])
pq(2, "Year to date, what all-in sustaining cost per ounce sold has Carrowvale averaged, according to the Portage "
   "Financial Daily?", f"US${fo(H1['aisc_oz'])} an ounce sold, year to date.", "currency", float(H1["aisc_oz"]), "USD", None, half(H1["aisc_oz"], 0),
   [ev(DAILY, f"Its all-in sustaining costs averaged US${fo(H1['aisc_oz'])} an ounce sold year to date")],
   ["qualifier", "lookup", CO, ART])
pq(3, "Looking only at the April-to-June 2026 quarter, what was Carrowvale's AISC per ounce sold?",
   f"US${fo(Q2['aisc_oz'])} per ounce sold in the second quarter alone.",
   "currency", float(Q2["aisc_oz"]), "USD", None, half(Q2["aisc_oz"], 0),
   [ev(DAILY, f"compared with US${fo(Q2['aisc_oz'])} in the second quarter alone")], ["qualifier", "paraphrase", "lookup", CO, ART])
pq(4, "What 2026 gold output range did Carrowvale expect before it raised its forecast?",
   f"{fo(G.PROD_GUIDE_OLD[0])} to {fo(G.PROD_GUIDE_OLD[1])} ounces (now {fo(G.PROD_GUIDE_NEW[0])} to "
   f"{fo(G.PROD_GUIDE_NEW[1])}).", "range", list(map(float, G.PROD_GUIDE_OLD)), "count", None, 0.0,
   [ev(WIRE, f"up from an earlier range of {fo(G.PROD_GUIDE_OLD[0])} to {fo(G.PROD_GUIDE_OLD[1])} ounces")],
   ["qualifier", "paraphrase", "lookup", CO, ART])
pq(5, "What were Carrowvale's reported (not adjusted) net earnings for the second quarter of 2026?",
   f"US${fm(Q2['ne'])} million of reported net earnings in the second quarter.", "currency", Q2["ne"], "USD", "million", half(Q2["ne"], 1),
   [ev(WIRE, f"while reported net earnings were US${fm(Q2['ne'])} million")], ["qualifier", "lookup", CO, ART])
pq(6, "On an adjusted basis, how much did Carrowvale earn per share in Q2 2026? US$, two decimals.",
   f"US${Q2['adj_eps']:.2f} a share of adjusted net earnings (US${fm(Q2['adj_ne'])} million).", "currency",
   Q2["adj_eps"], "USD", None, half(Q2["adj_eps"], 2),
   [ev(WIRE, f"Adjusted net earnings came to US${fm(Q2['adj_ne'])} million, or US${Q2['adj_eps']:.2f} a share")],
   ["qualifier", "kind", "lookup", CO, ART])
pq(7, "At what price per share did Stenholt sell stock in its June bought deal? C$, two decimals.",
   f"C${ST['deal_price']:.2f} a share (the offering raised C${fm(ST['deal_cad'])} million).", "currency",
   ST["deal_price"], "CAD", None, half(ST["deal_price"], 2),
   [ev(DAILY, f"C${fm(ST['deal_cad'])} million bought-deal share offering at C${ST['deal_price']:.2f} a share")],
   ["kind", "lookup", "stenholt", ART])
v = r(ST["h1_rev"] / (1 + ST["h1_rev_growth"] / 100), 1)
pq(8, "Roughly what revenue did Stenholt have in the first half of 2025, implied by its 2026 first-half revenue and "
   "growth rate? US$ millions, one decimal.", f"About US${fm(v)} million: US${fm(ST['h1_rev'])} million / 1.{ST['h1_rev_growth']} "
   f"= {ST['h1_rev'] / (1 + ST['h1_rev_growth'] / 100):.2f}.", "currency", v, "USD", "million", 0.002,
   [ev(DAILY, f"reported first-half revenue of US${fm(ST['h1_rev'])} million, a gain of {ST['h1_rev_growth']}% on the same period of 2025")],
   ["derived", "computation", "stenholt", ART])
v = ST["q2_prod"] - ST["ferrier_q2"]
pq(9, "How many ounces did Stenholt's Moraine Hill mine produce in the second quarter?",
   f"{fo(v)} ounces (Stenholt's Q2 total less Ferrier Creek: {fo(ST['q2_prod'])} - {fo(ST['ferrier_q2'])} = {fo(v)} oz).",
   "count", float(v), "count", None, 0.0,
   [ev(TRADE, f"Ferrier Creek produced {fo(ST['ferrier_q2'])} oz in Q2"), ev(TRADE, f"Stenholt's Q2 total was {fo(ST['q2_prod'])} oz")],
   ["derived", "computation", "stenholt", ART])
v = ST["h1_aisc"] - H1["aisc_oz"]
pq(10, "How much higher per ounce was Stenholt's first-half AISC than Carrowvale's, in US dollars?",
   f"US${fo(v)} per ounce higher: Stenholt US${fo(ST['h1_aisc'])} - Carrowvale US${fo(H1['aisc_oz'])}.", "currency",
   float(v), "USD", None, half(v, 0),
   [ev(DAILY, f"its AISC for the six months was US${fo(ST['h1_aisc'])} an ounce"),
    ev(DAILY, f"Its all-in sustaining costs averaged US${fo(H1['aisc_oz'])} an ounce sold year to date")],
   ["derived", "computation", "stenholt", CO, ART])
pq(11, "What was Stenholt's all-in sustaining cost per ounce in the three months to June?",
   f"US${fo(ST['q2_aisc'])} an ounce (all-in sustaining cost, second quarter).", "currency", float(ST["q2_aisc"]), "USD",
   None, half(ST["q2_aisc"], 0), [ev(WIRE, f"at an all-in sustaining cost of US${fo(ST['q2_aisc'])} an ounce")],
   ["paraphrase", "lookup", "stenholt", ART])
pq(12, "How much of the Pellatt Creek mill expansion budget was still left to spend at the end of June, in Canadian "
   "dollars?", f"C${N['pellatt_remaining_cad']} million still to go (C${G.PELLATT_EXP_CAD} million budget, "
   f"C${G.PELLATT_SPENT_CAD} million spent).", "currency", float(N["pellatt_remaining_cad"]), "CAD", "million",
   half(N["pellatt_remaining_cad"], 0), [ev(TRADE, f"C${G.PELLATT_SPENT_CAD}M spent and C${N['pellatt_remaining_cad']}M still to go")],
   ["kind", "paraphrase", "lookup", CO, ART])
pq(13, "How far along, in percent, was the Pellatt Creek mill expansion at June 30, 2026?",
   f"{G.PELLATT_COMPLETE}% complete (with C${G.PELLATT_SPENT_CAD} million of the C${G.PELLATT_EXP_CAD} million budget spent).",
   "percent", float(G.PELLATT_COMPLETE), "percent", None, half(G.PELLATT_COMPLETE, 0),
   [ev(PDF, f"was {G.PELLATT_COMPLETE}% complete at June 30, 2026 with C${G.PELLATT_SPENT_CAD} million spent", 2)],
   ["kind", "lookup", CO, "release"])
pq(14, "How many ounces did Stenholt produce in the first quarter of 2026?",
   f"{fo(ST['q1_prod'])} oz in the first quarter.", "count", float(ST["q1_prod"]), "count", None, 0.0,
   [ev(TRADE, f"Stenholt's Q2 total was {fo(ST['q2_prod'])} oz, up from {fo(ST['q1_prod'])} oz in Q1")],
   ["qualifier", "lookup", "stenholt", ART])
pq(15, "What was Halvard Dunmore's target price for Carrowvale before the second-quarter results? C$, two decimals.",
   f"C${AN['cv_tp_old']:.2f}, its target before the raise.", "currency", AN["cv_tp_old"], "CAD", None,
   half(AN["cv_tp_old"], 2), [ev(NOTE, f"to C${AN['cv_tp_new']:.2f} from C${AN['cv_tp_old']:.2f}")],
   ["qualifier", "lookup", CO, ART])
v = r((AN["st_tp"] / ST["share_price"] - 1) * 100, 1)
pq(16, "Measured against Stenholt's closing price on July 28, how much upside does Halvard Dunmore's Stenholt target "
   "imply? Percent, one decimal.", f"About {v:.1f}%: C${AN['st_tp']:.2f} / C${ST['share_price']:.2f} - 1 = "
   f"{(AN['st_tp'] / ST['share_price'] - 1) * 100:.3f}%.", "percent", v, "percent", None, half(v, 1),
   [ev(NOTE, f"held its target at C${AN['st_tp']:.2f}"), ev(WIRE, f"Stenholt ended at C${ST['share_price']:.2f}")],
   ["derived", "computation", "stenholt", ART])
pq(17, "What yearly payout per share does Carrowvale's new dividend rate work out to?",
   f"C${N['div_annual_cad']:.2f} a year (C$0.08 a quarter, up from C$0.06).", "currency", N["div_annual_cad"], "CAD",
   None, half(N["div_annual_cad"], 2), [ev(DAILY, f"which works out to C${N['div_annual_cad']:.2f} a year")],
   ["paraphrase", "kind", "lookup", CO, ART])
pq(18, "How much gold does the Halvard Dunmore analyst think Carrowvale will pour in 2026?",
   f"{fo(AN['cv_prod_est'])} ounces (the company guides {fo(G.PROD_GUIDE_NEW[0])} to {fo(G.PROD_GUIDE_NEW[1])}).",
   "count", float(AN["cv_prod_est"]), "count", None, 0.0,
   [ev(NOTE, f"Vosburgh now forecasts Carrowvale will produce {fo(AN['cv_prod_est'])} ounces in 2026")],
   ["paraphrase", "lookup", CO, ART])
pq(19, "What all-in sustaining cost per ounce does the broker forecast for Carrowvale this year (its own estimate, "
   "not the company's guidance)?", f"US${fo(AN['cv_aisc_est'])} an ounce, the broker's own 2026 estimate.", "currency", float(AN["cv_aisc_est"]), "USD", None, half(AN["cv_aisc_est"], 0),
   [ev(NOTE, f"at an AISC of US${fo(AN['cv_aisc_est'])} an ounce")], ["qualifier", "lookup", CO, ART])
pq(20, "What did Carrowvale pay in royalties in the second quarter of 2025?",
   f"US${fm(Q2P['royalty'])} million in the second quarter of 2025.", "currency",
   Q2P["royalty"], "USD", "million", half(Q2P["royalty"], 1),
   [ev(TRADE, f"rose to US${fm(Q2['royalty'])}M in Q2 from US${fm(Q2P['royalty'])}M a year earlier")],
   ["qualifier", "paraphrase", "lookup", CO, ART])
v = r((Q2["rev"] / Q2P["rev"] - 1) * 100, 1)
pq(21, "Using the revenue figures in the Tolland wire story, by what percentage did Carrowvale's second-quarter "
   "revenue increase year on year? One decimal.", f"{v:.1f}%: US${fm(Q2['rev'])} million vs US${fm(Q2P['rev'])} million "
   f"= {(Q2['rev'] / Q2P['rev'] - 1) * 100:.3f}%.", "percent", v, "percent", None, half(v, 1),
   [ev(WIRE, f"Revenue for the three months to June 30 was US${fm(Q2['rev'])} million, against US${fm(Q2P['rev'])} million")],
   ["derived", "computation", CO, ART])
pq(22, "How many ounces has Kinsella produced so far this year, through June?",
   f"{fo(H1['prod_2'])} ounces year to date.", "count", float(H1["prod_2"]), "count",
   None, 0.0, [ev(PDF, f"Year to date, Kinsella has produced {fo(H1['prod_2'])} ounces", 2)],
   ["qualifier", "lookup", CO, "release"])
pq(23, "How much cash plus undrawn credit did Carrowvale have available at June 30, 2026?",
   f"US${fm(N['liquidity'])} million of total liquidity (US${fm(b1['cash'])} million cash and US${fm(G.UNDRAWN)} million "
   "undrawn on the revolver).", "currency", N["liquidity"], "USD", "million", half(N["liquidity"], 1),
   [ev(PDF, f"total liquidity of ${fm(N['liquidity'])} million", 4)], ["paraphrase", "lookup", CO, "release"])
pq(24, "What gold price did Carrowvale assume for the second half of 2026 in its guidance?",
   "US$3,600 per ounce.", "currency", 3600.0, "USD", None, half(3600, 0),
   [ev(PDF, "Guidance assumes a gold price of $3,600 per ounce for the second half", 2)],
   ["qualifier", "lookup", CO, "release"])
v = r(ST["deal_cad"] / ST["deal_price"], 2)
pq(25, "About how many new shares did Stenholt issue in its C$150 million raise?",
   f"About {v:.2f} million shares (C${fm(ST['deal_cad'])} million at C${ST['deal_price']:.2f}).", "count", v,
   "count", "million", half(v, 2), [ev(NOTE, f"which added about {ST['deal_shares']:.2f} million shares")],
   ["kind", "lookup", "stenholt", ART])
pq(26, "How much did Stenholt's second-quarter sales bring in?",
   f"US${fm(ST['q2_rev'])} million of revenue in the second quarter.", "currency",
   ST["q2_rev"], "USD", "million", half(ST["q2_rev"], 1),
   [ev(WIRE, f"Stenholt's second-quarter revenue was US${fm(ST['q2_rev'])} million")],
   ["paraphrase", "kind", "lookup", "stenholt", ART])
v = r(H1["repay"] / (H1["repay"] + b1["debt"]) * 100, 1)
pq(27, "What share of the revolver balance Carrowvale started 2026 with had it repaid by the end of June? Percent, "
   "one decimal.", f"{v:.1f}%: US${fm(H1['repay'])} million repaid / (US${fm(H1['repay'])} million + "
   f"US${fm(b1['debt'])} million still drawn) = {H1['repay'] / (H1['repay'] + b1['debt']) * 100:.3f}%.", "percent",
   v, "percent", None, half(v, 1),
   [ev(DAILY, f"pay down US${fm(H1['repay'])} million of revolver debt so far this year, leaving US${fm(b1['debt'])} million drawn")],
   ["derived", "computation", CO, ART])
# refusals with nearby traps
refusal(PROSE, f"{P}28", "What was Stenholt's cash cost per ounce in the second quarter?",
        f"The documents don't say: they give Stenholt's all-in sustaining cost (US${fo(ST['q2_aisc'])} an ounce in Q2, "
        f"US${fo(ST['h1_aisc'])} for the half) but no cash cost figure.",
        ["refusal", "unanswerable", "nearest_trap", "stenholt", ART], [WIRE, DAILY, TRADE])
refusal(PROSE, f"{P}29", "What net earnings did Stenholt report for the first half of 2026?",
        f"The documents don't say: only Stenholt's second-quarter net earnings (US${fm(ST['q2_ne'])} million) and its "
        f"first-half revenue (US${fm(ST['h1_rev'])} million) are given.",
        ["refusal", "unanswerable", "nearest_trap", "stenholt", ART], [WIRE, DAILY])
refusal(PROSE, f"{P}30", "How much free cash flow does Halvard Dunmore expect Carrowvale to generate in 2026?",
        f"The documents don't say: the note gives a 2027 free-cash-flow estimate (US${AN['cv_fcf27_est']} million) and "
        f"the actual first-half 2026 figure (US${fm(H1['fcf'])} million), not a 2026 full-year estimate.",
        ["refusal", "unanswerable", "nearest_trap", CO, ART], [NOTE])
refusal(PROSE, f"{P}31", "What was the all-in sustaining cost per ounce at Stenholt's Ferrier Creek mine in Q2?",
        f"The documents don't say: Stenholt gave no per-mine cost breakdown; only its company-wide Q2 AISC of "
        f"US${fo(ST['q2_aisc'])} an ounce and Ferrier Creek's {fo(ST['ferrier_q2'])} oz of production are reported.",
        ["refusal", "unanswerable", "nearest_trap", "stenholt", ART], [TRADE, WIRE])


# ================================================================== write + check


def nums(quote: str) -> list[float]:
    """figures in a quote, in order; (x) is negative"""
    out = []
    for m in re.finditer(r"\((\d[\d,]*\.?\d*)\)|(?<![\w.])(\d[\d,]*\.?\d*)", quote):
        t = m.group(1) or m.group(2)
        v = float(t.replace(",", "").rstrip("."))
        out.append(-v if m.group(1) else v)
    return out


def last(e: dict) -> float:
    return nums(e["quote"])[-1]


# Each computed gold recomputed from the figures printed in its own evidence quotes only.
RECOMPUTE = {
    "s35m-c-mine-op-margin-q2-2026": (lambda E: last(E[0]) / last(E[1]) * 100, 1),
    "s35m-c-net-margin-h1-2025": (lambda E: last(E[0]) / last(E[1]) * 100, 1),
    "s35m-c-rev-growth-h1": (lambda E: (nums(E[0]["quote"])[2] / nums(E[0]["quote"])[3] - 1) * 100, 1),
    "s35m-c-aisc-margin-q2-2026": (lambda E: last(E[0]) - last(E[1]), 0),
    "s35m-c-etr-h1-2026": (lambda E: last(E[0]) / last(E[1]) * 100, 1),
    "s35m-c-current-ratio-jun-2026": (lambda E: last(E[0]) / last(E[1]), 2),
    "s35m-c-fcf-conversion-q2-2026": (lambda E: last(E[0]) / last(E[1]), 2),
    "s35m-c-net-debt-incl-leases-dec-2025": (lambda E: last(E[0]) + last(E[1]) + last(E[2]) - last(E[3]), 1),
    "s35m-c-debt-to-equity-jun-2026": (lambda E: (last(E[0]) + last(E[1]) + last(E[2])) / last(E[3]), 2),
    "s35m-c-kinsella-share-q2-2026": (lambda E: last(E[0]) / last(E[1]) * 100, 1),
    "s35m-c-lac-tessier-growth-h1": (lambda E: (nums(E[0]["quote"])[2] / nums(E[0]["quote"])[3] - 1) * 100, 1),
    "s35m-c-ebitda-q2-2026": (lambda E: last(E[0]) + last(E[1]), 1),
    "s35m-c-capex-intensity-h1-2025": (lambda E: -(last(E[0]) + last(E[1])) / last(E[2]) * 100, 1),
    "s35m-c-rev-q1-2026-derived": (lambda E: nums(E[0]["quote"])[2] - nums(E[0]["quote"])[0], 1),
    "s35m-c-aisc-q1-2026-derived": (lambda E: (nums(E[0]["quote"])[2] - nums(E[0]["quote"])[0]) * 1e6
                                    / (nums(E[1]["quote"])[2] - nums(E[1]["quote"])[0]), 0),
    "s35m-c-price-growth-h1": (lambda E: (nums(E[0]["quote"])[2] / nums(E[0]["quote"])[3] - 1) * 100, 1),
    "s35m-c-div-share-fcf-h1-2026": (lambda E: -last(E[0]) / last(E[1]) * 100, 1),
    "s35p-c-08": (lambda E: nums(E[0]["quote"])[0] / (1 + nums(E[0]["quote"])[1] / 100), 1),
    "s35p-c-09": (lambda E: last(E[1]) - nums(E[0]["quote"])[0], 0),
    "s35p-c-10": (lambda E: last(E[0]) - last(E[1]), 0),
    "s35p-c-16": (lambda E: (last(E[0]) / last(E[1]) - 1) * 100, 1),
    "s35p-c-21": (lambda E: (nums(E[0]["quote"])[1] / nums(E[0]["quote"])[2] - 1) * 100, 1),
    "s35p-c-27": (lambda E: nums(E[0]["quote"])[0] / (nums(E[0]["quote"])[0] + nums(E[0]["quote"])[1]) * 100, 1),
}


def recompute() -> int:
    bad = 0
    rows = {x["id"]: x for x in METRICS + PROSE}
    for id_, (fn, d) in RECOMPUTE.items():
        got = r(fn(rows[id_]["evidence"]), d)
        if abs(got - rows[id_]["value"]) > 1e-9:
            print("RECOMPUTE", id_, got, rows[id_]["value"]); bad += 1
    print(f"recomputed {len(RECOMPUTE)} computed golds from their quotes; mismatches {bad}")
    return bad


def write(rows: list[dict], name: str) -> Path:
    p = ROOT / "eval" / "data" / name
    p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    return p


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(paths: list[Path]) -> int:
    import pypdf

    from eval.datasets import load_dataset
    from eval.scoring import score_answer

    reader = pypdf.PdfReader(str(HERE / PDF))
    plain = [collapse(p.extract_text()) for p in reader.pages]
    layout = [collapse(p.extract_text(extraction_mode="layout")) for p in reader.pages]
    txt = {n: collapse((HERE / n).read_text(encoding="utf-8")) for n in (WIRE, DAILY, TRADE, NOTE)}
    problems = 0
    ids: set[str] = set()
    n_quotes = 0
    for rows in (METRICS, PROSE):
        for row in rows:
            assert row["id"] not in ids, row["id"]
            ids.add(row["id"])
            for e in row["evidence"]:
                n_quotes += 1
                qt = collapse(e["quote"])
                if e["doc"] == PDF:
                    i = e["page"] - 1
                    if qt not in plain[i] or qt not in layout[i]:
                        print("QUOTE MISSING", row["id"], e["page"], qt, qt in plain[i], qt in layout[i]); problems += 1
                    hits = [j + 1 for j in range(len(plain)) if qt in plain[j]]
                    if hits != [e["page"]]:
                        print("  note: quote on pages", hits, row["id"], qt)
                else:
                    if qt not in txt[e["doc"]]:
                        print("QUOTE MISSING", row["id"], e["doc"], qt); problems += 1
    for p, want in zip(paths, (len(METRICS), len(PROSE))):
        d = load_dataset(p)
        assert len(d.questions) == want, (p, len(d.questions))
        if d.missing_documents:
            print("MISSING DOCS", d.missing_documents); problems += 1
        for qq in d.questions:
            s = score_answer(qq, qq.answer)
            ok = s.verdict == "right" if qq.type != "refusal" else s.verdict in ("right", "refused", "correct_refusal")
            if not ok or s.verdict != "right":
                print("SCORE", qq.id, s.verdict, "|", getattr(s, "reason", s)); problems += 0 if ok else 1
    print(f"quotes checked: {n_quotes}; ids: {len(ids)}; metrics {len(METRICS)}; prose {len(PROSE)}; problems {problems}")
    return problems


if __name__ == "__main__":
    paths = [write(METRICS, "filings_metrics_synth35c.jsonl"), write(PROSE, "prose_questions_synth35c.jsonl")]
    sys.exit(1 if check(paths) + recompute() else 0)
