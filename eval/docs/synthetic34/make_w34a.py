# Long on purpose: generated test data.
"""Writer A, blind pair 34: an invented German industrial group's Q3 2026 interim report.

Wendelhorst Industrie SE (Mannheim) is invented, as are its divisions, managers, the
acquired Lindqvist Kabelteknik AB and every figure. All totals, margins, bridges and
roll-forwards are computed here from a few inputs and asserted before the PDF is drawn.

Run from the repository root:  PYTHONPATH=. python eval/docs/synthetic34/make_w34a.py
`build()` returns the printed rows and prose so the question script can quote them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
DOC = "WENDELHORST_2026Q3_INTERIM_REPORT.pdf"
CO = "Wendelhorst Industrie SE"

# Period keys: q3 = Q3 2026, q3p = Q3 2025, m9 = Q1-Q3 2026, m9p = Q1-Q3 2025, fy = FY 2025
P5 = ("q3", "q3p", "m9", "m9p", "fy")


def r1(x: float, nd: int = 1) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def z(*xs: float) -> float:
    return r1(sum(xs))


# ---------------------------------------------------------------- inputs (EUR million)
DIVS = ("Drive Technology", "Flow Solutions", "Grid Components")
REV = {
    "Drive Technology": (612.4, 588.1, 1834.7, 1741.2, 2362.9),
    "Flow Solutions": (431.8, 447.5, 1296.3, 1318.9, 1779.4),
    "Grid Components": (297.6, 251.3, 861.5, 716.4, 985.7),
    "cons": (-14.2, -12.9, -41.8, -38.5, -52.6),
}
OI = {
    "Drive Technology": (598.3, 603.7, 1901.2, 1788.5, 2410.6),
    "Flow Solutions": (465.2, 421.9, 1352.8, 1290.4, 1754.1),
    "Grid Components": (384.9, 262.4, 1043.7, 781.2, 1066.8),
    "cons": (-15.1, -13.4, -44.6, -39.7, -54.9),
}
BACKLOG = {  # 30 Sep 2026, 31 Dec 2025
    "Drive Technology": (1612.5, 1540.8),
    "Flow Solutions": (1287.4, 1236.2),
    "Grid Components": (1501.2, 1305.7),
    "cons": (-38.6, -36.1),
}
AEBITA = {
    "Drive Technology": (78.4, 71.9, 229.6, 206.1, 281.3),
    "Flow Solutions": (42.7, 48.2, 131.9, 142.6, 193.8),
    "Grid Components": (39.1, 27.6, 108.4, 76.8, 107.5),
    "cons": (-13.8, -12.6, -40.2, -37.9, -51.4),
}
SPECIAL = {  # expense positive
    "Restructuring and site consolidation": (18.6, 6.2, 41.3, 14.8, 27.9),
    "Acquisition and integration costs": (3.4, 0.9, 12.7, 2.1, 5.6),
    "Gain on disposal of businesses": (0.0, 0.0, -9.8, 0.0, 0.0),
    "Other special items": (1.1, 0.7, 2.3, 1.9, 4.2),
}
PPA = (9.7, 8.1, 28.4, 24.5, 32.9)  # amortisation of intangibles from purchase price allocations
DEP = (47.2, 44.6, 139.5, 132.8, 179.4)  # other depreciation, amortisation (incl. right-of-use)
# Income statement (q3, q3p, m9, m9p)
COS = (-921.4, -889.7, -2748.3, -2617.9)
SELL = (-148.9, -141.2, -443.6, -418.7)
RND = (-52.8, -49.6, -158.1, -147.3)
ADMIN = (-78.4, -72.1, -230.9, -214.6)
OOI = (9.6, 7.3, 34.5, 21.9)
FININC = (3.1, 2.4, 8.7, 7.5)
FINEXP = (-17.8, -15.2, -51.6, -44.9)
TAX = (-26.7, -28.9, -84.2, -83.0)
NCI = (1.8, 1.5, 5.3, 4.6)
SH_BASIC = (48.6, 49.2, 48.8, 49.2)  # weighted average shares, million
SH_DIL = (48.9, 49.5, 49.1, 49.5)
# Revenue bridge: (portfolio EUR m, currency EUR m) for Q3 and Q1-Q3
BRIDGE = {"q3": (18.7, -31.4), "m9": (33.1, -73.5)}
LINDQVIST_Q3, LINDQVIST_M9 = 24.8, 46.9
REGION_M9 = {  # revenue Q1-Q3 2026 by customer location, and growth vs Q1-Q3 2025 in %
    "Germany": (1086.4, 3.3),
    "Rest of Europe": (1244.6, 5.1),
    "Americas": (807.4, 4.3),
    "Asia/Pacific": (812.3, 11.6),
}
# Balance sheet: (30 Sep 2026, 31 Dec 2025)
BS_NCA = {
    "Goodwill": (1412.6, 1368.9),
    "Other intangible assets": (486.3, 471.5),
    "Property, plant and equipment": (1108.7, 1074.2),
    "Right-of-use assets": (212.4, 205.8),
    "Investments accounted for using the equity method": (64.1, 61.7),
    "Deferred tax assets": (118.9, 124.3),
    "Other non-current assets": (57.2, 53.6),
}
BS_CA = {
    "Inventories": (1046.8, 958.4),
    "Trade receivables": (912.5, 874.1),
    "Contract assets": (268.3, 231.9),
    "Income tax receivables": (21.4, 18.7),
    "Other current assets": (143.6, 129.2),
    "Cash and cash equivalents": (412.7, 538.6),
}
BS_EQ = {
    "Subscribed capital": (50.0, 50.0),
    "Capital reserve": (612.4, 612.4),
    "Retained earnings": (1874.3, 1781.6),
    "Treasury shares": (-68.5, -31.2),
    "Accumulated other comprehensive income": (-42.7, -18.9),
}
NCI_EQ = (38.6, 35.1)
BS_NCL = {
    "Provisions for pensions": (387.4, 402.8),
    "Non-current financial liabilities": (1084.6, 1036.2),
    "Non-current lease liabilities": (176.8, 171.3),
    "Other non-current provisions": (96.2, 91.5),
    "Deferred tax liabilities": (132.7, 128.4),
    "Other non-current liabilities": (24.9, 27.3),
}
BS_CL_FIXED = {
    "Current financial liabilities": (298.5, 214.7),
    "Current lease liabilities": (48.3, 46.9),
    "Trade payables": (684.2, 712.6),
    "Contract liabilities": (431.7, 402.3),
    "Current provisions": (168.4, 154.9),
    "Income tax liabilities": (57.3, 61.8),
}
DIVIDEND_PAID, DPS, BUYBACK, BUYBACK_SHARES = 129.7, 2.65, 37.3, 621400
# Cash flow (m9, m9p)
CF_OP = [
    ("Net income", None),
    ("Depreciation, amortisation and impairments", None),
    ("Income tax expense", None),
    ("Income taxes paid", (-91.6, -78.4)),
    ("Net interest result", None),
    ("Interest paid", (-38.7, -33.2)),
    ("Gain on disposal of businesses", (-9.8, 0.0)),
    ("Change in inventories", (-94.1, -71.3)),
    ("Change in trade receivables and contract assets", (-79.6, -88.2)),
    ("Change in trade payables and contract liabilities", (5.8, 31.6)),
    ("Change in provisions (incl. pensions)", (-6.9, 4.1)),
    ("Other non-cash items", (-3.4, 2.6)),
]
CF_INV = [
    ("Capital expenditure (property, plant and equipment, intangibles)", (-118.6, -104.3)),
    ("Proceeds from disposal of property, plant and equipment", (4.8, 3.9)),
    ("Acquisition of subsidiaries, net of cash acquired", (-146.2, -12.4)),
    ("Proceeds from disposal of businesses, net of cash disposed", (31.5, 0.0)),
    ("Interest received", (7.9, 6.8)),
]
CF_FIN = [
    ("Dividend paid to shareholders of Wendelhorst Industrie SE", (-DIVIDEND_PAID, -122.8)),
    ("Dividends paid to non-controlling interests", (-1.8, -1.5)),
    ("Purchase of treasury shares", (-BUYBACK, 0.0)),
    ("Proceeds from financial liabilities", (245.0, 60.0)),
    ("Repayment of financial liabilities", (-112.9, -98.4)),
    ("Repayment of lease liabilities", (-36.2, -34.1)),
]
CASH_BEGIN_PRIOR, FX_CASH = 471.7, (-36.8, -6.2)
FTE_DIV = {  # 30 Sep 2026, 31 Dec 2025
    "Drive Technology": (8914, 8760),
    "Flow Solutions": (6482, 6655),
    "Grid Components": (4736, 4102),
    "Corporate functions": (612, 598),
}
FTE_REG = {
    "Germany": (8203, 8150),
    "Rest of Europe": (5318, 5066),
    "Americas": (3641, 3497),
    "Asia/Pacific": (3582, 3402),
}
LINDQVIST_FTE, LINDQVIST_PRICE, LINDQVIST_CASH = 640, 152.4, 6.2
FOKUS_COST, FOKUS_SAVINGS = 85, 60
GUIDE = {  # (previous, narrowed)
    "organic": ((3.0, 6.0), (4.0, 5.0)),
    "margin": ((10.5, 11.5), (10.8, 11.2)),
    "fcf": ((230, 290), (250, 280)),
}


def derive() -> dict:
    d: dict = {}
    for name, tab in (("rev", REV), ("oi", OI), ("aebita", AEBITA)):
        d[name] = tuple(z(*(tab[k][i] for k in tab)) for i in range(5))
    d["backlog"] = tuple(z(*(BACKLOG[k][i] for k in BACKLOG)) for i in range(2))
    d["special"] = tuple(z(*(v[i] for v in SPECIAL.values())) for i in range(5))
    d["ebita"] = tuple(z(d["aebita"][i], -d["special"][i]) for i in range(5))
    d["ebit"] = tuple(z(d["ebita"][i], -PPA[i]) for i in range(5))
    d["ebitda"] = tuple(z(d["ebita"][i], DEP[i]) for i in range(5))
    d["aebitda"] = tuple(z(d["aebita"][i], DEP[i]) for i in range(5))
    d["da"] = tuple(z(PPA[i], DEP[i]) for i in range(5))
    rev4 = d["rev"][:4]
    d["gp"] = tuple(z(rev4[i], COS[i]) for i in range(4))
    pre = [z(d["gp"][i], SELL[i], RND[i], ADMIN[i], OOI[i]) for i in range(4)]
    d["ooe"] = tuple(z(d["ebit"][i], -pre[i]) for i in range(4))
    d["finres"] = tuple(z(FININC[i], FINEXP[i]) for i in range(4))
    d["ebt"] = tuple(z(d["ebit"][i], d["finres"][i]) for i in range(4))
    d["ni"] = tuple(z(d["ebt"][i], TAX[i]) for i in range(4))
    d["ni_sh"] = tuple(z(d["ni"][i], -NCI[i]) for i in range(4))
    d["eps"] = tuple(r1(d["ni_sh"][i] / SH_BASIC[i], 2) for i in range(4))
    d["eps_dil"] = tuple(r1(d["ni_sh"][i] / SH_DIL[i], 2) for i in range(4))
    for i in range(4):
        assert z(d["gp"][i], SELL[i], RND[i], ADMIN[i], OOI[i], d["ooe"][i]) == d["ebit"][i]
        assert d["ooe"][i] < 0
    # bridge
    d["bridge"] = {}
    for key, (cur, pri) in (("q3", (0, 1)), ("m9", (2, 3))):
        port, fx = BRIDGE[key]
        chg = z(d["rev"][cur], -d["rev"][pri])
        org = z(chg, -port, -fx)
        base = d["rev"][pri]
        pct = {k: r1(100 * v / base) for k, v in (("org", org), ("fx", fx), ("port", port), ("tot", chg))}
        assert r1(pct["org"] + pct["fx"] + pct["port"]) == pct["tot"], (key, pct)
        d["bridge"][key] = {"org": org, "fx": fx, "port": port, "tot": chg, "pct": pct}
    # balance sheet
    tot = lambda tab: tuple(z(*(v[i] for v in tab.values())) for i in range(2))  # noqa: E731
    d["nca"], d["ca"] = tot(BS_NCA), tot(BS_CA)
    d["ta"] = tuple(z(d["nca"][i], d["ca"][i]) for i in range(2))
    d["eq_sh"] = tot(BS_EQ)
    d["eq"] = tuple(z(d["eq_sh"][i], NCI_EQ[i]) for i in range(2))
    d["ncl"] = tot(BS_NCL)
    d["cl"] = tuple(z(d["ta"][i], -d["eq"][i], -d["ncl"][i]) for i in range(2))
    d["ocl"] = tuple(z(d["cl"][i], -sum(v[i] for v in BS_CL_FIXED.values())) for i in range(2))
    assert all(x > 0 for x in d["ocl"])
    d["tel"] = tuple(z(d["eq"][i], d["ncl"][i], d["cl"][i]) for i in range(2))
    assert d["tel"] == d["ta"]
    # retained earnings and treasury share roll-forward
    assert z(BS_EQ["Retained earnings"][1], d["ni_sh"][2], -DIVIDEND_PAID) == BS_EQ["Retained earnings"][0]
    assert z(BS_EQ["Treasury shares"][1], -BUYBACK) == BS_EQ["Treasury shares"][0]
    # net working capital, net financial debt
    g = lambda tab, k, i: tab[k][i]  # noqa: E731
    d["nwc"] = tuple(
        z(g(BS_CA, "Inventories", i), g(BS_CA, "Trade receivables", i), g(BS_CA, "Contract assets", i),
          -g(BS_CL_FIXED, "Trade payables", i), -g(BS_CL_FIXED, "Contract liabilities", i))
        for i in range(2)
    )
    d["ltm_rev"] = z(d["rev"][4], d["rev"][2], -d["rev"][3])
    d["ltm_aebitda"] = z(d["aebitda"][4], d["aebitda"][2], -d["aebitda"][3])
    d["nwc_pct"] = (r1(100 * d["nwc"][0] / d["ltm_rev"]), r1(100 * d["nwc"][1] / d["rev"][4]))
    d["gross_debt"] = tuple(
        z(g(BS_CL_FIXED, "Current financial liabilities", i), g(BS_NCL, "Non-current financial liabilities", i))
        for i in range(2)
    )
    d["leases"] = tuple(
        z(g(BS_CL_FIXED, "Current lease liabilities", i), g(BS_NCL, "Non-current lease liabilities", i))
        for i in range(2)
    )
    d["nfd"] = tuple(z(d["gross_debt"][i], d["leases"][i], -g(BS_CA, "Cash and cash equivalents", i)) for i in range(2))
    d["leverage"] = (r1(d["nfd"][0] / d["ltm_aebitda"]), r1(d["nfd"][1] / d["aebitda"][4]))
    d["eq_ratio"] = tuple(r1(100 * d["eq"][i] / d["ta"][i]) for i in range(2))
    # cash flow
    auto = {
        "Net income": (d["ni"][2], d["ni"][3]),
        "Depreciation, amortisation and impairments": (d["da"][2], d["da"][3]),
        "Income tax expense": (-TAX[2], -TAX[3]),
        "Net interest result": (-d["finres"][2], -d["finres"][3]),
    }
    d["cf_op"] = [(lab, v if v is not None else auto[lab]) for lab, v in CF_OP]
    d["ocf"] = tuple(z(*(v[i] for _, v in d["cf_op"])) for i in range(2))
    d["icf"] = tuple(z(*(v[i] for _, v in CF_INV)) for i in range(2))
    d["fcf_fin"] = tuple(z(*(v[i] for _, v in CF_FIN)) for i in range(2))
    d["netchg"] = tuple(z(d["ocf"][i], d["icf"][i], d["fcf_fin"][i]) for i in range(2))
    cash_begin = (BS_CA["Cash and cash equivalents"][1], CASH_BEGIN_PRIOR)
    d["cash_begin"] = cash_begin
    d["cash_end"] = tuple(z(cash_begin[i], d["netchg"][i], FX_CASH[i]) for i in range(2))
    assert d["cash_end"][0] == BS_CA["Cash and cash equivalents"][0], d["cash_end"]
    capex = CF_INV[0][1]
    disp = CF_INV[1][1]
    d["fcf"] = tuple(z(d["ocf"][i], capex[i], disp[i]) for i in range(2))
    assert d["ocf"][0] > 0 and d["fcf"][0] > 0
    # headcount
    d["fte"] = tuple(sum(v[i] for v in FTE_DIV.values()) for i in range(2))
    assert d["fte"] == tuple(sum(v[i] for v in FTE_REG.values()) for i in range(2))
    assert r1(sum(v[0] for v in REGION_M9.values())) == d["rev"][2]
    assert r1(LINDQVIST_PRICE - LINDQVIST_CASH) == -CF_INV[2][1][0]
    assert r1(-BUYBACK * 1e6 / BUYBACK_SHARES, 2) < 0
    assert r1(DIVIDEND_PAID / DPS) == 48.9
    return d


# ---------------------------------------------------------------- formatting
def f(x: float | None, nd: int = 1) -> str:
    if x is None:
        return "–"
    s = f"{abs(x):,.{nd}f}"
    return f"({s})" if x < 0 else s


def pct(a: float, b: float) -> str:
    if b <= 0 or a <= 0:
        return "n.m."
    v = r1(100 * (a / b - 1))
    return f"{v:+.1f}%"


def pp(a: float, b: float) -> str:
    v = r1(a - b)
    return f"{v:+.1f} pp"


def margin(a: float, b: float) -> float:
    return r1(100 * a / b)


# ---------------------------------------------------------------- drawing
W, H = A4
LM, RM = 46, W - 46


class Doc:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(f"{CO} – Interim Report Q1–Q3 2026")
        self.c.setAuthor(CO)
        self.page = 0
        self.rows: dict[int, list[tuple[str, list[str]]]] = {}
        self.prose: dict[int, list[str]] = {}
        self.y = 0.0

    def new_page(self, section: str) -> None:
        if self.page:
            assert self.y > 46, (self.page, self.y)
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 8)
        c.drawString(LM, H - 30, f"{CO}  |  Quarterly Statement Q3 2026")
        c.drawRightString(RM, H - 30, section)
        c.line(LM, H - 34, RM, H - 34)
        c.line(LM, 40, RM, 40)
        c.drawString(LM, 28, "Interim report as of 30 September 2026 (unaudited)")
        c.drawRightString(RM, 28, f"Page {self.page}")
        self.rows[self.page] = []
        self.prose[self.page] = []
        self.y = H - 62

    def heading(self, text: str, size: int = 13) -> None:
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(LM, self.y, text)
        self.y -= size + 8

    def para(self, text: str, size: float = 9.5, lead: float = 12.6) -> None:
        self.c.setFont("Helvetica", size)
        for line in simpleSplit(text, "Helvetica", size, RM - LM):
            self.c.drawString(LM, self.y, line)
            self.y -= lead
        self.y -= 6
        self.prose[self.page].append(text)

    def note(self, text: str) -> None:
        self.c.setFont("Helvetica-Oblique", 7.5)
        for line in simpleSplit(text, "Helvetica-Oblique", 7.5, RM - LM):
            self.c.drawString(LM, self.y, line)
            self.y -= 9.5
        self.y -= 4

    def table(self, title: str | None, scale: str | None, heads: list[str], xs: list[float],
              rows: list[tuple[str, list[str]] | tuple[str, list[str], bool]], size: float = 8.2) -> None:
        c = self.c
        if title:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(LM, self.y, title)
            self.y -= 12
        if scale:
            c.setFont("Helvetica-Oblique", 7.8)
            c.drawString(LM, self.y, scale)
            self.y -= 12
        c.setFont("Helvetica-Bold", size)
        for h, x in zip(heads, xs):
            c.drawRightString(x, self.y, h)
        self.y -= 3
        c.line(LM, self.y, RM, self.y)
        self.y -= 10.5
        for row in rows:
            label, cells = row[0], row[1]
            bold = len(row) > 2 and row[2]
            font = "Helvetica-Bold" if bold else "Helvetica"
            c.setFont(font, size)
            c.drawString(LM, self.y, label)
            for cell, x in zip(cells, xs):
                c.drawRightString(x, self.y, cell)
            if bold:
                c.line(LM, self.y + 8.5, RM, self.y + 8.5)
            self.y -= 11
            self.rows[self.page].append((label, list(cells)))
        self.y -= 8

    def save(self) -> None:
        self.c.save()


X6 = [282, 334, 383, 441, 497, 549]
X7 = [258, 306, 350, 404, 456, 503, 549]
X2 = [470, 549]


def build(write: bool = True) -> dict:
    d = derive()
    rev, oi, ae = d["rev"], d["oi"], d["aebita"]
    doc = Doc(OUT / DOC)
    H6 = ["Q3 2026", "Q3 2025", "Change", "Q1–Q3 2026", "Q1–Q3 2025", "Change"]
    H7 = ["Q3 2026", "Q3 2025", "Change", "Q1–Q3 2026", "Q1–Q3 2025", "Change", "FY 2025"]
    mg = [margin(ae[i], rev[i]) for i in range(5)]
    bq3, bm9 = d["bridge"]["q3"], d["bridge"]["m9"]
    btb = [r1(oi[i] / rev[i], 2) for i in range(5)]

    # ---------------- page 1: cover and key figures
    doc.new_page("Key figures")
    c = doc.c
    c.setFont("Helvetica-Bold", 20)
    c.drawString(LM, doc.y - 10, CO)
    c.setFont("Helvetica", 13)
    c.drawString(LM, doc.y - 32, "Quarterly Statement for the third quarter and the first nine months of 2026")
    c.setFont("Helvetica", 9)
    c.drawString(LM, doc.y - 48, "Mannheim, 5 November 2026  |  Listed on the Frankfurt Stock Exchange (Prime Standard)")
    doc.y -= 80
    doc.para(
        f"Orders up {pct(oi[0], oi[1])[1:]} in the quarter, book-to-bill of {btb[0]:.2f}. Organic revenue growth of "
        f"{bq3['pct']['org']:.1f}% in Q3. Adjusted EBITA margin improves to {mg[0]:.1f}%. Guidance for 2026 narrowed."
    )
    doc.table(
        "Key figures", "(in EUR million, except per share data, book-to-bill and where stated otherwise)", H6, X6,
        [
            ("Order intake", [f(oi[0]), f(oi[1]), pct(oi[0], oi[1]), f(oi[2]), f(oi[3]), pct(oi[2], oi[3])]),
            ("Revenue", [f(rev[0]), f(rev[1]), pct(rev[0], rev[1]), f(rev[2]), f(rev[3]), pct(rev[2], rev[3])]),
            ("Book-to-bill ratio", [f"{btb[0]:.2f}", f"{btb[1]:.2f}", "", f"{btb[2]:.2f}", f"{btb[3]:.2f}", ""]),
            ("Organic revenue growth (%)", [f"{bq3['pct']['org']:.1f}", "3.1", "", f"{bm9['pct']['org']:.1f}", "2.4", ""]),
            ("EBITDA", [f(d["ebitda"][0]), f(d["ebitda"][1]), pct(d["ebitda"][0], d["ebitda"][1]),
                        f(d["ebitda"][2]), f(d["ebitda"][3]), pct(d["ebitda"][2], d["ebitda"][3])]),
            ("Adjusted EBITA", [f(ae[0]), f(ae[1]), pct(ae[0], ae[1]), f(ae[2]), f(ae[3]), pct(ae[2], ae[3])]),
            ("Adjusted EBITA margin (%)", [f"{mg[0]:.1f}", f"{mg[1]:.1f}", pp(mg[0], mg[1]), f"{mg[2]:.1f}",
                                           f"{mg[3]:.1f}", pp(mg[2], mg[3])]),
            ("EBIT", [f(d["ebit"][0]), f(d["ebit"][1]), pct(d["ebit"][0], d["ebit"][1]), f(d["ebit"][2]),
                      f(d["ebit"][3]), pct(d["ebit"][2], d["ebit"][3])]),
            ("Net income", [f(d["ni"][0]), f(d["ni"][1]), pct(d["ni"][0], d["ni"][1]), f(d["ni"][2]),
                            f(d["ni"][3]), pct(d["ni"][2], d["ni"][3])]),
            ("Earnings per share, basic (EUR)", [f(d["eps"][0], 2), f(d["eps"][1], 2), pct(d["eps"][0], d["eps"][1]),
                                                 f(d["eps"][2], 2), f(d["eps"][3], 2), pct(d["eps"][2], d["eps"][3])]),
            ("Free cash flow", ["–", "–", "", f(d["fcf"][0]), f(d["fcf"][1]), pct(d["fcf"][0], d["fcf"][1])]),
        ],
    )
    doc.table(
        None, "(in EUR million, except employees)", ["30 Sep 2026", "31 Dec 2025"], X2,
        [
            ("Order backlog", [f(d["backlog"][0]), f(d["backlog"][1])]),
            ("Net working capital", [f(d["nwc"][0]), f(d["nwc"][1])]),
            ("Net financial debt", [f(d["nfd"][0]), f(d["nfd"][1])]),
            ("Equity ratio (%)", [f"{d['eq_ratio'][0]:.1f}", f"{d['eq_ratio'][1]:.1f}"]),
            ("Employees (FTE)", [f"{d['fte'][0]:,}", f"{d['fte'][1]:,}"]),
        ],
    )
    doc.note("Free cash flow is reported for the nine-month period only. Adjusted EBITA excludes special items; "
             "see the reconciliation on page 4. Changes are calculated from the figures as shown.")

    # ---------------- page 2: CEO letter
    doc.new_page("Letter to shareholders")
    doc.heading("Letter from the Chief Executive Officer")
    doc.para("Dear shareholders,")
    doc.para(
        f"the third quarter confirmed that our portfolio is moving in the right direction. Wendelhorst booked orders of "
        f"EUR {f(oi[0])} million between July and September, and at group level order intake clearly exceeded revenue "
        f"for the first time in two years: the book-to-bill ratio reached "
        f"{btb[0]:.2f}. Revenue came to EUR {f(rev[0])} million, an increase of {pct(rev[0], rev[1])[1:]} on a reported "
        f"basis. Adjusted for currency and portfolio effects, revenue grew by {bq3['pct']['org']:.1f}%, and for the "
        f"first nine months organic growth stands at {bm9['pct']['org']:.1f}%."
    )
    doc.para(
        f"Profitability improved as well. Adjusted EBITA rose to EUR {f(ae[0])} million in the quarter, and the "
        f"adjusted EBITA margin widened to {mg[0]:.1f}% from {mg[1]:.1f}% a year earlier. On a reported basis, EBIT was "
        f"EUR {f(d['ebit'][0])} million compared with EUR {f(d['ebit'][1])} million, because special items of "
        f"EUR {f(d['special'][0])} million, most of them for our Fokus 2027 restructuring programme, weighed on the result. "
        f"Net income for the quarter was EUR {f(d['ni'][0])} million, after EUR {f(d['ni'][1])} million in the third "
        f"quarter of 2025, and basic earnings per share came to EUR {d['eps'][0]:.2f}."
    )
    doc.para(
        "Grid Components is where the momentum is strongest. Utilities and transmission operators in Europe keep "
        f"ordering switchgear and cable accessories, and the division's order intake jumped {pct(OI['Grid Components'][0], OI['Grid Components'][1])[1:]} "
        f"to EUR {f(OI['Grid Components'][0])} million in the quarter. Lindqvist Kabelteknik AB in Sweden, which we "
        f"took over on 1 April 2026, is integrating faster than planned. Drive Technology delivered steady growth with "
        f"improved margins. Flow Solutions had a weaker quarter on the revenue side, but its orders recovered by "
        f"{pct(OI['Flow Solutions'][0], OI['Flow Solutions'][1])[1:]}, which gives us confidence for 2027."
    )
    doc.para(
        f"Fokus 2027 is on track. The programme bundles production of gear units at fewer sites and simplifies our "
        f"administrative set-up. We expect total one-off costs of around EUR {FOKUS_COST} million over the life of the "
        f"programme and annual savings of EUR {FOKUS_SAVINGS} million from the end of 2027 onwards. In the first nine months "
        f"of 2026 we booked EUR {f(SPECIAL['Restructuring and site consolidation'][2])} million of restructuring expenses."
    )
    doc.para(
        f"Cash generation was held back by higher inventories for the large grid orders we will deliver in the coming "
        f"quarters. Free cash flow for the first nine months amounted to EUR {f(d['fcf'][0])} million, against "
        f"EUR {f(d['fcf'][1])} million a year ago. With the outlook for the remainder of the year now clearer, we have "
        f"narrowed our 2026 guidance: we now expect organic revenue growth of {GUIDE['organic'][1][0]:.0f}% to "
        f"{GUIDE['organic'][1][1]:.0f}% and an adjusted EBITA margin of {GUIDE['margin'][1][0]:.1f}% to "
        f"{GUIDE['margin'][1][1]:.1f}%."
    )
    doc.para("I would like to thank our employees for their commitment, and you, our shareholders, for your trust.")
    doc.para("Dr. Annika Vossberg, Chief Executive Officer")

    # ---------------- page 3: orders, revenue bridge, regions
    doc.new_page("Business performance")
    doc.heading("Business performance of the group")
    doc.para(
        f"Order intake in the third quarter rose to EUR {f(oi[0])} million (Q3 2025: EUR {f(oi[1])} million). In the "
        f"first nine months orders reached EUR {f(oi[2])} million, {pct(oi[2], oi[3])[1:]} more than in the same period "
        f"of the prior year. The book-to-bill ratio was {btb[0]:.2f} in the quarter and {btb[2]:.2f} for the nine months. "
        f"The order backlog grew to EUR {f(d['backlog'][0])} million at 30 September 2026, up from "
        f"EUR {f(d['backlog'][1])} million at the end of 2025; roughly two thirds of it is expected to turn into revenue "
        f"within the next twelve months."
    )
    doc.table(
        "Revenue bridge", "(in EUR million)", ["Q3", "in %", "Q1–Q3", "in %"], [330, 390, 480, 549],
        [
            ("Revenue prior-year period", [f(rev[1]), "", f(rev[3]), ""]),
            ("Organic change", [f(bq3["org"]), f"{bq3['pct']['org']:.1f}", f(bm9["org"]), f"{bm9['pct']['org']:.1f}"]),
            ("Currency effects", [f(bq3["fx"]), f"{bq3['pct']['fx']:.1f}", f(bm9["fx"]), f"{bm9['pct']['fx']:.1f}"]),
            ("Portfolio effects", [f(bq3["port"]), f"{bq3['pct']['port']:.1f}", f(bm9["port"]), f"{bm9['pct']['port']:.1f}"]),
            ("Revenue current period", [f(rev[0]), f"{bq3['pct']['tot']:.1f}", f(rev[2]), f"{bm9['pct']['tot']:.1f}"], True),
        ],
    )
    doc.para(
        f"Currency translation reduced revenue by EUR {f(-bq3['fx'])} million in the quarter, mainly because of the "
        f"weaker US dollar and Chinese renminbi. The portfolio effect of EUR {f(bq3['port'])} million combines the "
        f"first-time consolidation of Lindqvist Kabelteknik, which added EUR {f(LINDQVIST_Q3)} million, and the sale of "
        f"the Brazilian valve service business in February 2026, which removed EUR {f(r1(LINDQVIST_Q3 - bq3['port']))} million."
    )
    ra, rb = REGION_M9["Asia/Pacific"], REGION_M9["Americas"]
    doc.para(
        f"By region, revenue in the first nine months was EUR {f(REGION_M9['Germany'][0])} million in Germany "
        f"(+{REGION_M9['Germany'][1]:.1f}%) and EUR {f(REGION_M9['Rest of Europe'][0])} million in the rest of Europe "
        f"(+{REGION_M9['Rest of Europe'][1]:.1f}%). The Americas contributed EUR {f(rb[0])} million (+{rb[1]:.1f}%). "
        f"Asia/Pacific was again the fastest-growing region, with revenue up {ra[1]:.1f}% to EUR {f(ra[0])} million, "
        f"driven by Drive Technology projects in India and Vietnam. All regional growth rates are reported in euros."
    )
    doc.para(
        f"Gross profit for the quarter increased to EUR {f(d['gp'][0])} million (Q3 2025: EUR {f(d['gp'][1])} million). "
        f"Research and development expenses amounted to EUR {f(-RND[2])} million in the first nine months, or "
        f"{margin(-RND[2], rev[2]):.1f}% of revenue."
    )

    # ---------------- page 4: earnings and reconciliation
    doc.new_page("Results of operations")
    doc.heading("Results of operations")
    doc.para(
        f"EBITDA amounted to EUR {f(d['ebitda'][0])} million in the third quarter (Q3 2025: EUR {f(d['ebitda'][1])} "
        f"million) and to EUR {f(d['ebitda'][2])} million in the first nine months. Adjusted EBITA, our key earnings "
        f"measure, reached EUR {f(ae[2])} million for the nine months, corresponding to a margin of {mg[2]:.1f}% "
        f"(prior year: {mg[3]:.1f}%). Special items in the quarter totalled EUR {f(d['special'][0])} million, compared "
        f"with EUR {f(d['special'][1])} million a year earlier; for the nine months they came to EUR {f(d['special'][2])} "
        f"million, net of a EUR {f(-SPECIAL['Gain on disposal of businesses'][2])} million gain from the sale of the "
        f"Brazilian valve service business."
    )
    rec_rows = [("EBIT", [f(d["ebit"][i]) for i in range(5)], True),
                ("Amortisation of intangible assets from purchase price allocations", [f(x) for x in PPA]),
                ("EBITA", [f(d["ebita"][i]) for i in range(5)], True)]
    rec_rows += [(k, [f(x) if x else "–" for x in v]) for k, v in SPECIAL.items()]
    rec_rows += [("Total special items", [f(x) for x in d["special"]]),
                 ("Adjusted EBITA", [f(x) for x in ae], True),
                 ("Adjusted EBITA margin (%)", [f"{x:.1f}" for x in mg]),
                 ("Depreciation and amortisation (excluding purchase price allocations)", [f(x) for x in DEP]),
                 ("EBITDA", [f(x) for x in d["ebitda"]], True)]
    doc.table("Reconciliation of EBIT to adjusted EBITA and EBITDA", "(in EUR million)",
              ["Q3 2026", "Q3 2025", "Q1–Q3 2026", "Q1–Q3 2025", "FY 2025"], [349, 399, 449, 499, 549], rec_rows, size=7.8)
    doc.para(
        "Special items comprise expenses and income that, by their nature or size, distort the assessment of the "
        "operating performance: restructuring and site consolidation, costs related to acquisitions and their integration, "
        "and gains or losses from disposals of businesses. EBITDA is defined as EBITA plus depreciation and amortisation "
        "other than that resulting from purchase price allocations; special items are not added back to EBITDA."
    )
    doc.para(
        f"The financial result was a net expense of EUR {f(-d['finres'][2])} million in the first nine months (prior year: "
        f"EUR {f(-d['finres'][3])} million); the higher interest expense reflects the bridge loan taken up for the Lindqvist "
        f"acquisition. The effective tax rate was {margin(-TAX[2], d['ebt'][2]):.1f}% (prior year: "
        f"{margin(-TAX[3], d['ebt'][3]):.1f}%). Net income for the nine months came to EUR {f(d['ni'][2])} million, and "
        f"basic earnings per share were EUR {d['eps'][2]:.2f} after EUR {d['eps'][3]:.2f}."
    )

    # ---------------- page 5-6: divisions
    def div_rows(name: str, extra_fte: bool = True) -> list:
        o, r, a = OI[name], REV[name], AEBITA[name]
        m = [margin(a[i], r[i]) for i in range(5)]
        b = [r1(o[i] / r[i], 2) for i in range(5)]
        return [
            ("Order intake", [f(o[0]), f(o[1]), pct(o[0], o[1]), f(o[2]), f(o[3]), pct(o[2], o[3]), f(o[4])]),
            ("Revenue", [f(r[0]), f(r[1]), pct(r[0], r[1]), f(r[2]), f(r[3]), pct(r[2], r[3]), f(r[4])]),
            ("Book-to-bill ratio", [f"{b[0]:.2f}", f"{b[1]:.2f}", "", f"{b[2]:.2f}", f"{b[3]:.2f}", "", f"{b[4]:.2f}"]),
            ("Adjusted EBITA", [f(a[0]), f(a[1]), pct(a[0], a[1]), f(a[2]), f(a[3]), pct(a[2], a[3]), f(a[4])]),
            ("Adjusted EBITA margin (%)", [f"{m[0]:.1f}", f"{m[1]:.1f}", pp(m[0], m[1]), f"{m[2]:.1f}", f"{m[3]:.1f}",
                                           pp(m[2], m[3]), f"{m[4]:.1f}"]),
        ]

    doc.new_page("Divisions")
    doc.heading("Development of the divisions")
    doc.table("Drive Technology", "(in EUR million)", H7, X7, div_rows("Drive Technology"))
    dt = "Drive Technology"
    doc.para(
        f"Drive Technology (industrial gear units, geared motors and drive electronics) increased revenue by "
        f"{pct(REV[dt][0], REV[dt][1])[1:]} to EUR {f(REV[dt][0])} million in the quarter. Orders were slightly below "
        f"the strong prior-year quarter, which had included a EUR 41 million mining conveyor order in Chile. The order "
        f"backlog of the division stood at EUR {f(BACKLOG[dt][0])} million at 30 September 2026 (31 December 2025: "
        f"EUR {f(BACKLOG[dt][1])} million). Price increases and the first savings from Fokus 2027 lifted the adjusted "
        f"EBITA margin to {margin(AEBITA[dt][0], REV[dt][0]):.1f}%."
    )
    fs = "Flow Solutions"
    doc.table("Flow Solutions", "(in EUR million)", H7, X7, div_rows(fs))
    doc.para(
        f"Flow Solutions (industrial pumps, valves and the related service) saw revenue decline by "
        f"{pct(REV[fs][0], REV[fs][1])[1:]} to EUR {f(REV[fs][0])} million, partly because the Brazilian valve service "
        f"business is no longer included. Order intake, by contrast, rose to EUR {f(OI[fs][0])} million on large orders "
        f"from the water and chemicals industries. Lower capacity utilisation in the valve plants reduced the adjusted "
        f"EBITA margin to {margin(AEBITA[fs][0], REV[fs][0]):.1f}% (Q3 2025: {margin(AEBITA[fs][1], REV[fs][1]):.1f}%). "
        f"The backlog amounted to EUR {f(BACKLOG[fs][0])} million at the end of September."
    )

    doc.new_page("Divisions")
    gc = "Grid Components"
    doc.table("Grid Components", "(in EUR million)", H7, X7, div_rows(gc))
    gc_org = r1(100 * ((REV[gc][0] - LINDQVIST_Q3) / REV[gc][1] - 1))
    doc.para(
        f"Grid Components (medium-voltage switchgear, transformer components and cable accessories) was the growth "
        f"engine of the group. Revenue rose {pct(REV[gc][0], REV[gc][1])[1:]} to EUR {f(REV[gc][0])} million, of which "
        f"Lindqvist Kabelteknik contributed EUR {f(LINDQVIST_Q3)} million. Order intake reached EUR {f(OI[gc][0])} million, "
        f"a book-to-bill ratio of {r1(OI[gc][0] / REV[gc][0], 2):.2f}, and the division's backlog climbed to "
        f"EUR {f(BACKLOG[gc][0])} million (31 December 2025: EUR {f(BACKLOG[gc][1])} million). Adjusted EBITA improved "
        f"to EUR {f(AEBITA[gc][0])} million, a margin of {margin(AEBITA[gc][0], REV[gc][0]):.1f}%."
    )
    doc.para(
        f"Lindqvist Kabelteknik AB, based in Ludvika, Sweden, was acquired on 1 April 2026 for a purchase price of "
        f"EUR {f(LINDQVIST_PRICE)} million, including cash acquired of EUR {f(LINDQVIST_CASH)} million. The company brings "
        f"around {LINDQVIST_FTE} employees and contributed revenue of EUR {f(LINDQVIST_M9)} million since its first-time "
        f"consolidation."
    )
    doc.table(
        "Corporate functions and consolidation", "(in EUR million)", H7, X7,
        [
            ("Revenue (consolidation)", [f(REV["cons"][0]), f(REV["cons"][1]), "", f(REV["cons"][2]), f(REV["cons"][3]),
                                         "", f(REV["cons"][4])]),
            ("Adjusted EBITA", [f(AEBITA["cons"][0]), f(AEBITA["cons"][1]), "", f(AEBITA["cons"][2]),
                                f(AEBITA["cons"][3]), "", f(AEBITA["cons"][4])]),
        ],
    )
    doc.table(
        "Order backlog by division", "(in EUR million)", ["30 Sep 2026", "31 Dec 2025", "Change"], [420, 485, 549],
        [(k if k != "cons" else "Consolidation", [f(v[0]), f(v[1]), pct(v[0], v[1]) if v[0] > 0 else ""]) for k, v in BACKLOG.items()]
        + [("Group", [f(d["backlog"][0]), f(d["backlog"][1]), pct(d["backlog"][0], d["backlog"][1])], True)],
    )
    doc.para(
        "Corporate functions comprise the holding company in Mannheim, group treasury and the shared service centre in "
        "Wroclaw. Consolidation mainly eliminates deliveries of drive units from Drive Technology to Flow Solutions."
    )

    # ---------------- page 7: net assets, NWC, NFD
    doc.new_page("Net assets and financial position")
    doc.heading("Net assets")
    doc.para(
        f"Total assets increased to EUR {f(d['ta'][0])} million at 30 September 2026 (31 December 2025: "
        f"EUR {f(d['ta'][1])} million), mainly as a result of the Lindqvist acquisition and higher inventories. Equity "
        f"rose to EUR {f(d['eq'][0])} million; the dividend of EUR {DPS:.2f} per share paid in May, totalling "
        f"EUR {f(DIVIDEND_PAID)} million, and the share buyback partly offset the net income for the period. The equity "
        f"ratio was {d['eq_ratio'][0]:.1f}% after {d['eq_ratio'][1]:.1f}% at the end of 2025."
    )
    nwc_items = [("Inventories", BS_CA), ("Trade receivables", BS_CA), ("Contract assets", BS_CA),
                 ("Trade payables", BS_CL_FIXED), ("Contract liabilities", BS_CL_FIXED)]
    doc.table(
        "Net working capital", "(in EUR million)", ["30 Sep 2026", "31 Dec 2025"], X2,
        [(k, [f(tab[k][0] * (1 if tab is BS_CA else -1)), f(tab[k][1] * (1 if tab is BS_CA else -1))]) for k, tab in nwc_items]
        + [("Net working capital", [f(d["nwc"][0]), f(d["nwc"][1])], True),
           ("Net working capital in % of revenue (last twelve months)", [f"{d['nwc_pct'][0]:.1f}", f"{d['nwc_pct'][1]:.1f}"])],
    )
    doc.para(
        f"Net working capital rose by EUR {f(r1(d['nwc'][0] - d['nwc'][1]))} million compared with the end of 2025. "
        f"Inventories were built up ahead of deliveries for grid projects in the fourth quarter, while trade payables "
        f"fell seasonally. Revenue for the last twelve months, the basis for the ratio, was EUR {f(d['ltm_rev'])} million."
    )
    doc.table(
        "Net financial debt", "(in EUR million)", ["30 Sep 2026", "31 Dec 2025"], X2,
        [
            ("Non-current financial liabilities", [f(BS_NCL["Non-current financial liabilities"][0]), f(BS_NCL["Non-current financial liabilities"][1])]),
            ("Current financial liabilities", [f(BS_CL_FIXED["Current financial liabilities"][0]), f(BS_CL_FIXED["Current financial liabilities"][1])]),
            ("Lease liabilities", [f(d["leases"][0]), f(d["leases"][1])]),
            ("Cash and cash equivalents", [f(-BS_CA["Cash and cash equivalents"][0]), f(-BS_CA["Cash and cash equivalents"][1])]),
            ("Net financial debt", [f(d["nfd"][0]), f(d["nfd"][1])], True),
            ("Adjusted EBITDA (last twelve months)", [f(d["ltm_aebitda"]), f(d["aebitda"][4])]),
            ("Leverage ratio (net financial debt / adjusted EBITDA)", [f"{d['leverage'][0]:.1f}x", f"{d['leverage'][1]:.1f}x"]),
        ],
    )
    doc.para(
        f"Net financial debt increased to EUR {f(d['nfd'][0])} million, chiefly because of the Lindqvist purchase price, "
        f"the dividend and the share buyback. Pension provisions of EUR {f(BS_NCL['Provisions for pensions'][0])} million "
        f"are not included in net financial debt. The leverage ratio of {d['leverage'][0]:.1f}x remains well within our "
        f"ceiling of 2.5x. In June we drew EUR 150.0 million under a bridge facility, which we intend to refinance with a "
        f"Schuldschein loan in the first quarter of 2027."
    )

    # ---------------- page 8: cash flow narrative, buyback, employees
    doc.new_page("Net assets and financial position")
    doc.heading("Financial position")
    capex = -CF_INV[0][1][0]
    doc.para(
        f"Cash flow from operating activities was EUR {f(d['ocf'][0])} million in the first nine months, after "
        f"EUR {f(d['ocf'][1])} million in the prior-year period; the build-up of inventories and receivables tied up "
        f"EUR {f(r1(-CF_OP[7][1][0] - CF_OP[8][1][0]))} million. Capital expenditure on property, plant and equipment and "
        f"intangible assets rose to EUR {f(capex)} million (prior year: EUR {f(-CF_INV[0][1][1])} million), equal to "
        f"{margin(capex, rev[2]):.1f}% of revenue. Free cash flow, defined as cash flow from operating activities less "
        f"capital expenditure plus proceeds from the disposal of property, plant and equipment, amounted to "
        f"EUR {f(d['fcf'][0])} million. Payments for acquisitions and proceeds from the disposal of businesses are not "
        f"part of free cash flow."
    )
    doc.para(
        f"On 10 June 2026 the Executive Board launched a share buyback programme of up to EUR 100 million, to run until "
        f"the end of 2027. By 30 September 2026, {BUYBACK_SHARES:,} shares had been repurchased for a total of "
        f"EUR {f(BUYBACK)} million. The repurchased shares are held in treasury and will be cancelled."
    )
    doc.heading("Employees", 11)
    doc.table(
        "Employees by division (full-time equivalents)", None, ["30 Sep 2026", "31 Dec 2025"], X2,
        [(k, [f"{v[0]:,}", f"{v[1]:,}"]) for k, v in FTE_DIV.items()] + [("Group", [f"{d['fte'][0]:,}", f"{d['fte'][1]:,}"], True)],
    )
    doc.table(
        "Employees by region (full-time equivalents)", None, ["30 Sep 2026", "31 Dec 2025"], X2,
        [(k, [f"{v[0]:,}", f"{v[1]:,}"]) for k, v in FTE_REG.items()] + [("Group", [f"{d['fte'][0]:,}", f"{d['fte'][1]:,}"], True)],
    )
    doc.para(
        f"At the end of September, Wendelhorst employed {d['fte'][0]:,} people measured in full-time equivalents, "
        f"{d['fte'][0] - d['fte'][1]:,} more than at the end of 2025. The increase reflects the roughly {LINDQVIST_FTE} "
        f"employees who joined with Lindqvist; excluding them, the workforce was almost unchanged, as Fokus 2027 reduced "
        f"staff in Flow Solutions by {FTE_DIV[fs][1] - FTE_DIV[fs][0]} FTE while Drive Technology hired for its plants in "
        f"Pune and Bruchsal."
    )

    # ---------------- page 9: outlook, events after reporting date
    doc.new_page("Outlook")
    doc.heading("Outlook for fiscal year 2026")
    doc.para(
        "The Executive Board has narrowed the forecast it published with the annual report in March 2026. Demand in "
        "grid infrastructure remains strong, while Flow Solutions continues to see restrained investment by chemical "
        "customers in Europe. The forecast assumes an exchange rate of USD 1.17 to the euro for the fourth quarter and "
        "no further acquisitions or disposals."
    )
    go, gm, gf = GUIDE["organic"], GUIDE["margin"], GUIDE["fcf"]
    doc.table(
        "Forecast 2026", None, ["FY 2025 actual", "Previous forecast 2026", "Narrowed forecast 2026"], [330, 445, 549],
        [
            ("Organic revenue growth", ["3.0%", f"{go[0][0]:.0f}% to {go[0][1]:.0f}%", f"{go[1][0]:.0f}% to {go[1][1]:.0f}%"]),
            ("Book-to-bill ratio", [f"{btb[4]:.2f}", "above 1.0", "above 1.05"]),
            ("Adjusted EBITA margin", [f"{mg[4]:.1f}%", f"{gm[0][0]:.1f}% to {gm[0][1]:.1f}%", f"{gm[1][0]:.1f}% to {gm[1][1]:.1f}%"]),
            ("Free cash flow (EUR million)", ["312.6", f"{gf[0][0]} to {gf[0][1]}", f"{gf[1][0]} to {gf[1][1]}"]),
        ],
    )
    doc.para(
        f"For the full year 2026 we now expect organic revenue growth of between {go[1][0]:.0f}% and {go[1][1]:.0f}%, "
        f"compared with {go[0][0]:.0f}% to {go[0][1]:.0f}% previously. The adjusted EBITA margin is expected to reach "
        f"{gm[1][0]:.1f}% to {gm[1][1]:.1f}%, after a previous range of {gm[0][0]:.1f}% to {gm[0][1]:.1f}%. Free cash flow "
        f"should come in at EUR {gf[1][0]} million to EUR {gf[1][1]} million (previously EUR {gf[0][0]} million to "
        f"EUR {gf[0][1]} million), as we expect the inventory build-up to reverse in the fourth quarter. Special items "
        f"for the year are expected at around EUR 60 million, most of them for Fokus 2027."
    )
    doc.para(
        "In the medium term we continue to target an adjusted EBITA margin of 13% in 2028 and average organic revenue "
        "growth of 5% a year over the cycle."
    )
    doc.heading("Events after the reporting date", 11)
    doc.para(
        "On 14 October 2026 Wendelhorst agreed to sell its 49% stake in the joint venture Hanse Hydraulik GmbH, which is "
        "accounted for using the equity method, to its partner for EUR 38.0 million. Closing is expected in December "
        "2026 and is subject to merger control approval. The stake was carried at EUR 27.5 million at 30 September 2026."
    )
    doc.para(
        "On 29 October 2026 Flow Solutions won an order worth about EUR 64 million for seawater pumps for a desalination "
        "plant in Saudi Arabia; it will be recognised in order intake in the fourth quarter."
    )

    # ---------------- page 10: income statement
    doc.new_page("Consolidated financial statements")
    doc.heading("Consolidated income statement")
    H4 = ["Q3 2026", "Q3 2025", "Q1–Q3 2026", "Q1–Q3 2025"]
    X4 = [375, 433, 494, 549]
    is_rows = [
        ("Revenue", [f(x) for x in rev[:4]]),
        ("Cost of sales", [f(x) for x in COS]),
        ("Gross profit", [f(x) for x in d["gp"]], True),
        ("Selling expenses", [f(x) for x in SELL]),
        ("Research and development expenses", [f(x) for x in RND]),
        ("General administrative expenses", [f(x) for x in ADMIN]),
        ("Other operating income", [f(x) for x in OOI]),
        ("Other operating expenses", [f(x) for x in d["ooe"]]),
        ("Earnings before interest and taxes (EBIT)", [f(x) for x in d["ebit"][:4]], True),
        ("Financial income", [f(x) for x in FININC]),
        ("Financial expenses", [f(x) for x in FINEXP]),
        ("Financial result", [f(x) for x in d["finres"]]),
        ("Earnings before taxes", [f(x) for x in d["ebt"]], True),
        ("Income taxes", [f(x) for x in TAX]),
        ("Net income", [f(x) for x in d["ni"]], True),
        ("thereof attributable to non-controlling interests", [f(x) for x in NCI]),
        ("thereof attributable to shareholders of Wendelhorst Industrie SE", [f(x) for x in d["ni_sh"]]),
        ("Earnings per share, basic (EUR)", [f(x, 2) for x in d["eps"]]),
        ("Earnings per share, diluted (EUR)", [f(x, 2) for x in d["eps_dil"]]),
        ("Weighted average number of shares, basic (million)", [f(x) for x in SH_BASIC]),
        ("Weighted average number of shares, diluted (million)", [f(x) for x in SH_DIL]),
    ]
    doc.table(None, "(in EUR million, except per share data)", H4, X4, is_rows)
    doc.note("Other operating expenses include restructuring expenses; special items are not presented as a separate "
             "line of the income statement. The gain on the disposal of the Brazilian valve service business is included "
             "in other operating income.")

    # ---------------- page 11: balance sheet
    doc.new_page("Consolidated financial statements")
    doc.heading("Consolidated statement of financial position")
    bs_rows = [("Assets", ["", ""], False)]
    bs_rows += [(k, [f(v[0]), f(v[1])]) for k, v in BS_NCA.items()]
    bs_rows += [("Non-current assets", [f(d["nca"][0]), f(d["nca"][1])], True)]
    bs_rows += [(k, [f(v[0]), f(v[1])]) for k, v in BS_CA.items()]
    bs_rows += [("Current assets", [f(d["ca"][0]), f(d["ca"][1])], True),
                ("Total assets", [f(d["ta"][0]), f(d["ta"][1])], True),
                ("Equity and liabilities", ["", ""], False)]
    bs_rows += [(k, [f(v[0]), f(v[1])]) for k, v in BS_EQ.items()]
    bs_rows += [("Equity attributable to shareholders of Wendelhorst Industrie SE", [f(d["eq_sh"][0]), f(d["eq_sh"][1])]),
                ("Non-controlling interests", [f(NCI_EQ[0]), f(NCI_EQ[1])]),
                ("Total equity", [f(d["eq"][0]), f(d["eq"][1])], True)]
    bs_rows += [(k, [f(v[0]), f(v[1])]) for k, v in BS_NCL.items()]
    bs_rows += [("Non-current liabilities", [f(d["ncl"][0]), f(d["ncl"][1])], True)]
    bs_rows += [(k, [f(v[0]), f(v[1])]) for k, v in BS_CL_FIXED.items()]
    bs_rows += [("Other current liabilities", [f(d["ocl"][0]), f(d["ocl"][1])]),
                ("Current liabilities", [f(d["cl"][0]), f(d["cl"][1])], True),
                ("Total equity and liabilities", [f(d["tel"][0]), f(d["tel"][1])], True)]
    doc.table(None, "(in EUR million)", ["30 Sep 2026", "31 Dec 2025"], X2, bs_rows, size=7.9)

    # ---------------- page 12: cash flow statement, calendar
    doc.new_page("Consolidated financial statements")
    doc.heading("Consolidated statement of cash flows")
    cf_rows = [(k, [f(v[0]), f(v[1])]) for k, v in d["cf_op"]]
    cf_rows += [("Cash flow from operating activities", [f(d["ocf"][0]), f(d["ocf"][1])], True)]
    cf_rows += [(k, [f(v[0]), f(v[1])]) for k, v in CF_INV]
    cf_rows += [("Cash flow from investing activities", [f(d["icf"][0]), f(d["icf"][1])], True)]
    cf_rows += [(k, [f(v[0]), f(v[1])]) for k, v in CF_FIN]
    cf_rows += [("Cash flow from financing activities", [f(d["fcf_fin"][0]), f(d["fcf_fin"][1])], True),
                ("Net change in cash and cash equivalents", [f(d["netchg"][0]), f(d["netchg"][1])]),
                ("Effect of exchange rate changes", [f(FX_CASH[0]), f(FX_CASH[1])]),
                ("Cash and cash equivalents at the beginning of the period", [f(d["cash_begin"][0]), f(d["cash_begin"][1])]),
                ("Cash and cash equivalents at the end of the period", [f(d["cash_end"][0]), f(d["cash_end"][1])], True)]
    doc.table(None, "(in EUR million)", ["Q1–Q3 2026", "Q1–Q3 2025"], X2, cf_rows, size=7.9)
    doc.table(
        "Free cash flow", "(in EUR million)", ["Q1–Q3 2026", "Q1–Q3 2025"], X2,
        [("Cash flow from operating activities", [f(d["ocf"][0]), f(d["ocf"][1])]),
         ("Capital expenditure", [f(CF_INV[0][1][0]), f(CF_INV[0][1][1])]),
         ("Proceeds from disposal of property, plant and equipment", [f(CF_INV[1][1][0]), f(CF_INV[1][1][1])]),
         ("Free cash flow", [f(d["fcf"][0]), f(d["fcf"][1])], True)],
    )
    doc.heading("Financial calendar", 10)
    doc.para("4 March 2027: Annual report 2026  |  6 May 2027: Quarterly statement Q1 2027  |  "
             "20 May 2027: Annual general meeting, Rosengarten Mannheim. Investor relations: Jonas Ebeling, "
             "ir@wendelhorst-industrie.example")
    assert doc.y > 46, (doc.page, doc.y)
    if write:
        doc.save()
    else:
        doc.c = None  # type: ignore[assignment]
    return {"d": d, "rows": doc.rows, "prose": doc.prose, "pages": doc.page}


if __name__ == "__main__":
    out = build()
    print(DOC, out["pages"], "pages")
