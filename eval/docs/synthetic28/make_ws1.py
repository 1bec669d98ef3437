# Long on purpose: one document drawn page by page with every figure computed in order; test data, not product code.
"""Generate KESTRELANE_2025_10K.pdf: a fictional industrial manufacturer's annual report.

Kestrelane Industries, Inc. is invented. Every figure is computed here so that the statements tie:
segments and regions sum to consolidated net sales, the cash flow statement ends at the balance
sheet's cash, assets = liabilities + equity, the equity statement ends at the balance sheet's equity,
note tables (inventories, PP&E, debt, leases, deferred taxes) total to balance sheet lines, quarterly
data sum to the annual figures, and MD&A percentages are computed from the tables.

Run with a Python that has reportlab, e.g.:  /work/main/.venv/bin/python make_ws1.py
"""
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

HERE = Path(__file__).resolve().parent
OUT = HERE / "KESTRELANE_2025_10K.pdf"
Y = ["2025", "2024", "2023"]  # fiscal years, newest first


def T(x):
    """float in $ millions -> int tenths of a million"""
    return int(Decimal(str(x)).scaleb(1).quantize(Decimal(1), ROUND_HALF_UP))


def rnd(x, nd=1):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP))


def m(t):
    """tenths -> printed millions"""
    return f"{abs(t) / 10:,.1f}"


def fm(t, dash=True):
    if t == 0 and dash:
        return "\u2014"
    return f"({m(t)})" if t < 0 else m(t)


def pct(a, b):
    return rnd((a - b) / b * 100, 1)


def pf(p):
    return f"({abs(p):.1f})%" if p < 0 else f"{p:.1f}%"


# ----------------------------------------------------------------------------- numbers
seg_names = ["Motion & Drives", "Fluid Handling", "Thermal Systems"]
seg_sales = {  # FY2025, FY2024 (recast), FY2023 (recast)
    "Motion & Drives": [T(1842.6), T(1761.3), T(1703.8)],
    "Fluid Handling": [T(1296.4), T(1214.9), T(1188.2)],
    "Thermal Systems": [T(702.5), T(735.8), T(760.1)],
}
RECAST_MOVED = [None, T(65.2), T(63.9)]  # air-handling line moved Thermal -> Fluid Handling
net_sales = [sum(seg_sales[s][i] for s in seg_names) for i in range(3)]
geo = {
    "United States": [T(2104.7), T(2046.2), T(2011.9)],
    "Europe": [T(894.3), T(842.6), T(836.4)],
    "Asia Pacific": [T(538.9), T(531.7), T(522.0)],
}
geo["Canada and Latin America"] = [net_sales[i] - sum(geo[g][i] for g in list(geo)) for i in range(3)]
cos = [T(2489.9), T(2442.1), T(2431.7)]
gp = [net_sales[i] - cos[i] for i in range(3)]
sga = [T(702.4), T(688.1), T(676.9)]
rnd_ = [T(118.7), T(112.3), T(106.5)]
restr = [T(14.2), T(31.6), T(8.9)]
amort = [T(38.4), T(39.1), T(40.2)]
opinc = [gp[i] - sga[i] - rnd_[i] - restr[i] - amort[i] for i in range(3)]
intexp = [T(52.8), T(58.4), T(55.1)]
other = [T(-9.6), T(-7.2), T(3.4)]  # other expense (income), net
ebt = [opinc[i] - intexp[i] - other[i] for i in range(3)]
etr_target = [0.221, 0.213, 0.232]
tax = [T(rnd(ebt[i] / 10 * etr_target[i], 1)) for i in range(3)]
ni = [ebt[i] - tax[i] for i in range(3)]
sh_basic = [61.42, 62.18, 63.05]
sh_dil = [62.13, 62.82, 63.63]
eps_b = [rnd(ni[i] / 10 / sh_basic[i], 2) for i in range(3)]
eps_d = [rnd(ni[i] / 10 / sh_dil[i], 2) for i in range(3)]
dps = [1.04, 0.96, 0.88]
div = [T(rnd(dps[i] * sh_basic[i], 1)) for i in range(3)]
dep = [T(96.3), T(92.8), T(90.4)]
da = [dep[i] + amort[i] for i in range(3)]
EXTRA_WEEK_SALES = T(61.4)

# segment operating profit (excludes restructuring and amortization); corporate expense is the balance
seg_op = {
    "Motion & Drives": [T(338.7), T(298.4), T(279.5)],
    "Fluid Handling": [T(231.6), T(192.2), T(177.9)],
    "Thermal Systems": [T(71.4), T(82.9), T(79.6)],
}
seg_op_total = [sum(seg_op[s][i] for s in seg_names) for i in range(3)]
corp = [seg_op_total[i] - restr[i] - amort[i] - opinc[i] for i in range(3)]
seg_dep = {"Motion & Drives": [T(41.2), T(40.1), T(39.3)], "Fluid Handling": [T(29.8), T(27.4), T(26.9)],
           "Thermal Systems": [T(18.6), T(18.9), T(19.1)]}
corp_dep = [dep[i] - sum(seg_dep[s][i] for s in seg_names) for i in range(3)]

# comprehensive income
oci_fx = [T(21.7), T(-14.3), T(-27.9)]
oci_pen = [T(6.2), T(-3.8), T(11.4)]
oci_hedge = [T(-1.9), T(2.6), T(0.8)]
oci = [oci_fx[i] + oci_pen[i] + oci_hedge[i] for i in range(3)]
ci = [ni[i] + oci[i] for i in range(3)]

# cash flows (index 0 = FY2025)
sbc = [T(24.6), T(22.1), T(20.3)]
dtax = [T(-6.8), T(4.1), T(-3.2)]
gain_sale = [0, T(-4.8), 0]
ch_rec = [T(-28.4), T(12.6), T(-35.1)]
ch_inv = [T(-19.7), T(24.3), T(-48.2)]
ch_ap = [T(15.2), T(-9.8), T(21.4)]
ch_acc = [T(11.3), T(-6.5), T(4.8)]
ch_oth = [T(-3.9), T(2.2), T(-5.6)]
cfo = [ni[i] + da[i] + sbc[i] + dtax[i] + gain_sale[i] + ch_rec[i] + ch_inv[i] + ch_ap[i] + ch_acc[i]
       + ch_oth[i] for i in range(3)]
capex = [T(-104.8), T(-97.2), T(-112.6)]
acq = [T(-86.5), 0, 0]
proc_sale = [T(3.1), T(18.4), T(2.2)]
inv_oth = [T(-1.2), T(0.8), T(-0.5)]
cfi = [capex[i] + acq[i] + proc_sale[i] + inv_oth[i] for i in range(3)]
debt_iss = [T(300.0), 0, T(150.0)]
debt_rep = [T(-250.0), T(-100.0), T(-75.0)]
st_net = [T(-12.0), T(8.5), T(-20.0)]
repurch = [T(-150.0), T(-175.0), T(-120.0)]
opt_proc = [T(18.7), T(14.2), T(9.8)]
rsu_tax = [T(-6.3), T(-5.1), T(-4.4)]
div_paid = [-d for d in div]
cff = [debt_iss[i] + debt_rep[i] + st_net[i] + div_paid[i] + repurch[i] + opt_proc[i] + rsu_tax[i]
       for i in range(3)]
fx_cash = [T(4.6), T(-2.9), T(-6.1)]
netchg = [cfo[i] + cfi[i] + cff[i] + fx_cash[i] for i in range(3)]
cash_fy22 = T(301.7)
cash_end = [0, 0, 0]
cash_end[2] = cash_fy22 + netchg[2]
cash_end[1] = cash_end[2] + netchg[1]
cash_end[0] = cash_end[1] + netchg[0]
cash_beg = [cash_end[1], cash_end[2], cash_fy22]

# equity roll: FY2023 opening balances (September 24, 2022)
eq0 = {"cs": T(7.2), "apic": T(1012.4), "re": T(1768.5), "aoci": T(-182.6), "ts": T(-856.0)}
eq_rows = []  # (label, cs, apic, re, aoci, ts)
bal = dict(eq0)
eq_bal = {}
for i, fy, date in [(2, "2023", "September 30, 2023"), (1, "2024", "September 28, 2024"),
                    (0, "2025", "September 27, 2025")]:
    if i == 2:
        eq_rows.append(("Balance at September 24, 2022", dict(bal)))
    eq_rows.append(("Net earnings", {"re": ni[i]}))
    eq_rows.append(("Other comprehensive income (loss), net of tax", {"aoci": oci[i]}))
    eq_rows.append((f"Cash dividends declared (${dps[i]:.2f} per share)", {"re": -div[i]}))
    eq_rows.append(("Repurchases of common stock", {"ts": repurch[i]}))
    eq_rows.append(("Stock-based compensation", {"apic": sbc[i]}))
    eq_rows.append(("Stock options exercised and restricted stock units vested, net of shares withheld for taxes",
                    {"apic": opt_proc[i] + rsu_tax[i]}))
    bal["re"] += ni[i] - div[i]
    bal["aoci"] += oci[i]
    bal["ts"] += repurch[i]
    bal["apic"] += sbc[i] + opt_proc[i] + rsu_tax[i]
    eq_rows.append((f"Balance at {date}", dict(bal)))
    eq_bal[fy] = dict(bal)
equity = {fy: sum(eq_bal[fy].values()) for fy in eq_bal}

