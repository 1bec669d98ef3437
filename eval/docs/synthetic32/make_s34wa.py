# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Synthetic blind pair 32, writer A: an invented P&C insurer's Q2 2026 earnings release.

Writes LARKHAVEN_2026Q2_EARNINGS.pdf next to this file. Larkhaven Insurance Group, Inc., its
people and its ticker are invented. Every figure is computed here from a few inputs (amounts in
integer tenths of a million, so sums are exact) and every total, ratio and roll-forward is asserted.

Run from the repository root:  PYTHONPATH=. python eval/docs/synthetic32/make_s34wa.py
`build()` returns the model (the question writer imports it).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
PDF = "LARKHAVEN_2026Q2_EARNINGS.pdf"
CO = "Larkhaven Insurance Group, Inc."

SEGS = ("PA", "HO", "CL")
SEGNAME = {"PA": "Personal Auto", "HO": "Homeowners", "CL": "Commercial Lines"}
QTRS = ("Q1_25", "Q2_25", "Q1_26", "Q2_26")


def r(x, nd=1):
    """Round half up to nd decimals."""
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def t2m(t):  # tenths of a million -> millions
    return t / 10


def fm(t, dollar=False):
    """Format tenths of a million: 1,586.8 ; negatives in parentheses."""
    v = abs(t) / 10
    s = f"{v:,.1f}"
    if t < 0:
        return f"$({s})" if dollar else f"({s})"
    return "$" + s if dollar else s


def pct(x, nd=1):
    v = r(x, nd)
    s = f"{abs(v):.{nd}f}"
    return f"({s})" if v < 0 else s


# ----------------------------------------------------------------------------- inputs (tenths)
NPW = {"PA": (7410, 7532, 7968, 8124), "HO": (3702, 4215, 4018, 4687), "CL": (3566, 3711, 3849, 3952)}
NPE = {"PA": (7205, 7318, 7680, 7769), "HO": (3810, 3902, 4189, 4315), "CL": (3418, 3520, 3702, 3786)}
NONCAT = {"PA": (5104, 5238, 5357, 5446), "HO": (2210, 2267, 2395, 2420), "CL": (2070, 2140, 2213, 2264)}
CAT = {"PA": (62, 241, 48, 183), "HO": (655, 1782, 512, 1416), "CL": (88, 294, 71, 221)}
PYD = {"PA": (-54, -31, -88, -125), "HO": (12, 25, -18, -62), "CL": (-46, -38, -61, -98)}
ACQ = {"PA": (744, 756, 789, 803), "HO": (658, 672, 720, 738), "CL": (590, 606, 638, 652)}
OUW = {"PA": (612, 625, 648, 662), "HO": (380, 389, 409, 419), "CL": (432, 446, 462, 440)}
NII_PARTS = {  # fixed maturities, equity dividends, short-term, other invested assets, expenses
    "Q1_25": (1045, 47, 55, 66, 31), "Q2_25": (1072, 48, 52, 71, 30),
    "Q1_26": (1236, 50, 44, 92, 33), "Q2_26": (1268, 52, 41, 98, 33),
}
GAINS = {"Q1_25": 135, "Q2_25": -96, "Q1_26": 57, "Q2_26": 184}
FEES = {"Q1_25": 85, "Q2_25": 88, "Q1_26": 92, "Q2_26": 96}
INTEREST = {"Q1_25": 148, "Q2_25": 148, "Q1_26": 148, "Q2_26": 148}
CORP = {"Q1_25": 55, "Q2_25": 58, "Q1_26": 60, "Q2_26": 62}
TAX = {"Q1_25": 405, "Q2_25": 29, "Q1_26": 548, "Q2_26": 388}
# weighted average shares, hundredths of a million
WSH = {"Q2_26": (6178, 6224), "Q2_25": (6342, 6390), "6M_26": (6204, 6252), "6M_25": (6363, 6418)}
DPS = {"Q2_26": 1.05, "Q2_25": 0.95, "6M_26": 2.10, "6M_25": 1.90}
DIV_DECL = {"Q1_26": 655, "Q2_26": 648}  # dividends declared, tenths
BUYBACK = {"Q1_26": (44, 792), "Q2_26": (62, 1184)}  # (hundredths of million shares, tenths $)
ISSUED = {"Q1_26": 15, "Q2_26": 6}  # shares issued under stock plans, hundredths of a million
SHARES_DEC25 = 6248
AVG_INV = {"Q2_26": 131845, "Q2_25": 121402, "6M_26": 131026, "6M_25": 120660}  # avg invested assets
PIF = {"PA": (3268, 3412), "HO": (1301, 1286), "CL": (206, 214)}  # thousands, Jun 30 2025 / 2026
RATE = {"PA": 6.8, "HO": 10.8, "CL": 7.4}  # renewal rate change, percent
RETENTION = {"PA": 88.4, "HO": 86.1, "CL": 84.7}

BS_DEC = dict(fixed=114236, equity_sec=6842, short_term=4318, other_inv=3957, cash=1846,
              prem_rec=23418, reins_rec=10843, prepaid=1724, dac=8215, dta=1402,
              upr=44862, debt=11904, accrued=6385,
              common=79, apic=18462, re=52318, aoci=-3124, treasury=-20588)
BS_JUN = dict(fixed=117085, equity_sec=7115, short_term=3964, other_inv=4206, cash=1722,
              prem_rec=25106, reins_rec=11582, prepaid=1958, dac=8687, dta=1165,
              debt=11912, accrued=5948, common=79, apic=18715, aoci=-2486)
MAR26 = dict(apic=18588, aoci=-2912)
JUN25_EQUITY, JUN25_AOCI, JUN25_SHARES = 44562, -4018, 6321
MAR25_EQUITY = 44190
AMORT_COST = {"Jun": 120232, "Dec": 118190}
FIXED_MIX = {"Jun": (14862, 24318, 46507), "Dec": (15210, 25104, 44122)}  # UST, muni, corporate
BOOK_YIELD = {"Jun": 4.62, "Dec": 4.48}
DURATION = {"Jun": 4.1, "Dec": 4.3}
NEW_MONEY = 5.35
RF_PAID = {"6M_26": (9318, 11457), "6M_25": (9742, 10688)}
RF_BEGIN_25 = (69852, 9906)  # gross, recoverable at Dec 31 2024
RF_RECOV_END_25 = 10412
CAT_TREATY_LIMIT = 1600  # $ million
OUTLOOK_UCR_NEW, OUTLOOK_UCR_OLD = (87.0, 89.0), (88.0, 90.0)
OUTLOOK_CAT_Q3 = 6.5
OUTLOOK_NII = (570, 590)
OUTLOOK_TAX = (19.0, 20.0)
BUYBACK_LEFT = 6425  # tenths
TAX_RATE_GAINS = 0.21


