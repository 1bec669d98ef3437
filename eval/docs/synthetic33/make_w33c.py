# Long on purpose: generated test data.
"""Synthetic blind pair 33, writer c: two invented Japanese robot makers, six .txt documents.

Okusawa Robotics Co., Ltd. (industrial robots, motion components, factory automation systems) and
its rival Senmaida Dynamics Corp. Both have fiscal years ending March 31. One company results
summary (Japanese GAAP, yen millions) and five news items from invented outlets.

Every figure is computed here from a few inputs; totals, roll-forwards, ratios and the rounded
figures the news items quote are asserted. Run from the repository root:

    PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic33/make_w33c.py
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent


def r(x: float, nd: int = 1) -> float:
    """Round half up to nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def n(v: int | float) -> str:
    """Yen millions as printed: 1,234 or △1,234 for a negative; — for zero."""
    if v == 0:
        return "—"
    s = f"{abs(v):,}"
    return "△" + s if v < 0 else s


def pct(v: float) -> str:
    s = f"{abs(v):.1f}"
    return "△" + s if v < 0 else s


def b(m: int, nd: int = 1) -> float:
    """Yen millions to yen billions, rounded half up."""
    return r(m / 1000, nd)


def growth(cur: float, prior: float) -> float:
    return (cur / prior - 1) * 100


# ---------------------------------------------------------------------------------------------
# Inputs: Okusawa Robotics, six months ended September 30, 2026 (1H) and 2025 (prior 1H)
# ---------------------------------------------------------------------------------------------
SEG = ["Industrial Robots", "Motion Components", "FA Systems"]
SALES = {"Industrial Robots": (98_640, 86_215), "Motion Components": (41_372, 43_908),
         "FA Systems": (22_118, 19_457)}
SEGPROFIT = {"Industrial Robots": (13_452, 9_876), "Motion Components": (4_105, 5_233),
             "FA Systems": (1_987, 1_402)}
CORP_EXP = (-2_311, -2_180)
COST_OF_SALES = (110_415, 104_212)
NONOP_INC = {"Interest and dividend income": (612, 548), "Foreign exchange gains": (1_248, 0),
             "Other": (315, 290)}
NONOP_EXP = {"Interest expenses": (402, 388), "Foreign exchange losses": (0, 1_036),
             "Other": (211, 174)}
EXTRA_INC = {"Gain on sale of investment securities": (2_140, 0),
             "Gain on sale of non-current assets": (0, 95)}
EXTRA_LOSS = {"Loss on retirement of non-current assets": (186, 142),
              "Business restructuring expenses": (1_420, 0)}
INCOME_TAXES = (5_606, 3_921)
NCI_PROFIT = (418, 377)
AVG_SHARES = (118.42, 119.05)       # millions, basic
DIL_SHARES = (118.77, 119.38)       # millions, diluted
PRIOR_YOY = {"sales": -2.6, "op": -11.8, "ord": -15.3, "owners": -18.9}  # 1H FY2025 vs 1H FY2024

REGION = {"Japan": (38_912, 40_105), "China": (36_475, 29_870), "Other Asia": (22_640, 20_318),
          "Americas": (34_518, 32_077), "Europe": (29_585, 27_210)}
EUROPE_CC_GROWTH = 5.1              # Europe sales growth at constant currency (narrative input)

ORDERS = {"Industrial Robots": (112_480, 84_950), "Motion Components": (43_210, 40_155),
          "FA Systems": (25_630, 21_870)}
BACKLOG_OPEN = {"Industrial Robots": 78_300, "Motion Components": 21_540, "FA Systems": 30_115}
Q1 = {"sales": 77_460, "op": 7_905, "ord": 8_862, "owners": 6_012, "orders": 84_505}

# balance sheet: (September 30, 2026, March 31, 2026)
CASH_EQ_OPEN = (92_015, 84_210)      # cash and cash equivalents at beginning of 1H FY2026 / 1H FY2025
TIME_DEPOSITS = (1_820, 1_610)      # deposits over three months, in cash and deposits only
RECEIVABLES = (86_415, 91_302)
FINISHED = (48_230, 44_105)
WIP = (39_644, 36_218)
RAW = (33_686, 32_550)
OTHER_CA = (14_318, 12_907)
ALLOWANCE = (-412, -398)
PPE = (172_418, 168_035)
INTANGIBLE = (21_362, 20_744)
PAYABLES = (52_384, 55_910)
ST_BORROW = (18_500, 15_000)
CUR_LTD = (6_200, 6_500)
TAX_PAYABLE = (5_212, 6_844)
CONTRACT_LIAB = (21_906, 18_115)
BONUS_PROV = (7_480, 8_216)
OTHER_CL = (24_615, 26_337)
LT_BORROW = (39_500, 40_000)
RETIREMENT = (11_820, 11_655)
OTHER_NCL = (6_331, 6_872)
SHARE_CAPITAL = (24_600, 24_600)
CAP_SURPLUS = (26_115, 26_115)
RE_OPEN = 268_440
TREASURY_OPEN = -8_210
AOCI = (58_994, 52_562)
NCI = (8_688, 8_153)
DIV_PAID = (4_032, 3_340)
TREASURY_BOUGHT = (2_998, 0)

# cash flows: (1H FY2026, 1H FY2025)
DEPREC = (6_120, 5_840)
TAXES_PAID = (7_238, 4_105)
OPCF = (15_820, 11_204)
PRIOR_WC = {"receivables": -2_315, "inventories": -6_102, "payables": 1_240, "contract": 1_905}
CAPEX_PPE = (8_930, 7_655)
CAPEX_INTANG = (1_296, 1_102)
SALE_SECURITIES = (3_010, 212)
INVCF = (-9_415, -8_760)
LT_REPAY_PRIOR = 750
ST_BORROW_PRIOR = 1_000
NCI_DIV = (204, 188)
LEASE_REPAY = (1_105, 1_022)
FIN_OTHER = (-46, -31)
FX_ON_CASH = (1_854, -1_215)
RND = (7_480, 6_915)

# full year ending March 31, 2027: previous forecast (May 13, 2026), revised (November 5, 2026)
PREV_FC = {"sales": 330_000, "op": 33_000, "ord": 34_000, "owners": 23_500}
REV_FC = {"sales": 340_000, "op": 37_500, "ord": 39_500, "owners": 27_000}
FC_SHARES = 118.40
FY25 = {"sales": 309_842, "op": 29_118, "ord": 29_604, "owners": 20_117}
FY25_SHARES = 119.07
DIV = {"fy25_interim": 30, "fy25_year_end": 34, "interim": 36, "year_end_prev": 36, "year_end": 40}
FX = {"usd_1h": 149.6, "usd_1h_prior": 152.4, "eur_1h": 171.3, "eur_1h_prior": 166.1,
      "usd_2h": 145, "usd_prev": 140, "eur_2h": 165, "eur_prev": 155}
