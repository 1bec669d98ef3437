# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Generate the invented Maravik Logistics SE annual report 2026 (synthetic pair 29, writer B).

All amounts are held as integers in tenths of a EUR million and every derived line is computed
here, so the statements tie. Run with a Python that has reportlab (e.g. /work/main/.venv/bin/python).
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "MARAVIK_2026_ANNUAL_REPORT.pdf")
W, H = A4
LM, RM = 50, W - 48
DASH = "\u2013"


def m(v, dash=True):
    """tenths of EUR m -> '1,234.5' or '(1,234.5)'."""
    if v == 0 and dash:
        return DASH
    s = f"{abs(v) / 10:,.1f}"
    return f"({s})" if v < 0 else s


def pct(a, b, nd=1):
    return round((a - b) / abs(b) * 100, nd)


def ps(x, nd=1):
    return f"{x:+.{nd}f}%" if True else ""


def r1(x):
    return f"{x:.1f}"


# ---------------------------------------------------------------- model
C, P = "cur", "pri"
seg = {  # revenue by segment (FY2025 restated for the transfer of Nordic e-fulfilment)
    "Contract Logistics": {C: 12846, P: 11902},
    "Freight Forwarding": {C: 10129, P: 9584},
    "Parcel & Last Mile": {C: 5488, P: 4641},
}
TRANSFER = 313  # FY2025 revenue moved from Contract Logistics to Parcel & Last Mile
seg_ebit = {
    "Contract Logistics": {C: 1095, P: 998},
    "Freight Forwarding": {C: 842, P: 801},
    "Parcel & Last Mile": {C: 512, P: 297},
    "Central costs": {C: -208, P: -184},
}
TRANSFER_EBIT = 19
rev = {k: sum(s[k] for s in seg.values()) for k in (C, P)}
geo = {"Netherlands and Belgium": {C: 9874, P: 9211}, "Germany": {C: 7652, P: 7180},
       "Nordics": {C: 5318, P: 4807}}
geo["Rest of Europe"] = {k: rev[k] - sum(g[k] for g in geo.values()) for k in (C, P)}

cos = {C: 23112, P: 21350}
gp = {k: rev[k] - cos[k] for k in (C, P)}
sell = {C: 1674, P: 1542}
admin = {C: 1581, P: 1459}
gain_disp = {C: 38, P: 22}
ooi = {C: 96, P: 71}
restr = {C: 142, P: 35}       # restructuring incl. impairment
impair = {C: 27, P: 0}
ooe = {C: 214, P: 88}
op = {k: gp[k] - sell[k] - admin[k] + ooi[k] - ooe[k] for k in (C, P)}
fin_inc = {C: 31, P: 24}
int_borr = {C: 298, P: 268}
int_lease = {C: 236, P: 211}
int_pens = {C: 18, P: 16}
fin_cost = {k: int_borr[k] + int_lease[k] + int_pens[k] for k in (C, P)}
assoc = {C: 42, P: 37}
pbt = {k: op[k] + fin_inc[k] - fin_cost[k] + assoc[k] for k in (C, P)}
tax_cur = {C: 321, P: 289}
tax_def = {C: 48, P: 41}
tax = {k: tax_cur[k] + tax_def[k] for k in (C, P)}
pft = {k: pbt[k] - tax[k] for k in (C, P)}
nci_p = {C: 46, P: 39}
own = {k: pft[k] - nci_p[k] for k in (C, P)}
wsh = {C: 61.42, P: 61.30}
dsh = {C: 61.95, P: 61.71}
eps = {k: round(own[k] / 10 / wsh[k], 2) for k in (C, P)}
deps = {k: round(own[k] / 10 / dsh[k], 2) for k in (C, P)}
dep_ppe = {C: 1013, P: 948}
dep_rou = {C: 1396, P: 1288}
amort = {C: 214, P: 203}
amort_acq = {C: 121, P: 118}
da = {k: dep_ppe[k] + dep_rou[k] + amort[k] for k in (C, P)}
ebitda = {k: op[k] + da[k] + impair[k] for k in (C, P)}
adj_ebitda = {k: ebitda[k] + restr[k] - impair[k] for k in (C, P)}
adj_ebit = {k: op[k] + amort_acq[k] + restr[k] for k in (C, P)}
assert all(adj_ebit[k] == sum(s[k] for s in seg_ebit.values()) for k in (C, P))
adj_items = {k: amort_acq[k] + restr[k] for k in (C, P)}
adj_tax = {C: 66, P: 38}
adj_own = {k: own[k] + adj_items[k] - adj_tax[k] for k in (C, P)}
adj_eps = {k: round(adj_own[k] / 10 / wsh[k], 2) for k in (C, P)}
# OCI
remeas = {C: -44, P: 21}
remeas_tax = {C: 11, P: -5}
fx_ppe = {C: 21, P: -9}
fx_cash = {C: 6, P: -4}
transl = {k: fx_ppe[k] + fx_cash[k] for k in (C, P)}
hedge = {C: 27, P: -12}
oci = {k: remeas[k] + remeas_tax[k] + transl[k] + hedge[k] for k in (C, P)}
tci = {k: pft[k] + oci[k] for k in (C, P)}

# balance sheet at 30 June 2025
b0 = dict(gw=6124, intang=1873, ppe=6950, rou=5830, assoc=312, dta=214, inv=286, rec=4712,
          deriv=42, cash=2143, pay=5231, borr_c=400, lease_c=1290, ctax=156, prov_c=98,
          borr_n=7010, lease_n=4985, pens=612, prov_n=143, dtl=531, sc=625, spr=2840, oth=118, nci=198)
# FY2026 movements
capex, int_add, disp_nbv = 1342, 196, 64
new_leases, lease_prin = 1512, 1388
assoc_div, tax_paid, draw, repay = 28, 305, 1500, 1650
serv, contrib, sbp = 24, 57, 31
dps_final25, dps_int26, dps_final26 = 0.34, 0.19, 0.38
div_own = round(dps_final25 * 61.40 * 10) + round(dps_int26 * 61.45 * 10)
div_nci = 31
b1 = dict(b0)
b1["intang"] = b0["intang"] + int_add - amort[C]
ppe_roll = [b0["ppe"], capex, -disp_nbv, -dep_ppe[C], -impair[C], fx_ppe[C]]
b1["ppe"] = sum(ppe_roll)
b1["rou"] = b0["rou"] + new_leases - dep_rou[C]
b1["assoc"] = b0["assoc"] + assoc[C] - assoc_div
b1["dta"] = b0["dta"] + remeas_tax[C]
b1.update(inv=309, rec=5046, pay=5518, prov_c=131, prov_n=137)
b1["deriv"] = b0["deriv"] + hedge[C]
b1["ctax"] = b0["ctax"] + tax_cur[C] - tax_paid
b1["dtl"] = b0["dtl"] + tax_def[C]
b1["pens"] = b0["pens"] + serv + int_pens[C] - remeas[C] - contrib
lease_tot = b0["lease_c"] + b0["lease_n"] + new_leases - lease_prin
b1["lease_c"] = 1342
b1["lease_n"] = lease_tot - 1342
borr_tot = b0["borr_c"] + b0["borr_n"] + draw - repay
b1["borr_c"] = 510
b1["borr_n"] = borr_tot - 510
b1["oth"] = b0["oth"] + transl[C] + hedge[C]
b1["nci"] = b0["nci"] + nci_p[C] - div_nci

ASSET_NC = ["gw", "intang", "ppe", "rou", "assoc", "dta"]
ASSET_C = ["inv", "rec", "deriv", "cash"]
LIAB_C = ["pay", "borr_c", "lease_c", "ctax", "prov_c"]
LIAB_N = ["borr_n", "lease_n", "pens", "prov_n", "dtl"]
EQ = ["sc", "spr", "oth", "re"]

b0["re"] = sum(b0[x] for x in ASSET_NC + ASSET_C) - sum(b0[x] for x in LIAB_C + LIAB_N) - sum(
    b0[x] for x in ["sc", "spr", "oth", "nci"])
b1["re"] = b0["re"] + own[C] - div_own + remeas[C] + remeas_tax[C] + sbp

