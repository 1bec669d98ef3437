# Long on purpose: generated test data.
"""Writer C, blind pair 34: Kestrelyn Software Limited (ASX: KSY) full-year results for the
year ended 30 June 2026 (one PDF) and four news items (.txt) that also cover its listed
rival Tamberlo Group Limited (ASX: TBG). Both companies, their people, the broker and the
outlets are invented. Every figure is computed here from a few inputs and the ties are
asserted before anything is written.

Run from the worktree root: PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic34/make_w34c.py
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
PDF_NAME = "kestrelyn-fy26-results.pdf"


def D(x) -> Decimal:
    return Decimal(str(x))


def r1(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def r2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal) -> Decimal:
    return r1(num / den * 100)


def f1(x: Decimal) -> str:
    """One decimal, thousands separators, negatives in parentheses."""
    if x == 0:
        return "-"
    s = f"{abs(r1(x)):,.1f}"
    return f"({s})" if x < 0 else s


def fint(x) -> str:
    return f"{int(x):,}"


# ----------------------------------------------------------------------------- inputs (A$m)
F = {}
# halves: subscription, services, cost of revenue, underlying EBITDA
H = {
    "1H25": dict(sub=D("98.7"), svc=D("8.9"), cor=D("29.8"), uebitda=D("13.6")),
    "2H25": dict(sub=D("107.1"), svc=D("9.8"), cor=D("31.5"), uebitda=D("16.7")),
    "1H26": dict(sub=D("118.4"), svc=D("9.6"), cor=D("33.9"), uebitda=D("22.4")),
    "2H26": dict(sub=D("131.2"), svc=D("10.3"), cor=D("36.1"), uebitda=D("29.1")),
}
for h in H.values():
    h["rev"] = h["sub"] + h["svc"]
    h["gp"] = h["rev"] - h["cor"]
    h["gm"] = pct(h["gp"], h["rev"])
    h["um"] = pct(h["uebitda"], h["rev"])


def year(a, b):
    return {k: H[a][k] + H[b][k] for k in ("sub", "svc", "cor", "uebitda", "rev", "gp")}


Y = {"FY25": year("1H25", "2H25"), "FY26": year("1H26", "2H26")}
OPEX = {  # expenses excluding depreciation and amortisation
    "FY26": dict(rnd=D("68.2"), snm=D("52.7"), gna=D("27.1"), acq=D("3.4"), rst=D("2.1"),
                 dep=D("6.8"), amo=D("17.4"), fin=D("1.9"), tax=D("6.1")),
    "FY25": dict(rnd=D("60.4"), snm=D("47.9"), gna=D("24.6"), acq=D("0.0"), rst=D("1.2"),
                 dep=D("5.9"), amo=D("14.2"), fin=D("2.3"), tax=D("2.0")),
}
for k, y in Y.items():
    y.update(OPEX[k])
    assert y["gp"] - y["rnd"] - y["snm"] - y["gna"] == y["uebitda"], k  # underlying EBITDA ties
    y["sebitda"] = y["uebitda"] - y["acq"] - y["rst"]
    y["da"] = y["dep"] + y["amo"]
    y["ebit"] = y["sebitda"] - y["da"]
    y["pbt"] = y["ebit"] - y["fin"]
    y["npat"] = y["pbt"] - y["tax"]
    y["gm"] = pct(y["gp"], y["rev"])
    y["um"] = pct(y["uebitda"], y["rev"])
F26, F25 = Y["FY26"], Y["FY25"]
assert F26["rev"] == D("269.5") and F25["rev"] == D("224.5")
assert F26["uebitda"] == D("51.5") and F25["uebitda"] == D("30.3")
assert F26["npat"] == D("13.8") and F25["npat"] == D("4.7")
SHARES = {"FY26": (D("312.4"), D("318.9")), "FY25": (D("309.1"), D("314.0"))}  # weighted, millions
EPS = {k: (r2(Y[k]["npat"] / b * 100), r2(Y[k]["npat"] / d * 100)) for k, (b, d) in SHARES.items()}

# SaaS metrics
ARR = {"30 Jun 2025": D("247.6"), "31 Dec 2025": D("272.1"), "30 Jun 2026": D("298.4")}
ARR_REGION = {"Australia and New Zealand": D("201.3"), "United Kingdom": D("63.9"), "North America": D("33.2")}
assert sum(ARR_REGION.values()) == ARR["30 Jun 2026"]
ARR_REGION_25 = {"Australia and New Zealand": D("178.4"), "United Kingdom": D("42.0"), "North America": D("27.2")}
assert sum(ARR_REGION_25.values()) == ARR["30 Jun 2025"]
CUST = {"30 Jun 2025": 1603, "31 Dec 2025": 1712, "30 Jun 2026": 1846}
NRR = {"FY26": 112, "FY25": 109}
CHURN = {"FY26": D("4.1"), "FY25": D("4.6")}  # gross revenue churn, %
PELLWORTH_ARR = D("9.8")
ARR_GROWTH = pct(ARR["30 Jun 2026"] - ARR["30 Jun 2025"], ARR["30 Jun 2025"])
ARR_ORGANIC = pct(ARR["30 Jun 2026"] - PELLWORTH_ARR - ARR["30 Jun 2025"], ARR["30 Jun 2025"])
ARR_CC = D("19.6")  # constant currency, stated input (sterling strengthened)
assert ARR_GROWTH == D("20.5") and ARR_ORGANIC == D("16.6")
ARR_PER_CUST_K = r1(ARR["30 Jun 2026"] / CUST["30 Jun 2026"] * 1000)
EMPLOYEES = 1138

# balance sheet (30 June 2026, 30 June 2025)
BS = {
    "cash": (D("84.6"), D("71.2")), "recv": (D("38.9"), D("33.4")), "prep": (D("9.7"), D("8.1")),
    "ppe": (D("14.3"), D("12.8")), "rou": (D("18.6"), D("20.9")), "intang": (D("61.4"), D("52.7")),
    "gw": (D("96.8"), D("71.5")), "dta": (D("7.2"), D("6.9")),
    "pay": (D("24.7"), D("21.3")), "defrev": (D("97.5"), D("84.2")), "empprov": (D("15.8"), D("13.9")),
    "leasec": (D("4.4"), D("4.1")),
    "borr": (D("25.0"), D("30.0")), "leasenc": (D("16.9"), D("19.2")), "provnc": (D("2.6"), D("2.3")),
    "contrib": (D("168.9"), D("144.9")), "reserves": (D("11.7"), D("7.4")), "accl": (D("-36.0"), D("-49.8")),
}


def bs(i):
    b = {k: v[i] for k, v in BS.items()}
    b["tca"] = b["cash"] + b["recv"] + b["prep"]
    b["tnca"] = b["ppe"] + b["rou"] + b["intang"] + b["gw"] + b["dta"]
    b["ta"] = b["tca"] + b["tnca"]
    b["tcl"] = b["pay"] + b["defrev"] + b["empprov"] + b["leasec"]
    b["tncl"] = b["borr"] + b["leasenc"] + b["provnc"]
    b["tl"] = b["tcl"] + b["tncl"]
    b["na"] = b["ta"] - b["tl"]
    b["te"] = b["contrib"] + b["reserves"] + b["accl"]
    assert b["na"] == b["te"], (i, b["na"], b["te"])
    return b


B26, B25 = bs(0), bs(1)
assert B26["te"] == D("144.6") and B25["te"] == D("102.5")
SBP = D("4.3")
SHARES_FOR_ACQ = D("24.0")
assert B25["te"] + F26["npat"] + SBP + SHARES_FOR_ACQ == B26["te"]  # equity roll-forward
assert B25["accl"] + F26["npat"] == B26["accl"]
assert B25["reserves"] + SBP == B26["reserves"] and B25["contrib"] + SHARES_FOR_ACQ == B26["contrib"]
assert B25["borr"] - D("5.0") == B26["borr"]

# cash flow
CF = {
    "FY26": dict(rec=D("301.2"), paysup=D("-223.6"), int=D("-1.6"), taxp=D("-4.3"),
                 ppe=D("-5.1"), capdev=D("-22.9"), acqn=D("-19.8"),
                 repay=D("-5.0"), lease=D("-4.6"), fx=D("-0.9")),
    "FY25": dict(rec=D("251.0"), paysup=D("-199.8"), int=D("-2.0"), taxp=D("-1.1"),
                 ppe=D("-4.4"), capdev=D("-19.6"), acqn=D("0.0"),
                 repay=D("-5.0"), lease=D("-4.3"), fx=D("0.2")),
}
OPEN_CASH = {"FY26": B25["cash"], "FY25": D("56.2")}
for k, c in CF.items():
    c["ocf"] = c["rec"] + c["paysup"] + c["int"] + c["taxp"]
    c["icf"] = c["ppe"] + c["capdev"] + c["acqn"]
    c["fcf_fin"] = c["repay"] + c["lease"]
    c["net"] = c["ocf"] + c["icf"] + c["fcf_fin"]
    c["open"] = OPEN_CASH[k]
    c["close"] = c["open"] + c["net"] + c["fx"]
    c["fcf"] = c["ocf"] + c["ppe"] + c["capdev"] + c["lease"]  # company's free cash flow
C26, C25 = CF["FY26"], CF["FY25"]
assert C26["close"] == B26["cash"] and C25["close"] == B25["cash"]
assert C26["ocf"] == D("71.7") and C25["ocf"] == D("48.1")
assert C26["fcf"] == D("39.1") and C25["fcf"] == D("19.8")
# intangibles roll-forward: opening + capitalised development + acquired contracts - amortisation
ACQ_INTANG = D("3.2")
assert B25["intang"] + (-C26["capdev"]) + ACQ_INTANG - F26["amo"] == B26["intang"]
# PP&E: opening + purchases - depreciation of owned assets
PPE_DEP, ROU_DEP = D("3.6"), D("3.2")
assert PPE_DEP + ROU_DEP == F26["dep"] and B25["ppe"] + (-C26["ppe"]) - PPE_DEP == B26["ppe"]
# acquisition of Pellworth Rostering Ltd (UK)
ACQ_CASH, ACQ_CASH_ACQUIRED, ACQ_NEW_SHARES_M = D("21.2"), D("1.4"), D("6.2")
ACQ_TOTAL = ACQ_CASH + SHARES_FOR_ACQ
assert ACQ_CASH - ACQ_CASH_ACQUIRED == -C26["acqn"] and ACQ_TOTAL == D("45.2")
GW_ADDED = B26["gw"] - B25["gw"]
assert GW_ADDED == D("25.3")

# FY27 guidance
G_REV = (D("318"), D("328"))
G_UEBITDA = (D("68"), D("74"))
G_CAPEX = D("31")  # PP&E plus capitalised development, about

# Tamberlo Group (rival), FY26 (from its own release, as reported in the press)
T = dict(rev=D("412.6"), rev_g=D("11.3"), uebitda=D("88.7"), npat=D("22.4"), npat25=D("26.9"),
         impair=D("11.2"), arr=D("436.0"), arr_g=D("8.9"), cust=2930, nrr=104, buyback=D("40"),
         g_uebitda=(D("95"), D("100")), cloud_share=62, final_div_c=D("6.5"), total_div_c=D("12.0"))
T["um"] = pct(T["uebitda"], T["rev"])
assert T["um"] == D("21.5")
T["rev25"] = r1(T["rev"] / (1 + T["rev_g"] / 100))
assert T["rev25"] == D("370.7")

# market / broker
FX_WIRE = D("0.66")  # US$ per A$
FX_DAILY = D("0.65")
KSY_PX, KSY_MOVE, TBG_PX, TBG_MOVE = D("4.12"), D("8.4"), D("5.47"), D("3.1")
BROKER_TP_NEW, BROKER_TP_OLD, BROKER_TBG_TP = D("4.85"), D("4.40"), D("6.10")
BROKER_FY27_REV, BROKER_FY27_UEBITDA = D("326.0"), D("73.5")
EV_REV_KSY, EV_REV_TBG = D("4.1"), D("4.6")  # audit: 7.9 was about twice what the price (A$4.31) and the EPS-implied ~312m shares give
REV_G = pct(F26["rev"] - F25["rev"], F25["rev"])
SUB_G = pct(F26["sub"] - F25["sub"], F25["sub"])
RULE40_KSY = r1((F26["rev"] - F25["rev"]) / F25["rev"] * 100 + F26["uebitda"] / F26["rev"] * 100)
RULE40_TBG = T["rev_g"] + T["um"]
assert REV_G == D("20.0") and SUB_G == D("21.3") and RULE40_KSY == D("39.2") and RULE40_TBG == D("32.8")


# ----------------------------------------------------------------------------- PDF
W, Hh = A4
HEADER = "Kestrelyn Software Limited (ASX: KSY)  |  Full-year results announcement  |  26 August 2026"
NPAGES = 6


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.c.setTitle("Kestrelyn Software Limited FY26 results announcement")
        self.c.setAuthor("Kestrelyn Software Limited")
        self.page = 0
        self.y = 0.0

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.drawString(50, Hh - 32, HEADER)
        c.line(50, Hh - 38, W - 50, Hh - 38)
        c.line(50, 42, W - 50, 42)
        c.drawString(50, 30, "Kestrelyn Software Limited. Not audited unless stated.")
        c.drawRightString(W - 50, 30, f"Page {self.page} of {NPAGES}")
        self.y = Hh - 64

    def title(self, text, size=13):
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(50, self.y, text)
        self.y -= size + 8

    def sub(self, text):
        self.c.setFont("Helvetica-Bold", 9.5)
        self.c.drawString(50, self.y, text)
        self.y -= 14

    def note(self, text, size=8):
        self.c.setFont("Helvetica-Oblique", size)
        self.c.drawString(50, self.y, text)
        self.y -= size + 5

    def para(self, text, size=9, width=98):
        self.c.setFont("Helvetica", size)
        words, line = text.split(), ""
        for w in words:
            if len(line) + len(w) + 1 > width:
                self.c.drawString(50, self.y, line)
                self.y -= size + 3.5
                line = w
            else:
                line = f"{line} {w}".strip()
        if line:
            self.c.drawString(50, self.y, line)
            self.y -= size + 3.5
        self.y -= 5

    def table(self, heads, rows, xs, size=8.5, head_lines=1):
        """heads: list of column headings (each may hold '\n'); rows: (label, cells, bold)."""
        c = self.c
        c.setFont("Helvetica-Bold", size)
        nl = max(len(h.split("\n")) for h in heads)
        for i in range(nl):
            parts = [(x, h.split("\n")[i] if i < len(h.split("\n")) else "") for x, h in zip(xs, heads)]
            t = c.beginText(54, self.y - i * (size + 2))
            t.setFont("Helvetica-Bold", size)
            line_start = 54.0
            for x, p in parts:
                if p:
                    start = x - c.stringWidth(p, "Helvetica-Bold", size)
                    t.moveCursor(start - line_start, 0)
                    line_start = start
                    t.textOut(p)
            c.drawText(t)
        self.y -= nl * (size + 2) + 1
        c.line(50, self.y + size - 1, W - 50, self.y + size - 1)
        self.y -= 3
        for label, cells, bold in rows:
            # one text object a row (label, then each cell right-aligned), so the row reads as one line
            font = "Helvetica-Bold" if bold else "Helvetica"
            t = c.beginText(54, self.y)
            t.setFont(font, size)
            t.textOut(label)
            line_start = 54.0
            for x, cell in zip(xs, cells):
                if not cell:
                    continue
                start = x - c.stringWidth(cell, font, size)
                t.moveCursor(start - line_start, 0)  # Td: relative to the current line's start
                line_start = start
                t.textOut(cell)
            c.drawText(t)
            self.y -= size + 4.5
        self.y -= 6

    def save(self):
        self.c.save()


def chg(a, b):
    return f"{pct(a - b, b)}%"


def pts(a, b):
    d = r1(a - b)
    return f"{'+' if d >= 0 else ''}{d} pts"


def build_pdf():
    d = Doc(OUT / PDF_NAME)
    # ---- page 1: highlights
    d.new_page()
    d.title("Kestrelyn delivers 20% revenue growth and a step-up in second-half margins", 12.5)
    d.note("Results for the year ended 30 June 2026 (FY26). All amounts in Australian dollars (A$) unless stated.")
    d.y -= 4
    d.para(
        f"Sydney, 26 August 2026 - Kestrelyn Software Limited (ASX: KSY), the cloud rostering, payroll-compliance "
        f"and workforce platform for health, aged care and disability providers, today reported total revenue of "
        f"A${f1(F26['rev'])} million for FY26, up {REV_G}% on the prior year. Subscription revenue grew {SUB_G}% "
        f"to A${f1(F26['sub'])} million and now makes up {pct(F26['sub'], F26['rev'])}% of revenue. Annualised "
        f"recurring revenue (ARR) reached A${f1(ARR['30 Jun 2026'])} million at 30 June 2026, up {ARR_GROWTH}% "
        f"year on year, or {ARR_CC}% in constant currency. Excluding the A${PELLWORTH_ARR} million of ARR that came "
        f"with Pellworth Rostering, organic ARR growth was {ARR_ORGANIC}%."
    )
    d.para(
        f"Underlying EBITDA rose {chg(F26['uebitda'], F25['uebitda'])} to A${f1(F26['uebitda'])} million, a margin of "
        f"{F26['um']}% (FY25: {F25['um']}%). Statutory EBITDA was A${f1(F26['sebitda'])} million after "
        f"A${F26['acq']} million of acquisition and integration costs and A${F26['rst']} million of restructuring "
        f"costs. Statutory net profit after tax was A${f1(F26['npat'])} million, compared with A${f1(F25['npat'])} "
        f"million in FY25. Operating cash flow of A${f1(C26['ocf'])} million funded the Pellworth acquisition "
        f"and a A$5.0 million debt repayment, and the year closed with cash of A${f1(B26['cash'])} million."
    )
    d.para(
        f"Chief executive Odette Farrancourt said: \"The second half was our strongest ever. Revenue of "
        f"A${f1(H['2H26']['rev'])} million was {pct(H['2H26']['rev'] - H['2H25']['rev'], H['2H25']['rev'])}% above the "
        f"second half of FY25 and the underlying EBITDA margin lifted to {H['2H26']['um']}%, from "
        f"{H['1H26']['um']}% in the first half. Net revenue retention of {NRR['FY26']}% tells us existing "
        f"customers keep adding sites and modules.\""
    )
    d.sub("FY26 key metrics")
    d.note("(A$ millions, unless otherwise stated)")
    xs = [390, 460, 535]
    rows = [
        ("Total revenue", [f1(F26["rev"]), f1(F25["rev"]), chg(F26["rev"], F25["rev"])], False),
        ("Subscription revenue", [f1(F26["sub"]), f1(F25["sub"]), chg(F26["sub"], F25["sub"])], False),
        ("Annualised recurring revenue (ARR)", [f1(ARR["30 Jun 2026"]), f1(ARR["30 Jun 2025"]), f"{ARR_GROWTH}%"], False),
        ("Gross margin (%)", [f"{F26['gm']}", f"{F25['gm']}", pts(F26["gm"], F25["gm"])], False),
        ("Underlying EBITDA", [f1(F26["uebitda"]), f1(F25["uebitda"]), chg(F26["uebitda"], F25["uebitda"])], False),
        ("Underlying EBITDA margin (%)", [f"{F26['um']}", f"{F25['um']}", pts(F26["um"], F25["um"])], False),
        ("Statutory net profit after tax", [f1(F26["npat"]), f1(F25["npat"]), chg(F26["npat"], F25["npat"])], False),
        ("Net cash from operating activities", [f1(C26["ocf"]), f1(C25["ocf"]), chg(C26["ocf"], C25["ocf"])], False),
        ("Free cash flow (1)", [f1(C26["fcf"]), f1(C25["fcf"]), chg(C26["fcf"], C25["fcf"])], False),
        ("Customers at period end (number)", [fint(CUST["30 Jun 2026"]), fint(CUST["30 Jun 2025"]),
                                              chg(D(CUST["30 Jun 2026"]), D(CUST["30 Jun 2025"]))], False),
        ("Net revenue retention (%)", [f"{NRR['FY26']}", f"{NRR['FY25']}", f"+{NRR['FY26'] - NRR['FY25']} pts"], False),
    ]
    d.table(["FY26", "FY25", "Change"], rows, xs)
    d.note("(1) Net cash from operating activities less purchases of property, plant and equipment, capitalised")
    d.note("development costs and principal elements of lease payments. See page 5.")

    # ---- page 2: operating review
    d.new_page()
    d.title("Operating review")
    d.sub("Recurring revenue metrics")
    d.note("(A$ millions, unless otherwise stated)")
    xs = [380, 460, 535]
    rows = [
        ("ARR", [f1(ARR["30 Jun 2026"]), f1(ARR["31 Dec 2025"]), f1(ARR["30 Jun 2025"])], True),
        ("  Australia and New Zealand", [f1(ARR_REGION["Australia and New Zealand"]), "", f1(ARR_REGION_25["Australia and New Zealand"])], False),
        ("  United Kingdom", [f1(ARR_REGION["United Kingdom"]), "", f1(ARR_REGION_25["United Kingdom"])], False),
        ("  North America", [f1(ARR_REGION["North America"]), "", f1(ARR_REGION_25["North America"])], False),
        ("Customers (number)", [fint(CUST["30 Jun 2026"]), fint(CUST["31 Dec 2025"]), fint(CUST["30 Jun 2025"])], False),
        ("Average ARR per customer (A$ thousands)", [f1(ARR_PER_CUST_K), f1(r1(ARR["31 Dec 2025"] / CUST["31 Dec 2025"] * 1000)),
                                                     f1(r1(ARR["30 Jun 2025"] / CUST["30 Jun 2025"] * 1000))], False),
    ]
    d.table(["30 Jun 2026", "31 Dec 2025", "30 Jun 2025"], rows, xs)
    d.note("Regional ARR is reported at each balance date only; the 31 December 2025 split was not prepared.")
    d.y -= 4
    rows = [
        ("Net revenue retention (%)", [f"{NRR['FY26']}", f"{NRR['FY25']}"], False),
        ("Gross revenue churn (%)", [f"{CHURN['FY26']}", f"{CHURN['FY25']}"], False),
    ]
    d.table(["FY26", "FY25"], rows, [460, 535])
    d.sub("Half-year performance")
    d.note("(A$ millions, unless otherwise stated)")
    xs = [300, 360, 420, 480, 540]
    hrow = lambda lab, key, fmt=f1: (lab, [fmt(H["1H26"][key]), fmt(H["2H26"][key]), fmt(F26.get(key, D(0))) if key in F26 else "",
                                          fmt(H["1H25"][key]), fmt(H["2H25"][key])], key in ("rev", "gp", "uebitda"))
    rows = [
        hrow("Subscription revenue", "sub"),
        hrow("Services revenue", "svc"),
        hrow("Total revenue", "rev"),
        hrow("Cost of revenue", "cor", lambda v: f1(-v)),
        hrow("Gross profit", "gp"),
        ("Gross margin (%)", [str(H["1H26"]["gm"]), str(H["2H26"]["gm"]), str(F26["gm"]), str(H["1H25"]["gm"]), str(H["2H25"]["gm"])], False),
        hrow("Underlying EBITDA", "uebitda"),
        ("Underlying EBITDA margin (%)", [str(H["1H26"]["um"]), str(H["2H26"]["um"]), str(F26["um"]), str(H["1H25"]["um"]), str(H["2H25"]["um"])], False),
    ]
    d.table(["1H26", "2H26", "FY26", "1H25", "2H25"], rows, xs)
    d.para(
        f"Second-half revenue of A${f1(H['2H26']['rev'])} million was {pct(H['2H26']['rev'] - H['1H26']['rev'], H['1H26']['rev'])}% "
        f"higher than the first half, helped by a full six months of Pellworth, which was consolidated from "
        f"1 November 2025. The company added {CUST['30 Jun 2026'] - CUST['31 Dec 2025']} customers in the second half and "
        f"{CUST['31 Dec 2025'] - CUST['30 Jun 2025']} in the first. United Kingdom ARR rose to A${f1(ARR_REGION['United Kingdom'])} "
        f"million from A${f1(ARR_REGION_25['United Kingdom'])} million, including Pellworth; Australia and New Zealand "
        f"remains the largest region at {pct(ARR_REGION['Australia and New Zealand'], ARR['30 Jun 2026'])}% of group ARR. "
        f"Gross revenue churn improved to {CHURN['FY26']}% from {CHURN['FY25']}%. Headcount was {fint(EMPLOYEES)} at 30 June 2026."
    )

    # ---- page 3: income statement and EBITDA reconciliation
    d.new_page()
    d.title("Consolidated statement of profit or loss")
    d.note("For the year ended 30 June 2026 (A$ millions, except per share data)")
    xs = [460, 535]
    y = lambda lab, key, neg=False, bold=False: (lab, [f1(-F26[key] if neg else F26[key]), f1(-F25[key] if neg else F25[key])], bold)
    rows = [
        y("Subscription revenue", "sub"),
        y("Services revenue", "svc"),
        y("Total revenue", "rev", bold=True),
        y("Cost of revenue", "cor", neg=True),
        y("Gross profit", "gp", bold=True),
        y("Research and development expense", "rnd", neg=True),
        y("Sales and marketing expense", "snm", neg=True),
        y("General and administration expense", "gna", neg=True),
        y("Acquisition and integration costs", "acq", neg=True),
        y("Restructuring costs", "rst", neg=True),
        y("Depreciation", "dep", neg=True),
        y("Amortisation of intangible assets", "amo", neg=True),
        y("Operating profit (EBIT)", "ebit", bold=True),
        y("Net finance costs", "fin", neg=True),
        y("Profit before income tax", "pbt", bold=True),
        y("Income tax expense", "tax", neg=True),
        y("Net profit after tax", "npat", bold=True),
        ("Basic earnings per share (cents)", [f"{EPS['FY26'][0]}", f"{EPS['FY25'][0]}"], False),
        ("Diluted earnings per share (cents)", [f"{EPS['FY26'][1]}", f"{EPS['FY25'][1]}"], False),
    ]
    d.table(["FY26", "FY25"], rows, xs)
    d.note("Operating expense lines exclude depreciation and amortisation, which are shown separately.")
    d.y -= 8
    d.sub("Reconciliation of statutory net profit to underlying EBITDA")
    d.note("(A$ millions)")
    rows = [
        y("Statutory net profit after tax", "npat"),
        y("Add: income tax expense", "tax"),
        y("Add: net finance costs", "fin"),
        y("Add: depreciation and amortisation", "da"),
        y("Statutory EBITDA", "sebitda", bold=True),
        y("Add: acquisition and integration costs", "acq"),
        y("Add: restructuring costs", "rst"),
        y("Underlying EBITDA", "uebitda", bold=True),
    ]
    d.table(["FY26", "FY25"], rows, xs)
    d.para(
        "Underlying EBITDA is a non-IFRS measure that excludes acquisition and integration costs and restructuring "
        "costs. Share-based payment expense is not excluded. Kestrelyn believes the measure shows the earnings of "
        "the ongoing business; it has not been audited."
    )

    # ---- page 4: balance sheet
    d.new_page()
    d.title("Consolidated statement of financial position")
    d.note("As at 30 June 2026 (A$ millions)")
    xs = [455, 535]
    b = lambda lab, key, bold=False: (lab, [f1(B26[key]), f1(B25[key])], bold)
    rows = [
        b("Cash and cash equivalents", "cash"),
        b("Trade and other receivables", "recv"),
        b("Prepayments and other assets", "prep"),
        b("Total current assets", "tca", True),
        b("Property, plant and equipment", "ppe"),
        b("Right-of-use assets", "rou"),
        b("Intangible assets", "intang"),
        b("Goodwill", "gw"),
        b("Deferred tax assets", "dta"),
        b("Total non-current assets", "tnca", True),
        b("Total assets", "ta", True),
        b("Trade and other payables", "pay"),
        b("Contract liabilities (deferred revenue)", "defrev"),
        b("Employee benefit provisions", "empprov"),
        b("Lease liabilities - current", "leasec"),
        b("Total current liabilities", "tcl", True),
        b("Borrowings", "borr"),
        b("Lease liabilities - non-current", "leasenc"),
        b("Provisions - non-current", "provnc"),
        b("Total non-current liabilities", "tncl", True),
        b("Total liabilities", "tl", True),
        b("Net assets", "na", True),
        b("Contributed equity", "contrib"),
        b("Reserves", "reserves"),
        b("Accumulated losses", "accl"),
        b("Total equity", "te", True),
    ]
    d.table(["30 June\n2026", "30 June\n2025"], rows, xs)
    d.para(
        f"Borrowings are drawn under a A$60.0 million revolving facility maturing in March 2029; A$5.0 million was "
        f"repaid during the year. Contract liabilities rose to A${f1(B26['defrev'])} million as more customers "
        f"moved to annual billing in advance. Goodwill of A${GW_ADDED} million was recognised on the Pellworth acquisition."
    )

    # ---- page 5: cash flow
    d.new_page()
    d.title("Consolidated statement of cash flows")
    d.note("For the year ended 30 June 2026 (A$ millions)")
    xs = [460, 535]
    cf = lambda lab, key, bold=False: (lab, [f1(C26[key]), f1(C25[key])], bold)
    rows = [
        cf("Receipts from customers", "rec"),
        cf("Payments to suppliers and employees", "paysup"),
        cf("Interest paid, net", "int"),
        cf("Income tax paid", "taxp"),
        cf("Net cash from operating activities", "ocf", True),
        cf("Purchases of property, plant and equipment", "ppe"),
        cf("Capitalised development costs", "capdev"),
        cf("Acquisition of subsidiary, net of cash acquired", "acqn"),
        cf("Net cash used in investing activities", "icf", True),
        cf("Repayment of borrowings", "repay"),
        cf("Principal elements of lease payments", "lease"),
        cf("Net cash used in financing activities", "fcf_fin", True),
        cf("Net increase in cash and cash equivalents", "net", True),
        cf("Cash and cash equivalents at beginning of year", "open"),
        cf("Effect of exchange rate changes", "fx"),
        cf("Cash and cash equivalents at end of year", "close", True),
    ]
    d.table(["FY26", "FY25"], rows, xs)
    d.sub("Free cash flow")
    d.note("(A$ millions)")
    rows = [
        cf("Net cash from operating activities", "ocf"),
        cf("Purchases of property, plant and equipment", "ppe"),
        cf("Capitalised development costs", "capdev"),
        cf("Principal elements of lease payments", "lease"),
        cf("Free cash flow", "fcf", True),
    ]
    d.table(["FY26", "FY25"], rows, xs)
    d.para(
        f"Cash conversion was strong: operating cash flow was {pct(C26['ocf'], F26['uebitda'])}% of underlying EBITDA, "
        f"reflecting growth in annual prepaid contracts. The company paid no dividend in FY26 and the Board has not "
        f"declared a final dividend, preferring to fund product investment and acquisitions."
    )

    # ---- page 6: acquisition, outlook, definitions
    d.new_page()
    d.title("Acquisition of Pellworth Rostering")
    d.para(
        f"On 1 November 2025 Kestrelyn acquired Pellworth Rostering Ltd, a Leeds-based provider of shift "
        f"scheduling software to NHS trusts and care home groups, for total consideration of A${ACQ_TOTAL} million: "
        f"A${ACQ_CASH} million in cash and {ACQ_NEW_SHARES_M} million new Kestrelyn shares valued at "
        f"A${SHARES_FOR_ACQ} million. Pellworth brought A${PELLWORTH_ARR} million of ARR and {212} customers. "
        f"Acquired customer contracts of A${ACQ_INTANG} million were recognised as intangible assets."
    )
    d.title("FY27 outlook")
    d.para(
        f"For the year ending 30 June 2027 Kestrelyn expects total revenue of A${G_REV[0]} million to A${G_REV[1]} "
        f"million and underlying EBITDA of A${G_UEBITDA[0]} million to A${G_UEBITDA[1]} million. Combined spending on "
        f"property, plant and equipment and capitalised development is expected to be about A${G_CAPEX} million. "
        f"The guidance assumes no further acquisitions and an exchange rate of A$1.00 = GBP 0.49. The company does "
        f"not provide guidance on statutory profit."
    )
    d.sub("FY27 guidance summary")
    d.note("(A$ millions)")
    rows = [
        ("Total revenue", [f"{G_REV[0]} - {G_REV[1]}", f1(F26["rev"])], False),
        ("Underlying EBITDA", [f"{G_UEBITDA[0]} - {G_UEBITDA[1]}", f1(F26["uebitda"])], False),
        ("Capital expenditure incl. capitalised development", [f"about {G_CAPEX}", f1(-(C26["ppe"] + C26["capdev"]))], False),
    ]
    d.table(["FY27 guidance", "FY26 actual"], rows, [460, 535])
    d.title("Definitions", 11)
    for t in (
        "ARR: annualised value of contracted subscription revenue at the balance date, converted at that date's rates.",
        "Net revenue retention: ARR at the period end from customers who were customers twelve months earlier,",
        "divided by their ARR twelve months earlier.",
        "Gross revenue churn: ARR lost from customers who left in the period, as a percentage of opening ARR.",
        "1H26: six months ended 31 December 2025. 2H26: six months ended 30 June 2026.",
        "Results webcast: 10.00am AEST, 26 August 2026. Investor contact: Priya Lindqvist-Ho, Head of Investor Relations.",
    ):
        d.para(t, size=8, width=120)
        d.y += 4
    assert d.page == NPAGES
    d.save()


# ----------------------------------------------------------------------------- news items
def usd(x, fx):
    return f1(r1(x * fx))


WIRE = f"""CORALBAY NEWSWIRE
26 August 2026 11:42 AEST

