# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Generate HALVECREST_2026Q2_10Q.pdf: the invented Halvecrest Brands, Inc. second-quarter 2026 10-Q.

Run: /work/main/.venv/bin/python make_w1.py   (any Python with reportlab 5.1).
All figures are integers in tenths of a million (1234 = $123.4 million) and tie by construction (asserts).
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "HALVECREST_2026Q2_10Q.pdf")
W, H = letter
LM, RM = 54, W - 54
CO = "Halvecrest Brands, Inc."


def half_up(x, nd=1):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def m(v, dollar=False, dash=True):
    """tenths of a million -> '1,234.5' or '(1,234.5)'; zero -> em dash."""
    if v == 0 and dash:
        return "\u2014"
    s = "{:,.1f}".format(abs(v) / 10)
    s = "(" + s + ")" if v < 0 else s
    return ("$ " + s) if dollar else s


def pct(a, b, nd=1):
    return half_up((a - b) / abs(b) * 100, nd)


def fp(x, nd=1):
    s = "{:.{n}f}".format(abs(x), n=nd)
    return "(" + s + ")%" if x < 0 else s + "%"


# ----------------------------------------------------------------------------- numbers
SEG = ["Pantry & Snacks", "Frozen & Chilled", "Consumer Health"]
# net sales by segment: q26, q25, h26, h25
SALES = {
    "Pantry & Snacks": [6124, 5981, 12085, 11769],
    "Frozen & Chilled": [3887, 3712, 7813, 7520],
    "Consumer Health": [2459, 2196, 4822, 4308],
}
NS = [sum(SALES[s][i] for s in SEG) for i in range(4)]
COS = [8126, 7883, 16079, 15660]
GP = [NS[i] - COS[i] for i in range(4)]
SGA = [2514, 2407, 4983, 4756]
RESTR = [148, 31, 226, 59]
AMORT = [92, 81, 183, 162]
OPI = [GP[i] - SGA[i] - RESTR[i] - AMORT[i] for i in range(4)]
INTX = [217, 194, 431, 389]
OTHX = [-23, -19, -47, -38]  # non-service pension and other (income) expense, net
EBT = [OPI[i] - INTX[i] - OTHX[i] for i in range(4)]
TAX = [round(EBT[i] * r) for i, r in enumerate([0.224, 0.231, 0.226, 0.229])]
NE = [EBT[i] - TAX[i] for i in range(4)]
# shares (tenths of a million)
BASIC = [842, 850, 844, 853]
DILEFF = [9, 10, 9, 8]
DIL = [BASIC[i] + DILEFF[i] for i in range(4)]
EPSB = [half_up(NE[i] / BASIC[i], 2) for i in range(4)]
EPSD = [half_up(NE[i] / DIL[i], 2) for i in range(4)]
DIVPS = [0.52, 0.49, 1.04, 0.98]

# segment profit (excludes restructuring, amortization and corporate)
SEGP = {
    "Pantry & Snacks": [1094, 1052, 2131, 2078],
    "Frozen & Chilled": [571, 538, 1163, 1087],
    "Consumer Health": [538, 441, 1027, 842],
}
SEGPT = [sum(SEGP[s][i] for s in SEG) for i in range(4)]
CORP = [SEGPT[i] - RESTR[i] - AMORT[i] - OPI[i] for i in range(4)]
assert all(c > 0 for c in CORP), CORP

# OCI
FXT = [-187, 94, -121, 163]
HEDGE = [23, -11, 37, -18]
PENS = [4, 3, 8, 7]
OCI = [FXT[i] + HEDGE[i] + PENS[i] for i in range(4)]
CI = [NE[i] + OCI[i] for i in range(4)]

# quarterly split (Q1 = six months less Q2)
def q1(arr):
    return arr[2] - arr[0], arr[3] - arr[1]

# ---- equity roll (2026: Dec 31 2025 -> Mar 31 -> Jun 30; 2025: Dec 31 2024 -> Mar 31 -> Jun 30)
# components: common stock, APIC, retained earnings, AOCI, treasury
EQ_OPEN26 = [108, 18934, 66852, -6217, -22406]
EQ_OPEN25 = [108, 18412, 63720, -7034, -19874]
DIVQ26 = [round(0.52 * 843), round(0.52 * 841)]  # Q1, Q2 declared (= paid)
DIVQ25 = [round(0.49 * 855), round(0.49 * 851)]
REPQ26 = [-750, -600]
REPQ25 = [-500, -500]
SBCQ26 = [118, 104]
SBCQ25 = [109, 97]
OPTQ26 = [42, 27]  # option exercises, net of shares withheld (APIC), new issuance par in common stock
OPTQ25 = [35, 18]
NEQ26 = [q1(NE)[0], NE[0]]
NEQ25 = [q1(NE)[1], NE[1]]
OCIQ26 = [q1(OCI)[0], OCI[0]]
OCIQ25 = [q1(OCI)[1], OCI[1]]


def roll(open_, ne, oci, div, rep, sbc, opt):
    rows = []
    bal = list(open_)
    for k in range(2):
        start = list(bal)
        bal[2] += ne[k] - div[k]
        bal[3] += oci[k]
        bal[4] += rep[k]
        bal[1] += sbc[k] + opt[k]
        rows.append((start, list(bal)))
    return rows


ROLL26 = roll(EQ_OPEN26, NEQ26, OCIQ26, DIVQ26, REPQ26, SBCQ26, OPTQ26)
ROLL25 = roll(EQ_OPEN25, NEQ25, OCIQ25, DIVQ25, REPQ25, SBCQ25, OPTQ25)
EQ_DEC25 = sum(EQ_OPEN26)
EQ_JUN26 = sum(ROLL26[1][1])

# ---- inventories
INV = {"Dec": [4318, 1206, 6947], "Jun": [4652, 1318, 7405]}  # raw & packaging, WIP, finished
INVT = {k: sum(v) for k, v in INV.items()}

# ---- goodwill by segment (Dec 31 2025, acquisition, FX, Jun 30 2026)
GW = {
    "Pantry & Snacks": [21846, 0, -64],
    "Frozen & Chilled": [9412, 0, -38],
    "Consumer Health": [6127, 1183, -22],
}
GWE = {s: sum(GW[s]) for s in SEG}
GWT_DEC = sum(GW[s][0] for s in SEG)
GWT_JUN = sum(GWE.values())

# ---- debt instruments (principal at Jun 30 2026, Dec 31 2025)
DEBT = [
    ("1.900% senior notes due March 2026", "1.900%", "March 2026", 0, 3500),
    ("3.150% senior notes due September 2026", "3.150%", "September 2026", 4000, 4000),
    ("Term loan due 2027", "SOFR + 1.125%", "May 2027", 2500, 2500),
    ("2.450% senior notes due 2028", "2.450%", "April 2028", 6000, 6000),
    ("4.875% senior notes due 2031", "4.875%", "June 2031", 5000, 5000),
    ("5.300% senior notes due 2036", "5.300%", "March 2036", 5000, 0),
    ("6.250% debentures due 2041", "6.250%", "November 2041", 3000, 3000),
]
DISC = [-412, -337]
PRIN = [sum(d[3] for d in DEBT), sum(d[4] for d in DEBT)]
TOTDEBT = [PRIN[0] + DISC[0], PRIN[1] + DISC[1]]
CURDEBT = [4000, 7500]  # Sep 2026 notes (both dates) + Mar 2026 notes at Dec 31
LTD = [TOTDEBT[0] - CURDEBT[0], TOTDEBT[1] - CURDEBT[1]]
CP = [1850, 1120]  # commercial paper (short-term borrowings) Jun, Dec

