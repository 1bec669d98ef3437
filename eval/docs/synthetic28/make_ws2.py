#!/usr/bin/env python3
# Long on purpose: one document drawn page by page with every figure computed in order; test data, not product code.
"""Generate the synthetic pair 28, writer B documents (an invented company).

Corvane Outfitters, Inc. is FICTIONAL: a specialty retailer of outdoor apparel, footwear and gear whose
fiscal year ends on the Saturday nearest January 31 (fiscal 2025 = 52 weeks ending January 31, 2026).

Writes, next to this script:
  CORVANE_2025Q3_EARNINGS.pdf          third-quarter fiscal 2025 earnings release (8 pages)
  CORVANE_2025_8K_dated-2025-12-12.pdf current report on Form 8-K, credit agreement amendment (3 pages)

Every figure is computed below so that the statements tie: the income statement builds down from net
sales; the balance sheet at November 1, 2025 is the February 1, 2025 balance sheet rolled forward by the
year-to-date cash flow statement (so assets = liabilities + equity and the cash flow ends at the balance
sheet's cash); channel and category tables sum to net sales; the store roll ends at the store count; the
non-GAAP reconciliation starts from the GAAP lines; percentages in the text are computed from the tables.
Run with a Python that has reportlab (here /work/main/.venv/bin/python, reportlab 5.1; the system python3 on this
machine has none). Output is byte-for-byte reproducible (canvas invariant=1).
"""
from __future__ import annotations

import os
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = letter
LM, RM = 54, W - 54

# ----------------------------------------------------------------------------------------------
# Numbers (in thousands unless noted)
# ----------------------------------------------------------------------------------------------
Q, QP, Y, YP = "q25", "q24", "y25", "y24"
sales = {Q: 1284562, QP: 1206318, Y: 3702947, YP: 3511204}
cogs = {Q: 808711, QP: 771442, Y: 2351374, YP: 2250182}
sga_base = {Q: 324148, QP: 309012, Y: 978465, YP: 931744}
exec_trans = {Q: 2340, QP: 0, Y: 4980, YP: 0}          # executive transition costs, in SG&A
sga = {k: sga_base[k] + exec_trans[k] for k in sales}
preopen = {Q: 9874, QP: 7215, Y: 21906, YP: 18433}
store_opt = {Q: 14620, QP: 0, Y: 14620, YP: 3105}       # impairment and store optimization charges
interest = {Q: 4812, QP: 5480, Y: 15103, YP: 16842}
other_inc = {Q: 1265, QP: 944, Y: 3318, YP: 2701}
taxrate = {Q: 0.2441, QP: 0.2487, Y: 0.2462, YP: 0.2493}
basic_sh = {Q: 41205, QP: 42911, Y: 41688, YP: 43302}
dil_sh = {Q: 41862, QP: 43540, Y: 42371, YP: 43957}
DIV_PS = 0.22

gp = {k: sales[k] - cogs[k] for k in sales}
opinc = {k: gp[k] - sga[k] - preopen[k] - store_opt[k] for k in sales}
ebt = {k: opinc[k] - interest[k] + other_inc[k] for k in sales}
tax = {k: round(ebt[k] * taxrate[k]) for k in sales}
ni = {k: ebt[k] - tax[k] for k in sales}
eps_b = {k: round(ni[k] / basic_sh[k], 2) for k in sales}
eps_d = {k: round(ni[k] / dil_sh[k], 2) for k in sales}

# non-GAAP
ADJ_TAX = 0.25
adj_items = {k: store_opt[k] + exec_trans[k] for k in sales}
adj_op = {k: opinc[k] + adj_items[k] for k in sales}
adj_tax_eff = {k: round(adj_items[k] * ADJ_TAX) for k in sales}
adj_ni = {k: ni[k] + adj_items[k] - adj_tax_eff[k] for k in sales}
adj_eps = {k: round(adj_ni[k] / dil_sh[k], 2) for k in sales}
# per-share reconciliation lines (rounded independently; reconciling difference shown as rounding)

# channel / category (prior year recast for category move, see footnote)
chan = {"Stores": {Q: 948120, QP: 913455, Y: 2756213, YP: 2665930}}
chan["Digital"] = {k: sales[k] - chan["Stores"][k] for k in sales}
cat = {
    "Apparel": {Q: 571908, QP: 540117, Y: 1579442, YP: 1512090},
    "Footwear": {Q: 318227, QP: 292810, Y: 948336, YP: 881520},
    "Gear and equipment": {Q: 287046, QP: 274980, Y: 882315, YP: 851447},
}
cat["Accessories and other"] = {k: sales[k] - sum(cat[c][k] for c in cat) for k in sales}

# store roll
roll = {Q: (412, 9, 6), QP: (389, 8, 1), Y: (398, 24, 7), YP: (379, 19, 2)}
stores_end = {k: roll[k][0] + roll[k][1] - roll[k][2] for k in roll}
assert stores_end[Q] == stores_end[Y] and stores_end[QP] == stores_end[YP]
sqft = {"q25": 7982, "q24": 7641}  # gross square feet, thousands, at quarter end
canada = {"q25": 31, "q24": 27}

# balance sheet at February 1, 2025 (fiscal year end)
feb = dict(cash=318477, recv=41206, inv=1012884, prepaid=88153,
           ppe=1204338, rou=1388712, goodwill=171904, intang=48600, other_assets=36215,
           ap=402917, accrued=251330, curr_lease=221406, curr_debt=15000, taxes_pay=22618,
           lease_lt=1302145, ltdebt=268150, deftax=58412, other_ltl=41275,
           common=611, apic=521908, treasury=-1012650, aoci=-6834)
asset_keys = ["cash", "recv", "inv", "prepaid", "ppe", "rou", "goodwill", "intang", "other_assets"]
liab_keys = ["ap", "accrued", "curr_lease", "curr_debt", "taxes_pay", "lease_lt", "ltdebt", "deftax", "other_ltl"]
eq_other = ["common", "apic", "treasury", "aoci"]
feb["re"] = sum(feb[k] for k in asset_keys) - sum(feb[k] for k in liab_keys) - sum(feb[k] for k in eq_other)

# year-to-date fiscal 2025 cash flow, each line a balance-sheet movement
dep = 118466
impair_noncash = 9842                      # of the 14,620 store optimization charge; rest accrued
sbc = 19874
d_deftax = -3406
d_recv, d_inv, d_prepaid = 12958, 331472, 9617
d_ap, d_accrued, d_taxes, d_other_ltl = 214406, 18933, -14281, 2214
d_rou, d_lease = 47215, 41860              # lease line = d_lease - d_rou
amort_fees = 558                           # amortization of debt issuance costs (non-cash, in ltdebt)
capex = 161742
proceeds_sale = 1205
revolver_draw, revolver_repay = 120000, 120000
term_repay = 11250
repurch = 180412
withheld = 7218
options = 4306
fx = -1127
dividends = round(DIV_PS * 3 * 41690)      # three quarterly payments, thousands

cfo_lines = [
    ("Net income", ni[Y]),
    ("Depreciation and amortization", dep),
    ("Impairment of long-lived assets", impair_noncash),
    ("Stock-based compensation expense", sbc),
    ("Deferred income taxes", d_deftax),
    ("Amortization of debt issuance costs", amort_fees),
    ("Merchandise inventories", -d_inv),
    ("Receivables", -d_recv),
    ("Prepaid expenses and other current assets", -d_prepaid),
    ("Accounts payable", d_ap),
    ("Accrued liabilities", d_accrued),
    ("Income taxes payable", d_taxes),
    ("Operating lease assets and liabilities, net", d_lease - d_rou),
    ("Other long-term liabilities", d_other_ltl),
]
cfo = sum(v for _, v in cfo_lines)
cfi_lines = [("Capital expenditures", -capex), ("Proceeds from sale of property and equipment", proceeds_sale)]
cfi = sum(v for _, v in cfi_lines)
cff_lines = [
    ("Borrowings under revolving credit facility", revolver_draw),
    ("Repayments under revolving credit facility", -revolver_repay),
    ("Repayments of term loan", -term_repay),
    ("Repurchases of common stock", -repurch),
    ("Shares withheld for taxes on vested equity awards", -withheld),
    ("Proceeds from exercise of stock options", options),
    ("Cash dividends paid", -dividends),
]
cff = sum(v for _, v in cff_lines)
net_change = cfo + cfi + cff + fx