FY_PLAN = {"capex": 19_500, "deprec": 12_600, "rnd": 15_200}

# news inputs
WIRE_RATE = 150.20          # yen per dollar used by Meridian Asia Wire
DAILY_RATE = 151.0          # yen per dollar used by The Marunouchi Daily
CONSENSUS_1H_OP = 16_100    # six analysts polled by the wire, yen millions
UNITS = (14_820, 13_150)    # robots shipped, 1H
COBOT_UNITS = 2_960
CHINA_ROBOT_ORDERS = (31_640, 20_025)
ANALYST = {"tp_new": 5_600, "tp_old": 4_800, "fy_op": 39_200, "consensus_fy_op": 36_400,
           "fy27_op": 44_000, "usd_sens": 420, "eur_sens": 180, "close": 4_935, "since": 6.8}

# Senmaida Dynamics Corp. (yen millions)
SEN = {"sales": (118_612, 123_680), "op": (8_214, 10_531), "owners": (5_402, 7_815),
       "q2_sales": 57_905, "q2_op": 3_688, "orders": (121_340, 117_205), "backlog": 96_480,
       "fc_op_prev": 24_000, "fc_op": 19_000, "fc_sales_prev": 258_000, "fc_sales": 245_000,
       "usd_2h": 143, "buyback_shares": 3.0, "buyback_yen": 9_000, "buyback_pct": 2.6}
SEN_WIRE_RATE = 150.80      # yen per dollar used by the Setouchi Economic News


# ---------------------------------------------------------------------------------------------
# Derived figures (everything printed comes from here)
# ---------------------------------------------------------------------------------------------
def t(d: dict, i: int) -> int:
    return sum(v[i] for v in d.values())


V: dict[str, object] = {}
sales = (t(SALES, 0), t(SALES, 1))
gp = (sales[0] - COST_OF_SALES[0], sales[1] - COST_OF_SALES[1])
op = (t(SEGPROFIT, 0) + CORP_EXP[0], t(SEGPROFIT, 1) + CORP_EXP[1])
sga = (gp[0] - op[0], gp[1] - op[1])
noi = (t(NONOP_INC, 0), t(NONOP_INC, 1))
noe = (t(NONOP_EXP, 0), t(NONOP_EXP, 1))
ordp = (op[0] + noi[0] - noe[0], op[1] + noi[1] - noe[1])
exi = (t(EXTRA_INC, 0), t(EXTRA_INC, 1))
exl = (t(EXTRA_LOSS, 0), t(EXTRA_LOSS, 1))
pbt = (ordp[0] + exi[0] - exl[0], ordp[1] + exi[1] - exl[1])
profit = (pbt[0] - INCOME_TAXES[0], pbt[1] - INCOME_TAXES[1])
owners = (profit[0] - NCI_PROFIT[0], profit[1] - NCI_PROFIT[1])
eps = (r(owners[0] / AVG_SHARES[0], 2), r(owners[1] / AVG_SHARES[1], 2))
deps = (r(owners[0] / DIL_SHARES[0], 2), r(owners[1] / DIL_SHARES[1], 2))
assert t(REGION, 0) == sales[0] and t(REGION, 1) == sales[1]
assert (sales, op) == ((162_130, 149_580), (17_233, 14_331)), (sales, op)
assert (ordp, owners) == ((18_795, 13_571), (13_305, 9_226)), (ordp, owners)
yoy = {"sales": r(growth(sales[0], sales[1])), "op": r(growth(op[0], op[1])),
       "ord": r(growth(ordp[0], ordp[1])), "owners": r(growth(owners[0], owners[1]))}

orders = (t(ORDERS, 0), t(ORDERS, 1))
backlog_end = {s: BACKLOG_OPEN[s] + ORDERS[s][0] - SALES[s][0] for s in SEG}
backlog = (sum(backlog_end.values()), sum(BACKLOG_OPEN.values()))
Q2 = {k: {"sales": sales[0], "op": op[0], "ord": ordp[0], "owners": owners[0],
          "orders": orders[0]}[k] - Q1[k] for k in Q1}

# balance sheet
cash_end = (CASH_EQ_OPEN[0] + OPCF[0] + INVCF[0], None)  # completed below once financing is known
inv = tuple(FINISHED[i] + WIP[i] + RAW[i] for i in (0, 1))
assert inv == (121_560, 112_873)
re_end = RE_OPEN + owners[0] - DIV_PAID[0]
treasury_end = TREASURY_OPEN - TREASURY_BOUGHT[0]
RE = (re_end, RE_OPEN)
TREAS = (treasury_end, TREASURY_OPEN)
sh_equity = tuple(SHARE_CAPITAL[i] + CAP_SURPLUS[i] + RE[i] + TREAS[i] for i in (0, 1))
owners_equity = tuple(sh_equity[i] + AOCI[i] for i in (0, 1))
net_assets = tuple(owners_equity[i] + NCI[i] for i in (0, 1))
assert owners_equity == (376_214, 363_507) and net_assets == (384_902, 371_660)
cur_liab = tuple(PAYABLES[i] + ST_BORROW[i] + CUR_LTD[i] + TAX_PAYABLE[i] + CONTRACT_LIAB[i]
                 + BONUS_PROV[i] + OTHER_CL[i] for i in (0, 1))
ncur_liab = tuple(LT_BORROW[i] + RETIREMENT[i] + OTHER_NCL[i] for i in (0, 1))
liab = tuple(cur_liab[i] + ncur_liab[i] for i in (0, 1))
debt = tuple(ST_BORROW[i] + CUR_LTD[i] + LT_BORROW[i] for i in (0, 1))
assert debt == (64_200, 61_500)

# cash flows
wc = {"receivables": (RECEIVABLES[1] - RECEIVABLES[0], PRIOR_WC["receivables"]),
      "inventories": (inv[1] - inv[0], PRIOR_WC["inventories"]),
      "payables": (PAYABLES[0] - PAYABLES[1], PRIOR_WC["payables"]),
      "contract": (CONTRACT_LIAB[0] - CONTRACT_LIAB[1], PRIOR_WC["contract"])}
gain_sec = (-EXTRA_INC["Gain on sale of investment securities"][0], 0)
subtotal = (OPCF[0] + TAXES_PAID[0], OPCF[1] + TAXES_PAID[1])
op_other = tuple(subtotal[i] - (pbt[i] + DEPREC[i] + sum(v[i] for v in wc.values()) + gain_sec[i])
                 for i in (0, 1))
inv_other = tuple(INVCF[i] - (-CAPEX_PPE[i] - CAPEX_INTANG[i] + SALE_SECURITIES[i]) for i in (0, 1))
st_change = (ST_BORROW[0] - ST_BORROW[1], ST_BORROW_PRIOR)
lt_repay = ((CUR_LTD[1] + LT_BORROW[1]) - (CUR_LTD[0] + LT_BORROW[0]), LT_REPAY_PRIOR)
fincf = tuple(st_change[i] - lt_repay[i] - TREASURY_BOUGHT[i] - DIV_PAID[i] - NCI_DIV[i]
              - LEASE_REPAY[i] + FIN_OTHER[i] for i in (0, 1))