# balance sheet: FY2025 (0), FY2024 (1)
# share counts (audit fix): FY2025 repurchases of 1.6 million shares all go to treasury (9,612,044 -> 11,212,044);
# option exercises (361k) and net RSU settlements (52k) are new issuance (71,587,000 -> 72,000,000 issued, par
# $0.04 million, inside the 7.2 rounding), so year-end outstanding (60,787,956) sits below the fiscal 2025
# weighted basic shares (61.42 million) and fiscal 2024 year-end outstanding (61,974,956) below fiscal 2024's
# (62.18 million), as a buyback year should; the cover count at November 7, 2025 is lower again.
rec = [T(652.3), T(612.8)]
allow = [T(9.4), T(8.7)]
inv = [T(582.6), T(548.1)]
prepaid = [T(101.7), T(96.4)]
tca = [cash_end[i] + rec[i] + inv[i] + prepaid[i] for i in range(2)]
ppe = [T(766.7), T(742.5)]
rou = [T(131.6), T(118.2)]
gw = [T(1341.5), T(1286.4)]
intang = [T(392.9), T(402.7)]
dta_bs = [T(46.9), T(41.3)]
oth_assets = [T(92.4), T(88.9)]
ta = [tca[i] + ppe[i] + rou[i] + gw[i] + intang[i] + dta_bs[i] + oth_assets[i] for i in range(2)]
# debt note
debt_lines = [  # label, FY2025, FY2024, maturity fiscal year
    ("3.10% Senior notes due August 2025", 0, T(250.0)),
    ("2.85% Senior notes due March 2026", T(200.0), T(200.0)),
    ("Term loan due January 2027 (variable rate)", T(150.0), T(150.0)),
    ("4.25% Senior notes due June 2028", T(350.0), T(350.0)),
    ("3.60% Senior notes due May 2030", T(400.0), T(400.0)),
    ("5.05% Senior notes due November 2034", T(300.0), 0),
    ("Commercial paper", T(8.5), T(20.5)),
    ("Finance leases and other borrowings", T(5.9), T(6.4)),
]
principal = [sum(l[1] for l in debt_lines), sum(l[2] for l in debt_lines)]
disc = [T(-9.6), T(-7.8)]
total_debt = [principal[i] + disc[i] for i in range(2)]
cur_debt = [T(200.0) + T(8.5) + T(1.2), T(250.0) + T(20.5) + T(1.1)]
ltd = [total_debt[i] - cur_debt[i] for i in range(2)]
maturities = [("2026", T(209.7)), ("2027", T(151.3)), ("2028", T(351.4)), ("2029", T(1.0)), ("2030", T(401.0))]
maturities.append(("Thereafter", principal[0] - sum(v for _, v in maturities)))
assert maturities[-1][1] == T(300.0)
ap = [T(401.3), T(384.6)]
accomp = [T(151.7), T(142.8)]
cur_lease = [T(33.9), T(31.4)]
tax_pay = [T(26.4), T(22.7)]
lt_lease = [T(101.8), T(92.6)]
dtl_bs = [T(71.2), T(78.4)]
pension = [T(109.2), T(118.5)]
eq_bs = [equity["2025"], equity["2024"]]
oth_lt = [T(97.4), None]
oth_acc = [None, T(168.9)]
# FY2024 plug: other long-term liabilities; FY2025 plug: other accrued liabilities
tcl1 = cur_debt[1] + ap[1] + accomp[1] + oth_acc[1] + cur_lease[1] + tax_pay[1]
oth_lt[1] = ta[1] - eq_bs[1] - (tcl1 + ltd[1] + lt_lease[1] + dtl_bs[1] + pension[1])
oth_acc[0] = ta[0] - eq_bs[0] - (cur_debt[0] + ap[0] + accomp[0] + cur_lease[0] + tax_pay[0] + ltd[0]
                                  + lt_lease[0] + dtl_bs[0] + pension[0] + oth_lt[0])
tcl = [cur_debt[i] + ap[i] + accomp[i] + oth_acc[i] + cur_lease[i] + tax_pay[i] for i in range(2)]
tl = [tcl[i] + ltd[i] + lt_lease[i] + dtl_bs[i] + pension[i] + oth_lt[i] for i in range(2)]
assert all(tl[i] + eq_bs[i] == ta[i] for i in range(2))

# inventories note
inv_raw = [T(214.8), T(203.1)]
inv_wip = [T(131.5), T(124.9)]
lifo = [T(-36.4), T(-33.2)]
inv_fg = [inv[i] - inv_raw[i] - inv_wip[i] - lifo[i] for i in range(2)]
inv_fifo = [inv_raw[i] + inv_wip[i] + inv_fg[i] for i in range(2)]
# PP&E note
land = [T(38.2), T(36.9)]
bldg = [T(512.6), T(494.3)]
mach = [T(1386.9), T(1321.5)]
cip = [T(68.4), T(59.7)]
ppe_gross = [land[i] + bldg[i] + mach[i] + cip[i] for i in range(2)]
accdep = [ppe[i] - ppe_gross[i] for i in range(2)]
# leases
lease_cost = {"Operating lease cost": [T(38.6), T(36.1), T(34.7)], "Short-term and variable lease cost": [T(9.2), T(8.7), T(8.1)],
              "Finance lease cost": [T(1.4), T(1.5), T(1.6)]}
lease_total = [sum(v[i] for v in lease_cost.values()) for i in range(3)]
lease_pay = [("2026", T(38.9)), ("2027", T(33.2)), ("2028", T(26.8)), ("2029", T(19.7)), ("2030", T(13.1)),
             ("Thereafter", T(25.4))]
lease_undisc = sum(v for _, v in lease_pay)
lease_liab = cur_lease[0] + lt_lease[0]
imputed = lease_undisc - lease_liab
# income taxes
ebt_dom = [T(318.4), T(259.8), T(243.0)]
ebt_for = [ebt[i] - ebt_dom[i] for i in range(3)]
cur_fed = [T(62.1), T(40.2), T(48.3)]
cur_state = [T(12.1), T(10.4), T(11.2)]
cur_for = [T(35.5), T(28.7), T(31.9)]
def_fed = [T(-4.9), T(3.2), T(-2.1)]
def_state = [T(-0.7), T(0.5), T(-0.4)]
def_for = [dtax[i] - def_fed[i] - def_state[i] for i in range(3)]
cur_tot = [cur_fed[i] + cur_state[i] + cur_for[i] for i in range(3)]
def_tot = [def_fed[i] + def_state[i] + def_for[i] for i in range(3)]
tax_chk = [cur_tot[i] + def_tot[i] for i in range(3)]
# make current foreign absorb any difference so the provision ties
for i in range(3):
    cur_for[i] += tax[i] - tax_chk[i]
cur_tot = [cur_fed[i] + cur_state[i] + cur_for[i] for i in range(3)]
assert all(cur_tot[i] + def_tot[i] == tax[i] for i in range(3))
stat = [T(rnd(ebt[i] / 10 * 0.21, 1)) for i in range(3)]
recon = {
    "State and local income taxes, net of federal benefit": [T(8.9), T(8.1), T(8.6)],
    "Foreign rate differential": [T(6.4), T(5.2), T(7.9)],
    "Research and development credits": [T(-5.8), T(-5.3), T(-4.9)],
    "Foreign-derived intangible income deduction": [T(-4.7), T(-4.4), T(-4.1)],
    "Excess tax benefits from stock-based compensation": [T(-3.1), T(-2.6), T(-1.8)],
    "Change in valuation allowance": [T(1.2), T(-0.9), T(3.7)],
}
recon_other = [tax[i] - stat[i] - sum(v[i] for v in recon.values()) for i in range(3)]
etr = [rnd(tax[i] / ebt[i] * 100, 1) for i in range(3)]
dta_items = {
    "Accrued compensation and employee benefits": [T(38.6), T(35.2)],
    "Pension and postretirement obligations": [T(26.1), T(28.7)],
    "Operating lease liabilities": [T(32.4), T(29.6)],
    "Net operating loss and tax credit carryforwards": [T(41.8), T(39.5)],
    "Inventory reserves": [T(14.9), T(13.6)],
    "Other": [T(17.3), T(16.1)],
}
dta_gross = [sum(v[i] for v in dta_items.values()) for i in range(2)]
val_allow = [T(-22.4), T(-21.2)]
dta_net = [dta_gross[i] + val_allow[i] for i in range(2)]
net_dtl = [dtl_bs[i] - dta_bs[i] for i in range(2)]
dtl_items = {
    "Property, plant and equipment": [T(-74.6), T(-71.8)],
    "Goodwill and intangible assets": [T(-58.3), T(-61.9)],
    "Operating lease right-of-use assets": [T(-31.2), T(-28.4)],
}
dtl_other = [-net_dtl[i] - dta_net[i] - sum(v[i] for v in dtl_items.values()) for i in range(2)]
dtl_items["Other"] = dtl_other
dtl_tot = [sum(v[i] for v in dtl_items.values()) for i in range(2)]
assert all(dta_net[i] + dtl_tot[i] == -net_dtl[i] for i in range(2))
assert all(v < 0 for v in dtl_other), dtl_other
# stock options (thousands of shares)
opt_beg, opt_beg_px = 2846, 68.42
opt_gr, opt_gr_px = 412, 94.15
opt_ex, opt_ex_px = 361, 51.80
opt_ff, opt_ff_px = 58, 82.30
opt_end = opt_beg + opt_gr - opt_ex - opt_ff
opt_end_px = rnd((opt_beg * opt_beg_px + opt_gr * opt_gr_px - opt_ex * opt_ex_px - opt_ff * opt_ff_px) / opt_end, 2)
opt_exer, opt_exer_px = 1902, 59.66
px_close = 101.25
intr_out = T(82.6)
intr_exer = T(rnd(opt_exer * (px_close - opt_exer_px) / 1000, 1))
assert T(rnd(opt_ex * opt_ex_px / 1000, 1)) == opt_proc[0]
# quarterly (FY2025, FY2024)
qshares = {  # share of the annual figure in Q1-Q3 (Q4 is the remainder), by row
    0: {"Net sales": [0.232, 0.251, 0.262], "Gross profit": [0.226, 0.249, 0.266],
        "Operating income": [0.219, 0.247, 0.271], "Net earnings": [0.217, 0.248, 0.273]},
    1: {"Net sales": [0.238, 0.246, 0.255], "Gross profit": [0.236, 0.243, 0.258],
        "Operating income": [0.245, 0.256, 0.215], "Net earnings": [0.246, 0.258, 0.209]}}