# ---- restructuring reserve (Project Keystone): severance, asset-related, other exit
RS_OPEN = [318, 0, 57]
RS_CHG = [139, 54, 33]
RS_PAY = [-171, 0, -41]
RS_NONCASH = [0, -54, 0]
RS_FX = [-4, 0, -1]
RS_END = [RS_OPEN[i] + RS_CHG[i] + RS_PAY[i] + RS_NONCASH[i] + RS_FX[i] for i in range(3)]
assert sum(RS_CHG) == RESTR[2]

# ---- cash flows (six months 2026, 2025)
DA = [1612, 1538]  # depreciation and amortization (incl. intangible amortization)
SBC6 = [sum(SBCQ26), sum(SBCQ25)]
IMPAIR = [54, 0]
DEFTX = [-38, 21]
CF_AR = [-874, -792]
CF_INV = [-451, -388]
CF_AP = [312, 274]
CF_ACCR = [-396, -418]  # accrued and other liabilities
CF_OTH = [-57, -44]
NE6 = [NE[2], NE[3]]
CFO = [NE6[i] + DA[i] + SBC6[i] + IMPAIR[i] + DEFTX[i] + CF_AR[i] + CF_INV[i] + CF_AP[i] + CF_ACCR[i] + CF_OTH[i]
       for i in range(2)]
CAPEX = [-1473, -1389]
ACQ = [-1762, 0]
PROC_SALE = [36, 12]
CFI = [CAPEX[i] + ACQ[i] + PROC_SALE[i] for i in range(2)]
CP_NET = [CP[0] - CP[1], 415]
LTD_ISS = [4962, 0]
LTD_REP = [-3500, -2500]
DIVPAID = [-sum(DIVQ26), -sum(DIVQ25)]
REPPAID = [sum(REPQ26), sum(REPQ25)]
OPTPAID = [sum(OPTQ26), sum(OPTQ25)]
CFF = [CP_NET[i] + LTD_ISS[i] + LTD_REP[i] + DIVPAID[i] + REPPAID[i] + OPTPAID[i] for i in range(2)]
FXCASH = [-26, 31]
NETCH = [CFO[i] + CFI[i] + CFF[i] + FXCASH[i] for i in range(2)]
CASH_DEC25 = 4127
CASH_DEC24 = 3854
CASH_BEG = [CASH_DEC25, CASH_DEC24]
CASH_END = [CASH_BEG[i] + NETCH[i] for i in range(2)]
assert CASH_END[0] > 0
# new debt proceeds vs note: 5.300% notes 500.0 principal issued at a discount / costs
# ---- balance sheet (Jun 30 2026, Dec 31 2025)
BS = {}
BS["cash"] = [CASH_END[0], CASH_DEC25]
BS["ar"] = [8142, 7318]
BS["inv"] = [INVT["Jun"], INVT["Dec"]]
BS["prepaid"] = [1264, 1187]
BS["tca"] = [BS["cash"][i] + BS["ar"][i] + BS["inv"][i] + BS["prepaid"][i] for i in range(2)]
BS["ppe"] = [31486, 31207]
BS["rou"] = [2918, 2874]
BS["gw"] = [GWT_JUN, GWT_DEC]
BS["intang"] = [19876, 19412]
BS["otha"] = [2147, 2203]
BS["ta"] = [BS["tca"][i] + BS["ppe"][i] + BS["rou"][i] + BS["gw"][i] + BS["intang"][i] + BS["otha"][i] for i in range(2)]
BS["cp"] = [CP[0], CP[1]]
BS["curltd"] = CURDEBT
BS["ap"] = [11876, 11503]
BS["accr"] = [6214, 6538]
BS["taxpay"] = [287, 342]
BS["tcl"] = [BS["cp"][i] + BS["curltd"][i] + BS["ap"][i] + BS["accr"][i] + BS["taxpay"][i] for i in range(2)]
BS["ltd"] = LTD
BS["dtl"] = [6418, 6493]
BS["leasel"] = [2486, 2451]
BS["eq"] = [EQ_JUN26, EQ_DEC25]
# other noncurrent liabilities is the balancing line
BS["othl"] = [BS["ta"][i] - BS["tcl"][i] - BS["ltd"][i] - BS["dtl"][i] - BS["leasel"][i] - BS["eq"][i]
              for i in range(2)]
assert all(8000 < v < 16000 for v in BS["othl"]), BS["othl"]
BS["tl"] = [BS["tcl"][i] + BS["ltd"][i] + BS["dtl"][i] + BS["leasel"][i] + BS["othl"][i] for i in range(2)]
assert all(BS["tl"][i] + BS["eq"][i] == BS["ta"][i] for i in range(2))
EQC = [ROLL26[1][1], EQ_OPEN26]

# organic bridge, Q2 and six months (percentage points, one decimal) per segment
ACQ_SALES = {"Consumer Health": [102, 0, 141, 0]}  # Brightleaf contribution
BRIDGE_IN = {  # vol/mix, price for q and h
    "Pantry & Snacks": [(-0.6, 2.9), (-0.9, 3.1)],
    "Frozen & Chilled": [(1.8, 3.4), (1.5, 3.2)],
    "Consumer Health": [(4.6, 2.6), (5.1, 2.9)],
}


def bridge(seg, per):  # per 0 = quarter, 1 = six months
    cur, pri = SALES[seg][0 + 2 * per], SALES[seg][1 + 2 * per]
    rep = pct(cur, pri)
    vm, pr = BRIDGE_IN[seg][per]
    acq = half_up(ACQ_SALES.get(seg, [0, 0, 0, 0])[2 * per] / pri * 100, 1)
    fx = round(rep - vm - pr - acq, 1)
    return dict(vm=vm, pr=pr, fx=fx, acq=acq, rep=rep, org=round(vm + pr, 1))


def total_bridge(per):
    cur, pri = NS[2 * per], NS[2 * per + 1]
    rep = pct(cur, pri)
    acq = half_up(sum(ACQ_SALES.get(s, [0, 0, 0, 0])[2 * per] for s in SEG) / pri * 100, 1)
    vm = half_up(sum(BRIDGE_IN[s][per][0] * SALES[s][2 * per + 1] for s in SEG) / pri, 1)
    pr = half_up(sum(BRIDGE_IN[s][per][1] * SALES[s][2 * per + 1] for s in SEG) / pri, 1)
    fx = round(rep - vm - pr - acq, 1)
    return dict(vm=vm, pr=pr, fx=fx, acq=acq, rep=rep, org=round(vm + pr, 1))


