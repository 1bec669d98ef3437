# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Tolvern Industrial Trust, Inc. (invented) - excerpted Form 10-K for fiscal 2026.

Writes TOLVERN_2026_10K.pdf next to this script. All amounts in thousands of USD unless noted.
Run with /work/main/.venv/bin/python (reportlab).
"""
import os
from decimal import Decimal, ROUND_HALF_UP
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "TOLVERN_2026_10K.pdf")
W, H = 612, 792
CO = "Tolvern Industrial Trust, Inc."
Y3 = [2026, 2025, 2024]


def r1(x):
    return float(f"{x:.1f}")


def fmt(v, dollar=False, dec=0):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if round(v, dec) == 0:
        return "\u2014"
    s = f"{abs(v):,.{dec}f}"
    return f"({s})" if v < 0 else s


def pct(v, dec=1):
    s = f"{abs(v):.{dec}f}%"
    return f"({s})" if v < 0 else s


def growth(a, b):
    return (a - b) / abs(b) * 100.0


# ---------------------------------------------------------------- portfolio (Item 2)
MARKETS = [  # region, market, properties, rentable sf (thousands), occupancy %, ABR per occupied sf
    ("West", "Inland Empire", 24, 9850, 97.8, 9.25),
    ("West", "Phoenix", 15, 5210, 95.1, 7.15),
    ("West", "Reno / Sparks", 8, 3120, 98.6, 6.90),
    ("Central", "Dallas\u2013Fort Worth", 28, 10460, 96.4, 5.90),
    ("Central", "Chicago", 19, 6980, 93.7, 5.60),
    ("Central", "Columbus", 12, 5640, 97.2, 4.95),
    ("East", "Atlanta", 22, 8730, 96.9, 6.05),
    ("East", "Central Pennsylvania", 14, 6290, 98.9, 6.30),
    ("East", "Nashville", 11, 4180, 94.6, 6.15),
]
mk = []
for reg, name, n, sf, occ, rate in MARKETS:
    abr = round(sf * occ / 100.0 * rate)
    mk.append(dict(reg=reg, name=name, n=n, sf=sf, occ=occ, abr=abr))
TOT_N = sum(m["n"] for m in mk)
TOT_SF = sum(m["sf"] for m in mk)
TOT_ABR = sum(m["abr"] for m in mk)
OCC_SF = sum(m["sf"] * m["occ"] / 100.0 for m in mk)
TOT_OCC = r1(OCC_SF / TOT_SF * 100)
for m in mk:
    m["share"] = r1(m["abr"] / TOT_ABR * 100)
    m["psf"] = m["abr"] / (m["sf"] * m["occ"] / 100.0)
TOT_PSF = TOT_ABR / OCC_SF
OCC_2025 = 96.8  # year-end 2025 portfolio occupancy (stated)

# ---------------------------------------------------------------- statements of operations (thousands)
IS = {
    "rental": [471384, 428905, 389117],
    "other": [6912, 6245, 5803],
    "propop": [52718, 48330, 44906],
    "retax": [68447, 62115, 56872],
    "da": [184236, 169870, 156402],
    "ga": [38915, 36204, 33688],
    "gain": [41806, 18322, 27540],
    "intexp": [86310, 79480, 71905],
    "intinc": [2918, 3406, 2174],
    "tax": [1104, 986, 912],
}
CORP_DEP = [1180, 1105, 1040]        # non-real-estate depreciation inside D&A
TRANS = [1240, 860, 2115]            # acquisition and transaction costs inside G&A
SEVER = [2350, 0, 0]                 # severance and executive transition inside G&A
SH_BASIC = [142610, 141480, 139920]  # weighted average common shares (thousands)
SH_DIL = [143105, 141930, 140350]
OPU = [3550, 3550, 3610]             # weighted average OP units
NCI_PCT = [0.0242, 0.0245, 0.0251]
# 2025 reclassification: tenant reimbursement of utilities moved from other revenue into rental revenue
RECLASS_2025 = 3915
IS["totrev"] = [IS["rental"][i] + IS["other"][i] for i in range(3)]
IS["totexp"] = [IS["propop"][i] + IS["retax"][i] + IS["da"][i] + IS["ga"][i] for i in range(3)]
IS["pretax"] = [IS["totrev"][i] - IS["totexp"][i] + IS["gain"][i] - IS["intexp"][i] + IS["intinc"][i] for i in range(3)]
IS["ni"] = [IS["pretax"][i] - IS["tax"][i] for i in range(3)]
IS["nci"] = [round(IS["ni"][i] * NCI_PCT[i]) for i in range(3)]
IS["nicom"] = [IS["ni"][i] - IS["nci"][i] for i in range(3)]
IS["epsb"] = [round(IS["nicom"][i] / SH_BASIC[i], 2) for i in range(3)]
IS["epsd"] = [round(IS["nicom"][i] / SH_DIL[i], 2) for i in range(3)]
NOI = [IS["totrev"][i] - IS["propop"][i] - IS["retax"][i] for i in range(3)]

# FFO and core FFO
RE_DA = [IS["da"][i] - CORP_DEP[i] for i in range(3)]
FFO = [IS["nicom"][i] + IS["nci"][i] + RE_DA[i] - IS["gain"][i] for i in range(3)]
CORE = [FFO[i] + TRANS[i] + SEVER[i] for i in range(3)]
FFO_SH = [SH_DIL[i] + OPU[i] for i in range(3)]
FFO_PS = [round(FFO[i] / FFO_SH[i], 2) for i in range(3)]
CORE_PS = [round(CORE[i] / FFO_SH[i], 2) for i in range(3)]
EBITDARE = [IS["ni"][i] + IS["intexp"][i] + IS["tax"][i] + IS["da"][i] - IS["gain"][i] for i in range(3)]
ADJ_EBITDARE = [EBITDARE[i] + TRANS[i] + SEVER[i] for i in range(3)]

# same-property NOI (2026 pool: properties owned and stabilized since January 1, 2025)
SP_REV = [421860, 402135]
SP_OPEX = [103410, 99965]
SP_NOI = [SP_REV[0] - SP_OPEX[0], SP_REV[1] - SP_OPEX[1]]
NSP_NOI = [NOI[0] - SP_NOI[0], NOI[1] - SP_NOI[1]]
SP_SL = [6025, 7490]  # straight-line rent and lease amortization in same-property NOI
SP_CASH = [SP_NOI[0] - SP_SL[0], SP_NOI[1] - SP_SL[1]]
SP_G = r1(growth(SP_NOI[0], SP_NOI[1]))
SP_CASH_G = r1(growth(SP_CASH[0], SP_CASH[1]))
NOI_G = r1(growth(NOI[0], NOI[1]))
SP_REV_G = r1(growth(SP_REV[0], SP_REV[1]))
SP_OPEX_G = r1(growth(SP_OPEX[0], SP_OPEX[1]))
NSP_G = r1(growth(NSP_NOI[0], NSP_NOI[1]))
SP_OCC = [96.9, 97.1]  # average same-property occupancy

# region segment split (revenue and NOI) 2026, 2025
REG = ["West", "Central", "East"]
REV_SH = {"West": [0.402, 0.398], "Central": [0.331, 0.335]}
NOI_SH = {"West": [0.421, 0.417], "Central": [0.318, 0.322]}
SEG_REV = {}
SEG_NOI = {}
for j in range(2):
    a = round(IS["totrev"][j] * REV_SH["West"][j]); b = round(IS["totrev"][j] * REV_SH["Central"][j])
    SEG_REV.setdefault("West", []).append(a); SEG_REV.setdefault("Central", []).append(b)
    SEG_REV.setdefault("East", []).append(IS["totrev"][j] - a - b)
    a = round(NOI[j] * NOI_SH["West"][j]); b = round(NOI[j] * NOI_SH["Central"][j])
    SEG_NOI.setdefault("West", []).append(a); SEG_NOI.setdefault("Central", []).append(b)
    SEG_NOI.setdefault("East", []).append(NOI[j] - a - b)
SEG_PROPS = {r: sum(m["n"] for m in mk if m["reg"] == r) for r in REG}

# ---------------------------------------------------------------- leasing activity
def lease_block(rows):
    out = []
    for name, n, sf, cash, gaap, term, ti in rows:
        out.append(dict(name=name, n=n, sf=sf, cash=cash, gaap=gaap, term=term, ti=ti))
    tn = sum(o["n"] for o in out); tsf = sum(o["sf"] for o in out)
    out.append(dict(name="Total / weighted average", n=tn, sf=tsf,
                    cash=r1(sum(o["sf"] * o["cash"] for o in out) / tsf),
                    gaap=r1(sum(o["sf"] * o["gaap"] for o in out) / tsf),
                    term=r1(sum(o["sf"] * o["term"] for o in out) / tsf),
                    ti=round(sum(o["sf"] * o["ti"] for o in out) / tsf, 2)))
    return out


LEASE26 = lease_block([("New leases", 64, 3912, 28.4, 41.7, 5.6, 4.85), ("Renewals", 118, 7846, 21.9, 33.8, 4.3, 1.92)])
LEASE25 = lease_block([("New leases", 58, 3405, 34.6, 49.2, 5.9, 4.40), ("Renewals", 109, 7118, 27.3, 39.5, 4.6, 1.75)])
RETENTION = [74.6, 79.2]

# ---------------------------------------------------------------- debt
NOTES25 = [("3.35% Senior Notes due 2026", 3.35, "September 15, 2026", 200000),
           ("3.90% Senior Notes due 2028", 3.90, "April 1, 2028", 250000),
           ("4.25% Senior Notes due 2029", 4.25, "June 15, 2029", 300000),
           ("2.75% Senior Notes due 2031", 2.75, "February 1, 2031", 350000),
           ("4.60% Senior Notes due 2032", 4.60, "October 15, 2032", 300000)]
NEW_NOTE = ("5.10% Senior Notes due 2033", 5.10, "March 1, 2033", 350000)
UNS25 = sum(n[3] for n in NOTES25)
UNS26 = UNS25 - 200000 + NEW_NOTE[3]
TL = 300000; TL_RATE = 4.02
REV_RATE = 5.32
MORT25 = 186420
MORT_REPAY = 38760
MORT26 = MORT25 - MORT_REPAY
MORT_MAT = {2027: (12340, 4.71), 2028: (48900, 4.12), 2029: (6120, 4.85), 2030: (55300, 3.96), 2031: (3000, 5.05)}
MORT_MAT["Thereafter"] = (MORT26 - sum(v[0] for v in MORT_MAT.values()), 4.38)
MORT_RATE = sum(v[0] * v[1] for v in MORT_MAT.values()) / MORT26
UNAM25 = 8040
ISSUE_COST = 3420
AMORT_DFC = 2310
UNAM26 = UNAM25 + ISSUE_COST - AMORT_DFC

# ---------------------------------------------------------------- dividends
DPS26 = [0.300, 0.300, 0.315, 0.315]
DPS25 = [0.285, 0.285, 0.300, 0.300]
SHQ26 = [141980, 142360, 143210, 143620]  # shares of record (thousands)
SHQ25 = [140810, 141120, 141540, 141900]
DIVQ26 = [round(DPS26[i] * SHQ26[i]) for i in range(4)]
DIVQ25 = [round(DPS25[i] * SHQ25[i]) for i in range(4)]
DECL26 = sum(DIVQ26); DECL25 = sum(DIVQ25)
DPS26T = round(sum(DPS26), 3); DPS25T = round(sum(DPS25), 3)
DIVPAY25 = DIVQ25[3]; DIVPAY26 = DIVQ26[3]
DIVPAID26 = DECL26 - (DIVPAY26 - DIVPAY25)
NCI_DIST = [round(3550 * DPS26T), round(3550 * DPS25T), round(3610 * 1.10)]

# ---------------------------------------------------------------- balance sheet 2025 and flows 2026
B25 = dict(land=1112450, bldg=3986720, cip=148310, ad=912640, cash=48215, tr=14882, dr=78430, oa=62190,
           uns=UNS25 - UNAM25, tl=TL, rev=60000, mort=MORT25, ap=88340, divp=DIVPAY25, dep=39870,
           nci=96500, dist=-652300)
B25["shares"] = 141900
B25["cs"] = round(B25["shares"] * 0.01)
ACQ = 318450; ACQ_LAND = 79610
DEV = 164870; DEV_DONE = 172400
CAPIMP = 42615
PROCEEDS = 121340
DISP_LAND = 22580; DISP_BLDG = 90320
DISP_AD = DISP_LAND + DISP_BLDG - (PROCEEDS - IS["gain"][0])
SL26 = 9640
SC26 = 6825
D_TR = 1915; D_OA = 3480; D_AP = 5260; D_DEP = 2140
ATM = 96480; ATM_SH = 1720
REV_BORROW = 310000
NCFO26 = (IS["ni"][0] + IS["da"][0] - IS["gain"][0] - SL26 + AMORT_DFC + SC26 - D_TR - D_OA + D_AP + D_DEP)
NCFI26 = -ACQ - DEV - CAPIMP + PROCEEDS
FIN_FIXED = NEW_NOTE[3] - ISSUE_COST - 200000 - MORT_REPAY + REV_BORROW + ATM - DIVPAID26 - NCI_DIST[0]
REV_REPAY = 174000
NCFF26 = FIN_FIXED - REV_REPAY
CASH26 = B25["cash"] + NCFO26 + NCFI26 + NCFF26
assert 30000 < CASH26 < 60000

B26 = dict(B25)
B26["land"] = B25["land"] + ACQ_LAND - DISP_LAND
B26["bldg"] = B25["bldg"] + (ACQ - ACQ_LAND) + CAPIMP + DEV_DONE - DISP_BLDG
B26["cip"] = B25["cip"] + DEV - DEV_DONE
B26["ad"] = B25["ad"] + RE_DA[0] - DISP_AD
B26["cash"] = CASH26
B26["tr"] = B25["tr"] + D_TR
B26["dr"] = B25["dr"] + SL26
B26["oa"] = B25["oa"] + D_OA - CORP_DEP[0]
B26["uns"] = UNS26 - UNAM26
B26["rev"] = B25["rev"] + REV_BORROW - REV_REPAY
B26["mort"] = MORT26
B26["ap"] = B25["ap"] + D_AP
B26["divp"] = DIVPAY26
B26["dep"] = B25["dep"] + D_DEP
B26["nci"] = B25["nci"] + IS["nci"][0] - NCI_DIST[0]
B26["dist"] = B25["dist"] + IS["nicom"][0] - DECL26
B26["shares"] = B25["shares"] + ATM_SH
B26["cs"] = round(B26["shares"] * 0.01)


def bs_totals(b):
    b["recost"] = b["land"] + b["bldg"] + b["cip"]
    b["renet"] = b["recost"] - b["ad"]
    b["ta"] = b["renet"] + b["cash"] + b["tr"] + b["dr"] + b["oa"]
    b["tl_"] = b["uns"] + b["tl"] + b["rev"] + b["mort"] + b["ap"] + b["divp"] + b["dep"]


bs_totals(B25)
B25["apic"] = B25["ta"] - B25["tl_"] - B25["nci"] - B25["cs"] - B25["dist"]
B26["apic"] = B25["apic"] + ATM + SC26 - (B26["cs"] - B25["cs"])
bs_totals(B26)
for b in (B25, B26):
    b["se"] = b["cs"] + b["apic"] + b["dist"]
    b["te"] = b["se"] + b["nci"]
    b["tle"] = b["tl_"] + b["te"]
assert B25["tle"] == B25["ta"], "2025 balance"
assert B26["tle"] == B26["ta"], (B26["tle"], B26["ta"])

DEBT_FACE = [UNS26 + TL + B26["rev"] + MORT26, UNS25 + TL + B25["rev"] + MORT25]
NET_DEBT = [DEBT_FACE[0] - B26["cash"], DEBT_FACE[1] - B25["cash"]]
LEV = [r1(NET_DEBT[0] / ADJ_EBITDARE[0]), r1(NET_DEBT[1] / ADJ_EBITDARE[1])]

# prior years' cash flows: 2024 and 2025, ending at 2024 cash and the 2025 balance sheet cash
CASH23 = 36904
CF = {  # 2026, 2025, 2024
    "ni": IS["ni"], "da": IS["da"], "gain": [-g for g in IS["gain"]],
    "sl": [-SL26, -10815, -11920], "dfc": [AMORT_DFC, 2045, 1890], "sc": [SC26, 6210, 5740],
    "tr": [-D_TR, -1260, 845], "oa": [-D_OA, -2915, -4120], "ap": [D_AP, 4380, 6015], "dep": [D_DEP, 1690, 2310],
    "acq": [-ACQ, -276300, -341880], "dev": [-DEV, -131460, -118215], "capimp": [-CAPIMP, -38905, -35170],
    "disp": [PROCEEDS, 52780, 74615],
    "notes": [NEW_NOTE[3], 300000, 0], "notesrep": [-200000, 0, -150000], "cost": [-ISSUE_COST, -2760, 0],
    "tlp": [0, 0, 300000], "mortrep": [-MORT_REPAY, -24110, -31745],
    "revb": [REV_BORROW, 185000, 240000], "atm": [ATM, 41350, 0],
    "divs": [-DIVPAID26, -(DECL25 - (DIVPAY25 - 40950)), -158880], "ncid": [-NCI_DIST[0], -NCI_DIST[1], -NCI_DIST[2]],
}
OPKEYS = ["ni", "da", "gain", "sl", "dfc", "sc", "tr", "oa", "ap", "dep"]
INVKEYS = ["acq", "dev", "capimp", "disp"]
FINKEYS = ["notes", "notesrep", "cost", "tlp", "mortrep", "revb", "revr", "atm", "divs", "ncid"]
CF["revr"] = [-REV_REPAY, 0, 0]
CFO = [sum(CF[k][i] for k in OPKEYS) for i in range(3)]
CFI = [sum(CF[k][i] for k in INVKEYS) for i in range(3)]
assert CFO[0] == NCFO26 and CFI[0] == NCFI26
# 2024 ends where its flows take it; in 2025 the ATM proceeds are what brings cash to the balance sheet's 48,215
CF["revr"][2] = -85000; CF["atm"][2] = 128600
CASH24 = CASH23 + CFO[2] + CFI[2] + sum(CF[k][2] for k in FINKEYS)
CF["revr"][1] = -145000
fin25 = sum(CF[k][1] for k in FINKEYS if k != "atm")
CF["atm"][1] = B25["cash"] - CASH24 - CFO[1] - CFI[1] - fin25
CFF = [sum(CF[k][i] for k in FINKEYS) for i in range(3)]
NETCH = [CFO[i] + CFI[i] + CFF[i] for i in range(3)]
BEG = [B25["cash"], CASH24, CASH23]
END = [BEG[i] + NETCH[i] for i in range(3)]
assert END == [B26["cash"], B25["cash"], CASH24]
assert CFF[0] == NCFF26
INTPAID = [IS["intexp"][0] - AMORT_DFC + 1130, IS["intexp"][1] - 2045 - 640, IS["intexp"][2] - 1890 + 415]

# maturity schedule (face amounts, December 31, 2026)
MAT_YEARS = [2027, 2028, 2029, 2030, 2031, "Thereafter"]
NOTES26 = [n for n in NOTES25 if "2026" not in n[0]] + [NEW_NOTE]
MAT = {}
for y in MAT_YEARS:
    uns = sum(n[3] for n in NOTES26 if (y != "Thereafter" and n[0].endswith(str(y))) or
              (y == "Thereafter" and int(n[0][-4:]) > 2031))
    tl = TL if y == 2027 else 0
    rv = B26["rev"] if y == 2029 else 0
    mo = MORT_MAT[y][0]
    tot = uns + tl + rv + mo
    wsum = sum(n[3] * n[1] for n in NOTES26 if (y != "Thereafter" and n[0].endswith(str(y))) or
               (y == "Thereafter" and int(n[0][-4:]) > 2031))
    wsum += tl * TL_RATE + rv * REV_RATE + mo * MORT_MAT[y][1]
    MAT[y] = dict(uns=uns, tl=tl, rv=rv, mo=mo, tot=tot, rate=round(wsum / tot, 2))
MAT_TOT = dict(uns=UNS26, tl=TL, rv=B26["rev"], mo=MORT26, tot=DEBT_FACE[0])
assert sum(MAT[y]["tot"] for y in MAT_YEARS) == DEBT_FACE[0]
W_RATE = round((sum(n[3] * n[1] for n in NOTES26) + TL * TL_RATE + B26["rev"] * REV_RATE +
                sum(v[0] * v[1] for v in MORT_MAT.values())) / DEBT_FACE[0], 2)
FIXED_PCT = r1((DEBT_FACE[0] - B26["rev"]) / DEBT_FACE[0] * 100)
WAM = r1(sum(MAT[y]["tot"] * ((y - 2026.5) if y != "Thereafter" else 7.0) for y in MAT_YEARS) / DEBT_FACE[0])
INT_COVER = round(ADJ_EBITDARE[0] / IS["intexp"][0], 1)

# ---------------------------------------------------------------- drawing helpers
c = canvas.Canvas(OUT, pagesize=(W, H), invariant=1)
c.setTitle("Tolvern Industrial Trust, Inc. Form 10-K 2026 (excerpt)")
c.setAuthor(CO)
PAGE = [0]
LM, RM = 54, 558
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"


def start_page(section):
    PAGE[0] += 1
    t = c.beginText(); t.setFont(ITAL, 8)
    t.setTextOrigin(LM, H - 36); t.textOut(CO)
    sw = stringWidth(section, ITAL, 8)
    t.setTextOrigin(RM - sw, H - 36); t.textOut(section)
    c.drawText(t)
    c.setLineWidth(0.4); c.line(LM, H - 40, RM, H - 40)
    return H - 64


def end_page():
    t = c.beginText(); t.setFont(FONT, 8)
    s = str(PAGE[0] + 62)
    t.setTextOrigin((W - stringWidth(s, FONT, 9)) / 2, 30); t.textOut(s)
    c.drawText(t)
    lk = "Table of Contents"
    c.setFont(FONT, 7); c.drawString(LM, 44, lk)
    c.showPage()


def para(y, text, size=9.5, font=FONT, width=None, lead=None, indent=0):
    width = width or (RM - LM)
    lead = lead or size * 1.28
    lines = simpleSplit(text, font, size, width - indent)
    for i, ln in enumerate(lines):
        c.setFont(font, size)
        c.drawString(LM + (indent if i == 0 else 0), y, ln)
        y -= lead
    return y - 4


def title(y, text, size=10.5, center=False):
    c.setFont(BOLD, size)
    if center:
        c.drawCentredString(W / 2, y, text)
    else:
        c.drawString(LM, y, text)
    return y - size * 1.6


class Table:
    """Columns given by right edges; a '$' sign is drawn at the column's left edge in the same text object."""

    def __init__(self, rights, width=56, size=8.6, label_x=LM, lead=11.2):
        self.rights = rights; self.width = width; self.size = size; self.lx = label_x; self.lead = lead

    def heads(self, y, lines, bold=True, rule=True):
        f = BOLD if bold else FONT
        for ln in lines:  # each ln: list of (col index or None for label, text); col may be a (a,b) span
            t = c.beginText(); t.setFont(f, self.size - 0.4)
            for col, txt in ln:
                sw = stringWidth(txt, f, self.size - 0.4)
                if col is None:
                    x = self.lx
                elif isinstance(col, tuple):
                    a, b = col
                    x = (self.rights[a] - self.width + self.rights[b]) / 2 - sw / 2
                else:
                    x = self.rights[col] - sw - (self.width / 2 - sw / 2 if False else 0)
                t.setTextOrigin(x, y); t.textOut(txt)
            c.drawText(t)
            y -= self.lead - 1
        if rule:
            c.setLineWidth(0.5)
            for r in self.rights:
                c.line(r - self.width + 6, y + self.lead - 4, r, y + self.lead - 4)
        return y - 2

    def row(self, y, label, cells, bold=False, dollar=False, indent=0, rule_above=False, double=False, font=None):
        f = font or (BOLD if bold else FONT)
        if rule_above:
            c.setLineWidth(0.5)
            for i, v in enumerate(cells):
                if v not in (None, ""):
                    r = self.rights[i]; c.line(r - self.width + 6, y + self.size + 1, r, y + self.size + 1)
        t = c.beginText(); t.setFont(f, self.size)
        lab_lines = label if isinstance(label, list) else [label]
        # wrapped labels: all but the last line drawn alone, cells on the last line
        for k, lab in enumerate(lab_lines[:-1]):
            t.setTextOrigin(self.lx + indent, y); t.textOut(lab)
            y -= self.lead - 1.5
        if len(lab_lines) > 1:
            c.drawText(t); t = c.beginText(); t.setFont(f, self.size)
        t.setTextOrigin(self.lx + indent + (8 if len(lab_lines) > 1 else 0), y); t.textOut(lab_lines[-1])
        for i, v in enumerate(cells):
            if v in (None, ""):
                continue
            s = v
            if dollar and not s.endswith("%") and not s.startswith("$"):
                t.setTextOrigin(self.rights[i] - self.width + 8, y); t.textOut("$")
            pad = stringWidth(")", f, self.size) if not s.endswith(")") and not s.endswith("%") and s[-1:].isdigit() else 0
            sw = stringWidth(s, f, self.size)
            t.setTextOrigin(self.rights[i] - sw - pad, y); t.textOut(s)
        c.drawText(t)
        if double:
            c.setLineWidth(0.5)
            for i, v in enumerate(cells):
                if v not in (None, ""):
                    r = self.rights[i]
                    c.line(r - self.width + 6, y - 3, r, y - 3); c.line(r - self.width + 6, y - 5, r, y - 5)
        return y - self.lead