net_change = tuple(OPCF[i] + INVCF[i] + fincf[i] + FX_ON_CASH[i] for i in (0, 1))
cash_end = tuple(CASH_EQ_OPEN[i] + net_change[i] for i in (0, 1))
CASH_DEP = (cash_end[0] + TIME_DEPOSITS[0], CASH_EQ_OPEN[0] + TIME_DEPOSITS[1])
cur_assets = tuple(CASH_DEP[i] + RECEIVABLES[i] + inv[i] + OTHER_CA[i] + ALLOWANCE[i]
                   for i in (0, 1))
total_le = tuple(liab[i] + net_assets[i] for i in (0, 1))
INVEST = tuple(total_le[i] - cur_assets[i] - PPE[i] - INTANGIBLE[i] for i in (0, 1))
ncur_assets = tuple(PPE[i] + INTANGIBLE[i] + INVEST[i] for i in (0, 1))
total_assets = tuple(cur_assets[i] + ncur_assets[i] for i in (0, 1))
assert total_assets == total_le and 30_000 < INVEST[1] < 80_000 and 30_000 < INVEST[0] < 80_000, INVEST
equity_ratio = tuple(r(owners_equity[i] / total_assets[i] * 100) for i in (0, 1))
fcf = OPCF[0] - CAPEX_PPE[0] - CAPEX_INTANG[0]

# forecast
fc_eps_prev = r(PREV_FC["owners"] / FC_SHARES, 2)
fc_eps = r(REV_FC["owners"] / FC_SHARES, 2)
fy25_eps = r(FY25["owners"] / FY25_SHARES, 2)
fc_chg = {k: REV_FC[k] - PREV_FC[k] for k in REV_FC}
fc_chg_pct = {k: r(fc_chg[k] / PREV_FC[k] * 100) for k in REV_FC}
fc_yoy = {k: r(growth(REV_FC[k], FY25[k])) for k in REV_FC}
annual_div = DIV["interim"] + DIV["year_end"]
annual_div_prev = DIV["interim"] + DIV["year_end_prev"]
annual_div_fy25 = DIV["fy25_interim"] + DIV["fy25_year_end"]
h2_op = REV_FC["op"] - op[0]
h2_sales = REV_FC["sales"] - sales[0]

# news-level figures
op_margin = r(op[0] / sales[0] * 100)
sen_margin = r(SEN["op"][0] / SEN["sales"][0] * 100)
sen = {"sales_g": r(growth(*SEN["sales"])), "op_g": r(growth(*SEN["op"])),
       "owners_g": r(growth(*SEN["owners"])), "orders_g": r(growth(*SEN["orders"]))}
units_g = r(growth(*UNITS))
cobot_share = r(COBOT_UNITS / UNITS[0] * 100)
china_g = r(growth(*CHINA_ROBOT_ORDERS))
robot_orders_g = r(growth(*ORDERS["Industrial Robots"]))
orders_g = r(growth(*orders))
btb = r(orders[0] / sales[0], 2)
btb_q2 = r(Q2["orders"] / Q2["sales"], 2)
backlog_months = r(backlog[0] / (sales[0] / 6))
europe_g = r(growth(*REGION["Europe"]))
tp_up = r(growth(ANALYST["tp_new"], ANALYST["tp_old"]))
usd = lambda m, rate: r(m / rate)  # noqa: E731  yen millions -> USD millions

assert (op_margin, sen_margin) == (10.6, 6.9)
assert len({btb, btb_q2}) == 2 and fcf != INCOME_TAXES[0]


# ---------------------------------------------------------------------------------------------
# Layout helpers
# ---------------------------------------------------------------------------------------------
W = 104


def row(label: str, cells, lw: int = 50, cw: int = 13) -> str:
    return (label.ljust(lw) + "".join(str(c).rjust(cw) for c in cells)).rstrip()


def heads(lines_of_cells, lw: int = 50, cw: int = 13) -> list[str]:
    return [("" .ljust(lw) + "".join(c.rjust(cw) for c in cells)).rstrip() for cells in lines_of_cells]


PAGE = {"n": 0}


def page_break(lines: list[str], header: str) -> None:
    PAGE["n"] += 1
    lines.append("")
    lines.append(f"- {PAGE['n']} -".center(W).rstrip())
    lines.append("\f")
    lines.append(header)
    lines.append("")


