"""A percent its sentence states of the company's total is no share of a narrower whole asked
(answer.share_whole), on made-up sentences in our own words."""

from __future__ import annotations

from assistant.core.answer.share_whole import other_whole
from assistant.core.numbers import Quantity, parse_quantities

SENTENCE = ("In 2031 and 2030, Marine Services revenues from navy contracts made up 22% and 19%, "
            "respectively, of the Company's consolidated total revenues.")
OWN_WHOLE = "In 2031, navy contracts made up 41% of Marine Services charter revenues."


def _first_percent(text: str) -> Quantity:
    return next(x for x in parse_quantities(text) if x.unit == "percent")


def test_share_of_a_segments_line_is_not_a_share_of_the_company_total() -> None:
    asked = "What share of Orvel Marine Services charter revenues came from navy contracts in 2031?"
    why = other_whole(asked, SENTENCE, _first_percent(SENTENCE), frozenset({"orvel"}))
    assert why is not None and "consolidated total revenues" in why


def test_share_of_the_company_total_or_of_its_own_whole_is_kept() -> None:
    fig = _first_percent(SENTENCE)
    # the company's total itself asked, by name or as "total"
    assert other_whole("What share of Orvel's revenues came from navy contracts in 2031?", SENTENCE, fig,
                       frozenset({"orvel"})) is None
    assert other_whole("What percentage of total revenues came from navy contracts?", SENTENCE, fig,
                       frozenset({"orvel"})) is None
    # a sentence stating the percent of the narrower whole itself
    asked = "What share of Orvel Marine Services charter revenues came from navy contracts in 2031?"
    assert other_whole(asked, OWN_WHOLE, _first_percent(OWN_WHOLE), frozenset({"orvel"})) is None