# cash flow
def cashflow(k, d):
    rows = [("Profit before tax", pbt[k]),
            ("Depreciation of property, plant and equipment", dep_ppe[k]),
            ("Depreciation of right-of-use assets", dep_rou[k]),
            ("Amortisation of intangible assets", amort[k]),
            ("Impairment of property, plant and equipment", impair[k]),
            ("Gain on disposal of property, plant and equipment", -gain_disp[k]),
            ("Net finance costs", fin_cost[k] - fin_inc[k]),
            ("Share of profit of associates", -assoc[k]),
            ("Share-based payment expense", d["sbp"]),
            ("Pension contributions in excess of service cost", d["pens"]),
            ("Movement in provisions", d["prov"]),
            ("(Increase)/decrease in inventories", d["inv"]),
            ("Increase in trade and other receivables", d["rec"]),
            ("Increase in trade and other payables", d["pay"])]
    cgo = sum(v for _, v in rows)
    ops = [("Interest paid", -(int_borr[k] + int_lease[k])), ("Income taxes paid", -d["tax"])]
    ncfo = cgo + sum(v for _, v in ops)
    inv = [("Purchase of property, plant and equipment", -d["capex"]),
           ("Purchase of intangible assets", -d["intadd"]),
           ("Proceeds from disposal of property, plant and equipment", d["proc"]),
           ("Dividends received from associates", d["adiv"]),
           ("Interest received", fin_inc[k])]
    ncfi = sum(v for _, v in inv)
    fin = [("Proceeds from borrowings", d["draw"]), ("Repayment of borrowings", -d["repay"]),
           ("Principal elements of lease payments", -d["lprin"]),
           ("Dividends paid to owners of the parent", -d["divo"]),
           ("Dividends paid to non-controlling interests", -d["divn"])]
    ncff = sum(v for _, v in fin)
    return dict(rows=rows, cgo=cgo, ops=ops, ncfo=ncfo, inv=inv, ncfi=ncfi, fin=fin, ncff=ncff,
                net=ncfo + ncfi + ncff, fx=d["fx"])


cf_c = cashflow(C, dict(sbp=sbp, pens=serv - contrib, prov=(b1["prov_c"] + b1["prov_n"]) - (b0["prov_c"] + b0["prov_n"]),
                        inv=-(b1["inv"] - b0["inv"]), rec=-(b1["rec"] - b0["rec"]), pay=b1["pay"] - b0["pay"],
                        tax=tax_paid, capex=capex, intadd=int_add, proc=disp_nbv + gain_disp[C], adiv=assoc_div,
                        draw=draw, repay=repay, lprin=lease_prin, divo=div_own, divn=div_nci, fx=fx_cash[C]))
cf_p = cashflow(P, dict(sbp=27, pens=-29, prov=-12, inv=-11, rec=-268, pay=215, tax=281, capex=1205, intadd=174,
                        proc=71, adiv=25, draw=800, repay=950, lprin=1262, divo=round(0.31 * 61.2 * 10) + round(0.17 * 61.3 * 10),
                        divn=28, fx=fx_cash[P]))
b1["cash"] = b0["cash"] + cf_c["net"] + cf_c["fx"]
cash_open_p = b0["cash"] - cf_p["net"] - cf_p["fx"]
for b in (b0, b1):
    b["ta"] = sum(b[x] for x in ASSET_NC + ASSET_C)
    b["tl"] = sum(b[x] for x in LIAB_C + LIAB_N)
    b["eqp"] = sum(b[x] for x in EQ)
    b["te"] = b["eqp"] + b["nci"]
    b["tca"] = sum(b[x] for x in ASSET_C)
    b["tcl"] = sum(b[x] for x in LIAB_C)
assert b0["ta"] == b0["tl"] + b0["te"]
assert b1["ta"] == b1["tl"] + b1["te"], (b1["ta"], b1["tl"] + b1["te"])

# APMs
fcf = {}
for k, cf in ((C, cf_c), (P, cf_p)):
    fcf[k] = cf["ncfo"] + cf["inv"][0][1] + cf["inv"][1][1] + cf["inv"][2][1] + cf["fin"][2][1]
net_debt = {}
b_prior_nd = dict(borr=7410, lease=6275, cash=2143)
net_debt[C] = b1["borr_c"] + b1["borr_n"] + b1["lease_c"] + b1["lease_n"] - b1["cash"]
net_debt[P] = b0["borr_c"] + b0["borr_n"] + b0["lease_c"] + b0["lease_n"] - b0["cash"]
lev = {k: round(net_debt[k] / adj_ebitda[k], 1) for k in (C, P)}
gear = {C: round(net_debt[C] / b1["te"] * 100, 1), P: round(net_debt[P] / b0["te"] * 100, 1)}
emp = {"Contract Logistics": (9842, 9310, 10105, 9620), "Freight Forwarding": (3915, 3806, 3960, 3852),
       "Parcel & Last Mile": (3986, 3581, 4148, 3732), "Central functions": (677, 668, 697, 676)}
avg_emp = {C: sum(v[0] for v in emp.values()), P: sum(v[1] for v in emp.values())}
end_emp = {C: sum(v[2] for v in emp.values()), P: sum(v[3] for v in emp.values())}
emp_cost = {"Wages and salaries": (7912, 7338), "Social security costs": (1384, 1279),
            "Defined contribution pension costs": (312, 288), "Defined benefit service cost": (serv, 22),
            "Share-based payment expense": (sbp, 27)}
emp_tot = {C: sum(v[0] for v in emp_cost.values()), P: sum(v[1] for v in emp_cost.values())}

# ---------------------------------------------------------------- drawing helpers
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("Maravik Logistics SE Annual Report 2026")
        self.c.setAuthor("Maravik Logistics SE")
        self.page = 0
        self.y = 0

    def new_page(self, section):
        if self.page:
            self.finish_page()
        self.page += 1
        self.section = section
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(LM, H - 34, "Maravik Logistics SE  |  Annual Report 2026")
        c.drawRightString(RM, H - 34, section)
        c.setFillGray(0)
        c.setLineWidth(0.4)
        c.line(LM, H - 39, RM, H - 39)
        self.y = H - 62

    def finish_page(self):
        c = self.c
        c.setLineWidth(0.4)
        c.line(LM, 42, RM, 42)
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(LM, 30, "Amounts in EUR million unless otherwise stated. Financial year ended 30 June 2026.")
        c.drawRightString(RM, 30, str(self.page))
        c.setFillGray(0)
        c.showPage()

    def title(self, text, size=13):
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(LM, self.y, text)
        self.y -= size + 7

    def sub(self, text, size=9.5):
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(LM, self.y, text)
        self.y -= size + 5

    def para(self, text, size=8.6, lead=11.2, width=None, gap=6):
        width = width or (RM - LM)
        words = text.split()
        line = ""
        t = self.c.beginText(LM, self.y)
        t.setFont("Helvetica", size)
        t.setLeading(lead)
        n = 0
        for w in words:
            trial = (line + " " + w).strip()
            if stringWidth(trial, "Helvetica", size) > width:
                t.textLine(line)
                n += 1
                line = w
            else:
                line = trial
        if line:
            t.textLine(line)
            n += 1
        self.c.drawText(t)
        self.y -= n * lead + gap

    def table(self, cols, head, rows, size=8, lead=11.5, label_w=None, note_x=None):
        """cols: right edges of numeric columns. head: list of heading lines, each a list of
        cells aligned to cols (None to skip); first element of head line may be a left label.
        rows: (label, cells, style) style: '' | 'b' (bold) | 'h' (subheading) | 't' (total, rule above)
        | 'i' (indent). A cell list may start with a note number when note_x is given."""
        c = self.c
        for hi, hl in enumerate(head):
            t = c.beginText()
            t.setFont("Helvetica-Bold", size - 0.5)
            lab, cells = hl
            if lab:
                t.setTextOrigin(LM, self.y)
                t.textOut(lab)
            if note_x is not None and hi == len(head) - 1:
                t.setTextOrigin(note_x - stringWidth("Notes", "Helvetica-Bold", size - 0.5) / 2, self.y)
                t.textOut("Notes")
            for x, cell in zip(cols, cells):
                if cell:
                    t.setTextOrigin(x - stringWidth(cell, "Helvetica-Bold", size - 0.5), self.y)
                    t.textOut(cell)
            c.drawText(t)
            self.y -= lead - 1
        c.setLineWidth(0.5)
        c.line(cols[0] - 60 if len(cols) > 1 else LM, self.y + lead - 8, RM, self.y + lead - 8)
        self.y -= 2
        for lab, cells, st in rows:
            font = "Helvetica-Bold" if st in ("b", "t", "h") else "Helvetica"
            if st == "t":
                c.setLineWidth(0.4)
                c.line(cols[0] - 45, self.y + lead - 3, RM, self.y + lead - 3)
            x0 = LM + (10 if st == "i" else 0)
            t = c.beginText()
            t.setFont(font, size)
            t.setTextOrigin(x0, self.y)
            t.textOut(lab)
            cells = list(cells)
            if note_x is not None and cells:
                note = cells.pop(0)
                if note:
                    t.setTextOrigin(note_x - stringWidth(note, font, size) / 2, self.y)
                    t.textOut(note)
            for x, cell in zip(cols, cells):
                if cell is None or cell == "":
                    continue
                t.setTextOrigin(x - stringWidth(cell, font, size), self.y)
                t.textOut(cell)
            c.drawText(t)
            self.y -= lead
        self.y -= 8


