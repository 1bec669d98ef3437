# Long on purpose: generated test data.
"""Writer C, blind pair 35: Carrowvale Gold Corp. Q2/H1 2026 report (PDF) and four news items (.txt)
about Carrowvale and its listed rival Stenholt Mining Inc. Every company, person, broker and outlet is
invented. All figures are computed here from the inputs below and asserted to tie.

Run from the worktree root: PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic35/make_w35c.py
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent
PDF_NAME = "carrowvale-q2-2026-report.pdf"
TXT_WIRE = "carrowvale-tolland-wire-2026-07-29.txt"
TXT_DAILY = "carrowvale-stenholt-portage-daily-2026-07-31.txt"
TXT_TRADE = "headframe-weekly-carrowvale-stenholt-2026-08-04.txt"
TXT_NOTE = "lakehead-review-halvard-note-2026-08-07.txt"


def r(x: float, d: int = 1) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def close(a: float, b: float, eps: float = 1e-6) -> bool:
    return abs(a - b) < eps


# ---------------------------------------------------------------------------------------------
# Inputs, per quarter. Keys: 'q1_25', 'q2_25', 'q1_26', 'q2_26'. US$ millions unless noted.
Q = ("q1_25", "q2_25", "q1_26", "q2_26")
MINES = ("Lac Tessier (Quebec)", "Pellatt Creek (Ontario)", "Kinsella (Manitoba)")
MINE_SHORT = ("Lac Tessier", "Pellatt Creek", "Kinsella")
PROD = {  # ounces produced by mine
    "q1_25": (57300, 44800, 22950), "q2_25": (58940, 43610, 24380),
    "q1_26": (61200, 42150, 27480), "q2_26": (64850, 45320, 31730),
}
SOLD = {  # ounces sold by mine
    "q1_25": (56900, 44100, 22300), "q2_25": (58200, 43950, 23900),
    "q1_26": (60400, 41800, 26950), "q2_26": (65300, 44700, 31100),
}
PRICE = {"q1_25": 2861, "q2_25": 3274, "q1_26": 3902, "q2_26": 4126}  # US$/oz realised
SILVER = {"q1_25": 3.1, "q2_25": 3.4, "q1_26": 4.6, "q2_26": 5.2}  # by-product revenue
PROD_COST = {"q1_25": 138.2, "q2_25": 141.5, "q1_26": 152.6, "q2_26": 163.9}
ROYALTY = {"q1_25": 9.6, "q2_25": 11.3, "q1_26": 14.8, "q2_26": 16.5}
DD = {"q1_25": 58.3, "q2_25": 60.1, "q1_26": 66.4, "q2_26": 71.8}
GA = {"q1_25": 12.4, "q2_25": 11.9, "q1_26": 13.8, "q2_26": 14.6}
EXPL = {"q1_25": 5.2, "q2_25": 6.1, "q1_26": 7.4, "q2_26": 8.3}
SUST_EXPL = {"q1_25": 1.8, "q2_25": 2.0, "q1_26": 2.3, "q2_26": 2.6}
OTHER = {"q1_25": 1.2, "q2_25": -0.6, "q1_26": 2.1, "q2_26": 1.7}
WRITEDOWN = {"q1_25": 0.0, "q2_25": 0.0, "q1_26": 0.0, "q2_26": 12.4}
FIN_COST = {"q1_25": 8.9, "q2_25": 8.6, "q1_26": 7.2, "q2_26": 6.5}
FIN_INC = {"q1_25": 1.2, "q2_25": 1.5, "q1_26": 2.8, "q2_26": 3.6}
FX = {"q1_25": 1.9, "q2_25": -3.2, "q1_26": 2.4, "q2_26": 4.1}  # loss (gain)
DERIV = {"q1_25": 3.5, "q2_25": 6.8, "q1_26": -1.9, "q2_26": 9.2}  # unrealised loss (gain)
TAX_RATE = {"q1_25": 0.31, "q2_25": 0.29, "q1_26": 0.30, "q2_26": 0.32}
SHARES = {"q1_25": 209.8, "q2_25": 210.3, "q1_26": 211.6, "q2_26": 212.1}  # weighted basic, millions
DIL_ADD = {"q1_25": 1.4, "q2_25": 1.5, "q1_26": 1.7, "q2_26": 1.9}
SUST_CAPEX = {"q1_25": 38.4, "q2_25": 41.7, "q1_26": 44.2, "q2_26": 47.9}
GROWTH_CAPEX = {"q1_25": 22.1, "q2_25": 26.8, "q1_26": 35.6, "q2_26": 41.3}
LEASE = {"q1_25": 2.1, "q2_25": 2.2, "q1_26": 2.4, "q2_26": 2.5}
ACCRETION = {"q1_25": 1.0, "q2_25": 1.0, "q1_26": 1.2, "q2_26": 1.2}
SBC = {"q1_25": 1.6, "q2_25": 1.5, "q1_26": 1.9, "q2_26": 2.0}
WC = {"q1_25": -12.3, "q2_25": 8.4, "q1_26": -21.7, "q2_26": 6.9}
DISPOSAL = {"q1_25": 0.0, "q2_25": 0.0, "q1_26": 3.4, "q2_26": 0.0}
REPAY = {"q1_25": 25.0, "q2_25": 25.0, "q1_26": 50.0, "q2_26": 75.0}
OPTIONS = {"q1_25": 0.8, "q2_25": 1.2, "q1_26": 2.6, "q2_26": 3.1}
FX_CASH = {"q1_25": 0.3, "q2_25": 1.1, "q1_26": -0.6, "q2_26": 1.4}
DIV_CAD = {"q1_25": 0.06, "q2_25": 0.06, "q1_26": 0.06, "q2_26": 0.08}  # C$ per share paid
USDCAD = {"q1_25": 1.435, "q2_25": 1.384, "q1_26": 1.372, "q2_26": 1.358}  # C$ per US$
SH_OUT_PAID = {"q1_25": 209.6, "q2_25": 210.1, "q1_26": 211.3, "q2_26": 211.9}  # shares on record, millions
TAX_ON_ADJ = 0.265  # tax effect on derivative loss and write-down
CASH_DEC24 = 241.7

# Guidance (2026)
PROD_GUIDE_OLD = (500000, 540000)
PROD_GUIDE_NEW = (520000, 560000)
AISC_GUIDE = (1650, 1750)
CASHCOST_GUIDE = (1090, 1170)
SUST_CAPEX_GUIDE = (185, 205)
GROWTH_CAPEX_GUIDE = (160, 180)
GUIDE_FX = 1.36
PELLATT_EXP_CAD = 312  # C$ million mill expansion budget
PELLATT_SPENT_CAD = 118  # C$ million spent to June 30, 2026
PELLATT_COMPLETE = 38  # percent complete
SHARE_PRICE = 41.20  # C$ close July 28, 2026

# Rival: Stenholt Mining Inc.
ST = {
    "q2_prod": 96400, "h1_prod": 188700, "q2_aisc": 1842, "h1_aisc": 1868,
    "h1_rev": 742.5, "h1_rev_growth": 31, "q2_rev": 391.8, "q2_ne": 88.6, "q2_adj_ne": 97.3,
    "guide": (380000, 410000), "deal_cad": 150.0, "deal_price": 17.80, "share_price": 18.45,
    "q2_price": 4098, "ferrier_q2": 58100,
}
ST["moraine_q2"] = ST["q2_prod"] - ST["ferrier_q2"]
ST["deal_shares"] = r(ST["deal_cad"] / ST["deal_price"], 2)  # millions of shares
ST["h1_rev_prior"] = r(ST["h1_rev"] / (1 + ST["h1_rev_growth"] / 100), 1)
ST["q1_prod"] = ST["h1_prod"] - ST["q2_prod"]
# Analyst (Halvard Dunmore Securities, Renata Vosburgh)
AN = {"cv_tp_old": 48.00, "cv_tp_new": 54.00, "st_tp": 21.50, "cv_prod_est": 548000, "cv_aisc_est": 1712,
      "st_prod_est": 391000, "cv_pnav": 0.92, "st_pnav": 0.71, "cv_fcf27_est": 905}

# ---------------------------------------------------------------------------------------------
# Derived figures
F: dict[str, dict[str, float]] = {}


def build_quarter(k: str) -> dict[str, float]:
    d: dict[str, float] = {}
    d["prod"] = sum(PROD[k]); d["sold"] = sum(SOLD[k])
    for i, m in enumerate(MINE_SHORT):
        d[f"prod_{i}"] = PROD[k][i]; d[f"sold_{i}"] = SOLD[k][i]
    d["gold_rev"] = r(d["sold"] * PRICE[k] / 1e6, 1)
    d["silver"] = SILVER[k]
    d["rev"] = r(d["gold_rev"] + SILVER[k], 1)
    for name, src in (("prod_cost", PROD_COST), ("royalty", ROYALTY), ("dd", DD), ("ga", GA), ("expl", EXPL),
                      ("other", OTHER), ("writedown", WRITEDOWN), ("fin_cost", FIN_COST), ("fin_inc", FIN_INC),
                      ("fx", FX), ("deriv", DERIV), ("sust_capex", SUST_CAPEX), ("growth_capex", GROWTH_CAPEX),
                      ("lease", LEASE), ("accretion", ACCRETION), ("sbc", SBC), ("wc", WC), ("disposal", DISPOSAL),
                      ("repay", REPAY), ("options", OPTIONS), ("fx_cash", FX_CASH), ("sust_expl", SUST_EXPL)):
        d[name] = src[k]
    d["mine_op"] = r(d["rev"] - d["prod_cost"] - d["royalty"] - d["dd"], 1)
    d["op_exp"] = r(d["ga"] + d["expl"] + d["other"] + d["writedown"], 1)
    d["op_earn"] = r(d["mine_op"] - d["op_exp"], 1)
    d["ebt"] = r(d["op_earn"] - d["fin_cost"] + d["fin_inc"] - d["fx"] - d["deriv"], 1)
    d["tax"] = r(d["ebt"] * TAX_RATE[k], 1)
    d["cur_tax"] = r(d["tax"] * 0.7, 1)
    d["def_tax"] = r(d["tax"] - d["cur_tax"], 1)
    d["ne"] = r(d["ebt"] - d["tax"], 1)
    d["shares"] = SHARES[k]; d["dil_shares"] = r(SHARES[k] + DIL_ADD[k], 1)
    d["eps"] = r(d["ne"] / d["shares"], 2); d["deps"] = r(d["ne"] / d["dil_shares"], 2)
    d["adj_tax"] = r(-(d["deriv"] + d["writedown"]) * TAX_ON_ADJ, 1)
    d["adj_ne"] = r(d["ne"] + d["deriv"] + d["fx"] + d["writedown"] + d["adj_tax"], 1)
    d["adj_eps"] = r(d["adj_ne"] / d["shares"], 2)
    # cash costs and AISC
    d["cash_costs"] = r(d["prod_cost"] - d["silver"], 1)
    d["aisc_total"] = r(d["prod_cost"] + d["royalty"] - d["silver"] + d["sust_capex"] + d["lease"] + d["ga"]
                        + d["accretion"] + d["sust_expl"], 1)
    d["cash_cost_oz"] = r(d["cash_costs"] * 1e6 / d["sold"], 0)
    d["aisc_oz"] = r(d["aisc_total"] * 1e6 / d["sold"], 0)
    d["price"] = PRICE[k]
    # cash flow
    d["div_paid"] = r(DIV_CAD[k] * SH_OUT_PAID[k] / USDCAD[k], 1)
    d["ocf"] = r(d["ne"] + d["dd"] + d["sbc"] + d["def_tax"] + d["deriv"] + d["writedown"] + d["accretion"] + d["wc"], 1)
    d["capex"] = r(d["sust_capex"] + d["growth_capex"], 1)
    d["cfi"] = r(-d["capex"] + d["disposal"], 1)
    d["cff"] = r(-d["repay"] - d["div_paid"] - d["lease"] + d["options"], 1)
    d["net_change"] = r(d["ocf"] + d["cfi"] + d["cff"] + d["fx_cash"], 1)
    d["fcf"] = r(d["ocf"] - d["capex"], 1)
    return d


for k in Q:
    F[k] = build_quarter(k)

SUM_KEYS = ("prod", "sold", "gold_rev", "silver", "rev", "prod_cost", "royalty", "dd", "ga", "expl", "other",
            "writedown", "fin_cost", "fin_inc", "fx", "deriv", "sust_capex", "growth_capex", "lease", "accretion",
            "sbc", "wc", "disposal", "repay", "options", "fx_cash", "sust_expl", "mine_op", "op_exp", "op_earn",
            "ebt", "tax", "cur_tax", "def_tax", "ne", "adj_tax", "adj_ne", "cash_costs", "aisc_total", "div_paid",
            "ocf", "capex", "cfi", "cff", "net_change", "fcf") + tuple(f"prod_{i}" for i in range(3)) + tuple(
            f"sold_{i}" for i in range(3))


def build_half(a: str, b: str) -> dict[str, float]:
    d = {key: r(F[a][key] + F[b][key], 1) for key in SUM_KEYS}
    for key in ("prod", "sold") + tuple(f"prod_{i}" for i in range(3)) + tuple(f"sold_{i}" for i in range(3)):
        d[key] = int(F[a][key] + F[b][key])
    d["shares"] = r((F[a]["shares"] + F[b]["shares"]) / 2, 1)
    d["dil_shares"] = r((F[a]["dil_shares"] + F[b]["dil_shares"]) / 2, 1)
    d["eps"] = r(d["ne"] / d["shares"], 2); d["deps"] = r(d["ne"] / d["dil_shares"], 2)
    d["adj_eps"] = r(d["adj_ne"] / d["shares"], 2)
    d["price"] = r(d["gold_rev"] * 1e6 / d["sold"], 0)
    d["cash_cost_oz"] = r(d["cash_costs"] * 1e6 / d["sold"], 0)
    d["aisc_oz"] = r(d["aisc_total"] * 1e6 / d["sold"], 0)
    return d


F["h1_25"] = build_half("q1_25", "q2_25")
F["h1_26"] = build_half("q1_26", "q2_26")
COLS = ("q2_26", "q2_25", "h1_26", "h1_25")

# cash balances
CASH = {"dec24": CASH_DEC24}
CASH["mar25"] = r(CASH["dec24"] + F["q1_25"]["net_change"], 1)
CASH["jun25"] = r(CASH["mar25"] + F["q2_25"]["net_change"], 1)
CASH["dec25"] = 318.4
CASH["mar26"] = r(CASH["dec25"] + F["q1_26"]["net_change"], 1)
CASH["jun26"] = r(CASH["mar26"] + F["q2_26"]["net_change"], 1)
assert close(CASH["jun26"], r(CASH["dec25"] + F["h1_26"]["net_change"], 1))
assert close(CASH["jun25"], r(CASH["dec24"] + F["h1_25"]["net_change"], 1))
BEGIN = {"q2_26": CASH["mar26"], "q2_25": CASH["mar25"], "h1_26": CASH["dec25"], "h1_25": CASH["dec24"]}
END = {"q2_26": CASH["jun26"], "q2_25": CASH["jun25"], "h1_26": CASH["jun26"], "h1_25": CASH["jun25"]}

# balance sheet
H = F["h1_26"]
BS: dict[str, dict[str, float]] = {"dec25": {}, "jun26": {}}
b0 = BS["dec25"]
b0.update(cash=CASH["dec25"], recv=41.6, inv=186.3, prepaid=14.2, mppe=2418.7, ee=96.5, ofa=22.8)
b0.update(lease_cur=9.1, tax_pay=38.7, debt=375.0, lease_lt=31.4, recl=142.6, dtl=211.3)
b0.update(share_cap=1444.2, contrib=48.9, aoci=-12.6)
b1 = BS["jun26"]
b1.update(cash=CASH["jun26"], recv=52.9, inv=201.7, prepaid=17.8)
b1["mppe"] = r(b0["mppe"] + H["sust_capex"] + H["growth_capex"] - H["dd"] - H["disposal"], 1)
b1["ee"] = r(b0["ee"] - H["writedown"], 1)
b1.update(ofa=24.1, lease_cur=9.4, tax_pay=52.6)
b1["debt"] = r(b0["debt"] - H["repay"], 1)
b1.update(lease_lt=29.8)
b1["recl"] = r(b0["recl"] + H["accretion"], 1)
b1["dtl"] = r(b0["dtl"] + H["def_tax"], 1)
b1["share_cap"] = r(b0["share_cap"] + H["options"], 1)
b1["contrib"] = r(b0["contrib"] + H["sbc"], 1)
b1["aoci"] = -9.8
RE_DEC25 = 611.5
b0["re"] = RE_DEC25
b1["re"] = r(b0["re"] + H["ne"] - H["div_paid"], 1)
for b in (b0, b1):
    b["cur_assets"] = r(b["cash"] + b["recv"] + b["inv"] + b["prepaid"], 1)
    b["assets"] = r(b["cur_assets"] + b["mppe"] + b["ee"] + b["ofa"], 1)
    b["equity"] = r(b["share_cap"] + b["contrib"] + b["re"] + b["aoci"], 1)
    # accounts payable balances the sheet
    b["ap"] = r(b["assets"] - b["equity"] - b["lease_cur"] - b["tax_pay"] - b["debt"] - b["lease_lt"] - b["recl"]
                - b["dtl"], 1)
    b["cur_liab"] = r(b["ap"] + b["lease_cur"] + b["tax_pay"], 1)
    b["liab"] = r(b["cur_liab"] + b["debt"] + b["lease_lt"] + b["recl"] + b["dtl"], 1)
    b["le"] = r(b["liab"] + b["equity"], 1)
    assert close(b["le"], b["assets"]), b
    assert 150 < b["ap"] < 320, b["ap"]

# ties and sanity
for k in Q + ("h1_25", "h1_26"):
    d = F[k]
    assert close(d["rev"], r(d["gold_rev"] + d["silver"], 1))
    assert close(d["mine_op"], r(d["rev"] - d["prod_cost"] - d["royalty"] - d["dd"], 1)), k
    assert close(d["op_earn"], r(d["mine_op"] - d["op_exp"], 1)), k
    assert close(d["ebt"], r(d["op_earn"] - d["fin_cost"] + d["fin_inc"] - d["fx"] - d["deriv"], 1)), k
    assert close(d["ne"], r(d["ebt"] - d["tax"], 1)), k
    assert close(d["tax"], r(d["cur_tax"] + d["def_tax"], 1)), k
    assert close(d["fcf"], r(d["ocf"] - d["sust_capex"] - d["growth_capex"], 1)), k
    assert close(d["net_change"], r(d["ocf"] + d["cfi"] + d["cff"] + d["fx_cash"], 1)), k
    assert d["prod"] == sum(d[f"prod_{i}"] for i in range(3)) and d["sold"] == sum(d[f"sold_{i}"] for i in range(3))
    assert abs(d["gold_rev"] * 1e6 / d["sold"] - d["price"]) < 0.5, k
    assert close(d["aisc_total"], r(d["prod_cost"] + d["royalty"] - d["silver"] + d["sust_capex"] + d["lease"]
                                    + d["ga"] + d["accretion"] + d["sust_expl"], 1)), k
    assert close(d["adj_ne"], r(d["ne"] + d["deriv"] + d["fx"] + d["writedown"] + d["adj_tax"], 1)), k
    assert close(END[k] if k in END else 0, r(BEGIN[k] + d["net_change"], 1) if k in END else 0)
for key in ("rev", "ne", "ocf", "fcf", "aisc_total"):
    assert close(F["h1_26"][key], r(F["q1_26"][key] + F["q2_26"][key], 1))
assert AISC_GUIDE[0] <= F["h1_26"]["aisc_oz"] <= AISC_GUIDE[1] + 30
assert PROD_GUIDE_NEW[0] / 2 <= F["h1_26"]["prod"] <= PROD_GUIDE_NEW[1] / 2 + 10000

# narrative figures
Q2, Q2P, H1, H1P = F["q2_26"], F["q2_25"], F["h1_26"], F["h1_25"]


def pct(a: float, b: float, d: int = 1) -> float:
    return r((a - b) / b * 100, d)


N = {
    "rev_growth_q2": pct(Q2["rev"], Q2P["rev"], 0),
    "prod_growth_q2": pct(Q2["prod"], Q2P["prod"], 0),
    "kinsella_growth_q2": pct(Q2["prod_2"], Q2P["prod_2"], 0),
    "price_growth_q2": pct(Q2["price"], Q2P["price"], 0),
    "fcf_growth_h1": pct(H1["fcf"], H1P["fcf"], 0),
    "net_debt_jun26": r(b1["debt"] - b1["cash"], 1),
    "net_debt_dec25": r(b0["debt"] - b0["cash"], 1),
    "pellatt_remaining_cad": PELLATT_EXP_CAD - PELLATT_SPENT_CAD,
    "div_annual_cad": r(DIV_CAD["q2_26"] * 4, 2),
}
# The quarterly dividend declared on July 28, 2026 (C$0.08), on about 212.3 million shares
DIV_DECLARED_SHARES = 212.3
N["div_declared_cad_m"] = r(0.08 * DIV_DECLARED_SHARES, 1)
N["total_capex_h1"] = H["capex"]
REVOLVER = 600.0
UNDRAWN = r(REVOLVER - b1["debt"], 1)
N["liquidity"] = r(b1["cash"] + UNDRAWN, 1)

# ---------------------------------------------------------------------------------------------
# Formatting


def fm(x: float, d: int = 1, zero_dash: bool = True) -> str:
    if zero_dash and abs(x) < 1e-9:
        return "-"
    s = f"{abs(x):,.{d}f}"
    return f"({s})" if x < 0 else s


def fo(x: float) -> str:
    return f"{int(x):,}"


# ---------------------------------------------------------------------------------------------
# PDF


def make_pdf() -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    W, Hh = letter
    c = canvas.Canvas(str(OUT / PDF_NAME), pagesize=letter, invariant=1)
    c.setTitle("Carrowvale Gold Corp. - Second Quarter 2026 Results")
    c.setAuthor("Carrowvale Gold Corp.")
    pages_total = 6
    state = {"page": 1, "y": 0.0}
    XS = (340, 410, 480, 550)

    def header() -> None:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, Hh - 34, "CARROWVALE GOLD CORP.")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 50, Hh - 34, "Second Quarter 2026 Report  |  TSX: CRVG")
        c.line(50, Hh - 40, W - 50, Hh - 40)
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, "All amounts in US dollars unless otherwise stated. Cash costs and AISC are non-GAAP measures; see page 6.")
        c.drawRightString(W - 50, 30, f"Page {state['page']} of {pages_total}")
        state["y"] = Hh - 62

    def new_page() -> None:
        c.showPage()
        state["page"] += 1
        header()

    def title(t: str, size: float = 12) -> None:
        c.setFont("Helvetica-Bold", size)
        c.drawString(50, state["y"], t)
        state["y"] -= size + 6

    def para(t: str, size: float = 9, lead: float = 12) -> None:
        c.setFont("Helvetica", size)
        for line in simpleSplit(t, "Helvetica", size, W - 100):
            c.drawString(50, state["y"], line)
            state["y"] -= lead
        state["y"] -= 5

    def heads(labels: tuple[str, ...], sub: tuple[str, ...] | None = None, xs=XS, note: str | None = None) -> None:
        c.setFont("Helvetica-Bold", 8)
        if note:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(50, state["y"], note)
            c.setFont("Helvetica-Bold", 8)
        for x, lab in zip(xs, labels):
            c.drawRightString(x, state["y"], lab)
        state["y"] -= 10
        if sub:
            c.setFont("Helvetica", 7.5)
            for x, lab in zip(xs, sub):
                c.drawRightString(x, state["y"], lab)
            state["y"] -= 10
        c.line(50, state["y"] + 6, W - 50, state["y"] + 6)
        state["y"] -= 3

    def row(label: str, cells: list[str], bold: bool = False, indent: int = 0, xs=XS) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
        c.drawString(50 + indent, state["y"], label)
        for x, cell in zip(xs, cells):
            c.drawRightString(x, state["y"], cell)
        state["y"] -= 12

    def qrow(label: str, key: str, d: int = 1, bold: bool = False, indent: int = 0, neg: bool = False,
             oz: bool = False) -> None:
        vals = [(-F[k][key] if neg else F[k][key]) for k in COLS]
        cells = [fo(v) if oz else fm(v, d) for v in vals]
        row(label, cells, bold, indent)

    QH = ("Q2 2026", "Q2 2025", "H1 2026", "H1 2025")
    QS = ("three months", "three months", "six months", "six months")

    # ---- page 1: highlights
    header()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, state["y"], "Carrowvale Reports Second Quarter and First Half 2026 Results")
    state["y"] -= 20
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(50, state["y"], "Toronto, Ontario - July 28, 2026")
    state["y"] -= 18
    para(
        f"Carrowvale Gold Corp. (\"Carrowvale\" or the \"Company\") today reported results for the three and six months "
        f"ended June 30, 2026. The Company produced {fo(Q2['prod'])} ounces of gold in the second quarter, up "
        f"{N['prod_growth_q2']:.0f}% from {fo(Q2P['prod'])} ounces a year earlier, and sold {fo(Q2['sold'])} ounces at an "
        f"average realized gold price of ${fo(Q2['price'])} per ounce. Revenue for the quarter was ${fm(Q2['rev'])} million, "
        f"compared with ${fm(Q2P['rev'])} million in the second quarter of 2025.")
    para(
        f"Net earnings for the quarter were ${fm(Q2['ne'])} million (${Q2['eps']:.2f} per share), after a non-cash "
        f"write-down of ${fm(Q2['writedown'])} million on the Mattice exploration property and an unrealized loss of "
        f"${fm(Q2['deriv'])} million on gold collars. Adjusted net earnings, which exclude these and other items, were "
        f"${fm(Q2['adj_ne'])} million (${Q2['adj_eps']:.2f} per share). All-in sustaining costs (AISC) were ${fo(Q2['aisc_oz'])} "
        f"per ounce sold in the quarter and ${fo(H1['aisc_oz'])} per ounce sold for the first half.")
    para(
        f"Having produced {fo(H1['prod'])} ounces in the first six months, the Company is raising its 2026 production "
        f"guidance to {fo(PROD_GUIDE_NEW[0])} - {fo(PROD_GUIDE_NEW[1])} ounces, from {fo(PROD_GUIDE_OLD[0])} - "
        f"{fo(PROD_GUIDE_OLD[1])} ounces previously. AISC guidance of ${fo(AISC_GUIDE[0])} - ${fo(AISC_GUIDE[1])} per "
        f"ounce sold is unchanged. The Board declared a quarterly dividend of C$0.08 per share, payable on "
        f"September 15, 2026, following the increase from C$0.06 announced in May.")
    state["y"] -= 2
    title("Financial and operating highlights", 10.5)
    heads(QH, QS, note="(in millions of US dollars, except ounces, per ounce and per share data)")
    qrow("Gold produced (ounces)", "prod", oz=True)
    qrow("Gold sold (ounces)", "sold", oz=True)
    qrow("Average realized gold price ($/oz)", "price", oz=True)
    qrow("Cash costs ($/oz sold) (1)", "cash_cost_oz", oz=True)
    qrow("AISC ($/oz sold) (1)", "aisc_oz", oz=True)
    qrow("Revenue", "rev")
    qrow("Net earnings", "ne")
    qrow("Net earnings per share - basic", "eps", 2)
    qrow("Adjusted net earnings (1)", "adj_ne")
    qrow("Adjusted net earnings per share (1)", "adj_eps", 2)
    qrow("Cash flow from operating activities", "ocf")
    qrow("Free cash flow (1)", "fcf")
    state["y"] -= 4
    c.setFont("Helvetica", 7.5)
    c.drawString(50, state["y"], "(1) Non-GAAP measure. Refer to the reconciliations on page 6.")
    state["y"] -= 16
    para(
        f"\"Kinsella has turned the corner,\" said Chief Executive Officer Delphine Marchetti-Rowe. \"Its output rose "
        f"{N['kinsella_growth_q2']:.0f}% from last year's second quarter, and together with a record gold price it "
        f"lifted first-half free cash flow to ${fm(H1['fcf'])} million. We used that cash to repay "
        f"${fm(H1['repay'])} million of our revolving credit facility this year.\"")

    # ---- page 2: operations and guidance
    new_page()
    title("Operations")
    heads(QH, QS, note="(ounces)")
    row("Gold production", [""] * 4, bold=True)
    for i, m in enumerate(MINES):
        qrow(m, f"prod_{i}", oz=True, indent=8)
    qrow("Total gold production", "prod", oz=True, bold=True)
    state["y"] -= 4
    row("Gold sales", [""] * 4, bold=True)
    for i, m in enumerate(MINES):
        qrow(m, f"sold_{i}", oz=True, indent=8)
    qrow("Total gold sales", "sold", oz=True, bold=True)
    state["y"] -= 10
    para(
        f"Lac Tessier produced {fo(Q2['prod_0'])} ounces in the second quarter as mining moved into the higher-grade "
        f"Zone 4 stopes; mill throughput averaged 5,840 tonnes per day at a head grade of 3.41 grams per tonne. "
        f"Pellatt Creek produced {fo(Q2['prod_1'])} ounces. The Pellatt Creek mill expansion, budgeted at "
        f"C${PELLATT_EXP_CAD} million, was {PELLATT_COMPLETE}% complete at June 30, 2026 with C${PELLATT_SPENT_CAD} "
        f"million spent, and first ore through the new circuit is expected in the third quarter of 2027.")
    para(
        f"Kinsella produced {fo(Q2['prod_2'])} ounces, its best quarter since the mine was commissioned, as the "
        f"underground ramp-up reached 2,150 tonnes per day in June. Year to date, Kinsella has produced "
        f"{fo(H1['prod_2'])} ounces, against {fo(H1P['prod_2'])} ounces in the first half of 2025.")
    title("2026 guidance", 10.5)
    GX = (400, 550)
    heads(("Previous", "Current"), ("(February 18, 2026)", "(July 28, 2026)"), xs=GX)
    row("Gold production (ounces)", [f"{fo(PROD_GUIDE_OLD[0])} - {fo(PROD_GUIDE_OLD[1])}",
                                     f"{fo(PROD_GUIDE_NEW[0])} - {fo(PROD_GUIDE_NEW[1])}"], xs=GX)
    row("Cash costs ($/oz sold)", [f"{fo(CASHCOST_GUIDE[0])} - {fo(CASHCOST_GUIDE[1])}"] * 2, xs=GX)
    row("AISC ($/oz sold)", [f"{fo(AISC_GUIDE[0])} - {fo(AISC_GUIDE[1])}"] * 2, xs=GX)
    row("Sustaining capital ($ millions)", [f"{SUST_CAPEX_GUIDE[0]} - {SUST_CAPEX_GUIDE[1]}"] * 2, xs=GX)
    row("Growth capital ($ millions)", [f"{GROWTH_CAPEX_GUIDE[0]} - {GROWTH_CAPEX_GUIDE[1]}"] * 2, xs=GX)
    row("Assumed exchange rate (C$ per US$)", [f"{GUIDE_FX:.2f}"] * 2, xs=GX)
    state["y"] -= 8
    para(
        "Production guidance was raised because of Kinsella's faster ramp-up and higher grades at Lac Tessier. Cost "
        "guidance is unchanged: higher royalties at current gold prices are expected to be offset by the larger "
        "number of ounces sold. Guidance assumes a gold price of $3,600 per ounce for the second half.")

    # ---- page 3: income statement
    new_page()
    title("Condensed Interim Consolidated Statements of Earnings (unaudited)")
    heads(QH, ("three months", "three months", "six months", "six months"),
          note="(in millions of US dollars, except per share data)")
    qrow("Revenue", "rev", bold=True)
    row("Cost of sales", [""] * 4)
    qrow("Production costs", "prod_cost", indent=8)
    qrow("Royalties", "royalty", indent=8)
    qrow("Depreciation and depletion", "dd", indent=8)
    qrow("Earnings from mine operations", "mine_op", bold=True)
    qrow("General and administrative", "ga")
    qrow("Exploration and evaluation", "expl")
    qrow("Write-down of exploration property", "writedown")
    qrow("Other expense (income)", "other")
    qrow("Operating earnings", "op_earn", bold=True)
    qrow("Finance costs", "fin_cost")
    qrow("Finance income", "fin_inc", neg=True)
    qrow("Foreign exchange loss (gain)", "fx")
    qrow("Loss (gain) on derivative instruments", "deriv")
    qrow("Earnings before income taxes", "ebt", bold=True)
    qrow("Current income tax expense", "cur_tax", indent=8)
    qrow("Deferred income tax expense", "def_tax", indent=8)
    qrow("Income tax expense", "tax")
    qrow("Net earnings", "ne", bold=True)
    state["y"] -= 6
    row("Net earnings per share", [""] * 4)
    qrow("Basic", "eps", 2, indent=8)
    qrow("Diluted", "deps", 2, indent=8)
    row("Weighted average shares outstanding (millions)", [""] * 4)
    qrow("Basic", "shares", 1, indent=8)
    qrow("Diluted", "dil_shares", 1, indent=8)
    state["y"] -= 10
    para(
        f"Revenue rose {N['rev_growth_q2']:.0f}% from the second quarter of 2025, reflecting a {N['price_growth_q2']:.0f}% "
        f"higher realized gold price and more ounces sold. Royalties increased to ${fm(Q2['royalty'])} million from "
        f"${fm(Q2P['royalty'])} million because the Lac Tessier net smelter return royalty steps up with the gold price. "
        f"The effective tax rate for the second quarter was {TAX_RATE['q2_26'] * 100:.0f}%.")

    # ---- page 4: balance sheet
    new_page()
    title("Condensed Interim Consolidated Statements of Financial Position (unaudited)")
    BX = (440, 550)
    heads(("June 30, 2026", "December 31, 2025"), xs=BX, note="(in millions of US dollars)")

    def brow(label: str, key: str, bold: bool = False, indent: int = 0) -> None:
        row(label, [fm(BS["jun26"][key]), fm(BS["dec25"][key])], bold, indent, xs=BX)

    row("Assets", ["", ""], bold=True, xs=BX)
    brow("Cash and cash equivalents", "cash", indent=8)
    brow("Trade and other receivables", "recv", indent=8)
    brow("Inventories", "inv", indent=8)
    brow("Prepaid expenses and deposits", "prepaid", indent=8)
    brow("Total current assets", "cur_assets", bold=True)
    brow("Mineral properties, plant and equipment", "mppe", indent=8)
    brow("Exploration and evaluation assets", "ee", indent=8)
    brow("Other non-current assets", "ofa", indent=8)
    brow("Total assets", "assets", bold=True)
    state["y"] -= 6
    row("Liabilities", ["", ""], bold=True, xs=BX)
    brow("Accounts payable and accrued liabilities", "ap", indent=8)
    brow("Current portion of lease liabilities", "lease_cur", indent=8)
    brow("Income taxes payable", "tax_pay", indent=8)
    brow("Total current liabilities", "cur_liab", bold=True)
    brow("Long-term debt (revolving credit facility)", "debt", indent=8)
    brow("Lease liabilities", "lease_lt", indent=8)
    brow("Reclamation and closure provisions", "recl", indent=8)
    brow("Deferred income tax liabilities", "dtl", indent=8)
    brow("Total liabilities", "liab", bold=True)
    state["y"] -= 6
    row("Equity", ["", ""], bold=True, xs=BX)
    brow("Share capital", "share_cap", indent=8)
    brow("Contributed surplus", "contrib", indent=8)
    brow("Retained earnings", "re", indent=8)
    brow("Accumulated other comprehensive loss", "aoci", indent=8)
    brow("Total equity", "equity", bold=True)
    brow("Total liabilities and equity", "le", bold=True)
    state["y"] -= 10
    para(
        f"At June 30, 2026 the Company had ${fm(b1['cash'])} million of cash and cash equivalents and "
        f"${fm(b1['debt'])} million drawn on its ${fm(REVOLVER, 0)} million revolving credit facility, leaving "
        f"${fm(UNDRAWN)} million undrawn and total liquidity of ${fm(N['liquidity'])} million. Net debt fell to "
        f"${fm(N['net_debt_jun26'])} million from ${fm(N['net_debt_dec25'])} million at December 31, 2025."
        if N['net_debt_jun26'] > 0 else
        f"At June 30, 2026 the Company had ${fm(b1['cash'])} million of cash and cash equivalents and "
        f"${fm(b1['debt'])} million drawn on its ${fm(REVOLVER, 0)} million revolving credit facility, leaving "
        f"${fm(UNDRAWN)} million undrawn and total liquidity of ${fm(N['liquidity'])} million. The Company moved to a "
        f"net cash position of ${fm(-N['net_debt_jun26'])} million, from net debt of "
        f"${fm(N['net_debt_dec25'])} million at December 31, 2025.")

    # ---- page 5: cash flow
    new_page()
    title("Condensed Interim Consolidated Statements of Cash Flows (unaudited)")
    heads(QH, QS, note="(in millions of US dollars)")
    row("Operating activities", [""] * 4, bold=True)
    qrow("Net earnings", "ne", indent=8)
    qrow("Depreciation and depletion", "dd", indent=8)
    qrow("Share-based compensation", "sbc", indent=8)
    qrow("Deferred income tax expense", "def_tax", indent=8)
    qrow("Unrealized loss (gain) on derivatives", "deriv", indent=8)
    qrow("Write-down of exploration property", "writedown", indent=8)
    qrow("Accretion of reclamation provisions", "accretion", indent=8)
    qrow("Changes in non-cash working capital", "wc", indent=8)
    qrow("Cash flow from operating activities", "ocf", bold=True)
    row("Investing activities", [""] * 4, bold=True)
    qrow("Sustaining capital expenditures", "sust_capex", indent=8, neg=True)
    qrow("Growth capital expenditures", "growth_capex", indent=8, neg=True)
    qrow("Proceeds from sale of equipment", "disposal", indent=8)
    qrow("Cash flow used in investing activities", "cfi", bold=True)
    row("Financing activities", [""] * 4, bold=True)
    qrow("Repayment of revolving credit facility", "repay", indent=8, neg=True)
    qrow("Dividends paid", "div_paid", indent=8, neg=True)
    qrow("Lease payments", "lease", indent=8, neg=True)
    qrow("Proceeds from exercise of stock options", "options", indent=8)
    qrow("Cash flow used in financing activities", "cff", bold=True)
    qrow("Effect of exchange rates on cash", "fx_cash")
    qrow("Change in cash and cash equivalents", "net_change", bold=True)
    row("Cash and cash equivalents, beginning of period", [fm(BEGIN[k]) for k in COLS])
    row("Cash and cash equivalents, end of period", [fm(END[k]) for k in COLS], bold=True)
    state["y"] -= 12
    title("Free cash flow (non-GAAP)", 10.5)
    heads(QH, None, note="(in millions of US dollars)")
    qrow("Cash flow from operating activities", "ocf")
    qrow("Less: sustaining capital expenditures", "sust_capex", neg=True)
    qrow("Less: growth capital expenditures", "growth_capex", neg=True)
    qrow("Free cash flow", "fcf", bold=True)
    state["y"] -= 8
    para(
        "Free cash flow is cash flow from operating activities less sustaining and growth capital expenditures. "
        f"Dividends paid in the second quarter were C${DIV_CAD['q2_26']:.2f} per share, translated at the exchange "
        f"rate on the payment date.")

    # ---- page 6: non-GAAP reconciliations
    new_page()
    title("Non-GAAP Measures: Cash Costs and All-in Sustaining Costs")
    heads(QH, QS, note="(in millions of US dollars, except ounces and per ounce data)")
    qrow("Production costs", "prod_cost")
    qrow("Less: silver by-product credits", "silver", neg=True)
    qrow("Cash costs", "cash_costs", bold=True)
    qrow("Royalties", "royalty")
    qrow("Sustaining capital expenditures", "sust_capex")
    qrow("Sustaining lease payments", "lease")
    qrow("General and administrative", "ga")
    qrow("Accretion of reclamation provisions", "accretion")
    qrow("Sustaining exploration (expensed)", "sust_expl")
    qrow("All-in sustaining costs", "aisc_total", bold=True)
    qrow("Gold sold (ounces)", "sold", oz=True)
    qrow("Cash costs per ounce sold ($/oz)", "cash_cost_oz", oz=True)
    qrow("AISC per ounce sold ($/oz)", "aisc_oz", oz=True)
    state["y"] -= 10
    title("Adjusted Net Earnings", 10.5)
    heads(QH, QS, note="(in millions of US dollars, except per share data)")
    qrow("Net earnings", "ne")
    qrow("Unrealized loss (gain) on derivatives", "deriv", indent=8)
    qrow("Foreign exchange loss (gain)", "fx", indent=8)
    qrow("Write-down of exploration property", "writedown", indent=8)
    qrow("Tax effect of adjustments", "adj_tax", indent=8)
    qrow("Adjusted net earnings", "adj_ne", bold=True)
    qrow("Weighted average basic shares (millions)", "shares")
    qrow("Adjusted net earnings per share", "adj_eps", 2, bold=True)
    state["y"] -= 10
    para(
        "Cash costs and AISC are reported per ounce of gold sold, not per ounce produced, and are not reported by "
        "mine in this report. These measures do not have a standardized meaning under IFRS and may not be comparable "
        "with similar measures presented by other companies.")
    para(
        "Cautionary note: this report contains forward-looking information, including 2026 guidance, that is "
        "subject to risks and uncertainties. Actual results may differ materially.", size=7.5, lead=9.5)
    assert state["page"] == pages_total
    c.save()


# ---------------------------------------------------------------------------------------------
# News items


def wrap(t: str, width: int = 92) -> str:
    import textwrap
    return "\n\n".join(textwrap.fill(p.strip(), width) for p in t.strip().split("\n\n")) + "\n"


def make_txt() -> None:
    wire = f"""
