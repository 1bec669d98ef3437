# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Writer B, synthetic blind pair 32: Virtaloom Oyj half-year report January-June 2026.

Invented Finnish listed software company (Nasdaq Helsinki), IFRS, statements in EUR thousand,
key figures in EUR million. Every figure is computed here from a few inputs and asserted to tie.
Run from the worktree root:  PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic32/make_s34wb.py
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
PDF = OUT / "VIRTALOOM_2026_H1_REPORT.pdf"
CO = "Virtaloom Oyj"


def r(x, d=1):
    return float(Decimal(str(x)).quantize(Decimal(1) / (Decimal(10) ** d), rounding=ROUND_HALF_UP))


def fk(v):
    """EUR thousand cell, minus sign for negatives."""
    if v is None:
        return "-"
    v = int(round(v))
    return f"-{abs(v):,}" if v < 0 else f"{v:,}"


def fb(v):
    """EUR thousand cell, brackets for negatives (APM and acquisition notes)."""
    v = int(round(v))
    return f"({abs(v):,})" if v < 0 else f"{v:,}"


def fm(v_thousand, d=1):
    """EUR million with d decimals from a EUR thousand figure."""
    x = r(v_thousand / 1000, d)
    return f"-{abs(x):,.{d}f}" if x < 0 else f"{x:,.{d}f}"


def pct(x, d=1):
    x = r(x, d)
    return f"-{abs(x):.{d}f}" if x < 0 else f"{x:.{d}f}"


# ----------------------------------------------------------------------------- inputs
P = ["q2_26", "q2_25", "h1_26", "h1_25", "fy_25"]
SEG = {  # revenue by segment, EUR thousand
    "Subscription": dict(q2_26=54120, q2_25=44310, h1_26=104860, h1_25=86420, fy_25=180650),
    "Professional Services": dict(q2_26=14030, q2_25=13260, h1_26=27310, h1_25=25940, fy_25=51870),
    "Licences": dict(q2_26=4410, q2_25=6020, h1_26=9745, h1_25=12180, fy_25=26940),
}
REV = {p: sum(s[p] for s in SEG.values()) for p in P}
IS_IN = dict(  # cost of revenue, S&M, R&D, G&A, other op income, other op expense, fin income, fin costs, tax
    q2_26=(-19930, -20410, -13890, -10870, 310, -120, 540, -2960, -1190),
    q2_25=(-17880, -18120, -12230, -8050, 190, -90, 410, -1650, -1410),
    h1_26=(-38470, -39820, -27150, -19640, 640, -215, 1120, -4860, -3110),
    h1_25=(-35210, -35660, -24380, -15920, 410, -160, 780, -3240, -2570),
    fy_25=(-72880, -72940, -49870, -33210, 930, -420, 1690, -6720, -5990),
)
IS = {}
for p in P:
    cor, sm, rd, ga, ooi, ooe, fi, fc, tax = IS_IN[p]
    d = dict(rev=REV[p], cor=cor, sm=sm, rd=rd, ga=ga, ooi=ooi, ooe=ooe, fi=fi, fc=fc, tax=tax)
    d["gp"] = d["rev"] + cor
    d["ebit"] = d["gp"] + sm + rd + ga + ooi + ooe
    d["pbt"] = d["ebit"] + fi + fc
    d["np"] = d["pbt"] + tax
    IS[p] = d
# D&A split: depreciation PP&E, depreciation right-of-use, amortisation of intangibles (of which acquired PPA)
DA = dict(q2_26=(960, 1500, 5460), q2_25=(830, 1360, 4000), h1_26=(1850, 2940, 9780),
          h1_25=(1640, 2710, 7950), fy_25=(3380, 5560, 16200))
PPA_AMORT = dict(q2_26=2660, q2_25=1730, h1_26=4120, h1_25=3460, fy_25=6980)
SBP = dict(q2_26=1790, q2_25=1450, h1_26=3460, h1_25=2870, fy_25=5980)
MA = dict(q2_26=1680, q2_25=0, h1_26=2310, h1_25=0, fy_25=640)
SHARES_B = dict(q2_26=41770, q2_25=40560, h1_26=41198, h1_25=40540, fy_25=40575)  # thousand shares
SHARES_D = dict(q2_26=42315, q2_25=41030, h1_26=41742, h1_25=41010, fy_25=41060)
for p in P:
    d = IS[p]
    d["da"] = sum(DA[p])
    d["ebitda"] = d["ebit"] + d["da"]
    d["adj_ebitda"] = d["ebitda"] + SBP[p] + MA[p]
    d["adj_ebita"] = d["ebit"] + PPA_AMORT[p] + SBP[p] + MA[p]
    d["eps_b"] = r(d["np"] / SHARES_B[p], 2)
    d["eps_d"] = r(d["np"] / SHARES_D[p], 2)
# Q1 2026 derivable: H1 - Q2
assert IS["h1_26"]["rev"] == 141915 and IS["h1_25"]["rev"] == 124540

# Regions (H1 only)
REG = {"Nordics": (58640, 53970), "DACH": (39210, 33460), "Rest of Europe": (26385, 22750)}
REG["North America"] = (REV["h1_26"] - sum(v[0] for v in REG.values()), REV["h1_25"] - sum(v[1] for v in REG.values()))
assert sum(v[0] for v in REG.values()) == REV["h1_26"] and sum(v[1] for v in REG.values()) == REV["h1_25"]

# Organic / constant currency
ACQ_REV_H1, ACQ_REV_Q2, FX_H1, FX_Q2 = 3960, 3960, -1240, -710
ACQ_SUB_H1 = 3480  # of Fjordsynk revenue: subscription
ACQ_EBIT_H1 = 610
g_rep_h1 = (REV["h1_26"] / REV["h1_25"] - 1) * 100
g_org_h1 = ((REV["h1_26"] - ACQ_REV_H1 - FX_H1) / REV["h1_25"] - 1) * 100
g_rep_q2 = (REV["q2_26"] / REV["q2_25"] - 1) * 100
g_org_q2 = ((REV["q2_26"] - ACQ_REV_Q2 - FX_Q2) / REV["q2_25"] - 1) * 100
g_cc_h1 = ((REV["h1_26"] - FX_H1) / REV["h1_25"] - 1) * 100  # constant currency incl. acquisition
# ARR, EUR thousand, and other KPIs
ARR = dict(jun26=224600, jun25=181200, dec25=196800)
ARR_ACQ, ARR_FX = 14900, -900
arr_g = (ARR["jun26"] / ARR["jun25"] - 1) * 100
arr_org = ((ARR["jun26"] - ARR_ACQ - ARR_FX) / ARR["jun25"] - 1) * 100
NRR = dict(jun26=112, jun25=109, dec25=110)
CUST = dict(jun26=3842, jun25=3315, dec25=3390)
CUST_ACQ = 412
EMP = dict(jun26=1486, jun25=1297, dec25=1331)

# ----------------------------------------------------------------------------- acquisition (Fjordsynk AS, 1 April 2026)
CONS_SHARES_N, CONS_SHARE_PRICE = 1150, 21.40  # thousand shares, EUR
CONS = dict(cash=38400, shares=int(round(CONS_SHARES_N * CONS_SHARE_PRICE)), contingent=4500)
CONS["total"] = sum(CONS.values())
ACQ_NA = dict(cust=14200, tech=9600, brand=1300, ppe=420, rou=1180, recv=3240, cash=4860,
              pay=-2150, cl=-3960, lease=-1180)
ACQ_NA["intang"] = ACQ_NA["cust"] + ACQ_NA["tech"] + ACQ_NA["brand"]
ACQ_NA["dtl"] = -int(round(ACQ_NA["intang"] * 0.22))
NET_ID = sum(v for k, v in ACQ_NA.items() if k not in ("cust", "tech", "brand"))
GW_ACQ = CONS["total"] - NET_ID
NET_CASH_OUT = CONS["cash"] - ACQ_NA["cash"]
assert CONS["shares"] == 24610

# ----------------------------------------------------------------------------- balance sheet 31 Dec 2025 (inputs) and movements in H1 2026
O = dict(gw=172310, intang=107550, ppe=7940, rou=17260, dta=3180, oncr=1420,
         recv=47860, ca=6120, taxr=1240, cash=41980,
         sc=80, riue=125760, tr=-2310,
         bor_nc=54000, bor_c=8000, ll_nc=13470, ll_c=5120, dtl=12810, cc=0,
         pay=29640, cl=52380, taxl=2160, prov=1380)