Kestrelyn lifts full-year revenue 20%, guides to further growth

SYDNEY, Aug 26 (CBN) - Australian workforce software maker Kestrelyn Software Ltd (KSY.AX) on Wednesday reported full-year revenue of A${f1(F26['rev'])} million (US${usd(F26['rev'], FX_WIRE)} million) for fiscal 2026, up {REV_G}% from a year earlier, as hospitals and aged care operators signed up for its rostering platform.

Underlying EBITDA for the year to June 30 climbed to A${f1(F26['uebitda'])} million (US${usd(F26['uebitda'], FX_WIRE)} million) from A${f1(F25['uebitda'])} million. Second-half underlying EBITDA was A${f1(H['2H26']['uebitda'])} million.

Statutory net profit was A${f1(F26['npat'])} million, against A${f1(F25['npat'])} million a year earlier.

Annualised recurring revenue stood at A${f1(ARR['30 Jun 2026'])} million at June 30.

For fiscal 2027 the Sydney-based company forecast revenue of A${G_REV[0]} million to A${G_REV[1]} million.

Shares in Kestrelyn rose {KSY_MOVE}% to A${KSY_PX} by late morning. Larger rival Tamberlo Group Ltd (TBG.AX), which reports its full-year results on Sept. 2, fell {TBG_MOVE}% to A${TBG_PX}.