# ---------------------------------------------------------------------------------------------
# Document 1: results summary
# ---------------------------------------------------------------------------------------------
def results_summary() -> str:
    hdr = "Okusawa Robotics Co., Ltd. | Consolidated Financial Results for the Six Months Ended September 30, 2026"
    L: list[str] = [hdr, ""]
    L += [
        "Consolidated Financial Results",
        "for the Six Months Ended September 30, 2026",
        "[Japanese GAAP]",
        "",
        "November 5, 2026".rjust(W),
        "",
        "Company name:            Okusawa Robotics Co., Ltd.",
        "Stock exchange listing:  Tokyo (Prime Market)",
        "Representative:          Takeshi Okusawa, President and Representative Director",
        "Inquiries:               Yumiko Hanazono, General Manager, Investor Relations Office",
        "Scheduled date to commence dividend payments:  December 4, 2026",
        "Supplementary material on financial results:  Yes",
        "Financial results briefing:  Yes (for institutional investors and analysts)",
        "",
        "(Amounts of less than one million yen are rounded down)".rjust(W),
        "",
        "1. Consolidated financial results for the six months ended September 30, 2026",
        "   (from April 1, 2026 to September 30, 2026)",
        "",
        "(1) Consolidated operating results (cumulative)",
        "(Percentages indicate year-on-year changes; △ denotes a decrease)".rjust(W),
        "",
    ]
    lw, cw = 40, 8
    L += heads([["", "", "Operating", "", "Ordinary", "", "Profit attributable", ""],
                ["Net sales", "", "profit", "", "profit", "", "to owners of parent", ""],
                ["Million yen", "%", "Million yen", "%", "Million yen", "%", "Million yen", "%"]], lw, 12)
    L.append(row("Six months ended September 30, 2026",
                 [n(sales[0]), pct(yoy["sales"]), n(op[0]), pct(yoy["op"]), n(ordp[0]), pct(yoy["ord"]),
                  n(owners[0]), pct(yoy["owners"])], lw, 12))
    L.append(row("Six months ended September 30, 2025",
                 [n(sales[1]), pct(PRIOR_YOY["sales"]), n(op[1]), pct(PRIOR_YOY["op"]), n(ordp[1]),
                  pct(PRIOR_YOY["ord"]), n(owners[1]), pct(PRIOR_YOY["owners"])], lw, 12))
    L += ["", "Note: Comprehensive income is not presented in this summary; see the attached statements.", ""]
    L += heads([["Basic earnings", "Diluted earnings"], ["per share", "per share"], ["Yen", "Yen"]], lw, 18)
    L.append(row("Six months ended September 30, 2026", [f"{eps[0]:.2f}", f"{deps[0]:.2f}"], lw, 18))
    L.append(row("Six months ended September 30, 2025", [f"{eps[1]:.2f}", f"{deps[1]:.2f}"], lw, 18))
    L += ["", "(2) Consolidated financial position", ""]
    L += heads([["Total assets", "Net assets", "Equity ratio"], ["Million yen", "Million yen", "%"]], lw, 16)
    L.append(row("As of September 30, 2026", [n(total_assets[0]), n(net_assets[0]), f"{equity_ratio[0]:.1f}"], lw, 16))
    L.append(row("As of March 31, 2026", [n(total_assets[1]), n(net_assets[1]), f"{equity_ratio[1]:.1f}"], lw, 16))
    L += [f"(Reference) Equity: As of September 30, 2026: {n(owners_equity[0])} million yen;"
          f" As of March 31, 2026: {n(owners_equity[1])} million yen", ""]
    L += ["2. Cash dividends", ""]
    L += heads([["Annual dividends per share", "", "", "", ""],
                ["First", "Second", "Third", "", ""],
                ["quarter-end", "quarter-end", "quarter-end", "Year-end", "Total"],
                ["Yen", "Yen", "Yen", "Yen", "Yen"]], 48, 12)
    L.append(row("Fiscal year ended March 31, 2026", ["—", f"{DIV['fy25_interim']:.2f}", "—",
                 f"{DIV['fy25_year_end']:.2f}", f"{annual_div_fy25:.2f}"], 48, 12))
    L.append(row("Fiscal year ending March 31, 2027", ["—", f"{DIV['interim']:.2f}"], 48, 12))
    L.append(row("Fiscal year ending March 31, 2027 (Forecast)", ["", "", "—", f"{DIV['year_end']:.2f}",
                 f"{annual_div:.2f}"], 48, 12))
    L += ["Note: Revisions to the forecast of cash dividends most recently announced: Yes", ""]
    page_break(L, hdr)
    L += ["3. Forecast of consolidated financial results for the fiscal year ending March 31, 2027",
          "   (from April 1, 2026 to March 31, 2027)",
          "(Percentages indicate changes from the previous fiscal year)".rjust(W), ""]
    L += heads([["", "", "Operating", "", "Ordinary", "", "Profit attrib.", "", "Basic EPS"],
                ["Net sales", "", "profit", "", "profit", "", "to owners", "", ""],
                ["Million yen", "%", "Million yen", "%", "Million yen", "%", "Million yen", "%", "Yen"]], 14, 12)
    L.append(row("Full year", [n(REV_FC["sales"]), pct(fc_yoy["sales"]), n(REV_FC["op"]), pct(fc_yoy["op"]),
                                n(REV_FC["ord"]), pct(fc_yoy["ord"]), n(REV_FC["owners"]), pct(fc_yoy["owners"]),
                                f"{fc_eps:.2f}"], 14, 12))
    L += ["Note: Revisions to the financial results forecast most recently announced: Yes", "",
          "* Notes",
          "(1) Significant changes in the scope of consolidation during the period: None",
          "(2) Application of special accounting for preparing quarterly consolidated financial statements: None",
          "(3) Number of issued shares (common shares), including treasury shares:",
          "    As of September 30, 2026: 125,000,000 shares   As of March 31, 2026: 125,000,000 shares",
          f"    Average number of shares during the period: six months ended September 30, 2026:"
          f" {AVG_SHARES[0]*1e6:,.0f} shares; six months ended September 30, 2025: {AVG_SHARES[1]*1e6:,.0f} shares",
          "",
          "* This summary is not subject to review by certified public accountants or an audit firm.",
          "* Forward-looking statements, including the forecasts above, are based on information available",
          "  at the date of release and on assumptions the Company judges reasonable. Actual results may",
          "  differ materially owing to various factors.", ""]
    page_break(L, hdr)

    # qualitative information
    L += ["Attachment: Qualitative Information on the Results for the Six Months", "",
          "(1) Explanation of operating results", ""]
    para = (
        "During the six months ended September 30, 2026 (the first half), capital investment in automation "
        "recovered in China and remained firm in North America, while demand from Japanese machine-tool "
        "builders stayed subdued. In this environment, orders received rose to "
        f"{n(orders[0])} million yen, up {orders_g:.1f}% year on year, led by welding and handling robots "
        "for electric-vehicle battery and electronics lines. "
        f"Net sales were {n(sales[0])} million yen (up {yoy['sales']:.1f}% year on year). Operating profit "
        f"rose {yoy['op']:.1f}% to {n(op[0])} million yen, as higher robot volumes and the weaker yen outweighed "
        f"a rise in personnel costs. Ordinary profit was {n(ordp[0])} million yen (up {yoy['ord']:.1f}%), "
        f"helped by foreign exchange gains of {n(NONOP_INC['Foreign exchange gains'][0])} million yen, against "
        f"foreign exchange losses of {n(NONOP_EXP['Foreign exchange losses'][1])} million yen a year earlier. "
        "After an extraordinary gain of "
        f"{n(EXTRA_INC['Gain on sale of investment securities'][0])} million yen on the sale of cross-shareholdings "
        f"and business restructuring expenses of {n(EXTRA_LOSS['Business restructuring expenses'][0])} million yen "
        "for the consolidation of two component plants in Nagano Prefecture, profit attributable to owners of "
        f"parent was {n(owners[0])} million yen (up {yoy['owners']:.1f}%)."
    )
    L += wrap(para) + [""]
    para = (
        f"Average exchange rates for the period were US$1 = ¥{FX['usd_1h']} (prior-year period: ¥{FX['usd_1h_prior']}) "
        f"and €1 = ¥{FX['eur_1h']} (¥{FX['eur_1h_prior']}). By region, sales in China rose to "
        f"{n(REGION['China'][0])} million yen and sales in Japan declined to {n(REGION['Japan'][0])} million yen. "
        f"Sales in Europe increased {europe_g:.1f}% to {n(REGION['Europe'][0])} million yen; excluding the effect "
        f"of exchange rate movements, sales in Europe increased {EUROPE_CC_GROWTH:.1f}%."
    )
    L += wrap(para) + [""]
    L += ["Results by segment are as follows.", ""]
    seg_text = {
        "Industrial Robots": (
            "Orders for articulated robots from battery and electronics makers in China and South Korea were "
            "strong, and shipments of collaborative robots continued to grow."),
        "Motion Components": (
            "Sales of servo motors and precision reducers to machine-tool builders in Japan declined, "
            "and segment profit fell on lower plant utilisation."),
        "FA Systems": (
            "Sales of turnkey assembly lines for automotive customers in North America increased."),
    }
    for s in SEG:
        para = (f"[{s}] {seg_text[s]} Net sales of the segment were {n(SALES[s][0])} million yen "
                f"(prior-year period: {n(SALES[s][1])} million yen) and segment profit was "
                f"{n(SEGPROFIT[s][0])} million yen ({n(SEGPROFIT[s][1])} million yen).")
        L += wrap(para) + [""]
    para = (f"Research and development expenses for the period were {n(RND[0])} million yen, capital "
            f"expenditures were {n(CAPEX_PPE[0] + CAPEX_INTANG[0])} million yen and depreciation was "
            f"{n(DEPREC[0])} million yen. For the full year the Company plans capital expenditures of "
            f"{n(FY_PLAN['capex'])} million yen, depreciation of {n(FY_PLAN['deprec'])} million yen and "
            f"research and development expenses of {n(FY_PLAN['rnd'])} million yen.")
    L += wrap(para) + [""]
    L += ["(2) Explanation of financial position", ""]
    para = (f"Total assets at September 30, 2026 were {n(total_assets[0])} million yen, an increase of "
            f"{n(total_assets[0] - total_assets[1])} million yen from March 31, 2026, mainly because inventories "
            f"increased by {n(inv[0] - inv[1])} million yen ahead of second-half shipments. Liabilities were "
            f"{n(liab[0])} million yen and net assets were {n(net_assets[0])} million yen. Interest-bearing debt "
            f"was {n(debt[0])} million yen (March 31, 2026: {n(debt[1])} million yen).")
    L += wrap(para) + [""]
    page_break(L, hdr)
    L += ["(3) Explanation of the consolidated financial results forecast and other forward-looking information", ""]
    para = (
        "Reflecting the first-half results, the strength of orders and the revised exchange rate assumptions, "
        "the Company has revised the full-year consolidated forecast announced on May 13, 2026 as follows. "
        f"The exchange rate assumptions for the second half are US$1 = ¥{FX['usd_2h']} and €1 = ¥{FX['eur_2h']} "
        f"(previous assumptions: US$1 = ¥{FX['usd_prev']} and €1 = ¥{FX['eur_prev']}). The Company has also "
        f"raised its forecast of the year-end dividend to {DIV['year_end']} yen per share from "
        f"{DIV['year_end_prev']} yen, for an annual dividend of {annual_div} yen including the interim dividend "
        f"of {DIV['interim']} yen.")
    L += wrap(para) + [""]
    L += ["Revision of the consolidated forecast for the fiscal year ending March 31, 2027",
          "(April 1, 2026 to March 31, 2027)", ""]
    lw2, cw2 = 36, 16
    L += heads([["Net sales", "Operating", "Ordinary", "Profit attrib.", "Basic earnings"],
                ["", "profit", "profit", "to owners", "per share"],
                ["Million yen", "Million yen", "Million yen", "of parent", "Yen"],
                ["", "", "", "Million yen", ""]], lw2, cw2)
    L.append(row("Previous forecast (A)", [n(PREV_FC[k]) for k in ("sales", "op", "ord", "owners")]
                 + [f"{fc_eps_prev:.2f}"], lw2, cw2))
    L.append(row("Revised forecast (B)", [n(REV_FC[k]) for k in ("sales", "op", "ord", "owners")]
                 + [f"{fc_eps:.2f}"], lw2, cw2))
    L.append(row("Change (B - A)", [n(fc_chg[k]) for k in ("sales", "op", "ord", "owners")], lw2, cw2))
    L.append(row("Change (%)", [pct(fc_chg_pct[k]) for k in ("sales", "op", "ord", "owners")], lw2, cw2))
    L.append("(Reference) Results for the fiscal")
    L.append(row("year ended March 31, 2026", [n(FY25[k]) for k in ("sales", "op", "ord", "owners")]
                 + [f"{fy25_eps:.2f}"], lw2, cw2))
    L.append("")
    page_break(L, hdr)

    # statements
    L += ["Quarterly Consolidated Financial Statements", "", "(1) Quarterly consolidated balance sheet",
          "(Million yen)".rjust(W)]
    lw3, cw3 = 60, 20
    L += heads([["As of", "As of"], ["March 31, 2026", "September 30, 2026"]], lw3, cw3)
    bs = [
        ("Assets", None), ("Current assets", None),
        ("Cash and deposits", CASH_DEP), ("Notes and accounts receivable - trade, and contract assets", RECEIVABLES),
        ("Merchandise and finished goods", FINISHED), ("Work in process", WIP),
        ("Raw materials and supplies", RAW), ("Other", OTHER_CA), ("Allowance for doubtful accounts", ALLOWANCE),
        ("Total current assets", cur_assets), ("Non-current assets", None),
        ("Property, plant and equipment", PPE), ("Intangible assets", INTANGIBLE),
        ("Investments and other assets", INVEST), ("Total non-current assets", ncur_assets),
        ("Total assets", total_assets), ("", None),
        ("Liabilities", None), ("Current liabilities", None),
        ("Notes and accounts payable - trade", PAYABLES), ("Short-term borrowings", ST_BORROW),
        ("Current portion of long-term borrowings", CUR_LTD), ("Income taxes payable", TAX_PAYABLE),
        ("Contract liabilities", CONTRACT_LIAB), ("Provision for bonuses", BONUS_PROV), ("Other", OTHER_CL),
        ("Total current liabilities", cur_liab), ("Non-current liabilities", None),
        ("Long-term borrowings", LT_BORROW), ("Retirement benefit liability", RETIREMENT), ("Other", OTHER_NCL),
        ("Total non-current liabilities", ncur_liab), ("Total liabilities", liab), ("", None),
        ("Net assets", None), ("Shareholders' equity", None),
        ("Share capital", SHARE_CAPITAL), ("Capital surplus", CAP_SURPLUS), ("Retained earnings", RE),
        ("Treasury shares", TREAS), ("Total shareholders' equity", sh_equity),
        ("Accumulated other comprehensive income", AOCI), ("Non-controlling interests", NCI),
        ("Total net assets", net_assets), ("Total liabilities and net assets", total_le),
    ]
    for label, vals in bs:
        L.append(label if vals is None else row("  " + label, [n(vals[1]), n(vals[0])], lw3, cw3))
    page_break(L, hdr)
    L += ["(2) Quarterly consolidated statement of income (cumulative)", "(Million yen)".rjust(W)]
    L += heads([["Six months ended", "Six months ended"], ["September 30, 2025", "September 30, 2026"]], lw3, cw3)
    pl = [("Net sales", sales), ("Cost of sales", COST_OF_SALES), ("Gross profit", gp),
          ("Selling, general and administrative expenses", sga), ("Operating profit", op),
          ("Non-operating income", None)]
    pl += [("  " + k, v) for k, v in NONOP_INC.items()]
    pl += [("  Total non-operating income", noi), ("Non-operating expenses", None)]
    pl += [("  " + k, v) for k, v in NONOP_EXP.items()]
    pl += [("  Total non-operating expenses", noe), ("Ordinary profit", ordp), ("Extraordinary income", None)]
    pl += [("  " + k, v) for k, v in EXTRA_INC.items()]
    pl += [("  Total extraordinary income", exi), ("Extraordinary losses", None)]
    pl += [("  " + k, v) for k, v in EXTRA_LOSS.items()]
    pl += [("  Total extraordinary losses", exl), ("Profit before income taxes", pbt),
           ("Income taxes", INCOME_TAXES), ("Profit", profit),
           ("Profit attributable to non-controlling interests", NCI_PROFIT),
           ("Profit attributable to owners of parent", owners)]
    for label, vals in pl:
        L.append(label if vals is None else row("  " + label, [n(vals[1]), n(vals[0])], lw3, cw3))
    L.append("")
    page_break(L, hdr)
    L += ["(3) Quarterly consolidated statement of cash flows", "(Million yen)".rjust(W)]
    L += heads([["Six months ended", "Six months ended"], ["September 30, 2025", "September 30, 2026"]], lw3, cw3)
    cf = [("Cash flows from operating activities", None), ("Profit before income taxes", pbt),
          ("Depreciation", DEPREC), ("Loss (gain) on sale of investment securities", gain_sec),
          ("Decrease (increase) in trade receivables and contract assets", wc["receivables"]),
          ("Decrease (increase) in inventories", wc["inventories"]),
          ("Increase (decrease) in trade payables", wc["payables"]),
          ("Increase (decrease) in contract liabilities", wc["contract"]), ("Other, net", op_other),
          ("Subtotal", subtotal), ("Income taxes paid", (-TAXES_PAID[0], -TAXES_PAID[1])),
          ("Net cash provided by (used in) operating activities", OPCF),
          ("Cash flows from investing activities", None),
          ("Purchase of property, plant and equipment", (-CAPEX_PPE[0], -CAPEX_PPE[1])),
          ("Purchase of intangible assets", (-CAPEX_INTANG[0], -CAPEX_INTANG[1])),
          ("Proceeds from sale of investment securities", SALE_SECURITIES), ("Other, net", inv_other),
          ("Net cash provided by (used in) investing activities", INVCF),
          ("Cash flows from financing activities", None),
          ("Net increase (decrease) in short-term borrowings", st_change),
          ("Repayments of long-term borrowings", (-lt_repay[0], -lt_repay[1])),
          ("Purchase of treasury shares", (-TREASURY_BOUGHT[0], -TREASURY_BOUGHT[1])),
          ("Dividends paid", (-DIV_PAID[0], -DIV_PAID[1])),
          ("Dividends paid to non-controlling interests", (-NCI_DIV[0], -NCI_DIV[1])),
          ("Repayments of lease liabilities", (-LEASE_REPAY[0], -LEASE_REPAY[1])), ("Other, net", FIN_OTHER),
          ("Net cash provided by (used in) financing activities", fincf),
          ("Effect of exchange rate change on cash and cash equivalents", FX_ON_CASH),
          ("Net increase (decrease) in cash and cash equivalents", net_change),
          ("Cash and cash equivalents at beginning of period", CASH_EQ_OPEN),
          ("Cash and cash equivalents at end of period", cash_end)]
    for label, vals in cf:
        L.append(label if vals is None else row("  " + label, [n(vals[1]), n(vals[0])], lw3, cw3))
    L.append("")
    page_break(L, hdr)
    L += ["(4) Segment information", "",
          "I. Six months ended September 30, 2025 (from April 1, 2025 to September 30, 2025)",
          "Net sales and profit by reportable segment".ljust(80) + "(Million yen)"]
    lw4, cw4 = 34, 14
    segh = [["Industrial", "Motion", "FA", "", "Adjustment", "Consolidated"],
            ["Robots", "Components", "Systems", "Total", "(Note)", "(Note)"]]
    for i, title in ((1, None), (0, "II. Six months ended September 30, 2026 (from April 1, 2026 to September 30, 2026)")):
        if title:
            L += ["", title, "Net sales and profit by reportable segment".ljust(80) + "(Million yen)"]
        L += heads(segh, lw4, cw4)
        tot_s = sum(SALES[s][i] for s in SEG)
        tot_p = sum(SEGPROFIT[s][i] for s in SEG)
        L.append(row("Net sales to external customers", [n(SALES[s][i]) for s in SEG] + [n(tot_s), "—", n(tot_s)], lw4, cw4))
        L.append(row("Segment profit", [n(SEGPROFIT[s][i]) for s in SEG] + [n(tot_p), n(CORP_EXP[i]), n(op[i])], lw4, cw4))
    L += ["Note: The adjustment to segment profit is corporate expenses not allocated to reportable segments.",
          "Segment profit is reconciled to operating profit in the quarterly consolidated statement of income.", ""]
    page_break(L, hdr)
    L += ["Supplementary Information", "", "(1) Orders received and order backlog by segment", "(Million yen)".rjust(W)]
    lw5, cw5 = 30, 17
    L += heads([["Orders received", "Orders received", "Order backlog", "Order backlog"],
                ["Six months ended", "Six months ended", "As of", "As of"],
                ["Sept. 30, 2025", "Sept. 30, 2026", "March 31, 2026", "Sept. 30, 2026"]], lw5, cw5)
    for s in SEG:
        L.append(row(s, [n(ORDERS[s][1]), n(ORDERS[s][0]), n(BACKLOG_OPEN[s]), n(backlog_end[s])], lw5, cw5))
    L.append(row("Total", [n(orders[1]), n(orders[0]), n(backlog[1]), n(backlog[0])], lw5, cw5))
    L += ["Note: Order backlog at September 30, 2026 = backlog at March 31, 2026 + orders received - net sales.", ""]
    L += ["(2) Net sales by region (based on customer location)", "(Million yen)".rjust(W)]
    L += heads([["Six months ended", "Six months ended"], ["Sept. 30, 2025", "Sept. 30, 2026"]], lw5, 20)
    for k, v in REGION.items():
        L.append(row(k, [n(v[1]), n(v[0])], lw5, 20))
    L.append(row("Total", [n(sales[1]), n(sales[0])], lw5, 20))
    L.append("")
    L += ["(3) Quarterly results (three-month periods) for the fiscal year ending March 31, 2027",
          "(Million yen)".rjust(W)]
    L += heads([["First quarter", "Second quarter", "First half"],
                ["April-June 2026", "July-September 2026", "(cumulative)"]], 40, 20)
    for k, label in (("sales", "Net sales"), ("op", "Operating profit"), ("ord", "Ordinary profit"),
                     ("owners", "Profit attributable to owners of parent"), ("orders", "Orders received")):
        L.append(row(label, [n(Q1[k]), n(Q2[k]), n(Q1[k] + Q2[k])], 40, 20))
    L.append("")
    PAGE["n"] += 1
    L += [f"- {PAGE['n']} -".center(W).rstrip()]
    return "\n".join(L) + "\n"