# ---------------------------------------------------------------- pages
d = Doc(OUT)
FY, PY = "FY2026", "FY2025"
chg = lambda k: f"{pct(k[C], k[P]):.1f}"

# page 1 cover and contents
d.new_page("Contents")
d.y = H - 140
d.c.setFont("Helvetica-Bold", 26)
d.c.drawString(LM, d.y, "Maravik Logistics SE")
d.y -= 30
d.c.setFont("Helvetica", 15)
d.c.drawString(LM, d.y, "Annual Report and Accounts 2026")
d.y -= 20
d.c.setFont("Helvetica", 9.5)
d.c.drawString(LM, d.y, "For the financial year 1 July 2025 to 30 June 2026")
d.y -= 60
d.sub("Contents", 11)
toc = [("Highlights and five-year summary", "2"), ("Letter from the Chief Executive", "3"),
       ("Operating and financial review", "4"), ("Alternative performance measures", "6"),
       ("Consolidated income statement", "7"), ("Consolidated statement of comprehensive income", "7"),
       ("Consolidated statement of financial position", "8"), ("Consolidated statement of changes in equity", "9"),
       ("Consolidated statement of cash flows", "10"), ("Notes to the consolidated financial statements", "11")]
d.table([RM], [], [(a, [b], "") for a, b in toc], size=9, lead=14)
d.para("Maravik Logistics SE is a European Company (Societas Europaea) registered in Rotterdam, the Netherlands, "
       "and listed on Euronext Amsterdam under the symbol MRVK. The Group provides contract logistics, freight "
       "forwarding and parcel delivery services from 212 sites in 14 European countries.", gap=4)

# page 2 highlights
d.new_page("Highlights")
d.title("Financial highlights")
d.para("The Group's financial year runs from 1 July to 30 June. FY2026 is the year ended 30 June 2026 and FY2025 the "
       "year ended 30 June 2025. Adjusted measures are alternative performance measures (APMs) defined and "
       "reconciled on page 6.")
cols = [380, 460, RM]
hl = [("Revenue", rev, "m"), ("Adjusted EBITDA", adj_ebitda, "m"), ("Adjusted EBIT", adj_ebit, "m"),
      ("Operating profit", op, "m"), ("Profit before tax", pbt, "m"), ("Profit for the year", pft, "m")]
rows = [(a, [m(v[C]), m(v[P]), f"{pct(v[C], v[P]):.1f}"], "") for a, v, _ in hl]
am = {k: round(adj_ebit[k] / rev[k] * 100, 1) for k in (C, P)}
rows.append(("Adjusted EBIT margin (%)", [f"{am[C]:.1f}", f"{am[P]:.1f}", f"+{round((adj_ebit[C]/rev[C]-adj_ebit[P]/rev[P])*10000):d}bps"], ""))
rows += [("Basic earnings per share (EUR)", [f"{eps[C]:.2f}", f"{eps[P]:.2f}", f"{pct(eps[C], eps[P]):.1f}"], ""),
         ("Adjusted basic earnings per share (EUR)", [f"{adj_eps[C]:.2f}", f"{adj_eps[P]:.2f}", f"{pct(adj_eps[C], adj_eps[P]):.1f}"], ""),
         ("Dividend per share (EUR)", [f"{dps_int26 + dps_final26:.2f}", "0.51", f"{pct(57, 51):.1f}"], ""),
         ("Free cash flow", [m(fcf[C]), m(fcf[P]), f"{pct(fcf[C], fcf[P]):.1f}"], ""),
         ("Net debt (including lease liabilities)", [m(net_debt[C]), m(net_debt[P]), f"{pct(net_debt[C], net_debt[P]):.1f}"], ""),
         ("Leverage (net debt / adjusted EBITDA, times)", [f"{lev[C]:.1f}x", f"{lev[P]:.1f}x", ""], "")]
d.table(cols, [(None, ["", "", "Change"]), ("EUR million", [FY, PY, "%"])], rows)
d.sub("Five-year summary")
five = {
    "Revenue": [21894, 23517, 24968, rev[P], rev[C]],
    "Adjusted EBIT": [1432, 1568, 1704, adj_ebit[P], adj_ebit[C]],
    "Operating profit": [1281, 1402, 1566, op[P], op[C]],
    "Profit for the year": [702, 781, 874, pft[P], pft[C]],
    "Free cash flow": [512, 598, 644, fcf[P], fcf[C]],
    "Net debt (including leases)": [10984, 11236, 11402, net_debt[P], net_debt[C]],
}
fcols = [300, 360, 420, 480, RM]
frows = []
for k, v in five.items():
    frows.append((k, [m(x) for x in v], ""))
frows.append(("Adjusted EBIT margin (%)", [f"{a / b * 100:.1f}" for a, b in zip(five["Adjusted EBIT"], five["Revenue"])], ""))
frows.append(("Basic earnings per share (EUR)", ["1.13", "1.26", "1.41", f"{eps[P]:.2f}", f"{eps[C]:.2f}"], ""))
frows.append(("Dividend per share (EUR)", ["0.40", "0.44", "0.48", "0.51", "0.57"], ""))
frows.append(("Average number of employees", ["15,240", "15,980", "16,710", f"{avg_emp[P]:,}", f"{avg_emp[C]:,}"], ""))
d.table(fcols, [("EUR million", ["FY2022", "FY2023", "FY2024", "FY2025", "FY2026"])], frows)
d.para("FY2022 to FY2024 are as previously reported. The restatement of segment information described in note 2 "
       "does not change any Group total shown above.", size=7.5, lead=9.5)

# page 3 CEO letter
d.new_page("Letter from the Chief Executive")
d.title("Letter from the Chief Executive")
g_rev = pct(rev[C], rev[P])
org = 7.4
d.para("Dear shareholders,")
d.para(f"FY2026 was the year in which our network investments began to pay back. Revenue increased by {g_rev:.1f}% to "
       f"EUR {rev[C]/10:,.1f} million, or {org:.1f}% on an organic basis at constant currency, as we added customers in "
       f"contract logistics and carried more parcels for online retailers across the Nordics and Germany. Adjusted EBIT "
       f"grew {pct(adj_ebit[C], adj_ebit[P]):.1f}% to EUR {adj_ebit[C]/10:,.1f} million and the adjusted EBIT margin widened to "
       f"{am[C]:.1f}% from {am[P]:.1f}%. Reported operating profit rose {pct(op[C], op[P]):.1f}% to EUR {op[C]/10:,.1f} million, "
       f"held back by EUR {restr[C]/10:.1f} million of restructuring costs for the consolidation of our Belgian road freight depots.")
d.para(f"Profit for the year attributable to owners of the parent was EUR {own[C]/10:.1f} million and basic earnings per share "
       f"increased to EUR {eps[C]:.2f} from EUR {eps[P]:.2f}. On an adjusted basis, earnings per share were EUR {adj_eps[C]:.2f}, "
       f"up {pct(adj_eps[C], adj_eps[P]):.1f}%.")
