# Long on purpose: generated test data.
"""Writer B, blind pair 34: Quillmont Bancorp, Inc. (invented) second quarter 2026 earnings release.

Every figure is computed here from the inputs below; totals, ratios and roll-forwards are asserted.
Run from the repository root: PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic34/make_w34b.py
"""
from __future__ import annotations

import json
import os
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
PDF = OUT / "quillmont-bancorp-2q26-earnings-release.pdf"
FACTS = os.environ.get("W34B_FACTS")  # optional dump of computed figures for checking


def r(x: float, d: int = 0) -> float:
    q = Decimal(1).scaleb(-d)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return float(v) if d else int(v)


# ---------------------------------------------------------------- inputs
ALLQ = ["1Q25", "2Q25", "3Q25", "4Q25", "1Q26", "2Q26"]
TREND = ["2Q26", "1Q26", "4Q25", "3Q25", "2Q25"]  # column order, newest first
DAYS = dict(zip(ALLQ, [90, 91, 92, 92, 90, 91]))
YEAR_DAYS = 365
QEND = {"2Q26": "June 30, 2026", "1Q26": "March 31, 2026", "4Q25": "December 31, 2025",
        "3Q25": "September 30, 2025", "2Q25": "June 30, 2025", "1Q25": "March 31, 2025"}


def col(*vals):
    return dict(zip(ALLQ, vals))


# average balances (USD millions) and target yields/rates (percent)
avg_loans = col(17640, 17805, 17960, 18120, 18310, 18585)
avg_secs = col(4610, 4585, 4540, 4470, 4395, 4350)
avg_cash = col(780, 745, 810, 870, 820, 760)
avg_ibdep = col(14120, 14260, 14390, 14480, 14530, 14610)
avg_nibdep = col(5410, 5360, 5310, 5290, 5240, 5275)
avg_borr = col(2020, 1960, 1930, 1890, 1840, 1800)
avg_other_assets = col(1330, 1340, 1345, 1350, 1352, 1360)  # non-earning assets net of ACL
y_loans = col(6.12, 6.10, 6.05, 5.94, 5.86, 5.84)
y_secs = col(3.02, 3.08, 3.15, 3.41, 3.78, 3.84)
y_cash = col(4.38, 4.36, 4.30, 3.95, 3.70, 3.68)
r_ibdep = col(2.48, 2.46, 2.43, 2.30, 2.18, 2.12)
r_borr = col(5.02, 4.98, 4.90, 4.71, 4.58, 4.55)

# noninterest income (USD millions)
NII_ITEMS = [
    ("Service charges on deposit accounts", col(17, 18, 18, 18, 17, 19)),
    ("Card and ATM fees", col(11, 12, 12, 12, 11, 12)),
    ("Wealth management and trust fees", col(14, 14, 15, 16, 16, 17)),
    ("Mortgage banking income", col(5, 6, 6, 4, 5, 7)),
    ("Capital markets and swap fees", col(6, 7, 8, 9, 7, 9)),
    ("Securities gains (losses), net", col(0, 0, 0, -52, 0, 0)),
    ("Gain on sale of recordkeeping business", col(0, 0, 0, 0, 0, 18)),
    ("Other noninterest income", col(8, 8, 9, 8, 8, 9)),
]
NIE_ITEMS = [
    ("Salaries and employee benefits", col(104, 105, 107, 108, 113, 112)),
    ("Occupancy and equipment", col(20, 20, 21, 21, 21, 21)),
    ("Technology and communications", col(18, 19, 19, 20, 21, 22)),
    ("FDIC insurance assessments", col(6, 6, 6, 6, 6, 6)),
    ("Marketing and business development", col(4, 5, 5, 5, 4, 5)),
    ("Amortization of intangible assets", col(3, 3, 3, 3, 2, 2)),
    ("Branch consolidation and severance", col(0, 0, 0, 0, 0, 9)),
    ("Other noninterest expense", col(17, 18, 18, 19, 18, 20)),
]
provision = col(14, 16, 15, 19, 17, 21)
chargeoffs = col(15, 17, 17, 20, 18, 20)
recoveries = col(3, 4, 3, 4, 3, 4)
ACL_START = 226  # allowance at December 31, 2024
TAX_RATE = 0.212
PREF_DIV = 4  # per quarter
PREFERRED = 250

# shares (thousands)
SH_START = 61940  # outstanding at March 31, 2025
repurch_sh = col(0, 310, 420, 380, 505, 640)
repurch_px = col(0.0, 48.20, 51.05, 54.40, 56.10, 55.25)
issued_sh = col(0, 25, 20, 15, 180, 30)
DILUTION = 420
dps = col(0.34, 0.34, 0.34, 0.34, 0.34, 0.36)
stock_comp = col(0, 6, 6, 6, 9, 6)
oci = col(0, 18, 41, 55, 12, -9)
COMMON_START = 2480  # common equity at March 31, 2025
AOCI_START = -310
GOODWILL = 612
INTANG_START = 41
SH_START_1Q25 = 62010  # outstanding at December 31, 2024 (for 1Q25 diluted shares)

# period-end balance sheet inputs (USD millions), five trend quarters
LOAN_CATS = [
    ("Commercial and industrial", col(None, 5120, 5180, 5260, 5350, 5470)),
    ("Commercial real estate - owner occupied", col(None, 2410, 2430, 2450, 2470, 2505)),
    ("Commercial real estate - investor", col(None, 3380, 3365, 3340, 3320, 3290)),
    ("Construction and land development", col(None, 1050, 1070, 1085, 1100, 1125)),
    ("Residential mortgage", col(None, 3860, 3920, 3985, 4050, 4120)),
    ("Home equity lines and loans", col(None, 1240, 1245, 1250, 1255, 1262)),
    ("Consumer and other", col(None, 830, 840, 860, 895, 948)),
]
DEP_CATS = [
    ("Noninterest-bearing demand", col(None, 5380, 5330, 5350, 5210, 5290)),
    ("Interest-bearing checking", col(None, 3950, 3990, 4060, 4120, 4150)),
    ("Savings and money market", col(None, 6720, 6810, 6880, 6940, 7010)),
    ("Time deposits", col(None, 3610, 3590, 3520, 3470, 3430)),
]
bs_cash = col(None, 910, 1005, 1060, 940, 850)
bs_afs = col(None, 3410, 3380, 3350, 3300, 3270)
bs_htm = col(None, 1160, 1140, 1110, 1090, 1070)
bs_lhfs = col(None, 45, 52, 38, 41, 58)
bs_prem = col(None, 268, 266, 265, 262, 260)
bs_other = col(None, 840, 865, 850, 872, 860)
bs_stb = col(None, 420, 380, 350, 310, 290)
bs_othliab = col(None, 390, 410, 400, 420, 430)
rwa = col(None, 19850, 20010, 20180, 20400, 20690)
SUB_DEBT_T2 = 150
# guidance
NII_GUIDE_OLD = (4.0, 6.0)
NII_GUIDE_NEW = (5.5, 7.5)
EXP_GUIDE_OLD = (3.0, 5.0)
EXP_GUIDE_NEW = (3.0, 4.0)
NCO_GUIDE = (0.30, 0.40)

