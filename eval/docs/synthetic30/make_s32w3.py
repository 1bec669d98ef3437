# Long on purpose: one document set drawn page by page with every figure computed in order; test data, not product code.
"""Pair 30, writer C: two invented specialty-chemical rivals seen through five news articles and one
earnings-call transcript. Ardenmoor Chemicals Inc. (NYSE: ADMC, US dollars, calendar year) and Velkarin Chemie AG
(Frankfurt: VLKN, euros, calendar year). Every figure is held once here and the prose is built from it.
Run with /work/main/.venv/bin/python; writes the .txt files beside this script."""
from pathlib import Path

HERE = Path(__file__).resolve().parent


def pct(a, b):
    return (a / b - 1) * 100


# ---------------- Ardenmoor (USD), third quarter 2026 ----------------
A_SALES_Q3 = 1184.6
A_SALES_Q3_PY = 1067.2
A_GROWTH = pct(A_SALES_Q3, A_SALES_Q3_PY)          # 11.0
A_VOL = 4.0
A_PRICE = 7.0
assert round(A_VOL + A_PRICE, 1) == round(A_GROWTH, 1)
A_EBITDA_Q3 = 231.0
A_EBITDA_Q3_PY = 183.6
A_MARGIN = A_EBITDA_Q3 / A_SALES_Q3 * 100           # 19.5
A_MARGIN_PY = A_EBITDA_Q3_PY / A_SALES_Q3_PY * 100  # 17.2
A_BP = round((round(A_MARGIN, 1) - round(A_MARGIN_PY, 1)) * 100)  # 230
assert A_BP == 230
A_EPS_GAAP = 1.42
A_EPS_ADJ = 1.71
A_EPS_ADJ_PY = 1.38
A_EPS_ADJ_GR = pct(A_EPS_ADJ, A_EPS_ADJ_PY)         # 23.9
A_NI_Q3 = 112.4
A_SALES_9M = 3412.8
A_SALES_9M_PY = 3158.0
A_GUIDE_OLD = (6.10, 6.40)
A_GUIDE_NEW = (6.45, 6.65)
A_MID_NEW = sum(A_GUIDE_NEW) / 2                     # 6.55
A_ASIA_SHARE = 19                                    # "nearly a fifth"
A_RD_PCT = 3.8

# ---------------- Velkarin (EUR), third quarter 2026 (transcript) ----------------
V_ADD = 498.2      # Performance Additives
V_RES = 341.5      # Coating Resins
V_REV_Q3 = round(V_ADD + V_RES, 1)                   # 839.7
V_REV_Q3_PY = 857.7
V_GROWTH = pct(V_REV_Q3, V_REV_Q3_PY)               # -2.1
V_ORGANIC = 0.3
V_FX = -2.4
V_EBITDA_Q3 = 126.4
V_EBITDA_Q3_PY = 120.1
V_MARGIN = V_EBITDA_Q3 / V_REV_Q3 * 100            # 15.1
V_MARGIN_PY = V_EBITDA_Q3_PY / V_REV_Q3_PY * 100   # 14.0
V_ADD_EBITDA = 88.7
V_ADD_MARGIN = V_ADD_EBITDA / V_ADD * 100           # 17.8
V_EBIT = 71.2
V_NI = 48.3
V_SHARES = 41.6                                      # millions
V_EPS = V_NI / V_SHARES                              # 1.16
V_REV_9M = 2571.4
V_FCF_Q3 = 62.5
V_NET_DEBT = 1214.0
V_LEVERAGE = 2.4
V_GUIDE_OLD = (490, 540)
V_GUIDE_NEW = (500, 530)
V_SAVINGS_TARGET = 60
V_SAVINGS_DONE = 22
V_CHINA_SHARE = "a third"
V_PRICE = 61.40
V_DIV = 2.10
V_YIELD = V_DIV / V_PRICE * 100                      # 3.4
V_PE = 14.2
V_MOVE = -3.1
V_MCAP_BN = V_PRICE * V_SHARES / 1000                # 2.55

# ---------------- markets column (Ardenmoor shares) ----------------
A_PX = 142.30
A_PX_PREV = 131.27
A_MOVE = pct(A_PX, A_PX_PREV)                        # 8.4
A_PE_FWD = A_PX / A_MID_NEW                          # 21.7
A_DIV_Q = 0.92
A_YIELD = A_DIV_Q * 4 / A_PX * 100                   # 2.6
A_YTD = 21
A_SHARES = 78.9
A_MCAP_BN = A_PX * A_SHARES / 1000                   # 11.2