d.para(f"Cash generation remained strong. Free cash flow, after lease payments, reached EUR {fcf[C]/10:.1f} million, and we "
       f"invested EUR {capex/10:.1f} million in property, plant and equipment, most of it in automation for three new "
       f"fulfilment centres in Tilburg, Jonkoping and Poznan. Net debt including lease liabilities closed the year at "
       f"EUR {net_debt[C]/10:,.1f} million, and leverage fell to {lev[C]:.1f} times adjusted EBITDA from {lev[P]:.1f} times, "
       f"inside our target range of 2.0 to 3.0 times.")
d.para(f"Our people delivered these results. We employed an average of {avg_emp[C]:,} colleagues during the year, "
       f"{avg_emp[C]-avg_emp[P]:,} more than in FY2025, and lost-time injury frequency improved for the fourth year in a row "
       f"to 2.1 per million hours worked. Employee engagement, measured by our annual survey, reached 74%.")
d.para(f"The Board proposes a final dividend of EUR {dps_final26:.2f} per share, which together with the interim dividend of "
       f"EUR {dps_int26:.2f} paid in April 2026 brings the total for the year to EUR {dps_int26+dps_final26:.2f}, an increase of "
       f"{pct(57, 51):.1f}%. Subject to approval at the Annual General Meeting on 22 October 2026, the final dividend will be "
       f"paid on 6 November 2026.")
d.para("For FY2027 we expect organic revenue growth of 5% to 7% and a further improvement in the adjusted EBIT margin, "
       "with capital expenditure of around EUR 140 million. We will open two further automated sites and complete the "
       "Belgian depot programme by December 2026.")
d.para("Thank you for your continued support.")
d.para("Annelies Vroomen, Chief Executive Officer, Rotterdam, 9 September 2026", gap=4)

# page 4 OFR group + segment narrative
d.new_page("Operating and financial review")
d.title("Operating and financial review")
d.sub("Group performance")
gcols = [380, 460, RM]
grows = [("Revenue", [m(rev[C]), m(rev[P]), chg(rev)], ""),
         ("Gross profit", [m(gp[C]), m(gp[P]), chg(gp)], ""),
         ("Gross margin (%)", [f"{gp[C]/rev[C]*100:.1f}", f"{gp[P]/rev[P]*100:.1f}", ""], ""),
         ("Operating profit", [m(op[C]), m(op[P]), chg(op)], ""),
         ("Net finance costs", [m(-(fin_cost[C] - fin_inc[C])), m(-(fin_cost[P] - fin_inc[P])), chg({C: fin_cost[C]-fin_inc[C], P: fin_cost[P]-fin_inc[P]})], ""),
         ("Profit before tax", [m(pbt[C]), m(pbt[P]), chg(pbt)], ""),
         ("Income tax expense", [m(-tax[C]), m(-tax[P]), chg(tax)], ""),
         ("Effective tax rate (%)", [f"{tax[C]/pbt[C]*100:.1f}", f"{tax[P]/pbt[P]*100:.1f}", ""], ""),
         ("Profit for the year", [m(pft[C]), m(pft[P]), chg(pft)], "t")]
d.table(gcols, [(None, ["", "", "Change"]), ("EUR million", [FY, PY, "%"])], grows)
fx_eff = 0.9
acq = round(g_rev - org - fx_eff, 1)
d.para(f"Revenue grew by {g_rev:.1f}%. Currency translation, mainly the stronger Swedish krona and Polish zloty, added "
       f"{fx_eff:.1f} percentage points and the full-year effect of the Koivu Kuljetus acquisition in Finland added "
       f"{acq:.1f} points, leaving organic growth at constant currency of {org:.1f}%. Gross margin improved to "
       f"{gp[C]/rev[C]*100:.1f}% as automated sites absorbed higher volumes with a smaller increase in temporary labour.")
d.para(f"Net finance costs rose to EUR {(fin_cost[C]-fin_inc[C])/10:.1f} million, reflecting higher interest on lease "
       f"liabilities for new sites (EUR {int_lease[C]/10:.1f} million against EUR {int_lease[P]/10:.1f} million) and a higher "
       f"average cost of borrowing. The effective tax rate was {tax[C]/pbt[C]*100:.1f}% ({PY}: {tax[P]/pbt[P]*100:.1f}%).")
d.sub("Segment review")
def segtxt(name, extra):
    r, e = seg[name], seg_ebit[name]
    return (f"{name}. Revenue increased {pct(r[C], r[P]):.1f}% to EUR {r[C]/10:,.1f} million and adjusted EBIT "
            f"{'rose' if e[C] > e[P] else 'fell'} {abs(pct(e[C], e[P])):.1f}% to EUR {e[C]/10:.1f} million, a margin of "
            f"{e[C]/r[C]*100:.1f}% ({PY}: {e[P]/r[P]*100:.1f}%). " + extra)
d.para(segtxt("Contract Logistics", "Eleven new contracts started during the year, including a multi-site "
              "agreement with a Dutch grocery chain, and warehouse space under management reached 4.1 million square "
              "metres. Contract renewal rate was 93%."))
d.para(segtxt("Freight Forwarding", "Shipment volumes grew 3.2% while average rates per shipment were broadly flat; "
              "road freight in Belgium remained weak and is the focus of the depot consolidation programme. Gross "
              "margin per shipment was stable."))
d.para(segtxt("Parcel & Last Mile", "The segment delivered 148 million parcels, up 11%, and the share of parcels "
              "delivered to lockers and pick-up points rose to 38% from 31%. Higher density on existing routes drove "
              "most of the margin improvement."))
d.para(f"Central costs were EUR {-seg_ebit['Central costs'][C]/10:.1f} million ({PY}: EUR {-seg_ebit['Central costs'][P]/10:.1f} "
       "million), including the first year of the Group-wide transport management system.")

# page 5 segment tables
d.new_page("Operating and financial review")
d.sub("Segment results")
scols = [300, 370, 430, 490, RM]
srows = []
for nme in seg:
    r, e = seg[nme], seg_ebit[nme]
    srows.append((nme, [m(r[C]), m(r[P]), chg(r), m(e[C]), m(e[P])], ""))
srows.append(("Central costs", ["", "", "", m(seg_ebit["Central costs"][C]), m(seg_ebit["Central costs"][P])], ""))
srows.append(("Group", [m(rev[C]), m(rev[P]), chg(rev), m(adj_ebit[C]), m(adj_ebit[P])], "t"))
d.table(scols, [(None, ["Revenue", "Revenue", "Change", "Adj. EBIT", "Adj. EBIT"]),
                ("EUR million", [FY, PY + "*", "%", FY, PY + "*"])], srows)
d.para("* Restated for the transfer of the Nordic e-fulfilment business from Contract Logistics to Parcel & Last Mile "
       "on 1 July 2025 (see note 2).", size=7.5, lead=9.5)
d.sub("Adjusted EBIT margin by segment")
mrows = []
for nme in seg:
    r, e = seg[nme], seg_ebit[nme]
    a, b = e[C] / r[C] * 100, e[P] / r[P] * 100
    mrows.append((nme, [f"{a:.1f}", f"{b:.1f}", f"{round((a - b) * 100):+d}"], ""))
mrows.append(("Group", [f"{am[C]:.1f}", f"{am[P]:.1f}", f"{round((adj_ebit[C]/rev[C]-adj_ebit[P]/rev[P])*10000):+d}"], "t"))
d.table([380, 460, RM], [(None, ["", "", "Change"]), ("%", [FY, PY, "bps"])], mrows)
d.sub("Revenue by region")
grw = [(nm, [m(g[C]), m(g[P]), chg(g), f"{g[C]/rev[C]*100:.1f}"], "") for nm, g in geo.items()]
grw.append(("Total", [m(rev[C]), m(rev[P]), chg(rev), "100.0"], "t"))
d.table([330, 400, 460, RM], [(None, ["", "", "Change", "Share of"]), ("EUR million", [FY, PY, "%", "revenue %"])], grw)
assert max(geo, key=lambda k: geo[k][C] / geo[k][P]) == "Rest of Europe"
d.para(f"Rest of Europe was the fastest-growing region, up {pct(geo['Rest of Europe'][C], geo['Rest of Europe'][P]):.1f}%, "
       f"led by Poland and the stronger zloty. The Nordics grew {pct(geo['Nordics'][C], geo['Nordics'][P]):.1f}%, helped by the "
       f"Jonkoping site and by currency. The Netherlands and Belgium remained the largest market at "
       f"{geo['Netherlands and Belgium'][C]/rev[C]*100:.1f}% of revenue. Revenue outside the Benelux grew "
       f"{pct(rev[C]-geo['Netherlands and Belgium'][C], rev[P]-geo['Netherlands and Belgium'][P]):.1f}%.")