def build():
    m = {}
    qi = {q: i for i, q in enumerate(QTRS)}

    def seg(d, s, p):
        if p.startswith("6M"):
            y = p[-2:]
            return d[s][qi["Q1_" + y]] + d[s][qi["Q2_" + y]]
        return d[s][qi[p]]

    periods = ("Q2_26", "Q2_25", "6M_26", "6M_25")
    allp = QTRS + ("6M_26", "6M_25")

    def per(d, p):
        if p.startswith("6M"):
            y = p[-2:]
            return d["Q1_" + y] + d["Q2_" + y]
        return d[p]

    S = {}
    for p in allp:
        for s in SEGS:
            npw, npe = seg(NPW, s, p), seg(NPE, s, p)
            cy = seg(NONCAT, s, p) + seg(CAT, s, p)
            loss = cy + seg(PYD, s, p)
            acq, ouw = seg(ACQ, s, p), seg(OUW, s, p)
            lr, er = r(100 * loss / npe), r(100 * (acq + ouw) / npe)
            cr = r(lr + er)
            assert abs(cr - 100 * (loss + acq + ouw) / npe) <= 0.1 + 1e-9, (s, p)
            catp, pydp = r(100 * seg(CAT, s, p) / npe), r(100 * seg(PYD, s, p) / npe)
            und = r(cr - catp - pydp)
            assert abs(und - 100 * (seg(NONCAT, s, p) + acq + ouw) / npe) <= 0.1 + 1e-9, (s, p, und)
            S[(s, p)] = dict(npw=npw, npe=npe, noncat=seg(NONCAT, s, p), cat=seg(CAT, s, p),
                             pyd=seg(PYD, s, p), cy=cy, loss=loss, acq=acq, ouw=ouw,
                             uw=npe - loss - acq - ouw, lr=lr, er=er, cr=cr, catp=catp, pydp=pydp, und=und)
        tot = {k: sum(S[(s, p)][k] for s in SEGS)
               for k in ("npw", "npe", "noncat", "cat", "pyd", "cy", "loss", "acq", "ouw", "uw")}
        npe = tot["npe"]
        tot["lr"] = r(100 * tot["loss"] / npe)
        tot["er"] = r(100 * (tot["acq"] + tot["ouw"]) / npe)
        tot["cr"] = r(tot["lr"] + tot["er"])
        assert abs(tot["cr"] - 100 * (tot["loss"] + tot["acq"] + tot["ouw"]) / npe) <= 0.1 + 1e-9, p
        tot["catp"], tot["pydp"] = r(100 * tot["cat"] / npe), r(100 * tot["pyd"] / npe)
        tot["und"] = r(tot["cr"] - tot["catp"] - tot["pydp"])
        assert abs(tot["und"] - 100 * (tot["noncat"] + tot["acq"] + tot["ouw"]) / npe) <= 0.1 + 1e-9, (p, tot["und"])
        S[("TOT", p)] = tot

    I = {}
    for p in allp:
        parts = [sum(NII_PARTS[q][k] for q in (("Q1_" + p[-2:], "Q2_" + p[-2:]) if p.startswith("6M") else (p,)))
                 for k in range(5)]
        gross = sum(parts[:4])
        nii = gross - parts[4]
        t = S[("TOT", p)]
        gains, fees, intr, corp, tax = (per(d, p) for d in (GAINS, FEES, INTEREST, CORP, TAX))
        rev = t["npe"] + nii + gains + fees
        exp = t["loss"] + t["acq"] + t["ouw"] + intr + corp
        pretax = rev - exp
        ni = pretax - tax
        I[p] = dict(nii_parts=parts, nii_gross=gross, nii=nii, gains=gains, fees=fees, interest=intr,
                    corp=corp, tax=tax, rev=rev, exp=exp, pretax=pretax, ni=ni)
        assert pretax == t["uw"] + nii + gains + fees - intr - corp
    for p in periods:
        d = I[p]
        wb, wd = WSH[p]
        d["eps_b"], d["eps_d"] = r(d["ni"] / wb * 10, 2), r(d["ni"] / wd * 10, 2)
        d["gains_tax"] = round(TAX_RATE_GAINS * d["gains"])
        d["gains_at"] = d["gains"] - d["gains_tax"]
        d["opi"] = d["ni"] - d["gains_at"]
        d["opi_eps"] = r(d["opi"] / wd * 10, 2)
        d["gat_ps"] = r(d["gains_at"] / wd * 10, 2)
        # the per-share reconciliation ties as printed
        assert r(d["eps_d"] - d["gat_ps"], 2) == d["opi_eps"], (p, d["eps_d"], d["gat_ps"], d["opi_eps"])
        assert d["opi"] == d["ni"] - d["gains"] + d["gains_tax"]
        d["yield"] = r(100 * d["nii"] * (4 if p.startswith("Q") else 2) / AVG_INV[p], 2)

    # ---- reserve roll-forward
    RF = {}
    for p, begin in (("6M_26", (74126, BS_DEC["reins_rec"])), ("6M_25", RF_BEGIN_25)):
        t = S[("TOT", p)]
        gross_b, rec_b = begin
        net_b = gross_b - rec_b
        inc_cy, inc_py = t["cy"], t["pyd"]
        inc = inc_cy + inc_py
        assert inc == t["loss"]
        paid_cy, paid_py = RF_PAID[p]
        paid = paid_cy + paid_py
        net_e = net_b + inc - paid
        rec_e = BS_JUN["reins_rec"] if p == "6M_26" else RF_RECOV_END_25
        RF[p] = dict(gross_b=gross_b, rec_b=rec_b, net_b=net_b, inc_cy=inc_cy, inc_py=inc_py, inc=inc,
                     paid_cy=paid_cy, paid_py=paid_py, paid=paid, net_e=net_e, rec_e=rec_e, gross_e=net_e + rec_e)

    # ---- balance sheets
    dec, jun = dict(BS_DEC), dict(BS_JUN)
    dec["unpaid"] = RF["6M_26"]["gross_b"]
    jun["unpaid"] = RF["6M_26"]["gross_e"]
    t6 = S[("TOT", "6M_26")]
    jun["upr"] = dec["upr"] + (t6["npw"] - t6["npe"]) + (jun["prepaid"] - dec["prepaid"])
    assert (jun["upr"] - jun["prepaid"]) - (dec["upr"] - dec["prepaid"]) == t6["npw"] - t6["npe"]
    jun["re"] = dec["re"] + I["6M_26"]["ni"] - DIV_DECL["Q1_26"] - DIV_DECL["Q2_26"]
    jun["treasury"] = dec["treasury"] - BUYBACK["Q1_26"][1] - BUYBACK["Q2_26"][1]
    for b in (dec, jun):
        b["inv"] = b["fixed"] + b["equity_sec"] + b["short_term"] + b["other_inv"]
        b["equity"] = b["common"] + b["apic"] + b["re"] + b["aoci"] + b["treasury"]
        b["liab"] = b["unpaid"] + b["upr"] + b["debt"] + b["accrued"]
        b["tle"] = b["liab"] + b["equity"]
        known = b["inv"] + b["cash"] + b["prem_rec"] + b["reins_rec"] + b["prepaid"] + b["dac"] + b["dta"]
        b["other_assets"] = b["tle"] - known
        assert 3000 < b["other_assets"] < 9000, b["other_assets"]
        b["assets"] = known + b["other_assets"]
        assert b["assets"] == b["tle"]
    mar_re = dec["re"] + I["Q1_26"]["ni"] - DIV_DECL["Q1_26"]
    mar_tr = dec["treasury"] - BUYBACK["Q1_26"][1]
    mar_eq = dec["common"] + MAR26["apic"] + mar_re + MAR26["aoci"] + mar_tr
    sh = {"Dec": SHARES_DEC25}
    sh["Mar"] = sh["Dec"] - BUYBACK["Q1_26"][0] + ISSUED["Q1_26"]
    sh["Jun"] = sh["Mar"] - BUYBACK["Q2_26"][0] + ISSUED["Q2_26"]
    BV = {}
    for k, eq, ao, n in (("Jun", jun["equity"], jun["aoci"], sh["Jun"]), ("Mar", mar_eq, MAR26["aoci"], sh["Mar"]),
                         ("Dec", dec["equity"], dec["aoci"], sh["Dec"]), ("Jun25", JUN25_EQUITY, JUN25_AOCI, JUN25_SHARES)):
        BV[k] = dict(equity=eq, aoci=ao, ex=eq - ao, shares=n, bvps=r(eq / n * 10, 2), bvps_ex=r((eq - ao) / n * 10, 2))
    # annualized returns on average equity
    avg_eq = {"Q2_26": (mar_eq + jun["equity"]) / 2, "6M_26": (dec["equity"] + jun["equity"]) / 2,
              "Q2_25": (MAR25_EQUITY + JUN25_EQUITY) / 2}
    ROE = {}
    for p, a in avg_eq.items():
        f = 4 if p.startswith("Q") else 2
        ROE[p] = dict(avg=r(a / 10, 1), roe=r(100 * I[p]["ni"] * f / a), oroe=r(100 * I[p]["opi"] * f / a))

    # ---- investment portfolio
    PORT = {}
    for k, b in (("Jun", jun), ("Dec", dec)):
        ust, muni, corp = FIXED_MIX[k]
        sec = b["fixed"] - ust - muni - corp
        assert sec > 0
        rows = [("U.S. Treasury and government agencies", ust), ("States, municipalities and political subdivisions", muni),
                ("Corporate debt securities", corp), ("Mortgage- and asset-backed securities", sec)]
        PORT[k] = dict(rows=rows, fixed=b["fixed"], equity_sec=b["equity_sec"], short_term=b["short_term"],
                       other_inv=b["other_inv"], total=b["inv"])
        assert sum(v for _, v in rows) == b["fixed"]
        # AOCI is the after-tax (21%) unrealized result on fixed maturities
        assert round((b["fixed"] - AMORT_COST[k]) * (1 - TAX_RATE_GAINS)) == b["aoci"], k

    m.update(S=S, I=I, RF=RF, dec=dec, jun=jun, BV=BV, ROE=ROE, PORT=PORT, sh=sh, mar_eq=mar_eq)
    return m