(US$1 = A${r2(1 / FX_WIRE)}; conversions at A$1 = US${FX_WIRE})

(Reporting by Callum Dreyfield; Editing by Anneke Soh)
"""

DAILY = f"""THE QUAYSIDE FINANCIAL DAILY
Thursday, 3 September 2026
COMPANIES | TECHNOLOGY

Tamberlo defends its turf as nimbler Kestrelyn closes in

By Harriet Vosloo-Penn

Tamberlo Group has spent a decade as the default choice for Australian health employers that need to roster nurses and pay them correctly. Its full-year numbers, released on Wednesday, suggest the title is safe for now, but the gap to Kestrelyn Software is narrowing.

Tamberlo's revenue for the year to June 30 rose {T['rev_g']}% to A${f1(T['rev'])} million, or roughly US${usd(T['rev'], FX_DAILY)} million. Underlying EBITDA came in at A${f1(T['uebitda'])} million, an underlying EBITDA margin of {T['um']}%. Statutory net profit after tax fell to A${f1(T['npat'])} million from A${f1(T['npat25'])} million, dragged down by an A${f1(T['impair'])} million impairment of its New Zealand payroll bureau.

Kestrelyn, which reported a week earlier, grew revenue {REV_G}% to A${f1(F26['rev'])} million and finished the year with annualised recurring revenue of A${f1(ARR['30 Jun 2026'])} million. Tamberlo's recurring revenue base remains far larger at A${f1(T['arr'])} million of ARR, up {T['arr_g']}%, and it serves {fint(T['cust'])} customers against Kestrelyn's {fint(CUST['30 Jun 2026'])}.

