# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Generate pair-29 writer-C documents: two invented regional airlines.

Skelwick Air plc (LSE: SKWA, UK, sterling, year to 31 March) and Tarbeagh Airways
(Euronext Dublin: TRBH, Ireland, euro, year to 30 June). All figures invented; every
derived figure is computed here. Run: /work/main/.venv/bin/python make_w3.py
(system python3 here lacks reportlab; the venv has reportlab 5.1).
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))

def r1(x): return round(x + 1e-9, 1)
def pct(a, b): return (a - b) / b * 100

# ---------------- Skelwick Air, H1 FY27 (six months to 30 Sep 2026) ----------------
S = {}
seats = (8.21, 7.49)          # millions
pax = (6.84, 6.12)            # millions
sectors = (91_240, 84_960)
rev = {"Passenger revenue": (612.4, 538.9), "Ancillary revenue": (148.7, 121.3),
       "Cargo and other": (34.6, 36.2)}
costs = {"Fuel and carbon": (211.8, 198.4), "Staff costs(2)": (176.5, 158.2),
         "Airport and navigation charges": (139.2, 124.7), "Maintenance": (58.3, 55.9),
         "Depreciation and amortisation": (61.4, 54.8), "Other operating costs(2)": (47.6, 42.1)}
RECLASS = 3.1   # crew training moved from other costs to staff costs in H1 FY26
tot_rev = tuple(r1(sum(v[i] for v in rev.values())) for i in (0, 1))
tot_cost = tuple(r1(sum(v[i] for v in costs.values())) for i in (0, 1))
ebit = tuple(r1(tot_rev[i] - tot_cost[i]) for i in (0, 1))
fin = (22.7, 20.1)
upbt = tuple(r1(ebit[i] - fin[i]) for i in (0, 1))
excep = (18.2, 0.0)
rpbt = tuple(r1(upbt[i] - excep[i]) for i in (0, 1))
tax = (15.0, 10.6)
pat = tuple(r1(rpbt[i] - tax[i]) for i in (0, 1))
shares = (412.0, 410.5)
eps = tuple(round(pat[i] / shares[i] * 100, 1) for i in (0, 1))
upat = tuple(r1(upbt[i] * 0.75) for i in (0, 1))
ueps = tuple(round(upat[i] / shares[i] * 100, 1) for i in (0, 1))
ebitda = tuple(r1(ebit[i] + costs["Depreciation and amortisation"][i]) for i in (0, 1))
lf = tuple(round(pax[i] / seats[i] * 100, 1) for i in (0, 1))
rps = tuple(round(tot_rev[i] / seats[i], 2) for i in (0, 1))
cps = tuple(round(tot_cost[i] / seats[i], 2) for i in (0, 1))
cpsx = tuple(round((tot_cost[i] - costs["Fuel and carbon"][i]) / seats[i], 2) for i in (0, 1))
anc = tuple(round(rev["Ancillary revenue"][i] / pax[i], 2) for i in (0, 1))
fare = tuple(round(rev["Passenger revenue"][i] / pax[i], 2) for i in (0, 1))
div = (4.2, 3.5)
ocf, capex = 181.4, 118.6
fcf = r1(ocf - capex)
cash_open, other_cf = 366.9, -27.2   # other: lease repayments, dividends, interest
cash_close = r1(cash_open + ocf - capex + other_cf)
netdebt = (641.0, 668.3)
q2rev = (452.1, 389.6)
q1rev = (r1(tot_rev[0] - q2rev[0]), r1(tot_rev[1] - q2rev[1]))
fleet = {"ATR 72-600": (58, 55), "Embraer E195-E2": (30, 24), "De Havilland Dash 8-400": (8, 10)}
fleet_tot = tuple(sum(v[i] for v in fleet.values()) for i in (0, 1))
assert fleet_tot == (96, 89)
share_px = 341  # pence
mcap = share_px * shares[0] / 100 / 1000  # GBP bn
guid_new, guid_old = (170, 180), (150, 165)

# ---------------- Tarbeagh Airways, FY2026 (year to 30 June 2026), EUR ----------------
b_rev, b_rev_prior = 1296.0, 1157.1
b_rev_growth = pct(b_rev, b_rev_prior)
b_pbt, b_pbt_prior = 71.8, 104.5
b_pax, b_lf, b_lf_prior = 10.9, 79.4, 83.4
b_seats = b_pax / (b_lf / 100)
b_rps = b_rev / b_seats
b_fleet = 71
b_div, b_div_prior = 12, 15   # euro cents
b_guid_old, b_guid_new = (110, 125), (85, 95)
eurgbp = 0.85
b_rev_gbp = b_rev * eurgbp
b_irish_share = "a third"

def f1(x): return f"{x:,.1f}"
def paren(x): return f"({x:,.1f})" if x > 0 else "-"
def chg(a, b):
    if not b: return "n/m"
    v = round(pct(a, b), 1)
    return "0.0%" if v == 0 else f"{v:.1f}%"