O_BOR, O_LL = O["bor_nc"] + O["bor_c"], O["ll_nc"] + O["ll_c"]
O_ASSETS = sum(O[k] for k in ("gw", "intang", "ppe", "rou", "dta", "oncr", "recv", "ca", "taxr", "cash"))
O_LIAB = O_BOR + O_LL + sum(O[k] for k in ("dtl", "cc", "pay", "cl", "taxl", "prov"))
O["re"] = O_ASSETS - O_LIAB - O["sc"] - O["riue"] - O["tr"]
O["eq"] = O["sc"] + O["riue"] + O["tr"] + O["re"]
# the 31 Dec 2025 balance sheet continues 1 January 2025 equity through FY 2025 (profit, SBP, dividend, options, OCI)
assert O["re"] == 88460 + 20050 + 5980 - 10120, O["re"]
assert O["riue"] == 124020 + 1740 and O["tr"] == -1650 - 660

h = IS["h1_26"]
FX_GW, FX_INT, FX_CASH = -540, -310, -265
OCI = FX_GW + FX_INT + FX_CASH
DIV_PS = 0.30
DIV = int(round(DIV_PS * 40620))
CAPEX_PPE, CAPEX_INT, NEW_LEASES, LEASE_REPAY = -1720, -6340, 2410, -2880
BOR_PROC, BOR_REPAY = 30000, -8000
CC_UNWIND = 110
DTL_RELEASE = -int(round(PPA_AMORT["h1_26"] * 0.22))  # deferred tax credit on PPA amortisation
D_DTA = 260
C = {}
C["gw"] = O["gw"] + GW_ACQ + FX_GW
C["intang"] = O["intang"] + ACQ_NA["intang"] - CAPEX_INT - DA["h1_26"][2] + FX_INT
C["ppe"] = O["ppe"] + ACQ_NA["ppe"] - CAPEX_PPE - DA["h1_26"][0]
C["rou"] = O["rou"] + ACQ_NA["rou"] + NEW_LEASES - DA["h1_26"][1]
C["dta"] = O["dta"] + D_DTA
C["oncr"] = O["oncr"]
# working capital closing balances (inputs); the cash flow takes the change less what was acquired
C.update(recv=56930, ca=5480, pay=33710, cl=63150, prov=1240)
C["cc"] = O["cc"] + CONS["contingent"] + CC_UNWIND
C["dtl"] = O["dtl"] - ACQ_NA["dtl"] + DTL_RELEASE
LL = O_LL - ACQ_NA["lease"] + NEW_LEASES + LEASE_REPAY
C["ll_c"] = 5760
C["ll_nc"] = LL - C["ll_c"]
BOR = O_BOR + BOR_PROC + BOR_REPAY
C["bor_c"] = 10000
C["bor_nc"] = BOR - C["bor_c"]
# taxes: deferred tax expense and current tax
DEF_TAX = -(D_DTA) + DTL_RELEASE  # negative = deferred tax income
CUR_TAX = -h["tax"] - DEF_TAX  # positive current tax expense
C.update(taxr=1060, taxl=2930)
TAX_PAID = -(CUR_TAX - ((C["taxl"] - C["taxr"]) - (O["taxl"] - O["taxr"])))
# equity
C["sc"] = O["sc"]
C["riue"] = O["riue"] + CONS["shares"]
C["tr"] = O["tr"] + OCI
C["re"] = O["re"] + h["np"] + SBP["h1_26"] - DIV
C["eq"] = C["sc"] + C["riue"] + C["tr"] + C["re"]

# cash flow H1 2026
CF = {}
CF["pbt"] = h["pbt"]
CF["da"] = h["da"]
CF["sbp"] = SBP["h1_26"]
CF["fin"] = -(h["fi"] + h["fc"])
CF["d_recv"] = -((C["recv"] - O["recv"]) - ACQ_NA["recv"])
CF["d_ca"] = -(C["ca"] - O["ca"])
CF["d_pay"] = (C["pay"] - O["pay"]) + ACQ_NA["pay"]
CF["d_cl"] = (C["cl"] - O["cl"]) + ACQ_NA["cl"]
CF["d_prov"] = C["prov"] - O["prov"]
CF["int_paid"] = h["fc"] + CC_UNWIND
CF["int_rec"] = h["fi"]
CF["tax_paid"] = TAX_PAID
CF["op"] = sum(CF.values())
CF["acq"] = -NET_CASH_OUT
CF["capex_ppe"] = CAPEX_PPE
CF["capex_int"] = CAPEX_INT
CF["inv"] = CF["acq"] + CF["capex_ppe"] + CF["capex_int"]
CF["bor_p"] = BOR_PROC
CF["bor_r"] = BOR_REPAY
CF["lease"] = LEASE_REPAY
CF["div"] = -DIV
CF["finc"] = CF["bor_p"] + CF["bor_r"] + CF["lease"] + CF["div"]
CF["net"] = CF["op"] + CF["inv"] + CF["finc"]
CF["open"] = O["cash"]
CF["fx"] = FX_CASH
CF["close"] = CF["open"] + CF["net"] + CF["fx"]
C["cash"] = CF["close"]
C_ASSETS = sum(C[k] for k in ("gw", "intang", "ppe", "rou", "dta", "oncr", "recv", "ca", "taxr", "cash"))
C_LIAB = C["bor_nc"] + C["bor_c"] + C["ll_nc"] + C["ll_c"] + sum(C[k] for k in ("dtl", "cc", "pay", "cl", "taxl", "prov"))
assert C_ASSETS == C_LIAB + C["eq"], (C_ASSETS, C_LIAB + C["eq"], C_ASSETS - C_LIAB - C["eq"])

# cash flow H1 2025 and FY 2025 (inputs, totals computed; FY ends at the 31 Dec 2025 cash balance)
CF25 = dict(pbt=IS["h1_25"]["pbt"], da=IS["h1_25"]["da"], sbp=SBP["h1_25"],
            fin=-(IS["h1_25"]["fi"] + IS["h1_25"]["fc"]), d_recv=-6120, d_ca=-840, d_pay=1460, d_cl=8930,
            d_prov=-110, int_paid=-2980, int_rec=780, tax_paid=-2840)
CF25["op"] = sum(CF25.values())
CF25.update(acq=0, capex_ppe=-1310, capex_int=-5120)
CF25["inv"] = CF25["acq"] + CF25["capex_ppe"] + CF25["capex_int"]
CF25.update(bor_p=0, bor_r=-4000, lease=-2640, div=-10120)
CF25["finc"] = CF25["bor_p"] + CF25["bor_r"] + CF25["lease"] + CF25["div"]
CF25["net"] = CF25["op"] + CF25["inv"] + CF25["finc"]
CF25.update(open=33460, fx=180)
CF25["close"] = CF25["open"] + CF25["net"] + CF25["fx"]
CFY = dict(pbt=IS["fy_25"]["pbt"], da=IS["fy_25"]["da"], sbp=SBP["fy_25"],
           fin=-(IS["fy_25"]["fi"] + IS["fy_25"]["fc"]), d_recv=-4380, d_ca=-1260, d_cl=6240,
           d_prov=-90, int_paid=-6410, int_rec=1690, tax_paid=-6020)
CFY.update(acq=-9850, capex_ppe=-2960, capex_int=-11080)
CFY["inv"] = CFY["acq"] + CFY["capex_ppe"] + CFY["capex_int"]
CFY.update(bor_p=20000, bor_r=-16000, lease=-5390, div=-10120, opt=1740)
CFY["finc"] = CFY["bor_p"] + CFY["bor_r"] + CFY["lease"] + CFY["div"] + CFY["opt"]
CFY.update(open=33460, fx=-410)
# plug: change in trade and other payables so that FY closing cash = 31 Dec 2025 balance
_op_wo = sum(CFY[k] for k in ("pbt", "da", "sbp", "fin", "d_recv", "d_ca", "d_cl", "d_prov", "int_paid", "int_rec", "tax_paid"))
CFY["d_pay"] = O["cash"] - CFY["open"] - CFY["fx"] - CFY["inv"] - CFY["finc"] - _op_wo
CFY["op"] = _op_wo + CFY["d_pay"]
CFY["net"] = CFY["op"] + CFY["inv"] + CFY["finc"]
CFY["close"] = CFY["open"] + CFY["net"] + CFY["fx"]
assert CFY["close"] == O["cash"]
CF["opt"] = 0
CF25["opt"] = 780
CF25["finc"] += CF25["opt"]
CF25["net"] += CF25["opt"]
CF25["close"] += CF25["opt"]

# equity H1 2025 (opening 1 Jan 2025 inputs)
E25o = dict(sc=80, riue=124020, tr=-1650)
E25o["re"] = 88460
E25_OCI = 420
E25c = dict(sc=80, riue=E25o["riue"] + 780, tr=E25o["tr"] + E25_OCI,
            re=E25o["re"] + IS["h1_25"]["np"] + SBP["h1_25"] - 10120)
E25o["eq"] = sum(E25o.values())
E25c["eq"] = sum(E25c.values())

# APMs
FCF = dict(h1_26=CF["op"] + CF["capex_ppe"] + CF["capex_int"] + CF["lease"],
           h1_25=CF25["op"] + CF25["capex_ppe"] + CF25["capex_int"] + CF25["lease"],
           fy_25=CFY["op"] + CFY["capex_ppe"] + CFY["capex_int"] + CFY["lease"])
