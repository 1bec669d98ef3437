# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Writer C, synthetic blind pair 32: two invented regional airlines (Quillan Air Group, NYSE: QLNA;
Wrenfield Airways, NASDAQ: WRFD), one company press release and five news items (.txt).

Every figure is computed here from a few inputs and asserted, so that the release table, the
highlights and the articles agree. Run from the worktree root:

    PYTHONPATH=. /work/main/.venv/bin/python eval/docs/synthetic32/make_s34wc.py
"""

from __future__ import annotations

import textwrap
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent


def r(x: float, d: int = 1) -> float:
    """Round half-up to d decimals."""
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def m(x: float) -> str:
    """1,184.6"""
    return f"{x:,.1f}"


def pct(x: float, d: int = 1) -> str:
    return f"{r(x, d):.{d}f}"


# ---------------------------------------------------------------- Quillan Q3 inputs (USD millions)
Q = dict(
    pax=1052.3, pax_py=975.8,
    cargo=132.3, cargo_py=117.3,
    fuel=301.4, fuel_py=314.0,
    sal=362.8, sal_py=301.7,
    opinc=95.7, opinc_py=112.6,
    ni=61.2, ni_py=70.4,
    shares=44.3, shares_py=44.9,
    ratif=24.5, impair=6.1, tax_special=7.3,
    adj_ni_py=72.0,
    asm=4410.0, asm_py=4153.0,
    rpm=3735.0, rpm_py=3480.0,
    gal=111.2, gal_py=106.8,
)
Q["rev"] = r(Q["pax"] + Q["cargo"])
Q["rev_py"] = r(Q["pax_py"] + Q["cargo_py"])
Q["opex"] = r(Q["rev"] - Q["opinc"])
Q["opex_py"] = r(Q["rev_py"] - Q["opinc_py"])
Q["other"] = r(Q["opex"] - Q["fuel"] - Q["sal"])
Q["other_py"] = r(Q["opex_py"] - Q["fuel_py"] - Q["sal_py"])
Q["special"] = r(Q["ratif"] + Q["impair"])
Q["adj_opinc"] = r(Q["opinc"] + Q["special"])
Q["adj_ni"] = r(Q["ni"] + Q["special"] - Q["tax_special"])
Q["eps"] = r(Q["ni"] / Q["shares"], 2)
Q["eps_py"] = r(Q["ni_py"] / Q["shares_py"], 2)
Q["adj_eps"] = r(Q["adj_ni"] / Q["shares"], 2)
Q["adj_eps_py"] = r(Q["adj_ni_py"] / Q["shares_py"], 2)
Q["lf"] = r(100 * Q["rpm"] / Q["asm"])
Q["lf_py"] = r(100 * Q["rpm_py"] / Q["asm_py"])
Q["fpg"] = r(Q["fuel"] / Q["gal"], 2)
Q["fpg_py"] = r(Q["fuel_py"] / Q["gal_py"], 2)
Q["trasm"] = r(100 * Q["rev"] / Q["asm"], 2)  # cents
Q["casm"] = r(100 * Q["opex"] / Q["asm"], 2)
Q["casm_ex"] = r(100 * (Q["opex"] - Q["fuel"] - Q["special"]) / Q["asm"], 2)
Q["casm_ex_py"] = r(100 * (Q["opex_py"] - Q["fuel_py"]) / Q["asm_py"], 2)

assert Q["rev"] == 1184.6 and Q["rev_py"] == 1093.1
assert Q["opex"] == 1088.9 and Q["other"] == 424.7
assert Q["adj_ni"] == 84.5 and Q["eps"] == 1.38 and Q["adj_eps"] == 1.91
assert Q["eps_py"] == 1.57 and Q["adj_eps_py"] == 1.60
assert Q["lf"] == 84.7 and Q["lf_py"] == 83.8 and Q["fpg"] == 2.71 and Q["fpg_py"] == 2.94


def chg(a: float, b: float) -> float:
    return 100 * (a - b) / b


Q9 = dict(rev=3298.7, rev_py=3071.4, opinc=254.3, opinc_py=261.9, ni=148.9, ni_py=158.2,
          shares=44.5, shares_py=45.1, adj_eps=3.64, adj_eps_py=3.44, asm=12652.0, asm_py=11978.0)
Q9["eps"] = r(Q9["ni"] / Q9["shares"], 2)
Q9["eps_py"] = r(Q9["ni_py"] / Q9["shares_py"], 2)
assert Q9["eps"] == 3.35 and Q9["eps_py"] == 3.51

GUIDE_OLD = (4.10, 4.50)
GUIDE_NEW = (4.40, 4.70)
Q4_ASM = (5, 7)
CAPEX_FY = 410
CONSENSUS_ADJ_EPS = 1.78
PILOT_RAISE = 18
PILOT_ANNUAL_COST = 95

# share price, Oct. 22
QLNA_CLOSE = 48.37
QLNA_MOVE = 6.8
QLNA_PREV = r(QLNA_CLOSE / (1 + QLNA_MOVE / 100), 2)
assert QLNA_PREV == 45.29

# analyst note (Halvorsen Tate & Co.), Oct. 23
PT_OLD, PT_NEW = 52, 61
EPS27_OLD, EPS27_NEW = 5.05, 5.40
UPSIDE = r(chg(PT_NEW, QLNA_CLOSE))
assert UPSIDE == 26.1
PE27 = r(QLNA_CLOSE / EPS27_NEW)
assert PE27 == 9.0
W_PT_OLD, W_PT_NEW = 31, 26
OTHER_BROKER_PT = 55

# acquisition of Sable Lake Aviation (announced Nov. 4)
DEAL_CASH, DEAL_STOCK = 112, 74
DEAL = DEAL_CASH + DEAL_STOCK
DEAL_REF_PRICE = 48.20
DEAL_SHARES = r(DEAL_STOCK / DEAL_REF_PRICE, 2)  # millions
DEAL_DEBT = 38
DEAL_EV = DEAL + DEAL_DEBT
SABLE_REV = 141
SABLE_AIRCRAFT, SABLE_ROUTES, SABLE_STAFF = 22, 31, 610
assert DEAL == 186 and DEAL_SHARES == 1.54 and DEAL_EV == 224
assert r(100 * DEAL_STOCK / DEAL) == 39.8

# Missoula expansion (Nov. 12)
NEW_ROUTES, NEW_JETS, HANGAR, JOBS = 14, 9, 65, 420
CAP27 = (8, 10)
MSO_Q_DEPS, MSO_W_DEPS, MSO_W_ADD = 18, 6, 2

# ---------------------------------------------------------------- Wrenfield Q3 inputs
W = dict(rev=742.9, rev_py=718.5, opinc=31.2, opinc_py=49.8, ni=12.7, ni_py=27.5,
         shares=53.1, shares_py=53.6, special=11.4, tax_special=2.2, adj_ni_py=31.1,
         fuel=214.6, fuel_py=196.9, hedge_loss=8.3, fpg=3.02, lf=81.9, asm=3020.0)
W["opex"] = r(W["rev"] - W["opinc"])
W["adj_ni"] = r(W["ni"] + W["special"] - W["tax_special"])
W["eps"] = r(W["ni"] / W["shares"], 2)
W["eps_py"] = r(W["ni_py"] / W["shares_py"], 2)
W["adj_eps"] = r(W["adj_ni"] / W["shares"], 2)
W["adj_eps_py"] = r(W["adj_ni_py"] / W["shares_py"], 2)
assert W["opex"] == 711.7 and W["adj_ni"] == 21.9
assert (W["eps"], W["eps_py"], W["adj_eps"], W["adj_eps_py"]) == (0.24, 0.51, 0.41, 0.58)
assert pct(chg(W["rev"], W["rev_py"])) == "3.4"
assert round(chg(W["fuel"], W["fuel_py"])) == 9
assert round(100 * W["fuel"] / W["opex"]) == 30
W_ASM_OLD, W_ASM_NEW = (5, 7), (3, 4)
W_REV_OLD, W_REV_NEW = (2.92, 2.98), (2.86, 2.90)
WRFD_CLOSE, WRFD_MOVE = 23.90, 3.1
WRFD_OCT22_CLOSE, WRFD_OCT22_MOVE = 25.14, 1.2

# checks on rounded narrative statements
assert pct(chg(Q["rev"], Q["rev_py"])) == "8.4"
assert pct(chg(Q["asm"], Q["asm_py"])) == "6.2"
assert pct(chg(Q["fuel"], Q["fuel_py"])) == "-4.0"
assert round(chg(Q["ni"], Q["ni_py"])) == -13
assert pct(Q["lf"] - Q["lf_py"]) == "0.9"
assert 0.25 < Q["fuel"] / Q["opex"] < 0.30  # "a little over a quarter"
assert 0.10 < Q["cargo"] / Q["rev"] < 0.12  # "about a ninth"


def wrap(text: str) -> str:
    out = []
    for para in textwrap.dedent(text).strip("\n").split("\n\n"):
        if para.startswith("@@"):
            out.append(para[2:].lstrip("\n"))
        elif para.startswith("  ") or "\n  " in para:
            out.append(para)
        else:
            out.append(textwrap.fill(" ".join(para.split()), width=92, break_on_hyphens=False))
    return "\n\n".join(out) + "\n"


def row(label: str, *cells: str, w: int = 38, cw: int = 11) -> str:
    return label.ljust(w) + "".join(c.rjust(cw) for c in cells)


def c(a: float, b: float) -> str:
    v = r(chg(a, b))
    return f"({abs(v):.1f})%" if v < 0 else f"{v:.1f}%"


NUM = {2: "two", 6: "six", 9: "nine"}

# ---------------------------------------------------------------- documents
DOCS: dict[str, str] = {}

table_q3 = "@@" + "\n".join([
    "QUILLAN AIR GROUP, INC.",
    "SELECTED FINANCIAL AND OPERATING DATA (unaudited)",
    "(in millions, except per share amounts and operating statistics)",
    "",
    row("", "Three Months Ended Sept. 30", w=38, cw=33),
    row("", "2026", "2025", "Change"),
    row("Passenger revenue", m(Q["pax"]), m(Q["pax_py"]), c(Q["pax"], Q["pax_py"])),
    row("Cargo and other revenue", m(Q["cargo"]), m(Q["cargo_py"]), c(Q["cargo"], Q["cargo_py"])),
    row("Total operating revenues", m(Q["rev"]), m(Q["rev_py"]), c(Q["rev"], Q["rev_py"])),
    row("Aircraft fuel", m(Q["fuel"]), m(Q["fuel_py"]), c(Q["fuel"], Q["fuel_py"])),
    row("Salaries, wages and benefits", m(Q["sal"]), m(Q["sal_py"]), c(Q["sal"], Q["sal_py"])),
    row("Other operating expenses", m(Q["other"]), m(Q["other_py"]), c(Q["other"], Q["other_py"])),
    row("Total operating expenses", m(Q["opex"]), m(Q["opex_py"]), c(Q["opex"], Q["opex_py"])),
    row("Operating income", m(Q["opinc"]), m(Q["opinc_py"]), c(Q["opinc"], Q["opinc_py"])),
    row("Net income", m(Q["ni"]), m(Q["ni_py"]), c(Q["ni"], Q["ni_py"])),
    row("Diluted earnings per share", f"{Q['eps']:.2f}", f"{Q['eps_py']:.2f}", c(Q["eps"], Q["eps_py"])),
    row("Adjusted net income (non-GAAP)", m(Q["adj_ni"]), m(Q["adj_ni_py"]), c(Q["adj_ni"], Q["adj_ni_py"])),
    row("Adjusted diluted EPS (non-GAAP)", f"{Q['adj_eps']:.2f}", f"{Q['adj_eps_py']:.2f}",
        c(Q["adj_eps"], Q["adj_eps_py"])),
    row("Diluted shares outstanding", m(Q["shares"]), m(Q["shares_py"]), c(Q["shares"], Q["shares_py"])),
    "Operating statistics",
    row("Available seat miles (ASMs)", f"{Q['asm']:,.0f}", f"{Q['asm_py']:,.0f}", c(Q["asm"], Q["asm_py"])),
    row("Revenue passenger miles (RPMs)", f"{Q['rpm']:,.0f}", f"{Q['rpm_py']:,.0f}", c(Q["rpm"], Q["rpm_py"])),
    row("Passenger load factor", f"{Q['lf']:.1f}%", f"{Q['lf_py']:.1f}%", f"{Q['lf'] - Q['lf_py']:.1f} pts"),
    row("Fuel gallons consumed", m(Q["gal"]), m(Q["gal_py"]), c(Q["gal"], Q["gal_py"])),
    row("Average fuel cost per gallon ($)", f"{Q['fpg']:.2f}", f"{Q['fpg_py']:.2f}", c(Q["fpg"], Q["fpg_py"])),
    row("CASM ex fuel and special (cents)", f"{Q['casm_ex']:.2f}", f"{Q['casm_ex_py']:.2f}",
        c(Q["casm_ex"], Q["casm_ex_py"]), w=38),
])

table_9m = "@@" + "\n".join([
    row("", "Nine Months Ended Sept. 30", w=38, cw=33),
    row("", "2026", "2025", "Change"),
    row("Total operating revenues", m(Q9["rev"]), m(Q9["rev_py"]), c(Q9["rev"], Q9["rev_py"])),
    row("Operating income", m(Q9["opinc"]), m(Q9["opinc_py"]), c(Q9["opinc"], Q9["opinc_py"])),
    row("Net income", m(Q9["ni"]), m(Q9["ni_py"]), c(Q9["ni"], Q9["ni_py"])),
    row("Diluted earnings per share", f"{Q9['eps']:.2f}", f"{Q9['eps_py']:.2f}", c(Q9["eps"], Q9["eps_py"])),
    row("Adjusted diluted EPS (non-GAAP)", f"{Q9['adj_eps']:.2f}", f"{Q9['adj_eps_py']:.2f}",
        c(Q9["adj_eps"], Q9["adj_eps_py"])),
    row("Available seat miles (ASMs)", f"{Q9['asm']:,.0f}", f"{Q9['asm_py']:,.0f}", c(Q9["asm"], Q9["asm_py"])),
])

DOCS["quillan-q3-2026-results-release.txt"] = wrap(f"""
QUILLAN AIR GROUP REPORTS THIRD QUARTER 2026 RESULTS

