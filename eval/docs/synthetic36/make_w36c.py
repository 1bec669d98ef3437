# Long on purpose: generated test data.
"""Writer C, blind pair 36: Tervassa Air Group (an invented US low-cost carrier) third-quarter 2026
results as a 6-page PDF, plus four invented news items that also cover its invented listed network
rival, Dunmarrow Airlines Group. Every figure is computed here from a few inputs and asserted to tie.

Run from the worktree root:  PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic36/make_w36c.py
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
PDF_NAME = "tervassa-air-q3-2026-results.pdf"
TXT_NAMES = (
    "tervassa-dunmarrow-q3-wire-2026-10-21.txt",
    "airlines-nine-months-business-daily-2026-10-23.txt",
    "unit-costs-trade-press-2026-10-26.txt",
    "hollowbrook-note-airline-digest-2026-10-27.txt",
)


def r(x, places: str = "0.1") -> D:
    """Round half-up."""
    return D(x).quantize(D(places), rounding=ROUND_HALF_UP)


def pct(a: D, b: D, places: str = "0.1") -> D:
    return r((a / b - 1) * 100, places)


# ----------------------------------------------------------------------------- inputs
COLS = ("q26", "q25", "n26", "n25")  # three months 2026/2025, nine months 2026/2025

REV = {  # $ millions
    "Passenger": dict(q26=D("1071.4"), q25=D("1002.8"), n26=D("3012.7"), n25=D("2788.5")),
    "Loyalty program": dict(q26=D("86.3"), q25=D("74.1"), n26=D("248.9"), n25=D("214.6")),
    "Other": dict(q26=D("34.9"), q25=D("31.6"), n26=D("101.2"), n25=D("92.3")),
}
OPEX = {
    "Aircraft fuel": dict(q26=D("338.6"), q25=D("331.2"), n26=D("962.4"), n25=D("948.1")),
    "Salaries, wages and benefits": dict(q26=D("362.4"), q25=D("318.9"), n26=D("1047.8"), n25=D("931.6")),
    "Landing fees and other rents": dict(q26=D("88.7"), q25=D("79.4"), n26=D("251.6"), n25=D("232.0")),
    "Aircraft rent": dict(q26=D("61.2"), q25=D("58.7"), n26=D("180.9"), n25=D("172.4")),
    "Maintenance, materials and repairs": dict(q26=D("52.9"), q25=D("47.3"), n26=D("158.2"), n25=D("139.5")),
    "Depreciation and amortization": dict(q26=D("71.5"), q25=D("63.8"), n26=D("208.3"), n25=D("186.1")),
    "Distribution": dict(q26=D("39.8"), q25=D("37.5"), n26=D("112.7"), n25=D("104.9")),
    "Other operating": dict(q26=D("94.1"), q25=D("85.6"), n26=D("271.5"), n25=D("246.8")),
    "Special items, net": dict(q26=D("12.4"), q25=D("0"), n26=D("19.7"), n25=D("6.3")),
}
NONOP = {
    "Interest expense": dict(q26=D("-24.8"), q25=D("-22.1"), n26=D("-71.9"), n25=D("-66.4")),
    "Interest income": dict(q26=D("9.6"), q25=D("8.8"), n26=D("27.1"), n25=D("25.9")),
    "Loss on extinguishment of debt": dict(q26=D("-3.2"), q25=D("0"), n26=D("-3.2"), n25=D("0")),
    "Other, net": dict(q26=D("1.1"), q25=D("-0.4"), n26=D("2.6"), n25=D("0.7")),
}
TAX_RATE = D("0.235")
TAX_ON_ADJ = D("0.23")
SHARES = {  # millions
    "basic": dict(q26=D("108.4"), q25=D("109.9"), n26=D("108.9"), n25=D("110.3")),
    "diluted": dict(q26=D("109.7"), q25=D("111.2"), n26=D("110.2"), n25=D("111.6")),
}
STATS = {  # as stated
    "asm": dict(q26=D(9842), q25=D(8915), n26=D(27604), n25=D(25118)),
    "rpm": dict(q26=D(8356), q25=D(7488), n26=D(23190), n25=D(20950)),
    "gallons": dict(q26=D("131.8"), q25=D("121.4"), n26=D("378.5"), n25=D("347.6")),
    "departures": dict(q26=D(41206), q25=D(38117), n26=D(118954), n25=D(109733)),
    "block": dict(q26=D(128430), q25=D(117905), n26=D(371218), n25=D(340662)),
    "fleet": dict(q26=D(142), q25=D(131), n26=D(142), n25=D(131)),
}
BS_ASSETS = {  # Sep 30 2026, Dec 31 2025; cash Sep 30 is the plug
    "Cash and cash equivalents": [None, D("744.9")],
    "Short-term investments": [D("305.6"), D("268.3")],
    "Accounts receivable, net": [D("96.2"), D("81.7")],
    "Aircraft fuel, spare parts and supplies, net": [D("58.3"), D("52.1")],
    "Prepaid expenses and other current assets": [D("71.9"), D("64.4")],
    "Property and equipment, net": [D("4386.7"), D("4098.2")],
    "Operating lease right-of-use assets": [D("1244.8"), D("1302.5")],
    "Other noncurrent assets": [D("187.4"), D("171.6")],
}
BS_LIAB = {
    "Accounts payable": [D("214.7"), D("198.2")],
    "Air traffic liability": [D("602.3"), D("541.8")],
    "Loyalty program deferred revenue": [D("191.5"), D("178.9")],
    "Current maturities of long-term debt and finance leases": [D("286.4"), D("254.1")],
    "Current operating lease liabilities": [D("203.6"), D("211.2")],
    "Other accrued liabilities": [D("338.2"), D("311.5")],
    "Long-term debt and finance leases, net": [D("2418.9"), D("2256.7")],
    "Noncurrent operating lease liabilities": [D("1089.3"), D("1146.0")],
    "Loyalty program deferred revenue, noncurrent": [D("142.6"), D("131.4")],
    "Deferred income taxes": [D("301.8"), D("276.5")],
    "Other noncurrent liabilities": [D("88.2"), D("83.7")],
}
EQ = {
    "Common stock": [D("0.1"), D("0.1")],
    "Additional paid-in capital": [D("1274.6"), D("1258.3")],
    "Retained earnings": [None, None],
    "Accumulated other comprehensive loss": [D("-6.8"), D("-9.4")],
    "Treasury stock, at cost": [D("-215.0"), D("-190.0")],
}
REVOLVER = D("400.0")
# Q4 2026 guidance
G_CAP = (D("8.0"), D("10.0"))
G_CASMX = (D("7.95"), D("8.15"))
G_TRASM = (D("-3.0"), D("-1.0"))
G_FUEL = D("2.48")
G_CAPEX_FY = D("640")
# Dunmarrow (the rival, news only): Q3 2026
DM = dict(rev_b=D("6.84"), rev_g=D("4.1"), adj_eps=D("1.92"), adj_eps_py=D("1.71"), gaap_eps=D("1.66"),
          trasm=D("17.36"), trasm_chg=D("-0.8"), casmx=D("13.21"), casmx_chg=D("2.4"), cap_g=D("3.5"),
          lf=D("85.2"), fleet=612, guide_old=(D("6.10"), D("6.50")), guide_new=(D("6.40"), D("6.70")),
          q4_cap=(D("2.0"), D("4.0")), fuel_q4=D("2.55"), nine_rev_b=D("19.37"), nine_g=D("3.6"))

# ----------------------------------------------------------------------------- derived


def build() -> dict:
    f: dict = {"rev": REV, "opex": OPEX, "nonop": NONOP}
    tot = lambda tbl, c: sum((v[c] for v in tbl.values()), D(0))  # noqa: E731
    f["total_rev"] = {c: tot(REV, c) for c in COLS}
    f["total_opex"] = {c: tot(OPEX, c) for c in COLS}
    f["op_inc"] = {c: f["total_rev"][c] - f["total_opex"][c] for c in COLS}
    f["total_nonop"] = {c: tot(NONOP, c) for c in COLS}
    f["pretax"] = {c: f["op_inc"][c] + f["total_nonop"][c] for c in COLS}
    f["tax"] = {c: r(f["pretax"][c] * TAX_RATE) for c in COLS}
    f["ni"] = {c: f["pretax"][c] - f["tax"][c] for c in COLS}
    f["eps_b"] = {c: r(f["ni"][c] / SHARES["basic"][c], "0.01") for c in COLS}
    f["eps_d"] = {c: r(f["ni"][c] / SHARES["diluted"][c], "0.01") for c in COLS}
    # non-GAAP
    f["adj_special"] = {c: OPEX["Special items, net"][c] for c in COLS}
    f["adj_debt"] = {c: -NONOP["Loss on extinguishment of debt"][c] for c in COLS}
    f["adj_total"] = {c: f["adj_special"][c] + f["adj_debt"][c] for c in COLS}
    f["adj_pretax"] = {c: f["pretax"][c] + f["adj_total"][c] for c in COLS}
    f["adj_taxeff"] = {c: r(f["adj_total"][c] * TAX_ON_ADJ) for c in COLS}
    f["adj_tax"] = {c: f["tax"][c] + f["adj_taxeff"][c] for c in COLS}
    f["adj_ni"] = {c: f["adj_pretax"][c] - f["adj_tax"][c] for c in COLS}
    f["adj_eps"] = {c: r(f["adj_ni"][c] / SHARES["diluted"][c], "0.01") for c in COLS}
    f["opex_x"] = {c: f["total_opex"][c] - OPEX["Aircraft fuel"][c] - OPEX["Special items, net"][c] for c in COLS}
    # statistics, each from the stated figures
    s = {k: dict(v) for k, v in STATS.items()}
    s["lf"] = {c: r(STATS["rpm"][c] / STATS["asm"][c] * 100) for c in COLS}
    s["yield"] = {c: r(REV["Passenger"][c] / STATS["rpm"][c] * 100, "0.01") for c in COLS}
    s["trasm"] = {c: r(f["total_rev"][c] / STATS["asm"][c] * 100, "0.01") for c in COLS}
    s["prasm"] = {c: r(REV["Passenger"][c] / STATS["asm"][c] * 100, "0.01") for c in COLS}
    s["casm"] = {c: r(f["total_opex"][c] / STATS["asm"][c] * 100, "0.01") for c in COLS}
    s["casmx"] = {c: r(f["opex_x"][c] / STATS["asm"][c] * 100, "0.01") for c in COLS}
    s["fuelpx"] = {c: r(OPEX["Aircraft fuel"][c] / STATS["gallons"][c], "0.01") for c in COLS}
    f["stats"] = s
    # balance sheet
    a, l_, e = ({k: list(v) for k, v in t.items()} for t in (BS_ASSETS, BS_LIAB, EQ))
    cur_a = ["Cash and cash equivalents", "Short-term investments", "Accounts receivable, net",
             "Aircraft fuel, spare parts and supplies, net", "Prepaid expenses and other current assets"]
    cur_l = ["Accounts payable", "Air traffic liability", "Loyalty program deferred revenue",
             "Current maturities of long-term debt and finance leases", "Current operating lease liabilities",
             "Other accrued liabilities"]
    tl = [sum((v[i] for v in l_.values()), D(0)) for i in (0, 1)]
    # Dec 31 2025: retained earnings make it balance; Sep 30 2026: RE rolls, cash is the plug
    ta_dec = sum((v[1] for v in a.values()), D(0))
    e["Retained earnings"][1] = ta_dec - tl[1] - sum((v[1] for k, v in e.items() if k != "Retained earnings"), D(0))
    e["Retained earnings"][0] = e["Retained earnings"][1] + f["ni"]["n26"]
    te = [sum((v[i] for v in e.values()), D(0)) for i in (0, 1)]
    a["Cash and cash equivalents"][0] = tl[0] + te[0] - sum(
        (v[0] for k, v in a.items() if k != "Cash and cash equivalents"), D(0))
    f["bs_a"], f["bs_l"], f["bs_e"] = a, l_, e
    f["tca"] = [sum((a[k][i] for k in cur_a), D(0)) for i in (0, 1)]
    f["ta"] = [sum((v[i] for v in a.values()), D(0)) for i in (0, 1)]
    f["tcl"] = [sum((l_[k][i] for k in cur_l), D(0)) for i in (0, 1)]
    f["tl"], f["te"] = tl, te
    f["cur_a"], f["cur_l"] = cur_a, cur_l
    f["liquidity"] = a["Cash and cash equivalents"][0] + a["Short-term investments"][0] + REVOLVER
    f["debt"] = [l_["Current maturities of long-term debt and finance leases"][i]
                 + l_["Long-term debt and finance leases, net"][i] for i in (0, 1)]
    # checks
    for i in (0, 1):
        assert f["ta"][i] == f["tl"][i] + f["te"][i]
    assert a["Cash and cash equivalents"][0] > 0 and e["Retained earnings"][1] > 0
    return f


def fm(x: D, dollar: bool = False, places: int = 1) -> str:
    """1,234.5 / (24.8) / — ; dollar sign as its own cell prefix."""
    if x == 0:
        return "—"
    s = f"{abs(x):,.{places}f}"
    s = f"({s})" if x < 0 else s
    return s


def chg(a: D, b: D, places: str = "0.1") -> str:
    v = pct(a, b, places)
    return f"({abs(v)})%" if v < 0 else f"{v}%"


# ----------------------------------------------------------------------------- PDF
TITLE = "Tervassa Air Group, Inc. — Third Quarter 2026 Results"
NPAGES = 6


class Doc:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle("Tervassa Air Group Third Quarter 2026 Results")
        self.c.setAuthor("Tervassa Air Group, Inc.")
        self.page = 0
        self.y = 0.0

    def start(self, heading: str | None = None):
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 760, TITLE)
        c.drawRightString(558, 760, "NASDAQ: TVSA")
        c.line(54, 755, 558, 755)
        c.drawString(54, 40, "Tervassa Air Group, Inc. | Investor Relations | Fort Lauderdale, Florida")
        c.drawRightString(558, 40, f"Page {self.page} of {NPAGES}")
        self.y = 730
        if heading:
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(306, self.y, heading)
            self.y -= 15

    def end(self):
        assert self.y > 52, (self.page, self.y)  # the body stays above the footer
        self.c.showPage()

    def center(self, text: str, size: float = 8.5, bold: bool = False):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawCentredString(306, self.y, text)
        self.y -= size + 4

    def para(self, text: str, size: float = 9, width: int = 104, bold: bool = False, gap: float = 5,
             x: float = 54):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        words, line = text.split(), ""
        for w in words:
            if len(line) + len(w) + 1 > width:
                self.c.drawString(x, self.y, line)
                self.y -= size + 3
                line = w
            else:
                line = f"{line} {w}".strip()
        if line:
            self.c.drawString(x, self.y, line)
            self.y -= size + 3
        self.y -= gap

    def row(self, label: str, cells: list[str], edges: list[float], bold: bool = False, dollar: bool = False,
            indent: int = 0, size: float = 8.5):
        """One table row as one text object: label, then each cell right-aligned at its edge
        (a "$" cell prefix sits 52 points left of the edge, written before its figure)."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        t = self.c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(54 + indent, self.y)
        t.textOut(label)
        for x, s in zip(edges, cells):
            if dollar and s not in ("", "—"):
                t.setTextOrigin(x - 52, self.y)
                t.textOut("$")
            t.setTextOrigin(x - stringWidth(s, font, size), self.y)
            t.textOut(s)
        self.c.drawText(t)
        self.y -= size + 4.5

    def rule(self, x0: float = 290, x1: float = 558):
        self.c.line(x0, self.y + 9, x1, self.y + 9)