OPCF_Q2 = dict(q2_26=9870, q2_25=7420)
FCF_Q2 = dict(q2_26=4010, q2_25=2160)
ND = dict(jun26=BOR + LL - C["cash"], dec25=O_BOR + O_LL - O["cash"])
ND["jun25"] = 66000 + 18340 - CF25["close"]
LTM_ADJ = IS["fy_25"]["adj_ebitda"] + IS["h1_26"]["adj_ebitda"] - IS["h1_25"]["adj_ebitda"]
LEV = dict(jun26=r(ND["jun26"] / LTM_ADJ, 2), dec25=r(ND["dec25"] / IS["fy_25"]["adj_ebitda"], 2))
LEV["jun25"] = 0.92
EQR = dict(jun26=C["eq"] / (C_ASSETS - C["cl"]) * 100, dec25=O["eq"] / (O_ASSETS - O["cl"]) * 100, jun25=63.4)
GEAR = dict(jun26=ND["jun26"] / C["eq"] * 100, dec25=ND["dec25"] / O["eq"] * 100, jun25=ND["jun25"] / E25c["eq"] * 100)

# Outlook
OUT_OLD = dict(rev=(292, 302), margin=(24.0, 26.0), org=(9, 11))
OUT_NEW = dict(rev=(304, 312), margin=(25.5, 27.0), org=(10, 12))

# ----------------------------------------------------------------------------- PDF
W, H = A4
c = canvas.Canvas(str(PDF), pagesize=A4, invariant=1)
c.setTitle("Virtaloom Oyj Half-Year Report January-June 2026")
c.setAuthor(CO)
state = dict(page=0, y=0)
LM, RM = 50, W - 50


def new_page(title=None):
    if state["page"]:
        assert state["y"] > 52, (state["page"], state["y"])
        c.showPage()
    state["page"] += 1
    c.setFont("Helvetica", 7.5)
    c.drawString(LM, H - 32, "Virtaloom Oyj | Half-Year Report January-June 2026")
    c.drawRightString(RM, H - 32, "Published 6 August 2026 at 08:00 EEST")
    c.line(LM, H - 36, RM, H - 36)
    c.line(LM, 44, RM, 44)
    c.drawString(LM, 32, "Virtaloom Oyj, Tekniikantie 14, FI-02150 Espoo, Finland | Business ID 2914387-6")
    c.drawRightString(RM, 32, f"Page {state['page']}")
    state["y"] = H - 62
    if title:
        heading(title, 13)


def heading(t, size=11, gap=6):
    c.setFont("Helvetica-Bold", size)
    c.drawString(LM, state["y"], t)
    state["y"] -= size + gap


def para(text, size=9, lead=12.2, width=None):
    width = width or (RM - LM)
    c.setFont("Helvetica", size)
    words, line = text.split(), ""
    for w_ in words:
        t = (line + " " + w_).strip()
        if c.stringWidth(t, "Helvetica", size) > width:
            c.drawString(LM, state["y"], line)
            state["y"] -= lead
            line = w_
        else:
            line = t
    if line:
        c.drawString(LM, state["y"], line)
        state["y"] -= lead
    state["y"] -= 4


def table(cols, rows, label_w=None, note=False, size=7.8, lead=11.2, head_lines=None, xs=None, note_x=None):
    """cols: column headings (list of strings, or list of (line1, line2)); rows: (label, note, cells, style)."""
    n = len(cols)
    xs = xs or [RM - (n - 1 - i) * 58 for i in range(n)]
    note_x = note_x or xs[0] - 62
    c.setFont("Helvetica-Bold", size)
    heads = [h_ if isinstance(h_, tuple) else ("", h_) for h_ in cols]
    if any(h_[0] for h_ in heads):
        for x, h_ in zip(xs, heads):
            if h_[0]:
                c.drawRightString(x, state["y"], h_[0])
        state["y"] -= lead
    if note:
        c.drawString(note_x, state["y"], "Note")
    for x, h_ in zip(xs, heads):
        c.drawRightString(x, state["y"], h_[1])
    state["y"] -= 3
    c.line(LM, state["y"], RM, state["y"])
    state["y"] -= lead
    for row in rows:
        label, nt, cells, style = (list(row) + [None, None, None])[:4]
        if label is None:
            state["y"] -= lead * 0.5
            continue
        font = "Helvetica-Bold" if style in ("b", "bt") else "Helvetica"
        c.setFont(font, size)
        c.drawString(LM + (8 if style == "i" else 0), state["y"], label)
        if note and nt:
            c.drawString(note_x, state["y"], str(nt))
        for x, v in zip(xs, cells or []):
            c.drawRightString(x, state["y"], v)
        if style == "bt":
            c.line(xs[0] - 45, state["y"] + lead - 2, RM, state["y"] + lead - 2)
        state["y"] -= lead
    state["y"] -= 6


# ---- page 1: cover summary and key figures
new_page()
c.setFont("Helvetica-Bold", 17)
c.drawString(LM, state["y"], "Virtaloom Oyj Half-Year Report January-June 2026")
state["y"] -= 22
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, state["y"], "Subscription momentum continues; Fjordsynk consolidated from 1 April; outlook raised")
state["y"] -= 20
hi = IS["h1_26"]
para(f"April-June 2026 in brief: revenue increased by {pct(g_rep_q2)}% to EUR {fm(REV['q2_26'])} million "
     f"(EUR {fm(REV['q2_25'])} million); organic growth at constant currency was {pct(g_org_q2)}%. "
     f"Adjusted EBITDA was EUR {fm(IS['q2_26']['adj_ebitda'])} million ({fm(IS['q2_25']['adj_ebitda'])}), or "
     f"{pct(IS['q2_26']['adj_ebitda'] / REV['q2_26'] * 100)}% of revenue. Operating profit (EBIT) was EUR "
     f"{fm(IS['q2_26']['ebit'])} million ({fm(IS['q2_25']['ebit'])}).")
para(f"January-June 2026 in brief: revenue increased by {pct(g_rep_h1)}% to EUR {fm(REV['h1_26'])} million "
     f"(EUR {fm(REV['h1_25'])} million); organic growth at constant currency was {pct(g_org_h1)}%. "
     f"Annual recurring revenue (ARR) reached EUR {fm(ARR['jun26'])} million at 30 June 2026, up {pct(arr_g)}% year on year. "
     f"Adjusted EBITDA was EUR {fm(hi['adj_ebitda'])} million, a margin of {pct(hi['adj_ebitda'] / hi['rev'] * 100)}% "
     f"({pct(IS['h1_25']['adj_ebitda'] / IS['h1_25']['rev'] * 100)}%). Free cash flow was EUR {fm(FCF['h1_26'])} million "
     f"({fm(FCF['h1_25'])}). Comparative figures for the corresponding period of 2025 are shown in brackets.")
state["y"] -= 2
heading("Key figures", 11)
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR million, unless otherwise stated")
state["y"] -= 14


def chg(a, b):
    return pct((a / b - 1) * 100) if b else "-"


def kf_money(key, src=IS):
    vals = [src[p][key] for p in ("h1_26", "h1_25")]
    return [fm(vals[0]), fm(vals[1]), chg(*vals), fm(src["q2_26"][key]), fm(src["q2_25"][key]), fm(src["fy_25"][key])]


def margin(key, p):
    return pct(IS[p][key] / IS[p]["rev"] * 100)