Raises full-year adjusted earnings outlook; pilots ratify four-year agreement

SPOKANE, Wash., Oct. 22, 2026 -- Quillan Air Group, Inc. (NYSE: QLNA) today reported financial
results for the third quarter ended Sept. 30, 2026.

Third quarter 2026 highlights

  - Total operating revenues of ${m(Q['rev'])} million, up {pct(chg(Q['rev'], Q['rev_py']))}% year over year,
    on a {pct(chg(Q['asm'], Q['asm_py']))}% increase in capacity.
  - GAAP net income of ${m(Q['ni'])} million, or ${Q['eps']:.2f} per diluted share, compared with
    ${m(Q['ni_py'])} million, or ${Q['eps_py']:.2f} per diluted share, in the third quarter of 2025.
  - Excluding special items, adjusted net income of ${m(Q['adj_ni'])} million, or ${Q['adj_eps']:.2f} per
    diluted share, compared with ${m(Q['adj_ni_py'])} million, or ${Q['adj_eps_py']:.2f} per diluted share.
  - Passenger load factor of {Q['lf']:.1f}%, up {Q['lf'] - Q['lf_py']:.1f} points from a year earlier.
  - Pre-tax special items of ${m(Q['special'])} million: a ${m(Q['ratif'])} million one-time ratification
    payment to pilots and a ${m(Q['impair'])} million impairment of three retired turboprop aircraft.