E4 = [330, 400, 482, 552]


def head4(d: Doc, first: str = "Three Months Ended", second: str = "Nine Months Ended",
          years=("2026", "2025", "2026", "2025")):
    c = d.c
    c.setFont("Helvetica-Bold", 8.5)
    c.drawCentredString(342, d.y, first)
    c.drawCentredString(494, d.y, second)
    d.y -= 11
    c.drawCentredString(342, d.y, "September 30,")
    c.drawCentredString(494, d.y, "September 30,")
    d.y -= 11
    d.row("", list(years), E4, bold=True)
    d.y -= 2


def write_pdf(f: dict, path: Path) -> None:
    d = Doc(path)
    s = f["stats"]
    q, n = "q26", "n26"
    tr, to, oi = f["total_rev"], f["total_opex"], f["op_inc"]
    # ---------------------------------------------------------------- page 1: release
    d.start()
    d.c.setFont("Helvetica-Bold", 14)
    d.c.drawString(54, d.y, "Tervassa Air Group Reports Third Quarter 2026 Results")
    d.y -= 18
    d.para("FORT LAUDERDALE, Fla., October 21, 2026 -- Tervassa Air Group, Inc. (NASDAQ: TVSA) (\"Tervassa\" or "
           "the \"Company\") today reported financial results for the third quarter ended September 30, 2026.",
           gap=6)
    d.para("Third Quarter 2026 Highlights", bold=True, gap=2)
    hl = [
        f"Total operating revenue of ${fm(tr[q])} million, up {pct(tr[q], tr['q25'])}% year over year on capacity "
        f"growth of {pct(s['asm'][q], s['asm']['q25'])}%.",
        f"GAAP net income of ${fm(f['ni'][q])} million, or ${f['eps_d'][q]} per diluted share; adjusted net income "
        f"of ${fm(f['adj_ni'][q])} million, or ${f['adj_eps'][q]} per diluted share (non-GAAP).",
        f"Operating margin of {r(oi[q] / tr[q] * 100)}%, compared with {r(oi['q25'] / tr['q25'] * 100)}% in the "
        f"third quarter of 2025.",
        f"Total revenue per available seat mile (TRASM) of {s['trasm'][q]} cents, down "
        f"{abs(pct(s['trasm'][q], s['trasm']['q25']))}%; cost per available seat mile excluding fuel and special "
        f"items (CASM-ex) of {s['casmx'][q]} cents, up {pct(s['casmx'][q], s['casmx']['q25'])}%.",
        f"Loyalty program revenue of ${fm(REV['Loyalty program'][q])} million, up "
        f"{pct(REV['Loyalty program'][q], REV['Loyalty program']['q25'])}%, as co-branded card spending reached a "
        f"quarterly record.",
        f"Took delivery of four Airbus A321neo aircraft, ending the quarter with {s['fleet'][q]} aircraft.",
        f"Total liquidity of ${fm(f['liquidity'])} million at September 30, 2026, including the undrawn "
        f"${fm(REVOLVER)} million revolving credit facility.",
    ]
    for h in hl:
        d.c.setFont("Helvetica", 9)
        d.c.drawString(58, d.y, "-")
        d.para(h, width=98, gap=1, x=66)
    d.y -= 6
    d.para(
        "\"Our people ran a strong operation through a busy summer, completing 99.1% of scheduled flights, and the "
        "network additions we made in Florida and the Caribbean are maturing faster than our plan,\" said Marisol "
        "Ekwueme, Chief Executive Officer. \"Unit revenue softened in September as the industry added seats in our "
        "core markets, but our cost discipline held and we remain the lowest-cost carrier in most of the markets we "
        "serve.\"", gap=6)
    nine_ni = f["ni"]["n26"]
    d.para(
        f"For the nine months ended September 30, 2026, Tervassa reported total operating revenue of "
        f"${fm(tr[n])} million, an increase of {pct(tr[n], tr['n25'])}% over the same period of 2025, and GAAP net "
        f"income of ${fm(nine_ni)} million (${f['eps_d'][n]} per diluted share). Year-to-date adjusted pre-tax "
        f"income was ${fm(f['adj_pretax'][n])} million. During the third quarter the Company repurchased "
        f"$25.0 million of its common stock, bringing 2026 repurchases to $25.0 million; no dividend is paid.",
        gap=6)
    d.para(
        f"\"We are lowering the top end of our fourth-quarter unit cost range as new aircraft lift utilization,\" "
        f"said Dale Fenwright, Chief Financial Officer. \"We expect fourth-quarter capacity to grow "
        f"{G_CAP[0]}% to {G_CAP[1]}% and CASM-ex of {G_CASMX[0]} to {G_CASMX[1]} cents, assuming fuel at "
        f"${G_FUEL} per gallon.\"", gap=6)
    d.para("Special items in the third quarter of 2026 were $12.4 million, mainly a pilot contract ratification "
           "payment, and the Company recorded a $3.2 million loss on the early redemption of its 2027 secured notes. "
           "Both are excluded from adjusted (non-GAAP) results; see the reconciliation on page 4.", gap=4)
    d.end()
    # ---------------------------------------------------------------- page 2: operations statement
    d.start("Tervassa Air Group, Inc.")
    d.center("Condensed Consolidated Statements of Operations (unaudited)", 9.5, bold=True)
    d.center("(in millions, except per share data)", 8.5)
    d.y -= 4
    head4(d)
    d.row("Operating revenue:", [], E4, bold=True)
    for i, (k, v) in enumerate(REV.items()):
        d.row(k, [fm(v[c]) for c in COLS], E4, dollar=(i == 0), indent=10)
    d.rule()
    d.row("Total operating revenue", [fm(tr[c]) for c in COLS], E4, bold=True, dollar=True)
    d.y -= 3
    d.row("Operating expenses:", [], E4, bold=True)
    for k, v in OPEX.items():
        d.row(k, [fm(v[c]) for c in COLS], E4, indent=10)
    d.rule()
    d.row("Total operating expenses", [fm(to[c]) for c in COLS], E4, bold=True)
    d.y -= 3
    d.row("Operating income", [fm(oi[c]) for c in COLS], E4, bold=True)
    d.y -= 3
    d.row("Nonoperating income (expense):", [], E4, bold=True)
    for k, v in NONOP.items():
        d.row(k, [fm(v[c]) for c in COLS], E4, indent=10)
    d.rule()
    d.row("Total nonoperating expense, net", [fm(f["total_nonop"][c]) for c in COLS], E4)
    d.y -= 3
    d.row("Income before income taxes", [fm(f["pretax"][c]) for c in COLS], E4, bold=True)
    d.row("Provision for income taxes", [fm(f["tax"][c]) for c in COLS], E4)
    d.rule()
    d.row("Net income", [fm(f["ni"][c]) for c in COLS], E4, bold=True, dollar=True)
    d.y -= 6
    d.row("Earnings per share:", [], E4, bold=True)
    d.row("Basic", [f"{f['eps_b'][c]}" for c in COLS], E4, dollar=True, indent=10)
    d.row("Diluted", [f"{f['eps_d'][c]}" for c in COLS], E4, dollar=True, indent=10)
    d.y -= 4
    d.row("Weighted average shares outstanding:", [], E4, bold=True)
    d.row("Basic", [fm(SHARES["basic"][c]) for c in COLS], E4, indent=10)
    d.row("Diluted", [fm(SHARES["diluted"][c]) for c in COLS], E4, indent=10)
    d.y -= 8
    d.para("Special items, net, in 2026 include a $12.4 million pilot contract ratification payment in the third "
           "quarter and $7.3 million of fleet transition costs in the second quarter; 2025 includes $6.3 million of "
           "fleet transition costs.", size=7.5, width=130)
    d.end()
    # ---------------------------------------------------------------- page 3: statistics
    d.start("Tervassa Air Group, Inc.")
    d.center("Operating Statistics (unaudited)", 9.5, bold=True)
    d.y -= 4
    E6 = [300, 352, 404, 462, 514, 560]
    c = d.c
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(326, d.y, "Three Months Ended September 30,")
    c.drawCentredString(488, d.y, "Nine Months Ended September 30,")
    d.y -= 11
    d.row("", ["2026", "2025", "Change", "2026", "2025", "Change"], E6, bold=True, size=8)
    d.y -= 2

    def srow(label, key, fmt, change="pct", places="0.1"):
        cells = []
        for a_, b_ in (("q26", "q25"), ("n26", "n25")):
            va, vb = s[key][a_], s[key][b_]
            if change == "pct":
                ch = chg(va, vb, places)
            elif change == "pts":
                dv = va - vb
                ch = f"{dv} pts" if dv >= 0 else f"({abs(dv)}) pts"
            else:
                ch = ""
            cells += [fmt(va), fmt(vb), ch]
        d.row(label, cells, E6, size=8)

    intc = lambda v: f"{int(v):,}"  # noqa: E731
    d.row("Traffic and capacity", [], E6, bold=True, size=8)
    srow("Available seat miles (ASMs) (millions)", "asm", intc)
    srow("Revenue passenger miles (RPMs) (millions)", "rpm", intc)
    srow("Load factor (%)", "lf", lambda v: f"{v}", change="pts")
    srow("Departures", "departures", intc)
    srow("Block hours", "block", intc)
    d.y -= 4
    d.row("Revenue and cost per unit (cents)", [], E6, bold=True, size=8)
    srow("Passenger yield (cents per RPM)", "yield", lambda v: f"{v}")
    srow("Passenger revenue per ASM (PRASM)", "prasm", lambda v: f"{v}")
    srow("Total revenue per ASM (TRASM)", "trasm", lambda v: f"{v}")
    srow("Operating cost per ASM (CASM)", "casm", lambda v: f"{v}")
    srow("CASM excluding fuel and special items (CASM-ex)", "casmx", lambda v: f"{v}")
    d.y -= 4
    d.row("Fuel", [], E6, bold=True, size=8)
    srow("Fuel gallons consumed (millions)", "gallons", lambda v: f"{v}")
    srow("Average fuel cost per gallon ($)", "fuelpx", lambda v: f"{v}")
    d.y -= 4
    d.row("Fleet", [], E6, bold=True, size=8)
    srow("Aircraft in service at period end", "fleet", intc, change="none")
    d.y -= 10
    d.para("Load factor is revenue passenger miles divided by available seat miles. Passenger yield is passenger "
           "revenue divided by revenue passenger miles. CASM-ex excludes aircraft fuel and special items, net; it is "
           "a non-GAAP measure reconciled on page 4. Changes are computed from the figures as shown; load factor "
           "changes are in percentage points.", size=7.5, width=130)
    d.para(f"Fleet at September 30, 2026: {s['fleet']['q26'] - 96} Airbus A321neo, 61 Airbus A320neo and 35 "
           f"Airbus A320ceo aircraft.", size=7.5, width=130)
    assert s["fleet"]["q26"] - 96 + 61 + 35 == s["fleet"]["q26"]
    d.end()
    # ---------------------------------------------------------------- page 4: non-GAAP
    d.start("Tervassa Air Group, Inc.")
    d.center("Reconciliation of GAAP to Non-GAAP Financial Measures (unaudited)", 9.5, bold=True)
    d.center("(in millions, except per share data and CASM amounts)", 8.5)
    d.y -= 4
    head4(d)
    d.row("Income before income taxes (GAAP)", [fm(f["pretax"][c]) for c in COLS], E4, dollar=True)
    d.row("Adjusted for:", [], E4)
    d.row("Special items, net", [fm(f["adj_special"][c]) for c in COLS], E4, indent=10)
    d.row("Loss on extinguishment of debt", [fm(f["adj_debt"][c]) for c in COLS], E4, indent=10)
    d.rule()
    d.row("Adjusted pre-tax income (non-GAAP)", [fm(f["adj_pretax"][c]) for c in COLS], E4, bold=True, dollar=True)
    d.y -= 3
    d.row("Provision for income taxes (GAAP)", [fm(f["tax"][c]) for c in COLS], E4)
    d.row("Income tax effect of adjustments", [fm(f["adj_taxeff"][c]) for c in COLS], E4, indent=10)
    d.rule()
    d.row("Adjusted provision for income taxes", [fm(f["adj_tax"][c]) for c in COLS], E4)
    d.y -= 3
    d.row("Adjusted net income (non-GAAP)", [fm(f["adj_ni"][c]) for c in COLS], E4, bold=True, dollar=True)
    d.y -= 3
    d.row("Weighted average diluted shares", [fm(SHARES["diluted"][c]) for c in COLS], E4)
    d.row("Adjusted diluted EPS (non-GAAP)", [f"{f['adj_eps'][c]}" for c in COLS], E4, bold=True, dollar=True)
    d.row("Diluted EPS (GAAP)", [f"{f['eps_d'][c]}" for c in COLS], E4, dollar=True)
    d.y -= 12
    d.row("CASM-ex", [], E4, bold=True)
    d.row("Total operating expenses (GAAP)", [fm(to[c]) for c in COLS], E4, dollar=True)
    d.row("Less: Aircraft fuel", [fm(OPEX["Aircraft fuel"][c]) for c in COLS], E4, indent=10)
    d.row("Less: Special items, net", [fm(OPEX["Special items, net"][c]) for c in COLS], E4, indent=10)
    d.rule()
    d.row("Operating expenses excluding fuel and special items", [fm(f["opex_x"][c]) for c in COLS], E4,
          dollar=True)
    d.row("Available seat miles (millions)", [intc(s["asm"][c]) for c in COLS], E4)
    d.row("CASM (cents)", [f"{s['casm'][c]}" for c in COLS], E4)
    d.row("CASM-ex (cents)", [f"{s['casmx'][c]}" for c in COLS], E4, bold=True)
    d.y -= 10
    d.para("The Company believes adjusted measures, which exclude special items and the loss on extinguishment of "
           "debt, give investors a clearer view of underlying performance. The income tax effect of adjustments is "
           "computed at a combined statutory rate of 23%. Adjusted measures are not a substitute for GAAP results.",
           size=7.5, width=130)
    d.end()
    # ---------------------------------------------------------------- page 5: balance sheet
    d.start("Tervassa Air Group, Inc.")
    d.center("Condensed Consolidated Balance Sheets (unaudited)", 9.5, bold=True)
    d.center("(in millions)", 8.5)
    d.y -= 2
    E2 = [440, 540]
    c = d.c
    c.setFont("Helvetica-Bold", 8.5)
    c.drawRightString(440, d.y, "September 30,")
    c.drawRightString(540, d.y, "December 31,")
    d.y -= 11
    d.row("", ["2026", "2025"], E2, bold=True)
    d.y -= 1
    A, L, EQq = f["bs_a"], f["bs_l"], f["bs_e"]
    sz = 8
    d.row("ASSETS", [], E2, bold=True, size=sz)
    for i, k in enumerate(f["cur_a"]):
        d.row(k, [fm(A[k][0]), fm(A[k][1])], E2, dollar=(i == 0), indent=10, size=sz)
    d.rule(380)
    d.row("Total current assets", [fm(f["tca"][0]), fm(f["tca"][1])], E2, bold=True, size=sz)
    for k in A:
        if k not in f["cur_a"]:
            d.row(k, [fm(A[k][0]), fm(A[k][1])], E2, indent=10, size=sz)
    d.rule(380)
    d.row("Total assets", [fm(f["ta"][0]), fm(f["ta"][1])], E2, bold=True, dollar=True, size=sz)
    d.y -= 4
    d.row("LIABILITIES AND STOCKHOLDERS' EQUITY", [], E2, bold=True, size=sz)
    for i, k in enumerate(f["cur_l"]):
        d.row(k, [fm(L[k][0]), fm(L[k][1])], E2, dollar=(i == 0), indent=10, size=sz)
    d.rule(380)
    d.row("Total current liabilities", [fm(f["tcl"][0]), fm(f["tcl"][1])], E2, bold=True, size=sz)
    for k in L:
        if k not in f["cur_l"]:
            d.row(k, [fm(L[k][0]), fm(L[k][1])], E2, indent=10, size=sz)
    d.rule(380)
    d.row("Total liabilities", [fm(f["tl"][0]), fm(f["tl"][1])], E2, bold=True, size=sz)
    d.y -= 3
    d.row("Stockholders' equity:", [], E2, bold=True, size=sz)
    for k in EQq:
        d.row(k, [fm(EQq[k][0]), fm(EQq[k][1])], E2, indent=10, size=sz)
    d.rule(380)
    d.row("Total stockholders' equity", [fm(f["te"][0]), fm(f["te"][1])], E2, bold=True, size=sz)
    d.rule(380)
    d.row("Total liabilities and stockholders' equity", [fm(f["tl"][0] + f["te"][0]), fm(f["tl"][1] + f["te"][1])],
          E2, bold=True, dollar=True, size=sz)
    d.end()
    # ---------------------------------------------------------------- page 6: liquidity and guidance
    d.start("Tervassa Air Group, Inc.")
    d.center("Liquidity, Fleet Plan and Fourth Quarter 2026 Guidance", 9.5, bold=True)
    d.y -= 6
    cash, sti = A["Cash and cash equivalents"][0], A["Short-term investments"][0]
    d.para("Liquidity", bold=True, gap=2)
    d.para(f"At September 30, 2026, Tervassa had unrestricted cash and cash equivalents of ${fm(cash)} million and "
           f"short-term investments of ${fm(sti)} million. Together with the ${fm(REVOLVER)} million available under "
           f"its undrawn revolving credit facility, total liquidity was ${fm(f['liquidity'])} million. Total debt and "
           f"finance lease obligations, including current maturities, were ${fm(f['debt'][0])} million, compared "
           f"with ${fm(f['debt'][1])} million at December 31, 2025. In August the Company issued $300.0 million of "
           f"equipment notes due 2034 and redeemed $150.0 million of its 2027 secured notes.", gap=8)
    d.para("Fleet", bold=True, gap=2)
    d.para("The Company expects to take delivery of three more A321neo aircraft in the fourth quarter and to retire "
           "two A320ceo aircraft, ending 2026 with 143 aircraft. Full-year 2026 capital expenditures, net of "
           f"pre-delivery deposit returns, are expected to be approximately ${G_CAPEX_FY} million.", gap=8)
    assert s["fleet"]["q26"] + 3 - 2 == 143
    d.para("Fourth Quarter 2026 Guidance", bold=True, gap=4)
    E1 = [540]
    guid = [
        ("Capacity (ASMs), change year over year", f"up {G_CAP[0]}% to {G_CAP[1]}%"),
        ("Total revenue per ASM (TRASM), change year over year", f"down {abs(G_TRASM[1])}% to {abs(G_TRASM[0])}%"),
        ("CASM-ex (cents)", f"{G_CASMX[0]} to {G_CASMX[1]}"),
        ("Economic fuel cost per gallon", f"${G_FUEL}"),
        ("Effective tax rate", "23% to 25%"),
    ]
    d.row("Metric", ["Q4 2026 guidance"], E1, bold=True)
    for k, v in guid:
        d.row(k, [v], E1)
    d.y -= 10
    d.para("The guidance above is as of October 21, 2026. CASM-ex guidance excludes fuel and special items, which "
           "cannot be forecast without unreasonable effort. The fuel cost assumption is based on the forward curve "
           "as of October 14, 2026.", size=8, width=118)
    d.y -= 6
    d.para("Forward-Looking Statements", bold=True, size=8.5, gap=2)
    d.para("This release contains forward-looking statements, including the fourth quarter 2026 guidance, capacity "
           "plans, fleet deliveries and capital expenditures. Actual results may differ materially because of fuel "
           "prices, demand, competition, aircraft and engine delivery delays, labor relations, weather and other "
           "factors described in the Company's filings with the Securities and Exchange Commission. Tervassa "
           "undertakes no obligation to update these statements.", size=7.5, width=130)
    d.y -= 6
    d.para("Investor Relations: Nadia Okonkwo-Reyes, ir@tervassa-air.example | Media: press@tervassa-air.example",
           size=7.5, width=130)
    d.end()
    assert d.page == NPAGES
    d.c.save()