# ---------------------------------------------------------------- computation
F: dict = {q: {} for q in ALLQ}
acl = ACL_START
sh = SH_START_1Q25
common = None
aoci = AOCI_START
intang = INTANG_START + 3  # at December 31, 2024
for q in ALLQ:
    f = F[q]
    ann = YEAR_DAYS / DAYS[q]
    f["int_loans"] = r(avg_loans[q] * y_loans[q] / 100 / ann)
    f["int_secs"] = r(avg_secs[q] * y_secs[q] / 100 / ann)
    f["int_cash"] = r(avg_cash[q] * y_cash[q] / 100 / ann)
    f["int_inc"] = f["int_loans"] + f["int_secs"] + f["int_cash"]
    f["int_dep"] = r(avg_ibdep[q] * r_ibdep[q] / 100 / ann)
    f["int_borr"] = r(avg_borr[q] * r_borr[q] / 100 / ann)
    f["int_exp"] = f["int_dep"] + f["int_borr"]
    f["nii"] = f["int_inc"] - f["int_exp"]
    f["avg_ea"] = avg_loans[q] + avg_secs[q] + avg_cash[q]
    f["avg_assets"] = f["avg_ea"] + avg_other_assets[q]
    f["avg_ibl"] = avg_ibdep[q] + avg_borr[q]
    for key, bal, inc in (("loans", avg_loans, "int_loans"), ("secs", avg_secs, "int_secs"),
                          ("cash", avg_cash, "int_cash"), ("ibdep", avg_ibdep, "int_dep"),
                          ("borr", avg_borr, "int_borr")):
        f["y_" + key] = r(f[inc] * ann / bal[q] * 100, 2)
    f["y_ea"] = r(f["int_inc"] * ann / f["avg_ea"] * 100, 2)
    f["r_ibl"] = r(f["int_exp"] * ann / f["avg_ibl"] * 100, 2)
    f["spread"] = r(f["y_ea"] - f["r_ibl"], 2)
    f["nim"] = r(f["nii"] * ann / f["avg_ea"] * 100, 2)
    f["cost_dep"] = r(f["int_dep"] * ann / (avg_ibdep[q] + avg_nibdep[q]) * 100, 2)
    f["nonint_inc_items"] = {k: v[q] for k, v in NII_ITEMS}
    f["nonint_inc"] = sum(v[q] for _, v in NII_ITEMS)
    f["nonint_exp_items"] = {k: v[q] for k, v in NIE_ITEMS}
    f["nonint_exp"] = sum(v[q] for _, v in NIE_ITEMS)
    f["revenue"] = f["nii"] + f["nonint_inc"]
    f["ppnr"] = f["revenue"] - f["nonint_exp"]
    f["provision"] = provision[q]
    f["pretax"] = f["ppnr"] - provision[q]
    f["tax"] = r(f["pretax"] * TAX_RATE)
    f["ni"] = f["pretax"] - f["tax"]
    f["pref"] = PREF_DIV
    f["niac"] = f["ni"] - PREF_DIV
    f["eff"] = r(f["nonint_exp"] / f["revenue"] * 100, 1)
    # credit
    f["acl_begin"] = acl
    f["co"] = chargeoffs[q]
    f["rec"] = recoveries[q]
    f["nco"] = chargeoffs[q] - recoveries[q]
    acl = acl + provision[q] - f["nco"]
    f["acl_end"] = acl
    f["nco_ratio"] = r(f["nco"] * ann / avg_loans[q] * 100, 2)
    # shares
    f["sh_begin"] = sh
    sh = sh - repurch_sh[q] + issued_sh[q]
    if q == "1Q25":
        sh = SH_START
    f["sh_end"] = sh
    f["dil_sh"] = r((f["sh_begin"] + f["sh_end"]) / 2 + DILUTION)
    f["eps"] = r(f["niac"] * 1000 / f["dil_sh"], 2)
    f["dps"] = dps[q]
    f["div_common"] = r(dps[q] * f["sh_begin"] / 1000)
    f["rep_sh"] = repurch_sh[q]
    f["rep_px"] = repurch_px[q]
    f["rep_cost"] = r(repurch_sh[q] * repurch_px[q] / 1000)
    # intangibles
    intang -= f["nonint_exp_items"]["Amortization of intangible assets"]
    f["intang"] = intang
    if q == "1Q25":
        common = COMMON_START
        assert intang == INTANG_START
        f["aoci"] = aoci
    else:
        f["common_begin"] = common
        common = common + f["niac"] - f["div_common"] - f["rep_cost"] + stock_comp[q] + oci[q]
        aoci += oci[q]
        f["aoci"] = aoci
        f["oci"] = oci[q]
        f["stock_comp"] = stock_comp[q]
    f["common"] = common
    f["tce"] = common - GOODWILL - intang
    f["bvps"] = r(common * 1000 / sh, 2)
    f["tbvps"] = r(f["tce"] * 1000 / sh, 2)

for i, q in enumerate(ALLQ[1:], 1):
    f = F[q]
    p = F[ALLQ[i - 1]]
    ann = YEAR_DAYS / DAYS[q]
    f["roa"] = r(f["ni"] * ann / f["avg_assets"] * 100, 2)
    f["amort_at"] = r(f["nonint_exp_items"]["Amortization of intangible assets"] * (1 - 0.21), 1)
    f["avg_tce"] = r((p["tce"] + f["tce"]) / 2)
    f["rotce"] = r((f["niac"] + f["amort_at"]) * ann / f["avg_tce"] * 100, 1)
    # balance sheet
    f["loan_cats"] = {k: v[q] for k, v in LOAN_CATS}
    f["loans"] = sum(v[q] for _, v in LOAN_CATS)
    f["dep_cats"] = {k: v[q] for k, v in DEP_CATS}
    f["deposits"] = sum(v[q] for _, v in DEP_CATS)
    f["net_loans"] = f["loans"] - f["acl_end"]
    f["assets"] = (bs_cash[q] + bs_afs[q] + bs_htm[q] + bs_lhfs[q] + f["net_loans"] + bs_prem[q]
                   + GOODWILL + f["intang"] + bs_other[q])
    f["equity"] = f["common"] + PREFERRED
    f["ltd"] = f["assets"] - f["deposits"] - bs_stb[q] - bs_othliab[q] - f["equity"]
    assert 1200 <= f["ltd"] <= 2000, (q, f["ltd"])
    f["liabilities"] = f["deposits"] + bs_stb[q] + f["ltd"] + bs_othliab[q]
    assert f["liabilities"] + f["equity"] == f["assets"]
    f["acl_ratio"] = r(f["acl_end"] / f["loans"] * 100, 2)
    f["ltd_ratio"] = r(f["loans"] / f["deposits"] * 100, 1)
    # capital
    f["cet1_cap"] = f["tce"] - f["aoci"]  # AOCI opt-out: unrealized losses added back
    f["t1_cap"] = f["cet1_cap"] + PREFERRED
    f["tot_cap"] = f["t1_cap"] + f["acl_end"] + SUB_DEBT_T2
    f["rwa"] = rwa[q]
    f["cet1"] = r(f["cet1_cap"] / rwa[q] * 100, 2)
    f["t1"] = r(f["t1_cap"] / rwa[q] * 100, 2)
    f["totr"] = r(f["tot_cap"] / rwa[q] * 100, 2)
    f["lev"] = r(f["t1_cap"] / f["avg_assets"] * 100, 2)
    f["tce_ratio"] = r(f["tce"] / (f["assets"] - GOODWILL - f["intang"]) * 100, 2)

