# Long on purpose: generated test data.
"""Writes eval/data/{filings_metrics,prose_questions}_synth34a.jsonl from the printed rows of
make_w34a.py. Computed golds are worked from the figures as printed (quoted), rounded half-up."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_w34a import DOC, build, r1  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
B = build(write=False)
ROWS, PROSE = B["rows"], B["prose"]
CO = "wendelhorst"


def num(s: str) -> float:
    s = s.replace(",", "").replace("x", "").replace("%", "")
    return -float(s[1:-1]) if s.startswith("(") else float(s)


def row(page: int, label: str, idx: int, nth: int = 0) -> tuple[float, dict]:
    hits = [cells for lab, cells in ROWS[page] if lab == label]
    cells = hits[nth]
    shown = [c for c in cells[: idx + 1] if c]
    quote = " ".join([label] + shown)
    return num(cells[idx]), {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def prose(page: int, quote: str) -> dict:
    assert any(quote in p for p in PROSE[page]), (page, quote)
    return {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def tol_half(v: float, nd: int) -> float:
    return round(0.5 * 10.0 ** (-nd) / abs(v), 6)


M: list[dict] = []
P: list[dict] = []


def add(bucket: list, qid: str, question: str, answer: str, qtype: str, value, unit, scale, tol, ev, tags):
    bucket.append({
        "id": qid, "question": question, "answer": answer, "type": qtype, "value": value, "unit": unit,
        "scale": scale, "tolerance": tol, "evidence": ev, "tags": tags + [CO], "documents": [DOC],
    })


def refusal(bucket: list, qid: str, question: str, answer: str, tags: list[str]):
    add(bucket, qid, question, answer, "refusal", None, None, None, None, [], tags)


def m(n: int) -> str:
    return f"s34m-a-{n:02d}"


def p(n: int) -> str:
    return f"s34p-a-{n:02d}"


def eur(qid, question, answer_fmt, v, ev, tags, tol=None, scale="million", bucket=None):
    tol = tol if tol is not None else 0.001
    add(bucket if bucket is not None else M, qid, question, answer_fmt, "currency", v, "EUR", scale, tol, ev, tags)


# ======================================================================= metrics
v, e = row(10, "Revenue", 0)
eur(m(1), "How much revenue did Wendelhorst Industrie SE report for the third quarter of 2026? Give EUR millions to one decimal.",
    f"EUR {v:,.1f} million (Revenue, Q3 2026 column of the consolidated income statement, p. 10).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(1, "Order intake", 4)
eur(m(2), "What group order intake did Wendelhorst record for the first nine months of 2025?",
    f"EUR {v:,.1f} million (Order intake, Q1–Q3 2025 column of the key figures, p. 1).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(11, "Trade receivables", 1)
eur(m(3), "What were Wendelhorst's trade receivables on the balance sheet at 31 December 2025, in EUR million?",
    f"EUR {v:,.1f} million (Trade receivables, 31 Dec 2025 column of the statement of financial position, p. 11).",
    v, [e], ["lookup"], tol_half(v, 1))
v, e = row(5, "Adjusted EBITA", 6, nth=0)
eur(m(4), "What adjusted EBITA did the Drive Technology division earn in the full year 2025?",
    f"EUR {v:,.1f} million (Drive Technology table, Adjusted EBITA, FY 2025 column, p. 5).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(5, "Order intake", 1, nth=1)
eur(m(5), "How large was Flow Solutions' order intake in the third quarter of 2025? EUR millions, one decimal.",
    f"EUR {v:,.1f} million (Flow Solutions table, Order intake, Q3 2025 column, p. 5).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(6, "Revenue", 3, nth=0)
eur(m(6), "What revenue did Grid Components generate from January to September 2026?",
    f"EUR {v:,.1f} million (Grid Components table, Revenue, Q1–Q3 2026 column, p. 6).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(10, "Earnings per share, diluted (EUR)", 3)
add(M, m(7), "What were Wendelhorst's diluted earnings per share for the first nine months of 2025?",
    f"EUR {v:.2f} per diluted share (Earnings per share, diluted, Q1–Q3 2025 column, income statement p. 10).",
    "currency", v, "EUR", None, tol_half(v, 2), [e], ["lookup"])
v, e = row(12, "Cash flow from operating activities", 0, nth=0)
eur(m(8), "How much cash did operating activities generate for Wendelhorst in Q1–Q3 2026?",
    f"EUR {v:,.1f} million (Cash flow from operating activities, Q1–Q3 2026, statement of cash flows p. 12).",
    v, [e], ["lookup"], tol_half(v, 1))
v, e = row(4, "Restructuring and site consolidation", 4)
eur(m(9), "How much did restructuring and site consolidation cost as a special item in fiscal 2025 as a whole?",
    f"EUR {v:,.1f} million (Restructuring and site consolidation, FY 2025 column of the reconciliation, p. 4).",
    v, [e], ["lookup"], tol_half(v, 1))
v, e = row(1, "Order backlog", 1)
eur(m(10), "What was the group's order backlog at the end of 2025? Answer in EUR million with one decimal.",
    f"EUR {v:,.1f} million (Order backlog, 31 Dec 2025, key figures p. 1).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(12, "Purchase of treasury shares", 0)
eur(m(11), "How much cash did Wendelhorst spend buying back its own shares in the first nine months of 2026?",
    f"EUR {abs(v):,.1f} million (Purchase of treasury shares, shown as ({abs(v):.1f}) in the Q1–Q3 2026 column, p. 12).",
    abs(v), [e], ["lookup"], tol_half(v, 1))
v, e = row(6, "Adjusted EBITA", 0, nth=1)
eur(m(12), "What adjusted EBITA did corporate functions and consolidation report for Q3 2026?",
    f"EUR {v:.1f} million, a cost (Corporate functions and consolidation, Adjusted EBITA shown as ({abs(v):.1f}) for Q3 2026, p. 6).",
    v, [e], ["lookup"], tol_half(v, 1))
v, e = row(8, "Grid Components", 0)
add(M, m(13), "How many full-time equivalents did the Grid Components division employ at 30 September 2026?",
    f"{int(v):,} FTE (Employees by division, Grid Components, 30 Sep 2026, p. 8).", "count", int(v), "count", None, 0,
    [e], ["lookup"])
v, e = row(7, "Net working capital", 0)
eur(m(14), "What was Wendelhorst's net working capital at 30 September 2026?",
    f"EUR {v:,.1f} million (Net working capital, 30 Sep 2026, p. 7).", v, [e], ["lookup", "working_capital"], tol_half(v, 1))
v, e = row(7, "Net financial debt", 1)
eur(m(15), "How much net financial debt did the group carry at the end of December 2025, in millions of euros?",
    f"EUR {v:,.1f} million (Net financial debt, 31 Dec 2025 column, p. 7).", v, [e], ["lookup"], tol_half(v, 1))
v, e = row(4, "Adjusted EBITA margin (%)", 4)
add(M, m(16), "What adjusted EBITA margin did the group achieve in the full year 2025?",
    f"{v:.1f}% (Adjusted EBITA margin, FY 2025 column of the reconciliation, p. 4).", "percent", v, "percent", None,
    tol_half(v, 1), [e], ["lookup", "margin"])
v, e = row(3, "Organic change", 0)
eur(m(17), "By how many euros did organic growth lift revenue in Q3 2026 versus Q3 2025, before currency and portfolio effects? EUR millions.",
    f"EUR {v:,.1f} million (Revenue bridge, Organic change, Q3 column, p. 3).", v, [e], ["lookup", "growth"], tol_half(v, 1))

# ---- computed
gp, e1 = row(10, "Gross profit", 0)
rv, e2 = row(10, "Revenue", 0)
g = r1(100 * gp / rv)
add(M, m(18), "What was the gross margin (gross profit divided by revenue) in Q3 2026? Percent, one decimal.",
    f"{g:.1f}% (gross profit EUR {gp:,.1f}m / revenue EUR {rv:,.1f}m = {100 * gp / rv:.3f}%, Q3 2026, p. 10).",
    "percent", g, "percent", None, tol_half(g, 1), [e1, e2], ["margin"])
a1, e1 = row(5, "Adjusted EBITA", 0, nth=1)
r_1, e2 = row(5, "Revenue", 0, nth=1)
a0, _ = row(5, "Adjusted EBITA", 1, nth=1)
r_0, _ = row(5, "Revenue", 1, nth=1)
_, e3 = row(5, "Adjusted EBITA", 1, nth=1)
_, e4 = row(5, "Revenue", 1, nth=1)
chg = r1(100 * a1 / r_1 - 100 * a0 / r_0)
add(M, m(19), "By how many percentage points did Flow Solutions' adjusted EBITA margin (adjusted EBITA over revenue) change from Q3 2025 to Q3 2026? One decimal.",
    f"{chg:.1f} percentage points, a decline: {100 * a1 / r_1:.2f}% in Q3 2026 (EUR {a1}m / EUR {r_1}m) against "
    f"{100 * a0 / r_0:.2f}% in Q3 2025 (EUR {a0}m / EUR {r_0}m), Flow Solutions table p. 5.",
    "percent", chg, "pp", None, tol_half(chg, 1), [e3, e4], ["margin", "growth"])
o, e1 = row(6, "Order intake", 3, nth=0)
rr, e2 = row(6, "Revenue", 3, nth=0)
b = r1(o / rr, 2)
add(M, m(20), "What was Grid Components' book-to-bill ratio (order intake divided by revenue) for the first nine months of 2026? Two decimals.",
    f"{b:.2f} (order intake EUR {o:,.1f}m / revenue EUR {rr:,.1f}m, Q1–Q3 2026, Grid Components table p. 6).",
    "ratio", b, "ratio", None, tol_half(b, 2), [e1, e2], ["ratio"])
ca, e1 = row(11, "Current assets", 0)
cl, e2 = row(11, "Current liabilities", 0)
cr = r1(ca / cl, 2)
add(M, m(21), "What was Wendelhorst's current ratio at 30 September 2026? Round to two decimals.",
    f"{cr:.2f} (current assets EUR {ca:,.1f}m / current liabilities EUR {cl:,.1f}m = {ca / cl:.4f}, p. 11).",
    "ratio", cr, "ratio", None, tol_half(cr, 2), [e1, e2], ["ratio"])
te, e1 = row(11, "Total equity", 0)
ta, e2 = row(11, "Total assets", 0)
er = r1(100 * te / ta)
add(M, m(22), "Total equity as a share of total assets: what was that ratio at 30 September 2026, in percent to one decimal?",
    f"{er:.1f}% (total equity EUR {te:,.1f}m / total assets EUR {ta:,.1f}m = {100 * te / ta:.3f}%, p. 11).",
    "percent", er, "percent", None, tol_half(er, 1), [e1, e2], ["ratio"])
eb, e1 = row(4, "EBITDA", 2)
rv9, e2 = row(10, "Revenue", 2)
em = r1(100 * eb / rv9)
add(M, m(23), "What EBITDA margin (EBITDA over revenue) did the group earn in Q1–Q3 2026? One decimal, percent.",
    f"{em:.1f}% (EBITDA EUR {eb:,.1f}m, p. 4 / revenue EUR {rv9:,.1f}m, p. 10 = {100 * eb / rv9:.3f}%).",
    "percent", em, "percent", None, tol_half(em, 1), [e1, e2], ["margin", "ebitda"])
n0, e1 = row(10, "Net income", 1)
ni26, _ = row(10, "Net income", 0)
gr = r1(100 * (ni26 / n0 - 1))
add(M, m(24), "By what percentage did net income change in Q3 2026 compared with Q3 2025? Percent, one decimal.",
    f"{gr:.1f}%, a decline (net income EUR {ni26}m in Q3 2026 vs EUR {n0}m in Q3 2025: {100 * (ni26 / n0 - 1):.3f}%, p. 10).",
    "percent", gr, "percent", None, tol_half(gr, 1), [e1], ["growth"])
tx, e1 = row(10, "Income taxes", 0)
eb_t, e2 = row(10, "Earnings before taxes", 0)
etr = r1(100 * -tx / eb_t)
add(M, m(25), "What was the effective tax rate (income taxes over earnings before taxes) in the third quarter of 2026, to one decimal?",
    f"{etr:.1f}% (income taxes EUR {-tx}m / earnings before taxes EUR {eb_t}m = {100 * -tx / eb_t:.3f}%, Q3 2026, p. 10).",
    "percent", etr, "percent", None, tol_half(etr, 1), [e2, e1], ["ratio"])
bl1, e1 = row(6, "Grid Components", 0)
bl0, _ = row(6, "Grid Components", 1)
bg = r1(100 * (bl1 / bl0 - 1))
add(M, m(26), "How much did the Grid Components order backlog grow between 31 December 2025 and 30 September 2026, in percent?",
    f"{bg:.1f}% (EUR {bl1:,.1f}m at 30 Sep 2026 vs EUR {bl0:,.1f}m at 31 Dec 2025, order backlog by division p. 6).",
    "percent", bg, "percent", None, tol_half(bg, 1), [{**e1, "quote": f"Grid Components {bl1:,.1f} {bl0:,.1f}"}], ["growth"])
v, e = row(12, "Free cash flow", 0)
eur(m(27), "What free cash flow, as Wendelhorst defines it, did the group generate in the first nine months of 2026?",
    f"EUR {v:,.1f} million (Free cash flow, Q1–Q3 2026, free cash flow table p. 12).", v, [e], ["lookup", "fcf"], tol_half(v, 1))
ocf, e1 = row(12, "Cash flow from operating activities", 0, nth=0)
cap, e2 = row(12, "Capital expenditure (property, plant and equipment, intangibles)", 0)
fc = r1(ocf + cap)
eur(m(28), "Taking free cash flow simply as operating cash flow minus capital expenditure (ignoring disposal proceeds), what was it for Q1–Q3 2026? EUR millions, one decimal.",
    f"EUR {fc:,.1f} million (operating cash flow EUR {ocf:,.1f}m − capital expenditure EUR {-cap:,.1f}m, p. 12; the company's own "
    f"measure also adds disposal proceeds).", fc, [e1, e2], ["fcf", "defined"])
fcf, e1 = row(12, "Free cash flow", 0)
ni9, e2 = row(10, "Net income", 2)
cc = r1(100 * fcf / ni9)
add(M, m(29), "What was the cash conversion rate, defined as the company's free cash flow divided by net income, for the first nine months of 2026? Percent, one decimal.",
    f"{cc:.1f}% (free cash flow EUR {fcf}m, p. 12 / net income EUR {ni9}m, p. 10 = {100 * fcf / ni9:.3f}%).",
    "percent", cc, "percent", None, tol_half(cc, 1), [e1, e2], ["ratio", "defined"])
ae9, e1 = row(4, "Adjusted EBITA", 2)
fe9, e2 = row(10, "Financial expenses", 2)
ic = r1(ae9 / -fe9, 1)
add(M, m(30), "Interest cover here means adjusted EBITA divided by financial expenses. What was it for Q1–Q3 2026, to one decimal?",
    f"{ic:.1f}x (adjusted EBITA EUR {ae9}m, p. 4 / financial expenses EUR {-fe9}m, p. 10 = {ae9 / -fe9:.3f}).",
    "ratio", ic, "ratio", None, tol_half(ic, 1), [e1, e2], ["ratio", "defined"])
parts = [row(5, "Revenue", 6, nth=0), row(5, "Revenue", 6, nth=1), row(6, "Revenue", 6, nth=0),
         row(6, "Revenue (consolidation)", 6)]
fy = r1(sum(x for x, _ in parts))
eur(m(31), "The report has no group revenue line for the full year 2025. Adding up the three divisions and consolidation, what was it? EUR millions.",
    f"EUR {fy:,.1f} million (Drive Technology {parts[0][0]:,.1f} + Flow Solutions {parts[1][0]:,.1f} + Grid Components "
    f"{parts[2][0]:,.1f} + consolidation ({-parts[3][0]:.1f}), FY 2025 columns pp. 5–6).", fy, [e for _, e in parts],
    ["lookup", "defined"])
trc, e1 = row(11, "Trade receivables", 0)
ltm_txt = "Revenue for the last twelve months, the basis for the ratio, was EUR 5,288.1 million"
ltm = 5288.1
dso = r1(365 * trc / ltm)
add(M, m(32), "Using trade receivables at 30 September 2026 and last-twelve-months revenue, what were days sales outstanding (365 × receivables ÷ revenue)? One decimal.",
    f"{dso:.1f} days (365 × EUR {trc:,.1f}m / EUR {ltm:,.1f}m LTM revenue = {365 * trc / ltm:.3f}; pp. 11 and 7).",
    "count", dso, "count", None, tol_half(dso, 1), [e1, prose(7, ltm_txt)], ["days"])
d1, e1 = row(7, "Net financial debt", 0)
d0, e2 = row(7, "Net financial debt", 1)
dd = r1(d1 - d0)
eur(m(33), "By how much did net financial debt increase between the end of 2025 and 30 September 2026?",
    f"EUR {dd:,.1f} million (EUR {d1:,.1f}m at 30 Sep 2026 − EUR {d0:,.1f}m at 31 Dec 2025, p. 7).", dd, [e2], ["growth"])
p1_, e1 = row(10, "Earnings per share, diluted (EUR)", 2)
p0_, _ = row(10, "Earnings per share, diluted (EUR)", 3)
_, e1 = row(10, "Earnings per share, diluted (EUR)", 3)
eg = r1(100 * (p1_ / p0_ - 1))
add(M, m(34), "What was the year-on-year growth in diluted EPS for the nine months to September 2026? Percent with one decimal.",
    f"{eg:.1f}% (diluted EPS EUR {p1_:.2f} in Q1–Q3 2026 vs EUR {p0_:.2f} in Q1–Q3 2025, p. 10).",
    "percent", eg, "percent", None, tol_half(eg, 1), [e1], ["growth"])
si, e1 = row(4, "Total special items", 2)
ae9b, e2 = row(4, "Adjusted EBITA", 2)
sh = r1(100 * si / ae9b)
add(M, m(35), "Total special items for Q1–Q3 2026 were equal to what percentage of adjusted EBITA for the same period?",
    f"{sh:.1f}% (special items EUR {si}m / adjusted EBITA EUR {ae9b}m = {100 * si / ae9b:.3f}%, reconciliation p. 4).",
    "percent", sh, "percent", None, tol_half(sh, 1), [e1, e2], ["ratio"])

refusal(M, m(36), "What revenue did Wendelhorst report for the third quarter of 2024?",
        "The documents don't say: the Q3 2026 interim report compares only with Q3 2025 (EUR 1,274.0 million) and the "
        "first nine months of 2025, plus a few full-year 2025 columns; no 2024 figures are given.", ["lookup"])
refusal(M, m(37), "What was Flow Solutions' EBITDA in the third quarter of 2026?",
        "The documents don't say: divisions are reported down to adjusted EBITA only (Flow Solutions: EUR 42.7 million in "
        "Q3 2026); EBITDA is given for the group alone.", ["lookup", "ebitda"])
refusal(M, m(38), "How much free cash flow did Wendelhorst generate in the third quarter of 2026 on its own?",
        "The documents don't say: free cash flow is reported only for the nine months (EUR 90.6 million for Q1–Q3 2026); "
        "the quarter's cells are left blank.", ["fcf"])
refusal(M, m(39), "What was the value of inventories on Wendelhorst's balance sheet at 30 September 2025?",
        "The documents don't say: the balance sheet compares 30 September 2026 (EUR 1,046.8 million) with "
        "31 December 2025 (EUR 958.4 million); no 30 September 2025 balance is shown.", ["lookup", "working_capital"])
refusal(M, m(40), "What order intake did Wendelhorst book in the fourth quarter of 2026?",
        "The documents don't say: the report covers the period to 30 September 2026; it only mentions a single "
        "desalination order of about EUR 64 million won in October and a book-to-bill forecast above 1.05 for the year.",
        ["lookup"])

# ======================================================================= prose
def pq(n, question, answer, qtype, value, unit, scale, tol, ev, tags):
    add(P, p(n), question, answer, qtype, value, unit, scale, tol, ev, tags)


q = prose(3, "Asia/Pacific was again the fastest-growing region, with revenue up 11.6% to EUR 812.3 million")
pq(1, "How much did Wendelhorst bring in from customers in Asia in the first nine months of 2026?",
   "EUR 812.3 million of revenue from Asia/Pacific in the first nine months of 2026.", "currency", 812.3, "EUR",
   "million", tol_half(812.3, 1), [q], ["paraphrase", "lookup"])
pq(2, "By what percentage did Asia/Pacific revenue grow in the first nine months of 2026?",
   "11.6% (to EUR 812.3 million; growth in euros).", "percent", 11.6, "percent", None, tol_half(11.6, 1), [q],
   ["kind", "lookup"])
prior_ap = r1(812.3 / 1.116)
pq(3, "Based on the stated growth rate, roughly how much revenue did Asia/Pacific generate in the first nine months of 2025? EUR million, one decimal.",
   f"About EUR {prior_ap:,.1f} million (EUR 812.3 million ÷ 1.116 = {812.3 / 1.116:.2f}).", "currency", prior_ap, "EUR",
   "million", 0.002, [q], ["derived", "computation"])
regions = "By region, revenue in the first nine months was EUR 1,086.4 million in Germany (+3.3%) and EUR 1,244.6 million in the rest of Europe (+5.1%). The Americas contributed EUR 807.4 million (+4.3%)."
q2 = prose(3, regions)
tot = 1086.4 + 1244.6 + 807.4 + 812.3
share = r1(100 * 812.3 / tot)
pq(4, "What share of the group's nine-month revenue came from Asia/Pacific? Percent, one decimal.",
   f"{share:.1f}% (EUR 812.3m of EUR {tot:,.1f}m, the sum of the four regions: {100 * 812.3 / tot:.3f}%).", "percent",
   share, "percent", None, tol_half(share, 1), [q2, q], ["derived", "computation"])
q = prose(2, "Adjusted for currency and portfolio effects, revenue grew by 5.2%")
pq(5, "What was Wendelhorst's organic revenue growth in Q3 2026?",
   "5.2% organic growth in Q3 2026.", "percent", 5.2, "percent", None, tol_half(5.2, 1), [q],
   ["qualifier", "lookup"])
q = prose(2, "an increase of 4.2% on a reported")
pq(6, "On a reported basis, including currency and portfolio effects, how much did third-quarter revenue grow?",
   "4.2% reported growth in Q3 2026, to EUR 1,327.6 million.", "percent", 4.2, "percent", None,
   tol_half(4.2, 1), [q], ["qualifier", "lookup"])
q = prose(2, "for the first nine months organic growth stands at 6.8%")
pq(7, "What organic growth did the group achieve over the first nine months of 2026 (not just the quarter)?",
   "6.8% organic growth for the first nine months of 2026.", "percent", 6.8, "percent", None, tol_half(6.8, 1), [q],
   ["qualifier", "lookup"])
q = prose(9, "The adjusted EBITA margin is expected to reach 10.8% to 11.2%, after a previous range of 10.5% to 11.5%.")
pq(8, "What adjusted EBITA margin does Wendelhorst now expect for 2026 after narrowing its guidance?",
   "10.8% to 11.2% (previously 10.5% to 11.5%).", "range", [10.8, 11.2], "percent", None, 0.005, [q],
   ["qualifier", "lookup"])
q = prose(9, "Free cash flow should come in at EUR 250 million to EUR 280 million (previously EUR 230 million to EUR 290 million)")
pq(9, "Before the guidance was narrowed, what free cash flow range had Wendelhorst forecast for 2026?",
   "EUR 230 million to EUR 290 million in the earlier forecast (now EUR 250 million to EUR 280 million).", "range",
   [230, 290], "EUR", "million", 0.002, [q], ["qualifier", "lookup"])
q = prose(9, "we now expect organic revenue growth of between 4% and 5%, compared with 3% to 6% previously")
pq(10, "What organic revenue growth did the company's original 2026 forecast call for?",
   "3% to 6% originally (narrowed to 4% to 5%).", "range", [3, 6], "percent", None, 0.05, [q], ["qualifier", "lookup"])
q = prose(2, "We expect total one-off costs of around EUR 85 million over the life of the programme and annual savings of EUR 60 million from the end of 2027 onwards.")
pq(11, "How much does Wendelhorst expect to save each year once Fokus 2027 is fully implemented?",
   "EUR 60 million a year in savings from the end of 2027 onwards.", "currency", 60, "EUR",
   "million", 0.008, [q], ["kind", "lookup"])
pq(12, "What will the Fokus 2027 programme cost in one-off expenses over its whole life?",
   "Around EUR 85 million of one-off costs over the life of the programme.", "currency", 85, "EUR",
   "million", 0.006, [q], ["kind", "lookup"])
q = prose(2, "In the first nine months of 2026 we booked EUR 41.3 million of restructuring expenses.")
pq(13, "How much restructuring expense has been booked so far in 2026, up to the end of September?",
   "EUR 41.3 million of restructuring expenses booked in the first nine months of 2026.",
   "currency", 41.3, "EUR", "million", tol_half(41.3, 1), [q], ["qualifier", "lookup"])
lq = ("Lindqvist Kabelteknik AB, based in Ludvika, Sweden, was acquired on 1 April 2026 for a purchase price of "
      "EUR 152.4 million, including cash acquired of EUR 6.2 million. The company brings around 640 employees and "
      "contributed revenue of EUR 46.9 million since its first-time consolidation.")
q = prose(6, lq)
pq(14, "How many staff came with the Swedish acquisition Lindqvist Kabelteknik?",
   "Around 640 employees.", "count", 640, "count", None, 0.001, [q], ["kind", "paraphrase", "lookup"])
pq(15, "How much revenue has Lindqvist contributed since Wendelhorst consolidated it, i.e. from April to September 2026?",
   "EUR 46.9 million since first-time consolidation (EUR 24.8 million of it in Q3).", "currency", 46.9, "EUR", "million",
   tol_half(46.9, 1), [q], ["qualifier", "lookup"])
pq(16, "Net of the cash it acquired with the business, what did Wendelhorst pay for Lindqvist?",
   "EUR 146.2 million (purchase price EUR 152.4 million − cash acquired EUR 6.2 million).", "currency", 146.2, "EUR",
   "million", 0.001, [q], ["derived", "computation"])
q = prose(6, "Revenue rose 18.4% to EUR 297.6 million, of which Lindqvist Kabelteknik contributed EUR 24.8 million.")
pq(17, "Leaving out the newly acquired Lindqvist business, what revenue did Grid Components post in the third quarter? EUR million.",
   "EUR 272.8 million (EUR 297.6 million − EUR 24.8 million from Lindqvist).", "currency", 272.8, "EUR", "million",
   0.001, [q], ["derived", "computation"])
q = prose(8, "By 30 September 2026, 621,400 shares had been repurchased for a total of EUR 37.3 million.")
pq(18, "How many shares had Wendelhorst bought back under its programme by 30 September 2026?",
   "621,400 shares (for EUR 37.3 million in total).", "count", 621400, "count", None, 0, [q], ["kind", "lookup"])
avg = r1(37.3e6 / 621400, 2)
pq(19, "What average price per share did Wendelhorst pay in its buyback up to 30 September 2026? Euros, two decimals.",
   f"The average price was about EUR {avg:.2f} per share (EUR 37.3 million ÷ 621,400 shares = {37.3e6 / 621400:.3f}).", "currency", avg, "EUR",
   None, 0.002, [q], ["derived", "computation"])
q = prose(8, "At the end of September, Wendelhorst employed 20,744 people measured in full-time equivalents")
pq(20, "What was Wendelhorst's headcount at the end of the third quarter of 2026?",
   "20,744 full-time equivalents at 30 September 2026.", "count", 20744, "count", None, 0, [q], ["paraphrase", "lookup"])
q = prose(8, "reduced staff in Flow Solutions by 173 FTE")
pq(21, "How many jobs (FTE) did the restructuring cut in Flow Solutions between the end of 2025 and September 2026?",
   "173 FTE.", "count", 173, "count", None, 0, [q], ["paraphrase", "lookup"])
jv = ("On 14 October 2026 Wendelhorst agreed to sell its 49% stake in the joint venture Hanse Hydraulik GmbH, which is "
      "accounted for using the equity method, to its partner for EUR 38.0 million.")
q = prose(9, jv)
q_b = prose(9, "The stake was carried at EUR 27.5 million at 30 September 2026.")
pq(22, "How large a stake in Hanse Hydraulik is Wendelhorst selling, in percent?",
   "49% (sold for EUR 38.0 million).", "percent", 49, "percent", None, 0.01, [q], ["kind", "lookup"])
pq(23, "Comparing the agreed price with the carrying amount, what book gain would the Hanse Hydraulik sale produce? EUR million.",
   "EUR 10.5 million (price EUR 38.0 million − carrying amount EUR 27.5 million at 30 September 2026).", "currency",
   10.5, "EUR", "million", 0.005, [q, q_b], ["derived", "computation"])
q = prose(2, "Adjusted EBITA rose to EUR 146.4 million in the quarter")
pq(24, "What operating profit before interest, tax and acquisition amortisation, excluding one-off items, did the group earn in Q3 2026?",
   "EUR 146.4 million of adjusted EBITA in Q3 2026.", "currency", 146.4, "EUR",
   "million", tol_half(146.4, 1), [q], ["paraphrase", "qualifier", "lookup"])
q = prose(4, "for the nine months they came to EUR 46.5 million, net of a EUR 9.8 million gain")
pq(25, "What were total special items for the first nine months of 2026, rather than the third quarter alone?",
   "EUR 46.5 million of special items for the first nine months of 2026.",
   "currency", 46.5, "EUR", "million", tol_half(46.5, 1), [q], ["qualifier", "lookup"])
q = prose(8, "Capital expenditure on property, plant and equipment and intangible assets rose to EUR 118.6 million")
pq(26, "How much did Wendelhorst put into fixed assets and intangibles during the first nine months of 2026?",
   "EUR 118.6 million of capital expenditure (prior year EUR 104.3 million).", "currency", 118.6, "EUR", "million",
   tol_half(118.6, 1), [q], ["paraphrase", "lookup"])
q = prose(8, "(prior year: EUR 104.3 million), equal to 3.0% of revenue")
pq(27, "Relative to revenue, how large was capital expenditure in the first nine months of 2026?",
   "3.0% of revenue (EUR 118.6 million).", "percent", 3.0, "percent", None, tol_half(3.0, 1), [q], ["kind", "lookup"])
q = prose(7, "The equity ratio was 39.3% after 39.7% at the end of 2025.")
pq(28, "What was the equity ratio at the end of 2025?",
   "39.7% at 31 December 2025 (39.3% at 30 September 2026).", "percent", 39.7, "percent", None, tol_half(39.7, 1), [q],
   ["qualifier", "lookup"])
q = prose(7, "The leverage ratio of 1.6x remains well within our ceiling of 2.5x.")
pq(29, "What is the maximum leverage ratio Wendelhorst allows itself?",
   "The leverage ceiling is 2.5x.", "ratio", 2.5, "ratio", None, 0.02, [q],
   ["kind", "paraphrase", "lookup"])
q = prose(7, "the dividend of EUR 2.65 per share paid in May, totalling EUR 129.7 million")
pq(30, "How much dividend did each Wendelhorst shareholder receive per share in May 2026?",
   "EUR 2.65 per share (EUR 129.7 million in total).", "currency", 2.65, "EUR", None, tol_half(2.65, 2), [q],
   ["kind", "lookup"])
q = prose(5, "which had included a EUR 41 million mining conveyor order in Chile")
pq(31, "How big was the Chilean mining order that flattered Drive Technology's orders a year earlier?",
   "EUR 41 million (a mining conveyor order in Chile in Q3 2025).", "currency", 41, "EUR", "million", 0.012, [q],
   ["paraphrase", "lookup"])

refusal(P, p(32), "What total revenue in euros does Wendelhorst forecast for the full year 2026?",
        "The documents don't say: the 2026 forecast is given as organic revenue growth of 4% to 5% (and a margin and "
        "free cash flow range), not as a revenue amount.", ["refusal", "nearest_trap", "unanswerable"])
refusal(P, p(33), "How much order intake came from Asia/Pacific in the first nine months of 2026?",
        "The documents don't say: only revenue is broken down by region (Asia/Pacific revenue EUR 812.3 million, up "
        "11.6%); orders are given by division, not by region.", ["refusal", "nearest_trap", "unanswerable"])
refusal(P, p(34), "What interest rate is Wendelhorst paying on the bridge facility it drew in June?",
        "The documents don't say: the report gives the amount drawn (EUR 150.0 million) and the plan to refinance it "
        "with a Schuldschein loan, but no interest rate.", ["refusal", "nearest_trap", "unanswerable"])
refusal(P, p(35), "How much adjusted EBITA did Lindqvist Kabelteknik contribute after its acquisition?",
        "The documents don't say: only Lindqvist's revenue contribution is given (EUR 24.8 million in Q3, EUR 46.9 "
        "million since consolidation); no earnings contribution is disclosed.", ["refusal", "nearest_trap", "unanswerable"])


def write(path: Path, rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(path, len(rows))


if __name__ == "__main__":
    write(ROOT / "eval/data/filings_metrics_synth34a.jsonl", M)
    write(ROOT / "eval/data/prose_questions_synth34a.jsonl", P)