qdata = {}
for i in (0, 1):
    rows = {}
    for name, annual in [("Net sales", net_sales[i]), ("Gross profit", gp[i]), ("Operating income", opinc[i]),
                         ("Net earnings", ni[i])]:
        q = [T(rnd(annual / 10 * s, 1)) for s in qshares[i][name]]
        q.append(annual - sum(q))
        rows[name] = q
    rows["Diluted earnings per share"] = [rnd(v / 10 / sh_dil[i], 2) for v in rows["Net earnings"]]
    qdata[i] = rows

# ----------------------------------------------------------------------------- layout
W, H = letter
LM, RM = 54, W - 54
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=letter)
        self.c.setTitle("Kestrelane Industries, Inc. Annual Report on Form 10-K for fiscal 2025")
        self.page = 0
        self.y = 0

    def new_page(self, toc=True):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.y = H - 46
        if toc:
            self.c.setFont(FONT, 7.5)
            self.c.setFillColorRGB(0.1, 0.2, 0.6)
            self.c.drawString(LM, H - 34, "Table of Contents")
            self.c.setFillColorRGB(0, 0, 0)
            self.y = H - 58

    def footer(self):
        self.c.setFont(FONT, 8.5)
        self.c.drawCentredString(W / 2, 30, str(self.page))

    def check(self, need):
        assert self.y - need > 44, f"page {self.page} overflow at y={self.y}"

    def heading(self, text, size=10, font=BOLD, center=False, gap=4):
        self.check(size + gap)
        self.c.setFont(font, size)
        if center:
            self.c.drawCentredString(W / 2, self.y, text)
        else:
            self.c.drawString(LM, self.y, text)
        self.y -= size + gap

    def para(self, text, size=9, font=FONT, indent=0, gap=5):
        lines = simpleSplit(text, font, size, RM - LM - indent)
        self.check(len(lines) * (size + 2))
        self.c.setFont(font, size)
        for ln in lines:
            self.c.drawString(LM + indent, self.y, ln)
            self.y -= size + 2
        self.y -= gap

    def line_text(self, pieces, font, size):
        """draw (x, text) pieces on the current baseline as ONE text object (Tm + Tj per piece, no T*)"""
        if not pieces:
            return
        t = self.c.beginText()
        t.setFont(font, size)
        for x, txt in sorted(pieces, key=lambda p: p[0]):
            t.setTextOrigin(x, self.y)
            t.textOut(txt)
        self.c.drawText(t)

    def space(self, h):
        self.y -= h

    def table(self, cols, rows, size=8.5, label_w=None, head_rows=None, dollar_x=None):
        """cols: list of right edges of numeric columns.  head_rows: list of lists of header strings per
        column (multi-line, centred over each column, width colw).  rows: list of dicts:
        {label, cells: [str], bold, indent, dollar: bool, rule: 'single'|'double'|None, ruleabove}"""
        c = self.c
        colw = 58 if len(cols) < 2 else min(62, cols[1] - cols[0] - 4)
        if label_w is None:
            label_w = cols[0] - colw - LM - 6
        if head_rows:
            nlines = max(len(h) for h in head_rows)
            self.check(nlines * (size + 1.5) + 4)
            for li in range(nlines):
                pieces = []
                for ci, h in enumerate(head_rows):
                    off = nlines - len(h)
                    if li >= off and h[li - off]:
                        txt = h[li - off]
                        pieces.append((cols[ci] - colw / 2 + 3 - stringWidth(txt, BOLD, size - 0.5) / 2, txt))
                self.line_text(pieces, BOLD, size - 0.5)
                self.y -= size + 1.5
            for ci in range(len(cols)):
                if any(h for h in head_rows[ci]):
                    c.setLineWidth(0.5)
                    c.line(cols[ci] - colw + 6, self.y + size - 0.5, cols[ci], self.y + size - 0.5)
            self.y -= 2
        pw = stringWidth(")", FONT, size)
        for r in rows:
            font = BOLD if r.get("bold") else FONT
            ind = r.get("indent", 0) * 10
            lines = simpleSplit(r.get("label", ""), font, size, label_w - ind) or [""]
            self.check(len(lines) * (size + 2.5))
            if r.get("ruleabove"):
                c.setLineWidth(0.5)
                for ci, cell in enumerate(r.get("cells", [])):
                    if cell != "":
                        c.line(cols[ci] - colw + 6, self.y + size + 0.5, cols[ci], self.y + size + 0.5)
            # wrapped label lines first; the last label line and the row's cells are one text object on one
            # baseline, so a plain-text extractor reads the row as one line (label, then its cells)
            for li, ln in enumerate(lines[:-1]):
                self.line_text([(LM + ind + (8 if li else 0), ln)], font, size)
                self.y -= size + 2.5
            pieces = [(LM + ind + (8 if len(lines) > 1 else 0), lines[-1])] if lines[-1] else []
            for ci, cell in enumerate(r.get("cells", [])):
                if cell == "":
                    continue
                x = cols[ci]
                if not (cell.endswith(")") or cell.endswith("%") or cell.endswith(")%")):
                    x -= pw
                if r.get("dollar") and cell not in ("\u2014",) and not cell.endswith("%"):
                    pieces.append((cols[ci] - colw + 6, "$"))
                pieces.append((x - stringWidth(cell, font, size), cell))
            self.line_text(pieces, font, size)
            if r.get("rule"):
                for ci, cell in enumerate(r.get("cells", [])):
                    if cell == "":
                        continue
                    c.setLineWidth(0.5)
                    c.line(cols[ci] - colw + 6, self.y - 2.5, cols[ci], self.y - 2.5)
                    if r["rule"] == "double":
                        c.line(cols[ci] - colw + 6, self.y - 4.5, cols[ci], self.y - 4.5)
            self.y -= size + 2.5 + (3 if r.get("rule") else 0)
        self.y -= 4

    def save(self):
        self.footer()
        self.c.save()


def R(label, vals, **kw):
    cells = [v if isinstance(v, str) else fm(v) for v in vals]
    d = {"label": label, "cells": cells}
    d.update(kw)
    return d


C3 = [400, 470, 540]          # three numeric columns
C2 = [450, 540]               # two numeric columns
H3 = [["Fiscal", "2025"], ["Fiscal", "2024"], ["Fiscal", "2023"]]
FYE = ["September 27,", "2025"], ["September 28,", "2024"]