def wrap(text: str, width: int = 100) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width=width, break_on_hyphens=False)


# ---------------------------------------------------------------------------------------------
# News items
# ---------------------------------------------------------------------------------------------
def wire_okusawa() -> str:
    fy_op_usd = usd(REV_FC["op"], WIRE_RATE)
    paras = [
        "Okusawa Robotics lifts profit outlook as robot orders rebound",
        "",
        "By Daniel Kroll and Aiko Fujishiro",
        "",
        "TOKYO, Nov 5 (Meridian Asia Wire) - Japanese industrial robot maker Okusawa Robotics Co. raised its "
        f"full-year operating profit forecast by {fc_chg_pct['op']:.1f}% on Thursday after first-half earnings beat "
        "expectations, as Chinese battery makers resumed spending on automated production lines and a weak yen "
        "inflated overseas income.",
        f"Operating profit for April-September rose {yoy['op']:.1f}% from a year earlier to ¥{b(op[0])} billion "
        f"(${usd(op[0], WIRE_RATE):.0f} million), ahead of the ¥{b(CONSENSUS_1H_OP)} billion average estimate of six "
        "analysts polled by Meridian Asia Wire.",
        f"Net sales climbed {yoy['sales']:.1f}% to ¥{b(sales[0])} billion (${usd(sales[0], WIRE_RATE)/1000:.2f} billion), "
        f"while net profit attributable to shareholders jumped {yoy['owners']:.1f}% to ¥{b(owners[0])} billion, "
        "helped by a one-off gain on the sale of shares it held in business partners.",
        f"For the year ending March 2027, Okusawa now expects operating profit of ¥{b(REV_FC['op'])} billion "
        f"(${fy_op_usd:.0f} million), up from its May forecast of ¥{b(PREV_FC['op']):.0f} billion. It raised its "
        f"net sales forecast to ¥{b(REV_FC['sales']):.0f} billion from ¥{b(PREV_FC['sales']):.0f} billion.",
        f"The company now assumes the dollar will average ¥{FX['usd_2h']} in the October-March half, compared "
        f"with ¥{FX['usd_prev']} previously. The yen traded at around {WIRE_RATE:.2f} per dollar on Thursday.",
        f"Orders received in the first half grew {orders_g:.1f}% to ¥{b(orders[0])} billion, with robot orders "
        f"alone up {robot_orders_g:.1f}%.",
        "\"Customers who postponed battery and electronics projects last year are coming back, and they are "
        "ordering larger cells,\" President Takeshi Okusawa told a news conference in Tokyo. He said the "
        "company would not chase low-priced tenders in China despite the pickup.",
        f"Okusawa also raised its planned annual dividend to ¥{annual_div} a share from ¥{annual_div_prev}.",
        "Shares of Okusawa closed up 1.9% before the announcement, which came after the market close. The "
        "benchmark Nikkei average fell 0.4%.",
        "(Reporting by Daniel Kroll and Aiko Fujishiro; Editing by Owen Laidlaw)",
    ]
    return "\n\n".join("\n".join(wrap(p)) for p in paras if p) + "\n"