kxs = [300, 345, 390, 440, 490, RM]
kf_rows = [
    ("Revenue", None, kf_money("rev")),
    ("Revenue growth, %", None, [pct(g_rep_h1), pct((REV["h1_25"] / 109870 - 1) * 100), "", pct(g_rep_q2),
                                 pct((REV["q2_25"] / 55710 - 1) * 100), pct((REV["fy_25"] / 228940 - 1) * 100)]),
    ("Organic growth at constant currency, %", None, [pct(g_org_h1), "12.1", "", pct(g_org_q2), "11.6", "11.9"]),
    ("Subscription revenue", None, [fm(SEG["Subscription"][p]) for p in ("h1_26", "h1_25")]
     + [chg(SEG["Subscription"]["h1_26"], SEG["Subscription"]["h1_25"])]
     + [fm(SEG["Subscription"][p]) for p in ("q2_26", "q2_25", "fy_25")]),
    ("Gross margin, %", None, [margin("gp", "h1_26"), margin("gp", "h1_25"), "", margin("gp", "q2_26"),
                               margin("gp", "q2_25"), margin("gp", "fy_25")]),
    ("EBITDA", None, kf_money("ebitda")),
    ("Adjusted EBITDA", None, kf_money("adj_ebitda")),
    ("Adjusted EBITDA margin, %", None, [margin("adj_ebitda", "h1_26"), margin("adj_ebitda", "h1_25"), "",
                                         margin("adj_ebitda", "q2_26"), margin("adj_ebitda", "q2_25"), margin("adj_ebitda", "fy_25")]),
    ("Operating profit (EBIT)", None, kf_money("ebit")),
    ("EBIT margin, %", None, [margin("ebit", "h1_26"), margin("ebit", "h1_25"), "", margin("ebit", "q2_26"),
                              margin("ebit", "q2_25"), margin("ebit", "fy_25")]),
    ("Profit for the period", None, kf_money("np")),
    ("Earnings per share, diluted, EUR", None, [f"{IS['h1_26']['eps_d']:.2f}", f"{IS['h1_25']['eps_d']:.2f}",
                                                chg(IS['h1_26']['eps_d'], IS['h1_25']['eps_d']),
                                                f"{IS['q2_26']['eps_d']:.2f}", f"{IS['q2_25']['eps_d']:.2f}", f"{IS['fy_25']['eps_d']:.2f}"]),
    ("Net cash from operating activities", None, [fm(CF["op"]), fm(CF25["op"]), chg(CF["op"], CF25["op"]),
                                                  fm(OPCF_Q2["q2_26"]), fm(OPCF_Q2["q2_25"]), fm(CFY["op"])]),
    ("Free cash flow", None, [fm(FCF["h1_26"]), fm(FCF["h1_25"]), chg(FCF["h1_26"], FCF["h1_25"]),
                              fm(FCF_Q2["q2_26"]), fm(FCF_Q2["q2_25"]), fm(FCF["fy_25"])]),
    ("ARR at end of period", None, [fm(ARR["jun26"]), fm(ARR["jun25"]), chg(ARR["jun26"], ARR["jun25"]),
                                    fm(ARR["jun26"]), fm(ARR["jun25"]), fm(ARR["dec25"])]),
    ("Net revenue retention (NRR), %", None, [str(NRR["jun26"]), str(NRR["jun25"]), "", str(NRR["jun26"]),
                                             str(NRR["jun25"]), str(NRR["dec25"])]),
    ("Net debt", None, [fm(ND["jun26"]), fm(ND["jun25"]), chg(ND["jun26"], ND["jun25"]), fm(ND["jun26"]),
                        fm(ND["jun25"]), fm(ND["dec25"])]),
    ("Net debt / adjusted EBITDA (LTM), x", None, [f"{LEV['jun26']:.2f}", f"{LEV['jun25']:.2f}", "",
                                                   f"{LEV['jun26']:.2f}", f"{LEV['jun25']:.2f}", f"{LEV['dec25']:.2f}"]),
    ("Equity ratio, %", None, [pct(EQR["jun26"]), pct(EQR["jun25"]), "", pct(EQR["jun26"]), pct(EQR["jun25"]), pct(EQR["dec25"])]),
    ("Net gearing, %", None, [pct(GEAR["jun26"]), pct(GEAR["jun25"]), "", pct(GEAR["jun26"]), pct(GEAR["jun25"]), pct(GEAR["dec25"])]),
    ("Customers at end of period", None, [f"{CUST['jun26']:,}", f"{CUST['jun25']:,}", chg(CUST["jun26"], CUST["jun25"]),
                                          f"{CUST['jun26']:,}", f"{CUST['jun25']:,}", f"{CUST['dec25']:,}"]),
    ("Personnel at end of period", None, [f"{EMP['jun26']:,}", f"{EMP['jun25']:,}", chg(EMP["jun26"], EMP["jun25"]),
                                          f"{EMP['jun26']:,}", f"{EMP['jun25']:,}", f"{EMP['dec25']:,}"]),
]
table(["H1 2026", "H1 2025", "Change %", "Q2 2026", "Q2 2025", "FY 2025"], kf_rows, xs=kxs, size=7.6, lead=10.8)
c.setFont("Helvetica", 7)
c.drawString(LM, state["y"], "H1 = 1 January-30 June; Q2 = 1 April-30 June. Balance sheet based key figures for Q2 are as at 30 June.")
state["y"] -= 9
c.drawString(LM, state["y"], "Alternative performance measures are defined and reconciled in Note 8.")

# ---- page 2: CEO letter
new_page("CEO's review")
sub_g = (SEG["Subscription"]["h1_26"] / SEG["Subscription"]["h1_25"] - 1) * 100
para("Dear shareholders,")
para(f"The first half of 2026 was the strongest six-month period in Virtaloom's history. Revenue grew by {pct(g_rep_h1)}% "
     f"to EUR {fm(REV['h1_26'])} million. Excluding the contribution of Fjordsynk, which we consolidated from 1 April, and "
     f"at constant exchange rates, organic growth was {pct(g_org_h1)}%. Currency movements, mainly the weaker Swedish krona "
     f"and US dollar, reduced reported revenue by EUR {fm(-FX_H1)} million in the period. At constant currency but including "
     f"Fjordsynk, revenue grew by {pct(g_cc_h1)}%.")
para(f"Our annual recurring revenue (ARR) reached EUR {fm(ARR['jun26'])} million at the end of June, compared with EUR "
     f"{fm(ARR['jun25'])} million a year earlier and EUR {fm(ARR['dec25'])} million at the end of 2025. Fjordsynk brought "
     f"EUR {fm(ARR_ACQ)} million of ARR at acquisition; excluding it and at constant currency, ARR grew by {pct(arr_org)}% "
     f"year on year. Net revenue retention improved to {NRR['jun26']}% from {NRR['jun25']}% a year ago, which tells us that "
     f"existing customers keep adding modules and users. Gross revenue retention remained stable at 95%.")
para(f"We served {CUST['jun26']:,} customers at 30 June 2026, of which {CUST_ACQ} joined with Fjordsynk. A year earlier we "
     f"had {CUST['jun25']:,} customers. Subscription revenue grew {pct(sub_g)}% to EUR {fm(SEG['Subscription']['h1_26'])} "
     f"million and now represents {pct(SEG['Subscription']['h1_26'] / REV['h1_26'] * 100)}% of group revenue, while licence "
     f"sales continued to decline as we stop selling perpetual licences to new customers.")
ad_m = hi["adj_ebitda"] / hi["rev"] * 100
para(f"Profitability improved. EBITDA adjusted for share-based payments and M&A-related costs amounted to EUR "
     f"{fm(hi['adj_ebitda'])} million, or {pct(ad_m)}% of revenue, up from {pct(IS['h1_25']['adj_ebitda'] / IS['h1_25']['rev'] * 100)}% "
     f"in the first half of 2025. Reported EBITDA was EUR {fm(hi['ebitda'])} million, a margin of "
     f"{pct(hi['ebitda'] / hi['rev'] * 100)}%, after share-based payment expenses of EUR {fm(SBP['h1_26'])} million and "
     f"M&A costs of EUR {fm(MA['h1_26'])} million, most of them advisory fees for Fjordsynk. In the second quarter alone, "
     f"the adjusted EBITDA margin was {pct(IS['q2_26']['adj_ebitda'] / REV['q2_26'] * 100)}%.")
para(f"The acquisition of Fjordsynk AS, a Bergen-based provider of workforce scheduling software for utilities and "
     f"facility services, closed on 1 April 2026. We paid EUR {fm(CONS['cash'])} million in cash and issued "
     f"{CONS_SHARES_N * 1000:,} new Virtaloom shares to the sellers. Fjordsynk contributed EUR {fm(ACQ_REV_Q2)} million "
     f"of revenue in the second quarter and is integrating well; its scheduling engine will be available to all our "
     f"field service customers in the autumn.")
para(f"Cash generation remained solid. Net cash from operating activities was EUR {fm(CF['op'])} million and free cash "
     f"flow EUR {fm(FCF['h1_26'])} million. Net debt rose to EUR {fm(ND['jun26'])} million because of the acquisition, "
     f"and our leverage, net debt to adjusted EBITDA over the last twelve months, was {LEV['jun26']:.2f}x, well within "
     f"our target of below 2.5x.")
para(f"Given the strong first half and the addition of Fjordsynk, we are raising our outlook for 2026. We now expect "
     f"revenue of EUR {OUT_NEW['rev'][0]}-{OUT_NEW['rev'][1]} million and an adjusted EBITDA margin of "
     f"{OUT_NEW['margin'][0]}-{OUT_NEW['margin'][1]}%.")
para("I want to thank our employees, customers and partners for their trust.")
para("Sanna Keravuori, President and CEO")

# ---- page 3: operating review by segment and region
new_page("Operating review")
heading("Revenue by segment", 10.5)
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 13
seg_rows = []
for name, s in SEG.items():
    seg_rows.append((name, None, [fk(s["q2_26"]), fk(s["q2_25"]), chg(s["q2_26"], s["q2_25"]), fk(s["h1_26"]),
                                  fk(s["h1_25"]), chg(s["h1_26"], s["h1_25"])]))