TOLLAND WIRE SERVICE

July 29, 2026

Carrowvale raises 2026 output forecast as Kinsella ramps up; Stenholt lags on costs

TORONTO, July 29 (Tolland) - Carrowvale Gold Corp (TSX:CRVG) raised its full-year production
forecast on Tuesday after second-quarter output rose {N['prod_growth_q2']:.0f}%, helped by a faster ramp-up at its
Kinsella mine in Manitoba.

The Toronto-based miner now expects to pour {fo(PROD_GUIDE_NEW[0])} to {fo(PROD_GUIDE_NEW[1])} ounces of gold in
2026, up from an earlier range of {fo(PROD_GUIDE_OLD[0])} to {fo(PROD_GUIDE_OLD[1])} ounces. It kept its forecast for
all-in sustaining costs at US${fo(AISC_GUIDE[0])} to US${fo(AISC_GUIDE[1])} an ounce.

Revenue for the three months to June 30 was US${fm(Q2['rev'])} million, against US${fm(Q2P['rev'])} million a year
earlier, as the company sold gold at an average of US${fo(Q2['price'])} an ounce. Adjusted net earnings came to
US${fm(Q2['adj_ne'])} million, or US${Q2['adj_eps']:.2f} a share, while reported net earnings were US${fm(Q2['ne'])}
million after a US${fm(Q2['writedown'])} million write-down on an exploration property.

