# Long on purpose: generated test data.
"""Writes TALLOWMERE_2026Q3_EARNINGS.pdf: an invented US electric and gas utility holding
company's third-quarter 2026 earnings release (synthetic blind pair 33, writer B).

Every figure is computed here from a few inputs and every total, subtotal, reconciliation,
roll-forward and narrative figure is asserted to tie. Amounts are kept as integers in tenths
of a million (1,667.5 -> 16675) so that the arithmetic is exact.

Run from the worktree root:  PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic33/make_w33b.py
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
PDF = OUT / "TALLOWMERE_2026Q3_EARNINGS.pdf"
CO = "Tallowmere Energy, Inc."

# ---------------------------------------------------------------- helpers


def r(x, places="0.01"):
    return Decimal(str(x)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def m(t):  # tenths of a million -> "1,667.5" / "(40.3)" / "-"
    if t is None:
        return "-"
    s = f"{abs(t) / 10:,.1f}"
    return f"({s})" if t < 0 else s


def w(n):  # whole numbers with commas, parentheses for negatives
    if n is None:
        return "-"
    s = f"{abs(n):,}"
    return f"({s})" if n < 0 else s


def ps(d):  # per-share Decimal -> "1.72" / "(0.02)"
    if d is None:
        return "-"
    s = f"{abs(d):.2f}"
    return f"({s})" if d < 0 else s


def pct(d, places="0.1"):
    d = r(d, places)
    return f"({abs(d)})%" if d < 0 else f"{d}%"


def spct(d, places="0.1"):  # signed percent for operating statistics
    d = r(d, places)
    return f"{d}%" if d < 0 else f"+{d}%"


# columns: Q3 2026, Q3 2025, 9M 2026, 9M 2025
C = ("q26", "q25", "n26", "n25")

# ---------------------------------------------------------------- inputs (tenths of $ million)

shares_dil = {"q26": Decimal("142.8"), "q25": Decimal("138.5"), "n26": Decimal("141.9"), "n25": Decimal("137.6")}
shares_basic = {"q26": Decimal("142.3"), "q25": Decimal("138.1"), "n26": Decimal("141.4"), "n25": Decimal("137.2")}

# GAAP earnings attributable to common shareholders, by segment
gaap_seg = {
    "Electric Utility": {"q26": 2624, "q25": 2317, "n26": 5982, "n25": 5396},
    "Gas Utility": {"q26": 41, "q25": 26, "n26": 714, "n25": 639},
    "Corporate and Other": {"q26": -214, "q25": -198, "n26": -637, "n25": -552},
}
# after-tax adjustments to reach operating earnings (segment, pretax, tax)
disallow_pre = {"q26": 252, "q25": 0, "n26": 252, "n25": 0}
disallow_tax = {"q26": -66, "q25": 0, "n26": -66, "n25": 0}
mtm_pre = {"q26": -49, "q25": 27, "n26": 26, "n25": -62}
mtm_tax = {"q26": 13, "q25": -7, "n26": -7, "n25": 16}
integ_pre = {"q26": 0, "q25": 50, "n26": 0, "n25": 127}
integ_tax = {"q26": 0, "q25": -13, "n26": 0, "n25": -33}

pref_div = {"q26": 6, "q25": 6, "n26": 18, "n25": 18}

rev = {
    "Electric": {"q26": 15213, "q25": 14027, "n26": 39375, "n25": 36884},
    "Natural gas": {"q26": 1524, "q25": 1582, "n26": 9992, "n25": 9413},
    "Other": {"q26": 94, "q25": 88, "n26": 271, "n25": 259},
}
fuel = {"q26": 4421, "q25": 4376, "n26": 11684, "n25": 11219}
gascost = {"q26": 496, "q25": 549, "n26": 4130, "n25": 3985}
dna = {"q26": 2217, "q25": 2035, "n26": 6528, "n25": 6014}
taxes_other = {"q26": 782, "q25": 731, "n26": 2365, "n25": 2218}
afudc = {"q26": 146, "q25": 112, "n26": 403, "n25": 318}
oth_inc = {"q26": 98, "q25": 74, "n26": 276, "n25": 221}
interest = {"q26": -1284, "q25": -1126, "n26": -3769, "n25": -3297}
inc_tax = {"q26": 554, "q25": 469, "n26": 1328, "n25": 1186}

# segment operating revenues (segments sum to consolidated, intersegment eliminated in Corp)
seg_rev = {
    "Electric Utility": {"q26": 15213, "q25": 14027, "n26": 39375, "n25": 36884},
    "Gas Utility": {"q26": 1561, "q25": 1617, "n26": 10104, "n25": 9517},
}

# ---------------------------------------------------------------- earnings build

gaap = {c: sum(s[c] for s in gaap_seg.values()) for c in C}
disallow = {c: disallow_pre[c] + disallow_tax[c] for c in C}
mtm = {c: mtm_pre[c] + mtm_tax[c] for c in C}
integ = {c: integ_pre[c] + integ_tax[c] for c in C}
op_seg = {
    "Electric Utility": {c: gaap_seg["Electric Utility"][c] + disallow[c] for c in C},
    "Gas Utility": {c: gaap_seg["Gas Utility"][c] + integ[c] for c in C},
    "Corporate and Other": {c: gaap_seg["Corporate and Other"][c] + mtm[c] for c in C},
}
opern = {c: sum(s[c] for s in op_seg.values()) for c in C}
for c in C:
    assert opern[c] == gaap[c] + disallow[c] + mtm[c] + integ[c]


def eps(t, c):
    return r(Decimal(t) / 10 / shares_dil[c])


gaap_eps = {c: eps(gaap[c], c) for c in C}
op_eps = {c: eps(opern[c], c) for c in C}
dis_eps = {c: eps(disallow[c], c) for c in C}
mtm_eps = {c: eps(mtm[c], c) for c in C}
int_eps = {c: eps(integ[c], c) for c in C}
for c in C:  # the per-share reconciliation ties without a rounding line
    assert gaap_eps[c] + dis_eps[c] + mtm_eps[c] + int_eps[c] == op_eps[c], (c, gaap_eps[c], dis_eps[c], mtm_eps[c], int_eps[c], op_eps[c])
seg_op_eps = {k: {c: eps(v[c], c) for c in C} for k, v in op_seg.items()}
seg_gaap_eps = {k: {c: eps(v[c], c) for c in C} for k, v in gaap_seg.items()}
for c in C:
    assert sum(seg_op_eps[k][c] for k in seg_op_eps) == op_eps[c], ("seg op eps", c)
    assert sum(seg_gaap_eps[k][c] for k in seg_gaap_eps) == gaap_eps[c], ("seg gaap eps", c)
basic_eps = {c: r(Decimal(gaap[c]) / 10 / shares_basic[c]) for c in C}

# income statement (other operation and maintenance is the plug, checked to be plausible)
tot_rev = {c: sum(v[c] for v in rev.values()) for c in C}
net_income = {c: gaap[c] + pref_div[c] for c in C}
ibt = {c: net_income[c] + inc_tax[c] for c in C}
op_inc = {c: ibt[c] - afudc[c] - oth_inc[c] - interest[c] for c in C}
tot_opex = {c: tot_rev[c] - op_inc[c] for c in C}
om = {c: tot_opex[c] - fuel[c] - gascost[c] - dna[c] - taxes_other[c] - disallow_pre[c] for c in C}
for c in C:
    assert 0.2 < om[c] / tot_rev[c] < 0.3, om
    assert tot_opex[c] == fuel[c] + gascost[c] + om[c] + dna[c] + taxes_other[c] + disallow_pre[c]
    assert 0.12 < inc_tax[c] / ibt[c] < 0.22
assert om['q26'] > om['q25'] and om['n26'] > om['n25']
seg_rev["Corporate and Other"] = {c: tot_rev[c] - seg_rev["Electric Utility"][c] - seg_rev["Gas Utility"][c] for c in C}
etr = {c: Decimal(inc_tax[c]) / Decimal(ibt[c]) * 100 for c in C}

# EPS bridge, Q3 2025 operating EPS -> Q3 2026 operating EPS (cents)
bridge = [
    ("Rate relief, net of riders", 24),
    ("Weather versus prior year", 5),
    ("Weather-normalized sales growth", 7),
    ("Higher operation and maintenance expense", -5),
    ("Higher depreciation and amortization", -7),
    ("Higher interest expense", -6),
    ("Dilution from share issuance", -4),
    ("Other, including AFUDC", 9),
]
assert op_eps["q25"] + Decimal(sum(v for _, v in bridge)) / 100 == op_eps["q26"]

# retail electric sales, GWh (Q3 26, Q3 25, 9M 26, 9M 25) and weather-normalized change (stated)
gwh = {
    "Residential": (5842, 5611, 14386, 14102),
    "Commercial": (4918, 4806, 12844, 12617),
    "Industrial": (3775, 3528, 10652, 10014),
    "Other": (142, 139, 421, 418),
}
wn = {  # weather-normalized % change (quarter, nine months)
    "Residential": ("1.2", "0.8"),
    "Commercial": ("1.6", "1.3"),
    "Industrial": ("6.8", "6.1"),
    "Other": ("0.4", "0.2"),
    "Total retail": ("2.9", "2.5"),
}
gwh_tot = tuple(sum(v[i] for v in gwh.values()) for i in range(4))
# degree days: (actual 2026, normal, actual 2025)
dd = {
    ("Cooling degree days", "q"): (1042, 918, 967),
    ("Heating degree days", "q"): (88, 112, 95),
    ("Cooling degree days", "n"): (1398, 1265, 1322),
    ("Heating degree days", "n"): (3412, 3690, 3577),
}
customers = {"Electric": (1284600, 1271900), "Natural gas": (612300, 606800)}

# balance sheet: September 30, 2026 and December 31, 2025
cash = {"s": 843, "d": 1279}
bs_cur = [
    ("Cash and cash equivalents", cash),
    ("Accounts receivable, net", {"s": 6124, "d": 6551}),
    ("Accrued unbilled revenues", {"s": 1886, "d": 2413}),
    ("Fuel, materials and supplies", {"s": 4027, "d": 3765}),
    ("Regulatory assets - current", {"s": 962, "d": 1184}),
    ("Prepayments and other current assets", {"s": 715, "d": 648}),
]
plant = {"s": 398426, "d": 381159}
accdep = {"s": -112043, "d": -106887}
cwip = {"s": 24318, "d": 19624}
reg_assets = {"s": 18745, "d": 19032}
goodwill = {"s": 12486, "d": 12486}
std = {"s": 6840, "d": 5120}
cmltd = {"s": 4500, "d": 6000}
bs_curl = [
    ("Short-term debt", std),
    ("Current maturities of long-term debt", cmltd),
    ("Accounts payable", {"s": 5983, "d": 7026}),
    ("Customer deposits", {"s": 881, "d": 854}),
    ("Accrued taxes", {"s": 1427, "d": 1189}),
    ("Accrued interest", {"s": 1216, "d": 1098}),
    ("Other current liabilities", {"s": 2339, "d": 2571}),
]
ltd = {"s": 143862, "d": 135127}
bs_def = [
    ("Deferred income taxes", {"s": 39125, "d": 37814}),
    ("Regulatory liabilities", {"s": 26048, "d": 26519}),
    ("Asset retirement obligations", {"s": 4182, "d": 4056}),
    ("Pension and other postretirement benefits", {"s": 2364, "d": 2513}),
    ("Other noncurrent liabilities", {"s": 3076, "d": 2960}),
]
pref = {"s": 400, "d": 400}
common_stk = {"d": 75129}
re_open = 42187
aoci = {"s": -284, "d": -317}
stock_comp = 132

# cash flow, nine months (n26, n25)
cf_issue_common = {"n26": 2764, "n25": 2451}
cf_div_common = {"n26": -3146, "n25": -2905}
common_stk["s"] = common_stk["d"] + cf_issue_common["n26"] + stock_comp
retained = {"d": re_open, "s": re_open + gaap["n26"] + cf_div_common["n26"]}
sh_eq = {k: common_stk[k] + retained[k] + aoci[k] for k in ("s", "d")}
tot_cur = {k: sum(v[k] for _, v in bs_cur) for k in ("s", "d")}
net_plant = {k: plant[k] + accdep[k] + cwip[k] for k in ("s", "d")}
tot_curl = {k: sum(v[k] for _, v in bs_curl) for k in ("s", "d")}
tot_def = {k: sum(v[k] for _, v in bs_def) for k in ("s", "d")}
tot_liab_eq = {k: tot_curl[k] + ltd[k] + tot_def[k] + pref[k] + sh_eq[k] for k in ("s", "d")}
# other noncurrent assets is the balancing item, checked to be plausible
oth_nca = {k: tot_liab_eq[k] - tot_cur[k] - net_plant[k] - reg_assets[k] - goodwill[k] for k in ("s", "d")}
for k in ("s", "d"):
    assert 3000 < oth_nca[k] < 9000, oth_nca
tot_other_assets = {k: reg_assets[k] + goodwill[k] + oth_nca[k] for k in ("s", "d")}
tot_assets = {k: tot_cur[k] + net_plant[k] + tot_other_assets[k] for k in ("s", "d")}
for k in ("s", "d"):
    assert tot_assets[k] == tot_liab_eq[k]
tot_liab = {k: tot_curl[k] + ltd[k] + tot_def[k] for k in ("s", "d")}

cf_op = [
    ("Net income", {c: net_income[c] for c in ("n26", "n25")}),
    ("Depreciation and amortization", {c: dna[c] for c in ("n26", "n25")}),
    ("Deferred income taxes", {"n26": 1284, "n25": 1187}),
    ("Allowance for equity funds used during construction", {c: -afudc[c] for c in ("n26", "n25")}),
    ("Regulatory disallowance", {c: disallow_pre[c] for c in ("n26", "n25")}),
    ("Receivables and accrued unbilled revenues", {"n26": 954, "n25": 711}),
    ("Fuel, materials and supplies", {"n26": -262, "n25": -318}),
    ("Accounts payable", {"n26": -812, "n25": -547}),
    ("Regulatory assets and liabilities, net", {"n26": 1262, "n25": 1498}),
    ("Fuel and natural gas cost recovery", {"n26": 1874, "n25": 2806}),
]
capex = {"n26": -26124, "n25": -22879}
cf_inv = [
    ("Capital expenditures", capex),
    ("Proceeds from sales of assets", {"n26": 182, "n25": 65}),
    ("Other investing activities, net", {"n26": -127, "n25": -93}),
]
cf_fin = [
    ("Net change in short-term debt", {"n26": std["s"] - std["d"], "n25": -950}),
    ("Issuance of long-term debt", {"n26": 13500, "n25": 11000}),
    ("Retirement of long-term debt", {"n26": -6000, "n25": -3500}),
    ("Issuance of common stock", cf_issue_common),
    ("Dividends on common stock", cf_div_common),
    ("Preferred dividends of subsidiary", {c: -pref_div[c] for c in ("n26", "n25")}),
    ("Other financing activities, net", {"n26": -225, "n25": -187}),
]
cash_begin = {"n26": cash["d"], "n25": 1012}
cash_end = {"n26": cash["s"], "n25": 936}
tot_inv = {c: sum(v[c] for _, v in cf_inv) for c in ("n26", "n25")}
tot_fin = {c: sum(v[c] for _, v in cf_fin) for c in ("n26", "n25")}
cfo = {c: cash_end[c] - cash_begin[c] - tot_inv[c] - tot_fin[c] for c in ("n26", "n25")}
cf_other = {c: cfo[c] - sum(v[c] for _, v in cf_op) for c in ("n26", "n25")}
for c in ("n26", "n25"):
    assert abs(cf_other[c]) < 600, cf_other
cf_op.append(("Other operating activities, net", cf_other))
for c in ("n26", "n25"):
    assert sum(v[c] for _, v in cf_op) == cfo[c]
    assert cash_begin[c] + cfo[c] + tot_inv[c] + tot_fin[c] == cash_end[c]

# capital plan ($ millions, whole) and rate base ($ billions, one decimal)
YEARS = (2026, 2027, 2028, 2029, 2030)
capplan = {
    "Electric Utility": (3120, 3385, 3540, 3610, 3705),
    "Gas Utility": (585, 610, 655, 680, 700),
    "Corporate and Other": (45, 40, 40, 35, 35),
}
cap_year = tuple(sum(v[i] for v in capplan.values()) for i in range(5))
cap_seg_tot = {k: sum(v) for k, v in capplan.items()}
cap_total = sum(cap_year)
assert cap_total == sum(cap_seg_tot.values())
prior_plan = 19800  # February 2026 plan, $ millions
ratebase = {  # year-end, tenths of $ billion: 2025A, 2026E ... 2030E
    "Electric Utility": (201, 218, 236, 255, 274, 293),
    "Gas Utility": (45, 48, 52, 56, 60, 64),
}
rb_tot = tuple(sum(v[i] for v in ratebase.values()) for i in range(6))
rb_cagr = (Decimal(rb_tot[5]) / Decimal(rb_tot[0])) ** Decimal("0.2") - 1

# guidance, dividend
guid_new = (Decimal("5.38"), Decimal("5.48"))
guid_old = (Decimal("5.30"), Decimal("5.45"))
op_eps_2025 = Decimal("5.08")
div_new, div_old = Decimal("0.74"), Decimal("0.705")
div_incr = (div_new / div_old - 1) * 100
equity_plan = (300, 350)

# ---------------------------------------------------------------- narrative figures, tied

q_op_chg = op_eps["q26"] - op_eps["q25"]
n_op_chg = op_eps["n26"] - op_eps["n25"]
gaap_q_pct = (Decimal(gaap["q26"]) / gaap["q25"] - 1) * 100
gwh_q_chg = (Decimal(gwh_tot[0]) / gwh_tot[1] - 1) * 100
gwh_n_chg = (Decimal(gwh_tot[2]) / gwh_tot[3] - 1) * 100
ind_q_chg = (Decimal(gwh["Industrial"][0]) / gwh["Industrial"][1] - 1) * 100
cdd_vs_norm_q = (Decimal(1042) / 918 - 1) * 100
cdd_vs_prior_q = (Decimal(1042) / 967 - 1) * 100
cap_chg = cap_total - prior_plan

NARR_FACTS = {}  # figures the narrative states, for the question file's checks

# ---------------------------------------------------------------- page content


def H(t):
    return ("h", t)


def P(t):
    return ("p", t)


def B(items):
    return ("b", items)


def S(n=8):
    return ("s", n)


gd_mid = (guid_new[0] + guid_new[1]) / 2
gd_mid_old = (guid_old[0] + guid_old[1]) / 2
p1 = [
    ("title", "Tallowmere Energy Reports Third Quarter 2026 Results; Raises 2026 Operating EPS Guidance"),
    S(4),
    P(
        "INDIANAPOLIS, October 29, 2026 - Tallowmere Energy, Inc. (NYSE: TLWM), the parent of Tallowmere "
        "Power & Light Company and Tallowmere Gas Company, today reported results for the third quarter and "
        "the first nine months of 2026."
    ),
    S(4),
    H("Third quarter and year-to-date highlights"),
    B([
        f"GAAP earnings of ${m(gaap['q26'])} million, or ${ps(gaap_eps['q26'])} per diluted share, for the third "
        f"quarter of 2026, compared with ${m(gaap['q25'])} million, or ${ps(gaap_eps['q25'])} per diluted share, "
        "in the third quarter of 2025.",
        f"Operating (non-GAAP) earnings of ${m(opern['q26'])} million, or ${ps(op_eps['q26'])} per diluted share, "
        f"compared with ${m(opern['q25'])} million, or ${ps(op_eps['q25'])} per diluted share, a year earlier.",
        f"For the nine months ended September 30, 2026, GAAP earnings per diluted share were ${ps(gaap_eps['n26'])} "
        f"and operating earnings per diluted share were ${ps(op_eps['n26'])}, compared with "
        f"${ps(gaap_eps['n25'])} and ${ps(op_eps['n25'])} in the same period of 2025.",
        f"Raised 2026 operating EPS guidance to a range of ${guid_new[0]} to ${guid_new[1]} per diluted share, "
        f"from ${guid_old[0]} to ${guid_old[1]}; the midpoint rises to ${r(gd_mid)} from "
        f"${r(gd_mid_old, '0.001')}.",
        f"Five-year capital plan for 2026 through 2030 increased to ${r(Decimal(cap_total) / 1000, '0.1')} billion "
        f"from ${r(Decimal(prior_plan) / 1000, '0.1')} billion, supporting projected rate base growth of about "
        f"{r(rb_cagr * 100, '0.1')}% a year.",
        f"Board declared a quarterly dividend of ${div_new} per share, up from ${div_old} a year ago.",
    ]),
    S(6),
    P(
        '"Our third quarter came in ahead of plan, helped by a hot summer across central Indiana, rate relief '
        "from our 2025 electric case and another step up in industrial demand from the data center campuses "
        'along the I-69 corridor," said Marguerite Oyelaran-Pike, chair, president and chief executive officer. '
        '"With nine months behind us and a clear view of the fourth quarter, we are raising our 2026 guidance '
        'and extending our capital plan to meet the load our customers are asking us to serve."'
    ),
    S(4),
    P(
        f"The third-quarter results include an after-tax charge of ${m(disallow['q26'])} million "
        f"(${m(disallow_pre['q26'])} million before income taxes), or ${ps(dis_eps['q26'])} per diluted share, "
        "recorded after the Indiana Utility Regulatory Commission (IURC) disallowed recovery of part of the cost "
        "overrun on the Linden Bay substation rebuild in its July 2026 order. The charge is excluded from "
        "operating earnings."
    ),
]
NARR_FACTS.update(gaap_q26=gaap["q26"], op_q26=opern["q26"])

p2 = [
    H("Third quarter 2026 results"),
    P(
        f"Operating earnings per diluted share rose {int(q_op_chg * 100)} cents to ${ps(op_eps['q26'])}, from "
        f"${ps(op_eps['q25'])} in the third quarter of 2025. Rate relief, net of riders, added "
        f"{bridge[0][1]} cents per share, and weather that was warmer than a year ago added {bridge[1][1]} cents. "
        f"Compared with normal weather, the quarter's weather benefit was 9 cents per share. "
        f"Weather-normalized sales growth added {bridge[2][1]} cents. These gains were partly offset by higher "
        f"depreciation and amortization ({-bridge[4][1]} cents), higher interest expense ({-bridge[5][1]} cents), "
        f"higher operation and maintenance expense ({-bridge[3][1]} cents) and dilution from shares issued under "
        f"the at-the-market program ({-bridge[6][1]} cents)."
    ),
    P(
        f"GAAP earnings increased {r(gaap_q_pct, '0.1')}% to ${m(gaap['q26'])} million. Total operating revenues "
        f"were ${m(tot_rev['q26'])} million, up from ${m(tot_rev['q25'])} million, as higher electric base rates "
        "and fuel-clause recoveries more than offset lower natural gas prices passed through to customers."
    ),
    H("Segment results"),
    P(
        f"Electric Utility: operating earnings of ${m(op_seg['Electric Utility']['q26'])} million in the quarter, "
        f"up from ${m(op_seg['Electric Utility']['q25'])} million. On a GAAP basis the segment earned "
        f"${m(gaap_seg['Electric Utility']['q26'])} million after the Linden Bay charge. New base rates approved "
        "in the 2025 electric rate case took effect on February 1, 2026."
    ),
    P(
        f"Gas Utility: operating earnings of ${m(op_seg['Gas Utility']['q26'])} million, compared with "
        f"${m(op_seg['Gas Utility']['q25'])} million a year earlier, when results excluded "
        f"${m(integ['q25'])} million after tax of costs to integrate the Millbrook Gas systems. The third "
        "quarter is seasonally the gas business's weakest; for the first nine months the segment earned "
        f"${m(op_seg['Gas Utility']['n26'])} million on an operating basis."
    ),
    P(
        f"Corporate and Other: an operating loss of ${m(-op_seg['Corporate and Other']['q26'])} million, wider than "
        f"the ${m(-op_seg['Corporate and Other']['q25'])} million loss a year ago, mainly on higher holding company "
        "interest expense. GAAP results in the segment include mark-to-market gains and losses on economic "
        "hedges, which are excluded from operating earnings."
    ),
    H("Sales and weather"),
    P(
        f"Retail electric sales were {w(gwh_tot[0])} gigawatt-hours (GWh) in the third quarter, "
        f"{r(gwh_q_chg, '0.1')}% more than a year earlier; adjusted for weather, retail sales grew "
        f"{wn['Total retail'][0]}%. Industrial sales climbed {r(ind_q_chg, '0.1')}% ({wn['Industrial'][0]}% "
        "weather-normalized) as two hyperscale data center campuses in Hamilton and Madison counties ramped up. "
        f"Residential sales rose {r((Decimal(5842) / 5611 - 1) * 100, '0.1')}%, or {wn['Residential'][0]}% "
        "after adjusting for weather."
    ),
    P(
        f"Cooling degree days in the service territory totaled 1,042 for the quarter, "
        f"{r(cdd_vs_norm_q, '0.1')}% above normal and {r(cdd_vs_prior_q, '0.1')}% above the third quarter of "
        f"2025. For the first nine months, retail electric sales were {w(gwh_tot[2])} GWh, up "
        f"{r(gwh_n_chg, '0.1')}%, and {wn['Total retail'][1]}% on a weather-normalized basis."
    ),
    P(
        f"The company served {w(customers['Electric'][0])} electric customers and {w(customers['Natural gas'][0])} "
        "natural gas customers at September 30, 2026, and employs about 6,850 people."
    ),
]

q_rate_req, q_rate_settle = 2140, 1565
p3 = [
    H("Year-to-date results"),
    P(
        f"For the nine months ended September 30, 2026, GAAP earnings were ${m(gaap['n26'])} million, or "
        f"${ps(gaap_eps['n26'])} per diluted share, compared with ${m(gaap['n25'])} million, or "
        f"${ps(gaap_eps['n25'])} per diluted share, in 2025. Operating earnings were ${m(opern['n26'])} million, "
        f"or ${ps(op_eps['n26'])} per diluted share, up from ${m(opern['n25'])} million, or "
        f"${ps(op_eps['n25'])} per diluted share. Cash provided by operating activities was "
        f"${m(cfo['n26'])} million, and capital expenditures were ${m(-capex['n26'])} million."
    ),
    H("2026 guidance and long-term outlook"),
    P(
        f"Tallowmere raised its 2026 operating earnings guidance to ${guid_new[0]} to ${guid_new[1]} per diluted "
        f"share, from the ${guid_old[0]} to ${guid_old[1]} range it gave in February. The company does not "
        "provide guidance on a GAAP basis because it cannot predict mark-to-market effects and other items "
        "excluded from operating earnings. It reaffirmed its long-term target of 6% to 8% annual growth in "
        f"operating EPS, measured from its 2025 operating EPS of ${op_eps_2025}."
    ),
    H("Capital plan and rate base"),
    P(
        f"The updated 2026-2030 capital plan totals ${w(cap_total)} million, ${w(cap_chg)} million more than "
        "the plan announced in February, chiefly for transmission and new generation to serve data center "
        f"load. The Electric Utility accounts for ${w(cap_seg_tot['Electric Utility'])} million of the "
        f"five-year total. Capital spending in 2026 is planned at ${w(cap_year[0])} million. Rate base is "
        f"projected to grow from ${r(Decimal(rb_tot[0]) / 10, '0.1')} billion at the end of 2025 to "
        f"${r(Decimal(rb_tot[5]) / 10, '0.1')} billion at the end of 2030."
    ),
    H("Regulatory update"),
    P(
        f"Tallowmere Gas Company filed a base rate case with the IURC on August 14, 2026, requesting a "
        f"${m(483)} million annual revenue increase based on a 10.40% return on equity and a 52.0% common equity "
        "ratio; an order is expected in the second half of 2027. In the 2025 electric case, the IURC approved a "
        f"settlement granting a ${m(q_rate_settle)} million increase, against the ${m(q_rate_req)} million "
        "Tallowmere Power & Light had requested, with an authorized return on equity of 9.85%."
    ),
    H("Financing and dividend"),
    P(
        f"Through September 30, the company had issued ${m(cf_issue_common['n26'])} million of common equity "
        f"under its at-the-market program, against a 2026 equity plan of ${equity_plan[0]} million to "
        f"${equity_plan[1]} million. In the first nine months it issued ${w(13500 // 10)} million of long-term "
        "debt at its operating utilities."
    ),
    P(
        f"On October 28, 2026, the board declared a quarterly dividend of ${div_new} per share, payable "
        f"December 15, 2026, to shareholders of record on November 20, 2026. The dividend is "
        f"{r(div_incr, '0.1')}% higher than the ${div_old} paid in the same quarter of 2025, and equals "
        f"${div_new * 4} on an annualized basis. The company targets a payout of 55% to 60% of operating earnings."
    ),
    H("Conference call"),
    P(
        "Management will discuss the results on a conference call at 10:00 a.m. Eastern time on October 30, "
        "2026. A webcast and the presentation slides will be available on the investor relations website."
    ),
]

p4_nongaap = [
    H("Use of non-GAAP financial measures"),
    P(
        "Operating earnings and operating earnings per diluted share are non-GAAP measures. They are GAAP "
        "earnings attributable to common shareholders adjusted for items management does not consider "
        "indicative of ongoing performance: regulatory disallowances, mark-to-market gains and losses on "
        "economic hedges, and acquisition integration costs. Each adjustment is shown net of income taxes "
        "calculated at the statutory rate. Operating earnings should not be considered an alternative to GAAP "
        "earnings. Reconciliations appear in the tables that follow."
    ),
    H("Forward-looking statements"),
    P(
        "This release contains forward-looking statements, including statements about earnings guidance, "
        "capital expenditures, rate base, financing plans, dividends and regulatory proceedings. Actual results "
        "may differ materially because of weather, economic conditions, customer demand including data center "
        "load, regulatory decisions, the cost and availability of capital, supply chain constraints, "
        "commodity prices and other factors described in the company's filings with the Securities and "
        "Exchange Commission. Tallowmere undertakes no obligation to update these statements."
    ),
    S(6),
    P("Investor contact: Desmond Achterberg, Vice President, Investor Relations. Media: Paloma Virtanen-Hughes."),
]

# ---------------------------------------------------------------- tables

QCOLS = (("Three Months Ended", "September 30"), ("Nine Months Ended", "September 30"))
YEARS4 = ("2026", "2025", "2026", "2025")


def row4(label, d, f=m, style=""):
    return (label, [f(d[c]) for c in C], style)


t_summary = {
    "title": "Summary of Results",
    "scale": "(in millions, except per share data)",
    "groups": QCOLS,
    "cols": YEARS4,
    "rows": [
        ("GAAP earnings", None, "sub"),
        *[row4(k, v, style="ind") for k, v in gaap_seg.items()],
        row4("Total GAAP earnings", gaap, style="tot"),
        ("Operating earnings (non-GAAP)", None, "sub"),
        *[row4(k, v, style="ind") for k, v in op_seg.items()],
        row4("Total operating earnings", opern, style="tot"),
        ("GAAP earnings per diluted share", None, "sub"),
        *[row4(k, v, ps, "ind") for k, v in seg_gaap_eps.items()],
        row4("Total GAAP EPS", gaap_eps, ps, "tot"),
        ("Operating earnings per diluted share", None, "sub"),
        *[row4(k, v, ps, "ind") for k, v in seg_op_eps.items()],
        row4("Total operating EPS", op_eps, ps, "tot"),
        row4("Weighted average diluted shares outstanding", shares_dil, lambda d: f"{d}", ""),
    ],
}

t_recon = {
    "title": "Reconciliation of GAAP Earnings to Operating Earnings (non-GAAP)",
    "scale": "(in millions, except per share data; adjustments are after income taxes)",
    "groups": QCOLS,
    "cols": YEARS4,
    "rows": [
        row4("GAAP earnings attributable to common shareholders", gaap, style="b"),
        ("Adjustments:", None, "sub"),
        row4("Linden Bay regulatory disallowance (Electric Utility)", {c: disallow[c] or None for c in C}, style="ind"),
        row4("Mark-to-market losses (gains) on hedges (Corporate and Other)", mtm, style="ind"),
        row4("Millbrook Gas integration costs (Gas Utility)", {c: integ[c] or None for c in C}, style="ind"),
        row4("Operating earnings", opern, style="tot"),
        ("Per diluted share", None, "sub"),
        row4("GAAP earnings per diluted share", gaap_eps, ps, "b"),
        row4("Linden Bay regulatory disallowance", {c: dis_eps[c] or None for c in C}, ps, "ind"),
        row4("Mark-to-market losses (gains) on hedges", mtm_eps, ps, "ind"),
        row4("Millbrook Gas integration costs", {c: int_eps[c] or None for c in C}, ps, "ind"),
        row4("Operating earnings per diluted share", op_eps, ps, "tot"),
        ("Income tax effect of adjustments", None, "sub"),
        row4("Adjustments before income taxes", {c: disallow_pre[c] + mtm_pre[c] + integ_pre[c] for c in C}, style="ind"),
        row4("Income taxes on adjustments", {c: disallow_tax[c] + mtm_tax[c] + integ_tax[c] for c in C}, style="ind"),
        row4("Adjustments after income taxes", {c: disallow[c] + mtm[c] + integ[c] for c in C}, style="tot"),
    ],
}
for c in C:
    assert gaap[c] + (disallow[c] + mtm[c] + integ[c]) == opern[c]

t_bridge = {
    "title": "Operating EPS Variance, Third Quarter 2026 versus Third Quarter 2025",
    "scale": "(per diluted share)",
    "groups": (),
    "cols": ("Q3",),
    "rows": [
        ("2025 third quarter operating EPS", [f"${ps(op_eps['q25'])}"], "b"),
        *[(k, [ps(Decimal(v) / 100)], "ind") for k, v in bridge],
        ("2026 third quarter operating EPS", [f"${ps(op_eps['q26'])}"], "tot"),
    ],
}

t_is = {
    "title": "Condensed Consolidated Statements of Income (Unaudited)",
    "scale": "(in millions, except per share data)",
    "groups": QCOLS,
    "cols": YEARS4,
    "rows": [
        ("Operating revenues", None, "sub"),
        *[row4(k, v, style="ind") for k, v in rev.items()],
        row4("Total operating revenues", tot_rev, style="tot"),
        ("Operating expenses", None, "sub"),
        row4("Fuel and purchased power", fuel, style="ind"),
        row4("Cost of natural gas", gascost, style="ind"),
        row4("Other operation and maintenance", om, style="ind"),
        row4("Depreciation and amortization", dna, style="ind"),
        row4("Taxes other than income taxes", taxes_other, style="ind"),
        row4("Regulatory disallowance", {c: disallow_pre[c] or None for c in C}, style="ind"),
        row4("Total operating expenses", tot_opex, style="tot"),
        row4("Operating income", op_inc, style="b"),
        ("Other income (expense)", None, "sub"),
        row4("Allowance for equity funds used during construction", afudc, style="ind"),
        row4("Other income, net", oth_inc, style="ind"),
        row4("Interest expense, net", interest, style="ind"),
        row4("Income before income taxes", ibt, style="tot"),
        row4("Income tax expense", inc_tax),
        row4("Net income", net_income, style="b"),
        row4("Preferred dividends of subsidiary", pref_div),
        row4("Net income attributable to common shareholders", gaap, style="tot"),
        ("Earnings per common share", None, "sub"),
        row4("Basic", basic_eps, ps, "ind"),
        row4("Diluted", gaap_eps, ps, "ind"),
        ("Weighted average common shares outstanding", None, "sub"),
        row4("Basic", shares_basic, lambda d: f"{d}", "ind"),
        row4("Diluted", shares_dil, lambda d: f"{d}", "ind"),
        row4("Dividends declared per common share", {"q26": Decimal("0.74"), "q25": Decimal("0.705"), "n26": Decimal("2.22"), "n25": Decimal("2.115")}, lambda d: f"{d:.3f}" if d == d.quantize(Decimal('0.001')) and d != d.quantize(Decimal('0.01')) else f"{d:.2f}", ""),
    ],
}

t_seg = {
    "title": "Segment Information",
    "scale": "(in millions)",
    "groups": QCOLS,
    "cols": YEARS4,
    "rows": [
        ("Operating revenues", None, "sub"),
        *[row4(k, v, style="ind") for k, v in seg_rev.items()],
        row4("Total", tot_rev, style="tot"),
        ("GAAP earnings (loss)", None, "sub"),
        *[row4(k, v, style="ind") for k, v in gaap_seg.items()],
        row4("Total", gaap, style="tot"),
        ("Operating earnings (loss) (non-GAAP)", None, "sub"),
        *[row4(k, v, style="ind") for k, v in op_seg.items()],
        row4("Total", opern, style="tot"),
    ],
}
for c in C:
    assert sum(seg_rev[k][c] for k in seg_rev) == tot_rev[c]


def gw_row(label, v, wq, wn9):
    return (label, [w(v[0]), w(v[1]), spct((Decimal(v[0]) / v[1] - 1) * 100), f"+{wq}%",
                    w(v[2]), w(v[3]), spct((Decimal(v[2]) / v[3] - 1) * 100), f"+{wn9}%"], "ind")


t_sales = {
    "title": "Retail Electric Sales (GWh)",
    "scale": "(weather-normalized change is management's estimate)",
    "groups": (("Three Months Ended September 30", None, 4), ("Nine Months Ended September 30", None, 4)),
    "cols": ("2026", "2025", "Change", "WN chg", "2026", "2025", "Change", "WN chg"),
    "rows": [
        *[gw_row(k, v, *wn[k]) for k, v in gwh.items()],
        (lambda x: (x[0], x[1], "tot"))(gw_row("Total retail", gwh_tot, *wn["Total retail"])),
    ],
}


def dd_row(label, v):
    a, n, p = v
    return (label, [w(a), w(n), w(p), spct((Decimal(a) / n - 1) * 100), spct((Decimal(a) / p - 1) * 100)], "ind")


t_dd = {
    "title": "Degree Days (service territory)",
    "scale": "(normal is the 30-year average)",
    "groups": (),
    "cols": ("2026", "Normal", "2025", "vs normal", "vs 2025"),
    "rows": [
        ("Three months ended September 30", None, "sub"),
        dd_row("Cooling degree days", dd[("Cooling degree days", "q")]),
        dd_row("Heating degree days", dd[("Heating degree days", "q")]),
        ("Nine months ended September 30", None, "sub"),
        dd_row("Cooling degree days", dd[("Cooling degree days", "n")]),
        dd_row("Heating degree days", dd[("Heating degree days", "n")]),
    ],
}

t_cust = {
    "title": "Customers at September 30",
    "scale": "",
    "groups": (),
    "cols": ("2026", "2025"),
    "rows": [(k, [w(v[0]), w(v[1])], "ind") for k, v in customers.items()],
}


def row2(label, d, style=""):
    return (label, [m(d["s"]), m(d["d"])], style)


t_bs = {
    "title": "Condensed Consolidated Balance Sheets (Unaudited)",
    "scale": "(in millions)",
    "groups": (),
    "cols": ("September 30, 2026", "December 31, 2025"),
    "wide": True,
    "rows": [
        ("ASSETS", None, "sub"),
        ("Current assets", None, "sub"),
        *[row2(k, v, "ind") for k, v in bs_cur],
        row2("Total current assets", tot_cur, "tot"),
        ("Property, plant and equipment", None, "sub"),
        row2("Utility plant in service", plant, "ind"),
        row2("Accumulated depreciation", accdep, "ind"),
        row2("Construction work in progress", cwip, "ind"),
        row2("Net property, plant and equipment", net_plant, "tot"),
        ("Other assets", None, "sub"),
        row2("Regulatory assets", reg_assets, "ind"),
        row2("Goodwill", goodwill, "ind"),
        row2("Other noncurrent assets", oth_nca, "ind"),
        row2("Total other assets", tot_other_assets, "tot"),
        row2("Total assets", tot_assets, "tot"),
        ("LIABILITIES AND EQUITY", None, "sub"),
        ("Current liabilities", None, "sub"),
        *[row2(k, v, "ind") for k, v in bs_curl],
        row2("Total current liabilities", tot_curl, "tot"),
        row2("Long-term debt, net", ltd, ""),
        ("Deferred credits and other liabilities", None, "sub"),
        *[row2(k, v, "ind") for k, v in bs_def],
        row2("Total deferred credits and other liabilities", tot_def, "tot"),
        row2("Total liabilities", tot_liab, "tot"),
        row2("Preferred stock of subsidiary", pref, ""),
        ("Common shareholders' equity", None, "sub"),
        row2("Common stock, no par value, and additional paid-in capital", common_stk, "ind"),
        row2("Retained earnings", retained, "ind"),
        row2("Accumulated other comprehensive loss", aoci, "ind"),
        row2("Total common shareholders' equity", sh_eq, "tot"),
        row2("Total liabilities and equity", tot_liab_eq, "tot"),
    ],
}
for k in ("s", "d"):
    assert tot_liab[k] + pref[k] + sh_eq[k] == tot_liab_eq[k]


def row9(label, d, style=""):
    return (label, [m(d["n26"] or None), m(d["n25"] or None)], style)


cfo_d = cfo
t_cf = {
    "title": "Condensed Consolidated Statements of Cash Flows (Unaudited)",
    "scale": "(in millions)",
    "groups": (("Nine Months Ended September 30", None, 2),),
    "cols": ("2026", "2025"),
    "wide": True,
    "rows": [
        ("Operating activities", None, "sub"),
        row9(cf_op[0][0], cf_op[0][1], "ind"),
        ("Adjustments to reconcile net income to net cash from operating activities:", None, "sub"),
        *[row9(k, v, "ind") for k, v in cf_op[1:5]],
        ("Changes in working capital and other:", None, "sub"),
        *[row9(k, v, "ind") for k, v in cf_op[5:]],
        row9("Net cash provided by operating activities", cfo, "tot"),
        ("Investing activities", None, "sub"),
        *[row9(k, v, "ind") for k, v in cf_inv],
        row9("Net cash used in investing activities", tot_inv, "tot"),
        ("Financing activities", None, "sub"),
        *[row9(k, v, "ind") for k, v in cf_fin],
        row9("Net cash provided by financing activities", tot_fin, "tot"),
        row9("Net change in cash and cash equivalents", {c: cash_end[c] - cash_begin[c] for c in ("n26", "n25")}, "b"),
        row9("Cash and cash equivalents at beginning of period", cash_begin, ""),
        row9("Cash and cash equivalents at end of period", cash_end, "tot"),
    ],
}

t_cap = {
    "title": "Capital Expenditure Plan, 2026-2030",
    "scale": "(in millions)",
    "groups": (),
    "cols": (*[str(y) for y in YEARS], "2026-2030"),
    "rows": [
        *[(k, [w(x) for x in v] + [w(cap_seg_tot[k])], "ind") for k, v in capplan.items()],
        ("Total capital expenditures", [w(x) for x in cap_year] + [w(cap_total)], "tot"),
        ("February 2026 plan (total)", ["", "", "", "", "", w(prior_plan)], ""),
    ],
}


def bn(t):
    return f"{t / 10:.1f}"


t_rb = {
    "title": "Projected Year-End Rate Base",
    "scale": "(in billions)",
    "groups": (),
    "cols": ("2025A", "2026E", "2027E", "2028E", "2029E", "2030E"),
    "rows": [
        *[(k, [bn(x) for x in v], "ind") for k, v in ratebase.items()],
        ("Total rate base", [bn(x) for x in rb_tot], "tot"),
    ],
}

t_guid = {
    "title": "2026 Earnings Guidance",
    "scale": "(per diluted share)",
    "groups": (),
    "cols": ("Low", "High", "Midpoint"),
    "rows": [
        ("Operating EPS guidance - current (October 2026)", [f"${guid_new[0]}", f"${guid_new[1]}", f"${r(gd_mid)}"], "b"),
        ("Operating EPS guidance - prior (February 2026)", [f"${guid_old[0]}", f"${guid_old[1]}", f"${r(gd_mid_old, '0.001')}"], ""),
        ("2025 operating EPS (actual)", ["", "", f"${op_eps_2025}"], ""),
    ],
}

# ---------------------------------------------------------------- rendering

W, HGT = letter
LM, RM = 54, W - 54
FOOT = "Tallowmere Energy, Inc. | Third Quarter 2026 Earnings Release"


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)  # byte-identical reruns
        self.c.setTitle("Tallowmere Energy Third Quarter 2026 Earnings Release")
        self.c.setAuthor(CO)
        self.pages = []  # list of lists of draw ops, rendered at the end for "Page n of N"
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = HGT - 78

    def need(self, h):
        if self.y - h < 66:
            self.new_page()

    def text(self, x, y, s, font="Helvetica", size=9.5, align="l"):
        self.ops.append((x, y, s, font, size, align))

    def block(self, kind, t):
        if kind == "title":
            for line in simpleSplit(t, "Helvetica-Bold", 14, RM - LM):
                self.need(18)
                self.text(LM, self.y, line, "Helvetica-Bold", 14)
                self.y -= 18
        elif kind == "h":
            self.need(30)
            self.y -= 4
            self.text(LM, self.y, t, "Helvetica-Bold", 10.5)
            self.y -= 15
        elif kind == "p":
            for line in simpleSplit(t, "Helvetica", 9.5, RM - LM):
                self.need(12.5)
                self.text(LM, self.y, line)
                self.y -= 12.5
            self.y -= 5
        elif kind == "b":
            for item in t:
                lines = simpleSplit(item, "Helvetica", 9.5, RM - LM - 14)
                for i, line in enumerate(lines):
                    self.need(12.5)
                    segs = [(LM + 2, "-", "l")] if i == 0 else []
                    self.ops.append(("row", self.y, "Helvetica", 9.5, segs + [(LM + 14, line, "l")]))
                    self.y -= 12.5
                self.y -= 3
        elif kind == "s":
            self.y -= t

    def table(self, t):
        ncol = len(t["cols"])
        label_w = 250 if not t.get("wide") else 300
        if ncol >= 8:
            label_w = 130
        elif ncol == 6:
            label_w = 190
        cw = (RM - LM - label_w) / ncol
        right = [LM + label_w + cw * (i + 1) for i in range(ncol)]
        rows_h = 13 * (len(t["rows"]) + 4)
        self.need(min(rows_h, 200))
        self.y -= 6
        self.text(LM, self.y, t["title"], "Helvetica-Bold", 10.5)
        self.y -= 13
        if t["scale"]:
            self.text(LM, self.y, t["scale"], "Helvetica-Oblique", 8.5)
            self.y -= 14
        self.y -= 2
        groups = t["groups"]
        if groups:
            span = [g[2] if len(g) > 2 else 2 for g in groups]
            start = 0
            lines = max(1 if g[1] is None else 2 for g in groups)
            for g, n in zip(groups, span):
                x0 = LM + label_w + cw * start
                x1 = x0 + cw * n
                cx = (x0 + x1) / 2 + 4
                self.text(cx, self.y, g[0], "Helvetica-Bold", 8.5, "c")
                if g[1]:
                    self.text(cx, self.y - 10, g[1], "Helvetica-Bold", 8.5, "c")
                start += n
            self.y -= 10 * lines + 1
        heads = t["cols"]
        split = [h.split(", ") if len(h) > 12 else [h] for h in heads]
        nl = max(len(s) for s in split)
        for k in range(nl):  # each heading line is one text line over the cells
            segs = []
            for i, s in enumerate(split):
                j = k - (nl - len(s))
                if 0 <= j < len(s):
                    segs.append((right[i], s[j] + ("," if j < len(s) - 1 else ""), "r"))
            self.ops.append(("row", self.y - 10 * k, "Helvetica-Bold", 8.5, segs))
        self.y -= 10 * (nl - 1)
        self.ops.append(("line", LM + label_w + 8, self.y - 3, RM, self.y - 3))
        self.y -= 14
        for label, cells, style in t["rows"]:
            if self.y < 72:
                self.new_page()
                self.text(LM, self.y, t["title"] + " (continued)", "Helvetica-Bold", 10.5)
                self.y -= 16
            font = "Helvetica-Bold" if style in ("tot", "b", "sub") else "Helvetica"
            x = LM + (10 if style == "ind" else 0)
            size = 8.8
            if style == "tot":
                self.ops.append(("line", LM + label_w + 8, self.y + 9.5, RM, self.y + 9.5))
            segs = [(x, label, "l")]
            for i, cell in enumerate(cells or []):
                if cell:
                    segs.append((right[i], cell, "r"))
            self.ops.append(("row", self.y, font, size, segs))
            self.y -= 12.5
        self.y -= 8

    def save(self):
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            c = self.c
            c.setFont("Helvetica", 8)
            c.drawString(LM, HGT - 40, FOOT)
            c.drawRightString(RM, HGT - 40, "October 29, 2026")
            c.line(LM, HGT - 46, RM, HGT - 46)
            for op in ops:
                if op[0] == "line":
                    c.setLineWidth(0.5)
                    c.line(*op[1:])
                    continue
                if op[0] == "row":  # one text object per row: label, then cells
                    _, y, font, size, segs = op
                    t = c.beginText()
                    t.setFont(font, size)
                    for x, s, align in segs:
                        sw = c.stringWidth(s, font, size)
                        x0 = x - sw if align == "r" else (x - sw / 2 if align == "c" else x)
                        t.setTextOrigin(x0, y)
                        t.textOut(s)
                    c.drawText(t)
                    continue
                x, y, s, font, size, align = op
                c.setFont(font, size)
                if align == "r":
                    c.drawRightString(x, y, s)
                elif align == "c":
                    c.drawCentredString(x, y, s)
                else:
                    c.drawString(x, y, s)
            c.setFont("Helvetica", 8)
            c.line(LM, 50, RM, 50)
            c.drawString(LM, 38, "Tallowmere Energy, Inc. (NYSE: TLWM) | investors.tallowmere-energy.example")
            c.drawRightString(RM, 38, f"Page {i} of {n}")
            c.showPage()
        self.c.save()
        return n


def build():
    d = Doc(PDF)
    for b in p1:
        d.block(*b)
    d.new_page()
    for b in p2:
        d.block(*b)
    d.new_page()
    for b in p3:
        d.block(*b)
    d.new_page()
    for b in p4_nongaap:
        d.block(*b)
    d.new_page()
    d.table(t_summary)
    d.new_page()
    d.table(t_recon)
    d.table(t_bridge)
    d.new_page()
    d.table(t_is)
    d.new_page()
    d.table(t_seg)
    d.new_page()
    d.table(t_sales)
    d.table(t_dd)
    d.table(t_cust)
    d.new_page()
    d.table(t_bs)
    d.new_page()
    d.table(t_cf)
    d.new_page()
    d.table(t_cap)
    d.table(t_rb)
    d.table(t_guid)
    return d.save()


FACTS = dict(
    gaap=gaap, opern=opern, gaap_eps=gaap_eps, op_eps=op_eps, tot_rev=tot_rev, om=om, op_inc=op_inc,
    ibt=ibt, inc_tax=inc_tax, net_income=net_income, cfo=cfo, capex=capex, rb_tot=rb_tot, cap_total=cap_total,
    cap_year=cap_year, tot_assets=tot_assets, sh_eq=sh_eq, tot_cur=tot_cur, tot_curl=tot_curl, ltd=ltd,
    gwh_tot=gwh_tot, rb_cagr=rb_cagr, div_incr=div_incr, etr=etr, retained=retained,
)

if __name__ == "__main__":
    n = build()
    print(f"wrote {PDF.name}: {n} pages")
    print("gaap", gaap, "\nop", opern, "\ngaap_eps", gaap_eps, "\nop_eps", op_eps)
    print("om", om, "etr", {c: r(v, '0.1') for c, v in etr.items()})
    print("oth_nca", oth_nca, "cf_other", cf_other, "cfo", cfo)
    print("rb_cagr", rb_cagr, "cap_total", cap_total, "div_incr", div_incr)