nov = dict(feb)
nov["cash"] = feb["cash"] + net_change
nov["recv"] += d_recv; nov["inv"] += d_inv; nov["prepaid"] += d_prepaid
nov["ppe"] += capex - dep - impair_noncash - proceeds_sale   # sale at book value (no gain)
nov["rou"] += d_rou
nov["ap"] += d_ap; nov["accrued"] += d_accrued; nov["taxes_pay"] += d_taxes; nov["other_ltl"] += d_other_ltl
# lease liabilities: split the change between current and long-term
nov["curr_lease"] += 6120; nov["lease_lt"] += d_lease - 6120
nov["ltdebt"] += -term_repay + amort_fees
nov["deftax"] += d_deftax
nov["apic"] += sbc + options - 1
nov["common"] += 1
nov["treasury"] += -repurch - withheld
nov["aoci"] += fx
nov["re"] += ni[Y] - dividends
assert sum(nov[k] for k in asset_keys) == sum(nov[k] for k in liab_keys) + sum(nov[k] for k in eq_other + ["re"])

# prior-year quarter end (November 2, 2024); retained earnings balances it
# (intangible assets are an indefinite-lived trade name: 48,600 at every date; audit: the November 2, 2024 column
# showed 49,200, which would mean a write-down in the fourth quarter of fiscal 2024 with no amortization after it)
pnov = dict(cash=144918, recv=47731, inv=1402650, prepaid=92844,
            ppe=1158207, rou=1352669, goodwill=171904, intang=48600, other_assets=35488,
            ap=633122, accrued=248715, curr_lease=212930, curr_debt=15000, taxes_pay=6412,
            lease_lt=1281977, ltdebt=271714, deftax=61390, other_ltl=38850,
            common=610, apic=515400, treasury=-952650, aoci=-5120)
pnov["re"] = sum(pnov[k] for k in asset_keys) - sum(pnov[k] for k in liab_keys) - sum(pnov[k] for k in eq_other)

# prior-year year-to-date cash flow (ends at November 2, 2024 cash)
p_repurch, p_div = 142660, round(0.20 * 3 * 43310)
cfo_p_lines = [
    ("Net income", ni[YP]), ("Depreciation and amortization", 109315),
    ("Impairment of long-lived assets", 2410), ("Stock-based compensation expense", 17262),
    ("Deferred income taxes", -2118), ("Amortization of debt issuance costs", 558),
    ("Merchandise inventories", -402377), ("Receivables", -15122),
    ("Prepaid expenses and other current assets", -7403), ("Accounts payable", 236515),
    ("Accrued liabilities", 9820), ("Income taxes payable", -21660),
    ("Operating lease assets and liabilities, net", -4214), ("Other long-term liabilities", 1904),
]
cfo_p = sum(v for _, v in cfo_p_lines)
cfi_p_lines = [("Capital expenditures", -148930), ("Proceeds from sale of property and equipment", 0)]
cfi_p = sum(v for _, v in cfi_p_lines)
cff_p_lines = [
    ("Borrowings under revolving credit facility", 185000), ("Repayments under revolving credit facility", -185000),
    ("Repayments of term loan", -11250), ("Repurchases of common stock", -p_repurch),
    ("Shares withheld for taxes on vested equity awards", -6104), ("Proceeds from exercise of stock options", 2981),
    ("Cash dividends paid", -p_div),
]
cff_p = sum(v for _, v in cff_p_lines)
fx_p = 412
net_change_p = cfo_p + cfi_p + cff_p + fx_p
cash_begin_p = pnov["cash"] - net_change_p

# ----------------------------------------------------------------------------------------------
# Formatting helpers
# ----------------------------------------------------------------------------------------------

def n(v, dec=0, paren=True):
    if v is None:
        return ""
    if v == 0:
        return "\u2014"
    s = f"{abs(v):,.{dec}f}"
    return f"({s})" if v < 0 and paren else (("-" + s) if v < 0 else s)


def pct(a, b, dec=1):
    return round((a - b) / b * 100, dec)


def ps(v):
    return f"{v:,.2f}"


def rate(a, b, dec=1):
    return round(a / b * 100, dec)


def draw_line(c, y, items):
    """Draw one printed line (a table row, a heading line, a bullet and its text) as ONE text object.

    items: (x, text, font, size, align) with align "l", "r" (x is the right edge) or "c" (x is the centre).
    Real filings set a table row in one BT/ET block, so text extractors read the row as one line (label, then
    its cells); drawing each cell with its own drawString would give one BT/ET per cell, which pypdf's plain
    mode reads as one cell per line. Glyph positions are the same as drawString/drawRightString/
    drawCentredString would give, so the page looks the same and layout-mode text is unchanged."""
    placed = []
    for x, text, font, size, align in items:
        if text is None or text == "":
            continue
        w = stringWidth(text, font, size)
        x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        placed.append((x0, text, font, size))
    if not placed:
        return
    placed.sort(key=lambda t: t[0])
    t = c.beginText()
    for x0, text, font, size in placed:
        t.setFont(font, size)
        t.setTextOrigin(x0, y)
        t.textOut(text)
    c.drawText(t)


class Doc:
    def __init__(self, path, header, footer):
        self.c = canvas.Canvas(path, pagesize=letter, invariant=1)
        self.c.setTitle(header)
        self.header, self.footer = header, footer
        self.page = 0
        self.y = H - 72

    def start(self):
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.drawString(LM, H - 36, self.header)
        c.setLineWidth(0.4)
        c.line(LM, H - 40, RM, H - 40)
        self.y = H - 64

    def end(self):
        # footer and page number last, so that text extraction reads them at the foot of the page
        c = self.c
        c.setFont("Helvetica", 7.5)
        if self.footer:
            c.drawString(LM, 42, self.footer)
        c.drawCentredString(W / 2, 30, f"{self.page}")
        self.c.showPage()

    def title(self, text, size=12, bold=True, center=True, gap=4):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        for line in text.split("\n"):
            if center:
                self.c.drawCentredString(W / 2, self.y, line)
            else:
                self.c.drawString(LM, self.y, line)
            self.y -= size + gap
        self.y -= 2

    def para(self, text, size=9.2, font="Times-Roman", indent=0, gap=5, lead=None, width=None, bullet=None):
        lead = lead or size + 2.4
        width = width or (RM - LM - indent)
        lines = simpleSplit(text, font, size, width - (10 if bullet else 0))
        self.c.setFont(font, size)
        for i, line in enumerate(lines):
            x = LM + indent
            if bullet:
                if i == 0:
                    draw_line(self.c, self.y, [(x, bullet, font, size, "l"), (x + 10, line, font, size, "l")])
                else:
                    self.c.drawString(x + 10, self.y, line)
            else:
                self.c.drawString(x, self.y, line)
            self.y -= lead
        self.y -= gap

    def table(self, heads, rows, cols, label_w=None, size=8.2, lead=11.2, dollar_rows=(), head_lines=None,
              under=(), dunder=(), bold_rows=(), font="Helvetica", dollar_dx=52):
        """heads: list of header lines; each line a list of (text, x_from, x_to) centred spans.
        rows: (label, [cells], indent) ; cells are strings already formatted (right aligned at col x).
        cols: right edge x of each numeric column."""
        c = self.c
        for hl in heads:
            draw_line(c, self.y, [((x0 + x1) / 2, text, font + "-Bold", size - 0.4, "c") for text, x0, x1 in hl])
            self.y -= lead - 1.5
        # rule under headings
        c.setLineWidth(0.5)
        c.line(cols[0] - 62, self.y + lead - 3.5, cols[-1] + 2, self.y + lead - 3.5)
        self.y -= 2
        for i, row in enumerate(rows):
            label, cells, ind = row
            f = font + "-Bold" if i in bold_rows else font
            c.setFont(f, size)
            items = []
            if label is not None:
                max_w = (cols[0] - 70) - (LM + ind)
                parts = simpleSplit(label, f, size, max_w)
                for j, p in enumerate(parts[:-1]):
                    c.drawString(LM + ind + (0 if j == 0 else 8), self.y, p)
                    self.y -= lead - 1
                items.append((LM + ind + (8 if len(parts) > 1 else 0), parts[-1], f, size, "l"))
            for x, cell in zip(cols, cells):
                if cell is None:
                    continue
                if i in dollar_rows and cell not in ("", "%") and not cell.endswith("%"):
                    items.append((x - dollar_dx, "$", f, size, "l"))
                if cell.startswith("(") or cell.endswith(")"):
                    items.append((x + 3.5, cell, f, size, "r"))
                else:
                    items.append((x, cell, f, size, "r"))
            draw_line(c, self.y, items)
            if i in under:
                for x in cols:
                    c.line(x - 46, self.y - 3, x + 3, self.y - 3)
            if i in dunder:
                for x in cols:
                    c.line(x - 46, self.y - 3, x + 3, self.y - 3)
                    c.line(x - 46, self.y - 5, x + 3, self.y - 5)
            self.y -= lead
        self.y -= 6

    def save(self):
        self.c.save()