def daily_compare() -> str:
    paras = [
        "THE MARUNOUCHI DAILY | Companies & Markets | Saturday, November 7, 2026",
        "Robot makers part ways as China demand returns unevenly",
        "Okusawa raises its fiscal 2026 outlook while Senmaida trims guidance on weak machine-tool demand",
        "By our industry staff",
        "Two of Japan's listed robot makers reported sharply different first halves this week, underlining how "
        "unevenly the long-awaited recovery in factory automation spending is arriving.",
        "Okusawa Robotics, which reported on Thursday, raised its operating profit forecast for fiscal 2026, the "
        f"year ending March 2027, to ¥{b(REV_FC['op'])} billion from ¥{b(PREV_FC['op']):.0f} billion. That would "
        f"compare with ¥{b(FY25['op'])} billion in fiscal 2025. At ¥{DAILY_RATE:.0f} to the dollar, the new target "
        f"is worth about ${usd(REV_FC['op'], DAILY_RATE):.0f} million.",
        "Senmaida Dynamics, which makes robots and precision reducers and counts machine-tool builders among its "
        "biggest customers, went the other way. It cut its full-year operating profit forecast to "
        f"¥{b(SEN['fc_op']):.0f} billion from ¥{b(SEN['fc_op_prev']):.0f} billion on Friday, and lowered its sales "
        f"forecast to ¥{b(SEN['fc_sales']):.0f} billion from ¥{b(SEN['fc_sales_prev']):.0f} billion.",
        f"Senmaida's April-September sales fell {abs(sen['sales_g']):.1f}% to ¥{b(SEN['sales'][0])} billion "
        f"(${usd(SEN['sales'][0], DAILY_RATE):.0f} million), and operating profit dropped {abs(sen['op_g']):.1f}% "
        f"to ¥{b(SEN['op'][0])} billion.",
        f"The gap in profitability is wide. Okusawa earned an operating margin of {op_margin:.1f}% in the first "
        f"half, against {sen_margin:.1f}% at Senmaida, whose reducer business depends on domestic machine-tool "
        "makers that are still working through high inventories.",
        "\"Okusawa sells into battery and electronics lines in China, and that market turned first,\" said "
        "Kenji Morozumi, a fund manager at Hibiscus Asset Partners in Tokyo. \"Senmaida's customers are a "
        "step behind in the cycle.\"",
        f"Both companies benefit from a weaker yen. Okusawa's first-half dollar rate averaged ¥{FX['usd_1h']}, "
        f"and it now assumes ¥{FX['usd_2h']} for the second half. Senmaida assumes ¥{SEN['usd_2h']}.",
        "Okusawa's shares have risen 24% this year, while Senmaida's have fallen 9%.",
    ]
    return "\n\n".join("\n".join(wrap(p)) for p in paras) + "\n"


