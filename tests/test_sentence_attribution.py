"""Whose figure a sentence's figure is (session 38), on made-up sentences: a figure bracketed after a
name is that name's, a total's unquantified source gets no figure, the size of an authorization is not
what is left under it, an outlook list's earlier values are read against the list's lead-in, and the
paraphrases an analyst uses for headcount, jobs, unused credit and buyback capacity."""

from __future__ import annotations

from assistant.core.answer.contrary import contrary_qualifier
from assistant.core.answer.figure_series import bracket_name
from assistant.core.answer.gate import _list_item
from assistant.core.answer.qualifiers import revision_of
from assistant.core.answer.question_words import Matcher
from assistant.core.answer.sentence_attribution import sizes_a_whole, whole_of_sources
from assistant.core.answer.text import stem
from assistant.core.answer.units import _less_bracketed
from assistant.core.finance.plan import question_concept
from assistant.core.finance.synonyms import rewrite_phrases
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.query import parse_question

_STORMS = ("Weather losses of $80.5 million came largely from the October flood ($51.2 million, after "
           "reinsurance) and from frost damage in Ontario and Quebec.")


def _fig(sentence: str, raw: str) -> Quantity:
    return next(x for x in parse_quantities(sentence) if x.raw == raw)


def test_a_figure_bracketed_with_a_qualifier_is_the_name_before_it() -> None:
    name = bracket_name(_STORMS, _fig(_STORMS, "$51.2 million"))
    assert name is not None and name.endswith("the October flood") and "Weather" not in name
    assert bracket_name("Retail (12%) and Wholesale (9%)", _fig("Retail (12%) and Wholesale (9%)", "12%")) == "Retail"
    # a second figure inside the brackets is no qualifier: "(up from $40 million, ...)" names nothing
    text = "Claims of $90 million (up 4%, from $86 million) were paid."
    assert bracket_name(text, _fig(text, "4%")) is None


def test_the_main_figure_does_not_take_the_bracketed_figure_s_name() -> None:
    main = _fig(_STORMS, "$80.5 million")
    words = _less_bracketed(_STORMS, main, "Weather losses of came largely from the October flood")
    assert "flood" not in words and "Weather losses" in words


def test_a_source_named_without_a_figure_is_not_answered_by_the_total() -> None:
    total = _fig(_STORMS, "$80.5 million")
    assert whole_of_sources("How much did the frost damage in Ontario cost the insurer?", _STORMS, total)
    # the total's own subject asked: its figure
    assert whole_of_sources("What were the weather losses in the quarter?", _STORMS, total) is None
    # the bracketed part is that part's figure, never a whole
    flood = _fig(_STORMS, "$51.2 million")
    assert whole_of_sources("How much did the frost damage in Ontario cost?", _STORMS, flood) is None
    # no "came from" after the figure: nothing to read
    plain = "Weather losses were $80.5 million, and frost damage in Ontario was severe."
    assert whole_of_sources("How much did the frost damage in Ontario cost?", plain, _fig(plain, "$80.5 million")) is None


def test_the_size_of_an_authorization_is_not_what_is_left_under_it() -> None:
    text = "At June 30, $42.0 million remained under the $150.0 million repurchase programme."
    asked = "How much capacity was left under the repurchase programme?"
    assert sizes_a_whole(asked, text, _fig(text, "$150.0 million"))
    assert not sizes_a_whole(asked, text, _fig(text, "$42.0 million"))
    assert not sizes_a_whole("How large is the repurchase programme?", text, _fig(text, "$150.0 million"))


def test_capacity_left_under_an_authorization_is_no_cash_flow_line() -> None:
    assert question_concept("How much buyback capacity did Zentro have left at year end?") is None
    assert question_concept("How much was left under Zentro's share repurchase authorization?") is None
    found = question_concept("How much did Zentro spend on share repurchases in 2031?")
    assert found is not None and found[0] == "share_repurchases"


_OUTLOOK = ("The group now expects: an operating margin of 14% to 15%, better than the previous range of 13% to "
            "14%; capital spending of $300 million to $320 million; and volume growth of 5% to 6%, the top of "
            "the earlier 3% to 6% range.")


def test_an_outlook_list_s_earlier_value_is_read_against_its_lead_in() -> None:
    earlier = _fig(_OUTLOOK, "3% to 6%")
    new = revision_of(_OUTLOOK, earlier)
    assert new is not None and new.raw == "5% to 6%"
    assert revision_of(_OUTLOOK, _fig(_OUTLOOK, "5% to 6%")) is None
    # one item of the list is its own sentence for the count of figures to choose from
    start, end = _list_item(_OUTLOOK, earlier)
    assert "volume growth" in _OUTLOOK[start:end] and "capital" not in _OUTLOOK[start:end]
    label = "Commercial lines: combined ratio of 93.1% (prior year: 95.0%); expense ratio of 30.2%; retention of 85%."
    assert _list_item(label, _fig(label, "93.1%")) is None  # a label before the colon, no forecast's lead-in


def test_a_figure_raised_from_is_the_earlier_one_not_the_revised() -> None:
    text = "The company now assumes a loss ratio of about 61% for the year, raised from the 59% assumed in May."
    asked = "Before this update, what loss ratio had the company assumed for the year?"
    assert contrary_qualifier(asked, text, _fig(text, "59%")) is None
    assert contrary_qualifier(asked, text, _fig(text, "61%")) == "prior"


def test_a_headcount_asks_a_count() -> None:
    assert parse_question("What is Zentro's headcount?", []).want == "count"


def test_analyst_paraphrases_reach_the_documents_words() -> None:
    assert "credit facilities" in rewrite_phrases("How much in unused credit lines did Zentro have?")
    assert "remaining repurchase authorization" in rewrite_phrases("How much buyback capacity does Zentro have?")
    match = Matcher([stem("headcount"), stem("jobs"), stem("undrawn")],
                    {stem("people"), stem("positions"), stem("unutilised")})
    assert match(stem("headcount"), {stem("people")}) >= 0.9
    assert match(stem("jobs"), {stem("positions")}) >= 0.9
    assert match(stem("undrawn"), {stem("unutilised")}) >= 0.9