def k(v, dec=0):
    return fmt(v, dec=dec)


def mil(v, dec=1):
    # half-up on the exact thousands figure (318,450 -> $318.5 million), not on the binary float
    q = (Decimal(str(v)) / 1000).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    return f"${q:,.{dec}f} million"


# ================================================================ page 1: cover
PAGE[0] = -62 + 0
y = H - 70
c.setFont(BOLD, 11); c.drawCentredString(W / 2, y, "UNITED STATES"); y -= 14
c.drawCentredString(W / 2, y, "SECURITIES AND EXCHANGE COMMISSION"); y -= 13
c.setFont(FONT, 9.5); c.drawCentredString(W / 2, y, "Washington, D.C. 20549"); y -= 26
c.setFont(BOLD, 16); c.drawCentredString(W / 2, y, "FORM 10-K"); y -= 24
c.setFont(FONT, 9.5)
c.drawCentredString(W / 2, y, "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"); y -= 13
c.drawCentredString(W / 2, y, "For the fiscal year ended December 31, 2026"); y -= 13
c.drawCentredString(W / 2, y, "Commission File Number 001-39482"); y -= 30
c.setFont(BOLD, 15); c.drawCentredString(W / 2, y, "TOLVERN INDUSTRIAL TRUST, INC."); y -= 14
c.setFont(ITAL, 9); c.drawCentredString(W / 2, y, "(Exact name of registrant as specified in its charter)"); y -= 24
c.setFont(FONT, 9.5)
c.drawCentredString(W / 2, y, "Maryland                                                    84-3316097"); y -= 12
c.setFont(ITAL, 8)
c.drawCentredString(W / 2, y, "(State of incorporation)                              (I.R.S. Employer Identification No.)"); y -= 20
c.setFont(FONT, 9.5)
c.drawCentredString(W / 2, y, "1700 Larimer Crossing, Suite 900, Denver, Colorado 80202    (303) 555-0148"); y -= 26
y = para(y, "Securities registered pursuant to Section 12(b) of the Act: Common Stock, $0.01 par value per share, "
            "trading symbol TVRN, New York Stock Exchange.")
