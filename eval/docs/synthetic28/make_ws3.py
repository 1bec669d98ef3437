# Long on purpose: one document drawn page by page with every figure computed in order; test data, not product code.
"""Synthetic blind pair 28, writer C: generator for a FICTIONAL company's documents.

Quillmont Networks, Inc. (invented; ticker QLMT invented) makes campus switches, optical
transport gear and network software. This script computes every figure once and writes:

  QUILLMONT_2026Q3_EARNINGS.pdf            4-page quarterly report summary (reportlab canvas)
  quillmont-q3-2026-results.txt            news article (wire style), 28 Oct 2026
  quillmont-lindqvist-acquisition-2026.txt news article (European business desk), 12 Nov 2026
  quillmont-investor-day-2026.txt          news article (trade-press column), 2 Dec 2026

Run with a Python that has reportlab 5.x (the system python3 here lacks it; the project venv has it):
    /work/main/.venv/bin/python make_ws3.py
The output is byte-for-byte reproducible (invariant=1). Every derived figure (totals, subtotals, margins,
per-share amounts, % changes, non-GAAP reconciliation, the cash roll-forward, the outlook = nine months + Q4
range) is computed here and asserted; the article prose takes its figures from the same variables.
Held-out material: nobody working on the product should read these documents' questions.
"""
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CO = "Quillmont Networks, Inc."


def r1(x):
    return round(x + 1e-9, 1)


def pct(a, b):
    return (a - b) / b * 100.0


# ----------------------------------------------------------------------------- numbers
# Business lines, USD millions. Prior-year columns are RECAST (controller subscriptions moved
# from Campus & Edge Switching to Software & Services on 1 Jan 2026).
Q3_LINES = {  # (2026, 2025 recast)
    "Campus & Edge Switching": (512.4, 457.2),
    "Optical Transport": (371.8, 290.5),
    "Software & Services": (298.6, 238.1),
}
Q3_25_REPORTED = {"Campus & Edge Switching": 468.9, "Software & Services": 226.4}
YTD_LINES = {
    "Campus & Edge Switching": (1468.3, 1352.0),
    "Optical Transport": (1002.6, 812.4),
    "Software & Services": (851.9, 690.5),
}
Q3_REGIONS = {"Americas": (601.5, 520.3), "EMEA": (352.7, 287.9), "Asia Pacific": (228.6, 177.6)}
YTD_REGIONS = {"Americas": (1702.4, 1493.2), "EMEA": (986.1, 858.0), "Asia Pacific": (634.3, 503.7)}

# recast moves the same amount out of one line and into the other
_moved = r1(Q3_25_REPORTED["Campus & Edge Switching"] - Q3_LINES["Campus & Edge Switching"][1])
assert _moved == r1(Q3_LINES["Software & Services"][1] - Q3_25_REPORTED["Software & Services"]) == 11.7


def tot(d, i):
    return r1(sum(v[i] for v in d.values()))


REV = {"q26": tot(Q3_LINES, 0), "q25": tot(Q3_LINES, 1), "y26": tot(YTD_LINES, 0), "y25": tot(YTD_LINES, 1)}
for k, i, d in (("q26", 0, Q3_REGIONS), ("q25", 1, Q3_REGIONS), ("y26", 0, YTD_REGIONS), ("y25", 1, YTD_REGIONS)):
    assert tot(d, i) == REV[k], (k, tot(d, i), REV[k])

COLS = ("q26", "q25", "y26", "y25")
IS = {
    "cor": dict(zip(COLS, (502.7, 433.8, 1424.1, 1262.0))),
    "rd": dict(zip(COLS, (214.6, 183.2, 604.7, 530.7))),
    "sga": dict(zip(COLS, (268.0, 235.9, 765.4, 691.3))),
    "amort": dict(zip(COLS, (14.2, 15.0, 43.1, 45.2))),
    "restr": dict(zip(COLS, (9.8, 0.0, 27.4, 6.1))),
    "intexp": dict(zip(COLS, (-11.3, -12.6, -34.8, -38.1))),
    "other": dict(zip(COLS, (4.1, -1.7, 9.6, 2.2))),
    "tax": dict(zip(COLS, (31.4, 20.5, 83.5, 56.9))),
    "sh_basic": dict(zip(COLS, (118.4, 117.1, 118.1, 116.9))),
    "sh_dil": dict(zip(COLS, (120.9, 119.6, 120.7, 119.3))),
    "sbc": dict(zip(COLS, (31.5, 27.8, 92.4, 83.0))),
    "taxadj": dict(zip(COLS, (-11.2, -9.0, -34.0, -28.6))),
    "cfo": dict(zip(COLS, (196.3, 162.0, 512.8, 418.5))),
    "capex": dict(zip(COLS, (-38.7, -41.2, -117.9, -109.6))),
    "orders": dict(zip(COLS, (1301.1, 1035.0, 3588.6, 2997.1))),
}
C = {}
for c in COLS:
    x = {"rev": REV[c]}
    for k, v in IS.items():
        x[k] = v[c]
    x["gp"] = r1(x["rev"] - x["cor"])
    x["opex"] = r1(x["rd"] + x["sga"] + x["amort"] + x["restr"])
    x["oi"] = r1(x["gp"] - x["opex"])
    x["ebt"] = r1(x["oi"] + x["intexp"] + x["other"])
    x["ni"] = r1(x["ebt"] - x["tax"])
    x["eps_b"] = round(x["ni"] / x["sh_basic"], 2)
    x["eps_d"] = round(x["ni"] / x["sh_dil"], 2)
    x["ng_oi"] = r1(x["oi"] + x["sbc"] + x["amort"] + x["restr"])
    x["ng_ni"] = r1(x["ni"] + x["sbc"] + x["amort"] + x["restr"] + x["taxadj"])
    x["ng_eps"] = round(x["ng_ni"] / x["sh_dil"], 2)
    x["fcf"] = r1(x["cfo"] + x["capex"])
    x["gm"] = round(x["gp"] / x["rev"] * 100, 1)
    x["om"] = round(x["oi"] / x["rev"] * 100, 1)
    x["ng_om"] = round(x["ng_oi"] / x["rev"] * 100, 1)
    x["btb"] = round(x["orders"] / x["rev"], 2)
    x["etr"] = round(x["tax"] / x["ebt"] * 100, 1)
    C[c] = x