"Our people delivered a record summer, and we carried more customers than in any quarter in
our history," said Renata Falkenrath, chief executive officer. "With a new pilot agreement in
place, we have the labor certainty to grow the network into 2027."

Outlook

Quillan now expects full-year 2026 adjusted earnings per diluted share of ${GUIDE_NEW[0]:.2f} to
${GUIDE_NEW[1]:.2f}, compared with its previous outlook of ${GUIDE_OLD[0]:.2f} to ${GUIDE_OLD[1]:.2f}. The
company expects fourth-quarter capacity, measured in available seat miles, to increase {Q4_ASM[0]}% to
{Q4_ASM[1]}% year over year, and full-year capital expenditures of approximately ${CAPEX_FY} million.

Pilot agreement

On Oct. 9, Quillan's pilots ratified a four-year collective bargaining agreement that raises
pay rates by a cumulative {PILOT_RAISE}% over the life of the contract. The one-time ratification
payment of ${m(Q['ratif'])} million was recorded in salaries, wages and benefits in the third quarter and
is excluded from adjusted results.

{table_q3}

{table_9m}

Adjusted net income and adjusted diluted EPS exclude special items and their income tax
effect of ${m(Q['tax_special'])} million in the third quarter of 2026. CASM means operating cost per
available seat mile. A reconciliation to the most directly comparable GAAP measures is
available on the company's investor relations website.