y = para(y, "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
            "Securities Act. Yes [X] No [ ]")
y = para(y, "The aggregate market value of the registrant's common stock held by non-affiliates, based on the closing "
            "price on the New York Stock Exchange on June 30, 2026, was approximately $7.9 billion. As of February 12, "
            f"2027, there were {143_644_210:,} shares of the registrant's common stock outstanding.")
y -= 10
y = para(y, "EXPLANATORY NOTE: This document reproduces selected portions of the Annual Report on Form 10-K: Item 2 "
            "(Properties, in part), Item 7 (Management's Discussion and Analysis of Financial Condition and Results "
            "of Operations, in part) and Item 8 (Financial Statements, with selected notes). Page numbers follow the "
            "full report.", font=ITAL, size=9)
y -= 6
y = title(y, "TABLE OF CONTENTS (EXCERPTED PORTIONS)")
toc = [("Item 2.", "Properties", 64), ("Item 7.", "Management's Discussion and Analysis", 65),
       ("", "Same-Property Net Operating Income", 66), ("", "Funds from Operations", 67),
       ("", "Leasing Activity; EBITDAre", 68), ("", "Liquidity and Capital Resources", 69),
       ("Item 8.", "Consolidated Balance Sheets", 70), ("", "Consolidated Statements of Operations", 71),
       ("", "Consolidated Statements of Cash Flows", 72), ("", "Note 6 \u2014 Debt", 73),
       ("", "Note 9 \u2014 Equity; Note 12 \u2014 Segment Reporting", 74)]