Rival Stenholt Mining Inc (TSX:STHM), which reported a day earlier, produced {fo(ST['q2_prod'])} ounces in the
quarter at an all-in sustaining cost of US${fo(ST['q2_aisc'])} an ounce. Stenholt's second-quarter revenue was
US${fm(ST['q2_rev'])} million and its net earnings were US${fm(ST['q2_ne'])} million.

Carrowvale shares closed at C${SHARE_PRICE:.2f} in Toronto on Tuesday, while Stenholt ended at C${ST['share_price']:.2f}.
"""
    daily = f"""
THE PORTAGE FINANCIAL DAILY

Friday, July 31, 2026 | Resources

Two Canadian gold miners, two very different first halves

By Callum Restrepo-Haig

Bullion above US$4,000 an ounce has been kind to every gold producer, but the first-half numbers from
Carrowvale Gold Corp. and Stenholt Mining Inc. show how much the cost line still matters.

Carrowvale brought in revenue of US${fm(H1['rev'])} million in the six months to June 30, up from
US${fm(H1P['rev'])} million in the first half of 2025, and generated free cash flow of US${fm(H1['fcf'])} million.
Its all-in sustaining costs averaged US${fo(H1['aisc_oz'])} an ounce sold year to date, compared with
US${fo(Q2['aisc_oz'])} in the second quarter alone. The company used its cash to pay down US${fm(H1['repay'])}
million of revolver debt so far this year, leaving US${fm(b1['debt'])} million drawn at the end of June.