# ---------------- deal: Ardenmoor buys Pellicott Coatings ----------------
P_CASH = 290.0
P_STOCK = 120.0
P_PRICE = P_CASH + P_STOCK                           # 410
P_EBITDA = 36.0
P_MULT = P_PRICE / P_EBITDA                          # 11.4
P_REV = 265.0
P_SYN = 18.0
P_MULT_SYN = P_PRICE / (P_EBITDA + P_SYN)            # 7.6
P_SHARES_ISSUED = P_STOCK / A_PX                     # 0.84 million
P_STAFF = 640

for v, want, nd in [(A_GROWTH, 11.0, 1), (A_MARGIN, 19.5, 1), (A_MARGIN_PY, 17.2, 1), (A_EPS_ADJ_GR, 23.9, 1),
                    (V_GROWTH, -2.1, 1), (V_MARGIN, 15.1, 1), (V_MARGIN_PY, 14.0, 1), (V_ADD_MARGIN, 17.8, 1),
                    (V_EPS, 1.16, 2), (V_YIELD, 3.4, 1), (A_MOVE, 8.4, 1), (A_PE_FWD, 21.7, 1), (A_YIELD, 2.6, 1),
                    (P_MULT, 11.4, 1), (P_MULT_SYN, 7.6, 1), (A_MCAP_BN, 11.2, 1), (V_MCAP_BN, 2.6, 1)]:
    assert round(v, nd) == want, (v, want)
assert round(A_NI_Q3 / A_SHARES, 2) == A_EPS_GAAP  # GAAP EPS on 78.9m diluted shares
assert round(V_ORGANIC + V_FX, 1) == round(V_GROWTH, 1)
assert abs(V_REV_9M - 2571.4) < 1e-9


def f1(x):
    return f"{x:,.1f}"


WIRE = f"""Ardenmoor Chemicals lifts full-year profit outlook as pricing holds up

By Dana Whitcombe, Meridian Newswire

HOUSTON, Oct. 29, 2026 (Meridian Newswire) - Ardenmoor Chemicals Inc. raised its full-year earnings forecast on Thursday after
third-quarter sales climbed at a double-digit pace, helped by price increases on its specialty additives and firmer
demand from packaging and construction customers in North America.

The Houston-based maker of additives, adhesives and performance coatings now expects adjusted earnings of
${A_GUIDE_NEW[0]:.2f} to ${A_GUIDE_NEW[1]:.2f} per share for 2026, up from the ${A_GUIDE_OLD[0]:.2f} to ${A_GUIDE_OLD[1]:.2f} range it gave in July.
The new midpoint of ${A_MID_NEW:.2f} sits above the average analyst estimate of $6.31 compiled before the release.

Net sales for the three months ended Sept. 30 rose {A_GROWTH:.0f}% to ${f1(A_SALES_Q3)} million from ${f1(A_SALES_Q3_PY)} million a year
earlier. Volumes added about {A_VOL:.0f} percentage points of growth and higher selling prices and a richer product mix
contributed roughly {A_PRICE:.0f} points, the company said.

Adjusted earnings per share, which exclude restructuring costs and the amortization of acquired intangibles, came to
${A_EPS_ADJ:.2f}, up {A_EPS_ADJ_GR:.0f}% from ${A_EPS_ADJ_PY:.2f}. On a GAAP basis, diluted earnings were ${A_EPS_GAAP:.2f} a share, and net income
attributable to the company was ${f1(A_NI_Q3)} million.

Adjusted EBITDA rose to ${f1(A_EBITDA_Q3)} million, lifting the margin to {A_MARGIN:.1f}% of sales, up {A_BP} basis points from the
same quarter of 2025.

"Our customers accepted the price we needed to recover two years of raw-material inflation, and we did not lose
volume doing it," Chief Executive Robert Kalmanson said on a call with analysts. "That is why we can raise the year."

For the first nine months of 2026, sales totaled ${f1(A_SALES_9M)} million against ${f1(A_SALES_9M_PY)} million a year before.

Asia, which accounts for nearly a fifth of group sales, remained the soft spot. Kalmanson said orders from electronics
customers in South Korea and Taiwan were "roughly flat" from the second quarter and that the company was not counting on a
recovery before the middle of next year.

The company also repeated that it expects capital spending of about $210 million this year, below the $240 million it
spent in 2025, as a new resin line in Baton Rouge nears completion.

Ardenmoor's results contrast with those of its closest European rival, Velkarin Chemie AG, which reports its
third-quarter figures next week. Velkarin has warned that weak construction demand in Germany is weighing on its coatings
business.

Analysts at Fenwright Securities said the guidance raise was "cleaner than we expected" because it rested on pricing
rather than on a lower tax rate. Ardenmoor kept its quarterly dividend unchanged at ${A_DIV_Q:.2f} a share.

Shares of Ardenmoor, which trade on the New York Stock Exchange under the ticker ADMC, rose in premarket trading.
The company said it would give a first view of 2027 with its fourth-quarter results in February, and that it saw no
reason yet to expect raw-material costs to fall meaningfully next year.
"""

