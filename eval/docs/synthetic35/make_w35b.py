# Long on purpose: generated test data.
"""Writer B, blind pair 35: an invented P&C insurer's Q3 2026 earnings release (one PDF).

Quillfield Insurance Group, Inc. is invented. Every figure below is computed from the inputs at
the top, and every total, ratio, roll-forward and narrative figure is asserted to tie.
Run from the repository root:  PYTHONPATH=. .venv/bin/python eval/docs/synthetic35/make_w35b.py
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
PDF = OUT / "quillfield-q3-2026-earnings-release.pdf"

CO = "Quillfield Insurance Group, Inc."
TICKER = "NYSE: QFG"
COLS4 = ("q26", "q25", "n26", "n25")  # three months 2026, 2025; nine months 2026, 2025


def r(x: float, d: int = 1) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def fm(x: float, d: int = 1, paren: bool = True) -> str:
    """1,234.5 ; negatives in parentheses."""
    v = r(x, d)
    s = f"{abs(v):,.{d}f}"
    if v < 0:
        return f"({s})" if paren else f"-{s}"
    return s


def pct(x: float, d: int = 1) -> str:
    return f"{r(x, d):.{d}f}%"


# --------------------------------------------------------------------------------------------
# Inputs (USD millions unless noted)
# --------------------------------------------------------------------------------------------
SEGS = ("Personal", "Commercial", "Specialty")
NPW = {
    "Personal": (1412.5, 1298.0, 4087.3, 3752.9),
    "Commercial": (986.4, 921.7, 2941.8, 2760.2),
    "Specialty": (403.2, 352.6, 1175.6, 1012.4),
}
NPE = {
    "Personal": (1365.8, 1251.4, 3998.5, 3671.0),
    "Commercial": (958.2, 897.5, 2846.9, 2667.3),
    "Specialty": (381.7, 331.9, 1110.4, 961.8),
}
LOSS = {  # losses and LAE incurred
    "Personal": (957.3, 934.6, 2731.1, 2622.4),
    "Commercial": (612.4, 598.3, 1793.5, 1754.2),
    "Specialty": (228.5, 214.1, 658.4, 600.9),
}
ACQ = {  # policy acquisition costs
    "Personal": (245.8, 227.8, 715.7, 664.5),
    "Commercial": (182.1, 172.3, 538.1, 509.5),
    "Specialty": (74.4, 65.4, 215.4, 188.5),
}
OUW = {  # other underwriting expenses
    "Personal": (114.8, 108.9, 339.9, 322.3),
    "Commercial": (99.6, 96.0, 299.2, 285.4),
    "Specialty": (35.5, 31.9, 103.5, 91.8),
}
CAT = {  # catastrophe losses, included in losses and LAE
    "Personal": (131.4, 171.4, 352.8, 398.3),
    "Commercial": (49.4, 58.2, 131.4, 142.6),
    "Specialty": (7.8, 7.1, 20.9, 17.2),
}
PYD = {  # prior-year reserve development; negative = favorable
    "Personal": (-18.9, -6.4, -41.2, -15.3),
    "Commercial": (-21.7, -10.8, -56.9, -30.1),
    "Specialty": (-1.7, -1.4, -4.6, 3.2),
}
NII = (268.4, 231.9, 781.5, 662.0)
GAINS = (-14.6, 22.8, 31.3, 48.9)  # net realized and unrealized investment gains (losses)
FEE = (11.2, 10.4, 33.9, 31.0)
INTEREST = (19.8, 19.6, 59.3, 58.9)
OTHER_EXP = (14.1, 13.2, 42.6, 39.5)
TAX_RATE = 0.21
NONOP_TAX = 0.21  # tax effect on the reconciling items
SH_BASIC = (86.21, 89.37, 87.18, 89.96)  # weighted average, millions
SH_DIL = (86.94, 90.12, 87.93, 90.75)
AVG_INVESTED = (26180.0, 24540.0, 25870.0, 24210.0)  # average invested assets (amortized cost)

# Balance sheet: Sep 30, 2026 and Dec 31, 2025
BS_ASSETS = {
    "Fixed maturities, available for sale, at fair value": (23418.6, 22105.3),
    "Equity securities, at fair value": (1286.4, 1201.7),
    "Short-term investments": (942.7, 1088.5),
    "Other invested assets": (1134.9, 1046.2),
}
CASH = (318.4, 276.9)
OTHER_ASSETS = {
    "Premiums receivable, net": (2874.1, 2611.8),
    "Reinsurance recoverables": (3106.5, 2988.4),
    "Deferred policy acquisition costs": (1011.7, 948.2),
    "Goodwill and intangible assets": (612.3, 618.9),
    "Other assets": (1097.8, 1021.7),
}
LIABS = {
    "Unpaid losses and loss adjustment expenses": (17842.6, 17096.3),
    "Unearned premiums": (6381.4, 5922.8),
    "Long-term debt": (1743.9, 1742.1),
    "Other liabilities": (1826.8, 1751.3),
}
# Equity at Dec 31, 2025 and the roll-forward to Sep 30, 2026
CS_APIC_DEC = 1462.7
RE_DEC = 9788.4
AOCI_DEC = -1108.6
TREAS_DEC = -2747.4
STOCK_COMP = 64.2  # share-based compensation and issuance under plans
DIV_PER_SHARE_Q = 0.95  # quarterly dividend 2026
DIV_PER_SHARE_Q25 = 0.87
REPO_Q = (1.42, 186.3)  # shares (millions), cost
REPO_9M = (3.87, 489.5)
SHARES_DEC = 88.94
ISSUED_9M = 0.55
SHARES_JUN = 87.04
EQ_ADJ_JUN = 8804.0  # shareholders' equity excluding AOCI at June 30, 2026
EQ_JUN = 7791.4
SHARES_SEP25 = 89.71
EQ_SEP25 = 7116.5
AOCI_SEP25 = -1303.5
EQ_DEC24_ADJ = 8176.4  # equity ex-AOCI at Dec 31, 2024 (for prior-year nine-month ROE)
EQ_SEP25_ADJ = EQ_SEP25 - AOCI_SEP25
EQ_JUN25_ADJ = 8360.2
REMAINING_AUTH = 1210.7
# dividends declared (four quarters' dividends by shares outstanding at each record date)
SHARES_MAR = 88.31  # shares outstanding at the first-quarter record date
DIV_DECL_Q25 = 78.1
DIV_DECL_9M25 = 235.6
# Outlook, full year 2026
OUT_OLD = {"cat": 5.5, "exp_lo": 27.5, "exp_hi": 28.0, "ucr_lo": 88.5, "ucr_hi": 89.5,
           "nii": 1040.0, "npw_lo": 6.0, "npw_hi": 8.0}
OUT_NEW = {"cat": 6.2, "exp_lo": 27.2, "exp_hi": 27.6, "ucr_lo": 87.8, "ucr_hi": 88.6,
           "nii_lo": 1060.0, "nii_hi": 1080.0, "npw_lo": 8.0, "npw_hi": 9.0}

# --------------------------------------------------------------------------------------------
# Computations and ties
# --------------------------------------------------------------------------------------------


def tot(d: dict[str, tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(r(sum(d[s][i] for s in SEGS)) for i in range(4))


T_NPW, T_NPE, T_LOSS, T_ACQ, T_OUW = tot(NPW), tot(NPE), tot(LOSS), tot(ACQ), tot(OUW)
T_CAT, T_PYD = tot(CAT), tot(PYD)
REV = tuple(r(T_NPE[i] + NII[i] + GAINS[i] + FEE[i]) for i in range(4))
EXP = tuple(r(T_LOSS[i] + T_ACQ[i] + T_OUW[i] + INTEREST[i] + OTHER_EXP[i]) for i in range(4))
PRETAX = tuple(r(REV[i] - EXP[i]) for i in range(4))
TAX = tuple(r(PRETAX[i] * TAX_RATE) for i in range(4))
NI = tuple(r(PRETAX[i] - TAX[i]) for i in range(4))
EPS_B = tuple(r(NI[i] / SH_BASIC[i], 2) for i in range(4))
EPS_D = tuple(r(NI[i] / SH_DIL[i], 2) for i in range(4))
GAINS_TAX = tuple(r(GAINS[i] * NONOP_TAX) for i in range(4))
GAINS_AT = tuple(r(GAINS[i] - GAINS_TAX[i]) for i in range(4))
OPINC = tuple(r(NI[i] - GAINS_AT[i]) for i in range(4))
OPEPS = tuple(r(OPINC[i] / SH_DIL[i], 2) for i in range(4))
GAINS_PS = tuple(r(EPS_D[i] - OPEPS[i], 2) for i in range(4))  # per share reconciling item
# check: per-share gain equals after-tax gains over diluted shares within a cent
for i in range(4):
    assert abs(GAINS_PS[i] - GAINS_AT[i] / SH_DIL[i]) <= 0.011, i


def ratio(num: float, den: float) -> float:
    return 100.0 * num / den


def seg_ratios(s: str | None) -> dict[str, tuple[float, ...]]:
    if s is None:
        npe, loss, acq, ouw, cat, pyd = T_NPE, T_LOSS, T_ACQ, T_OUW, T_CAT, T_PYD
    else:
        npe, loss, acq, ouw, cat, pyd = NPE[s], LOSS[s], ACQ[s], OUW[s], CAT[s], PYD[s]
    out: dict[str, list[float]] = {k: [] for k in ("loss", "exp", "cr", "cat", "pyd", "ucr")}
    for i in range(4):
        lr = r(ratio(loss[i], npe[i]))
        er = r(ratio(acq[i] + ouw[i], npe[i]))
        cr = r(ratio(loss[i] + acq[i] + ouw[i], npe[i]))
        cp = r(ratio(cat[i], npe[i]))
        pp = r(ratio(pyd[i], npe[i]))
        ucr = r(ratio(loss[i] - cat[i] - pyd[i] + acq[i] + ouw[i], npe[i]))
        # printed components tie to the printed totals
        assert abs(r(lr + er) - cr) < 1e-9, (s, i, lr, er, cr)
        assert abs(r(cr - cp - pp) - ucr) < 1e-9, (s, i, cr, cp, pp, ucr)
        for k, v in zip(("loss", "exp", "cr", "cat", "pyd", "ucr"), (lr, er, cr, cp, pp, ucr)):
            out[k].append(v)
    return {k: tuple(v) for k, v in out.items()}


RAT = {s: seg_ratios(s) for s in SEGS}
RAT["Total"] = seg_ratios(None)
UW_INC = tuple(r(T_NPE[i] - T_LOSS[i] - T_ACQ[i] - T_OUW[i]) for i in range(4))
YIELD = tuple(r(ratio(NII[i] * (4 if i < 2 else 4 / 3), AVG_INVESTED[i])) for i in range(4))

# balance sheet
INV_TOTAL = tuple(r(sum(v[j] for v in BS_ASSETS.values())) for j in range(2))
ASSETS = tuple(r(INV_TOTAL[j] + CASH[j] + sum(v[j] for v in OTHER_ASSETS.values())) for j in range(2))
LIAB_TOTAL = tuple(r(sum(v[j] for v in LIABS.values())) for j in range(2))
EQ_DEC = r(CS_APIC_DEC + RE_DEC + AOCI_DEC + TREAS_DEC)
assert abs(r(ASSETS[1] - LIAB_TOTAL[1]) - EQ_DEC) < 1e-6, (ASSETS[1], LIAB_TOTAL[1], EQ_DEC)
SHARES_SEP_ = r(SHARES_DEC - REPO_9M[0] + ISSUED_9M, 2)
CS_APIC_SEP = r(CS_APIC_DEC + STOCK_COMP)
DIV_DECL_Q = r(DIV_PER_SHARE_Q * SHARES_SEP_)
DIV_DECL_9M = r(DIV_PER_SHARE_Q * (SHARES_MAR + SHARES_JUN + SHARES_SEP_))
RE_SEP = r(RE_DEC + NI[2] - DIV_DECL_9M)
TREAS_SEP = r(TREAS_DEC - REPO_9M[1])
EQ_SEP_EX_AOCI = r(CS_APIC_SEP + RE_SEP + TREAS_SEP)
AOCI_SEP = r(ASSETS[0] - LIAB_TOTAL[0] - EQ_SEP_EX_AOCI)  # the plug that balances is AOCI
AOCI_CHANGE = r(AOCI_SEP - AOCI_DEC)
EQ_SEP = r(CS_APIC_SEP + RE_SEP + AOCI_SEP + TREAS_SEP)
assert abs(r(LIAB_TOTAL[0] + EQ_SEP) - ASSETS[0]) < 1e-6
assert -1108.6 < AOCI_SEP < 0, AOCI_SEP  # unrealized losses narrowed as rates fell
EQ_DEC_EX_AOCI = r(EQ_DEC - AOCI_DEC)
SHARES_SEP = r(SHARES_DEC - REPO_9M[0] + ISSUED_9M, 2)
BVPS = {"sep26": r(EQ_SEP / SHARES_SEP, 2), "jun26": r(EQ_JUN / SHARES_JUN, 2),
        "dec25": r(EQ_DEC / SHARES_DEC, 2), "sep25": r(EQ_SEP25 / SHARES_SEP25, 2)}
ABVPS = {"sep26": r(EQ_SEP_EX_AOCI / SHARES_SEP, 2), "jun26": r(EQ_ADJ_JUN / SHARES_JUN, 2),
         "dec25": r(EQ_DEC_EX_AOCI / SHARES_DEC, 2), "sep25": r(EQ_SEP25_ADJ / SHARES_SEP25, 2)}
# operating ROE: annualized operating income / average equity excluding AOCI
OROE_Q26 = r(ratio(OPINC[0] * 4, (EQ_ADJ_JUN + EQ_SEP_EX_AOCI) / 2))
OROE_Q25 = r(ratio(OPINC[1] * 4, (EQ_JUN25_ADJ + EQ_SEP25_ADJ) / 2))
OROE_N26 = r(ratio(OPINC[2] * 4 / 3, (EQ_DEC_EX_AOCI + EQ_SEP_EX_AOCI) / 2))
OROE_N25 = r(ratio(OPINC[3] * 4 / 3, (EQ_DEC24_ADJ + EQ_SEP25_ADJ) / 2))
AVG_REPO_PRICE_Q = r(REPO_Q[1] / REPO_Q[0], 2)
AVG_REPO_PRICE_9M = r(REPO_9M[1] / REPO_9M[0], 2)
RETURNED_9M = r(REPO_9M[1] + DIV_DECL_9M)
# dividends declared tie to per-share rate times shares (within rounding of the share count)
assert abs(DIV_DECL_Q - DIV_PER_SHARE_Q * SHARES_SEP) < 0.5, DIV_PER_SHARE_Q * SHARES_SEP
assert BVPS["jun26"] < BVPS["sep26"] and ABVPS["sep25"] < ABVPS["dec25"] < ABVPS["jun26"] < ABVPS["sep26"]
BVPS_GROWTH_YTD = r(ratio(BVPS["sep26"] - BVPS["dec25"], BVPS["dec25"]))
ABVPS_GROWTH_YOY = r(ratio(ABVPS["sep26"] - ABVPS["sep25"], ABVPS["sep25"]))


def growth(a: float, b: float) -> float:
    return r(ratio(a - b, b))


NPW_G = {s: (growth(NPW[s][0], NPW[s][1]), growth(NPW[s][2], NPW[s][3])) for s in SEGS}
NPW_G["Total"] = (growth(T_NPW[0], T_NPW[1]), growth(T_NPW[2], T_NPW[3]))
NPE_G = {s: (growth(NPE[s][0], NPE[s][1]), growth(NPE[s][2], NPE[s][3])) for s in SEGS}
NPE_G["Total"] = (growth(T_NPE[0], T_NPE[1]), growth(T_NPE[2], T_NPE[3]))
NII_G = (growth(NII[0], NII[1]), growth(NII[2], NII[3]))
OPEPS_G = (growth(OPEPS[0], OPEPS[1]), growth(OPEPS[2], OPEPS[3]))

# --------------------------------------------------------------------------------------------
# PDF drawing
# --------------------------------------------------------------------------------------------
W, H = letter
LM, RM = 54, W - 54
pages: list[str] = []


class Doc:
    def __init__(self, path: Path) -> None:
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle(f"{CO} Third Quarter 2026 Results")
        self.c.setAuthor(CO)
        self.page = 0
        self.y = 0.0
        self.new_page()

    def new_page(self, first: bool = False) -> None:
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica-Bold", 8)
        c.drawString(LM, H - 36, "QUILLFIELD INSURANCE GROUP, INC.")
        c.setFont("Helvetica", 8)
        c.drawRightString(RM, H - 36, "Third Quarter 2026 Earnings Release")
        c.line(LM, H - 40, RM, H - 40)
        self.y = H - 62

    def footer(self) -> None:
        c = self.c
        c.line(LM, 46, RM, 46)
        c.setFont("Helvetica", 7.5)
        c.drawString(LM, 34, "Quillfield Insurance Group, Inc. | 400 Rich Street, Columbus, Ohio 43215 | investors.quillfield-ig.com")
        c.drawRightString(RM, 34, f"Page {self.page} of {NPAGES}")

    def text(self, s: str, size: float = 9.5, bold: bool = False, gap: float = 3, indent: float = 0) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(LM + indent, self.y, s)
        self.y -= size + gap

    def para(self, s: str, size: float = 9.5, bold: bool = False, indent: float = 0, after: float = 6,
             bullet: bool = False) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        width = RM - LM - indent - (10 if bullet else 0)
        words, line, lines = s.split(), "", []
        for w in words:
            t = (line + " " + w).strip()
            if self.c.stringWidth(t, font, size) > width:
                lines.append(line)
                line = w
            else:
                line = t
        if line:
            lines.append(line)
        self.c.setFont(font, size)
        for k, ln in enumerate(lines):
            x = LM + indent + (10 if bullet else 0)
            if bullet and k == 0:
                self.c.drawString(LM + indent, self.y, "\u2022")
            self.c.drawString(x, self.y, ln)
            self.y -= size + 3
        self.y -= after
        assert self.y > 60, (self.page, s[:40])

    def heading(self, s: str, size: float = 11) -> None:
        self.y -= 4
        self.text(s, size=size, bold=True, gap=6)

    def table(self, headers: list[list[str]], rows: list[tuple[str, list[str]] | str],
              cols: list[float], size: float = 8.5, label_w: float | None = None) -> None:
        c = self.c
        for hrow in headers:
            c.setFont("Helvetica-Bold", size)
            for x, h in zip(cols, hrow):
                if h:
                    c.drawRightString(x, self.y, h)
            self.y -= size + 3
        c.line(LM, self.y + size - 1, RM, self.y + size - 1)
        self.y -= 3
        for row in rows:
            if isinstance(row, str):
                c.setFont("Helvetica-Bold", size)
                c.drawString(LM, self.y, row)
                self.y -= size + 4
                continue
            label, cells = row
            bold = label.startswith("Total") or label in ("Net income", "Operating income", "Combined ratio")
            c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            ind = 10 if label.startswith("  ") else 0
            c.drawString(LM + ind, self.y, label.strip())
            for x, v in zip(cols, cells):
                c.drawRightString(x, self.y, v)
            self.y -= size + 4
        self.y -= 6
        assert self.y > 60, self.page

    def save(self) -> None:
        self.footer()
        self.c.save()


NPAGES = 11


def four(vals: tuple[float, ...], d: int = 1) -> list[str]:
    return [fm(v, d) for v in vals]


def fourp(vals: tuple[float, ...]) -> list[str]:
    return [f"{r(v):.1f}" if v >= 0 else f"({abs(r(v)):.1f})" for v in vals]


C4 = [330, 400, 490, 560]
HDR4 = [["Three Months Ended", "", "Nine Months Ended", ""],
        ["September 30,", "", "September 30,", ""],
        ["2026", "2025", "2026", "2025"]]
HDR4 = [["", "Three Months", "", "Nine Months"], ["", "Ended Sept. 30,", "", "Ended Sept. 30,"],
        ["2026", "2025", "2026", "2025"]]


def build() -> None:
    d = Doc(PDF)
    q, p, n, m = 0, 1, 2, 3
    tr = RAT["Total"]
    # ---------------- page 1
    d.text("FOR IMMEDIATE RELEASE", size=8, bold=True)
    d.text("October 27, 2026", size=8)
    d.y -= 6
    d.para("Quillfield Insurance Group Reports Third Quarter 2026 Results; Combined Ratio Improves to "
           f"{pct(tr['cr'][q])} and Operating EPS Rises {pct(OPEPS_G[0])}", size=13, bold=True, after=8)
    d.para(f"COLUMBUS, Ohio, October 27, 2026 -- {CO} ({TICKER}) today reported net income of "
           f"${fm(NI[q])} million, or ${EPS_D[q]:.2f} per diluted share, for the third quarter of 2026, "
           f"compared with ${fm(NI[p])} million, or ${EPS_D[p]:.2f} per diluted share, for the third quarter "
           f"of 2025. Operating income, a non-GAAP measure, was ${fm(OPINC[q])} million, or ${OPEPS[q]:.2f} "
           f"per diluted share, compared with ${fm(OPINC[p])} million, or ${OPEPS[p]:.2f} per diluted share, "
           "a year earlier.")
    d.heading("Third quarter 2026 highlights")
    hl = [
        f"Net premiums written grew {pct(NPW_G['Total'][0])} to ${fm(T_NPW[q])} million, led by a "
        f"{pct(NPW_G['Specialty'][0])} increase in Specialty and {pct(NPW_G['Personal'][0])} growth in Personal lines.",
        f"The combined ratio was {pct(tr['cr'][q])}, compared with {pct(tr['cr'][p])} in the third quarter "
        f"of 2025, producing underwriting income of ${fm(UW_INC[q])} million.",
        f"Catastrophe losses were ${fm(T_CAT[q])} million, or {tr['cat'][q]:.1f} points of the combined "
        f"ratio, compared with ${fm(T_CAT[p])} million, or {tr['cat'][p]:.1f} points, a year ago.",
        f"Favorable prior-year reserve development was ${fm(-T_PYD[q])} million, or {abs(tr['pyd'][q]):.1f} "
        f"points, compared with ${fm(-T_PYD[p])} million, or {abs(tr['pyd'][p]):.1f} points, a year ago.",
        f"The underlying combined ratio, which excludes catastrophe losses and prior-year reserve "
        f"development, improved {r(tr['ucr'][p] - tr['ucr'][q]):.1f} points to {pct(tr['ucr'][q])}.",
        f"Net investment income rose {pct(NII_G[0])} to ${fm(NII[q])} million; the pre-tax yield on "
        f"average invested assets was {pct(YIELD[q])}, up from {pct(YIELD[p])}.",
        f"Book value per share was ${BVPS['sep26']:.2f} at September 30, 2026, up {pct(BVPS_GROWTH_YTD)} from "
        f"December 31, 2025; adjusted book value per share, which excludes accumulated other comprehensive "
        f"loss, was ${ABVPS['sep26']:.2f}.",
        f"Operating return on equity was {pct(OROE_Q26)} for the quarter (annualized) and {pct(OROE_N26)} "
        "for the first nine months.",
        f"The company repurchased {REPO_Q[0]:.2f} million shares for ${fm(REPO_Q[1])} million in the quarter "
        f"and raised its full-year 2026 outlook for net investment income.",
    ]
    for h in hl:
        d.para(h, size=9.2, bullet=True, after=2)
    # ---------------- page 2
    d.new_page()
    d.heading("Chief Executive Officer commentary")
    d.para(f'"Our third quarter results show the earnings power of the repricing work we began two years ago," '
           f"said Renata Vasquez-Holm, Chair and Chief Executive Officer. \"We grew premiums written by "
           f"{pct(NPW_G['Total'][0])} while the underlying combined ratio improved to {pct(tr['ucr'][q])}, and "
           f"we absorbed a hurricane that made landfall on the Florida Panhandle in late August without "
           f"missing a beat. Operating income per share of ${OPEPS[q]:.2f} was up {pct(OPEPS_G[0])} from a "
           f"year ago, and our operating return on equity reached {pct(OROE_Q26)}.\"")
    d.para(f'"Year to date, operating income reached ${fm(OPINC[n])} million, or ${OPEPS[n]:.2f} per diluted '
           f"share, and we have returned ${fm(RETURNED_9M)} million to shareholders through buybacks and "
           f"dividends,\" Ms. Vasquez-Holm continued. \"Pricing in Personal auto has now caught up with loss "
           f"trends, so we are turning our attention to growth in the states where our returns are strongest, "
           f"while we keep a firm hand on rate in commercial property.\"")
    d.heading("Consolidated underwriting results")
    d.para(f"Net premiums earned for the third quarter were ${fm(T_NPE[q])} million, an increase of "
           f"{pct(NPE_G['Total'][0])} from ${fm(T_NPE[p])} million in the prior-year quarter. For the nine months "
           f"ended September 30, 2026, net premiums earned were ${fm(T_NPE[n])} million, up "
           f"{pct(NPE_G['Total'][1])}.")
    d.para(f"The loss and loss adjustment expense (LAE) ratio was {pct(tr['loss'][q])} for the quarter, "
           f"compared with {pct(tr['loss'][p])} a year earlier, and the expense ratio was {pct(tr['exp'][q])}, "
           f"an improvement of {r(tr['exp'][p] - tr['exp'][q]):.1f} points from {pct(tr['exp'][p])}, as premium "
           f"growth outpaced spending on technology and staff. For the first nine months, the combined ratio was "
           f"{pct(tr['cr'][n])} versus {pct(tr['cr'][m])} in 2025, and the underlying combined ratio was "
           f"{pct(tr['ucr'][n])} versus {pct(tr['ucr'][m])}.")
    d.para(f"Third quarter catastrophe losses of ${fm(T_CAT[q])} million came mainly from the late-August "
           f"hurricane (${fm(96.4)} million, net of reinsurance) and from hail and wind storms across Texas, "
           f"Colorado and Minnesota. Year-to-date catastrophe losses totaled ${fm(T_CAT[n])} million, or "
           f"{tr['cat'][n]:.1f} points, compared with ${fm(T_CAT[m])} million, or {tr['cat'][m]:.1f} points, "
           f"in the first nine months of 2025.")
    d.para(f"Favorable prior-year reserve development of ${fm(-T_PYD[q])} million in the quarter came chiefly "
           f"from Commercial workers' compensation and from Personal auto physical damage for accident years "
           f"2023 and 2024. Nine-month favorable development was ${fm(-T_PYD[n])} million, compared with "
           f"${fm(-T_PYD[m])} million in the same period of 2025.")
    # ---------------- segment commentary
    d.heading("Segment results")
    s = "Personal"
    d.para(f"Personal lines net premiums written were ${fm(NPW[s][q])} million, up {pct(NPW_G[s][0])}, reflecting "
           f"average renewal rate increases of 9.8% in homeowners and 6.1% in auto, partly offset by lower new "
           f"business in coastal states. Policies in force rose 2.3% from a year earlier. The segment's "
           f"combined ratio was {pct(RAT[s]['cr'][q])}, compared with {pct(RAT[s]['cr'][p])}, including "
           f"{RAT[s]['cat'][q]:.1f} points of catastrophe losses. Its underlying combined ratio improved to "
           f"{pct(RAT[s]['ucr'][q])} from {pct(RAT[s]['ucr'][p])}.")
    s = "Commercial"
    d.para(f"Commercial lines net premiums written increased {pct(NPW_G[s][0])} to ${fm(NPW[s][q])} million. "
           f"Renewal premium change was 7.4%, with retention of 86%. The combined ratio was "
           f"{pct(RAT[s]['cr'][q])} versus {pct(RAT[s]['cr'][p])}, and the underlying combined ratio was "
           f"{pct(RAT[s]['ucr'][q])} versus {pct(RAT[s]['ucr'][p])}.")
    s = "Specialty"
    d.para(f"Specialty net premiums written climbed {pct(NPW_G[s][0])} to ${fm(NPW[s][q])} million, driven by "
           f"excess and surplus casualty and management liability. The segment's combined ratio was "
           f"{pct(RAT[s]['cr'][q])}, compared with {pct(RAT[s]['cr'][p])} a year ago.")
    # ---------------- page 3
    d.new_page()
    d.heading("Investment results")
    d.para(f"Net investment income was ${fm(NII[q])} million for the quarter, compared with ${fm(NII[p])} "
           f"million, as new money yields on fixed maturities of about 5.3% continued to exceed the yields on "
           f"maturing bonds. The pre-tax yield on average invested assets was {pct(YIELD[q])} "
           f"(annualized), compared with {pct(YIELD[p])} in the third quarter of 2025. For the nine months, net "
           f"investment income was ${fm(NII[n])} million, up {pct(NII_G[1])}. Net realized and unrealized "
           f"investment losses were ${fm(-GAINS[q])} million before tax in the quarter, mainly from the sale of "
           f"lower-yielding municipal bonds, compared with gains of ${fm(GAINS[p])} million a year earlier.")
    d.para(f"Total investments were ${fm(INV_TOTAL[0])} million at September 30, 2026. The fixed maturity "
           f"portfolio had an average credit quality of AA- and an effective duration of 4.6 years. The net "
           f"unrealized loss position narrowed as interest rates declined, reducing accumulated other "
           f"comprehensive loss to ${fm(-AOCI_SEP)} million from ${fm(-AOCI_DEC)} million at year-end 2025.")
    d.heading("Capital management")
    d.para(f"During the third quarter, Quillfield repurchased {REPO_Q[0]:.2f} million common shares at a total "
           f"cost of ${fm(REPO_Q[1])} million, an average price of ${AVG_REPO_PRICE_Q:.2f} per share. In the "
           f"first nine months the company bought back {REPO_9M[0]:.2f} million shares for ${fm(REPO_9M[1])} "
           f"million. At September 30, 2026, ${fm(REMAINING_AUTH)} million remained under the share "
           f"repurchase authorization approved by the board in February 2026.")
    d.para(f"The board declared a quarterly cash dividend of ${DIV_PER_SHARE_Q:.2f} per common share, payable "
           f"December 15, 2026 to shareholders of record on December 1, 2026. The 2026 quarterly dividend is "
           f"{pct(ratio(DIV_PER_SHARE_Q - DIV_PER_SHARE_Q25, DIV_PER_SHARE_Q25))} higher than the "
           f"${DIV_PER_SHARE_Q25:.2f} paid in each quarter of 2025. Dividends declared to common shareholders "
           f"totaled ${fm(DIV_DECL_Q)} million in the quarter and ${fm(DIV_DECL_9M)} million year to date.")
    d.para(f"Shareholders' equity was ${fm(EQ_SEP)} million at September 30, 2026, compared with "
           f"${fm(EQ_DEC)} million at December 31, 2025. Book value per share rose to ${BVPS['sep26']:.2f} "
           f"from ${BVPS['dec25']:.2f} at year-end, and adjusted book value per share rose "
           f"{pct(ABVPS_GROWTH_YOY)} from a year earlier to ${ABVPS['sep26']:.2f}. Debt to total capital was "
           f"{pct(ratio(LIABS['Long-term debt'][0], LIABS['Long-term debt'][0] + EQ_SEP))} at quarter-end. "
           f"The holding company held ${fm(642.0)} million of cash and liquid investments.")
    # ---------------- outlook
    d.heading("Updated 2026 outlook")
    d.para("Quillfield updated its full-year 2026 outlook, which it had last revised on July 28, 2026 with its "
           "second quarter results. The company now expects:", after=3)
    outl = [
        f"a catastrophe load of about {OUT_NEW['cat']:.1f}% of net premiums earned for the full year, "
        f"raised from the {OUT_OLD['cat']:.1f}% assumed in July, reflecting the third quarter hurricane;",
        f"an expense ratio of {OUT_NEW['exp_lo']:.1f}% to {OUT_NEW['exp_hi']:.1f}%, better than the "
        f"previous range of {OUT_OLD['exp_lo']:.1f}% to {OUT_OLD['exp_hi']:.1f}%;",
        f"an underlying combined ratio of {OUT_NEW['ucr_lo']:.1f}% to {OUT_NEW['ucr_hi']:.1f}%, compared "
        f"with {OUT_OLD['ucr_lo']:.1f}% to {OUT_OLD['ucr_hi']:.1f}% previously;",
        f"net investment income of ${fm(OUT_NEW['nii_lo'], 0)} million to ${fm(OUT_NEW['nii_hi'], 0)} million, "
        f"up from approximately ${fm(OUT_OLD['nii'], 0)} million; and",
        f"growth in net premiums written of {OUT_NEW['npw_lo']:.0f}% to {OUT_NEW['npw_hi']:.0f}%, the top half "
        f"of the earlier {OUT_OLD['npw_lo']:.0f}% to {OUT_OLD['npw_hi']:.0f}% range.",
    ]
    for o in outl:
        d.para(o, size=9.2, bullet=True, after=2)
    d.para('"The hurricane pushed our catastrophe assumption up, but the expense work and higher investment '
           'income more than make up for it," said Tobias Elling, Executive Vice President and Chief Financial '
           'Officer. "We continue to target an expense ratio below 27% by 2028."', after=4)
    # ---------------- page 4
    d.new_page()
    d.heading("Conference call")
    d.para("Quillfield will hold a conference call to discuss these results on Wednesday, October 28, 2026 at "
           "9:00 a.m. Eastern Time. The call and the accompanying slides will be available at "
           "investors.quillfield-ig.com. A replay will be available until November 11, 2026.")
    d.heading("About Quillfield")
    d.para("Quillfield Insurance Group, Inc., headquartered in Columbus, Ohio, is a holding company whose "
           "insurance subsidiaries write personal auto and homeowners coverage, commercial property and "
           "casualty insurance for small and mid-sized businesses, and specialty lines including excess and "
           "surplus casualty, management liability and inland marine. The company distributes its products "
           "through approximately 7,400 independent agencies in 44 states and employs about 9,100 people.")
    d.heading("Non-GAAP financial measures")
    d.para("Operating income is net income excluding net realized and unrealized investment gains and losses, "
           "after tax at the 21% U.S. federal rate. Operating income per share divides operating income by "
           "weighted average diluted shares. The underlying combined ratio is the combined ratio excluding "
           "catastrophe losses and prior-year reserve development. Adjusted book value per share is "
           "shareholders' equity excluding accumulated other comprehensive income (loss), divided by common "
           "shares outstanding. Operating return on equity is annualized operating income divided by average "
           "shareholders' equity excluding accumulated other comprehensive income (loss), using the balances at "
           "the beginning and end of the period. Reconciliations to the most directly comparable GAAP measures "
           "appear in the tables that follow.")
    d.heading("Forward-looking statements")
    d.para("This release contains forward-looking statements, including the updated 2026 outlook, that are "
           "based on current expectations and involve risks and uncertainties. Actual results could differ "
           "materially because of, among other things, the frequency and severity of catastrophes, the "
           "adequacy of loss reserves, changes in interest rates and credit markets, the cost and availability "
           "of reinsurance, competition and regulatory actions. Quillfield undertakes no obligation to update "
           "these statements.", size=8.5)
    d.heading("Contacts")
    d.para("Investors: Halima Brandt-Oyelaran, Vice President, Investor Relations, (614) 555-0148. "
           "Media: Corbin Ashdale, Director, Corporate Communications, (614) 555-0172.", size=8.5)

    # ---------------- page 5: income statement
    d.new_page()
    d.heading("Quillfield Insurance Group, Inc.", size=10)
    d.text("Consolidated Statements of Income (unaudited)", bold=True, size=10)
    d.text("(in millions, except per share data)", size=8.5, gap=10)
    rows: list = [
        "Revenues",
        ("  Net premiums earned", four(T_NPE)),
        ("  Net investment income", four(NII)),
        ("  Net realized and unrealized investment gains (losses)", four(GAINS)),
        ("  Fee and other income", four(FEE)),
        ("Total revenues", four(REV)),
        "Losses and expenses",
        ("  Losses and loss adjustment expenses", four(T_LOSS)),
        ("  Policy acquisition costs", four(T_ACQ)),
        ("  Other underwriting expenses", four(T_OUW)),
        ("  Interest expense", four(INTEREST)),
        ("  Other expenses", four(OTHER_EXP)),
        ("Total losses and expenses", four(EXP)),
        ("Income before income taxes", four(PRETAX)),
        ("Income tax expense", four(TAX)),
        ("Net income", four(NI)),
        "Earnings per common share",
        ("  Basic", four(EPS_B, 2)),
        ("  Diluted", four(EPS_D, 2)),
        "Weighted average common shares outstanding",
        ("  Basic", four(SH_BASIC, 2)),
        ("  Diluted", four(SH_DIL, 2)),
        ("Cash dividends declared per common share", four((DIV_PER_SHARE_Q, DIV_PER_SHARE_Q25,
                                                           3 * DIV_PER_SHARE_Q, 3 * DIV_PER_SHARE_Q25), 2)),
    ]
    d.table(HDR4, rows, C4 if False else [380, 445, 515, RM])
    d.para("The effective tax rate was 21.0% in each period presented. Results of interim periods are not "
           "necessarily indicative of results for the full year.", size=8)
    # ---------------- page 6: balance sheet
    d.new_page()
    d.heading("Quillfield Insurance Group, Inc.", size=10)
    d.text("Consolidated Balance Sheets", bold=True, size=10)
    d.text("(in millions, except per share data)", size=8.5, gap=10)
    C2 = [445, RM]
    H2 = [["September 30,", "December 31,"], ["2026", "2025"], ["(unaudited)", ""]]
    rows = ["Assets", "Investments"]
    rows += [("  " + k, [fm(v[0]), fm(v[1])]) for k, v in BS_ASSETS.items()]
    rows += [("Total investments", [fm(INV_TOTAL[0]), fm(INV_TOTAL[1])]),
             ("Cash and cash equivalents", [fm(CASH[0]), fm(CASH[1])])]
    rows += [(k, [fm(v[0]), fm(v[1])]) for k, v in OTHER_ASSETS.items()]
    rows += [("Total assets", [fm(ASSETS[0]), fm(ASSETS[1])]), "Liabilities"]
    rows += [("  " + k, [fm(v[0]), fm(v[1])]) for k, v in LIABS.items()]
    rows += [("Total liabilities", [fm(LIAB_TOTAL[0]), fm(LIAB_TOTAL[1])]), "Shareholders' equity",
             ("  Common stock and additional paid-in capital", [fm(CS_APIC_SEP), fm(CS_APIC_DEC)]),
             ("  Retained earnings", [fm(RE_SEP), fm(RE_DEC)]),
             ("  Accumulated other comprehensive income (loss)", [fm(AOCI_SEP), fm(AOCI_DEC)]),
             ("  Treasury stock, at cost", [fm(TREAS_SEP), fm(TREAS_DEC)]),
             ("Total shareholders' equity", [fm(EQ_SEP), fm(EQ_DEC)]),
             ("Total liabilities and shareholders' equity", [fm(r(LIAB_TOTAL[0] + EQ_SEP)), fm(r(LIAB_TOTAL[1] + EQ_DEC))]),
             ("Common shares outstanding (millions)", [f"{SHARES_SEP:.2f}", f"{SHARES_DEC:.2f}"])]
    d.table(H2, rows, C2)
    # ---------------- page 7: premiums by segment
    d.new_page()
    d.heading("Premiums by Segment (unaudited)", size=10)
    d.text("(in millions)", size=8.5, gap=10)
    C6 = [285, 340, 392, 462, 515, RM]
    H6 = [["Three Months Ended September 30,", "", "", "Nine Months Ended September 30,", "", ""],
          ["2026", "2025", "% Change", "2026", "2025", "% Change"]]
    H6 = [["", "Three Months", "", "", "Nine Months", ""], ["2026", "2025", "% Change", "2026", "2025", "% Change"]]

    def seg6(vals: tuple[float, ...], g: tuple[float, float]) -> list[str]:
        return [fm(vals[0]), fm(vals[1]), f"{g[0]:.1f}%", fm(vals[2]), fm(vals[3]), f"{g[1]:.1f}%"]

    rows = ["Net premiums written"]
    rows += [("  " + s, seg6(NPW[s], NPW_G[s])) for s in SEGS]
    rows += [("Total net premiums written", seg6(T_NPW, NPW_G["Total"])), "Net premiums earned"]
    rows += [("  " + s, seg6(NPE[s], NPE_G[s])) for s in SEGS]
    rows += [("Total net premiums earned", seg6(T_NPE, NPE_G["Total"]))]
    d.table(H6, rows, C6)
    d.heading("Underwriting Income by Segment (unaudited)", size=10)
    d.text("(in millions)", size=8.5, gap=10)
    rows = []
    for s in SEGS:
        uw = tuple(r(NPE[s][i] - LOSS[s][i] - ACQ[s][i] - OUW[s][i]) for i in range(4))
        rows += [s, ("  Losses and loss adjustment expenses", four(LOSS[s])),
                 ("  Underwriting expenses", four(tuple(r(ACQ[s][i] + OUW[s][i]) for i in range(4)))),
                 ("  Underwriting income (loss)", four(uw))]
    rows += [("Total underwriting income", four(UW_INC))]
    d.table(HDR4, rows, [380, 445, 515, RM])
    # ---------------- page 8: ratios by segment
    d.new_page()
    d.heading("Underwriting Ratios by Segment (unaudited)", size=10)
    d.text("(ratios as a percentage of net premiums earned; points)", size=8.5, gap=10)
    for s in SEGS + ("Total",):
        rt = RAT[s]
        rows = [("Consolidated" if s == "Total" else s, []),
                ("  Loss and LAE ratio", fourp(rt["loss"])),
                ("  Expense ratio", fourp(rt["exp"])),
                ("  Combined ratio", fourp(rt["cr"])),
                ("  Less: catastrophe losses", fourp(rt["cat"])),
                ("  Less: prior-year reserve development", fourp(rt["pyd"])),
                ("  Underlying combined ratio", fourp(rt["ucr"]))]
        d.table(HDR4 if s == "Personal" else [], rows, [380, 445, 515, RM], size=8.3)
        d.y += 2
    d.para("Prior-year reserve development shown in parentheses is favorable. Amounts may not add due to "
           "rounding. The underlying combined ratio is a non-GAAP measure.", size=7.8)
    # ---------------- page 9: cat and PYD dollars + operating income reconciliation
    d.new_page()
    d.heading("Catastrophe Losses and Prior-Year Reserve Development (unaudited)", size=10)
    d.text("(in millions; favorable development in parentheses)", size=8.5, gap=10)
    rows = ["Catastrophe losses, net of reinsurance"]
    rows += [("  " + s, four(CAT[s])) for s in SEGS]
    rows += [("Total catastrophe losses", four(T_CAT)), "Prior-year reserve development"]
    rows += [("  " + s, four(PYD[s])) for s in SEGS]
    rows += [("Total prior-year reserve development", four(T_PYD))]
    d.table(HDR4, rows, [380, 445, 515, RM])
    d.heading("Reconciliation of Net Income to Operating Income (non-GAAP, unaudited)", size=10)
    d.text("(in millions, except per share data)", size=8.5, gap=10)
    rows = [("Net income", four(NI)),
            ("  Less: net realized and unrealized investment gains (losses), pre-tax", four(GAINS)),
            ("  Less: income tax on the above", four(GAINS_TAX)),
            ("Operating income", four(OPINC)),
            "Per diluted share",
            ("  Net income", four(EPS_D, 2)),
            ("  Less: net investment gains (losses), after tax", four(GAINS_PS, 2)),
            ("  Operating income", four(OPEPS, 2))]
    d.table(HDR4, rows, [380, 445, 515, RM])
    d.heading("Reconciliation of Combined Ratio to Underlying Combined Ratio (consolidated)", size=10)
    rows = [("Combined ratio", fourp(tr["cr"])),
            ("  Less: catastrophe losses (points)", fourp(tr["cat"])),
            ("  Less: prior-year reserve development (points)", fourp(tr["pyd"])),
            ("Underlying combined ratio", fourp(tr["ucr"]))]
    d.table(HDR4, rows, [380, 445, 515, RM])
    # ---------------- page 10: BVPS, ROE, equity roll-forward
    d.new_page()
    d.heading("Book Value per Share and Operating Return on Equity (unaudited)", size=10)
    d.text("(in millions, except per share data)", size=8.5, gap=10)
    C4b = [330, 400, 470, RM]
    HB = [["September 30,", "June 30,", "December 31,", "September 30,"], ["2026", "2026", "2025", "2025"]]
    rows = [("Total shareholders' equity", [fm(EQ_SEP), fm(EQ_JUN), fm(EQ_DEC), fm(EQ_SEP25)]),
            ("  Less: AOCI", [fm(AOCI_SEP), fm(r(EQ_JUN - EQ_ADJ_JUN)), fm(AOCI_DEC), fm(AOCI_SEP25)]),
            ("Shareholders' equity excluding AOCI", [fm(EQ_SEP_EX_AOCI), fm(EQ_ADJ_JUN), fm(EQ_DEC_EX_AOCI),
                                                     fm(EQ_SEP25_ADJ)]),
            ("Common shares outstanding", [f"{SHARES_SEP:.2f}", f"{SHARES_JUN:.2f}", f"{SHARES_DEC:.2f}",
                                           f"{SHARES_SEP25:.2f}"]),
            ("Book value per share", [f"{BVPS[k]:.2f}" for k in ("sep26", "jun26", "dec25", "sep25")]),
            ("Adjusted book value per share", [f"{ABVPS[k]:.2f}" for k in ("sep26", "jun26", "dec25", "sep25")])]
    d.table(HB, rows, C4b)
    rows = [("Operating income", four(OPINC)),
            ("Operating income, annualized", four((OPINC[0] * 4, OPINC[1] * 4, OPINC[2] * 4 / 3, OPINC[3] * 4 / 3))),
            ("Operating return on equity", [pct(OROE_Q26), pct(OROE_Q25), pct(OROE_N26), pct(OROE_N25)])]
    d.table(HDR4, rows, [380, 445, 515, RM])
    d.heading("Shareholders' Equity Roll-Forward, Nine Months Ended September 30, 2026", size=10)
    d.text("(in millions)", size=8.5, gap=10)
    rows = [("Shareholders' equity, December 31, 2025", [fm(EQ_DEC)]),
            ("  Net income", [fm(NI[n])]),
            ("  Dividends declared", [fm(-DIV_DECL_9M)]),
            ("  Share repurchases", [fm(-REPO_9M[1])]),
            ("  Share-based compensation and plan issuances", [fm(STOCK_COMP)]),
            ("  Change in accumulated other comprehensive loss", [fm(AOCI_CHANGE)]),
            ("Shareholders' equity, September 30, 2026", [fm(EQ_SEP)])]
    assert abs(r(EQ_DEC + NI[n] - DIV_DECL_9M - REPO_9M[1] + STOCK_COMP + AOCI_CHANGE) - EQ_SEP) < 1e-6
    d.table([["Amount"]], rows, [RM])
    # ---------------- page 11: investments and capital return
    d.new_page()
    d.heading("Investment Results (unaudited)", size=10)
    d.text("(in millions)", size=8.5, gap=10)
    rows = [("Net investment income, pre-tax", four(NII)),
            ("Average invested assets, at amortized cost", four(AVG_INVESTED)),
            ("Pre-tax yield on average invested assets (annualized)", [pct(v) for v in YIELD]),
            ("Net realized and unrealized investment gains (losses)", four(GAINS))]
    d.table(HDR4, rows, [380, 445, 515, RM])
    d.heading("Capital Returned to Shareholders (unaudited)", size=10)
    d.text("(in millions, except per share data)", size=8.5, gap=10)
    rows = [("Shares repurchased (millions)", [f"{REPO_Q[0]:.2f}", f"{REPO_9M[0]:.2f}"]),
            ("Cost of shares repurchased", [fm(REPO_Q[1]), fm(REPO_9M[1])]),
            ("Average price per share repurchased", [f"{AVG_REPO_PRICE_Q:.2f}", f"{AVG_REPO_PRICE_9M:.2f}"]),
            ("Dividends declared", [fm(DIV_DECL_Q), fm(DIV_DECL_9M)]),
            ("Total capital returned", [fm(r(REPO_Q[1] + DIV_DECL_Q)), fm(RETURNED_9M)])]
    d.table([["Three Months", "Nine Months"], ["Ended Sept. 30, 2026", "Ended Sept. 30, 2026"]], rows, [445, RM])
    d.para(f"Remaining share repurchase authorization at September 30, 2026: ${fm(REMAINING_AUTH)} million.",
           size=8.5)
    d.para("Pre-tax yield is annualized net investment income divided by average invested assets. Quarterly "
           "averages use month-end balances. Amounts may not add due to rounding.", size=7.8)
    assert d.page == NPAGES, d.page
    d.save()


if __name__ == "__main__":
    build()
    print("wrote", PDF.name, "net income", NI, "op income", OPINC, "CR", RAT["Total"]["cr"])