# ----------------------------------------------------------------------------------------------
# Derived figures used in the text
# ----------------------------------------------------------------------------------------------
g_q = pct(sales[Q], sales[QP])
g_y = pct(sales[Y], sales[YP])
gm_q, gm_qp = gp[Q] / sales[Q] * 100, gp[QP] / sales[QP] * 100
gm_y, gm_yp = gp[Y] / sales[Y] * 100, gp[YP] / sales[YP] * 100
bps_q = round((gm_q - gm_qp) * 100)
bps_y = round((gm_y - gm_yp) * 100)
sga_r_q, sga_r_qp = sga[Q] / sales[Q] * 100, sga[QP] / sales[QP] * 100
sga_bps_q = round((sga_r_q - sga_r_qp) * 100)
dig_share_q = chan["Digital"][Q] / sales[Q] * 100
dig_g_q = pct(chan["Digital"][Q], chan["Digital"][QP])
inv_g = pct(nov["inv"], pnov["inv"])
opm_q, opm_qp = opinc[Q] / sales[Q] * 100, opinc[QP] / sales[QP] * 100
adj_opm_q, adj_opm_qp = adj_op[Q] / sales[Q] * 100, adj_op[QP] / sales[QP] * 100
# Comparable sales (3.8%) = comparable stores + digital. Digital (all comparable) grew 14.9% and was about a quarter
# of the prior-year comparable base (digital $292.9m of $913.5m store + $292.9m digital sales, less new stores), so
# 3.8% total leaves comparable store sales of about 0.1%: 0.748 * 0.1 + 0.252 * 14.9 = 3.8. (Audit: was 1.9%, which
# with 14.9% digital growth would give total comparable sales of about 5.2%, not 3.8%.)
COMP_STORE_Q = 0.1
Q3_SHARES, Q3_REPURCH = 612400, 62.1       # shares, $ millions in quarter
YTD_SHARES, YTD_REPURCH = 1846000, repurch / 1000
AUTH, REMAIN = 600.0, 600.0 - 180.4
liquidity = nov["cash"] / 1000 + 500.0 - 9.6  # cash + revolver availability less letters of credit ($ millions)
f1 = lambda v: f"{v:,.1f}"


def m(v):  # thousands -> "$X.X million"
    return f"${v / 1000:,.1f} million"


# ----------------------------------------------------------------------------------------------
# Earnings release
# ----------------------------------------------------------------------------------------------