seg_rows.append(("Total revenue", None, [fk(REV["q2_26"]), fk(REV["q2_25"]), chg(REV["q2_26"], REV["q2_25"]),
                                         fk(REV["h1_26"]), fk(REV["h1_25"]), chg(REV["h1_26"], REV["h1_25"])], "bt"))
table(["4-6/2026", "4-6/2025", "Change %", "1-6/2026", "1-6/2025", "Change %"], seg_rows, xs=[290, 340, 390, 445, 495, RM])
ps = SEG["Professional Services"]
li = SEG["Licences"]
para(f"Subscription. Subscription revenue, which comprises cloud subscriptions, hosting and recurring support, increased by "
     f"{pct(sub_g)}% to EUR {fm(SEG['Subscription']['h1_26'])} million in January-June. Fjordsynk contributed EUR "
     f"{fm(ACQ_SUB_H1)} million. In the second quarter subscription revenue rose to EUR {fm(SEG['Subscription']['q2_26'])} million "
     f"from EUR {fm(SEG['Subscription']['q2_25'])} million. Demand was strongest among energy and water utilities in the "
     f"Nordics and DACH, where several customers moved from on-premise licences to our cloud platform.")
para(f"Professional Services. Revenue from implementation projects, consulting and training grew by "
     f"{pct((ps['h1_26'] / ps['h1_25'] - 1) * 100)}% to EUR {fm(ps['h1_26'])} million. Utilisation improved to 74% "
     f"(71%), and we continued to move routine implementation work to certified partners.")
para(f"Licences. Licence revenue fell by {pct(-(li['h1_26'] / li['h1_25'] - 1) * 100)}% to EUR {fm(li['h1_26'])} million "
     f"as expected, reflecting the transition of the customer base to subscriptions. In the second quarter licence revenue "
     f"was EUR {fm(li['q2_26'])} million (EUR {fm(li['q2_25'])} million).")
heading("Revenue by region (location of customer)", 10.5)
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 13
reg_rows = [(k, None, [fk(v[0]), fk(v[1]), chg(*v), pct(v[0] / REV["h1_26"] * 100)]) for k, v in REG.items()]
reg_rows.append(("Total", None, [fk(REV["h1_26"]), fk(REV["h1_25"]), chg(REV["h1_26"], REV["h1_25"]), "100.0"], "bt"))
table(["1-6/2026", "1-6/2025", "Change %", "Share %"], reg_rows, xs=[340, 405, 465, RM])
na = REG["North America"]
para(f"The Nordics remained our largest market with {pct(REG['Nordics'][0] / REV['h1_26'] * 100)}% of revenue; "
     f"Fjordsynk's Norwegian customer base added to growth there. Revenue in DACH grew "
     f"{chg(*REG['DACH'])}%, driven by German municipal utilities. North America was the fastest-growing region: revenue "
     f"increased by {chg(*na)}% to EUR {fm(na[0])} million, although the weaker US dollar held back reported growth. "
     f"The number of personnel was {EMP['jun26']:,} at the end of June ({EMP['jun25']:,}), of whom 168 joined with Fjordsynk.")

# ---- page 4: outlook and other information
new_page("Outlook for 2026 (raised)")
para(f"Virtaloom raises its outlook for 2026. The company now expects revenue of EUR {OUT_NEW['rev'][0]}-{OUT_NEW['rev'][1]} "
     f"million and an adjusted EBITDA margin of {OUT_NEW['margin'][0]}-{OUT_NEW['margin'][1]}%. Organic revenue growth at "
     f"constant currency is expected to be {OUT_NEW['org'][0]}-{OUT_NEW['org'][1]}%.")
para(f"Previous outlook (published on 23 April 2026): revenue of EUR {OUT_OLD['rev'][0]}-{OUT_OLD['rev'][1]} million, "
     f"adjusted EBITDA margin of {OUT_OLD['margin'][0]:.0f}-{OUT_OLD['margin'][1]:.0f}% and organic revenue growth at "
     f"constant currency of {OUT_OLD['org'][0]}-{OUT_OLD['org'][1]}%. The previous outlook did not include Fjordsynk.")
para(f"In 2025 Virtaloom's revenue was EUR {fm(REV['fy_25'])} million and its adjusted EBITDA margin "
     f"{pct(IS['fy_25']['adj_ebitda'] / REV['fy_25'] * 100)}%. The outlook assumes EUR/USD and EUR/SEK exchange rates at "
     f"the levels of the end of June 2026.")
heading("Financial targets", 10.5)
para("Virtaloom's medium-term financial targets, approved by the Board of Directors in November 2024, are unchanged: "
     "organic revenue growth at constant currency of over 10% per year, an adjusted EBITDA margin of over 28% by 2028, "
     "and leverage (net debt to LTM adjusted EBITDA) below 2.5x except temporarily after acquisitions.")
heading("Financial position and cash flow", 10.5)
para(f"At 30 June 2026 the balance sheet total was EUR {fm(C_ASSETS)} million (31 December 2025: EUR {fm(O_ASSETS)} million). "
     f"Cash and cash equivalents amounted to EUR {fm(C['cash'])} million and interest-bearing borrowings to EUR "
     f"{fm(BOR)} million, excluding lease liabilities of EUR {fm(LL)} million. In March 2026 Virtaloom drew an additional "
     f"EUR {fm(BOR_PROC)} million tranche of its term loan to finance the Fjordsynk acquisition. The undrawn part of the "
     f"EUR 50.0 million revolving credit facility was EUR 40.0 million. The equity ratio was {pct(EQR['jun26'])}% and net "
     f"gearing {pct(GEAR['jun26'])}%.")
para(f"Capital expenditure, including capitalised development costs of EUR {fm(-CAPEX_INT)} million, was EUR "
     f"{fm(-(CAPEX_INT + CAPEX_PPE))} million in January-June ({fm(-(CF25['capex_int'] + CF25['capex_ppe']))}).")
heading("Shares and shareholders", 10.5)
para(f"On 1 April 2026 Virtaloom issued {CONS_SHARES_N * 1000:,} new shares to the sellers of Fjordsynk AS. After the "
     f"issue the total number of shares was {(40620 + CONS_SHARES_N) * 1000:,}. The Annual General Meeting on 26 March 2026 "
     f"resolved to pay a dividend of EUR {DIV_PS:.2f} per share for 2025, a total of EUR {fm(DIV)} million, which was paid "
     f"on 7 April 2026. The closing price of the share on Nasdaq Helsinki on 30 June 2026 was EUR 23.85.")
heading("Events after the reporting period", 10.5)
para("On 14 July 2026 Virtaloom signed a five-year framework agreement with a German regional energy group. The agreement "
     "is expected to have an annual contract value of about EUR 2 million once fully deployed. There were no other "
     "significant events after the reporting period.")
heading("Risks and uncertainties", 10.5)
para("The main near-term risks relate to the integration of Fjordsynk, the retention of key personnel, the pace at which "
     "licence customers migrate to subscriptions, and exchange rate movements, in particular of the Swedish krona and the "
     "US dollar. Interest rate changes affect the cost of the term loan, of which 50% is hedged with interest rate swaps.")
para("Espoo, 6 August 2026    Virtaloom Oyj, Board of Directors")

# ---- page 5: income statement
new_page("Condensed consolidated statement of comprehensive income")
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand, except per share data")
state["y"] -= 14
isx = [330, 385, 440, 495, RM]


def isrow(label, key, note=None, style=None, src=None, fmt=fk):
    src = src or IS
    return (label, note, [fmt(src[p][key]) for p in P], style)


is_rows = [
    isrow("Revenue", "rev", "2, 3"),
    isrow("Cost of revenue", "cor"),
    isrow("Gross profit", "gp", None, "bt"),
    isrow("Sales and marketing", "sm"),
    isrow("Research and development", "rd"),
    isrow("General and administration", "ga", "8"),
    isrow("Other operating income", "ooi"),
    isrow("Other operating expenses", "ooe"),
    isrow("Operating profit (EBIT)", "ebit", "2", "bt"),
    isrow("Finance income", "fi"),
    isrow("Finance costs", "fc", "6"),
    isrow("Profit before tax", "pbt", None, "bt"),
    isrow("Income tax", "tax"),
    isrow("Profit for the period", "np", None, "bt"),
    (None,),
    ("Other comprehensive income", None, [], "b"),
    ("Items that may be reclassified to profit or loss:", None, [], None),
]
OCI_P = dict(q2_26=-690, q2_25=260, h1_26=OCI, h1_25=E25_OCI, fy_25=-660)
for p in P:
    IS[p]["oci"] = OCI_P[p]
    IS[p]["tci"] = IS[p]["np"] + OCI_P[p]