d.sub("Capital expenditure")
d.para(f"Capital expenditure on property, plant and equipment and intangible assets was EUR {(capex+int_add)/10:.1f} million "
       f"({PY}: EUR {(1205+174)/10:.1f} million), equal to {(capex+int_add)/rev[C]*100:.1f}% of revenue. Of the total, "
       f"EUR {int_add/10:.1f} million related to software, mainly the transport management system.")

# page 6 APMs
d.new_page("Alternative performance measures")
d.title("Alternative performance measures")
d.para("The Group uses APMs that are not defined by IFRS. Adjusted EBIT excludes amortisation of acquired intangible "
       "assets and restructuring costs (including related impairments). EBITDA is operating profit before depreciation, "
       "amortisation and impairment. Free cash flow is net cash from operating activities less net capital "
       "expenditure and principal elements of lease payments. Net debt is borrowings plus lease liabilities less cash "
       "and cash equivalents.", size=8.2, lead=10.5)
ac = [420, RM]
ahead = [("EUR million", [FY, PY])]
d.sub("EBITDA and adjusted EBIT")
d.table(ac, ahead, [
    ("Operating profit", [m(op[C]), m(op[P])], "b"),
    ("Depreciation of property, plant and equipment", [m(dep_ppe[C]), m(dep_ppe[P])], "i"),
    ("Depreciation of right-of-use assets", [m(dep_rou[C]), m(dep_rou[P])], "i"),
    ("Amortisation of intangible assets", [m(amort[C]), m(amort[P])], "i"),
    ("Impairment of property, plant and equipment", [m(impair[C]), m(impair[P])], "i"),
    ("EBITDA", [m(ebitda[C]), m(ebitda[P])], "t"),
    ("Restructuring costs excluding impairment", [m(restr[C] - impair[C]), m(restr[P] - impair[P])], "i"),
    ("Adjusted EBITDA", [m(adj_ebitda[C]), m(adj_ebitda[P])], "t"),
    ("Operating profit", [m(op[C]), m(op[P])], "b"),
    ("Amortisation of acquired intangible assets", [m(amort_acq[C]), m(amort_acq[P])], "i"),
    ("Restructuring costs (including impairment)", [m(restr[C]), m(restr[P])], "i"),
    ("Adjusted EBIT", [m(adj_ebit[C]), m(adj_ebit[P])], "t"),
], size=7.8, lead=10.6)
d.sub("Adjusted earnings per share")
d.table(ac, ahead, [
    ("Profit for the year attributable to owners of the parent", [m(own[C]), m(own[P])], ""),
    ("Adjusting items before tax", [m(adj_items[C]), m(adj_items[P])], ""),
    ("Tax on adjusting items", [m(-adj_tax[C]), m(-adj_tax[P])], ""),
    ("Adjusted profit attributable to owners of the parent", [m(adj_own[C]), m(adj_own[P])], "t"),
    ("Weighted average number of shares (million)", [f"{wsh[C]:.2f}", f"{wsh[P]:.2f}"], ""),
    ("Adjusted basic earnings per share (EUR)", [f"{adj_eps[C]:.2f}", f"{adj_eps[P]:.2f}"], "b"),
], size=7.8, lead=10.6)
d.sub("Free cash flow")
netcap = {C: cf_c["inv"][0][1] + cf_c["inv"][1][1] + cf_c["inv"][2][1], P: cf_p["inv"][0][1] + cf_p["inv"][1][1] + cf_p["inv"][2][1]}
d.table(ac, ahead, [
    ("Net cash from operating activities", [m(cf_c["ncfo"]), m(cf_p["ncfo"])], ""),
    ("Net capital expenditure", [m(netcap[C]), m(netcap[P])], ""),
    ("Principal elements of lease payments", [m(cf_c["fin"][2][1]), m(cf_p["fin"][2][1])], ""),
    ("Free cash flow", [m(fcf[C]), m(fcf[P])], "t"),
], size=7.8, lead=10.6)
d.sub("Net debt and leverage")
d.table(ac, [("EUR million", ["30 June 2026", "30 June 2025"])], [
    ("Borrowings", [m(b1["borr_c"] + b1["borr_n"]), m(b0["borr_c"] + b0["borr_n"])], ""),
    ("Cash and cash equivalents", [m(-b1["cash"]), m(-b0["cash"])], ""),
    ("Net debt excluding lease liabilities", [m(b1["borr_c"] + b1["borr_n"] - b1["cash"]), m(b0["borr_c"] + b0["borr_n"] - b0["cash"])], "t"),
    ("Lease liabilities", [m(b1["lease_c"] + b1["lease_n"]), m(b0["lease_c"] + b0["lease_n"])], ""),
    ("Net debt", [m(net_debt[C]), m(net_debt[P])], "t"),
    ("Adjusted EBITDA", [m(adj_ebitda[C]), m(adj_ebitda[P])], ""),
    ("Leverage (times)", [f"{lev[C]:.1f}", f"{lev[P]:.1f}"], "b"),
], size=7.8, lead=10.6)

# page 7 income statement and OCI
d.new_page("Financial statements")
d.title("Consolidated income statement")
d.para("For the year ended 30 June", size=8, gap=2)
ic = [450, RM]
NX = 360
ih = [("EUR million", [FY, PY])]
d.table(ic, [("EUR million", [FY, PY])], [
    ("Revenue", ["3", m(rev[C]), m(rev[P])], "b"),
    ("Cost of sales", ["", m(-cos[C]), m(-cos[P])], ""),
    ("Gross profit", ["", m(gp[C]), m(gp[P])], "t"),
    ("Selling and distribution expenses", ["", m(-sell[C]), m(-sell[P])], ""),
    ("Administrative expenses", ["", m(-admin[C]), m(-admin[P])], ""),
    ("Other operating income", ["", m(ooi[C]), m(ooi[P])], ""),
    ("Other operating expenses", ["5", m(-ooe[C]), m(-ooe[P])], ""),
    ("Operating profit", ["3", m(op[C]), m(op[P])], "t"),
    ("Finance income", ["6", m(fin_inc[C]), m(fin_inc[P])], ""),
    ("Finance costs", ["6", m(-fin_cost[C]), m(-fin_cost[P])], ""),
    ("Share of profit of associates", ["", m(assoc[C]), m(assoc[P])], ""),
    ("Profit before tax", ["", m(pbt[C]), m(pbt[P])], "t"),
    ("Income tax expense", ["7", m(-tax[C]), m(-tax[P])], ""),
    ("Profit for the year", ["", m(pft[C]), m(pft[P])], "t"),
    ("Attributable to:", [], "h"),
    ("Owners of the parent", ["", m(own[C]), m(own[P])], "i"),
    ("Non-controlling interests", ["", m(nci_p[C]), m(nci_p[P])], "i"),
    ("Earnings per share (EUR)", [], "h"),
    ("Basic", ["8", f"{eps[C]:.2f}", f"{eps[P]:.2f}"], "i"),
    ("Diluted", ["8", f"{deps[C]:.2f}", f"{deps[P]:.2f}"], "i"),
], note_x=NX, size=8, lead=11.2)
d.title("Consolidated statement of comprehensive income", 11.5)
d.para("For the year ended 30 June", size=8, gap=2)
d.table(ic, [("EUR million", [FY, PY])], [
    ("Profit for the year", [m(pft[C]), m(pft[P])], "b"),
    ("Items that will not be reclassified to profit or loss", [], "h"),
    ("Remeasurement of defined benefit obligations", [m(remeas[C]), m(remeas[P])], "i"),
    ("Income tax relating to items that will not be reclassified", [m(remeas_tax[C]), m(remeas_tax[P])], "i"),
    ("Items that may be reclassified subsequently to profit or loss", [], "h"),
    ("Exchange differences on translation of foreign operations", [m(transl[C]), m(transl[P])], "i"),
    ("Cash flow hedges - effective portion of changes in fair value", [m(hedge[C]), m(hedge[P])], "i"),
    ("Other comprehensive income for the year, net of tax", [m(oci[C]), m(oci[P])], "t"),
    ("Total comprehensive income for the year", [m(tci[C]), m(tci[P])], "t"),
    ("Attributable to owners of the parent", [m(tci[C] - nci_p[C]), m(tci[P] - nci_p[P])], "i"),
    ("Attributable to non-controlling interests", [m(nci_p[C]), m(nci_p[P])], "i"),
], size=8, lead=11.2)