CASH_END = 1412.6  # cash, cash equivalents and short-term investments, 30 Sep 2026
CASH_BEGIN_YTD = 1318.9  # 31 Dec 2025
BUYBACK_YTD = -162.0
DIVS_YTD = -85.1
OTHER_FIN_YTD = -54.1  # net of debt repayment, employee plans, FX and other
assert r1(CASH_BEGIN_YTD + C["y26"]["cfo"] + C["y26"]["capex"] + BUYBACK_YTD + DIVS_YTD + OTHER_FIN_YTD) == CASH_END
HEADCOUNT = (9840, 9310)
Q3_BUYBACK_SH, Q3_BUYBACK_USD = 0.41, 54.3
DIV_Q = 0.24

# Outlook (Q4 and full year 2026), and the prior full-year outlook given on 28 July 2026
OUT_Q4_REV = (1215, 1255)
OUT_Q4_NGOM = (19.5, 20.5)
OUT_Q4_NGEPS = (1.58, 1.66)
OUT_Q4_EPS = (1.18, 1.26)
OUT_FY_REV = (4540, 4580)
OUT_FY_REV_PRIOR = (4420, 4500)
OUT_FY_NGEPS = (5.55, 5.65)
OUT_FY_NGEPS_PRIOR = (5.30, 5.45)
# full-year outlook equals nine months plus the Q4 range, to the nearest $5-10 million
assert all(abs(C["y26"]["ng_eps"] + OUT_Q4_NGEPS[i] - OUT_FY_NGEPS[i]) < 0.04 for i in (0, 1))
assert abs(C["y26"]["rev"] + OUT_Q4_REV[0] - OUT_FY_REV[0]) < 5 and abs(C["y26"]["rev"] + OUT_Q4_REV[1] - OUT_FY_REV[1]) < 5


def m(x, dollar=False, dec=1):
    """filing style: parentheses for negatives, dash for zero"""
    if abs(x) < 1e-9:
        s = "—"
    else:
        s = f"{abs(x):,.{dec}f}"
        if x < 0:
            s = f"({s})"
    return s


def chg(a, b):
    return f"{pct(a, b):.1f} %" if b else "n/m"


def pts(a, b):
    d = round(a - b, 1)
    return f"{d:+.1f} pts"


# ----------------------------------------------------------------------------- PDF drawing
W, H = letter
LM, RM = 54, W - 54


class Doc:
    def __init__(self, path, npages):
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle("Quillmont Networks Third Quarter 2026 Quarterly Report Summary")
        self.c.setAuthor(CO)
        self.page = 0
        self.npages = npages

    def new_page(self):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.drawString(LM, H - 36, "Quillmont Networks, Inc.")
        c.drawRightString(RM, H - 36, "Third Quarter 2026 Quarterly Report Summary")
        c.setLineWidth(0.5)
        c.line(LM, H - 40, RM, H - 40)
        return H - 62

    def footer(self):
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.setLineWidth(0.5)
        c.line(LM, 46, RM, 46)
        c.drawString(LM, 36, "Quillmont Networks, Inc.  |  Investor Relations  |  Unaudited")
        c.drawRightString(RM, 36, f"Page {self.page} of {self.npages}")

    def title(self, y, text, size=11, font="Helvetica-Bold", center=True):
        self.c.setFont(font, size)
        if center:
            self.c.drawCentredString(W / 2, y, text)
        else:
            self.c.drawString(LM, y, text)
        return y - size - 4

    def para(self, y, text, size=8.6, font="Times-Roman", width=None, lead=None, indent=0):
        width = width or (RM - LM - indent)
        lead = lead or size + 2.6
        self.c.setFont(font, size)
        words = text.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if self.c.stringWidth(t, font, size) > width:
                self.c.drawString(LM + indent, y, line)
                y -= lead
                line = w
            else:
                line = t
        if line:
            self.c.drawString(LM + indent, y, line)
            y -= lead
        return y - 3

    def bullets(self, y, items, size=8.6):
        for it in items:
            self.c.setFont("Times-Roman", size)
            self.c.drawString(LM + 6, y, "•")
            y = self.para(y, it, size=size, indent=16) + 1
        return y

    def table(self, y, heads, rows, colx, size=7.8, dollar_x=None, lead=10.4, label_w=190):
        """heads: list of header lines, each a list of (text, x_center_or_span); rows: list of
        dicts {label, cells, bold, rule_above, dollar, indent}"""
        c = self.c
        for hl in heads:
            t = c.beginText()
            t.setFont("Helvetica-Bold", size)
            for text, x0, x1 in sorted(hl, key=lambda h: h[1]):
                t.setTextOrigin((x0 + x1) / 2 - c.stringWidth(text, "Helvetica-Bold", size) / 2, y)
                t.textOut(text)
            c.drawText(t)
            y -= lead
        c.setLineWidth(0.4)
        for text, x0, x1 in heads[-1]:
            c.line(x0 + 3, y + lead - 2.5, x1 - 1, y + lead - 2.5)
        y -= 2
        for row in rows:
            font = "Helvetica-Bold" if row.get("bold") else "Helvetica"
            c.setFont(font, size)
            if row.get("rule_above"):
                for x in colx:
                    c.line(x - 46, y + lead - 2.2, x, y + lead - 2.2)
            label = row["label"]
            ind = row.get("indent", 0)
            lines = [label] if c.stringWidth(label, font, size) <= label_w - ind else _wrap(c, label, font, size, label_w - ind)
            for k, ln in enumerate(lines[:-1]):
                c.drawString(LM + ind + (6 if k else 0), y, ln)
                y -= lead
            segs = [(LM + ind + (6 if len(lines) > 1 else 0), lines[-1])]
            for x, cell in zip(colx, row["cells"]):
                if cell is None:
                    continue
                if row.get("dollar") and dollar_x and not cell.endswith("%") and "pts" not in cell and cell not in ("n/m",):
                    segs.append((x - dollar_x, "$"))
                segs.append((x - c.stringWidth(cell, font, size), cell))
            # one text object per printed row, segments left to right (as typesetting software emits them)
            t = c.beginText()
            t.setFont(font, size)
            for sx, st in sorted(segs):
                t.setTextOrigin(sx, y)
                t.textOut(st)
            c.drawText(t)
            y -= lead
            if row.get("double_below"):
                for x in colx:
                    c.line(x - 46, y + lead - 3.2, x, y + lead - 3.2)
                    c.line(x - 46, y + lead - 4.6, x, y + lead - 4.6)
        return y - 4

    def save(self):
        self.footer()
        self.c.showPage()
        self.c.save()


