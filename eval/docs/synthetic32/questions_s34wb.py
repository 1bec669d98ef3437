"""Writer B, pair 32: builds eval/data/{filings_metrics,prose_questions}_synth32b.jsonl from make_s34wb.py,
asserting each evidence quote is on its cited page in both pypdf extraction modes. Run from the worktree root:
PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic32/questions_s34wb.py"""
import json, re, sys
from decimal import Decimal, ROUND_HALF_UP
sys.path.insert(0, "eval/docs/synthetic32")
import make_s34wb as G
import pypdf

DOC = "VIRTALOOM_2026_H1_REPORT.pdf"
rd = pypdf.PdfReader(str(G.PDF))
ws = lambda s: re.sub(r"\s+", " ", s).strip()
TXT = {i + 1: (ws(p.extract_text()), ws(p.extract_text(extraction_mode="layout"))) for i, p in enumerate(rd.pages)}


def R(x, d):
    return float(Decimal(repr(x)).quantize(Decimal(1) / (Decimal(10) ** d), rounding=ROUND_HALF_UP)) if d else int(Decimal(repr(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ev(page, quote):
    q = ws(quote)
    for mode, t in zip(("plain", "layout"), TXT[page]):
        assert q in t, (page, mode, q)
    return {"doc": DOC, "page": page, "pages": [page], "quote": q}


IS, C, O, CF, CF25, CFY = G.IS, G.C, G.O, G.CF, G.CF25, G.CFY
M, P_ = [], []


def add(lst, prefix, n, question, answer, typ, value, unit, scale, tol, evidence, tags, **kw):
    row = {"id": f"{prefix}-{n:02d}", "question": question, "answer": answer, "type": typ, "value": value,
           "unit": unit, "scale": scale, "tolerance": tol, "evidence": evidence, "tags": tags + ["virtaloom"],
           "documents": [DOC]}
    row.update(kw)
    lst.append(row)


def m(*a, **k):
    add(M, "s32m-b", len(M) + 1, *a, **k)


def p(*a, **k):
    add(P_, "s32p-b", len(P_) + 1, *a, **k)


def th(v):  # thousand-amount tolerance
    return 0.001


def pct_tol(v, d=1):
    return round(0.5 * 10 ** -d / abs(v), 6)


# ------------------------------------------------------------------ metric questions
m("What revenue did Virtaloom report for January-June 2026? Give the figure in EUR thousand.",
  "EUR 141,915 thousand (Revenue, 1-6/2026 column, condensed consolidated statement of comprehensive income, p. 5).",
  "currency", 141915, "EUR", "thousand", 0.001, [ev(5, "Revenue 2, 3 72,560 63,590 141,915")], ["lookup"])
m("What was Virtaloom's gross profit in the second quarter of 2025 (April-June 2025), in EUR thousand?",
  "EUR 45,710 thousand (Gross profit, 4-6/2025 column, p. 5).",
  "currency", 45710, "EUR", "thousand", 0.001, [ev(5, "Gross profit 52,630 45,710")], ["lookup"])
m("How much operating profit (EBIT) did Virtaloom make in full-year 2025?",
  "EUR 31,070 thousand, i.e. EUR 31.1 million (Operating profit (EBIT), 1-12/2025 column, p. 5).",
  "currency", 31070, "EUR", "thousand", 0.001, [ev(5, "Operating profit (EBIT) 2 7,650 7,410 17,260 13,620 31,070")], ["lookup"])
m("What were Virtaloom's diluted earnings per share for Q2 2026?",
  "EUR 0.10 per diluted share (Diluted earnings per share, 4-6/2026 column, p. 5).",
  "currency", 0.10, "EUR", None, 0.05, [ev(5, "Diluted earnings per share, EUR 0.10")], ["lookup"])
m("What was the goodwill balance on Virtaloom's statement of financial position at 30 June 2026? EUR thousand.",
  "EUR 217,292 thousand (Goodwill, 30 June 2026, p. 6).",
  "currency", 217292, "EUR", "thousand", 0.001, [ev(6, "Goodwill 4 217,292")], ["lookup"])
m("How large were Virtaloom's contract liabilities at the end of 2025 (31 December 2025), in EUR thousand?",
  "EUR 52,380 thousand (Contract liabilities, 31 Dec 2025 column, p. 6).",
  "currency", 52380, "EUR", "thousand", 0.001, [ev(6, "Contract liabilities 3 63,150 52,380")], ["lookup"])
m("What cash and cash equivalents did Virtaloom hold at 30 June 2025? Answer in EUR thousand.",
  "EUR 38,300 thousand (Cash and cash equivalents at end of period, 1-6/2025 column of the cash flow statement, p. 7).",
  "currency", 38300, "EUR", "thousand", 0.001, [ev(7, "Cash and cash equivalents at end of period 38,783 38,300")], ["lookup"])
m("What was Virtaloom's total equity at 30 June 2025?",
  "EUR 213,450 thousand (Equity at 30 June 2025, total equity column, statement of changes in equity, p. 8).",
  "currency", 213450, "EUR", "thousand", 0.001, [ev(8, "Equity at 30 June 2025 80 124,800 -1,230 89,800 213,450")], ["lookup"])
m("Net of the cash it took over, how much cash did Virtaloom spend on buying Fjordsynk? EUR thousand.",
  "EUR 33,540 thousand (Net cash outflow (33,540), Note 4, p. 10; cash consideration 38,400 less cash acquired 4,860).",
  "currency", 33540, "EUR", "thousand", 0.001, [ev(10, "Net cash outflow (33,540)")], ["lookup"])
m("How much goodwill arose on the Fjordsynk acquisition, in EUR thousand?",
  "EUR 45,522 thousand (Goodwill, Note 4 purchase price allocation, p. 10).",
  "currency", 45522, "EUR", "thousand", 0.001, [ev(10, "Goodwill 45,522")], ["lookup"])
m("What was the total consideration for Fjordsynk AS, counting cash, shares and the earn-out at fair value? EUR thousand.",
  "EUR 67,510 thousand (Total consideration, Note 4, p. 10: cash 38,400 + shares 24,610 + contingent consideration 4,500).",
  "currency", 67510, "EUR", "thousand", 0.001, [ev(10, "Total consideration 67,510")], ["lookup"])
m("How much subscription revenue did Virtaloom book in April-June 2026? Give EUR thousand.",
  "EUR 54,120 thousand (Subscription, 4-6/2026, revenue by segment, p. 3).",
  "currency", 54120, "EUR", "thousand", 0.001, [ev(3, "Subscription 54,120")], ["lookup", "segment"])
m("What revenue came from North America in the first half of 2025 (EUR thousand)?",
  "EUR 14,360 thousand (North America, 1-6/2025 column, revenue by region, p. 3).",
  "currency", 14360, "EUR", "thousand", 0.001, [ev(3, "North America 17,680 14,360")], ["lookup", "region"])
m("What was adjusted EBITDA for the second quarter of 2025, in EUR thousand?",
  "EUR 15,050 thousand (Adjusted EBITDA, 4-6/2025 column, Note 8, p. 12).",
  "currency", 15050, "EUR", "thousand", 0.001, [ev(12, "Adjusted EBITDA 19,040 15,050")], ["lookup", "ebitda"])
m("What research and development expenses did Virtaloom report in its income statement for fiscal 2025 (EUR thousand)?",
  "EUR 49,870 thousand (Research and development, 1-12/2025 column, shown as -49,870, p. 5).",
  "currency", 49870, "EUR", "thousand", 0.001, [ev(5, "Research and development -13,890 -12,230 -27,150 -24,380 -49,870")], ["lookup"])
m("What was Virtaloom's net debt to LTM adjusted EBITDA at 31 December 2025? Two decimals.",
  "0.61x (Net debt / adjusted EBITDA (LTM), 31 Dec 2025 column, Note 8, p. 12).",
  "ratio", 0.61, "ratio", None, round(0.005 / 0.61, 6), [ev(12, "Net debt / adjusted EBITDA (LTM), x 0.90 0.61")], ["lookup", "ratio"])
h, h5, q2, q5, fy = IS["h1_26"], IS["h1_25"], IS["q2_26"], IS["q2_25"], IS["fy_25"]
v = R(h["gp"] / h["rev"] * 100, 1)
m("What was Virtaloom's gross margin (gross profit divided by revenue) in January-June 2026? Percent, rounded to one decimal place.",
  f"{v}% (gross profit 103,445 / revenue 141,915, 1-6/2026, p. 5).",
  "percent", v, "percent", None, pct_tol(v), [ev(5, "Revenue 2, 3 72,560 63,590 141,915"), ev(5, "Gross profit 52,630 45,710 103,445")], ["margin"])
v = R(-h["rd"] / h["rev"] * 100, 1)
m("What were Virtaloom's income-statement research and development expenses as a share of first-half 2026 revenue? Percent to one decimal.",
  f"{v}% (R&D 27,150 / revenue 141,915, 1-6/2026, p. 5).",
  "percent", v, "percent", None, pct_tol(v), [ev(5, "Revenue 2, 3 72,560 63,590 141,915"), ev(5, "Research and development -13,890 -12,230 -27,150")], ["defined", "margin"])
v = R(-fy["tax"] / fy["pbt"] * 100, 1)
m("What was Virtaloom's effective tax rate for 2025 as a whole, i.e. income tax over profit before tax? Round to one decimal place.",
  f"{v}% (income tax 5,990 / profit before tax 26,040, 1-12/2025, p. 5).",
  "percent", v, "percent", None, pct_tol(v), [ev(5, "Profit before tax 5,230 6,170 13,520 11,160 26,040"), ev(5, "Income tax -1,190 -1,410 -3,110 -2,570 -5,990")], ["defined", "ratio"])
ca_, cl_ = sum(C[k] for k in ("recv", "ca", "taxr", "cash")), C["bor_c"] + C["ll_c"] + C["pay"] + C["cl"] + C["taxl"] + C["prov"]
v = R(ca_ / cl_, 2)
m("Compute Virtaloom's current ratio (total current assets / total current liabilities) at 30 June 2026, to two decimals.",
  f"{v} (current assets {ca_:,} / current liabilities {cl_:,}, p. 6).",
  "ratio", v, "ratio", None, round(0.005 / v, 6), [ev(6, f"Total current assets {ca_:,}"), ev(6, f"Total current liabilities {cl_:,}")], ["ratio"])
v = R((h["sm"] / h5["sm"] - 1) * 100, 1)
m("By how much did sales and marketing expenses grow in H1 2026 versus H1 2025? Percent, one decimal.",
  f"{v}% (39,820 vs 35,660 EUR thousand, p. 5).",
  "percent", v, "percent", None, pct_tol(v), [ev(5, "Sales and marketing -20,410 -18,120 -39,820 -35,660")], ["growth"])
v = R(G.SEG["Subscription"]["q2_26"] / q2["rev"] * 100, 1)
m("Using the EUR thousand revenue-by-segment table, what proportion of second-quarter 2026 revenue was subscription revenue? Percent to one decimal.",
  f"{v}% (subscription 54,120 / total revenue 72,560, 4-6/2026, p. 3).",
  "percent", v, "percent", None, pct_tol(v), [ev(3, "Subscription 54,120"), ev(3, "Total revenue 72,560")], ["segment", "defined"])
v = R(h5["np"] / h5["rev"] * 100, 1)
m("What was Virtaloom's net profit margin (profit for the period / revenue) in January-June 2025? One decimal.",
  f"{v}% (profit 8,590 / revenue 124,540, 1-6/2025, p. 5).",
  "percent", v, "percent", None, pct_tol(v), [ev(5, "Revenue 2, 3 72,560 63,590 141,915 124,540"), ev(5, "Profit for the period 4,040 4,760 10,410 8,590")], ["margin"])
v = R((q2["adj_ebitda"] / q5["adj_ebitda"] - 1) * 100, 1)
m("Using the EUR thousand figures in Note 8, how fast did adjusted EBITDA grow year on year in the April-June quarter of 2026? Percent, one decimal.",
  f"{v}% (19,040 vs 15,050 EUR thousand, Note 8, p. 12).",
  "percent", v, "percent", None, pct_tol(v), [ev(12, "Adjusted EBITDA 19,040 15,050")], ["growth", "ebitda"])
v = R(G.FCF["h1_26"] / h["adj_ebitda"] * 100, 1)
m("Cash conversion, defined as free cash flow divided by adjusted EBITDA: what was it for the first half of 2026? Percent, one decimal.",
  f"{v}% (free cash flow 20,794 / adjusted EBITDA 37,600, Note 8, p. 12).",
  "percent", v, "percent", None, pct_tol(v), [ev(12, "Adjusted EBITDA 19,040 15,050 37,600"), ev(12, "Free cash flow 20,794")], ["fcf", "defined"])
v = CF["op"] + CF["capex_ppe"] + CF["capex_int"]
m("Using net cash from operating activities minus purchases of property, plant and equipment and capitalised development costs and other intangibles (without deducting lease repayments), what was Virtaloom's free cash flow for January-June 2026? EUR thousand.",
  f"EUR {v:,} thousand (31,734 - 1,720 - 6,340, cash flow statement p. 7; the company's own free cash flow of 20,794 also deducts lease repayments).",
  "currency", v, "EUR", "thousand", 0.001, [ev(7, "Net cash from operating activities 31,734"), ev(7, "Purchases of property, plant and equipment -1,720"), ev(7, "Capitalised development costs and other intangibles -6,340")], ["fcf", "defined"])
v = G.REV["h1_26"] - G.REV["q2_26"]
m("What revenue did Virtaloom generate in the first quarter of 2026 (January-March)? EUR thousand.",
  f"EUR {v:,} thousand (H1 141,915 less Q2 72,560, p. 5).",
  "currency", v, "EUR", "thousand", 0.001, [ev(5, "Revenue 2, 3 72,560 63,590 141,915")], ["computed"])
v = h["ebit"] - q2["ebit"]
m("Derive Virtaloom's operating profit for Q1 2026 from the half-year and second-quarter figures (EUR thousand).",
  f"EUR {v:,} thousand (H1 EBIT 17,260 less Q2 EBIT 7,650, p. 5).",
  "currency", v, "EUR", "thousand", 0.001, [ev(5, "Operating profit (EBIT) 2 7,650 7,410 17,260")], ["computed"])
v = fy["rev"] - h5["rev"]
m("What revenue did Virtaloom record in the second half of 2025 (July-December)? EUR thousand.",
  f"EUR {v:,} thousand (FY 2025 259,460 less H1 2025 124,540, p. 5).",
  "currency", v, "EUR", "thousand", 0.001, [ev(5, "Revenue 2, 3 72,560 63,590 141,915 124,540 259,460")], ["computed"])
v = fy["rev"] + h["rev"] - h5["rev"]
m("What was Virtaloom's revenue for the twelve months ended 30 June 2026? EUR thousand.",
  f"EUR {v:,} thousand (FY 2025 259,460 + H1 2026 141,915 - H1 2025 124,540, p. 5).",
  "currency", v, "EUR", "thousand", 0.001, [ev(5, "Revenue 2, 3 72,560 63,590 141,915 124,540 259,460")], ["computed"])
v = R(G.GW_ACQ / G.CONS["total"] * 100, 1)
m("Goodwill made up what percentage of the total purchase consideration for Fjordsynk? One decimal.",
  f"{v}% (goodwill 45,522 / total consideration 67,510, Note 4, p. 10).",
  "percent", v, "percent", None, pct_tol(v), [ev(10, "Goodwill 45,522"), ev(10, "Total consideration 67,510")], ["defined"])
v = R(G.CONS["shares"] / G.CONS["total"] * 100, 1)
m("What share of the total consideration for Fjordsynk shown in Note 4 was settled in Virtaloom shares? Percent, to one decimal place.",
  f"{v}% (shares issued 24,610 / total consideration 67,510, Note 4, p. 10).",
  "percent", v, "percent", None, pct_tol(v), [ev(10, "Shares issued (1,150,000 shares at EUR 21.40) 24,610"), ev(10, "Total consideration 67,510")], ["defined"])
v = R(G.BOR / C["eq"], 2)
m("What was Virtaloom's debt-to-equity ratio at 30 June 2026, taking non-current plus current borrowings (excluding lease liabilities) over total equity? Two decimals.",
  f"{v} ((74,000 + 10,000) / 253,079, p. 6).",
  "ratio", v, "ratio", None, round(0.005 / v, 6), [ev(6, "Borrowings 6 74,000"), ev(6, "Borrowings 6 10,000"), ev(6, "Total equity 253,079")], ["ratio", "defined"])
v = R(q2["ebitda"] / q2["rev"] * 100, 1)
m("What was the reported (unadjusted) EBITDA margin in Q2 2026? Percent with one decimal.",
  f"{v}% (EBITDA 15,570 / revenue 72,560, 4-6/2026, before adjustments).",
  "percent", v, "percent", None, pct_tol(v), [ev(12, "EBITDA 15,570"), ev(5, "Revenue 2, 3 72,560")], ["ebitda", "margin"])
# refusals
def mref(q, a, tags):
    m(q, a, "refusal", None, None, None, None, [], tags + ["refusal"])
mref("What revenue did Virtaloom report for the third quarter of 2026 (July-September)?",
     "The documents don't say: the half-year report covers January-June 2026 (with April-June and full-year 2025 comparatives); no July-September 2026 revenue is reported.", ["lookup"])
mref("How much revenue did Virtaloom generate in Asia-Pacific in H1 2026?",
     "The documents don't say: revenue by region is given only for the Nordics, DACH, Rest of Europe and North America (p. 3, Note 3); there is no Asia-Pacific figure.", ["lookup", "region"])
mref("What were Virtaloom's total assets at 30 June 2025?",
     "The documents don't say: the statement of financial position shows 30 June 2026 (479,445) and 31 December 2025 (406,860) only; for 30 June 2025 the report gives total equity (213,450) and cash (38,300), not total assets.", ["lookup", "nearest_trap"])
mref("What net cash did Virtaloom use in investing activities in the second quarter of 2026 alone?",
     "The documents don't say: the cash flow statement covers only the six months (1-6/2026: -41,600) and the full year 2025; for Q2 only operating cash flow and free cash flow are given in the key figures.", ["lookup", "nearest_trap"])
mref("What earnings per share does Virtaloom guide to for full-year 2026?",
     "The documents don't say: the 2026 outlook gives revenue (EUR 304-312 million), an adjusted EBITDA margin (25.5-27.0%) and organic growth (10-12%), but no earnings per share guidance.", ["lookup", "nearest_trap"])

# ------------------------------------------------------------------ prose questions
def mt(v, d=1):
    return round(0.5 * 10 ** -d / abs(v), 6)

p("What was Virtaloom's annualised recurring revenue run-rate at the end of June 2026?",
  "EUR 224.6 million of annual recurring revenue (ARR) at 30 June 2026.",
  "currency", 224.6, "EUR", "million", mt(224.6), [ev(2, "Our annual recurring revenue (ARR) reached EUR 224.6 million at the end of June")], ["paraphrase", "lookup"])
p("Stripping out Fjordsynk and currency effects, how much did Virtaloom's revenue grow in the first half of 2026?",
  "11.8% growth at constant exchange rates, excluding Fjordsynk.",
  "percent", 11.8, "percent", None, mt(11.8), [ev(2, "Excluding the contribution of Fjordsynk, which we consolidated from 1 April, and at constant exchange rates, organic growth was 11.8%")], ["qualifier", "lookup"])
p("At constant currency but with Fjordsynk included, what was H1 2026 revenue growth?",
  "14.9% at constant currency, Fjordsynk included.",
  "percent", 14.9, "percent", None, mt(14.9), [ev(2, "At constant currency but including Fjordsynk, revenue grew by 14.9%")], ["qualifier", "lookup"])
p("Excluding the acquired business and at constant currency, how fast did ARR grow year on year?",
  "16.2% organic ARR growth at constant currency, excluding Fjordsynk.",
  "percent", 16.2, "percent", None, mt(16.2), [ev(2, "excluding it and at constant currency, ARR grew by 16.2% year on year")], ["qualifier", "lookup"])
p("What net revenue retention did Virtaloom have a year before, at mid-2025?",
  "109% net revenue retention a year earlier (June 2025).",
  "percent", 109, "percent", None, mt(109, 0), [ev(2, "Net revenue retention improved to 112% from 109% a year ago")], ["qualifier", "lookup"])
p("How many customers came with the Fjordsynk deal?",
  "412 customers joined with Fjordsynk.",
  "count", 412, "count", None, 0, [ev(2, "We served 3,842 customers at 30 June 2026, of which 412 joined with Fjordsynk")], ["kind", "lookup"])
p("Leaving out the customers that came with Fjordsynk, how many customers did Virtaloom have at 30 June 2026?",
  "3,430 customers: the 3,842 total less the 412 that came with Fjordsynk.",
  "count", 3842 - 412, "count", None, 0, [ev(2, "We served 3,842 customers at 30 June 2026, of which 412 joined with Fjordsynk")], ["derived", "computation"])
p("Before adjusting for share-based payments and M&A costs, what EBITDA margin did Virtaloom report for January-June 2026?",
  "22.4% reported EBITDA margin (EBITDA of EUR 31.8 million).",
  "percent", 22.4, "percent", None, mt(22.4), [ev(2, "Reported EBITDA was EUR 31.8 million, a margin of 22.4%")], ["qualifier", "lookup"])
p("What was the adjusted EBITDA margin for the April-June quarter on its own?",
  "26.2% adjusted EBITDA margin in the second quarter alone.",
  "percent", 26.2, "percent", None, mt(26.2), [ev(2, "In the second quarter alone, the adjusted EBITDA margin was 26.2%")], ["qualifier", "lookup"])
p("By how much did the weaker krona and dollar cut reported sales in the first half?",
  "EUR 1.2 million.",
  "currency", 1.2, "EUR", "million", mt(1.2), [ev(2, "Currency movements, mainly the weaker Swedish krona and US dollar, reduced reported revenue by EUR 1.2 million in the period")], ["paraphrase", "lookup"])
p("How many new shares did Virtaloom hand to Fjordsynk's sellers?",
  "1,150,000 new shares (alongside EUR 38.4 million in cash).",
  "count", 1150000, "count", None, 0, [ev(2, "We paid EUR 38.4 million in cash and issued 1,150,000 new Virtaloom shares to the sellers")], ["kind", "lookup"])
p("How much cash did Virtaloom pay for Fjordsynk at closing?",
  "EUR 38.4 million in cash (plus 1,150,000 new shares).",
  "currency", 38.4, "EUR", "million", mt(38.4), [ev(2, "We paid EUR 38.4 million in cash and issued 1,150,000 new Virtaloom shares to the sellers")], ["kind", "lookup"])
p("What revenue range does Virtaloom now expect for 2026 after raising its outlook?",
  "EUR 304-312 million (raised from EUR 292-302 million).",
  "range", [304, 312], "EUR", "million", 0.001, [ev(4, "The company now expects revenue of EUR 304-312 million")], ["qualifier", "lookup"])
p("Before the August upgrade, what adjusted EBITDA margin was Virtaloom guiding to for 2026?",
  "24-26% (previous outlook of 23 April 2026; now 25.5-27.0%).",
  "range", [24, 26], "percent", None, 0.001, [ev(4, "Previous outlook (published on 23 April 2026): revenue of EUR 292-302 million, adjusted EBITDA margin of 24-26%")], ["qualifier", "lookup"])
p("What organic constant-currency growth did the April outlook assume for the full year 2026?",
  "9-11% (the raised outlook says 10-12%).",
  "range", [9, 11], "percent", None, 0.001, [ev(4, "and organic revenue growth at constant currency of 9-11%")], ["qualifier", "lookup"])
p("By how much did the midpoint of Virtaloom's 2026 revenue guidance move up with the raise? EUR million.",
  "EUR 11 million: the midpoint went from EUR 297 million (292-302) to EUR 308 million (304-312).",
  "currency", (304 + 312) / 2 - (292 + 302) / 2, "EUR", "million", 0.001,
  [ev(4, "The company now expects revenue of EUR 304-312 million"), ev(4, "revenue of EUR 292-302 million")], ["derived", "computation", "qualifier"])
p("What proportion of first-half revenue did Virtaloom earn in its home Nordic market?",
  "41.3% of revenue came from the Nordics.",
  "percent", 41.3, "percent", None, mt(41.3), [ev(3, "The Nordics remained our largest market with 41.3% of revenue")], ["paraphrase", "lookup"])
p("How quickly did sales to US and Canadian customers rise in January-June 2026?",
  "23.1% (North America revenue rose to EUR 17.7 million).",
  "percent", 23.1, "percent", None, mt(23.1), [ev(3, "North America was the fastest-growing region: revenue increased by 23.1% to EUR 17.7 million")], ["paraphrase", "kind", "lookup"])
p("What was Virtaloom's headcount at the end of June 2026?",
  "1,486 personnel at the end of June 2026 (1,297 a year earlier).",
  "count", 1486, "count", None, 0, [ev(3, "The number of personnel was 1,486 at the end of June (1,297)")], ["paraphrase", "lookup"])
p("Excluding the people who joined with Fjordsynk, how many employees did Virtaloom have at the end of June 2026?",
  "1,318 (1,486 personnel less 168 from Fjordsynk).",
  "count", 1486 - 168, "count", None, 0, [ev(3, "The number of personnel was 1,486 at the end of June (1,297), of whom 168 joined with Fjordsynk")], ["derived", "computation"])
p("How busy were Virtaloom's consultants in H1 2026, measured by utilisation?",
  "74% utilisation in professional services (71% a year earlier).",
  "percent", 74, "percent", None, mt(74, 0), [ev(3, "Utilisation improved to 74% (71%)")], ["paraphrase", "lookup"])
p("How much of the revolving credit facility was still available to draw at 30 June 2026?",
  "EUR 40.0 million undrawn (of a EUR 50.0 million facility).",
  "currency", 40.0, "EUR", "million", mt(40.0), [ev(4, "The undrawn part of the EUR 50.0 million revolving credit facility was EUR 40.0 million")], ["kind", "paraphrase", "lookup"])
v = R(4.0 / 141.9 * 100, 1)
p("Roughly what share of Virtaloom's January-June 2026 revenue did Fjordsynk contribute? Percent, one decimal.",
  f"About {v}% (Fjordsynk revenue EUR 4.0 million / group revenue EUR 141.9 million).",
  "percent", v, "percent", None, 0.02, [ev(2, "Fjordsynk contributed EUR 4.0 million of revenue in the second quarter"), ev(2, "Revenue grew by 14.0% to EUR 141.9 million")], ["derived", "computation"])
v = R(224.6 - 196.8, 1)
p("How much ARR did Virtaloom add between the end of 2025 and the end of June 2026? EUR million.",
  f"EUR {v} million (EUR 224.6 million at 30 June 2026 less EUR 196.8 million at the end of 2025).",
  "currency", v, "EUR", "million", mt(v), [ev(2, "compared with EUR 181.2 million a year earlier and EUR 196.8 million at the end of 2025")], ["derived", "computation", "qualifier"])
p("What is the maximum earn-out Virtaloom could pay for Fjordsynk?",
  "Up to EUR 8.0 million, payable in 2027 subject to Fjordsynk's 2026 ARR (fair value at acquisition EUR 4.5 million).",
  "currency", 8.0, "EUR", "million", mt(8.0), [ev(10, "a contingent consideration of up to EUR 8.0 million payable in 2027 subject to Fjordsynk's ARR in 2026")], ["qualifier", "paraphrase", "lookup"])
p("What would group revenue for January-June 2026 have been if Fjordsynk had been owned from the start of the year?",
  "EUR 145.6 million, had Fjordsynk been owned from 1 January 2026.",
  "currency", 145.6, "EUR", "million", mt(145.6), [ev(10, "Had the acquisition occurred on 1 January 2026, group revenue for January-June would have been EUR 145.6 million")], ["qualifier", "paraphrase", "lookup"])
p("How much operating profit did Fjordsynk contribute after it was acquired?",
  "EUR 0.6 million of operating profit (on EUR 4.0 million of revenue).",
  "currency", 0.6, "EUR", "million", mt(0.6), [ev(10, "From the acquisition date Fjordsynk contributed EUR 4.0 million of revenue and EUR 0.6 million of operating profit")], ["kind", "lookup"])
p("Where did Virtaloom's shares close on the last trading day of June 2026?",
  "EUR 23.85 on Nasdaq Helsinki on 30 June 2026.",
  "currency", 23.85, "EUR", None, mt(23.85, 2), [ev(4, "The closing price of the share on Nasdaq Helsinki on 30 June 2026 was EUR 23.85")], ["paraphrase", "lookup"])
v = R(3.0 - 0.90, 2)
p("How much headroom did Virtaloom have against its leverage covenant at 30 June 2026, in turns of EBITDA (covenant maximum minus actual net debt/LTM adjusted EBITDA)?",
  f"{v:.2f}x (covenant maximum 3.0x less actual 0.90x).",
  "ratio", v, "ratio", None, 0.005, [ev(11, "may not exceed 3.0x"), ev(2, "was 0.90x, well within our target of below 2.5x")], ["derived", "computation"])
def pref(q, a, tags):
    p(q, a, "refusal", None, None, None, None, [], tags + ["refusal", "unanswerable"])
pref("How much free cash flow does Virtaloom expect to generate in 2026?",
     "The documents don't say: the 2026 outlook covers revenue (EUR 304-312 million), the adjusted EBITDA margin (25.5-27.0%) and organic growth (10-12%); only the first-half free cash flow of EUR 20.8 million is given, not a full-year expectation.", ["nearest_trap"])
pref("What ARR did Fjordsynk itself have at 30 June 2026?",
     "The documents don't say: the report gives Fjordsynk's ARR only at acquisition (EUR 14.9 million) and group ARR at 30 June 2026 (EUR 224.6 million).", ["nearest_trap"])
pref("How many customers did Virtaloom lose to churn in the first half of 2026?",
     "The documents don't say: they give customer numbers (3,842 at 30 June 2026, 412 from Fjordsynk), net revenue retention of 112% and gross revenue retention of 95%, but no count of lost customers.", ["nearest_trap"])
pref("What EBIT margin is Virtaloom targeting for 2028?",
     "The documents don't say: the medium-term target for 2028 is an adjusted EBITDA margin of over 28%; no EBIT margin target is given.", ["nearest_trap"])
pref("What organic growth at constant currency does the report state for the first quarter of 2026 (January-March)?",
     "The documents don't say: organic constant-currency growth is given for January-June 2026 (11.8%) and April-June 2026 (9.0%), but not for January-March; any Q1 figure would have to be backed out from rounded percentages and is not stated.", ["nearest_trap"])

# ------------------------------------------------------------------ write
for lst in (M, P_):
    for row in lst:
        if row["type"] == "refusal":
            for k in ("value", "unit", "scale", "tolerance"):
                row[k] = None
for path, lst in (("eval/data/filings_metrics_synth32b.jsonl", M), ("eval/data/prose_questions_synth32b.jsonl", P_)):
    with open(path, "w") as f:
        for row in lst:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(M), len(P_))