is_rows += [
    isrow("Translation differences", "oci", None, "i"),
    isrow("Total comprehensive income for the period", "tci", None, "bt"),
    (None,),
    ("Profit for the period attributable to owners of the parent", None, [fk(IS[p]["np"]) for p in P]),
    ("Total comprehensive income attributable to owners of the parent", None, [fk(IS[p]["tci"]) for p in P]),
    (None,),
    ("Earnings per share attributable to owners of the parent", None, [], "b"),
    ("Basic earnings per share, EUR", None, [f"{IS[p]['eps_b']:.2f}" for p in P], "i"),
    ("Diluted earnings per share, EUR", None, [f"{IS[p]['eps_d']:.2f}" for p in P], "i"),
    ("Weighted average number of shares, basic (thousand)", None, [f"{SHARES_B[p]:,}" for p in P], "i"),
    ("Weighted average number of shares, diluted (thousand)", None, [f"{SHARES_D[p]:,}" for p in P], "i"),
]
table(["4-6/2026", "4-6/2025", "1-6/2026", "1-6/2025", "1-12/2025"], is_rows, note=True, xs=isx, lead=11.6)
para("The figures in this half-year report are unaudited. The sums of individual figures may differ from the totals "
     "presented because of rounding. The group has no non-controlling interests.", size=7.5, lead=9.5)

# ---- page 6: balance sheet
new_page("Condensed consolidated statement of financial position")
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 14
bx = [440, RM]


def bs(label, k, note=None, style=None):
    return (label, note, [fk(C[k]), fk(O[k])], style)


NCA = lambda S: sum(S[k] for k in ("gw", "intang", "ppe", "rou", "dta", "oncr"))
CA = lambda S: sum(S[k] for k in ("recv", "ca", "taxr", "cash"))
NCL = lambda S: S["bor_nc"] + S["ll_nc"] + S["dtl"] + S["cc"]
CL = lambda S: S["bor_c"] + S["ll_c"] + S["pay"] + S["cl"] + S["taxl"] + S["prov"]
assert NCA(C) + CA(C) == C_ASSETS and NCA(O) + CA(O) == O_ASSETS
assert NCL(C) + CL(C) == C_LIAB and NCL(O) + CL(O) == O_LIAB
bs_rows = [
    ("ASSETS", None, [], "b"),
    ("Non-current assets", None, [], "b"),
    bs("Goodwill", "gw", "4", "i"), bs("Other intangible assets", "intang", "4", "i"),
    bs("Property, plant and equipment", "ppe", None, "i"), bs("Right-of-use assets", "rou", None, "i"),
    bs("Deferred tax assets", "dta", None, "i"), bs("Other non-current receivables", "oncr", None, "i"),
    ("Total non-current assets", None, [fk(NCA(C)), fk(NCA(O))], "bt"),
    ("Current assets", None, [], "b"),
    bs("Trade and other receivables", "recv", "3", "i"), bs("Contract assets", "ca", "3", "i"),
    bs("Income tax receivables", "taxr", None, "i"), bs("Cash and cash equivalents", "cash", None, "i"),
    ("Total current assets", None, [fk(CA(C)), fk(CA(O))], "bt"),
    ("TOTAL ASSETS", None, [fk(C_ASSETS), fk(O_ASSETS)], "b"),
    (None,),
    ("EQUITY AND LIABILITIES", None, [], "b"),
    ("Equity attributable to owners of the parent", None, [], "b"),
    bs("Share capital", "sc", None, "i"), bs("Reserve for invested unrestricted equity", "riue", None, "i"),
    bs("Translation differences", "tr", None, "i"), bs("Retained earnings", "re", None, "i"),
    ("Total equity", None, [fk(C["eq"]), fk(O["eq"])], "bt"),
    ("Non-current liabilities", None, [], "b"),
    bs("Borrowings", "bor_nc", "6", "i"), bs("Lease liabilities", "ll_nc", "6", "i"),
    bs("Deferred tax liabilities", "dtl", None, "i"), bs("Contingent consideration", "cc", "4", "i"),
    ("Total non-current liabilities", None, [fk(NCL(C)), fk(NCL(O))], "bt"),
    ("Current liabilities", None, [], "b"),
    bs("Borrowings", "bor_c", "6", "i"), bs("Lease liabilities", "ll_c", "6", "i"),
    bs("Trade and other payables", "pay", None, "i"), bs("Contract liabilities", "cl", "3", "i"),
    bs("Income tax liabilities", "taxl", None, "i"), bs("Provisions", "prov", None, "i"),
    ("Total current liabilities", None, [fk(CL(C)), fk(CL(O))], "bt"),
    ("Total liabilities", None, [fk(C_LIAB), fk(O_LIAB)], "b"),
    ("TOTAL EQUITY AND LIABILITIES", None, [fk(C["eq"] + C_LIAB), fk(O["eq"] + O_LIAB)], "b"),
]
table(["30 June 2026", "31 Dec 2025"], bs_rows, note=True, xs=bx, lead=12.4, size=8, note_x=330)

# ---- page 7: cash flow
new_page("Condensed consolidated statement of cash flows")
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 14
cx = [400, 465, RM]


def cf(label, k, note=None, style="i"):
    return (label, note, [fk(CF[k]), fk(CF25[k]), fk(CFY[k])], style)


cf_rows = [
    ("Cash flow from operating activities", None, [], "b"),
    cf("Profit before tax", "pbt"), cf("Depreciation, amortisation and impairment", "da", "8"),
    cf("Share-based payments", "sbp"), cf("Finance income and costs", "fin"),
    cf("Change in trade and other receivables", "d_recv"), cf("Change in contract assets", "d_ca"),
    cf("Change in trade and other payables", "d_pay"), cf("Change in contract liabilities", "d_cl"),
    cf("Change in provisions", "d_prov"), cf("Interest paid", "int_paid"), cf("Interest received", "int_rec"),
    cf("Income taxes paid", "tax_paid"),
    cf("Net cash from operating activities", "op", None, "bt"),
    ("Cash flow from investing activities", None, [], "b"),
    cf("Acquisition of subsidiaries, net of cash acquired", "acq", "4"),
    cf("Purchases of property, plant and equipment", "capex_ppe"),
    cf("Capitalised development costs and other intangibles", "capex_int"),
    cf("Net cash used in investing activities", "inv", None, "bt"),
    ("Cash flow from financing activities", None, [], "b"),
    cf("Proceeds from borrowings", "bor_p", "6"), cf("Repayment of borrowings", "bor_r", "6"),
    cf("Repayment of lease liabilities", "lease"), cf("Dividends paid", "div"),
    cf("Proceeds from exercise of share options", "opt"),
    cf("Net cash from financing activities", "finc", None, "bt"),
    (None,),
    cf("Net change in cash and cash equivalents", "net", None, "b"),
    cf("Cash and cash equivalents at beginning of period", "open", None, None),
    cf("Effect of exchange rate changes", "fx", None, None),
    cf("Cash and cash equivalents at end of period", "close", None, "bt"),
]
for S in (CF, CF25, CFY):
    assert S["close"] == S["open"] + S["net"] + S["fx"]
    assert S["net"] == S["op"] + S["inv"] + S["finc"]
    assert S["finc"] == S["bor_p"] + S["bor_r"] + S["lease"] + S["div"] + S["opt"]
table(["1-6/2026", "1-6/2025", "1-12/2025"], cf_rows, note=True, xs=cx, lead=12.2, size=8)

# ---- page 8: statement of changes in equity
new_page("Condensed consolidated statement of changes in equity")
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 12
c.setFont("Helvetica", 7.5)
c.drawString(LM, state["y"], "SC = share capital; RIUE = reserve for invested unrestricted equity; TD = translation differences; RE = retained earnings")
state["y"] -= 16
ex = [300, 360, 410, 470, RM]


def erow(label, d, style="i"):
    vals = [d.get("sc", 0), d.get("riue", 0), d.get("tr", 0), d.get("re", 0)]
    return (label, None, [fk(v) if v else "-" for v in vals] + [fk(sum(vals))], style)