# page 8 SOFP
d.new_page("Financial statements")
d.title("Consolidated statement of financial position")
d.para("As at 30 June", size=8, gap=2)
def bl(lab, key, note="", st=""):
    return (lab, [note, m(b1[key]), m(b0[key])], st)
d.table(ic, [("EUR million", ["2026", "2025"])], [
    ("Non-current assets", [], "h"),
    bl("Goodwill", "gw", "", "i"), bl("Other intangible assets", "intang", "", "i"),
    bl("Property, plant and equipment", "ppe", "10", "i"), bl("Right-of-use assets", "rou", "11", "i"),
    bl("Investments in associates", "assoc", "", "i"), bl("Deferred tax assets", "dta", "7", "i"),
    ("Total non-current assets", ["", m(sum(b1[x] for x in ASSET_NC)), m(sum(b0[x] for x in ASSET_NC))], "t"),
    ("Current assets", [], "h"),
    bl("Inventories", "inv", "", "i"), bl("Trade and other receivables", "rec", "", "i"),
    bl("Derivative financial instruments", "deriv", "", "i"), bl("Cash and cash equivalents", "cash", "12", "i"),
    ("Total current assets", ["", m(b1["tca"]), m(b0["tca"])], "t"),
    ("Total assets", ["", m(b1["ta"]), m(b0["ta"])], "t"),
    ("Current liabilities", [], "h"),
    bl("Trade and other payables", "pay", "", "i"), bl("Borrowings", "borr_c", "12", "i"),
    bl("Lease liabilities", "lease_c", "11", "i"), bl("Current tax liabilities", "ctax", "", "i"),
    bl("Provisions", "prov_c", "", "i"),
    ("Total current liabilities", ["", m(b1["tcl"]), m(b0["tcl"])], "t"),
    ("Non-current liabilities", [], "h"),
    bl("Borrowings", "borr_n", "12", "i"), bl("Lease liabilities", "lease_n", "11", "i"),
    bl("Retirement benefit obligations", "pens", "", "i"), bl("Provisions", "prov_n", "", "i"),
    bl("Deferred tax liabilities", "dtl", "7", "i"),
    ("Total non-current liabilities", ["", m(sum(b1[x] for x in LIAB_N)), m(sum(b0[x] for x in LIAB_N))], "t"),
    ("Total liabilities", ["", m(b1["tl"]), m(b0["tl"])], "t"),
    ("Net assets", ["", m(b1["ta"] - b1["tl"]), m(b0["ta"] - b0["tl"])], "b"),
    ("Equity", [], "h"),
    bl("Share capital", "sc", "", "i"), bl("Share premium", "spr", "", "i"),
    bl("Other reserves", "oth", "", "i"), bl("Retained earnings", "re", "", "i"),
    ("Equity attributable to owners of the parent", ["", m(b1["eqp"]), m(b0["eqp"])], "t"),
    bl("Non-controlling interests", "nci"),
    ("Total equity", ["", m(b1["te"]), m(b0["te"])], "t"),
], note_x=NX, size=8, lead=11.3)
d.para("The financial statements were approved by the Board of Directors on 9 September 2026 and signed on its behalf by "
       "Annelies Vroomen, Chief Executive Officer, and Joris Hallenberg, Chief Financial Officer.", size=7.8, lead=10)

# page 9 SOCE
d.new_page("Financial statements")
d.title("Consolidated statement of changes in equity")
ec = [245, 295, 345, 400, 455, 505, RM]
eh = [(None, ["Share", "Share", "Other", "Retained", "", "Non-contr.", "Total"]),
      ("EUR million", ["capital", "premium", "reserves", "earnings", "Total", "interests", "equity"])]
def erow(lab, vals, st=""):
    sc_, sp_, o_, r_, n_ = vals
    return (lab, [m(sc_), m(sp_), m(o_), m(r_), m(sc_ + sp_ + o_ + r_), m(n_), m(sc_ + sp_ + o_ + r_ + n_)], st)
div_own_p = cf_p["fin"][3][1]
div_nci_p = cf_p["fin"][4][1]
open_p = [b0["sc"], b0["spr"], b0["oth"] - transl[P] - hedge[P],
          b0["re"] - own[P] + (-div_own_p) - remeas[P] - remeas_tax[P] - 27, b0["nci"] - nci_p[P] + (-div_nci_p)]
rows9 = [erow("At 1 July 2024", open_p, "b"),
         erow("Profit for the year", [0, 0, 0, own[P], nci_p[P]]),
         erow("Other comprehensive income", [0, 0, transl[P] + hedge[P], remeas[P] + remeas_tax[P], 0]),
         erow("Total comprehensive income", [0, 0, transl[P] + hedge[P], own[P] + remeas[P] + remeas_tax[P], nci_p[P]], "t"),
         erow("Dividends", [0, 0, 0, div_own_p, div_nci_p]),
         erow("Share-based payments", [0, 0, 0, 27, 0]),
         erow("At 30 June 2025", [b0["sc"], b0["spr"], b0["oth"], b0["re"], b0["nci"]], "t"),
         erow("Profit for the year", [0, 0, 0, own[C], nci_p[C]]),
         erow("Other comprehensive income", [0, 0, transl[C] + hedge[C], remeas[C] + remeas_tax[C], 0]),
         erow("Total comprehensive income", [0, 0, transl[C] + hedge[C], own[C] + remeas[C] + remeas_tax[C], nci_p[C]], "t"),
         erow("Dividends", [0, 0, 0, -div_own, -div_nci]),
         erow("Share-based payments", [0, 0, 0, sbp, 0]),
         erow("At 30 June 2026", [b1["sc"], b1["spr"], b1["oth"], b1["re"], b1["nci"]], "t")]
d.table(ec, eh, rows9, size=7.5, lead=12)
d.para("Other reserves comprise the translation reserve and the hedging reserve. At 30 June 2026 the translation reserve "
       f"was EUR {(b1['oth'] - 41 - hedge[C])/10:.1f} million and the hedging reserve EUR {(41 + hedge[C])/10:.1f} million. "
       "Share capital consists of 62,500,000 ordinary shares of EUR 1.00 each, of which 1,080,000 were held by the "
       "Maravik employee benefit trust at 30 June 2026.", size=8, lead=10.5)

# page 10 cash flow
d.new_page("Financial statements")
d.title("Consolidated statement of cash flows")
d.para("For the year ended 30 June", size=8, gap=2)
def cfr(rows_c, rows_p, st=""):
    return [(a, [m(v), m(w)], st or "i") for (a, v), (_, w) in zip(rows_c, rows_p)]
r10 = [("Cash flows from operating activities", [], "h")]
r10 += cfr(cf_c["rows"], cf_p["rows"])
r10.append(("Cash generated from operations", [m(cf_c["cgo"]), m(cf_p["cgo"])], "t"))
r10 += cfr(cf_c["ops"], cf_p["ops"])
r10.append(("Net cash from operating activities", [m(cf_c["ncfo"]), m(cf_p["ncfo"])], "t"))
r10.append(("Cash flows from investing activities", [], "h"))
r10 += cfr(cf_c["inv"], cf_p["inv"])
r10.append(("Net cash used in investing activities", [m(cf_c["ncfi"]), m(cf_p["ncfi"])], "t"))
r10.append(("Cash flows from financing activities", [], "h"))
r10 += cfr(cf_c["fin"], cf_p["fin"])
r10.append(("Net cash used in financing activities", [m(cf_c["ncff"]), m(cf_p["ncff"])], "t"))
r10.append(("Net increase in cash and cash equivalents", [m(cf_c["net"]), m(cf_p["net"])], "b"))
r10.append(("Cash and cash equivalents at 1 July", [m(b0["cash"]), m(cash_open_p)], ""))
r10.append(("Effect of exchange rate changes", [m(cf_c["fx"]), m(cf_p["fx"])], ""))
r10.append(("Cash and cash equivalents at 30 June", [m(b1["cash"]), m(b0["cash"])], "t"))
d.table(ic, [("EUR million", [FY, PY])], r10, size=7.8, lead=10.9)