TRADE = f"""Two roads through the chemical slowdown: Ardenmoor and Velkarin compared

Specialty Chemicals Review | Analysis | 12 November 2026 | By Helena Marchetti

With both of the big listed additives makers now through their third-quarter numbers, the gap between them has rarely
looked wider. Ardenmoor Chemicals, the Houston group, grew quarterly net sales by {A_GROWTH:.0f}% to ${A_SALES_Q3/1000:.2f} billion, while
Velkarin Chemie of Ludwigshafen saw revenue slip {abs(V_GROWTH):.0f}% to EUR {V_REV_Q3:.0f}m. Strip out currency, though, and Velkarin was
roughly flat: organic growth was {V_ORGANIC:.1f}%, and a weaker dollar and yuan took {abs(V_FX):.1f} points off the reported figure.

Profitability tells a similar story. Ardenmoor's adjusted EBITDA margin reached {A_MARGIN:.1f}% in the quarter, {A_BP} basis points
better than a year earlier. Velkarin's improved too, to {V_MARGIN:.1f}% from {V_MARGIN_PY:.1f}%, but on falling sales that gain came from
cost cuts rather than pricing. Velkarin made adjusted EBITDA of EUR {f1(V_EBITDA_Q3)}m against Ardenmoor's ${A_EBITDA_Q3:.0f}m, so the
American group now earns not far from twice as much per quarter once the euro is converted at current rates.

The regional mix explains much of it. Ardenmoor sells about two-thirds of its output in North America and nearly a fifth
in Asia; Velkarin takes {V_CHINA_SHARE} of its revenue in China alone and has watched Chinese coatings prices fall for six
consecutive quarters. "We are a European company with a Chinese customer base and an American competitor," one Velkarin
executive told Specialty Chemicals Review. "That is not a comfortable place this year."

Both groups spend heavily on research. Ardenmoor put {A_RD_PCT}% of sales into R&D over the first nine months; Velkarin
spends closer to 4.6%, a legacy of its roots as a university spin-out in the 1950s. Velkarin's Performance Additives
division, which makes dispersants and rheology modifiers that compete directly with Ardenmoor's, produced EUR {f1(V_ADD)}m of
the quarter's revenue at a {V_ADD_MARGIN:.1f}% margin; its Coating Resins arm brought in EUR {f1(V_RES)}m.

The balance sheets diverge as well. Velkarin ended September with net debt of EUR {V_NET_DEBT/1000:.2f}bn, {V_LEVERAGE:.1f} times its
trailing adjusted EBITDA, which its new finance chief wants below 2.0 times by the end of 2027. Ardenmoor, by contrast,
is spending: it agreed last week to buy Pellicott Coatings of Ohio for ${P_PRICE:.0f}m.

On guidance, Ardenmoor raised its 2026 adjusted EPS range to ${A_GUIDE_NEW[0]:.2f}-${A_GUIDE_NEW[1]:.2f}. Velkarin narrowed its full-year adjusted
EBITDA target to EUR {V_GUIDE_NEW[0]}m-{V_GUIDE_NEW[1]}m from EUR {V_GUIDE_OLD[0]}m-{V_GUIDE_OLD[1]}m, keeping the midpoint at EUR 515m.

Neither company expects a quick turn in Europe. Ardenmoor's chief executive, Robert Kalmanson, said German construction
customers were ordering "week to week"; Velkarin's Sabine Hollweg called the market "stable at a low level".

For investors the question is whether Velkarin's cost programme, Project Lindhorst, can close the margin gap before
volumes recover. The company says it has banked EUR {V_SAVINGS_DONE}m of a targeted EUR {V_SAVINGS_TARGET}m in annual savings, due in
full by 2028. Ardenmoor's advantage, meanwhile, rests on pricing power that may not survive a downturn in US housing.
"""

