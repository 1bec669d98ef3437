# Long on purpose: generated test data.
"""Writer A, blind pair 36: an invented LSE-listed specialty retailer's interim results.

Fellwarden Group plc (invented) sells outdoor clothing, footwear and equipment in the UK and,
through its International segment, in Ireland, the Netherlands and Germany. This script writes
`fellwarden-interim-results-h1-fy27.pdf` next to itself: the interim results for the 26 weeks
to 30 August 2026 (FY27 is the year ending February 2027), with the 26 weeks to 31 August 2025
and the 52 weeks to 28 February 2026 as comparatives.

Every amount is held as an integer number of £0.1m (tenths of a million) so totals tie
exactly; every subtotal, roll-forward and narrative figure is computed here and asserted.
Importing the module computes the figures (`F`) without writing the PDF; run it to write.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
PDF_NAME = "fellwarden-interim-results-h1-fy27.pdf"

P = ("h1", "p1", "fy")  # 26 weeks to 30 Aug 2026, 26 weeks to 31 Aug 2025, 52 weeks to 28 Feb 2026
B = ("aug26", "aug25", "feb26")  # balance sheet dates, in column order


def rnd(x: float | Decimal, places: int = 1) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def m(t: int, paren: bool = True) -> str:
    """£m from tenths: 4146 -> '414.6'; negatives in parentheses."""
    s = f"{abs(t) / 10:,.1f}"
    if t == 0:
        return "-"
    if t < 0:
        return f"({s})" if paren else f"-{s}"
    return s


def pct(new: float, old: float, places: int = 1) -> Decimal:
    return rnd((new / old - 1) * 100, places)


# ---------------------------------------------------------------------------------------------
# Inputs (tenths of £m unless noted)
# ---------------------------------------------------------------------------------------------
F: dict = {}
rev_uk = {"h1": 3184, "p1": 3017, "fy": 6529}
rev_int = {"h1": 962, "p1": 825, "fy": 1783}
rev_stores = {"h1": 2681, "p1": 2584, "fy": 5480}
gross = {"h1": 1851, "p1": 1696, "fy": 3687}
selling = {"h1": 1204, "p1": 1129, "fy": 2364}
admin = {"h1": 318, "p1": 262, "fy": 589}
other_inc = {"h1": 13, "p1": 10, "fy": 22}
fin_inc = {"h1": 6, "p1": 4, "fy": 9}
fin_cost = {"h1": 91, "p1": 87, "fy": 176}
lease_int = {"h1": 63, "p1": 60, "fy": 122}
tax = {"h1": 68, "p1": 55, "fy": 148}
tax_on_adj = {"h1": 15, "p1": 3, "fy": 18}
oci_fx = {"h1": 4, "p1": -6, "fy": -9}
# adjusting items (all within administrative expenses)
adj = {
    "impair": {"h1": 31, "p1": 0, "fy": 44},
    "restructure": {"h1": 24, "p1": 0, "fy": 0},
    "amort_acq": {"h1": 12, "p1": 12, "fy": 24},
    "aborted": {"h1": 0, "p1": 9, "fy": 24},
}
impair_ppe = {"h1": 11, "p1": 0, "fy": 14}
# shares (millions, one decimal as tenths) and per-share inputs
wavg_basic = {"h1": 2124, "p1": 2136, "fy": 2131}
wavg_dil = {"h1": 2149, "p1": 2158, "fy": 2155}
# cash flow inputs
dep_ppe = {"h1": 118, "p1": 112, "fy": 229}
dep_rou = {"h1": 196, "p1": 188, "fy": 381}
amort = {"h1": 31, "p1": 29, "fy": 60}
sbp = {"h1": 14, "p1": 12, "fy": 25}
tax_paid = {"h1": 52, "p1": 47, "fy": 131}
capex_ppe = {"h1": 142, "p1": 118, "fy": 251}
capex_int = {"h1": 37, "p1": 31, "fy": 66}
disposals = {"h1": 2, "p1": 1, "fy": 3}
lease_principal = {"h1": 171, "p1": 164, "fy": 338}
own_shares = {"h1": 24, "p1": 15, "fy": 31}
new_leases = {"h1": 255, "p1": 201, "fy": 370}
# balance sheet inputs incl. the unpublished opening position at 1 March 2025 (the FY25 year end)
inv = {"feb25": 1618, "aug25": 1874, "feb26": 1702, "aug26": 1981}
recv = {"feb25": 214, "aug25": 246, "feb26": 221, "aug26": 259}
pay = {"feb25": 1893, "aug25": 2041, "feb26": 1968, "aug26": 2187}
borrow = {"feb25": 750, "aug25": 850, "feb26": 400, "aug26": 500}
lease_cur = {"aug25": 338, "feb26": 344, "aug26": 352}
cash_feb25 = 412
lease_feb25 = 2107
intang_feb25, ppe_feb25, rou_feb25, equity_feb25 = 1420, 1180, 1950, 2007
dta = {"aug25": 37, "feb26": 39, "aug26": 41}
ctl = {"aug25": 39, "feb26": 32, "aug26": 48}
share_cap, share_prem = 106, 482
# dividends (pence, one decimal) and shares ranking (millions, tenths)
div_final_fy25, div_interim_fy26, div_final_fy26, div_interim_fy27 = 55, 27, 60, 31
shares_rank = {"final_fy25": 2138, "interim_fy26": 2130, "final_fy26": 2119, "interim_fy27": 2119}
# stores
stores_open = {"UK": 162, "International": 21}
opened = {"UK": 2, "International": 4}
closed = {"UK": 3, "International": 0}
stores_aug25 = 181
# segment adjusted operating profit (UK; International is the remainder)
seg_uk_aop = {"h1": 378, "p1": 325, "fy": 799}

# ---------------------------------------------------------------------------------------------
# Derived figures
# ---------------------------------------------------------------------------------------------
rev = {p: rev_uk[p] + rev_int[p] for p in P}
rev_online = {p: rev[p] - rev_stores[p] for p in P}
cos = {p: gross[p] - rev[p] for p in P}  # negative
op = {p: gross[p] - selling[p] - admin[p] + other_inc[p] for p in P}
pbt = {p: op[p] + fin_inc[p] - fin_cost[p] for p in P}
pat = {p: pbt[p] - tax[p] for p in P}
adj_total = {p: sum(a[p] for a in adj.values()) for p in P}
adj_op = {p: op[p] + adj_total[p] for p in P}
adj_pbt = {p: pbt[p] + adj_total[p] for p in P}
adj_tax = {p: tax[p] + tax_on_adj[p] for p in P}
adj_pat = {p: adj_pbt[p] - adj_tax[p] for p in P}
eps_basic = {p: rnd(pat[p] / wavg_basic[p] * 100) for p in P}
eps_dil = {p: rnd(pat[p] / wavg_dil[p] * 100) for p in P}
adj_eps = {p: rnd(adj_pat[p] / wavg_basic[p] * 100) for p in P}
adj_eps_dil = {p: rnd(adj_pat[p] / wavg_dil[p] * 100) for p in P}
gm = {p: Decimal(gross[p]) / Decimal(rev[p]) * 100 for p in P}
gm_r = {p: rnd(gm[p], 1) for p in P}
gm_bps = int(rnd((gm["h1"] - gm["p1"]) * 100, -1))  # to the nearest 10 bps, as the release states it
assert gm_bps == int((gm_r["h1"] - gm_r["p1"]) * 100), "the bps move must match the rounded margins"
seg_int_aop = {p: adj_op[p] - seg_uk_aop[p] for p in P}
assert all(v > 0 for v in seg_int_aop.values())

# dividends paid (tenths of £m) from pence x shares ranking
def div_cash(pence: int, shares: int) -> int:
    return int(rnd(pence / 10 * shares / 10 / 100 * 10, 0))  # pence x m shares / 100 = £m; in tenths


div_paid = {
    "h1": div_cash(div_final_fy26, shares_rank["final_fy26"]),
    "p1": div_cash(div_final_fy25, shares_rank["final_fy25"]),
}
div_paid["fy"] = div_paid["p1"] + div_cash(div_interim_fy26, shares_rank["interim_fy26"])
interim_cost = rnd(div_interim_fy27 / 10 * shares_rank["interim_fy27"] / 10 / 100, 1)

# cash flow
open_bal = {"h1": "feb26", "p1": "feb25", "fy": "feb25"}
close_bal = {"h1": "aug26", "p1": "aug25", "fy": "feb26"}
d_inv = {p: -(inv[close_bal[p]] - inv[open_bal[p]]) for p in P}
d_recv = {p: -(recv[close_bal[p]] - recv[open_bal[p]]) for p in P}
d_pay = {p: pay[close_bal[p]] - pay[open_bal[p]] for p in P}
impair_nc = {p: adj["impair"][p] for p in P}
cgo = {
    p: op[p] + dep_ppe[p] + dep_rou[p] + amort[p] + impair_nc[p] + sbp[p] + d_inv[p] + d_recv[p] + d_pay[p]
    for p in P
}
ncfo = {p: cgo[p] - tax_paid[p] for p in P}
ncfi = {p: -capex_ppe[p] - capex_int[p] + disposals[p] + fin_inc[p] for p in P}
int_paid = {p: fin_cost[p] - lease_int[p] for p in P}
d_borrow = {p: borrow[close_bal[p]] - borrow[open_bal[p]] for p in P}
ncff = {
    p: -int_paid[p] - lease_int[p] - lease_principal[p] + d_borrow[p] - div_paid[p] - own_shares[p]
    for p in P
}
net_cash = {p: ncfo[p] + ncfi[p] + ncff[p] for p in P}
cash = {"feb25": cash_feb25}
cash["aug25"] = cash["feb25"] + net_cash["p1"]
cash["feb26"] = cash["feb25"] + net_cash["fy"]
cash["aug26"] = cash["feb26"] + net_cash["h1"]
open_cash = {p: cash[open_bal[p]] for p in P}
close_cash = {p: cash[close_bal[p]] for p in P}
fcf = {p: ncfo[p] - capex_ppe[p] - capex_int[p] + disposals[p] - lease_int[p] - lease_principal[p]
       - int_paid[p] + fin_inc[p] for p in P}

# leases and non-current assets roll forward
lease = {"feb25": lease_feb25}
lease["aug25"] = lease["feb25"] + new_leases["p1"] - lease_principal["p1"]  # interest accrues and is paid
lease["feb26"] = lease["feb25"] + new_leases["fy"] - lease_principal["fy"]
lease["aug26"] = lease["feb26"] + new_leases["h1"] - lease_principal["h1"]
lease_nc = {b: lease[b] - lease_cur[b] for b in B}
intang = {"aug25": intang_feb25 + capex_int["p1"] - amort["p1"],
          "feb26": intang_feb25 + capex_int["fy"] - amort["fy"]}
intang["aug26"] = intang["feb26"] + capex_int["h1"] - amort["h1"]
ppe = {"aug25": ppe_feb25 + capex_ppe["p1"] - dep_ppe["p1"] - disposals["p1"] - impair_ppe["p1"],
       "feb26": ppe_feb25 + capex_ppe["fy"] - dep_ppe["fy"] - disposals["fy"] - impair_ppe["fy"]}
ppe["aug26"] = ppe["feb26"] + capex_ppe["h1"] - dep_ppe["h1"] - disposals["h1"] - impair_ppe["h1"]
rou = {"aug25": rou_feb25 + new_leases["p1"] - dep_rou["p1"] - (adj["impair"]["p1"] - impair_ppe["p1"]),
       "feb26": rou_feb25 + new_leases["fy"] - dep_rou["fy"] - (adj["impair"]["fy"] - impair_ppe["fy"])}
rou["aug26"] = rou["feb26"] + new_leases["h1"] - dep_rou["h1"] - (adj["impair"]["h1"] - impair_ppe["h1"])
# equity roll-forward
tci = {p: pat[p] + oci_fx[p] for p in P}
equity = {"feb25": equity_feb25}
for p in ("p1", "fy", "h1"):
    equity[close_bal[p]] = equity[open_bal[p]] + tci[p] - div_paid[p] + sbp[p] - own_shares[p]
nca = {b: intang[b] + ppe[b] + rou[b] + dta[b] for b in B}
ca = {b: inv[b] + recv[b] + cash[b] for b in B}
ta = {b: nca[b] + ca[b] for b in B}
cl = {b: pay[b] + lease_cur[b] + ctl[b] for b in B}
provisions = {b: ta[b] - cl[b] - borrow[b] - lease_nc[b] - equity[b] for b in B}  # the balancing line
assert all(40 <= provisions[b] <= 120 for b in B), provisions
ncl = {b: borrow[b] + lease_nc[b] + provisions[b] for b in B}
tl = {b: cl[b] + ncl[b] for b in B}
assert all(ta[b] - tl[b] == equity[b] for b in B)
retained = {b: equity[b] - share_cap - share_prem for b in B}
net_assets = {b: ta[b] - tl[b] for b in B}
nd_ex = {b: borrow[b] - cash[b] for b in B}
nd_in = {b: nd_ex[b] + lease[b] for b in B}

# stores
stores_close = {k: stores_open[k] + opened[k] - closed[k] for k in stores_open}
stores_total_open = sum(stores_open.values())
stores_total = sum(stores_close.values())

# KPIs stated in the narrative (not derivable from the tables; set here)
lfl = {"h1": Decimal("5.8"), "p1": Decimal("3.4"), "uk": Decimal("4.9"), "int": Decimal("9.6"),
       "q1": Decimal("4.7"), "q2": Decimal("6.9"), "h2_4wk": Decimal("4.2")}
int_cc = Decimal("18.1")  # International revenue growth at constant currency
guide_new, guide_old, consensus = (73, 77), (70, 74), Decimal("72.4")
capex_guide = (38, 42)
rcf_size = 1500
club_members, club_growth = Decimal("2.41"), 12
colleagues = 5940
new_space_sqft = 38000
fy_lfl_guide = (4, 5)
nlw_cost = Decimal("4.1")
hedged = 85

growth_rev = pct(rev["h1"], rev["p1"])
growth_int = pct(rev_int["h1"], rev_int["p1"])
growth_uk = pct(rev_uk["h1"], rev_uk["p1"])
growth_online = pct(rev_online["h1"], rev_online["p1"])
growth_stores = pct(rev_stores["h1"], rev_stores["p1"])
growth_adj_pbt = pct(adj_pbt["h1"], adj_pbt["p1"])
growth_pbt = pct(pbt["h1"], pbt["p1"])
growth_adj_eps = pct(float(adj_eps["h1"]), float(adj_eps["p1"]))
growth_div = pct(div_interim_fy27, div_interim_fy26)
online_share = {p: rnd(rev_online[p] / rev[p] * 100) for p in P}
etr = rnd(tax["h1"] / pbt["h1"] * 100)
adj_etr = rnd(adj_tax["h1"] / adj_pbt["h1"] * 100)
capex_h1 = capex_ppe["h1"] + capex_int["h1"]
assert growth_int < int_cc  # sterling strengthened against the euro
assert stores_total == 186 and stores_total_open == 183

F.update({k: v for k, v in globals().items() if not k.startswith("_") and k != "F" and isinstance(v, (dict, int, Decimal, tuple))})


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------
def write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    W, H = A4
    LM, RM = 56, W - 56
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Fellwarden Group plc - Interim results for the 26 weeks to 30 August 2026")
    c.setAuthor("Fellwarden Group plc")
    state = {"page": 0, "y": 0.0}
    total_pages = 12

    def new_page() -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica", 7.5)
        text_line("Helvetica", 7.5, H - 34, [(LM, "Fellwarden Group plc", "l"),
                                             (RM, "Interim results for the 26 weeks to 30 August 2026", "r")])
        c.line(LM, H - 39, RM, H - 39)
        c.line(LM, 46, RM, 46)
        text_line("Helvetica", 7.5, 34, [(LM, "Fellwarden Group plc | LSE: FWG | Registered in England and Wales", "l"),
                                         (RM, f"Page {state['page']} of {total_pages}", "r")])
        state["y"] = H - 70

    def text_line(font: str, size: float, y: float, parts: list[tuple[float, str, str]]) -> None:
        """One text object per printed line (label, then cells), so extraction keeps the row whole."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        t = c.beginText()
        t.setFont(font, size)
        for x, s, align in parts:
            if not s:
                continue
            x0 = x - stringWidth(s, font, size) if align == "r" else x
            t.setTextOrigin(x0, y)
            t.textOut(s)
        c.drawText(t)

    def heading(text: str, size: float = 12, gap: float = 8) -> None:
        c.setFont("Helvetica-Bold", size)
        c.drawString(LM, state["y"], text)
        state["y"] -= size + gap

    def para(text: str, size: float = 9.2, lead: float = 12.4, indent: float = 0, bullet: bool = False,
             after: float = 6) -> None:
        c.setFont("Helvetica", size)
        x = LM + indent + (10 if bullet else 0)
        lines = simpleSplit(text, "Helvetica", size, RM - x)
        for i, line in enumerate(lines):
            parts = [(LM + indent, "-", "l")] if bullet and i == 0 else []
            text_line("Helvetica", size, state["y"], parts + [(x, line, "l")])
            state["y"] -= lead
        state["y"] -= after
        assert state["y"] > 60, f"page {state['page']} overflows"

    def table(headers: list[list[str]], rows: list, cols: list[float], size: float = 8.6,
              lead: float = 12.2, scale: str | None = None) -> None:
        """headers: one list per header line, one entry per numeric column. rows: (label, cells,
        style) with style '' | 'b' (bold) | 'h' (section heading, no cells) | 'rule' (a line above)."""
        if scale:
            c.setFont("Helvetica-Oblique", 7.8)
            c.drawString(LM, state["y"], scale)
            state["y"] -= 12
        for line in headers:
            text_line("Helvetica-Bold", 7.8, state["y"], [(x, h, "r") for x, h in zip(cols, line)])
            state["y"] -= 9.5
        c.line(LM, state["y"] + 5, RM, state["y"] + 5)
        state["y"] -= 5
        for row in rows:
            label, cells, style = (row + ("",))[:3] if len(row) == 2 else row
            if "rule" in style:
                c.line(cols[0] - 52, state["y"] + lead - 3, RM, state["y"] + lead - 3)
            font = "Helvetica-Bold" if ("b" in style or "h" in style) else "Helvetica"
            x0 = LM + (0 if ("b" in style or "h" in style) else 4)
            text_line(font, size, state["y"], [(x0, label, "l")] + [(x, v, "r") for x, v in zip(cols, cells)])
            state["y"] -= lead
        state["y"] -= 8
        assert state["y"] > 60, f"page {state['page']} overflows"

    C3 = [372, 452, 532]
    C4 = [300, 372, 452, 532]
    H3 = [["26 weeks to", "26 weeks to", "52 weeks to"],
          ["30 August 2026", "31 August 2025", "28 February 2026"],
          ["(unaudited)", "(unaudited)", "(audited)"]]
    HB = [["30 August 2026", "31 August 2025", "28 February 2026"],
          ["(unaudited)", "(unaudited)", "(audited)"]]

    def row3(label: str, d: dict, style: str = "", fmt=m) -> tuple:
        return (label, [fmt(d[p]) for p in P], style)

    def rowb(label: str, d: dict, style: str = "", sign: int = 1) -> tuple:
        return (label, [m(sign * d[b]) for b in B], style)

    def p_(x) -> str:
        return f"{x}p"

    # ---- page 1: highlights -------------------------------------------------------------------
    new_page()
    c.setFont("Helvetica-Bold", 17)
    c.drawString(LM, state["y"], "Fellwarden Group plc")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(LM, state["y"], "Interim results for the 26 weeks to 30 August 2026 (\"H1 FY27\")")
    state["y"] -= 15
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(LM, state["y"], "Released 29 September 2026, 7.00am. Fellwarden is a specialist retailer of outdoor "
                 "clothing, footwear and equipment.")
    state["y"] -= 20
    heading("Strong first half; full-year profit guidance raised", 11)
    para(f"Fellwarden Group plc (\"Fellwarden\", the \"Group\"), the specialist outdoor retailer, today announces its "
         f"unaudited interim results for the 26 weeks to 30 August 2026. Group revenue rose {growth_rev}% to "
         f"\u00a3{m(rev['h1'])}m and like-for-like sales grew {lfl['h1']}%, with International and online both growing "
         f"faster than the Group as a whole.")
    heading("Financial highlights", 10, 6)
    C_h = [372, 452, 532]
    table([["H1 FY27", "H1 FY26", "Change"]], [
        ("Revenue (\u00a3m)", [m(rev["h1"]), m(rev["p1"]), f"+{growth_rev}%"]),
        ("Like-for-like sales growth", [f"+{lfl['h1']}%", f"+{lfl['p1']}%", ""]),
        ("Gross margin", [f"{gm_r['h1']}%", f"{gm_r['p1']}%", f"+{gm_bps}bps"]),
        ("Adjusted profit before tax (\u00a3m)", [m(adj_pbt["h1"]), m(adj_pbt["p1"]), f"+{growth_adj_pbt}%"]),
        ("Adjusting items (\u00a3m)", [m(-adj_total["h1"]), m(-adj_total["p1"]), ""]),
        ("Statutory profit before tax (\u00a3m)", [m(pbt["h1"]), m(pbt["p1"]), f"+{growth_pbt}%"]),
        ("Adjusted basic earnings per share", [p_(adj_eps["h1"]), p_(adj_eps["p1"]), f"+{growth_adj_eps}%"]),
        ("Basic earnings per share", [p_(eps_basic["h1"]), p_(eps_basic["p1"]), ""]),
        ("Interim dividend per share", [f"{div_interim_fy27 / 10}p", f"{div_interim_fy26 / 10}p", f"+{growth_div}%"]),
        ("Net debt excluding lease liabilities (\u00a3m)", [m(nd_ex["aug26"]), m(nd_ex["aug25"]), ""]),
        ("Net debt including lease liabilities (\u00a3m)", [m(nd_in["aug26"]), m(nd_in["aug25"]), ""]),
    ], C_h)
    heading("Highlights", 10, 6)
    for t in [
        f"Like-for-like sales up {lfl['h1']}%: UK +{lfl['uk']}%, International +{lfl['int']}%; the second quarter "
        f"(+{lfl['q2']}%) was stronger than the first (+{lfl['q1']}%).",
        f"Online sales up {growth_online}% to \u00a3{m(rev_online['h1'])}m, {online_share['h1']}% of Group revenue "
        f"(H1 FY26: {online_share['p1']}%).",
        f"Gross margin up {gm_bps}bps to {gm_r['h1']}%, helped by lower freight rates and fewer markdowns.",
        f"Adjusted profit before tax up {growth_adj_pbt}% to \u00a3{m(adj_pbt['h1'])}m; statutory profit before tax "
        f"\u00a3{m(pbt['h1'])}m after adjusting items of \u00a3{m(adj_total['h1'])}m.",
        f"Interim dividend raised {growth_div}% to {div_interim_fy27 / 10}p per share.",
        f"Full-year adjusted profit before tax guidance raised to \u00a3{guide_new[0]}m-\u00a3{guide_new[1]}m "
        f"(previously \u00a3{guide_old[0]}m-\u00a3{guide_old[1]}m).",
    ]:
        para(t, bullet=True, after=2)
    state["y"] -= 4
    para("Adjusted measures are alternative performance measures (APMs); they are defined and reconciled to "
         "statutory measures on page 12.", size=8, lead=10.5)

    # ---- page 2: CEO statement ----------------------------------------------------------------
    new_page()
    heading("Chief Executive's statement")
    para("Imogen Raithby, Chief Executive Officer, said:")
    para(f"\"This has been a strong half for Fellwarden. Customers came back to the outdoors in numbers this spring "
         f"and summer, and we were ready for them with better availability and a sharper range. Total sales rose "
         f"{growth_rev}% to \u00a3{m(rev['h1'])}m and like-for-like sales grew {lfl['h1']}%, well ahead of the "
         f"{lfl['p1']}% we delivered in the same half last year. Adjusted profit before tax was "
         f"\u00a3{m(adj_pbt['h1'])}m, up from \u00a3{m(adj_pbt['p1'])}m, and we are raising our expectations for the "
         f"full year.\"")
    heading("Trading", 10, 6)
    para(f"The UK, which accounts for most of our sales, grew revenue {growth_uk}% to \u00a3{m(rev_uk['h1'])}m, with "
         f"like-for-like sales up {lfl['uk']}%. Walking boots, waterproofs and camping equipment all sold well, "
         f"and our own brands, Ridgeback and Fellwarden Trail, gained share within the range.")
    para(f"International revenue, from our stores and websites in Ireland, the Netherlands and Germany, rose "
         f"{growth_int}% to \u00a3{m(rev_int['h1'])}m. At constant currency International grew {int_cc}%, as the "
         f"stronger pound reduced the sterling value of euro sales. International like-for-like sales were up "
         f"{lfl['int']}%, and the four new stores opened in the half are trading in line with their business cases.")
    para(f"Online sales grew {growth_online}% to \u00a3{m(rev_online['h1'])}m and now make up {online_share['h1']}% "
         f"of Group revenue, compared with {online_share['p1']}% a year ago. Store sales grew {growth_stores}% to "
         f"\u00a3{m(rev_stores['h1'])}m. Click and collect remains popular: around a third of online orders are "
         f"collected in store.")
    heading("Stores", 10, 6)
    para(f"We opened {sum(opened.values())} stores in the half, {opened['UK']} in the UK and {opened['International']} "
         f"in International, adding around {new_space_sqft:,} square feet of selling space, and closed "
         f"{sum(closed.values())} smaller UK stores at the end of their leases. We traded from {stores_total} stores at "
         f"30 August 2026 ({stores_close['UK']} UK, {stores_close['International']} International), up from "
         f"{stores_total_open} at 28 February 2026 and {stores_aug25} a year earlier.")
    heading("Customers and colleagues", 10, 6)
    para(f"Membership of the Basecamp Club, our loyalty scheme, grew {club_growth}% year on year to "
         f"{club_members} million members, and members accounted for more than half of sales. The Group employed "
         f"around {colleagues:,} colleagues at the half year. I would like to thank every one of them for their "
         f"hard work through a busy summer.")
    heading("Strategy", 10, 6)
    para("Our strategy is unchanged: to be the most trusted specialist for people who spend time outdoors. We are "
         "investing in three areas: more and better stores in the UK and in our chosen International markets; "
         "a faster, more personal digital experience; and the systems and distribution capacity that let us grow "
         "without adding cost at the same pace. The new distribution centre at Daventry, which will serve both "
         "online and store orders, remains on track to open in spring 2027.")

    # ---- page 3: CEO continued, outlook ------------------------------------------------------
    new_page()
    heading("Chief Executive's statement (continued)")
    heading("International distribution", 10, 6)
    para(f"In June we decided to close our third-party-operated warehouse near Venlo and serve International stores "
         f"from a single hub in Dublin from early 2027. The cost of this change, \u00a3{m(adj['restructure']['h1'])}m "
         f"in the half, mainly redundancy and contract exit costs, is shown as an adjusting item. We expect the "
         f"change to save around \u00a31.5m a year from FY28.")
    heading("Current trading", 10, 6)
    para(f"Trading in the first four weeks of the second half has been encouraging, with like-for-like sales up "
         f"{lfl['h2_4wk']}%, against a tougher comparative as last autumn's cold snap arrived early. The autumn and "
         f"winter ranges are in stores and online, and stock levels are healthy: inventory at the half year was "
         f"\u00a3{m(inv['aug26'])}m, up {pct(inv['aug26'], inv['aug25'])}% on a year earlier, reflecting earlier "
         f"receipt of winter stock and the larger store estate.")
    heading("Outlook", 10, 6)
    para(f"The second half, which includes the autumn and winter season and the Christmas peak, has historically "
         f"generated around two thirds of the Group's annual profit, so the outcome for the year depends on trading "
         f"over the coming months. Given the first-half performance and a good start to the second half, the Board "
         f"now expects adjusted profit before tax for the 52 weeks ending 27 February 2027 of between "
         f"\u00a3{guide_new[0]}m and \u00a3{guide_new[1]}m, up from the range of \u00a3{guide_old[0]}m to "
         f"\u00a3{guide_old[1]}m given at the preliminary results in May. Before today's announcement, the "
         f"company-compiled analyst consensus for FY27 adjusted profit before tax was \u00a3{consensus}m.")
    para(f"For the full year we expect like-for-like sales growth of {fy_lfl_guide[0]}% to {fy_lfl_guide[1]}%, "
         f"capital expenditure of \u00a3{capex_guide[0]}m to \u00a3{capex_guide[1]}m and an adjusted effective tax "
         f"rate of around 25%. We plan to open a further five to seven stores in the second half. The Board does "
         f"not give guidance on statutory profit before tax, which will depend on adjusting items for the year.")
    heading("Interim dividend", 10, 6)
    para(f"Reflecting the Board's confidence, the interim dividend is increased by {growth_div}% to "
         f"{div_interim_fy27 / 10}p per share (H1 FY26: {div_interim_fy26 / 10}p), at a total cost of about "
         f"\u00a3{interim_cost}m. It will be paid on 8 January 2027 to shareholders on the register at the close of "
         f"business on 4 December 2026; the ex-dividend date is 3 December 2026. The final dividend for FY26 of "
         f"{div_final_fy26 / 10}p per share, \u00a3{m(div_paid['h1'])}m in total, was paid in July 2026.")
    heading("Board", 10, 6)
    para("Gavin Oduya, who has chaired the Board since 2019, has told the Board that he will not seek re-election "
         "at the 2027 Annual General Meeting. The Senior Independent Director, Priya Lanchester, is leading the "
         "search for his successor. Tomasz Ellery remains Chief Financial Officer.")
    for line in ("Imogen Raithby", "Chief Executive Officer", "29 September 2026"):
        para(line, after=0)
    state["y"] -= 8
    para("Enquiries: Fellwarden Group plc, investor relations; Pembrey Hartnell (financial PR). Analyst "
         "presentation at 9.30am today; a webcast will be available on the Group's website.", size=8, lead=10.5)

    # ---- page 4: financial review - revenue ---------------------------------------------------
    new_page()
    heading("Financial review")
    para("The financial review covers the 26 weeks to 30 August 2026 (\"H1 FY27\"), compared with the 26 weeks to "
         "31 August 2025 (\"H1 FY26\"). The Group's financial year ends on the Saturday nearest the end of February: FY27 is "
         "the 52 weeks ending 27 February 2027 and FY26 was the 52 weeks to 28 February 2026. Alternative "
         "performance measures are defined on page 12.")
    heading("Revenue", 10, 6)
    table(H3[:2], [
        ("By segment", [], "h"),
        row3("UK", rev_uk),
        row3("International", rev_int),
        row3("Group revenue", rev, "b rule"),
        ("By channel", [], "h"),
        row3("Stores", rev_stores),
        row3("Online", rev_online),
        row3("Group revenue", rev, "b rule"),
    ], C3, scale="(\u00a3m)")
    para(f"Group revenue grew {growth_rev}% to \u00a3{m(rev['h1'])}m. Like-for-like sales, which compare sales from "
         f"stores open for at least 52 weeks and from our websites with the same weeks of the prior year, grew "
         f"{lfl['h1']}%. New stores opened in FY26 and FY27 contributed the rest of the growth, net of closures and "
         f"a currency headwind in International.")
    table([["H1 FY27", "H1 FY26"]], [
        ("Like-for-like sales growth: Group", [f"{lfl['h1']}%", f"{lfl['p1']}%"]),
        ("Like-for-like sales growth: first quarter (13 weeks)", [f"{lfl['q1']}%", ""]),
        ("Like-for-like sales growth: second quarter (13 weeks)", [f"{lfl['q2']}%", ""]),
        ("Revenue growth: International, reported", [f"{growth_int}%", ""]),
        ("Revenue growth: International, constant currency", [f"{int_cc}%", ""]),
        ("Online participation (online revenue as % of Group revenue)", [f"{online_share['h1']}%",
                                                                          f"{online_share['p1']}%"]),
    ], [452, 532])
    heading("Store estate", 10, 6)
    table([["UK", "International", "Group"]], [
        ("Stores at 28 February 2026", [str(stores_open["UK"]), str(stores_open["International"]),
                                        str(stores_total_open)]),
        ("Opened", [str(opened["UK"]), str(opened["International"]), str(sum(opened.values()))]),
        ("Closed", [f"({closed['UK']})", "-", f"({sum(closed.values())})"]),
        ("Stores at 30 August 2026", [str(stores_close["UK"]), str(stores_close["International"]),
                                      str(stores_total)], "b rule"),
    ], C3)

    # ---- page 5: financial review - margin, costs, adjusting items --------------------------
    new_page()
    heading("Financial review (continued)")
    heading("Gross margin", 10, 6)
    para(f"Gross profit was \u00a3{m(gross['h1'])}m (H1 FY26: \u00a3{m(gross['p1'])}m). Gross margin rose {gm_bps} "
         f"basis points to {gm_r['h1']}% (H1 FY26: {gm_r['p1']}%; FY26: {gm_r['fy']}%). Lower container freight "
         f"rates and a cleaner stock position, which meant fewer clearance markdowns, more than offset the higher "
         f"mix of online sales, which carry delivery costs within cost of sales.")
    heading("Operating costs", 10, 6)
    para(f"Selling and distribution costs rose to \u00a3{m(selling['h1'])}m from \u00a3{m(selling['p1'])}m, "
         f"reflecting new stores, the National Living Wage increase in April and higher online fulfilment volumes. "
         f"Administrative expenses were \u00a3{m(admin['h1'])}m, including \u00a3{m(adj_total['h1'])}m of adjusting "
         f"items (H1 FY26: \u00a3{m(admin['p1'])}m including \u00a3{m(adj_total['p1'])}m). The April 2026 pay award "
         f"adds about \u00a3{nlw_cost}m to annual store payroll costs.")
    heading("Adjusting items", 10, 6)
    para("Adjusting items are material or non-recurring items, and amortisation of intangible assets acquired in "
         "business combinations, which the Board excludes from adjusted profit to show the underlying performance. "
         "All are charged within administrative expenses.")
    table(H3[:2], [
        row3("Impairment of store assets", adj["impair"]),
        row3("International distribution restructuring", adj["restructure"]),
        row3("Amortisation of acquired brand intangibles", adj["amort_acq"]),
        row3("Costs of aborted acquisition", adj["aborted"]),
        row3("Adjusting items before tax", adj_total, "b rule"),
        row3("Tax credit on adjusting items", {p: -tax_on_adj[p] for p in P}),
        row3("Adjusting items after tax", {p: adj_total[p] - tax_on_adj[p] for p in P}, "b rule"),
    ], C3, scale="(\u00a3m)")
    para(f"The impairment charge of \u00a3{m(adj['impair']['h1'])}m relates to four UK stores in shopping centres "
         f"where footfall has not recovered. The costs of the aborted acquisition in FY26 related to a Nordic "
         f"online retailer; talks ended in January 2026.")
    heading("Profit before tax", 10, 6)
    table(H3[:2], [
        row3("Statutory profit before tax", pbt),
        row3("Add back: adjusting items", adj_total),
        row3("Adjusted profit before tax", adj_pbt, "b rule"),
    ], C3, scale="(\u00a3m)")
    para(f"Net finance costs were \u00a3{m(fin_cost['h1'] - fin_inc['h1'])}m (H1 FY26: "
         f"\u00a3{m(fin_cost['p1'] - fin_inc['p1'])}m), of which interest on lease liabilities was "
         f"\u00a3{m(lease_int['h1'])}m. Statutory profit before tax rose {growth_pbt}% to \u00a3{m(pbt['h1'])}m and "
         f"adjusted profit before tax rose {growth_adj_pbt}% to \u00a3{m(adj_pbt['h1'])}m.")

    # ---- page 6: tax, EPS, cash flow, net debt ----------------------------------------------
    new_page()
    heading("Financial review (continued)")
    heading("Taxation and earnings per share", 10, 6)
    para(f"The tax charge was \u00a3{m(tax['h1'])}m, an effective rate of {etr}% on statutory profit; part of the "
         f"store impairment is not deductible for tax. On adjusted profit the effective rate was {adj_etr}%. "
         f"Basic earnings per share were {eps_basic['h1']}p (H1 FY26: {eps_basic['p1']}p) and adjusted basic "
         f"earnings per share were {adj_eps['h1']}p (H1 FY26: {adj_eps['p1']}p), up {growth_adj_eps}%.")
    heading("Cash flow", 10, 6)
    para(f"Net cash generated from operating activities was \u00a3{m(ncfo['h1'])}m (H1 FY26: \u00a3{m(ncfo['p1'])}m). "
         f"Inventory rose by \u00a3{m(-d_inv['h1'])}m over the half, as usual ahead of the winter season, and this "
         f"was largely funded by a \u00a3{m(d_pay['h1'])}m increase in trade and other payables.")
    table(H3[:2], [
        row3("Net cash generated from operating activities", ncfo),
        row3("Capital expenditure (property, plant and equipment)", {p: -capex_ppe[p] for p in P}),
        row3("Capital expenditure (intangible assets)", {p: -capex_int[p] for p in P}),
        row3("Proceeds from disposals", disposals),
        row3("Lease payments (principal and interest)", {p: -(lease_principal[p] + lease_int[p]) for p in P}),
        row3("Net interest paid on borrowings", {p: -(int_paid[p] - fin_inc[p]) for p in P}),
        row3("Free cash flow", fcf, "b rule"),
        row3("Dividends paid", {p: -div_paid[p] for p in P}),
        row3("Purchase of own shares by the employee benefit trust", {p: -own_shares[p] for p in P}),
    ], C3, scale="(\u00a3m)")
    para(f"Capital expenditure was \u00a3{m(capex_h1)}m (H1 FY26: \u00a3{m(capex_ppe['p1'] + capex_int['p1'])}m), "
         f"mainly new stores, refits and the Daventry distribution centre. Free cash flow, as defined on page 12, "
         f"was \u00a3{m(fcf['h1'])}m.")
    heading("Net debt and financing", 10, 6)
    table(HB[:1], [
        rowb("Cash and cash equivalents", cash),
        rowb("Borrowings (revolving credit facility)", borrow, sign=-1),
        rowb("Net debt excluding lease liabilities", nd_ex, "b rule", sign=-1),
        rowb("Lease liabilities", lease, sign=-1),
        rowb("Net debt including lease liabilities", nd_in, "b rule", sign=-1),
    ], C3, scale="(\u00a3m)")
    para(f"The Group has a \u00a3{m(rcf_size)}m revolving credit facility maturing in June 2029, of which "
         f"\u00a3{m(borrow['aug26'])}m was drawn at 30 August 2026, leaving \u00a3{m(rcf_size - borrow['aug26'])}m "
         f"undrawn. Net debt excluding lease liabilities was \u00a3{m(nd_ex['aug26'])}m at the half year, compared "
         f"with \u00a3{m(nd_ex['aug25'])}m a year earlier; drawings on the facility peak in the autumn and are "
         f"normally repaid after Christmas. The facility's covenants exclude lease liabilities and were met with "
         f"wide headroom.")

    # ---- page 7: principal risks --------------------------------------------------------------
    new_page()
    heading("Principal risks and uncertainties")
    para("The Board has reviewed the principal risks and uncertainties described in the FY26 Annual Report and "
         "considers that they remain relevant for the second half. In summary:")
    for title, text in [
        ("Consumer demand and the economy.", "Outdoor clothing and equipment are discretionary purchases. Higher "
         "living costs, interest rates or unemployment could reduce spending or push customers towards cheaper "
         "alternatives. We monitor trading daily and can adjust buying for the following season."),
        ("Weather and seasonality.", "A mild autumn or a late winter can hold back sales of insulated jackets, "
         "boots and winter accessories, which are important to second-half profit. We manage this through "
         "flexible open-to-buy and by carrying some core stock from season to season."),
        ("Supply chain and product costs.", f"Most products are made in Asia and paid for in US dollars. Freight "
         f"rates have eased, but disruption on shipping routes could delay deliveries or raise costs. We hedge "
         f"foreign currency purchases up to 18 months ahead; about {hedged}% of expected second-half US dollar "
         f"purchases were hedged at 30 August 2026."),
        ("People and wage costs.", f"Increases in the National Living Wage and employer costs add to store "
         f"payroll; the April 2026 increase adds about \u00a3{nlw_cost}m a year. Attracting and keeping skilled "
         f"store colleagues is important to the service we offer."),
        ("Technology and cyber security.", "A successful cyber attack or a failure of key systems could disrupt "
         "trading or lead to the loss of customer data. We continue to invest in security monitoring and in "
         "testing our recovery plans."),
        ("International expansion.", "New markets carry execution risk: choosing the right locations, building "
         "brand awareness and managing a more complex supply chain, including the move to a single "
         "International hub."),
        ("Distribution centre project.", "Delays or cost overruns at the Daventry distribution centre could "
         "affect service levels during the transition. The project has a dedicated steering group and a phased "
         "migration plan."),
    ]:
        c.setFont("Helvetica-Bold", 9.2)
        c.drawString(LM, state["y"], title)
        state["y"] -= 12.4
        para(text)
    heading("Going concern", 10, 6)
    para("The directors have reviewed forecasts covering at least 12 months from the date of this report, "
         "including a severe but plausible downside, and are satisfied that the Group has adequate resources. The "
         "interim financial statements are therefore prepared on a going concern basis.")
    heading("Responsibility statement", 10, 6)
    para("The directors confirm that the condensed interim financial statements have been prepared in accordance "
         "with UK-adopted IAS 34 Interim Financial Reporting and that this report includes a fair review of the "
         "information required by the Disclosure Guidance and Transparency Rules 4.2.7R and 4.2.8R.")

    # ---- page 8: income statement -----------------------------------------------------------
    new_page()
    heading("Condensed consolidated income statement")
    table([["", "26 weeks to", "26 weeks to", "52 weeks to"],
           ["Note", "30 August 2026", "31 August 2025", "28 February 2026"],
           ["", "(unaudited)", "(unaudited)", "(audited)"]], [
        ("Revenue", ["3", m(rev["h1"]), m(rev["p1"]), m(rev["fy"])]),
        ("Cost of sales", ["", m(cos["h1"]), m(cos["p1"]), m(cos["fy"])]),
        ("Gross profit", ["", m(gross["h1"]), m(gross["p1"]), m(gross["fy"])], "b rule"),
        ("Selling and distribution costs", ["", m(-selling["h1"]), m(-selling["p1"]), m(-selling["fy"])]),
        ("Administrative expenses", ["4", m(-admin["h1"]), m(-admin["p1"]), m(-admin["fy"])]),
        ("Other operating income", ["", m(other_inc["h1"]), m(other_inc["p1"]), m(other_inc["fy"])]),
        ("Operating profit", ["", m(op["h1"]), m(op["p1"]), m(op["fy"])], "b rule"),
        ("Finance income", ["", m(fin_inc["h1"]), m(fin_inc["p1"]), m(fin_inc["fy"])]),
        ("Finance costs", ["", m(-fin_cost["h1"]), m(-fin_cost["p1"]), m(-fin_cost["fy"])]),
        ("Profit before tax", ["", m(pbt["h1"]), m(pbt["p1"]), m(pbt["fy"])], "b rule"),
        ("Taxation", ["5", m(-tax["h1"]), m(-tax["p1"]), m(-tax["fy"])]),
        ("Profit for the period", ["", m(pat["h1"]), m(pat["p1"]), m(pat["fy"])], "b rule"),
        ("Attributable to owners of the parent company", []),
        ("Earnings per share (pence)", [], "h"),
        ("Basic", ["6", str(eps_basic["h1"]), str(eps_basic["p1"]), str(eps_basic["fy"])]),
        ("Diluted", ["6", str(eps_dil["h1"]), str(eps_dil["p1"]), str(eps_dil["fy"])]),
        ("Adjusted profit before tax (APM)", ["4", m(adj_pbt["h1"]), m(adj_pbt["p1"]), m(adj_pbt["fy"])]),
    ], C4, scale="(in \u00a3 millions, except per share data)")
    heading("Condensed consolidated statement of comprehensive income", 10, 6)
    table(H3[:2], [
        row3("Profit for the period", pat),
        ("Items that may be reclassified to profit or loss:", [], ""),
        row3("Exchange differences on translation of foreign operations", oci_fx),
        row3("Total comprehensive income for the period", tci, "b rule"),
    ], C3, scale="(\u00a3m)")
    para("All results relate to continuing operations.", size=8, lead=10.5)

    # ---- page 9: balance sheet ---------------------------------------------------------------
    new_page()
    heading("Condensed consolidated balance sheet")
    table(HB, [
        ("Non-current assets", [], "h"),
        rowb("Goodwill and intangible assets", intang),
        rowb("Property, plant and equipment", ppe),
        rowb("Right-of-use assets", rou),
        rowb("Deferred tax assets", dta),
        rowb("Total non-current assets", nca, "b rule"),
        ("Current assets", [], "h"),
        rowb("Inventories", inv),
        rowb("Trade and other receivables", recv),
        rowb("Cash and cash equivalents", cash),
        rowb("Total current assets", ca, "b rule"),
        rowb("Total assets", ta, "b"),
        ("Current liabilities", [], "h"),
        rowb("Trade and other payables", pay, sign=-1),
        rowb("Lease liabilities", lease_cur, sign=-1),
        rowb("Current tax liabilities", ctl, sign=-1),
        rowb("Total current liabilities", cl, "b rule", sign=-1),
        ("Non-current liabilities", [], "h"),
        rowb("Borrowings", borrow, sign=-1),
        rowb("Lease liabilities", lease_nc, sign=-1),
        rowb("Provisions", provisions, sign=-1),
        rowb("Total non-current liabilities", ncl, "b rule", sign=-1),
        rowb("Total liabilities", tl, "b", sign=-1),
        rowb("Net assets", net_assets, "b rule"),
        ("Equity", [], "h"),
        rowb("Share capital", {b: share_cap for b in B}),
        rowb("Share premium", {b: share_prem for b in B}),
        rowb("Retained earnings and other reserves", retained),
        rowb("Total equity", equity, "b rule"),
    ], C3, scale="(\u00a3m)")
    para("Borrowings are drawings under the Group's revolving credit facility, which matures in June 2029 and is "
         "classified as non-current.", size=8, lead=10.5)

    # ---- page 10: cash flow statement --------------------------------------------------------
    new_page()
    heading("Condensed consolidated cash flow statement")
    table(H3, [
        ("Cash flows from operating activities", [], "h"),
        row3("Operating profit", op),
        row3("Depreciation of property, plant and equipment", dep_ppe),
        row3("Depreciation of right-of-use assets", dep_rou),
        row3("Amortisation of intangible assets", amort),
        row3("Impairment of store assets", impair_nc),
        row3("Share-based payment charge", sbp),
        row3("(Increase)/decrease in inventories", d_inv),
        row3("(Increase)/decrease in trade and other receivables", d_recv),
        row3("Increase/(decrease) in trade and other payables and provisions", d_pay),
        row3("Cash generated from operations", cgo, "b rule"),
        row3("Tax paid", {p: -tax_paid[p] for p in P}),
        row3("Net cash generated from operating activities", ncfo, "b rule"),
        ("Cash flows from investing activities", [], "h"),
        row3("Purchase of property, plant and equipment", {p: -capex_ppe[p] for p in P}),
        row3("Purchase of intangible assets", {p: -capex_int[p] for p in P}),
        row3("Proceeds from disposal of property, plant and equipment", disposals),
        row3("Interest received", fin_inc),
        row3("Net cash used in investing activities", ncfi, "b rule"),
        ("Cash flows from financing activities", [], "h"),
        row3("Interest paid on borrowings", {p: -int_paid[p] for p in P}),
        row3("Interest paid on lease liabilities", {p: -lease_int[p] for p in P}),
        row3("Repayment of principal on lease liabilities", {p: -lease_principal[p] for p in P}),
        row3("Drawdown/(repayment) of borrowings", d_borrow),
        row3("Dividends paid to shareholders", {p: -div_paid[p] for p in P}),
        row3("Purchase of own shares by the employee benefit trust", {p: -own_shares[p] for p in P}),
        row3("Net cash used in financing activities", ncff, "b rule"),
        row3("Net increase/(decrease) in cash and cash equivalents", net_cash, "b rule"),
        row3("Cash and cash equivalents at beginning of period", open_cash),
        row3("Cash and cash equivalents at end of period", close_cash, "b rule"),
    ], C3, scale="(\u00a3m)", lead=11.8)

    # ---- page 11: notes ----------------------------------------------------------------------
    new_page()
    heading("Notes to the condensed interim financial statements")
    heading("1-2. Basis of preparation", 10, 6)
    para("The condensed interim financial statements for the 26 weeks to 30 August 2026 are unaudited and have been "
         "prepared under UK-adopted IAS 34. The comparative figures for the 52 weeks to 28 February 2026 are taken "
         "from the audited statutory accounts for that year. The accounting policies are those of the FY26 Annual "
         "Report.", size=8.8, lead=11.5)
    heading("3. Segment information", 10, 6)
    table(H3[:2], [
        ("Revenue", [], "h"),
        row3("UK", rev_uk),
        row3("International", rev_int),
        row3("Total revenue", rev, "b rule"),
        ("Adjusted operating profit", [], "h"),
        row3("UK", seg_uk_aop),
        row3("International", seg_int_aop),
        row3("Adjusted operating profit", adj_op, "b rule"),
        row3("Adjusting items", {p: -adj_total[p] for p in P}),
        row3("Operating profit", op, "b rule"),
        row3("Net finance costs", {p: fin_inc[p] - fin_cost[p] for p in P}),
        row3("Profit before tax", pbt, "b rule"),
    ], C3, scale="(\u00a3m)", lead=11.6)
    heading("4. Adjusting items", 10, 6)
    para(f"Adjusting items of \u00a3{m(adj_total['h1'])}m (H1 FY26: \u00a3{m(adj_total['p1'])}m; FY26: "
         f"\u00a3{m(adj_total['fy'])}m) are charged within administrative expenses and analysed in the financial "
         f"review on page 5.", size=8.8, lead=11.5)
    heading("5. Taxation", 10, 6)
    para(f"The tax charge for the interim period is based on the expected rate for the full year applied to the "
         f"profit of the period, adjusted for items not deductible for tax, mainly part of the store impairment. "
         f"The UK main rate of corporation tax is 25%.", size=8.8, lead=11.5)
    heading("6. Earnings per share", 10, 6)
    table(H3[:2], [
        row3("Profit for the period (\u00a3m)", pat),
        row3("Adjusting items after tax (\u00a3m)", {p: adj_total[p] - tax_on_adj[p] for p in P}),
        row3("Adjusted profit after tax (\u00a3m)", adj_pat, "b rule"),
        row3("Weighted average shares in issue, basic (millions)", wavg_basic),
        row3("Weighted average shares in issue, diluted (millions)", wavg_dil),
        row3("Basic earnings per share (pence)", eps_basic, fmt=str),
        row3("Diluted earnings per share (pence)", eps_dil, fmt=str),
        row3("Adjusted basic earnings per share (pence)", adj_eps, fmt=str),
        row3("Adjusted diluted earnings per share (pence)", adj_eps_dil, fmt=str),
    ], C3, lead=11.6)
    heading("7. Dividends", 10, 6)
    para(f"An interim dividend of {div_interim_fy27 / 10}p per share for FY27 (FY26 interim: {div_interim_fy26 / 10}p; "
         f"FY26 final: {div_final_fy26 / 10}p) was approved by the Board on 28 September 2026 and has not been "
         f"recognised as a liability at 30 August 2026.", size=8.8, lead=11.5)

    # ---- page 12: APMs -----------------------------------------------------------------------
    new_page()
    heading("Alternative performance measures")
    para("The Group uses the following alternative performance measures (APMs). They are not defined by IFRS and "
         "may not be comparable with measures used by other companies.")
    for title, text in [
        ("Like-for-like sales growth:", "the change in sales from stores trading for at least 52 weeks, and from the "
         "Group's websites, against the same weeks of the prior year, at constant currency and excluding VAT."),
        ("Adjusted operating profit and adjusted profit before tax:", "operating profit and profit before tax "
         "before adjusting items (note 4 and page 5)."),
        ("Adjusted basic earnings per share:", "adjusted profit after tax divided by the weighted average number of "
         "shares in issue."),
        ("Gross margin:", "gross profit as a percentage of revenue."),
        ("Online participation:", "online revenue as a percentage of Group revenue."),
        ("Free cash flow:", "net cash generated from operating activities, less capital expenditure on property, "
         "plant and equipment and intangible assets, plus disposal proceeds, less lease payments (principal and "
         "interest) and net interest paid on borrowings. It is stated before dividends and purchases of own "
         "shares."),
        ("Net debt:", "borrowings less cash and cash equivalents, shown both excluding and including lease "
         "liabilities."),
    ]:
        para(f"{title} {text}")
    heading("Reconciliation of adjusted measures", 10, 6)
    table(H3[:2], [
        row3("Operating profit", op),
        row3("Adjusting items", adj_total),
        row3("Adjusted operating profit", adj_op, "b rule"),
        row3("Net finance costs", {p: fin_inc[p] - fin_cost[p] for p in P}),
        row3("Adjusted profit before tax", adj_pbt, "b rule"),
        row3("Tax on adjusted profit", {p: -adj_tax[p] for p in P}),
        row3("Adjusted profit after tax", adj_pat, "b rule"),
    ], C3, scale="(\u00a3m)")
    para("Forward-looking statements in this announcement reflect the directors' current expectations and are "
         "subject to risks and uncertainties; actual results may differ. Nothing in this announcement should be "
         "read as a profit forecast.", size=8, lead=10.5)
    assert state["page"] == total_pages
    c.save()