# ---------------- PDF helpers ----------------
W, H = landscape(A4)
NAVY = (0.07, 0.16, 0.33)
TEAL = (0.0, 0.47, 0.52)

def row(c, y, cells, xs, font="Helvetica", size=10.5, left=60):
    """One table row as ONE text object; first cell left, others right-aligned at xs."""
    t = c.beginText()
    t.setFont(font, size)
    t.setTextOrigin(left, y)
    t.textOut(cells[0])
    for cell, x in zip(cells[1:], xs):
        t.setTextOrigin(x - stringWidth(cell, font, size), y)
        t.textOut(cell)
    c.drawText(t)

def line_text(c, x, y, s, font="Helvetica", size=11, color=(0, 0, 0)):
    c.setFillColorRGB(*color); c.setFont(font, size); c.drawString(x, y, s); c.setFillColorRGB(0, 0, 0)

def frame(c, n, title):
    c.setFillColorRGB(*NAVY); c.rect(0, H - 62, W, 62, fill=1, stroke=0)
    line_text(c, 40, H - 42, title, "Helvetica-Bold", 22, (1, 1, 1))
    c.setFillColorRGB(*TEAL); c.rect(0, 0, W, 4, fill=1, stroke=0)
    line_text(c, 40, 18, "Skelwick Air plc  |  Half-year results FY27  |  12 November 2026", "Helvetica", 8, (0.35, 0.35, 0.35))
    s = str(n); line_text(c, W - 40 - stringWidth(s, "Helvetica", 8), 18, s, "Helvetica", 8, (0.35, 0.35, 0.35))