def release():
    path = os.path.join(HERE, "CORVANE_2025Q3_EARNINGS.pdf")
    d = Doc(path, "Corvane Outfitters, Inc. \u2014 Third Quarter Fiscal 2025 Results",
            "Corvane Outfitters, Inc.  |  4410 Larkspur Commons Drive, Boulder, Colorado 80301  |  investors.corvane.com")
    c = d.c
    # ---------------- page 1
    d.start()
    d.title("Corvane Outfitters Reports Third Quarter Fiscal 2025 Results", 14)
    d.title("Raises Full-Year Net Sales and Adjusted EPS Outlook", 11, bold=False)
    d.para("BOULDER, Colo., November 25, 2025 -- Corvane Outfitters, Inc. (NASDAQ: CRVN) (\u201cCorvane\u201d or "
           "the \u201cCompany\u201d), a specialty retailer of outdoor apparel, footwear and gear, today announced "
           "financial results for the thirteen-week period (\u201cthird quarter\u201d) and thirty-nine-week period "
           "(\u201cyear to date\u201d) ended November 1, 2025, compared to the thirteen- and thirty-nine-week "
           "periods ended November 2, 2024.", gap=8)
    d.title("Third Quarter Fiscal 2025 Highlights", 10, center=False)
    bullets = [
        f"Net sales increased {g_q}% to {m(sales[Q])} compared to {m(sales[QP])} in the third quarter of fiscal 2024.",
        "Comparable sales increased 3.8%, driven by a 2.9% increase in transactions and a 0.9% increase in "
        "average ticket, compared to an increase of 1.2% in the third quarter of fiscal 2024.",
        f"Gross margin rate increased {bps_q} basis points to {gm_q:.1f}% of net sales.",
        f"Operating income was {m(opinc[Q])}, or {opm_q:.1f}% of net sales, and included {m(store_opt[Q])} of "
        f"impairment and store optimization charges. Adjusted operating income(1) increased "
        f"{pct(adj_op[Q], adj_op[QP])}% to {m(adj_op[Q])}, or {adj_opm_q:.1f}% of net sales.",
        f"Diluted earnings per share were ${eps_d[Q]:.2f} compared to ${eps_d[QP]:.2f} in the third quarter of "
        f"fiscal 2024. Adjusted diluted earnings per share(1) increased {pct(adj_eps[Q], adj_eps[QP])}% "
        f"to ${adj_eps[Q]:.2f}.",
        f"The Company repurchased {Q3_SHARES:,} shares of its common stock at a cost of ${Q3_REPURCH} million.",
        f"The Company opened 9 new stores and closed 6 stores, ending the quarter with {stores_end[Q]} stores "
        f"in 38 states and Canada.",
    ]
    for b in bullets:
        d.para(b, bullet="\u2022", gap=3)
    d.y -= 4
    d.para(f"\u201cOur teams delivered a strong third quarter, with net sales up {g_q}% and comparable sales up "
           f"3.8% as guests responded to our cold-weather assortment and our digital business grew "
           f"{dig_g_q}%,\u201d said Marisol Okafor-Lindqvist, Chief Executive Officer. \u201cWe expanded gross "
           f"margin by {bps_q} basis points on lower freight costs and fewer markdowns, and we took decisive "
           f"action on six underperforming locations under our store optimization program. With inventory "
           f"{abs(inv_g)}% below last year and a healthy balance sheet, we are raising our full-year outlook "
           f"and now expect adjusted diluted EPS of $8.55 to $8.70.\u201d")
    d.para("(1) Adjusted operating income, adjusted operating margin, adjusted net income and adjusted diluted "
           "earnings per share are non-GAAP financial measures. See \u201cNon-GAAP Information\u201d and the "
           "reconciliation tables at the end of this release.", size=7.6, gap=2)
    d.end()

    # ---------------- page 2
    d.start()
    d.title("Third Quarter Fiscal 2025 Results", 10, center=False)
    d.para(f"Net sales increased {g_q}% to {m(sales[Q])} from {m(sales[QP])} in the third quarter of fiscal "
           f"2024. The increase was driven by comparable sales growth of 3.8% and sales from new stores. "
           f"Comparable store sales increased {COMP_STORE_Q}% and digital sales increased {dig_g_q}%; digital sales "
           f"represented {dig_share_q:.1f}% of net sales compared to "
           f"{chan['Digital'][QP] / sales[QP] * 100:.1f}% a year ago. By category, footwear led with net sales "
           f"growth of {pct(cat['Footwear'][Q], cat['Footwear'][QP])}%, while apparel net sales increased "
           f"{pct(cat['Apparel'][Q], cat['Apparel'][QP])}%.")
    d.para(f"Gross profit increased {pct(gp[Q], gp[QP])}% to {m(gp[Q])} from {m(gp[QP])}. Gross margin rate "
           f"was {gm_q:.1f}% of net sales compared to {gm_qp:.1f}% in the prior-year quarter. The "
           f"{bps_q} basis point increase primarily reflected lower inbound freight costs and improved "
           f"merchandise margins from lower markdowns, partially offset by deleverage of occupancy costs in "
           f"new markets. Cost of sales includes buying and occupancy costs.")
    d.para(f"Selling, general and administrative (\u201cSG&A\u201d) expenses were {m(sga[Q])}, or "
           f"{sga_r_q:.1f}% of net sales, compared to {m(sga[QP])}, or {sga_r_qp:.1f}% of net sales, in the "
           f"third quarter of fiscal 2024. SG&A expenses included {m(exec_trans[Q])} of executive transition "
           f"costs. Excluding these costs, SG&A expenses as a percentage of net sales leveraged "
           f"{round((sga_r_qp - sga_base[Q] / sales[Q] * 100) * 100)} basis points.")
    d.para(f"Pre-opening expenses were {m(preopen[Q])} compared to {m(preopen[QP])} in the prior-year quarter, "
           f"reflecting the timing of new store openings. Impairment and store optimization charges of "
           f"{m(store_opt[Q])} relate to the planned closure of six stores and consist of "
           f"{m(impair_noncash)} of non-cash impairment of store assets and {m(store_opt[Q] - impair_noncash)} "
           f"of lease termination and severance costs.")
    d.para(f"Operating income was {m(opinc[Q])}, or {opm_q:.1f}% of net sales, compared to {m(opinc[QP])}, or "
           f"{opm_qp:.1f}% of net sales, in the third quarter of fiscal 2024. Adjusted operating income was "
           f"{m(adj_op[Q])}, or {adj_opm_q:.1f}% of net sales, compared to {m(adj_op[QP])}, or "
           f"{adj_opm_qp:.1f}% of net sales.")
    d.para(f"The effective tax rate was {ebt and tax[Q] / ebt[Q] * 100:.1f}% compared to "
           f"{tax[QP] / ebt[QP] * 100:.1f}% in the third quarter of fiscal 2024. Net income was {m(ni[Q])}, "
           f"or ${eps_d[Q]:.2f} per diluted share, compared to {m(ni[QP])}, or ${eps_d[QP]:.2f} per diluted "
           f"share, in the prior-year quarter. Adjusted net income was {m(adj_ni[Q])}, or ${adj_eps[Q]:.2f} "
           f"per diluted share, compared to {m(adj_ni[QP])}, or ${adj_eps[QP]:.2f} per diluted share.", gap=8)
    d.title("Year-to-Date Fiscal 2025 Results", 10, center=False)
    d.para(f"Net sales for the thirty-nine weeks ended November 1, 2025 increased {g_y}% to {m(sales[Y])} from "
           f"{m(sales[YP])}, and comparable sales increased 2.9%. Gross margin rate was {gm_y:.1f}%, an "
           f"increase of {bps_y} basis points. Operating income was {m(opinc[Y])}, or "
           f"{opinc[Y] / sales[Y] * 100:.1f}% of net sales, compared to {m(opinc[YP])}, or "
           f"{opinc[YP] / sales[YP] * 100:.1f}% of net sales. Net income was {m(ni[Y])}, or "
           f"${eps_d[Y]:.2f} per diluted share, compared to {m(ni[YP])}, or ${eps_d[YP]:.2f} per diluted "
           f"share. Adjusted diluted earnings per share increased {pct(adj_eps[Y], adj_eps[YP])}% to "
           f"${adj_eps[Y]:.2f} from ${adj_eps[YP]:.2f}.", gap=8)
    d.title("Balance Sheet, Cash Flow and Capital Allocation", 10, center=False)
    d.para(f"Cash and cash equivalents at the end of the quarter were {m(nov['cash'])} compared to "
           f"{m(pnov['cash'])} at the end of the third quarter of fiscal 2024. Merchandise inventories were "
           f"{m(nov['inv'])}, a decrease of {abs(inv_g)}% from {m(pnov['inv'])} a year ago, and inventory per "
           f"store decreased {abs(pct(nov['inv'] / stores_end[Q], pnov['inv'] / stores_end[QP]))}%. There were "
           f"no borrowings outstanding under the Company\u2019s $500.0 million revolving credit facility at "
           f"quarter end, and total liquidity was {m(liquidity * 1000)}, including cash and availability "
           f"under the facility net of $9.6 million of outstanding letters of credit.")
    d.para(f"Net cash provided by operating activities was {m(cfo)} for the year to date compared to "
           f"{m(cfo_p)} in the prior-year period, and capital expenditures were {m(capex)}. During the third "
           f"quarter, the Company repurchased {Q3_SHARES:,} shares at a cost of ${Q3_REPURCH} million; year to "
           f"date it has repurchased {YTD_SHARES:,} shares for ${YTD_REPURCH:,.1f} million. At November 1, 2025, "
           f"${REMAIN:,.1f} million remained available under the ${AUTH:,.1f} million share repurchase "
           f"program authorized by the Board of Directors in March 2025. On November 20, 2025, the Board "
           f"declared a quarterly cash dividend of ${DIV_PS:.2f} per share, payable on December 19, 2025 to "
           f"stockholders of record on December 5, 2025.")
    d.end()

    # ---------------- page 3
    d.start()
    d.title("Store Activity", 10, center=False)
    d.para(f"During the third quarter, the Company opened 9 new stores, including its first two locations in "
           f"Idaho, relocated 2 stores and closed 6 stores under the store optimization program. The Company "
           f"ended the quarter with {stores_end[Q]} stores, including {canada['q25']} stores in Canada, and "
           f"total gross square footage of {sqft['q25'] / 1000:.2f} million, an increase of "
           f"{pct(sqft['q25'], sqft['q24'])}% from the end of the third quarter of fiscal 2024. The Company now "
           f"expects to open approximately 30 new stores and close 9 stores in fiscal 2025.", gap=8)
    d.title("Fiscal 2025 Outlook", 10, center=False)
    d.para("The Company is updating its outlook for the fiscal year ending January 31, 2026 (a 52-week year, "
           "compared to the 52-week fiscal 2024). The outlook assumes no further deterioration in the "
           "consumer environment and includes the effect of tariffs enacted as of the date of this release.")
    x1, x2 = 380, 500
    heads = [[("Prior Outlook", x1 - 75, x1 + 5), ("Updated Outlook", x2 - 75, x2 + 5)],
             [("(August 26, 2025)", x1 - 75, x1 + 5), ("(November 25, 2025)", x2 - 75, x2 + 5)]]
    rows = [
        ("Net sales", ["$5.02 billion to $5.10 billion", "$5.08 billion to $5.12 billion"], 0),
        ("Comparable sales", ["2.0% to 3.0%", "2.8% to 3.1%"], 0),
        ("Gross margin rate", ["35.9% to 36.2%", "36.2% to 36.3%"], 0),
        ("Operating margin", ["9.3% to 9.6%", "9.4% to 9.6%"], 0),
        ("Adjusted operating margin(1)", ["9.6% to 9.9%", "9.8% to 10.0%"], 0),
        ("Diluted EPS", ["$7.95 to $8.25", "$8.20 to $8.35"], 0),
        ("Adjusted diluted EPS(1)", ["$8.35 to $8.60", "$8.55 to $8.70"], 0),
        ("Effective tax rate", ["approx. 25.0%", "approx. 24.8%"], 0),
        ("Net new stores", ["approx. 22", "approx. 21"], 0),
        ("Capital expenditures", ["$200 million to $220 million", "approx. $210 million"], 0),
    ]
    d.table(heads, rows, [x1 + 8, x2 + 40], size=7.8, lead=11)
    d.para("For the fourth quarter of fiscal 2025, the Company expects net sales of $1.38 billion to $1.42 "
           "billion, comparable sales growth of 2.5% to 3.5% and adjusted diluted EPS of $2.51 to $2.66. The "
           "updated fiscal 2025 outlook for diluted EPS and operating margin includes the impairment and store "
           "optimization charges and executive transition costs recorded through the third quarter; the "
           "Company does not expect material additional charges under the program in the fourth quarter. The "
           "outlook assumes weighted average diluted shares outstanding of approximately 42.0 million.", gap=8)
    d.title("Conference Call Information", 10, center=False)
    d.para("A conference call to discuss third quarter fiscal 2025 results is scheduled for today, November 25, "
           "2025, at 4:30 p.m. Eastern Time. The call will be webcast live at investors.corvane.com, where a "
           "replay will be available for 90 days.", gap=8)
    d.title("About Corvane Outfitters", 10, center=False)
    d.para("Corvane Outfitters, Inc. is a specialty retailer of apparel, footwear, gear and equipment for "
           "hiking, camping, climbing, paddling and winter sports. Founded in 1994 in Boulder, Colorado, the "
           "Company operates stores in the United States and Canada and sells online at corvane.com. Its "
           "Basecamp Rewards loyalty program has approximately 9.4 million active members.", gap=8)
    d.title("Forward-Looking Statements", 10, center=False)
    d.para("This release contains forward-looking statements within the meaning of the Private Securities "
           "Litigation Reform Act of 1995, including statements regarding the Company\u2019s outlook for "
           "fiscal 2025, store openings and closures, and capital allocation. Actual results may differ "
           "materially because of risks including changes in consumer spending, weather, tariffs and trade "
           "policy, supply chain disruption, competition, and the other risks described in the Company\u2019s "
           "Annual Report on Form 10-K for the fiscal year ended February 1, 2025. The Company undertakes no "
           "obligation to update any forward-looking statement.", size=8.4)
    d.end()

    # ---------------- page 4: income statements
    d.start()
    d.title("CORVANE OUTFITTERS, INC.\nCONDENSED CONSOLIDATED STATEMENTS OF INCOME\n(In thousands, except per share data)\n(Unaudited)", 9.5, gap=2)
    cols = [300, 345, 420, 465]
    for key, kp, nm in ((Q, QP, "Thirteen Weeks Ended"), (Y, YP, "Thirty-Nine Weeks Ended")):
        heads = [[(nm, 250, 475)],
                 [("November 1,", 255, 352), ("November 2,", 375, 472)],
                 [("2025", 255, 300), ("% of sales", 305, 352), ("2024", 375, 420), ("% of sales", 425, 472)]]
        def r(label, a, b, ind=0, p=True):
            return (label, [n(a[key]), f"{a[key] / sales[key] * 100:.1f}%" if p else "",
                            n(b[kp]), f"{b[kp] / sales[kp] * 100:.1f}%" if p else ""], ind)
        one = lambda dct: dct
        rows = [
            ("Net sales", [n(sales[key]), "100.0%", n(sales[kp]), "100.0%"], 0),
            ("Cost of sales, including buying and occupancy costs", [n(cogs[key]), f"{cogs[key] / sales[key] * 100:.1f}%", n(cogs[kp]), f"{cogs[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Gross profit", [n(gp[key]), f"{gp[key] / sales[key] * 100:.1f}%", n(gp[kp]), f"{gp[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Selling, general and administrative expenses", [n(sga[key]), f"{sga[key] / sales[key] * 100:.1f}%", n(sga[kp]), f"{sga[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Pre-opening expenses", [n(preopen[key]), f"{preopen[key] / sales[key] * 100:.1f}%", n(preopen[kp]), f"{preopen[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Impairment and store optimization charges", [n(store_opt[key]), f"{store_opt[key] / sales[key] * 100:.1f}%", n(store_opt[kp]), f"{store_opt[kp] / sales[kp] * 100:.1f}%" if store_opt[kp] else "\u2014"], 0),
            ("Operating income", [n(opinc[key]), f"{opinc[key] / sales[key] * 100:.1f}%", n(opinc[kp]), f"{opinc[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Interest expense, net", [n(interest[key]), f"{interest[key] / sales[key] * 100:.1f}%", n(interest[kp]), f"{interest[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Other income, net", [n(-other_inc[key]), f"({other_inc[key] / sales[key] * 100:.1f})%", n(-other_inc[kp]), f"({other_inc[kp] / sales[kp] * 100:.1f})%"], 0),
            ("Earnings before income taxes", [n(ebt[key]), f"{ebt[key] / sales[key] * 100:.1f}%", n(ebt[kp]), f"{ebt[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Income tax expense", [n(tax[key]), f"{tax[key] / sales[key] * 100:.1f}%", n(tax[kp]), f"{tax[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Net income", [n(ni[key]), f"{ni[key] / sales[key] * 100:.1f}%", n(ni[kp]), f"{ni[kp] / sales[kp] * 100:.1f}%"], 0),
            ("Earnings per common share:", [None, None, None, None], 0),
            ("Basic", [ps(eps_b[key]), "", ps(eps_b[kp]), ""], 12),
            ("Diluted", [ps(eps_d[key]), "", ps(eps_d[kp]), ""], 12),
            ("Weighted average common shares outstanding:", [None] * 4, 0),
            ("Basic", [n(basic_sh[key]), "", n(basic_sh[kp]), ""], 12),
            ("Diluted", [n(dil_sh[key]), "", n(dil_sh[kp]), ""], 12),
        ]
        d.table(heads, rows, cols, size=7.9, lead=11.4, dollar_rows=(0, 11, 13, 14), under=(1, 5, 8, 10), dunder=(11,))
        d.y -= 6
    d.para("Note: Percentages may not sum due to rounding. Other income, net, which consists primarily of "
           "interest income on cash equivalents, is shown as a reduction of expense.", size=7.6)
    d.end()

    # ---------------- page 5: balance sheets
    d.start()
    d.title("CORVANE OUTFITTERS, INC.\nCONDENSED CONSOLIDATED BALANCE SHEETS\n(In thousands, except per share data)\n(Unaudited)", 9.5, gap=2)
    cols = [370, 445, 520]
    heads = [[("November 1,", 325, 372), ("November 2,", 400, 447), ("February 1,", 475, 522)],
             [("2025", 325, 372), ("2024", 400, 447), ("2025", 475, 522)]]
    B = (nov, pnov, feb)
    tca = [sum(b[k] for k in ["cash", "recv", "inv", "prepaid"]) for b in B]
    ta = [sum(b[k] for k in asset_keys) for b in B]
    tcl = [sum(b[k] for k in ["ap", "accrued", "curr_lease", "curr_debt", "taxes_pay"]) for b in B]
    tl = [sum(b[k] for k in liab_keys) for b in B]
    te = [sum(b[k] for k in eq_other + ["re"]) for b in B]
    row = lambda label, k, ind=0: (label, [n(b[k]) for b in B], ind)
    rows = [
        ("ASSETS", [None] * 3, 0),
        ("Current assets:", [None] * 3, 0),
        row("Cash and cash equivalents", "cash", 10),
        row("Receivables, net", "recv", 10),
        row("Merchandise inventories", "inv", 10),
        row("Prepaid expenses and other current assets", "prepaid", 10),
        ("Total current assets", [n(v) for v in tca], 20),
        row("Property and equipment, net", "ppe", 0),
        row("Operating lease right-of-use assets", "rou", 0),
        row("Goodwill", "goodwill", 0),
        row("Intangible assets, net", "intang", 0),
        row("Other assets", "other_assets", 0),
        ("Total assets", [n(v) for v in ta], 0),
        ("LIABILITIES AND STOCKHOLDERS\u2019 EQUITY", [None] * 3, 0),
        ("Current liabilities:", [None] * 3, 0),
        row("Accounts payable", "ap", 10),
        row("Accrued expenses and other current liabilities", "accrued", 10),
        row("Current operating lease liabilities", "curr_lease", 10),
        row("Current portion of long-term debt", "curr_debt", 10),
        row("Income taxes payable", "taxes_pay", 10),
        ("Total current liabilities", [n(v) for v in tcl], 20),
        row("Long-term operating lease liabilities", "lease_lt", 0),
        row("Long-term debt, net", "ltdebt", 0),
        row("Deferred income taxes", "deftax", 0),
        row("Other long-term liabilities", "other_ltl", 0),
        ("Total liabilities", [n(v) for v in tl], 0),
        ("Stockholders\u2019 equity:", [None] * 3, 0),
        ("Common stock, $0.01 par value; 200,000 shares authorized", [n(b["common"]) for b in B], 10),
        row("Additional paid-in capital", "apic", 10),
        ("Treasury stock, at cost", [n(b["treasury"]) for b in B], 10),
        row("Retained earnings", "re", 10),
        row("Accumulated other comprehensive loss", "aoci", 10),
        ("Total stockholders\u2019 equity", [n(v) for v in te], 20),
        ("Total liabilities and stockholders\u2019 equity", [n(a) for a in ta], 0),
    ]
    for i in range(3):
        assert ta[i] == tl[i] + te[i]
    d.table(heads, rows, cols, size=7.9, lead=11.6, dollar_rows=(2, 12, 15, 33), under=(5, 11, 19, 24, 31), dunder=(12, 33))
    d.para("Treasury stock: 20,496, 17,930 and 18,560 shares at November 1, 2025, November 2, 2024 and "
           "February 1, 2025, respectively. Common stock issued: 61,206, 61,011 and 61,094 shares, respectively.",
           size=7.6)
    d.end()
    bs_tot = dict(tca=tca, ta=ta, tcl=tcl, tl=tl, te=te)

    # ---------------- page 6: cash flows
    d.start()
    d.title("CORVANE OUTFITTERS, INC.\nCONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS\n(In thousands)\n(Unaudited)", 9.5, gap=2)
    cols = [440, 520]
    heads = [[("Thirty-Nine Weeks Ended", 390, 525)],
             [("November 1,", 393, 442), ("November 2,", 473, 522)],
             [("2025", 393, 442), ("2024", 473, 522)]]
    rows = [("Operating activities", [None] * 2, 0), ("Net income", [n(ni[Y]), n(ni[YP])], 0),
            ("Adjustments to reconcile net income to net cash provided by operating activities:", [None] * 2, 0)]
    for (lab, v), (_, vp) in list(zip(cfo_lines, cfo_p_lines))[1:6]:
        rows.append((lab, [n(v), n(vp)], 10))
    rows.append(("Changes in operating assets and liabilities:", [None] * 2, 10))
    for (lab, v), (_, vp) in list(zip(cfo_lines, cfo_p_lines))[6:]:
        rows.append((lab, [n(v), n(vp)], 20))
    i_cfo = len(rows)
    rows.append(("Net cash provided by operating activities", [n(cfo), n(cfo_p)], 0))
    rows.append(("Investing activities", [None] * 2, 0))
    for (lab, v), (_, vp) in zip(cfi_lines, cfi_p_lines):
        rows.append((lab, [n(v), n(vp)], 10))
    i_cfi = len(rows)
    rows.append(("Net cash used in investing activities", [n(cfi), n(cfi_p)], 0))
    rows.append(("Financing activities", [None] * 2, 0))
    for (lab, v), (_, vp) in zip(cff_lines, cff_p_lines):
        rows.append((lab, [n(v), n(vp)], 10))
    i_cff = len(rows)
    rows.append(("Net cash used in financing activities", [n(cff), n(cff_p)], 0))
    rows.append(("Effect of exchange rate changes on cash and cash equivalents", [n(fx), n(fx_p)], 0))
    rows.append(("Net increase (decrease) in cash and cash equivalents", [n(net_change), n(net_change_p)], 0))
    rows.append(("Cash and cash equivalents at beginning of period", [n(feb["cash"]), n(cash_begin_p)], 0))
    i_end = len(rows)
    rows.append(("Cash and cash equivalents at end of period", [n(nov["cash"]), n(pnov["cash"])], 0))
    rows.append(("Supplemental information:", [None] * 2, 0))
    rows.append(("Cash paid for income taxes", [n(71284), n(79903)], 10))
    rows.append(("Cash paid for interest", [n(14730), n(16655)], 10))
    rows.append(("Capital expenditures incurred but not yet paid", [n(18412), n(15027)], 10))
    d.table(heads, rows, cols, size=7.8, lead=11.2, dollar_rows=(1, i_cfo, i_end, i_end + 2),
            under=(i_cfo - 1, i_cfi - 1, i_cff - 1, i_end - 2 + 1), dunder=(i_end,))
    d.end()

    # ---------------- page 7: channel/category, store roll
    d.start()
    d.title("CORVANE OUTFITTERS, INC.\nNET SALES BY CHANNEL AND MERCHANDISE CATEGORY\n(In thousands)\n(Unaudited)", 9.5, gap=2)
    cols = [262, 322, 362, 432, 492, 532]
    heads = [[("Thirteen Weeks Ended", 219, 367), ("Thirty-Nine Weeks Ended", 389, 537)],
             [("Nov. 1,", 219, 264), ("Nov. 2,", 279, 324), ("%", 337, 367),
              ("Nov. 1,", 389, 434), ("Nov. 2,", 449, 494), ("%", 505, 537)],
             [("2025", 219, 264), ("2024(2)", 279, 324), ("change", 337, 367),
              ("2025", 389, 434), ("2024(2)", 449, 494), ("change", 505, 537)]]
    def line(label, dct, ind=10):
        return (label, [n(dct[Q]), n(dct[QP]), f"{pct(dct[Q], dct[QP])}%",
                        n(dct[Y]), n(dct[YP]), f"{pct(dct[Y], dct[YP])}%"], ind)
    rows = [("Net sales by channel:", [None] * 6, 0)]
    rows += [line("Stores", chan["Stores"]), line("Digital", chan["Digital"])]
    rows.append(line("Total net sales", sales, 0))
    rows.append(("Net sales by category:", [None] * 6, 0))
    rows += [line(k, cat[k]) for k in cat]
    rows.append(line("Total net sales", sales, 0))
    d.table(heads, rows, cols, size=7.8, lead=11.4, dollar_rows=(1, 3, 5, 9), under=(2, 8), dunder=(3, 9), dollar_dx=44)
    d.para("(2) Prior-year category amounts have been recast to conform to the current-year presentation, "
           "under which trail-running and hiking socks, previously reported in Accessories and other, are "
           "reported in Footwear. The recast moved $11,942 thousand and $33,870 thousand of net sales into "
           "Footwear for the thirteen and thirty-nine weeks ended November 2, 2024, respectively. Channel "
           "amounts were not affected.", size=7.6, gap=10)
    d.title("STORE COUNT AND SQUARE FOOTAGE\n(Unaudited)", 9.5, gap=2)
    cols = [330, 390, 465, 525]
    heads = [[("Thirteen Weeks Ended", 285, 395), ("Thirty-Nine Weeks Ended", 420, 530)],
             [("Nov. 1, 2025", 287, 335), ("Nov. 2, 2024", 347, 395), ("Nov. 1, 2025", 422, 470), ("Nov. 2, 2024", 482, 530)]]
    rows = [
        ("Stores open at beginning of period", [str(roll[k][0]) for k in (Q, QP, Y, YP)], 0),
        ("Stores opened", [str(roll[k][1]) for k in (Q, QP, Y, YP)], 0),
        ("Stores closed", [f"({roll[k][2]})" for k in (Q, QP, Y, YP)], 0),
        ("Stores open at end of period", [str(stores_end[k]) for k in (Q, QP, Y, YP)], 0),
        ("Stores relocated during the period", ["2", "1", "4", "3"], 0),
        ("Gross square footage at end of period (in thousands)", [f"{sqft['q25']:,}", f"{sqft['q24']:,}", f"{sqft['q25']:,}", f"{sqft['q24']:,}"], 0),
        ("Stores in Canada at end of period", [str(canada['q25']), str(canada['q24']), str(canada['q25']), str(canada['q24'])], 0),
    ]
    d.table(heads, rows, cols, size=7.8, lead=11.4, under=(2,))
    d.para("Relocated stores are not counted as openings or closings. Comparable sales include net sales from "
           "stores open at least fourteen full fiscal months and from the Company\u2019s digital channel; "
           "stores closed or relocated are excluded from comparable store sales in the month of closure.",
           size=7.6)
    d.end()

    # ---------------- page 8: non-GAAP
    d.start()
    d.title("CORVANE OUTFITTERS, INC.\nRECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES\n(In thousands, except per share data)\n(Unaudited)", 9.5, gap=2)
    d.para("Non-GAAP Information. In addition to results determined in accordance with generally accepted "
           "accounting principles (\u201cGAAP\u201d), the Company presents adjusted operating income, adjusted "
           "operating margin, adjusted net income and adjusted diluted earnings per share, which exclude "
           "impairment and store optimization charges and executive transition costs. Management believes "
           "these measures help investors compare performance across periods. They should not be considered "
           "substitutes for, or superior to, the comparable GAAP measures.", size=8.2)
    cols = [330, 395, 465, 525]
    heads = [[("Thirteen Weeks Ended", 285, 400), ("Thirty-Nine Weeks Ended", 420, 530)],
             [("Nov. 1, 2025", 285, 335), ("Nov. 2, 2024", 350, 400), ("Nov. 1, 2025", 420, 470), ("Nov. 2, 2024", 480, 530)]]
    K = (Q, QP, Y, YP)
    rows = [
        ("Operating income (GAAP)", [n(opinc[k]) for k in K], 0),
        ("Impairment and store optimization charges(a)", [n(store_opt[k]) for k in K], 10),
        ("Executive transition costs(b)", [n(exec_trans[k]) for k in K], 10),
        ("Adjusted operating income (non-GAAP)", [n(adj_op[k]) for k in K], 0),
        ("Net sales", [n(sales[k]) for k in K], 0),
        ("Operating margin (GAAP)", [f"{opinc[k] / sales[k] * 100:.1f}%" for k in K], 0),
        ("Adjusted operating margin (non-GAAP)", [f"{adj_op[k] / sales[k] * 100:.1f}%" for k in K], 0),
    ]
    d.table(heads, rows, cols, size=7.9, lead=11.4, dollar_rows=(0, 3, 4), under=(2,), dunder=(3,))
    per = {k: (round(store_opt[k] / dil_sh[k], 2), round(exec_trans[k] / dil_sh[k], 2),
               round(-adj_tax_eff[k] / dil_sh[k], 2)) for k in K}
    rnd = {k: round(adj_eps[k] - eps_d[k] - sum(per[k]), 2) for k in K}
    rows = [
        ("Net income (GAAP)", [n(ni[k]) for k in K], 0),
        ("Impairment and store optimization charges(a)", [n(store_opt[k]) for k in K], 10),
        ("Executive transition costs(b)", [n(exec_trans[k]) for k in K], 10),
        ("Income tax effect of adjustments(c)", [n(-adj_tax_eff[k]) for k in K], 10),
        ("Adjusted net income (non-GAAP)", [n(adj_ni[k]) for k in K], 0),
        ("Diluted earnings per share (GAAP)", [ps(eps_d[k]) for k in K], 0),
        ("Impairment and store optimization charges(a)", [ps(per[k][0]) if per[k][0] else "\u2014" for k in K], 10),
        ("Executive transition costs(b)", [ps(per[k][1]) if per[k][1] else "\u2014" for k in K], 10),
        ("Income tax effect of adjustments(c)", [f"({ps(-per[k][2])})" if per[k][2] else "\u2014" for k in K], 10),
        ("Rounding", [(f"({ps(-rnd[k])})" if rnd[k] < 0 else ps(rnd[k])) if rnd[k] else "\u2014" for k in K], 10),
        ("Adjusted diluted earnings per share (non-GAAP)", [ps(adj_eps[k]) for k in K], 0),
        ("Weighted average diluted shares outstanding", [n(dil_sh[k]) for k in K], 0),
    ]
    d.table([[("Thirteen Weeks Ended", 285, 400), ("Thirty-Nine Weeks Ended", 420, 530)],
             [("Nov. 1, 2025", 285, 335), ("Nov. 2, 2024", 350, 400), ("Nov. 1, 2025", 420, 470), ("Nov. 2, 2024", 480, 530)]],
            rows, cols, size=7.9, lead=11.4, dollar_rows=(0, 4, 5, 10), under=(3, 9), dunder=(4, 10))
    d.para("(a) Fiscal 2025 charges relate to the planned closure of six underperforming stores and include "
           f"non-cash impairment of store assets of $9,842 thousand; fiscal 2024 charges of $3,105 thousand "
           "relate to the closure of two stores and the consolidation of the Company\u2019s Reno, Nevada "
           "fulfillment center. Recorded in impairment and store optimization charges.", size=7.6, gap=2)
    d.para("(b) Severance, recruiting and sign-on costs associated with the transition of the Company\u2019s "
           "Chief Financial Officer and Chief Merchandising Officer. Recorded in selling, general and "
           "administrative expenses.", size=7.6, gap=2)
    d.para("(c) Calculated using an estimated tax rate of 25.0%, which approximates the statutory rate "
           "applicable to the adjustments.", size=7.6, gap=2)
    d.end()
    d.save()
    return dict(bs=bs_tot, per=per, rnd=rnd)


# ----------------------------------------------------------------------------------------------
# 8-K: credit agreement amendment
# ----------------------------------------------------------------------------------------------

def eight_k():
    path = os.path.join(HERE, "CORVANE_2025_8K_dated-2025-12-12.pdf")
    d = Doc(path, "Corvane Outfitters, Inc. \u2014 Form 8-K", "")
    d.start()
    d.title("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", 11, gap=2)
    d.title("FORM 8-K", 14)
    d.title("CURRENT REPORT\nPursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934", 9.5, bold=False, gap=2)
    d.title("Date of Report (Date of earliest event reported): December 12, 2025", 9.5, bold=False)
    d.title("CORVANE OUTFITTERS, INC.", 14)
    d.title("(Exact name of registrant as specified in its charter)", 8, bold=False)
    c = d.c
    c.setFont("Helvetica", 9)
    cover = ((LM + 40, "Delaware", "(State or other jurisdiction of incorporation)"),
             (W / 2, "001-38614", "(Commission File Number)"),
             (RM - 60, "84-1297735", "(IRS Employer Identification No.)"))
    draw_line(c, d.y, [(x, a, "Helvetica", 9, "c") for x, a, _ in cover])
    draw_line(c, d.y - 11, [(x, b, "Helvetica", 7, "c") for x, _, b in cover])
    d.y -= 34
    d.title("4410 Larkspur Commons Drive, Boulder, Colorado 80301\n(Address of principal executive offices) (Zip Code)", 8.5, bold=False, gap=2)
    d.title("Registrant\u2019s telephone number, including area code: (303) 555-0148", 8.5, bold=False)
    d.para("Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the "
           "filing obligation of the registrant under any of the following provisions:", size=8.2, font="Helvetica")
    for t in ("Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)",
              "Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)",
              "Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act",
              "Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act"):
        # an empty check box drawn as a square outline (Helvetica has no ballot-box glyph: "\u2610" printed as a
        # filled square, which reads as a ticked box)
        d.c.setLineWidth(0.5)
        d.c.rect(LM, d.y - 0.5, 6, 6, stroke=1, fill=0)
        d.para(t, size=8, font="Helvetica", indent=10, gap=1)
    d.y -= 6
    d.para("Securities registered pursuant to Section 12(b) of the Act:", size=8.2, font="Helvetica")
    heads = [[("Title of each class", 60, 200), ("Trading Symbol(s)", 290, 380), ("Name of each exchange on which registered", 400, 560)]]
    draw_line(c, d.y, [((a + b) / 2, t, "Helvetica-Bold", 8, "c") for t, a, b in heads[0]])
    d.y -= 12
    draw_line(c, d.y, [(130, "Common Stock, $0.01 par value", "Helvetica", 8, "c"), (335, "CRVN", "Helvetica", 8, "c"),
                       (480, "The Nasdaq Stock Market LLC", "Helvetica", 8, "c")])
    d.y -= 20
    egc = ("Indicate by check mark whether the registrant is an emerging growth company as defined in Rule 405 "
           "of the Securities Act of 1933 or Rule 12b-2 of the Securities Exchange Act of 1934. Emerging "
           "growth company")
    last = simpleSplit(egc, "Helvetica", 8, RM - LM)[-1]
    d.para(egc, size=8, font="Helvetica")
    d.c.rect(LM + stringWidth(last, "Helvetica", 8) + 4, d.y + 5 + 10.4 - 0.5, 6, 6, stroke=1, fill=0)
    d.end()

    # page 2
    d.start()
    d.title("Item 1.01 Entry into a Material Definitive Agreement.", 10, center=False)
    d.para("On December 12, 2025 (the \u201cAmendment Date\u201d), Corvane Outfitters, Inc. (the "
           "\u201cCompany\u201d) entered into the Third Amendment (the \u201cAmendment\u201d) to its Amended "
           "and Restated Credit Agreement dated as of June 18, 2022 (as amended, the \u201cCredit "
           "Agreement\u201d), among the Company, certain of its subsidiaries as guarantors, the lenders party "
           "thereto, and Westbrook National Bank, N.A., as administrative agent.")
    d.para("The Amendment, among other things, (i) increases the aggregate revolving commitments from $500.0 "
           "million to $650.0 million, (ii) extends the maturity date of the revolving credit facility and "
           "the term loan from June 18, 2027 to December 12, 2030, (iii) increases the uncommitted "
           "incremental facility (the \u201caccordion\u201d) from $200.0 million to $300.0 million, (iv) "
           "reduces the applicable interest rate margins and commitment fees, (v) reduces the scheduled "
           "quarterly amortization of the term loan, and (vi) increases the maximum permitted lease-adjusted "
           "leverage ratio. The outstanding principal of the term loan, $273.75 million at the Amendment Date, "
           "was not changed, and no revolving loans were outstanding at the Amendment Date. The principal "
           "changes are summarized below:")
    x1, x2 = 395, 525
    heads = [[("Before the", x1 - 70, x1 + 5), ("After the", x2 - 70, x2 + 5)],
             [("Amendment", x1 - 70, x1 + 5), ("Amendment", x2 - 70, x2 + 5)]]
    rows = [
        ("Revolving commitments", ["$500.0 million", "$650.0 million"], 0),
        ("Letter of credit sublimit", ["$50.0 million", "$75.0 million"], 0),
        ("Swingline sublimit", ["$40.0 million", "$40.0 million"], 0),
        ("Incremental facility (accordion)", ["$200.0 million", "$300.0 million"], 0),
        ("Term loan quarterly amortization", ["$3.75 million", "$2.50 million"], 0),
        ("Maturity date", ["June 18, 2027", "December 12, 2030"], 0),
        ("Applicable margin, Term SOFR loans", ["1.375% to 2.000%", "1.125% to 1.625%"], 0),
        ("Applicable margin, base rate loans", ["0.375% to 1.000%", "0.125% to 0.625%"], 0),
        ("Credit spread adjustment", ["0.10%", "none"], 0),
        ("Commitment fee on unused revolving commitments", ["0.20% to 0.30%", "0.15% to 0.25%"], 0),
        ("Maximum lease-adjusted leverage ratio", ["3.50 to 1.00", "3.75 to 1.00"], 0),
        ("Minimum fixed charge coverage ratio", ["1.50 to 1.00", "1.50 to 1.00"], 0),
    ]
    d.table(heads, rows, [x1 + 10, x2 + 12], size=7.9, lead=11.4)
    d.para("The applicable margins and commitment fee are determined by reference to a pricing grid based on "
           "the Company\u2019s lease-adjusted leverage ratio; at the Amendment Date, Term SOFR loans bear "
           "interest at Term SOFR plus 1.250%, compared to Term SOFR plus 1.500% plus the 0.10% credit spread "
           "adjustment immediately before the Amendment. Following a qualifying acquisition, the maximum "
           "lease-adjusted leverage ratio may be increased to 4.25 to 1.00 for four consecutive fiscal "
           "quarters. The Company paid the lenders and the administrative agent fees of approximately $2.1 "
           "million in connection with the Amendment, which will be deferred and amortized over the term of "
           "the Credit Agreement.")
    d.para("Including the term loan, total committed financing under the Credit Agreement after the Amendment "
           "is $923.75 million, compared to $773.75 million immediately before the Amendment. Following the "
           "Amendment, the Company had availability of $640.4 million under the revolving credit facility, "
           "after $9.6 million of outstanding standby letters of credit.")
    d.para("Certain of the lenders and their affiliates have provided, and may in the future provide, "
           "investment banking, cash management and other services to the Company, for which they have "
           "received and may receive customary fees. The foregoing description of the Amendment does not "
           "purport to be complete and is qualified in its entirety by reference to the Amendment, a copy of "
           "which is filed as Exhibit 10.1 to this Current Report on Form 8-K.", gap=8)
    d.title("Item 2.03 Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet\n"
            "Arrangement of a Registrant.", 10, center=False, gap=2)
    d.para("The information set forth under Item 1.01 of this Current Report on Form 8-K is incorporated "
           "herein by reference.")
    d.end()

    # page 3
    d.start()
    d.title("Item 8.01 Other Events.", 10, center=False)
    d.para("On December 12, 2025, the Company also announced that its Board of Directors increased the "
           "Company\u2019s share repurchase authorization by $250.0 million. Together with the $419.6 million "
           "remaining under the program authorized in March 2025 as of November 1, 2025, and after "
           "repurchases of $38.7 million between November 2, 2025 and December 11, 2025, approximately "
           "$630.9 million was available for repurchases as of December 12, 2025. The program has no "
           "expiration date.", gap=8)
    d.title("Item 9.01 Financial Statements and Exhibits.", 10, center=False)
    d.para("(d) Exhibits.")
    heads = [[("Exhibit No.", 50, 120), ("Description", 140, 400)]]
    c = d.c
    draw_line(c, d.y, [(LM, "Exhibit No.", "Helvetica-Bold", 8.2, "l"), (LM + 80, "Description", "Helvetica-Bold", 8.2, "l")])
    d.y -= 13
    for a, b in (("10.1", "Third Amendment to Amended and Restated Credit Agreement, dated as of December 12, "
                  "2025, among Corvane Outfitters, Inc., the guarantors party thereto, the lenders party "
                  "thereto and Westbrook National Bank, N.A., as administrative agent."),
                 ("99.1", "Press release of Corvane Outfitters, Inc., dated December 12, 2025."),
                 ("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document).")):
        c.setFont("Helvetica", 8.2)
        for i, line in enumerate(simpleSplit(b, "Helvetica", 8.2, RM - LM - 80)):
            if i == 0:
                draw_line(c, d.y, [(LM, a, "Helvetica", 8.2, "l"), (LM + 80, line, "Helvetica", 8.2, "l")])
            else:
                c.drawString(LM + 80, d.y, line)
            d.y -= 11
        d.y -= 3
    d.y -= 12
    d.title("SIGNATURE", 10)
    d.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
           "this report to be signed on its behalf by the undersigned hereunto duly authorized.")
    c.setFont("Times-Roman", 9.2)
    for t in ("CORVANE OUTFITTERS, INC.", "", "By: /s/ Daniel P. Achterberg", "Name: Daniel P. Achterberg",
              "Title: Executive Vice President and Chief Financial Officer", "", "Date: December 12, 2025"):
        c.drawString(W / 2, d.y, t)
        d.y -= 12
    d.end()
    d.save()


if __name__ == "__main__":
    info = release()
    eight_k()
    print("sales", sales, "\ngp", gp, "\nopinc", opinc, "\nebt", ebt, "\ntax", tax, "\nni", ni)
    print("eps_d", eps_d, "adj_eps", adj_eps, "adj_op", adj_op, "adj_ni", adj_ni)
    print("cfo", cfo, cfo_p, "cfi", cfi, cfi_p, "cff", cff, cff_p, "net", net_change, net_change_p)
    print("cash", nov["cash"], pnov["cash"], feb["cash"], "begin_p", cash_begin_p, "re", nov["re"], pnov["re"], feb["re"])
    print("bs", info["bs"], "per", info["per"], "rnd", info["rnd"])
    print("digital", chan["Digital"], "acc", cat["Accessories and other"], "divs", dividends, p_div)