# page 11 notes 1-3
d.new_page("Notes to the consolidated financial statements")
d.title("Notes to the consolidated financial statements")
d.sub("1. Basis of preparation")
d.para("The consolidated financial statements have been prepared in accordance with IFRS Accounting Standards as "
       "adopted by the European Union and with Part 9 of Book 2 of the Dutch Civil Code. They are presented in euro, "
       "rounded to the nearest EUR 0.1 million, and prepared on a going concern basis.")
d.sub("2. Restatement of segment information")
d.para(f"With effect from 1 July 2025 the Nordic e-fulfilment business was transferred from Contract Logistics to "
       f"Parcel & Last Mile to align it with the Group's last-mile network. Comparative segment information for FY2025 "
       f"has been restated: revenue of EUR {TRANSFER/10:.1f} million and adjusted EBIT of EUR {TRANSFER_EBIT/10:.1f} million "
       f"moved between the two segments. As previously reported, FY2025 revenue was EUR {(seg['Contract Logistics'][P]+TRANSFER)/10:,.1f} "
       f"million for Contract Logistics and EUR {(seg['Parcel & Last Mile'][P]-TRANSFER)/10:.1f} million for Parcel & Last Mile. "
       "Group totals are unchanged.")
d.sub("3. Segment information")
d.para("The Group has three reportable segments, reviewed by the Executive Board as chief operating decision maker. "
       "Segment performance is measured on adjusted EBIT (see page 6).")
d.table([330, 400, 460, RM], [(None, ["Contract", "Freight", "Parcel &", ""]),
                              (FY + ", EUR million", ["Logistics", "Forwarding", "Last Mile", "Total"])], [
    ("Revenue", [m(seg["Contract Logistics"][C]), m(seg["Freight Forwarding"][C]), m(seg["Parcel & Last Mile"][C]), m(rev[C])], ""),
    ("Adjusted EBIT", [m(seg_ebit["Contract Logistics"][C]), m(seg_ebit["Freight Forwarding"][C]), m(seg_ebit["Parcel & Last Mile"][C]), m(adj_ebit[C] - seg_ebit["Central costs"][C])], ""),
], size=7.8, lead=11)
d.table([330, 400, 460, RM], [(None, ["Contract", "Freight", "Parcel &", ""]),
                              (PY + " (restated), EUR million", ["Logistics", "Forwarding", "Last Mile", "Total"])], [
    ("Revenue", [m(seg["Contract Logistics"][P]), m(seg["Freight Forwarding"][P]), m(seg["Parcel & Last Mile"][P]), m(rev[P])], ""),
    ("Adjusted EBIT", [m(seg_ebit["Contract Logistics"][P]), m(seg_ebit["Freight Forwarding"][P]), m(seg_ebit["Parcel & Last Mile"][P]), m(adj_ebit[P] - seg_ebit["Central costs"][P])], ""),
], size=7.8, lead=11)
d.para("Reconciliation of segment adjusted EBIT to profit before tax:", size=8.2)
d.table([450, RM], [("EUR million", [FY, PY])], [
    ("Total segment adjusted EBIT", [m(adj_ebit[C] - seg_ebit["Central costs"][C]), m(adj_ebit[P] - seg_ebit["Central costs"][P])], ""),
    ("Central costs", [m(seg_ebit["Central costs"][C]), m(seg_ebit["Central costs"][P])], ""),
    ("Adjusted EBIT", [m(adj_ebit[C]), m(adj_ebit[P])], "t"),
    ("Amortisation of acquired intangible assets", [m(-amort_acq[C]), m(-amort_acq[P])], ""),
    ("Restructuring costs", [m(-restr[C]), m(-restr[P])], ""),
    ("Operating profit", [m(op[C]), m(op[P])], "t"),
    ("Net finance costs and share of profit of associates", [m(pbt[C] - op[C]), m(pbt[P] - op[P])], ""),
    ("Profit before tax", [m(pbt[C]), m(pbt[P])], "t"),
], size=7.8, lead=11)
d.para("Revenue by geographical location of the customer:", size=8.2)
d.table([450, RM], [("EUR million", [FY, PY])],
        [(nm, [m(g[C]), m(g[P])], "") for nm, g in geo.items()] + [("Total revenue", [m(rev[C]), m(rev[P])], "t")],
        size=7.8, lead=11)
d.para("No single customer accounted for more than 10% of Group revenue in either year.", size=8)

# page 12 notes 4-8
d.new_page("Notes to the consolidated financial statements")
d.sub("4. Employee costs and headcount")
d.table([450, RM], [("EUR million", [FY, PY])],
        [(k, [m(v[0]), m(v[1])], "") for k, v in emp_cost.items()] + [("Total employee costs", [m(emp_tot[C]), m(emp_tot[P])], "t")],
        size=7.8, lead=11)
d.table([330, 400, 460, RM], [(None, ["Average", "Average", "At 30 June", "At 30 June"]),
                              ("Number of employees", [FY, PY, "2026", "2025"])],
        [(k, [f"{a:,}", f"{b:,}", f"{c_:,}", f"{e:,}"], "") for k, (a, b, c_, e) in emp.items()] +
        [("Total", [f"{avg_emp[C]:,}", f"{avg_emp[P]:,}", f"{end_emp[C]:,}", f"{end_emp[P]:,}"], "t")], size=7.8, lead=11)
d.para("In addition, the Group engaged an average of 3,260 temporary agency workers (FY2025: 3,410), whose cost is "
       "included in cost of sales and not in employee costs.", size=8)
d.sub("5. Other operating expenses")
d.para(f"Other operating expenses include restructuring costs of EUR {restr[C]/10:.1f} million (FY2025: EUR {restr[P]/10:.1f} "
       f"million) for the Belgian depot consolidation, of which EUR {impair[C]/10:.1f} million is impairment of property, "
       f"plant and equipment and EUR {(restr[C]-impair[C])/10:.1f} million is severance and site exit costs. A restructuring "
       f"provision of EUR 4.6 million remained at 30 June 2026.", size=8.2)
d.sub("6. Finance income and finance costs")
d.table([450, RM], [("EUR million", [FY, PY])], [
    ("Interest income on bank deposits", [m(fin_inc[C]), m(fin_inc[P])], ""),
    ("Interest on borrowings", [m(-int_borr[C]), m(-int_borr[P])], ""),
    ("Interest on lease liabilities", [m(-int_lease[C]), m(-int_lease[P])], ""),
    ("Net interest on retirement benefit obligations", [m(-int_pens[C]), m(-int_pens[P])], ""),
    ("Net finance costs", [m(fin_inc[C] - fin_cost[C]), m(fin_inc[P] - fin_cost[P])], "t")], size=7.8, lead=11)
d.sub("7. Income tax")
d.table([450, RM], [("EUR million", [FY, PY])], [
    ("Current tax", [m(tax_cur[C]), m(tax_cur[P])], ""), ("Deferred tax", [m(tax_def[C]), m(tax_def[P])], ""),
    ("Income tax expense", [m(tax[C]), m(tax[P])], "t")], size=7.8, lead=11)
d.para(f"The Dutch statutory rate of 25.8% applied to profit before tax would give a charge of EUR "
       f"{pbt[C]*0.258/10:.1f} million; the difference arises mainly from lower rates in the Nordics and the share of "
       f"profit of associates, which is reported net of tax.", size=8.2)