"We are not chasing growth at any price," Tamberlo managing director Lachlan Ebbing-Carr told analysts. "Our net revenue retention of {T['nrr']} per cent is a base we intend to build on, and about {T['cloud_share']} per cent of our customers are now on the cloud platform."

Tamberlo guided to fiscal 2027 underlying EBITDA of A${T['g_uebitda'][0]} million to A${T['g_uebitda'][1]} million and revenue growth in the high single digits. It will buy back up to A${T['buyback']} million of shares over the next 12 months and declared a final dividend of {T['final_div_c']} cents a share, fully franked, taking the full-year payout to {T['total_div_c']} cents.

Kestrelyn, by contrast, pays no dividend and put its cash into the A${ACQ_TOTAL} million purchase of Pellworth Rostering in the United Kingdom. Its net revenue retention of {NRR['FY26']} per cent is the highest in the listed peer group.

Tamberlo shares closed down 2.2 per cent on Wednesday. Kestrelyn shares have gained 31 per cent since January.
"""

TRADE = f"""RACKNOTES AU - the enterprise software beat
28 August 2026

Kestrelyn's UK bet starts to pay as second-half ARR jumps

Workforce SaaS vendor Kestrelyn has come out of fiscal 2026 with more customers, a bigger British business and, for the first time, a second half in which its margins looked like those of a mature software house.

