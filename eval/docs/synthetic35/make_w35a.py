# Long on purpose: generated test data.
"""Blind pair 35, writer A: an invented Swedish med-tech group's year-end report for 2026.

Lindqvarn Medical AB (publ) is invented, as are its people, its business areas' names and the
company it acquired. Every figure below is computed from the inputs at the top, and every
total, subtotal, ratio, roll-forward and narrative figure is asserted to tie.

Run from the repository root:  PYTHONPATH=. python eval/docs/synthetic35/make_w35a.py
It writes the PDF next to this file.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DOC = "lindqvarn-year-end-report-2026.pdf"
CO = "Lindqvarn Medical AB (publ)"
COLS = ["Q4_26", "Q4_25", "FY_26", "FY_25"]


def rnd(x: float, d: int = 0) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def f(x: float, d: int = 0) -> str:
    """Swedish-style table number: space as thousands separator, minus as '-'."""
    v = rnd(x, d)
    s = f"{abs(v):,.{d}f}".replace(",", " ")
    return ("-" if v < 0 else "") + s


def fc(x: float, d: int = 0) -> str:
    """Number in running text: comma thousands separator."""
    v = rnd(x, d)
    s = f"{abs(v):,.{d}f}"
    return ("-" if v < 0 else "") + s


def pct(a: float, b: float) -> float:
    return 100.0 * (a / b - 1.0)


# ------------------------------------------------------------------ inputs (SEK m)
BA = ["Surgical Workflows", "Critical Care", "Diagnostics"]
SALES_BA = {
    "Surgical Workflows": dict(Q4_26=1842, Q4_25=1671, FY_26=6915, FY_25=6302),
    "Critical Care": dict(Q4_26=1215, Q4_25=1188, FY_26=4604, FY_25=4437),
    "Diagnostics": dict(Q4_26=697, Q4_25=604, FY_26=2583, FY_25=2291),
}
SALES = {c: sum(SALES_BA[b][c] for b in BA) for c in COLS}
REG = ["Europe", "Americas", "Asia Pacific"]
SALES_REG = {
    "Europe": dict(Q4_26=1688, Q4_25=1602, FY_26=6390, FY_25=6051),
    "Americas": dict(Q4_26=1391, Q4_25=1258, FY_26=5214, FY_25=4795),
}
SALES_REG["Asia Pacific"] = {c: SALES[c] - SALES_REG["Europe"][c] - SALES_REG["Americas"][c] for c in COLS}
# sales bridge (percent): organic, currency, acquisitions/divestments
BRIDGE = {
    "Group": dict(Q4=(7.1, -1.9, 3.2), FY=(6.4, -0.8, 2.6)),
    "Surgical Workflows": dict(Q4=(11.9, -1.7, 0.0), FY=(10.6, -0.9, 0.0)),
    "Critical Care": dict(Q4=(4.3, -2.0, 0.0), FY=(4.3, -0.5, 0.0)),
    "Diagnostics": dict(Q4=(-0.3, -2.3, 18.0), FY=(0.9, -1.2, 13.0)),
    "Europe": dict(Q4=(5.3, -1.9, 2.0), FY=(4.9, -0.6, 1.3)),
    "Americas": dict(Q4=(9.6, -3.0, 4.0), FY=(8.0, -1.3, 2.0)),
    "Asia Pacific": dict(Q4=(11.8, -3.6, 3.7), FY=(10.4, -0.8, 4.8)),
}
GP = dict(Q4_26=2121, Q4_25=1898, FY_26=7911, FY_25=7114)
SELL = dict(Q4_26=-872, Q4_25=-812, FY_26=-3305, FY_25=-3071)
ADMIN = dict(Q4_26=-301, Q4_25=-287, FY_26=-1164, FY_25=-1112)
RND = dict(Q4_26=-268, Q4_25=-241, FY_26=-1003, FY_25=-928)
OTHER_OP = dict(Q4_26=-96, Q4_25=-12, FY_26=-131, FY_25=-44)
FIN_INC = dict(Q4_26=14, Q4_25=9, FY_26=48, FY_25=37)
FIN_COST = dict(Q4_26=-71, Q4_25=-78, FY_26=-283, FY_25=-301)
TAX = dict(Q4_26=-121, Q4_25=-107, FY_26=-466, FY_25=-383)
NCI_PROFIT = dict(Q4_26=6, Q4_25=5, FY_26=22, FY_25=19)
SHARES_BASIC = dict(Q4_26=118.5, Q4_25=118.2, FY_26=118.4, FY_25=118.1)  # millions, average
SHARES_DIL = dict(Q4_26=119.1, Q4_25=118.7, FY_26=119.0, FY_25=118.6)
ACQ_AMORT = dict(Q4_26=71, Q4_25=58, FY_26=262, FY_25=231)  # acquisition-related intangibles
DEPR = dict(Q4_26=118, Q4_25=109, FY_26=455, FY_25=421)  # PP&E and right-of-use assets
AMORT_OTHER = dict(Q4_26=32, Q4_25=27, FY_26=121, FY_25=104)  # capitalised development etc.
# items affecting comparability (negative = cost), all within other operating items
IAC = {
    "Restructuring costs, Critical Care production": dict(Q4_26=-64, Q4_25=0, FY_26=-112, FY_25=-36),
    "Acquisition-related costs": dict(Q4_26=-18, Q4_25=-9, FY_26=-47, FY_25=-22),
    "Gain on divestment of veterinary product line": dict(Q4_26=0, Q4_25=0, FY_26=31, FY_25=0),
}
IAC_TOT = {c: sum(v[c] for v in IAC.values()) for c in COLS}
ADJ_EBITA_BA = {
    "Surgical Workflows": dict(Q4_26=412, Q4_25=351, FY_26=1498, FY_25=1262),
    "Critical Care": dict(Q4_26=214, Q4_25=205, FY_26=792, FY_25=735),
    "Diagnostics": dict(Q4_26=158, Q4_25=111, FY_26=586, FY_25=428),
}
ORDERS = dict(Q4_26=3902, Q4_25=3551, FY_26=14530, FY_25=13377)
# quarterly split (Q1-Q3; Q4 from above)
Q_SALES_26 = [3301, 3512, 3535]
Q_SALES_25 = [3107, 3244, 3216]
Q_AEBITA_26 = [598, 672, 691]
Q_AEBITA_25 = [509, 556, 570]
EMPLOYEES = (6840, 6410)
DPS = (5.10, 4.60)
SHARES_OUT = (118.6, 118.2)  # millions, outstanding at year-end
# balance sheet 31 Dec 2026, 31 Dec 2025
BS_A = [
    ("Goodwill", 9412, 8655),
    ("Other intangible assets", 3118, 2874),
    ("Property, plant and equipment", 2206, 2087),
    ("Right-of-use assets", 684, 702),
    ("Deferred tax assets", 211, 198),
    ("Other non-current financial assets", 87, 79),
]
BS_CA = [
    ("Inventories", 2341, 2198),
    ("Trade receivables", 2467, 2305),
    ("Other current receivables", 398, 366),
    ("Cash and cash equivalents", 1126, 982),
]
NCI_EQ = (96, 86)
BS_NCL = [
    ("Non-current interest-bearing liabilities", 4980, 4420),
    ("Non-current lease liabilities", 542, 566),
    ("Provisions for pensions", 318, 341),
    ("Deferred tax liabilities", 612, 570),
    ("Other non-current provisions", 104, 88),
]
BS_CL_FIXED = [
    ("Current interest-bearing liabilities", 620, 910),
    ("Current lease liabilities", 171, 162),
    ("Trade payables", 1288, 1196),
    ("Current tax liabilities", 144, 121),
]
OTHER_CL_25 = 1301
OCI_FY26 = -214  # translation differences etc., all attributable to parent
OCI_FY25 = 96
SBP = (18, 15)  # share-based payments recognised in equity
DIV_NCI = (12, 10)
# cash flow inputs
CF = {
    "Other non-cash items": dict(Q4_26=31, Q4_25=-6, FY_26=-12, FY_25=22),
    "Interest received": dict(Q4_26=12, Q4_25=8, FY_26=44, FY_25=35),
    "Interest paid": dict(Q4_26=-66, Q4_25=-74, FY_26=-270, FY_25=-289),
    "Income tax paid": dict(Q4_26=-104, Q4_25=-96, FY_26=-487, FY_25=-402),
    "Change in inventories": dict(Q4_26=64, Q4_25=41, FY_26=-126, FY_25=-188),
    "Change in operating receivables": dict(Q4_26=-148, Q4_25=-122, FY_26=-149, FY_25=-171),
    "Change in operating liabilities": dict(Q4_26=218, Q4_25=200, FY_26=158, FY_25=231),
    "Acquisition of businesses, net of cash acquired": dict(Q4_26=0, Q4_25=-212, FY_26=-1096, FY_25=-212),
    "Investments in intangible assets": dict(Q4_26=-61, Q4_25=-52, FY_26=-208, FY_25=-187),
    "Investments in property, plant and equipment": dict(Q4_26=-154, Q4_25=-139, FY_26=-412, FY_25=-376),
    "Proceeds from divestments": dict(Q4_26=0, Q4_25=0, FY_26=58, FY_25=0),
    "Repayment of borrowings": dict(Q4_26=-460, Q4_25=-200, FY_26=-1260, FY_25=-640),
    "Repayment of lease liabilities": dict(Q4_26=-45, Q4_25=-42, FY_26=-178, FY_25=-165),
    "Dividend paid to shareholders of the parent": dict(Q4_26=0, Q4_25=0, FY_26=0, FY_25=-484),
    "Dividend paid to non-controlling interests": dict(Q4_26=0, Q4_25=0, FY_26=-12, FY_25=-10),
}
CASH_OPEN = dict(Q4_26=1034, Q4_25=903, FY_26=982, FY_25=871)
FX_CASH = dict(Q4_26=-17, Q4_25=9, FY_26=-23, FY_25=14)
CASH_CLOSE = dict(Q4_26=1126, Q4_25=982, FY_26=1126, FY_25=982)

# ------------------------------------------------------------------ derived figures
COGS = {c: GP[c] - SALES[c] for c in COLS}
EBIT = {c: GP[c] + SELL[c] + ADMIN[c] + RND[c] + OTHER_OP[c] for c in COLS}
PBT = {c: EBIT[c] + FIN_INC[c] + FIN_COST[c] for c in COLS}
NET = {c: PBT[c] + TAX[c] for c in COLS}
NET_PARENT = {c: NET[c] - NCI_PROFIT[c] for c in COLS}
EPS = {c: rnd(NET_PARENT[c] / SHARES_BASIC[c], 2) for c in COLS}
EPS_D = {c: rnd(NET_PARENT[c] / SHARES_DIL[c], 2) for c in COLS}
EBITA = {c: EBIT[c] + ACQ_AMORT[c] for c in COLS}
ADJ_EBITA = {c: EBITA[c] - IAC_TOT[c] for c in COLS}
ADJ_EBIT = {c: EBIT[c] - IAC_TOT[c] for c in COLS}
DA = {c: DEPR[c] + AMORT_OTHER[c] + ACQ_AMORT[c] for c in COLS}
EBITDA = {c: EBIT[c] + DA[c] for c in COLS}
ADJ_EBITDA = {c: EBITDA[c] - IAC_TOT[c] for c in COLS}
GROUP_FN = {c: ADJ_EBITA[c] - sum(ADJ_EBITA_BA[b][c] for b in BA) for c in COLS}
GM = {c: 100 * GP[c] / SALES[c] for c in COLS}
AEM = {c: 100 * ADJ_EBITA[c] / SALES[c] for c in COLS}

for c in COLS:
    assert SALES[c] == sum(SALES_REG[r][c] for r in REG)
    assert -200 < GROUP_FN[c] < 0
assert SALES == dict(Q4_26=3754, Q4_25=3463, FY_26=14102, FY_25=13030)
assert EBIT == dict(Q4_26=584, Q4_25=546, FY_26=2308, FY_25=1959)
assert ADJ_EBITA == dict(Q4_26=737, Q4_25=613, FY_26=2698, FY_25=2248)
for key, span in (("Q4", "Q4"), ("FY", "FY")):
    for name, br in BRIDGE.items():
        src = SALES if name == "Group" else (SALES_BA.get(name) or SALES_REG[name])
        tot = round(pct(src[f"{span}_26"], src[f"{span}_25"]), 1)
        assert abs(sum(br[key]) - tot) < 0.051, (name, key, sum(br[key]), tot)
# quarterly tables tie to the full year
assert sum(Q_SALES_26) + SALES["Q4_26"] == SALES["FY_26"]
assert sum(Q_SALES_25) + SALES["Q4_25"] == SALES["FY_25"]
assert sum(Q_AEBITA_26) + ADJ_EBITA["Q4_26"] == ADJ_EBITA["FY_26"]
assert sum(Q_AEBITA_25) + ADJ_EBITA["Q4_25"] == ADJ_EBITA["FY_25"]

# balance sheet and equity roll-forward
NCA = (sum(a for _, a, _ in BS_A), sum(b for _, _, b in BS_A))
CA = (sum(a for _, a, _ in BS_CA), sum(b for _, _, b in BS_CA))
TA = (NCA[0] + CA[0], NCA[1] + CA[1])
NCL = (sum(a for _, a, _ in BS_NCL), sum(b for _, _, b in BS_NCL))
CL_FIXED = (sum(a for _, a, _ in BS_CL_FIXED), sum(b for _, _, b in BS_CL_FIXED))
EQ_25 = TA[1] - NCL[1] - CL_FIXED[1] - OTHER_CL_25
EQP_25 = EQ_25 - NCI_EQ[1]
DIV_PAID_26 = rnd(DPS[1] * SHARES_OUT[1])  # dividend for 2025 paid in 2026 (SEK m)
EQP_26 = EQP_25 + NET_PARENT["FY_26"] + OCI_FY26 - DIV_PAID_26 + SBP[0]
assert NCI_EQ[1] + NCI_PROFIT["FY_26"] - DIV_NCI[0] == NCI_EQ[0]
EQ_26 = EQP_26 + NCI_EQ[0]
OTHER_CL_26 = TA[0] - NCL[0] - CL_FIXED[0] - EQ_26
assert 1200 < OTHER_CL_26 < 1700, OTHER_CL_26
BS_CL = BS_CL_FIXED[:3] + [("Other current liabilities", OTHER_CL_26, OTHER_CL_25)] + BS_CL_FIXED[3:]
CL = (sum(a for _, a, _ in BS_CL), sum(b for _, _, b in BS_CL))
assert EQ_26 + NCL[0] + CL[0] == TA[0] and EQ_25 + NCL[1] + CL[1] == TA[1]
CF["Dividend paid to shareholders of the parent"]["FY_26"] = -DIV_PAID_26
CF["Dividend paid to shareholders of the parent"]["Q4_26"] = 0
BORROW = {"Q4_26": None, "Q4_25": None, "FY_26": None, "FY_25": None}


def bsv(label: str, i: int) -> float:
    for rows in (BS_A, BS_CA, BS_NCL, BS_CL):
        for lab, a, b in rows:
            if lab == label:
                return (a, b)[i]
    raise KeyError(label)


GROSS_DEBT = tuple(
    bsv("Non-current interest-bearing liabilities", i) + bsv("Current interest-bearing liabilities", i)
    for i in (0, 1)
)
LEASES = tuple(bsv("Non-current lease liabilities", i) + bsv("Current lease liabilities", i) for i in (0, 1))
PENS = tuple(bsv("Provisions for pensions", i) for i in (0, 1))
CASH = tuple(bsv("Cash and cash equivalents", i) for i in (0, 1))
NET_DEBT = tuple(GROSS_DEBT[i] + LEASES[i] + PENS[i] - CASH[i] for i in (0, 1))
LEVERAGE = (NET_DEBT[0] / ADJ_EBITDA["FY_26"], NET_DEBT[1] / ADJ_EBITDA["FY_25"])
EQ_RATIO = (100 * EQ_26 / TA[0], 100 * EQ_25 / TA[1])
assert CASH == (CASH_CLOSE["FY_26"], CASH_CLOSE["FY_25"])
assert CASH_CLOSE["Q4_26"] == CASH[0] and CASH_CLOSE["Q4_25"] == CASH[1]

# cash flow statement: borrowings raised is the balancing line
CFO_PRE = {c: EBIT[c] + DA[c] + sum(CF[k][c] for k in ("Other non-cash items", "Interest received",
           "Interest paid", "Income tax paid")) for c in COLS}
WC = {c: sum(CF[k][c] for k in ("Change in inventories", "Change in operating receivables",
      "Change in operating liabilities")) for c in COLS}
CFO = {c: CFO_PRE[c] + WC[c] for c in COLS}
INV_KEYS = ("Acquisition of businesses, net of cash acquired", "Investments in intangible assets",
            "Investments in property, plant and equipment", "Proceeds from divestments")
CFI = {c: sum(CF[k][c] for k in INV_KEYS) for c in COLS}
FIN_KEYS = ("Repayment of borrowings", "Repayment of lease liabilities",
            "Dividend paid to shareholders of the parent", "Dividend paid to non-controlling interests")
NET_CF = {c: CASH_CLOSE[c] - CASH_OPEN[c] - FX_CASH[c] for c in COLS}
for c in COLS:
    BORROW[c] = NET_CF[c] - CFO[c] - CFI[c] - sum(CF[k][c] for k in FIN_KEYS)
    assert 0 <= BORROW[c] < 2500, (c, BORROW[c])
CFF = {c: BORROW[c] + sum(CF[k][c] for k in FIN_KEYS) for c in COLS}
for c in COLS:
    assert CFO[c] + CFI[c] + CFF[c] == NET_CF[c]
CAPEX = {c: -(CF["Investments in intangible assets"][c] + CF["Investments in property, plant and equipment"][c]) for c in COLS}
FCF = {c: CFO[c] - CAPEX[c] for c in COLS}  # operating cash flow less capex (intangibles + PP&E)
CASH_CONV = {c: 100 * FCF[c] / ADJ_EBITA[c] for c in COLS}
assert (CFO["Q4_26"], CFO["Q4_25"], CFO["FY_26"], CFO["FY_25"]) == (812, 691, 2304, 1953), CFO
EPS_FY = EPS["FY_26"]
PAYOUT = 100 * DPS[0] / EPS_FY
TOTAL_DIV = rnd(DPS[0] * SHARES_OUT[0])
ETR = 100 * -TAX["FY_26"] / PBT["FY_26"]
RND_PCT = 100 * -RND["FY_26"] / SALES["FY_26"]
# acquisition (Brennholm Diagnostik GmbH), consolidated from 1 April 2026
BRENN_PRICE, BRENN_ANNUAL, BRENN_STAFF, BRENN_CONTRIB = 1150, 420, 210, 318
# contribution ties to Diagnostics' structural growth for the year (13.0% of 2,291 = 298, net of
# the veterinary line divested in May: sales of 20 in 2025 terms)
assert round(100 * (BRENN_CONTRIB - 20) / SALES_BA["Diagnostics"]["FY_25"], 1) == 13.0
RESTR_TOTAL_EST, RESTR_SAVINGS, RESTR_POSITIONS = 150, 85, 140


# ------------------------------------------------------------------ page drawing
W, H = A4
LM, RM = 50, W - 50


class Doc:
    def __init__(self, path: Path, pages: int):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle("Lindqvarn Medical AB - Year-end report January-December 2026")
        self.c.setAuthor(CO)
        self.page = 0
        self.pages = pages
        self.y = 0.0

    def start(self, section: str) -> None:
        self.page += 1
        c = self.c
        self.y = H - 30
        self.line([(LM, "LINDQVARN MEDICAL AB (PUBL)  |  YEAR-END REPORT JANUARY–DECEMBER 2026", "L"),
                   (RM, section, "R")], "Helvetica", 7.5)
        c.line(LM, H - 34, RM, H - 34)
        c.line(LM, 40, RM, 40)
        self.y = 28
        self.line([(LM, "Lindqvarn Medical AB (publ), Lund, Sweden", "L"),
                   (RM, f"{self.page} ({self.pages})", "R")], "Helvetica", 7.5)
        self.y = H - 62

    def end(self) -> None:
        self.c.showPage()

    def line(self, items: list[tuple[float, str, str]], font: str, size: float) -> None:
        """One table row or heading line as ONE text object (label, then the cells), so a text
        extractor reads it as one line."""
        t = self.c.beginText()
        t.setFont(font, size)
        px = None
        for x, text, align in items:
            xs = x - self.c.stringWidth(text, font, size) if align == "R" else x
            if px is None:
                t.setTextOrigin(xs, self.y)
            else:
                t.moveCursor(xs - px, 0)
            t.textOut(text)
            px = xs
        self.c.drawText(t)

    def h1(self, text: str) -> None:
        self.c.setFont("Helvetica-Bold", 15)
        self.c.drawString(LM, self.y, text)
        self.y -= 22

    def h2(self, text: str) -> None:
        self.y -= 4
        self.c.setFont("Helvetica-Bold", 10.5)
        self.c.drawString(LM, self.y, text)
        self.y -= 15

    def para(self, text: str, size: float = 9, bullet: bool = False, width: float | None = None) -> None:
        font = "Helvetica"
        c = self.c
        c.setFont(font, size)
        maxw = (width or (RM - LM)) - (12 if bullet else 0)
        words = text.split()
        lines, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if c.stringWidth(t, font, size) > maxw and cur:
                lines.append(cur)
                cur = w_
            else:
                cur = t
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            if bullet and i == 0:
                c.circle(LM + 3, self.y + 3, 1.6, stroke=0, fill=1)
            c.drawString(LM + (12 if bullet else 0), self.y, ln)
            self.y -= size + 3.2
        self.y -= 4

    def scale(self, text: str) -> None:
        self.c.setFont("Helvetica-Oblique", 7.5)
        self.c.drawString(LM, self.y, text)
        self.y -= 12

    def table(self, heads: list[str], rows: list[tuple], colx: list[float] | None = None,
              size: float = 8.2, head2: list[str] | None = None) -> None:
        c = self.c
        n = len(heads)
        if colx is None:
            first = 300 if n >= 5 else 330
            step = (RM - first) / (n - 1) if n > 1 else 0
            colx = [first + i * step for i in range(n)]
        self.line([(x, h, "R") for x, h in zip(colx, heads)], "Helvetica-Bold", size)
        if head2:
            self.y -= size + 2
            self.line([(x, h, "R") for x, h in zip(colx, head2)], "Helvetica-Bold", size)
        self.y -= 3
        c.line(LM, self.y, RM, self.y)
        self.y -= size + 3
        for row in rows:
            label, cells = row[0], row[1:]
            bold = label.startswith("*")
            label = label.lstrip("*")
            items = [(LM + 8 if label.startswith("  ") else LM, label.strip(), "L")]
            items += [(x, cell, "R") for x, cell in zip(colx, cells) if cell]
            self.line(items, "Helvetica-Bold" if bold else "Helvetica", size)
            self.y -= size + 3.4
        self.y -= 6

    def save(self) -> None:
        assert self.page == self.pages, (self.page, self.pages)
        self.c.save()


H4 = ["Oct–Dec", "Oct–Dec", "Change", "Jan–Dec", "Jan–Dec", "Change"]
H4b = ["2026", "2025", "%", "2026", "2025", "%"]
HQ = ["Oct–Dec", "Oct–Dec", "Jan–Dec", "Jan–Dec"]
HQb = ["2026", "2025", "2026", "2025"]


def chg(d: dict, span: str) -> str:
    return f(pct(d[f"{span}_26"], d[f"{span}_25"]), 0)


def row6(label: str, d: dict, dec: int = 0, change: bool = True) -> tuple:
    cells = [f(d["Q4_26"], dec), f(d["Q4_25"], dec), chg(d, "Q4") if change else "",
             f(d["FY_26"], dec), f(d["FY_25"], dec), chg(d, "FY") if change else ""]
    return (label, *cells)


def row4(label: str, d: dict, dec: int = 0) -> tuple:
    return (label, *(f(d[c], dec) for c in COLS))


def pctrow(label: str, num: dict, den: dict, dec: int = 1) -> tuple:
    return (label, *(f(100 * num[c] / den[c], dec) for c in COLS))


def build() -> dict:
    """Draw the report; return the text snippets the question writer quotes."""
    path = HERE / DOC
    d = Doc(path, 12)
    s, e = SALES, ADJ_EBITA
    q4g, fyg = pct(s["Q4_26"], s["Q4_25"]), pct(s["FY_26"], s["FY_25"])
    aeq4g = pct(e["Q4_26"], e["Q4_25"])
    aefyg = pct(e["FY_26"], e["FY_25"])
    # ---------------- page 1: highlights
    d.start("Summary")
    d.c.setFont("Helvetica-Bold", 20)
    d.c.drawString(LM, d.y, "Year-end report January–December 2026")
    d.y -= 20
    d.c.setFont("Helvetica", 10)
    d.c.drawString(LM, d.y, "Lindqvarn Medical AB (publ) – Lund, 4 February 2027, 07:30 CET")
    d.y -= 24
    d.h2("Fourth quarter 2026")
    b = BRIDGE["Group"]["Q4"]
    p1 = [
        f"Net sales increased by {fc(q4g, 0)}% to SEK {fc(s['Q4_26'])} m ({fc(s['Q4_25'])}). Organic growth was "
        f"{fc(b[0], 1)}%, while currency effects reduced sales by {fc(-b[1], 1)}% and acquisitions added {fc(b[2], 1)}%.",
        f"Order intake rose to SEK {fc(ORDERS['Q4_26'])} m ({fc(ORDERS['Q4_25'])}).",
        f"Gross margin was {fc(GM['Q4_26'], 1)}% ({fc(GM['Q4_25'], 1)}).",
        f"Adjusted EBITA increased by {fc(aeq4g, 0)}% to SEK {fc(e['Q4_26'])} m ({fc(e['Q4_25'])}), corresponding to "
        f"an adjusted EBITA margin of {fc(AEM['Q4_26'], 1)}% ({fc(AEM['Q4_25'], 1)}).",
        f"Items affecting comparability amounted to SEK {fc(IAC_TOT['Q4_26'])} m ({fc(IAC_TOT['Q4_25'])}), mainly "
        f"restructuring costs in Critical Care.",
        f"Net profit was SEK {fc(NET['Q4_26'])} m ({fc(NET['Q4_25'])}) and earnings per share before dilution were "
        f"SEK {fc(EPS['Q4_26'], 2)} ({fc(EPS['Q4_25'], 2)}).",
        f"Cash flow from operating activities amounted to SEK {fc(CFO['Q4_26'])} m ({fc(CFO['Q4_25'])}).",
    ]
    for t in p1:
        d.para(t, bullet=True)
    d.h2("Full year 2026")
    b = BRIDGE["Group"]["FY"]
    p2 = [
        f"Net sales increased by {fc(fyg, 0)}% to SEK {fc(s['FY_26'])} m ({fc(s['FY_25'])}), with organic growth of "
        f"{fc(b[0], 1)}%.",
        f"Adjusted EBITA rose to SEK {fc(e['FY_26'])} m ({fc(e['FY_25'])}), a margin of {fc(AEM['FY_26'], 1)}% "
        f"({fc(AEM['FY_25'], 1)}). Operating profit (EBIT) was SEK {fc(EBIT['FY_26'])} m ({fc(EBIT['FY_25'])}).",
        f"Earnings per share before dilution were SEK {fc(EPS['FY_26'], 2)} ({fc(EPS['FY_25'], 2)}).",
        f"Net debt/adjusted EBITDA was {fc(LEVERAGE[0], 1)} times ({fc(LEVERAGE[1], 1)}) at year-end.",
        f"The Board proposes a dividend of SEK {fc(DPS[0], 2)} per share ({fc(DPS[1], 2)}).",
    ]
    for t in p2:
        d.para(t, bullet=True)
    d.h2("Key figures")
    d.scale("SEK m unless otherwise stated")
    d.table(H4, [
        row6("Net sales", s),
        ("Organic growth, %", f(BRIDGE["Group"]["Q4"][0], 1), f(4.8, 1), "", f(BRIDGE["Group"]["FY"][0], 1), f(5.2, 1), ""),
        pctrow("Gross margin, %", GP, s)[:3] + ("",) + pctrow("Gross margin, %", GP, s)[3:] + ("",),
        row6("Adjusted EBITA", e),
        pctrow("Adjusted EBITA margin, %", e, s)[:3] + ("",) + pctrow("x", e, s)[3:] + ("",),
        row6("Operating profit (EBIT)", EBIT),
        row6("Net profit", NET),
        row6("Earnings per share before dilution, SEK", EPS, 2),
        row6("Cash flow from operating activities", CFO),
    ], head2=H4b)
    d.end()
    # ---------------- page 2: CEO comment
    d.start("CEO comment")
    d.h1("Comment from the CEO")
    sw_q4 = pct(SALES_BA["Surgical Workflows"]["Q4_26"], SALES_BA["Surgical Workflows"]["Q4_25"])
    ceo = [
        f"The fourth quarter rounded off a strong year for Lindqvarn. We grew organically by "
        f"{fc(BRIDGE['Group']['Q4'][0], 1)}% in the quarter and by {fc(BRIDGE['Group']['FY'][0], 1)}% for the year "
        f"as a whole, which places us in the upper half of the 5–7% range we set out in October. Demand for "
        f"our Surgical Workflows portfolio was particularly strong, with organic growth of "
        f"{fc(BRIDGE['Surgical Workflows']['Q4'][0], 1)}% in the quarter as hospitals in North America and "
        f"Asia invested in integrated operating rooms.",
        f"Profitability continued to improve. The adjusted EBITA margin reached {fc(AEM['Q4_26'], 1)}% in the "
        f"quarter, up from {fc(AEM['Q4_25'], 1)}% a year earlier, and {fc(AEM['FY_26'], 1)}% for the full year. "
        f"The improvement came from a better product mix, price increases that more than offset cost "
        f"inflation, and the first savings from the simplification of our supply chain. We are now close to "
        f"our target of an adjusted EBITA margin of at least 20%, which we aim to reach by 2028.",
        f"In April we completed the acquisition of Brennholm Diagnostik GmbH in Freiburg, Germany, which "
        f"strengthens our point-of-care testing offering. Brennholm has annual sales of about SEK "
        f"{fc(BRENN_ANNUAL)} m and some {fc(BRENN_STAFF)} employees, and the integration is running according to plan. "
        f"Excluding the acquisition, Diagnostics was flat in the quarter, with organic growth of "
        f"{fc(BRIDGE['Diagnostics']['Q4'][0], 1)}%, held back by lower volumes of respiratory test kits after a mild "
        f"start to the flu season.",
        f"In Critical Care we decided to consolidate our ventilator production from Uddevalla into our "
        f"plant in Lund. The programme affects about {RESTR_POSITIONS} positions and is expected to generate annual "
        f"savings of SEK {RESTR_SAVINGS} m with full effect from 2028. Restructuring costs of SEK "
        f"{fc(-IAC['Restructuring costs, Critical Care production']['FY_26'])} m were charged to the year's result, "
        f"of which SEK {fc(-IAC['Restructuring costs, Critical Care production']['Q4_26'])} m in the fourth quarter.",
        f"Cash generation was solid. Operating cash flow for the year increased to SEK {fc(CFO['FY_26'])} m, and "
        f"despite the Brennholm acquisition our net debt/adjusted EBITDA ratio came down to "
        f"{fc(LEVERAGE[0], 1)} times from {fc(LEVERAGE[1], 1)} times a year ago. The Board therefore proposes "
        f"raising the dividend to SEK {fc(DPS[0], 2)} per share.",
        f"Looking ahead to 2027, we expect organic net sales growth of 4–6%. The market for hospital "
        f"equipment remains healthy, but we are planning for slower growth in Diagnostics and for a "
        f"continued negative currency effect. I would like to thank all of our {fc(EMPLOYEES[0])} colleagues for "
        f"their efforts during the year.",
        "Ylva Hedenstam, President and CEO",
    ]
    for t in ceo:
        d.para(t, size=9.4)
    d.end()
    # ---------------- page 3: group sales and earnings
    d.start("Group development")
    d.h1("Net sales and earnings")
    d.h2("Net sales")
    d.para(
        f"Net sales in the fourth quarter increased by {fc(q4g, 1)}% to SEK {fc(s['Q4_26'])} m ({fc(s['Q4_25'])}). "
        f"Organic growth was {fc(BRIDGE['Group']['Q4'][0], 1)}%. Currency translation had a negative effect of SEK "
        f"{fc(rnd(-BRIDGE['Group']['Q4'][1] / 100 * s['Q4_25']))} m, or {fc(-BRIDGE['Group']['Q4'][1], 1)}%, mainly from a "
        f"weaker US dollar, and the acquisition of Brennholm contributed {fc(BRIDGE['Group']['Q4'][2], 1)}%. "
        f"For the full year, net sales grew by {fc(fyg, 1)}% to SEK {fc(s['FY_26'])} m ({fc(s['FY_25'])}), of which "
        f"{fc(BRIDGE['Group']['FY'][0], 1)}% organic. Order intake for the full year amounted to SEK "
        f"{fc(ORDERS['FY_26'])} m ({fc(ORDERS['FY_25'])}), giving a book-to-bill ratio of "
        f"{fc(ORDERS['FY_26'] / s['FY_26'], 2)}."
    )
    d.scale("Change in net sales, %")
    bridge_rows = []
    for name in ("Group",):
        for lab, i in (("Organic growth", 0), ("Currency effects", 1), ("Acquisitions and divestments", 2)):
            bridge_rows.append((lab, f(BRIDGE[name]["Q4"][i], 1), f(BRIDGE[name]["FY"][i], 1)))
    bridge_rows.append(("*Total change", f(q4g, 1), f(fyg, 1)))
    d.table(["Oct–Dec 2026", "Jan–Dec 2026"], bridge_rows, colx=[400, RM])
    d.h2("Earnings")
    d.para(
        f"Gross profit for the quarter was SEK {fc(GP['Q4_26'])} m ({fc(GP['Q4_25'])}), and the gross margin improved "
        f"to {fc(GM['Q4_26'], 1)}% ({fc(GM['Q4_25'], 1)}) on a favourable mix and price increases. For the full year the "
        f"gross margin was {fc(GM['FY_26'], 1)}% ({fc(GM['FY_25'], 1)})."
    )
    d.para(
        f"EBITA amounted to SEK {fc(EBITA['Q4_26'])} m ({fc(EBITA['Q4_25'])}) in the quarter. Adjusted for items "
        f"affecting comparability of SEK {fc(IAC_TOT['Q4_26'])} m ({fc(IAC_TOT['Q4_25'])}), EBITA was SEK {fc(e['Q4_26'])} m "
        f"({fc(e['Q4_25'])}), an increase of {fc(aeq4g, 1)}%. For the full year, EBITA was SEK {fc(EBITA['FY_26'])} m "
        f"({fc(EBITA['FY_25'])}) and adjusted EBITA SEK {fc(e['FY_26'])} m ({fc(e['FY_25'])}), up {fc(aefyg, 1)}%."
    )
    d.para(
        f"Research and development expenses rose by {fc(pct(RND['FY_26'], RND['FY_25']), 0)}% to SEK "
        f"{fc(-RND['FY_26'])} m for the year, equal to {fc(RND_PCT, 1)}% of net sales. Net financial items for the "
        f"year were SEK {fc(FIN_INC['FY_26'] + FIN_COST['FY_26'])} m ({fc(FIN_INC['FY_25'] + FIN_COST['FY_25'])}). "
        f"Profit before tax was SEK {fc(PBT['FY_26'])} m ({fc(PBT['FY_25'])}) and the effective tax rate was "
        f"{fc(ETR, 1)}% ({fc(100 * -TAX['FY_25'] / PBT['FY_25'], 1)})."
    )
    d.h2("Items affecting comparability")
    d.scale("SEK m")
    iac_rows = [(k, *(f(v[c]) for c in COLS)) for k, v in IAC.items()]
    iac_rows.append(("*Total items affecting comparability", *(f(IAC_TOT[c]) for c in COLS)))
    d.table(HQ, iac_rows, head2=HQb, colx=[330, 405, 480, RM])
    d.para(
        "Items affecting comparability are reported within other operating income and expenses. The gain on "
        "the divestment of the veterinary product line relates to the sale in May 2026 of a small range of "
        "animal-health monitors that was no longer core to Diagnostics.", size=8.5)
    d.end()
    # ---------------- page 4: business areas
    d.start("Business areas")
    d.h1("Business areas")
    d.scale("Net sales, SEK m")
    d.table(H4, [row6(b_, SALES_BA[b_]) for b_ in BA] + [row6("*Group", s)], head2=H4b)
    d.scale("Organic growth, %")
    d.table(["Oct–Dec 2026", "Jan–Dec 2026"], [(b_, f(BRIDGE[b_]["Q4"][0], 1), f(BRIDGE[b_]["FY"][0], 1)) for b_ in BA]
            + [("*Group", f(BRIDGE["Group"]["Q4"][0], 1), f(BRIDGE["Group"]["FY"][0], 1))], colx=[400, RM])
    d.scale("Adjusted EBITA, SEK m")
    d.table(H4, [row6(b_, ADJ_EBITA_BA[b_]) for b_ in BA]
            + [("Group functions and eliminations", *[f(GROUP_FN[c]) if i < 2 else "" for i, c in enumerate(COLS[:2])], "",
                *[f(GROUP_FN[c]) for c in COLS[2:]], "")]
            + [row6("*Group", e)], head2=H4b)
    d.scale("Adjusted EBITA margin, %")
    d.table(HQ, [pctrow(b_, ADJ_EBITA_BA[b_], SALES_BA[b_]) for b_ in BA] + [pctrow("*Group", e, s)],
            head2=HQb, colx=[330, 405, 480, RM])
    sw, cc, dg = (SALES_BA[x] for x in BA)
    d.para(
        f"Surgical Workflows: Net sales rose by {fc(pct(sw['Q4_26'], sw['Q4_25']), 1)}% to SEK {fc(sw['Q4_26'])} m in the "
        f"quarter, with organic growth of {fc(BRIDGE['Surgical Workflows']['Q4'][0], 1)}%, driven by integrated operating-room "
        f"systems in the United States and China. Adjusted EBITA margin was "
        f"{fc(100 * ADJ_EBITA_BA['Surgical Workflows']['Q4_26'] / sw['Q4_26'], 1)}% "
        f"({fc(100 * ADJ_EBITA_BA['Surgical Workflows']['Q4_25'] / sw['Q4_25'], 1)}).", size=8.8)
    d.para(
        f"Critical Care: Organic growth was {fc(BRIDGE['Critical Care']['Q4'][0], 1)}% in the quarter, while reported net "
        f"sales rose by only {fc(pct(cc['Q4_26'], cc['Q4_25']), 1)}% because of negative currency effects. Ventilator deliveries to "
        f"the Middle East offset softer demand for patient monitors in Europe.", size=8.8)
    d.para(
        f"Diagnostics: Net sales increased by {fc(pct(dg['Q4_26'], dg['Q4_25']), 1)}% to SEK {fc(dg['Q4_26'])} m, of which "
        f"{fc(BRIDGE['Diagnostics']['Q4'][2], 1)} percentage points came from Brennholm. Organic growth was "
        f"{fc(BRIDGE['Diagnostics']['Q4'][0], 1)}%. Since its consolidation on 1 April 2026, Brennholm has contributed net "
        f"sales of SEK {BRENN_CONTRIB} m to the business area.", size=8.8)
    d.end()
    # ---------------- page 5: regions, cash flow and financial position
    d.start("Regions and financial position")
    d.h1("Sales by region")
    d.scale("Net sales, SEK m")
    d.table(H4, [row6(r_, SALES_REG[r_]) for r_ in REG] + [row6("*Group", s)], head2=H4b)
    d.scale("Organic growth, %")
    d.table(["Oct–Dec 2026", "Jan–Dec 2026"], [(r_, f(BRIDGE[r_]["Q4"][0], 1), f(BRIDGE[r_]["FY"][0], 1)) for r_ in REG],
            colx=[400, RM])
    d.para(
        f"Europe grew organically by {fc(BRIDGE['Europe']['Q4'][0], 1)}% in the quarter, with good demand in Germany and "
        f"the Nordic countries. In the Americas, organic growth of {fc(BRIDGE['Americas']['Q4'][0], 1)}% was driven by the "
        f"United States, which accounts for about four fifths of the region's sales. Asia Pacific was the "
        f"fastest-growing region with organic growth of {fc(BRIDGE['Asia Pacific']['Q4'][0], 1)}%, led by China and "
        f"Australia.", size=8.8)
    d.h2("Cash flow")
    d.para(
        f"Cash flow from operating activities amounted to SEK {fc(CFO['Q4_26'])} m ({fc(CFO['Q4_25'])}) in the quarter and "
        f"SEK {fc(CFO['FY_26'])} m ({fc(CFO['FY_25'])}) for the full year. Investments in intangible assets and property, "
        f"plant and equipment totalled SEK {fc(CAPEX['FY_26'])} m ({fc(CAPEX['FY_25'])}) for the year. Acquisitions "
        f"affected cash flow by SEK {fc(CF['Acquisition of businesses, net of cash acquired']['FY_26'])} m, almost "
        f"entirely Brennholm, for which the enterprise value was SEK {fc(BRENN_PRICE)} m.", size=8.8)
    d.h2("Financial position")
    d.para(
        f"Net debt, including lease liabilities and pension provisions, was SEK {fc(NET_DEBT[0])} m at 31 December 2026 "
        f"(SEK {fc(NET_DEBT[1])} m at 31 December 2025), corresponding to {fc(LEVERAGE[0], 2)} times adjusted EBITDA "
        f"for the last twelve months ({fc(LEVERAGE[1], 2)}). Cash and cash equivalents were SEK {fc(CASH[0])} m and "
        f"unutilised credit facilities amounted to SEK 3,000 m. In September 2026 the company issued a five-year "
        f"green bond of SEK 1,500 m, used to refinance borrowings maturing in 2026 and 2027. The equity/assets "
        f"ratio was {fc(EQ_RATIO[0], 1)}% ({fc(EQ_RATIO[1], 1)}).", size=8.8)
    d.end()
    # ---------------- page 6: other information, dividend, outlook
    d.start("Other information")
    d.h1("Other information")
    d.h2("Employees")
    d.para(
        f"The number of employees at the end of the year was {fc(EMPLOYEES[0])} ({fc(EMPLOYEES[1])}). The increase "
        f"is mainly explained by the Brennholm acquisition, which added about {BRENN_STAFF} employees.")
    d.h2("Acquisitions and divestments")
    d.para(
        f"On 1 April 2026, Lindqvarn acquired all shares in Brennholm Diagnostik GmbH, Freiburg, Germany, a "
        f"developer of point-of-care analysers for blood gases and electrolytes. The enterprise value was SEK "
        f"{fc(BRENN_PRICE)} m. Brennholm has annual sales of about SEK {BRENN_ANNUAL} m and is reported within "
        f"Diagnostics. In May 2026 the veterinary product line of Diagnostics was sold, with annual sales of about "
        f"SEK 20 m.")
    d.h2("Restructuring in Critical Care")
    d.para(
        f"In October 2026 the Board approved the consolidation of ventilator production from Uddevalla into Lund. "
        f"Total restructuring costs are estimated at SEK {RESTR_TOTAL_EST} m, of which SEK "
        f"{fc(-IAC['Restructuring costs, Critical Care production']['FY_26'])} m was charged to 2026 and the remainder "
        f"is expected in 2027. The programme is expected to deliver annual savings of SEK {RESTR_SAVINGS} m, with "
        f"full effect from 2028.")
    d.h2("Dividend")
    d.para(
        f"The Board of Directors proposes a dividend of SEK {fc(DPS[0], 2)} per share for 2026 ({fc(DPS[1], 2)}), "
        f"totalling about SEK {fc(TOTAL_DIV)} m. The proposal corresponds to {fc(PAYOUT, 0)}% of earnings per share "
        f"before dilution, in line with the dividend policy of distributing 30–50% of net profit. The dividend is "
        f"proposed to be paid in two equal instalments, in May and November 2027.")
    d.h2("Outlook for 2027")
    d.para(
        "For 2027, Lindqvarn expects organic net sales growth of 4–6%. In the report for the first quarter of "
        "2026 the company had expected organic growth of 3–5% for 2026; in October 2026 the outlook was raised "
        f"to 5–7%. The outcome for 2026 was {fc(BRIDGE['Group']['FY'][0], 1)}%. The company does not give a forecast "
        "for earnings.")
    d.h2("Financial targets")
    d.para("The financial targets adopted by the Board in 2025 apply until the end of 2028:", size=9)
    for t in ("Organic net sales growth of at least 6% per year on average over a business cycle.",
              "An adjusted EBITA margin of at least 20%, to be reached by 2028.",
              "Net debt/adjusted EBITDA below 2.5 times, which may be exceeded temporarily after acquisitions.",
              "A dividend of 30–50% of net profit, taking the financial position into account."):
        d.para(t, bullet=True, size=9)
    d.h2("Events after the end of the period")
    d.para(
        "On 21 January 2027 Lindqvarn signed an agreement to acquire Solvik Sterilteknik AB, a Swedish supplier "
        "of sterile-processing equipment with annual sales of about SEK 140 m. Completion is expected in the "
        "second quarter of 2027. The purchase price has not been disclosed.")
    d.end()
    # ---------------- page 7: income statement
    d.start("Financial statements")
    d.h1("Consolidated income statement")
    d.scale("(SEK m, except per share data)")
    inc = [
        row4("Net sales", s),
        row4("Cost of goods sold", COGS),
        row4("*Gross profit", GP),
        row4("Selling expenses", SELL),
        row4("Administrative expenses", ADMIN),
        row4("Research and development expenses", RND),
        row4("Other operating income and expenses", OTHER_OP),
        row4("*Operating profit (EBIT)", EBIT),
        row4("Financial income", FIN_INC),
        row4("Financial expenses", FIN_COST),
        row4("*Profit before tax", PBT),
        row4("Income tax", TAX),
        row4("*Net profit for the period", NET),
        ("Attributable to:", "", "", "", ""),
        row4("  Shareholders of the parent", NET_PARENT),
        row4("  Non-controlling interests", NCI_PROFIT),
        row4("Earnings per share before dilution, SEK", EPS, 2),
        row4("Earnings per share after dilution, SEK", EPS_D, 2),
        row4("Average number of shares before dilution, million", SHARES_BASIC, 1),
        row4("Average number of shares after dilution, million", SHARES_DIL, 1),
    ]
    d.table(HQ, inc, head2=HQb, colx=[330, 405, 480, RM])
    d.h2("Consolidated statement of comprehensive income")
    d.scale("SEK m")
    oci = dict(Q4_26=-131, Q4_25=44, FY_26=OCI_FY26, FY_25=OCI_FY25)
    d.table(["Jan–Dec", "Jan–Dec"], [
        ("Net profit for the period", f(NET["FY_26"]), f(NET["FY_25"])),
        ("Translation differences and other items", f(OCI_FY26), f(OCI_FY25)),
        ("*Total comprehensive income", f(NET["FY_26"] + OCI_FY26), f(NET["FY_25"] + OCI_FY25)),
    ], head2=["2026", "2025"], colx=[480, RM])
    _ = oci
    d.end()
    # ---------------- page 8: balance sheet
    d.start("Financial statements")
    d.h1("Consolidated balance sheet")
    d.scale("SEK m")
    bs = [(lab, f(a), f(b_)) for lab, a, b_ in BS_A]
    bs.append(("*Total non-current assets", f(NCA[0]), f(NCA[1])))
    bs += [(lab, f(a), f(b_)) for lab, a, b_ in BS_CA]
    bs.append(("*Total current assets", f(CA[0]), f(CA[1])))
    bs.append(("*TOTAL ASSETS", f(TA[0]), f(TA[1])))
    bs.append(("Equity attributable to shareholders of the parent", f(EQP_26), f(EQP_25)))
    bs.append(("Non-controlling interests", f(NCI_EQ[0]), f(NCI_EQ[1])))
    bs.append(("*Total equity", f(EQ_26), f(EQ_25)))
    bs += [(lab, f(a), f(b_)) for lab, a, b_ in BS_NCL]
    bs.append(("*Total non-current liabilities", f(NCL[0]), f(NCL[1])))
    bs += [(lab, f(a), f(b_)) for lab, a, b_ in BS_CL]
    bs.append(("*Total current liabilities", f(CL[0]), f(CL[1])))
    bs.append(("*TOTAL EQUITY AND LIABILITIES", f(EQ_26 + NCL[0] + CL[0]), f(EQ_25 + NCL[1] + CL[1])))
    d.table(["31 Dec 2026", "31 Dec 2025"], bs, colx=[440, RM], size=8.6)
    d.end()
    # ---------------- page 9: cash flow
    d.start("Financial statements")
    d.h1("Consolidated cash flow statement")
    d.scale("SEK m")
    cf = [
        row4("Operating profit (EBIT)", EBIT),
        row4("Depreciation, amortisation and impairment", DA),
        row4("Other non-cash items", CF["Other non-cash items"]),
        row4("Interest received", CF["Interest received"]),
        row4("Interest paid", CF["Interest paid"]),
        row4("Income tax paid", CF["Income tax paid"]),
        row4("*Cash flow before changes in working capital", CFO_PRE),
        row4("Change in inventories", CF["Change in inventories"]),
        row4("Change in operating receivables", CF["Change in operating receivables"]),
        row4("Change in operating liabilities", CF["Change in operating liabilities"]),
        row4("*Cash flow from operating activities", CFO),
        *(row4(k, CF[k]) for k in INV_KEYS),
        row4("*Cash flow from investing activities", CFI),
        row4("Borrowings raised", BORROW),
        *(row4(k, CF[k]) for k in FIN_KEYS),
        row4("*Cash flow from financing activities", CFF),
        row4("*Cash flow for the period", NET_CF),
        row4("Cash and cash equivalents at beginning of period", CASH_OPEN),
        row4("Translation differences in cash and cash equivalents", FX_CASH),
        row4("*Cash and cash equivalents at end of period", CASH_CLOSE),
    ]
    d.table(HQ, cf, head2=HQb, colx=[350, 420, 490, RM], size=8.0)
    d.end()
    # ---------------- page 10: equity changes and net debt
    d.start("Financial statements")
    d.h1("Changes in equity")
    d.scale("SEK m")
    eq_open_25 = EQ_25 - (NET["FY_25"] + OCI_FY25 + SBP[1] - 484 - DIV_NCI[1])
    d.table(["Jan–Dec", "Jan–Dec"], [
        ("Opening balance", f(EQ_25), f(eq_open_25)),
        ("Total comprehensive income", f(NET["FY_26"] + OCI_FY26), f(NET["FY_25"] + OCI_FY25)),
        ("Dividend to shareholders of the parent", f(-DIV_PAID_26), f(-484)),
        ("Dividend to non-controlling interests", f(-DIV_NCI[0]), f(-DIV_NCI[1])),
        ("Share-based payments", f(SBP[0]), f(SBP[1])),
        ("*Closing balance", f(EQ_26), f(EQ_25)),
    ], head2=["2026", "2025"], colx=[440, RM])
    assert EQ_25 + NET["FY_26"] + OCI_FY26 - DIV_PAID_26 - DIV_NCI[0] + SBP[0] == EQ_26
    assert CF["Dividend paid to shareholders of the parent"]["FY_25"] == -484
    d.h1("Net debt")
    d.scale("SEK m")
    d.table(["31 Dec 2026", "31 Dec 2025"], [
        ("Non-current interest-bearing liabilities", f(bsv("Non-current interest-bearing liabilities", 0)),
         f(bsv("Non-current interest-bearing liabilities", 1))),
        ("Current interest-bearing liabilities", f(bsv("Current interest-bearing liabilities", 0)),
         f(bsv("Current interest-bearing liabilities", 1))),
        ("Lease liabilities", f(LEASES[0]), f(LEASES[1])),
        ("Provisions for pensions", f(PENS[0]), f(PENS[1])),
        ("Less: cash and cash equivalents", f(-CASH[0]), f(-CASH[1])),
        ("*Net debt", f(NET_DEBT[0]), f(NET_DEBT[1])),
        ("Adjusted EBITDA, last twelve months", f(ADJ_EBITDA["FY_26"]), f(ADJ_EBITDA["FY_25"])),
        ("*Net debt/adjusted EBITDA, times", f(LEVERAGE[0], 2), f(LEVERAGE[1], 2)),
        ("Equity/assets ratio, %", f(EQ_RATIO[0], 1), f(EQ_RATIO[1], 1)),
    ], colx=[440, RM])
    d.end()
    # ---------------- page 11: alternative performance measures
    d.start("Alternative performance measures")
    d.h1("Reconciliation of alternative performance measures")
    d.scale("SEK m")
    d.table(HQ, [
        row4("Operating profit (EBIT)", EBIT),
        row4("Amortisation of acquisition-related intangible assets", ACQ_AMORT),
        row4("*EBITA", EBITA),
        row4("Items affecting comparability", {c: -IAC_TOT[c] for c in COLS}),
        row4("*Adjusted EBITA", ADJ_EBITA),
        pctrow("Adjusted EBITA margin, %", ADJ_EBITA, s),
        row4("Operating profit (EBIT)", EBIT),
        row4("Items affecting comparability", {c: -IAC_TOT[c] for c in COLS}),
        row4("*Adjusted EBIT", ADJ_EBIT),
        row4("Depreciation, amortisation and impairment", DA),
        row4("*Adjusted EBITDA", ADJ_EBITDA),
        row4("Cash flow from operating activities", CFO),
        row4("Investments in intangible assets and property, plant and equipment", {c: -CAPEX[c] for c in COLS}),
        row4("*Operating cash flow after investments", FCF),
    ], head2=HQb, colx=[350, 420, 490, RM], size=8.0)
    d.para("Items affecting comparability are added back with a positive sign in this reconciliation. EBITA is "
           "operating profit before amortisation and impairment of intangible assets arising from acquisitions. "
           "Adjusted EBITDA is operating profit before depreciation, amortisation and impairment, excluding items "
           "affecting comparability.", size=8.3)
    d.end()
    # ---------------- page 12: quarterly data
    d.start("Quarterly data")
    d.h1("Quarterly data")
    d.scale("SEK m")
    qs26 = Q_SALES_26 + [s["Q4_26"]]
    qs25 = Q_SALES_25 + [s["Q4_25"]]
    qa26 = Q_AEBITA_26 + [e["Q4_26"]]
    qa25 = Q_AEBITA_25 + [e["Q4_25"]]
    d.table(["Q1", "Q2", "Q3", "Q4", "Full year"], [
        ("Net sales 2026", *(f(x) for x in qs26), f(s["FY_26"])),
        ("Net sales 2025", *(f(x) for x in qs25), f(s["FY_25"])),
        ("Adjusted EBITA 2026", *(f(x) for x in qa26), f(e["FY_26"])),
        ("Adjusted EBITA 2025", *(f(x) for x in qa25), f(e["FY_25"])),
        ("Adjusted EBITA margin 2026, %", *(f(100 * a / b_, 1) for a, b_ in zip(qa26, qs26)), f(AEM["FY_26"], 1)),
        ("Adjusted EBITA margin 2025, %", *(f(100 * a / b_, 1) for a, b_ in zip(qa25, qs25)), f(AEM["FY_25"], 1)),
    ], colx=[300, 355, 410, 465, RM])
    d.h2("Financial calendar")
    for t in ("Annual report 2026: week of 23 March 2027",
              "Interim report January–March 2027: 28 April 2027",
              "Annual General Meeting 2027: 6 May 2027, Lund",
              "Interim report January–June 2027: 16 July 2027"):
        d.para(t, bullet=True)
    d.h2("Contact")
    d.para("Ylva Hedenstam, President and CEO; Johan Ekvall, CFO; "
           "Maria Lindfors Oskarsson, Head of Investor Relations, ir@lindqvarn-medical.example")
    d.para("This information is information that Lindqvarn Medical AB (publ) is obliged to make public pursuant to "
           "the EU Market Abuse Regulation. The report has not been reviewed by the company's auditors.", size=8)
    d.end()
    d.save()
    return {}



# ------------------------------------------------------------------ questions
DATA = HERE.parent.parent / "data"


def _tol_stated(value: float, d: int) -> float:
    return round(0.5 * 10 ** (-d) / abs(value), 6)


def _ev(page: int | None, quote: str) -> dict:
    return {"doc": DOC, "page": page, "pages": [page], "quote": quote}


def _q(qid, question, answer, typ, value, unit, scale, tol, ev, tags):
    return {"id": qid, "question": question, "answer": answer, "type": typ, "value": value, "unit": unit,
            "scale": scale, "tolerance": tol, "evidence": ev, "tags": tags, "documents": [DOC]}


def _refusal(qid, question, answer, tags):
    assert answer.startswith("The documents don't say")
    return _q(qid, question, answer, "refusal", None, None, None, None, [], tags)


def cells4(label: str, d: dict, upto: str, dec: int = 0) -> str:
    out = [label]
    for c in COLS:
        out.append(f(d[c], dec))
        if c == upto:
            break
    return " ".join(out)


def cells6(label: str, d: dict, upto: str, dec: int = 0) -> str:
    row = row6(label, d, dec)
    idx = {"Q4_26": 1, "Q4_25": 2, "FY_26": 4, "FY_25": 5}[upto]
    return " ".join(x for x in row[: idx + 1] if x)


def metric_questions() -> list[dict]:
    Q = []
    P = "s35m-a-"
    sek = lambda v: f"SEK {fc(v)} million"  # noqa: E731
    # ---- lookups
    Q.append(_q(P + "net-sales-fy26", "What were Lindqvarn Medical's net sales for the full year 2026, in SEK million?",
                f"{sek(SALES['FY_26'])} (Net sales, Jan–Dec 2026, consolidated income statement p. 7)", "currency",
                SALES["FY_26"], "SEK", "million", _tol_stated(SALES["FY_26"], 0),
                [_ev(7, cells4("Net sales", SALES, "FY_26"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "cogs-q4-25", "How large was Lindqvarn's cost of goods sold in the fourth quarter of 2025 (October–December 2025)?",
                f"{sek(-COGS['Q4_25'])} (Cost of goods sold, Oct–Dec 2025 column, shown as -1 565 on p. 7)", "currency",
                -COGS["Q4_25"], "SEK", "million", _tol_stated(COGS["Q4_25"], 0),
                [_ev(7, cells4("Cost of goods sold", COGS, "Q4_25"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "rnd-fy25", "What did Lindqvarn spend on research and development in full-year 2025 according to its income statement? MSEK.",
                f"{sek(-RND['FY_25'])} (Research and development expenses, Jan–Dec 2025, p. 7)", "currency",
                -RND["FY_25"], "SEK", "million", _tol_stated(RND["FY_25"], 0),
                [_ev(7, cells4("Research and development expenses", RND, "FY_25"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "eps-diluted-q4-26", "What was Lindqvarn's diluted earnings per share for October–December 2026, in SEK?",
                f"SEK {fc(EPS_D['Q4_26'], 2)} (Earnings per share after dilution, Oct–Dec 2026, p. 7)", "currency",
                EPS_D["Q4_26"], "SEK", None, _tol_stated(EPS_D["Q4_26"], 2),
                [_ev(7, cells4("Earnings per share after dilution, SEK", EPS_D, "Q4_26", 2))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "goodwill-2025", "How much goodwill did Lindqvarn carry on its balance sheet at 31 December 2025?",
                f"{sek(8655)} (Goodwill, 31 Dec 2025 column, consolidated balance sheet p. 8)", "currency",
                8655, "SEK", "million", _tol_stated(8655, 0), [_ev(8, "Goodwill 9 412 8 655")], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "total-assets-2026", "What were Lindqvarn's total assets at the end of 2026? Answer in SEK millions.",
                f"{sek(TA[0])} (TOTAL ASSETS, 31 Dec 2026, p. 8)", "currency", TA[0], "SEK", "million",
                _tol_stated(TA[0], 0), [_ev(8, f"TOTAL ASSETS {f(TA[0])}")], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "equity-parent-2026", "What equity was attributable to the shareholders of the parent company at 31 December 2026?",
                f"{sek(EQP_26)} (Equity attributable to shareholders of the parent, 31 Dec 2026, p. 8; total equity incl. non-controlling interests was SEK {fc(EQ_26)} million)",
                "currency", EQP_26, "SEK", "million", _tol_stated(EQP_26, 0),
                [_ev(8, f"Equity attributable to shareholders of the parent {f(EQP_26)}")], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "capex-ppe-fy25", "How much did Lindqvarn pay for investments in property, plant and equipment during 2025 (full year)?",
                f"{sek(376)} (Investments in property, plant and equipment, Jan–Dec 2025, shown as -376 in the cash flow statement p. 9)",
                "currency", 376, "SEK", "million", _tol_stated(376, 0),
                [_ev(9, cells4("Investments in property, plant and equipment", CF["Investments in property, plant and equipment"], "FY_25"))],
                ["lookup", "lindqvarn"]))
    Q.append(_q(P + "borrowings-raised-fy26", "What amount of new borrowings did Lindqvarn raise in 2026 according to the cash flow statement? SEK m.",
                f"{sek(BORROW['FY_26'])} (Borrowings raised, Jan–Dec 2026, p. 9)", "currency", BORROW["FY_26"], "SEK", "million",
                _tol_stated(BORROW["FY_26"], 0), [_ev(9, cells4("Borrowings raised", BORROW, "FY_26"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "cfi-q4-25", "What was cash flow from investing activities in the fourth quarter of 2025, as reported (an outflow is negative)?",
                f"SEK {fc(CFI['Q4_25'])} million (Cash flow from investing activities, Oct–Dec 2025, p. 9)", "currency",
                CFI["Q4_25"], "SEK", "million", _tol_stated(CFI["Q4_25"], 0),
                [_ev(9, cells4("Cash flow from investing activities", CFI, "Q4_25"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "diag-adj-ebita-fy25", "What adjusted EBITA did the Diagnostics business area report for January–December 2025?",
                f"{sek(ADJ_EBITA_BA['Diagnostics']['FY_25'])} (Adjusted EBITA table, Diagnostics row, Jan–Dec 2025, p. 4)", "currency",
                ADJ_EBITA_BA["Diagnostics"]["FY_25"], "SEK", "million", _tol_stated(428, 0),
                [_ev(4, cells6("Diagnostics", ADJ_EBITA_BA["Diagnostics"], "FY_25"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "cc-sales-q4-25", "What were Critical Care's net sales in Q4 2025?",
                f"{sek(1188)} (Net sales by business area, Critical Care, Oct–Dec 2025, p. 4)", "currency", 1188, "SEK", "million",
                _tol_stated(1188, 0), [_ev(4, cells6("Critical Care", SALES_BA["Critical Care"], "Q4_25"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "apac-sales-fy26", "How much did Lindqvarn sell in Asia Pacific in full-year 2026? Give SEK millions.",
                f"{sek(SALES_REG['Asia Pacific']['FY_26'])} (Net sales by region, Asia Pacific, Jan–Dec 2026, p. 5)", "currency",
                SALES_REG["Asia Pacific"]["FY_26"], "SEK", "million", _tol_stated(2498, 0),
                [_ev(5, cells6("Asia Pacific", SALES_REG["Asia Pacific"], "FY_26"))], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "sales-q2-25", "What were the group's net sales in the second quarter of 2025?",
                f"{sek(Q_SALES_25[1])} (Quarterly data, Net sales 2025, Q2 column, p. 12)", "currency", Q_SALES_25[1], "SEK", "million",
                _tol_stated(Q_SALES_25[1], 0), [_ev(12, f"Net sales 2025 {f(Q_SALES_25[0])} {f(Q_SALES_25[1])}")], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "adj-ebitda-fy26", "What was adjusted EBITDA for the full year 2026?",
                f"{sek(ADJ_EBITDA['FY_26'])} (Adjusted EBITDA, Jan–Dec 2026, reconciliation of alternative performance measures p. 11)",
                "currency", ADJ_EBITDA["FY_26"], "SEK", "million", _tol_stated(3274, 0),
                [_ev(11, cells4("Adjusted EBITDA", ADJ_EBITDA, "FY_26"))], ["lookup", "ebitda", "lindqvarn"]))
    Q.append(_q(P + "net-debt-2025", "What was Lindqvarn's net debt (including leases and pensions) at 31 December 2025?",
                f"{sek(NET_DEBT[1])} (Net debt table, 31 Dec 2025 column, p. 10)", "currency", NET_DEBT[1], "SEK", "million",
                _tol_stated(NET_DEBT[1], 0), [_ev(10, f"Net debt {f(NET_DEBT[0])} {f(NET_DEBT[1])}")], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "acq-costs-fy26", "How much acquisition-related cost was treated as an item affecting comparability in 2026 (January–December)?",
                f"{sek(47)} (Acquisition-related costs, Jan–Dec 2026, items affecting comparability table p. 3; shown as -47)", "currency",
                47, "SEK", "million", _tol_stated(47, 0),
                [_ev(3, "Acquisition-related costs -18 -9 -47")], ["lookup", "lindqvarn"]))
    Q.append(_q(P + "adj-ebita-q3-26", "What adjusted EBITA did Lindqvarn earn in the third quarter of 2026?",
                f"{sek(Q_AEBITA_26[2])} (Quarterly data, Adjusted EBITA 2026, Q3 column, p. 12)", "currency", Q_AEBITA_26[2], "SEK",
                "million", _tol_stated(691, 0), [_ev(12, "Adjusted EBITA 2026 " + " ".join(f(x) for x in Q_AEBITA_26))],
                ["lookup", "lindqvarn"]))
    # ---- margins, ratios, growth
    v = rnd(100 * GP["Q4_25"] / SALES["Q4_25"], 2)
    Q.append(_q(P + "gross-margin-q4-25", "What was the gross margin (gross profit divided by net sales) in Oct–Dec 2025? Percent, two decimals.",
                f"{v}% (gross profit SEK 1,898m / net sales SEK 3,463m, Oct–Dec 2025, p. 7)", "percent", v, "percent", None,
                round(0.005 / v, 6), [_ev(7, cells4("Gross profit", GP, "Q4_25")), _ev(7, cells4("Net sales", SALES, "Q4_25"))],
                ["margin", "lindqvarn"]))
    v = rnd(100 * EBIT["FY_26"] / SALES["FY_26"], 1)
    Q.append(_q(P + "ebit-margin-fy26", "What was Lindqvarn's reported operating (EBIT) margin for 2026 as a whole, to one decimal?",
                f"{v}% (operating profit SEK 2,308m / net sales SEK 14,102m, Jan–Dec 2026, p. 7)", "percent", v, "percent", None,
                round(0.05 / v, 6), [_ev(7, cells4("Operating profit (EBIT)", EBIT, "FY_26")), _ev(7, cells4("Net sales", SALES, "FY_26"))],
                ["margin", "lindqvarn"]))
    v = rnd(100 * NET["Q4_26"] / SALES["Q4_26"], 1)
    Q.append(_q(P + "net-margin-q4-26", "Net profit for the period as a percentage of net sales in the fourth quarter of 2026: what was it? One decimal.",
                f"{v}% (net profit SEK 406m / net sales SEK 3,754m, Oct–Dec 2026, p. 7)", "percent", v, "percent", None,
                round(0.05 / v, 6), [_ev(7, cells4("Net profit for the period", NET, "Q4_26")), _ev(7, cells4("Net sales", SALES, "Q4_26"))],
                ["margin", "lindqvarn"]))
    v = rnd(100 * (EPS_D["FY_26"] / EPS_D["FY_25"] - 1), 1)
    Q.append(_q(P + "eps-diluted-growth-fy", "By how much did diluted earnings per share grow from 2025 to 2026 (full years), in percent to one decimal?",
                f"{v}% (SEK 13.32 vs SEK 10.90 after dilution, Jan–Dec columns, p. 7)", "percent", v, "percent", None,
                round(0.05 / v, 6), [_ev(7, cells4("Earnings per share after dilution, SEK", EPS_D, "FY_25", 2))], ["growth", "lindqvarn"]))
    v = rnd(pct(SALES_REG["Americas"]["Q4_26"], SALES_REG["Americas"]["Q4_25"]), 1)
    Q.append(_q(P + "americas-growth-q4", "What was the reported year-on-year growth of net sales in the Americas in Q4 2026, to one decimal place?",
                f"{v}% reported growth (net sales by region, Americas, Oct–Dec 2026 vs Oct–Dec 2025: 1,391 / 1,258 - 1; p. 5)", "percent", v,
                "percent", None, round(0.05 / v, 6), [_ev(5, cells6("Americas", SALES_REG["Americas"], "Q4_25"))], ["growth", "lindqvarn"]))
    v = rnd(100 * ADJ_EBITA_BA["Diagnostics"]["FY_26"] / SALES_BA["Diagnostics"]["FY_26"], 2)
    Q.append(_q(P + "diag-margin-fy26", "Compute Diagnostics' adjusted EBITA margin for 2026 from its adjusted EBITA and net sales, to two decimals of a percent.",
                f"{v}% (adjusted EBITA SEK 586m / net sales SEK 2,583m, Jan–Dec 2026, p. 4)", "percent", v, "percent", None,
                round(0.005 / v, 6), [_ev(4, cells6("Diagnostics", ADJ_EBITA_BA["Diagnostics"], "FY_26")),
                                      _ev(4, cells6("Diagnostics", SALES_BA["Diagnostics"], "FY_26"))], ["margin", "lindqvarn"]))
    v = rnd(CA[0] / CL[0], 2)
    Q.append(_q(P + "current-ratio-2026", "What was the current ratio (total current assets / total current liabilities) at 31 Dec 2026? Two decimals.",
                f"{v} (SEK {fc(CA[0])}m / SEK {fc(CL[0])}m, balance sheet p. 8)", "ratio", v, "ratio", None, round(0.005 / v, 6),
                [_ev(8, f"Total current assets {f(CA[0])}"), _ev(8, f"Total current liabilities {f(CL[0])}")], ["ratio", "lindqvarn"]))
    Q.append(_q(P + "fcf-fy26", "Define free cash flow as cash flow from operating activities minus investments in intangible assets and in property, plant and equipment. What was it for full-year 2026, in SEK m?",
                f"{sek(FCF['FY_26'])} (2,304 - 208 - 412, cash flow statement p. 9; also shown as operating cash flow after investments on p. 11)",
                "currency", FCF["FY_26"], "SEK", "million", 0.005,
                [_ev(9, cells4("Cash flow from operating activities", CFO, "FY_26")),
                 _ev(9, cells4("Investments in intangible assets", CF["Investments in intangible assets"], "FY_26")),
                 _ev(9, cells4("Investments in property, plant and equipment", CF["Investments in property, plant and equipment"], "FY_26"))],
                ["fcf", "defined", "lindqvarn"]))
    v = rnd(100 * FCF["FY_26"] / ADJ_EBITA["FY_26"], 1)
    Q.append(_q(P + "cash-conversion-fy26", "Cash conversion here means operating cash flow after investments in intangible assets and PP&E divided by adjusted EBITA. What was it for 2026? Percent, one decimal.",
                f"{v}% (SEK 1,684m / SEK 2,698m, Jan–Dec 2026, pp. 9 and 11)", "percent", v, "percent", None, round(0.05 / v, 6),
                [_ev(11, cells4("Operating cash flow after investments", FCF, "FY_26")), _ev(11, cells4("Adjusted EBITA", ADJ_EBITA, "FY_26"))],
                ["defined", "lindqvarn"]))
    v = rnd(NET_DEBT[0] / ADJ_EBITDA["FY_26"], 3)
    Q.append(_q(P + "leverage-3dp-2026", "Recompute net debt divided by adjusted EBITDA at the end of 2026 from the two amounts, to three decimals.",
                f"{v} (SEK {fc(NET_DEBT[0])}m / SEK {fc(ADJ_EBITDA['FY_26'])}m; printed as 1.68 on p. 10)", "ratio", v, "ratio", None,
                round(0.0005 / v, 6), [_ev(10, f"Net debt {f(NET_DEBT[0])}"), _ev(10, f"Adjusted EBITDA, last twelve months {f(ADJ_EBITDA['FY_26'])}")],
                ["ratio", "lindqvarn"]))
    wc = bsv("Inventories", 0) + bsv("Trade receivables", 0) - bsv("Trade payables", 0)
    Q.append(_q(P + "trade-wc-2026", "Trade working capital is defined as inventories plus trade receivables minus trade payables. What was it at 31 December 2026 in SEK million?",
                f"{sek(wc)} (2,341 + 2,467 - 1,288, balance sheet p. 8)", "currency", wc, "SEK", "million", 0.005,
                [_ev(8, "Inventories 2 341"), _ev(8, "Trade receivables 2 467"), _ev(8, "Trade payables 1 288")],
                ["working_capital", "defined", "lindqvarn"]))
    v = rnd(100 * NET_PARENT["FY_26"] / ((EQP_26 + EQP_25) / 2), 1)
    Q.append(_q(P + "roe-fy26", "Return on equity for 2026, defined as net profit attributable to shareholders of the parent divided by the average of opening and closing equity attributable to them: what was it, to one decimal of a percent?",
                f"{v}% (SEK 1,585m / average of SEK 11,530m and SEK 10,685m, pp. 7-8)", "percent", v, "percent", None, round(0.05 / v, 6),
                [_ev(7, cells4("Shareholders of the parent", NET_PARENT, "FY_26")),
                 _ev(8, f"Equity attributable to shareholders of the parent {f(EQP_26)} {f(EQP_25)}")], ["ratio", "defined", "lindqvarn"]))
    v = rnd(100 * -TAX["Q4_26"] / PBT["Q4_26"], 1)
    Q.append(_q(P + "tax-rate-q4-26", "What was the effective tax rate (income tax over profit before tax) for Oct–Dec 2026? One decimal.",
                f"{v}% (SEK 121m / SEK 527m, Oct–Dec 2026, p. 7; the full-year rate was 22.5%)", "percent", v, "percent", None,
                round(0.05 / v, 6), [_ev(7, cells4("Income tax", TAX, "Q4_26")), _ev(7, cells4("Profit before tax", PBT, "Q4_26"))],
                ["ratio", "lindqvarn"]))
    v = rnd(100 * SALES_BA["Surgical Workflows"]["FY_26"] / SALES["FY_26"], 1)
    Q.append(_q(P + "sw-share-fy26", "What share of group net sales in 2026 (full year) came from Surgical Workflows? Percent to one decimal.",
                f"{v}% (SEK 6,915m / SEK 14,102m, p. 4)", "percent", v, "percent", None, round(0.05 / v, 6),
                [_ev(4, cells6("Surgical Workflows", SALES_BA["Surgical Workflows"], "FY_26")), _ev(4, cells6("Group", SALES, "FY_26"))],
                ["ratio", "lindqvarn"]))
    h2 = Q_SALES_26[2] + SALES["Q4_26"]
    Q.append(_q(P + "sales-h2-26", "What were net sales in the second half of 2026 (July–December), in SEK millions?",
                f"{sek(h2)} (Q3 SEK 3,535m + Q4 SEK 3,754m, quarterly data p. 12)", "currency", h2, "SEK", "million", 0.005,
                [_ev(12, "Net sales 2026 " + " ".join(f(x) for x in Q_SALES_26 + [SALES["Q4_26"]]))], ["sum", "lindqvarn"]))
    ebitda25 = EBIT["FY_25"] + DA["FY_25"]
    Q.append(_q(P + "ebitda-fy25", "Taking EBITDA as operating profit plus depreciation, amortisation and impairment from the cash flow statement, what was EBITDA for 2025 (January–December) before any adjustments?",
                f"{sek(ebitda25)} (EBIT SEK 1,959m + D&A SEK 756m, Jan–Dec 2025, cash flow statement p. 9)", "currency", ebitda25, "SEK",
                "million", 0.005, [_ev(9, cells4("Operating profit (EBIT)", EBIT, "FY_25")),
                                   _ev(9, cells4("Depreciation, amortisation and impairment", DA, "FY_25"))],
                ["ebitda", "defined", "lindqvarn"]))
    # ---- refusals
    Q.append(_refusal(P + "refusal-sales-fy24", "What were Lindqvarn Medical's net sales for the full year 2024?",
                      "The documents don't say: the year-end report covers 2026 with 2025 comparatives only (net sales SEK 14,102 million in 2026 and SEK 13,030 million in 2025); no 2024 net sales are given.",
                      ["refusal", "lindqvarn"]))
    Q.append(_refusal(P + "refusal-diag-orders", "What was the order intake of the Diagnostics business area in Q4 2026?",
                      "The documents don't say: order intake is reported only for the group as a whole (SEK 3,902 million in Oct–Dec 2026), not per business area.",
                      ["refusal", "nearest_trap", "lindqvarn"]))
    Q.append(_refusal(P + "refusal-americas-ebita", "What adjusted EBITA did the Americas region generate in 2026?",
                      "The documents don't say: adjusted EBITA is broken down by business area (Surgical Workflows, Critical Care, Diagnostics), not by region; for the Americas only net sales (SEK 5,214 million) and organic growth are given.",
                      ["refusal", "nearest_trap", "lindqvarn"]))
    Q.append(_refusal(P + "refusal-germany-sales", "How much net sales did Lindqvarn generate in Germany in 2026?",
                      "The documents don't say: sales are reported by region (Europe SEK 6,390 million in 2026) and not by country.",
                      ["refusal", "lindqvarn"]))
    Q.append(_refusal(P + "refusal-inventories-sep26", "What was the value of inventories at 30 September 2026?",
                      "The documents don't say: the balance sheet is given only at 31 December 2026 and 31 December 2025 (inventories SEK 2,341 million and SEK 2,198 million).",
                      ["refusal", "lindqvarn"]))
    Q.append(_refusal(P + "refusal-net-profit-q1-26", "What was Lindqvarn's net profit in the first quarter of 2026?",
                      "The documents don't say: the quarterly data give only net sales and adjusted EBITA per quarter (Q1 2026 net sales SEK 3,301 million), and the income statement covers Oct–Dec and the full year.",
                      ["refusal", "nearest_trap", "lindqvarn"]))
    return Q


def prose_questions() -> list[dict]:
    Q = []
    P = "s35p-a-"
    b = BRIDGE
    Q.append(_q(P + "01", "How much did Lindqvarn bring in during the last three months of 2026?",
                f"SEK {fc(SALES['Q4_26'])} million of net sales in Oct–Dec 2026 (up 8% from 3,463).", "currency", SALES["Q4_26"], "SEK",
                "million", _tol_stated(3754, 0), [_ev(1, "Net sales increased by 8% to SEK 3,754 m (3,463).")],
                ["paraphrase", "lookup", "lindqvarn"]))
    Q.append(_q(P + "02", "What was Lindqvarn's organic sales growth in the fourth quarter of 2026?",
                f"Organic growth was {fc(b['Group']['Q4'][0], 1)}% in Q4 2026.", "percent", b["Group"]["Q4"][0], "percent", None,
                _tol_stated(7.1, 1), [_ev(3, "Net sales in the fourth quarter increased by 8.4% to SEK 3,754 m (3,463). Organic growth was 7.1%.")],
                ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "03", "For the full year 2026, by how much did net sales grow in total, including currency and acquisitions? One decimal.",
                "8.2% in total (of which 6.4% organic).", "percent", 8.2, "percent", None, _tol_stated(8.2, 1),
                [_ev(3, "For the full year, net sales grew by 8.2% to SEK 14,102 m (13,030), of which 6.4% organic.")],
                ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "04", "By what percentage did adjusted EBITA increase in the fourth quarter of 2026? One decimal.",
                "It increased by 20.2% (to SEK 737 m from 613).", "percent", 20.2, "percent", None, _tol_stated(20.2, 1),
                [_ev(3, "EBITA was SEK 737 m (613), an increase of 20.2%.")], ["kind", "lookup", "lindqvarn"]))
    Q.append(_q(P + "05", "What adjusted EBITA margin did Lindqvarn achieve in Q4 2026?",
                "19.6% (17.7% a year earlier); adjusted EBITA itself was SEK 737 m.", "percent", 19.6, "percent", None, _tol_stated(19.6, 1),
                [_ev(1, "Adjusted EBITA increased by 20% to SEK 737 m (613), corresponding to an adjusted EBITA margin of 19.6% (17.7).")],
                ["kind", "lookup", "lindqvarn"]))
    Q.append(_q(P + "06", "What was EBITA in the fourth quarter of 2026 before adjusting for items affecting comparability?",
                "SEK 655 m (604 a year earlier), before adjustments.", "currency", 655, "SEK", "million", _tol_stated(655, 0),
                [_ev(3, "EBITA amounted to SEK 655 m (604) in the quarter.")], ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "07", "What was Lindqvarn's profit before interest and tax for full-year 2026, as reported?",
                "SEK 2,308 m of operating profit (EBIT), up from 1,959.", "currency", 2308, "SEK", "million", _tol_stated(2308, 0),
                [_ev(1, "Operating profit (EBIT) was SEK 2,308 m (1,959).")], ["paraphrase", "qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "08", "What was the organic growth rate of sales in Asia in the fourth quarter?",
                "11.8% organic growth in Asia Pacific, the fastest-growing region.", "percent", 11.8, "percent", None, _tol_stated(11.8, 1),
                [_ev(5, "Asia Pacific was the fastest-growing region with organic growth of 11.8%, led by China and Australia.")],
                ["paraphrase", "lookup", "lindqvarn"]))
    Q.append(_q(P + "09", "Leaving out the Brennholm acquisition, how did Diagnostics' sales develop in Q4 2026 in percent?",
                "-0.3%, leaving out the Brennholm acquisition.", "percent", -0.3, "percent",
                None, _tol_stated(0.3, 1), [_ev(4, "Diagnostics: Net sales increased by 15.4% to SEK 697 m, of which 18.0 percentage points came from Brennholm. Organic growth was -0.3%.")],
                ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "10", "How many jobs are affected by the move of ventilator production from Uddevalla to Lund?",
                "About 140 positions.", "count", 140, "count", None, 0,
                [_ev(2, "The programme affects about 140 positions and is expected to generate annual savings of SEK 85 m with full effect from 2028.")],
                ["kind", "paraphrase", "lookup", "lindqvarn"]))
    Q.append(_q(P + "11", "What yearly cost savings does the Critical Care production consolidation aim for?",
                "SEK 85 m a year, with full effect from 2028.", "currency", 85, "SEK", "million", _tol_stated(85, 0),
                [_ev(6, "The programme is expected to deliver annual savings of SEK 85 m, with full effect from 2028.")],
                ["kind", "lookup", "lindqvarn"]))
    Q.append(_q(P + "12", "Before it was raised in October 2026, what organic growth range did Lindqvarn expect for 2026?",
                "3–5% organic growth (raised to 5–7% in October; the outcome was 6.4%).", "range", [3, 5], "percent", None, 0.01,
                [_ev(6, "the company had expected organic growth of 3–5% for 2026; in October 2026 the outlook was raised to 5–7%.")],
                ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "13", "What top-line growth, excluding currency and acquisitions, does management anticipate for next year?",
                "Organic net sales growth of 4–6% in 2027.", "range", [4, 6], "percent", None, 0.01,
                [_ev(6, "For 2027, Lindqvarn expects organic net sales growth of 4–6%.")], ["paraphrase", "lookup", "lindqvarn"]))
    Q.append(_q(P + "14", "What was Lindqvarn's headcount at the end of 2026?",
                "6,840 employees (6,410 a year earlier).", "count", 6840, "count", None, 0,
                [_ev(6, "The number of employees at the end of the year was 6,840 (6,410).")], ["paraphrase", "lookup", "lindqvarn"]))
    Q.append(_q(P + "15", "Excluding the roughly 210 people who came with Brennholm, by how many did the workforce grow during 2026?",
                "About 220 people: year-end headcount 6,840 less 6,410 at the start, less about 210 from Brennholm = 220.", "count", 220, "count", None, 0.01,
                [_ev(6, "The number of employees at the end of the year was 6,840 (6,410). The increase is mainly explained by the Brennholm acquisition, which added about 210 employees.")],
                ["derived", "computation", "lindqvarn"]))
    v = rnd(BRENN_PRICE / BRENN_ANNUAL, 2)
    Q.append(_q(P + "16", "What multiple of its annual sales did Lindqvarn pay for Brennholm, using the enterprise value? Two decimals.",
                f"About {v} times (enterprise value SEK 1,150 m / annual sales of about SEK 420 m).", "ratio", v, "ratio", None,
                round(0.005 / v, 6), [_ev(6, "The enterprise value was SEK 1,150 m. Brennholm has annual sales of about SEK 420 m")],
                ["derived", "computation", "lindqvarn"]))
    v = rnd(697 / 1.154)
    Q.append(_q(P + "17", "Based on the stated growth rate, roughly what were Diagnostics' net sales in the fourth quarter of 2025?",
                f"About SEK {v:.0f} m (SEK 697 m / 1.154).", "currency", v, "SEK", "million", 0.005,
                [_ev(4, "Diagnostics: Net sales increased by 15.4% to SEK 697 m")], ["derived", "computation", "lindqvarn"]))
    left = RESTR_TOTAL_EST + IAC["Restructuring costs, Critical Care production"]["FY_26"]
    Q.append(_q(P + "18", "How much of the Critical Care restructuring cost is still to be charged in 2027?",
                f"About SEK {left} m is still to be charged in 2027 (150 less 112).", "currency", left, "SEK", "million", 0.01,
                [_ev(6, "Total restructuring costs are estimated at SEK 150 m, of which SEK 112 m was charged to 2026 and the remainder is expected in 2027.")],
                ["derived", "computation", "lindqvarn"]))
    v = rnd(100 * (DPS[0] / DPS[1] - 1), 1)
    Q.append(_q(P + "19", "By what percentage is the proposed dividend per share higher than the year before? One decimal.",
                f"{v}% (SEK 5.10 proposed vs SEK 4.60).", "percent", v, "percent", None, round(0.05 / v, 6),
                [_ev(6, "The Board of Directors proposes a dividend of SEK 5.10 per share for 2026 (4.60)")], ["derived", "computation", "lindqvarn"]))
    Q.append(_q(P + "20", "How large were R&D expenses relative to net sales in 2026?",
                "7.1% of net sales (R&D expenses of SEK 1,003 m, up 8%).", "percent", 7.1, "percent", None, _tol_stated(7.1, 1),
                [_ev(3, "Research and development expenses rose by 8% to SEK 1,003 m for the year, equal to 7.1% of net sales.")],
                ["kind", "lookup", "lindqvarn"]))
    Q.append(_q(P + "21", "What was net debt relative to adjusted EBITDA one year earlier, at the end of 2025, to two decimals?",
                "1.95 times at 31 December 2025 (1.68 at the end of 2026).", "ratio", 1.95, "ratio", None, _tol_stated(1.95, 2),
                [_ev(5, "corresponding to 1.68 times adjusted EBITDA for the last twelve months (1.95).")], ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "22", "What share of earnings per share does the proposed dividend represent?",
                "38% of earnings per share before dilution.", "percent", 38, "percent", None, _tol_stated(38, 0),
                [_ev(6, "The proposal corresponds to 38% of earnings per share before dilution")], ["paraphrase", "kind", "lookup", "lindqvarn"]))
    Q.append(_q(P + "23", "How much in undrawn credit lines did Lindqvarn have at year-end 2026?",
                "SEK 3,000 m of unutilised credit facilities.", "currency", 3000, "SEK", "million", 0.01,
                [_ev(5, "Cash and cash equivalents were SEK 1,126 m and unutilised credit facilities amounted to SEK 3,000 m.")],
                ["paraphrase", "kind", "lookup", "lindqvarn"]))
    Q.append(_q(P + "24", "What was cash flow from operating activities in the fourth quarter alone?",
                "SEK 812 m in Oct–Dec 2026 (691 a year earlier).", "currency", 812, "SEK", "million", _tol_stated(812, 0),
                [_ev(5, "Cash flow from operating activities amounted to SEK 812 m (691) in the quarter and SEK 2,304 m (1,953) for the full year.")],
                ["qualifier", "lookup", "lindqvarn"]))
    Q.append(_q(P + "25", "How much did the Brennholm acquisition add to Diagnostics' net sales after it was consolidated?",
                "SEK 318 m since consolidation on 1 April 2026.", "currency", 318, "SEK", "million",
                _tol_stated(318, 0), [_ev(4, "Since its consolidation on 1 April 2026, Brennholm has contributed net sales of SEK 318 m to the business area.")],
                ["qualifier", "paraphrase", "lookup", "lindqvarn"]))
    Q.append(_refusal(P + "26", "What purchase price did Lindqvarn agree to pay for Solvik Sterilteknik?",
                      "The documents don't say: the purchase price has not been disclosed; the report gives only Solvik's annual sales of about SEK 140 m.",
                      ["refusal", "unanswerable", "nearest_trap", "lindqvarn"]))
    Q.append(_refusal(P + "27", "What adjusted EBITA margin does Lindqvarn forecast for 2027?",
                      "The documents don't say: the company does not give an earnings forecast; the 2027 outlook covers only organic sales growth (4–6%), and the at-least-20% margin is a target for 2028, not a 2027 forecast.",
                      ["refusal", "unanswerable", "nearest_trap", "lindqvarn"]))
    Q.append(_refusal(P + "28", "How much EBITA has Brennholm contributed since it was consolidated?",
                      "The documents don't say: only Brennholm's net sales contribution (SEK 318 m since 1 April 2026) is given, not its profit.",
                      ["refusal", "unanswerable", "nearest_trap", "lindqvarn"]))
    Q.append(_refusal(P + "29", "How much of the Critical Care restructuring savings does the company expect to realise in 2027?",
                      "The documents don't say: the report gives only the full annual savings of SEK 85 m with full effect from 2028, with no figure for 2027.",
                      ["refusal", "unanswerable", "nearest_trap", "lindqvarn"]))
    return Q


def write_questions() -> None:
    import json

    for name, rows in (("filings_metrics_synth35a.jsonl", metric_questions()),
                       ("prose_questions_synth35a.jsonl", prose_questions())):
        for r in rows:
            if r["type"] == "refusal":
                continue
            for e in r["evidence"]:
                if e["page"] is None:
                    e.pop("page")
                    e.pop("pages")
        with open(DATA / name, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", DATA / name, len(rows))


if __name__ == "__main__":
    build()
    write_questions()
    print("wrote", HERE / DOC)
    for name in ("SALES", "EBIT", "EBITA", "ADJ_EBITA", "ADJ_EBIT", "EBITDA", "ADJ_EBITDA", "NET", "NET_PARENT",
                 "EPS", "EPS_D", "CFO", "CFI", "CFF", "BORROW", "CAPEX", "FCF", "PBT", "GROUP_FN", "COGS", "DA"):
        print(name, globals()[name])
    print("NCA CA TA", NCA, CA, TA, "NCL CL", NCL, CL, "EQ", EQ_26, EQ_25, EQP_26, EQP_25, "OCL26", OTHER_CL_26)
    print("NET_DEBT", NET_DEBT, "LEV", LEVERAGE, "EQR", EQ_RATIO, "PAYOUT", PAYOUT, "TOTDIV", TOTAL_DIV,
          "ETR", ETR, "RND", RND_PCT, "DIVPAID", DIV_PAID_26)