About Quillan Air Group

Quillan Air Group, based in Spokane, Washington, operates regional jet and turboprop service to
62 destinations in the Pacific Northwest, the northern Rockies and western Canada.

@@Media contact: Lorne Castellanos, communications@quillanair.example
Investor contact: Imogen Sattler, investors@quillanair.example
""")

# --- news 1: Cascade Ledger, results day
DOCS["cascade-ledger-quillan-q3-raises-outlook.txt"] = wrap(f"""
Quillan lifts profit forecast as summer demand outweighs pilot payout

The Cascade Ledger

SPOKANE, Wash., Oct. 22, 2026

By Tomasz Reyburn

Quillan Air Group (NYSE: QLNA) raised its full-year earnings forecast on Thursday after a
busy summer filled its planes, even as a one-time payment to pilots under a new labor
contract pulled reported profit lower.

The Spokane-based regional carrier now expects adjusted earnings of ${GUIDE_NEW[0]:.2f} to ${GUIDE_NEW[1]:.2f} a
share for 2026, up from the ${GUIDE_OLD[0]:.2f} to ${GUIDE_OLD[1]:.2f} it forecast in July. Shares jumped
{QLNA_MOVE}% to ${QLNA_CLOSE:.2f} in New York trading, their biggest one-day gain since March.