tb = Table([RM], width=30)
for a, b_, p in toc:
    t = c.beginText(); t.setFont(FONT, 9)
    t.setTextOrigin(LM, y); t.textOut(a); t.setTextOrigin(LM + 50, y); t.textOut(b_)
    t.setTextOrigin(RM - stringWidth(str(p), FONT, 9), y); t.textOut(str(p)); c.drawText(t); y -= 12
c.showPage()
PAGE[0] = 1

# ================================================================ page 2: Item 2 Properties
y = start_page("Part I \u2014 Item 2. Properties")
y = title(y, "ITEM 2. PROPERTIES")
y = para(y, f"As of December 31, 2026, we owned {TOT_N} industrial properties totaling approximately "
            f"{TOT_SF / 1000:.1f} million rentable square feet in nine markets across three regions. Our properties are "
            "predominantly bulk distribution and light industrial buildings with clear heights of 28 feet or more. "
            f"The portfolio was {TOT_OCC}% leased at year end, compared with {OCC_2025}% at December 31, 2025.")
y = title(y - 2, "Portfolio by Market", size=9.5)
tb = Table([300, 362, 414, 470, 514, 558], width=52, size=8.3)
y = tb.heads(y, [[(3, "Annualized"), (4, "% of"), (5, "ABR per")],
                  [(0, "Number of"), (1, "Rentable"), (3, "Base Rent"), (4, "Total"), (5, "Occupied")],
                  [(None, "Market"), (0, "Properties"), (1, "Sq. Ft."), (2, "Occupancy"), (3, "(ABR)(1)"),
                   (4, "ABR"), (5, "Sq. Ft.")]], bold=True)
tb2 = Table([362, 300, 414, 470, 514, 558], width=52, size=8.3)
# draw rows: columns in order number, sq ft, occupancy, ABR, %, per sf; rights reordered so occupancy sits at 414?
tb = Table([300, 362, 414, 470, 514, 558], width=52, size=8.3)
first = True
for reg in REG:
    c.setFont(BOLD, 8.3); c.drawString(LM, y, f"{reg} region"); y -= 11
    for m in [m for m in mk if m["reg"] == reg]:
        y = tb.row(y, m["name"], [str(m["n"]), f"{m['sf'] * 1000:,}", f"{m['occ']:.1f}%", f"{m['abr']:,}",
                                  f"{m['share']:.1f}%", f"{m['psf']:.2f}"], indent=8, dollar=False)
    rm = [m for m in mk if m["reg"] == reg]
    rsf = sum(m["sf"] for m in rm); rocc = sum(m["sf"] * m["occ"] / 100 for m in rm)
    rabr = sum(m["abr"] for m in rm)
    y = tb.row(y, f"Total {reg}", [str(sum(m['n'] for m in rm)), f"{rsf * 1000:,}", f"{rocc / rsf * 100:.1f}%",
                                   f"{rabr:,}", f"{rabr / TOT_ABR * 100:.1f}%", f"{rabr / rocc:.2f}"],
               bold=True, rule_above=True)
    y -= 3
y = tb.row(y, "Total portfolio", [str(TOT_N), f"{TOT_SF * 1000:,}", f"{TOT_OCC:.1f}%", f"${TOT_ABR:,}", "100.0%",
                                  f"${TOT_PSF:.2f}"], bold=True, rule_above=True, double=True)
c.setFont(FONT, 7.6)
y = para(y - 4, "(1) Annualized base rent (ABR) is the monthly contractual cash base rent in effect at December 31, 2026, "
                "multiplied by 12, in thousands, before abatements, and excludes tenant reimbursements. The column "
                "headed Occupancy is the percentage of rentable square feet leased under signed leases.", size=7.6)
c.setFont(FONT, 9.5)
west_abr = sum(m["abr"] for m in mk if m["reg"] == "West")
top = max(mk, key=lambda m: m["abr"])
y = para(y, f"The Inland Empire remained our largest market, with {top['share']}% of ABR. Our West region generated "
            f"{west_abr / TOT_ABR * 100:.1f}% of ABR from {SEG_PROPS['West']} properties. Our ten largest tenants "
            "represented 18.4% of ABR, and no single tenant exceeded 3.1%. The weighted average remaining lease term "
            "of the portfolio, weighted by ABR, was 4.7 years.")
y = para(y, "Lease expirations. Leases representing approximately 11.9% of ABR expire in 2027 and 13.6% in 2028. We "
            "estimate that in-place rents across the portfolio are approximately 19% below current market rents, based "
            "on our internal estimates of market rent for each building.")
y = para(y, "Development. At December 31, 2026, we had four buildings under construction totaling 1.9 million square "
            "feet with an estimated total investment of $268 million, of which 41% was pre-leased. We completed three "
            "developments in 2026 totaling 1.3 million square feet, which were 88% leased at year end.")
end_page()

# ================================================================ page 3: Item 7 overview and results
y = start_page("Part II \u2014 Item 7. Management's Discussion and Analysis")
y = title(y, "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS")
y = title(y, "2026 Highlights", size=9.5)
hl = [
    f"Net income attributable to common stockholders was {mil(IS['nicom'][0])}, or ${IS['epsd'][0]:.2f} per diluted "
    f"share, compared with {mil(IS['nicom'][1])}, or ${IS['epsd'][1]:.2f} per diluted share, in 2025.",
    f"Funds from operations (FFO) was ${FFO_PS[0]:.2f} per diluted share and Core FFO was ${CORE_PS[0]:.2f} per "
    f"diluted share, up {growth(CORE_PS[0], CORE_PS[1]):.1f}% from ${CORE_PS[1]:.2f} in 2025.",
    f"Same-property NOI increased {SP_G}% and same-property cash NOI increased {SP_CASH_G}%.",
    f"Rent change on new and renewal leases commencing in 2026 was {LEASE26[2]['cash']}% on a cash basis and "
    f"{LEASE26[2]['gaap']}% on a straight-line (GAAP) basis.",
    f"We acquired 11 buildings for {mil(ACQ)} and sold six buildings for net proceeds of {mil(PROCEEDS)}, "
    f"recognizing gains of {mil(IS['gain'][0])}.",
    f"In February 2026 we issued $350.0 million of 5.10% Senior Notes due 2033 and in September 2026 we repaid, at "
    f"maturity, the $200.0 million of 3.35% Senior Notes due 2026.",
    f"Our Board increased the quarterly dividend by 5.0% to $0.315 per share beginning with the third quarter.",
]
for h in hl:
    y = para(y, h, size=9.2, indent=12)
y = title(y, "Results of Operations \u2014 Comparison of 2026 to 2025", size=9.5)
y = para(y, "The following table summarizes our results for the years ended December 31 (dollars in thousands):", size=9)
tb = Table([380, 440, 498, 558], width=54, size=8.4)
y = tb.heads(y, [[(2, "$"), (3, "%")], [(None, ""), (0, "2026"), (1, "2025"), (2, "Change"), (3, "Change")]])
rows = [("Rental revenue", "rental", True), ("Other revenue", "other", False),
        ("Property operating expenses", "propop", False), ("Real estate taxes", "retax", False),
        ("Depreciation and amortization", "da", False), ("General and administrative", "ga", False),
        ("Gain on sale of real estate", "gain", False), ("Interest expense", "intexp", False)]
for lab, key, d in rows:
    a, b_ = IS[key][0], IS[key][1]
    y = tb.row(y, lab, [k(a), k(b_), k(a - b_), pct(growth(a, b_))], dollar=False)
y = tb.row(y, "Net income", [f"{IS['ni'][0]:,}", f"{IS['ni'][1]:,}", k(IS['ni'][0] - IS['ni'][1]),
                             pct(growth(IS['ni'][0], IS['ni'][1]))], bold=True, rule_above=True)