def _wrap(c, text, font, size, width):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if c.stringWidth(t, font, size) > width and line:
            out.append(line)
            line = w
        else:
            line = t
    out.append(line)
    return out


def six_col_heads(left="Three Months Ended", right="Nine Months Ended", third="% change"):
    # six numeric columns: q26 q25 chg | y26 y25 chg
    xs = [300, 350, 398, 462, 512, 558]
    h1 = [(left, 255, 402), (right, 418, 560)]
    h2 = [("September 30,", 255, 402), ("September 30,", 418, 560)]
    h3 = [("2026", 256, 302), ("2025", 306, 352), (third, 356, 402), ("2026", 418, 464), ("2025", 468, 514), (third, 518, 560)]
    return xs, [h1, h2, h3]


def build_pdf():
    q, p, y26, y25 = C["q26"], C["q25"], C["y26"], C["y25"]
    d = Doc(HERE / "QUILLMONT_2026Q3_EARNINGS.pdf", 4)

    # ---------------- page 1: highlights and key figures
    y = d.new_page()
    d.c.setFont("Helvetica-Bold", 16)
    d.c.drawString(LM, y - 4, "QUILLMONT NETWORKS")
    d.c.setFont("Helvetica", 8)
    d.c.drawRightString(RM, y, "Nasdaq: QLMT")
    d.c.drawRightString(RM, y - 10, "Raleigh, North Carolina — October 27, 2026")
    y -= 30
    y = d.title(y, "Quillmont Networks Reports Third Quarter 2026 Results", 12)
    y = d.title(y, "Revenue up " + f"{pct(q['rev'], p['rev']):.0f}" + "% on optical demand; full-year outlook raised", 9.5, "Helvetica-Oblique")
    y -= 4
    y = d.para(y, (
        f"Quillmont Networks, Inc. today reported results for the third quarter ended September 30, 2026. Revenue "
        f"was ${q['rev']:,.1f} million, an increase of {pct(q['rev'], p['rev']):.1f}% from ${p['rev']:,.1f} million in the third "
        f"quarter of 2025. GAAP net earnings were ${q['ni']:,.1f} million, or ${q['eps_d']:.2f} per diluted share, compared "
        f"with ${p['ni']:,.1f} million, or ${p['eps_d']:.2f} per diluted share, a year ago. Non-GAAP diluted earnings per share "
        f"were ${q['ng_eps']:.2f}, compared with ${p['ng_eps']:.2f}."))
    y = d.bullets(y, [
        f"Orders of ${q['orders']:,.1f} million, a book-to-bill ratio of {q['btb']:.2f}; Optical Transport orders more than "
        f"doubled from the prior-year quarter on data center interconnect demand.",
        f"GAAP gross margin of {q['gm']:.1f}% and GAAP operating margin of {q['om']:.1f}%; non-GAAP operating margin of "
        f"{q['ng_om']:.1f}%, up {q['ng_om'] - p['ng_om']:.1f} points from a year ago.",
        f"Cash flow from operations of ${q['cfo']:,.1f} million; free cash flow of ${q['fcf']:,.1f} million.",
        f"Returned ${Q3_BUYBACK_USD:.1f} million through the repurchase of {Q3_BUYBACK_SH:.2f} million shares and paid a "
        f"quarterly dividend of ${DIV_Q:.2f} per share.",
        f"Full-year 2026 revenue outlook raised to ${OUT_FY_REV[0]:,} million to ${OUT_FY_REV[1]:,} million.",
    ])
    y = d.para(y, (
        "\u201cOur optical franchise is now growing faster than any part of the portfolio, and customers building AI "
        "clusters are standardizing on our coherent pluggables,\u201d said Dana Whitcombe, President and Chief Executive "
        "Officer. \u201cWe are raising our outlook for the year for the second time.\u201d"))
    y -= 4
    y = d.title(y, "Key Figures", 10, center=False)
    d.c.setFont("Helvetica-Oblique", 7.5)
    d.c.drawString(LM, y + 2, "(in millions, except per share data, percentages and ratios)")
    y -= 10
    xs, heads = six_col_heads()
    rows = [
        dict(label="Revenue", cells=[m(q["rev"]), m(p["rev"]), chg(q["rev"], p["rev"]), m(y26["rev"]), m(y25["rev"]), chg(y26["rev"], y25["rev"])], dollar=True),
        dict(label="Gross margin", cells=[f"{x['gm']:.1f} %" for x in (q, p)] + [pts(q["gm"], p["gm"])] + [f"{x['gm']:.1f} %" for x in (y26, y25)] + [pts(y26["gm"], y25["gm"])]),
        dict(label="Operating income", cells=[m(q["oi"]), m(p["oi"]), chg(q["oi"], p["oi"]), m(y26["oi"]), m(y25["oi"]), chg(y26["oi"], y25["oi"])]),
        dict(label="Operating margin", cells=[f"{x['om']:.1f} %" for x in (q, p)] + [pts(q["om"], p["om"])] + [f"{x['om']:.1f} %" for x in (y26, y25)] + [pts(y26["om"], y25["om"])]),
        dict(label="Net earnings", cells=[m(q["ni"]), m(p["ni"]), chg(q["ni"], p["ni"]), m(y26["ni"]), m(y25["ni"]), chg(y26["ni"], y25["ni"])]),
        dict(label="Diluted earnings per share", cells=[f"{x['eps_d']:.2f}" for x in (q, p)] + [chg(q["eps_d"], p["eps_d"])] + [f"{x['eps_d']:.2f}" for x in (y26, y25)] + [chg(y26["eps_d"], y25["eps_d"])], dollar=True),
        dict(label="Non-GAAP operating income (1)", cells=[m(q["ng_oi"]), m(p["ng_oi"]), chg(q["ng_oi"], p["ng_oi"]), m(y26["ng_oi"]), m(y25["ng_oi"]), chg(y26["ng_oi"], y25["ng_oi"])], rule_above=True),
        dict(label="Non-GAAP operating margin (1)", cells=[f"{x['ng_om']:.1f} %" for x in (q, p)] + [pts(q["ng_om"], p["ng_om"])] + [f"{x['ng_om']:.1f} %" for x in (y26, y25)] + [pts(y26["ng_om"], y25["ng_om"])]),
        dict(label="Non-GAAP diluted earnings per share (1)", cells=[f"{x['ng_eps']:.2f}" for x in (q, p)] + [chg(q["ng_eps"], p["ng_eps"])] + [f"{x['ng_eps']:.2f}" for x in (y26, y25)] + [chg(y26["ng_eps"], y25["ng_eps"])], dollar=True),
        dict(label="Net cash provided by operating activities", cells=[m(q["cfo"]), m(p["cfo"]), chg(q["cfo"], p["cfo"]), m(y26["cfo"]), m(y25["cfo"]), chg(y26["cfo"], y25["cfo"])], rule_above=True),
        dict(label="Free cash flow (2)", cells=[m(q["fcf"]), m(p["fcf"]), chg(q["fcf"], p["fcf"]), m(y26["fcf"]), m(y25["fcf"]), chg(y26["fcf"], y25["fcf"])]),
        dict(label="Orders", cells=[m(q["orders"]), m(p["orders"]), chg(q["orders"], p["orders"]), m(y26["orders"]), m(y25["orders"]), chg(y26["orders"], y25["orders"])]),
        dict(label="Book-to-bill ratio", cells=[f"{x['btb']:.2f}" for x in (q, p)] + [None] + [f"{x['btb']:.2f}" for x in (y26, y25)] + [None]),
    ]
    y = d.table(y, heads, rows, xs, dollar_x=44)
    d.c.setFont("Helvetica", 6.8)
    y = d.para(y, "(1) Non-GAAP measures exclude stock-based compensation, amortization of acquired intangible assets and restructuring and other charges; see the reconciliation on page 4. (2) Free cash flow is net cash provided by operating activities less purchases of property and equipment.", size=6.8, font="Helvetica")

    # ---------------- page 2: revenue by business line and region
    y = d.new_page()
    y = d.title(y, "Revenue by Business Line and Region", 11)
    d.c.setFont("Helvetica-Oblique", 7.5)
    d.c.drawCentredString(W / 2, y + 2, "(in millions)")
    y -= 12
    xs, heads = six_col_heads()
    lines = list(Q3_LINES)
    rows = [dict(label="Business line:", cells=[None] * 6, bold=True)]
    for i, ln in enumerate(lines):
        a, b = Q3_LINES[ln]
        ya, yb = YTD_LINES[ln]
        lab = ln + (" (1)" if ln in Q3_25_REPORTED else "")
        rows.append(dict(label=lab, indent=8, cells=[m(a), m(b), chg(a, b), m(ya), m(yb), chg(ya, yb)], dollar=(i == 0)))
    rows.append(dict(label="Total revenue", cells=[m(q["rev"]), m(p["rev"]), chg(q["rev"], p["rev"]), m(y26["rev"]), m(y25["rev"]), chg(y26["rev"], y25["rev"])], dollar=True, rule_above=True, double_below=True))
    y = d.table(y, heads, rows, xs, dollar_x=44)
    y -= 4
    rows = [dict(label="Geographic region:", cells=[None] * 6, bold=True)]
    for i, rg in enumerate(Q3_REGIONS):
        a, b = Q3_REGIONS[rg]
        ya, yb = YTD_REGIONS[rg]
        rows.append(dict(label=rg, indent=8, cells=[m(a), m(b), chg(a, b), m(ya), m(yb), chg(ya, yb)], dollar=(i == 0)))
    rows.append(dict(label="Total revenue", cells=[m(q["rev"]), m(p["rev"]), chg(q["rev"], p["rev"]), m(y26["rev"]), m(y25["rev"]), chg(y26["rev"], y25["rev"])], dollar=True, rule_above=True, double_below=True))
    y = d.table(y, [heads[-1]], rows, xs, dollar_x=44)
    y = d.para(y, (
        "(1) Effective January 1, 2026, subscriptions for cloud-managed campus controllers are reported in Software & "
        "Services rather than Campus & Edge Switching. Prior-period amounts have been recast to conform to the current "
        f"presentation. As previously reported, third quarter 2025 revenue was ${Q3_25_REPORTED['Campus & Edge Switching']:.1f} million for "
        f"Campus & Edge Switching and ${Q3_25_REPORTED['Software & Services']:.1f} million for Software & Services; total revenue was unchanged."),
        size=6.8, font="Helvetica")
    y -= 4
    y = d.title(y, "Business Review", 10, center=False)
    ca, cb = Q3_LINES["Campus & Edge Switching"]
    oa, ob = Q3_LINES["Optical Transport"]
    sa, sb = Q3_LINES["Software & Services"]
    apa, apb = Q3_REGIONS["Asia Pacific"]
    ea, eb = Q3_REGIONS["EMEA"]
    y = d.para(y, (
        f"Optical Transport revenue rose {pct(oa, ob):.0f}% to ${oa:.1f} million, led by 800G coherent pluggable optics "
        f"sold to cloud and colocation operators for data center interconnect. Campus & Edge Switching revenue increased "
        f"{pct(ca, cb):.0f}% as enterprise refresh cycles resumed in North America. Software & Services revenue grew "
        f"{pct(sa, sb):.0f}% and represented {sa / q['rev'] * 100:.0f}% of total revenue, compared with {sb / p['rev'] * 100:.0f}% "
        f"in the prior-year quarter on a recast basis."))
    y = d.para(y, (
        f"By region, Asia Pacific was the fastest-growing, with revenue up {pct(apa, apb):.0f}% on service-provider "
        f"deployments in India and Japan. EMEA revenue increased {pct(ea, eb):.0f}%, and the Americas, our largest region, "
        f"contributed {Q3_REGIONS['Americas'][0] / q['rev'] * 100:.0f}% of revenue. Changes in foreign currency exchange rates "
        f"increased reported revenue growth by approximately 1 percentage point."))
    y = d.para(y, (
        f"Orders in the quarter totaled ${q['orders']:,.1f} million. Backlog at September 30, 2026 was $1.64 billion, compared "
        f"with $1.38 billion at December 31, 2025. Employees numbered {HEADCOUNT[0]:,} at quarter end, compared with "
        f"{HEADCOUNT[1]:,} a year earlier."))

    # ---------------- page 3: statement of operations and cash flow
    y = d.new_page()
    y = d.title(y, "Quillmont Networks, Inc.", 10)
    y = d.title(y, "Condensed Consolidated Statements of Operations", 10)
    y = d.title(y, "(Unaudited)", 8, "Helvetica")
    d.c.setFont("Helvetica-Oblique", 7.5)
    d.c.drawCentredString(W / 2, y + 2, "(in millions, except per share data)")
    y -= 12
    xs = [330, 390, 470, 530]
    heads = [
        [("Three Months Ended", 280, 395), ("Nine Months Ended", 420, 535)],
        [("September 30,", 280, 395), ("September 30,", 420, 535)],
        [("2026", 286, 332), ("2025", 346, 392), ("2026", 426, 472), ("2025", 486, 532)],
    ]
    cols = ("q26", "q25", "y26", "y25")

    def row(label, key, **kw):
        return dict(label=label, cells=[m(C[c][key]) for c in cols], **kw)

    rows = [
        row("Revenues, net", "rev", dollar=True),
        row("Cost of revenues", "cor"),
        row("Gross profit", "gp", rule_above=True),
        dict(label="Operating expenses:", cells=[None] * 4),
        row("Research and development", "rd", indent=8),
        row("Selling, general and administrative", "sga", indent=8),
        row("Amortization of acquired intangible assets", "amort", indent=8),
        row("Restructuring and other charges", "restr", indent=8),
        row("Total operating expenses", "opex", rule_above=True, indent=16),
        row("Operating income", "oi", rule_above=True),
        row("Interest expense", "intexp"),
        row("Other income (expense), net", "other"),
        row("Earnings before income taxes", "ebt", rule_above=True),
        row("Provision for income taxes", "tax"),
        row("Net earnings", "ni", dollar=True, rule_above=True, double_below=True),
        dict(label="Earnings per share:", cells=[None] * 4),
        dict(label="Basic", indent=8, cells=[f"{C[c]['eps_b']:.2f}" for c in cols], dollar=True),
        dict(label="Diluted", indent=8, cells=[f"{C[c]['eps_d']:.2f}" for c in cols], dollar=True, double_below=True),
        dict(label="Weighted-average shares used in computing earnings per share:", cells=[None] * 4),
        row("Basic", "sh_basic", indent=8),
        row("Diluted", "sh_dil", indent=8),
    ]
    y = d.table(y, heads, rows, xs, dollar_x=50, label_w=220)
    y -= 6
    y = d.title(y, "Selected Cash Flow Information", 10)
    d.c.setFont("Helvetica-Oblique", 7.5)
    d.c.drawCentredString(W / 2, y + 2, "(in millions)")
    y -= 12
    rows = [
        row("Net cash provided by operating activities", "cfo", dollar=True),
        row("Purchases of property and equipment", "capex"),
        row("Free cash flow", "fcf", dollar=True, rule_above=True, double_below=True),
    ]
    y = d.table(y, heads, rows, xs, dollar_x=50, label_w=220)
    y = d.para(y, (
        f"Cash, cash equivalents and short-term investments were ${CASH_END:,.1f} million at September 30, 2026, compared with "
        f"${CASH_BEGIN_YTD:,.1f} million at December 31, 2025. During the first nine months of 2026 the Company repurchased "
        f"shares for ${-BUYBACK_YTD:.1f} million and paid dividends of ${-DIVS_YTD:.1f} million. Long-term debt, consisting of "
        f"senior notes due 2029 and 2032, was $1,050.0 million at both dates. The effective tax rate was {q['etr']:.1f}% in the "
        f"third quarter of 2026, compared with {p['etr']:.1f}% a year earlier."), size=8.2)

    # ---------------- page 4: non-GAAP reconciliation and outlook
    y = d.new_page()
    y = d.title(y, "Reconciliation of GAAP to Non-GAAP Financial Measures", 10)
    y = d.title(y, "(Unaudited)", 8, "Helvetica")
    d.c.setFont("Helvetica-Oblique", 7.5)
    d.c.drawCentredString(W / 2, y + 2, "(in millions, except per share data and percentages)")
    y -= 12
    rows = [
        row("GAAP operating income", "oi", dollar=True),
        row("Stock-based compensation expense", "sbc", indent=8),
        row("Amortization of acquired intangible assets", "amort", indent=8),
        row("Restructuring and other charges", "restr", indent=8),
        row("Non-GAAP operating income", "ng_oi", dollar=True, rule_above=True, double_below=True),
        dict(label="Non-GAAP operating margin", cells=[f"{C[c]['ng_om']:.1f} %" for c in cols]),
        dict(label=" ", cells=[None] * 4),
        row("GAAP net earnings", "ni", dollar=True),
        row("Stock-based compensation expense", "sbc", indent=8),
        row("Amortization of acquired intangible assets", "amort", indent=8),
        row("Restructuring and other charges", "restr", indent=8),
        row("Income tax effect of non-GAAP adjustments", "taxadj", indent=8),
        row("Non-GAAP net earnings", "ng_ni", dollar=True, rule_above=True, double_below=True),
        dict(label="Non-GAAP diluted earnings per share", cells=[f"{C[c]['ng_eps']:.2f}" for c in cols], dollar=True),
        row("Shares used in computing diluted earnings per share", "sh_dil"),
    ]
    y = d.table(y, heads, rows, xs, dollar_x=50, label_w=220)
    y -= 4
    y = d.title(y, "Outlook", 10, center=False)
    y = d.para(y, (
        "The following statements are forward-looking and actual results could differ materially. The Company is raising "
        "its full-year 2026 outlook, which was last updated on July 28, 2026, and is providing its outlook for the fourth "
        "quarter ending December 31, 2026. The outlook does not include any effect of acquisitions not completed as of "
        "the date of this report."))
    xo = [360, 470]
    oheads = [[("Current outlook", 300, 370), ("Prior outlook", 400, 480)],
              [("(October 27, 2026)", 300, 370), ("(July 28, 2026)", 400, 480)]]
    orows = [
        dict(label="Fourth quarter 2026", bold=True, cells=[None, None]),
        dict(label="Revenue (in millions)", indent=8, cells=[f"${OUT_Q4_REV[0]:,} – ${OUT_Q4_REV[1]:,}", "—"]),
        dict(label="GAAP diluted earnings per share", indent=8, cells=[f"${OUT_Q4_EPS[0]:.2f} – ${OUT_Q4_EPS[1]:.2f}", "—"]),
        dict(label="Non-GAAP operating margin", indent=8, cells=[f"{OUT_Q4_NGOM[0]:.1f}% – {OUT_Q4_NGOM[1]:.1f}%", "—"]),
        dict(label="Non-GAAP diluted earnings per share", indent=8, cells=[f"${OUT_Q4_NGEPS[0]:.2f} – ${OUT_Q4_NGEPS[1]:.2f}", "—"]),
        dict(label="Full year 2026", bold=True, cells=[None, None]),
        dict(label="Revenue (in millions)", indent=8, cells=[f"${OUT_FY_REV[0]:,} – ${OUT_FY_REV[1]:,}", f"${OUT_FY_REV_PRIOR[0]:,} – ${OUT_FY_REV_PRIOR[1]:,}"]),
        dict(label="Non-GAAP diluted earnings per share", indent=8, cells=[f"${OUT_FY_NGEPS[0]:.2f} – ${OUT_FY_NGEPS[1]:.2f}", f"${OUT_FY_NGEPS_PRIOR[0]:.2f} – ${OUT_FY_NGEPS_PRIOR[1]:.2f}"]),
    ]
    y = d.table(y, oheads, orows, xo, label_w=220)
    y = d.para(y, (
        "About non-GAAP measures: Quillmont presents non-GAAP operating income, operating margin, net earnings and "
        "diluted earnings per share, which exclude stock-based compensation, amortization of acquired intangible assets, "
        "restructuring and other charges and the related income tax effects. Management uses these measures to "
        "evaluate operating performance and believes they aid comparison between periods. They are not a substitute "
        "for measures prepared in accordance with GAAP. A reconciliation of the non-GAAP outlook to GAAP is not "
        "provided for the full year because certain items cannot be predicted without unreasonable effort."),
        size=7.4, font="Helvetica")
    y = d.para(y, (
        "Conference call: Quillmont will discuss these results on a call at 5:00 p.m. Eastern Time on October 27, 2026. "
        "Investor contact: Lena Marchetti, Vice President, Investor Relations."), size=7.4, font="Helvetica")
    d.save()