The numbers first. Kestrelyn ended June with {fint(CUST['30 Jun 2026'])} customers, up from {fint(CUST['31 Dec 2025'])} at the end of December and {fint(CUST['30 Jun 2025'])} a year ago. ARR rose from A${f1(ARR['31 Dec 2025'])} million at the half to A${f1(ARR['30 Jun 2026'])} million at year end. Net revenue retention - the measure of how much more existing customers spend each year - was {NRR['FY26']}%, up from {NRR['FY25']}%.

The United Kingdom now contributes A${f1(ARR_REGION['United Kingdom'])} million of ARR, much of it from Pellworth Rostering, the Leeds outfit Kestrelyn bought last November. Pellworth's shift-swap app is being folded into the Kestrelyn Roster product and will be sold into Australian aged care from early 2027, chief technology officer Ruben Achterwald told RackNotes.

"Pellworth gave us {212} NHS and care-home customers and an engineering team that thinks about mobile first," Achterwald said. Kestrelyn now employs about {fint(round(EMPLOYEES, -1))} people across Sydney, Brisbane, Auckland, Leeds and Toronto.

Rival Tamberlo, which has moved about {T['cloud_share']}% of its {fint(T['cust'])} customers onto its cloud platform, is still migrating the rest from on-premise installations, a project it expects to finish in fiscal 2028. Tamberlo did not disclose the migration's cost.

