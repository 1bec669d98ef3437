# Long on purpose: generated test data.
"""Writer B of synthetic blind pair 36: one invented Japanese electronic-components maker's
consolidated financial results (IFRS, millions of yen) for fiscal 2025, the year ended
March 31, 2026. Every figure is computed here from the inputs below, and every total,
subtotal, roll-forward and narrative figure is asserted to tie.

Run from the worktree root:  PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic36/make_w36b.py
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
PDF = OUT / "ashinomaru_fy2025_results.pdf"

COMPANY = "Ashinomaru Denki Co., Ltd."
SHORT = "Ashinomaru"


def rnd(x: float, nd: int = 1) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def m(x: int) -> str:
    """Millions of yen as printed in a table: 1,234 or (1,234)."""
    return f"({abs(x):,})" if x < 0 else f"{x:,}"


def pct(new: float, old: float) -> float:
    return rnd((new - old) / abs(old) * 100, 1)


def gr(pair: tuple[int, int]) -> float:
    """Growth of (prior, current), percent to one decimal."""
    return pct(pair[1], pair[0])


def p1(x: float) -> str:
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


def bn(x_million: int) -> str:
    """Billions of yen, one decimal, for the narrative."""
    return f"{rnd(x_million / 1000, 1):.1f}"


# ---------------------------------------------------------------------------------------
# Inputs (millions of yen unless stated)
# ---------------------------------------------------------------------------------------
SEGMENTS = ["Capacitors", "Inductors & EMC Components", "Sensors & Modules",
            "Connectors & Power Devices", "Other"]
SEG_REV = {  # (fiscal 2024, fiscal 2025)
    "Capacitors": (268_450, 301_920),
    "Inductors & EMC Components": (112_380, 118_640),
    "Sensors & Modules": (126_910, 121_270),
    "Connectors & Power Devices": (58_230, 64_050),
    "Other": (9_840, 8_760),
}
SEG_OP = {
    "Inductors & EMC Components": (11_260, 12_940),
    "Sensors & Modules": (9_870, 4_120),
    "Connectors & Power Devices": (5_480, 6_930),
    "Other": (390, -210),
}
ADJUST = (-5_660, -6_020)  # corporate expenses and eliminations

REV = tuple(sum(SEG_REV[s][i] for s in SEGMENTS) for i in (0, 1))
REGIONS = ["Japan", "China", "Asia (excluding Japan and China)", "Americas", "Europe"]
REG_REV = {
    "Japan": (86_370, 88_120),
    "China": (221_690, 239_460),
    "Asia (excluding Japan and China)": (142_300, 158_930),
    "Americas": (71_840, 72_650),
}
REG_REV["Europe"] = tuple(REV[i] - sum(REG_REV[r][i] for r in REGIONS[:4]) for i in (0, 1))

COST = (428_960, 447_310)
SGA = (78_420, 82_950)
OTH_INC = (3_140, 2_680)
OTH_EXP = (5_920, 9_470)
FIN_INC = (4_210, 3_860)
FIN_COST = (1_730, 2_240)
ASSOC = (620, 410)
TAX = (18_220, 21_080)
NCI_PROFIT = (1_310, 1_460)
AVG_SHARES_K = (125_860, 124_370)  # thousands, basic
DILUTIVE_K = (190, 210)
IMPAIRMENT = 3_150  # fiscal 2025, Sensors & Modules production equipment, in other expenses

GROSS = tuple(REV[i] - COST[i] for i in (0, 1))
OP = tuple(GROSS[i] - SGA[i] + OTH_INC[i] - OTH_EXP[i] for i in (0, 1))
PBT = tuple(OP[i] + FIN_INC[i] - FIN_COST[i] + ASSOC[i] for i in (0, 1))
PROFIT = tuple(PBT[i] - TAX[i] for i in (0, 1))
OWNERS = tuple(PROFIT[i] - NCI_PROFIT[i] for i in (0, 1))
EPS = tuple(rnd(OWNERS[i] * 1000 / AVG_SHARES_K[i], 2) for i in (0, 1))
DEPS = tuple(rnd(OWNERS[i] * 1000 / (AVG_SHARES_K[i] + DILUTIVE_K[i]), 2) for i in (0, 1))
SEG_OP["Capacitors"] = tuple(
    OP[i] - ADJUST[i] - sum(SEG_OP[s][i] for s in SEGMENTS[1:]) for i in (0, 1))

# Quarterly, fiscal 2025 (Q3 is what is left of the year)
Q_REV = [146_220, 154_870, None, 156_380]
Q_REV[2] = REV[1] - sum(v for v in Q_REV if v is not None)
Q_OP = [17_930, 20_110, None, 18_260]
Q_OP[2] = OP[1] - sum(v for v in Q_OP if v is not None)
# Fourth quarter (January-March) of each year
Q4_SEG = {  # (Q4 fiscal 2024, Q4 fiscal 2025)
    "Capacitors": (64_180, 77_640),
    "Inductors & EMC Components": (28_410, 29_870),
    "Sensors & Modules": (32_060, 30_150),
    "Connectors & Power Devices": (14_220, 16_540),
}
Q4_REV = (141_270, Q_REV[3])
Q4_SEG["Other"] = tuple(Q4_REV[i] - sum(Q4_SEG[s][i] for s in SEGMENTS[:4]) for i in (0, 1))
Q4_GROSS = (35_120, 42_780)
Q4_OP = (13_840, Q_OP[3])
Q4_PBT = (14_620, 18_930)
Q4_OWNERS = (10_150, 13_470)

CAPEX = (58_340, 71_260)        # accrual basis
DA = (46_910, 50_180)
RND = (33_870, 36_410)
USD = (152.6, 147.2)            # average yen per US$
EUR = (163.9, 166.4)
Q4_USD = (152.5, 151.8)
Q4_EUR = (160.2, 174.6)
PLAN = {"capex": 78_000, "da": 54_000, "rnd": 39_000, "usd": 145.0, "eur": 165.0}
FX_REV_HIT = 14_900             # yen appreciation cut fiscal 2025 revenue by this much
FX_OP_HIT = 4_600
EMPLOYEES = (26_910, 27_480)
AUTO_SHARE = (31, 34)           # percent of revenue from automotive applications

# Forecasts for fiscal 2025: initial (May 13, 2025) and revised (November 6, 2025)
FC_INITIAL = {"rev": 590_000, "op": 66_000, "pbt": 67_500, "own": 48_000}
FC_REVISED = {"rev": 605_000, "op": 72_000, "pbt": 73_500, "own": 53_500}
FC_INITIAL["eps"] = rnd(FC_INITIAL["own"] * 1000 / 125_400, 2)
FC_REVISED["eps"] = rnd(FC_REVISED["own"] * 1000 / 124_300, 2)
# Forecast for fiscal 2026
FC26 = {"rev": 640_000, "op": 82_000, "pbt": 83_500, "own": 60_500}
FC26_H1 = {"rev": 312_000, "op": 38_500, "pbt": 39_200, "own": 28_900}
FC26_SHARES_K = 123_500
FC26["eps"] = rnd(FC26["own"] * 1000 / FC26_SHARES_K, 2)
FC26_H1["eps"] = rnd(FC26_H1["own"] * 1000 / FC26_SHARES_K, 2)

# Dividends per share (yen)
DPS = {"fy24": (70, 75), "fy25": (80, 95), "fy26": (90, 90)}
DPS_YE_FC_NOV = 80             # year-end forecast for fiscal 2025 before the revision
ISSUED_K = 128_400
TREASURY_K = (2_890, 4_900)    # at March 31, 2025 and 2026
OUTSTANDING_K = tuple(ISSUED_K - t for t in TREASURY_K)
OUT_SEP30_K = 124_300
BUYBACK = 10_000
BUYBACK_SHARES_K = TREASURY_K[1] - TREASURY_K[0]

DIV_PAID_OWN = round(DPS["fy24"][1] * OUTSTANDING_K[0] / 1000 + DPS["fy25"][0] * OUT_SEP30_K / 1000)
DIV_TOTAL_FY25 = (round(DPS["fy25"][0] * OUT_SEP30_K / 1000), round(DPS["fy25"][1] * OUTSTANDING_K[1] / 1000))
DIV_TOTAL_FY24 = (8_820, round(DPS["fy24"][1] * OUTSTANDING_K[0] / 1000))

# Balance sheet: (March 31, 2025, March 31, 2026); cash 2026 comes from the cash flow statement
BS_CA = {
    "Cash and cash equivalents": [118_460, None],
    "Trade and other receivables": [121_370, 129_840],
    "Inventories": [134_820, 141_050],
    "Other financial assets": [8_240, 7_910],
    "Other current assets": [14_690, 15_320],
}
BS_NCA = {
    "Property, plant and equipment": [312_580, 331_470],
    "Right-of-use assets": [12_430, 13_160],
    "Goodwill": [21_860, 22_340],
    "Intangible assets": [17_940, 18_620],
    "Investments accounted for using the equity method": [6_710, 6_980],
    "Other financial assets ": [41_280, 43_760],
    "Deferred tax assets": [9_120, 8_470],
    "Other non-current assets": [4_350, 4_580],
}
BS_CL = {
    "Trade and other payables": [78_930, 83_610],
    "Borrowings": [18_500, 15_000],
    "Lease liabilities": [3_270, 3_480],
    "Income taxes payable": [9_840, 11_260],
    "Other current liabilities": [31_460, 33_890],
}
BS_NCL = {
    "Borrowings ": [62_000, 70_000],
    "Lease liabilities ": [9_680, 10_150],
    "Retirement benefit liabilities": [11_240, 10_870],
    "Deferred tax liabilities": [7_830, 8_640],
    "Other non-current liabilities": [2_910, 3_020],
}
SHARE_CAPITAL = 33_575
CAP_SURPLUS = (36_120, 36_180)
TREASURY_AMT = (-8_460, -8_460 - BUYBACK)
OCE_2025 = 44_380              # other components of equity at March 31, 2025
NCI_EQ = (12_620, None)
NCI_DIV = 540
NCI_EQ = (12_620, 12_620 + NCI_PROFIT[1] - NCI_DIV + 150)  # 150: translation share of NCI

# Cash flows (fiscal 2024, fiscal 2025)
CF_IMPAIR = (0, IMPAIRMENT)
CF_INT_DIV_RCVD = (3_880, 3_540)
CF_INT_PAID = (-1_650, -2_010)
CF_TAX_PAID = (-17_310, -19_870)
CF_REC = (-6_240, -(BS_CA["Trade and other receivables"][1] - BS_CA["Trade and other receivables"][0]))
CF_INV = (-9_870, -(BS_CA["Inventories"][1] - BS_CA["Inventories"][0]))
CF_PAY = (4_130, BS_CL["Trade and other payables"][1] - BS_CL["Trade and other payables"][0])
CF_OTHER_OP = (2_290, -1_380)
CF_PPE = (-55_870, -68_920)
CF_PPE_SALE = (980, 1_240)
CF_INTANG = (-2_140, -2_690)
CF_INVEST = (-2_460, -3_150)
CF_INVEST_SALE = (3_310, 4_870)
CF_OTHER_INV = (-170, 310)
CF_ST_BORR = (2_500, BS_CL["Borrowings"][1] - BS_CL["Borrowings"][0])
CF_LT_PROCEEDS = (10_000, 20_000)
CF_LT_REPAY = (-15_000, -12_000)
CF_LEASE = (-3_390, -3_610)
CF_DIV_OWN = (-(8_810 + 8_820), -DIV_PAID_OWN)
CF_DIV_NCI = (-480, -NCI_DIV)
CF_TREASURY = (-5_000, -BUYBACK)
CF_OTHER_FIN = (-60, -40)
CF_FX = (2_940, 1_870)
CASH_BEGIN_FY24 = None  # derived so the fiscal 2024 column ends at the March 31, 2025 balance


def cash_flows(i: int) -> dict[str, int]:
    op_items = [PBT[i], DA[i], CF_IMPAIR[i], -FIN_INC[i], FIN_COST[i], -ASSOC[i], CF_REC[i],
                CF_INV[i], CF_PAY[i], CF_OTHER_OP[i]]
    subtotal = sum(op_items)
    op = subtotal + CF_INT_DIV_RCVD[i] + CF_INT_PAID[i] + CF_TAX_PAID[i]
    inv = CF_PPE[i] + CF_PPE_SALE[i] + CF_INTANG[i] + CF_INVEST[i] + CF_INVEST_SALE[i] + CF_OTHER_INV[i]
    fin = (CF_ST_BORR[i] + CF_LT_PROCEEDS[i] + CF_LT_REPAY[i] + CF_LEASE[i] + CF_DIV_OWN[i]
           + CF_DIV_NCI[i] + CF_TREASURY[i] + CF_OTHER_FIN[i])
    return {"subtotal": subtotal, "op": op, "inv": inv, "fin": fin,
            "net": op + inv + fin + CF_FX[i]}


CF = (cash_flows(0), cash_flows(1))
CASH_BEGIN = (BS_CA["Cash and cash equivalents"][0] - CF[0]["net"], BS_CA["Cash and cash equivalents"][0])
BS_CA["Cash and cash equivalents"][1] = CASH_BEGIN[1] + CF[1]["net"]


def col(d: dict[str, list[int]], i: int) -> int:
    return sum(v[i] for v in d.values())


TCA = (col(BS_CA, 0), col(BS_CA, 1))
TNCA = (col(BS_NCA, 0), col(BS_NCA, 1))
TA = (TCA[0] + TNCA[0], TCA[1] + TNCA[1])
TCL = (col(BS_CL, 0), col(BS_CL, 1))
TNCL = (col(BS_NCL, 0), col(BS_NCL, 1))
TL = (TCL[0] + TNCL[0], TCL[1] + TNCL[1])
# Retained earnings at March 31, 2025 balances the 2025 sheet; 2026 rolls forward.
RE = [TA[0] - TL[0] - NCI_EQ[0] - SHARE_CAPITAL - CAP_SURPLUS[0] - TREASURY_AMT[0] - OCE_2025, None]
RE[1] = RE[0] + OWNERS[1] - DIV_PAID_OWN
# Other components of equity at March 31, 2026 balance the 2026 sheet (translation, fair value).
OCE = (OCE_2025, TA[1] - TL[1] - NCI_EQ[1] - SHARE_CAPITAL - CAP_SURPLUS[1] - TREASURY_AMT[1] - RE[1])
EQ_OWN = tuple(SHARE_CAPITAL + CAP_SURPLUS[i] + RE[i] + TREASURY_AMT[i] + OCE[i] for i in (0, 1))
EQ = tuple(EQ_OWN[i] + NCI_EQ[i] for i in (0, 1))
EQ_RATIO = tuple(rnd(EQ_OWN[i] / TA[i] * 100, 1) for i in (0, 1))
BPS = tuple(rnd(EQ_OWN[i] * 1000 / OUTSTANDING_K[i], 2) for i in (0, 1))
ROE_FY25 = rnd(OWNERS[1] / ((EQ_OWN[0] + EQ_OWN[1]) / 2) * 100, 1)
PAYOUT = (rnd(sum(DPS["fy24"]) / EPS[0] * 100, 1), rnd(sum(DPS["fy25"]) / EPS[1] * 100, 1))
PAYOUT_FC = rnd(sum(DPS["fy26"]) / FC26["eps"] * 100, 1)

# ---------------------------------------------------------------------------------------
# Ties
# ---------------------------------------------------------------------------------------
for i in (0, 1):
    assert sum(REG_REV[r][i] for r in REGIONS) == REV[i]
    assert sum(SEG_OP[s][i] for s in SEGMENTS) + ADJUST[i] == OP[i]
    assert TA[i] == TL[i] + EQ[i]
    assert sum(Q4_SEG[s][i] for s in SEGMENTS) == Q4_REV[i]
assert sum(Q_REV) == REV[1] and sum(Q_OP) == OP[1]
assert BS_CA["Cash and cash equivalents"][1] == CASH_BEGIN[1] + CF[1]["net"]
assert CASH_BEGIN[0] + CF[0]["net"] == BS_CA["Cash and cash equivalents"][0]
assert RE[1] - RE[0] == OWNERS[1] - DIV_PAID_OWN
assert TREASURY_AMT[0] - TREASURY_AMT[1] == -CF_TREASURY[1]
assert 30_000 < OCE[1] < 70_000, OCE
assert 150_000 < RE[0] < 600_000, RE
assert REG_REV["Europe"][0] > 40_000 and REG_REV["Europe"][1] > 40_000
assert DIV_PAID_OWN == DIV_TOTAL_FY24[1] + DIV_TOTAL_FY25[0]

# Narrative figures
N = {
    "rev_bn": bn(REV[1]), "rev_pct": pct(REV[1], REV[0]),
    "op_bn": bn(OP[1]), "op_pct": pct(OP[1], OP[0]),
    "opm": (rnd(OP[0] / REV[0] * 100, 1), rnd(OP[1] / REV[1] * 100, 1)),
    "own_bn": bn(OWNERS[1]), "own_pct": pct(OWNERS[1], OWNERS[0]),
    "cc_rev_pct": pct(REV[1] + FX_REV_HIT, REV[0]),
    "op_ex_imp_bn": bn(OP[1] + IMPAIRMENT),
    "q4_rev_bn": bn(Q4_REV[1]), "q4_rev_pct": pct(Q4_REV[1], Q4_REV[0]),
    "q4_op_bn": bn(Q4_OP[1]), "q4_op_pct": pct(Q4_OP[1], Q4_OP[0]),
}
N["opm_pts"] = rnd(N["opm"][1] - N["opm"][0], 1)
assert N["rev_bn"] == "614.6" and N["op_bn"] == "77.6"


# ---------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------
W, H = A4
LM, RM = 50, W - 50
FONT, BOLD = "Helvetica", "Helvetica-Bold"
TOTAL_PAGES = 12


class Doc:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(f"{COMPANY} Consolidated Financial Results for Fiscal 2025 (IFRS)")
        self.c.setAuthor(COMPANY)
        self.page = 0
        self.y = 0.0

    def new_page(self) -> None:
        assert self.y > 50 or not self.page, (self.page, self.y)
        if self.page:
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont(FONT, 7.5)
        c.drawString(LM, H - 30, f"{COMPANY} (TSE Prime)")
        c.drawRightString(RM, H - 30, "Consolidated Financial Results for Fiscal 2025 [IFRS]")
        c.line(LM, H - 35, RM, H - 35)
        c.line(LM, 42, RM, 42)
        c.drawString(LM, 30, "May 13, 2026")
        c.drawCentredString(W / 2, 30, f"- {self.page} -")
        c.drawRightString(RM, 30, f"Page {self.page} of {TOTAL_PAGES}")
        self.y = H - 60

    def title(self, text: str, size: float = 11) -> None:
        self.c.setFont(BOLD, size)
        self.c.drawString(LM, self.y, text)
        self.y -= size + 8

    def centred(self, text: str, size: float = 12, bold: bool = True) -> None:
        self.c.setFont(BOLD if bold else FONT, size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= size + 6

    def para(self, text: str, size: float = 9, indent: float = 0) -> None:
        self.c.setFont(FONT, size)
        for line in simpleSplit(text, FONT, size, RM - LM - indent):
            self.c.drawString(LM + indent, self.y, line)
            self.y -= size + 3.2
        self.y -= 5

    def note(self, text: str) -> None:
        self.para(text, size=7.5)

    def gap(self, h: float = 6) -> None:
        self.y -= h

    def table(self, heads: list[list[str]], rows: list[tuple], xs: list[float],
              size: float = 8.2, label_w: float | None = None) -> None:
        """heads: one list of heading lines per numeric column; rows: (label, cells..., style)."""
        c = self.c
        c.setFont(BOLD, size - 0.4)
        depth = max(len(h) for h in heads)
        for k, h in enumerate(heads):
            if k:
                assert xs[k] - max(c.stringWidth(x, BOLD, size - 0.4) for x in h) > xs[k - 1] + 4, h
            for j, line in enumerate(h):
                c.drawRightString(xs[k], self.y - (depth - len(h) + j) * (size + 1.5), line)
        self.y -= depth * (size + 1.5) + 1
        c.line(LM, self.y + size - 1, RM, self.y + size - 1)
        self.y -= 3
        for row in rows:
            has_style = isinstance(row[-1], dict)
            style = row[-1] if has_style else {}
            cells = row[1:-1] if has_style else row[1:]
            bold = style.get("bold", False)
            c.setFont(BOLD if bold else FONT, size)
            c.drawString(LM + style.get("indent", 0), self.y, row[0])
            end = LM + style.get("indent", 0) + c.stringWidth(row[0], BOLD if bold else FONT, size)
            for k, cell in enumerate(cells):
                left = xs[k] - c.stringWidth(cell, BOLD if bold else FONT, size)
                assert left > end + 5, (self.page, row[0], cell, left, end)
                end = xs[k]
                c.drawRightString(xs[k], self.y, cell)
            if style.get("rule"):
                c.line(LM, self.y + size + 1, RM, self.y + size + 1)
            self.y -= size + 4.2
        self.y -= 6

    def save(self) -> None:
        assert self.y > 50, (self.page, self.y)
        assert self.page == TOTAL_PAGES, self.page
        self.c.save()


YEAR_HEADS = [["Fiscal 2024", "(Year ended", "March 31, 2025)"],
              ["Fiscal 2025", "(Year ended", "March 31, 2026)"], ["Change"], ["% change"]]
X4 = [330, 420, 490, RM]


def yrow(label: str, a: int, b: int, **style) -> tuple:
    return (label, m(a), m(b), m(b - a), p1(pct(b, a)) if a > 0 and b > 0 else "-", style)


def build() -> None:
    d = Doc(PDF)

    # ---------------- page 1: summary -------------------------------------------------
    d.new_page()
    d.centred("Consolidated Financial Results for Fiscal 2025", 13)
    d.centred("(Fiscal year ended March 31, 2026) [IFRS]", 10, bold=False)
    d.gap(4)
    d.para(f"Company name: {COMPANY}    Listing: Tokyo Stock Exchange, Prime Market    "
           "Head office: Nagaoka, Niigata, Japan")
    d.para("Representative: Reiko Tanabashi, President and Chief Executive Officer    "
           "Inquiries: Hiroyuki Osabe, Managing Executive Officer and CFO")
    d.para("Scheduled date of annual general meeting of shareholders: June 24, 2026    "
           "Scheduled date of dividend payment: June 25, 2026")
    d.note("Fiscal 2025 is the fiscal year that began April 1, 2025 and ended March 31, 2026. "
           "Amounts are rounded to the nearest million yen. Percentages show the change from the previous fiscal year.")
    d.title("1. Consolidated results for fiscal 2025 (April 1, 2025 - March 31, 2026)", 9.5)
    d.note("(1) Consolidated operating results (in millions of yen, except per share data)")
    d.table(YEAR_HEADS, [
        yrow("Revenue", REV[0], REV[1]),
        yrow("Operating profit", OP[0], OP[1]),
        yrow("Profit before tax", PBT[0], PBT[1]),
        yrow("Profit for the year", PROFIT[0], PROFIT[1]),
        yrow("Profit attributable to owners of the parent", OWNERS[0], OWNERS[1]),
        ("Basic earnings per share (yen)", f"{EPS[0]:.2f}", f"{EPS[1]:.2f}",
         f"{EPS[1] - EPS[0]:.2f}", p1(pct(EPS[1], EPS[0])), {}),
        ("Diluted earnings per share (yen)", f"{DEPS[0]:.2f}", f"{DEPS[1]:.2f}",
         f"{DEPS[1] - DEPS[0]:.2f}", p1(pct(DEPS[1], DEPS[0])), {}),
    ], X4)
    d.note("(2) Consolidated financial position (in millions of yen, except per share data and percentages)")
    d.table([["March 31, 2025"], ["March 31, 2026"], ["Change"]], [
        ("Total assets", m(TA[0]), m(TA[1]), m(TA[1] - TA[0])),
        ("Total equity", m(EQ[0]), m(EQ[1]), m(EQ[1] - EQ[0])),
        ("Equity attributable to owners of the parent", m(EQ_OWN[0]), m(EQ_OWN[1]), m(EQ_OWN[1] - EQ_OWN[0])),
        ("Ratio of equity attributable to owners of the parent to total assets (%)",
         f"{EQ_RATIO[0]:.1f}", f"{EQ_RATIO[1]:.1f}", f"{EQ_RATIO[1] - EQ_RATIO[0]:.1f}"),
        ("Equity attributable to owners of the parent per share (yen)",
         f"{BPS[0]:,.2f}", f"{BPS[1]:,.2f}", f"{BPS[1] - BPS[0]:,.2f}"),
    ], [390, 470, RM])
    d.note("(3) Consolidated cash flows (in millions of yen)")
    d.table([["Fiscal 2024"], ["Fiscal 2025"]], [
        ("Net cash provided by operating activities", m(CF[0]["op"]), m(CF[1]["op"])),
        ("Net cash used in investing activities", m(CF[0]["inv"]), m(CF[1]["inv"])),
        ("Net cash used in financing activities", m(CF[0]["fin"]), m(CF[1]["fin"])),
        ("Cash and cash equivalents at end of year", m(BS_CA["Cash and cash equivalents"][0]),
         m(BS_CA["Cash and cash equivalents"][1])),
    ], [420, RM])
    d.note(f"Return on equity attributable to owners of the parent for fiscal 2025 was {ROE_FY25:.1f}%. "
           "Details of dividends and of the forecast for fiscal 2026 are on pages 7 and 8.")

    # ---------------- page 2: overview narrative ----------------------------------------
    d.new_page()
    d.title("2. Overview of Operating Results")
    d.title("(1) Results for fiscal 2025", 9.5)
    d.para("During fiscal 2025 the electronic components market recovered unevenly. Demand for passive "
           "components used in AI servers and data-center power supplies stayed strong throughout the year, "
           "and the electrification of vehicles continued to raise the number of components per car. On the "
           "other hand, smartphone and PC production was broadly flat, and industrial equipment customers "
           "reduced their inventories until the third quarter. The yen strengthened against the US dollar "
           "compared with the previous fiscal year, while it weakened against the euro.")
    d.para(f"In this environment, consolidated revenue for fiscal 2025 rose {N['rev_pct']:.1f}% year on year to "
           f"{N['rev_bn']} billion yen, a record high. Foreign exchange movements reduced revenue by approximately "
           f"{bn(FX_REV_HIT)} billion yen; on a constant currency basis revenue grew {N['cc_rev_pct']:.1f}%. "
           f"Operating profit increased {N['op_pct']:.1f}% to {N['op_bn']} billion yen, and the operating margin "
           f"improved by {N['opm_pts']:.1f} percentage points to {N['opm'][1]:.1f}%, helped by higher capacity "
           f"utilisation in Capacitors and a richer product mix, despite an exchange-rate headwind of about "
           f"{bn(FX_OP_HIT)} billion yen to operating profit.")
    d.para(f"Operating profit includes an impairment loss of {bn(IMPAIRMENT)} billion yen on camera-module "
           "production equipment in the Sensors & Modules segment, recorded in other expenses in the fourth "
           f"quarter. Excluding this impairment loss, operating profit would have been {N['op_ex_imp_bn']} billion yen. "
           f"Profit attributable to owners of the parent was {N['own_bn']} billion yen, up {N['own_pct']:.1f}%, "
           f"and basic earnings per share were {EPS[1]:.2f} yen, compared with {EPS[0]:.2f} yen in fiscal 2024.")
    d.para(f"Automotive applications accounted for {AUTO_SHARE[1]}% of consolidated revenue in fiscal 2025, "
           f"up from {AUTO_SHARE[0]}% a year earlier, while information and communications equipment, including "
           "smartphones, PCs and servers, accounted for 41% (fiscal 2024: 42%). Orders received in the Capacitors "
           "segment increased 14% year on year, and its book-to-bill ratio stood at 1.08 at the end of March 2026.")
    d.title("(2) Fourth quarter (January - March 2026)", 9.5)
    d.para(f"Revenue for the fourth quarter was {N['q4_rev_bn']} billion yen, up {N['q4_rev_pct']:.1f}% from the "
           f"same quarter of the previous year, and operating profit was {N['q4_op_bn']} billion yen, up "
           f"{N['q4_op_pct']:.1f}%, even after the impairment loss described above. Compared with the third "
           f"quarter, revenue declined by {bn(Q_REV[2] - Q_REV[3])} billion yen, reflecting the usual seasonal "
           "slowdown in consumer products around the Lunar New Year holidays.")
    d.title("(3) Employees", 9.5)
    d.para(f"The number of employees of the Group was {EMPLOYEES[1]:,} at March 31, 2026, an increase of "
           f"{EMPLOYEES[1] - EMPLOYEES[0]:,} from {EMPLOYEES[0]:,} a year earlier, mainly reflecting the "
           "recruitment of production staff at the capacitor plants in Malaysia and the Philippines.")

    # ---------------- page 3: segments --------------------------------------------------
    d.new_page()
    d.title("3. Results by Segment")
    d.note("Revenue and operating profit by reportable segment (in millions of yen)")
    seg_rows = []
    for s in SEGMENTS:
        seg_rows.append(yrow(s, SEG_REV[s][0], SEG_REV[s][1], indent=8))
    seg_rows.append(yrow("Total revenue", REV[0], REV[1], bold=True, rule=True))
    d.table(YEAR_HEADS, [("Revenue", "", "", "", "", {"bold": True})] + seg_rows, X4)
    op_rows = [yrow(s, SEG_OP[s][0], SEG_OP[s][1], indent=8) for s in SEGMENTS]
    op_rows.append(yrow("Adjustments (corporate expenses and eliminations)", ADJUST[0], ADJUST[1], indent=8))
    op_rows.append(yrow("Operating profit", OP[0], OP[1], bold=True, rule=True))
    d.table(YEAR_HEADS, [("Segment operating profit", "", "", "", "", {"bold": True})] + op_rows, X4)
    cap_m = (rnd(SEG_OP["Capacitors"][0] / SEG_REV["Capacitors"][0] * 100, 1),
             rnd(SEG_OP["Capacitors"][1] / SEG_REV["Capacitors"][1] * 100, 1))
    d.para(f"Capacitors: Revenue increased {gr(SEG_REV['Capacitors']):.1f}% to "
           f"{bn(SEG_REV['Capacitors'][1])} billion yen. Shipments of high-capacitance multilayer ceramic "
           "capacitors for AI servers and for automotive inverters and ADAS units grew strongly. Segment operating "
           f"profit rose to {bn(SEG_OP['Capacitors'][1])} billion yen and the segment margin reached {cap_m[1]:.1f}% "
           f"(fiscal 2024: {cap_m[0]:.1f}%).")
    d.para(f"Inductors & EMC Components: Revenue was {bn(SEG_REV['Inductors & EMC Components'][1])} billion yen, "
           f"up {gr(SEG_REV['Inductors & EMC Components']):.1f}%, as sales of power inductors for vehicles offset "
           f"weaker demand from PC makers. Segment operating profit was {bn(SEG_OP['Inductors & EMC Components'][1])} billion yen.")
    d.para(f"Sensors & Modules: Revenue fell {abs(gr(SEG_REV['Sensors & Modules'])):.1f}% to "
           f"{bn(SEG_REV['Sensors & Modules'][1])} billion yen because a major smartphone customer moved camera "
           "modules in-house. Segment operating profit declined to "
           f"{bn(SEG_OP['Sensors & Modules'][1])} billion yen from {bn(SEG_OP['Sensors & Modules'][0])} billion yen; "
           f"excluding the {bn(IMPAIRMENT)} billion yen impairment loss it would have been "
           f"{bn(SEG_OP['Sensors & Modules'][1] + IMPAIRMENT)} billion yen.")
    d.para(f"Connectors & Power Devices: Revenue grew {gr(SEG_REV['Connectors & Power Devices']):.1f}% to "
           f"{bn(SEG_REV['Connectors & Power Devices'][1])} billion yen on higher sales of board-to-board connectors "
           "and power modules for charging equipment.")

    # ---------------- page 4: regions ---------------------------------------------------
    d.new_page()
    d.title("4. Revenue by Region")
    d.note("Revenue by customer location (in millions of yen)")
    reg_rows = [yrow(r, REG_REV[r][0], REG_REV[r][1], indent=8) for r in REGIONS]
    reg_rows.append(yrow("Total", REV[0], REV[1], bold=True, rule=True))
    d.table(YEAR_HEADS, reg_rows, X4)
    over = (REV[1] - REG_REV["Japan"][1])
    d.para(f"Revenue from customers outside Japan was {bn(over)} billion yen, or "
           f"{rnd(over / REV[1] * 100, 1):.1f}% of consolidated revenue. Sales to customers in China, the Group's "
           f"largest market, grew {gr(REG_REV['China']):.1f}%, led by server power supplies and electric vehicles. "
           "In the rest of Asia, revenue increased "
           f"{gr(REG_REV['Asia (excluding Japan and China)']):.1f}% on higher shipments to contract manufacturers "
           "in Taiwan, Vietnam and India. In the Americas, revenue was nearly flat in yen terms but rose in "
           "local currency, and in Europe revenue increased "
           f"{gr(REG_REV['Europe']):.1f}%, helped by the weaker yen against the euro.")
    d.note("Note: Revenue is classified by the country or region where customers are located. "
           "China includes Hong Kong. Taiwan is included in Asia (excluding Japan and China).")
    d.gap(8)
    d.title("(Reference) Financial position and cash flows", 9.5)
    borr = (BS_CL["Borrowings"][0] + BS_NCL["Borrowings "][0], BS_CL["Borrowings"][1] + BS_NCL["Borrowings "][1])
    fcf = (CF[0]["op"] + CF[0]["inv"], CF[1]["op"] + CF[1]["inv"])
    d.para(f"Total assets at March 31, 2026 were {bn(TA[1])} billion yen, an increase of {bn(TA[1] - TA[0])} billion "
           "yen from a year earlier, mainly because of higher property, plant and equipment at the capacitor plants "
           "and higher trade receivables. Interest-bearing debt, consisting of short-term and long-term borrowings "
           f"and excluding lease liabilities, was {bn(borr[1])} billion yen (March 31, 2025: {bn(borr[0])} billion yen). "
           f"The ratio of equity attributable to owners of the parent to total assets was {EQ_RATIO[1]:.1f}%.")
    d.para(f"Net cash provided by operating activities was {bn(CF[1]['op'])} billion yen (fiscal 2024: "
           f"{bn(CF[0]['op'])} billion yen), reflecting higher profit before tax. Net cash used in investing activities "
           f"was {bn(-CF[1]['inv'])} billion yen, mainly for capacity expansion. As a result, free cash flow, which the "
           f"Group defines as the sum of operating and investing cash flows, was {bn(fcf[1])} billion yen, compared with "
           f"{bn(fcf[0])} billion yen in fiscal 2024.")

    # ---------------- page 5: fourth quarter --------------------------------------------
    d.new_page()
    d.title("5. Fourth Quarter Results (Three Months, January - March)")
    d.note("(in millions of yen)")
    q4_heads = [["Q4 Fiscal 2024", "(Jan. - Mar. 2025)"], ["Q4 Fiscal 2025", "(Jan. - Mar. 2026)"],
                ["Change"], ["% change"]]
    q4_rows = [yrow(s, Q4_SEG[s][0], Q4_SEG[s][1], indent=8) for s in SEGMENTS]
    q4_rows.append(yrow("Revenue", Q4_REV[0], Q4_REV[1], bold=True, rule=True))
    q4_rows += [yrow("Gross profit", Q4_GROSS[0], Q4_GROSS[1]),
                yrow("Operating profit", Q4_OP[0], Q4_OP[1]),
                yrow("Profit before tax", Q4_PBT[0], Q4_PBT[1]),
                yrow("Profit attributable to owners of the parent", Q4_OWNERS[0], Q4_OWNERS[1])]
    d.table(q4_heads, q4_rows, X4)
    d.note("Quarterly trend in fiscal 2025 (in millions of yen)")
    d.table([["Q1", "(Apr. - Jun.)"], ["Q2", "(Jul. - Sep.)"], ["Q3", "(Oct. - Dec.)"],
             ["Q4", "(Jan. - Mar.)"], ["Full year"]], [
        ("Revenue", *[m(v) for v in Q_REV], m(REV[1])),
        ("Operating profit", *[m(v) for v in Q_OP], m(OP[1])),
        ("Operating margin (%)", *[f"{rnd(o / r * 100, 1):.1f}" for o, r in zip(Q_OP, Q_REV)],
         f"{N['opm'][1]:.1f}"),
    ], [290, 350, 410, 470, RM])
    d.note("Average exchange rates in the fourth quarter (yen)")
    d.table([["Q4 Fiscal 2024"], ["Q4 Fiscal 2025"]], [
        ("US dollar", f"{Q4_USD[0]:.1f}", f"{Q4_USD[1]:.1f}"),
        ("Euro", f"{Q4_EUR[0]:.1f}", f"{Q4_EUR[1]:.1f}"),
    ], [420, RM])
    d.para("The quarterly figures are unaudited and have been derived by subtracting the cumulative results "
           "for the nine months ended December 31 from the full-year results.", size=8)

    # ---------------- page 6: capex, D&A, R&D, FX ----------------------------------------
    d.new_page()
    d.title("6. Capital Expenditures, Depreciation, R&D and Exchange Rates")
    d.note("(in millions of yen, except exchange rates)")
    d.table([["Fiscal 2024", "(Actual)"], ["Fiscal 2025", "(Actual)"], ["Fiscal 2026", "(Plan)"]], [
        ("Capital expenditures", m(CAPEX[0]), m(CAPEX[1]), m(PLAN["capex"])),
        ("Depreciation and amortization", m(DA[0]), m(DA[1]), m(PLAN["da"])),
        ("Research and development expenses", m(RND[0]), m(RND[1]), m(PLAN["rnd"])),
        ("R&D expenses to revenue (%)", f"{rnd(RND[0] / REV[0] * 100, 1):.1f}",
         f"{rnd(RND[1] / REV[1] * 100, 1):.1f}", f"{rnd(PLAN['rnd'] / FC26['rev'] * 100, 1):.1f}"),
        ("Average exchange rate: yen per US dollar", f"{USD[0]:.1f}", f"{USD[1]:.1f}", f"{PLAN['usd']:.1f}"),
        ("Average exchange rate: yen per euro", f"{EUR[0]:.1f}", f"{EUR[1]:.1f}", f"{PLAN['eur']:.1f}"),
    ], [390, 470, RM])
    d.note("Capital expenditures are stated on an accrual basis and include right-of-use assets and "
           "intangible assets. They therefore differ from the cash outflows shown in the statement of cash flows. "
           "Research and development expenses are included in cost of sales and in selling, general and "
           "administrative expenses.")
    d.para(f"Capital expenditures in fiscal 2025 amounted to {bn(CAPEX[1])} billion yen, up from "
           f"{bn(CAPEX[0])} billion yen, as the Group expanded multilayer ceramic capacitor capacity in Malaysia and "
           "Japan. In February 2026 the Board approved the construction of a new capacitor plant in Penang, "
           "Malaysia, with a total investment of approximately 42 billion yen over three years. The plant is "
           "scheduled to begin production in October 2027 and will raise the Group's capacitor output capacity "
           "by about 20%.")
    d.para(f"For fiscal 2026 the Group plans capital expenditures of {bn(PLAN['capex'])} billion yen and research and "
           f"development expenses of {bn(PLAN['rnd'])} billion yen. The plan assumes exchange rates of "
           f"{PLAN['usd']:.0f} yen to the US dollar and {PLAN['eur']:.0f} yen to the euro. A one-yen depreciation of "
           "the yen against the US dollar would increase annual operating profit by approximately 1.9 billion yen, "
           "and a one-yen depreciation against the euro by approximately 0.3 billion yen.")

    # ---------------- page 7: forecasts ---------------------------------------------------
    d.new_page()
    d.title("7. Forecasts")
    d.title("(1) Comparison of fiscal 2025 results with forecasts", 9.5)
    d.para("The forecast for fiscal 2025 announced on May 13, 2025 was revised upward on November 6, 2025, "
           "together with the results for the first half, to reflect strong demand for capacitors used in data "
           "centers. Actual results exceeded the revised forecast.")
    d.note("(in millions of yen, except per share data)")
    fc_heads = [["Initial", "forecast", "(May 13, 2025)"], ["Revised", "forecast", "(Nov. 6, 2025)"],
                ["Actual", "results"], ["Change from", "revised"], ["% change"]]
    d.table(fc_heads, [
        ("Revenue", m(FC_INITIAL["rev"]), m(FC_REVISED["rev"]), m(REV[1]), m(REV[1] - FC_REVISED["rev"]),
         p1(pct(REV[1], FC_REVISED["rev"]))),
        ("Operating profit", m(FC_INITIAL["op"]), m(FC_REVISED["op"]), m(OP[1]), m(OP[1] - FC_REVISED["op"]),
         p1(pct(OP[1], FC_REVISED["op"]))),
        ("Profit before tax", m(FC_INITIAL["pbt"]), m(FC_REVISED["pbt"]), m(PBT[1]),
         m(PBT[1] - FC_REVISED["pbt"]), p1(pct(PBT[1], FC_REVISED["pbt"]))),
        ("Profit attributable to owners of the parent", m(FC_INITIAL["own"]), m(FC_REVISED["own"]),
         m(OWNERS[1]), m(OWNERS[1] - FC_REVISED["own"]), p1(pct(OWNERS[1], FC_REVISED["own"]))),
        ("Basic earnings per share (yen)", f"{FC_INITIAL['eps']:.2f}", f"{FC_REVISED['eps']:.2f}",
         f"{EPS[1]:.2f}", f"{EPS[1] - FC_REVISED['eps']:.2f}", "-"),
    ], [278, 345, 410, 478, RM], size=7.8)
    d.title("(2) Forecast for fiscal 2026 (April 1, 2026 - March 31, 2027)", 9.5)
    d.note("(in millions of yen, except per share data; % shows the change from the same period of the previous year)")
    h1_prev_rev = Q_REV[0] + Q_REV[1]
    h1_prev_op = Q_OP[0] + Q_OP[1]
    d.table([["First half", "(Apr. - Sep. 2026)"], ["%"], ["Full year"], ["%"]], [
        ("Revenue", m(FC26_H1["rev"]), p1(pct(FC26_H1["rev"], h1_prev_rev)), m(FC26["rev"]),
         p1(pct(FC26["rev"], REV[1]))),
        ("Operating profit", m(FC26_H1["op"]), p1(pct(FC26_H1["op"], h1_prev_op)), m(FC26["op"]),
         p1(pct(FC26["op"], OP[1]))),
        ("Profit before tax", m(FC26_H1["pbt"]), "-", m(FC26["pbt"]), p1(pct(FC26["pbt"], PBT[1]))),
        ("Profit attributable to owners of the parent", m(FC26_H1["own"]), "-", m(FC26["own"]),
         p1(pct(FC26["own"], OWNERS[1]))),
        ("Basic earnings per share (yen)", f"{FC26_H1['eps']:.2f}", "", f"{FC26['eps']:.2f}", ""),
    ], [330, 380, 470, RM])
    d.para(f"For fiscal 2026, the Group forecasts revenue of {bn(FC26['rev'])} billion yen, up "
           f"{pct(FC26['rev'], REV[1]):.1f}%, and operating profit of {bn(FC26['op'])} billion yen, up "
           f"{pct(FC26['op'], OP[1]):.1f}%, which would give an operating margin of "
           f"{rnd(FC26['op'] / FC26['rev'] * 100, 1):.1f}%. The forecast assumes continued growth in demand from "
           "data centers and automotive customers and a modest recovery in smartphones. It is based on exchange "
           f"rates of {PLAN['usd']:.0f} yen to the US dollar and {PLAN['eur']:.0f} yen to the euro, and on "
           f"{FC26_SHARES_K:,} thousand shares outstanding on average. Forecasts are based on information available "
           "at the date of this release, and actual results may differ materially.")

    # ---------------- page 8: dividends --------------------------------------------------
    d.new_page()
    d.title("8. Dividends and Shareholder Returns")
    d.note("Dividends per share (yen) and total dividends (in millions of yen)")
    d.table([["Interim"], ["Year-end"], ["Annual"], ["Total dividends", "(annual)"], ["Payout ratio", "(%)"]], [
        ("Fiscal 2024", f"{DPS['fy24'][0]:.2f}", f"{DPS['fy24'][1]:.2f}", f"{sum(DPS['fy24']):.2f}",
         m(sum(DIV_TOTAL_FY24)), f"{PAYOUT[0]:.1f}"),
        ("Fiscal 2025", f"{DPS['fy25'][0]:.2f}", f"{DPS['fy25'][1]:.2f}", f"{sum(DPS['fy25']):.2f}",
         m(sum(DIV_TOTAL_FY25)), f"{PAYOUT[1]:.1f}"),
        ("Fiscal 2026 (forecast)", f"{DPS['fy26'][0]:.2f}", f"{DPS['fy26'][1]:.2f}", f"{sum(DPS['fy26']):.2f}",
         "-", f"{PAYOUT_FC:.1f}"),
    ], [290, 350, 410, 480, RM])
    d.note("Payout ratio is annual dividends per share divided by basic earnings per share.")
    d.para(f"The Company's policy is to pay stable and continuous dividends with a consolidated payout ratio of "
           f"35% or more. Reflecting the results for the year, the Board has resolved to pay a year-end dividend of "
           f"{DPS['fy25'][1]} yen per share, {DPS['fy25'][1] - DPS_YE_FC_NOV} yen more than the most recent forecast of "
           f"{DPS_YE_FC_NOV} yen announced on November 6, 2025. Together with the interim dividend of "
           f"{DPS['fy25'][0]} yen, the annual dividend for fiscal 2025 will be {sum(DPS['fy25'])} yen per share, "
           f"an increase of {sum(DPS['fy25']) - sum(DPS['fy24'])} yen from fiscal 2024. For fiscal 2026 the Company "
           f"plans an annual dividend of {sum(DPS['fy26'])} yen per share, consisting of interim and year-end "
           f"dividends of {DPS['fy26'][0]} yen each.")
    avg_price = round(BUYBACK * 1_000_000 / (BUYBACK_SHARES_K * 1000))
    d.para(f"During fiscal 2025 the Company repurchased {BUYBACK_SHARES_K:,} thousand of its own shares for a total "
           f"of {bn(BUYBACK)} billion yen under the program resolved in May 2025. Including dividends paid, total "
           f"shareholder returns for the year amounted to {bn(DIV_PAID_OWN + BUYBACK)} billion yen.")
    d.note("Number of shares: issued shares (including treasury shares) at March 31, 2026 "
           f"{ISSUED_K:,} thousand (March 31, 2025: {ISSUED_K:,} thousand); treasury shares at March 31, 2026 "
           f"{TREASURY_K[1]:,} thousand (March 31, 2025: {TREASURY_K[0]:,} thousand); average number of shares "
           f"during the year {AVG_SHARES_K[1]:,} thousand (fiscal 2024: {AVG_SHARES_K[0]:,} thousand).")
    assert 4_000 < avg_price < 6_000

    # ---------------- page 9: statement of profit or loss ----------------------------------
    d.new_page()
    d.title("9. Consolidated Financial Statements")
    d.title("(1) Consolidated Statement of Profit or Loss", 9.5)
    d.note("(in millions of yen, except per share data)")
    d.table(YEAR_HEADS, [
        yrow("Revenue", REV[0], REV[1]),
        yrow("Cost of sales", -COST[0], -COST[1]),
        yrow("Gross profit", GROSS[0], GROSS[1], bold=True, rule=True),
        yrow("Selling, general and administrative expenses", -SGA[0], -SGA[1]),
        yrow("Other income", OTH_INC[0], OTH_INC[1]),
        yrow("Other expenses", -OTH_EXP[0], -OTH_EXP[1]),
        yrow("Operating profit", OP[0], OP[1], bold=True, rule=True),
        yrow("Finance income", FIN_INC[0], FIN_INC[1]),
        yrow("Finance costs", -FIN_COST[0], -FIN_COST[1]),
        yrow("Share of profit of investments accounted for using the equity method", ASSOC[0], ASSOC[1]),
        yrow("Profit before tax", PBT[0], PBT[1], bold=True, rule=True),
        yrow("Income tax expense", -TAX[0], -TAX[1]),
        yrow("Profit for the year", PROFIT[0], PROFIT[1], bold=True, rule=True),
        ("Profit attributable to:", "", "", "", "", {}),
        yrow("Owners of the parent", OWNERS[0], OWNERS[1], indent=8),
        yrow("Non-controlling interests", NCI_PROFIT[0], NCI_PROFIT[1], indent=8),
        ("Earnings per share (yen)", "", "", "", "", {}),
        ("Basic", f"{EPS[0]:.2f}", f"{EPS[1]:.2f}", f"{EPS[1] - EPS[0]:.2f}", p1(pct(EPS[1], EPS[0])), {"indent": 8}),
        ("Diluted", f"{DEPS[0]:.2f}", f"{DEPS[1]:.2f}", f"{DEPS[1] - DEPS[0]:.2f}", p1(pct(DEPS[1], DEPS[0])),
         {"indent": 8}),
    ], X4)
    d.note(f"Impairment losses of {IMPAIRMENT:,} million yen on property, plant and equipment (fiscal 2024: none) are "
           "included in other expenses.")

    # ---------------- page 10: financial position (assets) ---------------------------------
    bs_heads = [["March 31, 2025"], ["March 31, 2026"], ["Change"]]
    bs_x = [390, 470, RM]

    def bsrow(label: str, v: list[int] | tuple[int, int], **style) -> tuple:
        return (label.strip(), m(v[0]), m(v[1]), m(v[1] - v[0]), style)

    d.new_page()
    d.title("(2) Consolidated Statement of Financial Position", 9.5)
    d.note("(in millions of yen)")
    rows = [("Assets", "", "", "", {"bold": True}), ("Current assets", "", "", "", {"bold": True})]
    rows += [bsrow(k, v, indent=8) for k, v in BS_CA.items()]
    rows.append(bsrow("Total current assets", TCA, bold=True, rule=True))
    rows.append(("Non-current assets", "", "", "", {"bold": True}))
    rows += [bsrow(k, v, indent=8) for k, v in BS_NCA.items()]
    rows.append(bsrow("Total non-current assets", TNCA, bold=True, rule=True))
    rows.append(bsrow("Total assets", TA, bold=True, rule=True))
    d.table(bs_heads, rows, bs_x)
    d.note("Cash and cash equivalents include time deposits with original maturities of three months or less.")

    # ---------------- page 11: financial position (liabilities and equity) -----------------
    d.new_page()
    d.title("(2) Consolidated Statement of Financial Position (continued)", 9.5)
    d.note("(in millions of yen)")
    rows = [("Liabilities and equity", "", "", "", {"bold": True}), ("Current liabilities", "", "", "", {"bold": True})]
    rows += [bsrow(k, v, indent=8) for k, v in BS_CL.items()]
    rows.append(bsrow("Total current liabilities", TCL, bold=True, rule=True))
    rows.append(("Non-current liabilities", "", "", "", {"bold": True}))
    rows += [bsrow(k, v, indent=8) for k, v in BS_NCL.items()]
    rows.append(bsrow("Total non-current liabilities", TNCL, bold=True, rule=True))
    rows.append(bsrow("Total liabilities", TL, bold=True, rule=True))
    rows.append(("Equity", "", "", "", {"bold": True}))
    rows += [bsrow("Share capital", (SHARE_CAPITAL, SHARE_CAPITAL), indent=8),
             bsrow("Capital surplus", CAP_SURPLUS, indent=8),
             bsrow("Retained earnings", RE, indent=8),
             bsrow("Treasury shares", TREASURY_AMT, indent=8),
             bsrow("Other components of equity", OCE, indent=8),
             bsrow("Total equity attributable to owners of the parent", EQ_OWN, bold=True, rule=True),
             bsrow("Non-controlling interests", NCI_EQ, indent=8),
             bsrow("Total equity", EQ, bold=True, rule=True),
             bsrow("Total liabilities and equity", (TL[0] + EQ[0], TL[1] + EQ[1]), bold=True, rule=True)]
    d.table(bs_heads, rows, bs_x)

    # ---------------- page 12: cash flows --------------------------------------------------
    d.new_page()
    d.title("(3) Consolidated Statement of Cash Flows", 9.5)
    d.note("(in millions of yen)")

    def cfrow(label: str, v: tuple[int, int], **style) -> tuple:
        return (label, m(v[0]), m(v[1]), style)

    cash = BS_CA["Cash and cash equivalents"]
    d.table([["Fiscal 2024", "(Year ended", "March 31, 2025)"], ["Fiscal 2025", "(Year ended", "March 31, 2026)"]], [
        ("Cash flows from operating activities", "", "", {"bold": True}),
        cfrow("Profit before tax", PBT, indent=8),
        cfrow("Depreciation and amortization", DA, indent=8),
        cfrow("Impairment losses", CF_IMPAIR, indent=8),
        cfrow("Finance income and finance costs, net", (FIN_COST[0] - FIN_INC[0], FIN_COST[1] - FIN_INC[1]), indent=8),
        cfrow("Share of profit of investments accounted for using the equity method", (-ASSOC[0], -ASSOC[1]), indent=8),
        cfrow("(Increase) decrease in trade and other receivables", CF_REC, indent=8),
        cfrow("(Increase) decrease in inventories", CF_INV, indent=8),
        cfrow("Increase (decrease) in trade and other payables", CF_PAY, indent=8),
        cfrow("Other, net", CF_OTHER_OP, indent=8),
        cfrow("Subtotal", (CF[0]["subtotal"], CF[1]["subtotal"]), rule=True),
        cfrow("Interest and dividends received", CF_INT_DIV_RCVD, indent=8),
        cfrow("Interest paid", CF_INT_PAID, indent=8),
        cfrow("Income taxes paid", CF_TAX_PAID, indent=8),
        cfrow("Net cash provided by operating activities", (CF[0]["op"], CF[1]["op"]), bold=True, rule=True),
        ("Cash flows from investing activities", "", "", {"bold": True}),
        cfrow("Purchase of property, plant and equipment", CF_PPE, indent=8),
        cfrow("Proceeds from sale of property, plant and equipment", CF_PPE_SALE, indent=8),
        cfrow("Purchase of intangible assets", CF_INTANG, indent=8),
        cfrow("Purchase of investments", CF_INVEST, indent=8),
        cfrow("Proceeds from sale of investments", CF_INVEST_SALE, indent=8),
        cfrow("Other, net", CF_OTHER_INV, indent=8),
        cfrow("Net cash used in investing activities", (CF[0]["inv"], CF[1]["inv"]), bold=True, rule=True),
        ("Cash flows from financing activities", "", "", {"bold": True}),
        cfrow("Net increase (decrease) in short-term borrowings", CF_ST_BORR, indent=8),
        cfrow("Proceeds from long-term borrowings", CF_LT_PROCEEDS, indent=8),
        cfrow("Repayment of long-term borrowings", CF_LT_REPAY, indent=8),
        cfrow("Repayment of lease liabilities", CF_LEASE, indent=8),
        cfrow("Dividends paid to owners of the parent", CF_DIV_OWN, indent=8),
        cfrow("Dividends paid to non-controlling interests", CF_DIV_NCI, indent=8),
        cfrow("Purchase of treasury shares", CF_TREASURY, indent=8),
        cfrow("Other, net", CF_OTHER_FIN, indent=8),
        cfrow("Net cash used in financing activities", (CF[0]["fin"], CF[1]["fin"]), bold=True, rule=True),
        cfrow("Effect of exchange rate changes on cash and cash equivalents", CF_FX),
        cfrow("Net increase in cash and cash equivalents", (CF[0]["net"], CF[1]["net"]), bold=True),
        cfrow("Cash and cash equivalents at beginning of year", CASH_BEGIN),
        cfrow("Cash and cash equivalents at end of year", tuple(cash), bold=True, rule=True),
    ], [430, RM], size=7.6)
    d.save()


def facts() -> dict:
    """The figures the question file is checked against (printed by --facts)."""
    return {k: v for k, v in globals().items() if k.isupper() and not k.startswith("_")}


if __name__ == "__main__":
    import sys
    build()
    if "--facts" in sys.argv:
        for k, v in facts().items():
            if isinstance(v, (int, float, tuple, list, dict, str)) and k not in ("OUT", "PDF"):
                print(k, "=", v)
    print("wrote", PDF)