def trade_orders() -> str:
    paras = [
        "AUTOMATION LEDGER",
        "Industry news for robotics and motion control buyers  |  Issue 46, November 12, 2026",
        "ORDERS & BACKLOG",
        "Okusawa's order book swells on battery-line work",
        "Japanese robot builder Okusawa Robotics entered the second half of its fiscal year with its largest order "
        "backlog in at least five years, according to figures published with its interim results.",
        f"The backlog stood at ¥{b(backlog[0])} billion at the end of September, up from ¥{b(backlog[1])} billion "
        f"at the end of March, equivalent, by Automation Ledger's reckoning, to roughly {backlog_months:.1f} months of sales at "
        "the first-half run rate.",
        f"Group orders for April to September reached ¥{b(orders[0])} billion against sales of ¥{b(sales[0])} "
        f"billion, a book-to-bill ratio of {btb:.2f}. In the July-September quarter alone the ratio was "
        f"{btb_q2:.2f}, as orders in that quarter came to ¥{b(Q2['orders'])} billion.",
        f"Robot orders from Chinese customers rose {china_g:.1f}% year on year to ¥{b(CHINA_ROBOT_ORDERS[0])} "
        "billion, most of them for welding and cell-handling cells on battery lines.",
        f"Okusawa shipped {UNITS[0]:,} robots in the first half, up from {UNITS[1]:,} a year earlier. "
        f"Collaborative robots, sold under the Tomoni brand, accounted for {COBOT_UNITS:,} of the total.",
        "Hiroki Anzai, managing executive officer in charge of the robot division, told Automation Ledger that "
        "lead times for large articulated arms had stretched to around seven months. \"We are adding a second "
        "shift at the Azumino reducer line from January, so the bottleneck should ease by the spring,\" he said.",
        "Motion Components remains the weak spot. Orders for servo motors and reducers in that segment were "
        f"¥{b(ORDERS['Motion Components'][0])} billion in the half, while the segment's sales slipped to "
        f"¥{b(SALES['Motion Components'][0])} billion.",
        "Rival Senmaida Dynamics, whose results appear on page 6, reported first-half orders of "
        f"¥{b(SEN['orders'][0])} billion, up {sen['orders_g']:.1f}%.",
    ]
    return "\n\n".join("\n".join(wrap(p)) for p in paras) + "\n"