Kestrelyn's gross margin for the full year was {F26['gm']}%, and {H['2H26']['gm']}% in the second half.
"""

NOTE = f"""MARKET WRAP: BROKER CALLS
The Quayside Financial Daily online, 4 September 2026

Calder Pike lifts Kestrelyn target, stays neutral on Tamberlo

Calder Pike Securities has raised its price target on Kestrelyn Software to A${BROKER_TP_NEW} from A${BROKER_TP_OLD} and kept an outperform rating, arguing the workforce software group deserves a premium to its larger rival Tamberlo Group.

In a note to clients, analyst Maren Ostrowska-Lee wrote that Kestrelyn's fiscal 2026 "rule of 40" score - revenue growth plus underlying EBITDA margin - was {RULE40_KSY}, compared with {RULE40_TBG} for Tamberlo. "Kestrelyn is the only name in our coverage that is within touching distance of 40 while still growing organic ARR in the mid-teens," she wrote.

Calder Pike forecasts Kestrelyn fiscal 2027 revenue of A${f1(BROKER_FY27_REV)} million, near the top of company guidance, and underlying EBITDA of A${f1(BROKER_FY27_UEBITDA)} million. On those numbers Kestrelyn trades on {EV_REV_KSY} times fiscal 2027 enterprise value to revenue, against {EV_REV_TBG} times for Tamberlo.

The broker kept a neutral rating on Tamberlo with a price target of A${BROKER_TBG_TP}, saying the A${T['buyback']} million buyback "supports the shares but does not fix growth". Ostrowska-Lee flagged the A${f1(T['impair'])} million New Zealand impairment as a sign that Tamberlo's non-core services businesses remain a drag.

Kestrelyn shares were 1.2 per cent higher at A$4.31 in early trade. Tamberlo was flat.
"""


def main():
    build_pdf()
    for name, text in (
        ("kestrelyn-cbn-wire-2026-08-26.txt", WIRE),
        ("quayside-tamberlo-kestrelyn-2026-09-03.txt", DAILY),
        ("racknotes-kestrelyn-uk-2026-08-28.txt", TRADE),
        ("quayside-calder-pike-note-2026-09-04.txt", NOTE),
    ):
        (OUT / name).write_text(text, encoding="utf-8")
    print("wrote", PDF_NAME, "and 4 .txt items to", OUT)


if __name__ == "__main__":
    main()