Revenue for the three months to Sept. 30 rose {pct(chg(Q['rev'], Q['rev_py']))}% from a year earlier to
${r(Q['rev'] / 1000, 2):.2f}bn, helped by a {pct(chg(Q['asm'], Q['asm_py']))}% increase in seats flown and fuller
cabins: the load factor, the share of seats sold, reached {Q['lf']:.1f}%. Cargo and other revenue,
about a ninth of the total, grew faster than passenger sales.

Net income fell {abs(round(chg(Q['ni'], Q['ni_py'])))}% to ${m(Q['ni'])}m, or ${Q['eps']:.2f} a share, weighed
down by a ${m(Q['ratif'])}m ratification payment to pilots and a ${m(Q['impair'])}m write-down on three
retired turboprops. Excluding one-time items, Quillan earned ${Q['adj_eps']:.2f} a share, ahead of the
${CONSENSUS_ADJ_EPS:.2f} analysts had expected on average and up from ${Q['adj_eps_py']:.2f} a year earlier.

The pilots' contract, ratified on Oct. 9 after 14 months of talks, raises pay by {PILOT_RAISE}% over
four years. Chief financial officer Owen Pridmore said the deal would add about
${PILOT_ANNUAL_COST}m a year to labor costs once fully phased in, "a cost we have built into our 2027
plan and one we think the revenue line can carry."