# ----------------------------------------------------------------------------- PDF layout
W, H = letter
LM, RM = 54, W - 54
TITLE = "Larkhaven Insurance Group, Inc.  |  Second Quarter 2026 Earnings Release and Financial Supplement"


class Doc:
    def __init__(self, path, npages):
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle("Larkhaven Insurance Group, Inc. Second Quarter 2026 Results")
        self.c.setAuthor(CO)
        self.page = 0
        self.npages = npages
        self.y = 0

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.drawString(LM, H - 36, TITLE)
        c.drawRightString(RM, H - 36, "NYSE: LKHV")
        c.line(LM, H - 40, RM, H - 40)
        c.line(LM, 46, RM, 46)
        c.drawString(LM, 34, "Larkhaven Insurance Group, Inc.  •  Columbus, Ohio  •  investors.larkhaven-example.com")
        c.drawRightString(RM, 34, f"Page {self.page} of {self.npages}")
        self.y = H - 66

    def heading(self, text, size=12, gap=18):
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(LM, self.y, text)
        self.y -= gap

    def centered(self, text, size=10, bold=False, gap=13):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= gap

    def para(self, text, size=9.5, lead=12.5, indent=0, bullet=False, after=6):
        font = "Helvetica"
        width = RM - LM - indent - (10 if bullet else 0)
        lines = simpleSplit(text, font, size, width)
        self.c.setFont(font, size)
        x = LM + indent + (10 if bullet else 0)
        if bullet:
            self.c.drawString(LM + indent, self.y, "•")
        for ln in lines:
            self.c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= after
        assert self.y > 60, ("page overflow", self.page, text[:40])

    # tables --------------------------------------------------------------
    def cols(self, n, first=300, last=RM):
        step = (last - first) / (n - 1) if n > 1 else 0
        return [first + i * step for i in range(n)]

    def col_heads(self, xs, groups, sub, size=8):
        """groups: list of (text, i0, i1) spanning columns; sub: one label per column."""
        c = self.c
        c.setFont("Helvetica-Bold", size)
        for text, i0, i1 in groups:
            xm = (xs[i0] + xs[i1]) / 2 - 20
            c.drawCentredString(xm, self.y, text)
        if groups:
            self.y -= 11
        for x, s in zip(xs, sub):
            c.drawRightString(x, self.y, s)
        self.y -= 4
        c.line(xs[0] - 55, self.y, RM, self.y)
        self.y -= 11

    def row(self, label, cells, xs, bold=False, size=8.5, indent=0, rule=False, lead=12.5):
        c = self.c
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(LM + indent, self.y, label)
        for x, s in zip(xs, cells):
            c.drawRightString(x, self.y, s)
        if rule:
            c.line(xs[0] - 50, self.y - 3, RM, self.y - 3)
        self.y -= lead
        assert self.y > 60, ("page overflow", self.page, label)

    def label(self, text, bold=True, size=8.5, lead=12.5, indent=0):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica-Oblique", size)
        self.c.drawString(LM + indent, self.y, text)
        self.y -= lead

    def gap(self, g=6):
        self.y -= g

    def save(self):
        assert self.page == self.npages, (self.page, self.npages)
        self.c.save()