# ----------------------------------------------------------------------------- drawing
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=letter)
        self.c.setTitle(CO + " Form 10-Q for the quarter ended June 30, 2026")
        self.c.setAuthor(CO)
        self.page = 0
        self.y = 0

    def new_page(self, header=True):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = H - 58
        if header:
            self.c.setFont("Helvetica", 7.5)
            self.c.drawString(LM, H - 36, "Halvecrest Brands, Inc. | Form 10-Q | Quarter ended June 30, 2026")
            self.c.drawRightString(RM, H - 36, "Table of Contents")
            self.c.setLineWidth(0.4)
            self.c.line(LM, H - 40, RM, H - 40)
        self.c.setFont("Helvetica", 8)
        self.c.drawCentredString(W / 2, 30, str(self.page))

    def text(self, s, font="Times-Roman", size=9.5, lead=12, indent=0, gap=4, center=False):
        lines = simpleSplit(s, font, size, RM - LM - indent)
        self.c.setFont(font, size)
        for ln in lines:
            if center:
                self.c.drawCentredString(W / 2, self.y, ln)
            else:
                self.c.drawString(LM + indent, self.y, ln)
            self.y -= lead
        self.y -= gap

    def head(self, s, size=10.5, gap=3):
        self.text(s, font="Times-Bold", size=size, lead=size + 3, gap=gap)

    def title(self, lines, sub=None):
        for ln in lines:
            self.text(ln, font="Times-Bold", size=10.5, lead=13, gap=0, center=True)
        if sub:
            self.text(sub, font="Times-Italic", size=8.5, lead=11, gap=0, center=True)
        self.y -= 6

    def table(self, cols, heads, rows, label_w=None, size=8.5, lead=11.5):
        """cols: list of right edges (x) for numeric columns.
        heads: list of header lines; each line is a list of (text, x_center or None for label area) pairs.
        rows: list of (label, [cells], style) style in {'', 'b', 'i', 'sub', 'tot', 'dtot'};
        label indent via leading spaces count // 2 * 8pt."""
        c = self.c
        for hl in heads:
            t = c.beginText()
            for txt, xc, fnt in hl:
                t.setFont(fnt, size - 0.5)
                wd = stringWidth(txt, fnt, size - 0.5)
                x = LM if xc is None else xc - wd / 2
                t.setTextOrigin(x, self.y)
                t.textOut(txt)
            c.drawText(t)
            self.y -= lead - 1
        c.setLineWidth(0.5)
        c.line(cols[0] - 56, self.y + lead - 4, RM, self.y + lead - 4)
        self.y -= 2
        width = label_w or (cols[0] - 62 - LM)
        for lab, cells, st in rows:
            ind = (len(lab) - len(lab.lstrip(" "))) * 4
            lab = lab.strip()
            fnt = "Times-Bold" if st in ("b", "tot", "dtot") else ("Times-Italic" if st == "i" else "Times-Roman")
            lab_lines = simpleSplit(lab, fnt, size, width - ind) if lab else [""]
            for ln in lab_lines[:-1]:
                t = c.beginText()
                t.setFont(fnt, size)
                t.setTextOrigin(LM + ind, self.y)
                t.textOut(ln)
                c.drawText(t)
                self.y -= lead
            if st in ("sub", "tot", "dtot"):
                c.setLineWidth(0.4)
                for x in cols:
                    if cells:
                        c.line(x - 44, self.y + lead - 2.5, x, self.y + lead - 2.5)
            t = c.beginText()
            t.setFont(fnt, size)
            t.setTextOrigin(LM + ind, self.y)
            t.textOut(lab_lines[-1])
            for x, cell in zip(cols, cells):
                if cell is None or cell == "":
                    continue
                cf = "Times-Bold" if st in ("tot", "dtot") else "Times-Roman"
                if cell.startswith("$ "):
                    t.setFont(cf, size)
                    t.setTextOrigin(x - 46, self.y)
                    t.textOut("$")
                    cell = cell[2:]
                t.setFont(cf, size)
                wd = stringWidth(cell, cf, size)
                if cell.endswith(")"):
                    x2 = x + stringWidth(")", cf, size)
                else:
                    x2 = x
                t.setTextOrigin(x2 - wd, self.y)
                t.textOut(cell)
            c.drawText(t)
            if st == "dtot":
                for x in cols:
                    c.line(x - 44, self.y - 2.5, x, self.y - 2.5)
                    c.line(x - 44, self.y - 4.5, x, self.y - 4.5)
            self.y -= lead
        self.y -= 8

    def save(self):
        self.c.save()


def H4(y1, y2, x):
    """two-period group heading for 4 columns at x (right edges)"""
    F = "Times-Bold"
    q = (x[0] + x[1]) / 2 - 20
    h = (x[2] + x[3]) / 2 - 20
    return [
        [("Three Months Ended", q, F), ("Six Months Ended", h, F)],
        [("June 30,", q, F), ("June 30,", h, F)],
        [(y1, x[0] - 20, F), (y2, x[1] - 20, F), (y1, x[2] - 20, F), (y2, x[3] - 20, F)],
    ]


C4 = [330, 398, 478, 546]


def r4(label, arr, dollar=False, st="", fmt=None):
    f = fmt or (lambda v, d: m(v, d))
    return (label, [f(v, dollar) for v in arr], st)


def eps4(label, arr, dollar=False, st=""):
    return (label, [("$ " if dollar else "") + "{:.2f}".format(v) for v in arr], st)