COLUMN = f"""Market Lens: Paying up for Ardenmoor, and the case for the laggard

By Graham Oduya | The Exchange Street Journal | 31 October 2026

Some stocks have a good day; Ardenmoor Chemicals had a very good one. The shares (NYSE: ADMC) jumped {A_MOVE:.1f}% on Thursday to
close at ${A_PX:.2f} after the company raised its profit forecast, taking the gain since January to {A_YTD}%. At that price
the group is valued at about ${A_MCAP_BN:.1f} billion.

The question for anyone buying now is what they are paying for. On the new midpoint of ${A_MID_NEW:.2f} of adjusted earnings
per share, Ardenmoor trades at {A_PE_FWD:.1f} times this year's profit, a premium of roughly a third to the sector average of
about 16 times. The dividend, ${A_DIV_Q:.2f} a quarter, gives a yield of {A_YIELD:.1f}%, respectable but hardly the reason to own
the stock.

Across the Atlantic the picture is reversed. Velkarin Chemie (Frankfurt: VLKN) closed at EUR {V_PRICE:.2f} on the same day, down
{abs(V_MOVE):.1f}% as investors sold European chemical names after Ardenmoor's upbeat figures sharpened the contrast. Velkarin
trades at {V_PE:.1f} times expected earnings and yields {V_YIELD:.1f}% on its EUR {V_DIV:.2f} annual dividend. Its market value, roughly
EUR {V_MCAP_BN:.1f} billion, is less than a quarter of its American rival's.

I do not think the gap is entirely deserved. Velkarin's third-quarter margin will very likely show improvement when it
reports next week, and its cost programme is ahead of schedule. What it lacks is growth, and in this market growth is
what gets paid for.

The bull case for Ardenmoor is simple: it has shown it can push through price increases without losing customers, and
management has a record of beating its own guidance. Over the past eight quarters it has met or beaten the consensus
seven times. The bear case is that US housing starts are falling and the company's construction business, about 28% of
sales, has not yet felt it.

Valuation matters. At more than 21 times earnings, Ardenmoor is priced for continued upgrades. A single miss could
take several dollars off the shares; in July 2024, when it last cut guidance, they fell 14% in a day.

Velkarin is the harder story to love. Its net debt is high, its Chinese customers are cutting prices, and the new finance
chief has yet to set out her plans in full. But a yield above 3% and a valuation in the mid-teens leave room for
pleasant surprises.

My preference would be to hold Ardenmoor but not chase it, and to start a small position in Velkarin on any further
weakness. Investors who bought Ardenmoor at the start of the year have done well; those buying now should expect
a bumpier ride.

The author holds no position in either company.
"""