def analyst_column() -> str:
    upside = r(growth(ANALYST["tp_new"], ANALYST["close"]))
    paras = [
        "KABUTOCHO REVIEW - Broker Watch",
        "Monday, November 16, 2026",
        "Sakuradori lifts Okusawa target, says guidance still too cautious",
        "Sakuradori Securities has raised its target price for Okusawa Robotics to ¥"
        f"{ANALYST['tp_new']:,} from ¥{ANALYST['tp_old']:,} and kept its \"Outperform\" rating, arguing that the "
        "company's new forecasts leave room for another upgrade in February.",
        "In a note to clients dated November 13, analyst Mei Tachibana estimated operating profit of "
        f"¥{b(ANALYST['fy_op'])} billion for the year ending March 2027, above the company's revised guidance of "
        f"¥{b(REV_FC['op'])} billion and the ¥{b(ANALYST['consensus_fy_op'])} billion market consensus compiled "
        "before the results. For the following year, to March 2028, she forecasts operating profit of "
        f"¥{b(ANALYST['fy27_op'])} billion.",
        "\"The company's second-half dollar assumption of "
        f"¥{FX['usd_2h']} looks conservative, and the order backlog gives unusually good visibility into the "
        "spring,\" Tachibana wrote.",
        "According to the note, every ¥1 move in the yen against the dollar changes Okusawa's annual operating "
        f"profit by about ¥{ANALYST['usd_sens']} million, and every ¥1 move against the euro by about "
        f"¥{ANALYST['eur_sens']} million.",
        "Tachibana flagged two risks: a renewed slowdown in Chinese battery investment, and price competition from "
        "Chinese robot makers in the mid-sized articulated segment.",
        f"Okusawa shares closed at ¥{ANALYST['close']:,} on Friday, up {ANALYST['since']:.1f}% since the results. "
        "Sakuradori's target implies further gains from that level.",
    ]
    V["upside"] = upside
    return "\n\n".join("\n".join(wrap(p)) for p in paras) + "\n"


def senmaida_story() -> str:
    q1_op = SEN["op"][0] - SEN["q2_op"]
    q1_sales = SEN["sales"][0] - SEN["q2_sales"]
    assert q1_op > SEN["q2_op"] and q1_sales > SEN["q2_sales"]
    buy_usd = usd(SEN["buyback_yen"], SEN_WIRE_RATE)
    paras = [
        "SETOUCHI ECONOMIC NEWS  -  OSAKA EDITION",
        "Senmaida cuts profit forecast, announces buyback",
        "OSAKA, November 6, 2026 - Senmaida Dynamics Corp., the Osaka-based maker of industrial robots and "
        "precision reducers, lowered its earnings outlook for the year to March 2027 on Friday, citing weak "
        "demand from Japanese machine-tool makers and slower-than-expected orders from Europe.",
        f"The company now expects full-year operating profit of ¥{b(SEN['fc_op']):.0f} billion, "
        f"{abs(r(growth(SEN['fc_op'], SEN['fc_op_prev']))):.1f}% less than the ¥{b(SEN['fc_op_prev']):.0f} billion "
        "it forecast in May.",
        f"For the six months through September, operating profit fell {abs(sen['op_g']):.1f}% to "
        f"¥{b(SEN['op'][0])} billion on sales of ¥{b(SEN['sales'][0])} billion. The second quarter was the weaker of "
        f"the two: July-September operating profit was ¥{b(SEN['q2_op'])} billion on sales of "
        f"¥{b(SEN['q2_sales'])} billion. Net profit attributable to owners of the parent for the half fell "
        f"{abs(sen['owners_g']):.1f}% to ¥{b(SEN['owners'][0])} billion.",
        f"Orders, however, rose {sen['orders_g']:.1f}% to ¥{b(SEN['orders'][0])} billion in the half, and the "
        f"order backlog stood at ¥{b(SEN['backlog'])} billion at the end of September, giving management some "
        "confidence that the trough has passed.",
        f"To support its share price, Senmaida said it would buy back up to {SEN['buyback_shares']:.1f} million "
        f"shares, or {SEN['buyback_pct']:.1f}% of shares outstanding excluding treasury stock, for no more than "
        f"¥{b(SEN['buyback_yen']):.0f} billion (about ${buy_usd:.0f} million) between November 9 and March 31.",
        f"The company assumes an exchange rate of ¥{SEN['usd_2h']} to the dollar for the second half.",
        "President Noriko Senmaida said the reducer business would return to growth next fiscal year as "
        "machine-tool inventories normalise. \"We expect the second half to be the bottom,\" she told reporters.",
    ]
    V.update(sen_q1_op=q1_op, sen_buy_usd=buy_usd)
    return "\n\n".join("\n".join(wrap(p)) for p in paras) + "\n"


DOCS = {
    "okusawa_1h_fy2026_results_summary.txt": results_summary,
    "meridian_wire_okusawa_2026-11-05.txt": wire_okusawa,
    "marunouchi_daily_robot_makers_2026-11-07.txt": daily_compare,
    "automation_ledger_okusawa_orders_2026-11-12.txt": trade_orders,
    "kabutocho_review_sakuradori_note_2026-11-16.txt": analyst_column,
    "setouchi_news_senmaida_2026-11-06.txt": senmaida_story,
}


def build() -> dict[str, str]:
    PAGE["n"] = 0
    return {name: fn() for name, fn in DOCS.items()}


if __name__ == "__main__":
    for name, text in build().items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total assets", total_assets, "investments", INVEST, "cash end", cash_end, "fincf", fincf)
