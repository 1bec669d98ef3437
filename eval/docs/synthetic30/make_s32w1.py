# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Wendmoor Financial Corporation (invented) Q3 2026 earnings release and financial supplement.
All amounts are held in integer tenths of a million; every total is computed, never typed."""
import os
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "WENDMOOR_2026Q3_EARNINGS.pdf")
W, H = letter
CO = "Wendmoor Financial Corporation"

def T(x):
    return int(round(x * 10))

def q6(*v):  # Q1'25, Q2'25, Q3'25, Q1'26, Q2'26, Q3'26
    return [T(a) for a in v]

# ---------------------------------------------------------------- income statement inputs
IS = {}
IS["loans"] = q6(262.4, 268.9, 274.1, 279.8, 286.3, 293.7)
IS["sec"] = q6(41.2, 42.0, 43.5, 44.1, 45.6, 49.8)
IS["ibd"] = q6(9.8, 8.7, 9.1, 7.9, 8.4, 7.6)
IS["xdep"] = q6(96.5, 98.2, 101.7, 99.8, 100.9, 102.3)
IS["xstb"] = q6(8.9, 9.4, 8.1, 7.2, 6.8, 6.1)
IS["xltd"] = q6(14.6, 14.9, 15.3, 15.8, 16.0, 16.4)
IS["prov"] = q6(18.2, 21.5, 24.8, 22.1, 19.6, 26.9)
NONINT = [("svc", "Service charges on deposit accounts", q6(14.8, 15.3, 15.9, 15.4, 16.1, 16.7)),
          ("card", "Card and payment processing fees", q6(11.2, 12.0, 12.4, 11.8, 12.7, 13.1)),
          ("wealth", "Wealth management and trust fees", q6(17.9, 18.4, 18.8, 19.5, 20.2, 20.9)),
          ("mort", "Mortgage banking income", q6(4.1, 5.2, 4.7, 3.9, 5.6, 6.2)),
          ("cmkt", "Commercial banking and capital markets fees", q6(6.5, 7.1, 6.9, 7.4, 8.0, 8.8)),
          ("boli", "Bank-owned life insurance", q6(3.1, 3.2, 3.2, 3.3, 3.3, 3.4)),
          ("secgl", "Investment securities gains (losses), net", q6(0.0, 0.3, 0.0, 0.0, -0.2, -58.4)),
          ("oth", "Other", q6(2.9, 3.4, 2.6, 3.1, 2.8, 3.5))]
NONEXP = [("sal", "Salaries and employee benefits", q6(82.4, 80.9, 82.1, 85.6, 84.2, 86.0)),
          ("occ", "Net occupancy and equipment", q6(15.8, 15.5, 15.7, 16.0, 15.9, 16.3)),
          ("tech", "Technology and communications", q6(13.1, 13.6, 14.0, 14.8, 15.2, 15.9)),
          ("fdic", "FDIC insurance assessments", q6(6.0, 5.9, 5.8, 5.6, 13.1, 5.5)),
          ("prof", "Professional and outside services", q6(5.2, 5.8, 6.1, 5.5, 6.0, 6.4)),
          ("mkt", "Marketing and business development", q6(3.0, 3.4, 3.2, 2.9, 3.6, 3.3)),
          ("amort", "Amortization of intangible assets", q6(2.1, 2.1, 2.0, 1.9, 1.9, 1.8)),
          ("othx", "Other", q6(7.4, 7.9, 8.2, 7.7, 8.1, 8.5))]
FDIC_SPECIAL = q6(0, 0, 0, 0, 7.5, 0)
TAXRATE = [0.212, 0.214, 0.209, 0.215, 0.213, 0.198]
PREF = q6(4.7, 4.7, 4.7, 4.7, 4.7, 4.7)
BASIC_SH = [151.8, 151.2, 150.6, 149.4, 148.7, 147.6]   # millions, set by hand
DIL_ADD = 0.9
DPS = [0.23, 0.23, 0.23, 0.25, 0.25, 0.26]
COMMON_DIV = q6(35.0, 34.8, 34.6, 37.4, 37.2, 38.5)
BUYBACK = q6(30.0, 30.0, 35.0, 40.0, 45.0, 50.0)
BUYBACK_AUTH = T(400.0)  # approved January 2026; audit s32a1: remaining = authorization - 2026 repurchases

def rng(vals):  # -> dict of the five presented columns
    return {"q3_26": vals[5], "q2_26": vals[4], "q3_25": vals[2],
            "9m_26": sum(vals[3:6]), "9m_25": sum(vals[0:3])}

Q = {}
for k in ("loans", "sec", "ibd", "xdep", "xstb", "xltd", "prov"):
    Q[k] = IS[k]
Q["ii"] = [Q["loans"][i] + Q["sec"][i] + Q["ibd"][i] for i in range(6)]
Q["ie"] = [Q["xdep"][i] + Q["xstb"][i] + Q["xltd"][i] for i in range(6)]
Q["nii"] = [Q["ii"][i] - Q["ie"][i] for i in range(6)]
Q["niiap"] = [Q["nii"][i] - Q["prov"][i] for i in range(6)]
for k, _, v in NONINT + NONEXP:
    Q[k] = v
Q["tnonint"] = [sum(v[i] for _, _, v in NONINT) for i in range(6)]
Q["tnonexp"] = [sum(v[i] for _, _, v in NONEXP) for i in range(6)]
Q["ebt"] = [Q["niiap"][i] + Q["tnonint"][i] - Q["tnonexp"][i] for i in range(6)]
Q["tax"] = [int(round(Q["ebt"][i] * TAXRATE[i])) for i in range(6)]
Q["ni"] = [Q["ebt"][i] - Q["tax"][i] for i in range(6)]
Q["pref"] = PREF
Q["nia"] = [Q["ni"][i] - PREF[i] for i in range(6)]
Q["fdics"] = FDIC_SPECIAL
Q["cdiv"] = COMMON_DIV
Q["buyback"] = BUYBACK
C = {k: rng(v) for k, v in Q.items()}
COLS = ["q3_26", "q2_26", "q3_25", "9m_26", "9m_25"]
SH = {"q3_26": BASIC_SH[5], "q2_26": BASIC_SH[4], "q3_25": BASIC_SH[2],
      "9m_26": round(sum(BASIC_SH[3:6]) / 3, 1), "9m_25": round(sum(BASIC_SH[0:3]) / 3, 1)}
DSH = {k: round(v + DIL_ADD, 1) for k, v in SH.items()}
DPSC = {"q3_26": DPS[5], "q2_26": DPS[4], "q3_25": DPS[2], "9m_26": sum(DPS[3:6]), "9m_25": sum(DPS[0:3])}

def eps(nia_t, sh):
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(nia_t) / Decimal(10) / Decimal(str(sh))).quantize(Decimal("0.01"), ROUND_HALF_UP))

EPS_B = {k: eps(C["nia"][k], SH[k]) for k in COLS}
EPS_D = {k: eps(C["nia"][k], DSH[k]) for k in COLS}

# ---------------------------------------------------------------- balance sheet
BD = ["sep26", "dec25", "sep25"]
def b3(a, b, c):
    return {"sep26": T(a), "dec25": T(b), "sep25": T(c)}
BS = {}
BS["cash"] = b3(312.4, 298.7, 305.1)
BS["ibdb"] = b3(690.2, 845.3, 781.6)
BS["afs"] = b3(4402.8, 4020.6, 3955.3)
BS["htm"] = b3(1372.5, 1418.9, 1446.2)
HTM_FV = b3(1268.9, 1301.4, 1316.7)
BS["lhfs"] = b3(48.6, 37.2, 41.9)
LOANS_BY = {  # sep26, jun26, sep25
    "ci": (7412.8, 7255.1, 6980.4), "cre": (6105.3, 6048.7, 5931.6),
    "resi": (4188.9, 4120.6, 3987.2), "cons": (2329.4, 2307.4, 2219.3)}
LB = {k: {"sep26": T(v[0]), "jun26": T(v[1]), "sep25": T(v[2])} for k, v in LOANS_BY.items()}
LTOT = {d: sum(LB[k][d] for k in LB) for d in ("sep26", "jun26", "sep25")}
BS["loans"] = {"sep26": LTOT["sep26"], "dec25": T(19402.7), "sep25": LTOT["sep25"]}
# allowance roll
NCO = q6(15.1, 17.8, 19.6, 18.4, 17.2, 21.3)
GCO = q6(19.0, 21.9, 23.8, 22.5, 21.5, 25.9)
REC = [GCO[i] - NCO[i] for i in range(6)]
ACL_DEC24 = T(254.3)
ACL_DEC25 = T(268.9)
ACL_SEP25 = ACL_DEC24 + sum(Q["prov"][i] - NCO[i] for i in range(3))
ACL_JUN25 = ACL_DEC24 + sum(Q["prov"][i] - NCO[i] for i in range(2))
ACL_MAR26 = ACL_DEC25 + Q["prov"][3] - NCO[3]
ACL_JUN26 = ACL_MAR26 + Q["prov"][4] - NCO[4]
ACL_SEP26 = ACL_JUN26 + Q["prov"][5] - NCO[5]
BS["acl"] = {"sep26": ACL_SEP26, "dec25": ACL_DEC25, "sep25": ACL_SEP25}
BS["netloans"] = {d: BS["loans"][d] - BS["acl"][d] for d in BD}
BS["prem"] = b3(214.3, 219.8, 221.5)
BS["gw"] = b3(705.6, 705.6, 705.6)
BS["intang"] = {"dec25": T(42.0), "sep25": T(43.9)}
BS["intang"]["sep26"] = BS["intang"]["dec25"] - C["amort"]["9m_26"]
assert BS["intang"]["sep26"] == T(36.4)
BS["bolia"] = b3(402.7, 397.1, 394.0)
BS["otha"] = b3(611.8, 598.5, 640.2)
ASSET_KEYS = ["cash", "ibdb", "afs", "htm", "lhfs", "netloans", "prem", "gw", "intang", "bolia", "otha"]
BS["ta"] = {d: sum(BS[k][d] for k in ASSET_KEYS) for d in BD}
BS["nib"] = b3(5640.3, 5812.9, 5870.4)
BS["ibc"] = b3(4355.6, 4190.2, 4122.8)
BS["mms"] = b3(8204.9, 7950.4, 7830.1)
BS["time"] = b3(2690.8, 2745.1, 2712.6)
BS["tdep"] = {d: BS["nib"][d] + BS["ibc"][d] + BS["mms"][d] + BS["time"][d] for d in BD}
BS["stb"] = b3(1212.0, 705.5, 640.8)
BS["ltd"] = b3(1250.0, 1150.0, 1150.0)
BS["pref"] = b3(287.5, 287.5, 287.5)
BS["cs"] = b3(165.0, 165.0, 165.0)
BS["apic"] = b3(1702.4, 1695.1, 1692.8)
BS["re"] = {"dec25": T(1698.3), "sep25": T(1638.9)}
BS["re"]["sep26"] = BS["re"]["dec25"] + C["nia"]["9m_26"] - C["cdiv"]["9m_26"]
BS["aoci"] = b3(-262.7, -318.4, -351.9)
BS["treas"] = {"dec25": T(-345.6), "sep25": T(-318.0)}
BS["treas"]["sep26"] = BS["treas"]["dec25"] - C["buyback"]["9m_26"] + T(6.8)  # 6.8 reissued for stock plans
EQ_KEYS = ["pref", "cs", "apic", "re", "aoci", "treas"]
BS["teq"] = {d: sum(BS[k][d] for k in EQ_KEYS) for d in BD}
BS["othl"] = {d: BS["ta"][d] - BS["tdep"][d] - BS["stb"][d] - BS["ltd"][d] - BS["teq"][d] for d in BD}
BS["tl"] = {d: BS["tdep"][d] + BS["stb"][d] + BS["ltd"][d] + BS["othl"][d] for d in BD}
BS["tle"] = {d: BS["tl"][d] + BS["teq"][d] for d in BD}
for d in BD:
    assert BS["tle"][d] == BS["ta"][d] and BS["othl"][d] > 0
SHOUT = {"sep26": 147126, "jun26": 148402, "dec25": 149875, "sep25": 150214}  # thousands
# Jun 30 2026 equity pieces for TBV per share
TEQ_JUN26 = T(3071.9)
INTANG_JUN26 = BS["intang"]["sep26"] + C["amort"]["q3_26"]

# ---------------------------------------------------------------- average balances (Q3 2026, Q3 2025)
# audit s32a1: Q3 2026 long-term debt average 1,175.0 (was 1,250.0, the period end): the $100.0 million notes
# were issued in September, so the quarter averages about 23 days of them on top of 1,150.0.
AV = {
    "q3_26": {"loans": T(19842.6), "afs": T(4215.3), "htm": T(1388.0), "ibdb": T(748.9), "nonearn": T(1912.4),
              "ibc": T(4310.7), "mms": T(8520.5), "time": T(2705.2), "stb": T(560.3), "ltd": T(1175.0),
              "nib": T(5702.8), "eq": T(3050.2)},
    "q3_25": {"loans": T(18954.1), "afs": T(3980.4), "htm": T(1452.7), "ibdb": T(802.5), "nonearn": T(1880.6),
              "ibc": T(4105.3), "mms": T(7802.6), "time": T(2690.4), "stb": T(650.2), "ltd": T(1150.0),
              "nib": T(5905.1), "eq": T(2842.6)},
}
AI = {  # interest by class
    "q3_26": {"loans": Q["loans"][5], "afs": T(37.9), "htm": T(11.9), "ibdb": Q["ibd"][5],
              "ibc": T(18.4), "mms": T(56.2), "time": T(27.7), "stb": Q["xstb"][5], "ltd": Q["xltd"][5]},
    "q3_25": {"loans": Q["loans"][2], "afs": T(32.6), "htm": T(10.9), "ibdb": Q["ibd"][2],
              "ibc": T(17.9), "mms": T(55.0), "time": T(28.8), "stb": Q["xstb"][2], "ltd": Q["xltd"][2]},
}
for k, idx in (("q3_26", 5), ("q3_25", 2)):
    a, i = AV[k], AI[k]
    assert i["afs"] + i["htm"] == Q["sec"][idx]
    assert i["ibc"] + i["mms"] + i["time"] == Q["xdep"][idx]
    a["tea"] = a["loans"] + a["afs"] + a["htm"] + a["ibdb"]
    a["ta"] = a["tea"] + a["nonearn"]
    a["tibd"] = a["ibc"] + a["mms"] + a["time"]
    a["tibl"] = a["tibd"] + a["stb"] + a["ltd"]
    a["othl"] = a["ta"] - a["tibl"] - a["nib"] - a["eq"]
    assert a["othl"] > 0
    i["tea"] = i["loans"] + i["afs"] + i["htm"] + i["ibdb"]
    i["tibd"] = i["ibc"] + i["mms"] + i["time"]
    i["tibl"] = i["tibd"] + i["stb"] + i["ltd"]
    assert i["tea"] == Q["ii"][idx] and i["tibl"] == Q["ie"][idx]
# other averages (only ratios are printed for these periods)
AVX = {"q2_26": {"ta": T(27052.7), "tea": T(25170.4), "eq": T(3011.4), "loans": T(19601.2), "gwi": T(744.8)},
       "9m_26": {"ta": T(27003.5), "tea": T(25088.0), "eq": T(3002.7), "loans": T(19612.4), "gwi": T(745.0)},
       "9m_25": {"ta": T(25964.1), "tea": T(24079.6), "eq": T(2801.9), "loans": T(18820.5), "gwi": T(752.5)}}
for k in ("q3_26", "q3_25"):
    AVX[k] = {"ta": AV[k]["ta"], "tea": AV[k]["tea"], "eq": AV[k]["eq"], "loans": AV[k]["loans"],
              "gwi": T(742.9) if k == "q3_26" else T(750.6)}
AVPREF = T(287.5)
ANN = {"q3_26": 4, "q2_26": 4, "q3_25": 4, "9m_26": 4 / 3, "9m_25": 4 / 3}

def pct(n, d, ann=1.0):
    return 100.0 * n * ann / d

RATIO = {}
for k in COLS:
    a = AVX[k]
    RATIO.setdefault("roa", {})[k] = pct(C["ni"][k], a["ta"], ANN[k])
    RATIO.setdefault("roe", {})[k] = pct(C["nia"][k], a["eq"] - AVPREF, ANN[k])
    RATIO.setdefault("rotce", {})[k] = pct(C["nia"][k], a["eq"] - AVPREF - a["gwi"], ANN[k])
    RATIO.setdefault("nim", {})[k] = pct(C["nii"][k], a["tea"], ANN[k])
    RATIO.setdefault("eff", {})[k] = pct(C["tnonexp"][k], C["nii"][k] + C["tnonint"][k])
    RATIO.setdefault("nco", {})[k] = None  # filled below from net charge-offs
NCOC = rng(NCO)
for k in COLS:
    RATIO["nco"][k] = pct(NCOC[k], AVX[k]["loans"], ANN[k])
# adjusted figures
ADJ_RATE = 0.24
ADJ = {}
for k in COLS:
    secl = -Q["secgl"][5] if k in ("q3_26", "9m_26") else 0  # only the Q3 2026 repositioning loss
    sp = C["fdics"][k]
    taxe = int(round((secl + sp) * ADJ_RATE))
    ani = C["ni"][k] + secl + sp - taxe
    anai = ani - C["pref"][k]
    ADJ[k] = {"secl": secl, "sp": sp, "taxe": taxe, "ani": ani, "anai": anai, "aeps": eps(anai, DSH[k]),
              "aexp": C["tnonexp"][k] - sp, "arev": C["nii"][k] + C["tnonint"][k] + secl}
    ADJ[k]["aeff"] = pct(ADJ[k]["aexp"], ADJ[k]["arev"])
# capital
RWA = {"sep26": T(22364.1), "jun26": T(22015.7), "sep25": T(21480.3)}
CET1R = {"sep26": 10.42, "jun26": 10.36, "sep25": 10.18}
CET1 = {d: int(round(RWA[d] * CET1R[d] / 100)) for d in RWA}
T1 = {d: CET1[d] + BS["pref"]["sep26"] for d in RWA}
T2 = {"sep26": T(396.2), "jun26": T(392.8), "sep25": T(377.5)}
TOTC = {d: T1[d] + T2[d] for d in RWA}
LEVA = {"sep26": T(26481.0), "jun26": T(26310.4), "sep25": T(25522.9)}
TCE = {"sep26": BS["teq"]["sep26"] - BS["pref"]["sep26"] - BS["gw"]["sep26"] - BS["intang"]["sep26"],
       "jun26": TEQ_JUN26 - BS["pref"]["sep26"] - BS["gw"]["sep26"] - INTANG_JUN26,
       "sep25": BS["teq"]["sep25"] - BS["pref"]["sep25"] - BS["gw"]["sep25"] - BS["intang"]["sep25"]}
CEQ = {"sep26": BS["teq"]["sep26"] - BS["pref"]["sep26"], "jun26": TEQ_JUN26 - BS["pref"]["sep26"],
       "sep25": BS["teq"]["sep25"] - BS["pref"]["sep25"]}
TEQ3 = {"sep26": BS["teq"]["sep26"], "jun26": TEQ_JUN26, "sep25": BS["teq"]["sep25"]}
TA3 = {"sep26": BS["ta"]["sep26"], "jun26": T(27311.6), "sep25": BS["ta"]["sep25"]}
def r2(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP))
BVPS = {d: r2(CEQ[d] / 10 / (SHOUT[d] / 1000)) for d in CEQ}
TBVPS = {d: r2(TCE[d] / 10 / (SHOUT[d] / 1000)) for d in TCE}
# asset quality
NPLB = {"ci": (58.2, 51.4, 44.7), "cre": (72.5, 69.8, 55.1), "resi": (24.1, 23.6, 21.9), "cons": (11.3, 10.9, 10.2)}
NPL = {k: {"sep26": T(v[0]), "jun26": T(v[1]), "sep25": T(v[2])} for k, v in NPLB.items()}
D3 = ["sep26", "jun26", "sep25"]
NPLT = {d: sum(NPL[k][d] for k in NPL) for d in D3}
OREO = {"sep26": T(6.4), "jun26": T(7.1), "sep25": T(5.8)}
NPA = {d: NPLT[d] + OREO[d] for d in D3}
PD90 = {"sep26": T(9.7), "jun26": T(8.8), "sep25": T(8.1)}
NCOB = {"ci": q6(0, 0, 8.3, 0, 7.1, 9.8), "cre": q6(0, 0, 4.9, 0, 4.0, 5.2),
        "resi": q6(0, 0, 0.3, 0, 0.5, 0.4), "cons": q6(0, 0, 6.1, 0, 5.6, 5.9)}
for i in (2, 4, 5):
    assert sum(NCOB[k][i] for k in NCOB) == NCO[i]
ACL3 = {"sep26": ACL_SEP26, "jun26": ACL_JUN26, "sep25": ACL_SEP25}

# ---------------------------------------------------------------- formatting
def fm(t, dollar=False, dec=1):
    if t == 0:
        return "—"
    s = f"{abs(t) / 10:,.{dec}f}"
    return f"({s})" if t < 0 else s

def fp(x, dec=2):
    return f"{x:.{dec}f}%"

def hp(x, dec=1):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-dec), ROUND_HALF_UP))

def chg(a, b):
    return hp(100.0 * (a - b) / abs(b), 1)

def fchg(a, b):
    v = chg(a, b)
    return f"{v:.1f}%" if v >= 0 else f"({abs(v):.1f})%"

def money(t):
    return f"${t / 10:,.1f} million"

def bn(t):
    return f"${t / 10000:,.1f} billion"

# ---------------------------------------------------------------- drawing
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=letter)
        self.c.setTitle(f"{CO} Third Quarter 2026 Earnings Release")
        self.page = 0
        self.y = 0

    def new_page(self, section):
        if self.page:
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, H - 36, "WENDMOOR FINANCIAL CORPORATION")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 54, H - 36, section)
        c.setLineWidth(0.6)
        c.line(54, H - 41, W - 54, H - 41)
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 34, "Wendmoor Financial Corporation | Third Quarter 2026 Earnings Release and Financial Supplement")
        c.drawRightString(W - 54, 34, f"Page {self.page}")
        self.y = H - 66

    def title(self, text, size=11):
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(54, self.y, text)
        self.y -= size + 5

    def center(self, text, size=9, bold=False):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= size + 3

    def para(self, text, size=9, width=W - 108, x=54, bold_lead=None, lead=12):
        c = self.c
        words = text.split()
        line = ""
        lines = []
        for w in words:
            trial = (line + " " + w).strip()
            if stringWidth(trial, "Helvetica", size) > width:
                lines.append(line)
                line = w
            else:
                line = trial
        if line:
            lines.append(line)
        for ln in lines:
            c.setFont("Helvetica", size)
            c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= 4

    def bullet(self, text, size=9):
        self.c.setFont("Helvetica", size)
        self.c.drawString(62, self.y, "•")
        self.para(text, size=size, width=W - 130, x=74)
        self.y += 2

    def heads(self, lines, rights, size=7.5, groups=None):
        """lines: list of heading rows; each row is list of texts aligned to rights (None = blank).
        groups: list of (text, x_left, x_right) spanning headings drawn above with an underline."""
        c = self.c
        if groups:
            t = c.beginText()
            t.setFont("Helvetica-Bold", size)
            for text, x0, x1 in groups:
                wdt = stringWidth(text, "Helvetica-Bold", size)
                t.setTextOrigin((x0 + x1) / 2 - wdt / 2, self.y)
                t.textOut(text)
            c.drawText(t)
            for text, x0, x1 in groups:
                c.line(x0 + 2, self.y - 2.5, x1, self.y - 2.5)
            self.y -= size + 4
        for row in lines:
            t = c.beginText()
            t.setFont("Helvetica-Bold", size)
            for text, xr in zip(row, rights):
                if text:
                    t.setTextOrigin(xr - stringWidth(text, "Helvetica-Bold", size), self.y)
                    t.textOut(text)
            c.drawText(t)
            self.y -= size + 2.5
        c.setLineWidth(0.4)
        c.line(54, self.y + size - 1, W - 54, self.y + size - 1)
        self.y -= 2

    def row(self, label, cells, rights, size=7.5, bold=False, indent=0, dollar=False, rule=False,
            dollar_off=None, label_wrap=None):
        c = self.c
        font = "Helvetica-Bold" if bold else "Helvetica"
        if label_wrap:
            c.setFont(font, size)
            c.drawString(54 + indent, self.y, label_wrap)
            self.y -= size + 2.5
        if rule:
            c.setLineWidth(0.3)
            for xr in rights:
                c.line(xr - 44, self.y + size + 0.5, xr, self.y + size + 0.5)
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(54 + indent, self.y)
        t.textOut(label)
        for cell, xr in zip(cells, rights):
            if cell is None or cell == "":
                continue
            if dollar and cell != "—" and not cell.endswith("%"):
                t.setTextOrigin(xr - (dollar_off or 50), self.y)
                t.textOut("$")
            cw = cell if not cell.endswith(")") and not cell.endswith("%") or cell.endswith(")%") else cell
            xx = xr - stringWidth(cell, font, size)
            if cell.startswith("(") and cell.endswith(")"):
                xx += stringWidth(")", font, size)
            t.setTextOrigin(xx, self.y)
            t.textOut(cw)
        c.drawText(t)
        self.y -= size + 3.5

    def gap(self, n=6):
        self.y -= n

    def save(self):
        self.c.save()

R5 = [318, 372, 426, 492, 546]  # right edges: three quarter columns, two nine-month columns
def grp5():
    return [("Three Months Ended", 270, 430), ("Nine Months Ended", 446, 550)]
HEAD5 = [["Sep. 30,", "Jun. 30,", "Sep. 30,", "Sep. 30,", "Sep. 30,"],
         ["2026", "2026", "2025", "2026", "2025"]]

def c5(key, dollar=False):
    return [fm(C[key][k]) for k in COLS]

# ---------------------------------------------------------------- narrative figures
q, p, y = "q3_26", "q2_26", "q3_25"
REV = {k: C["nii"][k] + C["tnonint"][k] for k in COLS}
NIM_BP_QOQ = round((hp(RATIO["nim"][q], 2) - hp(RATIO["nim"][p], 2)) * 100)
LOAN_QOQ = LTOT["sep26"] - LTOT["jun26"]
LOAN_QOQ_ANN = hp(100.0 * LOAN_QOQ / LTOT["jun26"] * 4, 1)
DEP_YOY = chg(BS["tdep"]["sep26"], BS["tdep"]["sep25"])
SOLD = T(1184.0)
doc = Doc(OUT)

# ---- page 1
doc.new_page("News Release")
doc.c.setFont("Helvetica-Bold", 16)
doc.c.drawString(54, doc.y, "Wendmoor Financial Corporation Reports")
doc.y -= 19
doc.c.drawString(54, doc.y, "Third Quarter 2026 Results")
doc.y -= 18
doc.para("COLUMBUS, Ohio, October 21, 2026 -- Wendmoor Financial Corporation (NASDAQ: WNDM) (\"Wendmoor\" or the "
         "\"Company\"), the parent company of Wendmoor Bank, N.A., today reported net income of "
         f"{money(C['ni'][q])} for the third quarter of 2026, compared with {money(C['ni'][p])} for the second quarter "
         f"of 2026 and {money(C['ni'][y])} for the third quarter of 2025. Net income available to common shareholders was "
         f"{money(C['nia'][q])}, or ${EPS_D[q]:.2f} per diluted common share, compared with ${EPS_D[p]:.2f} in the "
         f"prior quarter and ${EPS_D[y]:.2f} a year ago. Results for the quarter include a pre-tax loss of "
         f"{money(ADJ[q]['secl'])} on the sale of investment securities in a balance sheet repositioning. Excluding "
         f"this item, adjusted earnings per diluted common share(1) were ${ADJ[q]['aeps']:.2f}.")
doc.title("Third Quarter 2026 Highlights", 10)
doc.bullet(f"Net interest income of {money(C['nii'][q])} rose {chg(C['nii'][q], C['nii'][p]):.1f}% from the linked "
           f"quarter and {chg(C['nii'][q], C['nii'][y]):.1f}% from the year-ago quarter; net interest margin of "
           f"{RATIO['nim'][q]:.2f}% widened {NIM_BP_QOQ} basis points from the second quarter.")
doc.bullet(f"Loans held for investment grew {money(LOAN_QOQ)}, or {LOAN_QOQ_ANN:.1f}% annualized, to "
           f"{bn(LTOT['sep26'])}, led by commercial and industrial lending.")
doc.bullet(f"Total deposits were {bn(BS['tdep']['sep26'])}, up {DEP_YOY:.1f}% from September 30, 2025; "
           f"noninterest-bearing deposits were {hp(100 * BS['nib']['sep26'] / BS['tdep']['sep26'], 1):.1f}% of the total.")
doc.bullet(f"Sold {bn(SOLD)} of lower-yielding available-for-sale securities and reinvested the proceeds at higher yields, "
           f"recognizing a pre-tax loss of {money(ADJ[q]['secl'])}, or "
           f"{money(ADJ[q]['secl'] - int(round(ADJ[q]['secl'] * ADJ_RATE)))} after tax.")
doc.bullet(f"Net charge-offs were {hp(RATIO['nco'][q], 2):.2f}% of average loans (annualized), compared with "
           f"{hp(RATIO['nco'][p], 2):.2f}% in the prior quarter; the allowance for credit losses was "
           f"{hp(100 * ACL_SEP26 / LTOT['sep26'], 2):.2f}% of loans held for investment.")
doc.bullet(f"Common Equity Tier 1 capital ratio(2) of {CET1R['sep26']:.2f}%; tangible book value per common share(1) of "
           f"${TBVPS['sep26']:.2f}, up {chg(TBVPS['sep26'] * 100, TBVPS['sep25'] * 100):.1f}% from a year ago.")
doc.bullet(f"Repurchased 1.21 million common shares for {money(C['buyback'][q])} and raised the quarterly common dividend "
           f"to $0.26 per share from $0.25.")
doc.gap(4)
doc.para("\"Our bankers delivered another quarter of steady client growth, and we used the strength of our capital "
         "position to reposition part of the securities portfolio, a step that we expect to add roughly seven basis "
         "points to net interest margin over the next four quarters,\" said Margaret L. Osterhaus, Chair and Chief "
         "Executive Officer. \"Credit remains well within our expectations. The increase in charge-offs this quarter "
         "was concentrated in a handful of commercial credits that we had identified earlier in the year, and we "
         "continue to build reserves ahead of a softer economy.\"")
doc.para("(1) Non-GAAP financial measure. See the reconciliations beginning on page 11. (2) Current period regulatory "
         "capital ratios are preliminary.", size=7.5, lead=9)

# ---- page 2
doc.new_page("Third Quarter 2026 Results")
doc.title("Net Interest Income and Net Interest Margin", 10)
doc.para(f"Net interest income was {money(C['nii'][q])} in the third quarter of 2026, an increase of "
         f"{money(C['nii'][q] - C['nii'][p])} from the second quarter of 2026 and {money(C['nii'][q] - C['nii'][y])} "
         f"from the third quarter of 2025. The linked-quarter increase reflected higher average loan balances, "
         f"one additional day in the quarter and the reinvestment of the securities sale proceeds late in August. "
         f"Net interest margin was {RATIO['nim'][q]:.2f}%, compared with {RATIO['nim'][p]:.2f}% in the second quarter "
         f"and {RATIO['nim'][y]:.2f}% in the third quarter of 2025. The yield on average loans was "
         f"{hp(pct(AI[q]['loans'], AV[q]['loans'], 4), 2):.2f}%, up from {hp(pct(AI[y]['loans'], AV[y]['loans'], 4), 2):.2f}% a year "
         f"earlier, while the cost of interest-bearing deposits was {hp(pct(AI[q]['tibd'], AV[q]['tibd'], 4), 2):.2f}%, "
         f"compared with {hp(pct(AI[y]['tibd'], AV[y]['tibd'], 4), 2):.2f}%.")
doc.para(f"For the first nine months of 2026, net interest income was {money(C['nii']['9m_26'])}, up "
         f"{chg(C['nii']['9m_26'], C['nii']['9m_25']):.1f}% from {money(C['nii']['9m_25'])} in the same period of "
         f"2025, and the net interest margin was {RATIO['nim']['9m_26']:.2f}% compared with "
         f"{RATIO['nim']['9m_25']:.2f}%.")
doc.title("Noninterest Income", 10)
core_q = C["tnonint"][q] - C["secgl"][q]
core_p = C["tnonint"][p] - C["secgl"][p]
doc.para(f"Noninterest income was {money(C['tnonint'][q])} for the third quarter, compared with "
         f"{money(C['tnonint'][p])} for the second quarter of 2026 and {money(C['tnonint'][y])} for the third quarter "
         f"of 2025. The third quarter included the {money(ADJ[q]['secl'])} securities loss. Excluding net securities "
         f"gains and losses, noninterest income was {money(core_q)}, up {money(core_q - core_p)}, or "
         f"{chg(core_q, core_p):.1f}%, from the linked quarter. Wealth management and trust fees reached a record "
         f"{money(C['wealth'][q])} as assets under administration grew to $14.8 billion. Commercial banking and "
         f"capital markets fees increased {chg(C['cmkt'][q], C['cmkt'][p]):.1f}% from the second quarter on higher "
         f"syndication and interest rate hedging activity, and mortgage banking income rose to {money(C['mort'][q])} "
         f"from {money(C['mort'][p])} on stronger saleable production.")
doc.title("Noninterest Expense and Efficiency", 10)
doc.para(f"Noninterest expense was {money(C['tnonexp'][q])}, compared with {money(C['tnonexp'][p])} in the second "
         f"quarter and {money(C['tnonexp'][y])} a year ago. Second quarter expense included a "
         f"{money(C['fdics'][p])} FDIC special assessment accrual, reflecting the agency's revised estimate of losses "
         f"to the Deposit Insurance Fund; no further accrual was recorded in the third quarter. Salaries and employee "
         f"benefits rose {money(C['sal'][q] - C['sal'][p])} from the linked quarter on higher incentive compensation, "
         f"and technology and communications expense increased {chg(C['tech'][q], C['tech'][y]):.1f}% from a year "
         f"earlier as the Company completed the migration of its commercial treasury platform.")
doc.para(f"The efficiency ratio was {hp(RATIO['eff'][q], 1):.1f}% for the third quarter, compared with "
         f"{hp(RATIO['eff'][p], 1):.1f}% in the second quarter and {hp(RATIO['eff'][y], 1):.1f}% in the year-ago "
         f"quarter. The adjusted efficiency ratio(1), which excludes the securities loss and the FDIC special "
         f"assessment, improved to {hp(ADJ[q]['aeff'], 1):.1f}% from {hp(ADJ[p]['aeff'], 1):.1f}% in the second "
         f"quarter. For the nine months, the efficiency ratio was {hp(RATIO['eff']['9m_26'], 1):.1f}%, and the adjusted "
         f"efficiency ratio was {hp(ADJ['9m_26']['aeff'], 1):.1f}%.")
doc.para(f"Income tax expense was {money(C['tax'][q])}, an effective tax rate of "
         f"{hp(100 * C['tax'][q] / C['ebt'][q], 1):.1f}%, compared with {hp(100 * C['tax'][p] / C['ebt'][p], 1):.1f}% "
         f"in the second quarter; the lower rate reflects the larger share of tax-exempt income in a quarter with "
         f"lower pre-tax income.")

# ---- page 3
doc.new_page("Third Quarter 2026 Results")
doc.title("Credit Quality", 10)
doc.para(f"Net charge-offs were {money(NCO[5])}, or {hp(RATIO['nco'][q], 2):.2f}% of average loans on an annualized "
         f"basis, compared with {money(NCO[4])}, or {hp(RATIO['nco'][p], 2):.2f}%, in the second quarter and "
         f"{money(NCO[2])}, or {hp(RATIO['nco'][y], 2):.2f}%, in the third quarter of 2025. Commercial and industrial "
         f"net charge-offs of {money(NCOB['ci'][5])} were the largest component and related mainly to two "
         f"borrowers in the transportation sector. For the first nine months of 2026, net charge-offs were "
         f"{money(NCOC['9m_26'])}, or {hp(RATIO['nco']['9m_26'], 2):.2f}% of average loans annualized.")
doc.para(f"The provision for credit losses was {money(C['prov'][q])}, exceeding net charge-offs by "
         f"{money(C['prov'][q] - NCO[5])}, compared with {money(C['prov'][p])} in the second quarter. The allowance "
         f"for credit losses was {money(ACL_SEP26)} at September 30, 2026, or "
         f"{hp(100 * ACL_SEP26 / LTOT['sep26'], 2):.2f}% of loans held for investment, compared with "
         f"{hp(100 * ACL_JUN26 / LTOT['jun26'], 2):.2f}% at June 30, 2026 and "
         f"{hp(100 * ACL_SEP25 / LTOT['sep25'], 2):.2f}% at September 30, 2025. The reserve build reflected loan "
         f"growth and a modestly weaker macroeconomic forecast, partly offset by lower specific reserves on resolved "
         f"office loans.")
doc.para(f"Nonperforming loans rose to {money(NPLT['sep26'])}, or {hp(100 * NPLT['sep26'] / LTOT['sep26'], 2):.2f}% of "
         f"loans, from {money(NPLT['jun26'])} at June 30, 2026, driven by the migration of one commercial real estate "
         f"relationship and the two transportation credits to nonaccrual status. Nonperforming assets, which include "
         f"other real estate owned, were {money(NPA['sep26'])}. The allowance covered nonperforming loans "
         f"{hp(ACL_SEP26 / NPLT['sep26'], 2):.2f} times.")
doc.title("Balance Sheet", 10)
doc.para(f"Total assets were {bn(BS['ta']['sep26'])} at September 30, 2026, compared with {bn(BS['ta']['dec25'])} at "
         f"December 31, 2025. Loans held for investment increased {money(LTOT['sep26'] - BS['loans']['dec25'])} from "
         f"year-end, with commercial and industrial loans up {chg(LB['ci']['sep26'], LB['ci']['sep25']):.1f}% from a "
         f"year earlier. Total deposits increased {money(BS['tdep']['sep26'] - BS['tdep']['dec25'])} from year-end, "
         f"as growth in money market and savings balances more than offset a "
         f"{money(BS['nib']['dec25'] - BS['nib']['sep26'])} decline in noninterest-bearing deposits. The "
         f"loan-to-deposit ratio was {hp(100 * LTOT['sep26'] / BS['tdep']['sep26'], 1):.1f}%. In September the Bank "
         f"issued $100.0 million of 6.125% subordinated notes due 2036, bringing long-term debt to "
         f"{money(BS['ltd']['sep26'])}.")
doc.title("Capital", 10)
doc.para(f"The Common Equity Tier 1 capital ratio was an estimated {CET1R['sep26']:.2f}% at September 30, 2026, "
         f"compared with {CET1R['jun26']:.2f}% at June 30, 2026 and {CET1R['sep25']:.2f}% a year earlier. Book value "
         f"per common share was ${BVPS['sep26']:.2f} and tangible book value per common share(1) was "
         f"${TBVPS['sep26']:.2f}, compared with ${TBVPS['jun26']:.2f} at June 30, 2026. Accumulated other "
         f"comprehensive loss narrowed to {money(-BS['aoci']['sep26'])} from {money(-BS['aoci']['dec25'])} at "
         f"year-end, helped by the sale of securities carrying unrealized losses.")
doc.para(f"During the quarter the Company repurchased 1.21 million common shares at an average price of $41.32 per share, "
         f"for a total of {money(C['buyback'][q])}; year-to-date repurchases totaled {money(C['buyback']['9m_26'])}. "
         f"As of September 30, 2026, {money(BUYBACK_AUTH - C['buyback']['9m_26'])} remained under the "
         f"{money(BUYBACK_AUTH)} repurchase authorization "
         f"approved by the Board in January 2026. The Board declared a quarterly common dividend of $0.26 per share, "
         f"an increase of 4.0% from $0.25, payable November 16, 2026 to shareholders of record on November 2, 2026. "
         f"Common dividends declared in the quarter totaled {money(C['cdiv'][q])}.")

# ---- page 4
doc.new_page("Third Quarter 2026 Results")
doc.title("2026 Outlook", 10)
doc.para("For the fourth quarter of 2026, management expects net interest income of $229 million to $233 million, "
         "noninterest income excluding securities gains and losses of $71 million to $74 million, and noninterest "
         "expense of $144 million to $147 million. Full-year 2026 loan growth is expected in the range of 4% to 5%, "
         "and net charge-offs are expected to remain between 0.35% and 0.45% of average loans. The outlook assumes "
         "two 25 basis point reductions in the federal funds rate in the fourth quarter.")
doc.title("Conference Call", 10)
doc.para("Wendmoor will host a conference call to discuss third quarter results at 9:00 a.m. Eastern Time on "
         "Wednesday, October 21, 2026. Participants include Margaret L. Osterhaus, Chair and Chief Executive Officer; "
         "Dev R. Kallapur, Chief Financial Officer; and Annika J. Throssel, Chief Credit Officer. A replay will be "
         "available on the investor relations section of the Company's website until November 4, 2026.")
doc.title("About Wendmoor Financial Corporation", 10)
doc.para(f"Wendmoor Financial Corporation is a bank holding company headquartered in Columbus, Ohio, with "
         f"{bn(BS['ta']['sep26'])} in total assets at September 30, 2026. Through Wendmoor Bank, N.A., it operates 212 "
         "branches in Ohio, Indiana, Kentucky, Michigan and western Pennsylvania and provides commercial banking, "
         "consumer and mortgage banking, and wealth management services.")
doc.title("Non-GAAP Financial Measures", 10)
doc.para("This release contains financial measures that are not calculated in accordance with U.S. generally accepted "
         "accounting principles (GAAP), including tangible common equity, tangible book value per common share, "
         "return on average tangible common equity, adjusted net income, adjusted earnings per diluted common share "
         "and the adjusted efficiency ratio. Management believes these measures help investors compare results "
         "across periods by removing items that are not indicative of ongoing operations, such as losses on the "
         "repositioning of the securities portfolio and the FDIC special assessment. Non-GAAP measures should not "
         "be viewed as a substitute for GAAP results. Reconciliations appear on pages 11 and 12. Ratios described "
         "as annualized are computed by multiplying quarterly amounts by four and nine-month amounts by four-thirds.")
doc.title("Forward-Looking Statements", 10)
doc.para("This release contains forward-looking statements within the meaning of the Private Securities Litigation "
         "Reform Act of 1995, including statements about expected net interest income, expenses, loan growth, credit "
         "quality and the benefits of the securities repositioning. Such statements are subject to risks and "
         "uncertainties, including changes in interest rates, deterioration in economic conditions in the Company's "
         "markets, deposit competition, regulatory changes and the other factors described in the Company's Annual "
         "Report on Form 10-K for 2025. Actual results may differ materially. Wendmoor undertakes no obligation to "
         "update any forward-looking statement.", size=8, lead=10)
doc.para("Investor contact: Priya S. Venkataram, (614) 555-0187. Media contact: Colin T. Ashgrove, (614) 555-0142.",
         size=8, lead=10)

def f2(x):
    return f"{hp(x, 2):.2f}%"

def ps(x):
    return f"{x:.2f}"

# ---- page 5 financial highlights
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Financial Highlights (Unaudited)", 9, True)
doc.center("(Dollars in millions, except per share data)", 8)
doc.gap(4)
doc.heads(HEAD5, R5, groups=grp5())
doc.row("Earnings", [], R5, bold=True)
doc.row("Net income", c5("ni"), R5, dollar=True, indent=6)
doc.row("Net income available to common shareholders", c5("nia"), R5, indent=6)
doc.row("Adjusted net income available to common shareholders(1)", [fm(ADJ[k]["anai"]) for k in COLS], R5, indent=6)
doc.row("Per common share", [], R5, bold=True)
doc.row("Diluted earnings", [ps(EPS_D[k]) for k in COLS], R5, dollar=True, indent=6)
doc.row("Adjusted diluted earnings(1)", [ps(ADJ[k]["aeps"]) for k in COLS], R5, indent=6)
doc.row("Cash dividends declared", [ps(DPSC[k]) for k in COLS], R5, indent=6)
doc.row("Performance ratios (annualized)", [], R5, bold=True)
doc.row("Return on average assets", [f2(RATIO["roa"][k]) for k in COLS], R5, indent=6)
doc.row("Return on average common equity", [f2(RATIO["roe"][k]) for k in COLS], R5, indent=6)
doc.row("Return on average tangible common equity(1)", [f2(RATIO["rotce"][k]) for k in COLS], R5, indent=6)
doc.row("Net interest margin", [f2(RATIO["nim"][k]) for k in COLS], R5, indent=6)
doc.row("Efficiency ratio", [f"{hp(RATIO['eff'][k], 1):.1f}%" for k in COLS], R5, indent=6)
doc.row("Adjusted efficiency ratio(1)", [f"{hp(ADJ[k]['aeff'], 1):.1f}%" for k in COLS], R5, indent=6)
doc.row("Net charge-offs to average loans", [f2(RATIO["nco"][k]) for k in COLS], R5, indent=6)
doc.gap(8)
R3 = [400, 470, 546]
doc.heads([["September 30,", "June 30,", "September 30,"], ["2026", "2026", "2025"]], R3)
doc.row("Period-end balances", [], R3, bold=True)
doc.row("Total assets", [fm(TA3[d]) for d in D3], R3, dollar=True, indent=6)
doc.row("Loans held for investment", [fm(LTOT[d]) for d in D3], R3, indent=6)
DEP3 = {"sep26": BS["tdep"]["sep26"], "jun26": T(21298.4), "sep25": BS["tdep"]["sep25"]}
doc.row("Total deposits", [fm(DEP3[d]) for d in D3], R3, indent=6)
doc.row("Total shareholders' equity", [fm(TEQ3[d]) for d in D3], R3, indent=6)
doc.row("Capital and per share data", [], R3, bold=True)
doc.row("Book value per common share", [ps(BVPS[d]) for d in D3], R3, dollar=True, indent=6)
doc.row("Tangible book value per common share(1)", [ps(TBVPS[d]) for d in D3], R3, indent=6)
doc.row("Common shares outstanding (in thousands)", [f"{SHOUT[d]:,}" for d in D3], R3, indent=6)
doc.row("Common Equity Tier 1 capital ratio(2)", [fp(CET1R[d]) for d in D3], R3, indent=6)
doc.row("Tangible common equity to tangible assets(1)",
        [f2(100 * TCE[d] / (TA3[d] - BS["gw"]["sep26"] - (INTANG_JUN26 if d == "jun26" else BS["intang"][d]))) for d in D3],
        R3, indent=6)
doc.gap(4)
doc.para("(1) Non-GAAP measure; see pages 11 and 12. (2) September 30, 2026 ratio is preliminary.", size=7, lead=9)

# ---- page 6 income statement
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Consolidated Statements of Income (Unaudited)", 9, True)
doc.center("(In millions, except per share data)", 8)
doc.gap(4)
doc.heads(HEAD5, R5, groups=grp5())
doc.row("Interest income", [], R5, bold=True)
doc.row("Loans, including fees", c5("loans"), R5, dollar=True, indent=6)
doc.row("Investment securities", c5("sec"), R5, indent=6)
doc.row("Interest-bearing deposits with banks", c5("ibd"), R5, indent=6)
doc.row("Total interest income", c5("ii"), R5, indent=12, rule=True)
doc.row("Interest expense", [], R5, bold=True)
doc.row("Deposits", c5("xdep"), R5, indent=6)
doc.row("Short-term borrowings", c5("xstb"), R5, indent=6)
doc.row("Long-term debt", c5("xltd"), R5, indent=6)
doc.row("Total interest expense", c5("ie"), R5, indent=12, rule=True)
doc.row("Net interest income", c5("nii"), R5, bold=True, rule=True)
doc.row("Provision for credit losses", c5("prov"), R5)
doc.row("Net interest income after provision for credit losses", c5("niiap"), R5, rule=True)
doc.row("Noninterest income", [], R5, bold=True)
for k, lab, _ in NONINT:
    doc.row(lab, c5(k), R5, indent=6)
doc.row("Total noninterest income", c5("tnonint"), R5, indent=12, rule=True)
doc.row("Noninterest expense", [], R5, bold=True)
for k, lab, _ in NONEXP:
    doc.row(lab, c5(k), R5, indent=6)
doc.row("Total noninterest expense", c5("tnonexp"), R5, indent=12, rule=True)
doc.row("Income before income taxes", c5("ebt"), R5, rule=True)
doc.row("Income tax expense", c5("tax"), R5)
doc.row("Net income", c5("ni"), R5, bold=True, dollar=True, rule=True)
doc.row("Preferred stock dividends", c5("pref"), R5)
doc.row("Net income available to common shareholders", c5("nia"), R5, bold=True, dollar=True, rule=True)
doc.gap(4)
doc.row("Earnings per common share", [], R5, bold=True)
doc.row("Basic", [ps(EPS_B[k]) for k in COLS], R5, dollar=True, indent=6)
doc.row("Diluted", [ps(EPS_D[k]) for k in COLS], R5, dollar=True, indent=6)
doc.row("Weighted-average common shares outstanding", [], R5, bold=True)
doc.row("Basic", [f"{SH[k]:.1f}" for k in COLS], R5, indent=6)
doc.row("Diluted", [f"{DSH[k]:.1f}" for k in COLS], R5, indent=6)
doc.row("Cash dividends declared per common share", [ps(DPSC[k]) for k in COLS], R5, dollar=True)

# ---- page 7 balance sheet
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Consolidated Balance Sheets (Unaudited)", 9, True)
doc.center("(In millions, except share data)", 8)
doc.gap(4)
RB = [400, 470, 546]
doc.heads([["September 30,", "December 31,", "September 30,"], ["2026", "2025", "2025"]], RB)
def b(key):
    return [fm(BS[key][d]) for d in BD]
doc.row("Assets", [], RB, bold=True)
doc.row("Cash and due from banks", b("cash"), RB, dollar=True)
doc.row("Interest-bearing deposits with banks", b("ibdb"), RB)
doc.row("Securities available for sale, at fair value", b("afs"), RB)
doc.row(f"(fair value of ${HTM_FV['sep26']/10:,.1f}, ${HTM_FV['dec25']/10:,.1f} and ${HTM_FV['sep25']/10:,.1f})", b("htm"), RB,
        indent=8, label_wrap="Securities held to maturity, at amortized cost")
doc.row("Loans held for sale", b("lhfs"), RB)
doc.row("Loans held for investment", b("loans"), RB)
doc.row("Less: allowance for credit losses", [fm(-BS["acl"][d]) for d in BD], RB, indent=6)
doc.row("Net loans", b("netloans"), RB, indent=12, rule=True)
doc.row("Premises and equipment, net", b("prem"), RB)
doc.row("Goodwill", b("gw"), RB)
doc.row("Other intangible assets, net", b("intang"), RB)
doc.row("Bank-owned life insurance", b("bolia"), RB)
doc.row("Other assets", b("otha"), RB)
doc.row("Total assets", b("ta"), RB, bold=True, dollar=True, rule=True)
doc.gap(4)
doc.row("Liabilities and shareholders' equity", [], RB, bold=True)
doc.row("Deposits:", [], RB)
doc.row("Noninterest-bearing", b("nib"), RB, dollar=True, indent=6)
doc.row("Interest-bearing checking", b("ibc"), RB, indent=6)
doc.row("Money market and savings", b("mms"), RB, indent=6)
doc.row("Time deposits", b("time"), RB, indent=6)
doc.row("Total deposits", b("tdep"), RB, indent=12, rule=True)
doc.row("Short-term borrowings", b("stb"), RB)
doc.row("Long-term debt", b("ltd"), RB)
doc.row("Accrued interest payable and other liabilities", b("othl"), RB)
doc.row("Total liabilities", b("tl"), RB, rule=True)
doc.row("Shareholders' equity", [], RB, bold=True)
doc.row("Preferred stock, 11,500 shares, $25,000 liquidation preference", b("pref"), RB, indent=6)
doc.row("Common stock, $1.00 par value; 165,000,000 shares issued", b("cs"), RB, indent=6)
doc.row("Additional paid-in capital", b("apic"), RB, indent=6)
doc.row("Retained earnings", b("re"), RB, indent=6)
doc.row("Accumulated other comprehensive loss", b("aoci"), RB, indent=6)
doc.row("Treasury stock, at cost", b("treas"), RB, indent=6)
doc.row("Total shareholders' equity", b("teq"), RB, indent=12, rule=True)
doc.row("Total liabilities and shareholders' equity", b("tle"), RB, bold=True, dollar=True, rule=True)

# ---- page 8 average balances
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Average Balances, Interest and Yields/Rates (Unaudited)", 9, True)
doc.center("(Dollars in millions; yields and rates annualized; not tax-equivalent)", 8)
doc.gap(4)
RA = [292, 338, 382, 462, 508, 552]
doc.heads([["Average", "Income/", "Yield/", "Average", "Income/", "Yield/"],
           ["Balance", "Expense", "Rate", "Balance", "Expense", "Rate"]], RA,
          groups=[("Three Months Ended September 30, 2026", 240, 384), ("Three Months Ended September 30, 2025", 410, 552)])
def arow(label, key, bold=False, dollar=False, indent=0, rule=False, rate=True):
    cells = []
    for k in ("q3_26", "q3_25"):
        cells.append(fm(AV[k][key]))
        if key in AI[k]:
            cells.append(fm(AI[k][key]))
            cells.append(f2(pct(AI[k][key], AV[k][key], 4)))
        else:
            cells += ["", ""]
    if not rate:
        cells = [cells[0], "", "", cells[3], "", ""]
    doc.row(label, cells, RA, bold=bold, dollar=dollar, indent=indent, rule=rule, size=7, dollar_off=40)
doc.row("Assets", [], RA, bold=True, size=7)
arow("Loans held for investment(1)", "loans", dollar=True, indent=6)
arow("Securities available for sale", "afs", indent=6)
arow("Securities held to maturity", "htm", indent=6)
arow("Interest-bearing deposits with banks", "ibdb", indent=6)
arow("Total interest-earning assets", "tea", indent=12, rule=True)
arow("Noninterest-earning assets", "nonearn", indent=6)
arow("Total assets", "ta", bold=True, dollar=True, rule=True)
doc.gap(3)
doc.row("Liabilities and shareholders' equity", [], RA, bold=True, size=7)
arow("Interest-bearing checking", "ibc", dollar=True, indent=6)
arow("Money market and savings", "mms", indent=6)
arow("Time deposits", "time", indent=6)
arow("Total interest-bearing deposits", "tibd", indent=12, rule=True)
arow("Short-term borrowings", "stb", indent=6)
arow("Long-term debt", "ltd", indent=6)
arow("Total interest-bearing liabilities", "tibl", indent=12, rule=True)
arow("Noninterest-bearing deposits", "nib", indent=6)
arow("Other liabilities", "othl", indent=6)
arow("Shareholders' equity", "eq", indent=6)
for k in ("q3_26", "q3_25"):
    AV[k]["tle"] = AV[k]["tibl"] + AV[k]["nib"] + AV[k]["othl"] + AV[k]["eq"]
    assert AV[k]["tle"] == AV[k]["ta"]
arow("Total liabilities and shareholders' equity", "tle", bold=True, dollar=True, rule=True)
doc.gap(3)
NIIQ = {k: AI[k]["tea"] - AI[k]["tibl"] for k in ("q3_26", "q3_25")}
doc.row("Net interest income", ["", fm(NIIQ["q3_26"]), "", "", fm(NIIQ["q3_25"]), ""], RA, dollar=True, bold=True, size=7)
SPREAD = {k: hp(pct(AI[k]["tea"], AV[k]["tea"], 4), 2) - hp(pct(AI[k]["tibl"], AV[k]["tibl"], 4), 2) for k in NIIQ}
doc.row("Net interest spread", ["", "", f"{SPREAD['q3_26']:.2f}%", "", "", f"{SPREAD['q3_25']:.2f}%"], RA, size=7)
doc.row("Net interest margin", ["", "", f2(RATIO["nim"]["q3_26"]), "", "", f2(RATIO["nim"]["q3_25"])], RA, size=7)
doc.row("Cost of total deposits", ["", "", f2(pct(AI["q3_26"]["tibd"], AV["q3_26"]["tibd"] + AV["q3_26"]["nib"], 4)), "", "",
                                    f2(pct(AI["q3_25"]["tibd"], AV["q3_25"]["tibd"] + AV["q3_25"]["nib"], 4))], RA, size=7)
doc.gap(4)
doc.para("(1) Average balances include nonaccrual loans. Loan interest income includes net deferred loan fees of $6.2 "
         "million and $5.8 million for the three months ended September 30, 2026 and 2025, respectively. Yields and "
         "rates are annualized by multiplying quarterly interest by four.", size=7, lead=9)
assert NIIQ["q3_26"] == C["nii"]["q3_26"] and NIIQ["q3_25"] == C["nii"]["q3_25"]

# ---- page 9 loans and deposits
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Loan and Deposit Composition (Unaudited)", 9, True)
doc.center("(Dollars in millions)", 8)
doc.gap(4)
RL = [300, 362, 424, 486, 548]
doc.heads([["September 30,", "June 30,", "September 30,", "Linked", "Year-over-"],
           ["2026", "2026", "2025", "Quarter", "Year"]], RL, groups=[("% Change vs.", 436, 548)])
doc.row("Loans held for investment", [], RL, bold=True)
LBL = {"ci": "Commercial and industrial", "cre": "Commercial real estate", "resi": "Residential mortgage"}
first = True
for k in ("ci", "cre"):
    doc.row(LBL[k], [fm(LB[k][d]) for d in D3] + [fchg(LB[k]["sep26"], LB[k]["jun26"]),
            fchg(LB[k]["sep26"], LB[k]["sep25"])], RL, indent=6, dollar=first)
    first = False
COMM = {d: LB["ci"][d] + LB["cre"][d] for d in D3}
doc.row("Total commercial", [fm(COMM[d]) for d in D3] + [fchg(COMM["sep26"], COMM["jun26"]),
        fchg(COMM["sep26"], COMM["sep25"])], RL, indent=12, rule=True)
doc.row(LBL["resi"], [fm(LB["resi"][d]) for d in D3] + [fchg(LB["resi"]["sep26"], LB["resi"]["jun26"]),
        fchg(LB["resi"]["sep26"], LB["resi"]["sep25"])], RL, indent=6)
doc.row("and other consumer", [fm(LB["cons"][d]) for d in D3] + [fchg(LB["cons"]["sep26"], LB["cons"]["jun26"]),
        fchg(LB["cons"]["sep26"], LB["cons"]["sep25"])], RL, indent=10, label_wrap="Consumer, including home equity, indirect auto")
doc.row("Total loans held for investment", [fm(LTOT[d]) for d in D3] + [fchg(LTOT["sep26"], LTOT["jun26"]),
        fchg(LTOT["sep26"], LTOT["sep25"])], RL, bold=True, dollar=True, rule=True)
doc.gap(6)
doc.row("Loan mix (% of total)", [], RL, bold=True)
for k, lab in (("ci", "Commercial and industrial"), ("cre", "Commercial real estate"),
               ("resi", "Residential mortgage"), ("cons", "Consumer")):
    doc.row(lab, [f"{hp(100 * LB[k][d] / LTOT[d], 1):.1f}%" for d in D3], RL, indent=6)
doc.gap(8)
DEPJ = {"nib": T(5702.6), "ibc": T(4298.1), "mms": T(8588.2), "time": T(2709.5)}
assert sum(DEPJ.values()) == DEP3["jun26"]
DP = {k: {"sep26": BS[k]["sep26"], "jun26": DEPJ[k], "sep25": BS[k]["sep25"]} for k in DEPJ}
doc.row("Deposits", [], RL, bold=True)
first = True
for k, lab in (("nib", "Noninterest-bearing demand"), ("ibc", "Interest-bearing checking"),
               ("mms", "Money market and savings"), ("time", "Time deposits")):
    doc.row(lab, [fm(DP[k][d]) for d in D3] + [fchg(DP[k]["sep26"], DP[k]["jun26"]), fchg(DP[k]["sep26"], DP[k]["sep25"])],
            RL, indent=6, dollar=first)
    first = False
doc.row("Total deposits", [fm(DEP3[d]) for d in D3] + [fchg(DEP3["sep26"], DEP3["jun26"]),
        fchg(DEP3["sep26"], DEP3["sep25"])], RL, bold=True, dollar=True, rule=True)
doc.gap(6)
doc.para(f"Estimated uninsured deposits, excluding collateralized public funds, were {bn(T(6905.0))}, or "
         f"{hp(100 * T(6905.0) / DEP3['sep26'], 1):.1f}% of total deposits, at September 30, 2026. Brokered deposits, "
         "reported within time deposits, were $412.6 million, compared with $455.0 million at June 30, 2026.",
         size=8, lead=10)

# ---- page 10 asset quality
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Asset Quality and Allowance for Credit Losses (Unaudited)", 9, True)
doc.center("(Dollars in millions)", 8)
doc.gap(4)
RQ = [400, 470, 546]
doc.heads([["Sep. 30,", "Jun. 30,", "Sep. 30,"], ["2026", "2026", "2025"]], RQ, groups=[("As of or for the Three Months Ended", 340, 546)])
doc.row("Nonaccrual loans", [], RQ, bold=True)
first = True
for k, lab in (("ci", "Commercial and industrial"), ("cre", "Commercial real estate"),
               ("resi", "Residential mortgage"), ("cons", "Consumer")):
    doc.row(lab, [fm(NPL[k][d]) for d in D3], RQ, indent=6, dollar=first)
    first = False
doc.row("Total nonperforming loans", [fm(NPLT[d]) for d in D3], RQ, indent=12, rule=True)
doc.row("Other real estate owned", [fm(OREO[d]) for d in D3], RQ, indent=6)
doc.row("Total nonperforming assets", [fm(NPA[d]) for d in D3], RQ, bold=True, dollar=True, rule=True)
doc.row("Loans 90 days or more past due and still accruing", [fm(PD90[d]) for d in D3], RQ, dollar=True)
doc.gap(4)
QI = {"sep26": 5, "jun26": 4, "sep25": 2}
ACLB = {"sep26": ACL_JUN26, "jun26": ACL_MAR26, "sep25": ACL_JUN25}
doc.row("Allowance for credit losses", [], RQ, bold=True)
doc.row("Balance at beginning of period", [fm(ACLB[d]) for d in D3], RQ, dollar=True, indent=6)
doc.row("Provision for credit losses", [fm(Q["prov"][QI[d]]) for d in D3], RQ, indent=6)
doc.row("Charge-offs", [fm(-GCO[QI[d]]) for d in D3], RQ, indent=6)
doc.row("Recoveries", [fm(REC[QI[d]]) for d in D3], RQ, indent=6)
doc.row("Net charge-offs", [fm(-NCO[QI[d]]) for d in D3], RQ, indent=12, rule=True)
for d in D3:
    assert ACLB[d] + Q["prov"][QI[d]] - NCO[QI[d]] == ACL3[d]
doc.row("Balance at end of period", [fm(ACL3[d]) for d in D3], RQ, bold=True, dollar=True, rule=True)
doc.gap(4)
doc.row("Net charge-offs by portfolio", [], RQ, bold=True)
first = True
for k, lab in (("ci", "Commercial and industrial"), ("cre", "Commercial real estate"),
               ("resi", "Residential mortgage"), ("cons", "Consumer")):
    doc.row(lab, [fm(NCOB[k][QI[d]]) for d in D3], RQ, indent=6, dollar=first)
    first = False
doc.row("Total net charge-offs", [fm(NCO[QI[d]]) for d in D3], RQ, indent=12, dollar=True, rule=True)
doc.gap(4)
NCOR = {"sep26": RATIO["nco"]["q3_26"], "jun26": RATIO["nco"]["q2_26"], "sep25": RATIO["nco"]["q3_25"]}
doc.row("Asset quality ratios", [], RQ, bold=True)
doc.row("Net charge-offs to average loans (annualized)", [f2(NCOR[d]) for d in D3], RQ, indent=6)
doc.row("Nonperforming loans to loans held for investment", [f2(100 * NPLT[d] / LTOT[d]) for d in D3], RQ, indent=6)
doc.row("Nonperforming assets to loans plus OREO", [f2(100 * NPA[d] / (LTOT[d] + OREO[d])) for d in D3], RQ, indent=6)
doc.row("Allowance for credit losses to loans held for investment", [f2(100 * ACL3[d] / LTOT[d]) for d in D3], RQ, indent=6)
doc.row("Allowance for credit losses to nonperforming loans", [f"{hp(100 * ACL3[d] / NPLT[d], 0):.0f}%" for d in D3], RQ, indent=6)
doc.gap(4)
doc.para("Net charge-offs to average loans are annualized by multiplying the quarterly amount by four and dividing by "
         "average loans held for investment for the quarter.", size=7, lead=9)

# ---- page 11 capital and tangible equity
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Regulatory Capital and Tangible Common Equity (Unaudited)", 9, True)
doc.center("(Dollars in millions, except per share data)", 8)
doc.gap(4)
doc.heads([["September 30,", "June 30,", "September 30,"], ["2026(1)", "2026", "2025"]], RQ)
doc.row("Regulatory capital", [], RQ, bold=True)
doc.row("Common Equity Tier 1 capital", [fm(CET1[d]) for d in D3], RQ, dollar=True, indent=6)
doc.row("Tier 1 capital", [fm(T1[d]) for d in D3], RQ, indent=6)
doc.row("Total risk-based capital", [fm(TOTC[d]) for d in D3], RQ, indent=6)
doc.row("Risk-weighted assets", [fm(RWA[d]) for d in D3], RQ, indent=6)
doc.row("Average assets for leverage ratio", [fm(LEVA[d]) for d in D3], RQ, indent=6)
doc.row("Common Equity Tier 1 capital ratio", [fp(100 * CET1[d] / RWA[d]) for d in D3], RQ, indent=6)
doc.row("Tier 1 capital ratio", [fp(100 * T1[d] / RWA[d]) for d in D3], RQ, indent=6)
doc.row("Total risk-based capital ratio", [fp(100 * TOTC[d] / RWA[d]) for d in D3], RQ, indent=6)
doc.row("Tier 1 leverage ratio", [fp(100 * T1[d] / LEVA[d]) for d in D3], RQ, indent=6)
for d in D3:
    assert f"{100 * CET1[d] / RWA[d]:.2f}" == f"{CET1R[d]:.2f}"
doc.gap(6)
doc.row("Tangible common equity (non-GAAP)", [], RQ, bold=True)
INT3 = {"sep26": BS["intang"]["sep26"], "jun26": INTANG_JUN26, "sep25": BS["intang"]["sep25"]}
doc.row("Total shareholders' equity (GAAP)", [fm(TEQ3[d]) for d in D3], RQ, dollar=True, indent=6)
doc.row("Less: preferred stock", [fm(-BS["pref"]["sep26"]) for d in D3], RQ, indent=6)
doc.row("Common shareholders' equity", [fm(CEQ[d]) for d in D3], RQ, indent=12, rule=True)
doc.row("Less: goodwill", [fm(-BS["gw"]["sep26"]) for d in D3], RQ, indent=6)
doc.row("Less: other intangible assets, net", [fm(-INT3[d]) for d in D3], RQ, indent=6)
doc.row("Tangible common equity", [fm(TCE[d]) for d in D3], RQ, bold=True, dollar=True, rule=True)
doc.row("Common shares outstanding (in thousands)", [f"{SHOUT[d]:,}" for d in D3], RQ, indent=6)
doc.row("Book value per common share", [ps(BVPS[d]) for d in D3], RQ, dollar=True, indent=6)
doc.row("Tangible book value per common share", [ps(TBVPS[d]) for d in D3], RQ, dollar=True, indent=6)
TANGA = {d: TA3[d] - BS["gw"]["sep26"] - INT3[d] for d in D3}
doc.row("Total assets (GAAP)", [fm(TA3[d]) for d in D3], RQ, dollar=True, indent=6)
doc.row("Tangible assets", [fm(TANGA[d]) for d in D3], RQ, indent=6)
doc.row("Tangible common equity to tangible assets", [f2(100 * TCE[d] / TANGA[d]) for d in D3], RQ, indent=6)
doc.gap(6)
doc.heads(HEAD5, R5, groups=grp5())
doc.row("Return on average tangible common equity (non-GAAP)", [], R5, bold=True)
AVEQ = {k: AVX[k]["eq"] for k in COLS}
doc.row("Average shareholders' equity", [fm(AVEQ[k]) for k in COLS], R5, dollar=True, indent=6)
doc.row("Less: average preferred stock", [fm(-AVPREF) for k in COLS], R5, indent=6)
doc.row("Less: average goodwill and other intangible assets", [fm(-AVX[k]["gwi"]) for k in COLS], R5, indent=6)
ATCE = {k: AVEQ[k] - AVPREF - AVX[k]["gwi"] for k in COLS}
doc.row("Average tangible common equity", [fm(ATCE[k]) for k in COLS], R5, indent=12, rule=True)
doc.row("Net income available to common shareholders", c5("nia"), R5, dollar=True, indent=6)
doc.row("Return on average tangible common equity (annualized)", [f2(RATIO["rotce"][k]) for k in COLS], R5, indent=6)
doc.gap(4)
doc.para("(1) Preliminary. Average balances are daily averages for the period.", size=7, lead=9)

# ---- page 12 adjusted earnings and efficiency
doc.new_page("Financial Supplement")
doc.center("WENDMOOR FINANCIAL CORPORATION", 10, True)
doc.center("Reconciliation of Non-GAAP Financial Measures (Unaudited)", 9, True)
doc.center("(In millions, except per share data)", 8)
doc.gap(4)
doc.heads(HEAD5, R5, groups=grp5())
doc.row("Adjusted net income", [], R5, bold=True)
doc.row("Net income (GAAP)", c5("ni"), R5, dollar=True, indent=6)
doc.row("Add: loss on securities repositioning", [fm(ADJ[k]["secl"]) for k in COLS], R5, indent=6)
doc.row("Add: FDIC special assessment", [fm(ADJ[k]["sp"]) for k in COLS], R5, indent=6)
doc.row("Less: income tax effect of adjustments(1)", [fm(-ADJ[k]["taxe"]) for k in COLS], R5, indent=6)
doc.row("Adjusted net income (non-GAAP)", [fm(ADJ[k]["ani"]) for k in COLS], R5, indent=12, rule=True, dollar=True)
doc.row("Less: preferred stock dividends", [fm(-C["pref"][k]) for k in COLS], R5, indent=6)
doc.row("Adjusted net income available to common shareholders", [fm(ADJ[k]["anai"]) for k in COLS], R5, bold=True,
        dollar=True, rule=True)
doc.row("Weighted-average diluted common shares", [f"{DSH[k]:.1f}" for k in COLS], R5, indent=6)
doc.row("Diluted earnings per common share (GAAP)", [ps(EPS_D[k]) for k in COLS], R5, dollar=True, indent=6)
doc.row("Adjusted diluted earnings per common share (non-GAAP)", [ps(ADJ[k]["aeps"]) for k in COLS], R5, dollar=True, indent=6)
doc.gap(8)
doc.row("Efficiency ratio", [], R5, bold=True)
doc.row("Noninterest expense (GAAP)", c5("tnonexp"), R5, dollar=True, indent=6)
doc.row("Less: FDIC special assessment", [fm(-ADJ[k]["sp"]) for k in COLS], R5, indent=6)
doc.row("Adjusted noninterest expense", [fm(ADJ[k]["aexp"]) for k in COLS], R5, indent=12, rule=True)
doc.row("Net interest income", c5("nii"), R5, dollar=True, indent=6)
doc.row("Noninterest income", c5("tnonint"), R5, indent=6)
doc.row("Total revenue (GAAP)", [fm(REV[k]) for k in COLS], R5, indent=12, rule=True)
doc.row("Add: loss on securities repositioning", [fm(ADJ[k]["secl"]) for k in COLS], R5, indent=6)
doc.row("Adjusted total revenue", [fm(ADJ[k]["arev"]) for k in COLS], R5, indent=12, rule=True)
doc.row("Efficiency ratio (GAAP)", [f"{hp(RATIO['eff'][k], 1):.1f}%" for k in COLS], R5, indent=6)
doc.row("Adjusted efficiency ratio (non-GAAP)", [f"{hp(ADJ[k]['aeff'], 1):.1f}%" for k in COLS], R5, indent=6)
doc.gap(6)
doc.para("(1) The income tax effect is computed at a combined federal and state rate of 24%. The efficiency ratio is "
         "noninterest expense divided by the sum of net interest income and noninterest income. Net securities "
         "losses of $0.2 million in the second quarter of 2026 were not adjusted.", size=7, lead=9)
doc.save()
print("pages", doc.page)