g_rent = growth(IS["rental"][0], IS["rental"][1])
y = para(y - 2, f"Rental revenue. Rental revenue increased {mil(IS['rental'][0] - IS['rental'][1])}, or {g_rent:.1f}%, "
                f"driven by {mil(round((SP_REV[0] - SP_REV[1])))} from same-property growth, mostly higher rents on "
                "new and renewal leases, and by properties acquired or developed in 2025 and 2026, partly offset by "
                "dispositions. Beginning in 2026, reimbursements of utility costs billed to tenants are presented in "
                f"rental revenue rather than other revenue; 2025 rental revenue has been recast by "
                f"{mil(RECLASS_2025)} to conform, and as previously reported was {mil(IS['rental'][1] - RECLASS_2025)}.",
           size=9)
y = para(y, f"Property operating expenses and real estate taxes. Combined, these rose "
            f"{growth(IS['propop'][0] + IS['retax'][0], IS['propop'][1] + IS['retax'][1]):.1f}%, reflecting a larger "
            "portfolio and higher assessed values in Texas and Georgia. Interest expense rose "
            f"{growth(IS['intexp'][0], IS['intexp'][1]):.1f}% because of the 5.10% notes issued in February and higher "
            "average revolver balances. General and administrative expense includes "
            f"{mil(SEVER[0])} of severance and executive transition costs related to the retirement of our former "
            "Chief Operating Officer, Marguerite Osland.", size=9)
end_page()

# ================================================================ page 4: same-property NOI
y = start_page("Part II \u2014 Item 7. Management's Discussion and Analysis")
y = title(y, "Same-Property Net Operating Income")
y = para(y, "We define net operating income (NOI) as rental revenue and other revenue less property operating expenses "
            "and real estate taxes. Our 2026 same-property pool consists of properties owned and in service for the "
            "whole of both 2026 and 2025, and excludes properties acquired, developed or sold during those periods "
            f"(the pool comprised {TOT_N - 14} properties and 55.4 million square feet). Same-property cash NOI "
            "excludes straight-line rent, the amortization of above- and below-market lease intangibles and lease "
            "termination fees. NOI is not a measure defined by GAAP; a reconciliation to net income is in Note 12.",
         size=9)
tb = Table([400, 468, 530], width=58, size=8.5)
y = tb.heads(y, [[(None, "(in thousands)"), (0, "2026"), (1, "2025"), (2, "% Change")]])
y = tb.row(y, "Same-property revenues", [k(SP_REV[0]), k(SP_REV[1]), pct(SP_REV_G)], dollar=True)
y = tb.row(y, "Same-property operating expenses and real estate taxes", [k(SP_OPEX[0]), k(SP_OPEX[1]), pct(SP_OPEX_G)])
y = tb.row(y, "Same-property NOI", [k(SP_NOI[0]), k(SP_NOI[1]), pct(SP_G)], bold=True, rule_above=True)
y = tb.row(y, ["Non-same-property NOI (acquisitions, developments", "and dispositions)"],
           [k(NSP_NOI[0]), k(NSP_NOI[1]), pct(NSP_G)])
y = tb.row(y, "Total NOI", [k(NOI[0]), k(NOI[1]), pct(NOI_G)], bold=True, dollar=True, rule_above=True, double=True)
y -= 6
y = tb.row(y, "Same-property NOI", [k(SP_NOI[0]), k(SP_NOI[1]), ""], dollar=True)
y = tb.row(y, "Less: straight-line rent and lease intangible amortization", [k(-SP_SL[0]), k(-SP_SL[1]), ""])
y = tb.row(y, "Same-property cash NOI", [k(SP_CASH[0]), k(SP_CASH[1]), pct(SP_CASH_G)], bold=True, dollar=True,
           rule_above=True, double=True)
y -= 4
y = tb.row(y, "Average same-property occupancy", [f"{SP_OCC[0]:.1f}%", f"{SP_OCC[1]:.1f}%", ""], font=ITAL)
y -= 4
y = para(y, f"Same-property NOI grew {SP_G}% in 2026, compared with 7.2% in 2025, as rental rate increases on "
            f"leases signed over the last two years outweighed a {SP_OCC[1] - SP_OCC[0]:.1f} percentage point decline in "
            f"average same-property occupancy to {SP_OCC[0]}%. Same-property revenues rose {SP_REV_G}% while "
            f"same-property operating expenses and real estate taxes rose {SP_OPEX_G}%. On a cash basis, "
            f"same-property NOI increased {SP_CASH_G}%, ahead of the GAAP measure because free-rent periods on leases "
            "signed in 2024 burned off. Total NOI increased "
            f"{NOI_G}% to {mil(NOI[0])}, with non-same-property NOI contributing {mil(NSP_NOI[0])}.", size=9)
y = para(y, "By region, same-property NOI grew 6.8% in the West, 3.1% in the Central region, where the Chicago "
            "portfolio absorbed the move-out of a 412,000 square foot tenant in Joliet, and 5.2% in the East.", size=9)
y = title(y - 4, "Outlook", size=9.5)
y = para(y, "For 2027, we expect same-property NOI growth of 4.0% to 5.0% and same-property cash NOI growth of 5.0% to "
            "6.0%, average same-property occupancy of 96.0% to 97.0%, and Core FFO of $1.68 to $1.74 per diluted "
            "share. We expect to start between $200 million and $275 million of new development in 2027.", size=9)
end_page()

# ================================================================ page 5: FFO
y = start_page("Part II \u2014 Item 7. Management's Discussion and Analysis")
y = title(y, "Funds from Operations and Core Funds from Operations")
y = para(y, "We compute funds from operations (FFO) in accordance with the standards established by the National "
            "Association of Real Estate Investment Trusts (Nareit): net income computed under GAAP, excluding gains or "
            "losses from sales of depreciable real estate and impairment write-downs, plus real estate depreciation "
            "and amortization. Core FFO further excludes acquisition and transaction costs, severance and executive "
            "transition costs, and losses on the early extinguishment of debt, which we do not consider indicative "
            "of ongoing operating performance. Other REITs may calculate these measures differently.", size=9)
tb = Table([410, 482, 554], width=62, size=8.5)
y = tb.heads(y, [[((0, 2)), "Year Ended December 31,"]] if False else [[((0, 2), "Year Ended December 31,")],
                  [(None, "(in thousands, except per share data)"), (0, "2026"), (1, "2025"), (2, "2024")]])
y = tb.row(y, "Net income attributable to common stockholders", [k(v) for v in IS["nicom"]], dollar=True)
y = tb.row(y, "Adjustments:", [])
y = tb.row(y, "Real estate depreciation and amortization", [k(v) for v in RE_DA], indent=10)
y = tb.row(y, "Gain on sale of real estate", [k(-v) for v in IS["gain"]], indent=10)
y = tb.row(y, "Net income attributable to noncontrolling interests in the OP", [k(v) for v in IS["nci"]], indent=10)
y = tb.row(y, ["FFO attributable to common stockholders and", "OP unitholders"], [k(v) for v in FFO], bold=True,
           dollar=True, rule_above=True)
y = tb.row(y, "Acquisition and transaction costs", [k(v) for v in TRANS], indent=10)
y = tb.row(y, "Severance and executive transition costs", [k(v) for v in SEVER], indent=10)
y = tb.row(y, "Core FFO", [k(v) for v in CORE], bold=True, dollar=True, rule_above=True, double=True)
y -= 4
y = tb.row(y, "Weighted average diluted shares and OP units", [k(v) for v in FFO_SH])
y = tb.row(y, "FFO per diluted share and unit", [f"{v:.2f}" for v in FFO_PS], dollar=True)
y = tb.row(y, "Core FFO per diluted share and unit", [f"{v:.2f}" for v in CORE_PS], dollar=True)
y = tb.row(y, "Dividends declared per common share", [f"{DPS26T:.3f}", f"{DPS25T:.3f}", "1.100"], dollar=True)
y -= 4
ffo_g = growth(FFO[0], FFO[1])
y = para(y, f"FFO increased {ffo_g:.1f}% to {mil(FFO[0])} in 2026, and Core FFO increased "
            f"{growth(CORE[0], CORE[1]):.1f}% to {mil(CORE[0])}. On a per share basis, FFO rose "
            f"{growth(FFO_PS[0], FFO_PS[1]):.1f}% to ${FFO_PS[0]:.2f} and Core FFO rose "
            f"{growth(CORE_PS[0], CORE_PS[1]):.1f}% to ${CORE_PS[0]:.2f}; growth per share trailed growth in the totals "
            "because of shares issued under our at-the-market program. Our dividends declared represented "
            f"{DPS26T / CORE_PS[0] * 100:.1f}% of Core FFO per diluted share in 2026, compared with "
            f"{DPS25T / CORE_PS[1] * 100:.1f}% in 2025.", size=9)
y = para(y, "Adjusted funds from operations (AFFO), which deducts recurring capital expenditures, leasing costs and "
            "straight-line rent from Core FFO, is presented in our quarterly supplemental package and is not "
            "included in this report.", size=9)
end_page()

# ================================================================ page 6: leasing and EBITDAre
y = start_page("Part II \u2014 Item 7. Management's Discussion and Analysis")
y = title(y, "Leasing Activity")
y = para(y, "The table below summarizes leases that commenced during each year for space in operating properties. "
            "Rent change compares the first-year cash rent (cash basis) or the average rent over the lease term "
            "(straight-line basis) of the new lease with the last rent of the prior lease for the same space; it "
            "excludes first-generation leases in developments and space vacant for more than 12 months.", size=9)