# ---------------------------------------------------------------------------------------------
# Checks on the figures (ties), then write
# ---------------------------------------------------------------------------------------------
def checks() -> None:
    for p in P:
        assert rev_stores[p] + rev_online[p] == rev[p]
        assert rev[p] + cos[p] == gross[p]
        assert adj_op[p] + fin_inc[p] - fin_cost[p] == adj_pbt[p]
        assert seg_uk_aop[p] + seg_int_aop[p] - adj_total[p] == op[p]
        assert open_cash[p] + net_cash[p] == close_cash[p]
        assert ncfo[p] + ncfi[p] + ncff[p] == net_cash[p]
    assert cash["aug26"] == cash["feb26"] + net_cash["h1"]
    # H1 FY27 balance sheet moves agree with the cash flow working-capital lines
    assert d_inv["h1"] == inv["feb26"] - inv["aug26"]
    assert d_borrow["h1"] == borrow["aug26"] - borrow["feb26"]
    assert all(nd_in[b] == borrow[b] - cash[b] + lease_cur[b] + lease_nc[b] for b in B)
    # the interim dividend and gross-margin statements
    assert gm_r["h1"] == Decimal("44.6") and gm_r["p1"] == Decimal("44.1") and gm_bps == 50
    assert 2 * div_paid["h1"] > 0 and abs(interim_cost - Decimal("6.6")) < Decimal("0.05")
    # second half FY26 carried most of the year's adjusted profit ("around two thirds")
    assert 0.6 < (adj_pbt["fy"] - adj_pbt["p1"]) / adj_pbt["fy"] < 0.7


checks()

if __name__ == "__main__":
    out = HERE / PDF_NAME
    write_pdf(out)
    print("wrote", out)
    for k in ("rev", "gross", "op", "pbt", "adj_pbt", "pat", "ncfo", "fcf", "net_cash"):
        print(k, F[k])
    for k in ("cash", "equity", "provisions", "nd_ex", "nd_in", "lease", "ta"):
        print(k, F[k])