def build():
    d = Doc(OUT)
    c = d.c
    # ------------------------------------------------------------------ page 1 cover
    d.new_page(header=False)
    d.text("UNITED STATES", font="Times-Bold", size=12, lead=15, gap=0, center=True)
    d.text("SECURITIES AND EXCHANGE COMMISSION", font="Times-Bold", size=12, lead=15, gap=0, center=True)
    d.text("Washington, D.C. 20549", size=9.5, center=True, gap=8)
    d.text("FORM 10-Q", font="Times-Bold", size=15, lead=18, center=True, gap=6)
    d.text("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
           size=9, center=True, gap=0)
    d.text("For the quarterly period ended June 30, 2026", font="Times-Bold", size=9.5, center=True, gap=6)
    d.text("Commission File Number 001-38412", size=9, center=True, gap=8)
    d.text("HALVECREST BRANDS, INC.", font="Times-Bold", size=14, lead=17, center=True, gap=0)
    d.text("(Exact name of registrant as specified in its charter)", font="Times-Italic", size=8, center=True, gap=6)
    d.text("Delaware  |  IRS Employer Identification No. 84-2917730", size=9, center=True, gap=0)
    d.text("1400 Larkspur Parkway, Minneapolis, Minnesota 55402  |  (612) 555-0190", size=9, center=True, gap=8)
    d.text("Securities registered pursuant to Section 12(b) of the Act: Common Stock, $0.10 par value, trading "
           "symbol HVCB, New York Stock Exchange.", size=9, gap=4)
    d.text("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 "
           "or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to "
           "such filing requirements for the past 90 days. Yes [X] No [ ]", size=8.5, lead=10.5)
    d.text("Large accelerated filer [X]   Accelerated filer [ ]   Non-accelerated filer [ ]   Smaller reporting "
           "company [ ]", size=8.5, lead=10.5)
    d.text("As of July 24, 2026, there were 83,598,214 shares of the registrant's common stock outstanding.",
           size=9, gap=14)
    d.text("TABLE OF CONTENTS", font="Times-Bold", size=10.5, center=True, gap=4)
    toc = [("PART I. FINANCIAL INFORMATION", ""),
           ("Item 1. Financial Statements (unaudited)", ""),
           ("   Condensed Consolidated Statements of Earnings", "2"),
           ("   Condensed Consolidated Statements of Comprehensive Income", "2"),
           ("   Condensed Consolidated Balance Sheets", "3"),
           ("   Condensed Consolidated Statements of Cash Flows", "4"),
           ("   Condensed Consolidated Statements of Shareholders' Equity", "5"),
           ("   Notes to Condensed Consolidated Financial Statements", "6"),
           ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "10"),
           ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "13"),
           ("Item 4. Controls and Procedures", "13"),
           ("PART II. OTHER INFORMATION", ""),
           ("Item 1A. Risk Factors", "13"),
           ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "13"),
           ("Item 6. Exhibits and Signatures", "13")]
    d.table([RM], [[("Page", RM - 8, "Times-Bold")]], [(a, [b], "b" if a.startswith("PART") else "") for a, b in toc],
            label_w=420, size=9)

    # ------------------------------------------------------------------ page 2 earnings + CI
    d.new_page()
    d.text("PART I. FINANCIAL INFORMATION", font="Times-Bold", size=9.5, gap=0)
    d.text("Item 1. Financial Statements", font="Times-Bold", size=9.5, gap=6)
    d.title(["HALVECREST BRANDS, INC.", "CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS"],
            "(Unaudited; in millions, except per share data)")
    rows = [r4("Net sales", NS, True),
            r4("Cost of products sold", COS),
            r4("Gross profit", GP, st="sub"),
            r4("Selling, general and administrative expenses", SGA),
            r4("Restructuring and impairment charges", RESTR),
            r4("Amortization of acquired intangible assets", AMORT),
            r4("Operating profit", OPI, st="sub"),
            r4("Interest expense, net", INTX),
            r4("Non-service pension and other (income) expense, net", OTHX),
            r4("Earnings before income taxes", EBT, st="sub"),
            r4("Provision for income taxes", TAX),
            r4("Net earnings", NE, True, st="dtot"),
            ("Earnings per common share:", [], ""),
            eps4("  Basic", EPSB, True),
            eps4("  Diluted", EPSD, True),
            ("Weighted-average common shares outstanding:", [], ""),
            r4("  Basic", BASIC),
            r4("  Diluted", DIL),
            eps4("Cash dividends declared per common share", DIVPS, True)]
    d.table(C4, H4("2026", "2025", C4), rows)
    d.text("See accompanying notes to condensed consolidated financial statements.", font="Times-Italic", size=8,
           gap=14)
    d.title(["HALVECREST BRANDS, INC.", "CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME"],
            "(Unaudited; in millions)")
    rows = [r4("Net earnings", NE, True),
            ("Other comprehensive income (loss), net of tax:", [], ""),
            r4("  Foreign currency translation adjustments", FXT),
            r4("  Net gains (losses) on cash flow hedges", HEDGE),
            r4("  Amortization of net actuarial loss and prior service cost, pension and postretirement plans", PENS),
            r4("Other comprehensive income (loss)", OCI, st="sub"),
            r4("Comprehensive income", CI, True, st="dtot")]
    d.table(C4, H4("2026", "2025", C4), rows)
    d.text("See accompanying notes to condensed consolidated financial statements.", font="Times-Italic", size=8)

    # ------------------------------------------------------------------ page 3 balance sheet
    d.new_page()
    d.title(["HALVECREST BRANDS, INC.", "CONDENSED CONSOLIDATED BALANCE SHEETS"],
            "(In millions, except par value; June 30, 2026 unaudited)")
    C2 = [440, 540]
    F = "Times-Bold"
    hd = [[("June 30,", C2[0] - 20, F), ("December 31,", C2[1] - 20, F)],
          [("2026", C2[0] - 20, F), ("2025", C2[1] - 20, F)]]
    b = BS
    def r2(lab, key, dollar=False, st=""):
        return (lab, [m(b[key][0], dollar), m(b[key][1], dollar)], st)
    eqc = lambda k: [m(EQC[0][k]), m(EQC[1][k])]
    rows = [("ASSETS", [], "b"), ("Current assets:", [], ""),
            r2("  Cash and cash equivalents", "cash", True),
            r2("  Trade receivables, less allowance for credit losses of $41.8 and $39.6", "ar"),
            r2("  Inventories", "inv"),
            r2("  Prepaid expenses and other current assets", "prepaid"),
            r2("Total current assets", "tca", st="sub"),
            r2("Property, plant and equipment, net", "ppe"),
            r2("Operating lease right-of-use assets", "rou"),
            r2("Goodwill", "gw"),
            r2("Other intangible assets, net", "intang"),
            r2("Other assets", "otha"),
            r2("Total assets", "ta", True, st="dtot"),
            ("LIABILITIES AND SHAREHOLDERS' EQUITY", [], "b"), ("Current liabilities:", [], ""),
            r2("  Short-term borrowings", "cp", True),
            r2("  Current portion of long-term debt", "curltd"),
            r2("  Accounts payable", "ap"),
            r2("  Accrued and other current liabilities", "accr"),
            r2("  Income taxes payable", "taxpay"),
            r2("Total current liabilities", "tcl", st="sub"),
            r2("Long-term debt", "ltd"),
            r2("Deferred income taxes", "dtl"),
            r2("Noncurrent operating lease liabilities", "leasel"),
            r2("Other noncurrent liabilities", "othl"),
            r2("Total liabilities", "tl", st="sub"),
            ("Shareholders' equity:", [], ""),
            ("  Common stock, $0.10 par value; authorized 300.0 shares; issued 108.4 and 108.3 shares",
             [m(EQC[0][0]), m(EQC[1][0])], ""),
            ("  Additional paid-in capital", eqc(1), ""),
            ("  Retained earnings", eqc(2), ""),
            ("  Accumulated other comprehensive loss", eqc(3), ""),
            ("  Treasury stock, at cost: 24.7 and 22.7 shares", eqc(4), ""),
            r2("Total shareholders' equity", "eq", st="sub"),
            ("Total liabilities and shareholders' equity", [m(b["tl"][0] + b["eq"][0], True),
                                                           m(b["tl"][1] + b["eq"][1], True)], "dtot")]
    d.table(C2, hd, rows)
    d.text("See accompanying notes to condensed consolidated financial statements.", font="Times-Italic", size=8)

    # ------------------------------------------------------------------ page 4 cash flows
    d.new_page()
    d.title(["HALVECREST BRANDS, INC.", "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"],
            "(Unaudited; in millions)")
    hd = [[("Six Months Ended June 30,", (C2[0] + C2[1]) / 2 - 20, F)],
          [("2026", C2[0] - 20, F), ("2025", C2[1] - 20, F)]]
    def rc(lab, arr, dollar=False, st=""):
        return (lab, [m(arr[0], dollar), m(arr[1], dollar)], st)
    rows = [("Operating activities", [], "b"),
            rc("Net earnings", NE6, True),
            ("Adjustments to reconcile net earnings to net cash provided by operating activities:", [], ""),
            rc("  Depreciation and amortization", DA),
            rc("  Share-based compensation expense", SBC6),
            rc("  Asset impairments and write-downs under restructuring program", IMPAIR),
            rc("  Deferred income taxes", DEFTX),
            ("  Changes in operating assets and liabilities, net of acquisition:", [], ""),
            rc("    Trade receivables", CF_AR),
            rc("    Inventories", CF_INV),
            rc("    Accounts payable", CF_AP),
            rc("    Accrued and other liabilities", CF_ACCR),
            rc("    Other, net", CF_OTH),
            rc("Net cash provided by operating activities", CFO, st="sub"),
            ("Investing activities", [], "b"),
            rc("Capital expenditures", CAPEX),
            rc("Acquisition of business, net of cash acquired", ACQ),
            rc("Proceeds from disposal of property and equipment", PROC_SALE),
            rc("Net cash used in investing activities", CFI, st="sub"),
            ("Financing activities", [], "b"),
            rc("Net change in short-term borrowings", CP_NET),
            rc("Proceeds from issuance of long-term debt", LTD_ISS),
            rc("Repayments of long-term debt", LTD_REP),
            rc("Dividends paid", DIVPAID),
            rc("Repurchases of common stock", REPPAID),
            rc("Proceeds from stock option exercises, net of taxes withheld", OPTPAID),
            rc("Net cash provided by (used in) financing activities", CFF, st="sub"),
            rc("Effect of exchange rate changes on cash and cash equivalents", FXCASH),
            rc("Net increase (decrease) in cash and cash equivalents", NETCH, st="sub"),
            rc("Cash and cash equivalents, beginning of period", CASH_BEG),
            rc("Cash and cash equivalents, end of period", CASH_END, True, st="dtot"),
            ("Supplemental disclosures:", [], "b"),
            rc("  Interest paid", [418, 392]),
            rc("  Income taxes paid, net of refunds", [603, 571])]
    d.table(C2, hd, rows)
    d.text("See accompanying notes to condensed consolidated financial statements.", font="Times-Italic", size=8)

    # ------------------------------------------------------------------ page 5 equity
    d.new_page()
    d.title(["HALVECREST BRANDS, INC.", "CONDENSED CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY"],
            "(Unaudited; in millions, except per share data)")
    C6 = [232, 290, 348, 406, 470, 540]
    hd = [[("", C6[0] - 20, F), ("Additional", C6[1] - 20, F), ("", C6[2] - 20, F), ("Accumulated", C6[3] - 20, F),
           ("", C6[4] - 20, F), ("Total", C6[5] - 20, F)],
          [("Common", C6[0] - 20, F), ("Paid-in", C6[1] - 20, F), ("Retained", C6[2] - 20, F), ("Other Compre-", C6[3] - 20, F),
           ("Treasury", C6[4] - 20, F), ("Shareholders'", C6[5] - 20, F)],
          [("Stock", C6[0] - 20, F), ("Capital", C6[1] - 20, F), ("Earnings", C6[2] - 20, F),
           ("hensive Loss", C6[3] - 20, F), ("Stock", C6[4] - 20, F), ("Equity", C6[5] - 20, F)]]

    def eqrows(yr, rl, ne, oci, div, rep, sbc, opt, dps, dates):
        out = []
        for k in range(2):
            start, end = rl[k]
            out.append(("Balance at " + dates[k], [m(v, True) if j == 5 else m(v) for j, v in
                                                   enumerate(start + [sum(start)])], "b"))
            out.append(("Net earnings", ["", "", m(ne[k]), "", "", m(ne[k])], ""))
            out.append(("Other comprehensive income (loss)", ["", "", "", m(oci[k]), "", m(oci[k])], ""))
            out.append(("Cash dividends declared ($%.2f per share)" % dps, ["", "", m(-div[k]), "", "", m(-div[k])], ""))
            out.append(("Repurchases of common stock", ["", "", "", "", m(rep[k]), m(rep[k])], ""))
            out.append(("Share-based compensation", ["", m(sbc[k]), "", "", "", m(sbc[k])], ""))
            out.append(("Stock option exercises and vesting of restricted stock units, net of shares withheld",
                        ["", m(opt[k]), "", "", "", m(opt[k])], ""))
        end = rl[1][1]
        out.append(("Balance at " + dates[2], [m(v, True) if j == 5 else m(v) for j, v in
                                               enumerate(end + [sum(end)])], "dtot"))
        return out

    d.text("Three and six months ended June 30, 2026", font="Times-Bold", size=9, gap=4)
    d.table(C6, hd, eqrows("2026", ROLL26, NEQ26, OCIQ26, DIVQ26, REPQ26, SBCQ26, OPTQ26, 0.52,
                           ["December 31, 2025", "March 31, 2026", "June 30, 2026"]), label_w=170, size=8)
    d.text("Three and six months ended June 30, 2025", font="Times-Bold", size=9, gap=4)
    d.table(C6, hd, eqrows("2025", ROLL25, NEQ25, OCIQ25, DIVQ25, REPQ25, SBCQ25, OPTQ25, 0.49,
                           ["December 31, 2024", "March 31, 2025", "June 30, 2025"]), label_w=170, size=8)
    d.text("See accompanying notes to condensed consolidated financial statements.", font="Times-Italic", size=8)

    # ------------------------------------------------------------------ page 6 notes 1-3
    d.new_page()
    d.head("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)")
    d.head("Note 1. Basis of Presentation", size=9.5)
    d.text("Halvecrest Brands, Inc. (\"Halvecrest,\" the \"Company,\" \"we\") manufactures and markets branded "
           "shelf-stable foods, frozen and chilled meals, and over-the-counter consumer health products, including "
           "vitamins, minerals and supplements. The interim condensed consolidated financial statements have been "
           "prepared in accordance with U.S. generally accepted accounting principles for interim financial "
           "information and should be read with the audited financial statements in our Annual Report on Form 10-K for "
           "the year ended December 31, 2025. Results for the six months ended June 30, 2026 are not necessarily "
           "indicative of results for the full year. Our fiscal year is the calendar year.")
    d.text("Recast of segment information. Effective January 1, 2026, the refrigerated dips and spreads business, "
           "previously reported within Pantry & Snacks, is managed and reported within Frozen & Chilled. Segment "
           "information for 2025 has been recast to conform to the current presentation. The recast moved net sales of "
           "$61.8 million for the three months and $119.4 million for the six months ended June 30, 2025 from Pantry & "
           "Snacks to Frozen & Chilled; as previously reported, Pantry & Snacks net sales for the second quarter of 2025 "
           "were $%s million. Consolidated results were not affected." % m(SALES["Pantry & Snacks"][1] + 618))
    d.head("Note 2. Acquisition", size=9.5)
    d.text("On February 9, 2026, we acquired all of the outstanding equity of Brightleaf Botanicals, LLC, a maker of "
           "plant-based sleep and digestive-health supplements, for cash consideration of $176.2 million, net of cash "
           "acquired. The preliminary purchase price allocation assigned $118.3 million to goodwill, all within the "
           "Consumer Health segment, and $71.5 million to customer relationships and trade names. Brightleaf contributed "
           "net sales of $10.2 million in the second quarter of 2026 and $14.1 million since the acquisition date.")
    d.head("Note 3. Inventories", size=9.5)
    d.text("Inventories are stated at the lower of cost, determined principally on a first-in, first-out basis, and net "
           "realizable value. The components of inventories were as follows:")
    hd = [[("June 30,", C2[0] - 20, F), ("December 31,", C2[1] - 20, F)],
          [("2026", C2[0] - 20, F), ("2025", C2[1] - 20, F)]]
    rows = [("(in millions)", [], "i"),
            ("Raw materials and packaging", [m(INV["Jun"][0], True), m(INV["Dec"][0], True)], ""),
            ("Work in process", [m(INV["Jun"][1]), m(INV["Dec"][1])], ""),
            ("Finished goods", [m(INV["Jun"][2]), m(INV["Dec"][2])], ""),
            ("Total inventories", [m(INVT["Jun"], True), m(INVT["Dec"], True)], "dtot")]
    d.table(C2, hd, rows)
    d.head("Note 4. Goodwill", size=9.5)
    d.text("The changes in the carrying amount of goodwill by reportable segment for the six months ended June 30, 2026 "
           "were as follows:")
    C4g = [318, 392, 466, 540]
    hd = [[("Pantry &", C4g[0] - 20, F), ("Frozen &", C4g[1] - 20, F), ("Consumer", C4g[2] - 20, F), ("", C4g[3] - 20, F)],
          [("Snacks", C4g[0] - 20, F), ("Chilled", C4g[1] - 20, F), ("Health", C4g[2] - 20, F), ("Total", C4g[3] - 20, F)]]
    rows = [("(in millions)", [], "i"),
            ("Balance at December 31, 2025", [m(GW[s][0], True) for s in SEG] + [m(GWT_DEC, True)], ""),
            ("Acquisition of Brightleaf Botanicals", [m(GW[s][1]) for s in SEG] + [m(sum(GW[s][1] for s in SEG))], ""),
            ("Foreign currency translation", [m(GW[s][2]) for s in SEG] + [m(sum(GW[s][2] for s in SEG))], ""),
            ("Balance at June 30, 2026", [m(GWE[s], True) for s in SEG] + [m(GWT_JUN, True)], "dtot")]
    d.table(C4g, hd, rows)
    d.text("No goodwill impairment indicators were identified during the first six months of 2026. The fair value of the "
           "Frozen & Chilled reporting unit exceeded its carrying value by approximately 14% at our most recent annual "
           "test on October 1, 2025, the smallest margin among our reporting units.")

    # ------------------------------------------------------------------ page 7 debt + restructuring
    d.new_page()
    d.head("Note 5. Debt", size=9.5)
    d.text("Our outstanding debt consisted of the following:")
    C3d = [380, 460, 540]
    hd = [[("Interest", 290, F), ("", C3d[0] - 20, F), ("June 30,", C3d[1] - 20, F), ("December 31,", C3d[2] - 20, F)],
          [("Rate", 290, F), ("Maturity", C3d[0] - 20, F), ("2026", C3d[1] - 20, F), ("2025", C3d[2] - 20, F)]]
    cols = [318, 400, C3d[1], C3d[2]]
    rows = [("(in millions)", [], "i")]
    for k, (lab, rate, mat, j, dd) in enumerate(DEBT):
        rows.append((lab, [rate, mat, m(j, k == 0), m(dd, k == 0)], ""))
    rows += [("Total principal", ["", "", m(PRIN[0]), m(PRIN[1])], "sub"),
             ("Unamortized discounts and debt issuance costs", ["", "", m(DISC[0]), m(DISC[1])], ""),
             ("Total long-term debt, including current portion", ["", "", m(TOTDEBT[0]), m(TOTDEBT[1])], "sub"),
             ("Less: current portion of long-term debt", ["", "", m(-CURDEBT[0]), m(-CURDEBT[1])], ""),
             ("Long-term debt", ["", "", m(LTD[0], True), m(LTD[1], True)], "dtot")]
    # custom: right-align rate / maturity columns too
    d.table(cols, hd, rows, label_w=200)
    d.text("In March 2026 we issued $500.0 million of 5.300% senior notes due 2036, receiving net proceeds of $496.2 "
           "million, and used the proceeds together with commercial paper to repay at maturity the $350.0 million of "
           "1.900% senior notes due March 2026. Short-term borrowings consist of commercial paper with a weighted-average "
           "interest rate of 4.62% at June 30, 2026 (4.71% at December 31, 2025). Our $1.5 billion revolving credit "
           "facility, which expires in October 2030, supports the commercial paper program and was undrawn at June 30, "
           "2026. The facility requires a ratio of consolidated EBITDA to consolidated interest expense, as defined, of "
           "not less than 3.5 to 1; we were in compliance, with a ratio of 9.8 to 1 for the twelve months ended June 30, "
           "2026. The fair value of long-term debt, including the current portion, was approximately $2,436.9 million at "
           "June 30, 2026, based on quoted market prices (Level 2).")
    d.head("Note 6. Restructuring Activities", size=9.5)
    d.text("In November 2025 the Board of Directors approved Project Keystone, a multi-year program to consolidate our "
           "North American frozen manufacturing network from seven plants to five and to simplify our Consumer Health "
           "supply chain. We expect to incur total pre-tax charges of $95 million to $110 million under the program, of "
           "which approximately $70 million are expected to be cash expenditures, and to complete it by the end of 2027. "
           "Cumulative charges through June 30, 2026 were $58.4 million. The program is expected to deliver annual "
           "run-rate pre-tax savings of approximately $65 million when complete. Restructuring charges are not allocated "
           "to segment profit. The activity in the restructuring reserve, included in accrued and other current "
           "liabilities, was as follows:")
    C4r = [330, 400, 470, 540]
    hd = [[("Employee", C4r[0] - 20, F), ("Asset-", C4r[1] - 20, F), ("Other Exit", C4r[2] - 20, F), ("", C4r[3] - 20, F)],
          [("Severance", C4r[0] - 20, F), ("Related", C4r[1] - 20, F), ("Costs", C4r[2] - 20, F), ("Total", C4r[3] - 20, F)]]
    def rr(lab, arr, dollar=False, st=""):
        return (lab, [m(v, dollar) for v in arr] + [m(sum(arr), dollar)], st)
    rows = [("(in millions)", [], "i"),
            rr("Reserve balance at December 31, 2025", RS_OPEN, True),
            rr("Charges", RS_CHG),
            rr("Cash payments", RS_PAY),
            rr("Non-cash write-downs of property, plant and equipment", RS_NONCASH),
            rr("Foreign currency and other", RS_FX),
            rr("Reserve balance at June 30, 2026", RS_END, True, "dtot")]
    d.table(C4r, hd, rows)
    d.text("Charges recognized in the second quarter of 2026 were $14.8 million ($3.1 million in the second quarter of "
           "2025, under prior programs). Of the six-month 2026 charges, $16.9 million related to Frozen & Chilled "
           "facilities and $5.7 million to Consumer Health.")

    # ------------------------------------------------------------------ page 8 EPS + segments
    d.new_page()
    d.head("Note 7. Earnings Per Share", size=9.5)
    d.text("Basic earnings per share is computed by dividing net earnings by the weighted-average number of common shares "
           "outstanding. Diluted earnings per share also reflects the dilutive effect of stock options, restricted stock "
           "units and performance share units under the treasury stock method. The computations were:")
    rows = [("(in millions, except per share data)", [], "i"),
            r4("Net earnings", NE, True),
            r4("Weighted-average common shares outstanding, basic", BASIC),
            r4("Dilutive effect of share-based awards", DILEFF),
            r4("Weighted-average common shares outstanding, diluted", DIL, st="sub"),
            eps4("Basic earnings per share", EPSB, True),
            eps4("Diluted earnings per share", EPSD, True)]
    d.table(C4, H4("2026", "2025", C4), rows)
    d.text("Share-based awards covering 1.4 million and 1.1 million shares for the three months ended June 30, 2026 and "
           "2025, respectively, were excluded from diluted earnings per share because their effect would have been "
           "antidilutive.")
    d.head("Note 8. Segment Information", size=9.5)
    d.text("We manage the business in three reportable segments: Pantry & Snacks (soups, broths, baking mixes, crackers "
           "and nut snacks), Frozen & Chilled (frozen entrees, breakfast sandwiches, refrigerated dips and spreads) and "
           "Consumer Health (vitamins, minerals and supplements and over-the-counter digestive and sleep aids). Our chief "
           "operating decision maker, the Chief Executive Officer, evaluates performance using segment profit, which "
           "excludes restructuring and impairment charges, amortization of acquired intangible assets, corporate "
           "expenses, interest and non-service pension items. 2025 amounts are recast (see Note 1).")
    rows = [("Net sales:", [], "b")]
    rows += [r4("  " + s, SALES[s], k == 0) for k, s in enumerate(SEG)]
    rows += [r4("Total net sales", NS, True, "dtot"), ("Segment profit:", [], "b")]
    rows += [r4("  " + s, SEGP[s], k == 0) for k, s in enumerate(SEG)]
    rows += [r4("Total segment profit", SEGPT, st="sub"),
             r4("Corporate and unallocated expenses", [-v for v in CORP]),
             r4("Restructuring and impairment charges", [-v for v in RESTR]),
             r4("Amortization of acquired intangible assets", [-v for v in AMORT]),
             r4("Operating profit", OPI, st="sub"),
             r4("Interest expense, net", [-v for v in INTX]),
             r4("Non-service pension and other income (expense), net", [-v for v in OTHX]),
             r4("Earnings before income taxes", EBT, True, "dtot")]
    d.text("(in millions)", font="Times-Italic", size=8.5, gap=2)
    d.table(C4, H4("2026", "2025", C4), rows)

    # ------------------------------------------------------------------ page 9 segment cont.
    d.new_page()
    d.text("Note 8. Segment Information (continued)", font="Times-Bold", size=9.5)
    SEGDA = {"Pantry & Snacks": [373, 362, 742, 721], "Frozen & Chilled": [298, 281, 594, 557],
             "Consumer Health": [94, 81, 182, 158]}
    CORPDA = [DA[0] - sum(SEGDA[s][2] for s in SEG), DA[1] - sum(SEGDA[s][3] for s in SEG)]
    d.text("Depreciation and amortization by segment, including amortization of acquired intangible assets charged to "
           "the segment's acquired businesses, was:")
    rows = [r4(s, SEGDA[s], k == 0) for k, s in enumerate(SEG)]
    q2corp = 47  # corporate D&A quarter
    corp4 = [q2corp, 51, CORPDA[0], CORPDA[1]]
    rows += [r4("Corporate", corp4),
             r4("Total depreciation and amortization", [sum(SEGDA[s][i] for s in SEG) + corp4[i] for i in range(4)],
                True, "dtot")]
    d.text("(in millions)", font="Times-Italic", size=8.5, gap=2)
    d.table(C4, H4("2026", "2025", C4), rows)
    GEO = {"United States": [9412, 9018, 18574, 17906], "Canada": [1108, 1071, 2201, 2143]}
    GEO["International"] = [NS[i] - GEO["United States"][i] - GEO["Canada"][i] for i in range(4)]
    d.text("Net sales by geographic area, based on the location of the customer, were:")
    rows = [r4(g, GEO[g], k == 0) for k, g in enumerate(GEO)] + [r4("Total net sales", NS, True, "dtot")]
    d.text("(in millions)", font="Times-Italic", size=8.5, gap=2)
    d.table(C4, H4("2026", "2025", C4), rows)
    d.text("Walmart Inc. and its affiliates accounted for approximately 23% of consolidated net sales in the six months "
           "ended June 30, 2026 (22% in 2025), across all three segments.")
    d.head("Note 9. Income Taxes", size=9.5)
    d.text("The effective income tax rate was %s for the second quarter of 2026 compared with %s for the second quarter "
           "of 2025, and %s for the first six months of 2026 compared with %s for the prior-year period. The lower rate "
           "in 2026 reflects a favorable mix of earnings in lower-tax jurisdictions and a $3.4 million benefit from the "
           "settlement of a state income tax audit in the second quarter."
           % tuple(fp(TAX[i] / EBT[i] * 100) for i in range(4)))
    d.head("Note 10. Commitments and Contingencies", size=9.5)
    d.text("In April 2026 a putative class action was filed in the U.S. District Court for the District of Minnesota "
           "alleging that labeling of certain Consumer Health supplements overstated their absorption. We believe the "
           "claims are without merit and have not recorded a liability, as a loss is not probable and cannot be "
           "reasonably estimated.")

    # ------------------------------------------------------------------ page 10 MD&A overview
    d.new_page()
    d.head("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations")
    d.head("Overview", size=9.5)
    tb = total_bridge(0)
    tbh = total_bridge(1)
    gm = [GP[i] / NS[i] * 100 for i in range(4)]
    gm_bps = [round((gm[0] - gm[1]) * 100), round((gm[2] - gm[3]) * 100)]
    d.text("Net sales for the second quarter of 2026 increased %s to $%s million. Organic net sales, a non-GAAP measure "
           "that excludes the effects of foreign currency and the Brightleaf acquisition, grew %s, driven by pricing of "
           "%s points while volume/mix contributed %s points. Gross margin expanded %d basis points to %s, as "
           "productivity savings and pricing more than offset input cost inflation of roughly 4%% on proteins and "
           "packaging. Diluted earnings per share were $%.2f, compared with $%.2f in the prior-year quarter."
           % (fp(pct(NS[0], NS[1])), m(NS[0]), fp(tb["org"]), "{:.1f}".format(tb["pr"]),
              "{:.1f}".format(tb["vm"]), gm_bps[0], fp(half_up(gm[0])), EPSD[0], EPSD[1]))
    d.text("For full-year 2026 we continue to expect organic net sales growth of 3% to 4% and capital expenditures of "
           "approximately $310 million.")
    d.head("Results of Operations", size=9.5)
    C6m = [262, 318, 370, 440, 496, 548]
    hd = [[("Three Months Ended June 30,", (C6m[0] + C6m[2]) / 2 - 20, F),
           ("Six Months Ended June 30,", (C6m[3] + C6m[5]) / 2 - 20, F)],
          [("2026", C6m[0] - 20, F), ("2025", C6m[1] - 20, F), ("% Change", C6m[2] - 20, F),
           ("2026", C6m[3] - 20, F), ("2025", C6m[4] - 20, F), ("% Change", C6m[5] - 20, F)]]
    def r6(lab, arr, dollar=False, st=""):
        return (lab, [m(arr[0], dollar), m(arr[1], dollar), fp(pct(arr[0], arr[1])),
                      m(arr[2], dollar), m(arr[3], dollar), fp(pct(arr[2], arr[3]))], st)
    rows = [("(dollars in millions)", [], "i"),
            r6("Net sales", NS, True), r6("Cost of products sold", COS), r6("Gross profit", GP, st="sub"),
            ("  Gross margin", [fp(half_up(gm[0])), fp(half_up(gm[1])), "", fp(half_up(gm[2])), fp(half_up(gm[3])), ""], "i"),
            r6("Selling, general and administrative expenses", SGA),
            ("  As a percent of net sales", [fp(half_up(SGA[i] / NS[i] * 100)) for i in range(2)] + [""] +
             [fp(half_up(SGA[i] / NS[i] * 100)) for i in range(2, 4)] + [""], "i"),
            r6("Restructuring and impairment charges", RESTR),
            r6("Operating profit", OPI, st="sub"),
            r6("Net earnings", NE, True)]
    rows[-1] = rows[-1]
    d.table(C6m, hd, rows, label_w=190, size=8.2)
    d.text("Selling, general and administrative expenses rose %s in the quarter, mainly from higher advertising and "
           "consumer promotion (up $%s million) to support the Consumer Health relaunch of the Veriday vitamin line, and "
           "the inclusion of Brightleaf. Interest expense, net, increased $%s million in the quarter, reflecting the "
           "March 2026 notes issuance and higher commercial paper balances."
           % (fp(pct(SGA[0], SGA[1])), "7.9", m(INTX[0] - INTX[1])))

    # ------------------------------------------------------------------ page 11 segments + bridge
    d.new_page()
    d.head("Segment Results", size=9.5)
    d.text("The following table presents net sales and segment profit by segment (2025 recast, see Note 1 to the "
           "condensed consolidated financial statements):")
    rows = [("(dollars in millions)", [], "i"), ("Net sales", [], "b")]
    rows += [r6("  " + s, SALES[s], k == 0) for k, s in enumerate(SEG)]
    rows += [r6("Total", NS, True, "sub"), ("Segment profit", [], "b")]
    rows += [r6("  " + s, SEGP[s], k == 0) for k, s in enumerate(SEG)]
    rows += [("Segment profit margin", [], "b")]
    for s in SEG:
        sm = [SEGP[s][i] / SALES[s][i] * 100 for i in range(4)]
        rows.append(("  " + s, [fp(half_up(sm[0])), fp(half_up(sm[1])), "", fp(half_up(sm[2])), fp(half_up(sm[3])), ""], ""))
    d.table(C6m, hd, rows, label_w=190, size=8.2)
    d.text("The following table reconciles the reported change in net sales to organic net sales growth, a non-GAAP "
           "measure, for the three months ended June 30, 2026 compared with the prior-year quarter (percentage points):")
    C6b = [252, 310, 368, 426, 484, 546]
    hd2 = [[("Volume/", C6b[0] - 16, F), ("", C6b[1] - 16, F), ("Foreign", C6b[2] - 16, F), ("", C6b[3] - 16, F),
            ("Reported", C6b[4] - 16, F), ("Organic", C6b[5] - 16, F)],
           [("Mix", C6b[0] - 16, F), ("Price", C6b[1] - 16, F), ("Exchange", C6b[2] - 16, F),
            ("Acquisitions", C6b[3] - 16, F), ("Change", C6b[4] - 16, F), ("Growth", C6b[5] - 16, F)]]

    def brow(lab, bb, st=""):
        f = lambda x: fp(x) if abs(x) > 1e-9 else "\u2014"
        return (lab, [f(bb["vm"]), f(bb["pr"]), f(bb["fx"]), f(bb["acq"]), f(bb["rep"]), f(bb["org"])], st)
    rows = [brow(s, bridge(s, 0)) for s in SEG] + [brow("Total Halvecrest", tb, "sub")]
    d.table(C6b, hd2, rows, label_w=180, size=8.2)
    d.text("And for the six months ended June 30, 2026 compared with the first six months of 2025:")
    rows = [brow(s, bridge(s, 1)) for s in SEG] + [brow("Total Halvecrest", tbh, "sub")]
    d.table(C6b, hd2, rows, label_w=180, size=8.2)
    ps, fc, ch = (bridge(s, 0) for s in SEG)
    d.text("Pantry & Snacks net sales rose %s in the quarter as price realization of %s points offset lower volume/mix "
           "in crackers and baking mixes; segment profit increased %s. Frozen & Chilled grew %s organically on "
           "distribution gains for breakfast sandwiches, and segment profit increased $%s million despite start-up costs "
           "at the Joplin, Missouri plant. Consumer Health delivered the strongest growth: net sales increased %s, "
           "including %s points from Brightleaf, and segment profit margin widened to %s from %s."
           % (fp(ps["rep"]), "{:.1f}".format(ps["pr"]), fp(pct(SEGP[SEG[0]][0], SEGP[SEG[0]][1])), fp(fc["org"]),
              m(SEGP[SEG[1]][0] - SEGP[SEG[1]][1]), fp(ch["rep"]), "{:.1f}".format(ch["acq"]),
              fp(half_up(SEGP[SEG[2]][0] / SALES[SEG[2]][0] * 100)), fp(half_up(SEGP[SEG[2]][1] / SALES[SEG[2]][1] * 100))))

    # ------------------------------------------------------------------ page 12 liquidity
    d.new_page()
    d.head("Liquidity and Capital Resources", size=9.5)
    fcf = [CFO[i] + CAPEX[i] for i in range(2)]
    d.text("Our principal sources of liquidity are cash from operations, commercial paper and our $1.5 billion revolving "
           "credit facility. Cash and cash equivalents were $%s million at June 30, 2026, of which approximately $%s "
           "million was held outside the United States. We believe these sources are sufficient to fund operations, "
           "capital expenditures, dividends and scheduled debt maturities, including the $400.0 million of 3.150%% notes "
           "due in September 2026, which we intend to refinance." % (m(CASH_END[0]), "214.6"))
    C2l = [440, 540]
    hd = [[("Six Months Ended June 30,", (C2l[0] + C2l[1]) / 2 - 20, F)],
          [("2026", C2l[0] - 20, F), ("2025", C2l[1] - 20, F)]]
    rows = [("(in millions)", [], "i"),
            rc("Net cash provided by operating activities", CFO, True),
            rc("Net cash used in investing activities", CFI),
            rc("Net cash provided by (used in) financing activities", CFF),
            rc("Free cash flow (non-GAAP)", fcf, True, "sub")]
    d.table(C2l, hd, rows)
    d.text("Operating cash flow increased $%s million from the first six months of 2025, mainly on higher net earnings, "
           "partly offset by a larger seasonal build of trade receivables. We define free cash flow as net cash provided "
           "by operating activities less capital expenditures; capital expenditures were $%s million in the first six "
           "months of 2026 (%s of net sales), focused on the Joplin frozen plant expansion and automation under Project "
           "Keystone." % (m(CFO[0] - CFO[1]), m(-CAPEX[0]), fp(half_up(-CAPEX[0] / NS[2] * 100))))
    d.text("Financing. In the first six months of 2026 we paid dividends of $%s million and repurchased 2.0 million "
           "shares for $%s million. At June 30, 2026, $1,140.0 million remained available under the share repurchase "
           "authorization approved in February 2025. On July 22, 2026 the Board declared a quarterly dividend of $0.52 "
           "per share, payable September 15, 2026. Total debt, including short-term borrowings, was $%s million at June "
           "30, 2026 compared with $%s million at December 31, 2025."
           % (m(-DIVPAID[0]), m(-REPPAID[0]), m(TOTDEBT[0] + CP[0]), m(TOTDEBT[1] + CP[1])))
    d.head("Critical Accounting Estimates", size=9.5)
    d.text("There have been no material changes to our critical accounting estimates since our Annual Report on Form "
           "10-K for the year ended December 31, 2025.")

    # ------------------------------------------------------------------ page 13 items 3-6
    d.new_page()
    d.head("Item 3. Quantitative and Qualitative Disclosures About Market Risk", size=9.5)
    d.text("We are exposed to commodity price risk on wheat, dairy, proteins, vegetable oils and packaging, and to foreign "
           "currency risk principally on the Canadian dollar, the euro and the Mexican peso. A hypothetical 10% adverse "
           "change in the prices of commodities covered by our derivative contracts at June 30, 2026 would have reduced "
           "their fair value by approximately $23.7 million. There were no other material changes from the disclosures in "
           "our 2025 Annual Report on Form 10-K.")
    d.head("Item 4. Controls and Procedures", size=9.5)
    d.text("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and procedures "
           "were effective as of June 30, 2026. Brightleaf Botanicals has been excluded from the assessment of internal "
           "control over financial reporting, as permitted in the year of acquisition.")
    d.head("PART II. OTHER INFORMATION", size=9.5)
    d.head("Item 1A. Risk Factors", size=9.5)
    d.text("There have been no material changes to the risk factors disclosed in our 2025 Annual Report on Form 10-K.")
    d.head("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", size=9.5)
    d.text("Purchases of common stock during the second quarter of 2026:")
    C4p = [300, 372, 452, 540]
    hd = [[("Total Number", C4p[0] - 20, F), ("Average", C4p[1] - 20, F), ("Shares Purchased", C4p[2] - 34, F),
           ("Approximate Value", C4p[3] - 26, F)],
          [("of Shares", C4p[0] - 20, F), ("Price Paid", C4p[1] - 20, F), ("Under Publicly", C4p[2] - 34, F),
           ("That May Yet Be", C4p[3] - 26, F)],
          [("Purchased", C4p[0] - 20, F), ("per Share", C4p[1] - 20, F), ("Announced Program", C4p[2] - 34, F),
           ("Purchased ($ millions)", C4p[3] - 26, F)]]
    rows = [("April 1 - April 30, 2026", ["118,406", "$ 67.42", "118,406", "1,192.0"], ""),
            ("May 1 - May 31, 2026", ["402,117", "$ 65.88", "402,117", "1,165.5"], ""),
            ("June 1 - June 30, 2026", ["385,900", "$ 66.15", "385,900", "1,140.0"], ""),
            ("Total", ["906,423", "$ 66.20", "906,423", ""], "sub")]
    d.table(C4p, hd, rows)
    d.head("Item 6. Exhibits", size=9.5)
    d.text("31.1 and 31.2 Certifications of the Chief Executive Officer and Chief Financial Officer; 32 Section 1350 "
           "Certifications; 101 Inline XBRL documents.", size=9)
    d.head("SIGNATURES", size=9.5)
    d.text("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report "
           "to be signed on its behalf by the undersigned thereunto duly authorized.", size=9)
    d.text("HALVECREST BRANDS, INC.   By: /s/ Renata O. Vasquez-Hale, Executive Vice President and Chief Financial "
           "Officer   Date: July 30, 2026", size=9)
    d.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