def build():
    d = Doc(OUT)
    c = d.c
    N = net_sales
    # ---------------------------------------------------------------- page 1: cover
    d.new_page(toc=False)
    d.heading("UNITED STATES", 11, BOLD, center=True, gap=2)
    d.heading("SECURITIES AND EXCHANGE COMMISSION", 11, BOLD, center=True, gap=2)
    d.heading("Washington, D.C. 20549", 9, FONT, center=True, gap=10)
    d.heading("FORM 10-K", 14, BOLD, center=True, gap=8)
    d.para("\u2612 ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934")
    d.heading("For the fiscal year ended September 27, 2025", 9.5, BOLD, center=True, gap=4)
    d.heading("Commission file number 001-38817", 9, FONT, center=True, gap=14)
    d.heading("KESTRELANE INDUSTRIES, INC.", 16, BOLD, center=True, gap=3)
    d.heading("(Exact name of registrant as specified in its charter)", 8, ITAL, center=True, gap=10)
    d.para("Delaware (State of incorporation)          38-4410276 (I.R.S. Employer Identification No.)")
    d.para("4100 Riverbend Parkway, Grand Rapids, Michigan 49546          (616) 555-0180")
    d.para("Securities registered pursuant to Section 12(b) of the Act: Common Stock, $0.10 par value per share, "
           "trading symbol KSTL, New York Stock Exchange.")
    d.para("The aggregate market value of the registrant's common stock held by non-affiliates, computed by reference "
           "to the closing price on March 28, 2025, the last business day of the registrant's most recently completed "
           "second fiscal quarter, was approximately $5.6 billion. As of November 7, 2025, 60,706,417 shares of the "
           "registrant's common stock were outstanding.")
    d.space(8)
    d.heading("TABLE OF CONTENTS", 10, BOLD, center=True, gap=8)
    toc = [("Item 1.", "Business", 2), ("Item 7.", "Management's Discussion and Analysis of Financial Condition and "
            "Results of Operations", 3), ("Item 8.", "Financial Statements and Supplementary Data", 6),
           ("", "Consolidated Statements of Earnings", 6), ("", "Consolidated Statements of Comprehensive Income", 7),
           ("", "Consolidated Balance Sheets", 8), ("", "Consolidated Statements of Cash Flows", 9),
           ("", "Consolidated Statements of Shareholders' Equity", 10),
           ("", "Notes to Consolidated Financial Statements", 11)]
    for item, title, pg in toc:
        d.line_text([(LM + 20, item), (LM + 70, title), (RM - 20 - stringWidth(str(pg), FONT, 9), str(pg))]
                    if item else [(LM + 70, title), (RM - 20 - stringWidth(str(pg), FONT, 9), str(pg))], FONT, 9)
        d.y -= 13

    # ---------------------------------------------------------------- page 2: business
    d.new_page()
    d.heading("PART I", 10, BOLD, center=True)
    d.heading("Item 1. Business", 10)
    d.heading("General", 9.5, BOLD)
    d.para("Kestrelane Industries, Inc. (\"Kestrelane,\" the \"Company,\" \"we,\" \"our\") designs and manufactures "
           "engineered motion-control, fluid-handling and thermal-management equipment for industrial, energy, water "
           "and commercial building customers. The Company was incorporated in Delaware in 1987 as the successor to a "
           "Michigan gear works founded in 1949, and its common stock trades on the New York Stock Exchange under the "
           "symbol KSTL.")
    d.para("Our fiscal year ends on the last Saturday of September. Fiscal 2025 ended on September 27, 2025 and "
           "fiscal 2024 ended on September 28, 2024; each contained 52 weeks. Fiscal 2023 ended on September 30, 2023 "
           "and contained 53 weeks, with the additional week falling in the fourth quarter.")
    d.heading("Reportable Segments", 9.5, BOLD)
    shares = [rnd(seg_sales[s][0] / N[0] * 100, 0) for s in seg_names]
    d.para(f"We manage the business in three reportable segments. Motion & Drives ({shares[0]:.0f}% of fiscal 2025 "
           "net sales) makes industrial gearboxes, servo and induction motors, couplings and variable-frequency drives "
           f"sold under the Kestrelane and Ardent Gear brands. Fluid Handling ({shares[1]:.0f}%) makes centrifugal and "
           "positive-displacement pumps, control valves, air-handling units and metering systems for municipal water, "
           "chemical processing and food and beverage plants. Thermal Systems "
           f"({shares[2]:.0f}%) makes brazed-plate and shell-and-tube heat exchangers, industrial chillers and process "
           "cooling skids.")
    d.para("Effective at the beginning of fiscal 2025, we moved our air-handling product line from Thermal Systems to "
           "Fluid Handling to align it with the pump and valve businesses that share its commercial-building channel. "
           "Segment information for fiscal 2024 and fiscal 2023 has been recast to reflect the new structure; "
           "consolidated results were not affected.")
    d.heading("Customers, Backlog and Raw Materials", 9.5, BOLD)
    d.para("We sell through a direct sales force, approximately 1,900 independent distributors and original equipment "
           "manufacturers. No single customer accounted for more than 6% of consolidated net sales in any of the last "
           "three fiscal years. Backlog of firm orders was $1,126.8 million at September 27, 2025, compared with "
           "$1,042.3 million at September 28, 2024; we expect to ship approximately 83% of the fiscal 2025 year-end "
           "backlog during fiscal 2026. Our principal raw materials are steel bar and plate, castings, copper "
           "magnet wire, aluminum and electronic components, which we buy from multiple suppliers.")
    d.heading("Human Capital", 9.5, BOLD)
    d.para("At September 27, 2025, we employed approximately 11,400 people in 14 countries, of whom approximately "
           "6,100 were located in the United States. Approximately 27% of our employees worldwide are covered by "
           "collective bargaining agreements or works councils. We operate 31 manufacturing facilities, 18 of which "
           "are in the United States.")
    d.heading("Executive Officers", 9.5, BOLD)
    d.para("Marguerite Ellison-Vance, 56, has been President and Chief Executive Officer since January 2021. Tobias "
           "Reinholt, 49, has been Executive Vice President and Chief Financial Officer since March 2022. Priya "
           "Okonkwo-Hale, 52, has been Senior Vice President and President, Fluid Handling, since October 2024.")

    # ---------------------------------------------------------------- page 3: MD&A overview + results table
    d.new_page()
    d.heading("PART II", 10, BOLD, center=True)
    d.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 10)
    d.heading("Overview", 9.5, BOLD)
    g25 = pct(N[0], N[1])
    g24 = pct(N[1], N[2])
    fx25, acq25 = T(14.8), T(38.7)
    org25 = pct(N[0] - fx25 - acq25, N[1])
    g24_ex = pct(N[1], N[2] - EXTRA_WEEK_SALES)
    d.para(f"Net sales for fiscal 2025 were ${m(N[0])} million, an increase of {g25:.1f}% from ${m(N[1])} million in "
           f"fiscal 2024. The acquisition of Lindqvist Hydrotech AB contributed ${m(acq25)} million and favorable foreign "
           f"currency translation added ${m(fx25)} million; excluding both, organic net sales grew {org25:.1f}%. "
           f"Net earnings were ${m(ni[0])} million, or ${eps_d[0]:.2f} per diluted share, compared with "
           f"${m(ni[1])} million, or ${eps_d[1]:.2f} per diluted share, in fiscal 2024.")
    d.para(f"Fiscal 2023 contained 53 weeks. We estimate that the additional week contributed approximately "
           f"${m(EXTRA_WEEK_SALES)} million of net sales and $0.11 of diluted earnings per share. Fiscal 2024 net sales "
           f"rose {g24:.1f}% as reported; excluding the additional week from fiscal 2023, the increase was "
           f"{g24_ex:.1f}%.")
    d.para(f"In March 2025 we acquired Lindqvist Hydrotech AB, a maker of submersible wastewater pumps based in "
           f"V\u00e4ster\u00e5s, Sweden, for ${m(-acq[0])} million, net of cash acquired. Its results are reported "
           f"in Fluid Handling from the acquisition date.")
    d.heading("Results of Operations", 9.5, BOLD)
    d.para("The following table sets forth selected items from our Consolidated Statements of Earnings and the "
           "percentage change between periods (dollars in millions):", gap=3)
    cols = [300, 355, 410, 478, 540]
    hd = [["Fiscal", "2025"], ["Fiscal", "2024"], ["Fiscal", "2023"], ["% Change", "2025 vs.", "2024"],
          ["% Change", "2024 vs.", "2023"]]

    def line(lbl, arr, **kw):
        ch = [pf(pct(arr[0], arr[1])), pf(pct(arr[1], arr[2]))]
        return R(lbl, [arr[0], arr[1], arr[2]] + ch, **kw)

    def ratio_row(lbl, num, **kw):
        return R(lbl, [f"{rnd(num[i] / N[i] * 100, 1):.1f}%" for i in range(3)] + ["", ""], indent=1, **kw)

    rows = [line("Net sales", N, dollar=True), line("Cost of sales", cos), line("Gross profit", gp, ruleabove=True),
            ratio_row("Gross margin", gp), line("Selling, general and administrative", sga),
            ratio_row("As a percentage of net sales", sga), line("Research and development", rnd_),
            line("Restructuring and other charges", restr), line("Amortization of intangible assets", amort),
            line("Operating income", opinc, ruleabove=True), ratio_row("Operating margin", opinc),
            line("Interest expense", intexp),
            R("Other expense (income), net", [other[0], other[1], other[2], "n/m", "n/m"]),
            line("Earnings before income taxes", ebt, ruleabove=True), line("Provision for income taxes", tax),
            R("Effective tax rate", [f"{e:.1f}%" for e in etr] + ["", ""], indent=1),
            line("Net earnings", ni, dollar=True, rule="double", ruleabove=True)]
    d.table(cols, rows, head_rows=hd, size=8.5)
    d.para("n/m \u2014 not meaningful", size=7.5)
    gm = [rnd(gp[i] / N[i] * 100, 1) for i in range(3)]
    d.para(f"Gross margin improved to {gm[0]:.1f}% in fiscal 2025 from {gm[1]:.1f}% in fiscal 2024, as pricing actions "
           f"and lower freight costs more than offset wage inflation and the dilutive mix of the Lindqvist business. "
           f"Selling, general and administrative expenses increased ${m(sga[0] - sga[1])} million, principally from "
           f"Lindqvist's cost base and higher incentive compensation. Restructuring and other charges of "
           f"${m(restr[0])} million in fiscal 2025 related mainly to the consolidation of two Thermal Systems plants in "
           f"Ohio, compared with ${m(restr[1])} million in fiscal 2024, when we closed our Reynosa, Mexico, motor plant.")
    d.para(f"Interest expense declined to ${m(intexp[0])} million from ${m(intexp[1])} million because the 3.10% notes "
           f"repaid in August 2025 were outstanding for most of both years while average commercial paper balances "
           f"were lower. The effective tax rate was {etr[0]:.1f}% in fiscal 2025 compared with {etr[1]:.1f}% in fiscal "
           f"2024; the increase reflected a higher share of earnings in jurisdictions with rates above the U.S. "
           f"statutory rate and a smaller release of valuation allowances.")

    # ---------------------------------------------------------------- page 4: segment results
    d.new_page()
    d.heading("Segment Results", 9.5, BOLD)
    d.para("We evaluate segment performance on segment operating profit, which excludes restructuring and other "
           "charges, amortization of intangible assets and corporate expense. Segment figures for fiscal 2024 and "
           "fiscal 2023 are recast for the transfer of the air-handling product line (dollars in millions):", gap=3)
    cols = [330, 400, 470, 540]
    hd = [["Fiscal", "2025"], ["Fiscal", "2024"], ["Fiscal", "2023"], ["% Change", "2025 vs.", "2024"]]
    rows = [{"label": "Net sales", "bold": True}]
    for s in seg_names:
        v = seg_sales[s]
        rows.append(R(s, v + [pf(pct(v[0], v[1]))], indent=1, dollar=(s == seg_names[0])))
    rows.append(R("Total net sales", N + [pf(pct(N[0], N[1]))], dollar=True, ruleabove=True, rule="single"))
    rows.append({"label": "Segment operating profit", "bold": True})
    for s in seg_names:
        v = seg_op[s]
        rows.append(R(s, v + [pf(pct(v[0], v[1]))], indent=1, dollar=(s == seg_names[0])))
    rows.append(R("Total segment operating profit", seg_op_total + [pf(pct(seg_op_total[0], seg_op_total[1]))],
                  dollar=True, ruleabove=True, rule="single"))
    rows.append({"label": "Segment operating margin", "bold": True})
    for s in seg_names:
        rows.append(R(s, [f"{rnd(seg_op[s][i] / seg_sales[s][i] * 100, 1):.1f}%" for i in range(3)] + [""],
                      indent=1))
    d.table(cols, rows, head_rows=hd)
    md, fh, ts = (seg_sales[s] for s in seg_names)
    mdo, fho, tso = (seg_op[s] for s in seg_names)
    mdm = [rnd(mdo[i] / md[i] * 100, 1) for i in range(3)]
    fhm = [rnd(fho[i] / fh[i] * 100, 1) for i in range(3)]
    tsm = [rnd(tso[i] / ts[i] * 100, 1) for i in range(3)]
    d.para(f"Motion & Drives. Net sales increased ${m(md[0] - md[1])} million, or {pct(md[0], md[1]):.1f}%, to "
           f"${m(md[0])} million, led by servo motors and drives for warehouse automation and by price realization "
           f"of about 2%. Segment operating profit rose to ${m(mdo[0])} million and segment operating margin expanded "
           f"{rnd(mdm[0] - mdm[1], 1):.1f} percentage points to {mdm[0]:.1f}%, helped by the savings from the "
           f"Reynosa closure. In fiscal 2024, net sales grew {pct(md[1], md[2]):.1f}% despite one fewer week.")
    fh_org = pct(fh[0] - acq25 - T(6.1), fh[1])
    d.para(f"Fluid Handling. Net sales were ${m(fh[0])} million, up {pct(fh[0], fh[1]):.1f}% from ${m(fh[1])} million. "
           f"Lindqvist contributed ${m(acq25)} million and currency translation ${m(T(6.1))} million; organic net "
           f"sales increased {fh_org:.1f}% on municipal water demand. Segment operating profit was ${m(fho[0])} "
           f"million, a margin of {fhm[0]:.1f}% compared with {fhm[1]:.1f}%. As previously reported, before the "
           f"recast, Fluid Handling net sales for fiscal 2024 were ${m(fh[1] - RECAST_MOVED[1])} million and "
           f"Thermal Systems net sales were ${m(ts[1] + RECAST_MOVED[1])} million.")
    d.para(f"Thermal Systems. Net sales declined {abs(pct(ts[0], ts[1])):.1f}% to ${m(ts[0])} million as data-center "
           f"chiller shipments slowed after two strong years and we exited low-margin replacement coil products. "
           f"Segment operating profit fell to ${m(tso[0])} million from ${m(tso[1])} million, and segment operating "
           f"margin was {tsm[0]:.1f}%, down from {tsm[1]:.1f}%, reflecting lower volume and under-absorption at the "
           f"Ohio plants being consolidated. We expect the consolidation to be completed in the second quarter of "
           f"fiscal 2026 and to generate annual savings of approximately $9 million.")
    d.para(f"Corporate expense was ${m(corp[0])} million in fiscal 2025 compared with ${m(corp[1])} million in fiscal "
           f"2024, reflecting acquisition-related professional fees of $4.3 million and higher pension costs.")

    # ---------------------------------------------------------------- page 5: liquidity
    d.new_page()
    d.heading("Liquidity and Capital Resources", 9.5, BOLD)
    fcf0 = cfo[0] + capex[0]
    d.para(f"Our principal sources of liquidity are cash generated from operations, our commercial paper program and "
           f"a $750 million revolving credit facility that expires in June 2029, under which no amounts were "
           f"outstanding at September 27, 2025. At year end we held ${m(cash_end[0])} million of cash and cash "
           f"equivalents, of which approximately 71% was held by subsidiaries outside the United States. We believe "
           f"these sources will be sufficient to fund operations, capital expenditures, dividends and scheduled debt "
           f"maturities over the next 12 months.")
    d.para("The following table summarizes our cash flows (in millions):", gap=3)
    rows = [R("Net cash provided by operating activities", cfo, dollar=True),
            R("Net cash used in investing activities", cfi),
            R("Net cash used in financing activities", cff),
            R("Effect of exchange rate changes on cash", fx_cash),
            R("Net increase (decrease) in cash and cash equivalents", netchg, dollar=True, ruleabove=True,
              rule="double")]
    d.table(C3, rows, head_rows=H3)
    d.para(f"Operating activities. Cash from operations increased ${m(cfo[0] - cfo[1])} million in fiscal 2025, as "
           f"higher net earnings were partly offset by a ${m(-ch_rec[0])} million increase in receivables and a "
           f"${m(-ch_inv[0])} million build of inventories ahead of the Thermal Systems plant consolidation. Free "
           f"cash flow, which we define as net cash provided by operating activities less capital expenditures, was "
           f"${m(fcf0)} million in fiscal 2025.")
    d.para(f"Investing activities. Capital expenditures were ${m(-capex[0])} million, "
           f"{rnd(-capex[0] / N[0] * 100, 1):.1f}% of net sales, directed mainly at machining-center replacements "
           f"and a new test facility in Grand Rapids. We expect fiscal 2026 capital expenditures of $110 million to "
           f"$120 million. Fiscal 2024 investing activities included ${m(proc_sale[1])} million of proceeds from the "
           f"sale of the Reynosa plant.")
    d.para(f"Financing activities. In November 2024 we issued $300.0 million of 5.05% senior notes due November 2034 "
           f"and used the proceeds, together with cash on hand, to repay the $250.0 million of 3.10% senior notes at "
           f"maturity in August 2025. We repurchased 1.6 million shares for ${m(-repurch[0])} million in fiscal 2025, "
           f"leaving $412.5 million authorized under the program approved by the Board in July 2023, and paid "
           f"dividends of ${m(div[0])} million. In October 2025 the Board raised the quarterly dividend to $0.28 per "
           f"share from $0.26.")
    d.para(f"Total debt was ${m(total_debt[0])} million at September 27, 2025, compared with ${m(total_debt[1])} million "
           f"a year earlier. Our credit facility requires a ratio of consolidated net debt to EBITDA, as defined in "
           f"the agreement, of not more than 3.50 to 1.00; the ratio was 1.6 to 1.00 at year end. Our senior "
           f"unsecured debt is rated BBB by S&P Global Ratings and Baa2 by Moody's.")
    d.heading("Critical Accounting Estimates", 9.5, BOLD)
    d.para("Goodwill is tested for impairment annually as of the first day of the fourth fiscal quarter. In the fiscal "
           "2025 test, the fair value of each reporting unit exceeded its carrying value by more than 20%, except the "
           "Thermal Systems reporting unit, whose fair value exceeded its carrying value of $418 million by "
           "approximately 9%. A 100 basis point increase in the discount rate would have reduced that excess to "
           "approximately 2%.")

    # ---------------------------------------------------------------- page 6: income statement
    d.new_page()
    d.heading("Item 8. Financial Statements and Supplementary Data", 10)
    d.heading("KESTRELANE INDUSTRIES, INC.", 10, BOLD, center=True, gap=2)
    d.heading("CONSOLIDATED STATEMENTS OF EARNINGS", 10, BOLD, center=True, gap=2)
    d.heading("(In millions, except per share amounts)", 8.5, FONT, center=True, gap=8)
    hd = [["Fiscal Year Ended"] * 0 + ["September 27,", "2025"], ["September 28,", "2024"],
          ["September 30,", "2023"]]
    c.setFont(BOLD, 8)
    c.drawCentredString(470, d.y, "Fiscal Year Ended")
    d.y -= 11
    rows = [R("Net sales", N, dollar=True), R("Cost of sales", cos),
            R("Gross profit", gp, ruleabove=True),
            R("Selling, general and administrative expenses", sga), R("Research and development expenses", rnd_),
            R("Restructuring and other charges", restr), R("Amortization of intangible assets", amort),
            R("Operating income", opinc, ruleabove=True), R("Interest expense", intexp),
            R("Other expense (income), net", other),
            R("Earnings before income taxes", ebt, ruleabove=True), R("Provision for income taxes", tax),
            R("Net earnings", ni, dollar=True, ruleabove=True, rule="double"),
            {"label": "Earnings per share:"},
            R("Basic", [f"{e:.2f}" for e in eps_b], indent=1, dollar=True),
            R("Diluted", [f"{e:.2f}" for e in eps_d], indent=1, dollar=True, rule="double"),
            {"label": "Weighted average shares outstanding:"},
            R("Basic", [f"{rnd(s, 1):.1f}" for s in sh_basic], indent=1),  # half-up: 63.05 -> 63.1
            R("Diluted", [f"{rnd(s, 1):.1f}" for s in sh_dil], indent=1),
            R("Cash dividends declared per share", [f"{x:.2f}" for x in dps], dollar=True)]
    d.table(C3, rows, head_rows=hd)
    d.para("Fiscal 2023 contained 53 weeks; fiscal 2025 and fiscal 2024 each contained 52 weeks.", size=8, font=ITAL)
    d.para("See accompanying Notes to Consolidated Financial Statements.", size=8, font=ITAL)

    # ---------------------------------------------------------------- page 7: comprehensive income
    d.new_page()
    d.heading("KESTRELANE INDUSTRIES, INC.", 10, BOLD, center=True, gap=2)
    d.heading("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", 10, BOLD, center=True, gap=2)
    d.heading("(In millions)", 8.5, FONT, center=True, gap=8)
    c.setFont(BOLD, 8)
    c.drawCentredString(470, d.y, "Fiscal Year Ended")
    d.y -= 11
    rows = [R("Net earnings", ni, dollar=True),
            {"label": "Other comprehensive income (loss), net of tax:"},
            R("Foreign currency translation adjustments", oci_fx, indent=1),
            R("Pension and postretirement benefit plan adjustments, net of tax of $2.0, $(1.2) and $3.6",
              oci_pen, indent=1),
            R("Unrealized gains (losses) on cash flow hedges, net of tax", oci_hedge, indent=1),
            R("Other comprehensive income (loss)", oci, ruleabove=True),
            R("Comprehensive income", ci, dollar=True, ruleabove=True, rule="double")]
    d.table(C3, rows, head_rows=hd)
    d.para("See accompanying Notes to Consolidated Financial Statements.", size=8, font=ITAL)

    # ---------------------------------------------------------------- page 8: balance sheet
    d.new_page()
    d.heading("KESTRELANE INDUSTRIES, INC.", 10, BOLD, center=True, gap=2)
    d.heading("CONSOLIDATED BALANCE SHEETS", 10, BOLD, center=True, gap=2)
    d.heading("(In millions, except share and per share data)", 8.5, FONT, center=True, gap=8)
    hd2 = [list(FYE[0]), list(FYE[1])]
    e25, e24 = eq_bal["2025"], eq_bal["2024"]
    rows = [{"label": "ASSETS", "bold": True}, {"label": "Current assets:"},
            R("Cash and cash equivalents", [cash_end[0], cash_end[1]], indent=1, dollar=True),
            R(f"Receivables, less allowances of ${m(allow[0])} and ${m(allow[1])}", rec, indent=1),
            R("Inventories", inv, indent=1), R("Prepaid expenses and other current assets", prepaid, indent=1),
            R("Total current assets", tca, indent=2, ruleabove=True),
            R("Property, plant and equipment, net", ppe), R("Operating lease right-of-use assets", rou),
            R("Goodwill", gw), R("Other intangible assets, net", intang), R("Deferred income taxes", dta_bs),
            R("Other assets", oth_assets),
            R("Total assets", ta, dollar=True, bold=True, ruleabove=True, rule="double"),
            {"label": "LIABILITIES AND SHAREHOLDERS' EQUITY", "bold": True}, {"label": "Current liabilities:"},
            R("Short-term borrowings and current portion of long-term debt", cur_debt, indent=1, dollar=True),
            R("Accounts payable", ap, indent=1), R("Accrued compensation and benefits", accomp, indent=1),
            R("Other accrued liabilities", oth_acc, indent=1),
            R("Current operating lease liabilities", cur_lease, indent=1),
            R("Income taxes payable", tax_pay, indent=1),
            R("Total current liabilities", tcl, indent=2, ruleabove=True),
            R("Long-term debt", ltd), R("Long-term operating lease liabilities", lt_lease),
            R("Deferred income taxes", dtl_bs), R("Pension and postretirement benefit obligations", pension),
            R("Other long-term liabilities", oth_lt),
            R("Total liabilities", tl, ruleabove=True),
            {"label": "Commitments and contingencies (Note 8)"},
            {"label": "Shareholders' equity:"},
            R("Preferred stock, $1.00 par value; 5,000,000 shares authorized; none issued", [0, 0], indent=1),
            R("Common stock, $0.10 par value; 200,000,000 shares authorized; "
              "72,000,000 and 71,587,000 shares issued",
              [e25["cs"], e24["cs"]], indent=1),
            R("Additional paid-in capital", [e25["apic"], e24["apic"]], indent=1),
            R("Retained earnings", [e25["re"], e24["re"]], indent=1),
            R("Accumulated other comprehensive loss", [e25["aoci"], e24["aoci"]], indent=1),
            R("Treasury stock, at cost; 11,212,044 and 9,612,044 shares", [e25["ts"], e24["ts"]], indent=1),
            R("Total shareholders' equity", eq_bs, indent=2, ruleabove=True),
            R("Total liabilities and shareholders' equity", [tl[i] + eq_bs[i] for i in range(2)], dollar=True,
              bold=True, ruleabove=True, rule="double")]
    d.table(C2, rows, head_rows=hd2, size=8.5, label_w=330)
    d.para("See accompanying Notes to Consolidated Financial Statements.", size=8, font=ITAL)

    # ---------------------------------------------------------------- page 9: cash flows
    d.new_page()
    d.heading("KESTRELANE INDUSTRIES, INC.", 10, BOLD, center=True, gap=2)
    d.heading("CONSOLIDATED STATEMENTS OF CASH FLOWS", 10, BOLD, center=True, gap=2)
    d.heading("(In millions)", 8.5, FONT, center=True, gap=8)
    c.setFont(BOLD, 8)
    c.drawCentredString(470, d.y, "Fiscal Year Ended")
    d.y -= 11
    rows = [{"label": "Operating activities", "bold": True}, R("Net earnings", ni, dollar=True),
            {"label": "Adjustments to reconcile net earnings to net cash provided by operating activities:"},
            R("Depreciation and amortization", da, indent=1), R("Stock-based compensation", sbc, indent=1),
            R("Deferred income taxes", dtax, indent=1), R("Gain on sale of property", gain_sale, indent=1),
            {"label": "Changes in operating assets and liabilities, net of acquisitions:", "indent": 1},
            R("Receivables", ch_rec, indent=2), R("Inventories", ch_inv, indent=2),
            R("Accounts payable", ch_ap, indent=2), R("Accrued and other liabilities", ch_acc, indent=2),
            R("Other, net", ch_oth, indent=2),
            R("Net cash provided by operating activities", cfo, ruleabove=True),
            {"label": "Investing activities", "bold": True},
            R("Capital expenditures", capex), R("Acquisitions, net of cash acquired", acq),
            R("Proceeds from sales of property and equipment", proc_sale), R("Other", inv_oth),
            R("Net cash used in investing activities", cfi, ruleabove=True),
            {"label": "Financing activities", "bold": True},
            R("Proceeds from issuance of long-term debt", debt_iss), R("Repayments of long-term debt", debt_rep),
            R("Net change in commercial paper and short-term borrowings", st_net),
            R("Dividends paid", div_paid), R("Purchases of treasury stock", repurch),
            R("Proceeds from exercise of stock options", opt_proc),
            R("Taxes paid related to net share settlement of equity awards", rsu_tax),
            R("Net cash used in financing activities", cff, ruleabove=True),
            R("Effect of exchange rate changes on cash and cash equivalents", fx_cash),
            R("Net increase (decrease) in cash and cash equivalents", netchg, ruleabove=True),
            R("Cash and cash equivalents at beginning of year", cash_beg),
            R("Cash and cash equivalents at end of year", cash_end, dollar=True, ruleabove=True, rule="double"),
            {"label": "Supplemental cash flow information:", "bold": True},
            R("Income taxes paid, net of refunds", [T(98.7), T(86.4), T(97.8)], dollar=True),
            R("Interest paid", [T(50.9), T(57.6), T(53.3)])]
    d.table(C3, rows, head_rows=hd)
    d.para("See accompanying Notes to Consolidated Financial Statements.", size=8, font=ITAL)

    # ---------------------------------------------------------------- page 10: equity
    d.new_page()
    d.heading("KESTRELANE INDUSTRIES, INC.", 10, BOLD, center=True, gap=2)
    d.heading("CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY", 10, BOLD, center=True, gap=2)
    d.heading("(In millions, except per share amounts)", 8.5, FONT, center=True, gap=8)
    cols = [262, 318, 374, 430, 486, 545]
    hd = [["Common", "Stock"], ["Additional", "Paid-in", "Capital"], ["Retained", "Earnings"],
          ["Accumulated", "Other", "Comprehen-", "sive Loss"], ["Treasury", "Stock"], ["Total", "Equity"]]
    keys = ["cs", "apic", "re", "aoci", "ts"]
    rows = []
    for lbl, dd in eq_rows:
        vals = [dd.get(k, 0) for k in keys]
        is_bal = lbl.startswith("Balance")
        cells = [fm(v) if (v or is_bal) else "" for v in vals] + [fm(sum(vals))]
        rows.append({"label": lbl, "cells": cells, "bold": is_bal, "dollar": is_bal,
                     "ruleabove": is_bal and lbl != "Balance at September 24, 2022",
                     "rule": "double" if lbl.endswith("2025") else None})
    d.table(cols, rows, head_rows=hd, size=8, label_w=200)
    d.para("See accompanying Notes to Consolidated Financial Statements.", size=8, font=ITAL)

    # ---------------------------------------------------------------- page 11: notes 1-2
    d.new_page()
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 10, BOLD, center=True, gap=2)
    d.heading("(Dollars in millions, except per share amounts, unless otherwise noted)", 8.5, FONT, center=True,
              gap=8)
    d.heading("Note 1. Summary of Significant Accounting Policies", 9.5, BOLD)
    d.para("Fiscal year. The Company's fiscal year ends on the last Saturday of September. References to fiscal 2025, "
           "fiscal 2024 and fiscal 2023 refer to the fiscal years ended September 27, 2025, September 28, 2024 and "
           "September 30, 2023, respectively. Fiscal 2023 included 53 weeks.")
    d.para("Inventories. Inventories are stated at the lower of cost or net realizable value. Cost is determined on "
           "the last-in, first-out (LIFO) method for approximately 38% of inventories, principally in the United "
           "States, and on the first-in, first-out (FIFO) method for the remainder.")
    d.heading("Note 2. Revenue", 9.5, BOLD)
    d.para("Revenue is recognized when control of products passes to the customer, generally upon shipment. Revenue "
           "from long-term contracts for engineered pump and chiller systems, recognized over time, was 9% of net "
           "sales in fiscal 2025. The following tables disaggregate net sales by reportable segment and by "
           "geographic area, based on the location of the customer:", gap=3)
    rows = [R(s, seg_sales[s], dollar=(s == seg_names[0])) for s in seg_names]
    rows.append(R("Total net sales", N, dollar=True, ruleabove=True, rule="double"))
    d.table(C3, rows, head_rows=[["Fiscal", "2025"], ["Fiscal", "2024", "(recast)"],
                                 ["Fiscal", "2023", "(recast)"]])
    rows = [R(g, geo[g], dollar=(g == "United States")) for g in geo]
    rows.append(R("Total net sales", N, dollar=True, ruleabove=True, rule="double"))
    d.table(C3, rows, head_rows=H3)
    d.para(f"Contract liabilities, consisting of customer deposits and billings in excess of revenue recognized, were "
           f"$84.6 million at September 27, 2025 and $71.9 million at September 28, 2024, and are included in other "
           f"accrued liabilities. Revenue recognized in fiscal 2025 that was included in contract liabilities at the "
           f"beginning of the year was $63.2 million.")

    # ---------------------------------------------------------------- page 12: segment note + inventories
    d.new_page()
    d.heading("Note 3. Segment Information", 9.5, BOLD)
    d.para("The chief operating decision maker, our Chief Executive Officer, evaluates segment performance on segment "
           "operating profit. The reconciliation of segment operating profit to earnings before income taxes and "
           "segment depreciation follow:", gap=3)
    rows = [R(s, seg_op[s], dollar=(s == seg_names[0])) for s in seg_names]
    rows += [R("Total segment operating profit", seg_op_total, ruleabove=True),
             R("Corporate expense", [-x for x in corp]), R("Restructuring and other charges", [-x for x in restr]),
             R("Amortization of intangible assets", [-x for x in amort]),
             R("Operating income", opinc, ruleabove=True), R("Interest expense", [-x for x in intexp]),
             R("Other (expense) income, net", [-x for x in other]),
             R("Earnings before income taxes", ebt, dollar=True, ruleabove=True, rule="double")]
    d.table(C3, rows, head_rows=H3)
    rows = [{"label": "Depreciation expense", "bold": True}]
    rows += [R(s, seg_dep[s], indent=1, dollar=(s == seg_names[0])) for s in seg_names]
    rows += [R("Corporate", corp_dep, indent=1), R("Total depreciation", dep, dollar=True, ruleabove=True,
                                                    rule="double")]
    d.table(C3, rows, head_rows=H3)
    d.para(f"Long-lived assets, consisting of property, plant and equipment, net, located in the United States were "
           f"$498.3 million and $489.6 million at September 27, 2025 and September 28, 2024, respectively.")
    d.heading("Note 4. Inventories", 9.5, BOLD)
    rows = [R("Raw materials and purchased parts", inv_raw, dollar=True), R("Work in process", inv_wip),
            R("Finished goods", inv_fg), R("Inventories at FIFO cost", inv_fifo, ruleabove=True),
            R("Less: LIFO reserve", lifo), R("Inventories", inv, dollar=True, ruleabove=True, rule="double")]
    d.table(C2, rows, head_rows=hd2)
    d.para(f"The LIFO reserve increased ${m(lifo[1] - lifo[0])} million in fiscal 2025. Reserves for excess and "
           f"obsolete inventory were $58.2 million and $53.9 million at the respective year ends and are deducted "
           f"in arriving at the amounts above.")

    # ---------------------------------------------------------------- page 13: PP&E + leases
    d.new_page()
    d.heading("Note 5. Property, Plant and Equipment", 9.5, BOLD)
    rows = [R("Land and land improvements", land, dollar=True), R("Buildings and improvements", bldg),
            R("Machinery and equipment", mach), R("Construction in progress", cip),
            R("Property, plant and equipment, gross", ppe_gross, ruleabove=True),
            R("Less: accumulated depreciation", accdep),
            R("Property, plant and equipment, net", ppe, dollar=True, ruleabove=True, rule="double")]
    d.table(C2, rows, head_rows=hd2)
    d.para(f"Depreciation expense was ${m(dep[0])} million, ${m(dep[1])} million and ${m(dep[2])} million in fiscal "
           f"2025, 2024 and 2023, respectively. Property acquired with Lindqvist Hydrotech was $14.6 million.")
    d.heading("Note 6. Leases", 9.5, BOLD)
    d.para("We lease manufacturing and warehouse space, sales offices, vehicles and forklifts. The components of "
           "lease cost were:", gap=3)
    rows = [R(k, v, dollar=(k.startswith("Operating"))) for k, v in lease_cost.items()]
    rows.append(R("Total lease cost", lease_total, dollar=True, ruleabove=True, rule="double"))
    d.table(C3, rows, head_rows=H3)
    d.para("Maturities of operating lease liabilities at September 27, 2025 were as follows (fiscal years):", gap=3)
    rows = [R(y, [v], dollar=(y == "2026")) for y, v in lease_pay]
    rows += [R("Total undiscounted lease payments", [lease_undisc], ruleabove=True),
             R("Less: imputed interest", [-imputed]),
             R("Present value of operating lease liabilities", [lease_liab], dollar=True, ruleabove=True,
               rule="double")]
    d.table([540], rows, head_rows=[["Operating", "Leases"]], label_w=300)
    d.para(f"The weighted-average remaining lease term was 5.4 years and the weighted-average discount rate was 4.6% "
           f"at September 27, 2025 (5.1 years and 4.2% at September 28, 2024). Cash paid for operating lease "
           f"liabilities was $37.9 million in fiscal 2025, and right-of-use assets obtained in exchange for new "
           f"operating lease liabilities were $44.8 million.")

    # ---------------------------------------------------------------- page 14: debt
    d.new_page()
    d.heading("Note 7. Debt", 9.5, BOLD)
    d.para("Debt consisted of the following:", gap=3)
    rows = [R(l[0], [l[1], l[2]], dollar=(k == 0)) for k, l in enumerate(debt_lines)]
    rows += [R("Total principal", principal, ruleabove=True),
             R("Unamortized discount and debt issuance costs", disc),
             R("Total debt", total_debt, ruleabove=True),
             R("Less: short-term borrowings and current portion of long-term debt", [-x for x in cur_debt]),
             R("Long-term debt", ltd, dollar=True, ruleabove=True, rule="double")]
    d.table(C2, rows, head_rows=hd2)
    d.para("The term loan bears interest at the Secured Overnight Financing Rate plus 1.125%; the rate was 5.46% at "
           "September 27, 2025. The weighted-average interest rate on commercial paper outstanding was 4.71% at "
           "year end. Our $750 million revolving credit facility expires in June 2029 and backs the commercial paper "
           "program; no amounts were drawn on it during fiscal 2025 or fiscal 2024. We were in compliance with all "
           "debt covenants at September 27, 2025.")
    d.para("Scheduled principal payments of debt at September 27, 2025 were as follows (fiscal years):", gap=3)
    rows = [R(y, [v], dollar=(y == "2026")) for y, v in maturities]
    rows.append(R("Total", [principal[0]], dollar=True, ruleabove=True, rule="double"))
    d.table([540], rows, head_rows=[["Amount"]], label_w=300)
    d.para(f"The fair value of total debt, based on quoted market prices for similar instruments (Level 2), was "
           f"approximately $1,371.6 million at September 27, 2025 and $1,318.0 million at September 28, 2024.")
    d.heading("Note 8. Commitments and Contingencies", 9.5, BOLD)
    d.para("We are party to product liability, environmental and employment matters arising in the ordinary course "
           "of business. Accruals for environmental remediation at four former manufacturing sites were $12.6 "
           "million at September 27, 2025. Purchase obligations for raw materials and capital equipment were $214.3 "
           "million, of which $176.8 million is due in fiscal 2026.")

    # ---------------------------------------------------------------- page 15: income taxes 1
    d.new_page()
    d.heading("Note 9. Income Taxes", 9.5, BOLD)
    d.para("Earnings before income taxes consisted of the following:", gap=3)
    rows = [R("United States", ebt_dom, dollar=True), R("Foreign", ebt_for),
            R("Earnings before income taxes", ebt, dollar=True, ruleabove=True, rule="double")]
    d.table(C3, rows, head_rows=H3)
    d.para("The provision for income taxes consisted of the following:", gap=3)
    rows = [{"label": "Current:"}, R("Federal", cur_fed, indent=1, dollar=True), R("State and local", cur_state, indent=1),
            R("Foreign", cur_for, indent=1), R("Total current", cur_tot, indent=2, ruleabove=True),
            {"label": "Deferred:"}, R("Federal", def_fed, indent=1), R("State and local", def_state, indent=1),
            R("Foreign", def_for, indent=1), R("Total deferred", def_tot, indent=2, ruleabove=True),
            R("Provision for income taxes", tax, dollar=True, ruleabove=True, rule="double")]
    d.table(C3, rows, head_rows=H3)
    d.para("A reconciliation of income taxes computed at the U.S. federal statutory rate of 21% to the provision for "
           "income taxes follows:", gap=3)
    rows = [R("Income taxes at U.S. federal statutory rate", stat, dollar=True)]
    rows += [R(k, v) for k, v in recon.items()]
    rows += [R("Other, net", recon_other),
             R("Provision for income taxes", tax, dollar=True, ruleabove=True, rule="double"),
             R("Effective tax rate", [f"{e:.1f}%" for e in etr])]
    d.table(C3, rows, head_rows=H3)

    # ---------------------------------------------------------------- page 16: income taxes 2
    d.new_page()
    d.heading("Note 9. Income Taxes (continued)", 9.5, BOLD)
    d.para("Significant components of deferred tax assets and liabilities were as follows:", gap=3)
    rows = [{"label": "Deferred tax assets:"}]
    rows += [R(k, v, indent=1, dollar=(j == 0)) for j, (k, v) in enumerate(dta_items.items())]
    rows += [R("Gross deferred tax assets", dta_gross, indent=2, ruleabove=True), R("Valuation allowance", val_allow),
             R("Deferred tax assets, net of valuation allowance", dta_net, ruleabove=True),
             {"label": "Deferred tax liabilities:"}]
    rows += [R(k, v, indent=1) for k, v in dtl_items.items()]
    rows += [R("Total deferred tax liabilities", dtl_tot, indent=2, ruleabove=True),
             R("Net deferred tax liability", [-x for x in net_dtl], dollar=True, ruleabove=True, rule="double"),
             {"label": "Reported in the Consolidated Balance Sheets as:"},
             R("Deferred income taxes (noncurrent assets)", dta_bs, indent=1, dollar=True),
             R("Deferred income taxes (noncurrent liabilities)", [-x for x in dtl_bs], indent=1),
             R("Net deferred tax liability", [-x for x in net_dtl], dollar=True, ruleabove=True, rule="double")]
    d.table(C2, rows, head_rows=hd2)
    d.para("At September 27, 2025, we had foreign net operating loss carryforwards of $96.4 million, of which $61.2 "
           "million have no expiration and the remainder expire between fiscal 2027 and fiscal 2035, and state tax "
           "credit carryforwards of $8.7 million. The valuation allowance relates principally to net operating "
           "losses in Brazil and France.")
    d.para("Unrecognized tax benefits were $18.9 million at September 27, 2025 and $17.4 million at September 28, "
           "2024, of which $15.1 million would reduce the effective tax rate if recognized. We do not expect a "
           "significant change in unrecognized tax benefits within the next 12 months. The Company's U.S. federal "
           "returns are no longer subject to examination for fiscal years before 2021.")

    # ---------------------------------------------------------------- page 17: stock compensation
    d.new_page()
    d.heading("Note 10. Stock-Based Compensation", 9.5, BOLD)
    d.para(f"The 2021 Omnibus Incentive Plan authorizes stock options, restricted stock units (RSUs) and performance "
           f"share units; 3.9 million shares remained available for grant at September 27, 2025. Stock-based "
           f"compensation expense was ${m(sbc[0])} million, ${m(sbc[1])} million and ${m(sbc[2])} million in fiscal "
           f"2025, 2024 and 2023, respectively, of which stock options accounted for $8.9 million, $8.2 million and "
           f"$7.6 million. The related income tax benefit was $5.2 million in fiscal 2025.")
    d.para("Options vest ratably over three years and expire ten years from the grant date. Stock option activity "
           "for fiscal 2025 was as follows (shares in thousands):", gap=3)
    cols = [330, 395, 462, 540]
    hd = [["Shares"], ["Weighted-", "Average", "Exercise", "Price"], ["Weighted-", "Average", "Remaining", "Term (years)"],
          ["Aggregate", "Intrinsic", "Value", "(millions)"]]
    rows = [R("Outstanding at September 28, 2024", [f"{opt_beg:,}", f"{opt_beg_px:.2f}", "", ""], dollar=False),
            R("Granted", [f"{opt_gr:,}", f"{opt_gr_px:.2f}", "", ""]),
            R("Exercised", [f"({opt_ex:,})", f"{opt_ex_px:.2f}", "", ""]),
            R("Forfeited or expired", [f"({opt_ff:,})", f"{opt_ff_px:.2f}", "", ""]),
            R("Outstanding at September 27, 2025", [f"{opt_end:,}", f"{opt_end_px:.2f}", "6.1", m(intr_out)],
              ruleabove=True),
            R("Exercisable at September 27, 2025", [f"{opt_exer:,}", f"{opt_exer_px:.2f}", "4.8", m(intr_exer)])]
    d.table(cols, rows, head_rows=hd)
    d.para(f"Aggregate intrinsic value is based on the closing price of our common stock of ${px_close:.2f} on "
           f"September 26, 2025, the last trading day of the fiscal year. The total intrinsic value of options "
           f"exercised was $15.9 million, $11.3 million and $7.0 million in fiscal 2025, 2024 and 2023. At September "
           f"27, 2025, unrecognized compensation cost related to nonvested awards was $31.4 million, expected to be "
           f"recognized over a weighted-average period of 1.9 years.")
    d.para("The fair value of each option grant was estimated on the grant date with the Black-Scholes model using "
           "the following weighted-average assumptions:", gap=3)
    rows = [R("Expected volatility", ["27.4%", "28.9%", "31.2%"]), R("Risk-free interest rate", ["4.1%", "4.4%", "3.9%"]),
            R("Expected dividend yield", ["1.1%", "1.2%", "1.3%"]), R("Expected term (years)", ["6.0", "6.0", "6.2"]),
            R("Weighted-average grant-date fair value per option", ["24.87", "22.10", "19.45"], dollar=True)]
    d.table(C3, rows, head_rows=H3)
    d.para("RSUs generally vest over three years. During fiscal 2025 we granted 168 thousand RSUs with a "
           "weighted-average grant-date fair value of $93.40 per unit; 412 thousand RSUs were outstanding at year end.")

    # ---------------------------------------------------------------- page 18: quarterly data
    d.new_page()
    d.heading("Note 11. Quarterly Financial Data (Unaudited)", 9.5, BOLD)
    d.para("Each quarter of fiscal 2025 and fiscal 2024 contained 13 weeks. Quarterly earnings per share amounts may "
           "not add to the annual amounts because of rounding and changes in weighted-average shares.", gap=3)
    cols = [300, 360, 420, 480, 540]
    for i, fy, ends in [(0, "2025", ["Dec. 28,", "2024", "Mar. 29,", "2025", "Jun. 28,", "2025", "Sep. 27,", "2025"]),
                        (1, "2024", ["Dec. 30,", "2023", "Mar. 30,", "2024", "Jun. 29,", "2024", "Sep. 28,", "2024"])]:
        d.heading(f"Fiscal {fy}", 9, BOLD)
        hd = [["First", "Quarter"], ["Second", "Quarter"], ["Third", "Quarter"], ["Fourth", "Quarter"],
              ["Fiscal", "Year"]]
        q = qdata[i]
        annual = {"Net sales": N[i], "Gross profit": gp[i], "Operating income": opinc[i], "Net earnings": ni[i]}
        rows = []
        for k in ["Net sales", "Gross profit", "Operating income", "Net earnings"]:
            rows.append(R(k, q[k] + [annual[k]], dollar=(k == "Net sales")))
        rows.append(R("Diluted earnings per share", [f"{x:.2f}" for x in q["Diluted earnings per share"]]
                      + [f"{eps_d[i]:.2f}"], dollar=True))
        d.table(cols, rows, head_rows=hd)
    d.para("Fourth-quarter fiscal 2025 results include $9.8 million of restructuring charges for the Thermal Systems "
           "plant consolidation. Third-quarter fiscal 2024 results include $22.4 million of charges for the closure "
           "of the Reynosa, Mexico, motor plant.")
    d.space(10)
    d.heading("Report of Independent Registered Public Accounting Firm", 9.5, BOLD)
    d.para("To the Shareholders and Board of Directors of Kestrelane Industries, Inc.: We have audited the accompanying "
           "consolidated balance sheets of Kestrelane Industries, Inc. and subsidiaries as of September 27, 2025 and "
           "September 28, 2024, the related consolidated statements of earnings, comprehensive income, shareholders' "
           "equity and cash flows for each of the three fiscal years in the period ended September 27, 2025, and the "
           "related notes. In our opinion, the consolidated financial statements present fairly, in all material "
           "respects, the financial position of the Company and the results of its operations and its cash flows in "
           "conformity with U.S. generally accepted accounting principles.")
    d.para("/s/ Harcourt Blaine LLP    Detroit, Michigan    November 18, 2025", font=ITAL)
    d.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