DEAL = f"""Ardenmoor to buy Pellicott Coatings for $410 million in cash and stock

Meridian Newswire | Deals | Nov. 3, 2026

HOUSTON - Ardenmoor Chemicals Inc. (NYSE: ADMC) agreed on Tuesday to buy Pellicott Coatings, a privately held maker of
industrial floor and tank-lining coatings based in Dayton, Ohio, for ${P_PRICE:.0f} million, its largest acquisition in five years.

Ardenmoor will pay ${P_CASH:.0f} million in cash, funded from existing cash and its revolving credit facility, and
${P_STOCK:.0f} million in newly issued Ardenmoor common shares to Pellicott's founding family and management. Based on
Ardenmoor's closing price of ${A_PX:.2f} on Oct. 29, that equates to about {P_SHARES_ISSUED:.2f} million shares.

The price values Pellicott at about {P_MULT:.1f} times its 2025 adjusted EBITDA of ${P_EBITDA:.0f} million. Pellicott had revenue of
${P_REV:.0f} million last year and employs about {P_STAFF} people at three plants in Ohio and Indiana.

Ardenmoor said it expects annual cost synergies of ${P_SYN:.0f} million by the end of 2028, mainly from combining purchasing of
epoxy and polyurethane raw materials and from closing one of Pellicott's two distribution centers. Including those
savings, the purchase price falls to about {P_MULT_SYN:.1f} times EBITDA, the company said. It expects one-time integration
costs of around $25 million, most of them in 2027.

"Pellicott gives us a position in protective coatings that we could not have built ourselves in less than a decade,"
Chief Executive Robert Kalmanson said. "We are paying a fair price for a business that grows faster than our own."

The deal is expected to close in the first quarter of 2027, subject to U.S. antitrust clearance. Ardenmoor said it
would add to adjusted earnings per share in the first full year of ownership and that its net leverage would stay below
2.0 times EBITDA after closing.

Pellicott's revenue has grown by an average of 9% a year since 2021, according to Ardenmoor, roughly twice the pace of
the market for industrial coatings in North America. About 70% of its sales go to distributors and contractors rather
than directly to plant owners.

Analysts were broadly positive. "The multiple is full but not silly, and the synergy target looks conservative," said
Priya Anand of Fenwright Securities. Others noted that the deal puts Ardenmoor in direct competition with Velkarin Chemie,
whose Coating Resins business supplies several of Pellicott's rivals.

Velkarin declined to comment. Ardenmoor's shares were little changed in New York trading on Tuesday.

Pellicott was founded in 1978 by Walter Pellicott, a former paint chemist, and is now run by his daughter, Joanne
Pellicott-Reyes, who will join Ardenmoor as president of a new protective-coatings unit reporting to Kalmanson. The
family will be barred from selling the Ardenmoor shares it receives for 18 months after closing.

Kestler Aldane & Co. advised Ardenmoor; Pellicott was advised by Overmoor Partners.
"""

PROFILE = f"""Velkarin's new finance chief: a cost-cutter with a balance-sheet mission

Rhein-Main Business Weekly | People | 16 October 2026

When Katrin Oehlwein took over as chief financial officer of Velkarin Chemie on 1 October, she inherited a company with
too much debt and too little growth. The first problem, she says, is the one she can fix.

Oehlwein, 47, joins from Brenholt Gruppe, the Stuttgart engineering group where she spent six years as finance director
of its industrial-pumps division. She replaces Matthias Ruhland, who retired in September after eleven years in the
post. Before Brenholt she worked for nine years in corporate finance at a Frankfurt bank, advising mid-sized chemical
and materials companies on acquisitions and refinancing.

Her first target is leverage. At the end of June Velkarin's net debt stood at 2.6 times adjusted EBITDA, a level
Oehlwein calls "acceptable for a year, not for a strategy". She wants it below 2.0 times by the end of 2027, largely
through tighter working capital rather than asset sales. Velkarin ties up around 21% of its annual revenue in
inventories and receivables, against 15% to 16% at its better-run peers; Oehlwein has set an internal goal of 18% by 2028.

"There is a lot of cash sitting in warehouses in Shanghai and Antwerp that nobody needs," she told the Weekly in her
first interview since joining. "Every percentage point of working capital we release is roughly EUR 33 million."

She will also oversee Project Lindhorst, the EUR {V_SAVINGS_TARGET} million cost-savings programme her predecessor launched in early
2025, which involves closing two older resin plants in Germany and moving some administrative work to Porto. On the
dividend, Oehlwein was careful: the current EUR {V_DIV:.2f} per share is "a commitment we take seriously", she said, but it will
be "covered by free cash flow, not by borrowing".

She holds a doctorate in economics from the University of Mannheim and sits on the audit committee of a regional
hospital trust. Colleagues describe her as direct and numerate. At Brenholt she cut the division's working capital by a fifth in three
years and led the sale of a loss-making valve business. She is not, she insists, planning a similar sale at Velkarin.
"We do not need to sell anything. We need to run what we have better."

Velkarin's chief executive, Sabine Hollweg, said Oehlwein was chosen from a shortlist of four and that the board
"wanted someone who had run a factory's numbers, not just a group's". Analysts have welcomed the appointment, though some
question whether a 2.0-times leverage target is ambitious enough given the company's rival, Ardenmoor Chemicals, runs at
around 1.3 times.

Oehlwein will present Velkarin's third-quarter results on 4 November, her first results call. She has promised a
fuller update on capital allocation with the full-year figures in March.
"""