tb = Table([250, 312, 372, 432, 492, 556], width=56, size=8.3)
for yr, blk in ((2026, LEASE26), (2025, LEASE25)):
    y = tb.heads(y, [[((2, 3), "Rent Change")],
                     [(1, "Square Feet"), (2, "Cash"), (3, "Straight-line"), (4, "Weighted Avg."), (5, "TI and LC")],
                     [(None, f"Year ended December 31, {yr}"), (0, "Number"), (1, "(thousands)"), (2, "Basis"),
                      (3, "Basis"), (4, "Term (years)"), (5, "per Sq. Ft.")]])
    for o in blk:
        tot = o["name"].startswith("Total")
        y = tb.row(y, o["name"], [str(o["n"]), f"{o['sf']:,}", f"{o['cash']:.1f}%", f"{o['gaap']:.1f}%",
                                  f"{o['term']:.1f}", f"${o['ti']:.2f}"], bold=tot, rule_above=tot)
    y -= 8
y = para(y, f"Our tenant retention rate, measured by square feet, was {RETENTION[0]}% in 2026 compared with "
            f"{RETENTION[1]}% in 2025. Rent spreads narrowed from 2025 as market rent growth slowed in the Inland "
            f"Empire; excluding the Inland Empire, the cash rent change on 2026 leases was 19.6%. Renewal leases "
            f"carried a cash rent change of {LEASE26[1]['cash']}% and new leases {LEASE26[0]['cash']}%.", size=9)
y = title(y - 2, "EBITDAre and Adjusted EBITDAre", size=10)
y = para(y, "We calculate EBITDA for real estate (EBITDAre) under the Nareit definition: net income before interest "
            "expense, income taxes, depreciation and amortization, gains or losses on the sale of depreciated "
            "property and impairments. Adjusted EBITDAre further excludes the Core FFO adjustments.", size=9)
tb = Table([430, 494, 556], width=58, size=8.5)
y = tb.heads(y, [[(None, "(in thousands)"), (0, "2026"), (1, "2025"), (2, "2024")]])
y = tb.row(y, "Net income", [k(v) for v in IS["ni"]], dollar=True)
y = tb.row(y, "Interest expense", [k(v) for v in IS["intexp"]], indent=10)
y = tb.row(y, "Income tax expense", [k(v) for v in IS["tax"]], indent=10)
y = tb.row(y, "Depreciation and amortization", [k(v) for v in IS["da"]], indent=10)
y = tb.row(y, "Gain on sale of real estate", [k(-v) for v in IS["gain"]], indent=10)
y = tb.row(y, "EBITDAre", [k(v) for v in EBITDARE], bold=True, dollar=True, rule_above=True)
y = tb.row(y, "Acquisition, transaction, severance and transition costs",
           [k(TRANS[i] + SEVER[i]) for i in range(3)], indent=10)
y = tb.row(y, "Adjusted EBITDAre", [k(v) for v in ADJ_EBITDARE], bold=True, dollar=True, rule_above=True, double=True)
end_page()

# ================================================================ page 7: liquidity
y = start_page("Part II \u2014 Item 7. Management's Discussion and Analysis")
y = title(y, "Liquidity and Capital Resources")
avail = 1000000 - B26["rev"] - 14200
y = para(y, f"At December 31, 2026, we had {mil(B26['cash'])} of cash and cash equivalents and "
            f"{mil(avail)} available under our $1.0 billion unsecured revolving credit facility, net of "
            "$14.2 million of outstanding letters of credit. Our primary sources of liquidity are cash flow from "
            "operations, borrowings under the revolving credit facility, issuances of unsecured notes, property "
            "dispositions and sales of common stock under our at-the-market (ATM) program, under which we sold "
            f"{ATM_SH / 1000:.2f} million shares in 2026 for net proceeds of {mil(ATM)}.", size=9)
y = para(y, f"Indebtedness. Total consolidated debt, at principal amount, was {mil(DEBT_FACE[0])} at year end, with a "
            f"weighted average interest rate of {W_RATE:.2f}% and a weighted average remaining term of {WAM} years. "
            f"Fixed-rate debt, including the term loan swapped to a fixed rate, was {FIXED_PCT}% of the total. Net "
            f"debt (total debt less cash and cash equivalents) was {mil(NET_DEBT[0])}, or {LEV[0]}x Adjusted EBITDAre, "
            f"compared with {LEV[1]}x at the end of 2025. We target net debt to Adjusted EBITDAre of 5.0x to 6.0x.",
         size=9)
y = title(y - 2, "Scheduled Debt Maturities", size=9.5)
y = para(y, "The following table presents scheduled principal payments, including amortization, at December 31, "
            "2026 (dollars in thousands). The revolving credit facility is shown at its initial maturity; it has two "
            "six-month extension options.", size=9)
tb = Table([196, 262, 322, 390, 452, 518, 558], width=58, size=8.2)
tb = Table([232, 292, 352, 414, 474, 556], width=56, size=8.2)
y = tb.heads(y, [[(0, "Unsecured"), (2, "Revolving"), (5, "Weighted Avg.")],
                 [(0, "Senior"), (1, "Term"), (2, "Credit"), (3, "Mortgage"), (5, "Interest")],
                 [(None, "Year"), (0, "Notes"), (1, "Loan"), (2, "Facility"), (3, "Notes"), (4, "Total"),
                  (5, "Rate")]])
for i, yv in enumerate(MAT_YEARS):
    m = MAT[yv]
    y = tb.row(y, str(yv), [k(m["uns"]), k(m["tl"]), k(m["rv"]), k(m["mo"]), k(m["tot"]), f"{m['rate']:.2f}%"],
               dollar=(i == 0))
y = tb.row(y, "Total", [k(MAT_TOT["uns"]), k(MAT_TOT["tl"]), k(MAT_TOT["rv"]), k(MAT_TOT["mo"]),
                        k(MAT_TOT["tot"]), f"{W_RATE:.2f}%"], bold=True, dollar=True, rule_above=True, double=True)
y -= 4
y = para(y, f"Our term loan matures in March 2027 and we intend to repay it with revolver borrowings and a new "
            f"unsecured note issue; amounts maturing in 2027 total {mil(MAT[2027]['tot'])}. For 2026, our ratio of "
            f"Adjusted EBITDAre to interest expense was {INT_COVER}x, compared with "
            f"{ADJ_EBITDARE[1] / IS['intexp'][1]:.1f}x in 2025. We were in compliance with all covenants under our "
            "unsecured notes and credit agreements, including a maximum ratio of total debt to total asset value of "
            "60% (our ratio was 31.8%).", size=9)
y = title(y - 2, "Cash Flows", size=9.5)
y = para(y, f"Net cash provided by operating activities was {mil(CFO[0])} in 2026 compared with {mil(CFO[1])} in 2025, "
            f"an increase of {growth(CFO[0], CFO[1]):.1f}%. Net cash used in investing activities was "
            f"{mil(-CFI[0])}, mainly acquisitions of {mil(ACQ)} and development spending of {mil(DEV)}. Financing "
            f"activities provided {mil(CFF[0])}. Dividends paid to common stockholders were {mil(DIVPAID26)}.", size=9)
end_page()

# ================================================================ page 8: balance sheets
y = start_page("Part II \u2014 Item 8. Financial Statements and Supplementary Data")
y = title(y, "TOLVERN INDUSTRIAL TRUST, INC.", center=True)
y = title(y + 4, "CONSOLIDATED BALANCE SHEETS", center=True)
c.setFont(FONT, 9); c.drawCentredString(W / 2, y + 4, "(in thousands, except share and per share data)"); y -= 14
tb = Table([474, 556], width=70, size=8.6)
y = tb.heads(y, [[(0, "December 31,"), (1, "December 31,")], [(None, ""), (0, "2026"), (1, "2025")]])


def two(key, **kw):
    return [k(B26[key]), k(B25[key])]


c.setFont(BOLD, 8.6); c.drawString(LM, y, "ASSETS"); y -= 12
y = tb.row(y, "Real estate:", [])
y = tb.row(y, "Land", two("land"), indent=10, dollar=True)
y = tb.row(y, "Buildings and improvements", two("bldg"), indent=10)
y = tb.row(y, "Construction in progress", two("cip"), indent=10)
y = tb.row(y, "Total real estate, at cost", two("recost"), indent=20, rule_above=True)
y = tb.row(y, "Less: accumulated depreciation", [k(-B26["ad"]), k(-B25["ad"])], indent=10)
y = tb.row(y, "Net real estate", two("renet"), indent=20, rule_above=True)
y = tb.row(y, "Cash and cash equivalents", two("cash"))
y = tb.row(y, "Tenant receivables, net", two("tr"))
y = tb.row(y, "Deferred rent receivable", two("dr"))
y = tb.row(y, "Other assets, net", two("oa"))
y = tb.row(y, "Total assets", two("ta"), bold=True, dollar=True, rule_above=True, double=True)
y -= 6
c.setFont(BOLD, 8.6); c.drawString(LM, y, "LIABILITIES AND EQUITY"); y -= 12
y = tb.row(y, "Liabilities:", [])
y = tb.row(y, "Unsecured senior notes, net", two("uns"), indent=10, dollar=True)
y = tb.row(y, "Unsecured term loan", two("tl"), indent=10)
y = tb.row(y, "Revolving credit facility", two("rev"), indent=10)
y = tb.row(y, "Mortgage notes payable", two("mort"), indent=10)
y = tb.row(y, "Accounts payable, accrued expenses and other liabilities", two("ap"), indent=10)
y = tb.row(y, "Dividends payable", two("divp"), indent=10)
y = tb.row(y, "Tenant security deposits and prepaid rent", two("dep"), indent=10)
y = tb.row(y, "Total liabilities", two("tl_"), indent=20, rule_above=True)
y = tb.row(y, "Commitments and contingencies (Note 11)", [])
y = tb.row(y, "Equity:", [])
y = tb.row(y, ["Common stock, $0.01 par value; 500,000,000 shares authorized;",
               f"{B26['shares'] * 1000:,} and {B25['shares'] * 1000:,} shares issued and outstanding"],
           two("cs"), indent=10)