Stenholt, which runs the Ferrier Creek mine in British Columbia and the Moraine Hill mine in northern Ontario,
reported first-half revenue of US${fm(ST['h1_rev'])} million, a gain of {ST['h1_rev_growth']}% on the same period of
2025. Its first-half production was {fo(ST['h1_prod'])} ounces and its AISC for the six months was
US${fo(ST['h1_aisc'])} an ounce, more than US$100 above Carrowvale's. Stenholt kept its 2026 production forecast of
{fo(ST['guide'][0])} to {fo(ST['guide'][1])} ounces.

Stenholt is also raising money. In June it closed a C${fm(ST['deal_cad'])} million bought-deal share offering at
C${ST['deal_price']:.2f} a share to help fund a new decline at Moraine Hill. Carrowvale, by contrast, lifted its
quarterly dividend to C$0.08 a share from C$0.06, which works out to C${N['div_annual_cad']:.2f} a year.

"We would rather fund growth from the mines than from the market," Carrowvale chief financial officer
Anselm Kwiatkowski-Byrne told analysts on a call on Wednesday. He said the Pellatt Creek mill expansion in
Ontario remained on its C${PELLATT_EXP_CAD} million budget.
"""
    trade = f"""
HEADFRAME WEEKLY -- the Canadian mine operations newsletter