TRANSCRIPT = f"""Velkarin Chemie AG (VLKN) Q3 2026 Earnings Call Transcript

4 November 2026, 14:00 CET

Participants
Sabine Hollweg - Chief Executive Officer
Katrin Oehlwein - Chief Financial Officer
Jonas Brecht - Head of Investor Relations
Analysts: Marcus Feld (Altbrunn Equity Research), Claire Devereux (Stanmore Capital), Tobias Rainer (Hafenbank)

Operator
Good afternoon, ladies and gentlemen, and welcome to the Velkarin Chemie third-quarter 2026 results conference call.
All participants are in listen-only mode. After the presentation there will be a question-and-answer session. I would
now like to hand the call over to Jonas Brecht, Head of Investor Relations. Please go ahead.

Jonas Brecht - Head of Investor Relations
Thank you, operator, and good afternoon, everyone. With me are our CEO, Sabine Hollweg, and our new CFO, Katrin
Oehlwein. Please note that today's remarks contain forward-looking statements and that we refer to adjusted figures,
which are reconciled in our quarterly statement. Sabine, over to you.

Sabine Hollweg - Chief Executive Officer
Thank you, Jonas. Good afternoon. Let me start with the headline: in a market that has not improved, we improved our
margin for the third quarter in a row.

Group revenue for the third quarter was EUR {f1(V_REV_Q3)} million, {abs(V_GROWTH):.1f}% below last year's EUR {f1(V_REV_Q3_PY)} million. That
decline is entirely currency. On an organic basis revenue was up {V_ORGANIC:.1f}%, so essentially flat, with prices down
about 1% and volumes up a little over 1%.

Adjusted EBITDA rose to EUR {f1(V_EBITDA_Q3)} million from EUR {f1(V_EBITDA_Q3_PY)} million, and the adjusted EBITDA margin was {V_MARGIN:.1f}%,
an improvement of {(round(V_MARGIN,1)-round(V_MARGIN_PY,1))*100:.0f} basis points. Project Lindhorst is doing what we said it would do. We have now delivered
EUR {V_SAVINGS_DONE} million of run-rate savings, more than a third of the EUR {V_SAVINGS_TARGET} million target, and the closure of our
Marl resin plant was completed in September, three months early.

By division, Performance Additives had revenue of EUR {f1(V_ADD)} million with an adjusted EBITDA margin of {V_ADD_MARGIN:.1f}%,
before central costs, which we do not allocate to the divisions. Demand
from the packaging and agricultural markets was good. Coating Resins had revenue of EUR {f1(V_RES)} million; here China remains
difficult, and prices there were down again, by around 6% year on year.

Regarding our outlook: we are narrowing our full-year adjusted EBITDA guidance to EUR {V_GUIDE_NEW[0]} million to EUR {V_GUIDE_NEW[1]} million, from
EUR {V_GUIDE_OLD[0]} million to EUR {V_GUIDE_OLD[1]} million previously. The midpoint is unchanged. Katrin, please.

Katrin Oehlwein - Chief Financial Officer
Thank you, Sabine, and good afternoon. It is a pleasure to be on my first call with you. I spent my first five weeks
visiting our sites in Ludwigshafen, Antwerp and Shanghai, and I will share more of what I learned in March. Today I will
keep to the numbers.

Below EBITDA, reported EBIT was EUR {f1(V_EBIT)} million. This includes EUR 14.8 million of restructuring charges for Lindhorst. Net
income attributable to shareholders was EUR {f1(V_NI)} million, which is reported earnings per share of EUR {V_EPS:.2f}, compared with EUR 1.02
in the third quarter of last year.

For the first nine months, revenue was EUR {f1(V_REV_9M)} million, down 1.8%.

Free cash flow in the quarter was EUR {f1(V_FCF_Q3)} million, helped by a EUR 31 million release of working capital, mainly
inventories in our Asian warehouses. Capital expenditure was EUR 38.9 million.

Net debt at the end of September was EUR {f1(V_NET_DEBT)} million, down from EUR 1,262.5 million at the end of June. That brings our
leverage to {V_LEVERAGE:.1f} times trailing adjusted EBITDA, from 2.6 times at the half year. I have said publicly that I want this below
2.0 times by the end of 2027, and I repeat that today. We will get there through working capital and the Lindhorst savings,
not through disposals.

For modelling purposes, we now expect capital expenditure for the year of around EUR 165 million, at the lower end of our
previous range of EUR 160 million to EUR 180 million, and an adjusted tax rate of about 27%.

With that, operator, we are happy to take questions.

Operator
Thank you. The first question comes from Marcus Feld of Altbrunn Equity Research. Please go ahead.

Marcus Feld - Altbrunn Equity Research
Good afternoon, and welcome, Katrin. Two questions. First, on the guidance: you have kept the midpoint, but the fourth
quarter implied by it looks strong. What gives you confidence? Second, on China, is the 6% price decline in Coating Resins
getting worse or better?

Sabine Hollweg - Chief Executive Officer
Thank you, Marcus. On the fourth quarter, the answer is mostly Lindhorst. The savings step up in the fourth quarter
because the Marl closure is complete, and we have no further maintenance shutdowns planned. On China, the decline
is not getting worse. In the second quarter prices were down about 8%, in the third quarter about 6%. We see that as
stabilisation, not recovery.

Operator
The next question comes from Claire Devereux of Stanmore Capital.

Claire Devereux - Stanmore Capital
Thank you. Katrin, on the dividend. With leverage at {V_LEVERAGE:.1f} times, is the EUR {V_DIV:.2f} safe? And secondly, Ardenmoor has
just bought Pellicott in the US. Does that change anything for your Coating Resins business?

Katrin Oehlwein - Chief Financial Officer
On the dividend, our policy is to pay 40% to 50% of adjusted net income, and this year the payment is covered by free
cash flow. I do not see a reason to change it. I will give you a fuller view on capital allocation in March.

Sabine Hollweg - Chief Executive Officer
On Pellicott, Claire, it is a US flooring and tank-lining business. We sell resins to some of its competitors, so
perhaps we gain customers. It does not change our strategy. Our US revenue is less than a tenth of the group.

Operator
The next question comes from Tobias Rainer of Hafenbank.

Tobias Rainer - Hafenbank
Hello. Could you give us the Lindhorst restructuring charge for the full year, and how much of the EUR {V_SAVINGS_TARGET} million you
expect to have by the end of 2027?

Katrin Oehlwein - Chief Financial Officer
For the full year 2026 we expect restructuring charges of around EUR 45 million, of which EUR 31 million have been booked in the
first nine months. For the savings, we expect EUR 45 million run-rate by the end of 2027 and the full EUR {V_SAVINGS_TARGET} million in 2028.

Tobias Rainer - Hafenbank
And a follow-up: the working capital release, how much more is there?

Katrin Oehlwein - Chief Financial Officer
Working capital is about 21% of sales today. My goal is 18% by 2028. Each point is worth about EUR 33 million, so there is
around EUR 100 million still to come, spread over two years.

Operator
There are no further questions. I will hand back to Sabine Hollweg for closing remarks.

Operator
We have a follow-up from Marcus Feld of Altbrunn Equity Research.

Marcus Feld - Altbrunn Equity Research
Just one. Volumes in Performance Additives, were they positive in all regions?

Sabine Hollweg - Chief Executive Officer
Not all. Europe was slightly negative, North America and Latin America positive, and Asia outside China grew well,
helped by agricultural customers in India. Overall the division's volumes were up around 2%.

Sabine Hollweg - Chief Executive Officer
Thank you all. A difficult market, but a better company than a year ago. We look forward to speaking with you in March.

Operator
Ladies and gentlemen, this concludes today's conference call. Thank you for participating. You may now disconnect.
"""

assert round(V_REV_9M / 0.982) == 2619  # "down 1.8%" base
assert abs((1262.5 - V_NET_DEBT) - 48.5) < 1e-9
import datetime as _dt
for _d, _w in [("2026-10-29", "Thursday"), ("2026-11-03", "Tuesday"), ("2026-11-04", "Wednesday")]:
    assert _dt.date.fromisoformat(_d).strftime("%A") == _w
assert 3 * 33 == 99  # "around EUR 100 million still to come" (21% -> 18%, EUR 33m a point)

DOCS = {
    "ardenmoor-q3-2026-results-wire.txt": WIRE,
    "ardenmoor-velkarin-specialty-chemicals-compared.txt": TRADE,
    "market-lens-ardenmoor-velkarin-shares.txt": COLUMN,
    "ardenmoor-pellicott-acquisition.txt": DEAL,
    "velkarin-cfo-oehlwein-profile.txt": PROFILE,
    "VELKARIN_2026Q3_EARNINGS_CALL_TRANSCRIPT.txt": TRANSCRIPT,
}

if __name__ == "__main__":
    for name, text in DOCS.items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(name, len(text.split()), "words")