Fuel gave the airline some relief. Quillan paid an average of ${Q['fpg']:.2f} a gallon, down from
${Q['fpg_py']:.2f} a year earlier, and its fuel bill fell {abs(r(chg(Q['fuel'], Q['fuel_py'])))}% to ${m(Q['fuel'])}m
even though it burned more of it. Fuel accounts for a little over a quarter of the carrier's
operating costs.

"We carried more customers than in any quarter in our history," chief executive Renata
Falkenrath told analysts on a call. "Demand into the holidays looks healthy, and we are not
seeing any softening in the corporate segment."

Quillan expects capacity to grow {Q4_ASM[0]}% to {Q4_ASM[1]}% in the fourth quarter. Its nine-month revenue
reached ${r(Q9['rev'] / 1000, 2):.2f}bn, up {pct(chg(Q9['rev'], Q9['rev_py']))}% from the same period of 2025.

Rival Wrenfield Airways (NASDAQ: WRFD), which competes with Quillan on a dozen routes out of
Boise and Spokane, reports next Wednesday. Its shares rose {WRFD_OCT22_MOVE}% to ${WRFD_OCT22_CLOSE:.2f} on
Thursday.
""")

# --- news 2: Puget Markets Daily, analyst note
DOCS["puget-markets-daily-halvorsen-tate-targets.txt"] = wrap(f"""
Halvorsen Tate lifts Quillan target to ${PT_NEW}, turns cautious on Wrenfield

Puget Markets Daily

SEATTLE, Oct. 23, 2026

By Annelise Drummond

Brokerage Halvorsen Tate & Co. raised its price target on Quillan Air Group (NYSE: QLNA) to
${PT_NEW} from ${PT_OLD} on Friday, a day after the regional airline beat profit forecasts and
raised its outlook, while trimming its view of rival Wrenfield Airways (NASDAQ: WRFD) ahead of
that carrier's results.

Analyst Priya Ondaatje kept her "buy" rating on Quillan and lifted her 2027 earnings estimate
to ${EPS27_NEW:.2f} a share from ${EPS27_OLD:.2f}. The new target implies upside of about {round(UPSIDE)}% from
Thursday's close of ${QLNA_CLOSE:.2f}, when the stock rose {QLNA_MOVE}%.

"The pilot contract removes the largest overhang on the story," Ondaatje wrote in a note to
clients. "The added labor cost is real, but Quillan has shown it can price for it, and the
network is still growing faster than the regional peer group."

She noted that Quillan's unit costs excluding fuel and special items rose to
{Q['casm_ex']:.2f} cents per available seat mile in the third quarter from {Q['casm_ex_py']:.2f} cents a year
earlier, an increase she called "manageable." At Thursday's price the shares trade at about
{PE27:.0f} times her 2027 estimate, which she said was cheap for an airline growing capacity in the
high single digits.

On Wrenfield, Ondaatje cut her target to ${W_PT_NEW} from ${W_PT_OLD} and kept a "hold" rating, citing
higher fuel costs. Wrenfield hedges a larger share of its fuel than Quillan and locked in
prices when they were higher last year, she wrote, leaving it "paying yesterday's prices for
today's gallons."

Not every broker is as enthusiastic about Quillan. Corliss Mayhew Securities, which rates the
stock "neutral," moved its target to ${OTHER_BROKER_PT} on Friday and warned that the cost of the new pilot
deal would show up fully only in 2027.

Quillan shares slipped 0.4% in early trading on Friday, while Wrenfield fell 1.1%.
""")

# --- news 3: Boise Commerce Review, Wrenfield results + CEO change (figures for both carriers)
DOCS["boise-commerce-review-wrenfield-q3-ceo.txt"] = wrap(f"""
Wrenfield cuts growth plans and names new chief as fuel hedges bite

The Boise Commerce Review

BOISE, Idaho, Oct. 28, 2026

By Marisol Etxeberria