E26o = {k: O[k] for k in ("sc", "riue", "tr", "re")}
E26c = {k: C[k] for k in ("sc", "riue", "tr", "re")}
eq_rows = [
    erow("Equity at 1 January 2025", E25o, "b"),
    erow("Profit for the period", dict(re=IS["h1_25"]["np"])),
    erow("Translation differences", dict(tr=E25_OCI)),
    erow("Total comprehensive income", dict(tr=E25_OCI, re=IS["h1_25"]["np"]), None),
    erow("Dividends paid (EUR 0.25 per share)", dict(re=-10120)),
    erow("Share-based payments", dict(re=SBP["h1_25"])),
    erow("Exercise of share options", dict(riue=780)),
    erow("Equity at 30 June 2025", E25c, "bt"),
    (None,), (None,),
    erow("Equity at 1 January 2026", E26o, "b"),
    erow("Profit for the period", dict(re=IS["h1_26"]["np"])),
    erow("Translation differences", dict(tr=OCI)),
    erow("Total comprehensive income", dict(tr=OCI, re=IS["h1_26"]["np"]), None),
    erow(f"Dividends paid (EUR {DIV_PS:.2f} per share)", dict(re=-DIV)),
    erow("Share-based payments", dict(re=SBP["h1_26"])),
    erow("Shares issued in business combination", dict(riue=CONS["shares"])),
    erow("Equity at 30 June 2026", E26c, "bt"),
]
assert sum(E26c.values()) == C["eq"] and sum(E26o.values()) == O["eq"]
assert E25c["eq"] == E25o["eq"] + IS["h1_25"]["np"] + E25_OCI - 10120 + SBP["h1_25"] + 780
table(["SC", "RIUE", "TD", "RE", "Total equity"], eq_rows, xs=ex, lead=12.4, size=8)
heading("Note 1. Basis of preparation", 10.5)
para("This half-year report has been prepared in accordance with IAS 34 Interim Financial Reporting and applies the same "
     "accounting policies as the consolidated financial statements for 2025. New or amended IFRS standards effective from "
     "1 January 2026 have had no material impact. The group's functional and presentation currency is the euro; all figures "
     "are in EUR thousand unless stated otherwise. The half-year report has not been audited or reviewed by the auditor.")

# ---- page 9: segment note and revenue disaggregation
new_page("Notes to the half-year report")
heading("Note 2. Segment information", 10.5)
para("Virtaloom reports three operating segments, which are also its reportable segments: Subscription, Professional "
     "Services and Licences. The chief operating decision maker, the CEO, assesses segment performance on segment "
     "contribution, defined as segment revenue less direct cost of revenue and directly attributable sales costs. "
     "Research and development, general and administration costs and other items are not allocated.", size=8.5, lead=11)
SEGC = {"Subscription": (75580, 61310), "Professional Services": (6840, 6230), "Licences": (7830, 9980)}
seg_contrib_total = (sum(v[0] for v in SEGC.values()), sum(v[1] for v in SEGC.values()))
UNALLOC = (IS["h1_26"]["ebit"] - seg_contrib_total[0], IS["h1_25"]["ebit"] - seg_contrib_total[1])
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 13
sn_rows = [("Segment revenue", None, [], "b")]
sn_rows += [(k, None, [fk(v["h1_26"]), fk(v["h1_25"])], "i") for k, v in SEG.items()]
sn_rows.append(("Group revenue", None, [fk(REV["h1_26"]), fk(REV["h1_25"])], "bt"))
sn_rows.append(("Segment contribution", None, [], "b"))
sn_rows += [(k, None, [fk(v[0]), fk(v[1])], "i") for k, v in SEGC.items()]
sn_rows.append(("Total segment contribution", None, [fk(seg_contrib_total[0]), fk(seg_contrib_total[1])], "bt"))
sn_rows.append(("Unallocated costs, net", None, [fk(UNALLOC[0]), fk(UNALLOC[1])], "i"))
sn_rows.append(("Operating profit (EBIT)", None, [fk(IS["h1_26"]["ebit"]), fk(IS["h1_25"]["ebit"])], "bt"))
table(["1-6/2026", "1-6/2025"], sn_rows, xs=[440, RM], size=8, lead=11.6)
heading("Note 3. Revenue", 10.5)
para("Disaggregation of revenue by timing of recognition and by region, January-June:", size=8.5, lead=11)
PIT_PS = (2120, 2460)  # point-in-time professional services (training, fixed deliverables)
OT = (SEG["Subscription"]["h1_26"] + SEG["Professional Services"]["h1_26"] - PIT_PS[0],
      SEG["Subscription"]["h1_25"] + SEG["Professional Services"]["h1_25"] - PIT_PS[1])
PIT = (SEG["Licences"]["h1_26"] + PIT_PS[0], SEG["Licences"]["h1_25"] + PIT_PS[1])
assert OT[0] + PIT[0] == REV["h1_26"] and OT[1] + PIT[1] == REV["h1_25"]
rd_rows = [("Timing of revenue recognition", None, [], "b"),
           ("Over time", None, [fk(OT[0]), fk(OT[1])], "i"),
           ("At a point in time", None, [fk(PIT[0]), fk(PIT[1])], "i"),
           ("Total", None, [fk(REV["h1_26"]), fk(REV["h1_25"])], "bt"),
           ("Revenue by region", None, [], "b")]
rd_rows += [(k, None, [fk(v[0]), fk(v[1])], "i") for k, v in REG.items()]
rd_rows.append(("Total", None, [fk(REV["h1_26"]), fk(REV["h1_25"])], "bt"))
table(["1-6/2026", "1-6/2025"], rd_rows, xs=[440, RM], size=8, lead=11.6)
para(f"Contract liabilities consist mainly of subscription fees invoiced annually in advance. Of the contract liabilities "
     f"at 31 December 2025, EUR 41.6 million was recognised as revenue in January-June 2026. The group's remaining "
     f"performance obligations for contracts with an original duration of more than one year amounted to EUR 287.3 million "
     f"at 30 June 2026 (31 December 2025: EUR 241.9 million).", size=8.5, lead=11)

# ---- page 10: acquisition
new_page()
heading("Note 4. Business combinations", 10.5)
para(f"On 1 April 2026 Virtaloom acquired 100% of the shares in Fjordsynk AS, a Norwegian provider of cloud-based "
     f"workforce scheduling software, headquartered in Bergen. The acquisition extends Virtaloom's field service platform "
     f"with scheduling and rostering capabilities and strengthens its position in Norway. The consideration consisted of "
     f"EUR {fm(CONS['cash'])} million paid in cash at closing, {CONS_SHARES_N * 1000:,} new Virtaloom shares valued at the "
     f"closing share price of EUR {CONS_SHARE_PRICE:.2f} on 1 April 2026, and a contingent consideration of up to EUR 8.0 "
     f"million payable in 2027 subject to Fjordsynk's ARR in 2026, with a fair value of EUR {fm(CONS['contingent'])} million "
     f"at the acquisition date.", size=8.5, lead=11)
para(f"Goodwill of EUR {fm(GW_ACQ)} million arises mainly from expected cross-selling synergies, the assembled workforce "
     f"and the technology roadmap. Goodwill is not deductible for tax purposes. Acquisition-related costs of EUR "
     f"{fm(MA['h1_26'])} million are included in general and administration expenses. From the acquisition date Fjordsynk "
     f"contributed EUR {fm(ACQ_REV_H1)} million of revenue and EUR {fm(ACQ_EBIT_H1)} million of operating profit. Had the "
     f"acquisition occurred on 1 January 2026, group revenue for January-June would have been EUR "
     f"{fm(REV['h1_26'] + 3720)} million. The purchase price allocation is provisional.", size=8.5, lead=11)
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 13
acq_rows = [
    ("Consideration", None, [], "b"),
    ("Cash", None, [fb(CONS["cash"])], "i"),
    (f"Shares issued ({CONS_SHARES_N * 1000:,} shares at EUR {CONS_SHARE_PRICE:.2f})", None, [fb(CONS["shares"])], "i"),
    ("Contingent consideration, fair value", None, [fb(CONS["contingent"])], "i"),
    ("Total consideration", None, [fb(CONS["total"])], "bt"),
    ("Fair values of identifiable assets acquired and liabilities assumed", None, [], "b"),
    ("Customer relationships", None, [fb(ACQ_NA["cust"])], "i"),
    ("Technology", None, [fb(ACQ_NA["tech"])], "i"),
    ("Brand", None, [fb(ACQ_NA["brand"])], "i"),
    ("Property, plant and equipment", None, [fb(ACQ_NA["ppe"])], "i"),
    ("Right-of-use assets", None, [fb(ACQ_NA["rou"])], "i"),
    ("Trade and other receivables", None, [fb(ACQ_NA["recv"])], "i"),
    ("Cash and cash equivalents", None, [fb(ACQ_NA["cash"])], "i"),
    ("Trade and other payables", None, [fb(ACQ_NA["pay"])], "i"),
    ("Contract liabilities", None, [fb(ACQ_NA["cl"])], "i"),
    ("Lease liabilities", None, [fb(ACQ_NA["lease"])], "i"),
    ("Deferred tax liabilities", None, [fb(ACQ_NA["dtl"])], "i"),
    ("Net identifiable assets acquired", None, [fb(NET_ID)], "bt"),
    ("Goodwill", None, [fb(GW_ACQ)], "b"),
    (None,),
    ("Cash flow effect", None, [], "b"),
    ("Cash consideration paid", None, [fb(-CONS["cash"])], "i"),
    ("Cash and cash equivalents acquired", None, [fb(ACQ_NA["cash"])], "i"),
    ("Net cash outflow", None, [fb(-NET_CASH_OUT)], "bt"),
]
assert NET_ID + GW_ACQ == CONS["total"] and -NET_CASH_OUT == CF["acq"]
table(["1 April 2026"], acq_rows, xs=[RM], size=8, lead=11.4)
heading("Note 5. Share-based payments", 10.5)
para(f"The group has a performance share plan for key employees and an employee share savings plan. Share-based payment "
     f"expenses recognised in January-June 2026 were EUR {fm(SBP['h1_26'])} million ({fm(SBP['h1_25'])}), of which EUR "
     f"{fm(SBP['q2_26'])} million in April-June.", size=8.5, lead=11)

