"""Extractive answers on questions nobody tuned them to (issue 17): the qualifier and the kind
pick the figure, paraphrases are understood, figures are derived from stated ones with the
arithmetic shown, and a figure about another metric is refused. Every passage is made up here."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived import derive
from assistant.core.answer.extractive import ExtractiveAnswerer, analyse
from assistant.core.answer.metric_check import other_metric
from assistant.core.answer.qualifiers import clause, families, qualifier_fit, row_families
from assistant.core.answer.question import acronyms
from assistant.core.answer.spans import split_units
from assistant.core.answering import verify
from assistant.core.finance.synonyms import rewrite_phrases
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

COMPANY = "Zephyr Tools"


def hit(text: str, n: int = 1, *, doc: str = "zephyr-q2", company: str | None = COMPANY,
        period: str | None = "Q2 2024") -> SearchHit:
    return SearchHit(chunk_id=f"{doc}:{n}", doc_id=doc, title=f"{doc} release", source=f"/d/{doc}.txt",
                     page=n, text=text, score=1.0 / n, company=company, period=period)


def ask(question: str, *texts: str, derived: bool = True) -> Answer:
    hits = [hit(t, i) for i, t in enumerate(texts, 1)]
    answerer = ExtractiveAnswerer(Settings(min_support=0.3, derived_answers=derived))
    answer = answerer.answer(question, hits, parse_question(question, []))
    answer.retrieved = hits
    return verify(answer)


def value(answer: Answer) -> float | None:
    return answer.key_figure.value if answer.key_figure else None


# --- qualifiers -------------------------------------------------------------------------------

EPS = "Zephyr Tools reported second-quarter GAAP diluted EPS of $0.84; adjusted EPS was $1.12."
GUIDE = ("For fiscal 2024, Zephyr Tools now expects adjusted EPS growth of 9 percent (previously 7 "
         "percent) and organic sales growth of 5 percent.")
YTD = ("Zephyr Tools has bought back 2.5 million shares for $90 million year-to-date, adding to the 14 "
       "million shares it repurchased in 2023.")


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Zephyr Tools' adjusted EPS in Q2 2024?", 1.12),
    ("What was Zephyr Tools' GAAP diluted EPS in Q2 2024?", 0.84),
])
def test_the_qualifier_picks_reported_or_adjusted(question: str, expected: float) -> None:
    assert value(ask(question, EPS)) == pytest.approx(expected)


def test_before_a_revision_takes_the_previous_figure_and_plain_takes_the_new() -> None:
    before = ask("Before the revision, what adjusted EPS growth did Zephyr Tools expect for fiscal 2024?", GUIDE)
    now = ask("What adjusted EPS growth does Zephyr Tools expect for fiscal 2024?", GUIDE)
    assert value(before) == pytest.approx(7)
    assert value(now) == pytest.approx(9)


def test_year_to_date_count_is_not_last_years() -> None:
    answer = ask("How many shares has Zephyr Tools repurchased year-to-date?", YTD)
    assert value(answer) == pytest.approx(2.5)


def test_full_year_column_of_a_quarter_and_year_table() -> None:
    table = ("Second Quarter  Six Months\n($ in millions)  2024  2023  % Change  2024  2023  % Change\n"
             "Net sales  $410  $380  7.9%  $800  $740  8.1%")
    q, h = "What were Zephyr Tools' net sales for the six months of 2024?", "What were Zephyr Tools' net sales in Q2 2024?"
    assert value(ask(q, table)) == pytest.approx(800)
    assert value(ask(h, table)) == pytest.approx(410)


def test_qualifier_families_and_fit() -> None:
    sentence = "GAAP diluted EPS of 12.3 cents; Adjusted EPS of 19.3 cents"
    assert families(clause(sentence, sentence.index("19.3"), sentence.index("19.3") + 4)) == {"adjusted"}
    assert qualifier_fit({"adjusted"}, {"adjusted"}) > 1 > qualifier_fit({"adjusted"}, {"reported"})
    assert qualifier_fit(set(), {"prior"}) < 1  # "(previously 6%)" loses to the unmarked figure
    assert "prior" not in families("an increase from the prior year")  # a comparison base, not a value


# --- kind and unit ----------------------------------------------------------------------------

DEAL = "Zephyr Tools (NYSE: ZPH) director Ann Lee bought 12,000 Zephyr Tools (NYSE: ZPH) shares for about $480,000."


def test_worth_in_dollars_is_the_amount_not_the_share_count() -> None:
    answer = ask("What was Ann Lee's purchase of Zephyr Tools shares worth in dollars?", DEAL)
    assert value(answer) == pytest.approx(480000)
    assert answer.key_figure is not None and answer.key_figure.unit == "USD"


def test_how_many_counts_the_noun_asked_for() -> None:
    text = "Zephyr Tools runs approximately 1,900 service centers in 31 countries."
    assert value(ask("How many service centers does Zephyr Tools run?", text)) == pytest.approx(1900)


def test_footnote_markers_are_not_figures() -> None:
    row = "Adjusted EPS (diluted)1,4  $1.12  $0.98  14.3%"
    assert value(ask("What was Zephyr Tools' adjusted EPS in Q2 2024?", row)) == pytest.approx(1.12)


# --- paraphrase -------------------------------------------------------------------------------

REGIONS = ("APAC revenue was $3.1 million, flat on last year. EMEA revenue grew 12% to $9.4 million. "
           "The Services unit brought revenue of $4.4 million.")


def test_asia_is_apac_and_regions_spelled_out_become_the_acronym() -> None:
    assert value(ask("How much revenue did Zephyr Tools take in from Asia in Q2 2024?", REGIONS)) == pytest.approx(3.1)
    spelled = "How much revenue came from Europe, the Middle East and Africa in Q2 2024?"
    assert "EMEA" in acronyms(spelled, [hit(REGIONS)])
    assert value(ask(spelled, REGIONS)) == pytest.approx(9.4)


def test_bring_in_means_revenue_and_ambition_means_target() -> None:
    assert "revenue" in rewrite_phrases("How much did the unit bring in?")
    assert value(ask("How much did the Services unit bring in during Q2 2024?", REGIONS)) == pytest.approx(4.4)
    target = "Zephyr Tools targets an operating margin of 14% by 2027."
    assert value(ask("What operating margin is Zephyr Tools aiming for?", target)) == pytest.approx(14)


def test_profit_before_interest_and_tax_reads_as_the_documents_word() -> None:
    text = "Zephyr Tools' operating profit was $52 million in the quarter."
    rewritten = rewrite_phrases("What profit before interest and tax did it earn?", lambda w: w in text)
    assert "operating profit" in rewritten
    assert value(ask("What profit before interest and tax did Zephyr Tools earn in Q2 2024?", text)) == 52


# --- derived figures --------------------------------------------------------------------------

RESULTS = ("Revenue for the second quarter came to $50.0 million, up 25% on Q2 2023. Sales in the "
           "Americas rose 30% to $20.0 million. Operating profit rose to $6.0 million from $4.0 million a "
           "year earlier.")


def test_share_of_a_total_is_computed_with_both_inputs_cited() -> None:
    answer = ask("What share of Zephyr Tools' Q2 2024 revenue came from the Americas?", RESULTS)
    assert value(answer) == pytest.approx(40.0)
    assert "$20.0 million / $50.0 million" in answer.answer
    assert answer.checks is not None and not answer.checks.invalid_citations
    assert any("verified" in c for c in answer.checks.computations)


def test_prior_value_from_growth() -> None:
    answer = ask("Roughly what was Zephyr Tools' revenue in Q2 2023, implied by the Q2 2024 revenue and "
                 "its growth rate?", RESULTS)
    assert value(answer) == pytest.approx(40.0)
    assert "$50.0 million / 1.25" in answer.answer


def test_change_in_dollars_and_growth_from_two_values() -> None:
    diff = ask("By how many dollars did Zephyr Tools' operating profit increase from Q2 2023 to Q2 2024?", RESULTS)
    growth = ask("By what percentage did Zephyr Tools' operating profit grow from Q2 2023 to Q2 2024?", RESULTS)
    assert value(diff) == pytest.approx(2.0)
    assert value(growth) == pytest.approx(50.0)


def test_operating_margin_defined_in_brackets() -> None:
    answer = ask("What operating margin (operating profit as a share of revenue) did Zephyr Tools achieve "
                 "in Q2 2024?", RESULTS)
    assert value(answer) == pytest.approx(12.0)


def test_average_price_from_amount_and_share_count() -> None:
    text = "In the quarter Zephyr Tools repurchased 2,000,000 shares for $90 million."
    answer = ask("What average price per share did Zephyr Tools pay for the shares it repurchased?", text)
    assert value(answer) == pytest.approx(45.0)


def test_growth_without_a_named_contribution() -> None:
    text = "Tools sales grew 11.5%, with the acquisition of Boltco contributing 3.5%."
    answer = ask("Leaving out the Boltco acquisition, how much did Zephyr Tools' tools sales grow?", text)
    assert value(answer) == pytest.approx(8.0)


def test_no_derivation_without_the_question_asking_for_one() -> None:
    q = "What was Zephyr Tools' revenue in Q2 2024?"
    hits = [hit(RESULTS)]
    assert derive(analyse(parse_question(q, []), hits), hits, q) is None
    assert value(ask(q, RESULTS)) == pytest.approx(50.0)


def test_derived_answers_can_be_switched_off() -> None:
    answer = ask("What share of Zephyr Tools' Q2 2024 revenue came from the Americas?", RESULTS, derived=False)
    assert value(answer) != pytest.approx(40.0)


# --- the nearest figure is not the answer -----------------------------------------------------

def test_orders_do_not_answer_a_sales_question() -> None:
    text = "Zephyr Tools booked orders of $75 million in Q2 2024, and sales to data centers grew 18%."
    answer = ask("How much did Zephyr Tools sell to data centers in Q2 2024, in dollars?", text)
    assert answer.refused, answer.answer


def test_other_metric_names_the_trap() -> None:
    q = analyse(parse_question("What free cash flow did Zephyr Tools generate?", []), [])
    assert other_metric(q, "Operating profit was $52 million.") == "profit"
    assert other_metric(q, "Free cash flow was $30 million.") is None


def test_other_metric_names_the_word_as_printed_not_its_stem() -> None:
    # A refusal is read by people: "about receivables", never the matcher's "receivabl".
    q = analyse(parse_question("What free cash flow did Zephyr Tools generate?", []), [])
    assert other_metric(q, "Receivables were $52 million.") == "receivables"


# --- traps on the other basis, headed columns, shares that cannot be computed ----------------

def test_gaap_asked_but_only_adjusted_given_is_refused() -> None:
    text = "For 2024 Zephyr Tools expects adjusted EPS of $4.10 to $4.20."
    answer = ask("What GAAP EPS does Zephyr Tools forecast for 2024?", text)
    assert answer.refused, answer.answer
    assert value(ask("What adjusted EPS does Zephyr Tools forecast for 2024?", text)) == pytest.approx(4.10)


def test_a_column_named_by_its_heading() -> None:
    table = ("The following directors were elected:\nNominee  For  Against  Abstain  Broker Non-Votes\n"
             "Ann Lee  900,000  45,000  5,000  100,000")
    answer = ask("How many votes were cast against Ann Lee?", table)
    assert value(answer) == pytest.approx(45000)


def test_a_share_with_no_part_figure_is_refused_not_quoted() -> None:
    text = "Net sales  $ 3,200  100.0%  $ 2,700  100.0%"
    answer = ask("What was Zephyr Tools' net income as a share of net sales in Q2 2024?", text)
    assert answer.refused, answer.answer


def test_derived_inputs_keep_to_the_span_asked() -> None:
    text = ("Zephyr Tools has repurchased 2 million shares for $80 million year-to-date. During the second "
            "quarter of 2024 it repurchased 1 million shares for $45 million.")
    answer = ask("What average price per share did Zephyr Tools pay for the shares it repurchased in the "
                 "second quarter of 2024?", text)
    assert value(answer) == pytest.approx(45.0)


def test_change_in_percentage_points_from_two_stated_rates() -> None:
    text = "Gross margin improved to 48.2% from 47.3% a year earlier, and revenue rose 12%."
    answer = ask("By how many percentage points did Zephyr Tools' gross margin improve in Q2 2024?", text)
    assert answer.key_figure is not None and answer.key_figure.unit == "pp"
    assert value(answer) == pytest.approx(0.9)


def test_a_percent_of_a_stated_amount() -> None:
    text = ("Ms. Park will receive an annual base salary of $900,000. Her target annual bonus opportunity "
            "will be 150% of her base salary.")
    answer = ask("What is Ms. Park's target annual bonus at Zephyr Tools in dollars?", text)
    assert value(answer) == pytest.approx(1.35)
    assert answer.key_figure is not None and answer.key_figure.scale == "million"


def test_a_percent_of_the_asked_metric_itself_is_not_multiplied() -> None:
    text = "Revenue was $50.0 million in Q2 2024. The Americas accounted for 40% of revenue."
    assert value(ask("What was Zephyr Tools' revenue in Q2 2024?", text)) == pytest.approx(50.0)


def test_hyphenated_percentage_points_are_figures() -> None:
    text = "Zephyr Tools expects an approximate 2-percentage-point currency headwind to reported revenue growth."
    answer = ask("How big a currency headwind does Zephyr Tools expect for reported revenue growth?", text)
    assert value(answer) == pytest.approx(2.0)


def test_a_row_takes_its_tables_span_unless_its_label_says_otherwise() -> None:
    header = "Twelve Months Ended June 30, 2024"
    assert row_families(header, "Adjusted EPS") == {"adjusted", "long"}
    assert row_families("Reported (GAAP) Results", "Core EPS") == {"adjusted"}


def test_the_verifier_redoes_a_price_per_share_and_a_gain_from_growth() -> None:
    from assistant.core.types import Citation
    from assistant.core.verify import verify_answer

    def checks(src: str, text: str) -> tuple[list[str], list[str]]:
        cite = [Citation(n=1, doc_id="d", title="t", source="s", page=1, quote=src, score=1.0, chunk_id="c")]
        got = verify_answer(text, cite, {1: src})
        return got.ungrounded_numbers, got.computations

    src = "A director bought 44,682 shares for roughly $706,500."
    ungrounded, done = checks(src, "About $15.81 [1]: $706,500 / 44,682 shares = $15.81 per share.")
    assert not ungrounded and any("706,500 / 44,682" in c for c in done)
    assert checks(src, "It paid $5.00 per share [1].")[0] == ["$5.00"]  # a ratio that is not there
    src = "Operating profit was €281 million, a 54% increase from the prior year."
    ungrounded, done = checks(src, "About €98.53 million [1]: €281 million was up 54%, so €281 million - "
                                   "€182.47 million = €98.53 million.")
    assert not ungrounded


# --- a second made-up release: outlook vs result, figures side by side ------------------------

ORION = ("Orion Foods reported fourth-quarter net revenue of $4.1 billion, up 8% from a year earlier; organic "
         "revenue grew 11%. Reported EPS was $1.02 and core EPS was $1.21. The company now expects 2025 organic "
         "revenue growth of 6% (previously 5%).")
ORION_OPS = ("Orion Foods employs about 31,000 people in 40 countries. It operates 12 plants. It agreed to buy "
             "Basil Co for $650 million in cash. Sales in Latin America rose 15% to $900 million, while Asia "
             "Pacific sales fell 4% to $600 million.")


def ask_orion(question: str, text: str) -> Answer:
    hits = [hit(text, 1, company="Orion Foods", doc="orion-q4")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    return answer


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("What organic revenue growth did Orion Foods post in the fourth quarter?", ORION, 11),
    ("What organic revenue growth does Orion Foods now expect for 2025?", ORION, 6),
    ("What organic revenue growth did Orion Foods expect for 2025 before it raised its outlook?", ORION, 5),
    ("What was Orion's core EPS in the fourth quarter?", ORION, 1.21),
    ("What was Orion Foods' reported EPS in the fourth quarter?", ORION, 1.02),
    ("Roughly what was Orion Foods' fourth-quarter net revenue a year earlier, implied by its growth?", ORION, 3.80),
    ("How many plants does Orion Foods operate?", ORION_OPS, 12),
    ("What was the Basil Co deal worth in dollars?", ORION_OPS, 650),
    ("What were Orion Foods' Asia-Pacific sales?", ORION_OPS, 600),
])
def test_outlook_basis_and_neighbouring_figures(question: str, text: str, expected: float) -> None:
    assert value(ask_orion(question, text)) == pytest.approx(expected, rel=0.01)


HELIX = ("Helix Bank reported second-quarter 2024 net income of $310 million, or $1.45 per diluted share, "
         "compared with $280 million, or $1.30 per diluted share, in the second quarter of 2023. Excluding a "
         "$45 million restructuring charge, adjusted net income was $355 million. Total deposits were $88.5 "
         "billion at June 30, 2024. Year-to-date, Helix has repurchased $600 million of its shares.")


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Helix Bank's diluted EPS in Q2 2024?", 1.45),  # EPS written "per diluted share"
    ("What was Helix Bank's net income a year earlier?", 280),
    ("What was Helix Bank's adjusted net income, excluding the restructuring charge?", 355),
    ("What were Helix Bank's total deposits at June 30, 2024?", 88.5),
    ("How much stock has Helix bought back so far this year?", 600),
])
def test_a_bank_release_in_other_words(question: str, expected: float) -> None:
    hits = [hit(HELIX, 1, company="Helix Bank", doc="helix-q2")]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert value(answer) == pytest.approx(expected)


VANTOR = ("Second-quarter revenue rose 31% year over year to $842 million. Data center revenue more than doubled "
          "to $410 million, while the automotive segment slipped 3% to $96 million. Gross margin was 61.4%, and "
          "operating expenses climbed to $220 million.")


def test_the_segment_named_before_the_metric_picks_the_clause() -> None:
    assert value(ask("What were Zephyr Tools' automotive sales?", VANTOR)) == pytest.approx(96)
    assert value(ask("How much did Zephyr Tools' data center business bring in?", VANTOR)) == pytest.approx(410)


def test_gross_margin_does_not_answer_operating_margin() -> None:
    assert ask("What operating margin did Zephyr Tools report?", VANTOR).refused
    assert value(ask("What gross margin did Zephyr Tools report?", VANTOR)) == pytest.approx(61.4)


KESTREL = ("Condensed Consolidated Statements of Income\n(In millions, except per share data)\n"
           "Three Months Ended  Twelve Months Ended\nDecember 31,  December 31,\n2023  2022  2023  2022\n"
           "Net sales  $ 2,410  $ 2,250  $ 9,120  $ 8,700\nOperating income  310  270  1,150  1,020\n"
           "Diluted earnings per share  $ 1.02  $ 0.89  $ 3.88  $ 3.41")


@pytest.mark.parametrize(("question", "expected"), [
    ("What were Kestrel's net sales in the fourth quarter of 2022?", 2250),
    ("What were Kestrel's net sales for full-year 2023?", 9120),
    ("What was Kestrel's full-year 2022 operating income?", 1020),
    ("What was Kestrel's diluted EPS for fiscal 2023?", 3.88),
    ("What was Kestrel's fourth-quarter 2023 operating margin?", 12.9),  # 310 / 2,410, computed
])
def test_a_quarter_and_full_year_table(question: str, expected: float) -> None:
    hits = [hit(KESTREL, 1, company="Kestrel Brands", doc="kestrel", period=None)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    answer.retrieved = hits
    assert value(verify(answer)) == pytest.approx(expected, rel=0.01)


def test_a_margin_target_is_quoted_not_computed() -> None:
    text = "Zephyr Tools targets an operating margin of 14% by 2027. Operating income was $52 million on revenue of $400 million."
    assert value(ask("What operating margin is Zephyr Tools aiming for?", text)) == pytest.approx(14)


CORVID = ("Corvid Labs booked orders of $510 million in the third quarter of 2024, up 22%. Operating income rose "
          "to $64 million. The company served more than 4,300 customers and repurchased $30 million of stock. "
          "Adjusted EBIT was $71 million. For 2025, Corvid guides to adjusted EPS of $2.10 to $2.25.")


@pytest.mark.parametrize("question", [
    "What was Corvid Labs' revenue in the third quarter of 2024?",
    "What was Corvid Labs' net income in the third quarter of 2024?",
    "How many employees does Corvid Labs have?",
    "What dividend per share did Corvid Labs pay?",
    "What was Corvid Labs' adjusted EBITDA in Q3 2024?",
    "What GAAP EPS does Corvid Labs expect for 2025?",
])
def test_nearest_figures_about_other_metrics_are_refused(question: str) -> None:
    hits = [hit(CORVID, 1, company="Corvid Labs", doc="corvid", period=None)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert answer.refused, answer.answer


LARKSPUR = ("Larkspur Retail posted first-half 2024 sales of EUR 3.2 billion, up 4.1% as reported and 6.3% at "
            "constant currency. Like-for-like sales grew 2.2%. Net profit was EUR 118 million; excluding one-off "
            "items, net profit was EUR 131 million.")


@pytest.mark.parametrize(("question", "expected"), [
    ("How much did Larkspur's sales grow at constant currency in the first half of 2024?", 6.3),
    ("How much did Larkspur's sales grow excluding currency effects?", 6.3),
    ("What was Larkspur's reported sales growth in the first half?", 4.1),
    ("What was Larkspur's like-for-like sales growth?", 2.2),
    ("What was Larkspur's net profit excluding one-offs?", 131),
    ("What was Larkspur's net profit in the first half?", 118),
])
def test_bases_side_by_side_and_a_lead_in_clause(question: str, expected: float) -> None:
    hits = [hit(LARKSPUR, 1, company="Larkspur Retail", doc="lark", period=None)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert value(answer) == pytest.approx(expected)


PELLUCID = ("Pellucid Energy reported 2024 revenue of $12.0 billion, up 20% from 2023. The renewables division "
            "generated $4.8 billion of that total, and the grid services unit $2.4 billion. Capital spending was "
            "$1.5 billion. Free cash flow reached $900 million, compared with $600 million in 2023. The company "
            "repurchased 25 million shares for $1.0 billion during the year.")


@pytest.mark.parametrize(("question", "expected"), [
    ("What percentage of Pellucid's 2024 revenue did the renewables division account for?", 40),
    ("Roughly what was Pellucid's revenue in 2023, given the 2024 figure and its growth?", 10.0),
    ("By how much did Pellucid's free cash flow increase from 2023 to 2024?", 300),
    ("By what percentage did Pellucid's free cash flow grow in 2024?", 50),
    ("What average price did Pellucid pay per share for its 2024 buybacks?", 40),
    ("What was Pellucid's capital spending as a percentage of revenue in 2024?", 12.5),
    ("What was Pellucid's free cash flow in 2023?", 600),
])
def test_derived_figures_in_other_words(question: str, expected: float) -> None:
    hits = [hit(PELLUCID, 1, company="Pellucid Energy", doc="pel", period=None)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert value(answer) == pytest.approx(expected, rel=0.01)


QUILL = ("Quill Media said subscribers climbed to 8.2 million at the end of September, an increase of 1.1 million "
         "from a year ago. The company cut 400 jobs, about 9% of its workforce, and expects annual savings of $50 "
         "million. Its ambition is to reach 12 million subscribers by 2027.")


@pytest.mark.parametrize(("question", "expected"), [
    ("How many subscribers did Quill Media have at the end of September?", 8.2),
    ("Roughly how many subscribers did Quill have a year earlier?", 7.1),  # 8.2 million - 1.1 million
    ("What annual savings does Quill expect from the job cuts?", 50),
    ("How many subscribers is Quill aiming for by 2027?", 12),
])
def test_results_targets_and_a_prior_from_an_absolute_change(question: str, expected: float) -> None:
    hits = [hit(QUILL, 1, company="Quill Media", doc="quill", period=None)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert value(answer) == pytest.approx(expected, rel=0.01)


def test_a_range_asked_and_a_mid_point_computed() -> None:
    text = "For 2025 Zephyr Tools guides to adjusted EPS of $4.10 to $4.30, having earned $3.95 in 2024."
    answer = ask("What range of adjusted EPS does Zephyr Tools guide to for 2025?", text)
    assert answer.key_figure is not None and (value(answer), answer.key_figure.text) == (4.10, "$4.10 to $4.30")
    mid = ask("What is the mid-point of Zephyr Tools' 2025 adjusted EPS guidance?",
              "For 2025 Zephyr Tools guides to adjusted EPS of $4.10 to $4.30.")
    assert value(mid) == pytest.approx(4.20)


GRANITE = ("On June 3, 2024, Granite Holdings, Inc. entered into a $2,500,000,000 five-year revolving credit "
           "agreement, which may be increased by up to $500,000,000, and which replaces its $2,000,000,000 "
           "agreement dated June 5, 2021.")


@pytest.mark.parametrize(("question", "expected"), [
    ("How large is Granite's new revolving credit facility?", 2.5e9),
    ("By how much can Granite increase the facility?", 5e8),
    ("How large was the agreement it replaced?", 2e9),
])
def test_an_8k_credit_agreement_in_other_words(question: str, expected: float) -> None:
    hits = [hit(GRANITE, 1, company="Granite Holdings", doc="granite", period=None)]
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert value(answer) == pytest.approx(expected)


def test_who_is_the_new_officer_is_not_refused_for_the_word_new() -> None:
    text = "Zephyr Tools named Priya Das chief financial officer, effective March 1, succeeding Tom Weller."
    answer = ask("Who is Zephyr Tools' new chief financial officer?", text)
    assert not answer.refused and "Priya Das" in answer.answer


def test_a_ratio_of_two_stated_figures() -> None:
    text = "Zephyr Tools' total debt was $1.8 billion at year end, and its EBITDA for the year was $600 million."
    answer = ask("What was the ratio of Zephyr Tools' total debt to its EBITDA?", text)
    assert answer.key_figure is not None and answer.key_figure.unit == "x"
    assert value(answer) == pytest.approx(3.0)


def test_a_total_nobody_states_is_the_sum_of_its_parts() -> None:
    text = "Advertising revenue was $180 million in the quarter, while subscription revenue totaled $280 million."
    answer = ask("What was Zephyr Tools' total revenue in the quarter?", text)
    assert value(answer) == pytest.approx(460)
    stated = "Total revenue was $460 million: advertising revenue was $180 million and subscriptions $280 million."
    assert value(ask("What was Zephyr Tools' total revenue?", stated)) == pytest.approx(460)


# --- a figure bound to its own metric words ----------------------------------------------------

BOUND = ("The figures of 48.2% revenue growth and 97.5% EBITDA growth in the second quarter show Zephyr Tools "
         "gaining share.")


def test_the_figure_whose_own_words_name_the_metric_is_chosen() -> None:
    # "growth" sits next to both figures; only the first is revenue's.
    assert value(ask("By how much did Zephyr Tools' revenue grow in Q2 2024?", BOUND)) == pytest.approx(48.2)
    assert value(ask("By how much did Zephyr Tools' EBITDA grow in Q2 2024?", BOUND)) == pytest.approx(97.5)


def test_a_figure_whose_own_words_name_another_metric_is_refused() -> None:
    text = "Zephyr Tools' second-quarter revenue was not disclosed, while EBITDA was $41 million."
    assert ask("What was Zephyr Tools' Q2 2024 revenue?", text).refused


def test_a_sentence_wrapped_onto_a_line_ending_in_a_figure_stays_prose() -> None:
    # PDF text breaks a sentence mid-way; the second line ends in a figure like a table row would.
    text = ("Share Repurchase Program\nDuring the second quarter, Zephyr Tools repurchased 500,000 shares of its\n"
            "common stock at a cost of $60.0 million. During the first half, it repurchased 1.1")
    units = split_units(text)
    assert [text[a:b] for a, b, row, _ in units if "500,000" in text[a:b]] == [
        text[: text.index("million.") + len("million.")]]  # the heading line joins its paragraph
    assert not any(row for _, _, row, _ in units)
    answer = ask("What average price per share did Zephyr Tools pay for the stock it repurchased in Q2 2024?", text)
    assert value(answer) == pytest.approx(120.0)


# --- what a table row measures --------------------------------------------------------------

GUIDANCE_TABLE = ("Zephyr Tools 2024 guidance\n($ in Billions, except EPS; Shares in Millions)  August 2024  July 2024\n"
                  "Adjusted Operational Sales  6.2% – 7.2%  5.5% – 6.5%\n")


def test_a_row_is_about_its_label_not_the_header_words() -> None:
    answer = ask("What range did Zephyr Tools give in August 2024 for its 2024 adjusted EPS?", GUIDANCE_TABLE)
    assert answer.refused and "about sale" in answer.answer


def test_a_row_measures_what_its_table_says_above_it_not_what_the_document_says_elsewhere() -> None:
    strip = "Hotel occupancy at the Coastal resorts was 91% in the second quarter of 2024."
    regional = ("The following table shows key gaming statistics for Inland Operations:\n"
                "Three months ended  June 30,\n2024  2023\nInland Operations  991,452  899,607\n")
    hits = [hit(strip, 1), hit(regional, 2)]
    question = "What hotel occupancy did Zephyr Tools' Inland Operations report for Q2 2024?"
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert answer.refused or "991" not in answer.answer


COMBINED = ("Reconciliation of non-GAAP measures\nThree Months Ended June 30, 2023  Three Months Ended June 30, 2024\n"
            "Adjusted EBITDA, EBIT, Net income, and EPS  609  505  368  24.4  540  436  282  19.3\n")


def test_a_row_listing_several_metrics_gives_the_asked_metric_in_the_asked_period() -> None:
    assert value(ask("What was Zephyr Tools' adjusted EPS for the June 2024 quarter?", COMBINED)) == pytest.approx(19.3)
    assert value(ask("What was Zephyr Tools' adjusted EBIT for the June 2023 quarter?", COMBINED)) == pytest.approx(505)
    answer = ask("What were Zephyr Tools' adjusted sales for the June 2024 quarter?", COMBINED)
    assert answer.refused or value(answer) not in (609, 505, 368, 24.4, 540, 436, 282, 19.3)


# --- what a count counts, whether a figure is a change ------------------------------------------

def test_a_count_must_count_the_asked_thing() -> None:
    text = "In the second quarter Zephyr Tools hired 1,200 engineers and opened 35 stores in Texas."
    assert value(ask("How many stores did Zephyr Tools open in Q2 2024?", text)) == pytest.approx(35)
    other = "In the second quarter Zephyr Tools hired 1,200 engineers for its Texas plants."
    assert ask("How many stores did Zephyr Tools open in Q2 2024?", other).refused


def test_a_growth_question_is_not_answered_with_a_rate_that_is_no_change() -> None:
    text = ("Zephyr Tools' hold-adjusted revenues are calculated by applying a win percentage of 30.0% for "
            "baccarat and 21.0% for other games to the table games drops in the second quarter of 2024.")
    assert ask("How much did Zephyr Tools' revenues grow in Q2 2024?", text).refused
    grown = "Zephyr Tools' revenues grew 11.2% in the second quarter of 2024."
    assert value(ask("How much did Zephyr Tools' revenues grow in Q2 2024?", grown)) == pytest.approx(11.2)
    points = ("Zephyr Tools assumes an approximate 2-percentage-point foreign exchange translation headwind on "
              "its 2024 revenue growth.")  # points are a change whatever the words around them
    asked = "How big a currency headwind does Zephyr Tools assume for its 2024 revenue growth?"
    assert value(ask(asked, points)) == pytest.approx(2)


def test_a_table_rows_amounts_are_levels_not_growth() -> None:
    table = ("Net revenues (in thousands)\nThree months ended June 30,\n2024  2023\n"
             "Coastal Resorts net revenues  1,841,791  1,654,149\n")
    answer = ask("How much did Zephyr Tools' Coastal Resorts net revenues grow in Q2 2024?", table)
    assert answer.refused or value(answer) not in (1841791, 1654149)


# --- which column: one reading of span headings in both header styles --------------------------

def _column(question: str, header: str, row: str) -> float:
    from assistant.core.answer.columns import column_of
    from assistant.core.numbers import parse_quantities

    cells = [x for x in parse_quantities(row) if not x.is_year]
    return cells[column_of(analyse(parse_question(question, []), []), header, cells)].value


ENDED = "Three Months Ended  Six Months Ended\nJuly 29, 2024  July 31, 2023  July 29, 2024  July 31, 2023"
Q4_FY = "Q4  Full Year\n2024  2023  % change  2024  2023  % change"


@pytest.mark.parametrize(("question", "header", "expected"), [
    ("What were sales for the six months ended July 2024?", ENDED, 1020),
    ("What were sales in the first half of 2023?", ENDED, 990),
    ("What were sales in the second quarter of 2024?", ENDED, 518),
    ("What were sales year-to-date in 2024?", ENDED, 1020),
    ("What were full-year 2024 sales?", Q4_FY, 1020),
    ("What were sales in Q4 of fiscal 2023?", Q4_FY, 501),
    ("What were sales in 2023?", Q4_FY, 501),  # no span named: the first group, as before
])
def test_span_groups_in_both_header_styles(question: str, header: str, expected: float) -> None:
    row = "Sales  518  501  1,020  990" if header is ENDED else "Sales  518  501  3.4%  1,020  990  3.0%"
    assert _column(question, header, row) == pytest.approx(expected)


# --- paraphrase through an embedder ----------------------------------------------------------

class _MeaningEmbedder:
    """Puts the question and sentences about cash returned to owners on one axis, the rest on another."""

    def embed_documents(self, texts: list[str]) -> object:
        import numpy as np

        return np.array([[1.0, 0.0] if ("returned" in t or "?" in t) else [0.0, 1.0] for t in texts])


class _BrokenEmbedder:
    def embed_documents(self, texts: list[str]) -> object:
        raise RuntimeError("model files missing")


PAYOUT = ("Zephyr Tools paid $40 million in the second quarter of 2024 for its new plant. "
          "In the second quarter of 2024 Zephyr Tools returned $25 million to shareholders, paid as dividends.")


def test_the_embedder_ranks_words_alike_candidates_by_meaning_and_its_failure_changes_nothing() -> None:
    question = "How much did Zephyr Tools pay out in Q2 2024?"
    hits = [hit(PAYOUT, 1)]

    def answer(weight: float, embedder: object) -> Answer:
        answerer = ExtractiveAnswerer(Settings(min_support=0.3, paraphrase_weight=weight), embedder)  # type: ignore[arg-type]
        return answerer.answer(question, hits, parse_question(question, []))

    words_only = value(answer(0.0, _MeaningEmbedder()))
    assert words_only == pytest.approx(40)  # "paid" is the question's word
    assert value(answer(0.5, _MeaningEmbedder())) == pytest.approx(25)
    assert value(answer(0.5, _BrokenEmbedder())) == words_only


def test_a_fiscal_year_named_in_prose_beats_a_bare_calendar_column() -> None:
    # The fiscal year ends in January: the "2024" column is fiscal 2023's fourth quarter, not fiscal 2023.
    table = "Consolidated Statements of Income\n2024  2023\nNet sales  $  1,226,773  100.0%  $  1,129,388  100.0%\n"
    prose = ("For the Full Year of Fiscal 2023 Net sales increased 11.3% to $4.2 billion compared to $3.8 billion "
             "in fiscal 2022.")
    hits = [hit(table, 1, period=None), hit(prose, 2, period=None)]
    question = "What were Zephyr Tools' net sales for the whole of fiscal 2023?"
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))
    assert value(answer) == pytest.approx(4.2)



def test_a_share_of_a_total_that_is_a_sum_of_two_stated_figures() -> None:
    text = ("In the second quarter of 2024 Zephyr Tools booked Americas revenue of $600 million, while EMEA "
            "revenue was $400 million.")
    asked = "What share of the combined Americas and EMEA revenue came from the Americas in Q2 2024?"
    answer = ask(asked, text)
    assert value(answer) == pytest.approx(60.0)
    assert answer.checks.ungrounded_numbers == [] and any("verified" in c for c in answer.checks.computations)
    only_one = "In the second quarter of 2024 Zephyr Tools booked Americas revenue of $600 million."
    assert value(ask(asked, only_one)) != pytest.approx(60.0)


@pytest.mark.parametrize(("question", "expected"), [
    ("How many stores did Zephyr Tools open in Q2 2024?", 35),
    ("How many stores did Zephyr Tools close in Q2 2024?", 12),
    ("How many stores does Zephyr Tools operate?", 2800),
])
def test_a_count_is_the_one_the_questions_verb_is_bound_to(question: str, expected: float) -> None:
    text = ("In the second quarter of 2024, Zephyr Tools closed 12 stores and opened 35 stores; it now "
            "operates 2,800 stores.")
    assert value(ask(question, text)) == pytest.approx(expected)