Issue 31, August 4, 2026

OPERATIONS ROUNDUP: Kinsella hits stride; Ferrier Creek grades slip

Carrowvale Gold's Kinsella underground mine in Manitoba poured {fo(Q2['prod_2'])} oz in Q2 2026, its best
quarter yet, as the ramp-up reached 2,150 t/d in June. Kinsella's Q2 output was {N['kinsella_growth_q2']:.0f}% above
Q2 2025's {fo(Q2P['prod_2'])} oz. The company's flagship, Lac Tessier in Quebec, milled 5,840 t/d at 3.41 g/t for
{fo(Q2['prod_0'])} oz, while Pellatt Creek in Ontario delivered {fo(Q2['prod_1'])} oz.

At Pellatt Creek, the C${PELLATT_EXP_CAD}M mill expansion stood at {PELLATT_COMPLETE}% complete at end-June, with
C${PELLATT_SPENT_CAD}M spent and C${N['pellatt_remaining_cad']}M still to go. The expansion will lift throughput
from 3,600 t/d to 5,000 t/d, with first ore through the new circuit targeted for Q3 2027.

Over at Stenholt Mining, Ferrier Creek produced {fo(ST['ferrier_q2'])} oz in Q2 as head grades fell to 2.18 g/t
from 2.46 g/t in Q1, and the balance of Stenholt's quarterly output came from Moraine Hill. Stenholt's
Q2 total was {fo(ST['q2_prod'])} oz, up from {fo(ST['q1_prod'])} oz in Q1. The company realized US${fo(ST['q2_price'])}/oz
on its Q2 gold sales. Stenholt did not give a per-mine cost breakdown.