# ----------------------------------------------------------------------------- articles
def articles():
    q, p, y26, y25 = C["q26"], C["q25"], C["y26"], C["y25"]
    oa, ob = Q3_LINES["Optical Transport"]
    ca, cb = Q3_LINES["Campus & Edge Switching"]
    sa, sb = Q3_LINES["Software & Services"]
    apa, apb = Q3_REGIONS["Asia Pacific"]
    ama, amb = Q3_REGIONS["Americas"]
    ea, eb = Q3_REGIONS["EMEA"]
    rev_g = pct(q["rev"], p["rev"])
    ng_eps_g = pct(q["ng_eps"], p["ng_eps"])
    # rival (invented) Arvenda Systems: its quarter
    arv_rev, arv_g = 2.31, 9
    a1 = f"""Quillmont Networks lifts 2026 forecast again as AI data centers snap up its optics

By Caroline Ashby

RALEIGH, N.C., Oct 27 (Carolina Business Desk) - Quillmont Networks raised its full-year revenue forecast for the second time in three months on Tuesday, after sales of its optical transport gear to cloud operators building artificial intelligence clusters jumped by more than a quarter in the third quarter.

The Raleigh, North Carolina-based network equipment maker now expects 2026 revenue of $4.54 billion to $4.58 billion, up from the $4.42 billion to $4.50 billion range it gave in late July. Wall Street had been looking for about $4.49 billion, according to consensus figures compiled by FactView before the report.

Shares of Quillmont rose 7.4% to $142.10 in extended trading.

Revenue for the quarter ended Sept. 30 rose {rev_g:.0f}% to ${q['rev'] / 1000:.2f} billion from ${p['rev']:.0f} million a year earlier, the company said. Excluding items such as stock-based compensation and the amortization of acquired intangibles, Quillmont earned ${q['ng_eps']:.2f} per share, up from ${p['ng_eps']:.2f}. Analysts on average had expected $1.41.

On a reported basis, net earnings climbed to ${q['ni']:.1f} million, or ${q['eps_d']:.2f} a share, from ${p['ni']:.1f} million, or ${p['eps_d']:.2f}, a year ago.

The optical transport unit, which sells coherent pluggable modules and line systems used to link data centers, brought in ${oa:.0f} million, up {pct(oa, ob):.0f}% on the year. Orders for the unit more than doubled, and the company said its book-to-bill ratio across all businesses was {q['btb']:.2f}, meaning it booked $1.10 of new business for every dollar it shipped.

"The AI build-out is no longer a story about chips alone. Every one of those GPU clusters has to be stitched together, and that is where we live," Chief Executive Dana Whitcombe told analysts on a conference call.

The company's older campus switching business, which sells to corporate offices, universities and hospitals, grew a more modest {pct(ca, cb):.0f}%, to ${ca:.0f} million. Software and services revenue rose {pct(sa, sb):.0f}% and made up roughly a quarter of the total.

By geography, sales in Asia Pacific rose {pct(apa, apb):.0f}% to ${apa:.0f} million, helped by telecom operators in India and Japan, while revenue in Europe, the Middle East and Africa rose {pct(ea, eb):.0f}%. The Americas, still more than half of the business, grew {pct(ama, amb):.0f}%.

Over the first nine months of the year, revenue reached ${y26['rev'] / 1000:.2f} billion, up {pct(y26['rev'], y25['rev']):.0f}%.

Gross margin widened to {q['gm']:.1f}% from {p['gm']:.1f}% as higher volumes absorbed factory costs, even though optical products, which carry lower margins than software, took a bigger slice of the mix, Chief Financial Officer Rafael Ostrowski said. He added that the company expects "mid-teens" percentage growth in optical in 2027 even on a much larger base.

Analysts said the quarter set Quillmont apart from larger rival Arvenda Systems, which last week reported a {arv_g}% increase in quarterly revenue to ${arv_rev:.2f} billion and left its annual outlook unchanged.

"Quillmont is growing at roughly twice Arvenda's pace with a fraction of the sales force," said Priya Natarajan, an analyst at Calloway Securities who rates the stock "buy". "The question for 2027 is whether optical can keep this up once the hyperscalers digest what they have bought."

Tomas Ferreira of Halden & Rowe was more cautious, noting that about a third of optical sales came from three customers. "Concentration cuts both ways," he said.

For the fourth quarter, Quillmont forecast revenue of $1.215 billion to $1.255 billion and adjusted earnings of $1.58 to $1.66 per share. It also raised its full-year adjusted profit forecast to ${OUT_FY_NGEPS[0]:.2f} to ${OUT_FY_NGEPS[1]:.2f} per share, from ${OUT_FY_NGEPS_PRIOR[0]:.2f} to ${OUT_FY_NGEPS_PRIOR[1]:.2f} previously.

The company bought back {Q3_BUYBACK_SH:.2f} million of its own shares for ${Q3_BUYBACK_USD:.1f} million during the quarter and ended September with ${CASH_END / 1000:.2f} billion in cash and short-term investments.

Quillmont, which employs about 9,800 people, has been cutting costs in its switching unit; it booked ${q['restr']:.1f} million of restructuring charges in the quarter.

(Reporting by Caroline Ashby; Editing by Mark Delaney)
"""

    # acquisition: EUR 340 million enterprise value; cash plus new shares
    eur_ev, eur_cash = 340, 215
    eur_sh = eur_ev - eur_cash  # paid in Quillmont stock
    new_shares = 0.96  # million, fixed at signing
    fx = 1.08  # USD per EUR at signing
    usd_ev = eur_ev * fx
    lq_rev_sek, lq_rev_g, lq_staff = 1.46, 31, 640
    arv_deal = 720
    a2 = f"""Quillmont agrees EUR{eur_ev}m swoop on Swedish optics specialist Lindqvist

US group pays a 27% premium for Gothenburg photonics maker as it races to secure supply of lasers for AI networks

Henrik Bergqvist in Stockholm and Elena Moretti in London

12 November 2026

Quillmont Networks has agreed to buy Lindqvist Optronik, a Swedish maker of indium phosphide lasers and photonic chips, for EUR {eur_ev} million, in the American network equipment group's largest acquisition to date.

The deal, announced on Thursday, values Lindqvist at roughly ${usd_ev:.0f}mn at current exchange rates. Quillmont will pay EUR {eur_cash}mn in cash, funded from its balance sheet, with the remaining EUR {eur_sh}mn settled in stock through the issue of about {new_shares:.2f}mn new Quillmont shares to Lindqvist's owners, according to the companies.

The price represents a premium of 27 per cent to the valuation at which Lindqvist last raised money, in a 2025 funding round led by Brattfjell Capital, the Stockholm private equity firm that owns 58 per cent of the company. The founding Lindqvist family holds most of the rest.

Lindqvist, based in Gothenburg and founded in 2004 as a university spin-out, had revenue of SEK {lq_rev_sek:.2f}bn last year, up {lq_rev_g} per cent, and employs about {lq_staff} people at two wafer fabs in western Sweden. About a fifth of its output already goes to Quillmont under a supply contract signed in 2023.

"We have been Lindqvist's largest customer for three years. Owning the laser means owning our roadmap," Dana Whitcombe, Quillmont's chief executive, said in an interview. "Every 800G and 1.6T module we ship starts with a chip the size of a grain of rice, and there are not many places in the world that can make them at volume."

Quillmont said the deal would be neutral to its adjusted earnings per share in 2027 and would add to them from 2028, when it expects annual cost savings of about $18mn, mainly from procurement and from bringing module assembly for Lindqvist chips in-house. The US company will keep the Gothenburg site and the Lindqvist brand for its merchant chip sales, which make up about half of Lindqvist's revenue.

The transaction requires approval from competition regulators in the EU and the US and from Sweden's Inspectorate of Strategic Products, which reviews foreign purchases of technology deemed sensitive. The companies expect to close it in the first quarter of 2027.

The purchase follows a string of deals in optical components as equipment makers scramble for scarce capacity. Arvenda Systems, Quillmont's bigger American rival, bought Dutch silicon photonics designer Vanterpool Photonics for ${arv_deal}mn last year, a sum nearly double what Quillmont is paying now.

Analysts said the price looked reasonable. At about 2.7 times trailing sales it was "a fraction of what Arvenda paid for a business with no fab of its own", said Ingrid Halvorsen, a technology analyst at Fjord Equity Research in Oslo. She estimated that in-house lasers could lift Quillmont's optical gross margin by two to three percentage points over time.

Others warned about the execution risk of running a wafer fab, a first for the company. "Quillmont is a systems company; fabs are a different animal," said Tomas Ferreira of Halden & Rowe. "Yields can swing by ten points from one quarter to the next."

Quillmont had ${CASH_END / 1000:.2f}bn in cash and short-term investments at the end of September, leaving ample room for the cash portion. Chief financial officer Rafael Ostrowski said the company would not need to borrow and would keep its share buyback programme running, although it would "moderate the pace" until closing.

Quillmont's shares fell 1.8 per cent to $139.55 in early New York trading. Its stock has gained more than 40 per cent this year, lifted by demand from the cloud groups building AI data centres, which pushed third-quarter revenue up {rev_g:.0f} per cent to ${q['rev'] / 1000:.2f}bn.

Brattfjell Capital's partner Sofie Ekholm, who chairs Lindqvist's board, said the sale would "give the team the scale to go from hundreds of thousands of lasers a year to millions". Lindqvist's chief executive, Anders Holmqvist, will join Quillmont as head of its photonics unit.

Lindqvist's 640 staff will take Quillmont's headcount to about 10,500 people.

Morrow Lane Partners advised Quillmont; Ekeberg & Co advised Lindqvist and its owners.
"""

    fy_mid = (OUT_FY_REV[0] + OUT_FY_REV[1]) / 2
    target_rev = 6.5
    cagr = ((target_rev * 1000 / fy_mid) ** (1 / 3) - 1) * 100
    arr_now, arr_2023 = 640, 320
    new_auth = 1.5
    div_new = 0.27
    a3 = f"""Column: Quillmont sets out a $6.5bn ambition, and asks investors to judge it on software

By Marcus Feld, Networking Editor

December 2, 2026

I have sat through a lot of investor days. Most of them end with a slide of targets that nobody in the room believes and a closing video with drone footage of a headquarters. Quillmont Networks' event in New York on Tuesday had the drone footage. The targets, oddly, looked achievable.

The headline number: Quillmont now wants to reach revenue of ${target_rev}bn in 2029, against the $4.54bn to $4.58bn it has guided for this year. That works out at compound growth of about {cagr:.0f}% a year from the midpoint of the 2026 range, which is slower than the 20%-ish pace the company has been running at lately and, to its credit, does not assume the AI boom lasts for ever.

More interesting was the margin story. Chief Financial Officer Rafael Ostrowski said the company is aiming for an adjusted operating margin of 22% to 24% by 2029. For context, Quillmont's non-GAAP operating margin was {q['ng_om']:.1f}% in the third quarter, and {y26['ng_om']:.1f}% across the first nine months.

The bridge between the two, Ostrowski argued, is software. Annual recurring revenue from Quillmont's subscription products (network management, security and its Beacon assurance software) has doubled since 2023 to ${arr_now}mn. Recurring revenue now accounts for about a seventh of sales, and the company wants it to be a fifth by 2029.

"We are not going to become a software company. We are a hardware company whose customers increasingly pay us every month," Chief Executive Dana Whitcombe said from the stage, a line I suspect she has used before.

On the hardware side, Whitcombe said the pending purchase of Swedish laser maker Lindqvist Optronik, agreed last month for EUR 340mn, remains on track to close in the first quarter. Management now thinks optical transport will make up 40% of sales by 2029, up from about {YTD_LINES['Optical Transport'][0] / y26['rev'] * 100:.0f}% so far this year.

The capital return numbers were where the room woke up. The board approved a new $1.5bn share repurchase authorization, replacing the $1.0bn plan announced in 2024, of which about $210mn was still unused. The quarterly dividend goes up 12.5% to ${div_new:.2f} a share from ${DIV_Q:.2f}, starting with the payment in March.

There was also a small but telling tweak to this year's numbers. Ostrowski said the company now expects 2026 adjusted earnings per share "at the top end" of the ${OUT_FY_NGEPS[0]:.2f} to ${OUT_FY_NGEPS[1]:.2f} range it gave in October, and that the full-year revenue range is unchanged.

How does this compare with the neighbours? Arvenda Systems, which is roughly twice Quillmont's size by sales, told its own investors in September that it targets 8% to 10% annual revenue growth and an operating margin in the "high teens". Arvenda's recurring revenue is larger in dollars but growing more slowly, at about 11% a year, according to Calloway Securities.

Priya Natarajan of Calloway, who has a $165 price target on the stock, called the plan "credible, because the growth target is below what they are doing today". Tomas Ferreira at Halden & Rowe, who rates the shares "hold", said the margin goal "leans heavily on pricing holding up in optical, which history says it won't".

Quillmont also disclosed for the first time that research and development will run at 16% to 17% of revenue through 2029, slightly below this year's level, and that it plans to hire about 600 engineers over three years, mostly in India and Sweden.

The shares closed up 3.2% at $147.80, giving the company a market value of a little over $17bn.

My take: the targets are fine. The question is what happens to that 40% optical mix if the hyperscalers pause, and on Tuesday nobody on stage wanted to talk about that.
"""
    (HERE / "quillmont-q3-2026-results.txt").write_text(a1)
    (HERE / "quillmont-lindqvist-acquisition-2026.txt").write_text(a2)
    (HERE / "quillmont-investor-day-2026.txt").write_text(a3)


if __name__ == "__main__":
    build_pdf()
    articles()
    q = C["q26"]
    for k in ("rev", "gp", "oi", "ebt", "ni", "eps_d", "ng_oi", "ng_eps", "fcf", "gm", "om", "ng_om", "btb", "etr"):
        print(k, [C[c][k] for c in COLS])