# ----------------------------------------------------------------------------- news items
# Figures the news adds (not in the PDF): share prices, analysts' numbers, the pilot bonus, headcount,
# the earlier Q4 CASM-ex range. Each is set here once.
TV_CLOSE, TV_MOVE = D("14.62"), D("-3.8")
DM_CLOSE, DM_MOVE = D("48.30"), D("2.1")
CONSENSUS_TV = D("0.47")
PILOT_BONUS, PILOTS, STAFF = D("11.3"), 1410, 7900
OLD_CASMX = (D("7.95"), D("8.25"))
HB = dict(tv_pt_new=D("17"), tv_pt_old=D("19"), tv_eps26_new=D("1.12"), tv_eps26_old=D("1.21"), tv_eps27=D("1.55"),
          dm_pt_new=D("58"), dm_pt_old=D("54"), dm_eps26=D("6.62"), dm_adj_pretax_margin=D("9.7"))


def cents(x: D) -> str:
    return f"{int(r(x * 100, '1'))} cents"


def write_txts(f: dict) -> dict[str, str]:
    s = f["stats"]
    tr, q = f["total_rev"], "q26"
    rev_b = r(tr[q] / 1000, "0.01")
    nine_b = r(tr["n26"] / 1000, "0.01")
    adj_margin = r(f["adj_pretax"][q] / tr[q] * 100)
    assert adj_margin == D("5.8") and rev_b == D("1.19") and nine_b == D("3.36")
    assert f["eps_d"][q] == D("0.37") and f["adj_eps"][q] == D("0.48") and f["adj_eps"]["q25"] == D("0.50")
    assert OLD_CASMX[0] == G_CASMX[0] and OLD_CASMX[1] > G_CASMX[1]  # "lowering the top end" (page 1)
    assert PILOT_BONUS < OPEX["Special items, net"][q]  # the bonus is "mainly" the Q3 special items
    out = {}
    out[TXT_NAMES[0]] = f"""COASTLINE NEWSWIRE -- AIRLINES/EARNINGS

Tervassa profit slips as unit revenue softens; Dunmarrow lifts 2026 outlook

By Tobias Lindgaard-Moore

FORT LAUDERDALE, Fla., Oct 21 (Coastline Newswire) - Tervassa Air Group Inc, the Florida-based low-cost carrier, \
said on Wednesday its third-quarter net income fell to ${fm(f['ni'][q])} million, or {cents(f['eps_d'][q])} a \
share, from ${fm(f['ni']['q25'])} million, or {cents(f['eps_d']['q25'])} a share, a year earlier.

Excluding special items and a debt-redemption charge, Tervassa earned {cents(f['adj_eps'][q])} a share, a \
penny above the {cents(CONSENSUS_TV)} analysts had expected on average, according to Lakemont Data. Revenue \
rose {pct(tr[q], tr['q25'])}% to ${rev_b} billion as the airline flew {pct(s['asm'][q], s['asm']['q25'])}% more \
seats, but revenue per available seat mile dropped {abs(pct(s['trasm'][q], s['trasm']['q25']))}% as rivals added \
flights to Florida and the Caribbean.

Network carrier Dunmarrow Airlines Group Inc, which reported on the same day, posted adjusted earnings of \
${DM['adj_eps']} a share for the July-September quarter, up from ${DM['adj_eps_py']} a year ago. On a GAAP basis \
it earned ${DM['gaap_eps']} a share. Quarterly revenue climbed {DM['rev_g']}% to a record ${DM['rev_b']} billion.

Dunmarrow raised its full-year adjusted profit forecast to ${DM['guide_new'][0]} to ${DM['guide_new'][1]} a \
share, from ${DM['guide_old'][0]} to ${DM['guide_old'][1]} previously, citing strong premium-cabin and \
transatlantic bookings.

Tervassa shares fell {abs(TV_MOVE)}% to close at ${TV_CLOSE} on Wednesday. Dunmarrow stock rose {DM_MOVE}% to \
${DM_CLOSE}.

(Reporting by Tobias Lindgaard-Moore; editing by Renata Vashti)
"""
    out[TXT_NAMES[1]] = f"""THE BISCAYNE BUSINESS DAILY | Markets & Companies | Friday, October 23, 2026

Two very different years for two Florida favorites

By Celestine Araujo-Park, Staff Writer

For Tervassa Air Group, 2026 has been a year of rapid growth and thinner returns. For Dunmarrow Airlines Group, \
the big network carrier that dominates the Miami long-haul market, it has been a year of pricing power.

Tervassa, which employs about {STAFF:,} people and is based in Fort Lauderdale, has brought in \
${nine_b} billion in the first nine months of the year, {pct(tr['n26'], tr['n25'])}% more than in the same stretch \
of 2025. Its year-to-date net income rose to ${fm(f['ni']['n26'])} million from ${fm(f['ni']['n25'])} million, \
helped by cheaper jet fuel: the carrier paid an average of ${s['fuelpx']['n26']} a gallon through September, \
against ${s['fuelpx']['n25']} a year earlier. In the third quarter alone, though, profit fell by about a quarter.

The third-quarter results included a one-time ratification bonus of ${PILOT_BONUS} million paid to Tervassa's \
{PILOTS:,} pilots after they approved a new four-year contract in August, which the company booked as a special \
item.

Dunmarrow, by contrast, has taken in ${DM['nine_rev_b']} billion of revenue year to date, up {DM['nine_g']}%, on \
far slower growth in seats. Its chief executive, Conrad Albescu, told analysts that corporate travel in the \
third quarter was "the best we have seen since 2019" and that the carrier would keep capacity growth in the \
fourth quarter at {DM['q4_cap'][0]}% to {DM['q4_cap'][1]}%.

Investors have noticed the difference. Tervassa's shares closed at ${TV_CLOSE} on Wednesday, down roughly 11% \
since January, while Dunmarrow's have gained about 18% so far this year.

"The low-cost model is not broken, but it is crowded," said Hollis Maybury, who teaches aviation management at \
a Miami university. "When everyone adds seats to Orlando and San Juan at the same time, fares give."
"""
    out[TXT_NAMES[2]] = f"""RUNWAY ECONOMICS WEEKLY
Carrier Watch -- Issue 43, October 26, 2026

UNIT COSTS: TERVASSA HOLDS THE LINE, DUMARROW'S CREEP HIGHER

Tervassa Air Group kept unit costs nearly flat in the third quarter while growing capacity by double digits. \
Cost per available seat mile excluding fuel and special items came in at {s['casmx'][q]} cents, up \
{pct(s['casmx'][q], s['casmx']['q25'])}% on a year earlier, and all-in CASM fell \
{abs(pct(s['casm'][q], s['casm']['q25']))}% to {s['casm'][q]} cents. The carrier burned {s['gallons'][q]} million \
gallons of jet fuel in the quarter at an average ${s['fuelpx'][q]} a gallon, down from ${s['fuelpx']['q25']}.

Management now guides fourth-quarter CASM-ex to {G_CASMX[0]} to {G_CASMX[1]} cents, trimming the top of the \
{OLD_CASMX[0]}-to-{OLD_CASMX[1]}-cent range it gave in July, on capacity growth of {G_CAP[0]}% to {G_CAP[1]}%. \
Fuel is assumed at ${G_FUEL} a gallon.

Dunmarrow Airlines Group's ex-fuel unit costs went the other way: CASM-ex rose {DM['casmx_chg']}% to \
{DM['casmx']} cents in the quarter on capacity growth of {DM['cap_g']}%, pushed up by new labor agreements and \
heavier engine maintenance. Its load factor was {DM['lf']}% and TRASM was {DM['trasm']} cents, down \
{abs(DM['trasm_chg'])}%. Dunmarrow assumes fourth-quarter fuel at ${DM['fuel_q4']} a gallon.

Fleet notes: Tervassa took four A321neos in the quarter and ended September with {s['fleet'][q]} aircraft; \
three more A321neos arrive by December while two A320ceos leave, for a year-end fleet of 143. Dunmarrow's \
mainline fleet stands at {DM['fleet']} aircraft.

Tervassa's load factor was {s['lf'][q]}%, {s['lf'][q] - s['lf']['q25']} points higher than a year ago, while its \
passenger yield fell {abs(pct(s['yield'][q], s['yield']['q25']))}% to {s['yield'][q]} cents.
""".replace("DUMARROW'S", "DUNMARROW'S")
    dm_up = r((HB['dm_pt_new'] / DM_CLOSE - 1) * 100)
    out[TXT_NAMES[3]] = f"""AIRLINE INVESTOR DIGEST -- Analyst Corner
Posted October 27, 2026

Hollowbrook trims Tervassa target, turns more bullish on Dunmarrow

Hollowbrook Securities analyst Priya Venkataraman cut her price target on Tervassa Air Group to ${HB['tv_pt_new']} \
from ${HB['tv_pt_old']} but kept a "buy" rating, saying in a note to clients on Monday that the low-cost \
carrier's "cost execution is the best in its peer group, but pricing in its core Florida markets will stay \
under pressure into the winter."

Venkataraman lowered her 2026 adjusted earnings estimate for Tervassa to ${HB['tv_eps26_new']} a share from \
${HB['tv_eps26_old']}, and set a 2027 estimate of ${HB['tv_eps27']}. She noted that Tervassa's third-quarter \
adjusted pre-tax margin of {adj_margin}% trailed Dunmarrow's {HB['dm_adj_pretax_margin']}%, and that Tervassa's \
fourth-quarter guidance for TRASM to fall {abs(G_TRASM[1])}% to {abs(G_TRASM[0])}% year over year "leaves little \
room for a fare recovery before spring."

On Dunmarrow Airlines Group, Hollowbrook raised its target to ${HB['dm_pt_new']} from ${HB['dm_pt_old']}, about \
{dm_up}% above Wednesday's close, and lifted its 2026 adjusted EPS estimate to ${HB['dm_eps26']}, near the top of \
the company's new range. "Premium demand is doing the heavy lifting," the note said.

Hollowbrook rates Dunmarrow "overweight". The firm has provided investment-banking services to neither company \
in the past 12 months, according to the note's disclosures.
"""
    assert dm_up == D("20.1")
    assert DM["guide_new"][0] <= HB["dm_eps26"] <= DM["guide_new"][1]
    return out


if __name__ == "__main__":
    F = build()
    write_pdf(F, HERE / PDF_NAME)
    for name, text in write_txts(F).items():
        (HERE / name).write_text(text, encoding="utf-8")
    import json
    print(json.dumps({k: {kk: str(vv) for kk, vv in v.items()} if isinstance(v, dict) and k in
                      ("total_rev", "total_opex", "op_inc", "pretax", "tax", "ni", "eps_d", "adj_pretax",
                       "adj_ni", "adj_eps") else None for k, v in F.items() if k in
                      ("total_rev", "total_opex", "op_inc", "pretax", "tax", "ni", "eps_d", "adj_pretax",
                       "adj_ni", "adj_eps")}, indent=0))
    print({k: {c: str(v) for c, v in F["stats"][k].items()} for k in ("lf", "yield", "trasm", "casm", "casmx", "fuelpx")})
    print("cash", F["bs_a"]["Cash and cash equivalents"], "RE", F["bs_e"]["Retained earnings"], "liq", F["liquidity"],
          "debt", F["debt"], "ta", F["ta"], "te", F["te"], "tca", F["tca"], "tcl", F["tcl"])