Both companies count royalties in AISC. Carrowvale's royalty bill rose to US${fm(Q2['royalty'])}M in Q2 from
US${fm(Q2P['royalty'])}M a year earlier because the Lac Tessier NSR steps up with the gold price.

Safety note: Carrowvale reported a total recordable injury frequency of 0.62 per 200,000 hours worked year to
date; Stenholt reported 0.88.
"""
    note = f"""
LAKEHEAD BUSINESS REVIEW

August 7, 2026

Broker lifts Carrowvale target, sees rival Stenholt as "show-me story"

Halvard Dunmore Securities raised its 12-month target price on Carrowvale Gold Corp. to C${AN['cv_tp_new']:.2f}
from C${AN['cv_tp_old']:.2f} after the miner's second-quarter beat, according to a note to clients seen by the
Review. Analyst Renata Vosburgh kept her "outperform" rating.

Vosburgh now forecasts Carrowvale will produce {fo(AN['cv_prod_est'])} ounces in 2026, near the top of the
company's new guidance range, at an AISC of US${fo(AN['cv_aisc_est'])} an ounce. She estimates free cash flow of
US${AN['cv_fcf27_est']} million in 2027, once the Pellatt Creek expansion is finished, and values the shares at
{AN['cv_pnav']:.2f} times net asset value.