y = tb.row(y, "Additional paid-in capital", two("apic"), indent=10)
y = tb.row(y, "Distributions in excess of net income", [k(B26["dist"]), k(B25["dist"])], indent=10)
y = tb.row(y, "Total stockholders' equity", two("se"), indent=20, rule_above=True)
y = tb.row(y, "Noncontrolling interests in the Operating Partnership", two("nci"), indent=10)
y = tb.row(y, "Total equity", two("te"), indent=20, rule_above=True)
y = tb.row(y, "Total liabilities and equity", two("tle"), bold=True, dollar=True, rule_above=True, double=True)
y -= 8
c.setFont(ITAL, 8); c.drawCentredString(W / 2, y, "See accompanying notes to consolidated financial statements.")
end_page()

# ================================================================ page 9: statements of operations
y = start_page("Part II \u2014 Item 8. Financial Statements and Supplementary Data")
y = title(y, "TOLVERN INDUSTRIAL TRUST, INC.", center=True)
y = title(y + 4, "CONSOLIDATED STATEMENTS OF OPERATIONS", center=True)
c.setFont(FONT, 9); c.drawCentredString(W / 2, y + 4, "(in thousands, except per share data)"); y -= 14
tb = Table([420, 488, 556], width=62, size=8.6)
y = tb.heads(y, [[((0, 2), "Year Ended December 31,")], [(None, ""), (0, "2026"), (1, "2025(1)"), (2, "2024(1)")]])


def three(key, neg=False):
    return [k(-v if neg else v) for v in IS[key]]


y = tb.row(y, "Revenues:", [])
y = tb.row(y, "Rental revenue", three("rental"), indent=10, dollar=True)
y = tb.row(y, "Other revenue", three("other"), indent=10)
y = tb.row(y, "Total revenues", three("totrev"), indent=20, rule_above=True)
y = tb.row(y, "Expenses:", [])
y = tb.row(y, "Property operating", three("propop"), indent=10)
y = tb.row(y, "Real estate taxes", three("retax"), indent=10)
y = tb.row(y, "Depreciation and amortization", three("da"), indent=10)
y = tb.row(y, "General and administrative", three("ga"), indent=10)
y = tb.row(y, "Total expenses", three("totexp"), indent=20, rule_above=True)
y = tb.row(y, "Other income (expense):", [])
y = tb.row(y, "Gain on sale of real estate", three("gain"), indent=10)
y = tb.row(y, "Interest expense", three("intexp", True), indent=10)
y = tb.row(y, "Interest and other income", three("intinc"), indent=10)
y = tb.row(y, "Income before income taxes", three("pretax"), rule_above=True)
y = tb.row(y, "Income tax expense", three("tax", True), indent=10)
y = tb.row(y, "Net income", three("ni"), rule_above=True)
y = tb.row(y, ["Less: net income attributable to noncontrolling interests", "in the Operating Partnership"],
           three("nci", True), indent=10)
y = tb.row(y, "Net income attributable to common stockholders", three("nicom"), bold=True, dollar=True,
           rule_above=True, double=True)
y -= 6
y = tb.row(y, "Earnings per common share:", [])
y = tb.row(y, "Basic", [f"{v:.2f}" for v in IS["epsb"]], indent=10, dollar=True)
y = tb.row(y, "Diluted", [f"{v:.2f}" for v in IS["epsd"]], indent=10, dollar=True)
y -= 4
y = tb.row(y, "Weighted average common shares outstanding:", [])
y = tb.row(y, "Basic", [k(v) for v in SH_BASIC], indent=10)
y = tb.row(y, "Diluted", [k(v) for v in SH_DIL], indent=10)
y -= 8
c.setFont(FONT, 7.8)
y = para(y, f"(1) Recast. Tenant reimbursements of utility costs ({mil(RECLASS_2025)} in 2025 and $3.5 million in 2024) "
            "previously presented in other revenue are now presented in rental revenue. Total revenues and net "
            "income are unchanged.", size=7.8)
y -= 4
c.setFont(ITAL, 8); c.drawCentredString(W / 2, y, "See accompanying notes to consolidated financial statements.")
end_page()

# ================================================================ page 10: cash flows
y = start_page("Part II \u2014 Item 8. Financial Statements and Supplementary Data")
y = title(y, "TOLVERN INDUSTRIAL TRUST, INC.", center=True)
y = title(y + 4, "CONSOLIDATED STATEMENTS OF CASH FLOWS", center=True)
c.setFont(FONT, 9); c.drawCentredString(W / 2, y + 4, "(in thousands)"); y -= 14
tb = Table([420, 488, 556], width=62, size=8.3, lead=10.6)
y = tb.heads(y, [[((0, 2), "Year Ended December 31,")], [(None, ""), (0, "2026"), (1, "2025"), (2, "2024")]])


def cf(key):
    return [k(v) for v in CF[key]]


y = tb.row(y, "Cash flows from operating activities:", [], bold=True)
y = tb.row(y, "Net income", cf("ni"), indent=10, dollar=True)
y = tb.row(y, "Adjustments to reconcile net income to net cash provided by operating activities:", [], indent=10)
y = tb.row(y, "Depreciation and amortization", cf("da"), indent=20)
y = tb.row(y, "Gain on sale of real estate", cf("gain"), indent=20)
y = tb.row(y, "Straight-line rent and amortization of lease intangibles", cf("sl"), indent=20)
y = tb.row(y, "Amortization of debt issuance costs", cf("dfc"), indent=20)
y = tb.row(y, "Stock-based compensation", cf("sc"), indent=20)
y = tb.row(y, "Changes in operating assets and liabilities:", [], indent=20)
y = tb.row(y, "Tenant receivables", cf("tr"), indent=30)
y = tb.row(y, "Other assets", cf("oa"), indent=30)
y = tb.row(y, "Accounts payable, accrued expenses and other liabilities", cf("ap"), indent=30)
y = tb.row(y, "Tenant security deposits and prepaid rent", cf("dep"), indent=30)
y = tb.row(y, "Net cash provided by operating activities", [k(v) for v in CFO], bold=True, rule_above=True)
y -= 3
y = tb.row(y, "Cash flows from investing activities:", [], bold=True)
y = tb.row(y, "Acquisitions of real estate", cf("acq"), indent=10)
y = tb.row(y, "Development of real estate", cf("dev"), indent=10)
y = tb.row(y, "Capital improvements to operating properties", cf("capimp"), indent=10)
y = tb.row(y, "Proceeds from sales of real estate, net", cf("disp"), indent=10)
y = tb.row(y, "Net cash used in investing activities", [k(v) for v in CFI], bold=True, rule_above=True)
y -= 3
y = tb.row(y, "Cash flows from financing activities:", [], bold=True)
y = tb.row(y, "Proceeds from issuance of unsecured senior notes", cf("notes"), indent=10)
y = tb.row(y, "Repayment of unsecured senior notes", cf("notesrep"), indent=10)
y = tb.row(y, "Debt issuance costs paid", cf("cost"), indent=10)
y = tb.row(y, "Proceeds from unsecured term loan", cf("tlp"), indent=10)
y = tb.row(y, "Principal payments on mortgage notes", cf("mortrep"), indent=10)
y = tb.row(y, "Borrowings under revolving credit facility", cf("revb"), indent=10)
y = tb.row(y, "Repayments under revolving credit facility", cf("revr"), indent=10)
y = tb.row(y, "Proceeds from issuance of common stock, net", cf("atm"), indent=10)
y = tb.row(y, "Dividends paid to common stockholders", cf("divs"), indent=10)
y = tb.row(y, "Distributions to noncontrolling interests", cf("ncid"), indent=10)
lab_f = "Net cash provided by (used in) financing activities"
y = tb.row(y, lab_f, [k(v) for v in CFF], bold=True, rule_above=True)
y -= 3
y = tb.row(y, "Net increase (decrease) in cash and cash equivalents", [k(v) for v in NETCH])
y = tb.row(y, "Cash and cash equivalents, beginning of year", [k(v) for v in BEG])
y = tb.row(y, "Cash and cash equivalents, end of year", [k(v) for v in END], bold=True, dollar=True,
           rule_above=True, double=True)
y -= 4
y = tb.row(y, "Supplemental disclosure:", [], bold=True)
y = tb.row(y, "Cash paid for interest, net of amounts capitalized", [k(v) for v in INTPAID], indent=10, dollar=True)
y = tb.row(y, "Dividends declared but not paid", [k(DIVPAY26), k(DIVPAY25), k(40950)], indent=10)
c.setFont(ITAL, 8); c.drawCentredString(W / 2, y - 6, "See accompanying notes to consolidated financial statements.")
end_page()

# ================================================================ page 11: Note 6 debt
y = start_page("Notes to Consolidated Financial Statements")
y = title(y, "6. Debt")
y = para(y, "Our consolidated indebtedness consisted of the following (dollars in thousands):", size=9)
tb = Table([300, 392, 474, 556], width=64, size=8.3)
y = tb.heads(y, [[(0, "Stated"), (2, "December 31,"), (3, "December 31,")],
                 [(None, "Instrument"), (0, "Rate"), (1, "Maturity Date"), (2, "2026"), (3, "2025")]])