def write(m, out=HERE / PDF):
    S, I, RF, dec, jun, BV, ROE, PORT, sh = (m[k] for k in ("S", "I", "RF", "dec", "jun", "BV", "ROE", "PORT", "sh"))
    T = lambda p: S[("TOT", p)]  # noqa: E731
    d = Doc(out, 11)
    q2, q2p = I["Q2_26"], I["Q2_25"]

    def g(a, b):
        return r(100 * (a - b) / b)

    # ---------------------------------------------------------------- page 1: headline
    d.new_page()
    d.centered("FOR IMMEDIATE RELEASE", 8, gap=16)
    d.centered("Larkhaven Insurance Group Reports Second Quarter 2026 Results", 14, bold=True, gap=18)
    d.centered(f"Net Income of ${q2['eps_d']:.2f} per Diluted Share; Operating Income of ${q2['opi_eps']:.2f} per Diluted Share", 10.5, gap=14)
    d.centered(f"Combined Ratio of {T('Q2_26')['cr']:.1f}%; Underlying Combined Ratio of {T('Q2_26')['und']:.1f}%", 10.5, gap=22)
    cat_at = T("Q2_26")["cat"] - round(TAX_RATE_GAINS * T("Q2_26")["cat"])
    m["cat_at_q2"] = cat_at
    d.para(
        f"COLUMBUS, Ohio, July 28, 2026 -- {CO} (NYSE: LKHV) today reported net income of "
        f"{fm(q2['ni'], True)} million, or ${q2['eps_d']:.2f} per diluted share, for the second quarter of 2026, "
        f"compared with {fm(q2p['ni'], True)} million, or ${q2p['eps_d']:.2f} per diluted share, for the second quarter of 2025. "
        f"Operating income, a non-GAAP measure that excludes net realized and unrealized investment gains and losses after tax, "
        f"was {fm(q2['opi'], True)} million, or ${q2['opi_eps']:.2f} per diluted share, compared with "
        f"{fm(q2p['opi'], True)} million, or ${q2p['opi_eps']:.2f} per diluted share, a year ago.")
    d.para(
        f"Pre-tax catastrophe losses were {fm(T('Q2_26')['cat'], True)} million ({fm(cat_at, True)} million after tax), "
        f"adding {T('Q2_26')['catp']:.1f} points to the combined ratio, compared with {fm(T('Q2_25')['cat'], True)} million, "
        f"or {T('Q2_25')['catp']:.1f} points, in the prior-year quarter. Results also benefited from favorable prior-year "
        f"reserve development of {fm(-T('Q2_26')['pyd'], True)} million, or {-T('Q2_26')['pydp']:.1f} points, mainly in "
        f"Personal Auto and Commercial Lines.")
    d.heading("Second Quarter 2026 Highlights", 11, 15)
    hl = [
        f"Net premiums written grew {g(T('Q2_26')['npw'], T('Q2_25')['npw']):.1f}% to {fm(T('Q2_26')['npw'], True)} million; "
        f"net premiums earned rose {g(T('Q2_26')['npe'], T('Q2_25')['npe']):.1f}% to {fm(T('Q2_26')['npe'], True)} million.",
        f"The combined ratio improved to {T('Q2_26')['cr']:.1f}% from {T('Q2_25')['cr']:.1f}%. Excluding catastrophe losses and "
        f"prior-year reserve development, the underlying combined ratio was {T('Q2_26')['und']:.1f}%, compared with "
        f"{T('Q2_25')['und']:.1f}% in the second quarter of 2025.",
        f"Net investment income increased {g(q2['nii'], q2p['nii']):.1f}% to {fm(q2['nii'], True)} million, reflecting higher "
        f"reinvestment yields and a larger invested asset base.",
        f"Book value per share was ${BV['Jun']['bvps']:.2f} at June 30, 2026, up {g(BV['Jun']['bvps'], BV['Dec']['bvps']):.1f}% "
        f"from December 31, 2025; book value per share excluding accumulated other comprehensive income (AOCI) was "
        f"${BV['Jun']['bvps_ex']:.2f}, up {g(BV['Jun']['bvps_ex'], BV['Dec']['bvps_ex']):.1f}%.",
        f"Annualized operating return on average shareholders' equity was {ROE['Q2_26']['oroe']:.1f}% for the quarter and "
        f"{ROE['6M_26']['oroe']:.1f}% for the first six months.",
        f"The company repurchased {BUYBACK['Q2_26'][0] / 100:.2f} million common shares for {fm(BUYBACK['Q2_26'][1], True)} million "
        f"during the quarter and paid a quarterly dividend of ${DPS['Q2_26']:.2f} per share.",
    ]
    for h in hl:
        d.para(h, bullet=True, after=4)
    d.gap(4)
    d.para(
        f"\"Our second quarter shows what a year of disciplined pricing can do,\" said Eleanor Whitcombe, President and Chief "
        f"Executive Officer. \"We absorbed an active spring storm season across Texas and the Midwest and still delivered an "
        f"operating return on equity of {ROE['Q2_26']['oroe']:.1f}%. Personal Auto has now run below a 90 combined for three straight "
        f"quarters, Homeowners rate actions are earning through, and our reserves continue to develop favorably. With book value "
        f"per share up {g(BV['Jun']['bvps'], BV['Dec']['bvps']):.1f}% since year-end, we returned "
        f"{fm(BUYBACK['Q2_26'][1] + DIV_DECL['Q2_26'], True)} million to shareholders this quarter through buybacks and dividends.\"")

    # ---------------------------------------------------------------- page 2: premiums
    d.new_page()
    d.heading("Premiums and Policies in Force")
    P = {s: S[(s, "Q2_26")] for s in SEGS}
    Pp = {s: S[(s, "Q2_25")] for s in SEGS}
    P6 = {s: S[(s, "6M_26")] for s in SEGS}
    P6p = {s: S[(s, "6M_25")] for s in SEGS}
    pifg = {s: g(PIF[s][1], PIF[s][0]) for s in SEGS}
    m["pifg"] = pifg
    d.para(
        f"Consolidated net premiums written were {fm(T('Q2_26')['npw'], True)} million in the second quarter of 2026, "
        f"{g(T('Q2_26')['npw'], T('Q2_25')['npw']):.1f}% above the {fm(T('Q2_25')['npw'], True)} million written a year earlier. For "
        f"the first six months, net premiums written were {fm(T('6M_26')['npw'], True)} million, up "
        f"{g(T('6M_26')['npw'], T('6M_25')['npw']):.1f}%. Net premiums earned, which lag written premium as rate increases "
        f"earn through over the policy term, were {fm(T('Q2_26')['npe'], True)} million in the quarter and "
        f"{fm(T('6M_26')['npe'], True)} million for the six months, increases of {g(T('Q2_26')['npe'], T('Q2_25')['npe']):.1f}% "
        f"and {g(T('6M_26')['npe'], T('6M_25')['npe']):.1f}%, respectively.")
    d.label("Personal Auto")
    d.para(
        f"Personal Auto net premiums written increased {g(P['PA']['npw'], Pp['PA']['npw']):.1f}% to {fm(P['PA']['npw'], True)} million "
        f"and net premiums earned increased {g(P['PA']['npe'], Pp['PA']['npe']):.1f}% to {fm(P['PA']['npe'], True)} million. "
        f"Renewal rate increases averaged {RATE['PA']:.1f}% in the quarter, while policy retention held at {RETENTION['PA']:.1f}%. "
        f"Policies in force reached {PIF['PA'][1]:,} thousand at June 30, 2026, {pifg['PA']:.1f}% more than a year earlier, "
        f"as new business applications grew in most of our 23 states.")
    d.label("Homeowners")
    d.para(
        f"Homeowners net premiums written rose {g(P['HO']['npw'], Pp['HO']['npw']):.1f}% to {fm(P['HO']['npw'], True)} million, "
        f"driven by renewal rate increases that averaged {RATE['HO']:.1f}% and by higher insured values. We continued to reduce "
        f"exposure in wind- and hail-prone counties of Texas and Oklahoma; policies in force declined {-pifg['HO']:.1f}% from a "
        f"year earlier to {PIF['HO'][1]:,} thousand, and retention was {RETENTION['HO']:.1f}%. Net premiums earned were "
        f"{fm(P['HO']['npe'], True)} million, up {g(P['HO']['npe'], Pp['HO']['npe']):.1f}%.")
    d.label("Commercial Lines")
    d.para(
        f"Commercial Lines, which serves small and mid-sized businesses through independent agents, wrote "
        f"{fm(P['CL']['npw'], True)} million of net premiums in the quarter, up {g(P['CL']['npw'], Pp['CL']['npw']):.1f}%. "
        f"Renewal pricing rose {RATE['CL']:.1f}%, led by commercial auto and commercial property, and retention was "
        f"{RETENTION['CL']:.1f}%. Net premiums earned grew {g(P['CL']['npe'], Pp['CL']['npe']):.1f}% to "
        f"{fm(P['CL']['npe'], True)} million. Policies in force rose to {PIF['CL'][1]:,} thousand from {PIF['CL'][0]:,} thousand.")
    d.para(
        f"For the first six months of 2026, net premiums written were {fm(P6['PA']['npw'], True)} million in Personal Auto, "
        f"{fm(P6['HO']['npw'], True)} million in Homeowners and {fm(P6['CL']['npw'], True)} million in Commercial Lines, compared "
        f"with {fm(P6p['PA']['npw'], True)} million, {fm(P6p['HO']['npw'], True)} million and {fm(P6p['CL']['npw'], True)} million "
        f"in the first half of 2025.")
    d.para(
        "On June 1, 2026, we renewed our property catastrophe reinsurance program, which provides "
        f"${CAT_TREATY_LIMIT / 1000:.1f} billion of occurrence limit across all three segments. Risk-adjusted pricing on the "
        "program decreased modestly, and the structure is unchanged from the expiring program.")

    # ---------------------------------------------------------------- page 3: underwriting
    d.new_page()
    d.heading("Underwriting Results")
    t, tp, t6, t6p = T("Q2_26"), T("Q2_25"), T("6M_26"), T("6M_25")
    d.para(
        f"The consolidated combined ratio was {t['cr']:.1f}% in the second quarter of 2026, compared with {tp['cr']:.1f}% in the "
        f"second quarter of 2025, producing underwriting income of {fm(t['uw'], True)} million against an underwriting loss of "
        f"{fm(-tp['uw'], True)} million a year ago. The loss and loss adjustment expense (LAE) ratio was {t['lr']:.1f}% "
        f"({tp['lr']:.1f}% in 2025) and the expense ratio was {t['er']:.1f}% ({tp['er']:.1f}%). For the first six months, the "
        f"combined ratio was {t6['cr']:.1f}%, compared with {t6p['cr']:.1f}% for the same period of 2025.")
    d.para(
        f"Catastrophe losses were {fm(t['cat'], True)} million in the quarter, or {t['catp']:.1f} points of the combined ratio, "
        f"mostly from hail and severe convective storms in the Dallas-Fort Worth area, central Oklahoma and the Midwest in late "
        f"April and May. In the second quarter of 2025, catastrophe losses were {fm(tp['cat'], True)} million, or "
        f"{tp['catp']:.1f} points. Year-to-date catastrophe losses totaled {fm(t6['cat'], True)} million "
        f"({t6['catp']:.1f} points), compared with {fm(t6p['cat'], True)} million ({t6p['catp']:.1f} points) in the first half "
        f"of 2025.")
    d.para(
        f"Prior-year reserve development was favorable by {fm(-t['pyd'], True)} million in the quarter, reducing the combined "
        f"ratio by {-t['pydp']:.1f} points, compared with favorable development of {fm(-tp['pyd'], True)} million "
        f"({-tp['pydp']:.1f} points) a year earlier. The release came mainly from Personal Auto bodily injury for accident years "
        f"2022 through 2024 ({fm(-P['PA']['pyd'], True)} million) and Commercial Lines general liability "
        f"({fm(-P['CL']['pyd'], True)} million). Homeowners reserves developed favorably by {fm(-P['HO']['pyd'], True)} million. "
        f"For the six months, favorable development totaled {fm(-t6['pyd'], True)} million.")
    d.para(
        f"The underlying combined ratio, which excludes catastrophe losses and prior-year reserve development, improved "
        f"{r(tp['und'] - t['und']):.1f} points to {t['und']:.1f}%. The underlying loss and LAE ratio was "
        f"{r(t['und'] - t['er']):.1f}%, compared with {r(tp['und'] - tp['er']):.1f}%, as earned rate outpaced loss cost trends "
        f"in auto physical damage and property. The expense ratio improved {r(tp['er'] - t['er']):.1f} point to {t['er']:.1f}%, "
        f"reflecting growth in earned premium and lower technology spending.")
    d.label("Segment combined ratios")
    for s in SEGS:
        a, b, a6 = P[s], Pp[s], P6[s]
        d.para(
            f"{SEGNAME[s]}: combined ratio of {a['cr']:.1f}% in the quarter (second quarter of 2025: {b['cr']:.1f}%) and "
            f"{a6['cr']:.1f}% for the six months; underlying combined ratio of {a['und']:.1f}% (2025: {b['und']:.1f}%); "
            f"catastrophe losses of {fm(a['cat'], True)} million, or {a['catp']:.1f} points; underwriting "
            f"{'income' if a['uw'] >= 0 else 'loss'} of {fm(abs(a['uw']), True)} million.", bullet=True, after=4)

    # ---------------------------------------------------------------- page 4: investments, capital, outlook
    d.new_page()
    d.heading("Investments")
    p6, p6p = I["6M_26"], I["6M_25"]
    d.para(
        f"Net investment income was {fm(q2['nii'], True)} million in the second quarter, up {g(q2['nii'], q2p['nii']):.1f}% from "
        f"{fm(q2p['nii'], True)} million, and {fm(p6['nii'], True)} million for the first six months, up "
        f"{g(p6['nii'], p6p['nii']):.1f}%. The annualized pre-tax investment yield was {q2['yield']:.2f}% for the quarter, compared "
        f"with {q2p['yield']:.2f}% a year ago. New money yields on fixed maturity purchases averaged {NEW_MONEY:.2f}% in the "
        f"quarter, above the portfolio's pre-tax book yield of {BOOK_YIELD['Jun']:.2f}%. The fixed maturity portfolio had an "
        f"average credit quality of AA- and an effective duration of {DURATION['Jun']:.1f} years at June 30, 2026.")
    d.para(
        f"Net realized and unrealized investment gains were {fm(q2['gains'], True)} million before tax in the quarter, mainly "
        f"from the change in fair value of equity securities, compared with net losses of {fm(-q2p['gains'], True)} million in "
        f"the second quarter of 2025. Total investments were {fm(jun['inv'], True)} million at June 30, 2026.")
    d.heading("Capital Management")
    ytd_sh = BUYBACK["Q1_26"][0] + BUYBACK["Q2_26"][0]
    ytd_usd = BUYBACK["Q1_26"][1] + BUYBACK["Q2_26"][1]
    m["ytd_buyback"] = (ytd_sh, ytd_usd)
    d.para(
        f"During the second quarter, Larkhaven repurchased {BUYBACK['Q2_26'][0] / 100:.2f} million shares of common stock at a "
        f"total cost of {fm(BUYBACK['Q2_26'][1], True)} million. Year-to-date repurchases totaled {ytd_sh / 100:.2f} million shares "
        f"for {fm(ytd_usd, True)} million, and {fm(BUYBACK_LEFT, True)} million remained available under the board's "
        f"repurchase authorization at June 30, 2026.")
    d.para(
        f"On July 27, 2026, the board of directors declared a quarterly cash dividend of ${DPS['Q2_26']:.2f} per common share, "
        f"payable September 15, 2026, to shareholders of record on August 31, 2026. The quarterly dividend was raised "
        f"{g(DPS['Q2_26'] * 100, DPS['Q2_25'] * 100):.1f}% in February 2026 from ${DPS['Q2_25']:.2f}. Shareholders' equity was "
        f"{fm(jun['equity'], True)} million at June 30, 2026, and the ratio of debt to total capital was "
        f"{r(100 * jun['debt'] / (jun['debt'] + jun['equity'])):.1f}%.")
    d.heading("2026 Outlook")
    d.para(
        f"Based on first-half results, the company now expects a full-year 2026 underlying combined ratio of "
        f"{OUTLOOK_UCR_NEW[0]:.0f}% to {OUTLOOK_UCR_NEW[1]:.0f}%, better than its previous outlook of {OUTLOOK_UCR_OLD[0]:.0f}% to "
        f"{OUTLOOK_UCR_OLD[1]:.0f}%. The outlook assumes catastrophe losses of {OUTLOOK_CAT_Q3:.1f} points of net premiums earned "
        f"in the third quarter, which is historically our most active hurricane quarter, and no further prior-year reserve "
        f"development. Net investment income for the full year is expected to be ${OUTLOOK_NII[0]} million to "
        f"${OUTLOOK_NII[1]} million, and the effective tax rate on operating income is expected to be {OUTLOOK_TAX[0]:.0f}% to "
        f"{OUTLOOK_TAX[1]:.0f}%.")
    d.heading("Conference Call", 10, 14)
    d.para(
        "Management will discuss these results on a conference call at 10:00 a.m. Eastern Time on July 29, 2026. A webcast and "
        "the financial supplement will be available on the investor relations section of the company's website.", size=8.5, lead=11)
    d.heading("Non-GAAP Financial Measures", 10, 14)
    d.para(
        "Operating income is net income excluding net realized and unrealized investment gains and losses, net of tax at 21%. "
        "The underlying combined ratio excludes catastrophe losses and prior-year reserve development. Book value per share "
        "excluding AOCI removes unrealized gains and losses on fixed maturities. Operating return on equity is annualized "
        "operating income divided by average shareholders' equity. Reconciliations appear on page 11.", size=8.5, lead=11)
    d.para(
        "Forward-looking statements: This release contains statements about future results, including the 2026 outlook, that "
        "are subject to risks and uncertainties, including catastrophe activity, loss cost inflation, reserve adequacy and "
        "investment market conditions. Actual results may differ materially.", size=7.5, lead=9.5)

    # ---------------------------------------------------------------- page 5: income statement
    d.new_page()
    d.centered(CO, 11, bold=True, gap=13)
    d.centered("Consolidated Statements of Income (Unaudited)", 10, bold=True, gap=12)
    d.centered("(in millions, except per share data)", 8.5, gap=18)
    xs = d.cols(4, 330)
    P4 = ("Q2_26", "Q2_25", "6M_26", "6M_25")
    d.col_heads(xs, [("Three Months Ended June 30,", 0, 1), ("Six Months Ended June 30,", 2, 3)],
                ["2026", "2025", "2026", "2025"])
    R = {}  # row label -> cells, for the question writer

    def irow(lbl, vals, dollar=False, **kw):
        cells = [fm(v, dollar) for v in vals]
        R[lbl] = cells
        d.row(lbl, cells, xs, **kw)

    d.label("Revenues")
    irow("Net premiums earned", [T(p)["npe"] for p in P4], True, indent=8)
    irow("Net investment income", [I[p]["nii"] for p in P4], indent=8)
    irow("Net realized and unrealized investment gains (losses)", [I[p]["gains"] for p in P4], indent=8)
    irow("Fee and other income", [I[p]["fees"] for p in P4], indent=8, rule=True)
    irow("Total revenues", [I[p]["rev"] for p in P4], bold=True)
    d.gap()
    d.label("Losses and expenses")
    irow("Losses and loss adjustment expenses", [T(p)["loss"] for p in P4], indent=8)
    irow("Amortization of deferred policy acquisition costs", [T(p)["acq"] for p in P4], indent=8)
    irow("Other underwriting expenses", [T(p)["ouw"] for p in P4], indent=8)
    irow("Interest expense", [I[p]["interest"] for p in P4], indent=8)
    irow("Other corporate expenses", [I[p]["corp"] for p in P4], indent=8, rule=True)
    irow("Total losses and expenses", [I[p]["exp"] for p in P4], bold=True)
    d.gap()
    irow("Income before income taxes", [I[p]["pretax"] for p in P4])
    irow("Income tax expense", [I[p]["tax"] for p in P4], rule=True)
    irow("Net income", [I[p]["ni"] for p in P4], True, bold=True)
    d.gap(10)
    d.label("Earnings per common share")

    def prow(lbl, vals, fmt="${:.2f}", **kw):
        cells = [fmt.format(v) for v in vals]
        R[lbl] = cells
        d.row(lbl, cells, xs, **kw)

    prow("Basic", [I[p]["eps_b"] for p in P4], indent=8)
    prow("Diluted", [I[p]["eps_d"] for p in P4], indent=8)
    d.gap()
    d.label("Weighted average common shares outstanding")
    prow("Basic shares", [WSH[p][0] / 100 for p in P4], "{:.2f}", indent=8)
    prow("Diluted shares", [WSH[p][1] / 100 for p in P4], "{:.2f}", indent=8)
    d.gap()
    prow("Dividends declared per common share", [DPS[p] for p in P4])
    d.gap(10)
    d.label("Selected ratios (percent of net premiums earned)")

    def rrow(lbl, vals, **kw):
        cells = [pct(v) for v in vals]
        R[lbl] = cells
        d.row(lbl, cells, xs, **kw)

    rrow("Loss and LAE ratio", [T(p)["lr"] for p in P4], indent=8)
    rrow("Expense ratio", [T(p)["er"] for p in P4], indent=8, rule=True)
    rrow("Combined ratio", [T(p)["cr"] for p in P4], indent=8, bold=True)
    d.gap(8)
    d.para("The expense ratio is the amortization of deferred policy acquisition costs plus other underwriting expenses, "
           "divided by net premiums earned. Interest expense and other corporate expenses are excluded from the ratios.",
           size=7.5, lead=9.5)
    m["R_is"] = dict(R)

    # ---------------------------------------------------------------- page 6: balance sheet
    d.new_page()
    d.centered(CO, 11, bold=True, gap=13)
    d.centered("Consolidated Balance Sheets", 10, bold=True, gap=12)
    d.centered("(in millions, except per share data)", 8.5, gap=18)
    xb = d.cols(2, 430)
    d.col_heads(xb, [], ["June 30, 2026", "December 31, 2025"])
    c = d.c
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawRightString(xb[0], d.y + 27, "(unaudited)")
    B = {}

    def brow(lbl, key, dollar=False, **kw):
        cells = [fm(jun[key], dollar), fm(dec[key], dollar)]
        B[lbl] = cells
        d.row(lbl, cells, xb, **kw)

    d.label("Assets")
    d.label("Investments:", bold=False, indent=4)
    brow("Fixed maturities, available for sale, at fair value", "fixed", True, indent=12)
    brow("Equity securities, at fair value", "equity_sec", indent=12)
    brow("Short-term investments", "short_term", indent=12)
    brow("Other invested assets", "other_inv", indent=12, rule=True)
    brow("Total investments", "inv", bold=True, indent=4)
    brow("Cash", "cash", indent=4)
    brow("Premiums receivable, net", "prem_rec", indent=4)
    brow("Reinsurance recoverables on unpaid losses", "reins_rec", indent=4)
    brow("Prepaid reinsurance premiums", "prepaid", indent=4)
    brow("Deferred policy acquisition costs", "dac", indent=4)
    brow("Deferred income taxes", "dta", indent=4)
    brow("Other assets", "other_assets", indent=4, rule=True)
    brow("Total assets", "assets", True, bold=True)
    d.gap(8)
    d.label("Liabilities")
    brow("Unpaid losses and loss adjustment expenses", "unpaid", True, indent=4)
    brow("Unearned premiums", "upr", indent=4)
    brow("Senior notes payable", "debt", indent=4)
    brow("Accrued expenses and other liabilities", "accrued", indent=4, rule=True)
    brow("Total liabilities", "liab", bold=True)
    d.gap(8)
    d.label("Shareholders' equity")
    brow("Common stock, $0.10 par value", "common", indent=4)
    brow("Additional paid-in capital", "apic", indent=4)
    brow("Retained earnings", "re", indent=4)
    brow("Accumulated other comprehensive income (loss)", "aoci", indent=4)
    brow("Treasury stock, at cost", "treasury", indent=4, rule=True)
    brow("Total shareholders' equity", "equity", bold=True, rule=True)
    brow("Total liabilities and shareholders' equity", "tle", True, bold=True)
    d.gap(8)
    cells = [f"{sh['Jun'] / 100:.2f}", f"{sh['Dec'] / 100:.2f}"]
    B["Common shares outstanding"] = cells
    d.row("Common shares outstanding", cells, xb)
    cells = [f"${BV['Jun']['bvps']:.2f}", f"${BV['Dec']['bvps']:.2f}"]
    B["Book value per share"] = cells
    d.row("Book value per share", cells, xb)
    m["R_bs"] = B

    # ---------------------------------------------------------------- page 7: segment results
    d.new_page()
    d.centered("Segment Results", 11, bold=True, gap=12)
    d.centered("(in millions, except ratios and policies in force)", 8.5, gap=18)
    xs4 = d.cols(4, 330)
    SR = {}
    for s in SEGS:
        d.label(SEGNAME[s], size=9.5, lead=14)
        d.col_heads(xs4, [("Three Months Ended June 30,", 0, 1), ("Six Months Ended June 30,", 2, 3)],
                    ["2026", "2025", "2026", "2025"], size=7.5)
        rows = {}
        for lbl, key, dollar in (("Net premiums written", "npw", True), ("Net premiums earned", "npe", True),
                                 ("Losses and LAE", "loss", False), ("Underwriting expenses", None, False),
                                 ("Underwriting income (loss)", "uw", True)):
            vals = [S[(s, p)][key] if key else S[(s, p)]["acq"] + S[(s, p)]["ouw"] for p in P4]
            cells = [fm(v, dollar) for v in vals]
            rows[lbl] = cells
            d.row(lbl, cells, xs4, indent=6, size=8, lead=11.5, rule=(lbl == "Underwriting expenses"))
        for lbl, key in (("Loss and LAE ratio", "lr"), ("Expense ratio", "er"), ("Combined ratio", "cr")):
            cells = [pct(S[(s, p)][key]) for p in P4]
            rows[lbl] = cells
            d.row(lbl, cells, xs4, indent=6, size=8, lead=11.5, bold=(key == "cr"))
        cells = [f"{PIF[s][1]:,}", f"{PIF[s][0]:,}", "", ""]
        rows["Policies in force at June 30 (thousands)"] = cells[:2]
        d.row("Policies in force at June 30 (thousands)", cells, xs4, indent=6, size=8, lead=11.5)
        SR[s] = rows
        d.gap(10)
    # totals check
    for p in P4:
        assert sum(S[(s, p)]["uw"] for s in SEGS) == T(p)["uw"]
        assert T(p)["npe"] - T(p)["loss"] - T(p)["acq"] - T(p)["ouw"] == T(p)["uw"]
    m["R_seg"] = SR

    # ---------------------------------------------------------------- page 8: combined ratio reconciliation
    d.new_page()
    d.centered("Combined Ratio Reconciliation", 11, bold=True, gap=12)
    d.centered("(percent of net premiums earned; dollars in millions)", 8.5, gap=18)
    CRR = {}
    for key_name, who in (("Consolidated", "TOT"),) + tuple((SEGNAME[s], s) for s in SEGS):
        d.label(key_name, size=9.5, lead=14)
        d.col_heads(xs4, [("Three Months Ended June 30,", 0, 1), ("Six Months Ended June 30,", 2, 3)],
                    ["2026", "2025", "2026", "2025"], size=7.5)
        rows = {}
        X = [S[(who, p)] for p in P4]
        spec = [("Combined ratio (GAAP)", [pct(x["cr"]) for x in X], True),
                ("Less: catastrophe losses", [pct(x["catp"]) for x in X], False),
                ("Less: prior-year reserve development", [pct(x["pydp"]) for x in X], False),
                ("Underlying combined ratio", [pct(x["und"]) for x in X], True)]
        if who == "TOT":
            spec += [("Catastrophe losses, pre-tax ($)", [fm(x["cat"]) for x in X], False),
                     ("Prior-year reserve development ($)", [fm(x["pyd"]) for x in X], False)]
        for lbl, cells, bold in spec:
            rows[lbl] = cells
            d.row(lbl, cells, xs4, indent=6, size=8, lead=11.5, bold=bold,
                  rule=(lbl == "Less: prior-year reserve development"))
        for x in X:
            assert r(x["cr"] - x["catp"] - x["pydp"]) == x["und"]
        CRR[who] = rows
        d.gap(10)
    d.para("Prior-year reserve development is shown as a negative figure when favorable. Subtracting a favorable "
           "(negative) development adds it back, so the underlying combined ratio excludes both catastrophe losses and the "
           "effect of re-estimating reserves for accidents of earlier years.", size=7.5, lead=9.5)
    m["R_crr"] = CRR

    # ---------------------------------------------------------------- page 9: loss reserve roll-forward
    d.new_page()
    d.centered("Reconciliation of Unpaid Losses and Loss Adjustment Expenses", 11, bold=True, gap=12)
    d.centered("(in millions)", 8.5, gap=18)
    xr = d.cols(2, 430)
    d.col_heads(xr, [("Six Months Ended June 30,", 0, 1)], ["2026", "2025"])
    RR = {}
    a, b = RF["6M_26"], RF["6M_25"]

    def rfrow(lbl, key, dollar=False, **kw):
        cells = [fm(a[key], dollar), fm(b[key], dollar)]
        RR[lbl] = cells
        d.row(lbl, cells, xr, **kw)

    rfrow("Gross unpaid losses and LAE, beginning of period", "gross_b", True)
    rfrow("Less: reinsurance recoverables on unpaid losses", "rec_b", rule=True)
    rfrow("Net unpaid losses and LAE, beginning of period", "net_b", bold=True)
    d.gap(4)
    d.label("Incurred losses and LAE related to:", bold=False)
    rfrow("Current year", "inc_cy", indent=10)
    rfrow("Prior years", "inc_py", indent=10, rule=True)
    rfrow("Total incurred", "inc", bold=True, indent=4)
    d.gap(4)
    d.label("Paid losses and LAE related to:", bold=False)
    rfrow("Current year ", "paid_cy", indent=10)
    rfrow("Prior years ", "paid_py", indent=10, rule=True)
    rfrow("Total paid", "paid", bold=True, indent=4)
    d.gap(4)
    rfrow("Net unpaid losses and LAE, end of period", "net_e", bold=True)
    rfrow("Plus: reinsurance recoverables on unpaid losses", "rec_e", rule=True)
    rfrow("Gross unpaid losses and LAE, end of period", "gross_e", True, bold=True)
    for x in (a, b):
        assert x["net_b"] + x["inc"] - x["paid"] == x["net_e"]
        assert x["gross_e"] == x["net_e"] + x["rec_e"]
    assert a["gross_e"] == jun["unpaid"] and a["gross_b"] == dec["unpaid"]
    d.gap(12)
    d.para("Total incurred losses and LAE equal losses and loss adjustment expenses in the consolidated statements of income. "
           "Current-year incurred losses include catastrophe losses. Prior-year amounts in parentheses represent favorable "
           "development.", size=8, lead=10.5)
    d.gap(6)
    d.label("Incurred losses and LAE by segment, six months ended June 30, 2026", size=9, lead=14)
    xseg = d.cols(4, 300)
    d.col_heads(xseg, [], ["Current year", "Prior years", "Total", "Catastrophe"], size=7.5)
    RS = {}
    for s in SEGS:
        x = S[(s, "6M_26")]
        cells = [fm(x["cy"]), fm(x["pyd"]), fm(x["loss"]), fm(x["cat"])]
        RS[SEGNAME[s]] = cells
        d.row(SEGNAME[s], cells, xseg, indent=4)
    x = T("6M_26")
    cells = [fm(x["cy"]), fm(x["pyd"]), fm(x["loss"]), fm(x["cat"])]
    RS["Total"] = cells
    d.c.line(xseg[0] - 50, d.y + 9, RM, d.y + 9)
    d.row("Total", cells, xseg, bold=True)
    assert x["cy"] == a["inc_cy"] and x["pyd"] == a["inc_py"]
    RR["by_segment"] = RS
    m["R_rf"] = RR

    # ---------------------------------------------------------------- page 10: investment portfolio
    d.new_page()
    d.centered("Investment Portfolio", 11, bold=True, gap=12)
    d.centered("(dollars in millions)", 8.5, gap=18)
    xi = [330, 395, 480, RM]
    d.col_heads(xi, [("June 30, 2026", 0, 1), ("December 31, 2025", 2, 3)],
                ["Fair value", "% of total", "Fair value", "% of total"], size=7.5)
    PR = {}
    J, D = PORT["Jun"], PORT["Dec"]

    def share(v, tot):
        return f"{r(100 * v / tot):.1f}%"

    d.label("Fixed maturities:", bold=False)
    for (lbl, vj), (_, vd) in zip(J["rows"], D["rows"]):
        cells = [fm(vj), share(vj, J["total"]), fm(vd), share(vd, D["total"])]
        PR[lbl] = cells
        d.row(lbl, cells, xi, indent=8)
    for lbl, key, bold, ind in (("Total fixed maturities", "fixed", True, 4), ("Equity securities", "equity_sec", False, 4),
                                ("Short-term investments", "short_term", False, 4),
                                ("Other invested assets", "other_inv", False, 4), ("Total investments", "total", True, 0)):
        cells = [fm(J[key], key == "total"), share(J[key], J["total"]), fm(D[key], key == "total"), share(D[key], D["total"])]
        PR[lbl] = cells
        d.row(lbl, cells, xi, indent=ind, bold=bold, rule=(key in ("other_inv",)))
    d.gap(10)
    d.label("Fixed maturity portfolio characteristics", size=9, lead=14)
    d.col_heads(xb, [], ["June 30, 2026", "December 31, 2025"], size=7.5)
    for lbl, cells in (("Amortized cost", [fm(AMORT_COST["Jun"]), fm(AMORT_COST["Dec"])]),
                       ("Fair value", [fm(J["fixed"]), fm(D["fixed"])]),
                       ("Net unrealized gains (losses), pre-tax", [fm(J["fixed"] - AMORT_COST["Jun"]), fm(D["fixed"] - AMORT_COST["Dec"])]),
                       ("Pre-tax book yield", [f"{BOOK_YIELD['Jun']:.2f}%", f"{BOOK_YIELD['Dec']:.2f}%"]),
                       ("Effective duration (years)", [f"{DURATION['Jun']:.1f}", f"{DURATION['Dec']:.1f}"]),
                       ("Average credit quality", ["AA-", "AA-"])):
        PR["char:" + lbl] = cells
        d.row(lbl, cells, xb, indent=4)
    d.gap(10)
    d.label("Net investment income", size=9, lead=14)
    d.col_heads(xs4, [("Three Months Ended June 30,", 0, 1), ("Six Months Ended June 30,", 2, 3)],
                ["2026", "2025", "2026", "2025"], size=7.5)
    names = ("Fixed maturities", "Equity securities (dividends)", "Short-term investments", "Other invested assets")
    for k, lbl in enumerate(names):
        cells = [fm(I[p]["nii_parts"][k]) for p in P4]
        PR["nii:" + lbl] = cells
        d.row(lbl, cells, xs4, indent=4)
    for lbl, vals, kw in (("Gross investment income", [I[p]["nii_gross"] for p in P4], dict(bold=False)),
                          ("Investment expenses", [-I[p]["nii_parts"][4] for p in P4], dict(rule=True)),
                          ("Net investment income", [I[p]["nii"] for p in P4], dict(bold=True))):
        cells = [fm(v) for v in vals]
        PR["nii:" + lbl] = cells
        d.row(lbl, cells, xs4, indent=4 if lbl != "Net investment income" else 0, **kw)
    cells = [fm(AVG_INV[p]) for p in P4]
    PR["nii:Average invested assets, at amortized cost"] = cells
    d.row("Average invested assets, at amortized cost", cells, xs4)
    cells = [f"{I[p]['yield']:.2f}%" for p in P4]
    PR["nii:Annualized pre-tax investment yield"] = cells
    d.row("Annualized pre-tax investment yield", cells, xs4)
    m["R_inv"] = PR

    # ---------------------------------------------------------------- page 11: non-GAAP
    d.new_page()
    d.centered("Reconciliation of Non-GAAP Financial Measures", 11, bold=True, gap=12)
    d.centered("(in millions, except per share data)", 8.5, gap=18)
    NG = {}
    d.label("Operating income", size=9, lead=14)
    d.col_heads(xs4, [("Three Months Ended June 30,", 0, 1), ("Six Months Ended June 30,", 2, 3)],
                ["2026", "2025", "2026", "2025"], size=7.5)
    for lbl, key, dollar, sign in (("Net income", "ni", True, 1),
                                   ("Less: net realized and unrealized investment gains (losses)", "gains", False, 1),
                                   ("Add: income tax on investment gains (losses)", "gains_tax", False, 1),
                                   ("Operating income", "opi", True, 1)):
        cells = [fm(I[p][key], dollar) for p in P4]
        NG[lbl] = cells
        d.row(lbl, cells, xs4, bold=(key in ("opi",)), rule=(key == "gains_tax"), size=8)
    d.gap(4)
    d.label("Per diluted share", bold=False, size=8)
    for lbl, key in (("Net income per diluted share", "eps_d"),
                     ("Less: investment gains (losses), after tax, per share", "gat_ps"),
                     ("Operating income per diluted share", "opi_eps")):
        cells = [(f"${I[p][key]:.2f}" if I[p][key] >= 0 else f"$({-I[p][key]:.2f})") if key in ("eps_d", "opi_eps")
                 else (f"{I[p][key]:.2f}" if I[p][key] >= 0 else f"({-I[p][key]:.2f})") for p in P4]
        NG[lbl] = cells
        d.row(lbl, cells, xs4, indent=4, bold=(key == "opi_eps"), rule=(key == "gat_ps"), size=8)
    d.gap(10)
    d.label("Book value per share", size=9, lead=14)
    xbv = d.cols(4, 330)
    d.col_heads(xbv, [], ["June 30, 2026", "March 31, 2026", "Dec. 31, 2025", "June 30, 2025"], size=7.5)
    ks = ("Jun", "Mar", "Dec", "Jun25")
    for lbl, key, f in (("Total shareholders' equity", "equity", lambda v: fm(v, True)),
                        ("Less: accumulated other comprehensive income (loss)", "aoci", fm),
                        ("Shareholders' equity excluding AOCI", "ex", lambda v: fm(v, True)),
                        ("Common shares outstanding", "shares", lambda v: f"{v / 100:.2f}"),
                        ("Book value per share", "bvps", lambda v: f"${v:.2f}"),
                        ("Book value per share excluding AOCI", "bvps_ex", lambda v: f"${v:.2f}")):
        cells = [f(BV[k][key]) for k in ks]
        NG[lbl] = cells
        d.row(lbl, cells, xbv, size=8, rule=(key == "aoci"), bold=(key in ("bvps", "bvps_ex")))
    d.gap(10)
    d.label("Return on average shareholders' equity (annualized)", size=9, lead=14)
    xroe = d.cols(3, 380)
    d.col_heads(xroe, [("Three Months Ended June 30,", 0, 1)], ["2026", "2025", "Six Months 2026"], size=7.5)
    RP = ("Q2_26", "Q2_25", "6M_26")
    for lbl, cells in (("Net income", [fm(I[p]["ni"], True) for p in RP]),
                       ("Operating income", [fm(I[p]["opi"], True) for p in RP]),
                       ("Average shareholders' equity", [f"${ROE[p]['avg']:,.1f}" for p in RP]),
                       ("Return on average equity", [f"{ROE[p]['roe']:.1f}%" for p in RP]),
                       ("Operating return on average equity", [f"{ROE[p]['oroe']:.1f}%" for p in RP])):
        NG["roe:" + lbl] = cells
        d.row(lbl, cells, xroe, size=8)
    d.gap(8)
    d.para("Returns are annualized: quarterly income is multiplied by four and six-month income by two. Average shareholders' "
           "equity is the simple average of the opening and closing balances of the period. Income tax on investment gains and "
           "losses is computed at the 21% U.S. federal statutory rate.", size=7.5, lead=9.5)
    m["R_ng"] = NG
    d.save()
    return out


if __name__ == "__main__":
    model = build()
    print(write(model))