Wrenfield Airways (NASDAQ: WRFD) scaled back its growth plans for the rest of the year on
Wednesday and said chief executive Dana Whitcombe would retire at the end of December after 11
years in the job, handing the company to chief operating officer Marcus Ilves.

Ilves, 51, joined Wrenfield from a cargo operator in 2019 and has run its day-to-day flying
since 2022. He will take over on Jan. 1, 2027. Whitcombe will remain on the board as a
non-executive director until the annual meeting in May.

The Boise-based airline now expects to grow capacity {W_ASM_NEW[0]}% to {W_ASM_NEW[1]}% this year, down from
the {W_ASM_OLD[0]}% to {W_ASM_OLD[1]}% it had planned, and cut its full-year revenue forecast to
${W_REV_NEW[0]:.2f}bn to ${W_REV_NEW[1]:.2f}bn from ${W_REV_OLD[0]:.2f}bn to ${W_REV_OLD[1]:.2f}bn. Its shares fell {WRFD_MOVE}% to
${WRFD_CLOSE:.2f}.

Third-quarter revenue rose {pct(chg(W['rev'], W['rev_py']))}% from a year earlier to ${m(W['rev'])}m. Net
income more than halved to ${m(W['ni'])}m, or {round(W['eps'] * 100)} cents a share, from ${m(W['ni_py'])}m. Excluding
one-time items, chiefly an ${m(W['special'])}m charge for retiring its oldest turboprops early, Wrenfield
earned {round(W['adj_eps'] * 100)} cents a share, down from {round(W['adj_eps_py'] * 100)} cents a year earlier.

Fuel was the main culprit. Wrenfield's fuel expense rose {round(chg(W['fuel'], W['fuel_py']))}% to ${m(W['fuel'])}m,
roughly 30% of its operating costs, and included ${m(W['hedge_loss'])}m of losses on hedges it took out
in 2025 when prices were higher. Including those losses it paid ${W['fpg']:.2f} a gallon.

"We hedged to protect the business against a spike that never came," said chief financial
officer Beatrix Lomond. "That is the cost of insurance, and most of those contracts roll off
by the end of the first quarter."

The contrast with Quillan Air Group (NYSE: QLNA), its larger rival across the state line in
Spokane, was stark. Quillan reported last week that revenue grew {pct(chg(Q['rev'], Q['rev_py']))}% to
${m(Q['rev'])}m and raised its earnings forecast, helped by fuel at ${Q['fpg']:.2f} a gallon. Quillan's
load factor was {Q['lf']:.1f}%; Wrenfield filled {W['lf']:.1f}% of its seats.

Wrenfield is also in talks with its flight attendants, whose contract became amendable in
June. Lomond declined to put a figure on a possible settlement but said the company had set
aside an accrual "consistent with recent industry agreements."

Whitcombe said the timing of her retirement had been planned for more than a year. "Marcus
has run this airline's operation through two hard winters and a pandemic recovery," she said.
"It is the right moment to hand over."
""")

# --- news 4: AeroFinance Weekly, acquisition
DOCS["aerofinance-weekly-quillan-buys-sable-lake.txt"] = wrap(f"""
Quillan to buy turboprop operator Sable Lake Aviation for ${DEAL}m

AeroFinance Weekly

DENVER, Nov. 4, 2026

By Gideon Varga-Holm

Quillan Air Group (NYSE: QLNA) has agreed to buy Sable Lake Aviation, a privately held
turboprop operator based in Great Falls, Mont., for ${DEAL}m in cash and stock, extending its
reach into small communities across the northern Rockies.

Quillan will pay ${DEAL_CASH}m in cash and issue about {DEAL_SHARES:.2f} million new shares worth ${DEAL_STOCK}m,
based on a 10-day average share price of ${DEAL_REF_PRICE:.2f}. It will also take on ${DEAL_DEBT}m of Sable
Lake's debt, giving the deal an enterprise value of ${DEAL_EV}m.