first = True
for n in NOTES25 + [NEW_NOTE]:
    v26 = 0 if "2026" in n[0] else n[3]
    v25 = 0 if n is NEW_NOTE else n[3]
    t = c.beginText(); t.setFont(FONT, 8.3)
    cells = [f"{n[1]:.2f}%", n[2], (("$ " if first else "") + k(v26)), (("$ " if first else "") + k(v25))]
    t.setTextOrigin(LM + 10, y); t.textOut(n[0])
    for i, s in enumerate(cells):
        t.setTextOrigin(tb.rights[i] - stringWidth(s, FONT, 8.3), y); t.textOut(s)
    c.drawText(t); y -= 11; first = False
y = tb.row(y, "Total unsecured senior notes, principal", ["", "", k(UNS26), k(UNS25)], indent=20, rule_above=True)
y = tb.row(y, "Unamortized debt issuance costs and discounts", ["", "", k(-UNAM26), k(-UNAM25)], indent=20)
y = tb.row(y, "Unsecured senior notes, net", ["", "", k(UNS26 - UNAM26), k(UNS25 - UNAM25)], bold=True,
           rule_above=True, dollar=False)
y -= 3
y = tb.row(y, "Unsecured term loan (1)", ["4.02%", "March 20, 2027", k(TL), k(TL)], indent=10)
y = tb.row(y, "Revolving credit facility (2)", [f"{REV_RATE:.2f}%", "July 31, 2029", k(B26["rev"]), k(B25["rev"])],
           indent=10)
y = tb.row(y, "Mortgage notes payable (3)", [f"{MORT_RATE:.2f}%", "2027\u20132034", k(MORT26), k(MORT25)], indent=10)
tot26 = UNS26 - UNAM26 + TL + B26["rev"] + MORT26
tot25 = UNS25 - UNAM25 + TL + B25["rev"] + MORT25
y = tb.row(y, "Total debt, net", ["", "", f"$ {tot26:,}", f"$ {tot25:,}"], bold=True, rule_above=True, double=True)
y -= 4
c.setFont(FONT, 7.8)
y = para(y, "(1) Bears interest at daily SOFR plus 0.95%; swapped to a fixed all-in rate of 4.02% through maturity. "
            "(2) Rate shown is the rate in effect at December 31, 2026 (SOFR plus 0.85%); $1.0 billion of commitments. "
            "(3) Weighted average rate; secured by 9 properties with a net book value of $312.4 million.", size=7.8)
y = para(y, "On February 24, 2026, the Operating Partnership issued $350.0 million aggregate principal amount of 5.10% "
            "Senior Notes due 2033 at par. The notes pay interest semi-annually. On September 15, 2026, the Operating "
            "Partnership repaid at maturity the $200.0 million of 3.35% Senior Notes due 2026 using revolver "
            "borrowings and cash on hand. Mortgage notes include a $48.9 million loan secured by two buildings in "
            "Columbus that matures in 2028.", size=9)
y = para(y, f"Interest expense is net of capitalized interest of $7.8 million in 2026, $6.4 million in 2025 and "
            f"$5.1 million in 2024, and includes amortization of debt issuance costs. The weighted average interest "
            f"rate on the revolving credit facility during 2026 was 5.48%.", size=9)
y = title(y - 2, "Fair value of debt", size=9.5)
y = para(y, "The estimated fair value of our unsecured senior notes was approximately $1.47 billion at December 31, "
            "2026 and $1.31 billion at December 31, 2025, based on quoted market prices (Level 2). The carrying "
            "amounts of the term loan and revolving credit facility approximate fair value.", size=9)
end_page()

# ================================================================ page 12: Note 9 equity, Note 12 segments
y = start_page("Notes to Consolidated Financial Statements")
y = title(y, "9. Equity")
y = para(y, "Dividends. We declared the following dividends on our common stock (the Operating Partnership made "
            "equal per-unit distributions on its common units):", size=9)
tb = Table([250, 330, 420, 500], width=64, size=8.3)
y = tb.heads(y, [[(1, "Per"), (2, "Total")],
                 [(None, "Quarter ended"), (0, "Date Declared"), (1, "Share"), (2, "(in thousands)"), (3, "Date Paid")]])
DECL_DATES26 = ["February 18, 2026", "May 5, 2026", "August 4, 2026", "November 3, 2026"]
PAID26 = ["April 15, 2026", "July 15, 2026", "October 15, 2026", "January 15, 2027"]
QN = ["March 31", "June 30", "September 30", "December 31"]
for i in range(4):
    y = tb.row(y, f"{QN[i]}, 2026", [DECL_DATES26[i], f"{DPS26[i]:.3f}", f"{DIVQ26[i]:,}", PAID26[i]],
               dollar=False)
y = tb.row(y, "Total 2026", ["", f"${DPS26T:.3f}", f"${DECL26:,}", ""], bold=True, rule_above=True)
y -= 3
for i in range(4):
    y = tb.row(y, f"{QN[i]}, 2025", ["", f"{DPS25[i]:.3f}", f"{DIVQ25[i]:,}", ""])
y = tb.row(y, "Total 2025", ["", f"${DPS25T:.3f}", f"${DECL25:,}", ""], bold=True, rule_above=True)
y -= 2
y = para(y, f"ATM program. During 2026 we issued {ATM_SH * 1000:,} shares of common stock under our at-the-market "
            f"equity program at a weighted average price of ${(ATM + 1410) / ATM_SH:.2f} per share, for net proceeds "
            f"of {mil(ATM)} after commissions of $1.4 million. At December 31, 2026, $403.5 million remained available "
            "under the program. Noncontrolling interests represent 3,550,000 common units of the Operating "
            "Partnership held by third parties, redeemable for cash or, at our option, shares of common stock "
            "on a one-for-one basis.", size=9)
y = title(y - 4, "12. Segment Reporting")
y = para(y, "We manage our operations in three reportable segments based on geographic region: West (Inland Empire, "
            "Phoenix, Reno / Sparks), Central (Dallas\u2013Fort Worth, Chicago, Columbus) and East (Atlanta, Central "
            "Pennsylvania, Nashville). Our chief operating decision maker evaluates segment performance using NOI.",
         size=9)
tb = Table([300, 364, 428, 492, 556], width=58, size=8.3)
y = tb.heads(y, [[((0, 1), "Total revenues"), ((2, 3), "NOI")],
                 [(None, "(in thousands)"), (0, "2026"), (1, "2025"), (2, "2026"), (3, "2025"), (4, "Properties")]])
for i, r in enumerate(REG):
    y = tb.row(y, r, [k(SEG_REV[r][0]), k(SEG_REV[r][1]), k(SEG_NOI[r][0]), k(SEG_NOI[r][1]), str(SEG_PROPS[r])],
               dollar=(i == 0) and False)
y = tb.row(y, "Total", [f"${IS['totrev'][0]:,}", f"${IS['totrev'][1]:,}", f"${NOI[0]:,}", f"${NOI[1]:,}",
                        str(TOT_N)], bold=True, rule_above=True, double=True)
y -= 4
y = para(y, "Reconciliation of NOI to net income (in thousands):", size=9)
tb = Table([474, 556], width=64, size=8.3)
y = tb.heads(y, [[(None, ""), (0, "2026"), (1, "2025")]])
y = tb.row(y, "Total NOI", [f"{NOI[0]:,}", f"{NOI[1]:,}"], dollar=True)
y = tb.row(y, "Depreciation and amortization", [k(-IS["da"][0]), k(-IS["da"][1])], indent=10)
y = tb.row(y, "General and administrative", [k(-IS["ga"][0]), k(-IS["ga"][1])], indent=10)
y = tb.row(y, "Gain on sale of real estate", [k(IS["gain"][0]), k(IS["gain"][1])], indent=10)
y = tb.row(y, "Interest expense", [k(-IS["intexp"][0]), k(-IS["intexp"][1])], indent=10)
y = tb.row(y, "Interest and other income", [k(IS["intinc"][0]), k(IS["intinc"][1])], indent=10)
y = tb.row(y, "Income tax expense", [k(-IS["tax"][0]), k(-IS["tax"][1])], indent=10)
y = tb.row(y, "Net income", [f"{IS['ni'][0]:,}", f"{IS['ni'][1]:,}"], bold=True, dollar=True, rule_above=True,
           double=True)
for j in range(2):
    assert NOI[j] - IS["da"][j] - IS["ga"][j] + IS["gain"][j] - IS["intexp"][j] + IS["intinc"][j] - IS["tax"][j] == IS["ni"][j]
end_page()
c.save()

if __name__ == "__main__":
    import json
    facts = dict(NOI=NOI, SP_NOI=SP_NOI, FFO=FFO, CORE=CORE, FFO_PS=FFO_PS, CORE_PS=CORE_PS, ADJ=ADJ_EBITDARE,
                 NET_DEBT=NET_DEBT, LEV=LEV, CFO=CFO, CFI=CFI, CFF=CFF, END=END, B26=B26, B25=B25, IS=IS,
                 DECL=[DECL26, DECL25], DIVPAID26=DIVPAID26, TOT_OCC=TOT_OCC, TOT_ABR=TOT_ABR, W_RATE=W_RATE)
    if os.environ.get("S32W2_FACTS"):
        print(json.dumps(facts, default=str))