"First-half free cash flow of US${fm(H1['fcf'])} million was {N['fcf_growth_h1']:.0f}% higher than a year ago and
the balance sheet has swung to net cash," Vosburgh wrote.

On Stenholt Mining Inc., the broker held its target at C${ST_TP:.2f} with a "sector perform" rating. Vosburgh
expects Stenholt to produce {fo(AN['st_prod_est'])} ounces this year, inside its {fo(ST['guide'][0])} to
{fo(ST['guide'][1])} ounce range, and said the shares trade at {AN['st_pnav']:.2f} times NAV after the
C${fm(ST['deal_cad'])} million equity raise, which added about {ST['deal_shares']:.2f} million shares.
"Stenholt is a show-me story until Ferrier Creek grades recover," she wrote.

Carrowvale closed at C${SHARE_PRICE:.2f} on July 28, the day of its results; the new target implies
{N['tp_upside']:.1f}% upside from that close.
"""
    for name, body in ((TXT_WIRE, wire), (TXT_DAILY, daily), (TXT_TRADE, trade), (TXT_NOTE, note)):
        (OUT / name).write_text(wrap(body), encoding="utf-8")


ST_TP = AN["st_tp"]
N["tp_upside"] = r((AN["cv_tp_new"] / SHARE_PRICE - 1) * 100, 1)
assert N["fcf_growth_h1"] > 0

if __name__ == "__main__":
    make_pdf()
    make_txt()
    for k in COLS:
        print(k, {x: F[k][x] for x in ("prod", "sold", "price", "rev", "ne", "adj_ne", "eps", "adj_eps", "cash_cost_oz",
                                      "aisc_oz", "ocf", "fcf", "div_paid", "net_change")})
    print("BS", BS)
    print("N", N, "CASH", CASH)