def bullets(c, x, y, items, size=11.5, lead=19, width=92):
    import textwrap
    for it in items:
        lines = textwrap.wrap(it, width)
        c.setFillColorRGB(*TEAL); c.circle(x + 3, y + 4, 2.2, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        for i, ln in enumerate(lines):
            line_text(c, x + 14, y, ln, "Helvetica", size)
            y -= lead if i == len(lines) - 1 else size + 3
    return y

def kpi(c, x, y, w, h, big, cap1, cap2):
    c.setStrokeColorRGB(*TEAL); c.setLineWidth(1.2); c.rect(x, y, w, h, fill=0, stroke=1)
    line_text(c, x + 14, y + h - 44, big, "Helvetica-Bold", 28, NAVY)
    line_text(c, x + 14, y + 30, cap1, "Helvetica", 10)
    line_text(c, x + 14, y + 15, cap2, "Helvetica-Oblique", 8.5, (0.35, 0.35, 0.35))

def rule(c, x0, x1, y, w=0.5):
    c.setLineWidth(w); c.setStrokeColorRGB(0.3, 0.3, 0.3); c.line(x0, y, x1, y)

def make_pdf(path):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Skelwick Air plc - Half-year results FY27"); c.setAuthor("Skelwick Air plc")
    # 1 title
    c.setFillColorRGB(*NAVY); c.rect(0, 0, W, H, fill=1, stroke=0)
    line_text(c, 60, H - 200, "Skelwick Air plc", "Helvetica-Bold", 40, (1, 1, 1))
    line_text(c, 60, H - 240, "Half-year results for the six months ended 30 September 2026 (H1 FY27)", "Helvetica", 18, (1, 1, 1))
    line_text(c, 60, H - 270, "Investor and analyst presentation  |  London, 12 November 2026", "Helvetica", 13, (0.8, 0.88, 0.95))
    line_text(c, 60, 90, "Martin Hebblethwaite, Chief Executive Officer", "Helvetica", 11, (1, 1, 1))
    line_text(c, 60, 72, "Priya Castellane, Chief Financial Officer", "Helvetica", 11, (1, 1, 1))
    line_text(c, 60, 40, "LSE: SKWA", "Helvetica-Bold", 10, (0.8, 0.88, 0.95))
    c.showPage()
    # 2 highlights
    frame(c, 2, "H1 FY27 at a glance")
    bw, bh, gx = 240, 150, 26
    xs0 = [40, 40 + bw + gx, 40 + 2 * (bw + gx)]
    k = [
        (f"\u00a3{f1(tot_rev[0])}m", f"Revenue, up {pct(tot_rev[0], tot_rev[1]):.1f}%", f"H1 FY26: \u00a3{f1(tot_rev[1])}m"),
        (f"\u00a3{f1(upbt[0])}m", f"Underlying profit before tax(1), up {pct(upbt[0], upbt[1]):.0f}%", f"Reported PBT \u00a3{f1(rpbt[0])}m after \u00a3{f1(excep[0])}m fleet transition costs"),
        (f"{lf[0]:.1f}%", f"Load factor, up {lf[0]-lf[1]:.1f} pts", f"{pax[0]:.2f}m passengers on {seats[0]:.2f}m seats"),
        (f"\u00a3{rps[0]:.2f}", f"Revenue per seat, up {pct(rps[0], rps[1]):.1f}%", f"Cost per seat ex fuel \u00a3{cpsx[0]:.2f} (+{pct(cpsx[0], cpsx[1]):.1f}%)"),
        (f"{div[0]:.1f}p", f"Interim dividend per share", f"H1 FY26: {div[1]:.1f}p"),
        (f"\u00a3{f1(netdebt[0])}m", "Net debt incl. leases(3)", f"31 March 2026: \u00a3{f1(netdebt[1])}m"),
    ]
    for i, (big, c1, c2) in enumerate(k):
        x = xs0[i % 3]; y = H - 90 - bh - (i // 3) * (bh + 24)
        kpi(c, x, y, bw, bh, big, c1, c2)
    line_text(c, 40, 34, "(1) Underlying measures exclude exceptional items; see slide 3.  (3) Net debt includes lease liabilities of \u00a3498.6m.", "Helvetica", 7.5, (0.35, 0.35, 0.35))
    c.showPage()
    # 3 income statement
    frame(c, 3, "Income statement")
    xs = [470, 560, 650]
    y = H - 95
    row(c, y, ["", "H1", "H1", ""], xs, "Helvetica-Bold", 10.5); y -= 13
    row(c, y, ["\u00a3 million", "FY27", "FY26(2)", "Change"], xs, "Helvetica-Bold", 10.5); y -= 6
    rule(c, 60, 655, y); y -= 15
    for k_, v in rev.items():
        row(c, y, [k_, f1(v[0]), f1(v[1]), chg(v[0], v[1])], xs); y -= 15
    rule(c, 400, 655, y + 10)
    row(c, y, ["Total revenue", f1(tot_rev[0]), f1(tot_rev[1]), chg(tot_rev[0], tot_rev[1])], xs, "Helvetica-Bold"); y -= 20
    for k_, v in costs.items():
        row(c, y, [k_, paren(v[0]), paren(v[1]), chg(v[0], v[1])], xs); y -= 15
    rule(c, 400, 655, y + 10)
    row(c, y, ["Total operating costs", paren(tot_cost[0]), paren(tot_cost[1]), chg(tot_cost[0], tot_cost[1])], xs, "Helvetica-Bold"); y -= 20
    row(c, y, ["Underlying operating profit", f1(ebit[0]), f1(ebit[1]), chg(ebit[0], ebit[1])], xs); y -= 15
    row(c, y, ["Net finance costs", paren(fin[0]), paren(fin[1]), chg(fin[0], fin[1])], xs); y -= 15
    row(c, y, ["Underlying profit before tax", f1(upbt[0]), f1(upbt[1]), chg(upbt[0], upbt[1])], xs, "Helvetica-Bold"); y -= 15
    row(c, y, ["Exceptional items: fleet transition", paren(excep[0]), paren(excep[1]), "n/m"], xs); y -= 15
    row(c, y, ["Reported profit before tax", f1(rpbt[0]), f1(rpbt[1]), chg(rpbt[0], rpbt[1])], xs, "Helvetica-Bold"); y -= 15
    row(c, y, ["Taxation", paren(tax[0]), paren(tax[1]), ""], xs); y -= 15
    row(c, y, ["Profit for the period", f1(pat[0]), f1(pat[1]), chg(pat[0], pat[1])], xs, "Helvetica-Bold"); y -= 20
    row(c, y, ["Basic earnings per share (pence)", f"{eps[0]:.1f}", f"{eps[1]:.1f}", chg(eps[0], eps[1])], xs); y -= 15
    row(c, y, ["Underlying earnings per share (pence)", f"{ueps[0]:.1f}", f"{ueps[1]:.1f}", chg(ueps[0], ueps[1])], xs); y -= 15
    # right-hand commentary
    cy = H - 100
    for ln in ["Revenue growth led by ancillaries:", f"ancillary revenue up {pct(*rev['Ancillary revenue']):.1f}%,",
               "driven by bundles and seat selection.", "", "Fuel cost per seat down as", "hedged price fell year on year.", "",
               "Exceptional charge relates to the", "early return of two Dash 8-400", "aircraft to lessors."]:
        line_text(c, 690, cy, ln, "Helvetica", 9.5); cy -= 13
    line_text(c, 40, 46, f"(2) H1 FY26 restated: \u00a3{RECLASS}m of crew training costs reclassified from other operating costs to staff costs. As previously reported: staff costs \u00a3{costs['Staff costs(2)'][1]-RECLASS:.1f}m,", "Helvetica", 7.5, (0.35, 0.35, 0.35))
    line_text(c, 40, 36, f"other operating costs \u00a3{costs['Other operating costs(2)'][1]+RECLASS:.1f}m. Total operating costs unchanged. Underlying earnings per share assumes a 25% tax rate on underlying profit before tax.", "Helvetica", 7.5, (0.35, 0.35, 0.35))
    c.showPage()
    # 4 unit economics
    frame(c, 4, "Traffic and unit economics")
    xs = [470, 560, 650]
    y = H - 95
    row(c, y, ["", "Six months to", "Six months to", ""], xs, "Helvetica-Bold", 10.5); y -= 13
    row(c, y, ["", "30 Sep 2026", "30 Sep 2025", "Change"], xs, "Helvetica-Bold", 10.5); y -= 6
    rule(c, 60, 655, y); y -= 15
    rows4 = [
        ("Seats flown (millions)", f"{seats[0]:.2f}", f"{seats[1]:.2f}", chg(*seats)),
        ("Passengers (millions)", f"{pax[0]:.2f}", f"{pax[1]:.2f}", chg(*pax)),
        ("Load factor (%)", f"{lf[0]:.1f}", f"{lf[1]:.1f}", f"{lf[0]-lf[1]:+.1f} pts"),
        ("Sectors flown", f"{sectors[0]:,}", f"{sectors[1]:,}", chg(*sectors)),
        ("Average fare (\u00a3)", f"{fare[0]:.2f}", f"{fare[1]:.2f}", chg(*fare)),
        ("Ancillary revenue per passenger (\u00a3)", f"{anc[0]:.2f}", f"{anc[1]:.2f}", chg(*anc)),
        ("Revenue per seat (\u00a3)", f"{rps[0]:.2f}", f"{rps[1]:.2f}", chg(*rps)),
        ("Cost per seat (\u00a3)", f"{cps[0]:.2f}", f"{cps[1]:.2f}", chg(*cps)),
        ("Cost per seat excluding fuel (\u00a3)", f"{cpsx[0]:.2f}", f"{cpsx[1]:.2f}", chg(*cpsx)),
    ]
    for r_ in rows4:
        row(c, y, list(r_), xs); y -= 17
    y -= 10
    bullets(c, 60, y, [
        f"Capacity up {pct(*seats):.1f}% as six further E195-E2s joined the fleet; passengers up {pct(*pax):.1f}%.",
        "Unit revenue growth ahead of unit cost growth for the third consecutive half.",
        "Per-seat and per-passenger figures are calculated on unrounded revenue, cost and traffic data.",
    ], size=10.5, lead=16, width=110)
    c.showPage()
    # 5 cash and balance sheet
    frame(c, 5, "Cash flow and balance sheet")
    xs = [470, 560]
    y = H - 95
    row(c, y, ["\u00a3 million", "H1 FY27", "H1 FY26"], xs, "Helvetica-Bold"); y -= 6
    rule(c, 60, 565, y); y -= 15
    ocf_p, capex_p = 139.8, 97.5
    for r_ in [("Underlying EBITDA", f1(ebitda[0]), f1(ebitda[1])),
               ("Cash generated from operations", f1(ocf), f1(ocf_p)),
               ("Capital expenditure", paren(capex), paren(capex_p)),
               ("Free cash flow", f1(fcf), f1(r1(ocf_p - capex_p))),
               ("Lease repayments, interest and dividends", paren(-other_cf), paren(31.4))]:
        row(c, y, list(r_), xs); y -= 16
    y -= 8
    xs2 = [470, 560]
    row(c, y, ["\u00a3 million", "30 Sep 2026", "31 Mar 2026"], xs2, "Helvetica-Bold"); y -= 6
    rule(c, 60, 565, y); y -= 15
    for r_ in [("Cash and cash equivalents", f1(cash_close), f1(cash_open)),
               ("Net debt including leases", f1(netdebt[0]), f1(netdebt[1])),
               ("Net debt / underlying EBITDA (last twelve months)", "1.9x", "2.3x")]:
        row(c, y, list(r_), xs2); y -= 16
    y -= 10
    bullets(c, 60, y, [
        f"Free cash flow of \u00a3{f1(fcf)}m funded the interim dividend and six aircraft pre-delivery payments.",
        "Fuel: 78% of FY27 requirement hedged; 52% of FY28 hedged.",
        "Revolving credit facility of \u00a3150m undrawn; maturity extended to 2030.",
    ], size=10.5, lead=16, width=110)
    c.showPage()
    # 6 fleet
    frame(c, 6, "Fleet and network")
    xs = [470, 560, 650]
    y = H - 95
    row(c, y, ["Aircraft in service", "30 Sep 2026", "30 Sep 2025", "Seats each"], xs, "Helvetica-Bold"); y -= 6
    rule(c, 60, 655, y); y -= 15
    seat_cfg = {"ATR 72-600": "72", "Embraer E195-E2": "132", "De Havilland Dash 8-400": "78"}
    for k_, v in fleet.items():
        row(c, y, [k_, str(v[0]), str(v[1]), seat_cfg[k_]], xs); y -= 16
    rule(c, 400, 655, y + 11)
    row(c, y, ["Total fleet", str(fleet_tot[0]), str(fleet_tot[1]), ""], xs, "Helvetica-Bold"); y -= 28
    bullets(c, 60, y, [
        "14 new routes launched in the half, including Inverness-Bergen and Exeter-Jersey; 203 routes in total.",
        "Highlands and Islands public service obligation contracts renewed to 2031.",
        "Remaining Dash 8-400s to leave the fleet by March 2028; four further E195-E2s due in H2 FY27.",
        "On-time performance (within 15 minutes) of 84% in the half, versus 79% a year earlier.",
    ], size=10.5, lead=16, width=110)
    c.showPage()
    # 7 outlook
    frame(c, 7, "Outlook for FY27 (year ending 31 March 2027)")
    xs = [520, 680]
    y = H - 95
    row(c, y, ["", "Current guidance", "Previous guidance(4)"], xs, "Helvetica-Bold"); y -= 6
    rule(c, 60, 685, y); y -= 15
    for r_ in [("Underlying profit before tax", f"\u00a3{guid_new[0]}m-\u00a3{guid_new[1]}m", f"\u00a3{guid_old[0]}m-\u00a3{guid_old[1]}m"),
               ("Seat capacity growth", "9%-10%", "8%-10%"),
               ("Cost per seat excluding fuel", "up 1%-2%", "up 2%-3%"),
               ("Capital expenditure", "\u00a3240m-\u00a3260m", "\u00a3240m-\u00a3260m")]:
        row(c, y, list(r_), xs); y -= 17
    y -= 12
    bullets(c, 60, y, [
        "H2 forward bookings 3 points ahead of last year at similar fares.",
        "Medium-term ambition: 120 aircraft and a 10% underlying operating margin by FY30.",
        "Progressive dividend policy: around 30% of underlying profit after tax.",
    ], size=10.5, lead=16, width=110)
    line_text(c, 40, 46, "(4) Guidance given with full-year FY26 results on 21 May 2026.", "Helvetica", 7.5, (0.35, 0.35, 0.35))
    line_text(c, 40, 36, "Guidance assumes jet fuel at $760 per tonne for the unhedged portion and GBP/USD of 1.30. Forward-looking statements are subject to risks.", "Helvetica", 7.5, (0.35, 0.35, 0.35))
    c.showPage()
    c.save()

V = dict(
    rev=f1(tot_rev[0]), rev_p=f1(tot_rev[1]), rev_g=f"{pct(*tot_rev):.0f}",
    upbt=f1(upbt[0]), upbt_p=f1(upbt[1]), upbt_g=f"{pct(*upbt):.0f}", rpbt=f1(rpbt[0]), excep=f1(excep[0]),
    pax=f"{pax[0]:.2f}", lf=f"{lf[0]:.1f}", lf_p=f"{lf[1]:.1f}", anc=f"{anc[0]:.2f}", anc_g=f"{pct(*anc):.0f}",
    q2=f1(q2rev[0]), q2_g=f"{pct(*q2rev):.0f}", div=f"{div[0]:.1f}", div_p=f"{div[1]:.1f}",
    rps=f"{rps[0]:.2f}", cpsx=f"{cpsx[0]:.2f}", fleet=fleet_tot[0], mcap=f"{mcap:.1f}",
    ueps=f"{ueps[0]:.1f}", eps=f"{eps[0]:.1f}", nd=f1(netdebt[0]), fcf=f1(fcf),
    b_rev_bn=f"{b_rev/1000:.1f}", b_rev=f"{b_rev:,.0f}", b_rev_gbp=f"{b_rev_gbp/1000:.1f}", b_g=f"{b_rev_growth:.0f}",
    b_pbt=f1(b_pbt), b_pbt_p=f1(b_pbt_prior), b_pbt_g=f"{pct(b_pbt, b_pbt_prior):.0f}",
    b_lf=f"{b_lf:.1f}", b_rps=f"{b_rps:.2f}", b_pax=f"{b_pax:.1f}",
)

# ---------------- articles ----------------
A1 = """Skelwick Air lifts profit outlook as fuller planes and bag fees power first half

By Eilidh Marchbank

LONDON, Nov 12 (Northgate Wire) - Skelwick Air (LSE: SKWA), the Aberdeen-based regional carrier, raised its full-year profit forecast on Thursday after fuller aircraft and higher spending on extras lifted first-half earnings well ahead of analysts' expectations.

The airline now expects underlying profit before tax of GBP 170 million to GBP 180 million for the year ending March 31, 2027, up from the GBP 150 million to GBP 165 million range it set out in May. The new midpoint of GBP 175 million compares with a company-compiled analyst consensus of GBP 161 million.

Revenue for the six months to Sept. 30 rose {rev_g}% to GBP {rev} million from GBP {rev_p} million a year earlier. In the second quarter alone, the July-to-September peak that carries the bulk of the airline's holiday traffic, revenue climbed {q2_g}% to GBP {q2} million.

Underlying profit before tax, which strips out one-off items, jumped {upbt_g}% to GBP {upbt} million. On a reported basis, pre-tax profit was GBP {rpbt} million after a GBP {excep} million charge for handing two of its older Dash 8-400 turboprops back to lessors ahead of schedule.

Skelwick flew {pax} million passengers in the half, up 12%, and filled {lf}% of its seats, compared with {lf_p}% a year earlier. Each passenger spent an average of GBP {anc} on extras such as checked bags, seat selection and fare bundles, about {anc_g}% more than a year ago.

"We are flying more people, filling more seats and selling them more of what they want," Chief Executive Martin Hebblethwaite told reporters on a call. "That is a much better combination than chasing growth with cheap fares."

The company will pay an interim dividend of {div} pence a share, up from {div_p} pence. Underlying earnings per share were {ueps} pence; basic earnings per share, which include the fleet charge, were {eps} pence.

Shares in Skelwick rose 7.8% to 341 pence by 1000 GMT, making them the best performer on the FTSE 250 index. The stock has gained about 40% this year.

Chief Financial Officer Priya Castellane said net debt, including aircraft leases, fell to GBP {nd} million at the end of September from GBP 668.3 million in March, helped by free cash flow of GBP {fcf} million. She said 78% of the airline's fuel needs for the current financial year were hedged.

Analysts at Harbrook Cullen said the results showed Skelwick was "pulling clear" of its main rival on routes linking Scotland, Northern Ireland and the Irish Republic, Cork-based Tarbeagh Airways (Euronext Dublin: TRBH), which cut its own profit forecast in October.

"The contrast with Tarbeagh could hardly be starker," Harbrook Cullen analyst Tomasz Wierzba wrote in a note to clients. "One is raising guidance on the back of yield and load factor, the other is discounting to fill seats."

Skelwick, which operates {fleet} aircraft from 11 bases, said it expected seat capacity to grow 9% to 10% in the full year, slightly narrower than the 8% to 10% it had pencilled in before. Forward bookings for the winter were three points ahead of the same point last year, it said.

The carrier has been replacing its Dash 8 turboprops with Embraer E195-E2 jets on its busiest routes and ATR 72-600s on shorter island hops. It took six E195-E2s in the half and expects four more before the end of March.

Hebblethwaite said the company was sticking to its ambition of operating 120 aircraft and earning a 10% underlying operating margin by the 2030 financial year.

(Reporting by Eilidh Marchbank; Editing by Gareth Lowrie)
""".format(**V)

A2 = """Two carriers, one sea: Skelwick and Tarbeagh take different roads on the Celtic routes

Regional Flight Review | Analysis | 19 November 2026

By Senan Ruddock, Airline Business Correspondent

For a decade Skelwick Air and Tarbeagh Airways have shadowed each other across the Irish Sea, the Scottish islands and the short hops between Belfast, Cork and the English regions. This autumn their paths split sharply. Skelwick raised its profit guidance on 12 November; five weeks earlier Tarbeagh had cut its own.

The headline numbers make the two look closer in size than they are in strategy. Tarbeagh, which reports in euros and runs its financial year to the end of June, booked revenue of EUR {b_rev_bn}bn in the year to 30 June 2026, about GBP {b_rev_gbp}bn at current exchange rates. Reported revenue rose {b_g}%, but the airline's own like-for-like measure, which strips out the Cornish and Scilly routes it bought from the collapsed Penwith Air in 2025, showed growth of 9%. Irish domestic and Ireland-UK routes still make up a third of sales.

Skelwick, on a March year-end, brought in GBP {rev} million in just the six months to September, and is on course for well over GBP 1.4bn for its full year.

Where the two really diverge is in how full their aircraft are and what each seat earns. Tarbeagh's load factor slipped to {b_lf}% in the year to June, down four percentage points on the previous year, as it added capacity on routes from Cork and Shannon into a softer market. Skelwick's load factor rose to {lf}% in its half year.

Unit revenue tells a similar story. Tarbeagh generated EUR {b_rps} of revenue per seat flown in its financial year, a figure the airline disclosed for the first time in its annual report. Skelwick took GBP {rps} per seat in its first half, a 4.2% improvement, while its cost per seat excluding fuel rose only 1.1% to GBP {cpsx}.

"Tarbeagh's problem is not costs, it's pricing power," said Niamh Colquhoun, an aviation consultant at Aerfort Advisory in Dublin. "They have been the price leader out of Cork for years and now they are discounting to defend that position."

Tarbeagh's profit before tax fell to EUR {b_pbt} million from EUR {b_pbt_p} million, a decline of 31%. Its final dividend of 12 cents a share, down from 15 cents, was the first cut since the airline listed in 2017.

In early October Tarbeagh lowered its guidance for the current financial year, to June 2027. It now expects profit before tax of EUR 85 million to EUR 95 million, against EUR 110 million to EUR 125 million when it reported annual results in August. It blamed weaker late-summer fares on its Irish routes and higher airport charges at Dublin.

The two fleets are also moving in different directions. Skelwick has {fleet} aircraft and is adding Embraer E195-E2 jets, each with 132 seats, to its trunk routes. Tarbeagh, with 71 aircraft, has stuck with turboprops and has 12 ATR 72-600s on order, arguing that they burn roughly 40% less fuel per seat than a regional jet on sectors under an hour.

That choice has a logic. Fuel and carbon costs were GBP 211.8 million in Skelwick's half year, more than a quarter of its operating costs. But jets let Skelwick fly longer, higher-yield routes such as Inverness to Bergen, which turboprops cannot serve economically.

Tarbeagh's first-quarter trading update, for July to September, showed some stabilisation: revenue of EUR 402 million, up 6%, and a load factor of 84.1%, the best of any quarter in its history. But that quarter is the airline's strongest, and management warned that winter bookings remained "below where we would like them to be".

The market has made its judgement. Skelwick shares have gained about 40% this year. Tarbeagh's have nearly halved since January, leaving the Irish carrier valued at about EUR 380 million, against roughly GBP {mcap}bn for Skelwick.

Neither airline is standing still. Skelwick wants 120 aircraft by its 2030 financial year. Tarbeagh is targeting 85 aircraft by 2029 and wants to take EUR 3 out of its cost per seat over the next two years. Which strategy looks wiser may depend on what happens to fuel prices, and to the price of a Tuesday-morning seat from Cork to Bristol.
""".format(**V)

A3 = """The Ledger: Cheap seats are not a strategy

By Hugh Denholm | 24 November 2026

Every so often an industry runs a controlled experiment for us. This autumn, the two airlines that dominate the small-plane routes around the Irish Sea have done exactly that, and the results are in.

Skelwick Air chose to grow carefully, raise fares where it could and sell passengers extras. It filled {lf}% of its seats in the six months to September, up from {lf_p}%, and its underlying pre-tax profit nearly doubled to GBP {upbt} million. It then had the confidence to lift its full-year forecast to between GBP 170 million and GBP 180 million.

Tarbeagh Airways chose volume. It added seats out of Cork and Shannon, cut fares to fill them, and watched its load factor fall four points to {b_lf}%. Profit before tax dropped by almost a third. In October the board trimmed its forecast for the year to June 2027 by about a quarter at the midpoint, from a range of EUR 110 million to EUR 125 million to one of EUR 85 million to EUR 95 million.

I have some sympathy for Tarbeagh. Its chief executive, Orla Fennessy, inherited a network built for a pre-pandemic world and a fleet of turboprops that is efficient but slow. The airline still earns a third of its sales on Irish routes, where it has little room to raise prices without inviting Skelwick or the big low-cost carriers in.

But the numbers are unforgiving. Tarbeagh's revenue per seat, at EUR {b_rps}, looks respectable until you convert it: at 85 pence to the euro it is roughly GBP 80, some GBP 17 less than Skelwick's GBP {rps}. Some of that gap reflects shorter average sectors. Most of it, I suspect, is price.

Skelwick is not without risks of its own. Net debt including leases is GBP {nd} million, and its E195-E2 jets are expensive to finance. It has hedged 78% of its fuel for the year, which flatters the near term but will not last. Its on-time record, at 84% of flights within 15 minutes, is better than it was but is hardly a selling point.

There is also a question of how much of the first half was luck. The July-to-September quarter was unusually dry and warm in Scotland, and island tourism had a record summer. Skelwick's second-quarter revenue rose {q2_g}%, faster than the half as a whole. A wet summer next year could take some of that away.

Still, the broad lesson holds. Regional aviation is a business of thin margins and high fixed costs. An empty seat is revenue lost for ever, which tempts managers to fill it at any price. The better answer, as Skelwick has shown, is to fly the seats people want, when they want them, and charge properly for the bag and the legroom.

The stock market has drawn the same conclusion. Skelwick is worth about GBP {mcap}bn, more than three times Tarbeagh's value in sterling terms, even though Tarbeagh's annual revenue of EUR {b_rev_bn}bn, about GBP {b_rev_gbp}bn, is not far short of Skelwick's expected full-year figure. Tarbeagh's shares have nearly halved this year; its dividend has been cut to 12 cents from 15 cents.

Ms Fennessy says she will take EUR 3 off Tarbeagh's cost per seat within two years and grow the fleet to 85 aircraft by 2029. Growing the fleet is the last thing I would do. Tarbeagh needs fewer, fuller flights, not more of them. If its second-half numbers, due in February, show load factors still falling, shareholders should ask whether the growth plan deserves their capital.

Skelwick, for its part, should resist the temptation to become Tarbeagh. Its ambition of 120 aircraft and a 10% underlying operating margin by the 2030 financial year is achievable. Its margin in the latest half was 12.7%, helped by the summer. The hard part will be keeping it there through a winter.

Hugh Denholm writes The Ledger column on companies and markets. He holds no shares in either airline.
""".format(**V)

A4 = """"We were the price leader. Now we have to be the cost leader": Tarbeagh's Orla Fennessy

Interview | The Quayside Business Journal | 1 December 2026

Orla Fennessy became chief executive of Tarbeagh Airways in March 2024 after eleven years running the airline's network planning. This autumn her company cut its profit forecast, while its rival Skelwick Air raised its own. We spoke to her at Tarbeagh's headquarters at Cork Airport. The interview has been edited for length.

Q: Tarbeagh cut its guidance in October. What went wrong?

A: Late-summer fares on our Irish routes were weaker than we planned, and Dublin airport charges went up more than we expected. We now see profit before tax of EUR 85 million to EUR 95 million for this financial year, to June 2027. When we reported in August we had said EUR 110 million to EUR 125 million. I'm not going to pretend that's anything other than a disappointment.

Q: Your load factor fell four percentage points last year, to {b_lf}%. Did you add too much capacity?

A: On Cork-London and Shannon-Manchester, yes, with hindsight. We grew seats by about 17% across the network in the year to June, and the market grew by perhaps half that. The first quarter of this year was better: we filled 84.1% of our seats between July and September, a record for any quarter. But I want that number at 82% or higher across the whole year, not just in summer.

Q: Skelwick earns far more per seat than you do. Why?

A: Part of it is geography. Our average flight is 48 minutes; theirs is longer, and longer flights earn more per seat. Part of it is that they sell extras better than we do. Ancillaries are the area where we have most to learn. We're rolling out fare bundles in the spring.

Q: You have said you want to take EUR 3 out of cost per seat. How?

A: Over two years. About half comes from the 12 new ATR 72-600s, which have 78 seats against 70 on the aircraft they replace. The rest comes from crew rostering, maintenance contracts and our ground-handling tender at Cork, which we've just renegotiated. None of it involves cutting pilot or cabin crew pay.

Q: The fleet plan goes the other way. You still want 85 aircraft by 2029, from 71 today. Isn't that what got you into trouble?

A: Growth in the wrong places got us into trouble. The 14 extra aircraft are for routes where we have no competitor today: the Atlantic islands, more of Cornwall and the Scillies, and Brittany. We'll also retire older aircraft. I'd rather be the only airline on a route with 70% of the seats full than one of three on a route at 90%.

Q: Investors are not convinced. Your shares have nearly halved this year.

A: I understand that. We cut the final dividend to 12 cents from 15 cents because I'd rather protect the balance sheet than borrow to pay shareholders. We have EUR 310 million of cash. We did not need to cut; we chose to.

Q: Is Tarbeagh a takeover target?

A: Every listed company with a share price like ours is a target. My job is to run the airline well enough that the question goes away.

Q: What would success look like in two years?

A: Load factor back above 82% for the full year, cost per seat down by EUR 3, revenue per seat moving up again from EUR {b_rps}, and profit before tax back above the EUR {b_pbt_p} million we made two years ago. We earned EUR {b_pbt} million last year on revenue of EUR {b_rev} million. That margin, about 5.5%, isn't good enough for an airline of our size.

Q: Finally, how do you get on with Martin Hebblethwaite?

A: Very well. We were at a conference in Belfast last month and he bought the coffee. I told him I'd buy next time, once our guidance goes back up.
""".format(**V)

# consistency checks on the prose
assert abs(b_pbt / b_rev * 100 - 5.5) < 0.05
assert round(pct(b_pbt, b_pbt_prior)) == -31
assert round(b_lf_prior - b_lf) == 4
assert round(ebit[0] / tot_rev[0] * 100, 1) == 12.7
assert round(b_rps * eurgbp) == 80 and round(rps[0] - b_rps * eurgbp) == 17
assert mcap / (380 * eurgbp / 1000) > 3
assert round(pct(*rps), 1) == 4.2 and round(pct(*cpsx), 1) == 1.1
assert round(pct(*pax)) == 12
assert round(costs["Fuel and carbon"][0] / tot_cost[0] * 100) > 25
assert abs(((110 + 125) / 2 - 90) / ((110 + 125) / 2) - 0.25) < 0.02

if __name__ == "__main__":
    make_pdf(os.path.join(HERE, "SKELWICKAIR_2026H1_PRESENTATION.pdf"))
    for name, txt in [("skelwick-h1-fy27-results-wire.txt", A1), ("skelwick-tarbeagh-regional-rivals.txt", A2),
                      ("ledger-column-irish-sea-airlines.txt", A3), ("tarbeagh-ceo-fennessy-interview.txt", A4)]:
        with open(os.path.join(HERE, name), "w") as f:
            f.write(txt)
        print(name, len(txt.split()), "words")
