"""A list's lead-in is every listed figure's, and a bracketed figure belongs to the name before its
bracket: the figure asked is the one its own words or its period pick, not the one that happens to
sit next to the sentence's subject (made-up passages and companies)."""

from __future__ import annotations

from assistant.core.answer.figure_series import bracket_name, series_lead, series_words
from assistant.core.answer.units import figure_kind
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

BY_YEAR = ("Estimates of earlier years' warranty reserves fell by $412 million, $937 million and $158 million "
           "in 2033, 2032 and 2031, respectively, as repairs cost less than first assumed.")
SPLIT = ("These pre-tax charges under the program are expected to consist of approximately 62% of staff exit and "
         "other related costs, 14% for tooling impairments (all non-cash) resulting from depot closures and related "
         "steps and 24% for other costs of carrying out the program.")
MIX = "In addition, in 2032 our staff reported their primary role as: Warehouse (44%), Drivers (23%), Mechanics (17%), Dispatch (9%) and Other (7%)."
HEDGED = ("Guarantees on outstanding performance bonds totaled approximately $812 and $655 as of December 31, "
          "2032 and 2031.")
CREW = ("As of June 2032, our U.S. crew was made up of approximately 41% part-time staff, 28% U.S. union "
        "and guild members and 12% U.S. reservists.")
PRICED = ("We bought back 2.1 million shares for a total cost of $90 million in the first quarter and 7.4 million "
          "shares for a total cost of $310 million over the program.")
APART = "Freight revenue was $3.0 billion, and operating income was $1.1 billion in 2032."


def _fig(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if x.raw == raw)


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Tollmere Corp", doc="t", derived=False)


def test_a_series_shares_its_lead_in() -> None:
    lead = series_lead(BY_YEAR, _fig(BY_YEAR, "$937 million"), figure_kind)
    assert "warranty reserves fell by" in lead
    assert series_lead(BY_YEAR, _fig(BY_YEAR, "$412 million"), figure_kind) == lead  # the first's too
    assert "expected to consist of" in series_lead(SPLIT, _fig(SPLIT, "14%"), figure_kind)
    # a verb before the next figure ends the series: operating income is no figure of revenue's list
    assert series_lead(APART, _fig(APART, "$1.1 billion"), figure_kind) == ""


def test_a_bracketed_figure_is_the_name_before_it() -> None:
    assert bracket_name(MIX, _fig(MIX, "9%")) == "Dispatch"
    assert bracket_name(MIX, _fig(MIX, "7%")) == "Other"
    s = "Segment sales were $2.4 billion (6%) above plan."
    assert bracket_name(s, _fig(s, "6%")) is None  # a figure's own percent, no name before it
    assert bracket_name(s, _fig(s, "$2.4 billion")) is None  # not in brackets


def test_the_asked_year_of_a_respectively_list() -> None:
    a = _ask("In 2032, by how much did Tollmere's estimates of earlier years' warranty reserves fall?", BY_YEAR)
    assert a.key_figure is not None and "937" in a.key_figure.text
    b = _ask("In 2033, by how much did Tollmere's estimates of earlier years' warranty reserves fall?", BY_YEAR)
    assert b.key_figure is not None and "412" in b.key_figure.text


def test_the_listed_part_named_by_its_own_words() -> None:
    a = _ask("Under Tollmere's program, roughly what share of the expected pre-tax charges is for tooling "
             "impairments? Percent.", SPLIT)
    assert a.key_figure is not None and "14" in a.key_figure.text
    b = _ask("Under Tollmere's program, what share of the expected pre-tax charges is for staff exit costs?", SPLIT)
    assert b.key_figure is not None and "62" in b.key_figure.text


def test_the_bracketed_name_asked() -> None:
    a = _ask("What percentage of Tollmere staff reported their primary role as Dispatch in 2032?", MIX)
    assert a.key_figure is not None and a.key_figure.text.startswith("9")
    b = _ask("What percentage of Tollmere staff reported their primary role as Mechanics in 2032?", MIX)
    assert b.key_figure is not None and b.key_figure.text.startswith("17")


def test_a_hedge_before_a_list_is_every_listed_figure_s() -> None:
    a = _ask("How much did Tollmere's guarantees on performance bonds total at year-end 2032?", HEDGED)
    assert a.key_figure is not None and "812" in a.key_figure.text  # listed first, as its year is


def test_a_figure_s_words_in_a_series_run_to_the_next_one() -> None:
    start, own = series_words(CREW, _fig(CREW, "28%"), figure_kind) or (0, "")
    assert own.strip() == "U.S. union and guild members"  # its "and" is no separator, "U.S." no sentence end
    assert start == _fig(CREW, "41%").end  # the words before it, "part-time staff", are the 41%'s
    a = _ask("What share of Tollmere's U.S. crew were U.S. union and guild members as of June 2032?", CREW)
    assert a.key_figure is not None and "28" in a.key_figure.text
    b = _ask("What share of Tollmere's U.S. crew were U.S. reservists as of June 2032?", CREW)
    assert b.key_figure is not None and "12" in b.key_figure.text


def test_figures_each_with_its_own_amount_are_no_series() -> None:
    # "for a total cost of $90 million ... and 7.4 million": two clauses, each its own figures
    assert series_lead(PRICED, _fig(PRICED, "7.4 million"), figure_kind) == ""
    assert series_words(PRICED, _fig(PRICED, "2.1 million"), figure_kind) is None