# adjustments (non-GAAP): 4Q25 securities loss, 2Q26 gain on sale and restructuring
ADJ = {
    "4Q25": [("Securities losses from portfolio repositioning", 52)],
    "2Q26": [("Gain on sale of recordkeeping business", -18), ("Branch consolidation and severance", 9)],
}
for q in ALLQ:
    f = F[q]
    pre = sum(a for _, a in ADJ.get(q, []))
    f["adj_pre"] = pre
    f["adj_tax"] = -r(pre * 0.21) if pre else 0
    f["adj_niac"] = f["niac"] + pre + f["adj_tax"]
    f["adj_eps"] = r(f["adj_niac"] * 1000 / f["dil_sh"], 2)
    sec = f["nonint_inc_items"]["Securities gains (losses), net"]
    gain = f["nonint_inc_items"]["Gain on sale of recordkeeping business"]
    f["adj_exp"] = (f["nonint_exp"] - f["nonint_exp_items"]["Amortization of intangible assets"]
                    - f["nonint_exp_items"]["Branch consolidation and severance"])
    f["adj_rev"] = f["revenue"] - sec - gain
    f["adj_eff"] = r(f["adj_exp"] / f["adj_rev"] * 100, 1)

# six months
def six(q1, q2):
    a, b = F[q1], F[q2]
    s = {}
    for k in ("int_loans", "int_secs", "int_cash", "int_inc", "int_dep", "int_borr", "int_exp", "nii",
              "nonint_inc", "nonint_exp", "provision", "pretax", "tax", "ni", "pref", "niac", "nco",
              "div_common", "rep_cost", "rep_sh", "revenue", "adj_niac"):
        s[k] = a[k] + b[k]
    s["nonint_inc_items"] = {k: a["nonint_inc_items"][k] + b["nonint_inc_items"][k] for k, _ in NII_ITEMS}
    s["nonint_exp_items"] = {k: a["nonint_exp_items"][k] + b["nonint_exp_items"][k] for k, _ in NIE_ITEMS}
    s["dil_sh"] = r((a["dil_sh"] + b["dil_sh"]) / 2)
    s["eps"] = r(s["niac"] * 1000 / s["dil_sh"], 2)
    s["dps"] = r(a["dps"] + b["dps"], 2)
    s["eff"] = r(s["nonint_exp"] / s["revenue"] * 100, 1)
    s["ppnr"] = s["revenue"] - s["nonint_exp"]
    return s


S26 = six("1Q26", "2Q26")
S25 = six("1Q25", "2Q25")
FY25 = {k: sum(F[q][k] for q in ("1Q25", "2Q25", "3Q25", "4Q25")) for k in
        ("nii", "nonint_exp", "nonint_inc", "niac", "rep_cost", "rep_sh")}
FY25_adj_exp = FY25["nonint_exp"]  # no restructuring in 2025
# guidance in dollars
nii_guide_new_usd = (r(FY25["nii"] * (1 + NII_GUIDE_NEW[0] / 100)), r(FY25["nii"] * (1 + NII_GUIDE_NEW[1] / 100)))

# ---------------------------------------------------------------- ties
for q in ALLQ:
    f = F[q]
    assert f["nii"] + f["nonint_inc"] - f["nonint_exp"] - f["provision"] == f["pretax"]
    assert f["pretax"] - f["tax"] - f["pref"] == f["niac"]
    assert f["acl_begin"] + f["provision"] - f["co"] + f["rec"] == f["acl_end"]
for i in range(1, len(ALLQ)):
    assert F[ALLQ[i]]["acl_begin"] == F[ALLQ[i - 1]]["acl_end"]
    assert F[ALLQ[i]]["sh_begin"] == F[ALLQ[i - 1]]["sh_end"]
assert S26["nii"] == F["1Q26"]["nii"] + F["2Q26"]["nii"]

Q = F["2Q26"]
P = F["1Q26"]
Y = F["2Q25"]


def pct(a, b, d=1):
    return r((a - b) / b * 100, d)


# ---------------------------------------------------------------- formatting
def m(v, dollar=False):
    if v is None:
        return ""
    s = f"{abs(v):,}"
    if dollar:
        s = "$" + s
    return f"({s})" if v < 0 else s


def m1(v, dollar=False):
    s = f"{abs(v):,.1f}"
    if dollar:
        s = "$" + s
    return f"({s})" if v < 0 else s


def dollars(v):
    return f"$({abs(v):.2f})" if v < 0 else f"${v:.2f}"


def pc(v, d=2):
    return f"{v:.{d}f}%"


def dash0(v, dollar=False):
    return "-" if v == 0 else m(v, dollar)