Sable Lake flies {SABLE_AIRCRAFT} turboprops on {SABLE_ROUTES} routes, many of them subsidized services to towns
with fewer than 10,000 residents, and employs {SABLE_STAFF} people. It had revenue of ${SABLE_REV}m in 2025.
The sellers, founder Halvard Oyelaran and a regional investment fund, will together own
roughly 3% of Quillan after the deal closes.

"Sable Lake gives us the feed into our Spokane and Missoula hubs that we could not build from
scratch in less than five years," said Quillan's chief financial officer, Owen Pridmore. He
said the deal would add to adjusted earnings per share in its first full year and that the
cash portion would be paid from existing liquidity, not new borrowing.

Quillan expects the deal to close in the first half of 2027, subject to approval by
transportation and competition regulators. Sable Lake will keep its name and its crews for at
least two years.

The purchase is Quillan's first acquisition since 2019. Analysts said the price, about 1.3
times Sable Lake's 2025 revenue, looked reasonable for a business with long-term government
contracts but thin margins.

Wrenfield Airways (NASDAQ: WRFD), which had partnered with Sable Lake on connecting itineraries
out of Great Falls since 2023, said the codeshare agreement would end when the deal closes.
Wrenfield declined to comment on whether it had also looked at buying the company.

Quillan shares rose 1.5% on the news.
""")

# --- news 5: Treasure State Ledger, Missoula expansion
DOCS["treasure-state-ledger-quillan-missoula-base.txt"] = wrap(f"""
Quillan picks Missoula for new base, plans {NEW_ROUTES} routes in 2027 push

Treasure State Ledger

MISSOULA, Mont., Nov. 12, 2026

By Corinne Waddell-Ashby

Quillan Air Group (NYSE: QLNA) will open a crew and maintenance base in Missoula next June,
adding about {JOBS} jobs, as the Spokane-based airline steps up its expansion in Montana ahead
of its purchase of Sable Lake Aviation.

The carrier plans to spend ${HANGAR}m on a two-bay maintenance hangar at Missoula Montana Airport
and to launch {NEW_ROUTES} new routes next year, eight of them from Missoula. It will take delivery of
{NUM[NEW_JETS]} new 76-seat regional jets during 2027, and expects its overall capacity to grow {CAP27[0]}% to
{CAP27[1]}% next year, its fastest pace since 2023.

By next summer Quillan expects to operate {MSO_Q_DEPS} daily departures from Missoula, three times the
{NUM[MSO_W_DEPS]} flown there by Wrenfield Airways (NASDAQ: WRFD), the only other carrier with a significant
presence at the airport. Wrenfield said on Wednesday it would add {NUM[MSO_W_ADD]} daily Missoula
departures in March.

"Montana is where the growth in our region is," said Hollis Brandvold, who became Quillan's
chief operating officer on Nov. 1 after the company's previous operations chief, Ferris
Adebayo-Lind, left to lead an aircraft leasing firm. "We want crews who live here and
mechanics who know these winters."

The new routes include year-round service from Missoula to Calgary and seasonal flights to
Sun Valley and Jackson. Quillan said fares on the new routes would start at $89 one way.

State officials welcomed the plan. The hangar is expected to employ about 140 of the {JOBS}
workers; the rest will be pilots and flight attendants based in the city. The airport
authority said it would spend $12m of its own on an expanded apron to accommodate the
additional aircraft.

Quillan's 2027 plan leans on the new pilot contract ratified in October, which raised pay
{PILOT_RAISE}% over four years and which executives say has made it easier to recruit. The company
said it had hired 160 pilots so far this year and expected to hire about 200 in 2027.

Wrenfield, whose incoming chief executive Marcus Ilves takes over on Jan. 1, has said it will
grow capacity only {W_ASM_NEW[0]}% to {W_ASM_NEW[1]}% this year and will set out its 2027 plans in
February.
""")


def main() -> None:
    for name, text in DOCS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        words = len(text.split())
        print(f"{name}: {words} words")
        if not name.endswith("release.txt"):
            assert 300 <= words <= 700, (name, words)


if __name__ == "__main__":
    main()