# ---- page 11: borrowings
new_page()
heading("Note 6. Borrowings and lease liabilities", 10.5)
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 13
TL = dict(o=48000, draw=30000, rep=-4000)
RCF = dict(o=14000, draw=0, rep=-4000)
for f_ in (TL, RCF):
    f_["c"] = f_["o"] + f_["draw"] + f_["rep"]
assert TL["o"] + RCF["o"] == O_BOR and TL["c"] + RCF["c"] == BOR
assert TL["draw"] + RCF["draw"] == BOR_PROC and TL["rep"] + RCF["rep"] == BOR_REPAY
LLmov = dict(o=O_LL, acq=-ACQ_NA["lease"], new=NEW_LEASES, rep=LEASE_REPAY, c=LL)
b_rows = [
    ("Term loan (EURIBOR + 1.65%, matures 2029)", None, [fk(TL["o"]), fk(TL["draw"]), fk(TL["rep"]), "-", fk(TL["c"])]),
    ("Revolving credit facility (EUR 50 million, matures 2028)", None, [fk(RCF["o"]), "-", fk(RCF["rep"]), "-", fk(RCF["c"])]),
    ("Total borrowings", None, [fk(O_BOR), fk(BOR_PROC), fk(BOR_REPAY), "-", fk(BOR)], "bt"),
    ("Lease liabilities", None, [fk(O_LL), "-", fk(LEASE_REPAY), fk(LLmov["acq"] + NEW_LEASES), fk(LL)]),
    ("Total interest-bearing liabilities", None, [fk(O_BOR + O_LL), fk(BOR_PROC), fk(BOR_REPAY + LEASE_REPAY),
                                                  fk(LLmov["acq"] + NEW_LEASES), fk(BOR + LL)], "bt"),
]
table([("", "31 Dec 2025"), ("", "Drawdowns"), ("", "Repayments"), ("Acquisitions", "and new leases"), ("", "30 June 2026")],
      b_rows, xs=[300, 360, 420, 485, RM], size=7.8)
para(f"Of the borrowings at 30 June 2026, EUR {fm(C['bor_c'])} million is due within twelve months (31 December 2025: EUR "
     f"{fm(O['bor_c'])} million). The term loan and the revolving credit facility include a financial covenant under which "
     f"net debt to adjusted EBITDA for the last twelve months, both as defined in the facility agreement, may not exceed "
     f"3.0x. The covenant was met at 30 June 2026. The carrying amounts of the borrowings approximate their fair values. "
     f"Finance costs of EUR {fm(-IS['h1_26']['fc'])} million in January-June include interest on borrowings and leases and "
     f"the unwinding of the discount on the contingent consideration of EUR {fm(CC_UNWIND, 2)} million.", size=8.5, lead=11)
heading("Note 7. Related party transactions", 10.5)
para("There were no material transactions with related parties during the reporting period, other than remuneration "
     "of management and the Board of Directors in the ordinary course of business.", size=8.5, lead=11)

# ---- page 12: APMs
new_page()
heading("Note 8. Alternative performance measures", 10.5)
para("Virtaloom presents alternative performance measures (APMs) in accordance with the ESMA guidelines to describe the "
     "development of its business. EBITDA is operating profit before depreciation, amortisation and impairment. Adjusted "
     "EBITDA excludes share-based payment expenses and M&A-related costs. Adjusted EBITA also adds back amortisation of "
     "intangible assets identified in acquisitions. Free cash flow is net cash from operating activities less purchases of "
     "property, plant and equipment, capitalised development costs and other intangibles, and repayment of lease "
     "liabilities. Net debt is borrowings plus lease liabilities less cash and cash equivalents.", size=8.5, lead=11)
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(LM, state["y"], "EUR thousand")
state["y"] -= 13


def ar(label, vals, style=None):
    return (label, None, [fb(v) for v in vals], style)


apm = [
    ar("Operating profit (EBIT)", [IS[p]["ebit"] for p in P]),
    ar("Depreciation of property, plant and equipment", [DA[p][0] for p in P], "i"),
    ar("Depreciation of right-of-use assets", [DA[p][1] for p in P], "i"),
    ar("Amortisation of intangible assets", [DA[p][2] for p in P], "i"),
    ar("EBITDA", [IS[p]["ebitda"] for p in P], "bt"),
    ar("Share-based payments", [SBP[p] for p in P], "i"),
    ar("M&A-related costs", [MA[p] for p in P], "i"),
    ar("Adjusted EBITDA", [IS[p]["adj_ebitda"] for p in P], "bt"),
    ("Adjusted EBITDA margin, %", None, [margin("adj_ebitda", p) for p in P]),
    (None,),
    ar("Operating profit (EBIT)", [IS[p]["ebit"] for p in P]),
    ar("Amortisation of acquired intangible assets", [PPA_AMORT[p] for p in P], "i"),
    ar("Share-based payments and M&A-related costs", [SBP[p] + MA[p] for p in P], "i"),
    ar("Adjusted EBITA", [IS[p]["adj_ebita"] for p in P], "bt"),
]
table(["4-6/2026", "4-6/2025", "1-6/2026", "1-6/2025", "1-12/2025"], apm, xs=isx, size=7.8, lead=11)
fcf_rows = [
    ar("Net cash from operating activities", [CF["op"], CF25["op"], CFY["op"]]),
    ar("Purchases of property, plant and equipment", [CF["capex_ppe"], CF25["capex_ppe"], CFY["capex_ppe"]], "i"),
    ar("Capitalised development costs and other intangibles", [CF["capex_int"], CF25["capex_int"], CFY["capex_int"]], "i"),
    ar("Repayment of lease liabilities", [CF["lease"], CF25["lease"], CFY["lease"]], "i"),
    ar("Free cash flow", [FCF["h1_26"], FCF["h1_25"], FCF["fy_25"]], "bt"),
]
table(["1-6/2026", "1-6/2025", "1-12/2025"], fcf_rows, xs=cx, size=7.8, lead=11)
nd_rows = [
    ar("Borrowings, non-current and current", [BOR, O_BOR]),
    ar("Lease liabilities, non-current and current", [LL, O_LL]),
    ar("Cash and cash equivalents", [-C["cash"], -O["cash"]]),
    ar("Net debt", [ND["jun26"], ND["dec25"]], "bt"),
    ar("Adjusted EBITDA, last twelve months", [LTM_ADJ, IS["fy_25"]["adj_ebitda"]]),
    ("Net debt / adjusted EBITDA (LTM), x", None, [f"{LEV['jun26']:.2f}", f"{LEV['dec25']:.2f}"]),
]
table(["30 June 2026", "31 Dec 2025"], nd_rows, xs=[465, RM], size=7.8, lead=11)
para("Equity ratio, % = total equity / (total assets - contract liabilities) x 100. Net gearing, % = net debt / total "
     "equity x 100. Organic growth at constant currency excludes revenue of companies acquired in the preceding twelve "
     "months and translates current-period revenue at the prior period's average exchange rates.", size=8, lead=10.5)
assert state["y"] > 52
c.save()

# ----------------------------------------------------------------------------- facts for the question writer
FACTS = dict(IS=IS, REV=REV, SEG=SEG, REG=REG, C=C, O=O, CF=CF, CF25=CF25, CFY=CFY, FCF=FCF, ND=ND, LEV=LEV, EQR=EQR,
             GEAR=GEAR, LTM_ADJ=LTM_ADJ, CONS=CONS, GW_ACQ=GW_ACQ, NET_ID=NET_ID, NET_CASH_OUT=NET_CASH_OUT,
             C_ASSETS=C_ASSETS, O_ASSETS=O_ASSETS, C_LIAB=C_LIAB, O_LIAB=O_LIAB, BOR=BOR, LL=LL, E25c=E25c,
             g_rep_h1=g_rep_h1, g_org_h1=g_org_h1, g_rep_q2=g_rep_q2, g_org_q2=g_org_q2, arr_g=arr_g, arr_org=arr_org,
             SEGC=SEGC, OT=OT, PIT=PIT, pages=state["page"])
if __name__ == "__main__":
    import json
    print(json.dumps({k: v for k, v in FACTS.items() if k in ("pages", "C_ASSETS", "O_ASSETS", "GW_ACQ", "NET_ID", "LTM_ADJ", "ND", "LEV", "EQR", "GEAR", "FCF")}, indent=1, default=str))
    print(PDF)