# ---------------------------------------------------------------- PDF
W, H = letter
FONT, BOLD = "Helvetica", "Helvetica-Bold"


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle("Quillmont Bancorp, Inc. Reports Second Quarter 2026 Results")
        self.c.setAuthor("Quillmont Bancorp, Inc.")
        self.page = 0
        self.y = 0
        self.start()

    def start(self):
        self.page += 1
        c = self.c
        c.setFont(FONT, 7.5)
        c.drawString(54, H - 34, "Quillmont Bancorp, Inc.")
        c.drawRightString(W - 54, H - 34, "Second Quarter 2026 Earnings Release")
        c.line(54, H - 38, W - 54, H - 38)
        c.line(54, 46, W - 54, 46)
        c.drawString(54, 34, "QLMB - Investor Relations")
        c.drawRightString(W - 54, 34, f"Page {self.page}")
        self.y = H - 62

    def new_page(self):
        self.c.showPage()
        self.start()

    def title(self, text, size=12):
        self.c.setFont(BOLD, size)
        self.c.drawString(54, self.y, text)
        self.y -= size + 6

    def center(self, text, size=9, bold=False):
        self.c.setFont(BOLD if bold else FONT, size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= size + 4

    def para(self, text, size=9.2, lead=12.2, indent=0, bullet=False):
        c = self.c
        c.setFont(FONT, size)
        width = W - 108 - indent - (10 if bullet else 0)
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if c.stringWidth(t, FONT, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        x = 54 + indent + (10 if bullet else 0)
        for i, ln in enumerate(lines):
            if self.y < 64:
                self.new_page()
                c.setFont(FONT, size)
            if bullet and i == 0:
                c.drawString(54 + indent, self.y, "\u2022")
            c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= 4

    def table(self, heads, rows, label_w=210, col_w=None, size=8, scale=None, head2=None):
        c = self.c
        ncol = len(heads)
        col_w = col_w or (W - 108 - label_w) / ncol
        xs = [54 + label_w + col_w * (i + 1) - 4 for i in range(ncol)]
        if scale:
            c.setFont(FONT, 7.5)
            c.drawString(54, self.y, scale)
            self.y -= 12
        c.setFont(BOLD, size)
        if head2:
            for x, h in zip(xs, head2):
                c.drawRightString(x, self.y, h)
            self.y -= size + 3
        for x, h in zip(xs, heads):
            c.drawRightString(x, self.y, h)
        self.y -= 3
        c.line(54 + label_w, self.y, W - 54, self.y)
        self.y -= size + 4
        for row in rows:
            if row is None:
                self.y -= 4
                continue
            label, cells = row[0], row[1]
            bold = len(row) > 2 and row[2]
            c.setFont(BOLD if bold else FONT, size)
            c.drawString(54, self.y, label)
            for x, v in zip(xs, cells):
                c.drawRightString(x, self.y, v)
            self.y -= size + 4.2
        self.y -= 6

    def note(self, text):
        self.para(text, size=7.2, lead=9)

    def save(self):
        self.c.showPage()
        self.c.save()


d = Doc(PDF)
c = d.c

# narrative figures (computed, then quoted in text)
nii_qoq = pct(Q["nii"], P["nii"])
nii_yoy = pct(Q["nii"], Y["nii"])
nim_bp = r((Q["nim"] - P["nim"]) * 100)
loan_chg = Q["loans"] - P["loans"]
loan_chg_pct = pct(Q["loans"], P["loans"])
loan_ann = r(loan_chg / P["loans"] * YEAR_DAYS / DAYS["2Q26"] * 100, 1)
ci_chg = Q["loan_cats"]["Commercial and industrial"] - P["loan_cats"]["Commercial and industrial"]
cre_inv_chg = (Q["loan_cats"]["Commercial real estate - investor"]
               - Y["loan_cats"]["Commercial real estate - investor"])
dep_chg = Q["deposits"] - P["deposits"]
nib_share = r(Q["dep_cats"]["Noninterest-bearing demand"] / Q["deposits"] * 100, 1)
div_up = pct(0.36, 0.34)
tbv_qoq = pct(Q["tbvps"], P["tbvps"])
ytd_rep_sh = F["1Q26"]["rep_sh"] + Q["rep_sh"]
ytd_rep_cost = F["1Q26"]["rep_cost"] + Q["rep_cost"]
etr_q = r(Q["tax"] / Q["pretax"] * 100, 1)
etr_6m = r(S26["tax"] / S26["pretax"] * 100, 1)
wm_aum = 6.4  # USD billions
sold_plans = 1150
sold_aua = 3.2
branches_closed = 9
branches_after = 118
exp_guide_new_usd = (r(FY25_adj_exp * 1.03), r(FY25_adj_exp * 1.04))
nonint_inc_adj_q = Q["nonint_inc"] - Q["nonint_inc_items"]["Gain on sale of recordkeeping business"]
nonint_inc_adj_chg = pct(nonint_inc_adj_q, P["nonint_inc"])
nie_adj_q = Q["nonint_exp"] - Q["nonint_exp_items"]["Branch consolidation and severance"]
nie_adj_chg = pct(nie_adj_q, P["nonint_exp"])
assert nii_qoq == 4.2 and nii_yoy == 9.9 and nim_bp == 8

# ---- page 1: headline and highlights
d.y -= 6
d.center("FOR IMMEDIATE RELEASE", 8, bold=True)
d.y -= 4
d.center("Quillmont Bancorp, Inc. Reports Second Quarter 2026 Results", 14, bold=True)
d.center("Net interest margin widens for a third straight quarter; full-year net interest income outlook raised", 9)
d.y -= 8
d.para(f"CHATTANOOGA, Tenn., July 21, 2026 - Quillmont Bancorp, Inc. (NASDAQ: QLMB), the holding company for "
       f"Quillmont Bank, today reported net income available to common shareholders of ${Q['niac']} million, or "
       f"{dollars(Q['eps'])} per diluted share, for the second quarter of 2026. That compares with ${P['niac']} million, "
       f"or {dollars(P['eps'])} per diluted share, in the first quarter of 2026 and ${Y['niac']} million, or "
       f"{dollars(Y['eps'])} per diluted share, in the second quarter of 2025. Second quarter results include a "
       f"pre-tax gain of $18 million on the sale of the retirement plan recordkeeping business and $9 million of "
       f"branch consolidation and severance costs. Excluding these two items, adjusted earnings per diluted share "
       f"were {dollars(Q['adj_eps'])}, a non-GAAP measure reconciled at the end of this release.")
d.title("Second quarter 2026 highlights", 10)
for b in [
    f"Net interest income of ${Q['nii']} million rose {nii_qoq}% from the linked quarter and {nii_yoy}% from the "
    f"second quarter of 2025. Net interest margin was {pc(Q['nim'])}, up {nim_bp} basis points from {pc(P['nim'])} "
    f"in the first quarter.",
    f"Period-end loans reached ${Q['loans']:,} million, an increase of ${loan_chg} million, or {loan_chg_pct}%, "
    f"from March 31, 2026 ({loan_ann}% annualized), led by commercial and industrial loans, which grew "
    f"${ci_chg} million.",
    f"Period-end deposits were ${Q['deposits']:,} million, up ${dep_chg} million from March 31; noninterest-bearing "
    f"deposits made up {nib_share}% of the total.",
    f"Net charge-offs were ${Q['nco']} million, or {pc(Q['nco_ratio'])} of average loans annualized, and the "
    f"allowance for credit losses stood at {pc(Q['acl_ratio'])} of loans.",
    f"The common equity tier 1 ratio was an estimated {pc(Q['cet1'])}. The company repurchased "
    f"{Q['rep_sh'] * 1000:,} common shares for ${Q['rep_cost']} million and raised its quarterly common dividend "
    f"to $0.36 per share from $0.34.",
    f"Tangible book value per common share increased {tbv_qoq}% during the quarter to {dollars(Q['tbvps'])}.",
]:
    d.para(b, bullet=True, indent=8)
d.y -= 2
d.para(f"\"Our bankers had a very good quarter,\" said Harriet Vasquez-Lorne, Chairman and Chief Executive Officer. "
       f"\"We added commercial clients across Tennessee, north Alabama and north Georgia, loan yields held up "
       f"better than we expected, and deposit costs kept drifting lower. With the margin now at {pc(Q['nim'])}, we are "
       f"raising our net interest income outlook for the year. We also took two steps to sharpen the franchise: we "
       f"sold our retirement plan recordkeeping business, which lacked the scale to compete, and we are "
       f"consolidating {branches_closed} branches where our customers have moved to digital channels. Both free up "
       f"capital and people for businesses where we can win.\"")

# ---- page 2: discussion of results
d.new_page()
d.title("Net interest income and net interest margin", 10)
d.para(f"Net interest income was ${Q['nii']} million in the second quarter of 2026, compared with ${P['nii']} million in "
       f"the first quarter and ${Y['nii']} million a year earlier. For the first six months of 2026, net interest "
       f"income was ${S26['nii']} million, up {pct(S26['nii'], S25['nii'])}% from ${S25['nii']} million in the first "
       f"half of 2025. The net interest margin expanded to {pc(Q['nim'])} from {pc(P['nim'])} in the linked quarter "
       f"and {pc(Y['nim'])} in the second quarter of 2025. The yield on average loans was {pc(Q['y_loans'])}, down "
       f"{r((P['y_loans'] - Q['y_loans']) * 100)} basis points from the first quarter, while the yield on investment "
       f"securities rose to {pc(Q['y_secs'])} as proceeds from the fourth quarter 2025 portfolio repositioning were "
       f"reinvested at higher rates. The rate paid on interest-bearing deposits fell to {pc(Q['y_ibdep'])} from "
       f"{pc(P['y_ibdep'])}, and the total cost of deposits, including noninterest-bearing accounts, was "
       f"{pc(Q['cost_dep'])}, compared with {pc(P['cost_dep'])} in the first quarter. One more day in the quarter "
       f"added about $2 million to net interest income.")
d.title("Noninterest income", 10)
d.para(f"Noninterest income totaled ${Q['nonint_inc']} million, compared with ${P['nonint_inc']} million in the first "
       f"quarter. The second quarter included an $18 million pre-tax gain on the sale of the retirement plan "
       f"recordkeeping business to Harrow Lane Benefits Administration, which closed on May 29, 2026. The sale moved "
       f"approximately {sold_plans:,} retirement plans and ${sold_aua} billion of assets under administration to the "
       f"buyer; Quillmont kept the investment management relationships with those plans. Excluding the gain, "
       f"noninterest income was ${nonint_inc_adj_q} million, up {nonint_inc_adj_chg}% from the first quarter. Wealth "
       f"management and trust fees reached a record ${Q['nonint_inc_items']['Wealth management and trust fees']} "
       f"million, and assets under management ended the quarter at ${wm_aum} billion. Mortgage banking income rose "
       f"to ${Q['nonint_inc_items']['Mortgage banking income']} million on seasonally higher purchase volume, and "
       f"capital markets and swap fees were ${Q['nonint_inc_items']['Capital markets and swap fees']} million.")
d.title("Noninterest expense", 10)
d.para(f"Noninterest expense was ${Q['nonint_exp']} million, compared with ${P['nonint_exp']} million in the first "
       f"quarter. The second quarter included $9 million of branch consolidation and severance costs related to "
       f"the decision to consolidate {branches_closed} branches in the Knoxville and Huntsville markets into nearby "
       f"offices by the end of September 2026, after which the company will operate {branches_after} banking "
       f"offices. Excluding those costs, noninterest expense was ${nie_adj_q} million, up {nie_adj_chg}% from the "
       f"first quarter, mainly on technology spending. Salaries and employee benefits decreased to "
       f"${Q['nonint_exp_items']['Salaries and employee benefits']} million from "
       f"${P['nonint_exp_items']['Salaries and employee benefits']} million, which had included seasonal payroll "
       f"taxes. The efficiency ratio was {pc(Q['eff'], 1)}; on an adjusted basis it was {pc(Q['adj_eff'], 1)}. "
       f"Management expects the consolidation to save about $7 million a year once complete.")
d.title("Income taxes", 10)
d.para(f"The effective income tax rate was {etr_q}% for the second quarter and {etr_6m}% for the first six months "
       f"of 2026.")

# ---- page 3: credit, balance sheet, capital, outlook
d.new_page()
d.title("Credit quality", 10)
d.para(f"The provision for credit losses was ${Q['provision']} million, compared with ${P['provision']} million in the "
       f"first quarter and ${Y['provision']} million a year ago, reflecting loan growth and a modestly weaker outlook "
       f"for office properties. Net charge-offs were ${Q['nco']} million, or {pc(Q['nco_ratio'])} of average loans on "
       f"an annualized basis, compared with ${P['nco']} million, or {pc(P['nco_ratio'])}, in the first quarter. The "
       f"allowance for credit losses was ${Q['acl_end']} million at June 30, 2026, or {pc(Q['acl_ratio'])} of "
       f"period-end loans. Investor commercial real estate loans fell ${-cre_inv_chg} million from a year earlier as "
       f"the company continued to reduce its office exposure.")
d.title("Balance sheet", 10)
d.para(f"Total assets were ${Q['assets']:,} million at June 30, 2026. Average loans rose to ${avg_loans['2Q26']:,} "
       f"million from ${avg_loans['1Q26']:,} million in the first quarter. Period-end deposits of "
       f"${Q['deposits']:,} million gave a loan-to-deposit ratio of {Q['ltd_ratio']}%. Time deposits declined to "
       f"${Q['dep_cats']['Time deposits']:,} million as maturing certificates were repriced or moved into money "
       f"market accounts.")
d.title("Capital and shareholder returns", 10)
d.para(f"Estimated regulatory capital ratios at June 30, 2026 were {pc(Q['cet1'])} for common equity tier 1, "
       f"{pc(Q['t1'])} for tier 1 capital and {pc(Q['totr'])} for total capital, all well above the levels required "
       f"to be considered well capitalized. During the second quarter the company repurchased "
       f"{Q['rep_sh'] * 1000:,} shares of common stock at an average price of {dollars(Q['rep_px'])} per share, for "
       f"${Q['rep_cost']} million. Year to date, Quillmont has repurchased {ytd_rep_sh * 1000:,} shares for "
       f"${ytd_rep_cost} million, and ${150 - ytd_rep_cost} million remains under the $150 million authorization "
       f"approved in January 2026. On July 16, 2026, the Board declared a quarterly cash dividend of $0.36 per common "
       f"share, payable August 14, 2026 to shareholders of record on July 31, 2026. The second quarter dividend of "
       f"$0.36 per share was {div_up}% higher than the $0.34 paid in each of the four prior quarters. Book value per "
       f"common share was {dollars(Q['bvps'])} and tangible book value per common share was {dollars(Q['tbvps'])}.")
d.title("2026 outlook", 10)
d.para(f"Quillmont updated the full-year 2026 guidance it gave with first quarter results on April 21, 2026. "
       f"Net interest income is now expected to grow {NII_GUIDE_NEW[0]}% to {NII_GUIDE_NEW[1]}% from the "
       f"${FY25['nii']} million reported for 2025, compared with the 4% to 6% growth expected in April. Noninterest "
       f"expense, excluding branch consolidation and severance costs, is expected to grow 3% to 4% from the "
       f"${FY25_adj_exp} million of 2025, narrowed from the 3% to 5% range given previously. The company continues "
       f"to expect net charge-offs of 0.30% to 0.40% of average loans for the year and an effective tax rate of "
       f"about 21%. It expects to keep its common equity tier 1 ratio between 10.5% and 11.0% and to repurchase "
       f"$25 million to $40 million of common stock in each of the third and fourth quarters.")
d.para("\"The April outlook assumed two more rate cuts by midyear; we got one,\" said Tobias Brenneman, Chief "
       "Financial Officer. \"Deposit repricing has done the rest, and we now see the margin finishing the year "
       "close to where it is today.\"")
d.title("Conference call", 10)
d.para("Management will discuss these results on a conference call at 10:00 a.m. Eastern Time on July 22, 2026. "
       "The call and slides will be available on the investor relations section of the company's website. "
       "Investor contact: Lucille Ambrose, Director of Investor Relations.")
d.title("About Quillmont Bancorp, Inc.", 10)
d.para("Quillmont Bancorp, Inc. is a bank holding company headquartered in Chattanooga, Tennessee. Through "
       "Quillmont Bank, it provides commercial banking, consumer banking, mortgage and wealth management services "
       "in Tennessee, Alabama and Georgia.")
d.note("Forward-looking statements: this release contains statements about future results, including the 2026 "
       "outlook, that are subject to risks and uncertainties. Actual results may differ materially. Figures for the "
       "most recent quarter are preliminary; regulatory capital ratios are estimates.")

TH2 = TREND
TH = [QEND[q].replace("June", "Jun.").replace("March", "Mar.").replace("December", "Dec.").replace(
    "September", "Sep.") for q in TREND]


def tr(label, key, fmt=m, bold=False, src=F):
    return (label, [fmt(src[q][key]) for q in TREND], bold)


def tr_item(label, group, fmt=dash0, bold=False):
    return (label, [fmt(F[q][group][label]) for q in TREND], bold)


# ---- page 4: financial highlights
d.new_page()
d.title("Quillmont Bancorp, Inc. - Financial Highlights (unaudited)")
d.table(TH, [
    ("Earnings", []),
    tr("Net interest income", "nii", lambda v: m(v, True)),
    tr("Noninterest income", "nonint_inc"),
    tr("Noninterest expense", "nonint_exp"),
    tr("Provision for credit losses", "provision"),
    tr("Net income", "ni"),
    tr("Net income available to common shareholders", "niac", lambda v: m(v, True), True),
    None,
    ("Per common share", []),
    tr("Diluted earnings per share", "eps", dollars),
    tr("Adjusted diluted earnings per share (1)", "adj_eps", dollars),
    tr("Cash dividends declared", "dps", dollars),
    tr("Book value", "bvps", dollars),
    tr("Tangible book value (1)", "tbvps", dollars),
    None,
    ("Performance ratios", []),
    tr("Return on average assets", "roa", pc),
    tr("Return on average tangible common equity (1)", "rotce", lambda v: pc(v, 1)),
    tr("Net interest margin", "nim", pc),
    tr("Efficiency ratio", "eff", lambda v: pc(v, 1)),
    tr("Adjusted efficiency ratio (1)", "adj_eff", lambda v: pc(v, 1)),
    None,
    ("Asset quality and capital", []),
    tr("Net charge-offs to average loans (annualized)", "nco_ratio", pc),
    tr("Allowance for credit losses to loans", "acl_ratio", pc),
    tr("Common equity tier 1 ratio (2)", "cet1", pc),
    tr("Tangible common equity ratio (1)", "tce_ratio", pc),
], head2=TH2, scale="(dollars in millions, except per share data)", label_w=200)
d.note("(1) Non-GAAP measure; see the reconciliation tables at the end of this release. (2) Current quarter ratio "
       "is an estimate. Quarterly ratios are annualized where noted, using the actual number of days in the quarter.")

# ---- page 5: income statement, five quarters
d.new_page()
d.title("Consolidated Statements of Income (unaudited) - Five-Quarter Trend")
rows = [
    ("Interest income", []),
    tr("Loans, including fees", "int_loans", lambda v: m(v, True)),
    tr("Investment securities", "int_secs"),
    tr("Interest-bearing deposits with banks", "int_cash"),
    tr("Total interest income", "int_inc", m, True),
    ("Interest expense", []),
    tr("Deposits", "int_dep"),
    tr("Borrowings", "int_borr"),
    tr("Total interest expense", "int_exp", m, True),
    tr("Net interest income", "nii", m, True),
    tr("Provision for credit losses", "provision"),
    ("Noninterest income", []),
]
rows += [tr_item(k, "nonint_inc_items") for k, _ in NII_ITEMS]
rows += [tr("Total noninterest income", "nonint_inc", m, True), ("Noninterest expense", [])]
rows += [tr_item(k, "nonint_exp_items") for k, _ in NIE_ITEMS]
rows += [
    tr("Total noninterest expense", "nonint_exp", m, True),
    tr("Income before income taxes", "pretax", m, True),
    tr("Income tax expense", "tax"),
    tr("Net income", "ni", m, True),
    tr("Preferred stock dividends", "pref"),
    tr("Net income available to common shareholders", "niac", lambda v: m(v, True), True),
    None,
    tr("Diluted earnings per common share", "eps", dollars),
    tr("Weighted average diluted shares (thousands)", "dil_sh"),
]
d.table(TH, rows, head2=TH2, scale="(in millions, except per share data)", label_w=200)

# ---- page 6: six months
d.new_page()
d.title("Consolidated Statements of Income (unaudited) - Six Months Ended June 30")


def sx(label, key, fmt=m, bold=False, item=None):
    a = S26[item][label] if item else S26[key]
    b = S25[item][label] if item else S25[key]
    chg = a - b
    if key == "eff":
        cells = [fmt(a), fmt(b), "", f"({abs(r(chg, 1)):.1f}) pts" if chg < 0 else f"{r(chg, 1):.1f} pts"]
    elif isinstance(a, float):
        cells = [fmt(a), fmt(b), fmt(r(chg, 2)), ""]
    else:
        pc_chg = "n/m" if b == 0 or (a < 0) != (b < 0) else pc(pct(a, b), 1)
        cells = [fmt(a), fmt(b), dash0(chg) if chg else "-", pc_chg if a or b else "-"]
    return (label, cells, bold)


rows = [
    sx("Total interest income", "int_inc", lambda v: m(v, True)),
    sx("Total interest expense", "int_exp"),
    sx("Net interest income", "nii", m, True),
    sx("Provision for credit losses", "provision"),
    ("Noninterest income", []),
]
rows += [sx(k, None, dash0, item="nonint_inc_items") for k, _ in NII_ITEMS]
rows += [sx("Total noninterest income", "nonint_inc", m, True), ("Noninterest expense", [])]
rows += [sx(k, None, dash0, item="nonint_exp_items") for k, _ in NIE_ITEMS]
rows += [
    sx("Total noninterest expense", "nonint_exp", m, True),
    sx("Income before income taxes", "pretax", m, True),
    sx("Income tax expense", "tax"),
    sx("Net income", "ni", m, True),
    sx("Preferred stock dividends", "pref"),
    sx("Net income available to common shareholders", "niac", lambda v: m(v, True), True),
    None,
    sx("Diluted earnings per common share", "eps", dollars),
    sx("Cash dividends declared per common share", "dps", dollars),
    sx("Weighted average diluted shares (thousands)", "dil_sh"),
    sx("Efficiency ratio", "eff", lambda v: pc(v, 1)),
]
d.table(["2026", "2025", "$ Change", "% Change"], rows,
        head2=["Six Months", "Six Months", "", ""], scale="(in millions, except per share data)",
        label_w=230)
d.note("n/m - not meaningful. The efficiency ratio is noninterest expense divided by the sum of net interest income "
       "and noninterest income.")

# ---- page 7: average balances, yields and rates (three quarters side by side)
d.new_page()
d.title("Average Balances, Interest, Yields and Rates (unaudited)")
AVQ = ["2Q26", "1Q26", "2Q25"]
c.setFont(FONT, 7.5)
c.drawString(54, d.y, "(dollars in millions; yields and rates annualized on an actual-days basis)")
d.y -= 14
LW, CW = 150, (W - 108 - 150) / 9
xs = [54 + LW + CW * (i + 1) - 3 for i in range(9)]
c.setFont(BOLD, 7.5)
for g, q in enumerate(AVQ):
    cx = (xs[3 * g] + xs[3 * g + 2]) / 2 - CW / 2 + 6
    c.drawCentredString(cx, d.y, "Three Months Ended")
    c.drawCentredString(cx, d.y - 9, QEND[q].replace("June", "Jun.").replace("March", "Mar."))
d.y -= 19
for i, h in enumerate(["Average", "Interest", "Yield/"] * 3):
    c.drawRightString(xs[i], d.y, h)
d.y -= 9
for i, h in enumerate(["Balance", "", "Rate"] * 3):
    if h:
        c.drawRightString(xs[i], d.y, h)
d.y -= 3
c.line(54 + LW, d.y, W - 54, d.y)
d.y -= 11


def avrow(label, fn, bold=False):
    c.setFont(BOLD if bold else FONT, 7.5)
    c.drawString(54, d.y, label)
    for g, q in enumerate(AVQ):
        for j, v in enumerate(fn(q)):
            c.drawRightString(xs[3 * g + j], d.y, v)
    d.y -= 11.5


def tot_liab_eq(q):
    return F[q]["avg_assets"]


avrow("Assets", lambda q: ["", "", ""], True)
avrow("Loans (1)", lambda q: [m(avg_loans[q], True), m(F[q]["int_loans"], True), pc(F[q]["y_loans"])])
avrow("Investment securities", lambda q: [m(avg_secs[q]), m(F[q]["int_secs"]), pc(F[q]["y_secs"])])
avrow("Interest-bearing cash", lambda q: [m(avg_cash[q]), m(F[q]["int_cash"]), pc(F[q]["y_cash"])])
avrow("Total earning assets", lambda q: [m(F[q]["avg_ea"]), m(F[q]["int_inc"]), pc(F[q]["y_ea"])], True)
avrow("Noninterest-earning assets", lambda q: [m(avg_other_assets[q]), "", ""])
avrow("Total assets", lambda q: [m(F[q]["avg_assets"], True), "", ""], True)
d.y -= 4
avrow("Liabilities and equity", lambda q: ["", "", ""], True)
avrow("Interest-bearing deposits", lambda q: [m(avg_ibdep[q], True), m(F[q]["int_dep"], True), pc(F[q]["y_ibdep"])])
avrow("Borrowings", lambda q: [m(avg_borr[q]), m(F[q]["int_borr"]), pc(F[q]["y_borr"])])
avrow("Total interest-bearing liabilities", lambda q: [m(F[q]["avg_ibl"]), m(F[q]["int_exp"]), pc(F[q]["r_ibl"])], True)
avrow("Noninterest-bearing deposits", lambda q: [m(avg_nibdep[q]), "", ""])
avrow("Other liabilities and equity", lambda q: [m(F[q]["avg_assets"] - F[q]["avg_ibl"] - avg_nibdep[q]), "", ""])
avrow("Total liabilities and equity", lambda q: [m(F[q]["avg_assets"], True), "", ""], True)
d.y -= 4
avrow("Net interest income", lambda q: ["", m(F[q]["nii"], True), ""], True)
avrow("Net interest spread", lambda q: ["", "", pc(F[q]["spread"])])
avrow("Net interest margin", lambda q: ["", "", pc(F[q]["nim"])], True)
avrow("Total cost of deposits (2)", lambda q: ["", "", pc(F[q]["cost_dep"])])
d.y -= 6
d.note("(1) Includes loans held for sale; nonaccrual loans are included in average balances. (2) Interest expense on "
       "deposits divided by average total deposits, including noninterest-bearing deposits. Net interest margin is "
       "net interest income, annualized, divided by average earning assets. Interest income is not adjusted to a "
       "tax-equivalent basis.")
for q in AVQ:
    assert F[q]["avg_assets"] - F[q]["avg_ibl"] - avg_nibdep[q] > 0

# ---- page 8: balance sheet
d.new_page()
d.title("Consolidated Balance Sheets (unaudited) - Period End")


def bs(label, vals, bold=False, dollar=False):
    return (label, [m(vals[q], dollar) for q in TREND], bold)


def fk(key):
    return {q: F[q][key] for q in TREND}


rows = [
    ("Assets", []),
    bs("Cash and due from banks and interest-bearing deposits", bs_cash, dollar=True),
    bs("Securities available for sale, at fair value", bs_afs),
    bs("Securities held to maturity, at amortized cost", bs_htm),
    bs("Loans held for sale", bs_lhfs),
    bs("Loans", fk("loans")),
    bs("Allowance for credit losses", {q: -F[q]["acl_end"] for q in TREND}),
    bs("Net loans", fk("net_loans"), True),
    bs("Premises and equipment, net", bs_prem),
    bs("Goodwill", {q: GOODWILL for q in TREND}),
    bs("Core deposit and other intangibles", fk("intang")),
    bs("Other assets", bs_other),
    bs("Total assets", fk("assets"), True, True),
    None,
    ("Liabilities and shareholders' equity", []),
    bs("Deposits", fk("deposits"), dollar=True),
    bs("Short-term borrowings", bs_stb),
    bs("Long-term debt", fk("ltd")),
    bs("Other liabilities", bs_othliab),
    bs("Total liabilities", fk("liabilities"), True),
    bs("Preferred stock", {q: PREFERRED for q in TREND}),
    bs("Common shareholders' equity", fk("common")),
    bs("Total shareholders' equity", fk("equity"), True),
    bs("Total liabilities and shareholders' equity", fk("assets"), True, True),
    None,
    bs("Common shares outstanding (thousands)", fk("sh_end")),
    bs("Accumulated other comprehensive loss (included above)", fk("aoci")),
]
d.table(TH, rows, head2=TH2, scale="(in millions)", label_w=215)

# ---- page 9: loans and deposits by category
d.new_page()
d.title("Loan and Deposit Composition (unaudited) - Period End")
rows = [("Loans", [])]
rows += [(k, [m(F[q]["loan_cats"][k], i == 0) for q in TREND]) for i, (k, _) in enumerate(LOAN_CATS)]
rows += [bs("Total loans", fk("loans"), True, True), None, ("Deposits", [])]
rows += [(k, [m(F[q]["dep_cats"][k], i == 0) for q in TREND]) for i, (k, _) in enumerate(DEP_CATS)]
rows += [bs("Total deposits", fk("deposits"), True, True), None,
         ("Loans to deposits", [f"{F[q]['ltd_ratio']:.1f}%" for q in TREND]),
         ("Noninterest-bearing deposits to total deposits",
          [f"{r(F[q]['dep_cats']['Noninterest-bearing demand'] / F[q]['deposits'] * 100, 1):.1f}%" for q in TREND])]
d.table(TH, rows, head2=TH2, scale="(in millions)", label_w=215)
d.title("Loan mix at June 30, 2026", 9)
mix_rows = []
for k, _ in LOAN_CATS:
    v = Q["loan_cats"][k]
    mix_rows.append((k, [m(v), f"{r(v / Q['loans'] * 100, 1):.1f}%", m(v - Y["loan_cats"][k]),
                         f"{pct(v, Y['loan_cats'][k]):.1f}%"]))
mix_rows.append(("Total loans", [m(Q["loans"]), "100.0%", m(Q["loans"] - Y["loans"]),
                                 f"{pct(Q['loans'], Y['loans']):.1f}%"], True))
d.table(["Balance", "% of Total", "$ Change", "% Change"], mix_rows,
        head2=["Jun. 30, 2026", "", "vs. Jun. 30, 2025", "vs. Jun. 30, 2025"], label_w=215)

# ---- page 10: credit quality
d.new_page()
d.title("Allowance for Credit Losses and Net Charge-offs (unaudited)")
rows = [
    tr("Allowance for credit losses, beginning of period", "acl_begin", lambda v: m(v, True)),
    tr("Provision for credit losses", "provision"),
    tr("Charge-offs", "co", lambda v: m(-v)),
    tr("Recoveries", "rec"),
    tr("Net charge-offs", "nco", lambda v: m(-v), True),
    tr("Allowance for credit losses, end of period", "acl_end", lambda v: m(v, True), True),
    None,
    tr("Net charge-offs to average loans (annualized)", "nco_ratio", pc),
    tr("Allowance for credit losses to period-end loans", "acl_ratio", pc),
    ("Average loans", [m(avg_loans[q]) for q in TREND]),
]
d.table(TH, rows, head2=TH2, scale="(dollars in millions)", label_w=215)
s_rows = [
    ("Allowance for credit losses, beginning of period", [m(F["1Q26"]["acl_begin"], True), m(F["1Q25"]["acl_begin"], True)]),
    ("Provision for credit losses", [m(S26["provision"]), m(S25["provision"])]),
    ("Net charge-offs", [m(-S26["nco"]), m(-S25["nco"])]),
    ("Allowance for credit losses, end of period", [m(Q["acl_end"], True), m(Y["acl_end"], True)], True),
]
assert F["1Q26"]["acl_begin"] + S26["provision"] - S26["nco"] == Q["acl_end"]
assert F["1Q25"]["acl_begin"] + S25["provision"] - S25["nco"] == Y["acl_end"]
d.title("Six months ended June 30", 9)
d.table(["2026", "2025"], s_rows, label_w=300)
d.note("The allowance for credit losses includes the allowance for loan losses and the reserve for unfunded lending "
       "commitments. Nonperforming asset detail is provided in the quarterly financial supplement.")

# ---- page 11: capital and shareholder returns
d.new_page()
d.title("Capital and Shareholder Returns (unaudited)")
rows = [
    tr("Common equity tier 1 capital", "cet1_cap", lambda v: m(v, True)),
    tr("Tier 1 capital", "t1_cap"),
    tr("Total risk-based capital", "tot_cap"),
    tr("Risk-weighted assets", "rwa", lambda v: m(v, True)),
    None,
    tr("Common equity tier 1 ratio", "cet1", pc),
    tr("Tier 1 capital ratio", "t1", pc),
    tr("Total capital ratio", "totr", pc),
    tr("Tier 1 leverage ratio", "lev", pc),
    None,
    tr("Common shares repurchased (thousands)", "rep_sh"),
    tr("Cost of shares repurchased", "rep_cost", lambda v: m(v, True)),
    tr("Average price paid per share", "rep_px", dollars),
    tr("Common dividends declared", "div_common", lambda v: m(v, True)),
    tr("Dividends declared per common share", "dps", dollars),
    tr("Common shares outstanding, end of period (thousands)", "sh_end"),
]
d.table(TH, rows, head2=TH2, scale="(dollars in millions, except per share data; current quarter estimated)",
        label_w=215)
d.note("Quillmont elected to exclude accumulated other comprehensive income from regulatory capital. Tier 2 capital "
       f"includes ${SUB_DEBT_T2} million of qualifying subordinated debt and the allowance for credit losses. The "
       "tier 1 leverage ratio is tier 1 capital divided by average quarterly total assets.")

# ---- page 12: non-GAAP reconciliation
d.new_page()
d.title("Reconciliation of Non-GAAP Financial Measures (unaudited)")
d.note("Management uses these measures to assess performance excluding items it does not consider part of ongoing "
       "operations and to compare capital levels with peers. They are not substitutes for GAAP measures.")
rows = [
    ("Tangible book value per common share", []),
    tr("Common shareholders' equity", "common", lambda v: m(v, True)),
    ("Less: goodwill", [m(-GOODWILL) for q in TREND]),
    ("Less: core deposit and other intangibles", [m(-F[q]["intang"]) for q in TREND]),
    tr("Tangible common equity", "tce", lambda v: m(v, True), True),
    tr("Common shares outstanding (thousands)", "sh_end"),
    tr("Tangible book value per common share", "tbvps", dollars, True),
    None,
    ("Return on average tangible common equity", []),
    tr("Net income available to common shareholders", "niac", lambda v: m(v, True)),
    tr("Plus: intangible amortization, after tax (21%)", "amort_at", m1),
    tr("Average tangible common equity", "avg_tce", lambda v: m(v, True)),
    tr("Return on average tangible common equity (annualized)", "rotce", lambda v: pc(v, 1), True),
    None,
    ("Adjusted diluted earnings per share", []),
    tr("Net income available to common shareholders", "niac", lambda v: m(v, True)),
    ("Securities losses from portfolio repositioning", [dash0(52 if q == "4Q25" else 0) for q in TREND]),
    ("Gain on sale of recordkeeping business", [dash0(-18 if q == "2Q26" else 0) for q in TREND]),
    ("Branch consolidation and severance", [dash0(9 if q == "2Q26" else 0) for q in TREND]),
    tr("Income tax effect of adjustments (21%)", "adj_tax", dash0),
    tr("Adjusted net income available to common shareholders", "adj_niac", lambda v: m(v, True), True),
    tr("Weighted average diluted shares (thousands)", "dil_sh"),
    tr("Adjusted diluted earnings per share", "adj_eps", dollars, True),
    None,
    ("Adjusted efficiency ratio", []),
    tr("Noninterest expense", "nonint_exp", lambda v: m(v, True)),
    ("Less: amortization of intangible assets", [m(-F[q]["nonint_exp_items"]["Amortization of intangible assets"]) for q in TREND]),
    ("Less: branch consolidation and severance", [dash0(-F[q]["nonint_exp_items"]["Branch consolidation and severance"]) for q in TREND]),
    tr("Adjusted noninterest expense", "adj_exp", m, True),
    tr("Net interest income plus noninterest income", "revenue"),
    ("Less: securities (gains) losses", [dash0(-F[q]["nonint_inc_items"]["Securities gains (losses), net"]) for q in TREND]),
    ("Less: gain on sale of recordkeeping business", [dash0(-F[q]["nonint_inc_items"]["Gain on sale of recordkeeping business"]) for q in TREND]),
    tr("Adjusted revenue", "adj_rev", m, True),
    tr("Adjusted efficiency ratio", "adj_eff", lambda v: pc(v, 1), True),
]
d.table(TH, rows, head2=TH2, scale="(dollars in millions, except per share data)", label_w=215, size=7.6)
for q in TREND:
    f = F[q]
    assert f["adj_niac"] == f["niac"] + f["adj_pre"] + f["adj_tax"]
    assert f["tce"] == f["common"] - GOODWILL - f["intang"]
d.save()

facts = {"F": F, "S26": S26, "S25": S25, "FY25": FY25, "nii_guide_new_usd": nii_guide_new_usd,
         "exp_guide_new_usd": exp_guide_new_usd, "ytd_rep": [ytd_rep_sh, ytd_rep_cost]}
if FACTS:
    Path(FACTS).write_text(json.dumps(facts, indent=1, default=str))
print("wrote", PDF.name, d.page, "pages")