d.sub("8. Earnings per share")
d.table([450, RM], [("", [FY, PY])], [
    ("Profit attributable to owners of the parent (EUR million)", [m(own[C]), m(own[P])], ""),
    ("Weighted average number of ordinary shares (million)", [f"{wsh[C]:.2f}", f"{wsh[P]:.2f}"], ""),
    ("Effect of share awards (million)", [f"{dsh[C]-wsh[C]:.2f}", f"{dsh[P]-wsh[P]:.2f}"], ""),
    ("Diluted weighted average number of shares (million)", [f"{dsh[C]:.2f}", f"{dsh[P]:.2f}"], "t"),
    ("Basic earnings per share (EUR)", [f"{eps[C]:.2f}", f"{eps[P]:.2f}"], ""),
    ("Diluted earnings per share (EUR)", [f"{deps[C]:.2f}", f"{deps[P]:.2f}"], "")], size=7.8, lead=11)
d.sub("9. Dividends")
d.table([370, 450, RM], [(None, ["Per share", "", ""]), ("", ["EUR", FY + " EUR m", PY + " EUR m"])], [
    ("Final dividend for FY2024, paid November 2024", ["0.31", DASH, m(round(0.31 * 61.2 * 10))], ""),
    ("Interim dividend for FY2025, paid April 2025", ["0.17", DASH, m(round(0.17 * 61.3 * 10))], ""),
    ("Final dividend for FY2025, paid November 2025", [f"{dps_final25:.2f}", m(round(dps_final25 * 61.40 * 10)), DASH], ""),
    ("Interim dividend for FY2026, paid April 2026", [f"{dps_int26:.2f}", m(round(dps_int26 * 61.45 * 10)), DASH], ""),
    ("Dividends paid to owners of the parent", ["", m(div_own), m(-div_own_p)], "t")], size=7.8, lead=11)
prop = round(dps_final26 * 61.42 * 10)
d.para(f"The Board proposes a final dividend for FY2026 of EUR {dps_final26:.2f} per share (FY2025: EUR {dps_final25:.2f}), "
       f"amounting to approximately EUR {prop/10:.1f} million. It is subject to shareholder approval and has not been "
       "recognised as a liability at 30 June 2026.", size=8.2)

# page 13 PPE
d.new_page("Notes to the consolidated financial statements")
d.sub("10. Property, plant and equipment")
cls = {"Land and buildings": [2841, 402, -38, -142, -27, 9],
       "Vehicles": [1388, 318, -21, -296, 0, 4],
       "Warehouse equipment and automation": [2296, 514, -5, -448, 0, 7]}
cls["IT and other"] = [b0["ppe"] - sum(v[0] for v in cls.values()), capex - sum(v[1] for v in cls.values()),
                       -disp_nbv - sum(v[2] for v in cls.values()), -dep_ppe[C] - sum(v[3] for v in cls.values()),
                       -impair[C] - sum(v[4] for v in cls.values()), fx_ppe[C] - sum(v[5] for v in cls.values())]
for v in cls.values():
    v.append(sum(v))
tot = [sum(v[i] for v in cls.values()) for i in range(7)]
assert tot[6] == b1["ppe"] and tot[0] == b0["ppe"]
pc = [300, 365, 430, 490, RM]
ph = [(None, ["Land and", "", "Warehouse", "IT and", ""]), ("EUR million, net book value", ["buildings", "Vehicles", "equipment", "other", "Total"])]
lab = ["At 1 July 2025", "Additions", "Disposals", "Depreciation charge", "Impairment", "Exchange differences", "At 30 June 2026"]
vals = list(cls.values())
d.table(pc, ph, [(lab[i], [m(v[i]) for v in vals] + [m(tot[i])], "t" if i in (6,) else ("b" if i == 0 else ""))
                 for i in range(7)], size=7.8, lead=11)
d.para(f"Additions include EUR 61.2 million of assets under construction at the Poznan site. At 30 June 2026 the Group had "
       f"contractual commitments for the acquisition of property, plant and equipment of EUR 48.7 million (FY2025: EUR 39.5 "
       f"million). The impairment of EUR {impair[C]/10:.1f} million relates to two Belgian depots held for closure.", size=8.2)
d.sub("11. Leases")
d.table([450, RM], [("EUR million", [FY, PY])], [
    ("Right-of-use assets at 30 June", [m(b1["rou"]), m(b0["rou"])], ""),
    ("Additions to right-of-use assets", [m(new_leases), m(1384)], ""),
    ("Depreciation of right-of-use assets", [m(dep_rou[C]), m(dep_rou[P])], ""),
    ("Interest on lease liabilities", [m(int_lease[C]), m(int_lease[P])], ""),
    ("Total cash outflow for leases", [m(lease_prin + int_lease[C]), m(1262 + int_lease[P])], "")], size=7.8, lead=11)
d.para("The Group leases warehouses, depots, cross-dock facilities and vehicles. Lease terms for warehouses are typically "
       "10 to 15 years with extension options.", size=8.2)

# page 14 borrowings
d.new_page("Notes to the consolidated financial statements")
d.sub("12. Borrowings and net debt")
bor = {"Senior notes 2.125% due 2028": 3000, "Senior notes 3.750% due 2031": 2500,
       "Term loan due 2029": 1000, "Schuldschein loans": b1["borr_c"] + b1["borr_n"] - 6500 - 250,
       "Revolving credit facility": 250}
bor0 = {"Senior notes 2.125% due 2028": 3000, "Senior notes 3.750% due 2031": 2500, "Term loan due 2029": 1000,
        "Schuldschein loans": 910, "Revolving credit facility": 0}
assert sum(bor0.values()) == b0["borr_c"] + b0["borr_n"]
d.table([450, RM], [("EUR million", ["30 June 2026", "30 June 2025"])],
        [(k, [m(v), m(bor0[k])], "") for k, v in bor.items()] +
        [("Total borrowings", [m(b1["borr_c"] + b1["borr_n"]), m(b0["borr_c"] + b0["borr_n"])], "t"),
         ("Of which current", [m(b1["borr_c"]), m(b0["borr_c"])], "i"),
         ("Of which non-current", [m(b1["borr_n"]), m(b0["borr_n"])], "i")], size=7.8, lead=11)
mat = [("Within one year", b1["borr_c"]), ("Between one and two years", 0),
       ("Between two and five years", 3000 + 1000 + 250), ("After five years", 2500)]
d.para("Maturity of borrowings at 30 June 2026 (carrying amounts):", size=8.2)
d.table([450], [("EUR million", ["2026"])], [(a, [m(v)], "") for a, v in mat] +
        [("Total", [m(sum(v for _, v in mat))], "t")], size=7.8, lead=11)
assert sum(v for _, v in mat) == b1["borr_c"] + b1["borr_n"]
d.para("The EUR 600 million revolving credit facility matures in March 2030 and was drawn by EUR 25.0 million at 30 June "
       "2026. It carries one financial covenant, a maximum ratio of net debt excluding lease liabilities to EBITDA "
       "excluding the effect of IFRS 16 of 3.5 times, tested semi-annually; the Group was in compliance at both test "
       "dates. The Schuldschein loans bear floating interest at six-month EURIBOR plus a margin of 1.10% to 1.45%.", size=8.2)
mov = [("Net debt at 1 July 2025", net_debt[P]), ("Net cash flow (increase in cash)", -cf_c["net"]),
       ("Net repayment of borrowings", draw - repay), ("New leases", new_leases),
       ("Lease principal payments", -lease_prin), ("Exchange differences on cash", -cf_c["fx"])]
assert sum(v for _, v in mov) == net_debt[C]
d.para("Movement in net debt:", size=8.2)
d.table([450], [("EUR million", [FY])], [(a, [m(v)], "") for a, v in mov] + [("Net debt at 30 June 2026", [m(net_debt[C])], "t")],
        size=7.8, lead=11)
d.finish_page()
d.c.save()

if __name__ == "__main__":
    import json
    facts = dict(rev=rev, op=op, pbt=pbt, pft=pft, own=own, eps=eps, adj_ebit=adj_ebit, ebitda=ebitda,
                 adj_ebitda=adj_ebitda, fcf=fcf, net_debt=net_debt, b0=b0, b1=b1, ncfo={C: cf_c["ncfo"], P: cf_p["ncfo"]})
    print(json.dumps(facts))
