# Long on purpose: generated test data.
"""Writes WEXCOMBE_FY2026_PRELIMINARY_RESULTS.pdf: the invented Wexcombe Group plc (UK-listed
homewares and garden retailer) preliminary results for the 52 weeks to 28 February 2026 against
the 53 weeks to 1 March 2025 (restated). Every total, subtotal, ratio, roll-forward and narrative
figure is computed here from a few inputs and asserted. Amounts are held in tenths of a pound
million (integers) so that the printed figures tie exactly.

Run from the repository root:  python eval/docs/synthetic33/make_w33a.py
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "WEXCOMBE_FY2026_PRELIMINARY_RESULTS.pdf"
CO = "Wexcombe Group plc"
RUN_HEAD = "Wexcombe Group plc  |  Preliminary results for the 52 weeks to 28 February 2026"


def r(x: float, nd: int = 1) -> Decimal:
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def m(t: int) -> str:
    """tenths of £m -> '2,233.8' or '(17.5)'; 0 -> '-'"""
    if t == 0:
        return "-"
    s = f"{abs(t) / 10:,.1f}"
    return f"({s})" if t < 0 else s


def pct(x: float, nd: int = 1, sign: bool = False) -> str:
    v = r(x, nd)
    s = f"{v}%"
    return ("+" + s) if sign and v > 0 else s


# ------------------------------------------------------------------ inputs (tenths of £m)
SEG = ["UK", "Ireland", "International"]
REV = {"UK": (18426, 17813), "Ireland": (2364, 2219), "International": (1548, 1625)}
AOP = {"UK": (1813, 1660), "Ireland": (286, 249), "International": (106, 112)}
STORES = {"UK": (312, 318), "Ireland": (41, 39), "International": (27, 34)}
LFL = {"UK": 4.2, "Ireland": 5.6, "International": -1.9}  # percent, stated
LFL_GROUP = 3.9
WEEK53 = {"UK": 315, "Ireland": 41, "International": 26}  # FY25 53rd week revenue
WEEK53_AOP = 63  # 53rd week adjusted operating profit (estimate)
ONLINE = (6124, 5719)

COS = (-13403, -13059)
DIST = (-4021, -3914)
ADMIN = (-3012, -2846)
OOI = (68, 59)
FIN_INC = (31, 24)
FIN_COST = (-486, -452)
LEASE_INT = (314, 298)
TAX = (-394, -351)
RECLASS = 187  # FY25 online delivery costs moved from distribution costs to cost of sales

ADJ = {  # adjusting items (pre-tax, charge positive)
    "International store impairment and closure costs": (148, 62),
    "Distribution network restructuring": (96, 0),
    "Amortisation of acquired intangible assets": (32, 32),
    "Supplier legal settlement": (0, 30),
    "Profit on disposal of freehold property": (-41, 0),
}
ADJ_TAX = (-49, -26)

W_SHARES = (4061, 4124)  # weighted average basic, tenths of million
D_SHARES = (4094, 4157)  # diluted
SHARES_END = (4028, 4100)  # in issue at year end (tenths of million)
BUYBACK_SH = 72  # 7.2m shares
BUYBACK = (-300, -250)

DIV_PS = {"interim": (3.6, 3.4), "final": (8.1, 7.4)}  # pence
DIV_PAID = (-443, -423)

# cash flow / balance-sheet inputs
DEP_PPE = (618, 584)
DEP_ROU = (1126, 1109)
AMORT = (141, 127)
IMP = (112, 62)  # 45 PPE + 67 right-of-use in FY26
IMP_PPE, IMP_ROU = 45, 67
DISP_PROFIT = (-41, 0)
DISP_PROCEEDS = (93, 8)
SBP = (42, 38)
TAX_PAID = (-348, -312)
CAPEX_PPE = (-824, -741)
CAPEX_INT = (-166, -142)
BANK_INT_PAID = (-149, -131)
LEASE_PRIN = (-1189, -1156)
RCF = (-250, 250)
SUPFIN = (16, 31)
FX_CASH = (-4, 2)
NEW_LEASES = 1020
FX_RESERVE = -18

BS_PREV = {  # at 1 March 2025, restated
    "Goodwill": 1482, "Intangible assets": 589, "Property, plant and equipment": 4983,
    "Right-of-use assets": 6418, "Deferred tax assets": 169,
    "Inventories": 3851, "Trade and other receivables": 684, "Cash and cash equivalents": 962,
    "Trade and other payables": -3792, "Supplier finance arrangements": -225,
    "Lease liabilities (current)": -1213, "Current tax liabilities": -98, "Provisions (current)": -87,
    "Borrowings": -1750, "Lease liabilities (non-current)": -6347, "Provisions (non-current)": -101,
}
BS_PREV_EQ = {"Share capital": 410, "Share premium": 1126, "Capital redemption reserve": 54, "Translation reserve": 23}
INV_END, REC_END, TAXLIAB_END = 4026, 718, -124
PROV_END = (-142, -95)
LEASE_CUR_END = -1186

# ------------------------------------------------------------------ derived
def both(f):
    return tuple(f(i) for i in (0, 1))

REV_T = both(lambda i: sum(REV[s][i] for s in SEG))
AOP_T = both(lambda i: sum(AOP[s][i] for s in SEG))
GP = both(lambda i: REV_T[i] + COS[i])
OP = both(lambda i: GP[i] + DIST[i] + ADMIN[i] + OOI[i])
PBT = both(lambda i: OP[i] + FIN_INC[i] + FIN_COST[i])
PAT = both(lambda i: PBT[i] + TAX[i])
ADJ_T = both(lambda i: sum(v[i] for v in ADJ.values()))
assert OP[0] + ADJ_T[0] == AOP_T[0] and OP[1] + ADJ_T[1] == AOP_T[1], (OP, ADJ_T, AOP_T)
APBT = both(lambda i: PBT[i] + ADJ_T[i])
APAT = both(lambda i: PAT[i] + ADJ_T[i] + ADJ_TAX[i])
ATAX = both(lambda i: TAX[i] + ADJ_TAX[i])
EPS = both(lambda i: r(PAT[i] / W_SHARES[i] * 100, 2))
DEPS = both(lambda i: r(PAT[i] / D_SHARES[i] * 100, 2))
AEPS = both(lambda i: r(APAT[i] / W_SHARES[i] * 100, 2))
ADEPS = both(lambda i: r(APAT[i] / D_SHARES[i] * 100, 2))
DIV_TOT = both(lambda i: r(DIV_PS["interim"][i] + DIV_PS["final"][i], 1))
COVER = both(lambda i: r(float(AEPS[i]) / float(DIV_TOT[i]), 2))
FINAL_COST = int(r(DIV_PS["final"][0] * SHARES_END[0] / 100, 0))  # tenths of £m: pence x tenths of m shares / 100
# (8.1p x 402.8m = £32.6m)
assert FINAL_COST == 326, FINAL_COST
GM = both(lambda i: GP[i] / REV_T[i] * 100)
COS_OLD, DIST_OLD = COS[1] + RECLASS, DIST[1] - RECLASS
GP_OLD = REV_T[1] + COS_OLD
GM_OLD = GP_OLD / REV_T[1] * 100
OP_OLD = GP_OLD + DIST_OLD + ADMIN[1] + OOI[1]
assert OP_OLD == OP[1]
REV_52 = REV_T[1] - sum(WEEK53.values())
AOP_52 = AOP_T[1] - WEEK53_AOP
APBT_52 = APBT[1] - WEEK53_AOP
G_REV = (REV_T[0] / REV_T[1] - 1) * 100
G_REV52 = (REV_T[0] / REV_52 - 1) * 100
G_APBT = (APBT[0] / APBT[1] - 1) * 100
G_APBT52 = (APBT[0] / APBT_52 - 1) * 100
G_ONLINE = (ONLINE[0] / ONLINE[1] - 1) * 100
# revenue bridge (FY25 52-week base -> FY26)
LFL_BASE = 20214  # comparable-store revenue in the base, tenths
LFL_AMT = int(r(LFL_BASE * LFL_GROUP / 100, 0))
FX_REV = -64
SPACE = REV_T[0] - REV_52 - LFL_AMT - FX_REV
assert REV_52 + LFL_AMT + SPACE + FX_REV == REV_T[0]

# adjusted EBITDA and leverage
AEBITDA = both(lambda i: AOP_T[i] + DEP_PPE[i] + DEP_ROU[i] + AMORT[i] - ADJ["Amortisation of acquired intangible assets"][i])

# cash flow, FY26 and FY25
INV_MOV = (-(INV_END - BS_PREV["Inventories"]), -96)
REC_MOV = (-(REC_END - BS_PREV["Trade and other receivables"]), -21)
PROV_MOV = (-(sum(PROV_END) - BS_PREV["Provisions (current)"] - BS_PREV["Provisions (non-current)"]), -13)
CASH_END = 1184
op_items = lambda i: (OP[i] + DEP_PPE[i] + DEP_ROU[i] + AMORT[i] + IMP[i] + DISP_PROFIT[i] + SBP[i]
                      + INV_MOV[i] + REC_MOV[i] + PROV_MOV[i])
INVEST = both(lambda i: CAPEX_PPE[i] + CAPEX_INT[i] + DISP_PROCEEDS[i] + FIN_INC[i])
FINANCE = both(lambda i: BANK_INT_PAID[i] - LEASE_INT[i] + LEASE_PRIN[i] + RCF[i] + SUPFIN[i] + DIV_PAID[i] + BUYBACK[i])
# FY26 payables movement is what makes the cash flow land on the closing cash balance
PAY_MOV0 = CASH_END - BS_PREV["Cash and cash equivalents"] - FX_CASH[0] - (op_items(0) + TAX_PAID[0] + INVEST[0] + FINANCE[0])
PAY_MOV = (PAY_MOV0, 84)
CGO = both(lambda i: op_items(i) + PAY_MOV[i])
NCOA = both(lambda i: CGO[i] + TAX_PAID[i])
NET_CH = both(lambda i: NCOA[i] + INVEST[i] + FINANCE[i])
CASH_OPEN = (BS_PREV["Cash and cash equivalents"], BS_PREV["Cash and cash equivalents"] - NET_CH[1] - FX_CASH[1])
CASH_CLOSE = both(lambda i: CASH_OPEN[i] + NET_CH[i] + FX_CASH[i])
assert CASH_CLOSE == (CASH_END, BS_PREV["Cash and cash equivalents"])
FCF = both(lambda i: NCOA[i] + CAPEX_PPE[i] + CAPEX_INT[i] + DISP_PROCEEDS[i] + LEASE_PRIN[i] - LEASE_INT[i] + BANK_INT_PAID[i] + FIN_INC[i])

# balance sheet at 28 February 2026
BS = {}
BS["Goodwill"] = BS_PREV["Goodwill"]
BS["Intangible assets"] = BS_PREV["Intangible assets"] - CAPEX_INT[0] - AMORT[0]
BS["Property, plant and equipment"] = BS_PREV["Property, plant and equipment"] - CAPEX_PPE[0] - DEP_PPE[0] - IMP_PPE - (DISP_PROCEEDS[0] + DISP_PROFIT[0])
assert IMP_PPE + IMP_ROU == IMP[0]
BS["Right-of-use assets"] = BS_PREV["Right-of-use assets"] + NEW_LEASES - DEP_ROU[0] - IMP_ROU
BS["Inventories"], BS["Trade and other receivables"], BS["Cash and cash equivalents"] = INV_END, REC_END, CASH_END
BS["Trade and other payables"] = BS_PREV["Trade and other payables"] - PAY_MOV0
BS["Supplier finance arrangements"] = BS_PREV["Supplier finance arrangements"] - SUPFIN[0]
LEASE_OPEN = BS_PREV["Lease liabilities (current)"] + BS_PREV["Lease liabilities (non-current)"]
LEASE_CLOSE = LEASE_OPEN - NEW_LEASES - LEASE_INT[0] - LEASE_PRIN[0] + LEASE_INT[0]
BS["Lease liabilities (current)"] = LEASE_CUR_END
BS["Lease liabilities (non-current)"] = LEASE_CLOSE - LEASE_CUR_END
BS["Current tax liabilities"] = TAXLIAB_END
BS["Provisions (current)"], BS["Provisions (non-current)"] = PROV_END
BS["Borrowings"] = BS_PREV["Borrowings"] - RCF[0]
EQ_PREV_T = sum(BS_PREV.values())
EQ_END_T = EQ_PREV_T + PAT[0] + FX_RESERVE + SBP[0] + DIV_PAID[0] + BUYBACK[0]
# deferred tax is the balancing item (its movement runs through the tax charge)
BS["Deferred tax assets"] = EQ_END_T - sum(v for k, v in BS.items())
assert 100 < BS["Deferred tax assets"] < 300, BS["Deferred tax assets"]
EQ = {"Share capital": int(r(SHARES_END[0] / 10, 0)), "Share premium": BS_PREV_EQ["Share premium"],
      "Capital redemption reserve": BS_PREV_EQ["Capital redemption reserve"] + 7,
      "Translation reserve": BS_PREV_EQ["Translation reserve"] + FX_RESERVE}
assert EQ["Share capital"] + 7 == BS_PREV_EQ["Share capital"]  # 7.2m 10p shares cancelled: £0.7m
EQ["Retained earnings"] = EQ_END_T - sum(EQ.values())
EQ_PREV = dict(BS_PREV_EQ)
EQ_PREV["Retained earnings"] = EQ_PREV_T - sum(EQ_PREV.values())

NCA = ["Goodwill", "Intangible assets", "Property, plant and equipment", "Right-of-use assets", "Deferred tax assets"]
CA = ["Inventories", "Trade and other receivables", "Cash and cash equivalents"]
CL = ["Trade and other payables", "Supplier finance arrangements", "Lease liabilities (current)", "Current tax liabilities", "Provisions (current)"]
NCL = ["Borrowings", "Lease liabilities (non-current)", "Provisions (non-current)"]
tot = lambda d, keys: sum(d[k] for k in keys)
TA = (tot(BS, NCA) + tot(BS, CA), tot(BS_PREV, NCA) + tot(BS_PREV, CA))
TL = (tot(BS, CL) + tot(BS, NCL), tot(BS_PREV, CL) + tot(BS_PREV, NCL))
assert TA[0] + TL[0] == EQ_END_T == sum(EQ.values())
assert TA[1] + TL[1] == EQ_PREV_T == sum(EQ_PREV.values())

# net debt
ND_EX = both(lambda i: [BS, BS_PREV][i]["Cash and cash equivalents"] + [BS, BS_PREV][i]["Borrowings"] + [BS, BS_PREV][i]["Supplier finance arrangements"])
LEASES = (LEASE_CLOSE, LEASE_OPEN)
ND = both(lambda i: ND_EX[i] + LEASES[i])
ND_OLD = ND[1] - BS_PREV["Supplier finance arrangements"]
PAY_OLD = BS_PREV["Trade and other payables"] + BS_PREV["Supplier finance arrangements"]
LEV = both(lambda i: r(-ND[i] / AEBITDA[i], 2))
nd_roll = ND[1] + NET_CH[0] + FX_CASH[0] - RCF[0] - SUPFIN[0] - LEASE_PRIN[0] - NEW_LEASES
assert nd_roll == ND[0], (nd_roll, ND)

ETR = both(lambda i: -TAX[i] / PBT[i] * 100)
AETR = both(lambda i: -ATAX[i] / APBT[i] * 100)
CAPEX_T = both(lambda i: -(CAPEX_PPE[i] + CAPEX_INT[i]))
STORES_T = both(lambda i: sum(STORES[s][i] for s in SEG))
OPENED, CLOSED = 9, 20  # opened UK 6, Ireland 2, International 1; closed UK 12, International 8
assert STORES_T[1] + OPENED - CLOSED == STORES_T[0]
COLLEAGUES = 14200
DIV_G = (float(DIV_TOT[0]) / float(DIV_TOT[1]) - 1) * 100

# sanity on headline numbers used in the narrative
assert m(REV_T[0]) == "2,233.8" and m(APBT[0]) == "175.0" and m(CAPEX_T[0]) == "99.0", (m(REV_T[0]), m(APBT[0]), m(CAPEX_T[0]))

# ------------------------------------------------------------------ layout
W, H = A4
LM, RM = 52, W - 52


class Doc:
    def __init__(self, path: Path, total_pages: int):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(f"{CO} preliminary results FY2025/26")
        self.c.setAuthor(CO)
        self.page = 0
        self.total = total_pages
        self.y = 0.0
        self.cols: list[float] = []

    def new_page(self, section: str):
        if self.page:
            self.check()
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.drawString(LM, H - 34, RUN_HEAD)
        c.drawRightString(RM, H - 34, section)
        c.line(LM, H - 39, RM, H - 39)
        c.line(LM, 44, RM, 44)
        c.drawString(LM, 32, "Wexcombe Group plc, registered in England and Wales. Preliminary announcement, unaudited where stated.")
        c.drawRightString(RM, 32, f"Page {self.page} of {self.total}")
        self.y = H - 66

    def title(self, text: str, size: float = 13):
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(LM, self.y, text)
        self.y -= size + 8

    def sub(self, text: str):
        self.y -= 2
        self.c.setFont("Helvetica-Bold", 9.5)
        self.c.drawString(LM, self.y, text)
        self.y -= 14

    def para(self, text: str, size: float = 9, indent: float = 0, gap: float = 6):
        self.c.setFont("Helvetica", size)
        for line in simpleSplit(text, "Helvetica", size, RM - LM - indent):
            self.c.drawString(LM + indent, self.y, line)
            self.y -= size + 3
        self.y -= gap

    def bullet(self, text: str):
        self.c.setFont("Helvetica", 9)
        lines = simpleSplit(text, "Helvetica", 9, RM - LM - 14)
        self.c.drawString(LM + 2, self.y, "-")
        for line in lines:
            self.c.drawString(LM + 14, self.y, line)
            self.y -= 12
        self.y -= 3

    def table_head(self, cols: list[float], heads: list[list[str]], scale: str | None = None):
        self.cols = cols
        c = self.c
        if scale:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(LM, self.y, scale)
            self.y -= 12
        c.setFont("Helvetica-Bold", 8)
        for k in range(max(len(h) for h in heads)):
            for x, h in zip(cols, heads):
                if k < len(h):
                    c.drawRightString(x, self.y, h[k])
            self.y -= 10
        c.line(LM, self.y + 6, RM, self.y + 6)
        self.y -= 4

    def row(self, label: str, cells: list[str], bold: bool = False, indent: float = 0, rule: bool = False):
        c = self.c
        font = "Helvetica-Bold" if bold else "Helvetica"
        c.setFont(font, 8.5)
        if rule:
            c.line(self.cols[0] - 60, self.y + 9, RM, self.y + 9)
        c.drawString(LM + indent, self.y, label)
        for x, v in zip(self.cols, cells):
            c.drawRightString(x, self.y, v)
        self.y -= 12

    def label(self, text: str):
        self.c.setFont("Helvetica-Bold", 8.5)
        self.c.drawString(LM, self.y, text)
        self.y -= 12

    def check(self):
        assert self.y > 50, (self.page, self.y)

    def save(self):
        self.c.showPage()
        self.c.save()


def chg(a: int, b: int) -> str:
    return pct((a / b - 1) * 100, 1, sign=True)


def build():
    d = Doc(OUT, 12)
    fy, py = "FY2025/26", "FY2024/25"
    C3 = [395, 470, 540]

    # ---------------- page 1: highlights
    d.new_page("Highlights")
    d.c.setFont("Helvetica-Bold", 16)
    d.c.drawString(LM, d.y, CO)
    d.y -= 20
    d.title("Preliminary results for the 52 weeks ended 28 February 2026", 11.5)
    d.para("Released at 7.00am on Thursday 23 April 2026. Wexcombe is a homewares, garden and home improvement retailer "
           "trading from stores in the UK, the Republic of Ireland and, under the International segment, in the Netherlands, "
           "Poland and Czechia, and online.")
    d.para("The financial year just ended ran for 52 weeks to 28 February 2026. The comparative year ran for 53 weeks to "
           "1 March 2025 and has been restated (see note 1). Adjusted measures are alternative performance measures, "
           "defined and reconciled to statutory measures on pages 7 and 8.")
    d.sub("Financial highlights")
    d.table_head(C3, [["52 weeks to", "28 Feb 2026"], ["53 weeks to", "1 Mar 2025", "(restated)"], ["", "Change"]],
                 "(£ million, except per share data and where stated)")
    d.label("Statutory measures")
    d.row("Revenue", [m(REV_T[0]), m(REV_T[1]), chg(REV_T[0], REV_T[1])], indent=8)
    d.row("Operating profit", [m(OP[0]), m(OP[1]), chg(OP[0], OP[1])], indent=8)
    d.row("Profit before tax", [m(PBT[0]), m(PBT[1]), chg(PBT[0], PBT[1])], indent=8)
    d.row("Basic earnings per share (pence)", [f"{EPS[0]}", f"{EPS[1]}", pct((float(EPS[0]) / float(EPS[1]) - 1) * 100, 1, True)], indent=8)
    d.row("Net cash generated from operating activities", [m(NCOA[0]), m(NCOA[1]), chg(NCOA[0], NCOA[1])], indent=8)
    d.label("Alternative performance measures")
    d.row("Like-for-like sales growth", [pct(LFL_GROUP), "2.7%", ""], indent=8)
    d.row("Adjusted operating profit", [m(AOP_T[0]), m(AOP_T[1]), chg(AOP_T[0], AOP_T[1])], indent=8)
    d.row("Adjusted profit before tax", [m(APBT[0]), m(APBT[1]), chg(APBT[0], APBT[1])], indent=8)
    d.row("Adjusted basic earnings per share (pence)", [f"{AEPS[0]}", f"{AEPS[1]}", pct((float(AEPS[0]) / float(AEPS[1]) - 1) * 100, 1, True)], indent=8)
    d.row("Free cash flow", [m(FCF[0]), m(FCF[1]), chg(FCF[0], FCF[1])], indent=8)
    d.row("Net debt including lease liabilities", [m(ND[0]), m(ND[1]), ""], indent=8)
    d.row("Total dividend per share (pence)", [f"{DIV_TOT[0]}", f"{DIV_TOT[1]}", pct(DIV_G, 1, True)], indent=8)
    d.y -= 6
    d.sub("Summary")
    d.bullet(f"Group revenue up {pct(G_REV)} to £{m(REV_T[0])} million; up {pct(G_REV52)} excluding the 53rd week in the prior year. "
             f"Like-for-like sales up {pct(LFL_GROUP)}, with the UK up {pct(LFL['UK'])}.")
    d.bullet(f"Adjusted profit before tax of £{m(APBT[0])} million, in line with the guidance we raised in January; "
             f"statutory profit before tax of £{m(PBT[0])} million after £{m(ADJ_T[0])} million of adjusting items.")
    d.bullet(f"Net debt including lease liabilities down £{m(ND[0] - ND[1])} million to £{m(-ND[0])} million, "
             f"{LEV[0]} times adjusted EBITDA.")
    d.bullet(f"Proposed final dividend of {DIV_PS['final'][0]}p, making {DIV_TOT[0]}p for the year. A further share buyback "
             "of up to £30 million will start after the AGM.")
    d.bullet("Decision taken to exit Poland; the seven Polish stores will close by the end of August 2026.")

    # ---------------- page 2: CEO review
    d.new_page("Chief Executive's review")
    d.title("Chief Executive's review")
    d.para("Harriet Vasey-Lund, Chief Executive, said:", gap=2)
    d.para(f"\"This has been a good year for Wexcombe. We grew like-for-like sales by {pct(LFL_GROUP)} in a market that was "
           "flat for most of the year, we held our prices on the everyday ranges that customers rely on, and we delivered the "
           f"adjusted profit we promised in January. Adjusted profit before tax rose {pct(G_APBT)} to £{m(APBT[0])} million, "
           f"or {pct(G_APBT52)} if the extra week in last year's figures is taken out.\"")
    d.sub("Trading")
    d.para(f"Group revenue was £{m(REV_T[0])} million, {pct(G_REV)} higher than last year's £{m(REV_T[1])} million. Last year "
           f"included a 53rd week, which contributed £{m(sum(WEEK53.values()))} million of revenue; against a 52-week comparative "
           f"of £{m(REV_52)} million, revenue grew {pct(G_REV52)}. Like-for-like sales, which exclude new and closed stores, the "
           f"53rd week and currency movements, grew {pct(LFL_GROUP)}. The second half was stronger than the first: like-for-like "
           "sales rose 2.8% in the first half and 4.9% in the second half, and 5.3% in the final quarter, helped by an early "
           "spring for the garden ranges.")
    d.para(f"Online sales, including click and collect, reached £{m(ONLINE[0])} million, up {pct(G_ONLINE)} on the year. "
           "Two in three online orders were collected from a store, which keeps the cost of serving them low and brings "
           "customers through our doors.")
    d.para(f"We opened {OPENED} stores and closed {CLOSED} during the year, ending it with {STORES_T[0]} stores across the Group "
           f"against {STORES_T[1]} a year earlier. Twelve of the closures were small town-centre units in the UK whose leases "
           "came to an end and eight were in the Netherlands; the openings were larger retail park sites.")
    d.sub("Our segments")
    d.para(f"In the UK, revenue was £{m(REV['UK'][0])} million and like-for-like sales grew {pct(LFL['UK'])}. Adjusted operating "
           f"profit rose to £{m(AOP['UK'][0])} million from £{m(AOP['UK'][1])} million, as better buying and lower freight rates "
           "more than offset higher pay and business rates.")
    d.para(f"Ireland had another strong year. Revenue grew {pct((REV['Ireland'][0] / REV['Ireland'][1] - 1) * 100)} to "
           f"£{m(REV['Ireland'][0])} million, and like-for-like sales rose {pct(LFL['Ireland'])} in constant currency. Two new "
           f"stores, in Galway and Limerick, took the Irish estate to {STORES['Ireland'][0]}.")
    d.para(f"International revenue fell to £{m(REV['International'][0])} million, with like-for-like sales down "
           f"{pct(-LFL['International'])}. The Netherlands and Czechia remained profitable, but Poland has not reached the "
           "returns we need despite three years of effort. We have therefore decided to exit Poland. The seven Polish stores "
           "will close by the end of August 2026, and we expect the exit to cost between £12 million and £15 million in cash, "
           "most of it in the first half of 2026/27. The impairment of the Polish stores is included in this year's adjusting items.")

    # ---------------- page 3: CEO review continued, outlook
    d.new_page("Chief Executive's review")
    d.sub("Colleagues")
    d.para(f"Wexcombe employs around {COLLEAGUES:,} colleagues. From 1 April 2026 hourly pay for store and distribution colleagues "
           "rises by 4.8%, ahead of the increase in the National Living Wage. Together with the higher employer National "
           "Insurance contributions, pay will add about £21 million to our costs in 2026/27.")
    d.sub("Guidance for the year just ended")
    d.para("When we reported our interim results in October 2025 we guided to adjusted profit before tax of between "
           "£160 million and £170 million for the year. Following strong Christmas and January trading we raised that guidance "
           f"on 15 January 2026 to around £175 million. The outturn was £{m(APBT[0])} million. We also reduced our capital "
           "expenditure plan for the year from £110 million to around £100 million, deferring two store refits into 2026/27; "
           f"capital expenditure was £{m(CAPEX_T[0])} million.")
    d.sub("Strategy and cost savings")
    d.para("Our plan rests on three things: value on everyday ranges, a bigger garden and outdoor offer, and a simpler, cheaper "
           "supply chain. In the year we consolidated our two Midlands distribution centres into one site at Daventry, which "
           f"accounts for the £{m(ADJ['Distribution network restructuring'][0])} million of restructuring costs reported within adjusting "
           "items. We are launching a programme to take £25 million of annual costs out of the business over the next two "
           "years, of which we expect around £10 million in 2026/27.")
    d.sub("Outlook for 2026/27")
    d.para("Trading in the first seven weeks of the new financial year has been in line with our plans, with like-for-like "
           "sales up 3.1%. For the 52 weeks to 27 February 2027 we expect:")
    d.bullet("adjusted profit before tax of between £185 million and £195 million;")
    d.bullet("like-for-like sales growth of 2% to 3%;")
    d.bullet("capital expenditure of £115 million to £125 million, including the two deferred refits;")
    d.bullet("to open eight UK stores and close five, in addition to the seven Polish closures;")
    d.bullet("an effective tax rate on adjusted profit of around 26%; and")
    d.bullet("net debt including lease liabilities to remain below 2.0 times adjusted EBITDA.")
    d.para("We do not give guidance for statutory profit before tax, which will include the costs of leaving Poland.")
    d.para("Harriet Vasey-Lund, Chief Executive, 22 April 2026")

    # ---------------- page 4: financial review
    d.new_page("Financial review")
    d.title("Financial review")
    d.para("Tomasz Okafor-Reith, Chief Financial Officer")
    d.sub("Revenue and gross margin")
    d.para(f"Revenue of £{m(REV_T[0])} million was {pct(G_REV)} higher than last year, or {pct(G_REV52)} higher on a 52-week "
           f"basis. The 53rd week last year added £{m(sum(WEEK53.values()))} million of revenue and an estimated "
           f"£{m(WEEK53_AOP)} million of adjusted operating profit. Currency translation, mainly the weaker euro, reduced "
           f"revenue by £{m(-FX_REV)} million.")
    d.para(f"Gross profit was £{m(GP[0])} million, a gross margin of {pct(GM[0], 2)} against {pct(GM[1], 2)} last year "
           f"(restated). The prior year has been restated to move £{m(RECLASS)} million of online delivery costs from "
           f"distribution costs into cost of sales; as previously reported, the FY2024/25 gross margin was {pct(GM_OLD, 2)}. "
           "The restatement does not change operating profit.")
    d.sub("Operating costs and profit")
    d.para(f"Distribution costs rose to £{m(-DIST[0])} million and administrative expenses to £{m(-ADMIN[0])} million. "
           f"Administrative expenses include £{m(ADJ_T[0])} million of net adjusting items (2024/25: £{m(ADJ_T[1])} million). "
           f"Statutory operating profit was £{m(OP[0])} million (2024/25: £{m(OP[1])} million), and adjusted operating profit "
           f"was £{m(AOP_T[0])} million (2024/25: £{m(AOP_T[1])} million), an adjusted operating margin of "
           f"{pct(AOP_T[0] / REV_T[0] * 100)} (2024/25: {pct(AOP_T[1] / REV_T[1] * 100)}).")
    d.sub("Adjusting items")
    d.para(f"Net adjusting items before tax were £{m(ADJ_T[0])} million. They comprise £{m(ADJ['International store impairment and closure costs'][0])} "
           f"million of impairment and closure costs for International stores, almost all in Poland; £{m(ADJ['Distribution network restructuring'][0])} "
           f"million for the Daventry consolidation; £{m(ADJ['Amortisation of acquired intangible assets'][0])} million of amortisation "
           f"of intangible assets acquired with the Irish business in 2021; less a £{m(-ADJ['Profit on disposal of freehold property'][0])} "
           f"million profit on the sale of a freehold store in Leeds, sold for £{m(DISP_PROCEEDS[0])} million.")
    d.sub("Finance costs and profit before tax")
    d.para(f"Net finance costs were £{m(-(FIN_INC[0] + FIN_COST[0]))} million (2024/25: £{m(-(FIN_INC[1] + FIN_COST[1]))} million), "
           f"of which £{m(LEASE_INT[0])} million was interest on lease liabilities. Profit before tax was £{m(PBT[0])} million "
           f"(2024/25: £{m(PBT[1])} million) and adjusted profit before tax was £{m(APBT[0])} million "
           f"(2024/25: £{m(APBT[1])} million), up {pct(G_APBT)}.")
    d.sub("Taxation")
    d.para(f"The tax charge was £{m(-TAX[0])} million, an effective rate of {pct(ETR[0])} on statutory profit before tax "
           f"(2024/25: {pct(ETR[1])}). The effective tax rate on adjusted profit before tax was {pct(AETR[0])} "
           f"(2024/25: {pct(AETR[1])}), lower because part of the Polish impairment does not attract tax relief.")

    # ---------------- page 5: financial review continued
    d.new_page("Financial review")
    d.sub("Earnings per share")
    d.para(f"Basic earnings per share were {EPS[0]}p (2024/25: {EPS[1]}p) and adjusted basic earnings per share were "
           f"{AEPS[0]}p (2024/25: {AEPS[1]}p), up {pct((float(AEPS[0]) / float(AEPS[1]) - 1) * 100)}. Share buybacks reduced the "
           f"weighted average number of shares to {W_SHARES[0] / 10:.1f} million.")
    d.sub("Cash flow")
    d.para(f"Cash generated from operations was £{m(CGO[0])} million and net cash generated from operating activities was "
           f"£{m(NCOA[0])} million (2024/25: £{m(NCOA[1])} million). Free cash flow, after capital expenditure, all lease payments and "
           f"interest, was £{m(FCF[0])} million (2024/25: £{m(FCF[1])} million). Capital expenditure of £{m(CAPEX_T[0])} million "
           f"comprised £{m(-CAPEX_PPE[0])} million on stores, distribution and property and £{m(-CAPEX_INT[0])} million on software "
           "and digital development.")
    d.sub("Net debt")
    d.para(f"Net debt including lease liabilities fell by £{m(ND[0] - ND[1])} million to £{m(-ND[0])} million at 28 February "
           f"2026, {LEV[0]} times adjusted EBITDA of £{m(AEBITDA[0])} million (1 March 2025: {LEV[1]} times). Excluding lease "
           f"liabilities, net debt was £{m(-ND_EX[0])} million (1 March 2025: £{m(-ND_EX[1])} million). We repaid the "
           f"£{m(-RCF[0])} million drawn on our revolving credit facility, and the £{m(-BS['Borrowings'])} million of private placement "
           "notes, due in 2029 and 2031, are now our only bank or bond debt. The £250 million revolving credit facility, which runs to "
           "March 2029, was undrawn at the year end.")
    d.para("Net debt now includes amounts owed under our supplier finance arrangements, which we previously reported within "
           f"trade and other payables. On the old basis, net debt including lease liabilities at 1 March 2025 was £{m(-ND_OLD)} "
           f"million; restated, it was £{m(-ND[1])} million.")
    d.sub("Dividend and share buyback")
    d.para(f"The Board proposes a final dividend of {DIV_PS['final'][0]}p per share (2024/25: {DIV_PS['final'][1]}p), which "
           f"will cost about £{m(FINAL_COST)} million and, subject to approval at the AGM on 25 June 2026, will be paid on "
           f"3 July 2026 to shareholders on the register on 29 May 2026. With the interim dividend of {DIV_PS['interim'][0]}p paid "
           f"in December, the total for the year is {DIV_TOT[0]}p (2024/25: {DIV_TOT[1]}p), covered {COVER[0]} times by adjusted "
           "basic earnings per share.")
    d.para(f"During the year we bought back and cancelled {BUYBACK_SH / 10:.1f} million shares for £{m(-BUYBACK[0])} million, "
           "completing the programme announced last April. The Board intends to return up to a further £30 million by buyback "
           "in 2026/27.")
    d.sub("Restatements")
    d.para("Two changes have been made to the comparative figures, both explained in note 1: online delivery costs are now "
           "reported in cost of sales rather than distribution costs, and amounts due under supplier finance arrangements are "
           "presented as a separate liability and included in net debt. Neither change affects profit, net assets or cash.")

    # ---------------- page 6: segments
    d.new_page("Segmental analysis")
    d.title("Segmental analysis")
    d.para("The Group has three reportable segments. Adjusted operating profit is the measure of segment profit reviewed by the "
           "Board; adjusting items and net finance costs are not allocated to segments.")
    d.table_head(C3, [["52 weeks to", "28 Feb 2026"], ["53 weeks to", "1 Mar 2025"], ["", "Change"]],
                 "(£ million, except where stated)")
    for s in SEG:
        d.y -= 2
        d.label(s if s != "Ireland" else "Ireland (Republic of Ireland)")
        a, b = REV[s]
        d.row("Revenue", [m(a), m(b), chg(a, b)], indent=8)
        d.row("Like-for-like sales growth", [pct(LFL[s], 1, True), "", ""], indent=8)
        d.row("Adjusted operating profit", [m(AOP[s][0]), m(AOP[s][1]), chg(*AOP[s])], indent=8)
        d.row("Adjusted operating margin", [pct(AOP[s][0] / a * 100), pct(AOP[s][1] / b * 100), ""], indent=8)
        d.row("Stores at year end (number)", [str(STORES[s][0]), str(STORES[s][1]), ""], indent=8)
    d.y -= 2
    d.label("Group")
    d.row("Revenue", [m(REV_T[0]), m(REV_T[1]), chg(*REV_T)], indent=8, bold=True)
    d.row("Adjusted operating profit", [m(AOP_T[0]), m(AOP_T[1]), chg(*AOP_T)], indent=8, bold=True)
    d.row("Adjusting items", [m(-ADJ_T[0]), m(-ADJ_T[1]), ""], indent=8)
    d.row("Operating profit", [m(OP[0]), m(OP[1]), chg(*OP)], indent=8, bold=True, rule=True)
    d.row("Stores at year end (number)", [str(STORES_T[0]), str(STORES_T[1]), ""], indent=8)
    d.y -= 6
    d.para(f"53rd week: revenue in the 53rd week of 2024/25 was £{m(WEEK53['UK'])} million in the UK, £{m(WEEK53['Ireland'])} "
           f"million in Ireland and £{m(WEEK53['International'])} million in International. International revenue is translated at "
           "average exchange rates; like-for-like growth is in constant currency. Like-for-like figures are not given for the "
           "comparative year by segment.", size=8)

    # ---------------- page 7: APMs
    d.new_page("Alternative performance measures")
    d.title("Alternative performance measures")
    d.para("The Board uses the measures below to assess the underlying performance of the business. They are not defined by "
           "IFRS and may not be comparable with similarly titled measures used by other companies.", size=8.5)
    C2 = [470, 540]
    d.sub("A. Adjusted operating profit and adjusted profit before tax")
    d.table_head(C2, [["2025/26"], ["2024/25"]], "(£ million)")
    d.row("Operating profit", [m(OP[0]), m(OP[1])], bold=True)
    for k, v in ADJ.items():
        d.row(k, [m(v[0]), m(v[1])], indent=8)
    d.row("Adjusted operating profit", [m(AOP_T[0]), m(AOP_T[1])], bold=True, rule=True)
    d.row("Profit before tax", [m(PBT[0]), m(PBT[1])], bold=True)
    d.row("Net adjusting items", [m(ADJ_T[0]), m(ADJ_T[1])], indent=8)
    d.row("Adjusted profit before tax", [m(APBT[0]), m(APBT[1])], bold=True, rule=True)
    d.row("Tax on adjusted profit", [m(ATAX[0]), m(ATAX[1])], indent=8)
    d.row("Adjusted profit after tax", [m(APAT[0]), m(APAT[1])], bold=True, rule=True)
    d.row("Weighted average number of shares (million)", [f"{W_SHARES[0] / 10:.1f}", f"{W_SHARES[1] / 10:.1f}"], indent=8)
    d.row("Adjusted basic earnings per share (pence)", [f"{AEPS[0]}", f"{AEPS[1]}"], indent=8)
    d.row("Adjusted diluted earnings per share (pence)", [f"{ADEPS[0]}", f"{ADEPS[1]}"], indent=8)
    d.y -= 4
    d.sub("B. Like-for-like sales: revenue bridge")
    d.table_head(C2, [["", "£ million"], ["", "Growth"]], None)
    d.row("Revenue, 53 weeks to 1 March 2025", [m(REV_T[1]), ""])
    d.row("Less: 53rd week", [m(-sum(WEEK53.values())), ""], indent=8)
    d.row("Revenue, 52-week comparative", [m(REV_52), ""], bold=True, rule=True)
    d.row("Like-for-like sales growth", [m(LFL_AMT), pct(LFL_AMT / LFL_BASE * 100)], indent=8)
    d.row("Net new and closed space", [m(SPACE), ""], indent=8)
    d.row("Currency translation", [m(FX_REV), ""], indent=8)
    d.row("Revenue, 52 weeks to 28 February 2026", [m(REV_T[0]), pct(G_REV52)], bold=True, rule=True)
    assert pct(LFL_AMT / LFL_BASE * 100) == pct(LFL_GROUP)
    d.para(f"Like-for-like growth is measured against comparable-store and online revenue of £{m(LFL_BASE)} million in the 52-week "
           "comparative period. Stores count as comparable once they have traded for 52 weeks.", size=8)

    # ---------------- page 8: APMs continued
    d.new_page("Alternative performance measures")
    d.sub("C. Adjusted EBITDA and leverage")
    d.table_head(C2, [["2025/26"], ["2024/25"]], "(£ million, except ratio)")
    d.row("Adjusted operating profit", [m(AOP_T[0]), m(AOP_T[1])], bold=True)
    d.row("Depreciation of property, plant and equipment", [m(DEP_PPE[0]), m(DEP_PPE[1])], indent=8)
    d.row("Depreciation of right-of-use assets", [m(DEP_ROU[0]), m(DEP_ROU[1])], indent=8)
    am = ADJ["Amortisation of acquired intangible assets"]
    d.row("Amortisation of software (excluding acquired intangibles)", [m(AMORT[0] - am[0]), m(AMORT[1] - am[1])], indent=8)
    d.row("Adjusted EBITDA", [m(AEBITDA[0]), m(AEBITDA[1])], bold=True, rule=True)
    d.row("Net debt including lease liabilities", [m(-ND[0]), m(-ND[1])], indent=8)
    d.row("Leverage (times)", [f"{LEV[0]}", f"{LEV[1]}"], indent=8)
    d.para("Leverage is net debt including lease liabilities at the year end divided by adjusted EBITDA for the year.", size=8)
    d.sub("D. Free cash flow")
    d.table_head(C2, [["2025/26"], ["2024/25"]], "(£ million)")
    d.row("Net cash generated from operating activities", [m(NCOA[0]), m(NCOA[1])], bold=True)
    d.row("Purchase of property, plant and equipment", [m(CAPEX_PPE[0]), m(CAPEX_PPE[1])], indent=8)
    d.row("Purchase of intangible assets", [m(CAPEX_INT[0]), m(CAPEX_INT[1])], indent=8)
    d.row("Proceeds from disposal of property", [m(DISP_PROCEEDS[0]), m(DISP_PROCEEDS[1])], indent=8)
    d.row("Repayment of lease liabilities (principal)", [m(LEASE_PRIN[0]), m(LEASE_PRIN[1])], indent=8)
    d.row("Interest paid on lease liabilities", [m(-LEASE_INT[0]), m(-LEASE_INT[1])], indent=8)
    d.row("Interest paid on borrowings", [m(BANK_INT_PAID[0]), m(BANK_INT_PAID[1])], indent=8)
    d.row("Interest received", [m(FIN_INC[0]), m(FIN_INC[1])], indent=8)
    d.row("Free cash flow", [m(FCF[0]), m(FCF[1])], bold=True, rule=True)
    d.sub("E. Net debt")
    d.table_head(C2, [["28 Feb 2026"], ["1 Mar 2025", "(restated)"]], "(£ million)")
    d.row("Cash and cash equivalents", [m(BS["Cash and cash equivalents"]), m(BS_PREV["Cash and cash equivalents"])])
    d.row("Private placement notes", [m(-1500), m(-1500)])
    d.row("Revolving credit facility", [m(BS["Borrowings"] + 1500), m(BS_PREV["Borrowings"] + 1500)])
    d.row("Supplier finance arrangements", [m(BS["Supplier finance arrangements"]), m(BS_PREV["Supplier finance arrangements"])])
    d.row("Net debt excluding lease liabilities", [m(ND_EX[0]), m(ND_EX[1])], bold=True, rule=True)
    d.row("Lease liabilities", [m(LEASES[0]), m(LEASES[1])])
    d.row("Net debt including lease liabilities", [m(ND[0]), m(ND[1])], bold=True, rule=True)

    # ---------------- page 9: income statement
    d.new_page("Consolidated income statement")
    d.title("Consolidated income statement")
    d.table_head([400, 470, 540], [["Note"], ["52 weeks to", "28 Feb 2026"], ["53 weeks to", "1 Mar 2025", "(restated)"]],
                 "(£ million, except per share data)")
    d.row("Revenue", ["2", m(REV_T[0]), m(REV_T[1])], bold=True)
    d.row("Cost of sales", ["1", m(COS[0]), m(COS[1])])
    d.row("Gross profit", ["", m(GP[0]), m(GP[1])], bold=True, rule=True)
    d.row("Distribution costs", ["1", m(DIST[0]), m(DIST[1])])
    d.row("Administrative expenses", ["", m(ADMIN[0]), m(ADMIN[1])])
    d.row("Other operating income", ["", m(OOI[0]), m(OOI[1])])
    d.row("Operating profit", ["", m(OP[0]), m(OP[1])], bold=True, rule=True)
    d.row("Finance income", ["", m(FIN_INC[0]), m(FIN_INC[1])])
    d.row("Finance costs", ["", m(FIN_COST[0]), m(FIN_COST[1])])
    d.row("Profit before tax", ["", m(PBT[0]), m(PBT[1])], bold=True, rule=True)
    d.row("Taxation", ["", m(TAX[0]), m(TAX[1])])
    d.row("Profit for the year attributable to owners of the parent", ["", m(PAT[0]), m(PAT[1])], bold=True, rule=True)
    d.y -= 6
    d.label("Earnings per share (pence)")
    d.row("Basic", ["3", f"{EPS[0]}", f"{EPS[1]}"], indent=8)
    d.row("Diluted", ["3", f"{DEPS[0]}", f"{DEPS[1]}"], indent=8)
    d.y -= 10
    d.title("Consolidated statement of comprehensive income", 11)
    d.table_head([470, 540], [["2025/26"], ["2024/25"]], "(£ million)")
    d.row("Profit for the year", [m(PAT[0]), m(PAT[1])])
    d.row("Exchange differences on translation of foreign operations", [m(FX_RESERVE), m(9)])
    d.row("Total comprehensive income for the year", [m(PAT[0] + FX_RESERVE), m(PAT[1] + 9)], bold=True, rule=True)
    d.y -= 8
    d.para("Finance costs include interest on lease liabilities of £%s million (2024/25: £%s million). Cost of sales and "
           "distribution costs for 2024/25 are restated (note 1)." % (m(LEASE_INT[0]), m(LEASE_INT[1])), size=8)

    # ---------------- page 10: balance sheet
    d.new_page("Consolidated balance sheet")
    d.title("Consolidated balance sheet")
    d.table_head([470, 540], [["28 Feb 2026"], ["1 Mar 2025", "(restated)"]], "(£ million)")
    d.label("Non-current assets")
    for k in NCA:
        d.row(k, [m(BS[k]), m(BS_PREV[k])], indent=8)
    d.row("Total non-current assets", [m(tot(BS, NCA)), m(tot(BS_PREV, NCA))], bold=True, rule=True)
    d.label("Current assets")
    for k in CA:
        d.row(k, [m(BS[k]), m(BS_PREV[k])], indent=8)
    d.row("Total current assets", [m(tot(BS, CA)), m(tot(BS_PREV, CA))], bold=True, rule=True)
    d.row("Total assets", [m(TA[0]), m(TA[1])], bold=True)
    d.label("Current liabilities")
    for k in CL:
        d.row(k.replace(" (current)", ""), [m(BS[k]), m(BS_PREV[k])], indent=8)
    d.row("Total current liabilities", [m(tot(BS, CL)), m(tot(BS_PREV, CL))], bold=True, rule=True)
    d.label("Non-current liabilities")
    for k in NCL:
        d.row(k.replace(" (non-current)", ""), [m(BS[k]), m(BS_PREV[k])], indent=8)
    d.row("Total non-current liabilities", [m(tot(BS, NCL)), m(tot(BS_PREV, NCL))], bold=True, rule=True)
    d.row("Total liabilities", [m(TL[0]), m(TL[1])], bold=True)
    d.row("Net assets", [m(TA[0] + TL[0]), m(TA[1] + TL[1])], bold=True, rule=True)
    d.label("Equity")
    for k in EQ:
        d.row(k, [m(EQ[k]), m(EQ_PREV[k])], indent=8)
    d.row("Total equity", [m(sum(EQ.values())), m(sum(EQ_PREV.values()))], bold=True, rule=True)
    d.y -= 8
    d.para(f"Trade and other payables at 1 March 2025 are restated to exclude £{m(-BS_PREV['Supplier finance arrangements'])} million "
           "now shown as supplier finance arrangements (note 1).", size=8)

    # ---------------- page 11: cash flow
    d.new_page("Consolidated cash flow statement")
    d.title("Consolidated cash flow statement")
    d.table_head([470, 540], [["2025/26"], ["2024/25", "(restated)"]], "(£ million)")
    d.row("Operating profit", [m(OP[0]), m(OP[1])])
    rows = [("Depreciation of property, plant and equipment", DEP_PPE), ("Depreciation of right-of-use assets", DEP_ROU),
            ("Amortisation of intangible assets", AMORT), ("Impairment of stores", IMP),
            ("Profit on disposal of property", DISP_PROFIT), ("Share-based payment charge", SBP),
            ("Increase in inventories", INV_MOV), ("Increase in trade and other receivables", REC_MOV),
            ("Increase in trade and other payables", PAY_MOV), ("Increase/(decrease) in provisions", PROV_MOV)]
    for lab, v in rows:
        d.row(lab, [m(v[0]), m(v[1])], indent=8)
    d.row("Cash generated from operations", [m(CGO[0]), m(CGO[1])], bold=True, rule=True)
    d.row("Tax paid", [m(TAX_PAID[0]), m(TAX_PAID[1])], indent=8)
    d.row("Net cash generated from operating activities", [m(NCOA[0]), m(NCOA[1])], bold=True, rule=True)
    d.label("Investing activities")
    for lab, v in [("Purchase of property, plant and equipment", CAPEX_PPE), ("Purchase of intangible assets", CAPEX_INT),
                   ("Proceeds from disposal of property", DISP_PROCEEDS), ("Interest received", FIN_INC)]:
        d.row(lab, [m(v[0]), m(v[1])], indent=8)
    d.row("Net cash used in investing activities", [m(INVEST[0]), m(INVEST[1])], bold=True, rule=True)
    d.label("Financing activities")
    for lab, v in [("Interest paid on borrowings", BANK_INT_PAID), ("Interest paid on lease liabilities", (-LEASE_INT[0], -LEASE_INT[1])),
                   ("Repayment of lease liabilities (principal)", LEASE_PRIN),
                   ("(Repayment)/drawdown of revolving credit facility", RCF),
                   ("Net increase in supplier finance arrangements", SUPFIN),
                   ("Dividends paid to shareholders", DIV_PAID), ("Purchase of own shares for cancellation", BUYBACK)]:
        d.row(lab, [m(v[0]), m(v[1])], indent=8)
    d.row("Net cash used in financing activities", [m(FINANCE[0]), m(FINANCE[1])], bold=True, rule=True)
    d.row("Net increase/(decrease) in cash and cash equivalents", [m(NET_CH[0]), m(NET_CH[1])], bold=True)
    d.row("Cash and cash equivalents at beginning of year", [m(CASH_OPEN[0]), m(CASH_OPEN[1])])
    d.row("Effect of exchange rate changes", [m(FX_CASH[0]), m(FX_CASH[1])])
    d.row("Cash and cash equivalents at end of year", [m(CASH_CLOSE[0]), m(CASH_CLOSE[1])], bold=True, rule=True)

    # ---------------- page 12: notes
    d.new_page("Notes")
    d.title("Notes to the preliminary announcement")
    d.sub("1. Restatement of the comparative year")
    d.para("(a) Online delivery costs. From 2025/26 the cost of delivering online orders to customers is reported in cost of "
           "sales, where it better reflects the margin earned on online sales. (b) Supplier finance. Amounts due to banks under "
           "supplier finance arrangements are shown separately from trade payables and included in net debt. The effect on the "
           "2024/25 figures is:", size=8.5)
    d.table_head([400, 470, 540], [["As previously", "reported"], ["Adjustment"], ["Restated"]], "(£ million)")
    d.row("Cost of sales", [m(COS_OLD), m(-RECLASS), m(COS[1])])
    d.row("Gross profit", [m(GP_OLD), m(-RECLASS), m(GP[1])])
    d.row("Distribution costs", [m(DIST_OLD), m(RECLASS), m(DIST[1])])
    d.row("Operating profit", [m(OP_OLD), "-", m(OP[1])])
    d.row("Trade and other payables", [m(PAY_OLD), m(-BS_PREV["Supplier finance arrangements"]), m(BS_PREV["Trade and other payables"])])
    d.row("Supplier finance arrangements", ["-", m(BS_PREV["Supplier finance arrangements"]), m(BS_PREV["Supplier finance arrangements"])])
    d.row("Net debt including lease liabilities", [m(ND_OLD), m(BS_PREV["Supplier finance arrangements"]), m(ND[1])])
    d.y -= 4
    d.sub("2. Revenue")
    d.para(f"Revenue comprises sales in stores and online, net of returns and VAT. Online revenue, including click and collect, was "
           f"£{m(ONLINE[0])} million. Revenue from the sale of gift cards is recognised on redemption.", size=8.5)
    d.sub("3. Earnings per share")
    d.table_head([470, 540], [["2025/26"], ["2024/25"]], "(million shares)")
    d.row("Weighted average number of shares, basic", [f"{W_SHARES[0] / 10:.1f}", f"{W_SHARES[1] / 10:.1f}"])
    d.row("Dilutive effect of share options", [f"{(D_SHARES[0] - W_SHARES[0]) / 10:.1f}", f"{(D_SHARES[1] - W_SHARES[1]) / 10:.1f}"])
    d.row("Weighted average number of shares, diluted", [f"{D_SHARES[0] / 10:.1f}", f"{D_SHARES[1] / 10:.1f}"], rule=True)
    d.row("Shares in issue at year end", [f"{SHARES_END[0] / 10:.1f}", f"{SHARES_END[1] / 10:.1f}"])
    d.y -= 4
    d.sub("4. Dividends")
    d.table_head([400, 470, 540], [["Pence", "per share"], ["2025/26", "£ million"], ["2024/25", "£ million"]], None)
    d.row("Final dividend for 2023/24, paid July 2024", ["6.9", "-", m(DIV_PAID[1] * -1 - 139)])
    d.row("Interim dividend for 2024/25, paid December 2024", ["3.4", "-", m(139)])
    d.row("Final dividend for 2024/25, paid July 2025", [f"{DIV_PS['final'][1]}", m(298), "-"])
    d.row("Interim dividend for 2025/26, paid December 2025", [f"{DIV_PS['interim'][0]}", m(-DIV_PAID[0] - 298), "-"])
    d.row("Dividends paid", ["", m(-DIV_PAID[0]), m(-DIV_PAID[1])], bold=True, rule=True)
    d.para(f"The proposed final dividend for 2025/26 of {DIV_PS['final'][0]}p per share (about £{m(FINAL_COST)} million) is not "
           "recognised as a liability at 28 February 2026.", size=8.5)
    d.sub("5. Movement in net debt including lease liabilities")
    d.table_head([540], [["£ million"]], None)
    d.row("At 1 March 2025 (restated)", [m(ND[1])])
    d.row("Net increase in cash and cash equivalents", [m(NET_CH[0])], indent=8)
    d.row("Effect of exchange rate changes on cash", [m(FX_CASH[0])], indent=8)
    d.row("Repayment of revolving credit facility", [m(-RCF[0])], indent=8)
    d.row("Net increase in supplier finance arrangements", [m(-SUPFIN[0])], indent=8)
    d.row("Lease principal repaid", [m(-LEASE_PRIN[0])], indent=8)
    d.row("New leases and remeasurements", [m(-NEW_LEASES)], indent=8)
    d.row("At 28 February 2026", [m(ND[0])], bold=True, rule=True)
    assert d.page == d.total
    d.check()
    d.save()


if __name__ == "__main__":
    build()
    # print key figures for the question writer
    for name in ["REV_T", "GP", "OP", "PBT", "PAT", "ADJ_T", "AOP_T", "APBT", "APAT", "ATAX", "EPS", "DEPS", "AEPS", "ADEPS",
                 "DIV_TOT", "COVER", "CGO", "NCOA", "INVEST", "FINANCE", "NET_CH", "CASH_OPEN", "FCF", "ND_EX", "ND", "LEV",
                 "AEBITDA", "PAY_MOV", "LEASES", "TA", "TL", "REV_52", "SPACE", "LFL_AMT"]:
        print(name, globals()[name])
    print("BS", BS)
    print("EQ", EQ, "EQ_PREV", EQ_PREV)
    print("GM", GM, "GM_OLD", GM_OLD, "G_REV", G_REV, G_REV52, "G_APBT", G_APBT, G_APBT52, "ETR", ETR, AETR, "ONLINE", G_ONLINE)
    print("wrote", OUT)
